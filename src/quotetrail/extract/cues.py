"""Cue candidates: reporting verbs and phrases in a sentence, outside quotation marks."""
from __future__ import annotations

from dataclasses import dataclass

from quotetrail.extract.lexicon import PHRASE_CUES, SAY_FORMS, THINK_FORMS
from quotetrail.extract.tokens import Token

_PHRASES = sorted((tuple(p.split()) for p in PHRASE_CUES), key=len, reverse=True)
#: Phrases that only extend a cue verb ("said in a statement") and are never a cue alone.
_EXTENSIONS = {("in", "a", "statement"), ("in", "an", "interview"), ("in", "a", "tweet"), ("in", "a", "post")}


@dataclass(frozen=True)
class Cue:
    first: int  # token index of the first cue word
    last: int  # token index of the last cue word (inclusive)
    lemma: str
    belief: bool = False  # a verb of belief or intention rather than of saying

    @property
    def according(self) -> bool:
        return self.lemma == "according to"


def find_cues(tokens: list[Token], quoted: list[bool]) -> list[Cue]:
    """Cue candidates, left to right; ``quoted[i]`` is True for tokens inside quotation marks."""
    cues: list[Cue] = []
    i = 0
    n = len(tokens)
    while i < n:
        if quoted[i]:
            i += 1
            continue
        low = tokens[i].lower
        matched = False
        for phrase in _PHRASES:
            k = len(phrase)
            if phrase in _EXTENSIONS:
                continue
            if i + k <= n and tuple(t.lower for t in tokens[i:i + k]) == phrase:
                cues.append(Cue(i, i + k - 1, " ".join(phrase)))
                i += k
                matched = True
                break
        if matched:
            continue
        if low in SAY_FORMS and not (tokens[i].text[0].isupper() and i > 0):
            cues.append(Cue(i, i, SAY_FORMS[low]))
        elif low in THINK_FORMS and not (tokens[i].text[0].isupper() and i > 0):
            cues.append(Cue(i, i, THINK_FORMS[low], belief=True))
        i += 1
    return cues
