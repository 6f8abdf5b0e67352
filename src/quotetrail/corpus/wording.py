"""Quote units of an article and the word forms they are compared by.

A *unit* is one sentence of an article's text, cut where quote marks open or close, so a
sentence that mixes an attribution with quoted words gives a quoted unit and a plain one. Units
come from the text itself, not from the extractor's statements: a quote the extractor missed or
gave to the wrong speaker is still compared by its words.

Words are compared in a *canonical* form in which the harmless differences between outlets
vanish: case, quote-mark style, apostrophes ("it's" = "its"), hyphenation ("long-term" =
"long term") and British/American spelling ("colour" = "color", "organise" = "organize").
"""
from __future__ import annotations

import re
from functools import cached_property, lru_cache

from quotetrail.corpus.text import STOPWORDS, fold

ELLIPSIS = "\u2026"
#: Units shorter than this many words ("he said", "no idea") say nothing across articles.
MIN_UNIT_WORDS = 3
#: Content words are compared by their first letters, so "started"/"starts" or "warn"/"warning" meet.
STEM_CHARS = 5

_TOKEN = re.compile(r"\.\.\.|…|[^\W_]+(?:'[^\W_]+)*", re.UNICODE)
_SENTENCE_END = re.compile(r"(?<=[.!?])[)\]]*\s+")
_PARAGRAPH = re.compile(r"[^\n]+")
#: A single-quoted span; an apostrophe between letters ("it's") does not close it.
_SINGLE_QUOTED = re.compile(r"(?<![\w])'((?:[^'\n]|(?<=\w)'(?=\w)){3,}?)'(?![\w])")
_OPEN, _CLOSE = "\u201c", "\u201d"
_MARK = re.compile('[\u201c\u201d"]')
_STOP = STOPWORDS | {w.replace("'", "") for w in STOPWORDS}

#: British -> American spelling endings, applied only to words at least ``_SPELLING_MIN`` long
#: (so "four", "rise" and "filled" are left alone).
_SPELLING = ((re.compile(r"our(s|ed|ing|er|ers|ite|ites|able|hood|hoods|ful|less)?$"), r"or\1"),
             (re.compile(r"is(e|es|ed|ing|ation|ations)$"), r"iz\1"),
             (re.compile(r"ys(e|es|ed|ing)$"), r"yz\1"),
             (re.compile(r"tre(s)?$"), r"ter\1"),
             (re.compile(r"ogue(s)?$"), r"og\1"),
             (re.compile(r"ence$"), "ense"),
             (re.compile(r"ll(ed|ing|er|ers)$"), r"l\1"))
_SPELLING_MIN = (6, 6, 6, 5, 7, 7, 8)
_SPELLING_ANY = re.compile("|".join(p.pattern for p, _ in _SPELLING))


@lru_cache(maxsize=1 << 17)
def canonical(word: str) -> str:
    """A lower-cased word without apostrophes, in American spelling."""
    w = word.lower().replace("'", "")
    if len(w) < 5 or not _SPELLING_ANY.search(w):
        return w
    for (pattern, repl), least in zip(_SPELLING, _SPELLING_MIN):
        if len(w) >= least:
            changed = pattern.sub(repl, w)
            if changed != w:
                return changed
    return w


def tokens(text: str) -> list[str]:
    """The words of a text as written (hyphenated words split), an ellipsis kept as ``…``."""
    return [ELLIPSIS if t in ("...", ELLIPSIS) else t for t in _TOKEN.findall(fold(text))]


@lru_cache(maxsize=1 << 17)
def _forms(written: str) -> tuple[str, str | None]:
    """A written word's canonical form and its stem (None for a stopword, or a contraction of one
    such as "didn't" or "we've")."""
    canon = canonical(written)
    if len(canon) < 2 or canon in _STOP or written.split("'")[0].lower() in STOPWORDS:
        return canon, None
    return canon, canon[:STEM_CHARS]


class Unit:
    """One sentence piece of an article, inside quote marks or not. Its stems are computed at once
    (every unit is indexed by them); its word lists only when it is compared."""

    __slots__ = ("article", "start", "end", "text", "quoted", "stems", "_written", "__dict__")

    def __init__(self, article: int, start: int, end: int, text: str, quoted: bool, written: list[str]) -> None:
        self.article, self.start, self.end, self.text, self.quoted = article, start, end, text, quoted
        self._written = written  # words as written, ellipses kept as ``ELLIPSIS``
        self.stems = frozenset(filter(None, map(_stem, written)))

    def __repr__(self) -> str:
        return f"Unit({self.article}, {self.start}, {self.end}, {self.text!r}, quoted={self.quoted})"

    @cached_property
    def words(self) -> list[str]:
        """The words as written, ellipses left out."""
        return [w for w in self._written if w != ELLIPSIS]

    @cached_property
    def canon(self) -> list[str]:
        """Canonical words with ellipses (``ELLIPSIS``) kept where they stood."""
        return [w if w == ELLIPSIS else _forms(w)[0] for w in self._written]

    @cached_property
    def plain(self) -> list[str]:
        return [w for w in self.canon if w != ELLIPSIS]

    @cached_property
    def names(self) -> frozenset[str]:
        """Canonical words written capitalised after the unit's first word."""
        return frozenset(_forms(w)[0] for w in self.words[1:] if w[0].isupper() and w != "I")


@lru_cache(maxsize=1 << 17)
def _stem(written: str) -> str | None:
    return None if written == ELLIPSIS else _forms(written)[1]


def _opens(paragraph: str, i: int) -> bool:
    """Whether the quote mark at ``i`` opens a quote: curly marks say so; a straight one opens
    when it follows a space (or starts the text) and is followed by a word."""
    ch = paragraph[i]
    if ch in (_OPEN, _CLOSE):
        return ch == _OPEN
    before = paragraph[i - 1] if i else " "
    after = paragraph[i + 1] if i + 1 < len(paragraph) else " "
    return (before.isspace() or before in "([") and not after.isspace()


def _quoted_regions(paragraph: str) -> list[tuple[int, int]]:
    """Spans inside double quote marks (curly or straight). A quote still open where another
    opens (a quote running over paragraphs whose breaks were lost) ends there; an unclosed mark
    runs to the end."""
    regions: list[tuple[int, int]] = []
    opened: int | None = None
    for mark in _MARK.finditer(paragraph):
        i = mark.start()
        if _opens(paragraph, i):
            if opened is not None:
                regions.append((opened, i - 1))
            opened = i + 1
        elif opened is not None:
            regions.append((opened, i))
            opened = None
    if opened is not None:
        regions.append((opened, len(paragraph)))
    if not regions:
        plain = paragraph.replace("\u2018", "'").replace("\u2019", "'")
        regions = [(m.start(1), m.end(1)) for m in _SINGLE_QUOTED.finditer(plain)]
    return regions


def _pieces(paragraph: str) -> list[tuple[int, int, bool]]:
    out: list[tuple[int, int, bool]] = []
    at = 0
    for start, end in _quoted_regions(paragraph):
        if start - 1 > at:
            out.append((at, start - 1, False))
        out.append((start, end, True))
        at = end + 1
    if at < len(paragraph):
        out.append((at, len(paragraph), False))
    return out


def article_units(article: int, text: str) -> list[Unit]:
    """Every sentence piece of ``text`` with at least ``MIN_UNIT_WORDS`` words, in text order."""
    units: list[Unit] = []
    for para in _PARAGRAPH.finditer(text):
        body = para.group()
        for p_start, p_end, quoted in _pieces(body):
            at = p_start
            for cut in [m for m in _SENTENCE_END.finditer(body, p_start, p_end)] + [None]:
                s_end = cut.start() if cut else p_end
                _add(units, article, text, para.start() + at, para.start() + s_end, quoted)
                at = cut.end() if cut else p_end
    return units


def _add(units: list[Unit], article: int, text: str, start: int, end: int, quoted: bool) -> None:
    piece = text[start:end]
    stripped = piece.strip(" ,;:-\u2013\u2014")
    if not stripped:
        return
    start += piece.index(stripped)
    end = start + len(stripped)
    written = tokens(stripped)
    if len(written) - written.count(ELLIPSIS) < MIN_UNIT_WORDS:
        return
    units.append(Unit(article, start, end, stripped, quoted, written))
