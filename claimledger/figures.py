"""A quantity of a ledger as a figure that compares across documents.

Two figures can be compared when they have the same ``measure``: the same currency
(money per unit also the same per-unit: a time converted, so ``£50m a day`` and
``£350m a week`` compare; a noun as written, ``a share``), the same dimension for
pint's units (``5 km`` and ``5,000 metres``; percent and percentage points kept
apart, temperatures in their own unit), or a count of the same noun (``31 drones``).
Values are compared in one unit (SI base units, money per second), each with its
tolerance from ``claimledger.quantities.tolerance``: two figures are the same figure
when they are within the coarser tolerance of the two, and apart when even their
bounds (``at least 15``) leave more than that between them.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from claimledger import quantities, units

_OFFSET_DIMENSIONS = ("temperature",)  # units with a zero of their own (°C, °F): compared as written


@dataclass(frozen=True, slots=True)
class Figure:
    measure: tuple[str | None, ...]  # ("money", "GBP", "time"), ("unit", "length"), ("count", "drones")
    value: float | None  # in the measure's one unit; None for a range, whose ends are low and high
    low: float  # the least the figure allows (-inf for an upper bound such as "up to 20")
    high: float  # the most it allows (inf for a lower bound such as "at least 15")
    tolerance: float  # how far the written figure may lie from its value, in the same unit


def figure(q: dict[str, Any]) -> Figure | None:
    """The figure of a quantity as a ledger holds it, or None when it has no value or a unit nothing converts."""
    value = q.get("value")
    written = value if value is not None else q.get("low") if q.get("low") is not None else q.get("high")
    if written is None:
        return None
    found = _measure(q)
    if found is None:
        return None
    measure, factor = found
    tolerance = quantities.tolerance(q.get("text") or "", written, q.get("unit"), q.get("qualifier")) * abs(factor)
    low = q.get("low") if q.get("low") is not None else value if q.get("bound") != "high" else None
    high = q.get("high") if q.get("high") is not None else value if q.get("bound") != "low" else None
    return Figure(
        measure,
        value * factor if value is not None else None,
        low * factor if low is not None else -math.inf,
        high * factor if high is not None else math.inf,
        tolerance,
    )


def _measure(q: dict[str, Any]) -> tuple[tuple[str | None, ...], float] | None:
    """What a quantity measures, and the factor that takes its value to the measure's one unit."""
    unit = q.get("unit")
    if unit is None:
        return ("count", (q.get("count_of") or "").lower() or None), 1.0
    money, _, per = unit.partition(" / ")
    if (q.get("dimension") or "").startswith("currency"):
        if not per:
            return ("money", money, None), 1.0
        facts = units.facts(per)
        if facts is None or facts.factor is None:
            return ("money", money, per), 1.0  # "USD / share": per a noun, as written
        return ("money", money, facts.dimension), 1.0 / facts.factor
    dimension = q.get("dimension") or ""
    si = q.get("si") or {}
    value = q.get("value") if q.get("value") is not None else q.get("low") if q.get("low") is not None else q.get("high")
    if dimension in _OFFSET_DIMENSIONS or dimension == "dimensionless" or not si.get("value") or not value:
        return ("unit", unit, None), 1.0  # "percent" and "percentage_point" stay apart
    return ("unit", dimension, None), si["value"] / value


def same(a: Figure, b: Figure) -> bool:
    """The same figure written twice: values within the coarser tolerance of the two."""
    if a.measure != b.measure or a.value is None or b.value is None:
        return False
    return abs(a.value - b.value) <= max(a.tolerance, b.tolerance) * (1 + 1e-9)


def apart(a: Figure, b: Figure) -> bool:
    """Figures of one measure that cannot both be right: what each allows (its value, its
    range, its bound) is further from the other's than the coarser tolerance."""
    if a.measure != b.measure:
        return False
    gap = max(b.low - a.high, a.low - b.high)
    return gap > max(a.tolerance, b.tolerance) * (1 + 1e-9)
