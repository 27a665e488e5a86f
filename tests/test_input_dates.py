"""Dates given as text (a feed's `published`, --ref-date, show --since/--until): one reader for all."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys

import pytest

from claimledger.input_dates import DateError, read_date

NOW = dt.datetime(2025, 6, 18, 9, 30)  # a Wednesday


@pytest.mark.parametrize(
    "value, order, day",
    [
        ("13/02/2025", None, "2025-02-13"),  # 13 is no month: day first, whatever the order
        ("02/13/2025", None, "2025-02-13"),
        ("3.3.2025", None, "2025-03-03"),  # the same either way
        ("01/02/2025", "DMY", "2025-02-01"),
        ("01/02/2025", "MDY", "2025-01-02"),
        ("01-02-2025 10:00", "DMY", "2025-02-01"),
        ("14.01.2025", "MDY", None),  # no 14th month
    ],
)
def test_numeric_dates_read_in_the_order_given(value: str, order: str | None, day: str | None) -> None:
    if day is None:
        with pytest.raises(DateError, match="no calendar day"):
            read_date(value, order=order)  # type: ignore[arg-type]
    else:
        assert read_date(value, order=order) == dt.date.fromisoformat(day)  # type: ignore[arg-type]


@pytest.mark.parametrize("value", ["01/02/2025", "1/2/2025", "05.06.2024", "11-12-2023"])
def test_a_numeric_date_either_way_round_is_refused_without_an_order(value: str) -> None:
    """Half the world writes the day first and the United States the month: no guess."""
    with pytest.raises(DateError, match="could be day/month or month/day"):
        read_date(value)


@pytest.mark.parametrize(
    "value, day",
    [
        ("2025-01-14", "2025-01-14"),
        ("Tue, 14 Jan 2025 10:00:00 GMT", "2025-01-14"),  # RSS (RFC 822)
        ("Tue, 14 Jan 2025 23:30:00 -0500", "2025-01-14"),  # late evening in New York: the 15th in UTC, the 14th where it was written
        ("Wed, 15 Jan 2025 00:15:00 +1300", "2025-01-15"),  # just after midnight in Auckland: the 14th in UTC
        ("Tue, 14 Jan 2025 10:00:00 +0000", "2025-01-14"),
        ("January 14, 2025 5:02 PM EST", "2025-01-14"),
        ("Tuesday, January 14, 2025 at 11:45 PM PST", "2025-01-14"),
        ("2025-01-14T10:00:00+02:00", "2025-01-14"),  # ISO 8601, Atom
        ("2025-01-14T23:59:59.123+14:00", "2025-01-14"),
        ("2025-01-14T10:00:00Z", "2025-01-14"),
        ("2025-01-14 10:00", "2025-01-14"),
        ("14 January 2025", "2025-01-14"),
        ("Jan. 14, 2025", "2025-01-14"),
        ("2025/01/14", "2025-01-14"),
        ("  2025-01-14  ", "2025-01-14"),
        ("14 Jan 2025 10:00 AEDT", "2025-01-14"),
    ],
)
def test_feed_formats_give_the_day_as_written(value: str, day: str) -> None:
    assert read_date(value) == dt.date.fromisoformat(day)


@pytest.mark.parametrize(
    "value, why",
    [
        ("", "is empty"),
        ("soon", "is not a date claimledger can read"),
        ("2025-13-40", "is not a date claimledger can read"),
        ("last week", "depends on today's date"),
        ("3 days ago", "depends on today's date"),
        ("Monday", "depends on today's date"),
        ("January 14", "depends on today's date"),  # which year?
        ("today", "depends on today's date"),
        ("January 2025", "names a month, not a day"),
        ("2025", "names a year, not a day"),
        ("1736848800", "is a bare number"),  # a Unix time: in which time zone?
    ],
)
def test_without_now_a_date_must_name_one_day_by_itself(value: str, why: str) -> None:
    with pytest.raises(DateError, match=why):
        read_date(value)


@pytest.mark.parametrize(
    "value, first, last",
    [
        ("2025-01-01", "2025-01-01", "2025-01-01"),
        ("last week", "2025-06-11", "2025-06-11"),
        ("3 days ago", "2025-06-15", "2025-06-15"),
        ("yesterday", "2025-06-17", "2025-06-17"),
        ("January 14", "2025-01-14", "2025-01-14"),
        ("January 2025", "2025-01-01", "2025-01-31"),
        ("February 2024", "2024-02-01", "2024-02-29"),
        ("2024", "2024-01-01", "2024-12-31"),
        ("Tue, 14 Jan 2025 23:30:00 -0500", "2025-01-14", "2025-01-14"),
    ],
)
def test_with_now_relative_dates_count_from_it_and_periods_have_two_edges(value: str, first: str, last: str) -> None:
    assert read_date(value, NOW) == dt.date.fromisoformat(first)
    assert read_date(value, NOW, "last") == dt.date.fromisoformat(last)


def test_with_now_an_unreadable_date_is_still_refused() -> None:
    with pytest.raises(DateError, match="is not a date claimledger can read"):
        read_date("whenever", NOW)


@pytest.mark.skipif(sys.platform == "win32", reason="TZ is read from the environment on POSIX")
@pytest.mark.parametrize("zone", ["Pacific/Kiritimati", "Pacific/Pago_Pago"])
def test_the_machine_time_zone_changes_nothing(zone: str) -> None:
    code = "from claimledger.input_dates import read_date; print(read_date('Tue, 14 Jan 2025 23:30:00 -0500'), read_date('January 14, 2025 5:02 PM EST'))"
    out = subprocess.run([sys.executable, "-c", code], env=dict(os.environ, TZ=zone), capture_output=True, text=True, check=True).stdout
    assert out == "2025-01-14 2025-01-14\n"
