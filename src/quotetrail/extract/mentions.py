"""The noun phrase a cue attaches to: its subject on the left, or an inverted one on the right."""
from __future__ import annotations

import re

from quotetrail.dates import MONTHS, MONTH_ABBREVIATIONS
from quotetrail.extract.lexicon import (ABSOLUTE_LEADS, AFFILIATION_LINKS, ANONYMITY_PARTICIPLES, APPOSITION_LEADS,
                                        ATTACHED_ADJECTIVES, AUXILIARIES, BODY_NOUNS, CLAUSE_WORDS,
                                        COMPANION_POSSESSIVES, DETERMINERS, EXCEPTION_GROUPS, FIRST_NAMES,
                                        FOCUS_ADVERBS, GROUP_WORDS, INVERTIBLE, LEAD_COMPANIONS, LEAD_OPENERS,
                                        LOCATION_LINKS, LONE_GROUPS, MUCH_DEGREES, NAME_JOINS, NOT_HEADS, NOT_NAMES,
                                        NOT_PLURAL_ENDINGS, NUMBER_WORDS, OBJECT_PRONOUNS, OFFICE_LINKS, OFFICE_WORDS,
                                        OPENING_TIME_ADVERBS, ORGANISATION_WORDS, OUTLET_WORDS, PAST_FORMS,
                                        PERSON_DESCRIPTIONS, PERSON_RELATIVES, PLACE_OPENERS, PLACE_WORDS,
                                        PLURAL_AUDIENCES, POLL_SHARE_WORDS, POSTNOMINAL_PARTICIPLES, PREPOSITIONS,
                                        REGION_LEADS, RELATIVE_PRONOUNS, ROLE_NOUNS, SAY_FORMS, SENTENCE_ADVERBS,
                                        SENTENCE_CONJUNCTIONS, SUBJECT_PRONOUNS, SUBJECT_WORDS, SUBORDINATORS,
                                        TIME_LEADS, TIME_MODIFIERS, TIME_WORDS, TITLES, TITLE_LINKS, VENUE_PARTICIPLES,
                                        VERB_AUXILIARIES, VERB_LIKE_STARTS, WEEKDAY_WORDS)
from quotetrail.extract.settings import (ANONYMITY_CLAUSE_TOKENS, COMPANION_PHRASE_TOKENS, MAX_APPOSITION_NAME_WORDS,
                                         MAX_APPOSITION_SEGMENT_TOKENS, MAX_APPOSITION_TOKENS,
                                         MAX_CAPITALISED_TITLE_WORDS, MAX_DASH_ASIDE_TOKENS, MAX_INVERTED_WORDS,
                                         MAX_LOCATED_DESCRIPTION_WORDS, MAX_LOCATED_NAME_WORDS, MAX_OBJECT_TOKENS,
                                         MAX_OPEN_INVERTED_WORDS, MAX_PARENTHESIS_TOKENS, MAX_PLACE_TAG_WORDS,
                                         MAX_RELATIVE_CLAUSE_TOKENS, MAX_ROLE_APPOSITION_TOKENS, MAX_SHARE_TOKENS,
                                         MAX_SUBJECT_WORDS, MAX_TIME_PHRASE_TOKENS, MAX_TITLED_NAME_TOKENS,
                                         MAX_TITLE_TOKENS, MIN_FULL_NAME_WORDS, MIN_LY_ADVERB_CHARS)
from quotetrail.extract.entities import POSSESSIVE_RE
from quotetrail.extract.marks import is_title_like
from quotetrail.extract.tokens import Token

_MONTH_ABBREVIATIONS = {m.lower() for m in MONTH_ABBREVIATIONS}
_MONTHS = {m.lower() for m in MONTHS}
#: Forms of the verbs of saying proper ("said", "told", "writes"): a subject never runs back over one.
_SAYING = {form for form, lemma in SAY_FORMS.items() if lemma in INVERTIBLE}
#: A party and state tag after a name: "Tom Hale, R-Ky., said", "Ana Ortiz, D-Vt., said", "Jo Reed, R-N.Y.,".
_PARTY_TAG_RE = re.compile(r"[A-Z]-[A-Z][A-Za-z.]{0,4}")
#: A pronoun contracted with its auxiliary: "he's", "they're", "she'd".
_TITLE_OPENERS = frozenset("“\"‘'")  # marks around a programme's title, single straight ones too
_TITLE_CLOSERS = frozenset("”\"’'")
_CONTRACTION_RE = re.compile(r"[’'](?:s|re|ll|d)$")
#: Words opening a sentence before a name with an apposition ("As Ortiz, a lawyer, noted", "Later Ortiz, a judge, said").
_NAME_OPENERS = OPENING_TIME_ADVERBS | {"as"}
_STOP_PUNCT = set(",;:()[]{}—–“”\"‘’`!?.…|/") | {"-"}  # a hyphen standing alone is a dash


def is_adverb(tokens: list[Token], j: int, floor: int) -> bool:
    """An auxiliary or an adverb between subject and cue; a capitalised one inside the sentence before a lower-case
    word is a name ("Ana May said", "Will wrote"; not a headline's "Ortiz Has Announced")."""
    tok = tokens[j]
    low = tok.lower
    if low in AUXILIARIES:
        return not (j > floor and tok.text[0].isupper() and j + 1 < len(tokens) and tokens[j + 1].text.islower())
    if tok.text.islower() and (low == "much" and j > floor and tokens[j - 1].lower in MUCH_DEGREES
                               or low in MUCH_DEGREES and j + 1 < len(tokens) and tokens[j + 1].lower == "much"):
        return True  # "Chris very much understands …"
    return low.endswith("ly") and tok.text.islower() and len(low) > MIN_LY_ADVERB_CHARS


def skip_time_phrase(tokens: list[Token], j: int, floor: int) -> int:
    """If tokens ending at j are a time phrase ("on Oct. 27", "last week"), the index before it."""
    k = j
    seen_time = False
    found = j
    while k >= floor and k > j - MAX_TIME_PHRASE_TOKENS:
        low = tokens[k].lower
        if low in TIME_WORDS or low.isdigit() or low.rstrip(".") in _MONTH_ABBREVIATIONS:
            seen_time = True
            k -= 1
            continue
        if not seen_time or (low not in TIME_LEADS and low not in TIME_MODIFIERS):
            break
        if low in TIME_LEADS:  # the phrase may start here ("last week") or further left ("over the last week")
            if low == "in" and k - 1 >= floor and _is_number(tokens[k - 1]):
                return j  # "three in 10 said": a share, not a time
            found = k - 1
        k -= 1
    return found


def _lone_group(tokens: list[Token], k: int, cue_first: int, floor: int) -> tuple[int, int] | None:
    """``Both said``, ``In the end, all agreed that``: a group word the adverb walk passed over, at the sentence start
    or after a comma, is the whole subject (not before a comma: ``All told, …``)."""
    if k >= cue_first or tokens[k].lower not in LONE_GROUPS or (k > floor and tokens[k - 1].text != ","):
        return None
    if cue_first + 1 < len(tokens) and tokens[cue_first + 1].text == ",":
        return None
    return k, k


def subject_left(tokens: list[Token], cue_first: int, floor: int) -> tuple[int, int] | None:
    """Token span (first, last) of the subject ending before the cue, or None.

    Walks left over auxiliaries, adverbs and time phrases, then over the noun phrase; "NAME, an
    apposition, said" and "NAME, who ..., said" give NAME.
    """
    j = cue_first - 1
    while j >= floor and (is_adverb(tokens, j, floor) or tokens[j].text in "-"):
        j -= 1
    j = skip_time_phrase(tokens, j, floor)
    while j >= floor and is_adverb(tokens, j, floor):
        j -= 1
    j = _skip_anonymity(tokens, j, floor)
    lone = _lone_group(tokens, j + 1, cue_first, floor)
    if lone is not None:
        return lone
    if j < floor:
        return None
    if tokens[j].text == "," and j - 1 >= floor and tokens[j - 1].text == ")":
        j -= 1  # "Sen. Ana Ortiz (D-Vt.), said": the parenthesis is the apposition
    if tokens[j].text in "—–":
        j = _before_dashes(tokens, j, floor)  # "Ortiz — after a long pause — told": an aside
    if tokens[j].text == ")":
        j = _before_parenthesis(tokens, j, floor)
    if j < floor or tokens[j].text == ")":
        return None
    if tokens[j].text == ",":
        return _share_apposition(tokens, j, floor) or _apposition_subject(tokens, j, floor)
    if tokens[j].text in "”\"" and j - 1 > floor and tokens[j - 1].text == ",":
        opening = _quoted_title_opening(tokens, j, floor)
        if opening is not None:  # "Park, host of the station’s “Harbour Hour,” said": a title in the apposition
            return _apposition_subject(tokens, j - 1, floor, passable=opening)
    if tokens[j].text == "@" or tokens[j].text.startswith("@"):
        return (j, j)
    last = j
    words = 0
    coordinated = False
    slash = None  # the last "/" joining two names passed ("NBC News/Wall Street Journal poll")
    while j >= floor:
        tok = tokens[j]
        low = tok.lower
        if low in _SAYING and tok.text.islower() and j < last and not (j > floor and tokens[j - 1].lower in DETERMINERS):
            break  # "Roe said Kane told her": the subject of "told" is Kane, not "Roe said Kane"
        if tok.text in _STOP_PUNCT or low in CLAUSE_WORDS or low in PREPOSITIONS:
            if tok.text == "/" and floor < j < last and tokens[j - 1].is_capitalized and tokens[j + 1].is_capitalized:
                slash = j
                j -= 1  # "A new NBC News/Wall Street Journal poll shows": one name of two outlets
                continue
            if low in ("and", "&") and j - 1 >= floor and tokens[j - 1].is_capitalized and tokens[j + 1].is_capitalized:
                coordinated = True
                j -= 1
                continue
            if low == "and" and j < last and _plural_coordination(tokens, j, floor, last):
                j -= 1  # "…, farmers and union officials told": two plural nouns opening the clause
                continue
            if low in ("to", "with") and j - 1 > floor and tokens[j - 1].lower in ATTACHED_ADJECTIVES:
                j -= 1  # "friends close to the Baroness said", "people familiar with the talks said"
                continue
            if tok.text == "," and coordinated and j - 1 >= floor and tokens[j - 1].is_capitalized \
                    and tokens[j - 1].is_word and tokens[j + 1].is_capitalized:
                j -= 1  # "Rafael Ortiz, Jo Grant and Ann Lee said": the whole list of names
                continue
            if _plural_possessive(tokens, j, floor, last):
                j -= 1  # "Bernie Sanders’ campaign says": the mark is an apostrophe
                continue
            if _venue_link(tokens, j, floor):
                j -= 1  # "A study published in Nature found": the study, not the journal it appeared in
                continue
            if low == "on" and j < last and j - 1 >= floor and tokens[j - 1].is_capitalized \
                    and tokens[j - 1].lower in ORGANISATION_WORDS and tokens[j + 1].is_capitalized \
                    and tokens[j + 1].lower not in NOT_NAMES:  # not "The Council on Monday said"
                j -= 1  # "The National Institute on Drug Abuse said": one body's name, not "Drug Abuse"
                continue
            break
        if low in SUBJECT_PRONOUNS and j < last and low not in DETERMINERS:
            break  # "some" in "some economists argue" is the phrase's determiner: it stays
        words += 1
        if words > MAX_SUBJECT_WORDS:
            if slash is None:
                return None
            j = slash  # too long with both names: the phrase from the second name on, as before the "/"
            break
        j -= 1
        if low in DETERMINERS and j >= floor and (tokens[j].lower in ("of", "for") or (
                tokens[j].lower in ("to", "with") and j - 1 > floor and tokens[j - 1].lower in ATTACHED_ADJECTIVES) or (
                _venue_link(tokens, j, floor))):
            continue  # "the head of the club", "a spokesman for the campaign", "friends close to the prince"
        if low == "the" and _joined_names(tokens, j, floor, last):
            coordinated = True
            j -= 1  # "The Harlow Foundation and the BBC said": both bodies, never the last one alone
            continue
        if low in SUBJECT_PRONOUNS or low in DETERMINERS:
            break
    first = j + 1
    if first > last:
        if j >= floor and tokens[j].lower == "who":
            return (j, j)  # "X, who said ...": the relative pronoun is the mention
        if j >= floor and tokens[j].lower == "which" and _body_before(tokens, j, floor):
            return (j, j)  # "the Licensing Board, which ruled …": the relative of a named body
        if j - 2 >= floor and tokens[j].lower == "whom" and tokens[j - 1].lower == "of" \
                and (tokens[j - 2].lower in GROUP_WORDS or _is_number(tokens[j - 2])):
            return (j - 2, j)  # "the farmers, many of whom say …": a group of the noun before
        return None
    while first <= last and tokens[first].lower in ("’s", "'s"):
        first += 1
    if first == last and tokens[first].lower in GROUP_WORDS:
        return (first, last)  # "Most said", "while another says": a group or one of a group
    if first == last and tokens[first].lower in NUMBER_WORDS and _finite_after(tokens, first):
        if first == floor or tokens[first - 1].text in ",;:":
            return (first, last)  # "One says …, another says …", "three lawyers; one suggested": one of a group
        if tokens[first - 1].lower == "the":
            return (first - 1, last)  # "The two admit"
    if first == last and first - 2 >= floor and tokens[first - 1].lower == "in" and _is_number(tokens[first]) \
            and _is_number(tokens[first - 2]):
        return (first - 2, last)  # "three in 10 said"
    if first == last and first - 2 >= floor and _is_number(tokens[first]) and tokens[first - 1].lower == "but" \
            and tokens[first - 2].lower in EXCEPTION_GROUPS:
        return (first - 2, last)  # "all but two said"
    if all(tokens[k].lower in DETERMINERS for k in range(first, last + 1)):
        return None
    first = _affiliated_name(tokens, first, floor)
    first = _located_description(tokens, first, floor)
    first = _name_after_complement(tokens, first, last, floor)
    first = _after_date_word(tokens, first, last, floor)
    lead = _team_lead(tokens, first, last, floor)
    if lead is not None:
        return lead
    if tokens[last].lower in NOT_HEADS or (first == 0 and tokens[first].text[0].isupper()
                                             and tokens[first].lower.endswith(("ing", "s")) and first < last
                                             and tokens[first].lower in VERB_LIKE_STARTS):
        return None
    relative = _restrictive_relative(tokens, first, last, floor)
    if relative is not None:
        head = subject_left(tokens, relative, floor)
        if head is not None:
            return head
        if tokens[relative - 1].lower in DETERMINERS:
            return relative - 1, last  # "Those who attended the meeting said": the whole description
    return (first, last)


def _restrictive_relative(tokens: list[Token], first: int, last: int, floor: int) -> int | None:
    """``Ana Ruiz who sponsored the bill said``, ``The officers who arrested him said``: the index of a "who" with no
    comma before it whose clause (a lower-case verb, then words but no other relative, at most
    ``settings.MAX_RELATIVE_CLAUSE_TOKENS``) ends in the noun phrase before the cue; that phrase is the relative's object
    and the subject is before "who" (not "the man who … the qualities that his elders imagined")."""
    k = first - 1
    if k > floor and tokens[k].lower == "that" and first == last and tokens[first].text.islower():
        k -= 1  # "who ordered that change said": a determiner ("that his aides said" is a relative of its own)
    while k > floor and first - k <= MAX_RELATIVE_CLAUSE_TOKENS and tokens[k].is_word \
            and tokens[k].lower not in RELATIVE_PRONOUNS:
        k -= 1
    if k <= floor or k == first - 1 or tokens[k].text != "who" or not tokens[k - 1].is_word \
            or not tokens[k + 1].text.islower() or tokens[k + 1].lower in AUXILIARIES \
            or tokens[k + 1].lower in DETERMINERS:
        return None
    return k


def _joined_names(tokens: list[Token], j: int, floor: int, last: int) -> bool:
    """``The Harlow Foundation and the BBC``: an "and"/"&" at ``j`` joins two names of capitalised words, the
    first opening the clause or opened by "the" or by the "for"/"of" of a noun phrase (``A poll for Harbour Radio and
    the Tarnby Times``; not "for once Liberals and the …"; not after a capitalised ``lexicon.NOT_NAMES`` word:
    "Both Ortiz and the …", "Between Tarnby and the …"), the second opened by "the" after ``j`` and running to
    ``last``."""
    if not (floor < j < last - 1 and tokens[j].lower in NAME_JOINS):
        return False
    if not all(t.is_word and t.is_capitalized for t in tokens[j + 2:last + 1]):
        return False
    k = j - 1
    while k >= floor and tokens[k].is_word and tokens[k].is_capitalized and tokens[k].lower not in NOT_NAMES:
        k -= 1
    return k < j - 1 and (k < floor or tokens[k].lower in ("the", "for", "of"))


def _team_lead(tokens: list[Token], first: int, last: int, floor: int) -> tuple[int, int] | None:
    """``Ortiz and her team wrote``, ``Ana Ortiz and his colleagues found``: the name that leads (a capitalised name
    opening the clause, ``lexicon.LEAD_OPENERS``, then "and", then a possessive and ``lexicon.LEAD_COMPANIONS``) is
    the speaker, not the companions."""
    if last - first + 1 != COMPANION_PHRASE_TOKENS or tokens[first].lower not in COMPANION_POSSESSIVES \
            or tokens[last].lower not in LEAD_COMPANIONS or first - 2 < floor or tokens[first - 1].lower != "and":
        return None
    k = first - 2
    while k >= floor and tokens[k].is_capitalized and tokens[k].is_word and first - 1 - k <= MAX_APPOSITION_NAME_WORDS:
        k -= 1
    if k == first - 2 or tokens[k + 1].lower in NOT_NAMES or tokens[k + 1].lower in DETERMINERS:
        return None
    if k >= floor and tokens[k].is_word and tokens[k].lower not in LEAD_OPENERS:
        return None  # "Residents who met Lina Vos and her team said": the name is an object, the team the subject
    return k + 1, first - 2


def _after_date_word(tokens: list[Token], first: int, last: int, floor: int) -> int:
    """``On Thursday officials reported``, ``Friday officials said``, ``In March researchers found``: the subject starts
    after the day or month that opens it (a month only after a time word: "May Keller said" is a name)."""
    if first >= last or not tokens[first].is_capitalized:
        return first
    low = tokens[first].lower
    if low in WEEKDAY_WORDS or (low in _MONTHS and first > floor and tokens[first - 1].lower in TIME_LEADS):
        return first + 1
    return first


def _located_description(tokens: list[Token], first: int, floor: int) -> int:
    """``“A,” a woman in the crowd said``, ``…, a voice in the radio spot says``: a description with a determiner and
    one or two lower-case words (after at most two capitalised ones: ``a Harbour Wire reporter``), then where it is
    (``lexicon.LOCATION_LINKS`` and the phrase at ``first``; not
    ``from``: a document from its author), opening the clause after a comma or a quote mark, is the subject as a
    whole (``speakers`` resolves a spokesperson's or a document's to the body: ``a spokesman at the Harbour
    Ministry``, ``a report in the Harbour Gazette``); its start, else ``first``."""
    at = first - 1
    if at - 2 < floor or tokens[at].lower not in LOCATION_LINKS or tokens[first].lower not in DETERMINERS:
        return first
    k = at - 1
    while at - k <= MAX_LOCATED_DESCRIPTION_WORDS and k > floor and tokens[k].text.islower() and tokens[k].is_word \
            and tokens[k].lower not in DETERMINERS and tokens[k].lower not in PREPOSITIONS:
        k -= 1
    if k == at - 1:
        return first
    head = k
    while head - k < MAX_LOCATED_NAME_WORDS and k > floor and tokens[k].is_capitalized and tokens[k].is_word \
            and tokens[k].lower not in DETERMINERS:
        k -= 1  # "a Harbour Wire photographer at the pier": the body the description works for
    if tokens[k].lower not in DETERMINERS:
        return first
    return k if k == floor or tokens[k - 1].text in ",”\"" else first


def _plural_coordination(tokens: list[Token], and_: int, floor: int, last: int) -> bool:
    """Whether ``and`` at ``and_`` joins two lower-case plural nouns in a phrase that opens its clause (after a comma,
    at most two words before the first: "…, nurses and hospital officials told"); the verb after the phrase agrees
    with a plural (not "…, mailers and phone calls": "calls" is the noun)."""
    k = and_ - 1
    if k < floor or not (tokens[k].text.islower() and tokens[k].is_word and tokens[k].lower.endswith("s")) \
            or not tokens[and_ + 1].text.islower() or tokens[last + 1].lower.endswith("s"):
        return False
    start = k
    while start - 1 >= floor and and_ - start < 3 and tokens[start - 1].text.islower() and tokens[start - 1].is_word \
            and tokens[start - 1].lower not in CLAUSE_WORDS and tokens[start - 1].lower not in PREPOSITIONS:
        start -= 1
    return start - 1 >= floor and tokens[start - 1].text == ","


def _finite_after(tokens: list[Token], k: int) -> bool:
    """Whether the word after ``k`` is a verb that agrees with a lone number ("One says", "The two have"; not the
    noun phrase "One label …")."""
    nxt = tokens[k + 1].lower
    return tokens[k].lower != "one" or nxt in VERB_AUXILIARIES or nxt in PAST_FORMS or nxt.endswith(("s", "ed"))


def _body_before(tokens: list[Token], which: int, floor: int) -> bool:
    """Whether ", which" at ``which`` follows a name (not a month or day: "in June, which showed") or a body noun."""
    if which - 2 < floor or tokens[which - 1].text != ",":
        return False
    prev = tokens[which - 2]
    return (prev.is_capitalized and prev.is_word and prev.lower not in NOT_NAMES) or prev.lower in BODY_NOUNS


def _name_after_complement(tokens: list[Token], first: int, last: int, floor: int) -> int:
    """``minister of roads and transport Lina Haufiku told``: the walk stopped at the "and" inside the
    complement of a role; the subject runs back to the role noun ("minister of …")."""
    if first <= floor or tokens[first - 1].lower not in ("and", "or", "&") or not tokens[first].text.islower() \
            or not tokens[last].is_capitalized:
        return first
    k = first - 2
    while k >= floor and first - k <= MAX_SUBJECT_WORDS and tokens[k].text.islower() and tokens[k].is_word:
        if tokens[k].lower in ROLE_NOUNS and tokens[k + 1].lower == "of":
            return k - 1 if k > floor and tokens[k - 1].lower in DETERMINERS else k
        k -= 1
    return first


def _skip_anonymity(tokens: list[Token], j: int, floor: int) -> int:
    """``a source who asked not to be named said``: the index before the relative clause that asks
    for anonymity (``who asked not to be named``), so that the subject is the source."""
    k = j - ANONYMITY_CLAUSE_TOKENS + 1
    if k < floor or tokens[j].lower not in ANONYMITY_PARTICIPLES:
        return j
    words = [t.lower for t in tokens[k:j]]
    if words[0] in ("who", "that") and words[2:] == ["not", "to", "be"]:
        return k - 1
    return j


def _share_apposition(tokens: list[Token], comma: int, floor: int) -> tuple[int, int] | None:
    """``roughly two-thirds, 64 percent, say``: a poll's share set off by commas right before the cue is the subject."""
    k = comma - 1
    while k >= floor and k > comma - 1 - MAX_SHARE_TOKENS and tokens[k].text != ",":
        k -= 1
    segment = tokens[k + 1:comma]
    if k < floor or not segment or len(segment) >= MAX_SHARE_TOKENS or segment[-1].lower not in POLL_SHARE_WORDS \
            or not any(_is_number(t) or t.text[0].isdigit() for t in segment):
        return None
    return k + 1, comma - 1


def _is_number(token: Token) -> bool:
    return token.text.isdigit() or token.lower in NUMBER_WORDS


def _venue_link(tokens: list[Token], j: int, floor: int) -> bool:
    """Whether token ``j`` is the "in"/"on" after a participle of publishing (``lexicon.VENUE_PARTICIPLES``:
    "a study published in Nature"): the venue belongs to the phrase before it."""
    return tokens[j].lower in ("in", "on") and j - 1 > floor and tokens[j - 1].lower in VENUE_PARTICIPLES


def _plural_possessive(tokens: list[Token], j: int, floor: int, last: int) -> bool:
    """Whether the mark at ``j`` is the apostrophe of a plural possessive: right after a word in -s,
    with a space and the rest of the phrase after it ("the voters’ choice", "Sanders' campaign")."""
    return tokens[j].text in "’'" and floor < j < last and tokens[j - 1].end == tokens[j].start \
        and tokens[j - 1].lower.endswith("s") and tokens[j + 1].start > tokens[j].end


def _affiliated_name(tokens: list[Token], first: int, floor: int) -> int:
    """``Jo Lee from Clean Rivers in Port Lorne says``, ``Jo Lee of the University of Leeds in Yorkshire says``: the
    subject starts at the name the affiliations belong to, when the chain of them opens the clause."""
    k = first
    while k - 2 >= floor and tokens[k - 1].lower in AFFILIATION_LINKS and tokens[k - 2].is_capitalized \
            and tokens[k - 2].is_word:
        j = k - 2
        while j - 1 >= floor and tokens[j - 1].is_capitalized and tokens[j - 1].is_word:
            j -= 1
        if tokens[j].lower in NOT_NAMES or first - j > MAX_SUBJECT_WORDS:
            break
        if j == floor or tokens[j - 1].text in ",;:—–“”\"(":
            return j
        the = j - 2 >= floor and tokens[j - 1].lower == "the" and tokens[j - 2].lower in AFFILIATION_LINKS
        k = j - 1 if the else j  # "of the University": the chain goes on over the body's article
    return first


def _quoted_title_opening(tokens: list[Token], close: int, floor: int) -> int | None:
    """The opening mark of the quotation closed at ``close`` when it is a short title inside an apposition:
    a word before it, a comma before that in the chain (``host of the station’s “Harbour Hour,”``)."""
    k = close - 1
    while k > floor and close - k <= MAX_APPOSITION_NAME_WORDS + 1 and tokens[k].text not in "“\"":
        k -= 1
    if k <= floor or tokens[k].text not in "“\"" or not tokens[k - 1].is_word:
        return None
    return k if any(t.text == "," for t in tokens[max(floor, k - MAX_APPOSITION_SEGMENT_TOKENS):k]) else None


def _apposition_subject(tokens: list[Token], comma: int, floor: int,
                        passable: int | None = None) -> tuple[int, int] | None:
    """``NAME, apposition[, more], CUE``: the noun phrase before the first comma of the chain.

    The chain runs back to the sentence start (or a colon, dash or quote mark, except the opening mark at
    ``passable`` of a title in the apposition, or an absolute phrase's "with"); the first comma-separated segment that is a noun phrase
    followed by an apposition is the subject.
    """
    start = comma - 1
    while start > floor and comma - start < MAX_APPOSITION_TOKENS and not absolute_lead(tokens, start - 1, floor) \
            and (tokens[start - 1].text not in ";:—–“”\"" or start - 1 == passable):
        start -= 1
    commas = [k for k in range(start, comma) if tokens[k].text == ","]
    while len(commas) > 1 and tokens[start].lower in PREPOSITIONS:
        start = commas.pop(0) + 1  # "In a statement, the new bishop, Jo Lee, said": the opening phrase is no subject
    if any(_verb_word(tokens[c + 1]) for c in commas):
        return None  # "…, although a crowd, including two children, were inside, said the chief": a predicate
    first_end = (commas or [comma])[0]
    opener = next((k for k in range(first_end - 1, start, -1)
                   if tokens[k].lower in SUBORDINATORS and tokens[k].text.islower()), None)
    if opener is not None and first_end - opener - 1 <= MAX_APPOSITION_NAME_WORDS \
            and (tokens[opener + 1].is_capitalized or tokens[opener + 1].lower in DETERMINERS):
        start = opener + 1  # "Trump has attacked her since Clinton, at the debate, cited …": the name after "since"
    while commas and (tokens[start].lower in SENTENCE_CONJUNCTIONS or tokens[start].lower in FOCUS_ADVERBS
                      or (tokens[start].lower in _NAME_OPENERS and start == floor and tokens[start + 1].is_capitalized)) \
            and start + 1 < commas[0]:
        start += 1  # "But Ana Ortiz, a lawyer, said", "Even Ortiz, an ally, said", "As Ortiz, a lawyer, noted", "Later
        # Ortiz, now a judge, said": not the subject
    lead = tokens[start:commas[0]] if commas else []
    titled = start + 1 < commas[0] and tokens[start + 1].is_capitalized if commas else False
    if commas and (tokens[start].lower in DETERMINERS or (tokens[start].lower in ROLE_NOUNS and not titled)
                   or any(t.lower in ROLE_NOUNS and t.text.islower() for t in lead)):
        # "Another delegate on the slate, Jim Poolman, said", "Author and organiser, Jo Lee, from Leeds, said":
        # the name in the chain, with only lower-case appositions after it (a role word before a name is its title:
        # "Professor Jo Lee, Director General of …, said" is Lee)
        ends = [*commas[1:], comma]
        for c, end in reversed(list(zip(commas, ends))):
            named = tokens[c + 1:end]
            if _place_tail(tokens, c, end):
                break  # "A spokesman for the firm in Austin, Texas, said": a region, no name
            if _names(named):
                return (c + 1, end - 1)  # "Another delegate, Jim Poolman, said", "The pilots, Ana Ortiz and Jo Reed,"
            if _titled_name(named):
                return (c + 1, end - 1)  # "The host, Green Valley Trust board member Ana Ortiz, said"
            affiliated = _affiliated_name_words(named)
            if affiliated:
                return (c + 1, c + affiliated)  # "One farmer, Tom Reyes of Leeds, said": the name before its place
            if not named or not named[0].text[0].islower():
                break
    if not any(tokens[c + 1].lower in APPOSITION_LEADS or tokens[c + 1].lower in PREPOSITIONS
               or tokens[c + 1].text[0].isdigit() or tokens[c + 1].text[0].islower()
               or _titled_apposition(tokens, c + 1, comma) or _PARTY_TAG_RE.fullmatch(tokens[c + 1].text)
               or _role_apposition(tokens[c + 1:end]) or _place_tail(tokens, c, end)
               for c, end in zip(commas, [*commas[1:], comma])):
        return None
    seg_start = start
    for c in commas:
        end = c - 1
        if end >= seg_start and tokens[end].text == ")":
            end = _before_parenthesis(tokens, end, seg_start)  # "Rep. Ana Ortiz (D-N.Y.), chair of …, said"
        if end > seg_start and _verb_word(tokens[end]):
            end -= 1  # "The ministry has, in a statement, called on …": the subject before its auxiliary
        seg = tokens[seg_start:end + 1]
        if seg and len(seg) <= MAX_APPOSITION_SEGMENT_TOKENS and _is_noun_phrase(seg, len(commas) == 1):
            if seg[0].text.islower() and len(seg) > 1 and seg[1].is_capitalized \
                    and tokens[seg_start].lower not in DETERMINERS:
                return (seg_start + 1, end)  # "retired Gen. Jo Reed": the title and the name
            return (seg_start, end)
        seg_start = c + 1
    return None


def _place_tail(tokens: list[Token], comma: int, end: int) -> bool:
    """Whether the segment from ``comma`` to ``end`` names the region of a place just before it ("Ana Ruiz of
    Greenbelt, Maryland, said", "researchers in Austin, Texas, said"): one to ``settings.MAX_PLACE_TAG_WORDS``
    capitalised words after a capitalised word that ``lexicon.REGION_LEADS`` ("in", "of", "from") leads: one word
    ("Maryland", "Md."), or more after ``lexicon.PLACE_OPENERS`` ("West Yorkshire")."""
    seg = [t for t in tokens[comma + 1:end] if t.text != "."]
    if not 1 <= len(seg) <= MAX_PLACE_TAG_WORDS or not all(t.is_capitalized for t in seg) \
            or seg[0].lower in NOT_NAMES or seg[0].lower in FIRST_NAMES or not tokens[comma - 1].is_capitalized \
            or (len(seg) > 1 and seg[0].lower not in PLACE_OPENERS):
        return False  # not "One farmer from Leeds, Tom Reyes, said": a name of two words is a person's
    k = comma - 1
    while k > 0 and tokens[k].is_capitalized:
        k -= 1
    return tokens[k].lower in REGION_LEADS


def absolute_lead(tokens: list[Token], k: int, floor: int) -> bool:
    """``…, with Ortiz, the council leader, calling …``: a "with" opening the sentence or after a comma opens an
    absolute phrase, whose noun phrase is a subject of its own (``lexicon.ABSOLUTE_LEADS``)."""
    return tokens[k].lower in ABSOLUTE_LEADS and (k == floor or tokens[k - 1].text == ",")


def _names(seg: list[Token]) -> bool:
    """``Jim Poolman``, ``Ana Ortiz and Jo Reed``: one name, or two joined by "and", of capitalised words."""
    cut = next((k for k, t in enumerate(seg) if t.lower == "and"), len(seg))
    parts = [seg[:cut], seg[cut + 1:]] if cut < len(seg) else [seg]
    return all(1 <= len(part) <= MAX_APPOSITION_NAME_WORDS and all(t.is_capitalized and t.is_word for t in part)
               and part[0].lower not in NOT_NAMES for part in parts)


def _affiliated_name_words(seg: list[Token]) -> int:
    """``Tom Reyes of Leeds``, ``Ana Ortiz from the Harbour Trust``: the number of words of a name followed by
    the place or body it belongs to (a link word, then a capitalised word, at most a word between), else 0."""
    k = 0
    while k < len(seg) and seg[k].is_capitalized and seg[k].is_word:
        k += 1
    if not 2 <= k <= MAX_APPOSITION_NAME_WORDS or seg[0].lower in NOT_NAMES or k + 1 >= len(seg) \
            or seg[k].lower not in AFFILIATION_LINKS or len(seg) > MAX_TITLED_NAME_TOKENS \
            or not all(t.is_word for t in seg):
        return 0
    return k if seg[k + 1].is_capitalized or (k + 2 < len(seg) and seg[k + 2].is_capitalized) else 0


def _titled_name(seg: list[Token]) -> bool:
    """``Green Valley Trust board member Ana Ortiz``, ``party leader Jo Reed``: a name after a title that
    ends in a lower-case role noun (the title may name a body)."""
    if not seg or len(seg) > MAX_TITLED_NAME_TOKENS or not all(t.is_word for t in seg):
        return False
    k = len(seg)
    while k > 0 and seg[k - 1].is_capitalized:
        k -= 1
    name = len(seg) - k
    return 1 <= name <= MAX_APPOSITION_NAME_WORDS and k > 0 and seg[k - 1].lower in ROLE_NOUNS \
        and seg[k - 1].text.islower() and seg[k].lower not in NOT_NAMES


def _titled_apposition(tokens: list[Token], first: int, comma: int) -> bool:
    """``Democrat of Vermont``, ``Director at the Institute``, ``Chief Executive of Acme Foods``: a capitalised title
    of a place or body (up to ``settings.MAX_CAPITALISED_TITLE_WORDS`` words before the link)."""
    k = first
    while k < comma and k - first < MAX_CAPITALISED_TITLE_WORDS and tokens[k].is_capitalized and tokens[k].is_word:
        k += 1
    return k > first and k + 1 < comma and tokens[k].lower in TITLE_LINKS


def _role_apposition(seg: list[Token]) -> bool:
    """``Vermont director for the campaign``, ``Grant's chief of staff``, ``Chile's director of fisheries
    policy between 2010 and 2014``: a capitalised or possessive opening before a lower-case role noun (among its
    first words), an apposition that names the person's role."""
    possessive = any(t.lower.endswith(("'s", "’s")) for t in seg[:MAX_APPOSITION_NAME_WORDS])
    return 1 < len(seg) <= MAX_ROLE_APPOSITION_TOKENS and (seg[0].is_capitalized or possessive) and any(
        t.lower in ROLE_NOUNS and (t.text.islower() or possessive) for t in seg[1:MAX_APPOSITION_SEGMENT_TOKENS])


def _is_noun_phrase(seg: list[Token], lone: bool = False) -> bool:
    """Whether ``seg`` before an apposition is a noun phrase. With ``lone`` (the one segment before the apposition
    closed by the cue's comma) a capitalised word of a participle's ending is a name: "Reed, a judge, said", "Kelly,
    a nurse, said", "Manning, an aide, said" (a participle there would leave "a judge" no verb: "Asked, a judge
    said" has no comma after its subject)."""
    head = seg[0]
    participle = head.lower.endswith(("ed", "ing", "ly")) and not (len(seg) > 1 and seg[1].is_capitalized) \
        and not (lone and len(seg) == 1 and head.is_capitalized)
    if head.lower in PREPOSITIONS or head.lower in CLAUSE_WORDS or head.lower in AUXILIARIES \
            or head.lower in NOT_NAMES - DETERMINERS or participle:  # "Asked about it, …", not "United States …"
        return False
    if len(seg) == 1 and head.lower in SENTENCE_ADVERBS:
        return False  # "Nevertheless, others, including …, said": the opening adverb is no subject
    titled = len(seg) > 2 and seg[1].is_capitalized and seg[-1].is_capitalized  # "retired Gen. Jo Reed"
    if not (head.is_capitalized or head.lower in DETERMINERS or head.lower in SUBJECT_PRONOUNS or titled):
        return False
    if seg[-1].lower in ("and", "but") or any(_verb_word(t) for t in seg[1:-1]):
        return False  # "Watt doesn’t think A, and, given B, expects", "Ortiz visited and, later, said": a clause
    return all(t.is_word or t.text in ".()&-’'" for t in seg)


def _clause_after_cue(tokens: list[Token], phrase: list[Token], j: int, stop: int) -> bool:
    """``…, said the plan failed``: a determiner phrase after the cue with a lower-case past form after its noun is a
    clause; not a participle that describes the noun ("said one official involved (in …)", "said those polled")."""
    return phrase[0].lower in DETERMINERS and phrase[-1].lower not in POSTNOMINAL_PARTICIPLES \
        and (j >= stop or tokens[j].lower not in PREPOSITIONS) \
        and any(t.text.islower() and (t.lower in PAST_FORMS or t.lower.endswith("ed")) for t in phrase[2:])


def _verb_word(token: Token) -> bool:
    """A lower-case auxiliary or negated verb ("has", "was", "doesn’t"): no word of a noun phrase."""
    return token.text.islower() and (token.lower in VERB_AUXILIARIES or token.lower.endswith(("n’t", "n't")))


def _before_dashes(tokens: list[Token], close: int, floor: int) -> int:
    """Index of the token before the dash that opens the aside closed by the dash at ``close``, or ``close``."""
    k = close - 1
    while k >= floor and tokens[k].text not in "—–" and close - k < MAX_DASH_ASIDE_TOKENS:
        if tokens[k].text in ".;:!?“”\"":
            return close
        k -= 1
    return k - 1 if k - 1 >= floor and tokens[k].text in "—–" else close


def _before_parenthesis(tokens: list[Token], close: int, floor: int) -> int:
    """Index of the token before the "(" that matches the ")" at ``close``."""
    k = close - 1
    while k >= floor and tokens[k].text != "(" and close - k < MAX_PARENTHESIS_TOKENS:
        k -= 1
    return k - 1 if k >= floor and tokens[k].text == "(" else close


def subject_right(tokens: list[Token], after: int, stop: int) -> tuple[int, int] | None:
    """The inverted subject after a cue: "..., said Smith" / "said the spokesman, who ..."."""
    j = after
    if j >= stop:
        return None
    first = j
    while j < stop:
        tok = tokens[j]
        if tok.text in _STOP_PUNCT or tok.lower in PREPOSITIONS or tok.lower in CLAUSE_WORDS:
            break
        if tok.lower in AFFILIATION_LINKS and j > first + 1 and tokens[j - 1].is_capitalized \
                and all(t.is_capitalized or t.text == "." for t in tokens[first:j]) \
                and not _title_words(tokens[first:j]) and not _possessive_after(tokens, j, stop):
            break  # "…,” said Tom Reyes of the Leeds delegation: the name, before its body or place (not "said
            # Harbour Freight of Kent’s chief economist, …": the body's person follows; not a title's own "of",
            # "said Director of Rowing Ana Kennedy", "said U.S. Secretary of State Jo Reyes")
        j += 1
        if j - first > MAX_SUBJECT_WORDS:
            return None
    if j == first:
        return None
    phrase = tokens[first:j]
    head = phrase[0]
    if any(t.lower in VERB_AUXILIARIES and t.text.islower() for t in phrase) or _clause_after_cue(tokens, phrase, j, stop):
        return None  # "…, said the talks must resume", "…, said the plan failed": a clause, not an inverted subject
    named = _described_name_end(tokens, first, j, stop)
    if named is not None:  # "…,” said the former chief executive of Halvorsen Bank, Ivo Brandt."; after an owner's
        # possessive the name alone ("said Harbour Bank’s chief economist, Ana Ruiz": not the bank)
        return (first, named) if head.lower in DETERMINERS else (j + 1, named)
    if head.lower in DETERMINERS:
        ends_clause = j >= stop or tokens[j].text in _STOP_PUNCT or tokens[j].lower in PERSON_RELATIVES
        if len(phrase) > MAX_INVERTED_WORDS or (len(phrase) > MAX_OPEN_INVERTED_WORDS and not ends_clause):
            return None
    elif not phrase[-1].is_capitalized:  # "said Jane Doe", "said former congressman Barney Frank"
        return None
    elif not head.is_capitalized and not any(t.is_capitalized for t in phrase[:3]) and not _titled_name(phrase):
        return None
    return (first, j - 1)


def _described_name_end(tokens: list[Token], first: int, j: int, stop: int) -> int | None:
    """The last token of the name that a description ending at the comma ``j`` is set before, when that name (two
    to ``MAX_APPOSITION_NAME_WORDS`` capitalised words, not a place's) ends the clause: "said the former chief
    executive of Halvorsen Bank, Ivo Brandt." gives "Brandt"; None when the description holds no office word, when
    another clause goes on after the name ("…, Ivo Brandt and Ana Ruiz") or when the name is set after a later
    noun of the description than its office ("the lawyer for the victim’s mother, Greta Lindqvist" is the mother)."""
    lead = first + 1 if tokens[first].lower in DETERMINERS else _owner_end(tokens, first, j)
    if lead is None or j >= stop or tokens[j].text != "," or not _office_described(tokens[lead:j]):
        return None
    k = j + 1
    while k < stop and (tokens[k].is_capitalized
                        or (tokens[k].text == "." and k > j + 1 and len(tokens[k - 1].text) == 1)):  # "Ivo T. Brandt"
        k += 1
    if not MIN_FULL_NAME_WORDS <= k - j - 1 <= MAX_APPOSITION_NAME_WORDS or tokens[k - 1].text == "." \
            or tokens[j + 1].lower in PLACE_OPENERS or tokens[k - 1].lower in PLACE_WORDS:  # "…, West Yorkshire"
        return None
    if k < stop and tokens[k].text not in ".,;!?" and tokens[k].lower not in PERSON_RELATIVES:
        return None
    return k - 1


def _owner_end(tokens: list[Token], first: int, j: int) -> int | None:
    """``Harbour Bank of Canada’s chief economist``: the index after the capitalised owner ending in a possessive that
    opens the description from ``first`` to ``j`` ("of"/"and" inside it), or None."""
    for k in range(first, j - 1):
        tok = tokens[k]
        if not (tok.is_capitalized or (k > first and tok.lower in ("of", "and"))):
            return None
        if tok.is_capitalized and POSSESSIVE_RE.search(tok.text) and POSSESSIVE_RE.sub("", tok.text):
            return k + 1
    return None


def _office_described(words: list[Token]) -> bool:
    """Whether ``words`` (a description after its determiner) are headed by an office word: one holds an office
    word, and after the first ``of``/``for``/``from`` that follows it a body or place (``chief executive of
    Halvorsen Bank``, ``spokesman for the harbour board``), no noun for a person to which a name after it would
    belong instead (``lawyer for the victim’s mother``, ``spokesman for the mayor``)."""
    office = next((i for i, t in enumerate(words) if t.lower in OFFICE_WORDS), None)
    if office is None:
        return False
    link = next((i for i in range(office + 1, len(words)) if words[i].lower in OFFICE_LINKS), len(words))
    return not any(POSSESSIVE_RE.sub("", t.lower) in PERSON_DESCRIPTIONS for t in words[link + 1:])


def _title_words(words: list[Token]) -> bool:
    """Whether ``words`` are all a title's (``Deputy Secretary``, ``U.S. Attorney General``): the ``of`` after them
    is the title's own (``… of State Jo Reyes``), not the name's place (``Ana T. Reyes of …``)."""
    return all(t.lower.rstrip(".") in TITLES or t.text == "." or t.text.isupper() for t in words)


def _possessive_after(tokens: list[Token], k: int, stop: int) -> bool:
    """Whether a possessive ("Canada’s") follows ``k`` before the next stop mark."""
    for t in tokens[k:stop]:
        if t.text in _STOP_PUNCT:
            return False
        if t.lower.endswith(("’s", "'s")):
            return True
    return False


def _noun_follows(tokens: list[Token], k: int, stop: int) -> bool:
    """Whether a lower-case word that can be a noun (not a clause word, preposition, determiner or subject) is at ``k``."""
    if k >= stop or not tokens[k].is_word or not tokens[k].text.islower():
        return False
    word = tokens[k].lower
    return word not in CLAUSE_WORDS and word not in PREPOSITIONS and word not in DETERMINERS \
        and word not in SUBJECT_PRONOUNS


def _infinitive_at(tokens: list[Token], k: int) -> bool:
    """``to`` and a lower-case word that is no determiner ("to close"; not "to the board")."""
    return tokens[k].lower == "to" and k + 1 < len(tokens) and tokens[k + 1].text.isalpha() \
        and tokens[k + 1].text.islower() and tokens[k + 1].lower not in DETERMINERS


def _skip_programme(tokens: list[Token], j: int, stop: int) -> int:
    """Index after the quoted title of a programme or column after a possessive one told (``told NBC’s “Today” on
    Monday``, ``told KRT's "Evening Desk" that …``): the title is where, not what; else ``j``."""
    if j >= stop or tokens[j].text not in _TITLE_OPENERS:
        return j
    for k in range(j + 1, min(stop, j + MAX_TITLE_TOKENS + 1)):
        if tokens[k].text in _TITLE_CLOSERS:
            title = [t.text for t in tokens[j + 1:k] if t.text not in ".,"]
            return k + 1 if title and all(t[0].isalnum() for t in title) and is_title_like(" ".join(title)) else j
    return j


def saying_participle_at(tokens: list[Token], k: int) -> bool:
    """A comma and the participle of a verb of saying (``…, adding that``): the speaker's next act begins there, so a
    "that" after it is that participle's, not an earlier cue's."""
    return tokens[k].text == "," and k + 1 < len(tokens) and tokens[k + 1].lower.endswith("ing") \
        and tokens[k + 1].lower in SAY_FORMS


def skip_object(tokens: list[Token], i: int, stop: int) -> int:
    """Index after the person object of "told reporters ...", "urged Congress to ...", "told me"."""
    for k in range(i, min(stop, i + MAX_OBJECT_TOKENS)):
        if tokens[k].lower == "that":
            return k
        if tokens[k].text in "“\"‘:" or (tokens[k].lower in CLAUSE_WORDS and k > i) or _infinitive_at(tokens, k) \
                or (k > i and tokens[k].lower in VERB_AUXILIARIES and tokens[k].text.islower()) \
                or saying_participle_at(tokens, k):
            break  # "urged the council to close the depot, proposed that …", "warned it could cost jobs, adding
            # that …": that "that" is a later verb's
    if i >= stop:
        return i
    head = tokens[i]
    if head.lower in OBJECT_PRONOUNS and not (head.lower == "her" and _noun_follows(tokens, i + 1, stop)):
        return i + 1  # not "urged her supporters to …": a possessive, the phrase goes on
    j = i
    if head.is_capitalized:
        while j < stop and (tokens[j].is_capitalized or tokens[j].lower in ("’s", "'s", "’", "of", "&")) \
                and not _outlet_ends(tokens, j):
            j += 1
        return _skip_programme(tokens, j, stop) if tokens[j - 1].lower.endswith(("’s", "'s", "’")) else j
    if head.lower in DETERMINERS:
        j = i + 1
        while j < stop and j < i + 5 and tokens[j].is_word and tokens[j].lower not in CLAUSE_WORDS \
                and tokens[j].lower not in PREPOSITIONS \
                and _CONTRACTION_RE.sub("", tokens[j].lower) not in SUBJECT_PRONOUNS and not _outlet_ends(tokens, j) \
                and not (tokens[j].lower in DETERMINERS and tokens[j - 1].is_capitalized):
            j += 1  # (not "told the New York Times the plan …": a determiner after a name opens the content)
            if not tokens[j - 1].is_capitalized and tokens[j - 1].lower not in DETERMINERS \
                    and not tokens[j - 1].lower.endswith(("al", "an", "ish", "ic", "ern", "est")):
                break
        if j + 1 < stop and _plain_noun(tokens[j]) and tokens[j + 1].lower in SUBJECT_WORDS:
            j += 1  # "told the bus driver she …": a noun of two words before the clause's subject
        return j
    if head.lower in ROLE_NOUNS and i + 1 < stop and tokens[i + 1].is_capitalized:
        j = i + 1  # "told host Paul Grant on Thursday how …": a role and the name of the one told
        while j < stop and tokens[j].is_capitalized:
            j += 1
        return j
    # "told detectives she …", "told police officers she …": a plain plural (after one modifier) and a subject
    for width in (2, 1):
        if i + width < stop and tokens[i + width].lower in SUBJECT_WORDS and _bare_plural(tokens[i + width - 1]) \
                and all(_plain_noun(t) for t in tokens[i:i + width]):
            return i + width
    return i + 1 if head.lower in PLURAL_AUDIENCES else i


def _outlet_ends(tokens: list[Token], j: int) -> bool:
    """Whether a name told ends before token ``j``: an outlet's word before it and a common first name at it ("told
    the Harbour Gazette Tom Reed had lied": the paper was told, Tom Reed opens the content; not "BBC Radio Kent")."""
    return j > 0 and tokens[j].lower in FIRST_NAMES and tokens[j].is_capitalized and tokens[j - 1].is_capitalized \
        and tokens[j - 1].lower in OUTLET_WORDS


def _plain_noun(token: Token) -> bool:
    """A lower-case word that can be part of a noun: not a function word ("if", "what", "who": ``lexicon.NOT_NAMES``,
    ``lexicon.CLAUSE_WORDS``), so "asked the students if they …" keeps its "if"."""
    return token.is_word and token.text.islower() and token.lower not in NOT_NAMES and token.lower not in CLAUSE_WORDS


def _bare_plural(token: Token) -> bool:
    """A lower-case word that looks like a plural noun ("detectives", "nurses"; not "boss", "bus", "basis")."""
    return token.text.isalpha() and token.text.islower() and token.lower.endswith("s") \
        and not token.lower.endswith(NOT_PLURAL_ENDINGS)


