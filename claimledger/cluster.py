"""Extraction on a Dask cluster: many files or JSONL shards as a ``dask.bag``.

Extraction is a pure function of (document text, id, reference date), so the
input files are spread over the cluster's workers, each of which reads its files
and turns their claims into ledger lines; the lines come back partition by
partition in input order, so the ledger is byte-identical to a run in one
process. Only file names travel to the workers: every worker must see the same
paths (a shared or copied folder) and have claimledger installed. Needs the
optional extra ``pip install '.[dask]'`` from a checkout.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from claimledger.batch import Outcome, as_lines, outcome
from claimledger.input_dates import DateOrder
from claimledger.sources import InputFormat, Problem, expand, read_one

_PARTITIONS_PER_WORKER = 4  # enough to balance uneven files, few enough that scheduling costs little
CONNECT_TIMEOUT = 10.0  # seconds to wait for the scheduler before giving up


class ClusterError(RuntimeError):
    """The engine cannot run: the extra is missing, or the scheduler cannot be reached."""


def run(
    inputs: list[str],
    scheduler: str,
    ref_date: dt.date | None = None,
    workers: int = 2,
    input_format: InputFormat = "auto",
    encoding_errors: str = "strict",
    timeout: float = CONNECT_TIMEOUT,
    date_order: DateOrder | None = None,
) -> Iterator[Outcome]:
    """The outcome of every document named by ``inputs``, in input order, extracted on
    the cluster at ``scheduler`` (an address such as ``tcp://10.0.0.5:8786``), or on a
    new local cluster of ``workers`` processes when ``scheduler`` is ``local``; a
    scheduler that does not answer within ``timeout`` seconds is a ClusterError."""
    try:
        import dask.bag as db
        from distributed import Client, LocalCluster
    except ImportError:
        raise ClusterError("--engine dask needs the dask extra: pip install '.[dask]' in a checkout of claimledger") from None
    entries = list(expand(inputs))
    if any(path is None for _, path in entries):
        raise ClusterError("--engine dask reads files, not stdin (-)")
    if not entries:
        return
    # Dask's own log lines (a worker's heartbeat failing while a local cluster shuts down) are
    # not ours to print: stderr carries claimledger's problems only. Local workers are new
    # processes that read their logging config from the environment when they start.
    os.environ.setdefault("DASK_LOGGING__DISTRIBUTED", "critical")
    logging.getLogger("distributed").setLevel(logging.CRITICAL)
    cluster: Any = None
    try:
        if scheduler == "local":
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster or scheduler, timeout=f"{timeout}s")
    except (OSError, TimeoutError, ValueError) as e:
        if cluster is not None:
            cluster.close()
        raise ClusterError(f"cannot reach the Dask scheduler at {scheduler}: {e}") from None
    try:
        workers_now = len(client.scheduler_info().get("workers", {})) or workers
        bag = db.from_sequence(entries, npartitions=min(len(entries), workers_now * _PARTITIONS_PER_WORKER))
        partitions = bag.map_partitions(_extract_files, ref_date, input_format, encoding_errors, date_order).to_delayed()
        for future in client.compute(partitions):
            yield from future.result()
            future.release()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _extract_files(
    entries: list[tuple[str, Path | Problem]], ref_date: dt.date | None, input_format: InputFormat, encoding_errors: str, date_order: DateOrder | None = None
) -> list[Outcome]:
    """On a worker: the outcomes of a partition's files, claims already as ledger lines."""
    outcomes = []
    for name, path in entries:
        items = [path] if isinstance(path, Problem) else read_one(name, path, input_format, encoding_errors, date_order)
        outcomes += [as_lines(outcome(item, ref_date)) for item in items]
    return outcomes
