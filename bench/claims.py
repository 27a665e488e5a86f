"""Extraction in process on real news, this tree against an earlier revision, side by side in one run.

    python bench/claims.py                      # against 2fdd196, the last token-walking claim engine
    python bench/claims.py --baseline main~3    # any revision git knows

Reads the article texts of ../shared/eval/dates/dev.jsonl and ../shared/eval/news/claims_dev.jsonl,
exports the baseline's package with ``git archive`` into a temporary folder, and times
``claimledger.extract`` (every document, with a reference date) in a fresh Python process for each
tree, taking turns: CPU time of one core, best of five passes after a warm-up. Prints sentences per
second for both and the ratio. The sentence count is this tree's split of the same texts.

Then the cold start: the CPU time (user and system) of ``python -m claimledger extract`` on a file of
one sentence, for each tree, taking turns, best of ``--cold`` runs (the CPU time of a finished child
process, which Windows does not report: there it prints 0).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
CORPUS = [EVAL / "dates" / "dev.jsonl", EVAL / "news" / "claims_dev.jsonl"]
BASELINE = "2fdd196"


def texts(paths: list[Path]) -> list[str]:
    return [json.loads(line)["text"] for path in paths for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def worker(paths: list[Path], passes: int) -> None:
    """Runs inside the timed process: prints the best CPU time of ``passes`` passes."""
    from claimledger import extract

    docs = texts(paths)
    for text in docs[:20]:
        extract(text, "warm-up", "2025-01-14")
    best = float("inf")
    for _ in range(passes):
        start = time.process_time()
        for i, text in enumerate(docs):
            extract(text, str(i), "2025-01-14")
        best = min(best, time.process_time() - start)
    print(json.dumps({"seconds": best}))


def export(revision: str, folder: Path) -> Path:
    """The package of ``revision``, unpacked under ``folder``."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", "--format=tar", revision, "claimledger"], check=True, capture_output=True).stdout
    tar_path = folder / "baseline.tar"
    tar_path.write_bytes(archive)
    with tarfile.open(tar_path) as tar:
        tar.extractall(folder, filter="data")
    return folder


def timed(package_root: Path, paths: list[Path], passes: int) -> float:
    env = {**os.environ, "PYTHONPATH": str(package_root)}
    args = [sys.executable, __file__, "--worker", "--passes", str(passes), *map(str, paths)]
    out = subprocess.run(args, env=env, check=True, capture_output=True, text=True, cwd=package_root).stdout
    return float(json.loads(out.splitlines()[-1])["seconds"])


ONE_LINE = "The mayor said on Tuesday that the bridge would reopen in March.\n"


def cold_start(package_root: Path, one_line: Path) -> float:
    """The CPU time of one ``claimledger extract`` of ``one_line`` with the package at ``package_root``."""
    env = {**os.environ, "PYTHONPATH": str(package_root)}
    before = os.times()
    subprocess.run([sys.executable, "-m", "claimledger", "extract", str(one_line)], env=env, check=True, capture_output=True, cwd=package_root)
    after = os.times()
    return (after.children_user - before.children_user) + (after.children_system - before.children_system)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", default=BASELINE, help=f"git revision to compare with (default {BASELINE})")
    parser.add_argument("--passes", type=int, default=5)
    parser.add_argument("--cold", type=int, default=10, help="runs of the cold start per tree (0: none)")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("corpus", nargs="*", type=Path, default=CORPUS)
    args = parser.parse_args()
    if args.worker:
        worker(args.corpus, args.passes)
        return
    args.corpus = [p.resolve() for p in args.corpus]  # the timed processes run in each tree's folder
    sys.path.insert(0, str(ROOT))
    from claimledger import sentences

    n = sum(len(sentences.split(text)) for text in texts(args.corpus))
    with tempfile.TemporaryDirectory() as tmp:
        old_root = export(args.baseline, Path(tmp))
        old = new = float("inf")
        for _ in range(2):  # taking turns, so that both meet the same machine
            old = min(old, timed(old_root, args.corpus, args.passes))
            new = min(new, timed(ROOT, args.corpus, args.passes))
        one_line = Path(tmp) / "one_line.txt"
        one_line.write_text(ONE_LINE, encoding="utf-8")
        cold_old = cold_new = float("inf")
        for _ in range(args.cold):
            cold_old = min(cold_old, cold_start(old_root, one_line))
            cold_new = min(cold_new, cold_start(ROOT, one_line))
    print(f"{len(texts(args.corpus))} documents, {n} sentences, CPU time of one core, best of {2 * args.passes} passes")
    print(f"baseline {args.baseline}: {old:.3f} s, {n / old:,.0f} sentences/s")
    print(f"this tree: {new:.3f} s, {n / new:,.0f} sentences/s")
    print(f"speed-up: {old / new:.2f}x")
    if args.cold:
        print(f"cold start, claimledger extract on a one-line file, CPU time, best of {args.cold}: baseline {cold_old:.3f} s, this tree {cold_new:.3f} s")


if __name__ == "__main__":
    main()
