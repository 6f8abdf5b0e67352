"""The CLI and the web render one read layer: the same filters give the same statements in both."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402
from corpus_fixture import build_corpus  # noqa: E402

from quotetrail.cli import main  # noqa: E402
from quotetrail.web import create_app  # noqa: E402

#: (CLI options, API parameters): the same filter as each spells it.
FILTERS = [
    ([], {}),
    (["--speaker", "brandt"], {"speaker": "brandt"}),
    (["--speaker", "@BaysideRadio"], {"speaker": "@BaysideRadio"}),
    (["--speaker", "The engineer"], {"speaker": "The engineer"}),  # an alias
    (["--outlet", "digest"], {"outlet": "digest"}),
    (["--kind", "mixed"], {"kind": "mixed"}),
    (["--since", "2021-12-03"], {"date_from": "2021-12-03"}),
    (["--until", "2021-12-01"], {"date_to": "2021-12-01"}),  # a post's own date, December 1, 2021, is not ISO
    (["--search", "gate"], {"q": "gate"}),
    (["--search", "valve", "--speaker", "hanna"], {"q": "valve", "speaker": "hanna"}),
    (["--altered"], {"altered": "true"}),
    (["--unaltered", "--kind", "direct"], {"altered": "false", "kind": "direct"}),
]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("agree") / "c.db"
    build_corpus(path)
    return path


@pytest.mark.parametrize("options, params", FILTERS)
def test_quotes_and_the_api_return_the_same_statements(db: Path, options: list[str], params: dict[str, str]) -> None:
    cli = CliRunner().invoke(main, ["quotes", "--db", str(db), "--format", "jsonl", *options])
    assert cli.exit_code == 0, cli.output
    from_cli = [json.loads(line) for line in cli.stdout.splitlines()]
    body = TestClient(create_app(db)).get("/api/statements", params={**params, "per_page": 100}).json()
    from_api = [{k: v for k, v in item.items() if k != "matches"} for item in body["items"]]
    assert body["total"] == len(from_api)
    if "q" in params:  # best match first in both
        assert from_cli == from_api
    assert sorted(from_cli, key=lambda r: r["id"]) == sorted(from_api, key=lambda r: r["id"])


def test_the_filters_tell_statements_apart(db: Path) -> None:
    """The comparison above is not vacuous: the filters give different, non-empty answers."""
    client = TestClient(create_app(db))
    totals = [client.get("/api/statements", params=params).json()["total"] for _, params in FILTERS]
    assert all(totals[1:3]) and len(set(totals)) >= 4
