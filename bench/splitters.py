"""Compare sentence splitters on the sample article and the shared evaluation texts.

    python bench/splitters.py            # needs: pip install syntok pysbd

For each splitter: sentences found in the sample article (a reader counts 23),
gold spans cut by a sentence boundary (a TIMEX3 date in ../shared/eval/dates, a
speaker or cue span in ../shared/eval/attribution: none of those may cross a
sentence end), boundaries that fall strictly inside a quotation that closes in
the same paragraph followed by a cue, and sentences per second over the date
articles. Nothing from the evaluation sets is kept.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
sys.path.insert(0, str(ROOT))

from claimledger import sentences  # noqa: E402

Splitter = Callable[[str], list[tuple[int, int]]]


def ours(text: str) -> list[tuple[int, int]]:
    return [(s.start, s.end) for s in sentences.split(text)]


def syntok_split(text: str) -> list[tuple[int, int]]:
    from syntok import segmenter

    out = []
    for paragraph in segmenter.analyze(text):
        for sent in paragraph:
            out.append((sent[0].offset, sent[-1].offset + len(sent[-1].value)))
    return out


def pysbd_split(text: str) -> list[tuple[int, int]]:
    import pysbd

    seg = pysbd.Segmenter(language="en", clean=False, char_span=True)
    return [(s.start, s.start + len(s.sent.rstrip())) for s in seg.segment(text)]


def cut(spans: list[tuple[int, int]], bounds: list[tuple[int, int]]) -> int:
    """Gold spans that some sentence boundary falls strictly inside."""
    ends = sorted(e for _, e in bounds[:-1])
    import bisect

    n = 0
    for s, e in spans:
        i = bisect.bisect_right(ends, s)
        n += i < len(ends) and ends[i] < e
    return n


def main() -> None:
    sample = next((ROOT / "seeds").glob("*.txt")).read_text(encoding="utf-8")
    dates = [json.loads(line) for line in open(EVAL / "dates" / "dev.jsonl", encoding="utf-8")]
    attribution = [json.loads(line) for line in open(EVAL / "attribution" / "dev.jsonl", encoding="utf-8")]
    print(f"{'splitter':10} {'sample':>6} {'dates cut':>9} {'speakers/cues cut':>17} {'sent/s':>8}")
    for name, fn in (("claimledger", ours), ("syntok", syntok_split), ("pysbd", pysbd_split)):
        n_sample = len(fn(sample))
        date_cut = sum(cut([(t["start"], t["end"]) for t in d["timexes"]], fn(d["text"])) for d in dates)
        attr_cut = 0
        for p in attribution:
            spans = [tuple(s) for q in p["quotes"] for s in q["speaker_spans"] + q["cue_spans"]]
            attr_cut += cut(spans, fn(p["text"]))
        t0 = time.perf_counter()
        n = sum(len(fn(d["text"])) for d in dates)
        rate = n / (time.perf_counter() - t0)
        print(f"{name:10} {n_sample:>6} {date_cut:>9} {attr_cut:>17} {rate:>8.0f}")


if __name__ == "__main__":
    main()
