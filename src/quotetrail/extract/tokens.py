"""Words with character offsets: the only tokenisation the rules use."""
from __future__ import annotations

from dataclasses import dataclass

from quotetrail.extract.lexicon import WORD_RE


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum() or self.text[0] in "@_"

    @property
    def is_capitalized(self) -> bool:
        return self.text[0].isupper() or self.text[0] == "@"


def tokenize(text: str, start: int, end: int) -> list[Token]:
    return [Token(m.start(), m.end(), m.group()) for m in WORD_RE.finditer(text, start, end)]
