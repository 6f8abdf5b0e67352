"""Cue words that report nothing in the sentence at hand (issue 10, false positives): one table of made-up
sentences per rule.

Each row: sentence -> the cue words that must give no statement, and the statements expected among those found
(text, speaker, cue).
"""
from __future__ import annotations

import pytest

from quotetrail import extract


def _found(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(s.text, s.speaker, s.cue) for s in extract(text)]


# "find" as "to found" (helped found) or as "manage" (found a way to), "went on" before an outcome (went on to win),
# "know" as a filler (you know, as we know it), "add" as "increase" (added to the doubts, added 40 jobs), "decline"
# as "fall" (declined to $28 million), "post" before a count (posted 40 times): no report; a statement later in the
# sentence keeps its own speaker.
IDIOMS = [
    ("found after helped",
     "Maria Lopez, who helped found the tenants' union in 2011, said rents had doubled.",
     "found", [("rents had doubled", "Maria Lopez", "said")]),
    ("found ways to",
     "The senator found ways to move his bill through the committee.", "found", []),
    ("found a new way to",
     "The mayor found a new way to fund the library without raising taxes.", "found", []),
    ("went on to win",
     "The Hawks went on to win the title in May.", "went on", []),
    ("you know as a filler",
     "The tax plan takes money from, you know, the people who saved.", "know", []),
    ("we know as a filler",
     "Yes, we know, the fees are high.", "know", []),
    ("as we know it",
     "Local radio as we know it is over.", "know", []),
    ("added to a noun phrase",
     "The delays added to the confusion over who ran the depot.", "added", []),
    ("added a number",
     "The region added 40,000 jobs last year.", "added", []),
    ("declined to an amount",
     "Fees from the port declined to $281 million in 2014.", "declined", []),
    ("declined by a number word",
     "Support for the plan has also declined, by nine points since May.", "declined", []),
    ("posted a number of times",
     "Ortiz has posted more than 5,000 times since June, mostly on Facebook.", "posted", []),
    ("posted over a thousand times",
     "A user with the same name posted over a thousand times since 2014.", "posted", []),
    ("adding to a lead",
     "Ana Ortiz is adding to her lead in the county after wins in York and Hull.", "adding", []),
]


@pytest.mark.parametrize("name,text,cue,expected", IDIOMS, ids=[r[0] for r in IDIOMS])
def test_an_idiom_of_a_cue_word_is_no_report(name: str, text: str, cue: str, expected: list[tuple]) -> None:
    found = _found(text)
    assert not [row for row in found if row[2] == cue], found
    for row in expected:
        assert row in found, found

