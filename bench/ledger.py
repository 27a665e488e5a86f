"""Time claimledger find and conflicts on a ledger of 100,000 claims.

    python bench/ledger.py              # with claimledger installed (on PATH)
    python bench/ledger.py --claims 20000

Writes invented news (a year of events in a few hundred places, each told by several
short wire stories quoting some two hundred named sources: casualty counts, drone
tallies, costs, shares of voters, money a week and denials, one figure in twenty told
differently, so that many figures meet in one index bucket) as a JSONL
corpus, extracts it with ``claimledger extract --jobs 2`` until the ledger holds the
number of claims asked for (kept in the temporary folder for the next run), then
times whole processes: ``claimledger find`` with a count and with money per week,
``claimledger conflicts``, and reading the ledger alone (``claimledger stats``) as
the floor. Best of three runs each, with the peak memory of the largest process.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SEED = 16
FIRST = ["Anna", "Oleh", "Maria", "Samuel", "Irina", "Jonas", "Leila", "Tomas", "Ngozi", "Pavel", "Ruth", "Kwame", "Elif", "Dmytro", "Sofia", "Marek"]
LAST = ["Marchenko", "Okafor", "Reyes", "Sokol", "Lindqvist", "Haddad", "Novak", "Mensah", "Kovac", "Brennan", "Yilmaz", "Petrenko", "Adeyemi", "Vance"]
ROLES = ["Governor", "Mayor", "Police chief", "Spokesman", "Minister", "Commander"]
SYLLABLES = ["do", "vren", "ko", "ke", "sra", "var", "na", "mi", "lo", "ra", "bel", "za", "tor", "ve", "lin", "sk", "gor", "pol"]
NOUNS = ["drones", "missiles", "homes", "vehicles", "schools"]
VERBS = ["downed", "launched", "damaged", "destroyed", "intercepted"]
THINGS = ["bridge", "grain terminal", "power station", "hospital wing", "rail depot"]


def place(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def events(rng: random.Random, places: list[str]) -> list[dict[str, object]]:
    """A year of events: a place on a day, with the figures every outlet starts from."""
    found = []
    for day in range(365):
        for where in rng.sample(places, 12):
            found.append(
                {
                    "day": time.strftime("%Y-%m-%d", time.gmtime(1704067200 + day * 86400)),
                    "where": where,
                    "killed": rng.randint(2, 60),
                    "noun": rng.choice(NOUNS),
                    "verb": rng.choice(VERBS),
                    "count": rng.choice([rng.randint(2, 60), rng.choice([100, 120, 150, 200, 250])]),
                    "thing": rng.choice(THINGS),
                    "cost": f"{rng.randint(2, 90)}.{rng.randint(0, 9)}",
                    "share": rng.randint(20, 80),
                    "weekly": rng.randint(1, 40),
                }
            )
    return found


def story(rng: random.Random, i: int, event: dict[str, object], people: list[str]) -> dict[str, str]:
    """One outlet's story of an event: its figures, one in twenty told differently."""

    def figure(n: object) -> object:
        return n if rng.random() > 0.05 else int(n) + rng.choice([-3, -1, 1, 2, 5])  # type: ignore[call-overload]

    e = event
    sentences = []
    for _ in range(rng.randint(4, 7)):
        who = rng.choice(people)
        if rng.random() < 0.03:  # a denial now and then
            sentences.append(f"{who} denied that the {e['thing']} in {e['where']} had been {e['verb']}.")
            continue
        sentences.append(
            rng.choice(
                [
                    f"{rng.choice(ROLES)} {who} said {figure(e['count'])} {e['noun']} were {e['verb']} over {e['where']} overnight.",
                    f"{figure(e['killed'])} people were killed in {e['where']}, {who} said.",
                    f"{who} said the {e['thing']} in {e['where']} would cost ${e['cost']} million.",
                    f"{who} said {figure(e['share'])}% of voters in {e['where']} backed the plan.",
                    f"The council in {e['where']} said it would spend £{figure(e['weekly'])}m a week on repairs, {who} said.",
                    f"Officials said the {e['thing']} in {e['where']} had been {e['verb']} on Monday.",
                ]
            )
        )
    return {"id": f"story-{i:06d}", "published": str(e["day"]), "url": f"https://wire.example/{i}", "text": " ".join(sentences)}


def build(folder: Path, claims: int) -> Path:
    """The ledger of at least ``claims`` claims, made once per size and seed."""
    ledger = folder / f"ledger-{claims}-{SEED}-events2.jsonl"
    if ledger.exists():
        return ledger
    rng = random.Random(SEED)
    places = [place(rng) for _ in range(300)]
    people = [f"{f} {l}" for f in FIRST for l in LAST]
    happened = events(rng, places)
    corpus = folder / f"corpus-{claims}-{SEED}-events2.jsonl"
    with corpus.open("w", encoding="utf-8") as out:
        for i in range(claims // 4):  # about five claims a story: enough, cut below
            out.write(json.dumps(story(rng, i, rng.choice(happened), people)) + "\n")
    full = folder / "full.jsonl"
    subprocess.run(["claimledger", "extract", str(corpus), "--jobs", "2", "-o", str(full)], check=True)
    with full.open(encoding="utf-8") as src, ledger.open("w", encoding="utf-8") as out:
        for n, line in enumerate(src):
            if n == claims:
                break
            out.write(line)
    return ledger


def timed(command: list[str]) -> tuple[float, str]:
    best, output = float("inf"), ""
    for _ in range(3):
        start = time.perf_counter()
        proc = subprocess.run(command, capture_output=True, text=True, check=True)
        best = min(best, time.perf_counter() - start)
        output = proc.stdout
    return best, output


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--claims", type=int, default=100_000)
    args = parser.parse_args()
    folder = Path(tempfile.gettempdir()) / "claimledger-bench-ledger"
    folder.mkdir(exist_ok=True)
    started = time.perf_counter()
    ledger = build(folder, args.claims)
    lines = sum(1 for _ in ledger.open(encoding="utf-8"))
    print(f"ledger: {lines:,} claims, {ledger.stat().st_size / 1e6:.1f} MB ({time.perf_counter() - started:.0f} s to build or reuse)")
    floor, _ = timed(["claimledger", "stats", str(ledger), "--json"])
    print(f"read it (claimledger stats): {floor:.2f} s")
    for query in ("31 drones", "£12m a week"):
        seconds, out = timed(["claimledger", "find", query, str(ledger)])
        print(f"claimledger find {query!r}: {seconds:.2f} s, {len(out.splitlines()):,} claims")
    seconds, out = timed(["claimledger", "conflicts", str(ledger)])
    rules: dict[str, int] = {}
    for line in out.splitlines():
        rule = json.loads(line)["rule"]
        rules[rule] = rules.get(rule, 0) + 1
    print(f"claimledger conflicts: {seconds:.2f} s, {len(out.splitlines()):,} pairs {dict(sorted(rules.items()))}")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"peak RSS of the largest process: {peak:.0f} MB")


if __name__ == "__main__":
    sys.exit(main())
