"""How normalized values read for people, the same in the terminal table and the HTML report."""

from __future__ import annotations

from typing import Any


def number(x: float) -> str:
    """A number as people read it: 1,448,410 and 621.371, never 1.44841e+06."""
    return f"{x:,.0f}" if abs(x) >= 1e5 or x == int(x) else f"{x:,.6g}" if abs(x) >= 1e-3 else f"{x:g}"


def quantity(q: dict[str, Any]) -> str:
    """A quantity's normalized value: ``= 1,000 kilometer (1,000,000 meter)``, ``= 10..15 percent``, ``5 nations``."""
    unit = q.get("unit")
    si = q.get("si")
    shown = ""
    if q.get("value") is not None:
        shown = f"= {number(q['value'])}" + (f" {unit}" if unit else "")
    elif q.get("low") is not None or q.get("high") is not None:
        low, high = (number(q[k]) if q.get(k) is not None else "" for k in ("low", "high"))
        shown = f"= {low}..{high}" + (f" {unit}" if unit else "")
    if si and unit and si.get("unit") != unit:
        shown += f" ({number(si['value'])} {si['unit']})"
    if q.get("count_of"):
        shown += f" {q['count_of']}"
    return shown.strip()


def inconsistency(q: dict[str, Any]) -> str | None:
    """For a measurement restated in parentheses that does not agree with the first: what the first converts to."""
    link = q.get("equivalent_of")
    if link and link.get("consistent") is False and link.get("converted") is not None:
        return f"converts to {number(link['converted'])}" + (f" {q['unit']}" if q.get("unit") else "")
    return None


def date(d: dict[str, Any]) -> str:
    """A date's normalized value: its TIMEX3 value, else its ISO date, else why there is none."""
    return f"= {d.get('timex') or d.get('value') or '? (no reference date)'}"
