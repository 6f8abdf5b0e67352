"""Quote marks: find them, tell apostrophes from quotes, and pair them locally.

Pairing is done paragraph by paragraph, so one broken mark never costs the rest of the article:
- a curly opening mark closes only with a curly closing mark (a straight mark inside a curly
  quotation is a stray); a straight opening mark closes with either;
- an opening mark followed by another opening mark of its kind (before any close) is a stray and
  is dropped;
- a closing mark with nothing open is a stray and is dropped;
- a mark still open at the end of its paragraph runs to the paragraph end (the convention for
  quotations over several paragraphs: each paragraph reopened, only the last closed). Such a
  quotation is ``closed=False``.
Single marks are only paired outside double quotations (headlines use them as the main marks);
inside a double quotation they are nested quotes and belong to it.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from itertools import islice

from quotetrail.extract.lexicon import TITLE_SMALL_WORDS
from quotetrail.extract.settings import MAX_TITLE_WORDS, MIN_SPEECH_WORDS

OPEN_DOUBLE = "“„«"
CLOSE_DOUBLE = "”»"
OPEN_SINGLE = "‘"
CLOSE_SINGLE = "’"

#: Punctuation right before a straight mark that lets it close a curly opening ("“A," she said).
_CLOSING_PUNCTUATION = ",.?!"
_MARK_RE = re.compile(r"[“”„«»\"‘’]")
_PARAGRAPH_RE = re.compile(r"[^\n]+")
_WORD_RE = re.compile(r"\w+(?:[’'\-]\w+)*")


@dataclass(frozen=True)
class Quote:
    """A quotation: ``start``/``end`` is its content without the marks."""

    open: int  # position of the opening mark
    close: int | None  # position of the closing mark, None when it runs to the paragraph end
    start: int
    end: int
    double: bool = True

    @property
    def closed(self) -> bool:
        return self.close is not None

    @property
    def outer_end(self) -> int:
        return self.close + 1 if self.close is not None else self.end


class UnitQuotes(list[Quote]):
    """The quotations of one unit, sorted by opening mark, with lookups that need no scan of them all.

    Each mark closes at most one quotation (doubles pair one after another, singles only outside
    doubles), so a closing position names one quotation.
    """

    def __init__(self, quotes: list[Quote], text: str) -> None:
        super().__init__(quotes)
        self.opens: list[int] = []
        self._by_close: dict[int, Quote] = {}
        self._speech: list[int] = []
        self._doubles: list[int] = []
        self._singles: list[int] = []
        for i, q in enumerate(quotes):  # one loop, and none for the many units that quote nothing
            self.opens.append(q.open)
            if q.close is not None:
                self._by_close[q.close] = q
            if not is_title_like(text[q.start:q.end]):
                self._speech.append(i)
            (self._doubles if q.double else self._singles).append(i)
        self._is_speech = set(self._speech)

    def speech_in(self, lo: int, hi: int) -> tuple[Quote | None, Quote | None, int]:
        """The first and last quotation that is not a title, and how many, among those opening in
        ``[lo, hi)`` that start by ``hi`` and end by ``hi + 2``.

        Only the last double and the last single opening before ``hi`` can run past it (each kind
        pairs one quotation after another), so at most those two are left out.
        """
        if not self._speech:
            return None, None, 0  # (most units quote nothing)
        a, b = bisect_left(self.opens, lo), bisect_left(self.opens, hi)
        out: set[int] = set()
        for kind in (self._doubles, self._singles):
            k = bisect_left(kind, b) - 1
            if k >= 0 and kind[k] >= a and not (self[kind[k]].start < hi + 1 and self[kind[k]].end <= hi + 2):
                out.add(kind[k])
        lo_i, hi_i = bisect_left(self._speech, a), bisect_left(self._speech, b)
        kept = [i for i in self._speech[lo_i:min(hi_i, lo_i + 3)] if i not in out]
        if not kept:
            return None, None, 0
        last = next(i for i in reversed(self._speech[max(lo_i, hi_i - 3):hi_i]) if i not in out)
        count = hi_i - lo_i - len(out & self._is_speech)
        return self[kept[0]], self[last], count

    def closing_at(self, pos: int) -> Quote | None:
        return self._by_close.get(pos)

    def opening_at(self, pos: int) -> Quote | None:
        """The quotation whose opening mark is at ``pos`` (one mark opens at most one)."""
        k = bisect_left(self.opens, pos)
        return self[k] if k < len(self.opens) and self.opens[k] == pos else None


def _is_letter(ch: str) -> bool:
    return ch.isalnum()


def _straight_role(text: str, i: int) -> str:
    """'open', 'close' or 'either' for a straight double mark at ``i``."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    opens = before.isspace() or before in "([{—–-/:" or before in OPEN_DOUBLE + OPEN_SINGLE
    closes = after.isspace() or after in ".,;:!?)]}—–-/" or after in CLOSE_DOUBLE + CLOSE_SINGLE
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return "either"


def _closes_here(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and (after.isspace() or after in ".,;:!?)")


def _opens_here(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "(―—–") and after.isalnum()


def _between_letters(text: str, i: int) -> bool:
    return 0 < i < len(text) - 1 and _is_letter(text[i - 1]) and _is_letter(text[i + 1])


def _is_apostrophe(text: str, i: int) -> bool:
    """A ’ between letters (didn’t), or after a plural s / before a year digit (’90s)."""
    if _between_letters(text, i):
        return True
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return after.isdigit() and not _is_letter(before)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _may_stay_open(text: str, p_start: int, pos: int, continued: bool) -> bool:
    """An unclosed mark is a quotation only where one can run on: it opens the paragraph or
    follows a colon or a sentence end, or the next paragraph reopens it, or the text ends."""
    lead = text[p_start:pos].rstrip()
    return continued or not lead or lead[-1] in ":.!?"


def _pair_double(text: str, p_start: int, p_end: int, marks: list[tuple[int, str]], continued: bool) -> list[Quote]:
    quotes: list[Quote] = []
    pending: tuple[int, str] | None = None  # (position, style) of the open mark
    inner = False  # a straight mark opened inside the pending curly quotation and not closed yet
    for pos, ch in marks:
        if ch in OPEN_DOUBLE and pending and pending[1] == "curly" and _closes_here(text, pos):
            quotes.append(Quote(pending[0], pos, pending[0] + 1, pos))  # a “ typed where ” was meant
            pending = None
        elif ch in OPEN_DOUBLE:
            pending, inner = (pos, "curly"), False  # an earlier pending open is a stray
        elif ch in CLOSE_DOUBLE and not pending and _opens_here(text, pos):
            pending = (pos, "curly")  # a ” typed where “ was meant: ” at the start of the words
        elif ch in CLOSE_DOUBLE:
            if pending:  # a straight opening mark may close with a curly one ("…,” said X)
                quotes.append(Quote(pending[0], pos, pending[0] + 1, pos))
                pending = None
        else:  # straight
            role = _straight_role(text, pos)
            if pending and pending[1] == "straight" and role != "open":
                quotes.append(Quote(pending[0], pos, pending[0] + 1, pos))
                pending = None
            elif pending and pending[1] == "curly":
                if role == "close" and not inner and text[pos - 1] in _CLOSING_PUNCTUATION:
                    quotes.append(Quote(pending[0], pos, pending[0] + 1, pos))  # “A," said X: a mixed pair
                    pending = None
                elif role == "open" or (role == "either" and not inner):
                    inner = True  # “A "B" C”: a straight quotation inside, not the close
                else:
                    inner = False
            elif role != "close":
                pending = (pos, "straight")
    if pending and _may_stay_open(text, p_start, pending[0], continued):
        start, end = _trim(text, pending[0] + 1, p_end)
        if end - start > 0:
            quotes.append(Quote(pending[0], None, start, end))
    return quotes


def _pair_single(text: str, p_end: int, marks: list[tuple[int, str]], inside: list[Quote]) -> list[Quote]:
    def covered(pos: int) -> bool:
        return any(q.open <= pos < q.outer_end for q in inside)

    quotes: list[Quote] = []
    pending: int | None = None
    for pos, ch in marks:
        if covered(pos):
            continue
        if ch == OPEN_SINGLE and not _between_letters(text, pos):  # "Kelce‘s": an apostrophe typed as ‘
            pending = pos
        elif ch == CLOSE_SINGLE and not _is_apostrophe(text, pos):
            if pending is not None:
                quotes.append(Quote(pending, pos, pending + 1, pos, double=False))
                pending = None
    return quotes


def find_quotes(text: str) -> list[Quote]:
    """Every quotation in ``text``, in order of its opening mark."""
    quotes: list[Quote] = []
    paragraphs = [m for m in _PARAGRAPH_RE.finditer(text) if m.group().strip()]
    for index, para in enumerate(paragraphs):
        p_start, p_end = para.span()
        marks = [(m.start() + p_start, m.group()) for m in _MARK_RE.finditer(para.group())]
        if not marks:
            continue
        following = paragraphs[index + 1].group().lstrip() if index + 1 < len(paragraphs) else None
        continued = following is None or following[:1] in OPEN_DOUBLE + "\""
        doubles = _pair_double(text, p_start, p_end, [(p, c) for p, c in marks if c not in "‘’"], continued)
        singles = _pair_single(text, p_end, [(p, c) for p, c in marks if c in "‘’"], doubles)
        quotes.extend(doubles)
        quotes.extend(singles)
    quotes.sort(key=lambda q: q.open)
    return quotes


def _first_words(content: str, n: int) -> list[str]:
    """The first ``n`` words of ``content``: a long quotation is not read to its end."""
    return [m.group() for m in islice(_WORD_RE.finditer(content), n)]


def is_title_like(content: str) -> bool:
    """Short and every word capitalised (the film “Rust”, “The Apprentice”): a name, not speech; not an exclamation
    (“Free Palestine!”, “Stop The Cuts!”: a chant)."""
    return not content.rstrip(" ’'\"”").endswith("!") and _title_words(_first_words(content, MAX_TITLE_WORDS + 1))


def _title_words(words: list[str]) -> bool:
    """``is_title_like`` for the first ``MAX_TITLE_WORDS + 1`` words of a content."""
    if not words or len(words) > MAX_TITLE_WORDS:
        return False
    return all(w[0].isupper() or w[0].isdigit() or w.lower() in TITLE_SMALL_WORDS for w in words) and words[0][0].isupper()


def is_speech_like(content: str) -> bool:
    """Long enough to be something said: three words or more, and not a title (its first words read once)."""
    words = _first_words(content, max(MIN_SPEECH_WORDS, MAX_TITLE_WORDS + 1))
    return len(words) >= MIN_SPEECH_WORDS and not _title_words(words[:MAX_TITLE_WORDS + 1])
