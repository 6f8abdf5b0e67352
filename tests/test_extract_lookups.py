"""Lookups built to save work (answered lazily, or for many positions at once) give what the plain computation gives."""
from __future__ import annotations

import importlib

from hypothesis import given, strategies as st

from quotetrail.extract.entities import Registry
from quotetrail.extract.spans import Covered

# ``quotetrail.extract`` (the package attribute) is the function of that name: the module is imported by its path
pipeline = importlib.import_module("quotetrail.extract.pipeline")

spans = st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60)), max_size=6)
positions = st.lists(st.integers(-5, 70), max_size=30, unique=True).map(sorted)


@given(spans, positions)
def test_covered_flags_are_membership(span_list, sorted_positions):
    covered = Covered(span_list)
    assert covered.flags(sorted_positions) == [pos in covered for pos in sorted_positions]


TEXT = ("However, Mara Quist said the dam would hold. At the hearing, engineer Tomas Brell disagreed with Quist. "
        "Officials who met Ilse Varga left early. While Varga waited, Quist spoke again.")


def test_sentence_openers_are_the_names_that_open_a_sentence():
    runs = Registry.from_text(TEXT).names
    eager = {end for start, end, _ in runs if pipeline._opens_sentence(TEXT, start)}
    lazy = pipeline._SentenceOpeners(TEXT, runs)
    assert eager and eager != {end for _, end, _ in runs}  # some names open their sentence, some do not
    assert {end for _, end, _ in runs if end in lazy} == eager
    assert 0 not in lazy and len(TEXT) not in lazy  # not the end of a name
