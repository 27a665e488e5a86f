"""Throughput of claimledger extract --engine dask on a local cluster, 1 and 2 workers, in one run.

    python bench/cluster.py            # with claimledger[dask] installed (claimledger on PATH)

Uses the corpus of bench/throughput.py (the sample and examples/ repeated to 5 MB,
one file each) and times whole processes, cluster start-up included: --engine
processes --jobs 1 for reference, then --engine dask --scheduler local with 1 and
2 worker processes. Checks that each ledger is byte-identical to the reference.
"""

from __future__ import annotations

import subprocess
import time

from throughput import prepared


def timed(args: list[str]) -> tuple[float, bytes]:
    start = time.perf_counter()
    done = subprocess.run(args, check=False, capture_output=True)
    return time.perf_counter() - start, done.stdout


def main() -> None:
    with prepared() as (exe, folder, sentences, _):
        seconds, reference = timed([exe, "extract", str(folder)])
        print(f"--engine processes --jobs 1        {sentences / seconds:8.0f} sentences/s  ({seconds:.1f} s)")
        rates = {}
        for workers in (1, 2):
            seconds, ledger = timed([exe, "extract", str(folder), "--engine", "dask", "--scheduler", "local", "--jobs", str(workers)])
            rates[workers] = sentences / seconds
            same = "identical" if ledger == reference else "DIFFERENT"
            print(f"--engine dask, {workers} worker(s)          {rates[workers]:8.0f} sentences/s  ({seconds:.1f} s, ledger {same})")
        print(f"dask with 2 workers is {rates[2] / rates[1]:.2f}x dask with 1")


if __name__ == "__main__":
    main()
