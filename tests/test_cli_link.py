import json

from click.testing import CliRunner

from quotetrail.cli import main
from quotetrail.store.db import Store
from quotetrail.types import Article, ArticleResult, Statement

A = ("Chief Dana Okafor of Harbourton said the Pier 9 warehouse of Kessler Marine burned on Tuesday. "
     "“The roof of the Kessler building collapsed within an hour,” Okafor said.")
B = ("Kessler Marine lost its Pier 9 warehouse in Harbourton to a fire. "
     "“The roof of the building fell in within an hour,” chief Dana Okafor said.")


def _result(doc, text, date, quote):
    start = text.index(quote)
    return ArticleResult(Article(id=doc, text=text, date=date),
                         (Statement(doc=doc, start=start, end=start + len(quote), text=quote, kind="direct",
                                    speaker="Dana Okafor"),))


def _db(tmp_path):
    path = tmp_path / "c.db"
    store = Store(path)
    with store.conn:
        store.add_result(_result("a", A, "2024-03-05", "The roof of the Kessler building collapsed within an hour,"))
        store.add_result(_result("b", B, "2024-03-06", "The roof of the building fell in within an hour,"))
    store.close()
    return str(path)


def test_link_then_variants_stories_derived(tmp_path):
    db = _db(tmp_path)
    runner = CliRunner()
    out = runner.invoke(main, ["link", "--db", db, "--quiet"])
    assert out.exit_code == 0, out.output
    assert "linked 2 articles" in out.output
    variants = runner.invoke(main, ["variants", "--db", db, "--format", "jsonl", "--altered"])
    (cluster,) = [json.loads(line) for line in variants.output.splitlines()]
    assert cluster["altered"] and [q["doc"] for q in cluster["quotes"]] == ["a", "b"]
    assert runner.invoke(main, ["variants", "--db", db, "--format", "jsonl", "--speaker", "nobody"]).output == ""
    assert "ALTERED" in runner.invoke(main, ["variants", "--db", db]).output
    stories = [json.loads(line) for line in runner.invoke(main, ["stories", "--db", db, "--format", "jsonl"]).output.splitlines()]
    assert [s["docs"] for s in stories] == [["a", "b"]] and set(stories[0]) >= {"story", "title", "docs"}
    derived = runner.invoke(main, ["derived", "--db", db, "--format", "jsonl"])
    assert derived.exit_code == 0
    for line in derived.output.splitlines():
        assert set(json.loads(line)) >= {"doc", "source", "relation", "score"}


def test_missing_database_is_a_clear_error(tmp_path):
    for command in ("link", "stories", "variants", "derived"):
        out = CliRunner().invoke(main, [command, "--db", str(tmp_path / "none.db")])
        assert out.exit_code != 0 and "no such corpus database" in out.output
    assert not (tmp_path / "none.db").exists()


def test_variants_filtered_by_change_type(tmp_path):
    db = _db(tmp_path)
    runner = CliRunner()
    assert runner.invoke(main, ["link", "--db", db, "--quiet"]).exit_code == 0
    out = runner.invoke(main, ["variants", "--db", db, "--format", "jsonl", "--change", "substituted,number"])
    (cluster,) = [json.loads(line) for line in out.output.splitlines()]
    assert "substituted" in cluster["quotes"][1]["changes"] and cluster["severity"] > 1
    assert runner.invoke(main, ["variants", "--db", db, "--format", "jsonl", "--change", "negation"]).output == ""
    bad = runner.invoke(main, ["variants", "--db", db, "--change", "spelling"])
    assert bad.exit_code != 0 and "unknown change type" in bad.output
