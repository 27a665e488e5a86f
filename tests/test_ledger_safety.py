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
_POSIX = pytest.mark.skipif(sys.platform == "win32", reason="Windows has no SIGTERM to send: it terminates the process")


def _command() -> list[str]:
    exe = shutil.which("claimledger", path=os.path.dirname(sys.executable))
    return [exe] if exe else [sys.executable, "-m", "claimledger"]


def _default_interrupt() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


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
        args = [*_command(), "extract", str(corpus), "-o", str(ledger)] + (["--append"] if append else ["--force"])
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
    subprocess.run([*_command(), "extract", str(corpus), "-o", str(ledger)] + (["--append"] if append else ["--force"]), check=True)
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
@pytest.mark.parametrize(
    "stop, jobs",
    [("SIGINT", 1), pytest.param("SIGTERM", 1, marks=_POSIX), pytest.param("SIGTERM", 2, marks=_POSIX)],
)
def test_ctrl_c_or_kill_stops_cleanly_with_exit_130(tmp_path: Path, stop: str, jobs: int) -> None:
    """No traceback from the run or its workers, no temporary file left, the ledger as it was."""
    corpus = _corpus(tmp_path / "in", 600)
    ledger = tmp_path / "ledger.jsonl"
    ledger.write_text("")
    # A job a shell started in the background ignores SIGINT, and its children with it: the run gets the default
    posix = {"preexec_fn": _default_interrupt} if sys.platform != "win32" else {}
    proc = subprocess.Popen([*_command(), "extract", str(corpus), "-o", str(ledger), "--append", "-j", str(jobs)], stderr=subprocess.PIPE, text=True, **posix)
    deadline = time.monotonic() + 30
    while not any(p.stat().st_size for p in tmp_path.glob(".ledger.jsonl.*.tmp")) and time.monotonic() < deadline:
        time.sleep(0.05)  # until the run is writing its temporary ledger
    assert proc.poll() is None, "the run ended before it could be interrupted"
    proc.send_signal(getattr(signal, stop))
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert err == "claimledger: interrupted; the ledger holds only whole lines\n"
    assert ledger.read_bytes() == b""
    assert not list(tmp_path.glob(".ledger.jsonl.*.tmp"))


STORY = "The port authority said 31 ships were turned away on Tuesday.\n"


def _ledger_with_bad_lines(tmp_path: Path) -> tuple[Path, list[str]]:
    ledger = tmp_path / "ledger.jsonl"
    out = subprocess.run([*_command(), "extract", str(SEED)], check=True, capture_output=True, text=True).stdout
    lines = out.splitlines()
    lines.insert(3, '{"id": "4f1c0a", "kind": "spee')  # two writers' lines run together, long ago
    lines.insert(8, '["not", "a", "record"]')
    ledger.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return ledger, lines


def test_append_onto_a_ledger_with_bad_lines_keeps_every_record_and_exits_1(tmp_path: Path) -> None:
    ledger, lines = _ledger_with_bad_lines(tmp_path)
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    result = subprocess.run([*_command(), "extract", str(story), "-o", str(ledger), "--append"], capture_output=True, text=True)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"claimledger: {ledger}:4: not JSON (Unterminated string starting at); kept as it was",
        f"claimledger: {ledger}:9: not a JSON object; kept as it was",
        f"claimledger: {ledger} holds lines that are no records; every record was kept (--set-aside-bad-lines moves those lines out)",
    ]
    now = ledger.read_text(encoding="utf-8").splitlines()
    assert now[: len(lines)] == lines and len(now) == len(lines) + 1
    assert json.loads(now[-1])["doc"]["id"] == str(story)


def test_set_aside_bad_lines_moves_them_to_a_side_file(tmp_path: Path) -> None:
    ledger, lines = _ledger_with_bad_lines(tmp_path)
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    command = [*_command(), "extract", str(story), "-o", str(ledger), "--append", "--set-aside-bad-lines"]
    result = subprocess.run(command, capture_output=True, text=True)
    assert result.returncode == 0
    assert result.stderr.splitlines() == [
        f"claimledger: {ledger}:4: not JSON (Unterminated string starting at); moved to {ledger}.rejected",
        f"claimledger: {ledger}:9: not a JSON object; moved to {ledger}.rejected",
    ]
    good = [line for i, line in enumerate(lines) if i not in (3, 8)]
    assert ledger.read_text(encoding="utf-8").splitlines()[:-1] == good
    assert (tmp_path / "ledger.jsonl.rejected").read_text(encoding="utf-8") == lines[3] + "\n" + lines[8] + "\n"
    again = subprocess.run(command, capture_output=True, text=True)
    assert (again.returncode, again.stderr) == (0, "")


@pytest.mark.parametrize("command", [["extract", str(SEED)], ["merge", "-"]], ids=["extract", "merge"])
def test_an_output_that_is_a_directory_is_said_so_and_leaves_nothing(tmp_path: Path, command: list[str]) -> None:
    result = subprocess.run([*_command(), *command, "-o", "."], cwd=tmp_path, input="", capture_output=True, text=True)
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == "claimledger: .: is a directory; the ledger needs a file name\n"
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_an_output_that_is_a_pipe_is_written_to_and_stays_a_pipe(tmp_path: Path) -> None:
    """``-o /dev/stdout`` or a named pipe: the ledger goes into it; it is never replaced by a file."""
    import threading

    pipe = tmp_path / "ledger.pipe"
    os.mkfifo(pipe)
    lines: list[str] = []

    def read() -> None:
        with open(pipe, encoding="utf-8") as reader:
            lines.extend(reader.read().splitlines())

    reading = threading.Thread(target=read, daemon=True)
    reading.start()
    result = subprocess.run([*_command(), "extract", str(SEED), "-o", str(pipe)], capture_output=True, text=True, timeout=60)
    reading.join(timeout=10)
    if reading.is_alive():  # nothing was written into the pipe: let the reader go
        with open(pipe, "w", encoding="utf-8"):
            pass
    assert result.returncode == 0, result.stderr
    assert lines and all(json.loads(line)["doc"]["id"] == str(SEED) for line in lines)
    assert pipe.is_fifo() and sorted(p.name for p in tmp_path.iterdir()) == ["ledger.pipe"]


def test_a_rename_that_fails_leaves_no_temporary_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from claimledger import ledger as ledger_module

    def refuse(src: object, dst: object) -> None:
        raise OSError(16, "Device or resource busy", str(dst))

    monkeypatch.setattr(ledger_module.os, "replace", refuse)
    target = tmp_path / "ledger.jsonl"
    with pytest.raises(OSError, match="busy"):
        with ledger_module.LedgerWriter(str(target)) as writer:
            writer.write([ledger_module.JsonLine("a" * 24, '{"id": "a"}')])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ledger.jsonl.lock"]


def test_the_directory_is_synced_after_the_rename(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import stat

    from claimledger import ledger as ledger_module

    synced: list[str] = []
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        synced.append("directory" if stat.S_ISDIR(os.fstat(fd).st_mode) else "file")
        real_fsync(fd)

    monkeypatch.setattr(ledger_module.os, "fsync", fsync)
    with ledger_module.LedgerWriter(str(tmp_path / "ledger.jsonl")) as writer:
        writer.write([ledger_module.JsonLine("a" * 24, '{"id": "a"}')])
    assert synced == ["file", "directory"]


def test_where_a_directory_cannot_be_opened_the_ledger_is_still_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Windows cannot open a directory: the sync after the rename is skipped, nothing fails."""
    from claimledger import ledger as ledger_module

    real_open = os.open

    def no_directories(path: object, flags: int, *args: int) -> int:
        if os.path.isdir(path):  # type: ignore[arg-type]
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(ledger_module.os, "open", no_directories)
    target = tmp_path / "ledger.jsonl"
    with ledger_module.LedgerWriter(str(target)) as writer:
        writer.write([ledger_module.JsonLine("a" * 24, '{"id": "a"}')])
    assert target.read_text() == '{"id": "a"}\n'


def test_the_package_imports_and_writes_a_ledger_without_posix_only_modules(tmp_path: Path) -> None:
    """As on Windows: fcntl (and termios, resource, pwd, grp) cannot be imported."""
    code = (
        "import sys\n"
        "for name in ('fcntl', 'termios', 'resource', 'pwd', 'grp'):\n"
        "    sys.modules[name] = None  # import raises ImportError\n"
        "import claimledger.sources, claimledger.batch, claimledger.ledger\n"
        "from claimledger.cli import app\n"
        "app(['extract', sys.argv[1], '-o', sys.argv[2], '--append'])\n"
    )
    ledger = tmp_path / "ledger.jsonl"
    result = subprocess.run([sys.executable, "-W", "ignore", "-c", code, str(SEED), str(ledger)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert len(_whole_lines(ledger)) > 10
