"""Time claimledger speakers on ledgers of many distinct names.

    python bench/speakers.py                          # 10,000, 30,000 and 100,000 names; claimledger on PATH
    python bench/speakers.py --names 2000 5000 --against /tmp/main-checkout

Writes a ledger of invented speakers (first names and surnames of random syllables), each with
one to three claims, of which a share come back spelled another way as the ledger's real ones do:
a first name cut to its initial, a last letter doubled (``Zelensky``, ``Zelenskyy``), a letter
more before the name (``Aleksandr``, ``Oleksandr``), the surname alone, the first name alone.
Then it times whole processes of ``claimledger speakers`` with their peak RSS; with ``--against
PATH`` also another claimledger (one that compares every pair of names, before blocking), and
checks that both print the same. tests/test_identity.py checks the blocking against every pair
on invented names. A bench, not a test: its figures go in the README's Measured section by hand.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
from pathlib import Path

from archive import run  # bench/archive.py: seconds, peak RSS and stdout of one process

SEED = 27
CONSONANTS = "bcdfghjklmnprstvwz"
SYLLABLES = [c + v for c in CONSONANTS for v in "aeiou"] + [v + c for v in "aeiou" for c in "lnrst"]  # 115: spellings far apart, as real names mostly are


def word(rng: random.Random, syllables: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(syllables)).capitalize()


def spellings(rng: random.Random, first: str, last: str) -> list[str]:
    """A speaker's name as written, and now and then once more another way."""
    names = [f"{first} {last}"]
    roll = rng.random()
    if roll < 0.05:
        names.append(f"{first[0]}. {last}")
    elif roll < 0.08:
        names.append(f"{first} {last}{last[-1]}")
    elif roll < 0.10:
        names.append(f"O{first.lower()} {last}")
    elif roll < 0.13:
        names.append(last)
    elif roll < 0.14:
        names.append(first)
    return names


def build(folder: Path, wanted: int) -> Path:
    """A ledger of about ``wanted`` distinct names, made once per size."""
    ledger = folder / f"speakers-{wanted}-{SEED}.jsonl"
    if ledger.exists():
        return ledger
    rng = random.Random(SEED)
    seen: set[str] = set()
    n = 0
    tmp = ledger.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8") as out:
        while len(seen) < wanted:
            first, last = word(rng, rng.randint(2, 3)), word(rng, rng.randint(2, 4))
            for name in spellings(rng, first, last):
                seen.add(name)
                for _ in range(rng.randint(1, 3)):
                    n += 1
                    record = {"id": f"{n:024x}", "kind": "speech", "doc": {"id": f"doc-{n // 5}"}, "speaker": {"text": name, "name": name}}
                    out.write(json.dumps(record) + "\n")
    tmp.replace(ledger)
    return ledger


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--names", type=int, nargs="+", default=[10_000, 30_000, 100_000])
    parser.add_argument("--against", help="Another claimledger to time on the same ledgers (its PYTHONPATH, e.g. a checkout of main).")
    args = parser.parse_args()
    folder = Path(tempfile.gettempdir()) / "claimledger-bench-speakers"
    folder.mkdir(exist_ok=True)
    print("| distinct names | records | identities | `claimledger speakers` | peak RSS | the other claimledger |")
    print("|---|---|---|---|---|---|")
    for wanted in args.names:
        ledger = build(folder, wanted)
        records = sum(1 for _ in ledger.open(encoding="utf-8"))
        command = ["claimledger", "speakers", "--json", str(ledger)]
        seconds, peak, output = run(command)
        other = ""
        if args.against:
            code = "import sys; from claimledger.cli import app; sys.argv[0] = 'claimledger'; app()"
            with_path = ["env", f"PYTHONPATH={args.against}", sys.executable, "-P", "-c", code, *command[1:]]
            took, _, theirs = run(with_path)
            other = f"{took:.2f} s, {'the same output' if theirs == output else 'ANOTHER OUTPUT'}"
        print(f"| {wanted:,} | {records:,} | {len(output.splitlines()):,} | {seconds:.2f} s | {peak:.0f} MiB | {other} |")


if __name__ == "__main__":
    sys.exit(main())
