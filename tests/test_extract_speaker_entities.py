"""Speaker error classes of issue 10 (sixth round): one table per class, each row a made-up text,
the first words of a statement's content and the canonical speaker expected (None: no speaker)."""
from __future__ import annotations

import pytest

from quotetrail.extract import extract


def _speaker_of(text: str, content: str) -> str | None:
    found = [s for s in extract(text) if s.text.startswith(content)]
    assert found, f"no statement starting {content!r} in {[(s.speaker, s.text) for s in extract(text)]}"
    return found[0].speaker


# A pronoun subject contracted with its auxiliary ("She’s said", "He'd told") is the pronoun.
CONTRACTED_PRONOUNS = [
    ("Ana Ortiz met the board on Monday. She’s said the plan would fail within a year.", "the plan", "Ana Ortiz"),
    ("Tom Reed spoke at the hearing. He's told reporters that the bridge will close next week.", "the bridge",
     "Tom Reed"),
    ("Mayor Lena Holt, 52, toured the flooded school. She'd promised that every pupil would be back by May.",
     "every pupil", "Lena Holt"),
    ("The ferry company cut two routes. It’s said the cuts would save money.", "the cuts", None),
]


@pytest.mark.parametrize("text, content, speaker", CONTRACTED_PRONOUNS)
def test_a_contracted_pronoun_subject_is_the_pronoun(text: str, content: str, speaker: str | None) -> None:
    assert _speaker_of(text, content) == speaker
