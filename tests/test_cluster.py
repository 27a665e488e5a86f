"""--engine dask on a local cluster of 2 worker processes gives the single-process ledger, record for record.

The cluster run takes ~20 s, so it is marked slow (CI runs it, as it runs every test)."""

from __future__ import annotations

import json
import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

PAGES = Path(__file__).resolve().parent / "pages"

SPEAKERS = ["Anna Kowalski", "the defence ministry", "Governor Luis Moreno", "Officials in the region", "The central bank"]
CUES = ["said", "told reporters", "announced", "warned"]
FACTS = [
    "{n} drones were shot down overnight",
    "the bridge, about {n} kilometers (nearly {m} miles) long, would reopen next week",
    "prices rose {n}% in the third quarter",
    "{n} people had been evacuated since Tuesday",
]


def _story(rng: random.Random, i: int) -> str:
    sentences = [f"Story {i}."]
    for _ in range(rng.randint(2, 5)):
        n = rng.randint(2, 900)
        fact = rng.choice(FACTS).format(n=n, m=round(n * 0.62))
        speaker, cue = rng.choice(SPEAKERS), rng.choice(CUES)
        sentences.append(rng.choice([f"{speaker} {cue} that {fact}.", f"“{fact.capitalize()},” {speaker} {cue}."]))
    sentences.append(f"{rng.choice(SPEAKERS)} denied that the figures were exaggerated, according to state media.")
    return " ".join(sentences)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """2,400 documents: four JSONL shards, a folder of text files, two web pages and an unreadable file."""
    root = tmp_path_factory.mktemp("corpus")
    rng = random.Random(7)
    for shard in range(4):
        with open(root / f"shard-{shard}.jsonl", "w", encoding="utf-8") as out:
            for j in range(500):
                doc = {"id": f"s{shard}-{j}", "text": _story(rng, j), "published": f"2025-01-{rng.randint(1, 28):02d}"}
                out.write(json.dumps(doc) + "\n")
    (root / "texts").mkdir()
    for j in range(400):
        (root / "texts" / f"{j:04d}.txt").write_text(_story(rng, j), encoding="utf-8")
    (root / "texts" / "0200-broken.txt").write_bytes(b"Officials said \xff\xfe 40 drones.")
    for page in ("harbour_ferry.html", "city_budget.htm"):
        shutil.copy(PAGES / page, root / page)
    return root


def _run(corpus: Path, *options: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "claimledger", "extract", str(corpus), "--ref-date", "2025-01-14", *options]
    return subprocess.run(command, capture_output=True, text=True, timeout=600, check=False)


@pytest.mark.slow
def test_dask_ledger_is_the_single_process_ledger(corpus: Path) -> None:
    single = _run(corpus)
    dask = _run(corpus, "--engine", "dask", "--scheduler", "local", "--jobs", "2")
    assert single.returncode == dask.returncode == 1  # the broken file
    assert "0200-broken.txt: not valid UTF-8 at byte 15" in dask.stderr
    assert single.stderr == dask.stderr
    records = [json.loads(line) for line in single.stdout.splitlines()]
    assert len({r["doc"]["id"] for r in records}) > 2000
    assert len(records) > 5000
    assert dask.stdout == single.stdout  # same records, same order, same bytes


def test_an_unreachable_scheduler_is_one_line_and_exit_1_after_the_timeout_given(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text("Officials said 40 drones were shot down.", encoding="utf-8")
    command = [sys.executable, "-m", "claimledger", "extract", str(story), "--engine", "dask", "--scheduler", "tcp://127.0.0.1:9", "--scheduler-timeout", "0.5"]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 1
    (line,) = result.stderr.splitlines()
    assert line.startswith("claimledger: cannot reach the Dask scheduler at tcp://127.0.0.1:9: ")
    assert "after 0.5 s" in line  # distributed's words: it waited the time given, not 10 s


def test_the_command_line_waits_as_long_as_the_api_by_default() -> None:
    import typer.main

    from claimledger import cluster
    from claimledger.cli import app

    extract = typer.main.get_command(app).commands["extract"]  # type: ignore[attr-defined]
    (option,) = [p for p in extract.params if p.name == "scheduler_timeout"]
    assert option.default == cluster.CONNECT_TIMEOUT == 10


def test_dask_reads_files_not_stdin() -> None:
    result = subprocess.run([sys.executable, "-m", "claimledger", "extract", "-", "--engine", "dask"], input="x", capture_output=True, text=True, check=False)
    assert (result.returncode, result.stderr) == (1, "claimledger: --engine dask reads files, not stdin (-)\n")
