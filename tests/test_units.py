"""data/pint_cache.json answers exactly what pint would, so the tool can start without pint."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from claimledger import units
from claimledger.records import SiValue


def test_cache_is_what_the_installed_pint_computes() -> None:
    shipped = json.loads(resources.files("claimledger").joinpath("data", "pint_cache.json").read_text(encoding="utf-8"))
    fresh = units.cache_table(units.shipped_expressions())
    shipped.pop("pint"), fresh.pop("pint")
    assert shipped == fresh, "run: python scripts/make_pint_cache.py"


def test_every_unit_alias_is_in_the_cache() -> None:
    shipped = units._table()["units"]
    assert set(units.shipped_expressions()) <= set(shipped)


@pytest.mark.parametrize(
    ("value", "expression"),
    [
        (1000, "kilometer"),
        (600, "mile"),
        (2.5, "foot"),
        (31, "nautical_mile"),
        (816000, "metric_ton"),
        (45, "minute"),
        (1.5, "kilometer ** 2"),
        (70, "percent"),
        (3, "percentage_point"),
        (12, "gallon"),
        (98.6, "degree_Fahrenheit"),  # offset unit: answered by pint itself
        (-10, "degree_Celsius"),
    ],
)
def test_si_values_match_pint(value: float, expression: str) -> None:
    q = units._registry().Quantity(value, expression).to_base_units()
    assert units.si(value, expression) == SiValue(round(float(q.magnitude), 9), str(q.units))


@pytest.mark.parametrize(
    ("value", "source", "target"),
    [(1000, "kilometer", "mile"), (1100, "kilometer", "mile"), (5, "foot", "meter"), (20, "degree_Celsius", "degree_Fahrenheit"), (2, "acre", "hectare")],
)
def test_conversions_match_pint(value: float, source: str, target: str) -> None:
    expected = units._registry().Quantity(value, source).to(target).magnitude
    assert units.convert(value, source, target) == pytest.approx(expected, rel=1e-12)


def _symbols_pint_reads() -> list[str]:
    """Tokens pint reads as units: every prefix symbol with a sample of unit symbols, and prefixed names."""
    table = units._table()
    tokens = [p + s for p in ["", *table["prefix_symbols"]] for s in table["unit_symbols"][::7]]
    tokens += [f"{p}{n}s" for p in table["prefix_names"] for n in ("meter", "watt", "gram", "ton", "hertz")]
    return tokens


def test_the_quick_symbol_test_never_turns_away_a_unit_pint_reads() -> None:
    missed = [t for t in _symbols_pint_reads() if units._pint_symbol(t) and not units._may_be_symbol(t)]
    assert missed == []


@pytest.mark.parametrize("word", ["drones", "people", "missiles", "brigades", "points", "years", "Ukrainians", "homes"])
def test_plain_words_never_reach_pint(word: str) -> None:
    assert not units._may_be_symbol(word)
    assert units.symbol(word) is None
