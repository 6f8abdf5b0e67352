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
from collections.abc import Iterable, Mapping, Sequence
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


def merge_people(units: Sequence[Unit]) -> list[list[int]]:
    """The units of each person (lists of indices into ``units``), in order of their first unit."""
    groups = _Groups(len(units))
    keys = [name_key(unit.name) for unit in units]
    surnames = {key.rsplit(" ", 1)[1] for key in keys if " " in key}
    scopes = [("story", u.story) if u.story is not None else ("article", u.article_id) for u in units]
    by_key: dict[tuple[Any, ...], list[int]] = defaultdict(list)
    for i, unit in enumerate(units):
        # a one-word name that is some full name's last word may be another person elsewhere:
        # it is the same name only within its story
        where = scopes[i] if " " not in keys[i] and keys[i] in surnames else ()
        by_key["name", keys[i], *where].append(i)
        for handle in unit.handles:
            if handle_key(handle):
                by_key["handle", handle_key(handle)].append(i)
    for members in by_key.values():
        groups.join(members)
    # surname-only names join the one fuller name of the same story ending in that word
    story_names: dict[tuple[str, int], dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for i in range(len(units)):
        story_names[scopes[i]][keys[i]].append(i)
    for names in story_names.values():
        for key, members in names.items():
            if " " in key or not key:
                continue
            fuller = [full for full in names if " " in full and full.rsplit(" ", 1)[1] == key]
            if len(fuller) == 1:
                groups.join([*members, names[fuller[0]][0]])
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


SpeakerRow = tuple[int, str, Sequence[str], Sequence[str]]  # (article id, name, aliases, handles)
SaidRow = tuple[int, str, str | None, int]  # (article id, speaker, handle, statements)


def build_units(story: Mapping[int, int], speakers: Iterable[SpeakerRow], said: Iterable[SaidRow]) -> list[Unit]:
    """The units of ``merge_people`` from an article's story (article id -> story id), its
    ``speakers`` rows and the counts of its statements by speaker and handle (``said``); the rows
    may come in any order (the store's, or a Spark job's)."""
    handles: dict[tuple[int, str], set[str]] = defaultdict(set)
    aliases: dict[tuple[int, str], set[str]] = defaultdict(set)
    counts: Counter[tuple[int, str]] = Counter()
    for article_id, name, named, found in speakers:
        handles[article_id, name].update(found)
        aliases[article_id, name].update(named)
    for article_id, name, handle, n in said:
        handles[article_id, name].update([handle] if handle else [])
        counts[article_id, name] += n
    return [Unit(article_id, name, frozenset(found), story.get(article_id), counts[article_id, name],
                 frozenset(aliases.get((article_id, name), ())))
            for (article_id, name), found in sorted(handles.items())]


def person_names(units: Sequence[Unit]) -> dict[tuple[int, str], str]:
    """(article id, speaker name there) -> the name of the person it is."""
    return {(units[i].article_id, units[i].name): person_name(units, members)
            for members in merge_people(units) for i in members}


def _units(conn: sqlite3.Connection) -> list[Unit]:
    story = {r[0]: r[1] for r in conn.execute(
        "SELECT a.id, m.story_id FROM story_members m JOIN articles a ON a.doc = m.doc")}
    speakers = [(article_id, name, json.loads(named), json.loads(found)) for article_id, name, named, found in
                conn.execute("SELECT article_id, name, aliases, handles FROM speakers")]
    said = conn.execute("SELECT article_id, speaker, handle, count(*) FROM statements WHERE speaker IS NOT NULL"
                        " GROUP BY article_id, speaker, handle").fetchall()
    return build_units(story, speakers, said)


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
        terms = {term for i in members for term in (units[i].name, *units[i].aliases, *units[i].handles)}
        conn.executemany("INSERT INTO person_terms(person_id, term) VALUES (?, ?)",
                         [(person, term) for term in sorted(terms)])
    return len(people)
