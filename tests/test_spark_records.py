"""The body of the Spark job, one input line at a time: no Spark needed."""
from __future__ import annotations

import json
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotetrail.extract import extract_article
from quotetrail.ingest.readers import article_from_record
from quotetrail.spark import records
from quotetrail.spark.records import statement_row, statements_from_line
from quotetrail.types import STATEMENT_FIELDS, Article

QUOTED = "“We will rebuild the harbour by spring,” the mayor said on Tuesday."


@pytest.mark.parametrize(("line", "tally"), [
    ("", {}),
    ("   ", {}),
    ("not json", {"records": 1, "rejected:bad_json": 1}),
    ("[1, 2]", {"records": 1, "rejected:bad_json": 1}),
    ('"a string"', {"records": 1, "rejected:bad_json": 1}),
    ('{"id": "a"}', {"records": 1, "rejected:missing_field": 1}),
    ('{"text": "no id"}', {"records": 1, "rejected:missing_field": 1}),
    ('{"id": "a", "text": "  \\n "}', {"records": 1, "rejected:empty": 1}),
    ('{"id": "a", "text": "Nothing quoted here."}', {"records": 1, "articles": 1}),
])
def test_bad_lines_are_counted_not_raised(line: str, tally: dict[str, int]) -> None:
    counted: Counter[str] = Counter()
    assert statements_from_line(line, "input line", counted) == []
    assert counted == Counter(tally)


def test_a_good_line_gives_what_extract_article_gives() -> None:
    record = {"doc_id": "harbour", "text": QUOTED, "title": "Harbour", "publisher": "Gazette"}
    counted: Counter[str] = Counter()
    found = statements_from_line(json.dumps(record), "input line", counted)
    expected = extract_article(article_from_record(record, "x")).statements  # type: ignore[arg-type]
    assert found == list(expected) and found
    assert counted == Counter(records=1, articles=1, statements=len(found))
    assert all(s.doc == "harbour" and QUOTED[s.start:s.end] == s.text for s in found)


def test_an_extractor_failure_is_counted(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(article: Article) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(records, "extract_article", broken)
    counted: Counter[str] = Counter()
    assert statements_from_line(json.dumps({"id": "a", "text": QUOTED}), "input line", counted) == []
    assert counted == Counter(records=1, **{"rejected:extract_failed": 1})


def test_statement_row_follows_the_field_order() -> None:
    [statement, *_] = statements_from_line(json.dumps({"id": "a", "text": QUOTED}), "input line", Counter())
    assert dict(zip(STATEMENT_FIELDS, statement_row(statement), strict=True)) == statement.to_dict()


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_any_line_is_counted_never_raised(line: str) -> None:
    counted: Counter[str] = Counter()
    statements_from_line(line, "input line", counted)
    assert counted[records.RECORDS] == (1 if line.strip() else 0)
    assert counted[records.RECORDS] == counted[records.ARTICLES] + sum(
        n for key, n in counted.items() if key.startswith("rejected:"))


@settings(max_examples=200, deadline=None)
@given(st.text(min_size=1), st.text(min_size=1, max_size=20))
def test_statements_of_any_article_slice_its_text(text: str, doc_id: str) -> None:
    counted: Counter[str] = Counter()
    found = statements_from_line(json.dumps({"id": doc_id, "text": text}), "input line", counted)
    assert counted[records.STATEMENTS] == len(found)
    assert all(s.doc == doc_id and text[s.start:s.end] == s.text for s in found)
