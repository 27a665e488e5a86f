"""Dates given to claimledger as text: a feed's ``published``, ``--ref-date``, ``show --since/--until``.

Not the dates inside the news text (those are claimledger.dates). Feeds and scrapers
write dates every which way (``Tue, 14 Jan 2025 10:00:00 GMT`` from RSS,
``January 14, 2025 5:02 PM EST``, ``2025-01-14T10:00:00+02:00``); dateparser reads
them. A date keeps the day it has in its own time zone, as the article's readers saw
it: ``Tue, 14 Jan 2025 23:30:00 -0500`` is 14 January, not the 15th it already was in
UTC.

Reading never depends on the machine or the day it runs, unless the caller gives
``now``: without it a date must name one calendar day by itself, so ``last week``,
``Monday`` or ``January 14`` (which year?) are refused; with it (``--since last
week``) they count from ``now``. A bare number (a Unix time) is not read: which
time zone it meant is unknown.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache, lru_cache
from typing import Any, Literal

Edge = Literal["first", "last"]
DateOrder = Literal["DMY", "MDY"]  # how a numeric date orders day and month: 01/02/2025 is 1 February (DMY) or 2 January (MDY)

# Two reference times far apart in every field: a reading that differs between them
# depends on when it is made (relative, or missing its year).
_BASES = (dt.datetime(2001, 2, 3, 4, 5), dt.datetime(2037, 11, 26, 19, 58))
# No 'timestamp' parser (it reads a bare number in the machine's own time zone), and no
# 'no-spaces-time' (it reads 1736848800 as a day in 1736).
_PARSERS = ["relative-time", "custom-formats", "absolute-time"]
_UNIX_TIME_DIGITS = 9  # seconds since 1970 have had 9 digits since 1973


class DateError(ValueError):
    """A date that cannot be read; the message says why as a predicate ("names a month,
    not a day"), for the caller to put after the value it read."""


def read_date(value: str, now: dt.datetime | None = None, edge: Edge = "first", order: DateOrder | None = None) -> dt.date:
    """The calendar day that ``value`` names, in its own time zone.

    Without ``now``, ``value`` must name a whole day on its own. With ``now``, a relative
    date counts from it, and a month or a year is allowed: ``edge`` picks its first day
    (``--since``) or its last (``--until``). A numeric date whose day and month could be
    either (``01/02/2025``) is read in ``order``, and refused without one: half the world
    writes the day first, the United States the month.
    """
    text = value.strip()
    if not text:
        raise DateError("is empty")
    quick = _iso(text)
    if quick is not None:
        return quick
    numeric = _NUMERIC.match(text)
    if numeric is not None:
        return _numeric(numeric, order)
    if len(text) >= _UNIX_TIME_DIGITS and text.replace(".", "", 1).isdigit():
        raise DateError("is a bare number (a Unix time?); give a date such as 2025-01-14")
    if now is None:
        readings = {_parse(text, base) for base in _BASES}
        if None in readings:
            raise DateError("is not a date claimledger can read (such as 2025-01-14 or 'Tue, 14 Jan 2025 10:00:00 GMT')")
        if len(readings) > 1:
            raise DateError("depends on today's date; give a whole date such as 2025-01-14")
        ((day, period),) = readings
        if period != "day":
            raise DateError(f"names a {period}, not a day")
        return day
    reading = _parse(text, now.replace(tzinfo=None))
    if reading is None:
        raise DateError("is not a date claimledger can read (such as 2025-01-14, 'January 2025' or '3 days ago')")
    day, period = reading
    if edge == "last" and period == "month":
        return (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    if edge == "last" and period == "year":
        return day.replace(month=12, day=31)
    return day


_NUMERIC = re.compile(r"(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?=$|[ T]\d)")  # a date, and a time after it


def _numeric(m: re.Match[str], order: DateOrder | None) -> dt.date:
    """``13/02/2025`` is 13 February whichever the order; ``01/02/2025`` needs ``order``."""
    a, b, year = int(m.group(1)), int(m.group(3)), int(m.group(4))
    if order is None and a != b and a <= 12 and b <= 12:
        raise DateError(f"could be day/month or month/day: write it as {year}-MM-DD (extract --date-order DMY or MDY reads such dates in one order)")
    day, month = (a, b) if order == "DMY" or (order is None and a > 12) else (b, a)
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise DateError(f"is no calendar day read as {'day/month' if order == 'DMY' or (order is None and a > 12) else 'month/day'}") from None


def _iso(text: str) -> dt.date | None:
    """An ISO 8601 date or time, the most common form, read without dateparser (much faster)."""
    try:
        return dt.datetime.fromisoformat(text[:-1] + "+00:00" if text.endswith("Z") else text).date()
    except ValueError:
        return None


@cache
def _parser(base: dt.datetime) -> Any:
    from dateparser.date import DateDataParser  # 0.1 s to import: only for a date that is not ISO

    settings = {"RELATIVE_BASE": base, "PREFER_DAY_OF_MONTH": "first", "PREFER_MONTH_OF_YEAR": "first", "PARSERS": _PARSERS}
    return DateDataParser(languages=["en"], settings=settings)


@lru_cache(maxsize=4096)  # feeds repeat their dates; bounded, as a batch may hold millions
def _parse(text: str, base: dt.datetime) -> tuple[dt.date, str] | None:
    """dateparser's reading of ``text`` at ``base``: the day as written (no time zone
    conversion) and the period it names (day, week, month, year); None if it reads nothing."""
    found = _parser(base).get_date_data(text)
    if found.date_obj is None:
        return None
    return found.date_obj.date(), found.period or "day"
