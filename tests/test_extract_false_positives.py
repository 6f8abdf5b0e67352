"""Cue words that report nothing in the sentence at hand (issue 10, false positives): one table of made-up
sentences per rule.

Each row: sentence -> every statement expected (text, speaker, cue): the idiom's cue word gives none, and nothing
else is found in its place (a cue reported with other words, ``found a way``, fails too).
"""
from __future__ import annotations

import pytest

from quotetrail import extract


def _found(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(s.text, s.speaker, s.cue) for s in extract(text)]


# "find" as "to found" (helped found) or as "manage" (found a way to), "went on" before an outcome (went on to win),
# "know" as a filler (you know, as we know it), "add" as "increase" (added to the doubts, added 40 jobs), "decline"
# as "fall" (declined to $46 million), "post" before a count (posted 40 times): no report; a statement later in the
# sentence keeps its own speaker.
IDIOMS = [
    ("began after a quotation", "“The river will rise again,” Ana Ortiz began, before she was cut off.",
     [("The river will rise again,", "Ana Ortiz", "began")]),
    ("began with an object", "Ana Ortiz began the “Hope for All” tour in May.", []),
    ("began to", "Ana Ortiz began to cry when the verdict was read.", []),
    ("a day saw", "Monday saw police with dogs searching a second block of flats in Dover.", []),
    ("a year saw", "2019 saw more than 1,100 crashes on the coast road.", []),
    ("guard: a person saw as", "Ana Ortiz saw the plan as a threat to the harbour.",
     [("the plan as a threat to the harbour", "Ana Ortiz", "saw")]),
    ("guard: a surname that is a time word", "Day said the harbour would close in May.",
     [("the harbour would close in May", "Day", "said")]),
    ("a verb of saying after a time keeps its statement, with no speaker",
     "One study in the Harbour Journal from March noted the reef had shrunk by half.",
     [("the reef had shrunk by half", None, "noted")]),
    ("found after helped",
     "Maria Lopez, a nurse who helped found the choir in 2011, said rehearsals had moved.",
     [("rehearsals had moved", "Maria Lopez", "said")]),
    ("found ways to",
     "The senator found ways to move his bill through the committee.", []),
    ("found a new way to",
     "The mayor found a new way to fund the library without raising taxes.", []),
    ("went on to win",
     "The Hawks went on to win the title in May.", []),
    ("you know as a filler",
     "The tax plan takes money from, you know, the people who saved.", []),
    ("we know as a filler",
     "Yes, we know, the fees are high.", []),
    ("as we know it",
     "The village pub as we know it is dying.", []),
    ("added to a noun phrase",
     "The delays added to the confusion over who ran the depot.", []),
    ("added a number",
     "The region added 40,000 jobs last year.", []),
    ("declined to an amount",
     "Ticket sales at the zoo declined to $46 million in 2019.", []),
    ("declined by a number word",
     "Support for the plan has also declined, by nine points since May.", []),
    ("posted a number of times",
     "Ortiz has posted about 800 times this year, largely about football.", []),
    ("posted over a hundred times",
     "An account under that nickname posted over a hundred times in March.", []),
    ("adding to a lead",
     "Ana Ortiz is adding to her tally of medals after wins in Oslo and Bergen.", []),
]


@pytest.mark.parametrize("name,text,expected", IDIOMS, ids=[r[0] for r in IDIOMS])
def test_an_idiom_of_a_cue_word_is_no_report(name: str, text: str, expected: list[tuple]) -> None:
    assert _found(text) == expected

