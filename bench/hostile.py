"""Time extraction of the pathological inputs of tests/test_hostile_input.py against 1 MB of news.

    python bench/hostile.py

Each input must take under ``BOUND`` times the time of 1 MB of the sample article repeated;
the exit is 1 when one does not. A measurement, not a test: on a busy machine it varies.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from test_hostile_input import MB, PATHOLOGICAL  # noqa: E402

from claimledger import extract  # noqa: E402

BOUND = 10  # times the time of 1 MB of news


def main() -> int:
    """Print each input's time and its ratio to 1 MB of news; 1 when one is over the bound."""
    seed = next((ROOT / "seeds").glob("*.txt")).read_text(encoding="utf-8")
    extract(seed, "warm-up", "2025-01-14")  # load dateparser and pint outside the timing
    start = time.perf_counter()
    extract((seed * (MB // len(seed) + 1))[:MB], "normal", "2025-01-14")
    normal = time.perf_counter() - start
    print(f"1 MB of news: {normal:.2f} s")
    over = 0
    for name, make in PATHOLOGICAL.items():
        text = make()
        start = time.perf_counter()
        extract(text, name, "2025-01-14")
        took = time.perf_counter() - start
        over += took >= BOUND * normal
        print(f"{name}: {took:.2f} s, {took / normal:.1f}x{'  OVER' if took >= BOUND * normal else ''}")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
