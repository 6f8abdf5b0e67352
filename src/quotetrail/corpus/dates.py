"""Dates of articles: as given, or inferred from their content.

An article without a date is dated by what it embeds: the newest full date it mentions (an embedded
post's "December 3, 2021", a dateline) is the earliest it can have been published; weekday
mentions ("on Wednesday", "Thursday night") are resolved to the nearest such day around that anchor
and can move the date later. An article that names no full date stays undated.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

MONTHS = {m: i + 1 for i, m in enumerate(
    "january february march april may june july august september october november december".split())}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
WEEKDAYS = {d: i for i, d in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())}

_MONTH = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_FULL_DATE = re.compile(
    _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b"
    r"|(?P<day2>\d{1,2})\s+" + _MONTH.replace("?P<month>", "?P<month2>") + r",?\s+(?P<year2>(?:19|20)\d\d)\b"
    r"|\b(?P<iso>(?:19|20)\d\d-\d\d-\d\d)\b",
    re.IGNORECASE,
)
_WEEKDAY = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.IGNORECASE)


def parse_date(value: str | None) -> dt.date | None:
    """An ISO date or datetime, or a written date ("December 3, 2021"); None when not a date."""
    if not value:
        return None
    value = value.strip()
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        pass
    found = full_dates(value)
    return found[0] if found else None


def full_dates(text: str) -> list[dt.date]:
    """Every complete (day, month, year) date written in ``text``, in order of appearance."""
    out: list[dt.date] = []
    for m in _FULL_DATE.finditer(text):
        try:
            if m.group("iso"):
                out.append(dt.date.fromisoformat(m.group("iso")))
            elif m.group("month"):
                out.append(dt.date(int(m.group("year")), MONTHS[m.group("month").lower()[:3]], int(m.group("day"))))
            else:
                out.append(dt.date(int(m.group("year2")), MONTHS[m.group("month2").lower()[:3]], int(m.group("day2"))))
        except (ValueError, KeyError):
            continue
    return out


def resolve_weekday(weekday: int, anchor: dt.date) -> dt.date:
    """The day with that weekday nearest to ``anchor`` (within three days either side)."""
    delta = (weekday - anchor.weekday()) % 7
    return anchor + dt.timedelta(days=delta if delta <= 3 else delta - 7)


def infer_date(text: str, embedded: Iterable[str | None] = ()) -> dt.date | None:
    """The publication date an undated article's content implies, or None.

    ``embedded`` are dates the extractor attached to embedded posts (any format ``parse_date``
    reads); they count like dates written in the text.
    """
    dates = full_dates(text) + [d for d in (parse_date(e) for e in embedded) if d]
    if not dates:
        return None
    anchor = max(dates)
    resolved = [resolve_weekday(WEEKDAYS[m.group(1).lower()], anchor) for m in _WEEKDAY.finditer(text)]
    return max([anchor] + resolved)
