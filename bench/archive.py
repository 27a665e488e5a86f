"""Time the ledger as JSON Lines against the ledger as a database (claimledger db) at archive scale.

    python bench/archive.py                      # 100,000 records; claimledger on PATH
    python bench/archive.py --records 1000000 --runs 1

Extracts the seed and eval texts once (seeds/, and where they are ../shared/eval/news/*.jsonl
and ../shared/eval/attribution/dev.jsonl; kept in the temporary folder for the next run), then
copies their records until the ledger holds the number asked for: each copy with its own ids
(record and document), its documents published a day later, and its figures scaled (value,
bounds and SI value times 1.0, 1.1, ... 1.6), so that figures of one measure meet in one index
bucket and do not all agree. Then it times whole processes, best of ``--runs``, each with its own
peak RSS: ``claimledger db`` (once, into a new file), and ``stats``, ``find`` (a count and money
per week) and ``conflicts`` on the JSONL ledger and on the database, checking that both give the
same output. A bench, not a test: its figures go in the README's Measured section by hand.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
SCALES = [1.0, 1.1, 1.2, 1.3, 1.4, 1.5, 1.6]


def base_ledger(folder: Path) -> Path:
    """The records of the seed and eval texts, extracted once."""
    ledger = folder / "base.jsonl"
    if ledger.exists():
        return ledger
    inputs = [str(p) for p in sorted((ROOT / "seeds").glob("*.txt"))]
    inputs += [str(p) for p in sorted((EVAL / "news").glob("*.jsonl"))]
    if (EVAL / "attribution" / "dev.jsonl").exists():
        inputs.append(str(EVAL / "attribution" / "dev.jsonl"))
    tmp = folder / "base.jsonl.tmp"
    subprocess.run(["claimledger", "extract", *inputs, "--ref-date", "2025-01-14", "--jobs", "2", "-o", str(tmp), "--force"], check=True)
    tmp.replace(ledger)
    return ledger


def _scaled(q: dict[str, Any], scale: float) -> dict[str, Any]:
    q = dict(q)
    for k in ("value", "low", "high"):
        if isinstance(q.get(k), (int, float)) and not isinstance(q.get(k), bool):
            q[k] = round(q[k] * scale, 6)
    if isinstance(q.get("si"), dict) and isinstance(q["si"].get("value"), (int, float)):
        q["si"] = dict(q["si"], value=q["si"]["value"] * scale)
    return q


def copies(base: list[dict[str, Any]], wanted: int) -> Iterator[dict[str, Any]]:
    """``wanted`` records: the base records again and again, each copy with its own ids, days and figures."""
    made = 0
    copy = 0
    while True:
        scale = SCALES[copy % len(SCALES)]
        for record in base:
            if made == wanted:
                return
            r = dict(record)
            doc = dict(r["doc"])
            if copy:
                r["id"] = hashlib.sha256(f"{record['id']}\x1f{copy}".encode()).hexdigest()[:24]
                doc["id"] = f"{doc['id']}~{copy}"
                doc["sha256"] = hashlib.sha256(f"{doc['sha256']}\x1f{copy}".encode()).hexdigest()
                if doc.get("published"):
                    doc["published"] = (date.fromisoformat(doc["published"]) + timedelta(days=copy)).isoformat()
                r["quantities"] = [_scaled(q, scale) for q in r.get("quantities") or []]
            r["doc"] = doc
            made += 1
            yield r
        copy += 1


def run(command: list[str]) -> tuple[float, float, bytes]:
    """Seconds, peak RSS (MiB) and stdout of one process (os.wait4: this bench is POSIX-only)."""
    start = time.perf_counter()
    with tempfile.TemporaryFile() as out:
        proc = subprocess.Popen(command, stdout=out, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        out.seek(0)
        output = out.read()
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(command)}")
    return seconds, usage.ru_maxrss / 1024, output


def best(command: list[str], runs: int) -> tuple[float, float, bytes]:
    results = [run(command) for _ in range(runs)]
    return min(r[0] for r in results), max(r[1] for r in results), results[-1][2]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    folder = Path(tempfile.gettempdir()) / "claimledger-bench-archive"
    folder.mkdir(exist_ok=True)
    base = [json.loads(line) for line in base_ledger(folder).open(encoding="utf-8")]
    ledger, db = folder / f"ledger-{args.records}.jsonl", folder / f"ledger-{args.records}.db"
    if not ledger.exists():
        with open(ledger.with_suffix(".tmp"), "w", encoding="utf-8") as fh:
            for r in copies(base, args.records):
                fh.write(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n")
        ledger.with_suffix(".tmp").replace(ledger)
    print(f"ledger: {args.records:,} records from {len(base):,} extracted ones, {ledger.stat().st_size / 1e6:.0f} MB")
    db.unlink(missing_ok=True)
    seconds, peak, _ = run(["claimledger", "db", str(ledger), "-o", str(db)])
    print(f"claimledger db: {seconds:.1f} s, {peak:.0f} MiB peak, {db.stat().st_size / 1e6:.0f} MB")
    commands = [["stats", "{}", "--json"], ["find", "40 percent", "{}"], ["find", "$20 million", "{}"], ["find", "13,000 people", "{}"], ["show", "{}", "--speaker", "Trump"], ["speakers", "{}"], ["conflicts", "{}"]]
    print("| command | JSONL | .db | same output |")
    print("|---|---|---|---|")
    for command in commands:
        timings = []
        outputs = []
        for path in (ledger, db):
            seconds, peak, output = best(["claimledger", *[str(path) if a == "{}" else a for a in command]], args.runs)
            timings.append(f"{seconds:.2f} s, {peak:.0f} MiB")
            outputs.append(output)
        lines = len(outputs[0].splitlines())
        label = " ".join("LEDGER" if a == "{}" else repr(a) if " " in a else a for a in command)
        print(f"| `{label}` ({lines:,} lines) | {timings[0]} | {timings[1]} | {'yes' if outputs[0] == outputs[1] else 'NO'} |")


if __name__ == "__main__":
    sys.exit(main())
