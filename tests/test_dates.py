import datetime as dt

import pytest

from claimledger.dates import find

TUESDAY = dt.date(2025, 1, 14)

# text, reference date, [(surface, value, granularity)]
CASES = [
    ("a visit on Tuesday", TUESDAY, [("Tuesday", "2025-01-14", "day")]),
    ("on Monday", TUESDAY, [("Monday", "2025-01-13", "day")]),
    ("on Wednesday", TUESDAY, [("Wednesday", "2025-01-08", "day")]),
    ("next Tuesday", TUESDAY, [("next Tuesday", "2025-01-21", "day")]),
    ("could arrive as soon as Friday", TUESDAY, [("Friday", "2025-01-17", "day")]),
    ("last Tuesday", TUESDAY, [("last Tuesday", "2025-01-07", "day")]),
    ("on Tuesday", dt.date(2025, 1, 1), [("Tuesday", "2024-12-31", "day")]),
    ("on Friday", dt.date(2025, 1, 3), [("Friday", "2025-01-03", "day")]),
    ("on Friday", dt.date(2025, 1, 1), [("Friday", "2024-12-27", "day")]),
    ("term begins next week", TUESDAY, [("next week", "2025-01-20", "week")]),
    ("last week", TUESDAY, [("last week", "2025-01-06", "week")]),
    ("last month", TUESDAY, [("last month", "2024-12-01", "month")]),
    ("earlier this month", TUESDAY, [("earlier this month", "2025-01-01", "month")]),
    ("next year", TUESDAY, [("next year", "2026-01-01", "year")]),
    ("nearly a year ago", TUESDAY, [("nearly a year ago", "2024-01-01", "month")]),
    ("three days ago", TUESDAY, [("three days ago", "2025-01-11", "day")]),
    ("yesterday", TUESDAY, [("yesterday", "2025-01-13", "day")]),
    ("on Jan. 20", TUESDAY, [("Jan. 20", "2025-01-20", "day")]),
    ("on Dec. 30", TUESDAY, [("Dec. 30", "2024-12-30", "day")]),
    ("Aug. 2", dt.date(2011, 8, 15), [("Aug. 2", "2011-08-02", "day")]),
    ("January 20, 2025", None, [("January 20, 2025", "2025-01-20", "day")]),
    ("20 January 2025", None, [("20 January 2025", "2025-01-20", "day")]),
    ("in March", TUESDAY, [("March", "2025-03-01", "month")]),
    ("in March 2024", TUESDAY, [("March 2024", "2024-03-01", "month")]),
    ("in 2024", TUESDAY, [("2024", "2024-01-01", "year")]),
    ("in the 1990s", None, [("the 1990s", "1990-01-01", "decade")]),
    ("2025-01-03", None, [("2025-01-03", "2025-01-03", "day")]),
    # Without a reference date, relative expressions keep no value.
    ("on Tuesday", None, [("Tuesday", None, "day")]),
    ("next week", None, [("next week", None, "week")]),
    ("on Jan. 20", None, [("Jan. 20", None, "day")]),
    # Not dates.
    ("Do you agree?", TUESDAY, []),
    ("It may rain; we march on.", TUESDAY, []),
    ("They are a group to watch.", TUESDAY, []),
    ("He said so on the record.", TUESDAY, []),
    ("a 100M budget and 73 20 votes", TUESDAY, []),
    ("It cost $2025.", TUESDAY, []),
    ("10 Downing Street", TUESDAY, []),
    ("the 2012-13 season", TUESDAY, [("2012", "2012-01-01", "year"), ("13", "2013-01-01", "year")]),  # a range: its two ends
]


@pytest.mark.parametrize("text, ref, expected", CASES)
def test_find(text: str, ref: dt.date | None, expected: list[tuple]) -> None:
    found = find(text, 0, len(text), ref)
    assert [(d.text, d.value, d.granularity) for d in found] == expected
    for d in found:
        assert text[d.start : d.end] == d.text


def test_periods_have_first_and_last_days() -> None:
    (d,) = find("next week", 0, 9, TUESDAY)
    assert (d.period.first, d.period.last, d.timex) == ("2025-01-20", "2025-01-26", "2025-W04")
    (m,) = find("in February 2024", 0, 16, None)
    assert (m.period.first, m.period.last) == ("2024-02-01", "2024-02-29")


@pytest.mark.parametrize(
    "text, value",
    [("Last July", "2023-07-01"), ("last March", "2024-03-01"), ("next July", "2025-07-01"), ("next March", "2025-03-01"), ("in July", "2024-07-01")],
)
def test_last_and_next_month(text: str, value: str) -> None:
    (d,) = find(text, 0, len(text), dt.date(2024, 7, 18))
    assert (d.value, d.granularity) == (value, "month")


@pytest.mark.parametrize(
    "text, ref, expected",
    [
        ("the third quarter", dt.date(1989, 11, 2), [("the third quarter", "1989-07-01", "quarter")]),
        ("third-quarter profit", dt.date(1989, 5, 2), [("third-quarter", "1988-07-01", "quarter")]),
        ("the fourth quarter of 2024", None, [("the fourth quarter of 2024", "2024-10-01", "quarter")]),
        ("earnings for the quarter", dt.date(1989, 11, 2), [("the quarter", "1989-07-01", "quarter")]),
        ("last fall", dt.date(1999, 4, 10), [("last fall", "1998-09-01", "season")]),
        ("this summer", dt.date(1998, 4, 10), [("this summer", "1998-06-01", "season")]),
        ("prices will fall further", dt.date(1998, 4, 10), []),
        ("Prices are now higher", TUESDAY, [("now", "2025-01-14", "day")]),
        ("Last week the court ruled", TUESDAY, [("Last week", "2025-01-06", "week")]),
        ("Yesterday it rained", TUESDAY, [("Yesterday", "2025-01-13", "day")]),
        ("a year earlier", TUESDAY, [("a year earlier", "2024-01-01", "year")]),
        ("a year ago", TUESDAY, [("a year ago", "2024-01-01", "month")]),
        ("sales in the past year", TUESDAY, [("past year", "2024-01-01", "year")]),
        ("in the past four years", TUESDAY, []),
        ("in the nineties", dt.date(1998, 3, 3), [("the nineties", "1990-01-01", "decade")]),
        ("the twenties", TUESDAY, [("the twenties", "2020-01-01", "decade")]),
        ("the 20th century", None, [("the 20th century", "1900-01-01", "century")]),
        ("an 11th-century church", None, [("11th-century", "1000-01-01", "century")]),
        ("in nineteen eighty-four", None, [("nineteen eighty-four", "1984-01-01", "year")]),
        ("the year two thousand", None, [("the year two thousand", "2000-01-01", "year")]),
        ("nineteen people and twenty-one cars", None, []),
        ("in mid-2007", None, [("2007", "2007-01-01", "year")]),
        ("the 1995-1996 season", None, [("1995", "1995-01-01", "year"), ("1996", "1996-01-01", "year")]),
        ("37 years ago", dt.date(2012, 6, 5), [("37 years ago", "1975-01-01", "year")]),
        ("The court will rule on Friday", TUESDAY, [("Friday", "2025-01-17", "day")]),
        ("The court ruled on Friday", TUESDAY, [("Friday", "2025-01-10", "day")]),
        ("on Thursday, Feb. 12", dt.date(2015, 2, 11), [("Thursday, Feb. 12", "2015-02-12", "day")]),
        ("fled in 1948, made", None, [("1948", "1948-01-01", "year")]),
        ("BEIJING, Oct. 23 (Xinhua) -- The talks", dt.date(2003, 10, 23), [("Oct. 23", "2003-10-23", "day")]),
        # The clause's tense picks the year of a date without one, else the nearest.
        ("for the fiscal year ended June 30", dt.date(2019, 11, 1), [("June 30", "2019-06-30", "day")]),
        ("She was last seen Oct. 4", dt.date(2003, 5, 2), [("Oct. 4", "2002-10-04", "day")]),
        ("The deadline was pushed back to Dec. 9", dt.date(2011, 11, 21), [("Dec. 9", "2011-12-09", "day")]),
        ("The merger takes effect Dec. 1", dt.date(2006, 11, 20), [("Dec. 1", "2006-12-01", "day")]),
        ("The vote is expected in March", dt.date(1989, 11, 2), [("March", "1990-03-01", "month")]),
        ("Since the company was sold in February", dt.date(1989, 10, 30), [("February", "1989-02-01", "month")]),
        ("On Thursday, the union plans to stage a march", dt.date(2019, 3, 11), [("Thursday", "2019-03-14", "day")]),
        ("after better-than-expected sales figures landed Thursday", dt.date(2008, 6, 23), [("Thursday", "2008-06-19", "day")]),
        ("The review started in March this year", dt.date(2016, 11, 8), [("March this year", "2016-03-01", "month")]),
        ("The rules take effect in June next year", dt.date(2016, 11, 8), [("June next year", "2017-06-01", "month")]),
        ("The summit opens this September", dt.date(1998, 2, 5), [("September", "1998-09-01", "month")]),
        # Holidays: data/holidays.tsv
        ("She was sworn in on Thanksgiving Day", dt.date(2010, 1, 12), [("Thanksgiving Day", "2009-11-26", "day")]),
        ("a voter drive from now until Election Day", dt.date(2014, 10, 20),
         [("now", "2014-10-20", "day"), ("Election Day", "2014-11-04", "day")]),
        ("The store will reopen after Easter", dt.date(2000, 2, 1), [("Easter", "2000-04-23", "day")]),
        ("on Christmas Eve 2024", None, [("Christmas Eve 2024", "2024-12-24", "day")]),
        ("last New Year’s Day", dt.date(2025, 1, 14), [("last New Year’s Day", "2025-01-01", "day")]),
        ("the Eastern Europe desk", dt.date(2025, 1, 14), []),
    ],
)
def test_news_periods(text: str, ref: dt.date | None, expected: list[tuple]) -> None:
    assert [(d.text, d.value, d.granularity) for d in find(text, 0, len(text), ref)] == expected


def test_present_keeps_its_timex() -> None:
    (d,) = find("now", 0, 3, TUESDAY)
    assert d.timex == "PRESENT_REF"
    (q,) = find("the third quarter", 0, 17, TUESDAY)
    assert q.timex == "2024-Q3"
    (c,) = find("the 20th century", 0, 16, None)
    assert (c.timex, c.period.last) == ("19", "1999-12-31")


@pytest.mark.parametrize(
    ("ref", "phrase"),
    [
        (dt.date(2024, 3, 31), "a month ago"),  # no 31 February
        (dt.date(2024, 2, 29), "a year ago"),  # no 29 February 2023
        (dt.date(2025, 1, 14), "three weeks ago"),
        (dt.date(2025, 1, 2), "five days ago"),  # across the new year
        (dt.date(2025, 1, 14), "eleven months ago"),
        (dt.date(2025, 1, 14), "33 years ago"),
    ],
)
def test_ago_is_what_dateparser_reads(ref: dt.date, phrase: str) -> None:
    """We count "n units ago" back ourselves (no dateparser start-up); it must agree with dateparser."""
    import dateparser

    settings = {"RELATIVE_BASE": dt.datetime.combine(ref, dt.time(12)), "PREFER_DAY_OF_MONTH": "first"}
    theirs = dateparser.parse(phrase, languages=["en"], settings=settings).date()
    (ours,) = find(phrase, 0, len(phrase), ref)
    last = ours.period.last if ours.period else ours.value
    assert ours.value <= theirs.isoformat() <= last  # the day dateparser reads lies in the period we name


# text, reference date, [(surface, value, timex)]; MONDAY = 2025-01-13
TIMES = [
    ("Officers were called at 3 p.m.", TUESDAY, [("3 p.m.", "2025-01-14", "2025-01-14T15:00")]),
    ("The blast hit at 5:30 a.m. local time on Monday.", TUESDAY, [("5:30 a.m. local time on Monday", "2025-01-13", "2025-01-13T05:30")]),
    ("She was arraigned at 9:47 a.m. Saturday.", TUESDAY, [("9:47 a.m. Saturday", "2025-01-11", "2025-01-11T09:47")]),
    ("The curfew began at midnight Monday.", TUESDAY, [("midnight Monday", "2025-01-13", "2025-01-13T24:00")]),
    ("On Friday at 3 p.m. the court rose.", TUESDAY, [("Friday at 3 p.m.", "2025-01-10", "2025-01-10T15:00")]),
    ("Sun, 12 Jan, 2025 - 09:45", TUESDAY, [("12 Jan, 2025 - 09:45", "2025-01-12", "2025-01-12T09:45")]),
    ("Talks will resume at noon Thursday.", TUESDAY, [("noon Thursday", "2025-01-16", "2025-01-16T12:00")]),
    ("The market closed at 5.30pm.", TUESDAY, [("5.30pm", "2025-01-14", "2025-01-14T17:30")]),
    ("Polls opened on Jan. 9 and closed at 18:00 GMT.", TUESDAY,
     [("Jan. 9", "2025-01-09", "2025-01-09"), ("18:00 GMT", "2025-01-09", "2025-01-09T18:00")]),
    ("It opened at 9 a.m.", None, [("9 a.m.", None, None)]),
    # Not times: a game clock, a ratio, a score.
    ("He hit the winner with 1:52 left in the half.", TUESDAY, []),
    ("a 3:1 majority", TUESDAY, []),
]


@pytest.mark.parametrize("text, ref, expected", TIMES)
def test_times_of_day_fall_on_their_day(text: str, ref: dt.date | None, expected: list[tuple]) -> None:
    found = find(text, 0, len(text), ref)
    assert [(d.text, d.value, d.timex) for d in found] == expected
    assert all(d.granularity == "time" for d in found if d.timex and "T" in d.timex)


# Weekdays in a clause about a schedule or a fixture go forward from the reference date.
FUTURE = [
    ("Chelsea hosts Arsenal on Thursday.", TUESDAY, [("Thursday", "2025-01-16", "day")]),
    ("the second Test, beginning on Thursday at the city oval", dt.date(2023, 2, 6), [("Thursday", "2023-02-09", "day")]),
    ("The probe is due to land on Sunday.", TUESDAY, [("Sunday", "2025-01-19", "day")]),
    ("The bill is set to be signed on Friday.", TUESDAY, [("Friday", "2025-01-17", "day")]),
    ("The team faces Leeds on Saturday.", TUESDAY, [("Saturday", "2025-01-18", "day")]),
    # The past stays in the past.
    ("The team faced Leeds on Saturday.", TUESDAY, [("Saturday", "2025-01-11", "day")]),
    # Datelines in capitals; "MAY" in a headline is the modal.
    ("MUSCAT — JUNE 12: Officials said", dt.date(2025, 6, 13), [("JUNE 12", "2025-06-12", "day")]),
    ("LAGOS, MONDAY — The governor", TUESDAY, [("MONDAY", "2025-01-13", "day")]),
    ("STRIKERS MAY WALK OUT", TUESDAY, []),
]


@pytest.mark.parametrize("text, ref, expected", FUTURE)
def test_schedules_and_capitals(text: str, ref: dt.date, expected: list[tuple]) -> None:
    assert [(d.text, d.value, d.granularity) for d in find(text, 0, len(text), ref)] == expected
