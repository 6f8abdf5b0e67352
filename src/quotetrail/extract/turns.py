"""Transcript turns and headline speakers: ``PENCE: And that’s why …``, ``Paul Ryan: FBI Decision …``.

A line that starts with a name (capitals or Title Case, up to four words) and a colon is that
name's statement, to the end of the line. Labels such as ``EXCLUSIVE:`` or ``Read more:`` are not names.
"""
from __future__ import annotations

import re

from quotetrail.extract.clauses import Attribution
from quotetrail.extract.lexicon import NOT_SPEAKER_LABELS
from quotetrail.extract.settings import MIN_TURN_WORDS, TURN_CONFIDENCE

_NAME_WORD = r"(?:[A-Z][\w.’'\-]*|@\w+|de|van|von|da|del)"
_TURN_RE = re.compile(r"^[ \t]*[\"“]?(" + _NAME_WORD + r"(?:[ \t]+" + _NAME_WORD + r"){0,3})[ \t]*:[ \t]*(\S[^\n]*)", re.M)


def transcript_turns(text: str) -> list[Attribution]:
    """``PENCE: And that’s why ...`` — a line of a transcript: the capitalised name speaks the rest."""
    turns = []
    for m in _TURN_RE.finditer(text):
        name = m.group(1)
        if name.lower() in NOT_SPEAKER_LABELS or len(m.group(2).split()) < MIN_TURN_WORDS or name.lower().startswith(("the ", "a ")):
            continue
        end = m.end(2)
        while end > m.start(2) and text[end - 1].isspace():
            end -= 1
        colon = text.index(":", m.end(1))
        turns.append(Attribution(m.start(2), end, "direct", colon, colon + 1, (m.start(1), m.end(1)), confidence=TURN_CONFIDENCE))
    return turns


