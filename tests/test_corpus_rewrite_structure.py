"""A rewrite keeps its source's structure; an independent report of the same event does not."""
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotetrail.cli import main
from quotetrail.corpus.derived import Alignment, Candidate, align, choose_source

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

SOURCE = (
    "A fire destroyed the Kessler Marine warehouse at Pier 9 in Harbourton on Tuesday night. "
    "Firefighters from three stations fought the flames for four hours before bringing them under control. "
    "“The roof of the building collapsed within an hour,” fire chief Dana Okafor said. "
    "Nobody was inside the warehouse when the fire started, according to the company. "
    "Investigators believe faulty wiring in the loading bay caused the blaze. "
    "The warehouse stored marine engines and spare parts worth about 2 million dollars. "
    "Kessler Marine said it would move its stock to a depot in Westbrook while it rebuilds.")

# Machine-style rewrite: every sentence paraphrased, in the same order, about the same length.
PARAPHRASE = (
    "On Tuesday night flames tore through the Pier 9 warehouse of Kessler Marine in Harbourton. "
    "Crews from three fire stations battled the fire for four hours until they had it under control. "
    "“The roof of the building collapsed within an hour,” said Dana Okafor, the fire chief. "
    "The company said no one was in the warehouse when the blaze began. "
    "Faulty wiring in the loading bay is thought by investigators to have started the fire. "
    "Marine engines and spare parts valued at roughly 2 million dollars were kept in the warehouse. "
    "While the site is rebuilt, Kessler Marine will shift its stock to a Westbrook depot, the firm said.")

# Independent follow-up report: same names, figures and quote, its own content in its own order.
INDEPENDENT = (
    "Harbourton council will inspect every building on the waterfront, the mayor announced on Thursday. "
    "Residents of Dock Street complained that smoke kept them indoors until Wednesday morning. "
    "Kessler Marine, which lost engines and parts worth about 2 million dollars at Pier 9, has employed "
    "40 people in Harbourton since 1987. "
    "“The roof of the building collapsed within an hour,” fire chief Dana Okafor said on Tuesday. "
    "Insurance brokers expect premiums for older harbour buildings to rise next year. "
    "The council vote on the inspection budget is expected in April.")

# The source's sentences in reverse order: the same content without the source's order.
REVERSED = ". ".join(reversed(SOURCE.removesuffix(".").split(". "))) + "."


@pytest.mark.parametrize(("article", "keeps"), [
    (PARAPHRASE, True),
    (SOURCE, True),
    (INDEPENDENT, False),
    (REVERSED, False),
], ids=["sentence-by-sentence paraphrase", "identical text", "independent report", "reversed sentences"])
def test_alignment_tells_rewrites_from_independent_reports(article, keeps):
    assert align(article, SOURCE).keeps_structure() is keeps


def test_alignment_measures():
    assert align(SOURCE, SOURCE) == Alignment(1.0, 1.0)
    assert align(PARAPHRASE, SOURCE).order == 1.0
    assert align("", SOURCE) == Alignment(0.0, 0.0)
    assert align("Short. Too short.", SOURCE) == Alignment(0.0, 0.0)


@pytest.mark.parametrize(("alignment", "keeps"), [
    (Alignment(order=0.5, coverage=0.5), True),
    (Alignment(order=0.2, coverage=1.0), False),  # covers the source, but not in its order
    (Alignment(order=0.75, coverage=0.2), False),  # a few sentences, little of the source
    (Alignment(order=0.9, coverage=0.2), True),  # an in-order condensation of a long source
])
def test_keeps_structure_thresholds(alignment, keeps):
    assert alignment.keeps_structure() is keeps


def test_structure_is_required_for_rewrites_and_asked_once_for_the_best_candidate():
    asked = []

    def alignment(result):
        def of(key):
            asked.append(key)
            return result
        return of

    cands = [Candidate(2, "2020-01-01", 0.7), Candidate(3, "2020-01-02", 0.2)]
    found = choose_source(1, "2020-01-05", cands, alignment(Alignment(1.0, 1.0)))
    assert (found.source, found.relation) == (2, "rewrite") and asked == [2]
    assert choose_source(1, "2020-01-05", cands, alignment(Alignment(0.1, 0.1))) is None
    asked.clear()
    copy = choose_source(1, "2020-01-05", [Candidate(2, "2020-01-01", 0.9, 0.95)], alignment(Alignment(0.0, 0.0)))
    assert copy.relation == "copy" and asked == []  # copies are decided by 3-gram containment alone


def test_examples_independent_report_is_not_a_rewrite_machine_rewrite_is(tmp_path):
    db = str(tmp_path / "d.db")
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", str(EXAMPLES), "--db", db]).exit_code == 0
    out = runner.invoke(main, ["derived", "--db", db, "--format", "jsonl"])
    assert out.exit_code == 0, out.output
    relations = {(d["doc"], d["source"], d["relation"]) for d in map(json.loads, out.output.splitlines())}
    assert ("newsdaily-hub-warehouse-blaze", "gazette-harbour-fire", "rewrite") in relations
    assert not any(doc == "coastal-wire-warehouse-review" for doc, _, _ in relations)
