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

from quotetrail.extract.lexicon import NOT_NAMES, PERSON_PRONOUNS, PRONOUNS, ROLE_NOUNS, TITLES
from quotetrail.types import Speaker

_NAME_WORD = r"(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Prof|Rev|St|Jr|Sr)\.|[A-Z]\.|[A-Z][\w’'\-]*|@\w+)"
_NAME_RUN_RE = re.compile(_NAME_WORD + r"(?:[ \t]+(?:" + _NAME_WORD + r"|de|van|von|da|bin|al|del|la|le))*")
_CAMEL_RE = re.compile(r"[A-Z][a-z]+")
_POSSESSIVE_RE = re.compile(r"[’']s?$")


def _name_tokens(run: str) -> list[str]:
    words = [_POSSESSIVE_RE.sub("", w) for w in run.split()]
    while words and (words[0].lower().rstrip(".") in TITLES or words[0].lower() in NOT_NAMES
                     or words[0].lower() in TITLES):
        words = words[1:]
    return words


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
        reg = cls()
        for _, _, name in name_runs(text):
            words = name.split()
            if len(words) < 2 or len(words) > 4:
                continue
            reg.squashed.setdefault(name.replace(" ", "").lower(), name)
            last = words[-1]
            current = reg.full_names.get(last)
            if current is None or len(name) > len(current):
                reg.full_names[last] = name
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
    return 2 <= len(name.split()) <= 4


@dataclass(frozen=True)
class Resolution:
    name: str | None
    confidence: float  # how sure the name is, 0..1


def resolve(mention: str, registry: Registry, last_person: str | None) -> Resolution:
    """Canonical name of a speaker mention, given the last named person speaker before it."""
    cleaned = mention.strip(" ,.:;“”\"‘’")
    low = cleaned.lower()
    if not cleaned:
        return Resolution(None, 0.0)
    if cleaned.startswith("@"):
        name = registry.from_handle(cleaned)
        return Resolution(name or cleaned, 0.8 if name else 0.6)
    if low in PERSON_PRONOUNS or low == "who":
        return Resolution(last_person, 0.7) if last_person else Resolution(None, 0.0)
    if low in PRONOUNS:
        return Resolution(None, 0.0)
    runs = name_runs(cleaned)
    lead = low.split()[0] if low.split() else ""
    if runs and not (lead in ("a", "an") and not cleaned.split()[1][:1].isupper()):
        name = runs[-1][2]
        return Resolution(registry.canonical_name(name), 0.9 if _is_person_name(name) or name in registry.full_names else 0.8)
    words = low.split()
    if words and words[0] in ("the", "this") and words[-1] in ROLE_NOUNS and len(words) <= 4:
        return Resolution(last_person, 0.6) if last_person else Resolution(None, 0.0)
    return Resolution(cleaned, 0.6)


def is_person(name: str | None, registry: Registry) -> bool:
    return bool(name) and (name in registry.full_names.values() or _is_person_name(name or ""))
