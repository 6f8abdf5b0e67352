"""Lookups built to save work (answered lazily, or for many positions at once) give what the plain computation gives."""
from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from quotetrail.extract.spans import Covered
from statement_lookup import speaker_of

spans = st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60)), max_size=6)
positions = st.lists(st.integers(-5, 70), max_size=30, unique=True).map(sorted)


@given(spans, positions)
def test_covered_flags_are_membership(span_list, sorted_positions):
    covered = Covered(span_list)
    assert covered.flags(sorted_positions) == [pos in covered for pos in sorted_positions]


# "He" is the man who is the subject of the sentence before (a name that opens it, perhaps after an introductory
# phrase), not the last man named: the names that open a sentence are looked up lazily (pipeline._SentenceOpeners),
# and these rows guard that the lookup answers as reading every name would. They pass on main too (a guard of a
# speed change, not a new rule).
SUBJECT_BEFORE = [
    ("Tomas Brell met Paul Quist at the dam. He said the walls would crack.", "Tomas Brell"),
    ("However, Tomas Brell met Paul Quist at the dam. He said the walls would crack.", "Tomas Brell"),
    ("Officials who met Tomas Brell left early. While Brell waited, Paul Quist spoke to the press. He said the walls "
     "would crack.", "Paul Quist"),
]


@pytest.mark.parametrize("text, speaker", SUBJECT_BEFORE)
def test_he_is_the_subject_of_the_sentence_before(text: str, speaker: str) -> None:
    assert speaker_of(text, "the walls") == speaker
