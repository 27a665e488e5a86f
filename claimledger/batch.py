"""Extraction over many inputs, in one process or several, always in input order.

With ``jobs > 1`` documents go to worker processes in batches and come back in the
order they were read, so the ledger is byte-identical to a run with one job. A
large (streamed) document is extracted in the main process at its place in the
order, so memory stays bounded; problems pass through where they stand.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice

from claimledger.pipeline import Document, extract, extract_stream
from claimledger.records import Claim
from claimledger.sources import LargeDocument, Problem

_PER_JOB = 16  # documents per worker in one batch


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one input: its claims, or one line saying what went wrong."""

    claims: Iterable[Claim]
    problem: str | None = None


def _one(document: Document, ref_date: dt.date | None) -> Outcome:
    try:
        return Outcome(extract(document.text, document.id, document.published or ref_date))
    except Exception as e:  # a bug of ours on one document must not stop the batch
        return Outcome([], f"{document.id}: internal error, document skipped: {e!r}")


def _one_packed(args: tuple[Document, dt.date | None]) -> Outcome:
    return _one(*args)


def _in_place(item: LargeDocument | Problem, ref_date: dt.date | None) -> Outcome:
    if isinstance(item, Problem):
        return Outcome([], str(item))
    return Outcome(extract_stream(item.chunks(), item.id, item.sha256, item.published or ref_date))


def run(items: Iterable[Document | LargeDocument | Problem], ref_date: dt.date | None = None, jobs: int = 1) -> Iterator[Outcome]:
    """The outcome of every item, in input order."""
    if jobs <= 1:
        for item in items:
            yield _one(item, ref_date) if isinstance(item, Document) else _in_place(item, ref_date)
        return
    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    with context.Pool(jobs) as pool:
        iterator = iter(items)
        while batch := list(islice(iterator, jobs * _PER_JOB)):
            run_of_documents: list[Document] = []
            for item in batch + [None]:  # None flushes the last run
                if isinstance(item, Document):
                    run_of_documents.append(item)
                    continue
                if run_of_documents:
                    yield from pool.map(_one_packed, [(d, ref_date) for d in run_of_documents], chunksize=max(1, len(run_of_documents) // (jobs * 2)))
                    run_of_documents = []
                if item is not None:
                    yield _in_place(item, ref_date)
