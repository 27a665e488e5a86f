"""Throughput and start-up of claimledger extract, against a floor, in one run.

    python bench/throughput.py            # with claimledger installed (on PATH)

Builds a corpus of at least 5 MB (the sample article and examples/ repeated, one
file each) in a temporary folder, then times:
  (a) a floor: the same text split into sentences by one regex and written as JSON lines;
  (b) `claimledger extract` over the corpus with --jobs 1 and --jobs 2 (whole processes),
      with the peak memory of the largest process so far;
  (c) cold start: `claimledger extract` on the sample article, a whole process, best of 5.
Prints sentences per second for each and the ratios.
"""

from __future__ import annotations

import contextlib
import json
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = 5_000_000  # bytes of corpus
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def corpus(folder: Path) -> tuple[list[Path], int]:
    texts = [p.read_text(encoding="utf-8") for p in [*sorted((ROOT / "seeds").glob("*.txt")), *sorted((ROOT / "examples" / "inputs").glob("*.txt"))]]
    files, size, i = [], 0, 0
    while size < TARGET:
        text = texts[i % len(texts)]
        path = folder / f"{i:05d}.txt"
        path.write_text(f"Story {i}.\n{text}", encoding="utf-8")
        files.append(path)
        size += len(text.encode("utf-8"))
        i += 1
    return files, size


def floor(files: list[Path]) -> tuple[int, float]:
    start = time.perf_counter()
    n = 0
    with open(Path(tempfile.gettempdir()) / "claimledger-floor.jsonl", "w", encoding="utf-8") as out:
        for path in files:
            text = path.read_text(encoding="utf-8")
            for sentence in _SENTENCE_END.split(text):
                if sentence.strip():
                    out.write(json.dumps({"doc": str(path), "text": sentence}) + "\n")
                    n += 1
    return n, time.perf_counter() - start


def timed(args: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(args, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


@contextlib.contextmanager
def prepared() -> Iterator[tuple[str, Path, int, float]]:
    """The claimledger command, a corpus folder, its sentence count and the floor's seconds."""
    exe = shutil.which("claimledger") or sys.exit("claimledger is not on PATH")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        files, size = corpus(folder)
        sentences, floor_s = floor(files)
        print(f"corpus: {len(files)} files, {size / 1e6:.1f} MB, {sentences} sentences")
        yield exe, folder, sentences, floor_s


def main() -> None:
    with prepared() as (exe, folder, sentences, floor_s):
        print(f"(a) floor (regex split + json)   {sentences / floor_s:10.0f} sentences/s")
        rates = {}
        for jobs in (1, 2):
            seconds = timed([exe, "extract", str(folder), "--jobs", str(jobs)])
            rates[jobs] = sentences / seconds
            peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # KB on Linux; the largest process so far
            print(f"(b) extract --jobs {jobs}              {rates[jobs]:10.0f} sentences/s  ({seconds:.1f} s, peak RSS {peak:.0f} MB)")
        sample = next((ROOT / "seeds").glob("*.txt"))
        cold = min(timed([exe, "extract", str(sample)]) for _ in range(5))
        print(f"(c) cold start on the sample      {cold:10.2f} s")
        print(f"extract --jobs 1 is {rates[1] / (sentences / floor_s):.1%} of the floor; --jobs 2 is {rates[2] / rates[1]:.2f}x --jobs 1")


if __name__ == "__main__":
    main()
