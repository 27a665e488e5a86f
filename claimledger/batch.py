"""Extraction over many inputs, in one process or several, always in input order.

With ``jobs > 1`` documents go to worker processes in small chunks, a few chunks
ahead of the one being written, and come back in the order they were read, so the
ledger is byte-identical to a run with one job while reading, extracting and
writing overlap. Workers also turn claims into JSON lines, the costliest step
after extraction, so the main process only writes. A large (streamed) document
is extracted in the main process at its place in the order, so memory stays
bounded; problems pass through where they stand.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import signal
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.pool import AsyncResult

from claimledger.ledger import JsonLine, Record
from claimledger.pipeline import Document, extract_document, extract_stream
from claimledger.sources import LargeDocument, Problem

_CHUNK = 8  # documents sent to a worker at once
_AHEAD = 4  # chunks in flight per worker: enough to keep workers busy, few enough to bound memory


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one input: its claims, or one line saying what went wrong."""

    claims: Iterable[Record]
    problem: str | None = None
    counted: bool = True  # False: a problem told of an input read all the same (its own outcome follows)


def outcome(item: Document | LargeDocument | Problem, ref_date: dt.date | None) -> Outcome:
    """What becomes of one item read by claimledger.sources (a large document's claims come lazily)."""
    if isinstance(item, Problem):
        return Outcome([], str(item), counted=item.skipped)
    if isinstance(item, LargeDocument):
        return Outcome(extract_stream(item.chunks(), item.id, item.sha256, item.published or ref_date))
    try:
        return Outcome(extract_document(item, ref_date))
    except Exception as e:  # a bug of ours on one document must not stop the batch
        return Outcome([], f"{item.id}: internal error, document skipped: {e!r}")


def as_lines(result: Outcome) -> Outcome:
    """The same outcome with its claims turned into ledger lines, cheap to send between processes."""
    return Outcome([JsonLine(c.id, c.to_json()) for c in result.claims], result.problem, result.counted)


def _worker_signals() -> None:
    """A worker leaves Ctrl-C and kill to the parent, which stops the pool: it dies quietly when
    stopped (SIGTERM, the default), and ignores the SIGINT a terminal sends the whole group."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _chunk_in_worker(documents: list[Document], ref_date: dt.date | None) -> list[Outcome]:
    return [as_lines(outcome(d, ref_date)) for d in documents]


def run(items: Iterable[Document | LargeDocument | Problem], ref_date: dt.date | None = None, jobs: int = 1) -> Iterator[Outcome]:
    """The outcome of every item, in input order."""
    if jobs <= 1:
        for item in items:
            yield outcome(item, ref_date)
        return
    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    with context.Pool(jobs, initializer=_worker_signals) as pool:
        # In input order: a chunk of documents on its way through a worker, or an item for this process.
        pending: deque[AsyncResult[list[Outcome]] | LargeDocument | Problem] = deque()
        documents: list[Document] = []

        def send() -> None:
            if documents:
                pending.append(pool.apply_async(_chunk_in_worker, (list(documents), ref_date)))
                documents.clear()

        def settle() -> Iterator[Outcome]:
            head = pending.popleft()
            if isinstance(head, AsyncResult):
                yield from head.get()
            else:
                yield outcome(head, ref_date)

        for item in items:
            if isinstance(item, Document):
                documents.append(item)
                if len(documents) >= _CHUNK:
                    send()
            else:
                send()
                pending.append(item)
            while len(pending) > jobs * _AHEAD:
                yield from settle()
        send()
        while pending:
            yield from settle()
