"""Reported speech without quote marks that a rule of issue 10's eighth round finds: one table of made-up
sentences per rule.

Each row: sentence -> a statement expected among those found (text, kind, speaker, cue).
"""
from __future__ import annotations

import pytest

from statement_lookup import statements


def _check(text: str, expected: tuple) -> None:
    found = statements(text)
    assert expected in found, found


# A base form that is as often a noun ("a claim", "a note") is a verb after a plural or first-person subject when
# a clause follows it.
PRESENT_BASE_FORMS = [
    ("a plural noun before note that", "Harbour pilots note that the channel silts up every spring.",
     ("the channel silts up every spring", "indirect", "Harbour pilots", "note")),
    ("a capitalised plural opening the sentence", "Critics complain that the ferry timetable keeps changing.",
     ("the ferry timetable keeps changing", "indirect", "Critics", "complain")),
    ("they and a bare clause", "They claim it will double the rents in the old town.",
     ("it will double the rents in the old town", "indirect", None, "claim")),
]


@pytest.mark.parametrize("name,text,expected", PRESENT_BASE_FORMS, ids=[r[0] for r in PRESENT_BASE_FORMS])
def test_a_base_form_after_a_plural_subject_is_a_verb(name: str, text: str, expected: tuple) -> None:
    _check(text, expected)


def test_a_base_form_before_a_noun_is_no_cue() -> None:
    assert not [f for f in statements("The office says claim forms for farmers are online.") if f[3] == "claim"]
