"""A speaker mention -> its entity: canonical name, type (person, organisation, unknown), role.

- A name is its entity's fullest form ("Keller" -> "Anna Keller"), titles dropped into ``role``
  ("Finance Minister Rafael Ortiz" -> "Rafael Ortiz", role "Finance Minister"); "NAME of BODY"
  and "NAME’s page" name NAME; an acronym stays in capitals or becomes what the article defines it as.
- "he"/"she" take the most recent person of that gender among the antecedents (the last speakers
  and the people named just before, outside quote marks); a person whose gender the article never
  tells agrees with both, unless it is only mentioned in passing (neither a speaker nor a sentence's
  subject) and a candidate of the pronoun's gender is at hand. "the economist" takes the person the article gave that role; "the woman" the last woman;
  "the bureau" the body whose name has that word. "they" takes the last body or group that spoke.
  "the 42-year-old" the one person the article gives that age. "It says" the document opening the
  sentence before (or its owner), else the last organisation that spoke.
- An unnamed spokesperson speaks for the body ("a spokesman for the Home Office"), a document for
  the body that published it ("a report by the Grattan Institute", "a Treasury memo seen by the Gazette",
  not a platform's "a Facebook post"); "a recent poll" for the author the article names for its one
  poll ("a poll … conducted by Redmond and Hale", "a Redmond poll").
- "Ana Ortiz’s mom" is the one other person of that surname the article names (of that gender
  unless it is not told).
- "a spokesperson" is the person "The spokesperson, Jane Roe," names later; "the spokeswoman" the one
  "Jane Roe, a spokeswoman for …" names just before.
- "Procter and Gamble" is one name as written, never "Gamble", when the article never writes its parts alone.
- Other descriptions ("a source", "some economists") are kept as written.
- When none of these applies the speaker is unknown: never a guess.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from quotetrail.extract.entities import (POSSESSIVE_RE, Registry, is_body_word, is_plural_title, is_title, name_runs,
                                         split_complement, split_title, word_gender)
from quotetrail.extract.lexicon import (AGE_RE, ARTICLES, ATTACHED_ADJECTIVES, AUTHOR_LINKS, AUTHOR_PARTICIPLES,
                                        BODY_NOUNS, CLIENT_LINK, DOCUMENT_NOUNS, DOCUMENT_TAILS, FEMALE_FIRST_NAMES,
                                        FEMALE_NOUNS, FOR_NAME_HEADS, GOVERNMENT_SEATS, GRADED_RANKS,
                                        GRADED_RANK_QUALIFIERS, INDEFINITE_ARTICLES, MALE_FIRST_NAMES, MALE_NOUNS,
                                        NAME_JOINS, NAME_LIST_WORDS, NOT_NAMES, NO_ONE_SUBJECTS, NUMBER_WORDS,
                                        OFFICE_ABBREVIATIONS, OFFICE_LINKS, OFFICE_PORTFOLIOS, OFFICE_QUALIFIERS,
                                        OFFICE_WORDS, ORGANISATION_WORDS, OUTLET_WORDS, OWNED_BODY_NOUNS, PAIR_NOUNS,
                                        PARTY_ROLE_WORDS, PATIENT_NOUNS, PEOPLE_PLURAL_ENDINGS, PERSON_DESCRIPTIONS,
                                        PLATFORM_DOCUMENTS, PLURAL_BODIES, POSSESSIVE_SUBJECTS, PREPOSITIONS, PRONOUNS,
                                        RANKS, RELATIVE_NOUNS, REPRESENTATIVES, ROLE_NOUNS, ROLE_TITLE_WORDS,
                                        SPOKESPEOPLE, SPOKESPERSON_LINKS, TITLES, TRAILING_MENTION_WORDS, USER_NOUNS)
from quotetrail.extract.settings import (ACRONYM_MAX_CHARS, AGREEING_PRONOUN_CONFIDENCE, AUTHOR_GAP_CHARS,
                                         CAPITALS_NAME_CONFIDENCE, CONTINUING_SPEAKER_BONUS, DESCRIPTION_CONFIDENCE,
                                         DOCUMENT_AUTHOR_CONFIDENCE, HANDLE_CONFIDENCE, HANDLE_NAME_CONFIDENCE,
                                         IT_CONFIDENCE, KNOWN_GENDER_BONUS, KNOWN_NAME_CONFIDENCE, LAST_SPEAKER_BONUS,
                                         MAX_ROLE_DESCRIPTION_WORDS, MISSPELT_NAME_CONFIDENCE, NAMED_PRONOUN_CONFIDENCE,
                                         NAME_CONFIDENCE, OWNED_BODY_WORDS, PARAGRAPH_SUBJECT_BONUS, PRONOUN_CANDIDATES,
                                         PRONOUN_CONFIDENCE, RELATIVE_CONFIDENCE, ROLE_MATCH_CONFIDENCE,
                                         ROLE_NOUN_CONFIDENCE, SPEAKER_BONUS, SUBJECT_BONUS, THEY_CONFIDENCE)

PERSON, ORGANISATION, UNKNOWN = "person", "organisation", "unknown"
PRONOUN_GENDERS = {"he": "m", "she": "f"}
_PERSON_NOUNS = ROLE_NOUNS | RANKS | FEMALE_NOUNS | MALE_NOUNS | USER_NOUNS  # "the economist", "the mother", "the poster"
_CONTRACTED_SUBJECTS = PRONOUNS | NO_ONE_SUBJECTS | {"who"}  # "She’s", "There’s", "Who’d"


@dataclass(frozen=True)
class Resolution:
    name: str | None
    confidence: float  # how sure the name is, 0..1
    named: bool = False  # the mention is a proper name (a later "he" may refer to it)
    type: str | None = None  # PERSON, ORGANISATION or UNKNOWN when there is a name
    role: str | None = None
    source: str | None = None  # the outlet or client a document was made for ("a poll by X for the Daily Courier")


@dataclass(frozen=True)
class Antecedents:
    """Who a pronoun or role noun may refer to: people and bodies, the most recent first."""

    people: tuple[str, ...] = ()
    bodies: tuple[str, ...] = ()  # the bodies and groups (not people) that spoke
    speakers: tuple[str, ...] = ()  # the people among them who spoke
    subjects: frozenset[str] = frozenset()  # the people among them named at the start of a sentence
    paragraph_subjects: frozenset[str] = frozenset()  # those named so in the mention's own paragraph, where no one spoke yet
    document: str | None = None  # the document phrase opening the sentence before ("Clause 14 covers …"), for "it"
    group: str | None = None  # the names opening the sentence before ("Ana Ruiz and Tom Reed run …"), for "they"
    pair: str | None = None  # the last two names joined by "and" before ("Nadia Frost and Owen Pike"), for "the couple"
    continuing: bool = False  # the cue goes on with the last speaker's report ("…, he added."): a he/she of their told gender is theirs
    saying: bool = False  # the cue is a speaker's act ("it said", not the finding of "it shows"): "it" may be the last speaker
    not_speakers: frozenset[str] = frozenset()  # the people the reported clause names ("He said Kane was …"): not "he"
    named: tuple[str, ...] = ()  # the names of several words written before, as written, spoken or not: "the trust" may
    # end one (no person test: whether a name is a person's is settled as its speakers are met)


def entity_type(name: str, registry: Registry) -> str:
    words = name.split()
    if registry.is_person(name):
        return PERSON
    if name in registry.acronyms.values() or (name.isupper() and len(name) <= ACRONYM_MAX_CHARS) \
            or any(map(is_body_word, words)) or registry.is_body(name) \
            or name.lower().removeprefix("the ") in GOVERNMENT_SEATS:  # "the Kremlin", "Number 10"
        return ORGANISATION
    return UNKNOWN


def _named(name: str, registry: Registry, confidence: float, role: str | None = None,
           gender: str | None = None) -> Resolution:
    canonical = registry.canonical_name(name, gender)
    return Resolution(canonical, confidence, named=True, type=entity_type(canonical, registry),
                      role=role or registry.roles.get(canonical))


def _pronoun(gender: str, registry: Registry, before: Antecedents) -> Resolution:
    """The person a he/she refers to: recent, of that gender, and a speaker rather than only named."""
    best: tuple[float, str] | None = None
    candidates = [(rank, name) for rank, name in enumerate(before.people[:PRONOUN_CANDIDATES])
                  if name not in before.not_speakers]
    agreeing = any(registry.gender(name) == gender for _, name in candidates)
    for rank, name in candidates:
        known = registry.gender(name)
        if not _may_be(name, gender, registry):
            continue  # of the other gender, told by the article or by a common first name
        if known is None and agreeing and name not in before.speakers and name not in before.subjects:
            continue  # a name only mentioned in passing, of a gender never told, is not preferred to one that agrees
        score = -rank + (KNOWN_GENDER_BONUS if known == gender else 0.0) \
            + (LAST_SPEAKER_BONUS if before.speakers[:1] == (name,) else 0.0) \
            + (SPEAKER_BONUS if name in before.speakers else 0.0) + (SUBJECT_BONUS if name in before.subjects else 0.0) \
            + (PARAGRAPH_SUBJECT_BONUS if name in before.paragraph_subjects else 0.0) \
            + (CONTINUING_SPEAKER_BONUS if before.continuing and before.speakers[:1] == (name,)
               and gender in (known, _first_name_gender(name)) else 0.0)
        if best is None or score > best[0]:
            best = (score, name)
    if best is None:
        return Resolution(None, 0.0)
    name = best[1]
    if registry.gender(name) == gender:
        conf = AGREEING_PRONOUN_CONFIDENCE
    else:
        conf = PRONOUN_CONFIDENCE if name in before.speakers else NAMED_PRONOUN_CONFIDENCE
    return Resolution(name, conf, type=PERSON, role=registry.roles.get(name))


def _it(registry: Registry, before: Antecedents) -> Resolution:
    """"It says …": the document that opens the sentence before (its owner, for "Her yearbook entry"), else
    the last organisation that spoke ("Shell said … It added …"), else, after a speaker's act of saying, the last
    speaker when nothing but its form made it a person ("Thames Water said … It said …": no one is an "it"; not
    "It shows", a finding); else unknown."""
    if before.document is not None:
        owner = before.document.split()[0].lower()
        rest = replace(before, document=None)
        found = resolve(POSSESSIVE_SUBJECTS.get(owner, before.document), registry, lambda: rest)
        return replace(found, confidence=min(found.confidence, IT_CONFIDENCE)) if found.name else found
    body = next((b for b in before.bodies if (entity_type(b, registry) == ORGANISATION or registry.writes_name(b))
                 and not b.endswith("s") and "." not in b and b.split()[-1].lower() not in PLURAL_BODIES), None)
    if body is None and before.saying and before.speakers and not registry.tells_person(before.speakers[0]):
        body = before.speakers[0]
    return Resolution(body, IT_CONFIDENCE, type=ORGANISATION) if body else Resolution(None, 0.0)


def _they_group(opening: str, registry: Registry) -> Resolution | None:
    """The names opening the sentence before a "They": the group ("Ana Ruiz and Tom Reed run the cafe."), or the one
    organisation ("Greenpeace launched a campaign."); else None."""
    group = _coordinated(opening, registry)
    if group is not None and group.name:
        return Resolution(group.name, THEY_CONFIDENCE, type=UNKNOWN)
    if _plural_people(opening, registry):  # "Researchers took samples. They found …": the description, as written
        return Resolution(opening, THEY_CONFIDENCE, type=UNKNOWN)
    body = registry.canonical_name(opening)
    if " and " not in opening and entity_type(body, registry) == ORGANISATION:
        return Resolution(body, THEY_CONFIDENCE, type=ORGANISATION)
    return None


def _plural_people(word: str, registry: Registry) -> bool:
    """``Researchers``, ``Officials``, ``Residents``: one capitalised plural noun of people (a person noun's plural, or
    an agent's ending: ``lexicon.PEOPLE_PLURAL_ENDINGS``) that the article does not use as a name ("Sanders")."""
    low = word.lower()
    if " " in word or not word[1:].islower() or not low.endswith("s") or low in NOT_NAMES \
            or registry.is_person(registry.canonical_name(word)):
        return False
    return low.endswith(PEOPLE_PLURAL_ENDINGS) or low[:-1] in PERSON_DESCRIPTIONS


def _may_be(name: str, gender: str, registry: Registry) -> bool:
    """Whether ``name`` may be of ``gender``: the article, else a common first name, tells no other."""
    known = registry.gender(name)
    return known == gender or (known is None and _first_name_gender(name) in (gender, None))


def _first_name_gender(name: str) -> str | None:
    """"f" for "Susan Ward", "m" for "Paul Grant" (``lexicon.FEMALE_FIRST_NAMES`` / ``MALE_FIRST_NAMES``), else None."""
    first = name.split()[0].lower() if " " in name else ""
    return "f" if first in FEMALE_FIRST_NAMES else "m" if first in MALE_FIRST_NAMES else None


def _role_noun(words: list[str], registry: Registry, before: Antecedents) -> Resolution | None:
    """``the economist``, ``the mother of three``, ``the bureau``: the entity the description names; an office's
    abbreviation is its words, on either side ("Prime Minister Ana Ruiz … The PM said", ``lexicon.OFFICE_ABBREVIATIONS``)."""
    words = _office_words(words)
    head = len(words) - 1
    if len(words) >= 4 and words[-2] == "of" and (words[-1].isdigit() or words[-1] in NUMBER_WORDS):
        head = len(words) - 3  # "the mother of three"
    elif _office_of(words) is not None:
        return _office_holder(words, registry, before)
    nouns = [words[head]] if head >= 1 and words[head] in _PERSON_NOUNS else []
    if not nouns:
        body = next((b for b in before.bodies if words[-1] in b.lower().split()), None)
        if body is None and len(words) == 2:  # "The Harbour Trust bought the pier. The trust said": its last word
            body = next((registry.canonical_name(b) for b in before.named if b.lower().split()[-1] == words[-1]
                         and (is_body_word(b.split()[-1]) or words[-1] in BODY_NOUNS)), None)
        if body is None and len(words) == 2 and words[-1] in BODY_NOUNS:  # "the alliance": the body that spoke last
            body = next((b for b in before.bodies if entity_type(b, registry) == ORGANISATION), None)
        if body is not None:
            return Resolution(body, ROLE_MATCH_CONFIDENCE, type=ORGANISATION)
        return None
    noun = nouns[0]
    if noun in USER_NOUNS:  # "the poster", "the Reddit user": the user named last
        user = next((b for b in before.bodies if registry.user_name(b)), None)
        return Resolution(user, HANDLE_CONFIDENCE, type=PERSON) if user else Resolution(None, 0.0)
    for name in before.people:
        role = _office_words(registry.roles.get(name, "").lower().split())
        if noun in role and _same_office(role, noun, words):
            return Resolution(name, ROLE_MATCH_CONFIDENCE, type=PERSON, role=registry.roles.get(name))
    modifiers = words[1:head + 1]
    described = registry.described_as(modifiers, before.people) or registry.described_as(modifiers)
    if described is not None:  # "the spokeswoman" just after "Jane Roe, a spokeswoman for …", or before "The
        # spokeswoman, Jane Roe, said"
        return Resolution(described, ROLE_MATCH_CONFIDENCE, type=PERSON, role=registry.roles.get(described))
    unnamed = _described_speaker(noun, before.bodies)
    if unnamed is not None:  # "the doctor" after "A doctor at the quarry told …": that description spoke
        return Resolution(unnamed, ROLE_MATCH_CONFIDENCE, type=UNKNOWN)
    gender = "f" if noun in FEMALE_NOUNS else "m" if noun in MALE_NOUNS else None
    if gender is not None:
        return _pronoun(gender, registry, before)
    candidates = before.people[:PRONOUN_CANDIDATES]
    holder = _title_holder(noun, candidates, registry)
    if holder is not None:
        return holder
    # "the actor": the last person who spoke or opened a sentence ("Maria Lopez saw the crash that killed Tom Reed.
    # The witness said …" is Maria Lopez), else the last person; unless the article gave them another role or a
    # title for another office
    if noun in PATIENT_NOUNS:  # "the victim": the last person named, not the salient one who acted
        name = candidates[0] if candidates else None
    else:
        name = next((n for n in candidates if n in before.subjects or n in before.speakers),
                    candidates[0] if candidates else None)
    if name is not None and _no_office(name, registry) and name not in registry.title_offices \
            and not registry.is_described(name):
        return Resolution(name, ROLE_NOUN_CONFIDENCE, type=PERSON)
    return Resolution(None, 0.0)


def _office_of(words: list[str]) -> int | None:
    """Where the ``of`` of an office's complement is in the lower-case office ``words`` (``the governor of
    louisiana``: after a person noun, past the determiner and before the last word), else None."""
    of = words.index("of", 2) if "of" in words[2:-1] else None
    return of if of is not None and words[of - 1] in _PERSON_NOUNS else None


def _office_holder(words: list[str], registry: Registry, before: Antecedents) -> Resolution | None:
    """``the governor of Louisiana``, ``the former secretary of state``: the person the article gave that office, its
    noun and the words of its complement, as a title or an apposition (``Louisiana Gov. Bobby Jindal``, ``Hillary
    Clinton, the former secretary of state,``); None (the description as written) when no one or several were.
    ``words`` are office words (``_office_words``) with an ``_office_of``."""
    of = _office_of(words)
    noun, complement = words[of - 1], set(words[of + 1:]) - ARTICLES
    holders = []
    for name in before.people:
        roles = [registry.roles.get(name, "")] + [role for written, found in registry.apposition_roles.items()
                                                  if registry.canonical_name(written) == name for _, role in found]
        titled = registry.title_offices.get(name, set())  # "Louisiana Gov. Bobby Jindal": {"louisiana", "governor"}
        offices = [set(_office_words(role.lower().replace(".", "").split())) | titled for role in roles]
        if any(noun in office and complement <= office for office in offices):
            holders.append(name)
    if len(holders) != 1:
        return None
    return Resolution(holders[0], ROLE_MATCH_CONFIDENCE, type=PERSON, role=registry.roles.get(holders[0]))


def _office_words(words: list[str]) -> list[str]:
    """Lower-case ``words`` with an office's abbreviation written out: ["the", "pm"] -> ["the", "prime", "minister"]."""
    return [part for w in words for part in OFFICE_ABBREVIATIONS.get(w, w).split()]


def _title_holder(noun: str, candidates: list[str], registry: Registry) -> Resolution | None:
    """"Republican Gov. Tom Hale … The governor said": the one candidate with no office in their role whose dropped
    title names ``noun`` (``lexicon.TITLE_OFFICES``); no one (a null resolution) when two do, never a guess; else
    None."""
    holders = [n for n in candidates if noun in registry.title_offices.get(n, ()) and _no_office(n, registry)
               and not registry.is_described(n)]
    if len(holders) > 1:
        return Resolution(None, 0.0)
    return Resolution(holders[0], ROLE_NOUN_CONFIDENCE, type=PERSON) if holders else None


def _no_office(name: str, registry: Registry) -> bool:
    """Whether the role recorded for ``name`` names no office: none, or party words only ("Republican")."""
    role = registry.roles.get(name)
    return role is None or all(w.lower() in PARTY_ROLE_WORDS for w in role.split())


def _described_speaker(noun: str, bodies: tuple[str, ...]) -> str | None:
    """The most recent unnamed speaker described by an indefinite phrase with ``noun`` before any preposition
    ("A doctor at the quarry", "an election official"), which a later "the doctor" refers to."""
    for body in bodies:
        words = body.lower().split()
        if words[0] not in INDEFINITE_ARTICLES:
            continue
        head = next((k for k, w in enumerate(words) if k and w in PREPOSITIONS), len(words))
        if noun in words[1:head]:
            return body
    return None


def _same_office(role: list[str], noun: str, words: list[str]) -> bool:
    """``role`` (lower-case words) is the office ``words`` describe by ``noun``: "the president" is not a "US Vice
    President" or a "former president", whom "the vice president" and "the former president" describe; "the
    professor" is an "Assistant Professor" (``lexicon.GRADED_RANKS``), not a "Former Professor"
    (``lexicon.GRADED_RANK_QUALIFIERS``); "the prime minister" is not a "Finance Minister" (``lexicon.OFFICE_PORTFOLIOS``)."""
    k = role.index(noun)
    qualifier = role[k - 1] if k > 0 else None
    named = words[words.index(noun) - 1] if noun in words[1:] else None
    if named in OFFICE_PORTFOLIOS and qualifier is not None and named != qualifier:
        return False  # "the prime minister" is not "Finance Minister Ana Ruiz"
    if qualifier is None or qualifier not in OFFICE_QUALIFIERS or qualifier in words:
        return True
    return noun in GRADED_RANKS and qualifier not in GRADED_RANK_QUALIFIERS


def _object_lead(cleaned: str, runs: list[tuple[int, int, str]]) -> list[str]:
    """The words before the last name of ``cleaned``, less an article, and less the names joined to it by "and"
    (``a poll for Harbour Radio and the Tarnby Times`` -> ``a poll for``): what the names are the object of."""
    k = len(runs) - 1
    while k > 0 and cleaned[runs[k - 1][1]:runs[k][0]].strip().lower() in NAME_JOINS:
        k -= 1
    lead = cleaned[:runs[k][0]].strip(" ,").split()
    return lead[:-1] if lead and lead[-1].lower() in ARTICLES else lead


def _head_name(cleaned: str, registry: Registry,
               runs: list[tuple[int, int, str]]) -> tuple[str, str | None, str | None] | None:
    """The name a phrase is about, the title before it and the gender its honorific tells: "Ines Garza
    of Halden Analytics Inc.", "Kessler’s LinkedIn page", "Sen. Ann Lee", "Mr. Obama", "a spokesman, Tom Wu";
    None for "Protesters from Chicago". ``runs`` are the phrase's ``name_runs``."""
    if not runs:
        return None
    affiliated = _affiliated_person(cleaned, registry, runs)
    if affiliated is not None:
        return affiliated, None, None
    first = runs[0]
    rest = cleaned[first[1]:]
    owner = cleaned[first[1] - 2:first[1]] in ("’s", "'s") or rest.startswith(("’s", "'s"))
    if owner and any(w.lower().strip(".,") in DOCUMENT_NOUNS for w in rest.split()):
        return first[2], None, None  # "Keller’s LinkedIn page", "Statistics Canada’s survey data"
    last = runs[-1]
    tail = cleaned[last[1]:].strip(" ,’'s")
    if tail:
        return None
    glued = _after_outlet(cleaned, last, registry)
    if glued is not None:
        return glued, None, None
    raw = cleaned[last[0]:last[1]].split()
    title = split_title(raw)[0]
    lead = cleaned[:last[0]].strip(" ,").split()
    link = lead[:-1] if lead and lead[-1] == "the" else lead  # "Minister for the Northern Region Ana Ruiz"
    if not title and len(link) > 1 and link[-1] in OFFICE_LINKS and _is_role(link[-2]) and last[2].count(" ") > 1 \
            and last[2].split()[-1].lower() not in ORGANISATION_WORDS:
        complement, name = split_complement(last[2].split())  # "Mayor of London Sadiq Khan", "Senator from Vermont …"
        return " ".join(name), " ".join([*lead, *complement]), None
    if any(w.lower() in ATTACHED_ADJECTIVES and n.lower() in ("to", "with") for w, n in zip(lead, lead[1:])):
        return None  # "friends close to the Duchess", "officials loyal to Mayor Ann Lee": about them, not them
    core = _object_lead(cleaned, runs)
    if len(core) > 1 and core[-1] in ("of", "for") and not title:
        return None  # "Residents of Chicago", "Lawyers for Kane", "The mayor of Leeds": of the place, body or person
    if any(w.lower() in PREPOSITIONS for w in lead) and not title \
            and not (lead and lead[-1].lower() not in ARTICLES and _is_role(lead[-1])):
        return None  # the name is the object of a preposition, not the head of the phrase
    role_words = [w for w in [*lead, *title]
                  if w.lower().rstrip(".") not in TITLES or w.lower() in ROLE_TITLE_WORDS]
    role_words = [w for w in role_words if w.lower() not in NOT_NAMES]  # not "the", "However"
    if not title and any(w in OFFICE_LINKS for w in core[1:-1]):  # "the former chief executive of Halvorsen Bank,"
        role_words = core[1:] if core[0].lower() in ARTICLES else core  # its body kept as written
    gender = next((g for g in map(word_gender, (w.lower() for w in title)) if g is not None), None)
    return last[2], " ".join(role_words) or None, gender


def _affiliated_person(cleaned: str, registry: Registry, runs: list[tuple[int, int, str]]) -> str | None:
    """``Ines Garza of Halden Analytics Inc.``, ``Lead author Omar Haddad of Leeds University``: the first person named
    before an affiliation, with no "of"/"for" before them ("Friends of Tom Reed of Leeds" is not Tom Reed) and not a
    title ("Current Director of Coastal Safety Maria Lund" is not "Current Director"); else None."""
    for i, (start, end, name) in enumerate(runs):
        if " of " in cleaned[:start] or " for " in cleaned[:start]:
            return None
        if cleaned[end:].startswith((" of ", ", of ", " at ", ", ", " from ")) \
                and not _is_office(name, runs[i + 1:], registry) and registry.is_person(registry.canonical_name(name)):
            return name
    return None


def _is_office(name: str, later: list[tuple[int, int, str]], registry: Registry) -> bool:
    """A run ending in a role noun ("Current Director") before a person named later in the phrase: an office, not
    the person (but "Sally Singer of Vogue" is Sally Singer)."""
    return name.split()[-1].lower() in ROLE_NOUNS and any(registry.is_person(registry.canonical_name(n)) for _, _, n in later)


def _after_outlet(cleaned: str, run: tuple[int, int, str], registry: Registry) -> str | None:
    """``Speaking to the Daily Post Doe``: a name glued to the outlet before it (a run whose last words, after an
    acronym or a name of two words or more ending in a body word, are the one person the article names so; not
    "Team Trump"), else None."""
    words = run[2].split()
    if len(words) < 2 or registry.is_person(registry.canonical_name(run[2])):
        return None
    for k in range(1, len(words)):
        outlet = words[k - 1]
        if not ((k > 1 and outlet.lower() in ORGANISATION_WORDS) or (outlet.isupper() and len(outlet) > 1)) \
                or any(w.lower() in ORGANISATION_WORDS or _is_role(w) for w in words[k:]):
            continue  # "the Wisconsin Republican", "Team Trump", "Shaw & Company Research": no outlet, or no person
        name = " ".join(words[k:])  # "Doe" (its canonical form may be the glued run itself: look the name up)
        people = {n for _, _, n in registry.names if n != run[2] and registry.is_person(n)
                  and (n == name or n.endswith(" " + name) or n.startswith(name + " "))}
        if len(people) == 1:
            return people.pop()
    return None


def _is_role(word: str) -> bool:
    low = word.lower().rstrip(".,")
    return low in ROLE_NOUNS or low in RANKS or low in TITLES


def pronoun_of(mention: str) -> str:
    """The lower-cased mention, or the pronoun it stands for: "his" (``his claim that …``) is "he", "She’s" and
    "They've" (``She’s slammed …``) are "she" and "they", not the pronoun with its auxiliary."""
    low = mention.strip(" ,.:;“”\"‘’").lower()
    low = POSSESSIVE_SUBJECTS.get(low, low)
    contracted = _CONTRACTED_PRONOUN_RE.fullmatch(low)
    return contracted.group(1) if contracted and contracted.group(1) in _CONTRACTED_SUBJECTS else low


def _without_trailing_auxiliaries(mention: str) -> str:
    """``Mr. Obama hasn't``, ``Sanders has sometimes``: a mention that ends in a negated or other auxiliary or adverb
    before its cue names the words before them ("" when nothing else is left: ``can't``)."""
    words = mention.split()
    while words and words[-1].islower() and words[-1] in TRAILING_MENTION_WORDS:
        words.pop()
    return " ".join(words) if len(words) < len(mention.split()) else mention


def resolve(mention: str, registry: Registry, before: Callable[[], Antecedents], label: bool = False) -> Resolution:
    """The entity a speaker mention refers to, given the people and bodies before it (``before()``,
    asked for only by a pronoun, a description or a representative, as most mentions are names; the caller caches
    it); ``label``: the mention
    is a transcript's speaker label ("PENCE:"), a name even in capitals."""
    cleaned = _without_trailing_auxiliaries(mention.strip(" ,.:;“”\"‘’"))
    low = cleaned.lower()
    if not cleaned:
        return Resolution(None, 0.0)
    if cleaned.isupper() and len(cleaned) > 2 and " " not in cleaned:  # "PENCE" in a transcript, or "NHS"
        known = registry.full_names.get(cleaned.title()) or registry.acronyms.get(cleaned)
        if known:
            return _named(known, registry, CAPITALS_NAME_CONFIDENCE)
        spelled = registry.spelled_out(cleaned) if len(cleaned) <= ACRONYM_MAX_CHARS else None
        if spelled is not None:  # "The FAA said" where the article writes "the Federal Aviation Administration"
            return Resolution(spelled, CAPITALS_NAME_CONFIDENCE, named=True, type=ORGANISATION)
        if len(cleaned) <= ACRONYM_MAX_CHARS:
            return Resolution(cleaned, CAPITALS_NAME_CONFIDENCE, named=True, type=ORGANISATION)
        if label or registry.writes_name(cleaned.title()):  # "WALLACE:", or "PENCE" where the text writes "Pence"
            return _named(cleaned.title(), registry, CAPITALS_NAME_CONFIDENCE)
        return Resolution(cleaned, CAPITALS_NAME_CONFIDENCE, named=True, type=UNKNOWN)  # "UNICEF": as written
    if cleaned.startswith("@"):
        name = registry.from_handle(cleaned)
        return Resolution(name or cleaned, HANDLE_NAME_CONFIDENCE if name else HANDLE_CONFIDENCE, named=bool(name),
                          type=PERSON if name and registry.is_person(name) else UNKNOWN)
    user = registry.user_name(cleaned)
    if user is not None:  # "acebush1 posted"
        return Resolution(user, HANDLE_CONFIDENCE, named=True, type=PERSON)
    low = pronoun_of(low)
    if low in PRONOUN_GENDERS:
        return _pronoun(PRONOUN_GENDERS[low], registry, before())
    if low == "they":  # a body or group that spoke, or a user of unknown gender ("singular they")
        ants = before()
        group = _they_group(ants.group, registry) if ants.group else None
        if group is not None:
            return group
        bodies = ants.bodies
        if not bodies:
            return Resolution(None, 0.0)
        name = bodies[0]
        return Resolution(name, THEY_CONFIDENCE, type=PERSON if registry.user_name(name) else ORGANISATION)
    if low == "it":
        return _it(registry, before())
    if low == "who":  # the relative pronoun: the name just before it (the only antecedent given)
        people = before().people
        return Resolution(people[0], PRONOUN_CONFIDENCE, type=PERSON) if people else Resolution(None, 0.0)
    if low in PRONOUNS or low in NO_ONE_SUBJECTS:
        return Resolution(None, 0.0)
    words = low.split()
    owned = _owned_body(words, registry, before) or _named_owner_body(cleaned, registry)
    if owned is not None:
        return owned
    government = registry.government_of(cleaned)
    if government is not None:  # "Manila accused …": the Philippine government
        return Resolution(government, NAME_CONFIDENCE, named=True, type=ORGANISATION)
    group = _coordinated(cleaned, registry)
    if group is not None:
        return group
    principal = _principal(cleaned)
    if principal is not None:
        name, client = principal
        head = _head_name(name, registry, name_runs(name))
        if head is not None and registry.is_person(registry.canonical_name(head[0], head[2])) \
                and (_is_role(head[1].split()[-1]) if head[1] is not None else head[0] != name):
            name, role, gender = head  # "a statement by the Presidential Spokesperson Harry Roque": Harry Roque; "a
            # study conducted by Teri Allery of North Dakota State University": Teri Allery
            return replace(_named(name, registry, NAME_CONFIDENCE, role, gender), source=client)
        return replace(_named(name, registry, NAME_CONFIDENCE), source=client)
    spoken_for = _spoken_for(cleaned, words, registry, before)
    if spoken_for is not None:
        return spoken_for
    body = _body(cleaned)
    runs = name_runs(cleaned)
    if body is not None and not (runs and registry.is_person(registry.canonical_name(runs[0][2]))):
        return body
    relative = _relative(cleaned, registry)
    if relative is not None:
        return relative
    head = _head_name(cleaned, registry, runs)
    if head is not None:
        name, role, gender = head
        full = registry.canonical_name(name, gender)
        known = registry.is_person(full) or name in registry.full_names
        if not known and " " not in name:
            spelt = registry.misspelt_surname(name)  # "Jensen said" where the article named "Nathan Janzen"
            if spelt is not None:
                return _named(spelt, registry, MISSPELT_NAME_CONFIDENCE, role)
        return _named(name, registry, KNOWN_NAME_CONFIDENCE if known else NAME_CONFIDENCE, role, gender)
    author = _author(cleaned, registry)
    if author is not None:
        return author
    aged = _aged(words, registry)
    if aged is not None:
        return aged
    if len(words) == 2 and words[0] == "the" and words[1] in PAIR_NOUNS and before().pair is not None:
        pair = _coordinated(before().pair, registry)  # "The couple said …": the two people named last
        if pair is not None and pair.name and pair.confidence == KNOWN_NAME_CONFIDENCE:
            return Resolution(pair.name, ROLE_MATCH_CONFIDENCE, type=UNKNOWN)
    if words[0] in ("the", "this") and len(words) <= MAX_ROLE_DESCRIPTION_WORDS + 1:
        found = _role_noun(words, registry, before())
        if found is not None:
            return found
    elif words[0] in ARTICLES and _office_of(_office_words(words)) is not None:
        # "Chris Wright, the chief technology officer of Red Hat, … the chief technology officer of Red Hat said": an
        # office too long for a role noun, held by one person
        found = _office_holder(_office_words(words), registry, before())
        if found is not None:
            return found
    if words[0] in ("a", "an") and 1 < len(words) <= MAX_ROLE_DESCRIPTION_WORDS + 1 \
            and all(w.islower() for w in cleaned.split()[1:]):
        named = registry.described_as(words[1:])
        if named is not None:  # "a spokesperson said …" where the article goes on "The spokesperson, Jane Roe, …"
            return Resolution(named, ROLE_MATCH_CONFIDENCE, type=PERSON, role=registry.roles.get(named))
    head = POSSESSIVE_RE.sub("", words[-1]).strip(".,")
    kind = ORGANISATION if head in ORGANISATION_WORDS or low.removeprefix("the ") in GOVERNMENT_SEATS \
        else UNKNOWN  # "the regional government", "Number 10"
    return Resolution(cleaned, DESCRIPTION_CONFIDENCE, type=kind)


_CONTRACTED_PRONOUN_RE = re.compile(r"([a-z]+)[’'](?:s|d|ve|ll|re|m)")
_RELATIVE_RE = re.compile(r"(.+?)[’'‘]s ([a-z]+)")


def _owned_body(words: list[str], registry: Registry, before: Callable[[], Antecedents]) -> Resolution | None:
    """``its campaign``, ``his campaign`` (``lexicon.OWNED_BODY_NOUNS``): the body of whom the possessive refers to
    ("Ana Ruiz’s campaign"), no speaker when that is not clear; None for other mentions."""
    if len(words) != OWNED_BODY_WORDS or words[0] not in POSSESSIVE_SUBJECTS or words[1] not in OWNED_BODY_NOUNS:
        return None
    pronoun = POSSESSIVE_SUBJECTS[words[0]]
    owner = resolve(pronoun, registry, before)
    if not owner.name or (pronoun in PRONOUN_GENDERS
                          and not _clear_owner(owner.name, PRONOUN_GENDERS[pronoun], registry, before())):
        return Resolution(None, 0.0)
    return Resolution(f"{owner.name}’s {words[1]}", min(owner.confidence, ROLE_MATCH_CONFIDENCE), type=ORGANISATION)


_NAMED_OWNER_RE = re.compile(rf"(?:[Tt]he )?([A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*)*?)(?:[’']s)? "
                             rf"({'|'.join(sorted(OWNED_BODY_NOUNS))})")


def _named_owner_body(cleaned: str, registry: Registry) -> Resolution | None:
    """``Ortiz's campaign``, ``the Ortiz campaign``: the body of the person the article names so, under that person's
    canonical name ("Ana Ortiz’s campaign" for both, as for "her campaign"), so one campaign is one speaker; None
    when the owner is no person the article names."""
    m = _NAMED_OWNER_RE.fullmatch(cleaned)
    if m is None:
        return None
    title, name = split_title(POSSESSIVE_RE.sub("", m.group(1)).split())  # "Senator Klobuchar's", "Mrs. Clinton's"
    written = " ".join(name)
    gender = next((g for g in map(word_gender, (w.lower() for w in title)) if g), None)
    owner = registry.canonical_name(written, gender)
    own_name = owner == written and " " in written and written == m.group(1)  # no title, no possessive
    if own_name or not registry.is_person(owner):
        return None  # "The Harbour Clean campaign": the campaign's own name, no person the article names
    return Resolution(f"{owner}’s {m.group(2)}", NAME_CONFIDENCE, named=True, type=ORGANISATION)


def _clear_owner(name: str, gender: str, registry: Registry, before: Antecedents) -> bool:
    """Whether ``name``, what a his/her resolved to, is clear enough to name a body as theirs (``Ivo Brandt’s
    campaign`` is a new name, not a he/she left as written): its gender is told and agrees, or no other recent
    person may be of that gender (not "Senator Ivo Brandt met Mayor Lina Ortiz. Her campaign said …")."""
    if gender in (registry.gender(name), _first_name_gender(name)):
        return True
    return not any(other != name and other not in before.not_speakers and _may_be(other, gender, registry)
                   for other in before.people[:PRONOUN_CANDIDATES])


def _relative(cleaned: str, registry: Registry) -> Resolution | None:
    """``Travis Okoye’s mom``: the one other person of the owner's surname the article names, else None."""
    m = _RELATIVE_RE.fullmatch(cleaned)
    if m is None or m.group(2) not in RELATIVE_NOUNS or not registry.is_person(registry.canonical_name(m.group(1))):
        return None
    gender = "f" if m.group(2) in FEMALE_NOUNS else "m" if m.group(2) in MALE_NOUNS else None
    name = registry.relative(m.group(1), gender)
    if name is None:
        return None
    return Resolution(name, RELATIVE_CONFIDENCE, named=True, type=PERSON, role=registry.roles.get(name))


_COORDINATION_RE = re.compile(r",\s*(?:and\s+)?|\s+(?:and|&)\s+")


def _coordinated(cleaned: str, registry: Registry) -> Resolution | None:
    """``Rafael Ortiz, Jo Grant and Ann Lee``, ``Ortiz and Lee``: a group of named speakers, each
    in its fullest form, the list kept as written ("Ortiz and Lee" -> "Rafael Ortiz and Ann Lee")."""
    names = [_without_the(n) for n in _COORDINATION_RE.split(cleaned)]  # "The Harlow Foundation and the BBC"
    joins = _COORDINATION_RE.findall(cleaned)
    if len(names) < 2:
        return None
    role, names[0] = _plural_title(names[0])
    untitled = [_without_title(n) for n in names]  # "Ana Ruiz and former mayor Tom Reed": the names, not their titles
    if None in untitled:
        return None  # "Moderator and author Ana Ruiz": one person's titles
    titled, names = untitled != names, untitled
    if not all(_is_one_name(n) for n in names):
        return None
    full = [registry.canonical_name(n) for n in names]
    if all(map(registry.is_person, full)):
        written = "".join(f"{name}{join}" for name, join in zip(full, [*joins, ""]))
        return Resolution(written, KNOWN_NAME_CONFIDENCE, type=UNKNOWN, role=role)
    if titled:
        return None  # a title dropped, but not a list of people the article names
    if role is not None:
        names[0] = f"{role} {names[0]}"  # not people the article names: the list as written ("Sisters Ana and …")
    # "Procter and Gamble", "Marks & Spencer", "Republicans and Democrats": not two people the article names, so
    # never the last name alone; one name as written when its parts never stand alone in the article
    if len(names) > 2 or "," in cleaned:  # "Chile, Peru and Bolivia": the list as written, never its last name
        return Resolution(cleaned, NAME_CONFIDENCE, type=UNKNOWN) if len(names) > 2 and joins[-1].strip(" ,") else None
    if registry.names_together(names):
        kind = ORGANISATION if "&" in joins[0] or any(w.lower() in ORGANISATION_WORDS for w in cleaned.split()) \
            else UNKNOWN
        return Resolution(cleaned, NAME_CONFIDENCE, named=True, type=kind)
    written = "".join(f"{name}{join}" for name, join in zip(full, [*joins, ""]))  # a list, each in its fullest form
    return Resolution(written, NAME_CONFIDENCE, type=UNKNOWN)


def _without_the(phrase: str) -> str:
    """``the BBC`` -> ``BBC``: a name in a list is one name with its article, as it is alone."""
    first, _, rest = phrase.partition(" ")
    return rest if rest and first.lower() == "the" else phrase


def _without_title(phrase: str) -> str | None:
    """``former mayor Tom Reed`` -> ``Tom Reed``: a name in a list without the title that opens it (title words and
    lower-case words but a link: ``phrase`` when other words open it, "Transport and Bridges Minister Ana Ruiz" is one
    title, "Strategists for Ana Ruiz and Tom Reed" no list of the two); None for a title alone."""
    words = phrase.split()
    title, name = split_title(words)
    if not title:
        return None if len(words) == 1 and is_title(words[0]) else phrase
    if not all((is_title(w) or w.islower()) and w not in OFFICE_LINKS for w in title):
        return phrase  # not "Commissioner Jo Lee of the Port Department of Roads": no title alone
    return " ".join(name) if name else None


def _plural_title(phrase: str) -> tuple[str | None, str]:
    """``Producers Ann Lee`` opening a list of names: (the plural title, the name); else (None, ``phrase``)."""
    first, _, rest = phrase.partition(" ")
    if rest and is_plural_title(first):
        return first, rest
    return None, phrase


def _is_one_name(phrase: str) -> bool:
    """``phrase`` is a name and nothing else ("Ann Lee", not "Sen. Ann Lee" nor "the Lee family")."""
    runs = name_runs(phrase)
    return bool(runs) and runs[0][2] == phrase


def _author(cleaned: str, registry: Registry) -> Resolution | None:
    """``a recent poll``, ``the survey``: the author the article names for its one document of that kind
    ("a poll … conducted by Redmond and Hale"), who speaks for it; None when it names none or several."""
    words = cleaned.split()
    if len(words) < 2 or len(words) > MAX_ROLE_DESCRIPTION_WORDS + 1 or words[0].lower() not in _DOCUMENT_DETERMINERS \
            or any(w[0].isupper() for w in words[1:]):
        return None
    name = registry.author_of(words[-1].lower(), definite=words[0].lower() != "a" and words[0].lower() != "an")
    if name is None:
        return None
    return Resolution(name, DOCUMENT_AUTHOR_CONFIDENCE, named=True, type=entity_type(name, registry))


_DOCUMENT_DETERMINERS = {"a", "an", "the", "this", "that"}


def _aged(words: list[str], registry: Registry) -> Resolution | None:
    """``the 42-year-old``, ``the 42-year-old nurse``: the one person the article gives that age (of the
    noun's gender when it has one and the person's is told), else None."""
    age = AGE_RE.fullmatch(words[1]) if len(words) in (2, 3) and words[0] == "the" else None
    if age is None:
        return None
    name = registry.aged(age.group(1))
    gender = word_gender(words[2]) if len(words) == 3 else None
    if name is None or (gender is not None and registry.gender(name) not in (gender, None)):
        return None
    return Resolution(name, ROLE_MATCH_CONFIDENCE, type=PERSON, role=registry.roles.get(name))


def _principal(cleaned: str) -> tuple[str, str | None] | None:
    """``a spokesman for the Home Office``, ``a Google spokesperson``, ``a report by the Grattan Institute``: the body the
    spokesperson speaks for, or that published the document, as written; with the outlet or client a document by
    its author was made for (``a poll by Redmond Analytics for the Daily Courier``), else None."""
    words = cleaned.split()
    body = words[1:-1] if len(words) > 2 and words[0].lower() in ("a", "an", "the") else []
    if words[-1].lower() in REPRESENTATIVES and body and all(w[0].isupper() for w in body):
        return " ".join(body), None  # "a Google spokesperson", "a Home Office spokesman", "a Google representative"
    if len(words) > 2 and words[0].lower() in ("a", "an", "the"):
        noun = next((k for k in range(2, min(len(words), MAX_ROLE_DESCRIPTION_WORDS + 1))
                     if not words[k][0].isupper()), None)
        if noun is not None and words[noun].lower() in DOCUMENT_NOUNS - PLATFORM_DOCUMENTS \
                and all(w[0].isupper() for w in words[1:noun]) \
                and (noun + 1 == len(words) or words[noun + 1].lower() in DOCUMENT_TAILS):
            return POSSESSIVE_RE.sub("", " ".join(words[1:noun])), None  # "a Treasury memo seen by the Gazette": the
            # Pentagon's memo; "The Resolution Foundation’s report": the Resolution Foundation
    for k, word in enumerate(words[:MAX_ROLE_DESCRIPTION_WORDS]):
        low = word.lower()
        link = words[k + 1].lower() if k + 1 < len(words) else ""
        if (low in SPOKESPEOPLE and link in SPOKESPERSON_LINKS) or (low in DOCUMENT_NOUNS and link in AUTHOR_LINKS):
            rest = words[k + 2:]
        elif low in DOCUMENT_NOUNS and (made := _made_by_at(words, k + 1)) is not None:
            rest = words[made:]
        else:
            continue
        core = rest[1:] if rest and rest[0].lower() == "the" else rest
        if core and core[0][0].isupper():
            return _made_for(rest) if low in DOCUMENT_NOUNS else (" ".join(rest), None)
    return None


def _made_by_at(words: list[str], k: int) -> int | None:
    """Where the maker's name starts after a document noun ending before word ``k``: after ``published by``,
    ``conducted by`` (a one-word ``lexicon.AUTHOR_PARTICIPLES``), also past a phrase of the document's own (``a poll
    of 1,000 voters conducted by``: within ``settings.AUTHOR_GAP_CHARS``, no comma); else None."""
    gap = 0
    for j in range(k, len(words) - 2):
        if words[j].lower() in AUTHOR_PARTICIPLES and words[j + 1] == "by":
            return j + 2
        gap += len(words[j]) + 1
        if words[j].endswith(",") or gap > AUTHOR_GAP_CHARS:
            return None
    return None


def _made_for(words: list[str]) -> tuple[str, str | None]:
    """``Redmond Analytics for the Daily Courier`` (who made a document, for whom): the author, and the
    capitalised outlet or client after ``for`` if there is one (or two joined: ``for Harbour Radio and the Tarnby
    Times``). After a word that goes on with a body's own name (``the Centre for Coastal Studies``, ``Doctors for
    Safe Streets``) only an outlet is a client (``the Quell Research Group for the Tarnby Courier``)."""
    for k in range(1, len(words) - 1):
        client = words[k + 1:]
        named = client[1:] if client[0] == "the" else client
        if words[k] == CLIENT_LINK and named and named[0][0].isupper() \
                and all(w[0].isupper() or w in NAME_LIST_WORDS for w in named) \
                and (words[k - 1].lower() not in FOR_NAME_HEADS or named[-1].lower() in OUTLET_WORDS):
            return " ".join(words[:k]), " ".join(client)
    return " ".join(words), None


_OWNED_REPRESENTATIVE_RE = re.compile(r"(.+?)[’']s (?:%s)" % "|".join(sorted(REPRESENTATIVES)))
_REPRESENTATIVE_FOR_RE = re.compile(r"(?:[Aa]n?|[Tt]he) (?:%s) (?:for|of) ((?:the|a|an) [a-z]+(?: [a-z]+)?)"
                                    % "|".join(sorted(REPRESENTATIVES)))


def _spoken_for(cleaned: str, words: list[str], registry: Registry,
                before: Callable[[], Antecedents]) -> Resolution | None:
    """``the ministry's spokesman``, ``her spokesman``, ``a representative of the trust``: the entity they speak for,
    at most at ``ROLE_MATCH_CONFIDENCE``; None when "the senator's spokesman" is the spokesman the article named just
    before ("Jo Ware, a spokesman for …"), or "a spokesman for the campaign" resolves to nothing more."""
    if REPRESENTATIVES.isdisjoint(words):
        return None
    represented, described = _represented(cleaned)
    if represented is None:
        return None
    noun = words[-1]
    if words[0] == "the" and (registry.described_as([noun], before().people)
                              or any(noun in registry.roles.get(n, "").lower().split() for n in before().people)):
        return None
    found = resolve(represented, registry, before)
    if not found.name or (described and found.name == represented):
        return None
    return replace(found, confidence=min(found.confidence, ROLE_MATCH_CONFIDENCE))


def _represented(cleaned: str) -> tuple[str | None, bool]:
    """``the ministry's spokesman``, ``Ana Ruiz’s spokeswoman``, ``her spokesman``, ``a representative of the union``:
    the mention of whom they speak for (a pronoun for a possessive determiner), else None; and whether it came
    after "for"/"of" (a description that only says who, kept as written when it resolves to nothing more)."""
    owned = _OWNED_REPRESENTATIVE_RE.fullmatch(cleaned)
    if owned is not None:
        return owned.group(1), False
    if cleaned.split()[0].lower() in POSSESSIVE_SUBJECTS and len(cleaned.split()) == 2 \
            and cleaned.split()[1].lower() in REPRESENTATIVES:
        return POSSESSIVE_SUBJECTS[cleaned.split()[0].lower()], False  # "her spokesman": she
    described = _REPRESENTATIVE_FOR_RE.fullmatch(cleaned)
    return (described.group(1), True) if described is not None else (None, False)


def _body(cleaned: str) -> Resolution | None:
    """``the Bureau of Forests and Inland Lakes``, ``the Commission on Human Rights``: a body's name as written, "the"
    kept."""
    words = cleaned.split()
    core = words[1:] if words[0].lower() == "the" else words
    if len(core) < 2 or not all(w[0].isupper() or w.lower() in ("of", "and", "for", "&", "on") for w in core):
        return None
    if not any(w.lower() in ("of", "and", "for", "&", "on") for w in core[1:-1]):
        return None
    if not any(w.lower().strip(".,’'s") in ORGANISATION_WORDS for w in core):
        return None
    if any(w.lower() in OFFICE_WORDS for w in core[:-1]):
        return None  # "The Council on American-Islamic Relations National Executive Director Nihad Awad": a person
    return Resolution(cleaned, NAME_CONFIDENCE, named=True, type=ORGANISATION)
