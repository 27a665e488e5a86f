"""Time quantity extraction against quantulum3 on the same sentences, in one run.

    pip install quantulum3      # beside claimledger, in the same environment
    python bench/quantities.py

The sentences are the quantity development set in ../shared/eval (read at run
time, never copied) plus the sample article and examples/, each sentence given to
both extractors on its own. Table loading is timed apart from extraction: for
claimledger, building its patterns and pint's registry; for quantulum3, its first
call. Prints sentences per second for each and the ratio.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claimledger import quantities, sentences  # noqa: E402

DEV = ROOT.parent / "shared" / "eval" / "quantities" / "dev.jsonl"
ROUNDS = 3


def corpus() -> list[str]:
    texts = [json.loads(line)["text"] for line in DEV.open(encoding="utf-8")] if DEV.exists() else []
    for path in [*sorted((ROOT / "seeds").glob("*.txt")), *sorted((ROOT / "examples" / "inputs").glob("*.txt"))]:
        text = path.read_text(encoding="utf-8")
        texts += [text[s.start : s.end] for s in sentences.split(text)]
    return texts


def rate(fn, texts: list[str]) -> float:
    """Best sentences per second over a few rounds."""
    best = float("inf")
    for _ in range(ROUNDS):
        start = time.perf_counter()
        for text in texts:
            fn(text)
        best = min(best, time.perf_counter() - start)
    return len(texts) / best


def main() -> None:
    texts = corpus()
    start = time.perf_counter()
    quantities.find("It cost $5 million and 3 km.", 0, 29)
    ours_load = time.perf_counter() - start
    ours = rate(lambda t: quantities.find(t, 0, len(t)), texts)
    print(f"{len(texts)} sentences")
    print(f"claimledger  load {ours_load:.2f} s  {ours:9.0f} sentences/s")
    try:
        from quantulum3 import parser
    except ImportError:
        print("quantulum3 is not installed: pip install quantulum3")
        return
    start = time.perf_counter()
    parser.parse("It cost $5 million and 3 km.")
    theirs_load = time.perf_counter() - start
    theirs = rate(parser.parse, texts)
    print(f"quantulum3   load {theirs_load:.2f} s  {theirs:9.0f} sentences/s")
    print(f"ratio: claimledger is {ours / theirs:.1f}x as fast")


if __name__ == "__main__":
    main()
