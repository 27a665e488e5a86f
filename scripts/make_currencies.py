"""Rewrite claimledger/data/world_currencies.tsv from Babel's copy of the Unicode CLDR
(tests/test_currencies.py checks they agree).

    python scripts/make_currencies.py

Every ISO 4217 code in use today (written in capitals before or after a number: "KWD 40",
"400 SEK"), the English name of every currency CLDR knows, current or former, singular and
plural and lowercase ("kuwaiti dinars", "finnish markkas": a name that says its country), and
the currency signs that name one currency only in the locales of the countries that use it ("₾", "₭").
Names and symbols that data/currencies.tsv gives are read from there (it wins: "$" is USD,
"dinars" JOD). Babel is needed to run this script and its test, not to run claimledger.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from pathlib import Path

TARGET = Path(__file__).resolve().parent.parent / "claimledger" / "data" / "world_currencies.tsv"
_NOT_MONEY = ("(", "fund", "unit", "investment", "mvdol", "special drawing", "gold", "silver", "platinum",
              "palladium", "testing", "unknown", "rinet", "settlement", "european composite", "european monetary",
              "european unit", "adb unit")


def rows() -> list[tuple[str, str]]:
    """(written form, ISO code) rows, sorted."""
    import babel.numbers as numbers
    from babel import Locale
    from babel.core import get_global

    today = dt.date(2026, 1, 1)  # fixed, so that the table does not change with the day it is made
    territories = get_global("territory_currencies")
    current: dict[str, set[str]] = {}
    for territory in territories:
        for code in numbers.get_territory_currencies(territory, today, tender=True):
            current.setdefault(code, set()).add(territory)
    found: dict[str, set[str]] = {}
    english = Locale("en")
    for code in numbers.list_currencies():
        name = english.currencies.get(code, "")
        if not name or any(w in name.lower() for w in _NOT_MONEY):
            continue
        plural = numbers.get_currency_name(code, 2, "en")
        for written in (name.lower(), plural.lower()):
            if " " in written:  # a name with its country; a bare "dinar" is in data/currencies.tsv
                found.setdefault(written, set()).add(code)
    for code, places in current.items():
        found.setdefault(code, set()).add(code)
        for territory in sorted(places):
            for language in ("en", *_languages(territory)):
                try:
                    symbol = Locale.parse(f"{language}_{territory}").currency_symbols.get(code, "")
                except Exception:  # no such locale in CLDR
                    continue
                if symbol and all(unicodedata.category(c) == "Sc" for c in symbol):  # "₾", not "GEL" or a letter
                    found.setdefault(symbol, set()).add(code)
    return sorted((written, codes.pop()) for written, codes in found.items() if len(codes) == 1)


def _languages(territory: str) -> list[str]:
    from babel.core import get_global

    spoken = get_global("territory_languages").get(territory, {})
    return sorted(spoken, key=lambda lang: -spoken[lang].get("population_percent", 0))[:2]


if __name__ == "__main__":
    import babel

    table = rows()
    header = [f"# Made by scripts/make_currencies.py from Babel {babel.__version__} (Unicode CLDR): do not edit by hand.",
              "# Written form (an ISO 4217 code in capitals, a name with its country lowercase, a symbol) and its code."]
    TARGET.write_text("\n".join(header + [f"{w}\t{c}" for w, c in table]) + "\n", encoding="utf-8")
    print(f"{TARGET}: {len(table)} rows")
