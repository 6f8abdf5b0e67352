"""Social posts pasted into the text as ``text — Name (@handle) Month D, YYYY``.

A post's body runs back from its signature to the previous paragraph break; blank-line runs
longer than one empty line (the line breaks inside a post) do not end it. A last paragraph that
calls the reader to act ("Watch tomorrow at 8pm on …", "Have a listen", "Read more: …") is the
poster's promotion of where to find it, not part of what was said: the body ends before it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from quotetrail.dates import MONTH_PATTERN, parse_date
from quotetrail.extract.lexicon import PROMO_STARTS

_SIGNATURE_RE = re.compile(
    r"[ \t]*(?:—|–|--|-)[ \t]*(?P<name>[^\n()—–@]{1,80}?)[ \t]*\(@(?P<handle>\w{1,30})\)[ \t]*"
    r"(?P<date>(?:" + MONTH_PATTERN + r")\.?[ \t]+\d{1,2},[ \t]+\d{4})[ \t]*(?=\n|$)")
_LINK_TAIL_RE = re.compile(r"(?:\s*(?:pic\.twitter\.com/\S+|https?://\S+))+\s*$")
_LAST_PARAGRAPH_RE = re.compile(r"\n[ \t]*\n\s*(\S[^\n]*)$")
_WORDS_RE = re.compile(r"[A-Za-z]+")


@dataclass(frozen=True)
class Post:
    start: int  # the whole post, signature included
    end: int
    body_start: int  # the post's text, without trailing links
    body_end: int
    author: str
    handle: str
    date: str | None


def _body_start(text: str, sig_start: int, floor: int) -> int:
    pos = sig_start
    while True:
        nl = text.rfind("\n", floor, pos)
        if nl < 0:
            return floor
        run_start = nl
        while run_start > floor and text[run_start - 1] in "\n \t\r":
            run_start -= 1
        newlines = text.count("\n", run_start, nl + 1)
        if newlines >= 3 and run_start > floor:
            pos = run_start
            continue
        return nl + 1


def _promotion_start(text: str, start: int, end: int) -> int:
    """Where the post's last paragraph starts when it calls the reader to act, else ``end``."""
    m = _LAST_PARAGRAPH_RE.search(text, start, end)
    if m is None or not text[start:m.start()].strip():
        return end
    words = [w.lower() for w in _WORDS_RE.findall(m.group(1))[:2]]
    return m.start() if words and (words[0] in PROMO_STARTS or " ".join(words) in PROMO_STARTS) else end


def find_posts(text: str) -> list[Post]:
    posts: list[Post] = []
    if "(@" not in text:
        return posts  # no signature's handle: no post (most articles)
    floor = 0
    for m in _SIGNATURE_RE.finditer(text):
        start = _body_start(text, m.start(), floor)
        body = text[start:m.start()]
        tail = _LINK_TAIL_RE.search(body)
        body_end = start + (tail.start() if tail else len(body))
        body_end = _promotion_start(text, start, body_end)
        while body_end > start and text[body_end - 1].isspace():
            body_end -= 1
        body_start = start
        while body_start < body_end and text[body_start].isspace():
            body_start += 1
        if body_end > body_start:
            day = parse_date(m.group("date"))
            posts.append(Post(start, m.end(), body_start, body_end, m.group("name").strip(), m.group("handle"),
                              day.isoformat() if day else None))
        floor = m.end()
    return posts
