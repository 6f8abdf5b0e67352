import datetime as dt

import pytest

from quotetrail.dates import full_dates, infer_date, parse_date, resolve_weekday


@pytest.mark.parametrize("text, expected", [
    ("December 3, 2021", [dt.date(2021, 12, 3)]),
    ("on Sept. 3, 2020 and 4 March 2019", [dt.date(2020, 9, 3), dt.date(2019, 3, 4)]),
    ("2021-01-02", [dt.date(2021, 1, 2)]),
    ("Dec 15th, 2008", [dt.date(2008, 12, 15)]),
    ("Oct. 21", []),
    ("February 30, 2021", []),
])
def test_full_dates(text, expected):
    assert full_dates(text) == expected


def test_weekday_resolves_near_anchor():
    friday = dt.date(2021, 12, 3)
    assert resolve_weekday(3, friday) == dt.date(2021, 12, 2)  # Thursday before
    assert resolve_weekday(0, friday) == dt.date(2021, 12, 6)  # Monday after


def test_infer_date_from_posts_and_weekdays():
    text = "An interview Thursday night. — Tom (@tom) December 1, 2021. Later — Ann (@ann) December 2, 2021"
    assert infer_date(text) == dt.date(2021, 12, 2)
    assert infer_date("Said on Saturday. — Tom (@tom) December 1, 2021") == dt.date(2021, 12, 4)
    assert infer_date("nothing dated here on Wednesday") is None
    assert infer_date("no date", embedded=["2020-05-01T10:00:00"]) == dt.date(2020, 5, 1)


def test_parse_date():
    assert parse_date("2021-12-03T10:00Z") == dt.date(2021, 12, 3)
    assert parse_date("December 3, 2021") == dt.date(2021, 12, 3)
    assert parse_date("soon") is None and parse_date(None) is None


@pytest.mark.parametrize("value, day", [
    ("Dec. 3, 2021", "2021-12-03"), ("Sept  3, 2021", "2021-09-03"), ("2021/12/03", "2021-12-03"),
    ("12/03/2021", "2021-12-03"), ("3 Dec 2021", "2021-12-03"), ("Published December 3, 2021, 9:00", "2021-12-03"),
    ("Dec 3, 1850", "1850-12-03"), ("February 30, 2021", None), ("Thursday", None),
])
def test_parse_date_reads_every_written_form(value: str, day: str | None) -> None:
    parsed = parse_date(value)
    assert (parsed.isoformat() if parsed else None) == day
