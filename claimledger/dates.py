"""Find date expressions in a span of text and anchor them on a reference date.

Candidates come from our own patterns (month and weekday names from data files,
relative phrases such as ``next week`` or ``nearly a year ago``), never from
``dateparser.search_dates``, which reads "may" and "we" as dates in news text.
Each candidate is normalized to the first day of the period it names and a
granularity. News conventions that dateparser does not follow are applied here:
a bare weekday (``on Tuesday``) is the most recent such day on or before the
reference date, and a month and day without a year (``Aug. 7``) is the nearest
such date to it. dateparser reads the absolute expressions and ``... ago``;
it is imported only when the first of those is met, and results are cached.

Without a reference date, expressions that need one keep ``value: None``.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import cache
from typing import Any

from claimledger import lexicon
from claimledger.records import DateMention, Period

_UNITS = {"day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month",
          "months": "month", "year": "year", "years": "year"}


@cache
def _pattern() -> re.Pattern[str]:
    months = lexicon.table("months")
    # Capitalized names only: "may" (the modal) and "march" (the verb) are not months.
    month = "(?:" + "|".join(
        re.escape(m.capitalize()) + (r"\.?" if len(m) <= 4 and m != "may" else "")
        for m in sorted(months, key=len, reverse=True)
    ) + ")(?![a-z])"
    weekday = "(?:" + "|".join(w.capitalize() for w in lexicon.table("weekdays")) + ")"
    numbers = lexicon.alternation(lexicon.table("number_words"))
    qualifiers = lexicon.alternation(lexicon.table("qualifiers"))
    day = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
    year = r"(?:1[89]\d\d|20\d\d)"
    return re.compile(
        rf"""
        (?P<iso>\b{year}-(?:0[1-9]|1[0-2])-(?:[0-2]\d|3[01])\b)
      | (?P<mdy>\b(?P<mdy_m>{month})\s(?P<mdy_d>{day})\b(?:,?\s(?P<mdy_y>{year})\b)?)
      | (?P<dmy>\b(?P<dmy_d>{day})\s(?P<dmy_m>{month})(?:,?\s(?P<dmy_y>{year}))?\b)
      | (?P<my>\b(?P<my_m>{month})(?:\sof)?,?\s(?P<my_y>{year})\b)
      | (?P<ago>\b(?:(?:{qualifiers})\s)?(?P<ago_n>\d+|{numbers}|a|an)\s(?P<ago_u>days?|weeks?|months?|years?)\sago\b)
      | (?P<rel>\b(?:(?:earlier|later)\s)?(?P<rel_w>this|last|next|past|coming)\s(?P<rel_u>week|month|year)\b)
      | (?P<wd>\b(?:(?P<wd_rel>last|next|this)\s)?(?P<wd_d>{weekday})\b)
      | (?P<deictic>\b(?:today|yesterday|tomorrow|tonight)\b)
      | (?P<month>\b(?P<month_p>(?i:in|since|until|by|last|next|this|early|late|mid-?))\s(?P<month_m>{month})(?!\s\d))
      | (?P<decade>\b(?:the\s)?(?P<decade_y>1[89]\d0|20\d0)s\b)
      | (?P<year>(?<![\d$€£,.\-])\b(?P<year_y>{year})\b(?![\d,%-]|\.\d))
        """,
        re.VERBOSE,
    )


def find(text: str, start: int, end: int, ref: dt.date | None) -> list[DateMention]:
    """The date expressions in ``text[start:end]``, anchored on ``ref``."""
    found = []
    for m in _pattern().finditer(text, start, end):
        s, e = m.span()
        if m.group("month"):  # keep the preposition out of the span
            s = m.start("month_m")
        value, granularity = _normalize(m, ref)
        found.append(_mention(text[s:e], s, e, value, granularity))
    return found


def _mention(text: str, start: int, end: int, value: dt.date | None, granularity: str) -> DateMention:
    if value is None:
        return DateMention(text, start, end, None, granularity, None, None)  # type: ignore[arg-type]
    last = _period_end(value, granularity)
    period = Period(value.isoformat(), last.isoformat()) if last != value else None
    return DateMention(text, start, end, value.isoformat(), granularity, _timex(value, granularity), period)  # type: ignore[arg-type]


def _timex(day: dt.date, granularity: str) -> str:
    if granularity == "week":
        y, w, _ = day.isocalendar()
        return f"{y}-W{w:02d}"
    if granularity == "month":
        return f"{day.year}-{day.month:02d}"
    if granularity == "year":
        return str(day.year)
    if granularity == "decade":
        return str(day.year)[:3]
    return day.isoformat()


def _period_end(first: dt.date, granularity: str) -> dt.date:
    if granularity == "week":
        return first + dt.timedelta(days=6)
    if granularity == "month":
        return first.replace(day=calendar.monthrange(first.year, first.month)[1])
    if granularity == "year":
        return first.replace(month=12, day=31)
    if granularity == "decade":
        return dt.date(first.year + 9, 12, 31)
    return first


def _month_number(name: str) -> int:
    return int(lexicon.table("months")[name.rstrip(".").lower()])


def _nearest_year(month: int, day: int, ref: dt.date) -> dt.date | None:
    """The date with this month and day nearest to ``ref``."""
    options = []
    for year in (ref.year - 1, ref.year, ref.year + 1):
        try:
            options.append(dt.date(year, month, day))
        except ValueError:
            continue
    return min(options, key=lambda d: (abs((d - ref).days), d > ref), default=None)


def _normalize(m: re.Match[str], ref: dt.date | None) -> tuple[dt.date | None, str]:
    kind = m.lastgroup if m.lastgroup in _HANDLERS else next(k for k in _HANDLERS if m.group(k))
    return _HANDLERS[kind](m, ref)


def _iso(m: re.Match[str], ref: dt.date | None) -> tuple[dt.date | None, str]:
    return _parse(m.group("iso"), ref), "day"


def _month_day(m: re.Match[str], ref: dt.date | None, prefix: str) -> tuple[dt.date | None, str]:
    if m.group(f"{prefix}_y"):
        return _parse(m.group(prefix), ref), "day"
    if ref is None:
        return None, "day"
    day = int(re.match(r"\d+", m.group(f"{prefix}_d")).group())  # type: ignore[union-attr]
    return _nearest_year(_month_number(m.group(f"{prefix}_m")), day, ref), "day"


def _month_year(m: re.Match[str], ref: dt.date | None) -> tuple[dt.date | None, str]:
    return dt.date(int(m.group("my_y")), _month_number(m.group("my_m")), 1), "month"


def _month_only(m: re.Match[str], ref: dt.date | None) -> tuple[dt.date | None, str]:
    if ref is None:
        return None, "month"
    month = _month_number(m.group("month_m"))
    prefix = m.group("month_p").lower()
    if prefix == "last":  # the latest such month before this one
        return dt.date(ref.year if month < ref.month else ref.year - 1, month, 1), "month"
    if prefix == "next":
        return dt.date(ref.year if month > ref.month else ref.year + 1, month, 1), "month"
    return _nearest_year(month, 1, ref.replace(day=1)), "month"


def _ago(m: re.Match[str], ref: dt.date | None) -> tuple[dt.date | None, str]:
    unit = _UNITS[m.group("ago_u").lower()]
    granularity = "month" if unit == "year" else unit
    if ref is None:
        return None, granularity
    n_text = m.group("ago_n").lower()
    n = 1 if n_text in ("a", "an") else int(n_text) if n_text.isdigit() else int(lexicon.table("number_words")[n_text])
    parsed = _parse(f"{n} {unit}s ago", ref)
    return (_start_of(parsed, granularity) if parsed else None), granularity


def _relative(m: re.Match[str], ref: dt.date | None) -> tuple[dt.date | None, str]:
    unit = m.group("rel_u").lower()
    if ref is None:
        return None, unit
    step = {"this": 0, "last": -1, "past": -1, "next": 1, "coming": 1}[m.group("rel_w").lower()]
    if unit == "week":
        return _start_of(ref, "week") + dt.timedelta(weeks=step), "week"
    if unit == "month":
        month_index = ref.year * 12 + ref.month - 1 + step
        return dt.date(month_index // 12, month_index % 12 + 1, 1), "month"
    return dt.date(ref.year + step, 1, 1), "year"


def _weekday(m: re.Match[str], ref: dt.date | None) -> tuple[dt.date | None, str]:
    if ref is None:
        return None, "day"
    target = int(lexicon.table("weekdays")[m.group("wd_d").lower()])
    back = (ref.weekday() - target) % 7
    day = ref - dt.timedelta(days=back)  # news convention: the latest such day on or before ref
    rel = (m.group("wd_rel") or "").lower()
    if rel == "next":
        day = ref + dt.timedelta(days=(target - ref.weekday()) % 7 or 7)
    elif rel == "last" and back == 0:
        day -= dt.timedelta(days=7)
    return day, "day"


def _deictic(m: re.Match[str], ref: dt.date | None) -> tuple[dt.date | None, str]:
    if ref is None:
        return None, "day"
    shift = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[m.group("deictic").lower()]
    return ref + dt.timedelta(days=shift), "day"


def _decade(m: re.Match[str], ref: dt.date | None) -> tuple[dt.date | None, str]:
    return dt.date(int(m.group("decade_y")), 1, 1), "decade"


def _year(m: re.Match[str], ref: dt.date | None) -> tuple[dt.date | None, str]:
    return dt.date(int(m.group("year_y")), 1, 1), "year"


def _start_of(day: dt.date, granularity: str) -> dt.date:
    if granularity == "week":
        return day - dt.timedelta(days=day.weekday())
    if granularity == "month":
        return day.replace(day=1)
    return day


_HANDLERS: dict[str, Any] = {
    "iso": _iso,
    "mdy": lambda m, ref: _month_day(m, ref, "mdy"),
    "dmy": lambda m, ref: _month_day(m, ref, "dmy"),
    "my": _month_year,
    "ago": _ago,
    "rel": _relative,
    "wd": _weekday,
    "deictic": _deictic,
    "month": _month_only,
    "decade": _decade,
    "year": _year,
}


@cache
def _parse(expression: str, ref: dt.date | None) -> dt.date | None:
    """dateparser's reading of an expression, anchored at noon of ``ref``."""
    import dateparser

    base = dt.datetime.combine(ref or dt.date(2000, 1, 1), dt.time(12))
    settings = {"RELATIVE_BASE": base, "PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False}
    result = dateparser.parse(expression, languages=["en"], settings=settings)
    return result.date() if result else None
