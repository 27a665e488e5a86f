"""Find date expressions in a span of text and anchor them on a reference date.

Candidates come from our own patterns (month, weekday, season and quarter names
from data files, relative phrases such as ``next week`` or ``nearly a year ago``),
never from ``dateparser.search_dates``, which reads "may" and "we" as dates in news
text. Each candidate is normalized to the first day of the period it names, a
granularity and a TIMEX3 value. News conventions:

- a bare weekday (``on Tuesday``) is the latest such day on or before the
  reference date, or the next on or after it when its clause speaks of the
  future (``will``, ``plans to``: data/future_markers.txt);
- a month and day without a year (``Sept. 12``), a month alone or a holiday
  (data/holidays.tsv) is the next such date in a clause of the future, the
  latest in a clause of the past (``ended``, ``since``: data/past_markers.txt),
  else the nearest; a date that ends a span (``pushed back to Dec. 9``) is the nearest;
- ``the third quarter`` is the latest third quarter that has begun, and ``a year
  earlier`` after it the same quarter a year before;
- ``now`` is the reference date (``PRESENT_REF``); ``recently`` and ``soon`` have
  no value, only their TIMEX3 direction (``PAST_REF``, ``FUTURE_REF``).

- a range (``from 13 to 15 July``, ``August 27-29``, ``between March and May``, ``3-4 p.m.``)
  is its two ends, each with ``bound`` low or high and the whole range as its period;
- a holiday of a lunar calendar (Eid al-Fitr, Chinese New Year, Diwali) is read from
  data/holiday_dates.tsv, which scripts/make_holidays.py computes from calendar libraries;
- ``3/4/2024`` (month or day first?) has no value; ``44 BC`` has TIMEX3 ``BC0044`` and no value;
- a time of day (``3 p.m.``, ``5:30 a.m. local time``, ``noon``: data/clock_words.tsv) is
  one TIME with the day written beside it (``9:47 a.m. Saturday``, ``Friday at 3 p.m.``),
  else the last day named before it in the span, else the reference date:
  granularity ``time``, TIMEX3 ``2025-01-13T15:00``.

dateparser reads the absolute expressions; it is imported only
when the first of those is met, and its results are cached. Without a
reference date, expressions that need one keep ``value: None``.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import cache
from typing import Any, Callable

from claimledger import lexicon, quantities
from claimledger.records import DateMention, Period

_UNITS = {"day": "day", "week": "week", "month": "month", "year": "year"}
_QUARTER_CONTEXT = 400  # characters before "a year earlier" searched for the quarter it compares


@dataclass(frozen=True, slots=True)
class _Found:
    value: dt.date | None
    granularity: str
    timex: str | None = None  # when it is not derived from value and granularity
    last: dt.date | None = None  # the last day, when it is not the granularity's (Ramadan: 29 or 30 days)


# Words of the patterns below that no table holds; every match has one of them,
# a digit, or a word from the tables in _keywords().
_PATTERN_WORDS = frozenset(
    {"day", "days", "week", "weeks", "weekend", "month", "months", "year", "years",
     "quarter", "today", "yesterday", "tomorrow", "tonight", "century", "nineteen", "twenty", "thousand", "hence",
     "half", "minutes", "o'clock"}
)
_CLAUSE = 50  # characters of a date's clause read for its tense
_AFTER = 20  # characters a date expression runs past its last keyword: "year-earlier period", a lookahead


@dataclass(frozen=True)
class _Keywords:
    """Digits and the words one of which every date expression holds (a phrase's last
    word), and how far before the first one an expression may start."""

    pattern: re.Pattern[str]  # for lower-cased text
    anycase: re.Pattern[str]  # for text whose lower case has other offsets
    before: int


@cache
def _keywords() -> _Keywords:
    tables = ("months", "weekdays", "seasons", "day_parts", "reference_words", "holidays", "clock_words")
    words = _PATTERN_WORDS | set(_decade_words()) | {key.split()[-1] for name in tables for key in lexicon.table(name)}
    longest = max(len(w) for w in lexicon.table("qualifiers")) + max(len(w) for w in lexicon.table("number_words"))
    # "no fewer than seventeen years ago", "the most recent quarter", "Tuesday, January 14"
    source = rf"\d|\b(?:{lexicon.alternation(words)})\b"
    return _Keywords(re.compile(source), re.compile(source, re.IGNORECASE), max(longest, 16) + 2)


def _windows(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Stretches of ``text[start:end]`` that hold every date expression in it, so the
    long pattern runs on a few dozen characters around each keyword, not on every sentence."""
    span = text[start:end]
    lower = span.lower()
    keywords = _keywords()
    pattern = keywords.pattern
    if len(lower) != len(span):  # lowercasing changed offsets (rare letters such as "İ")
        pattern, lower = keywords.anycase, span
    windows: list[tuple[int, int]] = []
    for m in pattern.finditer(lower):
        lo, hi = max(start, start + m.start() - keywords.before), min(end, start + m.end() + _AFTER)
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], hi)
        else:
            windows.append((lo, hi))
    return windows


@cache
def _pattern() -> re.Pattern[str]:
    months = lexicon.table("months")
    # Capitalized names only: "may" (the modal) and "march" (the verb) are not months;
    # datelines write them in capitals ("MUSCAT — JUNE 12:"), but "MAY" is the modal in a headline.
    month = "(?-i:" + "|".join(
        "(?:" + "|".join(re.escape(w) for w in ([m.capitalize()] if m == "may" else [m.capitalize(), m.upper()])) + ")"
        + (r"\.?" if len(m) <= 4 and m != "may" else "")
        for m in sorted(months, key=len, reverse=True)
    ) + ")(?![a-zA-Z])"
    weekday = "(?-i:" + "|".join(f"{w.capitalize()}|{w.upper()}" for w in lexicon.table("weekdays")) + ")"
    numbers = lexicon.alternation(lexicon.table("number_words"))
    qualifiers = lexicon.alternation(lexicon.table("qualifiers"))
    seasons = lexicon.alternation(lexicon.table("seasons"))
    quarters = lexicon.alternation(lexicon.table("quarters"))
    references = lexicon.alternation(lexicon.table("reference_words"))
    day_parts = lexicon.alternation(lexicon.table("day_parts"))
    holidays = "(?-i:" + "|".join(sorted({f for name in lexicon.table("holidays") for f in _holiday_forms(name)}, key=len, reverse=True)) + ")"
    tens = lexicon.alternation([w for w, n in lexicon.table("number_words").items() if 10 <= int(n) <= 90 and w != "dozen"])
    units = lexicon.alternation([w for w, n in lexicon.table("number_words").items() if 1 <= int(n) <= 9])
    decades = lexicon.alternation(_decade_words())
    day = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
    year = r"(?:1[89]\d\d|20\d\d)"
    return re.compile(
        rf"""
        \b(?=\w)  # every expression starts a word: one test here, not one per alternative
        (?:
        (?P<iso>\b{year}-(?:0[1-9]|1[0-2])-(?:[0-2]\d|3[01])\b)
      | (?=\d)(?:(?P<yrange>\b(?P<yr_1>{year})\s?[-–/]\s?(?P<yr_2>{year}|\d\d)\b(?![-/.:]\d))
      | (?P<numeric>\b(?P<num_a>[0-3]?\d)(?P<num_s>[/.-])(?P<num_b>[0-3]?\d)(?P=num_s)(?P<num_y>{year})\b(?![/.-]\d))
      | (?P<era>\b(?P<era_y>[1-9]\d{{0,3}})\s?(?P<era_e>BCE|BC|B\.C\.E\.|B\.C\.|AD|A\.D\.|CE)(?![\w.]\w))
      | (?P<drange>\b(?P<dr_d1>{day})\s?(?:[-–]|to|and|through|until)\s?(?P<dr_d2>{day})\s(?:of\s)?(?P<dr_m>{month})(?:,?\s(?P<dr_y>{year}))?\b))
      | (?P<era_ad>\b(?-i:AD|A\.D\.)\s?(?P<era_y2>[1-9]\d{{0,3}})\b)
      | (?P<mrange>\b(?P<mr_m>{month})\s(?P<mr_d1>{day})\s?(?:[-–]|to|and|through|until)\s?(?P<mr_d2>{day})\b(?:,?\s(?P<mr_y>{year})\b)?)
      | (?P<monthrange>\bbetween\s(?P<mo_m1>{month})\sand\s(?P<mo_m2>{month})(?:,?\s(?P<mo_y>{year}))?\b)
      | (?P<nth>\b(?:the\s)?(?P<nth_n>first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)\s(?P<nth_d>{weekday})\s(?:of|in)\s(?:(?P<nth_m>{month})(?:\s(?P<nth_y>{year}))?|(?P<nth_w>the|this|next|last)\smonth)\b)
      | (?P<dom>\b(?:(?P<dom_wd>{weekday}),?\s)?the\s(?P<dom_d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b(?!\s(?:of\s)?(?:{month})|\s+[a-z]))
      | (?P<dayoff>\bthe\sday\s(?P<dayoff_w>after|before)\s(?P<dayoff_b>tomorrow|yesterday)\b)
      | (?P<offset>\b(?:in\s(?P<off_n>\d+|{numbers}|a|an)\s(?P<off_u>day|week|month|year)s?(?:['’]?\stime)?|(?P<hence_n>\d+|{numbers}|a|an)\s(?P<hence_u>day|week|month|year)s?\s(?:hence|from\s(?:now|today|(?P<from_d>{weekday}))))\b)
      | (?P<mdy>\b(?:{weekday},?\s)?(?P<mdy_m>{month})\s(?P<mdy_d>{day})\b(?:,?\s(?P<mdy_y>{year})\b)?)
      | (?P<dmy>\b(?:{weekday},?\s(?:the\s)?)?(?P<dmy_d>{day})\s?(?:of\s)?(?P<dmy_m>{month})(?:,?\s(?P<dmy_y>{year}))?\b)
      | (?P<my>\b(?P<my_m>{month})(?:\sof)?,?\s(?P<my_y>{year})\b)
      | (?P<ago>\b(?:(?:{qualifiers})\s)?(?P<ago_n>\d+|{numbers}|a|an)\s(?P<ago_u>day|week|month|year)s?\s(?P<ago_w>ago|earlier)\b)
      | (?P<quarter>\b(?:the\s)?(?P<quarter_n>{quarters})[\s-]quarter\b(?:\sof\s(?P<quarter_y>{year}))?)
      | (?P<rel_quarter>\b(?P<rel_quarter_w>this|last|next|the\slatest|the\smost\srecent|the)\squarter\b)
      | (?P<season>\b(?:(?P<season_w>this|last|next)|the|in|during|early|late|until|since|by)\s(?-i:(?P<season_s>{seasons}))\b(?:\sof\s(?P<season_y>{year}))?)
      | (?P<year_earlier>\b(?:the\s)?year-(?:earlier|ago)(?:\s(?:quarter|period))?\b)
      | (?P<edge>\b(?:the\s)?(?:start|beginning|end|middle|close)\sof\s(?:(?P<edge_w>the|this|last|next)\s(?P<edge_u>week|month|year)|(?P<edge_m>{month})(?:\s(?P<edge_y>{year}))?)\b)
      | (?P<weekend>\b(?P<weekend_w>the|this\spast|this|last|past|next)\sweekend\b)
      | (?P<rel>\b(?:(?:earlier|later)\s)?(?P<rel_w>this|last|next|past|coming)\s(?P<rel_u>week|month|year)\b)
      | (?P<anaphor>\bthe\s(?P<ana_w>previous|following)\s(?P<ana_u>day|week|month|year)\b)
      | (?P<holiday>\b(?:(?P<holiday_w>last|next|this)\s)?(?P<holiday_n>{holidays})(?:,?\s(?P<holiday_y>{year}))?\b)
      | (?P<wd>\b(?:(?P<wd_rel>last|next|this)\s)?(?P<wd_d>{weekday})\b(?:\s(?P<wd_part>{day_parts})\b)?)
      | (?P<deictic>\b(?:(?P<deictic_w>today|yesterday|tomorrow)(?:\s(?P<deictic_part>{day_parts}))?|(?P<tonight>tonight)|this\s(?P<this_part>{day_parts})|last\s(?P<last_part>night|evening))\b)
      | (?P<reference>\b(?:{references})\b(?!\s(?:[\w-]+\s|couple\sof\s)?(?:day|week|month|year|decade|centur)))  # not "the past year", "the past couple of years"
      | (?P<month>\b(?P<month_p>in|since|until|by|last|next|this|early|late|mid)[\s-](?P<month_m>{month})(?!\.?\s\d)(?:\s(?P<month_y>this|last|next)\syear\b)?)
      | (?P<decade>\b(?:the\s)?(?P<decade_y>1[89]\d0|20\d0)s\b)
      | (?P<decade_word>\bthe\s(?P<decade_w>{decades})\b)
      | (?P<century>\b(?:the\s)?(?P<century_n>1\d|2[01]|[1-9])(?:st|nd|rd|th)[\s-]century\b)
      | (?P<spoken>\b(?:the\syear\s)?(?:(?P<spoken_c>nineteen|twenty)\s(?P<spoken_t>{tens})(?:-(?P<spoken_u>{units}))?|two\sthousand)\b)
      | (?P<fiscal>\bfiscal\s(?P<fiscal_y>{year})\b)
      | (?P<year>(?:(?<![\d$€£,.\-])|(?<=mid-)|(?<=pre-)|(?<=post-))\b(?P<year_y>{year})\b(?![\d%-]|[.,]\d))
        )
        """,
        re.VERBOSE | re.IGNORECASE,
    )


@cache
def _clock() -> re.Pattern[str]:
    """A time of day: ``3 p.m.``, ``5.30pm``, ``14:00``, ``noon``, with its time zone."""
    zones = lexicon.alternation(lexicon.words("time_zones"))
    words = lexicon.alternation(lexicon.table("clock_words"))
    hours = lexicon.alternation([w for w, n in lexicon.table("number_words").items() if 1 <= int(n) <= 12 and w != "dozen"])
    minutes = lexicon.alternation([w for w, n in lexicon.table("number_words").items() if 1 <= int(n) <= 29 and w != "dozen"])
    hour = rf"(?:1[0-2]|0?[1-9]|{hours})"
    meridiem = r"\s?(?P<half>[ap])(?:\.m\.|\.?m\b)"
    return re.compile(
        rf"""
        (?<![\w:.,])
        (?:
            (?:(?P<from_h>1[0-2]|0?[1-9])(?::(?P<from_m>[0-5]\d))?\s?[-–]\s?)?  # "3-4 p.m.": two times
            (?P<hour>1[0-2]|0?[1-9])(?:[:.](?P<minute>[0-5]\d))?{meridiem}
          | (?P<hour24>[01]?\d|2[0-3]):(?P<minute24>[0-5]\d)(?![\d:])
          | (?P<spoken_m>half|(?:a\s)?quarter|(?:\d{{1,2}}|{minutes})(?:-\w+)?\sminutes)\s(?P<spoken_w>past|to)\s(?P<spoken_h>{hour})\b(?:{meridiem.replace("half", "spoken_half")})?
          | (?P<oclock>{hour})\so['’]clock\b
          | (?<=\bat\s)(?P<bare>1[0-2]|0?[1-9])(?::(?P<bare_m>[0-5]\d))?(?![\w:]|\.\d|\s?[ap]\.?m\b)  # "tonight at 8"
          | (?P<word>{words})\b
        )
        (?:\s(?:in\sthe\s(?P<part>morning|afternoon|evening)|at\s(?P<night>night)))?
        (?:\s(?:{zones})\b|\s\((?:{zones})\))?
        """,
        re.IGNORECASE | re.VERBOSE,
    )


_DAY_AFTER = re.compile(r"\s*,?\s*(?:on\s+)?")  # "9:47 a.m. Saturday", "6 p.m. EST, Oct. 2", "3 p.m. on Friday"
_DAY_BEFORE = re.compile(r"\s*,?\s*(?:at\s+|[-–]\s*)?")  # "Friday at 3 p.m.", "12 Jan, 2025 - 09:45"
_CLOCK_LEAD = re.compile(r"\b(?:at|around|about|by|until|till|from|to|before|after|since)\s$", re.I)


def _hhmm(m: re.Match[str], evening: bool = False) -> str:
    """The time as TIMEX3 writes it; ``evening`` when the day part beside it is past noon
    ("this afternoon at 3:20", "tonight at 8"), which makes a bare hour a p.m. one."""
    if m.group("word"):
        return lexicon.table("clock_words")[m.group("word").lower()]
    if m.group("hour24"):
        hour = int(m.group("hour24"))
        return f"{hour + (12 if evening and 0 < hour < 12 else 0):02d}:{m.group('minute24')}"
    if m.group("spoken_m"):
        hour, minute = _hour(m.group("spoken_h")), _spoken_minutes(m.group("spoken_m"))
        if m.group("spoken_w").lower() == "to":
            hour, minute = hour - 1 or 12, 60 - minute
        half = m.group("spoken_half")
    else:
        hour = _hour(m.group("hour") or m.group("oclock") or m.group("bare"))
        minute = int(m.group("minute") or m.group("bare_m") or 0)
        half = m.group("half")
    later = (half or "").lower() == "p" or (not half and (evening or m.group("part") in ("afternoon", "evening") or m.group("night")))
    return f"{hour % 12 + (12 if later else 0):02d}:{minute:02d}"


def _hour(written: str) -> int:
    return int(written) if written.isdigit() else int(lexicon.table("number_words")[written.lower()])


def _spoken_minutes(written: str) -> int:
    """``half`` past, ``a quarter`` to, ``twenty minutes`` past, ``twenty-five minutes`` to."""
    words = written.lower().replace("-", " ").split()
    if words[0] == "half":
        return 30
    if "quarter" in words:
        return 15
    return sum(_hour(w) if w.isdigit() else int(lexicon.table("number_words").get(w, 0)) for w in words[:-1])


def _with_times(text: str, start: int, end: int, windows: list[tuple[int, int]], found: list[DateMention], ref: dt.date | None) -> list[DateMention]:
    """The dates with the times of day in the ``windows`` of the span (every time holds a
    digit or a keyword): a time joins the day written beside it; a time alone falls on the
    last day named before it, else on ``ref``."""
    for m in (m for lo, hi in windows for m in _clock().finditer(text, lo, hi)):
        days = [d for d in found if d.granularity == "day" and d.value]
        beside = next((d for d in days if _DAY_AFTER.fullmatch(text, m.end(), d.start)), None)
        beside = beside or next((d for d in days if _DAY_BEFORE.fullmatch(text, d.end, m.start())), None)
        lead = _CLOCK_LEAD.search(text, max(start, m.start() - 8), m.start())
        if beside is None and m.group("hour24") and not lead and int(m.group("hour24")) < 13:
            continue  # "with 1:52 left": a game clock, a score; "15:30" is a time
        evening = bool(beside and (beside.timex or "")[-3:] in ("TAF", "TEV", "TNI"))
        if m.group("bare") and not (beside and beside.timex and "T" in beside.timex):
            continue  # "at 8" is a time only beside "tonight", "this afternoon", "Friday night"
        if any(d.start < m.end() and m.start() < d.end for d in found if d is not beside):
            continue
        hhmm = _hhmm(m, evening)
        if m.group("from_h"):  # "3-4 p.m.": the first end, in the same half of the day
            first = f"{(int(m.group('from_h')) % 12) + (int(hhmm[:2]) // 12) * 12:02d}:{m.group('from_m') or '00'}"
            day = beside.value if beside else _day_before(days, m.start(), ref)
            s = m.start()
            e = s + len(text[s : m.start("hour")].rstrip(" -–"))
            low = DateMention(text[s:e], s, e, day, "time", f"{day}T{first}" if day else None, None, "low")
            found = sorted(found + [low], key=lambda d: d.start)
            m_start, bound = m.start("hour"), "high"
        else:
            m_start, bound = m.start(), None
        if beside is not None:
            s, e = min(beside.start, m_start), max(beside.end, m.end())
            mention = DateMention(text[s:e], s, e, beside.value, "time", f"{beside.value}T{hhmm}", None, bound)  # type: ignore[arg-type]
            found = [mention if d is beside else d for d in found]
            continue
        day = _day_before(days, m.start(), ref)
        mention = DateMention(text[m_start : m.end()], m_start, m.end(), day, "time", f"{day}T{hhmm}" if day else None, None, bound)  # type: ignore[arg-type]
        found = sorted(found + [mention], key=lambda d: d.start)
    return found


def _day_before(days: list[DateMention], pos: int, ref: dt.date | None) -> str | None:
    """The last day named before ``pos``, else the reference date."""
    earlier = [d for d in days if d.end <= pos]
    return earlier[-1].value if earlier else ref.isoformat() if ref else None


def find(text: str, start: int, end: int, ref: dt.date | None) -> list[DateMention]:
    """The date expressions in ``text[start:end]``, anchored on ``ref``."""
    found = []
    windows = _windows(text, start, end)
    for m in (m for lo, hi in windows for m in _pattern().finditer(text, lo, hi)):
        kind = m.lastgroup  # the outer group of the alternative closes last
        assert kind is not None
        if kind == "year" and quantities.measured(text, m.end(), end):
            continue  # "2000 milligrams", "drove 2010 km": a quantity
        if kind == "dom" and not m.group("dom_wd") and not _ON_THE.search(text, max(start, m.start() - 8), m.start()):
            continue  # "the 3rd" is a day of the month after "on", "by", "until" ("Tuesday the 19th" by itself)
        tense = _tense(text, start, end, m.start(), m.end())
        if kind == "offset" and m.group("off_n") and tense != "future":
            continue  # "the biggest rise in two months": a duration; "will open in a week": a date
        if kind in _RANGES:
            found.extend(_range(text, m, kind, ref, tense))
            continue
        if kind == "anaphor":
            found.append(_anaphor(text, m, found, ref))
            continue
        s, e = (m.start("month_m"), m.end()) if kind == "month" else m.span()
        result = _HANDLERS[kind](m, ref, tense)
        if kind == "year_earlier" or kind == "ago" and result.value and _count(m.group("ago_n")) == 1 and m.group("ago_u").lower() == "year":
            quarter = _quarter_before(text, m.start(), ref)
            if quarter is not None:
                # "third-quarter profit rose from $5 million a year earlier": that quarter, a year before
                result = _Found(quarter.replace(year=quarter.year - 1), "quarter")
        found.append(_mention(text[s:e], s, e, result))
    return _with_times(text, start, end, windows, _weekdays_beside_dates(text, found), ref)


_BESIDE = re.compile(r"[\s,#(]{1,3}")  # "Friday, 31 July", "Friday #31July", "Friday (31 July)"


def _weekdays_beside_dates(text: str, found: list[DateMention]) -> list[DateMention]:
    """A weekday written just before a date that falls on it names that date, whatever the tense."""
    weekdays = lexicon.table("weekdays")
    for i in range(len(found) - 1):
        day, date = found[i], found[i + 1]
        if day.text.lower() in weekdays and date.value and date.granularity == "day" and _BESIDE.fullmatch(text, day.end, date.start):
            if dt.date.fromisoformat(date.value).weekday() == int(weekdays[day.text.lower()]):
                found[i] = DateMention(day.text, day.start, day.end, date.value, "day", date.timex, None)
    return found


_ORDINAL_SUFFIX = re.compile(r"(?:st|nd|rd|th)$", re.I)
_HOLIDAY_SPACES = re.compile(r"[\s-]+")


def _day_number(written: str) -> int:
    """``3rd`` -> 3."""
    return int(_ORDINAL_SUFFIX.sub("", written))


_ON_THE = re.compile(r"\b(?:on|by|until|till|since|from|after|before)\s$", re.I)
_RANGES = frozenset({"mrange", "drange", "monthrange", "yrange"})


def _range(text: str, m: re.Match[str], kind: str, ref: dt.date | None, tense: str | None) -> list[DateMention]:
    """A range of days or months (``from 13 to 15 July``, ``August 27-29``, ``between March
    and May``): its two ends, each its own date, with ``bound`` low or high and the whole
    range as the period of both, as a range of quantities is written."""
    if kind == "yrange":  # "the 2019-2020 season", "1990–91", "2019/20"
        first_year, written = int(m.group("yr_1")), m.group("yr_2")
        last_year = int(written) if len(written) == 4 else first_year // 100 * 100 + int(written)
        if last_year <= first_year:
            return []  # "2019-12": no range of years
        firsts = [dt.date(first_year, 1, 1), dt.date(last_year, 1, 1)]
        spans = [m.span("yr_1"), m.span("yr_2")]
        granularity = "year"
    elif kind == "monthrange":
        months = (_month_number(m.group("mo_m1")), _month_number(m.group("mo_m2")))
        year = int(m.group("mo_y")) if m.group("mo_y") else None
        firsts = [_month_in(month, year, ref, tense) for month in months]
        if firsts[0] and firsts[1] and firsts[1] < firsts[0]:
            firsts[1] = firsts[1].replace(year=firsts[1].year + 1)  # "between November and February"
        spans = [m.span("mo_m1"), m.span("mo_m2")]
        granularity = "month"
    else:
        p = "mr" if kind == "mrange" else "dr"
        month = _month_number(m.group(f"{p}_m"))
        days = [_day_number(m.group(f"{p}_d{i}")) for i in (1, 2)]
        year = int(m.group(f"{p}_y")) if m.group(f"{p}_y") else None
        firsts = [_day_in(month, day, year, ref, tense) for day in days]
        if kind == "mrange":  # "August 27-29, 2025": the month with the first day, the year with the last
            spans = [(m.start(), m.end("mr_d1")), (m.start("mr_d2"), m.end())]
        else:
            spans = [(m.start(), m.end("dr_d1")), (m.start("dr_d2"), m.end())]
        granularity = "day"
    if not all(firsts) or firsts[1] < firsts[0]:  # type: ignore[operator]
        return [DateMention(text[s:e], s, e, None, granularity, None, None, bound) for (s, e), bound in zip(spans, ("low", "high"))]  # type: ignore[arg-type]
    last = _period_end(firsts[1], granularity)  # type: ignore[arg-type]
    period = Period(firsts[0].isoformat(), last.isoformat())  # type: ignore[union-attr]
    return [
        DateMention(text[s:e], s, e, first.isoformat(), granularity, _timex(first, granularity), period, bound)  # type: ignore[arg-type, union-attr]
        for (s, e), first, bound in zip(spans, firsts, ("low", "high"))
    ]


def _day_in(month: int, day: int, year: int | None, ref: dt.date | None, tense: str | None) -> dt.date | None:
    """A month and day in the year written, else the one the clause's tense points at."""
    if year is not None:
        try:
            return dt.date(year, month, day)
        except ValueError:
            return None
    return _toward(_around(month, day, ref), ref, tense) if ref else None


def _month_in(month: int, year: int | None, ref: dt.date | None, tense: str | None) -> dt.date | None:
    if year is not None:
        return dt.date(year, month, 1)
    if ref is None:
        return None
    first = ref.replace(day=1)
    return _toward(_around(month, 1, first), first, tense)


def _anaphor(text: str, m: re.Match[str], found: list[DateMention], ref: dt.date | None) -> DateMention:
    """``the previous week``, ``the following day``: counted from the last date named before
    it (a story's own time), else from ``ref``."""
    unit = m.group("ana_u").lower()
    anchors = [d for d in found if d.value and d.granularity in ("day", "week", "month", "year", "time")]
    anchor = dt.date.fromisoformat(anchors[-1].value) if anchors else ref  # type: ignore[arg-type]
    if anchor is None:
        return _mention(m.group(), m.start(), m.end(), _Found(None, unit))
    step = -1 if m.group("ana_w").lower() == "previous" else 1
    if unit == "day":
        return _mention(m.group(), m.start(), m.end(), _Found(anchor + dt.timedelta(days=step), "day"))
    return _mention(m.group(), m.start(), m.end(), _step(anchor, unit, step))


def _quarter_before(text: str, pos: int, ref: dt.date | None) -> dt.date | None:
    """The last quarter named in the text shortly before ``pos``, if any."""
    last = None
    for lo, hi in _windows(text, max(0, pos - _QUARTER_CONTEXT), pos):
        for m in _pattern().finditer(text, lo, hi):
            if m.lastgroup in ("quarter", "rel_quarter"):
                last = m
    if last is None:
        return None
    kind = "quarter" if last.group("quarter") else "rel_quarter"
    return _HANDLERS[kind](last, ref, False).value


def _tense(text: str, start: int, end: int, left: int, right: int) -> str | None:
    """``future`` or ``past`` when the clause of the date at ``text[left:right]`` says
    which ("will meet on", "the year ended June 30"), else None. The clause is read
    before the date, or after it too when the date opens the clause ("On Thursday, the
    union plans to"). A date that ends a span ("pushed back to Dec. 9") takes no tense."""
    before = re.split(r"[.;,:(]", text[max(start, left - _CLAUSE) : left])[-1].lower()
    words = before.split()
    if words and words[-1] in lexicon.words("span_ends"):
        return None
    found = _marked(before)
    if found:
        return max(found)[1]  # the marker nearest the date
    if all(w in lexicon.words("prepositions") for w in words):
        found = _marked(re.split(r"[.;,:(]", text[right : min(end, right + _CLAUSE)].lstrip(" ,"))[0].lower())
        if found:
            return min(found)[1]
    return None


def _marked(clause: str) -> list[tuple[int, str]]:
    """Where the tense markers in ``clause`` stand, each with its tense."""
    return [(m.start(), tense) for tense, pattern in _markers().items() for m in pattern.finditer(clause)]


@cache
def _markers() -> dict[str, re.Pattern[str]]:
    # Hyphenated compounds are not markers: "lower-than-expected" speaks of no future.
    def pattern(name: str) -> re.Pattern[str]:
        return re.compile(rf"(?<![\w’'-])(?:{lexicon.alternation(lexicon.words(name))})(?![\w’'-])")

    return {"future": pattern("future_markers"), "past": pattern("past_markers")}


def _mention(text: str, start: int, end: int, found: _Found) -> DateMention:
    value, granularity = found.value, found.granularity
    if value is None:
        return DateMention(text, start, end, None, granularity, found.timex, None)  # type: ignore[arg-type]
    last = found.last or _period_end(value, granularity)
    period = Period(value.isoformat(), last.isoformat()) if last != value else None
    timex = found.timex or _timex(value, granularity)
    return DateMention(text, start, end, value.isoformat(), granularity, timex, period)  # type: ignore[arg-type]


def _timex(day: dt.date, granularity: str) -> str:
    if granularity == "week":
        y, w, _ = day.isocalendar()
        return f"{y}-W{w:02d}"
    if granularity == "month":
        return f"{day.year}-{day.month:02d}"
    if granularity == "quarter":
        return f"{day.year}-Q{(day.month - 1) // 3 + 1}"
    if granularity == "year":
        return f"{day.year:04d}"
    if granularity == "decade":
        return str(day.year)[:3]
    return day.isoformat()


def _period_end(first: dt.date, granularity: str) -> dt.date:
    if granularity == "week":
        return first + dt.timedelta(days=6)
    if granularity in ("month", "quarter", "season"):
        months = {"month": 1, "quarter": 3, "season": 3}[granularity]
        index = first.year * 12 + first.month - 1 + months
        return dt.date(index // 12, index % 12 + 1, 1) - dt.timedelta(days=1)
    if granularity == "year":
        return first.replace(month=12, day=31)
    if granularity == "decade":
        return dt.date(first.year + 9, 12, 31)
    if granularity == "century":
        return dt.date(first.year // 100 * 100 + 99, 12, 31)
    return first


def _month_number(name: str) -> int:
    return int(lexicon.table("months")[name.rstrip(".").lower()])


def _toward(options: list[dt.date], ref: dt.date, tense: str | None) -> dt.date | None:
    """The one of ``options`` (the same day in neighbouring years) that the clause's tense
    points at: the next on or after ``ref`` in the future, the latest on or before it in
    the past, else the nearest."""
    if tense == "future":
        options = [d for d in options if d >= ref]
    elif tense == "past":
        options = [d for d in options if d <= ref]
    return min(options, key=lambda d: (abs((d - ref).days), d > ref), default=None)


def _around(month: int, day: int, ref: dt.date) -> list[dt.date]:
    """This month and day in the year of ``ref`` and the years either side, where it exists."""
    options = []
    for year in (ref.year - 1, ref.year, ref.year + 1):
        try:
            options.append(dt.date(year, month, day))
        except ValueError:
            continue
    return options


def _iso(m: re.Match[str], ref: dt.date | None, tense: str | None) -> _Found:
    return _Found(_parse(m.group("iso"), ref), "day")


def _numeric(m: re.Match[str], ref: dt.date | None, tense: str | None) -> _Found:
    """``2/15/2024`` (month first) or ``15/2/2024`` (day first), whichever the numbers allow;
    ``3/4/2024`` could be either and has no value rather than a guess."""
    a, b, year = int(m.group("num_a")), int(m.group("num_b")), int(m.group("num_y"))
    readings = {(month, day) for month, day in ((a, b), (b, a)) if 1 <= month <= 12}
    days = set()
    for month, day in readings:
        try:
            days.add(dt.date(year, month, day))
        except ValueError:
            continue
    return _Found(days.pop() if len(days) == 1 else None, "day")


def _era(m: re.Match[str], ref: dt.date | None, tense: str | None) -> _Found:
    """``44 BC`` is TIMEX3 ``BC0044`` (an ISO date cannot hold it: no value); ``AD 79`` is the year 79."""
    if m.lastgroup == "era_ad":
        return _Found(dt.date(int(m.group("era_y2")), 1, 1), "year")
    year = int(m.group("era_y"))
    if m.group("era_e").upper().startswith("B"):
        return _Found(None, "year", f"BC{year:04d}")
    return _Found(dt.date(year, 1, 1), "year")


def _nth(m: re.Match[str], ref: dt.date | None, tense: str | None) -> _Found:
    """``the first Tuesday of October``, ``the last Friday of the month``."""
    target = int(lexicon.table("weekdays")[m.group("nth_d").lower()])
    if m.group("nth_m"):
        month = _month_number(m.group("nth_m"))
        if m.group("nth_y"):
            first = dt.date(int(m.group("nth_y")), month, 1)
        elif ref is None:
            return _Found(None, "day")
        else:
            first = _toward(_around(month, 1, ref.replace(day=1)), ref.replace(day=1), tense)  # type: ignore[assignment]
    elif ref is None:
        return _Found(None, "day")
    else:
        first = _step(ref, "month", {"the": 0, "this": 0, "next": 1, "last": -1}[m.group("nth_w").lower()]).value  # type: ignore[assignment]
    days = [first + dt.timedelta(days=i) for i in range(calendar.monthrange(first.year, first.month)[1])]
    matching = [d for d in days if d.weekday() == target]
    n = m.group("nth_n").lower()
    index = -1 if n == "last" else int(n[0]) - 1 if n[0].isdigit() else ("first", "second", "third", "fourth", "fifth").index(n)
    return _Found(matching[index] if index < len(matching) else None, "day")


def _day_of_month(m: re.Match[str], ref: dt.date | None, tense: str | None) -> _Found:
    """``on the 3rd``: that day of this month, or of the month next to it that the clause
    points at; ``Tuesday the 19th``: the 19th nearest the reference date that is a Tuesday."""
    if ref is None:
        return _Found(None, "day")
    day = int(m.group("dom_d"))
    options = []
    for step in (-1, 0, 1):
        first = _step(ref, "month", step).value
        if first and day <= calendar.monthrange(first.year, first.month)[1]:
            options.append(first.replace(day=day))
    if m.group("dom_wd"):
        target = int(lexicon.table("weekdays")[m.group("dom_wd").lower()])
        options = [d for d in options if d.weekday() == target]
        tense = None
    return _Found(_toward(options, ref, tense), "day")


def _day_offset(m: re.Match[str], ref: dt.date | None, tense: str | None) -> _Found:
    """``the day after tomorrow``, ``the day before yesterday``."""
    if ref is None:
        return _Found(None, "day")
    return _Found(ref + dt.timedelta(days=2 if m.group("dayoff_w").lower() == "after" else -2), "day")


def _offset(m: re.Match[str], ref: dt.date | None, tense: str | None) -> _Found:
    """``in a week``, ``three months hence``, ``two days from now``: that far after the reference
    date, at the grain of the unit; ``a week from Friday``: after the coming Friday."""
    unit = _UNITS[(m.group("off_u") or m.group("hence_u")).lower()]
    n = _count(m.group("off_n") or m.group("hence_n"))
    if ref is None:
        return _Found(None, unit)
    base, grain = ref, unit
    if m.group("from_d"):
        target = int(lexicon.table("weekdays")[m.group("from_d").lower()])
        base, grain = ref + dt.timedelta(days=(target - ref.weekday()) % 7), "day"
    return _shifted(base, -n, unit, grain)


def _month_day(m: re.Match[str], ref: dt.date | None, tense: str | None, prefix: str) -> _Found:
    if m.group(f"{prefix}_y"):
        return _Found(_parse(m.group(prefix), ref), "day")
    if ref is None:
        return _Found(None, "day")
    day = _day_number(m.group(f"{prefix}_d"))
    return _Found(_toward(_around(_month_number(m.group(f"{prefix}_m")), day, ref), ref, tense), "day")


def _month_year(m: re.Match[str], ref: dt.date | None, tense: str | None) -> _Found:
    return _Found(dt.date(int(m.group("my_y")), _month_number(m.group("my_m")), 1), "month")


def _month_only(m: re.Match[str], ref: dt.date | None, tense: str | None) -> _Found:
    if ref is None:
        return _Found(None, "month")
    month = _month_number(m.group("month_m"))
    prefix = m.group("month_p").lower()
    if m.group("month_y"):  # "in March this year", "in June next year"
        step = {"this": 0, "last": -1, "next": 1}[m.group("month_y").lower()]
        return _Found(dt.date(ref.year + step, month, 1), "month")
    if prefix == "this":
        return _Found(dt.date(ref.year, month, 1), "month")
    if prefix == "last":  # the latest such month before this one
        return _Found(dt.date(ref.year if month < ref.month else ref.year - 1, month, 1), "month")
    if prefix == "next":
        return _Found(dt.date(ref.year if month > ref.month else ref.year + 1, month, 1), "month")
    first = ref.replace(day=1)
    return _Found(_toward(_around(month, 1, first), first, tense), "month")


def _count(word: str) -> int:
    word = word.lower()
    if word in ("a", "an"):
        return 1
    return int(word) if word.isdigit() else int(lexicon.table("number_words")[word])


def _ago(m: re.Match[str], ref: dt.date | None, tense: str | None) -> _Found:
    unit = _UNITS[m.group("ago_u").lower()]
    n = _count(m.group("ago_n"))
    # "37 years ago" names a year; "a year ago" names about the same month last year,
    # while "a year earlier" counts from a time in the story, so it names only the year.
    granularity = "month" if unit == "year" and n == 1 and m.group("ago_w").lower() == "ago" else unit
    if ref is None:
        return _Found(None, granularity)
    return _shifted(ref, n, unit, granularity)


def _shifted(ref: dt.date, n: int, unit: str, granularity: str) -> _Found:
    """``n`` units before ``ref`` at ``granularity``; a year before year 1 is TIMEX3 ``BC2976``
    ("5000 years ago") with no value, never a negative year, and a day out of the calendar none."""
    try:
        return _Found(_start_of(_back(ref, n, unit), granularity), granularity)
    except (ValueError, OverflowError):  # before 1 January of year 1, or after 9999
        year = ref.year - n if unit == "year" else 0
        return _Found(None, granularity, f"BC{1 - year:04d}" if unit == "year" and year < 1 else None)


def _back(ref: dt.date, n: int, unit: str) -> dt.date:
    """``n`` days, weeks, months or years before ``ref`` (what dateparser reads in "n units ago",
    computed here so that a story without absolute dates never loads dateparser)."""
    if unit in ("day", "week"):
        return ref - dt.timedelta(days=n * (7 if unit == "week" else 1))
    months = ref.year * 12 + ref.month - 1 - n * (12 if unit == "year" else 1)
    year, month = divmod(months, 12)
    return dt.date(year, month + 1, min(ref.day, calendar.monthrange(year, month + 1)[1]))


def _year_earlier(m: re.Match[str], ref: dt.date | None, tense: str | None) -> _Found:
    """``the year-earlier quarter`` without a quarter named before it: the year before."""
    return _Found(dt.date(ref.year - 1, 1, 1), "year") if ref else _Found(None, "year")


def _edge(m: re.Match[str], ref: dt.date | None, tense: str | None) -> _Found:
    """``the end of the year``, ``the beginning of January``: TimeML gives the whole period."""
    if m.group("edge_m"):
        month = _month_number(m.group("edge_m"))
        if m.group("edge_y"):
            return _Found(dt.date(int(m.group("edge_y")), month, 1), "month")
        if ref is None:
            return _Found(None, "month")
        first = ref.replace(day=1)
        return _Found(_toward(_around(month, 1, first), first, tense), "month")
    unit = m.group("edge_u").lower()
    if ref is None:
        return _Found(None, unit)
    step = {"the": 0, "this": 0, "last": -1, "next": 1}[m.group("edge_w").lower()]
    return _step(ref, unit, step)


def _step(ref: dt.date, unit: str, step: int) -> _Found:
    """The week, month or year ``step`` places from the one holding ``ref``."""
    if unit == "week":
        return _Found(_start_of(ref, "week") + dt.timedelta(weeks=step), "week")
    if unit == "month":
        index = ref.year * 12 + ref.month - 1 + step
        return _Found(dt.date(index // 12, index % 12 + 1, 1), "month")
    return _Found(dt.date(ref.year + step, 1, 1), "year")


def _weekend(m: re.Match[str], ref: dt.date | None, tense: str | None) -> _Found:
    """``the weekend``: the latest one (or the coming one, spoken of in the future); TIMEX3 ``2000-W16-WE``."""
    if ref is None:
        return _Found(None, "day")
    which = m.group("weekend_w").lower()
    saturday = ref - dt.timedelta(days=(ref.weekday() - 5) % 7)
    if which == "next" or (which in ("the", "this") and tense == "future" and saturday < ref):
        saturday += dt.timedelta(days=7)
    elif which in ("last", "past", "this past") and ref.weekday() >= 5:
        saturday -= dt.timedelta(days=7)
    year, week, _ = saturday.isocalendar()
    return _Found(saturday, "day", f"{year}-W{week:02d}-WE")


def _quarter_start(year: int, quarter: int) -> dt.date:
    return dt.date(year, 3 * quarter - 2, 1)


def _quarter(m: re.Match[str], ref: dt.date | None, tense: str | None) -> _Found:
    quarter = int(lexicon.table("quarters")[m.group("quarter_n").lower()])
    if m.group("quarter_y"):
        return _Found(_quarter_start(int(m.group("quarter_y")), quarter), "quarter")
    if ref is None:
        return _Found(None, "quarter")
    start = _quarter_start(ref.year, quarter)
    return _Found(start if start <= ref else _quarter_start(ref.year - 1, quarter), "quarter")


def _relative_quarter(m: re.Match[str], ref: dt.date | None, tense: str | None) -> _Found:
    if ref is None:
        return _Found(None, "quarter")
    which = m.group("rel_quarter_w").lower()
    step = 0 if which == "this" else 1 if which == "next" else -1  # "the quarter" just reported
    index = ref.year * 4 + (ref.month - 1) // 3 + step
    return _Found(_quarter_start(index // 4, index % 4 + 1), "quarter")


def _season(m: re.Match[str], ref: dt.date | None, tense: str | None) -> _Found:
    code, first_month = lexicon.table("seasons")[m.group("season_s").lower()].split("\t")
    which = (m.group("season_w") or "").lower()
    if m.group("season_y"):
        year = int(m.group("season_y"))
    elif ref is None or not which:
        return _Found(None, "season")
    else:
        start = dt.date(ref.year, int(first_month), 1)
        year = ref.year if start <= ref else ref.year - 1  # the latest such season that has begun
        current = (ref.year * 12 + ref.month) - (year * 12 + int(first_month)) < 3
        if which == "last" and current:
            year -= 1
        elif which == "next":
            year += 1
        elif which == "this" and not current:
            year = ref.year if dt.date(ref.year, int(first_month), 1) > ref else year
    return _Found(dt.date(year, int(first_month), 1), "season", f"{year}-{code}")


def _relative(m: re.Match[str], ref: dt.date | None, tense: str | None) -> _Found:
    unit = m.group("rel_u").lower()
    if ref is None:
        return _Found(None, unit)
    step = {"this": 0, "last": -1, "past": -1, "next": 1, "coming": 1}[m.group("rel_w").lower()]
    return _step(ref, unit, step)


def _weekday(m: re.Match[str], ref: dt.date | None, tense: str | None) -> _Found:
    if ref is None:
        return _Found(None, "day")
    target = int(lexicon.table("weekdays")[m.group("wd_d").lower()])
    back = (ref.weekday() - target) % 7
    ahead = (target - ref.weekday()) % 7
    rel = (m.group("wd_rel") or "").lower()
    if rel == "next":
        day = ref + dt.timedelta(days=ahead or 7)
    elif rel == "last":
        day = ref - dt.timedelta(days=back or 7)
    elif tense == "future":
        day = ref + dt.timedelta(days=ahead)
    else:
        day = ref - dt.timedelta(days=back)
    return _Found(day, "day", _with_part(day, m.group("wd_part")))


def _holiday(m: re.Match[str], ref: dt.date | None, tense: str | None) -> _Found:
    """``Thanksgiving``, ``last Christmas``: the day of that holiday in the year
    named, else the one the clause points at, as for a month without a year."""
    rule = _holiday_rules()[_holiday_key(m.group("holiday_n"))]
    if m.group("holiday_y"):
        days = _holiday_in(int(m.group("holiday_y")), rule)
        return _holiday_found(days[0] if len(days) == 1 else None, rule)  # Eid twice in 2000: which?
    if ref is None:
        return _Found(None, "day")
    which = (m.group("holiday_w") or "").lower()
    options = [d for year in (ref.year - 1, ref.year, ref.year + 1) for d in _holiday_in(year, rule)]
    if which == "last":
        options = [d for d in options if d < ref]
    elif which == "next":
        options = [d for d in options if d > ref]
    return _holiday_found(_toward(options, ref, tense), rule)


def _holiday_forms(name: str) -> set[str]:
    """How a holiday's name is written, as regexes: its words capitalized ("Whit Monday",
    "Eid Al-Fitr"), or with particles and "day" in lower case ("Eid al-Fitr", "Election day");
    a space and a hyphen are the same ("Eid-ul-Adha"). Case-sensitive literals, which the
    regex engine tries fast, not a case-blind pattern for each."""
    parts = re.split(r"([ -])", name)
    forms = set()
    for lower in (frozenset(), _LOWER_IN_NAMES):
        words = [p if p in " -" else (p if p in lower and i else p[:1].upper() + p[1:]) for i, p in enumerate(parts)]
        forms.add("".join(r"[\s-]" if w in " -" else re.escape(w).replace("'", "['’]") for w in words))
    return forms


_LOWER_IN_NAMES = frozenset({"al", "ul", "el", "day", "of"})


def _holiday_key(name: str) -> str:
    """A holiday's name as data/holidays.tsv is looked up: "Eid-ul-Fitr" is "eid ul fitr"."""
    return _HOLIDAY_SPACES.sub(" ", name).replace("’", "'").lower()


@cache
def _holiday_rules() -> dict[str, str]:
    return {_holiday_key(name): rule for name, rule in lexicon.table("holidays").items()}


def _holiday_found(day: dt.date | None, rule: str) -> _Found:
    """A holiday's day, with its last day when it lasts a month (Ramadan)."""
    if day is None or not rule.startswith("table "):
        return _Found(day, "day")
    return _Found(day, "day", last=_holiday_table()[rule[len("table ") :]].get(day))


def _holiday_in(year: int, rule: str) -> list[dt.date]:
    """The days a rule of data/holidays.tsv gives in ``year``: one, or for a lunar holiday
    none (outside its table) or two (Eid al-Fitr fell on 8 January and 27 December 2000)."""
    if rule.startswith("table "):
        return sorted(d for d in _holiday_table()[rule[len("table ") :]] if d.year == year)
    if rule.startswith(("easter", "orthodox")):
        from dateutil.easter import EASTER_ORTHODOX, EASTER_WESTERN, easter

        method, offset = (EASTER_WESTERN, rule[len("easter") :]) if rule.startswith("easter") else (EASTER_ORTHODOX, rule[len("orthodox") :])
        return [easter(year, method) + dt.timedelta(days=int(offset))]
    month_day, _, weekday = rule.partition("+")
    first = dt.date(year, int(month_day[:2]), int(month_day[3:]))
    if not weekday:
        return [first]
    return [first + dt.timedelta(days=(int(lexicon.table("weekdays")[weekday]) - first.weekday()) % 7)]


@cache
def _holiday_table() -> dict[str, dict[dt.date, dt.date | None]]:
    """data/holiday_dates.tsv (made from calendar libraries by scripts/make_holidays.py):
    each lunar holiday's first days, and the last day of those that last a month."""
    table: dict[str, dict[dt.date, dt.date | None]] = {}
    for name, days in lexicon.table("holiday_dates").items():
        for day in days.split():
            first, _, last = day.partition("/")
            table.setdefault(name, {})[dt.date.fromisoformat(first)] = dt.date.fromisoformat(last) if last else None
    return table


def _with_part(day: dt.date, part: str | None) -> str | None:
    """TIMEX3 for a part of a day: ``Friday night`` -> ``2000-01-07TNI``."""
    return f"{day.isoformat()}T{lexicon.table('day_parts')[part.lower()]}" if part else None


def _deictic(m: re.Match[str], ref: dt.date | None, tense: str | None) -> _Found:
    if ref is None:
        return _Found(None, "day")
    word = (m.group("deictic_w") or "today").lower()
    day = ref + dt.timedelta(days={"today": 0, "yesterday": -1, "tomorrow": 1}[word])
    if m.group("last_part"):  # "last night": the night of yesterday
        day = ref - dt.timedelta(days=1)
    part = m.group("deictic_part") or m.group("this_part") or m.group("last_part") or ("night" if m.group("tonight") else None)
    return _Found(day, "day", _with_part(day, part))


def _reference(m: re.Match[str], ref: dt.date | None, tense: str | None) -> _Found:
    """``now`` is the reference date; ``recently`` and ``soon`` name no date, only a direction."""
    timex = lexicon.table("reference_words")[m.group("reference").lower()]
    if timex == "PRESENT_REF":
        return _Found(ref, "day", timex)
    return _Found(None, "reference", timex)


def _decade(m: re.Match[str], ref: dt.date | None, tense: str | None) -> _Found:
    return _Found(dt.date(int(m.group("decade_y")), 1, 1), "decade")


@cache
def _decade_words() -> dict[str, int]:
    """``twenties`` .. ``nineties`` and the decade each names within its century."""
    return {w[:-1] + "ies": int(n) for w, n in lexicon.table("number_words").items() if w.endswith("y") and int(n) >= 20}


def _decade_word(m: re.Match[str], ref: dt.date | None, tense: str | None) -> _Found:
    """``the nineties``: the latest such decade that has begun."""
    if ref is None:
        return _Found(None, "decade")
    decade = _decade_words()[m.group("decade_w").lower()]
    year = ref.year // 100 * 100 + decade
    return _Found(dt.date(year if year <= ref.year else year - 100, 1, 1), "decade")


def _century(m: re.Match[str], ref: dt.date | None, tense: str | None) -> _Found:
    """``the 20th century`` is 1900-1999, TIMEX3 ``19``."""
    first = (int(m.group("century_n")) - 1) * 100
    return _Found(dt.date(max(first, 1), 1, 1), "century", f"{first // 100:02d}")


def _spoken_year(m: re.Match[str], ref: dt.date | None, tense: str | None) -> _Found:
    """``nineteen ninety-six``, ``the year two thousand``: years as broadcasts say them."""
    if not m.group("spoken_c"):
        return _Found(dt.date(2000, 1, 1), "year")
    numbers = lexicon.table("number_words")
    year = int(numbers[m.group("spoken_c").lower()]) * 100 + int(numbers[m.group("spoken_t").lower()])
    return _Found(dt.date(year + int(numbers.get((m.group("spoken_u") or "").lower(), 0)), 1, 1), "year")


def _year(m: re.Match[str], ref: dt.date | None, tense: str | None) -> _Found:
    return _Found(dt.date(int(m.group("year_y") or m.group("fiscal_y")), 1, 1), "year")


def _start_of(day: dt.date, granularity: str) -> dt.date:
    if granularity == "week":
        return day - dt.timedelta(days=day.weekday())
    if granularity == "month":
        return day.replace(day=1)
    if granularity == "year":
        return day.replace(month=1, day=1)
    return day


_Handler = Callable[[re.Match[str], "dt.date | None", bool], _Found]
_HANDLERS: dict[str, _Handler] = {
    "iso": _iso,
    "numeric": _numeric,
    "era": _era,
    "era_ad": _era,
    "nth": _nth,
    "dom": _day_of_month,
    "dayoff": _day_offset,
    "offset": _offset,
    "mdy": lambda m, ref, tense: _month_day(m, ref, tense, "mdy"),
    "dmy": lambda m, ref, tense: _month_day(m, ref, tense, "dmy"),
    "my": _month_year,
    "ago": _ago,
    "quarter": _quarter,
    "rel_quarter": _relative_quarter,
    "season": _season,
    "year_earlier": _year_earlier,
    "edge": _edge,
    "weekend": _weekend,
    "rel": _relative,
    "holiday": _holiday,
    "wd": _weekday,
    "deictic": _deictic,
    "reference": _reference,
    "month": _month_only,
    "decade": _decade,
    "decade_word": _decade_word,
    "century": _century,
    "spoken": _spoken_year,
    "fiscal": _year,
    "year": _year,
}


@cache
def _parse(expression: str, ref: dt.date | None) -> dt.date | None:
    """dateparser's reading of an expression, anchored at noon of ``ref``."""
    import dateparser

    base = dt.datetime.combine(ref or dt.date(2000, 1, 1), dt.time(12))
    settings: dict[str, Any] = {"RELATIVE_BASE": base, "PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False}
    result = dateparser.parse(expression, languages=["en"], settings=settings)
    return result.date() if result else None
