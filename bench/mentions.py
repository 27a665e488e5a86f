"""Names on pages the name rules were not written on: PolNeAR's speakers as written.

PolNeAR marks each source as written ("Sen. Ron Johnson, R-Wis.,", "Mr. King") but gives no
resolved name, so ``score_attribution.py`` scores no names on it. This asks what a name can be
checked against there: for each claim matched to a gold attribution (as the scorer matches them)
whose gold source is written as a name (it opens with a capital and is no pronoun or description),
whether ``speaker.name`` fits the mention:

- ``fits``: every word of the name is in the mention, and so is the last word of its head, the part
  before a comma, a bracket or a dash (``Ron Johnson`` for ``Sen. Ron Johnson, R-Wis.``);
- ``longer``: the name holds that word and more (``Hillary Clinton`` for ``Clinton``:
  a full name found in the passage, right or wrong);
- ``other``: the name misses that word: another person, or words that are no name
  (``Though Kaine``, ``Trump University`` for ``Trump``);
- ``null``: no name.

    python bench/mentions.py                 # PolNeAR dev and train
    python bench/mentions.py --show other    # and the mentions of one outcome

The sets are read from ``../shared/eval`` (``--eval``); nothing of them is kept.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
from collections import Counter
from pathlib import Path
from types import ModuleType

from claimledger import extract

SETS = {"dev": "attribution/dev.jsonl", "train": "attribution/train.jsonl"}
_NOT_NAMES = {"he", "she", "they", "it", "we", "i", "you", "the", "a", "an", "some", "many", "one", "two", "his", "her", "their"}


def _scorer(eval_dir: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("score_attribution", eval_dir / "score_attribution.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _verdict(norm: object, mention: str, name: str | None) -> str:
    head = norm(re.split(r",|\(|\s[-–—]+\s", mention)[0]) or norm(mention)  # type: ignore[operator]
    if not name:
        return "null"
    said = set(norm(name))  # type: ignore[operator]
    if head[-1] not in said:
        return "other"
    return "fits" if said <= set(norm(mention)) else "longer"  # type: ignore[operator]


def _named(mention: str) -> bool:
    words = re.findall(r"[\w'’.-]+", mention)
    return bool(words) and words[0].lower() not in _NOT_NAMES and words[0][:1].isupper() and words[-1][:1].isupper()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--eval", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "eval")
    ap.add_argument("--sets", nargs="+", default=list(SETS), choices=list(SETS))
    ap.add_argument("--show", choices=("fits", "longer", "other", "null"), help="print the mentions of this outcome")
    args = ap.parse_args()
    score = _scorer(args.eval)
    for name in args.sets:
        counts: Counter[str] = Counter()
        for line in (args.eval / SETS[name]).open(encoding="utf-8"):
            passage = json.loads(line)
            records = [c.to_dict() for c in extract(passage["text"], doc_id=passage["id"]) if c.kind in score.CLAIM_KINDS]
            for gold in passage["quotes"]:
                mention = " ".join(passage["text"][a:b] for a, b in gold["speaker_spans"])
                if not gold["speaker_spans"] or not _named(mention) or not score.norm_name(mention):
                    continue
                best = _best(score, gold, records)
                if best is None:
                    continue
                verdict = _verdict(score.norm_name, mention, best["speaker"].get("name"))
                counts[verdict] += 1
                if verdict == args.show:
                    print(f"  {mention!r} -> {best['speaker'].get('name')!r} ({best['speaker'].get('via')}/{best['speaker'].get('sieve')})")
        total = sum(counts.values())
        print(f"{name}: {total} matched claims with a named source: " + ", ".join(f"{k} {counts[k]} ({counts[k] / total:.3f})" for k in ("fits", "longer", "other", "null")))


def _best(score: ModuleType, gold: dict, records: list[dict]) -> dict | None:
    """The record the scorer would pair with ``gold``: its content half covered, its speaker overlapping."""
    best, most = None, 0
    for r in records:
        c, s = r.get("content") or {}, r.get("speaker") or {}
        if "start" not in c or "start" not in s:
            continue
        ov = score.overlap(gold["content_spans"], [[c["start"], c["end"]]])
        if ov * 2 < max(score.span_len(gold["content_spans"]), c["end"] - c["start"]) or not score.overlap(gold["speaker_spans"], [[s["start"], s["end"]]]):
            continue
        if ov > most:
            best, most = r, ov
    return best


if __name__ == "__main__":
    main()
