"""Quality floors, measured with ../shared/tools/score_quotes.py (skipped without ../shared).

The floors and the data of each suite are those of the quality gate (eval/gate.py, eval/pins.json):
they are written down there only.
"""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

from quotetrail.extract import extract_article
from quotetrail.ingest import read_paths
from quotetrail.types import Article

pytestmark = pytest.mark.shared


ROOT = Path(__file__).resolve().parent.parent


def _module(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


GATE = _module("quality_gate", ROOT / "eval" / "gate.py")
PINS = json.loads(GATE.PINS.read_text(encoding="utf-8"))


def _scorer(shared: Path) -> ModuleType:
    return _module("score_quotes", shared / "tools" / "score_quotes.py")


def _score(shared: Path, inputs: list[Path], gold: Path, tmp_path: Path) -> tuple[dict, list]:
    pred = tmp_path / "pred.jsonl"
    with pred.open("w", encoding="utf-8") as out:
        for item in read_paths([str(p) for p in inputs]):
            assert isinstance(item, Article), item
            result = extract_article(item)
            for statement in result.statements:
                out.write(json.dumps(statement.to_dict(), ensure_ascii=False) + "\n")
    scorer = _scorer(shared)
    # as the scorer's command line does: parts are scored one by one against seeds-style gold (.json)
    return scorer.score(scorer.load_gold(gold), scorer.load_pred(pred, split_parts=gold.suffix == ".json"), 0.3)


@pytest.mark.parametrize("suite", sorted(GATE.SUITES))
def test_each_suite_meets_its_pinned_floors(shared: Path, tmp_path: Path, suite: str) -> None:
    inputs, gold = GATE.SUITES[suite]
    figures, _ = _score(shared, [shared / p for p in inputs], shared / gold, tmp_path)
    below = {m: (figures[m], floor) for m, floor in PINS[suite]["min"].items() if figures[m] < floor}
    assert not below, f"{suite}: below the pins of eval/pins.json: {below}"


def test_seeds_rust_is_no_statement_and_the_blurb_is_boilerplate(shared: Path) -> None:
    path = shared / "seeds" / "000_8bd76faca538bbe1.txt"
    text = path.read_text(encoding="utf-8")
    result = extract_article(Article(id=path.name, text=text))
    assert all(s.text.strip(" .,“”\"‘’") != "Rust" for s in result.statements)
    assert result.truncated
    blurb = text[text.rindex(". The ") + 2:].rstrip()  # the publisher's sentence that ends the article
    assert len(blurb.split()) > 10 and " newspaper " in blurb
    assert [text[b.start:b.end] for b in result.boilerplate] == [blurb]
    assert not any(blurb in s.text for s in result.statements)
    actor = next(s for s in result.statements if s.cue == "stated" and s.kind == "direct")
    assert actor.speaker == "Alec Baldwin" and text[actor.speaker_start:actor.speaker_end] == "The actor"
    affidavit = next(s for s in result.statements if s.source == "USA Today")
    assert "affidavit" in affidavit.speaker or "investigators" in affidavit.speaker


def test_seeds_posts_have_handle_date_and_via(shared: Path) -> None:
    path = shared / "seeds" / "004_a77b5d46520563dc.txt"
    result = extract_article(Article(id=path.name, text=path.read_text(encoding="utf-8")))
    posts = [s for s in result.statements if s.kind == "post"]
    assert len(posts) == 7
    assert ("Tom Elliott", "tomselliott", "2021-12-03") in [(p.speaker, p.handle, p.date) for p in posts]
    inside = {(s.speaker, s.via) for s in result.statements if s.via}
    assert inside == {("Alec Baldwin", "Tom Elliott"), ("Alec Baldwin", "ABC News"), ("Stephen Gutowski", "Andrew Craft")}
