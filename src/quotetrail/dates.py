"""The calendar: month and weekday names, the one date parser, and the dates of undated articles.

Everything that reads a date (embedded posts' signatures, article dates, the web's timeline) uses
``parse_date``; the rules that need month or weekday words take them from here.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
MONTH_ABBREVIATIONS = ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

#: Lower-case month names and their three-letter forms -> month number.
MONTH_NUMBERS = {m.lower(): i + 1 for i, m in enumerate(MONTHS)} | {m.lower()[:3]: i + 1 for i, m in enumerate(MONTHS)}
#: Lower-case weekday names -> ``date.weekday()``.
WEEKDAY_NUMBERS = {d.lower(): i for i, d in enumerate(WEEKDAYS)}
#: A month in a pattern: full or abbreviated, any case.
MONTH_PATTERN = "|".join(MONTHS) + "|" + "|".join(MONTH_ABBREVIATIONS)

_MONTH = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_FULL_DATE = re.compile(
    _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b"
    r"|(?P<day2>\d{1,2})\s+" + _MONTH.replace("?P<month>", "?P<month2>") + r",?\s+(?P<year2>(?:19|20)\d\d)\b"
    r"|\b(?P<iso>(?:19|20)\d\d-\d\d-\d\d)\b",
    re.IGNORECASE,
)
WEEKDAY_RE = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE)
#: Whole values read as dates, after full stops are dropped and "Sept" made "Sep".
_FORMATS = ("%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%d %b %Y", "%Y/%m/%d", "%m/%d/%Y")


def parse_date(value: str | None) -> dt.date | None:
    """A date from an ISO date or datetime, a written date ("December 3, 2021", "Dec. 3, 2021",
    "3 December 2021", "2021/12/03"), or the first full date written in ``value``; else None."""
    if not value:
        return None
    value = value.strip()
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        pass
    cleaned = re.sub(r"\s+", " ", value.replace(".", "")).replace("Sept ", "Sep ")
    for fmt in _FORMATS:
        try:
            return dt.datetime.strptime(cleaned, fmt).date()
        except ValueError:
            continue
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
                out.append(dt.date(int(m.group("year")), MONTH_NUMBERS[m.group("month").lower()[:3]], int(m.group("day"))))
            else:
                out.append(dt.date(int(m.group("year2")), MONTH_NUMBERS[m.group("month2").lower()[:3]],
                                   int(m.group("day2"))))
        except (ValueError, KeyError):
            continue
    return out


def resolve_weekday(weekday: int, anchor: dt.date) -> dt.date:
    """The day with that weekday nearest to ``anchor`` (within three days either side)."""
    delta = (weekday - anchor.weekday()) % 7
    return anchor + dt.timedelta(days=delta if delta <= 3 else delta - 7)


def infer_date(text: str, embedded: Iterable[str | None] = ()) -> dt.date | None:
    """The publication date an undated article's content implies, or None.

    The newest full date the article mentions (an embedded post's "December 3, 2021", a dateline)
    is the earliest it can have been published; weekday mentions ("on Wednesday") are resolved to
    the nearest such day around that anchor and can move the date later. ``embedded`` are dates
    the extractor attached to embedded posts (any format ``parse_date`` reads); they count like
    dates written in the text. An article that names no full date stays undated.
    """
    dates = full_dates(text) + [d for d in (parse_date(e) for e in embedded) if d]
    if not dates:
        return None
    anchor = max(dates)
    resolved = [resolve_weekday(WEEKDAY_NUMBERS[m.group(1).lower()], anchor) for m in WEEKDAY_RE.finditer(text)]
    return max([anchor] + resolved)
