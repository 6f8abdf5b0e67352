"""Social posts pasted into the text as ``text — Name (@handle) Month D, YYYY``.

A post's body runs back from its signature to the previous paragraph break; blank-line runs
longer than one empty line (the line breaks inside a post) do not end it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from quotetrail.dates import MONTH_PATTERN, parse_date

_SIGNATURE_RE = re.compile(
    r"[ \t]*(?:—|–|--|-)[ \t]*(?P<name>[^\n()—–@]{1,80}?)[ \t]*\(@(?P<handle>\w{1,30})\)[ \t]*"
    r"(?P<date>(?:" + MONTH_PATTERN + r")\.?[ \t]+\d{1,2},[ \t]+\d{4})[ \t]*(?=\n|$)")
_LINK_TAIL_RE = re.compile(r"(?:\s*(?:pic\.twitter\.com/\S+|https?://\S+))+\s*$")


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


def find_posts(text: str) -> list[Post]:
    posts: list[Post] = []
    floor = 0
    for m in _SIGNATURE_RE.finditer(text):
        start = _body_start(text, m.start(), floor)
        body = text[start:m.start()]
        tail = _LINK_TAIL_RE.search(body)
        body_end = start + (tail.start() if tail else len(body))
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
