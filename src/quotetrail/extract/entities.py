"""The people and bodies one article names: names grouped into entities, with what the article tells of them.

Read once per article from its text, before any speaker is resolved:
- a full name ("Anna Keller") is the canonical form of its surname and, when no other full name
  shares it, of its first name; a handle written together (@AnnaKeller) joins it too;
- a title, rank or role before a name ("Economy Minister Rafael Ortiz", "economist Jo Lee") is
  kept as the entity's ``role``, not in its name, except a royal's known by one name ("Prince Harry");
  honorifics and gendered nouns tell the gender;
- he/she (his/her) later in the sentence of its first name, with no other name between, tell its gender;
- a name the article only writes after "in", "from", "the" ... is a place or thing, not a person;
  so is a name that fills a quotation ("‘Solar Street Lighting: …’", "“Fav Ex,”": a title);
- "the Federal Aviation Administration (FAA)", "FAA (Federal Aviation Administration)", "the
  Federal Aviation Administration, or FAA," and appositions define an acronym;
- "the first lady, Michelle Obama," and "Jane Roe, a spokeswoman for …" describe a person (and a
  gendered noun tells the gender);
- "a poll … conducted by Redmond and Hale" and "a Redmond poll" name the author of the article's poll.
The pipeline adds what the statements show: a name that speaks is a person or a body.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from quotetrail.extract.lexicon import (ARTICLES, AUTHOR_PARTICIPLES, AUXILIARIES, BODY_SAY_FORMS,
                                        BODY_TITLE_WORDS, CAPITALISED_BODY_WORDS, CAPITAL_ADJECTIVES, DOCUMENT_NOUNS,
                                        FEMALE_NOUNS, FEMALE_PRONOUNS, FEMALE_TITLES, FIRST_NAMES,
                                        HONORIFIC_ABBREVIATIONS, MALE_NOUNS, MALE_TITLES, NAME_ABBREVIATIONS,
                                        NAME_CONNECTORS, NAME_OPENING_PAIRS, NOT_NAMES, NO_ROLE_NOUNS,
                                        OCCUPATION_ENDINGS, OCCUPATION_TITLES, OFFICE_LINKS, OFFICE_WORDS,
                                        ORGANISATION_WORDS, PLACE_LEADS, PLACE_OPENERS, PLACE_WORDS, PLATFORM_DOCUMENTS,
                                        PLURAL_TITLES, RANKS, ROLE_MAKING_MODIFIERS, ROLE_NOUNS, ROLE_TITLE_WORDS,
                                        ROYAL_TITLES, SURNAME_OPENERS, SURNAME_PARTICLES, TITLES, TITLE_OFFICES,
                                        TITLE_RANK_PREFIXES)
from quotetrail.extract.settings import (ACRONYM_MAX_CHARS, ACRONYM_WINDOW_CHARS, APPOSITION_WINDOW_CHARS,
                                         AUTHOR_GAP_CHARS, LEAD_WORD_CHARS, MAX_ACRONYM_EXTRA_WORDS,
                                         MAX_DESCRIPTION_MODIFIERS, MAX_FULL_NAME_WORDS, MAX_MISSPELT_CANDIDATES,
                                         MAX_SURNAME_EDITS, MIN_COMMON_WORD_CHARS, MIN_FULL_NAME_WORDS,
                                         MIN_MISSPELT_CHARS, PRONOUN_EVIDENCE_CHARS)
from quotetrail.types import Speaker

#: "U.S." is one word (not "U." and a name "S. Attorney"), before the single initial of "Ana E. Ortiz".
_NAME_WORD = r"(?:(?:" + "|".join(sorted(w.capitalize() for w in NAME_ABBREVIATIONS)) + r")\.|(?:[A-Z]\.){2,}|[A-Z]\.|[A-Z][\w’'\-]*|@\w+)"
#: (The lookahead first: where no name word can start, most of the text, is passed over at once.)
_NAME_RUN_RE = re.compile(r"(?=[A-Z@])" + _NAME_WORD + r"(?:[ \t]+(?:" + _NAME_WORD + r"|(?:al|el|bin|ibn|abu)-[A-Z][\w’'\-]*|(?:" + "|".join(sorted(SURNAME_PARTICLES)) + r")\b))*")
_CAMEL_RE = re.compile(r"[A-Z][a-z]+")
#: A possessive ending of a word ("Keller’s", "Jones’").
POSSESSIVE_RE = re.compile(r"[’']s?$")
_POSSESSIVE_END_RE = re.compile(r"\S(?:.*?(?:[’']s?(?=\s|$))|.*)", re.S)
#: he, she, his, her, him, hers, himself, herself in any case: ``(?i)\b(?:he|she|…)\b``, written to start with the
#: letters that match h and s ignoring case (ſ is an s then), the rest ignoring case and the word boundary before the
#: letter checked after it, so that only the places of those letters are tried, not every position of the text.
_GENDER_WORD_RE = re.compile(r"[HhSsſ](?<!\w[HhSsſ])(?i:(?<=h)(?:e|is|er|im|ers|imself|erself)|(?<=s)he)\b")
_SENTENCE_END_RE = re.compile(r"[.!?\n]")
#: "the research": ``\bthe[ \t]+([a-z]+)\b``, written to start with the letter (the word boundary before it checked
#: right after it), so that only the places of a "t" are tried, not every position of the text.
_DEFINITE_NOUN_RE = re.compile(r"[Tt](?<!\w[Tt])he[ \t]+([a-z]++)(?!\w)")
#: "… Trust and Safety team": one more capitalised word, then a lower-case one (not "… Foundation and Tom Reed").
_AND_NAME_RE = re.compile(r"[ \t]+(?:and|&)[ \t]+[A-Z][\w’'\-]*[ \t]+[a-z]")
#: The word before a position, matched on the text before it reversed (see ``_word_before``): one try at its start.
_REVERSED_WORD_BEFORE_RE = re.compile(r"\n?[ \t]*+([\w’'\-]++)")
#: What tells that a name with a person's form is a body's: a relative "which" right after it ("Northsea Link, which
#: runs …"), or its own "its" right after its verb of saying ("Northsea Link responded that its offer …").
_BODY_AFTER_RE = re.compile(r",[ \t]+which\b|[ \t]+(?:[a-z]+ly[ \t]+)?(%s)(?:[ \t]+that)?[ \t]+its\b"
                            % "|".join(sorted(BODY_SAY_FORMS)))
#: ", who …" right after a name: a person's relative ("Keller, who chairs the board,"), as ", which" is a body's.
_PERSON_AFTER_RE = re.compile(r",[ \t]+who\b")
#: The capitalised phrase an acronym stands for. In the two forms with brackets nothing it holds can end it (a word is
#: followed by a space or the bracket), so it is matched possessively: a phrase not followed by its bracket is not
#: tried again word by word, shorter.
_ACRONYM_PHRASE = r"(?:[Tt]he[ \t]+)?[A-Z][\w’'\-]*+(?:[ \t]+(?:[A-Z][\w’'\-]*+|of|and|for|the|&|on)){1,9}+"
_ACRONYM_RE = re.compile(
    r"(?=[A-Zt])(?:"  # each form starts with a capital or "the": the rest of the text is passed over at once
    r"\b(" + _ACRONYM_PHRASE + r")[ \t]*+\(([A-Z][A-Za-z]{1,7}+)\)"
    r"|\b([A-Z][A-Z]{1,7}+)[ \t]*+\((" + _ACRONYM_PHRASE + r")\)"
    # "Nabu - the Northern Alliance of Border Unions -", "Nabu, the Northern Alliance of Border Unions, is": an
    # acronym (in capitals or written as a word) with its expansion in an apposition
    r"|\b([A-Z][A-Za-z]{1,7})[ \t]*(?:[-–—,][ \t]*)((?:[Tt]he[ \t]+)?[A-Z][\w’'\-]*(?:[ \t]+(?:[A-Z][\w’'\-]*|of|and|for|the|&|on)){1,9})[ \t]*(?:[-–—,)]|\.(?=\s|$)))")
#: "the Federal Aviation Administration, or FAA,": the acronym after ", or", then its expansion before it.
_OR_ACRONYM_RE = re.compile(r",[ \t]+or[ \t]+(?:the[ \t]+)?([A-Z]{2,8})\b")
_EXPANSION_BEFORE_RE = re.compile(r"\b((?:[Tt]he[ \t]+)?[A-Z][\w’'\-]*(?:[ \t]+(?:[A-Z][\w’'\-]*|of|and|for|the|&|on)){1,9})$")
#: A user name written without "@" ("acebush1", "jo_reed"): letters then digits, or words joined by "_".
USER_NAME_RE = re.compile(r"(?<![\w@/.])([A-Za-z][a-z]{2,}\d+[a-z\d_]*|[a-z][a-z\d]*_[a-z\d_]+)(?![\w@])")
#: What every user name holds, a lower-case letter right before a digit: the digits are found at once, a letter
#: before each then checked (``USER_NAME_RE`` would try every position of the text).
_LETTER_DIGIT_RE = re.compile(r"\d(?<=[a-z]\d)")


def _letter_first(words: list[str]) -> str:
    """``\\b(?:w1|w2|…)`` for words of letters, written to start with the set of their first letters (the word
    boundary before a word checked after its letter): a pattern that starts with a set of characters is tried only
    where one of them is, not at every position of the text."""
    letters = "".join(sorted({w[0] for w in words}))
    return rf"[{letters}](?<!\w[{letters}])(?:" + "|".join(f"(?<={w[0]}){w[1:]}" for w in words) + ")"


#: "… conducted by Redmond and Hale for the Courier": who made a document (named within AUTHOR_GAP_CHARS before).
_AUTHORED_BY_RE = re.compile(_letter_first([p.replace(" ", "[^\\S\\n]+") for p in AUTHOR_PARTICIPLES])
                             + r"[^\S\n]+by[^\S\n]+((?:[Tt]he[^\S\n]+)?[A-Z][\w’'\-]*(?:[^\S\n]+(?:[A-Z][\w’'\-]*|of|and|&))*)")
_DOCUMENT_NOUN_RE = re.compile(r"\b(?i:(%s))\b" % "|".join(sorted(DOCUMENT_NOUNS)))
#: "a Pentagon memo", "the Quinnipiac University poll": a document named by its author.
_OWNED_DOCUMENT_RE = re.compile(_letter_first(["an", "a", "An", "A", "the", "The"])
                                + r"[^\S\n]+((?:[A-Z][\w’'\-]*[^\S\n]+){1,%d})(%s)\b"
                                % (MAX_FULL_NAME_WORDS, "|".join(sorted(DOCUMENT_NOUNS - PLATFORM_DOCUMENTS))))
#: "Joe Brandt, 42,", "Joe Brandt (42)", "Joe Brandt, a 42-year-old nurse,": an age right after a name.
_AGE_AFTER_RE = re.compile(r"[ \t]*(?:,|\()[ \t]*(?:an?[ \t]+)?(\d{1,3})(?:-year-old\b|[,.)])")
#: "the 42-year-old nurse Joe Brandt": an age right before a name (with at most three lower-case words between).
_AGE_BEFORE_RE = re.compile(r"\b(\d{1,3})-year-old(?:[ \t]+[a-z][\w\-]*){0,3}[ \t]+$")
#: "The Grattan Institute published a report …": a body opening its sentence that made a document (its author).
#: ``_PUBLISHING_RE``, its verb and determiner alone, is the cheap test first: few articles have one.
_PUBLISHING = r"(?:published|released|issued|commissioned|produced)[ \t]+(?:a|an|its|their)[ \t]+"
_PUBLISHING_RE = re.compile(_PUBLISHING)
_PUBLISHED_RE = re.compile(r"(?:^|[.!?\n][ \t]*)((?:[Tt]he[ \t]+)?[A-Z][\w’'\-]*(?:[ \t]+(?:[A-Z][\w’'\-]*|of|for|and|&))*)"
                           r"[ \t]+(?:has[ \t]+|have[ \t]+)?" + _PUBLISHING + r"(?:[a-z\-]+[ \t]+){0,2}?(%s)\b"
                           % "|".join(sorted(DOCUMENT_NOUNS - PLATFORM_DOCUMENTS)))
_PUBLISHED_KEY = "published "  # the authors of ``_PUBLISHED_RE``, apart: a later "a statement" is another one
#: "Mayor of ", "Minister for the " right before a name run: an office whose complement the run starts with.
_OFFICE_BEFORE_RE = re.compile(r"\b([A-Z][a-z]+)[ \t]+(?:" + "|".join(sorted(OFFICE_LINKS)) + r")[ \t]+(?:the[ \t]+)?$")
_GOVERNMENT_RE = re.compile(r"\b[Tt]he[ \t]+((?:[A-Z][a-z]+[ \t]+){1,2})government\b")
_TITLE_WORDS = TITLES | RANKS | ROLE_NOUNS | OCCUPATION_TITLES
_PERSON_TITLES = HONORIFIC_ABBREVIATIONS | MALE_TITLES | FEMALE_TITLES | RANKS  # a person's, before a body word too
_OPENING_MARKS = ("“", "‘", "\"")
_TITLE_ENDS = ("”", "’", "\"", ":")


def is_title(word: str) -> bool:
    """"Minister", "Sen.", an occupation by its ending ("Ecologist", "Oceanographer"), hyphened titles: "Then-Governor",
    "Ex-President", "Mother-of-two", and a title in one word with its rank: "Undersheriff", "Vicechair"; not a middle initial ("A." in "Sonya A. Zoghlin", though "a" is a title
    word)."""
    if len(word) == 2 and word[1] == "." and word[0].isupper():  # a middle initial
        return False
    low = word.lower()
    if low in _TITLE_WORDS or low.rstrip(".") in _TITLE_WORDS or low.endswith(OCCUPATION_ENDINGS):
        return True
    if low.startswith(TITLE_RANK_PREFIXES) \
            and next(low[len(p):] for p in TITLE_RANK_PREFIXES if low.startswith(p)) in _TITLE_WORDS:
        return True
    return "-" in low and (low.rsplit("-", 1)[1] in _TITLE_WORDS or "-of-" in low)


def is_plural_title(word: str) -> bool:
    """"Producers" opening "Producers Ann Lee and Tom Reed" (not "Harbour Officers Unit": only a run's first word)."""
    low = word.lower()
    return low[-1:] == "s" and low[:-1] in PLURAL_TITLES


def word_gender(word: str) -> str | None:
    """"f" for "Mrs."/"queen"/"mother", "m" for "Mr."/"king"/"father" (lower case), else None."""
    if word.rstrip(".") in FEMALE_TITLES or word in FEMALE_NOUNS:
        return "f"
    if word.rstrip(".") in MALE_TITLES or word in MALE_NOUNS:
        return "m"
    return None


def split_title(words: list[str]) -> tuple[list[str], list[str]]:
    """``["Economy", "Minister", "Rafael", "Ortiz"]`` -> (title words, name words).

    The name starts after the last title word that is followed by a name word; words before a
    title ("Economy", "Ukrainian") belong to the title. A single word is the name (most runs are one word).
    """
    if len(words) < 2:
        return [], words
    last = -1
    for k, word in enumerate(words[:-1]):
        if is_title(word) or _not_name(words, k) or (k == 0 and _opens_names(words)):
            last = k
    if last == len(words) - 2 and words[last].lower() in ROYAL_TITLES:
        last -= 1  # "Prince Harry": a royal known by one name keeps the title in it
    if last == len(words) - 2 and is_plural_title(words[-1]):
        return [], words  # "Republican Representatives", "Democratic Senators": a group, not a title and a name
    if _is_body_name(words, last):
        return [], words  # "US State Department", "Democratic National Committee": a body's name, no title and name
        # (but "Mayor Ana Post" is a mayor)
    return words[:last + 1], words[last + 1:]


def _opens_names(words: list[str]) -> bool:
    """"Producers Lina Park and …": a plural title before a name of two words or more, a common first name's or one
    with no body word (not "Writers Guild", "Writers Guild of America")."""
    return len(words) > 2 and is_plural_title(words[0]) \
        and (words[1].lower() in FIRST_NAMES or not any(w.lower() in ORGANISATION_WORDS for w in words))


def _is_body_name(words: list[str], last: int) -> bool:
    """A run ending in a body word whose title words also open a body's name ("US State Department"); not an
    honorific or rank before a name ("Dr. Ana Church", "Mr. Guardian", "Inspector Ana Post")."""
    if last < 0:
        return False
    title = words[last].lower()
    return any(w.lower() not in ARTICLES for w in words[:last + 1]) and is_body_word(words[-1]) \
        and (title not in ROLE_NOUNS or title in BODY_TITLE_WORDS) \
        and title.rstrip(".") not in _PERSON_TITLES \
        and words[last + 1].lower() not in FIRST_NAMES


def is_body_word(word: str) -> bool:
    """Whether ``word`` ends a body's name: ``lexicon.ORGANISATION_WORDS`` ("Board"), or capitalised one of
    ``lexicon.CAPITALISED_BODY_WORDS`` ("Geological Survey", not "the survey")."""
    low = word.lower().strip(".,")
    return low in ORGANISATION_WORDS or (word[:1].isupper() and low in CAPITALISED_BODY_WORDS)


def split_complement(words: list[str]) -> tuple[list[str], list[str]]:
    """``["London", "Sadiq", "Khan"]`` after "Mayor of": (the office's complement, the name). The name starts at a
    common first name, else it is the last two words, three when the surname opens with a ``lexicon.SURNAME_OPENERS``
    word ("the Northern Isles Oona Mac Aoidh"); a run of two words is all name."""
    if len(words) < 3:
        return [], words
    last_two = len(words) - 2 - (len(words) > 3 and words[-2].lower() in SURNAME_OPENERS)
    k = next((i for i in range(1, len(words) - 1) if words[i].lower() in FIRST_NAMES), last_two)
    return words[:k], words[k:]


def _without_leading_non_names(words: list[str]) -> list[str]:
    """``words`` from the first that is not in ``NOT_NAMES`` (one slice: a run of thousands of
    such words must not be copied once per word)."""
    first = 0
    while first < len(words) and _not_name(words, first):
        first += 1
    return words[first:]


def _not_name(words: list[str], k: int) -> bool:
    """Whether ``words[k]`` is no part of a name (``lexicon.NOT_NAMES``), unless it opens a pair of
    ``lexicon.NAME_OPENING_PAIRS`` ("Yet Another Radio")."""
    return words[k].lower() in NOT_NAMES and tuple(w.lower() for w in words[k:k + 2]) not in NAME_OPENING_PAIRS


def _initials(phrase: str) -> str:
    return "".join(w[0] for w in phrase.split() if w[0].isupper() and w.lower() != "the")


def _long_form(short: str, words: list[str]) -> list[str] | None:
    """The words of ``words`` (a capitalised phrase next to ``short``) that ``short`` abbreviates, or None.

    A word acronym ("Nato") must be the initials of the words from where they start ("the US Federal
    Aviation Administration (FAA)": from "Federal"). An acronym in capitals may also skip words and
    take inner letters, as Schwartz and Hearst's matching does ("Centers for Disease Control and
    Prevention (CDC)", "United Nations Children's Fund (UNICEF)"): its letters are found from the
    right, each further left than the one before, and its first letter starts a word."""
    capitals = "" if short.isupper() else "".join(c for c in short if c.isupper())
    mixed = len(capitals) > 1  # "MoD", "TfL": only its capitals are initials
    for k in range(len(words) - 1):
        if not words[k][0].isupper():
            continue  # "Delegates of Pacific Island Forum (PIF)": the long form starts at a capital, not at "of"
        initials = _initials(" ".join(words[k:]))
        if initials.upper() == short.upper() or (mixed and initials == capitals):
            return words[k:]
    if not short.isupper() or len(words) < 2:
        return None
    phrase = " ".join(words)
    low, pos = phrase.lower(), len(phrase)
    for n, letter in enumerate(reversed(short.lower())):
        first = n == len(short) - 1
        pos = next((i for i in range(pos - 1, -1, -1) if low[i] == letter and (not first or i == 0 or low[i - 1] == " ")),
                   -1)
        if pos < 0:
            return None
    found = phrase[pos:].split()
    if len(found) < 2 or len(found) > len(short) + MAX_ACRONYM_EXTRA_WORDS or not found[0][0].isupper() \
            or found[0].lower() == "the":
        return None
    return found


@dataclass
class Registry:
    """The people and bodies named in one article."""

    full_names: dict[str, str] = field(default_factory=dict)  # surname / first name -> full name
    squashed: dict[str, str] = field(default_factory=dict)  # "alecbaldwin" -> "Alec Baldwin"
    aliases: dict[str, set[str]] = field(default_factory=dict)
    handles: dict[str, set[str]] = field(default_factory=dict)
    roles: dict[str, str] = field(default_factory=dict)  # full name -> "Economy Minister"
    title_offices: dict[str, set[str]] = field(default_factory=dict)  # "Tom Hale" of "Gov. Tom Hale" -> {"governor"}
    genders: dict[str, dict[str, int]] = field(default_factory=dict)  # full name -> {"f": votes, "m": votes}
    persons: set[str] = field(default_factory=set)  # full names with evidence of a person
    relatives: set[str] = field(default_factory=set)  # names a ", who" follows ("Keller, who chairs the board,")
    #: name -> (where, description) of each apposition that gives it a role ("Jo Reed, a spokeswoman for Portline," ->
    #: "spokeswoman for Portline")
    apposition_roles: dict[str, list[tuple[int, str]]] = field(default_factory=dict)
    places: set[str] = field(default_factory=set)  # names written only where a place or thing is
    things: set[str] = field(default_factory=set)  # names written after "the": never a person
    bodies: set[str] = field(default_factory=set)  # names of a person's form that the text treats as a body's
    acronyms: dict[str, str] = field(default_factory=dict)  # "FAA" -> "the Federal Aviation Administration"
    expansions: dict[str, str] = field(default_factory=dict)  # "Federal Aviation Administration" -> as in ``acronyms``
    names: list[tuple[int, int, str]] = field(default_factory=list)  # the text's ``name_runs``, in order
    user_names: dict[str, str] = field(default_factory=dict)  # "acebush1" -> "acebush1", as written in lower case
    user_mentions: list[tuple[int, str]] = field(default_factory=list)  # (end, user name), in text order
    governments: dict[str, str] = field(default_factory=dict)  # "philippine" -> "the Philippine government"
    families: dict[str, list[str]] = field(default_factory=dict)  # surname -> full names with it, first seen first
    #: "spokeswoman" -> (name, the description's words, whether it is "the spokeswoman, NAME,") of each apposition
    described: dict[str, list[tuple[str, frozenset[str], bool]]] = field(default_factory=dict)
    _person_cache: dict[str, bool] = field(default_factory=dict, repr=False)
    _surnames: dict[str, list[tuple[str, str]]] = field(default_factory=dict, repr=False)  # by first letter
    _misspelt: dict[str, str | None] = field(default_factory=dict, repr=False)
    _spelled: dict[str, str | None] = field(default_factory=dict, repr=False)  # "FAA" -> "the Federal Aviation …"
    _text: str = field(default="", repr=False)
    _written: set[str] | None = field(default=None, repr=False)  # the names the text writes, and their last words
    _run_counts: dict[str, int] | None = field(default=None, repr=False)  # how often the text writes each name
    _middles: dict[str, set[str]] | None = field(default=None, repr=False)  # see ``_middle_surname``
    _described_names: set[str] | None = field(default=None, repr=False)  # the names an apposition describes
    _authors: dict[str, set[str]] | None = field(default=None, repr=False)  # "poll" -> {"Redmond and Hale"}
    _ages: dict[str, set[str]] | None = field(default=None, repr=False)  # "42" -> {"Joe Brandt"}
    _lower_words: dict[str, bool] = field(default_factory=dict, repr=False)  # see ``_writes_lower``
    _nouns: set[str] | None = field(default=None, repr=False)  # the words the text writes after "the"
    _alone: dict[str, bool] | None = field(default=None, repr=False)  # see ``_person_evidence``

    @classmethod
    def from_text(cls, text: str) -> "Registry":
        """What ``text`` tells of its names (see the module docstring), in one pass over its name runs."""
        reg = cls()
        counts: dict[str, int] = {}
        leads: dict[str, set[str]] = {}
        fragments: set[str] = set()
        gender_words = [(m.start(), m.group().lower()) for m in _GENDER_WORD_RE.finditer(text)]
        gender_starts = [g[0] for g in gender_words]
        runs = _runs(text)
        run_starts = [r[0] for r in runs]
        for index, (start, end, raw) in enumerate(runs):
            title, words = split_title(raw)
            words = _without_leading_non_names(words)
            if not words or all(w.lower() in NOT_NAMES or is_title(w) for w in words):
                continue
            office = _OFFICE_BEFORE_RE.search(text, max(0, start - APPOSITION_WINDOW_CHARS), start) \
                if not title and len(words) > 2 else None
            if office is not None and (not is_title(office.group(1)) or words[-1].lower() in ORGANISATION_WORDS):
                office = None
            if office is not None:  # "Mayor of London Sadiq Khan": the name is "Sadiq Khan", the role "Mayor of London"
                complement, words = split_complement(words)
                title = [*office.group().split(), *complement]
                start += len(" ".join(complement)) + 1
            name = " ".join(words)
            reg.names.append((start, end, name))
            if words[-1].lower() in ORGANISATION_WORDS and _AND_NAME_RE.match(text, end):
                fragments.add(name)  # "the Nordhub Trust and Safety team": a piece of a longer name, not the full
                # name of a "Nordhub" alone
            if MIN_FULL_NAME_WORDS <= len(words) <= MAX_FULL_NAME_WORDS:
                counts[name] = counts.get(name, 0) + 1
            lead = _word_before(text, start)
            if lead.lower() == "to" and text[max(0, start - 16):start].lower().rstrip().endswith("according to"):
                lead = ""  # "According to Amina Salum": a source, not a place
            lead_low = lead.lower()
            if not title:
                role = [lead] if lead_low in OFFICE_WORDS else []  # "economist Jo Lee"
            elif office is not None:
                role = title
            else:
                role = [w for w in title if (w.lower().rstrip(".") not in TITLES or w.lower() in ROLE_TITLE_WORDS)
                        and w.lower() not in NOT_NAMES]  # not "However" in "However President Ortiz"
            if title or role:
                reg.persons.add(name)
            if _PERSON_AFTER_RE.match(text, end):
                reg.relatives.add(name)
            if role:
                reg.roles.setdefault(name, " ".join(role))
            offices = {o for w in title for o in TITLE_OFFICES.get(w.lower().rstrip("."), ())} if title else None
            if offices:
                reg.title_offices.setdefault(name, offices)
            for word in [*map(str.lower, title), words[0].lower(), lead_low]:
                gender = word_gender(word)
                if gender is not None:
                    reg._vote(name, gender)
            body_after = _BODY_AFTER_RE.match(text, end) if not title else None
            if body_after and (body_after.group(1) or _opens_sentence(text, start)):
                reg.bodies.add(name)  # "Northsea Link, which …", "Northsea Link said its …" (not "The board hired Ana
                # Ortiz, which angered …": after a verb, the "which" may be the whole clause's)
            if _quoted_title(text, start, end):
                reg.things.add(name)  # ‘Solar Street Lighting: …’, “Fav Ex,”: a title in quote marks
            if not title:
                leads.setdefault(name, set()).add(lead_low if lead.islower() or lead_low == "the" else "")
            after_name = len(reg.names) > 1 and not _SENTENCE_END_RE.search(text, reg.names[-2][1], start)
            if not after_name:  # "Roe asked how she would treat Kane": the she is the subject's, not Kane's
                reg._pronoun_evidence(text, end, name, gender_words, gender_starts,
                                      run_starts[index + 1] if index + 1 < len(runs) else len(text))
        reg._find_appositions(text)
        for name in counts:
            reg.families.setdefault(name.split()[-1], []).append(name)
        for name in sorted(counts, key=lambda n: -counts[n]):  # stable: first seen wins a tie
            reg.squashed.setdefault(name.replace(" ", "").lower(), name)
            reg.full_names.setdefault(name.split()[-1], name)
        for last, name in list(reg.full_names.items()):
            fuller = _fuller_name(name, reg.families.get(last, []))
            if fuller is not None:  # "La Vega", written more often than "Rosa La Vega", is still her surname
                reg.full_names[last] = fuller
        firsts: dict[str, set[str]] = {}
        for name in counts:
            firsts.setdefault(name.split()[0], set()).add(name)
        for first, names in firsts.items():
            if len(names) == 1 and first not in reg.full_names and next(iter(names)) not in fragments:
                reg.full_names[first] = next(iter(names))
        for short, full in list(reg.full_names.items()):  # what was seen of "Keller" is seen of "Anna Keller"
            for gender, n in reg.genders.pop(short, {}).items():
                # "Mr. Obama" where the article names Barack and Michelle Obama: his vote, not hers
                reg._vote(reg.family_member(short, gender) or full, gender, n)
            if short in reg.persons:
                reg.persons.add(full)
            if short in reg.roles:
                reg.roles.setdefault(full, reg.roles[short])
            if short in reg.title_offices:
                reg.title_offices.setdefault(full, reg.title_offices[short])
        for name, seen in leads.items():
            if "the" in seen:
                reg.things.add(name)
            seen.discard("")
            if seen and seen <= PLACE_LEADS and reg.canonical_name(name) not in reg.persons:
                reg.places.add(name)
        reg._find_acronyms(text)
        reg._find_user_names(text)
        reg._text = text
        for m in _GOVERNMENT_RE.finditer(text) if "government" in text else ():  # (a cheap test first)
            reg.governments.setdefault(" ".join(m.group(1).split()).lower(), m.group().lstrip()[0].lower() + m.group()[1:])
        return reg

    def _find_appositions(self, text: str) -> None:
        """``the first lady, Michelle Obama,`` and ``Jane Roe, a spokeswoman for the airline,``: the
        description's noun names the person, and a gendered one ("lady", "spokeswoman") tells the gender."""
        for start, end, name in self.names:
            if len(name.split()) > MAX_FULL_NAME_WORDS:
                continue
            before = after = None
            if text[max(0, start - 2):start].startswith(",") and _APPOSITION_END_RE.match(text, end):
                # not "… than that of the port chief, Lindqvist said"
                before = _DESCRIPTION_BEFORE_RE.search(text, max(0, start - APPOSITION_WINDOW_CHARS), start)
            if text.startswith(",", end):
                after = _DESCRIPTION_AFTER_RE.match(text, end, end + APPOSITION_WINDOW_CHARS)
            found = [(before.group(2), before.group(1).lower() == "the")] if before else []
            found += [(after.group(1), False)] if after else []
            for words, definite in found:
                noun = _described_noun(words.split())
                if noun is None:
                    continue
                self.described.setdefault(noun, []).append((name, frozenset(words.lower().split()), definite))
                if noun not in NO_ROLE_NOUNS or _role_making(words):  # "his wife, Ana Reed," is a relation
                    body = _BODY_OF_ROLE_RE.match(text, after.end(1)) if after and words == after.group(1) else None
                    self.apposition_roles.setdefault(name, []).append((start, words + body.group() if body else words))
                gender = word_gender(noun)
                if gender is not None:
                    self._vote(name, gender)

    def described_as(self, words: list[str], among: tuple[str, ...] | None = None) -> str | None:
        """The one person an apposition describes with the noun ``words`` end in, and with all its other
        words ("the Florida senator" is not "Ana Ortiz, the Vermont senator,"): among the people ``among``
        (those just before), or else anywhere in the article in the form "The spokesperson, Jane Roe,"
        only (what an earlier "a spokesperson" is told to be). None when there are none or several."""
        wanted = set(words[:-1])
        names = {self.canonical_name(name) for name, seen, definite in self.described.get(words[-1], ())
                 if wanted <= seen and (among is not None or definite)}
        if among is not None:
            names &= set(among)
        return next(iter(names)) if len(names) == 1 and self.is_person(next(iter(names))) else None

    def is_described(self, name: str) -> bool:
        """Whether an apposition gives ``name`` a description ("Jo Grant, the Vermont senator,"): a role of its own."""
        if self._described_names is None:
            self._described_names = {self.canonical_name(n) for found in self.described.values() for n, _, _ in found}
        return name in self._described_names

    def author_of(self, noun: str, definite: bool = False) -> str | None:
        """Who made the article's one kind of document ("poll" -> "Redmond and Hale"), when it names exactly one;
        a ``definite`` mention ("the report") may also be the one a body published ("X published a report").

        The authors are read from the text on the first question: few articles need them."""
        if self._authors is None:
            self._authors = _document_authors(self._text)
        found = self._authors.get(noun, set()) | (self._authors.get(_PUBLISHED_KEY + noun, set()) if definite else set())
        return next(iter(found)) if len(found) == 1 else None

    def aged(self, age: str) -> str | None:
        """The one person the article gives the age ``age`` ("Joe Brandt, 42,", "the 42-year-old nurse
        Joe Brandt", "Joe Brandt (42)"), else None. Read from the text on the first question."""
        if self._ages is None:
            self._ages = {}
            for start, end, name in self.names:
                after = _AGE_AFTER_RE.match(self._text, end)
                before = _AGE_BEFORE_RE.search(self._text, max(0, start - APPOSITION_WINDOW_CHARS), start)
                for found in (after, before):
                    if found is not None:
                        self._ages.setdefault(found.group(1), set()).add(self.canonical_name(name))
        people = {n for n in self._ages.get(age, ()) if self.is_person(n)}
        return next(iter(people)) if len(people) == 1 else None

    def government_of(self, capital: str) -> str | None:
        """"Manila" -> "the Philippine government" when the article writes that phrase, else None."""
        adjective = CAPITAL_ADJECTIVES.get(" ".join(capital.split()).lower())
        return self.governments.get(adjective) if adjective else None

    def _find_user_names(self, text: str) -> None:
        """User names the article writes in lower case at least once ("acebush1"; "Acebush1" at a
        sentence start is the same user): each is a person of unknown gender, "they" in the article."""
        found = [(m.end(), m.group()) for m in USER_NAME_RE.finditer(text)] if _may_hold_user_names(text) else []
        self.user_names = {word: word for _, word in found if word.islower()}
        self.user_mentions = [(end, word.lower()) for end, word in found if word.lower() in self.user_names]

    def user_name(self, mention: str) -> str | None:
        """The user name a mention is ("Acebush1" -> "acebush1"), or None."""
        return self.user_names.get(mention.lower())

    def _vote(self, name: str, gender: str, n: int = 1) -> None:
        votes = self.genders.setdefault(name, {})
        votes[gender] = votes.get(gender, 0) + n

    def _pronoun_evidence(self, text: str, end: int, name: str, gender_words: list[tuple[int, str]],
                          gender_starts: list[int], next_name: int) -> None:
        """The first he/she after a name in its sentence, before the next name, tells its gender."""
        k = bisect_left(gender_starts, end)
        if k >= len(gender_words):
            return
        pos, word = gender_words[k]
        stop = _SENTENCE_END_RE.search(text, end, end + PRONOUN_EVIDENCE_CHARS)
        limit = min(next_name, stop.start() if stop else end + PRONOUN_EVIDENCE_CHARS)
        if pos >= limit:
            return
        self._vote(name, "f" if word in FEMALE_PRONOUNS else "m")

    def _find_acronyms(self, text: str) -> None:
        found = []
        for m in _ACRONYM_RE.finditer(text):
            found.append((m.start(), *next((m.group(k), m.group(k + 1)) if k == 1 else (m.group(k + 1), m.group(k))
                                           for k in (1, 3, 5) if m.group(k))))
        for m in _OR_ACRONYM_RE.finditer(text):
            full = _EXPANSION_BEFORE_RE.search(text, max(0, m.start() - ACRONYM_WINDOW_CHARS), m.start())
            if full is not None:
                found.append((full.start(), full.group(1), m.group(1)))
        for start, full, short in found:
            written = full.split()
            words = _long_form(short, written)
            if words is None:
                continue
            lead = text[max(0, start - 4):start].lower()
            if len(words) < len(written) and written[-len(words) - 1].lower() == "the":
                lead = "the "  # "The Bureau for Coastal Erosion and Flood Defence (BCE)"
            phrase = " ".join(words)
            if phrase.startswith("The "):
                phrase = "the" + phrase[3:]  # one form, wherever the sentence starts
            if not phrase.startswith("the ") and lead.endswith("the "):
                phrase = "the " + phrase
            self.acronyms.setdefault(short, phrase)
            self.acronyms.setdefault(short.upper(), phrase)  # "Nato" defined, "NATO" written
            self.expansions.setdefault(phrase.removeprefix("the "), phrase)

    def spelled_out(self, short: str) -> str | None:
        """The one capitalised name the article writes whose initials are the acronym ``short`` in capitals ("FAA"
        where the article writes "the Federal Aviation Administration" without defining one by the other), else None."""
        if short not in self._spelled:  # looked up once per acronym and article; few names share its first letter
            text = self._text
            found = {("the " if "the " in (text[max(0, start - 4):start].lower(), text[start:start + 4].lower()) else "")
                     + name for start, _, name in self.names
                     if name[0] == short[0] and name.count(" ") == len(short) - 1 and _initials(name) == short}
            self._spelled[short] = found.pop() if len(found) == 1 else None
        return self._spelled[short]

    def misspelt_surname(self, word: str) -> str | None:
        """The one person's full name whose surname ``word`` misspells (same first letter, at most
        ``MAX_SURNAME_EDITS`` edits, ``MIN_MISSPELT_CHARS`` letters or more), else None."""
        if len(word) < MIN_MISSPELT_CHARS or not word[0].isupper():
            return None
        if word not in self._misspelt:
            if not self._surnames:
                for short, full in self.full_names.items():
                    if short == full.split()[-1]:
                        self._surnames.setdefault(short[0], []).append((short, full))
            candidates = self._surnames.get(word[0], [])
            found = {full for short, full in candidates[:MAX_MISSPELT_CANDIDATES]
                     if abs(len(short) - len(word)) <= MAX_SURNAME_EDITS and self.is_person(full)
                     and _edits(short.lower(), word.lower(), MAX_SURNAME_EDITS) <= MAX_SURNAME_EDITS}
            self._misspelt[word] = next(iter(found)) if len(found) == 1 and len(candidates) <= MAX_MISSPELT_CANDIDATES \
                else None
        return self._misspelt[word]

    def relative(self, name: str, gender: str | None) -> str | None:
        """The one other person of ``name``'s surname the article names (of ``gender`` unless it is not told)."""
        full = self.canonical_name(name)
        others = [n for n in self.families.get(full.split()[-1], []) if n != full and self.is_person(n)
                  and self.gender(n) in (gender, None)]
        return others[0] if len(others) == 1 else None

    def family_member(self, surname: str, gender: str) -> str | None:
        """The one person of ``surname`` the article names whose gender is ``gender`` (or, when none
        is told to be, the one whose gender is not told), else None."""
        members = self.families.get(surname, [])
        if len(members) < 2:
            return None
        for wanted in (gender, None):
            found = [n for n in members if self.gender(n) == wanted]
            if found:
                return found[0] if len(found) == 1 else None
        return None

    def canonical_name(self, name: str, gender: str | None = None) -> str:
        """The fullest form of ``name``; ``gender`` is what an honorific before it tells ("Mr. Obama")."""
        words = name.split()
        if len(words) == 1:  # "Al-Haddad" opening a sentence is the "al-Haddad" of "Samir al-Haddad"
            word = words[0]
            if gender is not None:
                member = self.family_member(word, gender)
                if member is not None:
                    return member
            found = self.full_names.get(word) or self.full_names.get(word[:1].lower() + word[1:]) \
                or self.acronyms.get(word)
            if found is None and 1 < len(word) <= ACRONYM_MAX_CHARS and word.isupper():
                found = self.spelled_out(word)  # "FAA" where the article writes "the Federal Aviation Administration"
            return found or self._middle_surname(word) or name
        expansion = self.expansions.get(name.removeprefix("the ").removeprefix("The "))
        if expansion is not None:  # "Coastal Ferry Authority" where "the Coastal Ferry Authority (CFA)" is defined
            return expansion
        full = self.full_names.get(words[-1])
        if full and (full.endswith(name) or full.lower().endswith(" " + name.lower())):
            return full  # "Keller" -> "Anna Keller"; "Von der Leyen" opening a sentence -> "Ursula von der Leyen"
        return name

    def _middle_surname(self, word: str) -> str | None:
        """``Rosselló`` where the article names "Ricardo Rosselló Nevares": the one person of three words (a first
        name and two surnames, as Spanish names run) whose middle word ``word`` is (no initial, no first name:
        ``lexicon.FIRST_NAMES``; no other word the text writes in lower case: not a headline's "Does Israel Refuse");
        None when there is none or more than one."""
        if self._middles is None:
            self._middles = {}
            for name in {n for _, _, n in self.names}:
                words = name.split()
                if len(words) == 3 and len(words[1]) > 2 and words[1].isalpha() and words[1][0].isupper() \
                        and words[1].lower() not in FIRST_NAMES and words[0].lower() not in AUXILIARIES:
                    self._middles.setdefault(words[1], set()).add(name)
        people = [n for n in self._middles.get(word, ()) if self.is_person(n)
                  and not any(self._writes_lower(w.lower()) for w in n.split()[::2])]  # not "Does Israel Refuse"
        return people[0] if len(people) == 1 else None

    def writes_name(self, name: str) -> bool:
        """Whether the article writes ``name`` as (the end of) a name of its own: "Pence", "Mike Pence"."""
        if self._written is None:
            self._written = {n for _, _, n in self.names} | {n.split()[-1] for _, _, n in self.names}
        return name in self._written

    def names_together(self, parts: list[str]) -> bool:
        """Whether the names ``parts`` ("Procter", "Gamble") are written only side by side in the article,
        never one without the others: one name ("Procter and Gamble"), not a list of names."""
        if self._run_counts is None:
            self._run_counts = {}
            for _, _, name in self.names:
                self._run_counts[name] = self._run_counts.get(name, 0) + 1
        counts = {self._run_counts.get(part, 0) for part in parts}
        return len(counts) == 1

    def gender(self, name: str) -> str | None:
        """"f" or "m" when the article tells it (and does not contradict itself), else None."""
        votes = self.genders.get(name, {})
        if len(votes) == 1:
            return next(iter(votes))
        return None

    def is_person(self, name: str | None) -> bool:
        """A full name that the article treats as a person's (never a body or a place)."""
        if not name:
            return False
        known = self._person_cache.get(name)
        if known is None:
            known = self._person_cache[name] = self._is_person(name)
        return known

    def _is_person(self, name: str) -> bool:
        if name in self.places or name in self.things or self.is_body(name):
            return False
        words = name.split()
        if not (MIN_FULL_NAME_WORDS <= len(words) <= MAX_FULL_NAME_WORDS) or name.isupper() \
                or words[-1][0].isdigit():
            return False  # not "NASA", "Number 10"
        if any(map(is_body_word, words)) or words[0].lower() == "the" or words[-1].lower() in PLACE_WORDS:
            return False
        if words[0].lower() in PLACE_OPENERS and "-" not in name:
            return False  # "Northern Cyprus", "South Carolina" (but "South Korean-born Ana Lee" is a person)
        if any(w.lower() in NAME_CONNECTORS for w in words[1:]):
            return False
        return not self._common_words(words) or self._person_evidence(name, words)

    def _common_words(self, words: list[str]) -> bool:
        """Whether the text also writes a word of the name in lower case, as a common word: a word before the last
        anywhere ("Election Day" where it writes "election results", "Big Machine" where it writes "big names"), the
        last after "the" only ("Scientific Research" where it writes "the research"; not "Kwame Long" for "a long
        day", as a surname is often a common word)."""
        if self._nouns is None:
            self._nouns = set(_DEFINITE_NOUN_RE.findall(self._text))
        return any(len(w) >= MIN_COMMON_WORD_CHARS and w[0].isupper()
                   and (self._writes_lower(w.lower()) if k < len(words) - 1 else w.lower() in self._nouns)
                   for k, w in enumerate(words))

    def _writes_lower(self, word: str) -> bool:
        """Whether the text writes ``word`` as a word of its own in lower case letters a-z (as ``\\b[a-z]+\\b``
        finds), looked up once a word: a few words an article are asked about, so the text's lower-case words are not
        all collected."""
        known = self._lower_words.get(word)
        if known is None:
            known = self._lower_words[word] = word.isascii() and word.isalpha() and word.islower() \
                and _writes_word(self._text, word)
        return known

    def _person_evidence(self, name: str, words: list[str]) -> bool:
        """What tells a person's name from a capitalised phrase of common words: a title or role, a common first name,
        an apposition that describes it, or its last word written alone as its name, inside a sentence ("says Early"
        after "Chris Early") or, when it is no common word, opening one ("Tjernlund said" after "Will Tjernlund")."""
        if name in self.persons or any(w.lower() in FIRST_NAMES for w in words[:-1]) or self.is_described(name):
            return True
        last = words[-1]
        full = self.full_names.get(last)
        if full is None or not (full == name or name.endswith(" " + full)):  # "Staff Katie Walsh" (of "Chief of Staff")
            return False
        if self._alone is None:  # one-word name -> whether the text writes it inside a sentence (not only opening one)
            self._alone = {}
            for start, _, alone in self.names:
                if " " not in alone:
                    self._alone[alone] = self._alone.get(alone, False) or not _opens_sentence(self._text, start)
        inside = self._alone.get(last)
        return inside is not None and (inside or not self._writes_lower(last.lower()))

    def tells_person(self, name: str) -> bool:
        """Whether the article tells ``name`` is a person's by more than its form: a he/she, a common first name, a
        title or role, an apposition that describes it."""
        return bool(self.genders.get(name)) or any(w.lower() in FIRST_NAMES for w in name.split()[:-1]) \
            or name in self.roles or self.is_described(name)

    def is_body(self, name: str) -> bool:
        """A name the text treats as a body's (``bodies``) and never as a person's: no title or role, no he/she, not
        a common first name."""
        return name in self.bodies and name not in self.persons and not self.genders.get(name) \
            and name.split()[0].lower() not in FIRST_NAMES

    def from_handle(self, handle: str) -> str | None:
        bare = handle.lstrip("@")
        known = self.squashed.get(bare.lower())
        if known:
            return known
        parts = _CAMEL_RE.findall(bare)
        if len(parts) >= 2 and "".join(parts) == bare:
            return " ".join(parts)
        return None

    def note(self, canonical: str, mention: str) -> None:
        self.aliases.setdefault(canonical, set())
        if mention != canonical:
            self.aliases[canonical].add(mention)
        if mention.startswith("@"):
            self.handles.setdefault(canonical, set()).add(mention.lstrip("@"))

    def note_gender(self, name: str, gender: str) -> None:
        """A he/she resolved to ``name``: what the article tells of its gender from now on."""
        if self.gender(name) is None and not self.genders.get(name):
            self._vote(name, gender)

    def note_speaker(self, name: str) -> None:
        """A name that speaks (is the subject of a cue) is not a place; a person, if its form is one's."""
        self.places.discard(name)
        self._person_cache.pop(name, None)
        if self.is_person(name):
            self.persons.add(name)

    def speakers(self) -> tuple[Speaker, ...]:
        return tuple(Speaker(name, tuple(sorted(self.aliases[name])), tuple(sorted(self.handles.get(name, ()))))
                     for name in sorted(self.aliases))


def _fuller_name(name: str, names: list[str]) -> str | None:
    """The one name of ``names`` that is the surname ``name``, opened by a particle, with a first name before it
    ("Rosa La Vega" for "La Vega", "Ana de Silva" for "De Silva"), else None."""
    if name.split()[0].lower() not in SURNAME_PARTICLES:
        return None  # "Acme Corp" is not the surname of "Can Acme Corp" at a sentence start
    tail = " " + name.lower()
    fuller = [n for n in names if n.lower().endswith(tail)]
    return fuller[0] if len(fuller) == 1 else None


def _writes_word(text: str, word: str) -> bool:
    """Whether ``word`` occurs in ``text`` with no word character (``\\w``: a letter, digit or "_") right before or
    after it."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not _is_word_char(text[at - 1])) and (end == len(text) or not _is_word_char(text[end])):
            return True
        at = text.find(word, at + 1)
    return False


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the name run at ``start`` opens its sentence (only a quote mark or space before it)."""
    k = start - 1
    while k >= 0 and text[k] in " \t“\"‘'":
        k -= 1
    return k < 0 or text[k] in ".!?\n"


def _document_authors(text: str) -> dict[str, set[str]]:
    """Document noun -> who the text says made such a document ("a poll … conducted by X", "a Pentagon memo",
    "X published a report")."""
    authors: dict[str, set[str]] = {}
    for m in _AUTHORED_BY_RE.finditer(text):
        lo = max(0, m.start() - AUTHOR_GAP_CHARS)
        lo = max(lo, *(text.rfind(end, lo, m.start()) + 1 for end in ".!?\n"))  # in the same sentence
        nouns = _DOCUMENT_NOUN_RE.findall(text, lo, m.start())
        author = m.group(1).split()
        while author[-1] in ("of", "and", "&"):
            author.pop()
        if nouns:
            authors.setdefault(nouns[-1].lower(), set()).add(" ".join(author))
    for m in _PUBLISHED_RE.finditer(text) if _PUBLISHING_RE.search(text) else ():
        author = m.group(1).split()
        while author[-1] in ("of", "and", "&", "for"):
            author.pop()
        authors.setdefault(_PUBLISHED_KEY + m.group(2), set()).add(" ".join(author))
    for m in _OWNED_DOCUMENT_RE.finditer(text):
        owner = m.group(1).split()
        if owner[0].lower() not in NOT_NAMES:  # not "a Monday statement"
            authors.setdefault(m.group(2), set()).add(" ".join(owner))
    return authors


#: "the first lady, " / "His wife, " right before a name: a determiner, a few modifiers, a noun and a comma.
_DESCRIPTION_BEFORE_RE = re.compile(r"(?:^|(?<=[\s(“\"]))([Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)[ \t]+"
                                    r"((?:[\w’'\-]+[ \t]+){0,%d}[a-z][\w\-]*),[ \t]+$" % MAX_DESCRIPTION_MODIFIERS)
#: ", a spokeswoman for …" / ", the mayor," right after a name.
_DESCRIPTION_AFTER_RE = re.compile(r",[ \t]+(?:[Tt]he|[Aa]n?)[ \t]+((?:[\w’'\-]+[ \t]+){0,%d}[a-z][\w\-]*)(?=[,.;]|[ \t]+(?:of|for|at|in|"
                                   r"with|from|who|on)\b)" % MAX_DESCRIPTION_MODIFIERS)
_DESCRIBING_NOUNS = ROLE_NOUNS | FEMALE_NOUNS | MALE_NOUNS
#: " for the Harbour Trust" after a description: the body it serves, kept in the role ("spokeswoman for …"; not "the
#: Clinton campaign"); also an office's one-word complement ("the former secretary of state,").
_BODY_OF_ROLE_RE = re.compile(r"[ \t]+(?:(?:for|of|at)[ \t]+(?:the[ \t]+)?[A-Z][\w’'\-]*"
                              r"(?:[ \t]+(?:of[ \t]+)?[A-Z][\w’'\-]*)*|of[ \t]+[a-z]+)(?=[ \t]*[,.;:)])")

#: What follows a name that a description before it is an apposition of ("the first lady, Michelle Obama, said").
_APPOSITION_END_RE = re.compile(r"[ \t]*(?:[,.;:)]|$)")


def _role_making(words: str) -> bool:
    """Whether a description's last word follows a ``lexicon.ROLE_MAKING_MODIFIERS`` word ("an expert witness")."""
    parts = words.lower().split()
    return len(parts) > 1 and parts[-2] in ROLE_MAKING_MODIFIERS


def _described_noun(words: list[str]) -> str | None:
    """The person noun that ends a short description ("first lady" -> "lady"), if it is one."""
    noun = words[-1] if words else ""
    return noun if noun in _DESCRIBING_NOUNS and noun != "former" else None


def _edits(a: str, b: str, limit: int) -> int:
    """Levenshtein distance of two short words, or ``limit + 1`` once it exceeds ``limit``."""
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
        if min(row) > limit:
            return limit + 1
    return row[-1]


def _may_hold_user_names(text: str) -> bool:
    """Whether ``text`` holds what every ``USER_NAME_RE`` match does: "_", or a lower-case letter before a digit
    (few articles do)."""
    return "_" in text or _LETTER_DIGIT_RE.search(text) is not None


def _word_before(text: str, start: int) -> str:
    """The word right before ``start`` (spaces or tabs, and one line break, between), as much of it as the
    ``LEAD_WORD_CHARS`` characters before ``start`` hold, or "" when something else is there.

    What a search for the last word of the window (its letters, digits, apostrophes and hyphens, then spaces or tabs
    to its end) finds, read backwards: that search tries every position of the window, this one match tries one."""
    before = _REVERSED_WORD_BEFORE_RE.match(text[max(0, start - LEAD_WORD_CHARS):start][::-1])
    return before.group(1)[::-1] if before else ""


def _quoted_title(text: str, start: int, end: int) -> bool:
    """The run opens a quotation and ends it (or its first part, at a colon): a title, not a name."""
    return text[start - 1:start] in _OPENING_MARKS and text[end:end + 2].lstrip(",.")[:1] in _TITLE_ENDS


def _runs(text: str) -> list[tuple[int, int, list[str]]]:
    """Capitalised word runs (start, end, words), each ending at a possessive ("Keller’s LinkedIn page")."""
    out = []
    for m in _NAME_RUN_RE.finditer(text):
        start, run = m.start(), m.group()
        if "’" not in run and "'" not in run:
            out.append((start, m.end(), run.split()))
            continue
        for piece in _POSSESSIVE_END_RE.finditer(run):
            words = [POSSESSIVE_RE.sub("", w) for w in piece.group().split()]
            out.append((start + piece.start(), start + piece.end(), words))
    return out


def name_runs(text: str) -> list[tuple[int, int, str]]:
    """Capitalised word runs that may be names: (start, end, cleaned name), titles dropped."""
    out = []
    for start, end, words in _runs(text):
        words = _without_leading_non_names(split_title(words)[1])
        if words and not all(w.lower() in NOT_NAMES or is_title(w) for w in words):
            out.append((start, end, " ".join(words)))
    return out
