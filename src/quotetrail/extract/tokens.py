"""Words with character offsets: the only tokenisation the rules use."""
from __future__ import annotations

from dataclasses import dataclass, field

from quotetrail.extract.lexicon import WORD_ACRONYMS, WORD_RE


@dataclass(slots=True)
class Token:
    """A word or mark of the text; ``lower`` is ``text.lower()`` (but an acronym that is also a word, "WHO", "IT",
    as written, outside a run of capitals: ``lexicon.WORD_ACRONYMS``), computed once in ``tokenize``
    because the rules ask for it hundreds of thousands of times per corpus. Not frozen: a frozen
    dataclass costs a third more to build, and tokens are built for every sentence."""
    start: int
    end: int
    text: str
    lower: str = field(repr=False, compare=False)

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum() or self.text[0] in "@_"

    @property
    def is_capitalized(self) -> bool:
        return self.text[0].isupper() or self.text[0] == "@"


def tokenize(text: str, start: int, end: int) -> list[Token]:
    tokens = [Token(m.start(), m.end(), g, g.lower()) for m in WORD_RE.finditer(text, start, end) for g in (m.group(),)]
    for k, tok in enumerate(tokens):
        if tok.text in WORD_ACRONYMS and not _capitals(tokens, k - 1) and not _capitals(tokens, k + 1):
            tok.lower = tok.text
    return tokens


def _capitals(tokens: list[Token], k: int) -> bool:
    """Whether token ``k`` is a word of capital letters: beside one, "WHO" may be a headline's "who"."""
    return 0 <= k < len(tokens) and len(tokens[k].text) > 1 and tokens[k].text.isupper()
