"""Time claimledger match on the CheckThat! 2020 dev texts, and its memory on a large generated archive.

    python bench/match.py                      # index time; match and the BM25 reference side by side, best of 3
    python bench/match.py --baseline main      # and claimledger match of another revision beside them
    python bench/match.py --archive-size 1000000   # peak RSS indexing and matching a generated archive

The first part needs ../shared/eval (run from the project root with claimledger installed):
it indexes the 10,375 fact-checks into a fresh file (one process, one core), then runs
``score_matching.py`` with ``--system bm25`` (pure Python: reading the archive, its index
and the queries included) and with ``claimledger match`` on the built index, in turns,
three times each, and prints the best time of each (wall, and CPU time of the scorer with
what it runs) with the MAP@5 figures. With ``--baseline REV`` the package of another revision
(exported with ``git archive``) is indexed and timed the same way in the same turns. Then, in a
process of its own, how much of matching the texts is reading their figures, dates and speakers
(``extract``, claimledger.matching) and how much the rest (terms, search, re-ranking).

The second writes an archive of invented fact-checks (claims about invented places, people,
figures and years, with a vocabulary that grows with the archive) as JSON Lines, then
indexes it and matches 200 invented posts in two processes, and prints their peak RSS.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
SCORER = EVAL / "score_matching.py"
ARCHIVE = EVAL / "matching" / "archive.jsonl"
QUERIES = EVAL / "matching" / "queries_dev.jsonl"
SYLLABLES = ["ka", "ro", "vel", "mi", "tor", "sa", "len", "du", "bra", "ko", "zin", "pe", "lu", "gar", "ne", "vos", "tri", "ha"]
VERBS = ["said", "claimed", "posted", "announced", "wrote", "tweeted"]
THINGS = ["bridge", "hospital", "school", "ferry", "tax", "budget", "vaccine", "election", "border", "dam", "railway", "festival", "police", "river", "harbour"]
NOUNS = ["people", "voters", "jobs", "homes", "drones", "cases", "tonnes", "miles", "percent"]


def word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))


def claim(rng: random.Random, names: list[str], places: list[str]) -> str:
    """An invented claim: a person, a place, a thing, a figure and a year."""
    who, where, thing = rng.choice(names), rng.choice(places), rng.choice(THINGS)
    figure = f"{rng.randint(2, 900)} {rng.choice(NOUNS)}"
    return f"{who} {rng.choice(VERBS)} the {where} {thing} cost {figure} in {rng.randint(1990, 2024)}, {word(rng)} {word(rng)} {word(rng)}."


def generate(path: Path, size: int, seed: int = 23) -> list[str]:
    """Write ``size`` invented ClaimReviews; return 200 posts that repeat some of them."""
    rng = random.Random(seed)
    names = [f"{word(rng).capitalize()} {word(rng).capitalize()}" for _ in range(max(100, size // 50))]
    places = [word(rng).capitalize() for _ in range(max(100, size // 20))]
    posts = []
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(size):
            text = claim(rng, names, places)
            review = {"@type": "ClaimReview", "identifier": f"gen-{i}", "claimReviewed": text, "url": f"https://checks.example/{i}", "reviewRating": {"alternateName": rng.choice(["False", "True", "Mixed"])}}
            fh.write(json.dumps(review) + "\n")
            if i % max(1, size // 200) == 0 and len(posts) < 200:
                posts.append(json.dumps({"id": f"post-{i}", "text": f"Unbelievable: {text} #{word(rng)}"}))
    return posts


_MEASURE = (
    "import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL); "
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
)


def peak_rss(command: list[str], stdin: str = "", cwd: Path | None = None) -> tuple[float, float]:
    """Seconds and peak RSS (MB) of a whole process, measured by a process of its own around it
    (with claimledger imported from ``cwd``, when it is given)."""
    started = time.perf_counter()
    env = {**os.environ, "PYTHONPATH": str(cwd)} if cwd else None
    out = subprocess.run([sys.executable, "-c", _MEASURE, *command], input=stdin, text=True, check=True, capture_output=True, cwd=cwd, env=env).stdout
    scale = 1 if sys.platform == "darwin" else 1024  # bytes on macOS, kilobytes elsewhere
    return time.perf_counter() - started, int(out) * scale / 2**20


def scored(args: list[str], package: Path = ROOT) -> dict[str, float]:
    """The scorer's figures, its wall time (``seconds``) and the CPU time of it and what it ran (``cpu``),
    with claimledger imported from ``package``."""
    before = os.times()
    env = {**os.environ, "PYTHONPATH": str(package)}
    out = subprocess.run([sys.executable, str(SCORER), "--json", *args], capture_output=True, text=True, check=True, env=env, cwd=package).stdout
    after = os.times()
    return dict(json.loads(out), cpu=after.children_user - before.children_user + after.children_system - before.children_system)


def export(revision: str, folder: Path) -> Path:
    """The package of ``revision``, unpacked under ``folder``."""
    tar_path = folder / "baseline.tar"
    tar_path.write_bytes(subprocess.run(["git", "-C", str(ROOT), "archive", "--format=tar", revision, "claimledger"], check=True, capture_output=True).stdout)
    with tarfile.open(tar_path) as tar:
        tar.extractall(folder / "baseline", filter="data")
    return folder / "baseline"


def side_by_side(runs: int, baseline: str | None) -> None:
    with tempfile.TemporaryDirectory() as folder:
        packages = {"claimledger match": ROOT} | ({f"claimledger match at {baseline}": export(baseline, Path(folder))} if baseline else {})
        commands = {}
        for name, package in packages.items():
            index = Path(folder) / f"index-{len(commands)}.sqlite"
            match = [sys.executable, "-m", "claimledger", "match", "--archive", str(ARCHIVE), "--index", str(index), "--whole"]
            seconds, rss = peak_rss([*match, "-"], cwd=package)
            print(f"{name}: index {ARCHIVE.name}: {seconds:.2f} s (a whole process, one core), peak RSS {rss:.0f} MB")
            commands[name] = (["--cmd", " ".join([*match, "--input-format", "jsonl", "-"])], package)
        best: dict[str, dict[str, float]] = {}
        for _ in range(runs):
            for name, (args, package) in {"bm25 reference": (["--system", "bm25"], ROOT), **commands}.items():
                result = scored(args, package)
                if name in best:  # the best wall time and the best CPU time, each of any run
                    result = dict(result, seconds=min(result["seconds"], best[name]["seconds"]), cpu=min(result["cpu"], best[name]["cpu"]))
                best[name] = result
        for name, result in best.items():
            print(
                f"{name}: {result['seconds']:.2f} s, CPU {result['cpu']:.2f} s (best of {runs}), "
                f"MAP@5 {result['map@5']:.3f}, MRR {result['mrr']:.3f}, recall@5 {result['recall@5']:.3f}"
            )
        phases(Path(folder) / "index-0.sqlite")


def phases(index: Path) -> None:
    """Where matching the dev texts goes, in a fresh process: reading their features, and the rest."""
    out = subprocess.run([sys.executable, __file__, "--phases-of", str(index)], capture_output=True, text=True, check=True).stdout
    spent = json.loads(out)
    print(
        f"in one process: {spent['total']:.2f} s for {spent['texts']} texts, of which {spent['features']:.2f} s reading their figures, dates and speakers "
        f"(extract whole on {spent['extract']}: a candidate names a speaker they name) and {spent['total'] - spent['features']:.2f} s the rest (terms, search, re-ranking)"
    )


def measure_phases(index: Path) -> None:
    """Match the dev texts on a built index, timing claimledger.matching's reading of their features."""
    from claimledger import matching
    from claimledger.archive_index import Index
    from claimledger.pipeline import Document

    spent = {"features": 0.0, "extract": 0}
    read, whole = matching._document_features, matching.extracted_features

    def timed(*args):  # type: ignore[no-untyped-def]
        started = time.perf_counter()
        found = read(*args)
        spent["features"] += time.perf_counter() - started
        return found

    def counted(*args):  # type: ignore[no-untyped-def]
        spent["extract"] += 1
        return whole(*args)

    matching._document_features, matching.extracted_features = timed, counted  # type: ignore[assignment]
    started = time.perf_counter()
    matcher = matching.Matcher(Index(index))
    texts = [json.loads(line) for line in open(QUERIES, encoding="utf-8")]
    for t in texts:
        matcher.match(matching.document_query(Document(t["id"], t["text"]))).to_json()
    print(json.dumps(dict(spent, total=time.perf_counter() - started, texts=len(texts))))


def memory(size: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        archive = Path(folder) / "archive.jsonl"
        posts = generate(archive, size)
        print(f"{size:,} generated fact-checks: {archive.stat().st_size / 2**20:.0f} MB")
        command = ["claimledger", "match", "--archive", str(archive), "--whole", "--input-format", "jsonl", "-"]
        seconds, rss = peak_rss(command)
        print(f"index: {seconds:.0f} s, peak RSS {rss:.0f} MB")
        index = archive.with_name(archive.name + ".claimledger.sqlite")
        print(f"index file: {index.stat().st_size / 2**20:.0f} MB")
        seconds, rss = peak_rss(command, "\n".join(posts) + "\n")
        print(f"match {len(posts)} posts: {seconds:.1f} s, peak RSS {rss:.0f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--archive-size", type=int, help="measure memory on a generated archive of this many fact-checks")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--baseline", help="a git revision whose claimledger match is timed beside this tree's")
    parser.add_argument("--phases-of", type=Path, help=argparse.SUPPRESS)  # the measurement's own process
    args = parser.parse_args()
    if args.phases_of:
        measure_phases(args.phases_of)
    elif args.archive_size:
        memory(args.archive_size)
    else:
        side_by_side(args.runs, args.baseline)


if __name__ == "__main__":
    main()
