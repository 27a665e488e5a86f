"""What a claim and a fact-check share beyond their words, and what it does to the match's score.

- **figures**: a figure of the claim is the same figure in the fact-check (claimledger.figures:
  the same measure, the same value within the rounding of the less precise one). A count
  compares with a count of the same noun, or of any noun when one of them names none.
  The same number in another unit is another measure, so no reason.
- **periods**: a date of the fact-check's claim overlaps one of the claim's, day by day.
  When both have dates and no year of one is a year of the other, they speak of other
  times: the match's score drops, and the same figure is then no reason either.
- **speaker**: the claim's speaker and the fact-check's claimant (or a speaker ``extract``
  finds in its claim) have one identity key (claimledger.identity).

The factors are few and round on purpose: on the CheckThat! 2020 dev texts
(``score_matching.py``) they move MAP@5 from 0.873 (all factors 1) to 0.876; a reward for a
shared date lowers it, since a shared year is already a shared word, and so does a larger
penalty for another time (0.85: 0.873).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from claimledger import figures

SAME_FIGURE = 1.1  # the score's factor when the fact-check carries the claim's figure
SAME_SPEAKER = 1.1  # ... when it is about the same speaker's claim
OTHER_TIME = 0.9  # ... when its dates and the claim's share no year
LOWEST, HIGHEST = OTHER_TIME, SAME_FIGURE * SAME_SPEAKER  # the factors' range


@dataclass(frozen=True, slots=True)
class Features:
    """What ``extract`` found in a claim or a fact-check: its quantities and dates as a ledger holds
    them, and its speakers' identity keys."""

    quantities: list[dict[str, Any]] = field(default_factory=list)
    dates: list[dict[str, Any]] = field(default_factory=list)
    speakers: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Shared:
    """What the fact-check shares with the claim: its figures' and dates' text as it writes them, and the speaker key."""

    figures: list[str]
    periods: list[str]
    speaker: str | None
    factor: float  # what the match's lexical score is multiplied by


def compare(claim: Features, fact_check: Features) -> Shared:
    """What a fact-check shares with a claim, and the factor that makes of it."""
    factor = 1.0
    ours, theirs = _periods(claim.dates), _periods(fact_check.dates)
    other_time = bool(ours and theirs) and not any(a[0][:4] <= b[1][:4] and b[0][:4] <= a[1][:4] for a in ours for b in theirs)
    periods = [] if other_time else _unique(t for t, first, last in theirs if any(first <= b[1] and b[0] <= last for b in ours))
    same_figures = [] if other_time else _same_figures(claim.quantities, fact_check.quantities)
    speaker = next((k for k in sorted(set(claim.speakers) & set(fact_check.speakers))), None)
    if other_time:
        factor *= OTHER_TIME
    if same_figures:
        factor *= SAME_FIGURE
    if speaker:
        factor *= SAME_SPEAKER
    return Shared(same_figures, periods, speaker, factor)


def _periods(dates: Iterable[dict[str, Any]]) -> list[tuple[str, str, str]]:
    """Each resolved date as (its text, its first day, its last day)."""
    found = []
    for d in dates:
        if d.get("value"):
            period = d.get("period") or {}
            found.append((d.get("text") or "", period.get("first") or d["value"], period.get("last") or d["value"]))
    return found


def _same_figures(ours: list[dict[str, Any]], theirs: list[dict[str, Any]]) -> list[str]:
    """The texts of the fact-check's quantities that are the same figure as one of the claim's."""
    mine = [f for f in (figures.figure(q) for q in ours) if f is not None]
    if not mine:
        return []
    found = []
    for q in theirs:
        figure = figures.figure(q)
        if figure is not None and any(figures.same(*_comparable(m, figure)) for m in mine):
            found.append(q.get("text") or "")
    return _unique(found)


def _comparable(a: figures.Figure, b: figures.Figure) -> tuple[figures.Figure, figures.Figure]:
    """Two counts of which one names no noun compare as counts of the other's noun."""
    if a.measure[0] == b.measure[0] == "count" and None in (a.measure[1], b.measure[1]):
        return figures.Figure(b.measure, a.value, a.low, a.high, a.tolerance), b
    return a, b


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))
