"""Text cut into labelled pieces for the templates: article text with statements, search matches.

Nothing here builds HTML. Each function returns plain pieces (text plus what it is), and the
templates print every piece through Jinja's autoescaping, so article text can never become markup.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Piece:
    """A run of article text and what covers it."""

    text: str
    statements: tuple[int, ...] = ()  # ids of the statements this text is part of, innermost last
    cue: bool = False
    speaker: bool = False
    boilerplate: bool = False
    ends: list[dict[str, Any]] = field(default_factory=list)  # statements that end right after this piece


def _valid(start: Any, end: Any, size: int) -> bool:
    return isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= size


def article_pieces(text: str, statements: Sequence[dict[str, Any]],
                   boilerplate: Iterable[Sequence[Any]] = ()) -> list[Piece]:
    """Cut ``text`` at every statement, cue, speaker-mention and boilerplate boundary.

    Statements may overlap or nest; each piece lists all statements covering it. A quote split by
    its cue covers its ``parts`` only, so its cue is not marked as what was said. Offsets that do
    not fit the text (a damaged row) are ignored rather than breaking the page.
    """
    size = len(text)
    spans: list[tuple[int, int, str, dict[str, Any] | None]] = []
    ending: dict[int, list[dict[str, Any]]] = {}
    for s in statements:
        said = [(a, b) for a, b in s.get("parts") or [(s["start"], s["end"])] if _valid(a, b, size)]
        spans += [(a, b, "statement", s) for a, b in said]
        if said:
            ending.setdefault(said[-1][1], []).append(s)
        if _valid(s.get("cue_start"), s.get("cue_end"), size):
            spans.append((s["cue_start"], s["cue_end"], "cue", None))
        if _valid(s.get("speaker_start"), s.get("speaker_end"), size):
            spans.append((s["speaker_start"], s["speaker_end"], "speaker", None))
    for item in boilerplate:
        if len(item) >= 2 and _valid(item[0], item[1], size):
            spans.append((item[0], item[1], "boilerplate", None))
    cuts = sorted({0, size, *(s for s, _, _, _ in spans), *(e for _, e, _, _ in spans)})
    position = {cut: i for i, cut in enumerate(cuts)}
    covering: list[list[tuple[str, dict[str, Any] | None]]] = [[] for _ in cuts[1:]]
    for start, end, what, s in spans:
        for i in range(position[start], position[end]):
            covering[i].append((what, s))
    pieces: list[Piece] = []
    for i, (left, right) in enumerate(zip(cuts, cuts[1:], strict=False)):
        here = covering[i]
        statements_here = sorted((st for w, st in here if w == "statement" and st),
                                 key=lambda st: (st["start"], -st["end"]))
        pieces.append(Piece(
            text=text[left:right],
            statements=tuple(st["id"] for st in statements_here),
            cue=any(w == "cue" for w, _ in here),
            speaker=any(w == "speaker" for w, _ in here),
            boilerplate=any(w == "boilerplate" for w, _ in here),
            ends=sorted(ending.get(right, []), key=lambda st: -st["start"]),
        ))
    return pieces


def marked_pieces(text: str, spans: Iterable[Sequence[int]]) -> list[tuple[str, bool]]:
    """``text`` as (piece, is_match) runs, for search results with highlighted matches."""
    runs: list[tuple[str, bool]] = []
    pos = 0
    for start, end in sorted((int(s), int(e)) for s, e in spans):
        start, end = max(start, pos), min(end, len(text))
        if start >= end:
            continue
        if start > pos:
            runs.append((text[pos:start], False))
        runs.append((text[start:end], True))
        pos = end
    if pos < len(text):
        runs.append((text[pos:], False))
    return runs
