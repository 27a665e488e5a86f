"""Killed, interrupted and concurrent writers never corrupt a ledger or lose a record."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = next((ROOT / "seeds").glob("*.txt"))


def _command() -> list[str]:
    exe = shutil.which("claimledger", path=os.path.dirname(sys.executable))
    return [exe] if exe else [sys.executable, "-m", "claimledger"]


def _corpus(folder: Path, copies: int, tag: str = "") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    text = SEED.read_text(encoding="utf-8")
    for i in range(copies):
        (folder / f"{tag}story-{i:03d}.txt").write_text(f"Story {tag}{i}.\n{text}", encoding="utf-8")
    return folder


def _whole_lines(path: Path) -> list[dict]:
    data = path.read_bytes()
    assert data == b"" or data.endswith(b"\n"), "the ledger ends in a half-written line"
    records = [json.loads(line) for line in data.decode("utf-8").splitlines()]
    assert len({r["id"] for r in records}) == len(records), "duplicate ids"
    return records


@pytest.mark.slow
@pytest.mark.parametrize("append", [False, True], ids=["output", "append"])
def test_sigkill_at_random_points_leaves_the_old_ledger_or_the_whole_new_one(tmp_path: Path, append: bool) -> None:
    corpus = _corpus(tmp_path / "in", 30)
    complete = tmp_path / "complete.jsonl"
    subprocess.run([*_command(), "extract", str(corpus), "-o", str(complete)], check=True)
    expected = complete.read_bytes()
    ledger = tmp_path / "ledger.jsonl"
    old = subprocess.run([*_command(), "extract", str(SEED)], check=True, capture_output=True).stdout
    rng = random.Random(20250114)
    outcomes = set()
    for _ in range(12):
        ledger.write_bytes(old)
        args = [*_command(), "extract", str(corpus), "-o", str(ledger)] + (["--append"] if append else [])
        proc = subprocess.Popen(args, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.0, 1.5))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        _whole_lines(ledger)
        now = ledger.read_bytes()
        new = old + expected if append else expected
        assert now in (old, new), "the ledger is neither as it was nor complete"
        outcomes.add("old" if now == old else "new")
    # The next run after all those kills completes the ledger and leaves no temporary files.
    subprocess.run([*_command(), "extract", str(corpus), "-o", str(ledger)] + (["--append"] if append else []), check=True)
    assert ledger.read_bytes() == (old + expected if append else expected)
    assert not list(tmp_path.glob(".ledger.jsonl.*.tmp"))


@pytest.mark.slow
def test_eight_concurrent_appenders_give_the_union(tmp_path: Path) -> None:
    ledger = tmp_path / "ledger.jsonl"
    folders = [_corpus(tmp_path / f"in{w}", 4, tag=f"w{w}-") for w in range(8)]
    separately = set()
    for folder in folders:
        out = subprocess.run([*_command(), "extract", str(folder)], check=True, capture_output=True, text=True).stdout
        separately |= {json.loads(line)["id"] for line in out.splitlines()}
    procs = [subprocess.Popen([*_command(), "extract", str(f), "-o", str(ledger), "--append"]) for f in folders]
    assert [p.wait() for p in procs] == [0] * 8
    records = _whole_lines(ledger)
    assert {r["id"] for r in records} == separately


@pytest.mark.slow
def test_ctrl_c_stops_cleanly_with_exit_130(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "in", 600)
    ledger = tmp_path / "ledger.jsonl"
    ledger.write_text("")
    proc = subprocess.Popen([*_command(), "extract", str(corpus), "-o", str(ledger), "--append"], stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 30
    while not any(p.stat().st_size for p in tmp_path.glob(".ledger.jsonl.*.tmp")) and time.monotonic() < deadline:
        time.sleep(0.05)  # until the run is writing its temporary ledger
    assert proc.poll() is None, "the run ended before it could be interrupted"
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert "interrupted" in err and "Traceback" not in err
    assert ledger.read_bytes() == b""
    assert not list(tmp_path.glob(".ledger.jsonl.*.tmp"))
