"""The docs check themselves: every command and option is in README.md or docs/*.md, every figure
of the schema version is the current one (in the manner of sqlite-utils' test_docs.py)."""
from __future__ import annotations

import re
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from quotetrail.cli import main
from quotetrail.ingest.readers import SUFFIXES
from quotetrail.store.schema import SCHEMA_VERSION
from quotetrail.types import KINDS, STATEMENT_FIELDS

ROOT = Path(__file__).resolve().parent.parent
DOCS = {path.relative_to(ROOT).as_posix(): path.read_text(encoding="utf-8")
        for path in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]}
ALL_DOCS = "\n".join(DOCS.values())
COMMANDS = sorted(main.commands)


def long_options(params: list[click.Parameter]) -> list[str]:
    return [name for p in params if isinstance(p, click.Option) for name in (*p.opts, *p.secondary_opts)
            if name.startswith("--") and name != "--help"]


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_is_in_the_docs(name: str) -> None:
    command = main.commands[name]
    assert command.help, f"quotetrail {name} has no help"
    assert f"quotetrail {name}" in ALL_DOCS


@pytest.mark.parametrize("name, option", [(name, option) for name in COMMANDS
                                          for option in long_options(main.commands[name].params)])
def test_every_option_is_in_the_docs_and_has_help(name: str, option: str) -> None:
    param = next(p for p in main.commands[name].params if option in (*p.opts, *p.secondary_opts))
    assert getattr(param, "help", None), f"quotetrail {name} {option} has no help"
    assert re.search(re.escape(option) + r"(?![\w-])", ALL_DOCS), f"quotetrail {name} {option} is not in the docs"


def test_every_spark_job_option_is_in_the_docs() -> None:
    job = pytest.importorskip("quotetrail.spark.job")
    options = [o for action in job.parser()._actions for o in action.option_strings
               if o.startswith("--") and o != "--help"]
    assert options and [o for o in options if o not in DOCS["docs/spark.md"]] == []


def test_every_corpus_command_takes_the_db_from_the_environment() -> None:
    with_db = [name for name in COMMANDS if "--db" in long_options(main.commands[name].params)]
    assert len(with_db) >= 10
    for name in with_db:
        (db,) = [p for p in main.commands[name].params if "--db" in getattr(p, "opts", ())]
        assert db.envvar == "QUOTETRAIL_DB", name


def test_schema_versions_shown_in_the_docs_are_the_current_one() -> None:
    shown = re.findall(r'"schema_version": (\d+)', ALL_DOCS)
    assert shown and set(shown) == {str(SCHEMA_VERSION)}


def test_extract_help_lists_every_statement_field_kind_and_input() -> None:
    text = " ".join(CliRunner().invoke(main, ["extract", "--help"], terminal_width=400).output.split())
    assert all(re.search(rf"\b{field}\b", text) for field in STATEMENT_FIELDS)
    assert all(kind in text for kind in KINDS) and all(suffix in text for suffix in SUFFIXES)


def test_the_docs_do_not_claim_triggers_keep_the_search_index() -> None:
    assert "kept in step by triggers" not in ALL_DOCS  # migration 3 dropped the insert trigger
