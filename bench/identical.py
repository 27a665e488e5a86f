"""Proof that a speed change changed no output: the hash of every record of the eval sets.

    python bench/identical.py --save /tmp/speed-baseline.json     # once, on the tree to keep the output of
    python bench/identical.py /tmp/speed-baseline.json            # after each change: exit 1 on any difference

Runs ``claimledger.extract`` over the texts of ../shared/eval/news/claims_dev.jsonl,
../shared/eval/dates/dev.jsonl, ../shared/eval/attribution/dev.jsonl and
../shared/eval/quantities/dev.jsonl, each document anchored on its own date when the file gives one
("published", "dct", or "meta"."date"; else 2025-01-14), and hashes the JSON line of every record:
one SHA-256 per document, so that a difference names the documents it is in.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
SETS = [EVAL / "news" / "claims_dev.jsonl", EVAL / "dates" / "dev.jsonl", EVAL / "attribution" / "dev.jsonl", EVAL / "quantities" / "dev.jsonl"]
REF_DATE = "2025-01-14"


def anchor(row: dict) -> str:
    """The document's own date, as the eval file gives it, else the fixed reference date."""
    return row.get("published") or row.get("dct") or (row.get("meta") or {}).get("date") or REF_DATE


def hashes(paths: list[Path]) -> dict[str, str]:
    """``set/line number`` -> the SHA-256 of the document's records, one JSON line each."""
    sys.path.insert(0, str(ROOT))
    from claimledger import extract

    out: dict[str, str] = {}
    for path in paths:
        lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        for i, line in enumerate(lines):
            row = json.loads(line)
            records = "".join(claim.to_json() + "\n" for claim in extract(row["text"], str(row.get("id", i)), anchor(row)))
            out[f"{path.parent.name}/{path.name}:{i}"] = hashlib.sha256(records.encode("utf-8")).hexdigest()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("baseline", nargs="?", type=Path, help="hash file to compare with")
    parser.add_argument("--save", type=Path, help="write the hashes of this tree to this file")
    args = parser.parse_args()
    found = hashes(SETS)
    total = hashlib.sha256("".join(found.values()).encode()).hexdigest()
    print(f"{len(found)} documents, all records: {total}")
    if args.save:
        args.save.write_text(json.dumps(found, indent=0) + "\n", encoding="utf-8")
    if args.baseline:
        kept = json.loads(args.baseline.read_text(encoding="utf-8"))
        differ = sorted(k for k in kept.keys() | found.keys() if kept.get(k) != found.get(k))
        for key in differ[:20]:
            print(f"differs: {key}")
        print(f"identical: {not differ} ({len(differ)} documents differ)")
        sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
