"""Cue candidates: reporting verbs and phrases in a sentence, outside quotation marks."""
from __future__ import annotations

from dataclasses import dataclass

from quotetrail.extract.lexicon import (ANONYMITY_PARTICIPLES, BASE_SAY_FORMS, BASE_VERB_CLAUSE_STARTS,
                                        BASE_VERB_GAPS, BASE_VERB_LEADS, BASE_VERB_SUBJECTS, PROGRESSIVE_AUXILIARIES,
                                        PROGRESSIVE_SAY_FORMS, THIRD_PERSON_SAY_FORMS, THIRD_PERSON_SUBJECTS,
                                        VERB_AUXILIARIES,
                                        BELIEF_ADJECTIVES, COPULAS, PHRASE_CUES, PREPOSITIONAL_CUES, SAY_FORMS,
                                        THINK_FORMS,
                                        ACCORDING_PHRASES, COMMA_PARTICIPLES, EVIDENCE_NOUN_SINGULARS, EVIDENCE_NOUNS,
                                        EVIDENCE_PARTICIPLES, PARTICIPLE_CLAUSE_STARTS)
from quotetrail.extract.settings import BASE_VERB_MIN_ADVERB_CHARS, HEADLINE_CAPITAL_SHARE, HEADLINE_MIN_WORDS
from quotetrail.extract.tokens import Token

_PHRASES = sorted((tuple(p.split()) for p in (*PHRASE_CUES, *PREPOSITIONAL_CUES)), key=len, reverse=True)
#: Phrases that only extend a cue verb ("said in a statement") and are never a cue alone.
_EXTENSIONS = {("in", "a", "statement"), ("in", "an", "interview"), ("in", "a", "tweet"), ("in", "a", "post")}
_PHRASES_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _phrase in _PHRASES:
    if _phrase not in _EXTENSIONS:
        _PHRASES_BY_FIRST.setdefault(_phrase[0], []).append(_phrase)

#: Words that can start a cue: every other word is passed over at once (most words of a unit).
_TRIGGERS = set(_PHRASES_BY_FIRST) | set(SAY_FORMS) | set(THINK_FORMS) | BASE_SAY_FORMS | BELIEF_ADJECTIVES
_TRIGGERS |= set(COMMA_PARTICIPLES) | set(EVIDENCE_PARTICIPLES) | set(PROGRESSIVE_SAY_FORMS) | set(THIRD_PERSON_SAY_FORMS)


@dataclass(frozen=True)
class Cue:
    first: int  # token index of the first cue word
    last: int  # token index of the last cue word (inclusive)
    lemma: str
    belief: bool = False  # a verb of belief or intention rather than of saying

    @property
    def according(self) -> bool:
        return self.lemma == "according to"


def _is_headline(tokens: list[Token]) -> bool:
    """Title Case ("Trump Says He Will Win"): capitalised cue words count there."""
    initials = [t.text[0] for t in tokens if t.text[0].isalpha()]
    return len(initials) >= HEADLINE_MIN_WORDS and sum(c.isupper() for c in initials) >= HEADLINE_CAPITAL_SHARE * len(initials)


def _after_verb_lead(lowers: list[str], i: int) -> bool:
    """A modal, "do" or "to" before ``i`` (past a "not"): "did not mention", "would add", "to note"."""
    k = i - 1
    while k >= 0 and lowers[k] in BASE_VERB_GAPS:
        k -= 1
    return k >= 0 and lowers[k] in BASE_VERB_LEADS


def _manner_adverb(token: Token) -> bool:
    """A lower-case "-ly" word long enough to be an adverb ("bitterly", "rightly"; not "ally")."""
    return token.text.islower() and token.text.endswith("ly") and len(token.text) > BASE_VERB_MIN_ADVERB_CHARS


def _third_person_verb(tokens: list[Token], i: int) -> bool:
    """``It states that``, ``the court rules that``, ``Ortiz charges that``: he/she/it, a relative or a capitalised name
    (not ``the United States that``) before the form at ``i`` and "that" after it."""
    if i < 1 or i + 2 >= len(tokens) or tokens[i + 1].lower != "that" or not tokens[i + 2].is_word \
            or tokens[i + 2].lower in VERB_AUXILIARIES or tokens[i + 2].lower.endswith("ed"):
        return False  # not "the rules that could …", "states that voted …": a relative
    prev = tokens[i - 1]
    return prev.lower in THIRD_PERSON_SUBJECTS or (prev.is_capitalized and prev.is_word and prev.lower != "united") \
        or (prev.lower in ("court", "judge", "panel", "board") and prev.text.islower())


def _after_plural_subject(tokens: list[Token], i: int) -> bool:
    """``they claim that``, ``critics note that``, ``lawmakers claim it will``: a plural or first-person subject right
    before ``i`` and a clause opening right after it make the form a present-tense verb, not a noun; an adverb may
    stand on either side (``critics also note that``, ``shops complain bitterly that``)."""
    after = i + 1 + (i + 1 < len(tokens) and _manner_adverb(tokens[i + 1]))
    if i < 1 or after >= len(tokens) or tokens[after].lower not in BASE_VERB_CLAUSE_STARTS:
        return False
    k = i - 1 - (i >= 2 and (tokens[i - 1].lower == "also" or _manner_adverb(tokens[i - 1])))
    prev = tokens[k]
    lower = prev.text.islower() or (k == 0 and prev.text[1:].islower())  # "Critics note that"
    return prev.lower in BASE_VERB_SUBJECTS or (
        lower and prev.text.isalpha() and prev.lower.endswith("s") and not prev.lower.endswith("ss"))


def find_cues(tokens: list[Token], quoted: list[bool]) -> list[Cue]:
    """Cue candidates, left to right; ``quoted[i]`` is True for tokens inside quotation marks."""
    cues: list[Cue] = []
    i = 0
    n = len(tokens)
    headline: bool | None = None  # asked only of a capitalised cue word inside the unit (rare)
    lowers = [t.lower for t in tokens]
    if _TRIGGERS.isdisjoint(lowers):
        return cues  # no word that can start a cue (many units)
    while i < n:
        low = lowers[i]
        if quoted[i] or low not in _TRIGGERS:
            i += 1
            continue
        matched = False
        for phrase in _PHRASES_BY_FIRST.get(low, ()):
            k = len(phrase)
            if i + k <= n and tuple(lowers[i:i + k]) == phrase:
                text = " ".join(phrase)
                cues.append(Cue(i, i + k - 1, PREPOSITIONAL_CUES.get(text) or ACCORDING_PHRASES.get(text, text)))
                i += k
                matched = True
                break
        if matched:
            continue
        capital_ok = True
        if i > 0 and tokens[i].text[0].isupper() and (low in SAY_FORMS or low in THINK_FORMS):
            if headline is None:
                headline = _is_headline(tokens)
            capital_ok = headline
        if lowers[i + 1:i + 4] == ["not", "to", "be"] and i + 4 < n and lowers[i + 4] in ANONYMITY_PARTICIPLES:
            i += 1  # "a source who asked not to be named": a request for anonymity, not a statement
            continue
        if low in SAY_FORMS and capital_ok:
            cues.append(Cue(i, i, SAY_FORMS[low]))
        elif low in THINK_FORMS and capital_ok:
            cues.append(Cue(i, i, THINK_FORMS[low], belief=True))
        elif low in BASE_SAY_FORMS and (_after_verb_lead(lowers, i) or _after_plural_subject(tokens, i)):
            cues.append(Cue(i, i, low))
        elif low in PROGRESSIVE_SAY_FORMS and i > 0 and lowers[i - 1] in PROGRESSIVE_AUXILIARIES:
            cues.append(Cue(i, i, PROGRESSIVE_SAY_FORMS[low]))  # "is warning voters that …"
        elif low in THIRD_PERSON_SAY_FORMS and _third_person_verb(tokens, i):
            cues.append(Cue(i, i, THIRD_PERSON_SAY_FORMS[low]))  # "It states that …"
        elif low in COMMA_PARTICIPLES and i > 0 and tokens[i - 1].text == "," and i + 1 < n \
                and lowers[i + 1] in PARTICIPLE_CLAUSE_STARTS:
            cues.append(Cue(i, i, COMMA_PARTICIPLES[low]))
        elif low in EVIDENCE_PARTICIPLES and i > 0 and (lowers[i - 1] in EVIDENCE_NOUNS
                                                         or lowers[i - 1] in EVIDENCE_NOUN_SINGULARS):
            cues.append(Cue(i, i, EVIDENCE_PARTICIPLES[low]))
        elif low in BELIEF_ADJECTIVES and i + 1 < n and tokens[i + 1].lower == "that" and i > 0 \
                and tokens[i - 1].lower in COPULAS:
            cues.append(Cue(i, i, low, belief=True))
        i += 1
    return cues
