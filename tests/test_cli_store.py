"""The corpus commands through click's CliRunner: ingest, quotes, speakers, show, stats, export."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from corpus_fixture import build

from quotetrail.cli import main
from quotetrail.extract import extract_article
from quotetrail.ingest import expand_paths, read_path
from quotetrail.types import STATEMENT_FIELDS, Article

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def run(*args: str) -> object:
    result = CliRunner().invoke(main, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result


@pytest.fixture(autouse=True)
def wide_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "200")  # tables wrap their last column to the terminal width


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(build(tmp_path / "c.db"))


def test_ingest_examples_stores_what_extraction_finds_and_again_adds_nothing(tmp_path: Path) -> None:
    db = str(tmp_path / "demo.db")
    first = run("ingest", str(EXAMPLES), "--db", db, "--format", "json")
    assert first.exit_code == 0, first.output
    summary = json.loads(first.stdout)
    articles = [a for p in expand_paths([EXAMPLES]) for a in read_path(p) if isinstance(a, Article)]
    assert summary["ingested"] == len(articles) >= 6 and summary["rejected"] == 0
    assert summary["statements"] == sum(len(extract_article(a).statements) for a in articles)
    again = json.loads(run("ingest", str(EXAMPLES), "--db", db, "--format", "json").stdout)
    assert (again["ingested"], again["already_present"]) == (0, len(articles))
    stats = json.loads(run("stats", "--db", db, "--format", "json").stdout)
    assert (stats["articles"], stats["statements"]) == (len(articles), summary["statements"])


def test_ingest_links_the_new_articles_unless_told_not_to(tmp_path: Path) -> None:
    linked_db, plain_db = str(tmp_path / "linked.db"), str(tmp_path / "plain.db")
    summary = json.loads(run("ingest", str(EXAMPLES), "--db", linked_db, "--format", "json").stdout)
    assert summary["link"]["articles"] == summary["ingested"] and summary["link"]["stories"] >= 1
    assert run("stories", "--db", linked_db, "--format", "jsonl").stdout.strip()
    plain = json.loads(run("ingest", str(EXAMPLES), "--db", plain_db, "--no-link", "--format", "json").stdout)
    assert "link" not in plain
    assert run("stories", "--db", plain_db, "--format", "jsonl").stdout.strip() == ""


def test_ingest_with_two_jobs_stores_the_same_as_one(tmp_path: Path) -> None:
    dumps = []
    for jobs in ("1", "2"):
        db = str(tmp_path / f"j{jobs}.db")
        assert run("ingest", str(EXAMPLES), "--db", db, "--jobs", jobs).exit_code == 0
        dumps.append(run("export", "--db", db).stdout)
    assert dumps[0] == dumps[1] and dumps[0]


def test_ingest_shows_progress_on_stderr_when_asked(tmp_path: Path) -> None:
    result = run("ingest", str(EXAMPLES), "--db", str(tmp_path / "p.db"), "--progress")
    assert "ingest:" in result.stderr and "ingested" in result.stdout


def test_quotes_table_and_jsonl(db: str) -> None:
    table = run("quotes", "--db", db, "--speaker", "okafor")
    lines = table.stdout.splitlines()
    assert lines[0].split() == ["DOC", "DATE", "SPEAKER", "KIND", "TEXT"]
    assert len(lines) == 5 and "Stay safe tonight" in lines[1]
    rows = [json.loads(line) for line in run("quotes", "--db", db, "--search", "roof", "--format", "jsonl").stdout.splitlines()]
    assert [r["text"] for r in rows] == ["It spread through the roof in minutes,"]
    assert set(STATEMENT_FIELDS) <= set(rows[0])


def test_quotes_limit_says_how_many_more(db: str) -> None:
    result = run("quotes", "--db", db, "--limit", "2")
    assert len(result.stdout.splitlines()) == 3
    assert "2 of 12 statements" in result.stderr


@pytest.mark.parametrize("args, message", [
    (["--since", "last week"], "not a date"),
    (["--kind", "rumour"], "rumour"),
    (["--search", '"'], "nothing to search for"),
])
def test_quotes_bad_parameters_are_clear_errors(db: str, args: list[str], message: str) -> None:
    result = run("quotes", "--db", db, *args)
    assert result.exit_code == 2  # a filter that cannot be one is a usage error, whichever option
    assert message in result.output


def test_speakers(db: str) -> None:
    table = run("speakers", "--db", db).stdout.splitlines()
    assert table[0].split() == ["NAME", "STATEMENTS", "ARTICLES", "HANDLES", "ALIASES"]
    assert table[1].startswith("Hanna Brandt") and "@HannaBrandt" in table[1]
    assert table[2].startswith("Linda Okafor") and "@MayorOkafor" in table[2]
    rows = [json.loads(line) for line in run("speakers", "--db", db, "--format", "jsonl").stdout.splitlines()]
    assert rows[2] == {"name": "Tomas Berg", "statements": 2, "articles": 1, "aliases": ["Berg"], "handles": [],
                       "outlets": ["Eastport Courier"],
                       "first_date": "2024-03-07", "last_date": "2024-03-07"}


def test_show_marks_statements(db: str) -> None:
    text = run("show", "courier-1", "--db", db).stdout
    assert "Harbour blaze" in text and "outlet: Eastport Courier" in text
    assert "“[2›It spread through the roof in minutes,‹2]”" in text
    assert "[2] direct  speaker: Tomas Berg  mention: 'he'  cue: said" in text
    data = json.loads(run("show", "posts-1", "--db", db, "--format", "jsonl").stdout)
    assert data["truncated"] is True and data["statements"][0]["handle"] == "@MayorOkafor"


def test_show_unknown_doc_suggests_ids(db: str) -> None:
    result = run("show", "courier", "--db", db)
    assert result.exit_code == 1 and "no article 'courier'" in result.output and "courier-1" in result.output


def test_stats_json_has_the_counts(db: str) -> None:
    counts = json.loads(run("stats", "--db", db, "--format", "json").stdout)
    assert {k: counts[k] for k in ("articles", "statements", "speakers", "rejections")} == {
        "articles": 6, "statements": 12, "speakers": 5, "rejections": 0}
    assert "statements (post)" in run("stats", "--db", db).stdout


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_export_to_a_file(db: str, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"out.{fmt}"
    result = run("export", "--db", db, "--format", fmt, "--out", str(out), "--kind", "direct")
    assert result.exit_code == 0 and "6 statements" in result.stderr and out.stat().st_size > 0


def test_export_parquet_needs_a_file(db: str) -> None:
    result = run("export", "--db", db, "--format", "parquet")
    assert result.exit_code == 2 and "--out" in result.output


def test_reading_a_missing_corpus_says_how_to_make_one(tmp_path: Path) -> None:
    result = run("quotes", "--db", str(tmp_path / "none.db"))
    assert result.exit_code == 1 and "quotetrail ingest" in result.output
    assert not (tmp_path / "none.db").exists()


def test_python_dash_m_works() -> None:
    result = subprocess.run([sys.executable, "-m", "quotetrail", "--help"], capture_output=True, text=True, check=True)
    assert "ingest" in result.stdout and "quotes" in result.stdout


@pytest.mark.parametrize("command", [["stats"], ["ingest", "examples"]])
def test_a_file_that_is_not_a_corpus_is_a_clear_error(tmp_path: Path, command: list[str]) -> None:
    bogus = tmp_path / "notes.db"
    bogus.write_text("these are my notes, not a database\n" * 100)
    result = run(*command, "--db", str(bogus))
    assert result.exit_code == 1 and "notes.db" in result.output and "Traceback" not in result.output
    assert bogus.read_text().startswith("these are my notes")


@pytest.mark.parametrize("spans, expected", [
    ([(1, 4)], "a[1›bcd‹1]ef"),
    ([(0, 6), (2, 4)], "[1›ab[2›cd‹2]ef‹1]"),  # a quote inside a post
    ([(0, 3), (3, 6)], "[1›abc‹1][2›def‹2]"),  # one ends where the next starts
    ([(1, 4), (2, 5)], "a[1›b[2›cd‹1]e‹2]f"),  # overlapping spans still show both
    ([(2, 2)], "ab[1›‹1]cdef"),
])
def test_mark_statements(spans: list[tuple[int, int]], expected: str) -> None:
    from quotetrail.cli.store_cmds import mark_statements
    from quotetrail.types import ArticleResult, Statement

    text = "abcdef"
    article = Article("d", text)
    statements = tuple(Statement("d", s, e, text[s:e], "direct") for s, e in spans)
    assert mark_statements(text, ArticleResult(article, statements)) == expected


def test_wrapped_table_wraps_the_last_column_and_cuts_the_others(monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    from quotetrail.cli.render import write_wrapped_table

    monkeypatch.setenv("COLUMNS", "40")
    out = io.StringIO()
    rows = [{"name": "Linda Okafor, Mayor of Eastport", "text": "We were lucky. The wind turned just in time."}]
    write_wrapped_table(rows, ("name", "text"), out, {"name": 10})
    assert out.getvalue().splitlines() == [
        "NAME        TEXT",
        "Linda Oka…  We were lucky. The wind",  # 40 columns: 12 for NAME and the gap, 27 for TEXT
        "            turned just in time.",
    ]
