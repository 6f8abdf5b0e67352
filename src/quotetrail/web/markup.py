"""Text cut into labelled pieces for the templates: article text with statements, matches, word diffs.

Nothing here builds HTML. Each function returns plain pieces (text plus what it is), and the
templates print every piece through Jinja's autoescaping, so article text can never become markup.
"""
from __future__ import annotations

import difflib
import re
import string
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


# -- word-level diff ---------------------------------------------------------------------------
_TOKEN = re.compile(r"\S+\s*|\s+")
_QUOTE_MARKS = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "„": '"', "«": '"', "»": '"'})
_EDGE_PUNCT = string.punctuation + "“”‘’„«»…—–"


def _word_key(token: str) -> str:
    """What two words must share to count as the same word: case, quote style and edge punctuation aside."""
    word = token.strip().translate(_QUOTE_MARKS).casefold()
    return word.strip(_EDGE_PUNCT) or word


def word_diff(root: str, variant: str) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """Word-level diff of a variant against the root wording, for showing the two side by side.

    Returns ``(root_runs, variant_runs)``: runs of (text, tag). Root tags: ``same``, ``removed``, or
    ``cut`` for root words before or after everything the variant quotes (a quote cut short is not
    a changed quote); variant tags: ``same`` or ``added``. Words that differ only in case, quote
    marks or edge punctuation count as the same, as changes to those do not change what was said.
    """
    a, b = _TOKEN.findall(root), _TOKEN.findall(variant)
    matcher = difflib.SequenceMatcher(None, [_word_key(t) for t in a], [_word_key(t) for t in b], autojunk=False)
    opcodes = matcher.get_opcodes()
    left: list[tuple[str, str]] = []
    right: list[tuple[str, str]] = []
    for index, (tag, i1, i2, j1, j2) in enumerate(opcodes):
        if tag == "equal":
            _append(left, "".join(a[i1:i2]), "same")
            _append(right, "".join(b[j1:j2]), "same")
            continue
        at_edge = index == 0 or index == len(opcodes) - 1
        _append(left, "".join(a[i1:i2]), "cut" if tag == "delete" and at_edge and len(opcodes) > 1 else "removed")
        _append(right, "".join(b[j1:j2]), "added")
    return left, right


def _append(runs: list[tuple[str, str]], text: str, tag: str) -> None:
    """Add a run, merging with the previous one of the same tag; a change's trailing space is not marked."""
    if not text:
        return
    if tag != "same" and text != text.rstrip():
        _append(runs, text.rstrip(), tag)
        _append(runs, text[len(text.rstrip()):], "same")
        return
    if runs and runs[-1][1] == tag:
        runs[-1] = (runs[-1][0] + text, tag)
    else:
        runs.append((text, tag))


def changed_words(runs: Iterable[tuple[str, str]]) -> int:
    """Words removed or added (words cut from either end of the quote do not count)."""
    return sum(len(text.split()) for text, tag in runs if tag in ("removed", "added"))
