"""Rewrite claimledger/data/holiday_dates.tsv from the calendar libraries
(tests/test_holidays.py checks they agree).

    python scripts/make_holidays.py          # needs: pip install holidays hijridate

The holidays of lunar and lunisolar calendars, whose Gregorian day no rule of
data/holidays.tsv gives, one row a year: the Islamic ones by the Umm al-Qura calendar
(hijridate; 1 Ramadan with the month's last day, 1 Shawwal, 10 Dhu al-Hijjah, 1 Muharram),
Chinese New Year by the Chinese calendar, the Jewish holidays by the Hebrew calendar (the
first full day) and Diwali by the Hindu calendar, as the ``holidays`` package computes
them for China, Israel and India. Neither library is needed to run claimledger.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

TARGET = Path(__file__).resolve().parent.parent / "claimledger" / "data" / "holiday_dates.tsv"
YEARS = range(1950, 2078)  # where the Umm al-Qura table and the holidays package's calendars overlap
# Holiday (as data/holidays.tsv names its table), country and the name the holidays package gives it.
LUNISOLAR = [
    ("chinese new year", "CN", "Chinese New Year (Spring Festival)"),
    ("diwali", "IN", "Diwali"),
    ("hanukkah", "IL", "Hanukkah"),
    ("passover", "IL", "Pesach"),
    ("rosh hashanah", "IL", "Rosh Hashanah"),
    ("yom kippur", "IL", "Yom Kippur"),
]
# Holiday and its Hijri month and day (Muharram is 1).
HIJRI = [("eid al-adha", 12, 10), ("eid al-fitr", 10, 1), ("islamic new year", 1, 1), ("ramadan", 9, 1)]


def rows() -> list[tuple[str, str]]:
    """(holiday, its days) rows, sorted: the first day of each year's, space-separated, and for
    a month (Ramadan) its first and last days joined by a slash."""
    import warnings

    import holidays
    from hijridate import Gregorian, Hijri

    found: dict[str, list[str]] = {}
    for year in YEARS:
        for name, country, theirs in LUNISOLAR:
            with warnings.catch_warnings():  # India's Hindu holidays: 2001-2035 only
                warnings.simplefilter("ignore")
                calendar = holidays.country_holidays(country, years=year, categories=_categories(country))
            days = sorted(d for d, names in calendar.items() if theirs in names.split("; ") and d.year == year)
            if name == "hanukkah":
                days = [d for d in days if d.month >= 11]  # not the tail of last year's, in January
            if days:
                found.setdefault(name, []).append(days[0].isoformat())
        hijri_year = Gregorian(year, 7, 1).to_hijri().year
        for name, month, day in HIJRI:
            for h in (hijri_year - 1, hijri_year, hijri_year + 1):
                try:
                    first = Hijri(h, month, day).to_gregorian()
                except OverflowError:  # past the end of the Umm al-Qura table
                    continue
                if first.year != year:
                    continue
                written = first.isoformat()
                if name == "ramadan":
                    last = dt.date.fromisoformat(Hijri(h, 10, 1).to_gregorian().isoformat()) - dt.timedelta(days=1)
                    written += f"/{last.isoformat()}"
                found.setdefault(name, []).append(written)
    return sorted((name, " ".join(sorted(days))) for name, days in found.items())


def _categories(country: str) -> tuple[str, ...]:
    import holidays

    return tuple(holidays.country_holidays(country).supported_categories)


if __name__ == "__main__":
    from importlib.metadata import version

    table = rows()
    header = [f"# Made by scripts/make_holidays.py from holidays {version('holidays')} and hijridate {version('hijridate')}: do not edit by hand.",
              "# Holiday and its days, 1950-2077: the first day of each year's; a month (Ramadan) as first/last."]
    TARGET.write_text("\n".join(header + ["\t".join(r) for r in table]) + "\n", encoding="utf-8")
    print(f"{TARGET}: {len(table)} rows")
