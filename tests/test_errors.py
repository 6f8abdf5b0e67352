"""One tree of coded errors: each case one class and one code, the same wherever it happens."""
from __future__ import annotations

import io
from pathlib import Path

import pytest
from corpus_fixture import build

from quotetrail.errors import (
    REJECTION_CODES,
    CorpusUnavailable,
    NotFound,
    QueryError,
    QuotetrailError,
    UnknownFormat,
    error_codes,
)
from quotetrail.store import StatementFilter, Store
from quotetrail.store.export import export


def all_classes(cls: type[QuotetrailError] = QuotetrailError) -> list[type[QuotetrailError]]:
    return [cls] + [sub for child in cls.__subclasses__() for sub in all_classes(child)]


def test_every_error_has_its_own_stable_code() -> None:
    codes = [cls.code for cls in all_classes()]
    assert len(codes) == len(set(codes))
    assert {"bad_parameter", "not_found", "corpus_unavailable", "unknown_format"} <= set(error_codes())
    assert issubclass(QueryError, QuotetrailError) and issubclass(NotFound, QuotetrailError)
    assert "store_refused" in REJECTION_CODES


def test_an_unknown_format_is_the_same_error_in_export_and_in_spark(tmp_path: Path) -> None:
    with Store(build(tmp_path / "c.db"), readonly=True) as store, pytest.raises(UnknownFormat) as exported:
        export(store, "xml", io.StringIO())
    assert exported.value.code == "unknown_format" and exported.value.parameter == "format"
    job = pytest.importorskip("quotetrail.spark.job")
    with pytest.raises(UnknownFormat):
        job.write_statements(None, str(tmp_path / "out"), fmt="xml")  # type: ignore[arg-type]


@pytest.mark.parametrize("filters, parameter", [
    ({"kind": "rumour"}, "kind"), ({"since": "last week"}, "since"), ({"since": "2024-02-01", "until": "2024-01-01"},
                                                                      "until"), ({"search": "!!"}, "search")])
def test_a_filter_that_cannot_be_one_names_its_field(filters: dict[str, str], parameter: str) -> None:
    with pytest.raises(QueryError) as raised:
        StatementFilter(**filters)
    assert raised.value.parameter == parameter


def test_a_missing_corpus_is_corpus_unavailable(tmp_path: Path) -> None:
    with pytest.raises(CorpusUnavailable):
        Store(tmp_path / "absent.db", readonly=True)


def test_web_errors_carry_the_error_code(tmp_path: Path) -> None:
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from quotetrail.web import create_app

    client = TestClient(create_app(build(tmp_path / "c.db")))
    answers = {url: client.get(url).json()["error"] for url in
               ("/api/statements?date_from=2024-02-01&date_to=2024-01-01", "/api/statements/999", "/api/nowhere")}
    assert [e["code"] for e in answers.values()] == ["bad_parameter", "not_found", "not_found"]
    assert answers["/api/statements?date_from=2024-02-01&date_to=2024-01-01"]["parameter"] == "date_to"
