"""Canonical names: one name per person or body in an article, from the mentions the cues attach to.

- A full name seen anywhere in the article ("Alec Baldwin") is the canonical form of its surname
  ("Baldwin") and of its handle written together (@AlecBaldwin).
- "he"/"she" and role descriptions ("the actor", "the ABC anchor") take the most recent named
  person speaker before them; with none, the speaker stays unknown.
- Other descriptions ("a source", "an affidavit released by investigators") are kept as written.
- "they", "we", "I", "it" stay unknown: never a guess.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from quotetrail.extract.lexicon import NOT_NAMES, ORGANISATION_WORDS, PERSON_PRONOUNS, PRONOUNS, ROLE_NOUNS, TITLES
from quotetrail.types import Speaker

_NAME_WORD = r"(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Prof|Rev|St|Jr|Sr)\.|[A-Z]\.|[A-Z][\w’'\-]*|@\w+)"
_NAME_RUN_RE = re.compile(_NAME_WORD + r"(?:[ \t]+(?:" + _NAME_WORD + r"|(?:de|van|von|da|bin|al|del|la|le)\b))*")
_CAMEL_RE = re.compile(r"[A-Z][a-z]+")
_POSSESSIVE_RE = re.compile(r"[’']s?$")


def _name_tokens(run: str) -> list[str]:
    words = [_POSSESSIVE_RE.sub("", w) for w in run.split()]
    first = 0  # one slice at the end: a run of thousands of "A." must not be copied once per word
    while first < len(words) and (words[first].lower().rstrip(".") in TITLES or words[first].lower() in NOT_NAMES
                                  or words[first].lower() in TITLES or words[first].lower() in ROLE_NOUNS):
        first += 1
    return words[first:]


def name_runs(text: str) -> list[tuple[int, int, str]]:
    """Capitalised word runs that may be names: (start, end, cleaned name)."""
    out = []
    for m in _NAME_RUN_RE.finditer(text):
        words = _name_tokens(m.group())
        if words and not all(w.lower() in NOT_NAMES for w in words):
            out.append((m.start(), m.end(), " ".join(words)))
    return out


@dataclass
class Registry:
    """The people and bodies named in one article."""

    full_names: dict[str, str] = field(default_factory=dict)  # surname / first name -> full name
    squashed: dict[str, str] = field(default_factory=dict)  # "alecbaldwin" -> "Alec Baldwin"
    aliases: dict[str, set[str]] = field(default_factory=dict)
    handles: dict[str, set[str]] = field(default_factory=dict)

    @classmethod
    def from_text(cls, text: str) -> "Registry":
        """Full names of two to four words; a surname maps to its most frequent full name."""
        counts: dict[str, int] = {}
        for _, _, name in name_runs(text):
            if 2 <= len(name.split()) <= 4:
                counts[name] = counts.get(name, 0) + 1
        reg = cls()
        for name in sorted(counts, key=lambda n: -counts[n]):  # stable: first seen wins a tie
            reg.squashed.setdefault(name.replace(" ", "").lower(), name)
            reg.full_names.setdefault(name.split()[-1], name)
        return reg

    def canonical_name(self, name: str) -> str:
        words = name.split()
        if len(words) == 1:
            return self.full_names.get(words[0], name)
        full = self.full_names.get(words[-1])
        if full and full.endswith(name):
            return full
        return name

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

    def speakers(self) -> tuple[Speaker, ...]:
        return tuple(Speaker(name, tuple(sorted(self.aliases[name])), tuple(sorted(self.handles.get(name, ()))))
                     for name in sorted(self.aliases))


def _is_person_name(name: str) -> bool:
    words = name.split()
    return 2 <= len(words) <= 4 and words[-1].lower() not in ORGANISATION_WORDS and not name.isupper()


@dataclass(frozen=True)
class Resolution:
    name: str | None
    confidence: float  # how sure the name is, 0..1
    named: bool = False  # the mention is a proper name (a later "he" may refer to it)


def resolve(mention: str, registry: Registry, last_person: str | None) -> Resolution:
    """Canonical name of a speaker mention, given the last named person speaker before it."""
    cleaned = mention.strip(" ,.:;“”\"‘’")
    low = cleaned.lower()
    if not cleaned:
        return Resolution(None, 0.0)
    if cleaned.isupper() and len(cleaned) > 2:  # a transcript's "PENCE": the name as the article gives it
        known = registry.full_names.get(cleaned.title())
        return Resolution(known or cleaned.title(), 0.8, named=True)
    if cleaned.startswith("@"):
        name = registry.from_handle(cleaned)
        return Resolution(name or cleaned, 0.8 if name else 0.6)
    if low in PERSON_PRONOUNS or low == "who":
        return Resolution(last_person, 0.7) if last_person else Resolution(None, 0.0)
    if low in PRONOUNS:
        return Resolution(None, 0.0)
    runs = name_runs(cleaned)
    tail = cleaned[runs[-1][1]:].strip(" ,’'s") if runs else ""
    if runs and not tail:  # the head of the phrase is a name: "Sen. Ann Lee", "a spokesman, Tom Wu"
        name = runs[-1][2]
        known = _is_person_name(name) or name in registry.full_names
        return Resolution(registry.canonical_name(name), 0.9 if known else 0.8, named=True)
    words = low.split()
    if words and words[0] in ("the", "this") and words[-1] in ROLE_NOUNS and len(words) <= 4:
        return Resolution(last_person, 0.6) if last_person else Resolution(None, 0.0)
    if words and words[0] in ("the", "a", "an") and len(words) > 1:
        cleaned = cleaned.split(None, 1)[1]
    return Resolution(cleaned, 0.6)


def is_person(name: str | None, registry: Registry) -> bool:
    return bool(name) and _is_person_name(name or "")
