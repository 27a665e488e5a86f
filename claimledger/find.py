"""Finding a figure wherever a ledger repeats it: ``claimledger find "£350 million a week"``.

The query is read by the quantity reader that extraction uses (claimledger.quantities),
so it is written the way the news writes it. A record matches when one of its
quantities is the same figure (claimledger.figures.same): the same measure, and values
within the rounding of the less precise one. So ``£350m per week``, ``350 million
pounds a week`` and ``£350,000,000 weekly`` match ``£350 million a week``, and ``£35
million a week`` does not. A count with no noun (``find 31``) matches a count of any
noun; ``31 drones`` only counts of drones.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from typing import Any

from claimledger import figures, quantities



class QueryError(ValueError):
    """A query that names no single figure; the message says why."""


@dataclass(frozen=True, slots=True)
class Query:
    text: str
    quantity: dict[str, Any]  # as a ledger would hold it
    figure: figures.Figure


@dataclass(frozen=True, slots=True)
class Found:
    record: dict[str, Any]
    quantity: dict[str, Any]  # the record's quantity that is the figure


def read_query(text: str) -> Query:
    """The one figure a query names, read as extraction reads the news."""
    found = [q for q in quantities.find(text, 0, len(text)) if q.value is not None]
    if not found:
        raise QueryError("holds no figure claimledger can read (such as '£350 million a week' or '31 drones')")
    if len(found) > 1:
        raise QueryError(f"holds {len(found)} figures ({', '.join(repr(q.text) for q in found)}); give one")
    quantity = asdict(found[0])
    figure = figures.figure(quantity)
    if figure is None:
        raise QueryError(f"has a unit claimledger cannot compare ({quantity['unit']})")
    return Query(text, quantity, figure)


def find(records: Iterable[dict[str, Any]], query: Query) -> Iterator[Found]:
    """Every record that carries the query's figure, in ledger order, with its first such quantity."""
    wanted = query.figure
    any_count = wanted.measure == ("count", None)
    for record in records:
        for q in record.get("quantities") or ():
            figure = figures.figure(q)
            if figure is None:
                continue
            if any_count and figure.measure[0] == "count":
                figure = figures.Figure(wanted.measure, figure.value, figure.low, figure.high, figure.tolerance)
            if figures.same(wanted, figure):
                yield Found(record, q)
                break
