"""What claimledger asks of pint, answered without pint when it can.

Building pint's registry costs more than a short run's whole extraction (about
0.4 s to import and build it). The questions the quantity reader asks most - a
unit's canonical name and dimension, its value in SI units, a conversion between
two units, whether a word is a unit symbol pint knows - are answered for the units
in data/units.tsv and data/unit_symbols.tsv and for pint's symbols by ``data/pint_cache.json``, which
``scripts/make_pint_cache.py`` writes from pint and ``tests/test_units.py``
checks against the installed pint. Anything else (offset units such as °C,
compound units such as ``km / h`` built from the text, a symbol the table may
hold) goes to pint, whose registry is then built once.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from claimledger import lexicon
from claimledger.records import SiValue


@dataclass(frozen=True, slots=True)
class Facts:
    name: str  # pint's canonical name: "kilometer", "mile / hour"
    dimension: str  # "length", "length / time", "dimensionless"
    factor: float | None  # one of the unit in SI base units; None for offset units (°C, °F)
    base: str  # the SI base unit: "meter", "meter / second"


def _new_registry() -> Any:
    import pint

    try:
        # pint keeps its parsed definitions in the user's cache folder: 0.25 s less to build
        ureg = pint.UnitRegistry(cache_folder=":auto:")
    except Exception:  # an unwritable folder, or a cache another process is still writing
        ureg = pint.UnitRegistry()
    ureg.define("percentage_point = 0.01")  # its own unit: 2 points is not 2%
    ureg.define("basis_point = 0.01 * percentage_point")
    return ureg


@cache
def _registry() -> Any:
    """The one registry of a run; it learns prefixed units ("mGy") as it reads them."""
    return _new_registry()


@cache
def _table() -> dict[str, Any]:
    raw = resources.files("claimledger").joinpath("data", "pint_cache.json").read_text(encoding="utf-8")
    return json.loads(raw)  # type: ignore[no-any-return]


def pint_facts(expression: str) -> Facts | None:
    """pint's own answer, for expressions the table does not hold (and to write the table)."""
    ureg = _registry()
    try:
        unit = ureg.Unit(expression)
        one = ureg.Quantity(1, expression).to_base_units()
        zero = ureg.Quantity(0, expression).to_base_units().magnitude
    except Exception:  # pint raises several kinds for what it cannot read
        return None
    dimension = str(unit.dimensionality).replace("[", "").replace("]", "") or "dimensionless"
    return Facts(str(unit), dimension, None if zero else float(one.magnitude), str(one.units))


@cache
def facts(expression: str) -> Facts | None:
    """The name, dimension and SI factor of a pint unit expression, or None if pint cannot read it."""
    row = _table()["units"].get(expression)
    return Facts(*row) if row is not None else pint_facts(expression)


def si(value: float, expression: str) -> SiValue | None:
    known = facts(expression)
    if known is None:
        return None
    if known.factor is not None:
        return SiValue(round(value * known.factor, 9), known.base)
    try:
        base = _registry().Quantity(value, expression).to_base_units()
    except Exception:  # pint raises several kinds for what it cannot convert
        return None
    return SiValue(round(float(base.magnitude), 9), known.base)


def convert(value: float, source: str, target: str) -> float:
    """``value`` in unit ``source`` expressed in unit ``target`` (of the same dimension)."""
    first, second = facts(source), facts(target)
    if first and second and first.factor is not None and second.factor is not None:
        return value * first.factor / second.factor
    return float(_registry().Quantity(value, source).to(target).magnitude)


@cache
def _vocabulary() -> tuple[tuple[str, ...], tuple[str, ...], frozenset[str]]:
    table = _table()
    return tuple(table["prefix_names"]), tuple(table["prefix_symbols"]), frozenset(table["unit_symbols"])


def _may_be_symbol(token: str) -> bool:
    """Whether pint could read ``token`` as a symbol or a prefixed name: a prefix symbol
    (or none) and a unit symbol, or a prefix name first. Most words are neither."""
    prefix_names, prefix_symbols, symbols = _vocabulary()
    lower = token.lower()
    if lower.startswith(prefix_names):
        return True
    return token in symbols or any(token.startswith(p) and token[len(p) :] in symbols for p in prefix_symbols)


@cache
def _news_prefixes() -> frozenset[str]:
    """The names of the prefixes a unit from the news may carry (data/unit_prefixes.tsv)."""
    return frozenset(lexicon.table("unit_prefixes").values())


def _allowed(prefix: str) -> bool:
    """Whether a prefix pint found (a name, "kilo") is one the news writes."""
    return not prefix or prefix in _news_prefixes()


@cache
def symbol(token: str) -> str | None:
    """A unit pint knows, written exactly as its symbol (``mg``, ``GHz``, ``eV``) or as a
    prefixed name (``nanometers``); plain words such as ``points`` or ``cats`` are not taken.
    The Greek mu of ``μm`` is read as the micro sign pint writes."""
    token = token.replace("\u03bc", "\u00b5")
    lower = token.lower()
    if lower in lexicon.words("count_stopwords") or lower in lexicon.words("not_units") or lower in lexicon.words("common_words"):
        return None  # "points", "degrees", "he" (hecto-elementary charge to pint)
    if token.isupper() and len(token) > 3:
        return None
    return _pint_symbol(token) if _may_be_symbol(token) else None


def _pint_symbol(token: str) -> str | None:
    ureg = _registry()
    try:
        readings = ureg.parse_unit_name(token)
    except Exception:
        return None
    for prefix, name, _ in readings:
        full = prefix + name
        if "constant" in name or not _allowed(prefix):
            continue  # "hk" is hecto-Boltzmann-constant to pint, "RM" ronna-molar: never units in the news
        try:
            written = ureg.get_symbol(full)
        except Exception:
            continue
        if token == written or (prefix and token.lower().rstrip("s") == full.replace("_", " ")):
            return full
    return None


def shipped_expressions() -> list[str]:
    """The pint expressions of data/units.tsv and data/unit_symbols.tsv, which the cache answers for."""
    return list(lexicon.table("units").values()) + list(lexicon.table("unit_symbols").values())


def cache_table(expressions: list[str]) -> dict[str, Any]:
    """The contents of data/pint_cache.json, computed from the installed pint."""
    import pint

    ureg = _new_registry()  # not the run's own, which has learned prefixed units
    return {
        "pint": pint.__version__,
        "prefix_names": sorted({d.name for d in ureg._prefixes.values() if d.name}),
        "prefix_symbols": sorted({d.symbol for d in ureg._prefixes.values() if d.symbol}),
        "unit_symbols": sorted({d.symbol or name for name, d in ureg._units.items()}),
        "units": {e: [f.name, f.dimension, f.factor, f.base] for e in sorted(set(expressions)) if (f := pint_facts(e))},
    }
