"""Paragraphs and sentences with character offsets; a quotation over several sentences stays one unit."""
from __future__ import annotations

import re
from dataclasses import dataclass

from quotetrail.dates import WEEKDAYS
from quotetrail.extract.lexicon import ABBREVIATIONS, SAY_FORMS, TAIL_PREPOSITIONS, TIME_STARTS
from quotetrail.extract.marks import Quote
from quotetrail.extract.settings import HEADING_MAX_WORDS, QUOTED_QUESTION_SPEAKER_WORDS

_PARAGRAPH_RE = re.compile(r"[^\n]+")
#: A unit longer than this (characters) is cut, at a space where there is one. The longest unit in
#: 34,524 sentences of news (three dev sets) has 2,071; longer ones are minified data, lists of
#: marks or names pasted as one line, on which every rule would otherwise compare each part with
#: every other (the cost and the statements of a unit grow with the square of its length).
MAX_UNIT_CHARS = 5_000
#: A sentence end: a full stop, question or exclamation mark (and closing marks) before a space and a capital,
#: or a full stop after a word of two lower-case letters right before a capitalised word ("he said.Kane said":
#: a page that lost the space). (Both forms start with the mark, matched first: a pattern that starts with a set of
#: characters is looked for only where one of them is, not tried at every position of the text.)
_BOUNDARY_RE = re.compile(r"[.!?](?:[.!?]*[\"”’')\]]*(?=\s+[\"“‘(\[]?[A-Z0-9@#“\"‘])|(?<=[a-z][a-z]\.)(?=[A-Z][a-z]))")
#: The words after a question or exclamation closed by its quote mark, up to a cue: "“…?” Ana Ortiz asked."
_CUE_AFTER_RE = re.compile(r"\s+((?:[A-Z][\w.’'\-]*\s+){1,%d})([a-z]+)(?:\s*[.,;]|\s+([A-Za-z]+))" % QUOTED_QUESTION_SPEAKER_WORDS)


#: Last characters of a paragraph that ends as a sentence does (a heading ends with none of them).
_SENTENCE_ENDS = tuple(".!?:;…\"”’')]")
_DOUBLE_MARKS = ("\"", "“", "”")


def section_headings(text: str) -> list[tuple[int, int]]:
    """The section headings inside a body (not annotated, so no statements): a paragraph after the first
    of at most ``HEADING_MAX_WORDS`` words, with no closing punctuation and no double quote mark, between
    two paragraphs that end as sentences do (so the items of a list are not headings)."""
    paras = [(m.start(), m.end(), m.group().strip()) for m in _PARAGRAPH_RE.finditer(text) if m.group().strip()]
    out = []
    for k in range(1, len(paras) - 1):
        start, end, para = paras[k]
        if para.endswith(_SENTENCE_ENDS) or len(para.split()) > HEADING_MAX_WORDS or any(m in para for m in _DOUBLE_MARKS):
            continue
        if paras[k - 1][2].endswith(_SENTENCE_ENDS) and paras[k + 1][2].endswith(_SENTENCE_ENDS):
            out.append((start, end))
    return out


@dataclass(frozen=True)
class Unit:
    """A sentence (or several, when one quotation spans them) inside paragraph ``para``."""

    start: int
    end: int
    para: int


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the full stop at ``dot`` ends an abbreviation or an initial, not a sentence."""
    if text[dot] != ".":
        return False
    j = dot
    while j > 0 and (text[j - 1].isalnum() or text[j - 1] == "."):
        j -= 1
    word = text[j:dot].lower()
    if not word:
        return False
    if len(word) == 1 and word.isalpha():
        return True  # an initial: "J. Smith", "U.S."
    return word in ABBREVIATIONS or word.rstrip(".") in ABBREVIATIONS


def _cue_follows(text: str, m: re.Match[str], end: int) -> bool:
    """A question or exclamation in quote marks (``?”``) followed by its speaker's name and a cue that
    reports it: the cue ends its clause or an adverbial follows ("Ortiz asked.", "Ortiz said on Monday", "… said Friday";
    not "He said he did" nor "Ortiz replied: “…”": a statement of its own)."""
    if m.group()[0] not in "?!" or m.group()[-1] not in "\"”’'":
        return False
    after = _CUE_AFTER_RE.match(text, m.end(), end)
    return after is not None and after.group(2) in SAY_FORMS and (
        after.group(3) is None or after.group(3) in TAIL_PREPOSITIONS or after.group(3) in TIME_STARTS
        or after.group(3) in WEEKDAYS)  # "… said Friday"; not "… said Today": a capital opens the next sentence


def _sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    cursor = start
    for m in _BOUNDARY_RE.finditer(text, start, end):
        first_dot = m.start()
        if _is_abbreviation(text, first_dot) and m.group().startswith(".") and len(m.group()) == 1:
            continue
        if _cue_follows(text, m, end):
            continue  # "“Why now?” Ana Ortiz asked.": the quotation and its cue are one sentence
        stop = m.end()
        spans.append((cursor, stop))
        cursor = stop
        while cursor < end and text[cursor].isspace():
            cursor += 1
    if cursor < end:
        spans.append((cursor, end))
    return [(s, e) for s, e in spans if e > s]


def split_units(text: str, quotes: list[Quote]) -> list[Unit]:
    """Sentences of every paragraph; sentences joined where one quotation runs across them.

    ``quotes`` must be sorted by their opening mark (as ``marks.find_quotes`` returns them).
    """
    units: list[Unit] = []
    q_index = 0
    for para_index, para in enumerate(_PARAGRAPH_RE.finditer(text)):
        p_start, p_end = para.span()
        if not para.group().strip():
            continue
        while q_index < len(quotes) and quotes[q_index].open < p_start:
            q_index += 1
        merged: list[list[int]] = []
        reach = -1  # the furthest end of a quotation opened in the current unit
        k = q_index
        for s, e in _sentence_spans(text, p_start, p_end):
            if merged and reach >= merged[-1][1]:
                merged[-1][1] = e
            else:
                merged.append([s, e])
                reach = -1
            while k < len(quotes) and quotes[k].open < merged[-1][1]:
                if quotes[k].open >= merged[-1][0]:
                    reach = max(reach, quotes[k].end)
                k += 1
        units.extend(Unit(a, b, para_index) for s, e in merged for a, b in _capped(text, s, e))
    return units


def _capped(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``[start, end)`` in pieces of at most MAX_UNIT_CHARS, each cut after the last space it holds."""
    pieces = []
    while end - start > MAX_UNIT_CHARS:
        cut = text.rfind(" ", start + 1, start + MAX_UNIT_CHARS) + 1 or start + MAX_UNIT_CHARS
        pieces.append((start, cut))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        pieces.append((start, end))
    return pieces
