"""Cue candidates: reporting verbs and phrases in a sentence, outside quotation marks."""
from __future__ import annotations

from dataclasses import dataclass

from quotetrail.extract.lexicon import (ACCORDING_PHRASES, ANONYMITY_PARTICIPLES, BASE_SAY_FORMS,
                                        BASE_VERB_CLAUSE_STARTS, BASE_VERB_GAPS, BASE_VERB_LEADS, BASE_VERB_SUBJECTS,
                                        BELIEF_ADJECTIVES, BODY_NOUNS, CLAUSE_WORDS, COMMA_PARTICIPLES, COPULAS,
                                        DETERMINERS, DISCUSSION_FORMS, EVIDENCE_NOUNS, EVIDENCE_NOUN_SINGULARS,
                                        EVIDENCE_PARTICIPLES, NOUN_ADVERBS, OBJECT_PRONOUNS, ORGANISATION_WORDS,
                                        PARTICIPLE_CLAUSE_STARTS, PEOPLE_PLURAL_ENDINGS, PERSON_DESCRIPTIONS,
                                        PHRASE_CUES, PLURAL_AUDIENCES, PLURAL_BODIES, PLURAL_NOUN_LEADS,
                                        POSSESSIVE_DETERMINERS, PREPOSITIONAL_CUES, PREPOSITIONS, PRESSURE_FORMS,
                                        PROGRESSIVE_AUXILIARIES, PROGRESSIVE_OBJECT_FORMS, PROGRESSIVE_SAY_FORMS,
                                        PROGRESSIVE_THINK_FORMS, PUBLISHED_ITEMS, QUESTION_CLAUSE_STARTS,
                                        QUESTION_CUE_FORMS, RELATIVE_PRONOUNS, SAY_FORMS, SUBJECT_PRONOUNS, THINK_FORMS,
                                        VENUE_PARTICIPLES, VERB_AUXILIARIES)
from quotetrail.extract.settings import (BASE_VERB_THE_CLAUSE_WORDS, HEADLINE_CAPITAL_SHARE, HEADLINE_MIN_WORDS,
                                         MAX_PRESSURE_OBJECT_TOKENS, MIN_LY_ADVERB_CHARS)
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
_TRIGGERS |= set(COMMA_PARTICIPLES) | set(EVIDENCE_PARTICIPLES) | set(PROGRESSIVE_SAY_FORMS) | set(PROGRESSIVE_THINK_FORMS)
_TRIGGERS |= set(PRESSURE_FORMS)
#: Nouns for people and bodies that a verb of pressure presses ("pushed the council to …"; not "pushed the mound to
#: make room"); a plural is matched without its "s".
_PRESSED_NOUNS = PERSON_DESCRIPTIONS | BODY_NOUNS | PLURAL_AUDIENCES | PLURAL_BODIES | ORGANISATION_WORDS
_TRIGGERS |= QUESTION_CUE_FORMS | DISCUSSION_FORMS
#: Lower-case "-s" words that are no plural subject of a base form ("his claim", "this claim", "was").
_NO_PLURAL_SUBJECTS = DETERMINERS | POSSESSIVE_DETERMINERS | VERB_AUXILIARIES


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


def infinitive_at(tokens: list[Token], i: int) -> bool:
    """``to`` and a verb at ``i`` ("plans, advisers say, to take …", "vowed to “abolish …”"), not ``to`` and a
    noun phrase."""
    if i + 1 >= len(tokens) or tokens[i].lower != "to":
        return False
    verb = i + 1 + (tokens[i + 1].text in "“\"‘" and i + 2 < len(tokens))
    return tokens[verb].text.isalpha() and tokens[verb].text.islower() and tokens[verb].lower not in DETERMINERS


def _object_then_infinitive(tokens: list[Token], i: int) -> bool:
    """An object of one to ``MAX_PRESSURE_OBJECT_TOKENS`` words from ``i`` (a name, a pronoun, a determiner's noun),
    then "to" and a verb: "pressed Reyes to resign", "pushed the council to close …"; not "pressed ahead", "pushed
    for", "the press conference"."""
    if i >= len(tokens) or not (tokens[i].is_capitalized or tokens[i].lower in DETERMINERS
                                or tokens[i].lower in POSSESSIVE_DETERMINERS or tokens[i].lower in OBJECT_PRONOUNS
                                or _pressed_noun(tokens[i].lower)):
        return False
    for k in range(i, min(len(tokens) - 1, i + 1 + MAX_PRESSURE_OBJECT_TOKENS)):
        if tokens[k].lower == "to" and k > i:
            head = tokens[k - 1]
            return infinitive_at(tokens, k) and (
                head.is_capitalized or head.lower in OBJECT_PRONOUNS or _pressed_noun(head.lower))
        if not tokens[k].is_word or tokens[k].lower in CLAUSE_WORDS or tokens[k].lower in PREPOSITIONS:
            return False  # "pressed him on his failure to …": the infinitive is the noun's
    return False


def _owned_after_preposition(lowers: list[str], i: int) -> bool:
    """A preposition, a possessive determiner and at most one word before ``i`` ("in its campaign pledges", "of his
    remarks"): ``i`` is a noun there, no verb."""
    return any(k >= 1 and lowers[k] in POSSESSIVE_DETERMINERS and lowers[k - 1] in PREPOSITIONS for k in (i - 1, i - 2))


def _pressed_noun(word: str) -> bool:
    """A noun for people or a body (``_PRESSED_NOUNS``, also as a plural), or a plural of an agent's ending
    (``lexicon.PEOPLE_PLURAL_ENDINGS``: "lawmakers", "donors", "activists")."""
    return word in _PRESSED_NOUNS or word[:-1] in _PRESSED_NOUNS or word.endswith(PEOPLE_PLURAL_ENDINGS)


def manner_adverb(token: Token) -> bool:
    """A lower-case "-ly" word long enough to be an adverb ("bitterly", "rightly"; not "ally")."""
    return token.text.islower() and token.text.endswith("ly") and len(token.text) > MIN_LY_ADVERB_CHARS


def _after_plural_subject(tokens: list[Token], i: int) -> bool:
    """``they claim that``, ``critics note that``, ``pilots claim it will``: a plural or first-person subject right
    before ``i`` and a clause opening right after it make the form a present-tense verb, not a noun; an adverb may
    stand on either side (``critics also note that``, ``shops complain bitterly that``)."""
    after = i + 1 + (i + 1 < len(tokens) and manner_adverb(tokens[i + 1]))
    if i < 1 or after >= len(tokens):
        return False
    k = i - 1 - (i >= 2 and (tokens[i - 1].lower == "also" or manner_adverb(tokens[i - 1])))
    prev = tokens[k]
    if tokens[after].lower not in BASE_VERB_CLAUSE_STARTS and not (prev.lower != "who" and _the_clause(tokens, after)):
        return False
    lower = prev.text.islower() or (k == 0 and prev.text[1:].islower())  # "Critics note that"
    return prev.lower in BASE_VERB_SUBJECTS or (
        lower and prev.text.isalpha() and prev.lower.endswith("s") and not prev.lower.endswith("ss")
        and prev.lower not in _NO_PLURAL_SUBJECTS)  # not "his claim that", "this claim", "was"


def _the_clause(tokens: list[Token], j: int) -> bool:
    """``the bill will cut costs``: "the" at ``j``, a short noun phrase and an auxiliary, so a clause (not ``the seat
    every four years``, ``the cost at five million``: an object)."""
    if tokens[j].lower != "the":
        return False
    for k in range(j + 1, min(len(tokens), j + 2 + BASE_VERB_THE_CLAUSE_WORDS)):
        if tokens[k].lower in VERB_AUXILIARIES:
            return k > j + 1
        if not (tokens[k].is_word and tokens[k].text.islower()):
            return False
    return False


def _progressive_verb(tokens: list[Token], i: int) -> bool:
    """``is warning that``, ``was writing that he …``, ``is warning traders that``: a progressive auxiliary before the
    form at ``i`` and a clause after it, or (for "warning") one object word and "that" (not ``is writing a novel``,
    ``was warning of floods``, ``is writing the grant applications``)."""
    if i < 1 or i + 1 >= len(tokens) or tokens[i - 1].lower not in PROGRESSIVE_AUXILIARIES:
        return False
    if tokens[i + 1].lower in BASE_VERB_CLAUSE_STARTS:
        return True
    return tokens[i].lower in PROGRESSIVE_OBJECT_FORMS and i + 2 < len(tokens) and tokens[i + 2].lower == "that" \
        and tokens[i + 1].is_word and tokens[i + 1].lower not in DETERMINERS


def _question_noun(tokens: list[Token], i: int) -> bool:
    """Whether "question"/"questions" at ``i`` is a noun: first in its sentence, or after a determiner, a preposition or
    a determiner and an adjective ("the question whether", "into question whether", "an open question whether")."""
    if tokens[i].lower.endswith("ing"):
        return False
    if i == 0:
        return True
    prev = tokens[i - 1].lower
    return prev in DETERMINERS or prev in PREPOSITIONS or (i >= 2 and tokens[i - 2].lower in DETERMINERS
                                                           and tokens[i - 1].text.islower())


def _noun_before_verb(tokens: list[Token], i: int) -> bool:
    """``Initial reports stated``, ``some party figures concluded``, ``his cost estimates have``: an "-s" form at ``i``
    with a finite verb right after it (an auxiliary or a verb of saying or thinking) is a plural noun, when a
    modifier is before it (a lower-case word that is no pronoun or adverb, or the capitalised first word of the unit);
    not after a name or pronoun ("the bill Graham believes will fail", "what he says is true": a relative's verb)."""
    if not (0 < i < len(tokens) - 1 and tokens[i].lower.endswith("s")):
        return False
    nxt, prev = tokens[i + 1], tokens[i - 1]
    if not nxt.text.islower() or nxt.lower.endswith("ing") \
            or not (nxt.lower in VERB_AUXILIARIES or nxt.lower in SAY_FORMS or nxt.lower in THINK_FORMS):
        return False
    if any(t.lower in RELATIVE_PRONOUNS for t in tokens[max(0, i - 3):i - 1]):
        return False  # "a trend that the foundation predicts will go on": the relative's verb
    modifier = prev.text.islower() and prev.is_word and prev.lower not in SUBJECT_PRONOUNS \
        and prev.lower not in NOUN_ADVERBS and not manner_adverb(prev)  # not "State now says are"
    return modifier or (i == 1 and prev.is_capitalized)


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
        if low in SAY_FORMS and low.endswith("s") and i > 0 and (lowers[i - 1] in PLURAL_NOUN_LEADS
                                                                 or _owned_after_preposition(lowers, i)):
            pass  # "many reports that …", "including claims that …", "in its campaign pledges": a noun, whose
            # clause the reporting-noun rule reads
        elif (low in SAY_FORMS or low in THINK_FORMS) and _noun_before_verb(tokens, i):
            pass  # "Initial reports stated …", "Official figures showed …", "his notes were …": a plural noun
        elif low in VENUE_PARTICIPLES and i > 1 and lowers[i - 1] in PUBLISHED_ITEMS \
                and (lowers[i - 2] in DETERMINERS or lowers[i - 2] in POSSESSIVE_DETERMINERS):
            pass  # "In a statement posted to her account, …", "A video posted online showed": the item's participle
        elif low in SAY_FORMS and capital_ok:
            cues.append(Cue(i, i, SAY_FORMS[low]))
        elif low in THINK_FORMS and capital_ok:
            cues.append(Cue(i, i, THINK_FORMS[low], belief=True))
        elif low in BASE_SAY_FORMS and (_after_verb_lead(lowers, i) or _after_plural_subject(tokens, i)):
            cues.append(Cue(i, i, low))
        elif low in PROGRESSIVE_SAY_FORMS and _progressive_verb(tokens, i):
            cues.append(Cue(i, i, PROGRESSIVE_SAY_FORMS[low]))  # "is warning traders that …"
        elif low in PROGRESSIVE_THINK_FORMS and _progressive_verb(tokens, i):
            cues.append(Cue(i, i, PROGRESSIVE_THINK_FORMS[low], belief=True))  # "is hoping that …"
        elif low in COMMA_PARTICIPLES and i > 0 and tokens[i - 1].text == "," and i + 1 < n \
                and lowers[i + 1] in PARTICIPLE_CLAUSE_STARTS:
            cues.append(Cue(i, i, COMMA_PARTICIPLES[low]))
        elif low in EVIDENCE_PARTICIPLES and i > 0 and (lowers[i - 1] in EVIDENCE_NOUNS
                                                         or lowers[i - 1] in EVIDENCE_NOUN_SINGULARS):
            cues.append(Cue(i, i, EVIDENCE_PARTICIPLES[low]))
        elif low in QUESTION_CUE_FORMS and i + 1 < n and lowers[i + 1] in QUESTION_CLAUSE_STARTS \
                and not _question_noun(tokens, i):
            cues.append(Cue(i, i, "question"))  # "is questioning whether …", not "an open question whether …"
        elif low in DISCUSSION_FORMS and i + 1 < n and lowers[i + 1] in QUESTION_CLAUSE_STARTS:
            cues.append(Cue(i, i, "discuss"))  # "was discussing how A": what was discussed; not "discussed the plan"
        elif low in BELIEF_ADJECTIVES and i + 1 < n and tokens[i + 1].lower == "that" and i > 0 \
                and tokens[i - 1].lower in COPULAS:
            cues.append(Cue(i, i, low, belief=True))
        elif low in PRESSURE_FORMS and _object_then_infinitive(tokens, i + 1):
            cues.append(Cue(i, i, PRESSURE_FORMS[low]))  # "pressed Reyes to resign": a directive
        i += 1
    return cues
