"""The rule census: for each claim row, chunk, boundary, relay, sieve and word-list entry, how many
records it took part in and how many of them were right, on each open evaluation set, and on how
many distinct documents. A rule that only a few documents support, or that is wrong as often as
right, is a suspect: remove it, or show with invented test rows that it is general English.

    python bench/census.py                  # every open set; suspects marked "?"
    python bench/census.py --sets news      # one set
    python bench/census.py --suspects       # the suspects only

A record is right when it matches a gold claim as ``score_attribution.py`` matches them; for a
sieve, when its speaker's name is right too (strictly, on the news pages, the only set with names).
The sets are read from ``../shared/eval`` (``--eval``); nothing of them is kept.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
from collections import defaultdict
from pathlib import Path
from types import ModuleType

from claimledger import extract, lexicon, quotemarks, sentences
from claimledger.matchers import Context
from claimledger.matchers.engine import cascade

SETS = {
    "news": "news/claims_dev.jsonl",
    "dev": "attribution/dev.jsonl",
    "train": "attribution/train.jsonl",
}
_KIND_LISTS = {"denial": ("refutations", "denial_followups"), "no_comment": ("non_answers",)}
_CUE_LISTS = ("reporting_verbs", "denial_verbs", "declining_verbs", "withheld_verbs", "to_cues", "object_cues", "quoted_cues")


def _scorer(eval_dir: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("score_attribution", eval_dir / "score_attribution.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def _matched(scorer: ModuleType, passage: dict, records: list[dict]) -> dict[int, dict]:
    """Record index -> the gold claim it matches, one to one, best overlap first (as the scorer does)."""
    pairs = []
    for i, g in enumerate(passage["quotes"]):
        for j, r in enumerate(records):
            c = r["content"]
            ov = scorer.overlap(g["content_spans"], [[c["start"], c["end"]]])
            if ov * 2 < max(scorer.span_len(g["content_spans"]), c["end"] - c["start"]):
                continue
            if g["speaker_spans"]:
                s = r.get("speaker") or {}
                if "start" not in s or scorer.overlap(g["speaker_spans"], [[s["start"], s["end"]]]) == 0:
                    continue
            pairs.append((ov, i, j))
    used_gold: set[int] = set()
    matched: dict[int, dict] = {}
    for _, i, j in sorted(pairs, reverse=True):
        if i not in used_gold and j not in matched:
            used_gold.add(i)
            matched[j] = passage["quotes"][i]
    return matched


def _rows_of(text: str, record: dict, contexts: dict[int, Context]) -> list[tuple[str, str]]:
    """Every rule a record took part in, as (table, id)."""
    rows = [("claims", record["extractor"]["rule"])]
    speaker = record.get("speaker") or {}
    if speaker.get("sieve"):
        rows.append(("sieves", speaker["sieve"]))
    if record.get("cue") and record["cue"]["lemma"]:
        lemma = record["cue"]["lemma"].split()[-1]
        rows += [(f"words:{name}", lemma) for name in _CUE_LISTS if lemma in lexicon.words(name)]
    for name in _KIND_LISTS.get(record["kind"], ()):
        content = record["content"]["text"].lower().replace("’", "'")
        rows += [(f"words:{name}", entry) for entry in sorted(lexicon.words(name)) if _holds(content, entry)]
    ctx = contexts.get(record["sentence"]["index"])
    if ctx is not None:
        spans = {k: (record[k]["start"], record[k]["end"]) if record.get(k) else None for k in ("speaker", "cue", "content", "reported_by")}
        for m in cascade().match(ctx):
            if m.content == spans["content"] and (m.speaker == spans["speaker"] or m.speaker is None):
                rows += cascade().rows_behind(ctx, m, spans["reported_by"])
                break
    return rows


def _holds(content: str, entry: str) -> bool:
    at = content.find(entry)
    while at != -1:
        if (at == 0 or not content[at - 1].isalnum()) and (at + len(entry) == len(content) or not content[at + len(entry)].isalnum()):
            return True
        at = content.find(entry, at + 1)
    return False


def census(eval_dir: Path, names: list[str]) -> dict[tuple[str, str], dict[str, list]]:
    """(table, id) -> set -> [records, right, documents]."""
    scorer = _scorer(eval_dir)
    counts: dict[tuple[str, str], dict[str, list]] = defaultdict(lambda: defaultdict(lambda: [0, 0, set()]))
    for name in names:
        for line in (eval_dir / SETS[name]).open(encoding="utf-8"):
            passage = json.loads(line)
            text = passage["text"]
            records = [c.to_dict() for c in extract(text, passage["id"], passage.get("published"))]
            records = [r for r in records if r["kind"] in scorer.CLAIM_KINDS]
            if not records:
                continue
            quotes = quotemarks.find(text)
            contexts = {
                s.index: Context(text, s, tuple(q for q in quotes if q.start < s.end and q.end > s.start)) for s in sentences.split(text)
            }
            matched = _matched(scorer, passage, records)
            article = re.sub(r"-p\d+$", "", passage["id"])  # PolNeAR passages: the article is the document
            for j, record in enumerate(records):
                gold = matched.get(j)
                for table, row in _rows_of(text, record, contexts):
                    right = gold is not None
                    if table == "sieves" and right and "speaker_name" in gold:
                        right = scorer.name_verdict(gold["speaker_name"], record["speaker"]["name"])[0]
                    entry = counts[(table, row)][name]
                    entry[0] += 1
                    entry[1] += right
                    entry[2].add(article)
    return counts


def _suspect(per_set: dict[str, list]) -> bool:
    """Few documents, or wrong as often as right."""
    if not per_set:
        return True
    records = sum(v[0] for v in per_set.values())
    right = sum(v[1] for v in per_set.values())
    documents = sum(len(v[2]) for v in per_set.values())
    return documents < 3 or right * 2 <= records


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--eval", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "eval")
    parser.add_argument("--sets", default=",".join(SETS), help="comma-separated: " + ", ".join(SETS))
    parser.add_argument("--suspects", action="store_true", help="print the suspect rules only")
    args = parser.parse_args()
    names = [n for n in args.sets.split(",") if n]
    unknown = [n for n in names if n not in SETS]
    if unknown or not (args.eval / "score_attribution.py").exists():
        sys.exit(f"census: no such set {unknown}" if unknown else f"census: no evaluation kit at {args.eval}")
    counts = census(args.eval, names)
    for table in ("claims", "chunks", "boundaries", "relays", "sieves"):  # a row that never took part is listed too
        for row in lexicon.rows(f"grammar/{table}"):
            counts.setdefault((table, row[1] if table == "chunks" else row[0]), {})
    print("table\trule\t" + "\t".join(f"{n} right/records (docs)" for n in names) + "\tsuspect")
    suspects: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for (table, row), per_set in sorted(counts.items()):
        flagged = _suspect(per_set)
        suspects[table][0] += 1
        suspects[table][1] += flagged
        if args.suspects and not flagged:
            continue
        cells = [f"{per_set[n][1]}/{per_set[n][0]} ({len(per_set[n][2])})" if n in per_set else "-" for n in names]
        print(f"{table}\t{row}\t" + "\t".join(cells) + ("\t?" if flagged else "\t"))
    print()
    for table, (rows, flagged) in sorted(suspects.items()):
        print(f"{table}: {rows} rules, {flagged} suspect", file=sys.stderr if args.suspects else sys.stdout)


if __name__ == "__main__":
    main()
