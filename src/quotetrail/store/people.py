"""People: the canonical speakers of all articles merged into one row per person or body.

Each article names its speakers by itself (``speakers``, ``statements.speaker``); a person is
those per-article names joined when

- they are the same name, ignoring case, dots and spacing ("Alec Baldwin", "alec  baldwin"); a
  one-word name that is also the last word of a fuller name ("Baldwin") only within its story;
- they share a handle (``@AlecBaldwin``), ignoring case and the ``@``;
- one is a single word (an article that only says "Baldwin") and, in the same story (or the same
  article, for an article in no story), exactly one fuller name ends with that word. Two
  candidates ("Alec Baldwin", "Stephen Baldwin") join neither: never a guess.

The person's name is the fullest of its names (most words, then most statements). The merge is
recomputed over the whole corpus (``rebuild_people``), which corpus linking does at its end, after
the stories that the surname rule reads.
"""
from __future__ import annotations

import json
import sqlite3
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Unit:
    """One canonical speaker of one article."""

    article_id: int
    name: str
    handles: frozenset[str] = frozenset()
    story: int | None = None
    statements: int = 0
    aliases: frozenset[str] = frozenset()


def name_key(name: str) -> str:
    """A name folded for comparison: Unicode NFKC, case, dots and spacing."""
    return " ".join(unicodedata.normalize("NFKC", name).casefold().replace(".", " ").split())


def handle_key(handle: str) -> str:
    return unicodedata.normalize("NFKC", handle).strip().lstrip("@").casefold()


class _Groups:
    """Union-find over unit indices."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, items: Sequence[int]) -> None:
        for other in items[1:]:
            a, b = self.find(items[0]), self.find(other)
            if a != b:
                self.parent[max(a, b)] = min(a, b)


def scope(unit: Unit) -> tuple[str, int]:
    """Where a surname rule looks: the unit's story, or its article for an article in no story."""
    return ("story", unit.story) if unit.story is not None else ("article", unit.article_id)


def surname(key: str) -> str | None:
    """The last word of a folded name of more than one word."""
    return key.rsplit(" ", 1)[1] if " " in key else None


def join_keys(unit: Unit, key: str, is_surname: bool) -> list[tuple[Any, ...]]:
    """The keys that join ``unit`` (name folded as ``key``) to every other unit holding one of them:
    its name and its handles. ``is_surname``: the key is some fuller name's last word anywhere in
    the corpus; such a one-word name may be another person elsewhere, so it is the same name only
    within its scope."""
    where = scope(unit) if " " not in key and is_surname else ()
    return [("name", key, *where)] + [("handle", h) for h in dict.fromkeys(map(handle_key, unit.handles)) if h]


def scope_joins(keys: Sequence[str]) -> list[list[int]]:
    """The surname rule within one scope, given its units' folded names: positions to join, a
    surname-only name with the first unit of the one fuller name ending in that word."""
    names: dict[str, list[int]] = defaultdict(list)
    for i, key in enumerate(keys):
        names[key].append(i)
    joins = []
    for key, members in names.items():
        if " " in key or not key:
            continue
        fuller = [full for full in names if surname(full) == key]
        if len(fuller) == 1:
            joins.append([*members, names[fuller[0]][0]])
    return joins


def merge_people(units: Sequence[Unit]) -> list[list[int]]:
    """The units of each person (lists of indices into ``units``), in order of their first unit."""
    groups = _Groups(len(units))
    keys = [name_key(unit.name) for unit in units]
    surnames = {surname(key) for key in keys} - {None}
    by_key: dict[tuple[Any, ...], list[int]] = defaultdict(list)
    by_scope: dict[tuple[str, int], list[int]] = defaultdict(list)
    for i, unit in enumerate(units):
        for key in join_keys(unit, keys[i], keys[i] in surnames):
            by_key[key].append(i)
        by_scope[scope(unit)].append(i)
    for members in by_key.values():
        groups.join(members)
    for members in by_scope.values():
        for joined in scope_joins([keys[i] for i in members]):
            groups.join([members[j] for j in joined])
    people: dict[int, list[int]] = defaultdict(list)
    for i in range(len(units)):
        people[groups.find(i)].append(i)
    return sorted(people.values(), key=lambda members: members[0])


def person_name(units: Sequence[Unit], members: Sequence[int]) -> str:
    """The fullest name of a person's units: most words, then most statements, then the first."""
    said: Counter[str] = Counter()
    for i in members:
        said[units[i].name] += units[i].statements
    names = list(dict.fromkeys(units[i].name for i in members))
    return max(names, key=lambda name: (len(name_key(name).split()), said[name], -names.index(name)))


def person_terms(units: Sequence[Unit], members: Sequence[int]) -> list[str]:
    """Every way a person is named: the names, aliases and handles of its units, sorted."""
    return sorted({term for i in members for term in (units[i].name, *units[i].aliases, *units[i].handles)})


def article_units(article_id: int, story: int | None, speakers: Iterable[tuple[str, Iterable[str], Iterable[str]]],
                  said: Iterable[tuple[str, str | None, int]]) -> list[Unit]:
    """The units of one article, by name: from its ``speakers`` rows (name, aliases, handles) and
    the (speaker, handle, number of statements) of its statements that name a speaker."""
    handles: dict[str, set[str]] = defaultdict(set)
    aliases: dict[str, set[str]] = defaultdict(set)
    counts: Counter[str] = Counter()
    for name, named, found in speakers:
        handles[name].update(found)
        aliases[name].update(named)
    for name, handle, n in said:
        handles[name].update([handle] if handle else [])
        counts[name] += n
    return [Unit(article_id, name, frozenset(found), story, counts[name], frozenset(aliases.get(name, ())))
            for name, found in sorted(handles.items())]


def _units(conn: sqlite3.Connection) -> list[Unit]:
    story = {r[0]: r[1] for r in conn.execute(
        "SELECT a.id, m.story_id FROM story_members m JOIN articles a ON a.doc = m.doc")}
    speakers: dict[int, list[tuple[str, list[str], list[str]]]] = defaultdict(list)
    said: dict[int, list[tuple[str, str | None, int]]] = defaultdict(list)
    for article_id, name, named, found in conn.execute("SELECT article_id, name, aliases, handles FROM speakers"):
        speakers[article_id].append((name, json.loads(named), json.loads(found)))
    for article_id, name, handle, n in conn.execute(
            "SELECT article_id, speaker, handle, count(*) FROM statements WHERE speaker IS NOT NULL"
            " GROUP BY article_id, speaker, handle"):
        said[article_id].append((name, handle, n))
    return [unit for article_id in sorted(speakers.keys() | said.keys())
            for unit in article_units(article_id, story.get(article_id), speakers[article_id], said[article_id])]


def rebuild_people(conn: sqlite3.Connection) -> int:
    """Recompute ``people``, ``person_names`` and ``person_terms`` from the whole corpus; returns the
    number of people.

    Runs in the caller's transaction (corpus linking's), so readers see the old people or the new.
    """
    units = _units(conn)
    for table in ("person_terms", "person_names", "people"):
        conn.execute(f"DELETE FROM {table}")
    people = merge_people(units)
    for members in people:
        person = conn.execute("INSERT INTO people(name) VALUES (?)", (person_name(units, members),)).lastrowid
        conn.executemany("INSERT INTO person_names(article_id, name, person_id) VALUES (?, ?, ?)",
                         [(units[i].article_id, units[i].name, person) for i in members])
        conn.executemany("INSERT INTO person_terms(person_id, term) VALUES (?, ?)",
                         [(person, term) for term in person_terms(units, members)])
    return len(people)
