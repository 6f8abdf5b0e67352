"""Words that look like statements but are none under the fundus conventions (round 8, precision): one table of
made-up texts per rule, each row text -> every (speaker, content) expected."""
from __future__ import annotations

import pytest

from statement_lookup import speakers_and_contents

# "assume" as "take up" a post (assumed office, a new role, control): no belief; a belief's clause stays one.
ASSUMED_POSTS = [
    ("assumed office",
     "When she assumed office in 2019, the mayor closed the depot.", []),
    ("assumed a new role",
     "Paul Grant assumed a new role as chief of the port authority last spring.", []),
    ("would assume control",
     "The coach would assume control of the squad in June.", []),
    ("assumed the presidency",
     "Ortiz assumed the presidency of the club after the vote.", []),
]

# A byline label at a line's start ("Contributing: names") is no transcript turn.
BYLINES = [
    ("contributing",
     "The council met on Monday.\n\nContributing: Ana Ortiz and Jo Reed of the Harbour Gazette.", []),
]


@pytest.mark.parametrize("name,text,expected", ASSUMED_POSTS + BYLINES, ids=[r[0] for r in ASSUMED_POSTS + BYLINES])
def test_no_statement(name: str, text: str, expected: list[tuple]) -> None:
    assert speakers_and_contents(text) == expected
