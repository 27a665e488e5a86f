"""The date and time forms of issue 24, each row an invented sentence with the exact spans,
values, granularity and TIMEX3 it must give. The first column names the rule a row needs:
``python bench/ablation.py`` turns each rule off in turn and shows that its rows then fail."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimledger.dates import find
from claimledger.quantities import find as find_quantities

WED = dt.date(2025, 1, 15)  # a Wednesday

# rule, text, reference date, [(surface, value, granularity, timex)]
CASES = [
    # Holidays, fixed, by a weekday rule, by Easter, and lunar or lunisolar (data/holiday_dates.tsv).
    ("holiday", "The parade returns on St Patrick's Day 2027.", WED, [("St Patrick's Day 2027", "2027-03-17", "day", "2027-03-17")]),
    ("holiday", "Stores expect crowds on Black Friday.", WED, [("Black Friday", "2024-11-29", "day", "2024-11-29")]),
    ("holiday", "The office shuts on Whit Monday.", WED, [("Whit Monday", "2025-06-09", "day", "2025-06-09")]),
    ("holiday", "Churches fill for Orthodox Easter 2026.", WED, [("Orthodox Easter 2026", "2026-04-12", "day", "2026-04-12")]),
    ("holiday", "Western Easter 2026 comes sooner.", WED, [("Easter 2026", "2026-04-05", "day", "2026-04-05")]),
    ("holiday_table", "Markets close for Eid al-Fitr 2026.", WED, [("Eid al-Fitr 2026", "2026-03-20", "day", "2026-03-20")]),
    ("holiday_table", "Pilgrims return after Eid-ul-Adha 2026.", WED, [("Eid-ul-Adha 2026", "2026-05-27", "day", "2026-05-27")]),
    ("holiday_table", "Lanterns go up before Chinese New Year 2026.", WED, [("Chinese New Year 2026", "2026-02-17", "day", "2026-02-17")]),
    ("holiday_table", "Families light lamps for Diwali 2025.", WED, [("Diwali 2025", "2025-10-20", "day", "2025-10-20")]),
    ("holiday_table", "The school reopens after Rosh Hashanah 2026.", WED, [("Rosh Hashanah 2026", "2026-09-12", "day", "2026-09-12")]),
    ("holiday_table", "Candles are lit for Hanukkah 2025.", WED, [("Hanukkah 2025", "2025-12-15", "day", "2025-12-15")]),
    ("holiday_table", "Talks will resume after Ramadan.", WED, [("Ramadan", "2025-03-01", "day", "2025-03-01")]),
    # Days of the month, the nth weekday of a month.
    ("dom", "The hearing is on the 3rd.", WED, [("the 3rd", "2025-01-03", "day", "2025-01-03")]),
    ("dom", "They meet again Tuesday the 21st.", WED, [("Tuesday the 21st", "2025-01-21", "day", "2025-01-21")]),
    ("dom", "It was the 3rd time he ran.", WED, []),
    ("dmy", "The fund closes on the 15th of March.", WED, [("15th of March", "2025-03-15", "day", "2025-03-15")]),
    ("dmy", "Protests will be held on 31July.", WED, [("31July", "2025-07-31", "day", "2025-07-31")]),
    ("nth", "Voters go to the polls on the first Tuesday of October.", WED, [("the first Tuesday of October", "2024-10-01", "day", "2024-10-01")]),
    ("nth", "Rent is due on the last Friday of the month.", WED, [("the last Friday of the month", "2025-01-31", "day", "2025-01-31")]),
    ("nth", "Memorial Day is the last Monday of May 2026.", WED, [("Memorial Day", "2025-05-26", "day", "2025-05-26"), ("the last Monday of May 2026", "2026-05-25", "day", "2026-05-25")]),
    ("beside", "The march is set for Friday, 31 January.", WED, [("Friday, 31 January", "2025-01-31", "day", "2025-01-31")]),
    ("beside", "Crowds gathered on Friday #31Jan in the square.", WED, [("Friday", "2025-01-31", "day", "2025-01-31"), ("31Jan", "2025-01-31", "day", "2025-01-31")]),
    # A fixture in a preview is ahead, whatever the subject's number.
    ("fixture", "City face United on Saturday.", WED, [("Saturday", "2025-01-18", "day", "2025-01-18")]),
    ("fixture", "The coach spoke ahead of Saturday's clash.", WED, [("Saturday", "2025-01-18", "day", "2025-01-18")]),
    ("fixture", "City beat United on Saturday.", WED, [("Saturday", "2025-01-11", "day", "2025-01-11")]),
    # Offsets.
    ("dayoff", "The result comes the day after tomorrow.", WED, [("the day after tomorrow", "2025-01-17", "day", "2025-01-17")]),
    ("dayoff", "He left the day before yesterday.", WED, [("the day before yesterday", "2025-01-13", "day", "2025-01-13")]),
    ("offset", "The bridge will open in a week.", WED, [("in a week", "2025-01-20", "week", "2025-W04")]),
    ("offset", "Oil had its biggest rise in two months.", WED, []),
    ("offset", "Results will be out in 10 days' time.", WED, [("in 10 days' time", "2025-01-25", "day", "2025-01-25")]),
    ("offset", "The rules take effect three months hence.", WED, [("three months hence", "2025-04-01", "month", "2025-04")]),
    ("offset", "The vote is a week from Friday.", WED, [("a week from Friday", "2025-01-24", "day", "2025-01-24")]),
    # Edges of a period, parts of days, neighbours.
    ("edge", "Prices rose at the start of the year.", WED, [("the start of the year", "2025-01-01", "year", "2025")]),
    ("edge", "The plant closes at the end of next month.", WED, [("the end of next month", "2025-02-01", "month", "2025-02")]),
    ("edge", "Work began at the beginning of January.", WED, [("the beginning of January", "2025-01-01", "month", "2025-01")]),
    ("last_part", "Fire crews worked through last night.", WED, [("last night", "2025-01-14", "day", "2025-01-14TNI")]),
    ("weekend", "Shops were busy this past weekend.", WED, [("this past weekend", "2025-01-11", "day", "2025-W02-WE")]),
    ("anaphor", "The rally was on Jan. 3 and the strike the following week.", WED,
     [("Jan. 3", "2025-01-03", "day", "2025-01-03"), ("the following week", "2025-01-06", "week", "2025-W02")]),
    ("anaphor", "Sales had dipped the previous month.", WED, [("the previous month", "2024-12-01", "month", "2024-12")]),
    # Numeric dates and eras.
    ("numeric", "Filings closed on 2/15/2024.", WED, [("2/15/2024", "2024-02-15", "day", "2024-02-15")]),
    ("numeric", "Filings closed on 15/2/2024.", WED, [("15/2/2024", "2024-02-15", "day", "2024-02-15")]),
    ("numeric", "Filings closed on 3/4/2024.", WED, [("3/4/2024", None, "day", None)]),
    ("era", "Caesar was killed in 44 BC.", WED, [("44 BC", None, "year", "BC0044")]),
    ("era", "Vesuvius erupted in AD 79.", WED, [("AD 79", "0079-01-01", "year", "0079")]),
    ("year_unit", "Each tablet holds 2000 milligrams.", WED, []),
    ("before_year_one", "Farming began 5000 years ago.", WED, [("5000 years ago", None, "year", "BC2976")]),
    ("before_year_one", "The comet returns 9000000 days from now.", WED, [("9000000 days from now", None, "day", None)]),
    # Times.
    ("clock_spoken", "The ferry leaves at half past three.", WED, [("half past three", "2025-01-15", "time", "2025-01-15T03:30")]),
    ("clock_spoken", "Doors open at a quarter to nine.", WED, [("a quarter to nine", "2025-01-15", "time", "2025-01-15T08:45")]),
    ("clock_oclock", "The bell rang at 3 o'clock in the afternoon.", WED, [("3 o'clock in the afternoon", "2025-01-15", "time", "2025-01-15T15:00")]),
    ("clock_24h", "Departure: 15:30, platform 4.", WED, [("15:30", "2025-01-15", "time", "2025-01-15T15:30")]),
    ("clock_24h", "They led with 1:52 left.", WED, []),
    ("clock_part", "The council votes this afternoon at 3:20.", WED, [("this afternoon at 3:20", "2025-01-15", "time", "2025-01-15T15:20")]),
    ("clock_part", "The rally starts tonight at 8.", WED, [("tonight at 8", "2025-01-15", "time", "2025-01-15T20:00")]),
    ("clock_part", "The ward has room for at 8 beds.", WED, []),
    ("time_beside_day", "He will speak at 7:30 p.m. on Friday, Sept. 20.", WED, [("7:30 p.m. on Friday, Sept. 20", "2024-09-20", "time", "2024-09-20T19:30")]),
]

# Ranges: rule, text, [(surface, value, granularity, bound, period first, period last)]
RANGES = [
    ("range", "The fair runs from 13 to 15 July.", [("13", "2025-07-13", "day", "low", "2025-07-13", "2025-07-15"), ("15 July", "2025-07-15", "day", "high", "2025-07-13", "2025-07-15")]),
    ("range", "Hearings are set for August 27-29, 2025.", [("August 27", "2025-08-27", "day", "low", "2025-08-27", "2025-08-29"), ("29, 2025", "2025-08-29", "day", "high", "2025-08-27", "2025-08-29")]),
    ("range", "Planting happens between March and May.", [("March", "2025-03-01", "month", "low", "2025-03-01", "2025-05-31"), ("May", "2025-05-01", "month", "high", "2025-03-01", "2025-05-31")]),
    ("year_range", "The 2019-2020 season was a record.", [("2019", "2019-01-01", "year", "low", "2019-01-01", "2020-12-31"), ("2020", "2020-01-01", "year", "high", "2019-01-01", "2020-12-31")]),
    ("year_range", "The 1990–91 budget passed.", [("1990", "1990-01-01", "year", "low", "1990-01-01", "1991-12-31"), ("91", "1991-01-01", "year", "high", "1990-01-01", "1991-12-31")]),
    ("year_range", "Sales peaked in 2019-12.", []),
    ("clock_range", "Polls are open 3-4 p.m. on Friday.", [("3", "2025-01-10", "time", "low", None, None), ("4 p.m. on Friday", "2025-01-10", "time", "high", None, None)]),
]


@pytest.mark.parametrize("rule, text, ref, expected", CASES, ids=[f"{c[0]}:{c[1][:40]}" for c in CASES])
def test_date_forms(rule: str, text: str, ref: dt.date, expected: list[tuple]) -> None:
    found = find(text, 0, len(text), ref)
    assert all(text[d.start : d.end] == d.text for d in found)
    assert [(d.text, d.value, d.granularity, d.timex) for d in found] == expected


@pytest.mark.parametrize("rule, text, expected", RANGES, ids=[f"{c[0]}:{c[1][:40]}" for c in RANGES])
def test_ranges_are_two_ends(rule: str, text: str, expected: list[tuple]) -> None:
    found = find(text, 0, len(text), WED)
    assert all(text[d.start : d.end] == d.text for d in found)
    got = [(d.text, d.value, d.granularity, d.bound, d.period.first if d.period else None, d.period.last if d.period else None) for d in found]
    assert got == expected


def test_ramadan_lasts_its_month() -> None:
    text = "Talks resume after Ramadan 2026."
    (ramadan,) = find(text, 0, len(text), WED)
    assert ramadan.period is not None and (ramadan.period.first, ramadan.period.last) == ("2026-02-18", "2026-03-19")


_WORDS = (
    "the 0 1 3rd 19th 31 99 5000 9999 2019 2020-21 1990–91 Feb 30 31st of Monday last first fifth next month year "
    "week days ago hence from now to - – / a.m. p.m. 12:75 half past quarter o'clock tonight at 8 in BC AD Eid "
    "al-Fitr Ramadan between and March May will 900000 weeks 1e999 $ KWD 5 feet 13 inches cents minus- x10-3"
).split()


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=9), st.sampled_from([WED, dt.date(1900, 1, 1), None]))
def test_no_run_gives_a_negative_year_or_fails(words: list[str], ref: dt.date | None) -> None:
    """Any run of the new forms' words: no exception, no year before 1, no range end standing for the whole."""
    text = " ".join(words)
    find_quantities(text, 0, len(text))
    for d in find(text, 0, len(text), ref):
        assert not (d.timex or "").startswith("-") and (d.value is None or int(d.value[:4]) >= 1)
        if d.bound is not None:
            assert d.period is None or d.period.first <= (d.value or d.period.first) <= d.period.last
