"""Every reading command reads a damaged ledger as --append does: each line that is no record
skipped and told with its file and line, the rest read on, exit 1 at the end; a file of
documents named as such in one line. Never a traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimledger.cli import app

ROOT = Path(__file__).resolve().parent.parent
SEED = next((ROOT / "seeds").glob("*.txt"))

# (command, its arguments before the ledger)
COMMANDS = [
    ("show", []),
    ("stats", ["--json"]),
    ("merge", []),
    ("find", ["1,000 kilometers"]),
    ("conflicts", []),
    ("export", ["--to", "csv"]),
    ("speakers", []),
]


def _run(*args: str) -> tuple[int, bytes, str]:
    result = CliRunner().invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout_bytes, result.stderr


@pytest.fixture(scope="module")
def ledgers(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A good ledger, and the same with a garbage line and a line with a byte that is no UTF-8."""
    folder = tmp_path_factory.mktemp("ledgers")
    code, out, _ = _run("extract", str(SEED), "--ref-date", "2025-01-14")
    lines = out.splitlines(keepends=True)
    good, damaged = folder / "good.jsonl", folder / "damaged.jsonl"
    good.write_bytes(b"".join(lines))
    damaged.write_bytes(b"".join(lines[:2] + [b"garbage\n", b'{"id": "\xff"}\n'] + lines[2:]))
    return good, damaged


@pytest.mark.parametrize("command, args", COMMANDS, ids=[c for c, _ in COMMANDS])
def test_a_damaged_ledger_is_read_past_its_bad_lines(ledgers: tuple[Path, Path], command: str, args: list[str]) -> None:
    good, damaged = ledgers
    _, expected, _ = _run(command, *args, str(good))
    code, out, err = _run(command, *args, str(damaged))
    assert (code, out, err) == (
        1,
        expected,
        f"claimledger: {damaged}:3: not JSON (Expecting value); skipped\nclaimledger: {damaged}:4: not UTF-8 at byte 8; skipped\n",
    )


def test_validate_tells_a_byte_that_is_no_utf8(ledgers: tuple[Path, Path]) -> None:
    _, damaged = ledgers
    code, out, err = _run("validate", str(damaged))
    assert (code, out, err) == (1, b"", f"{damaged}:3: not JSON (Expecting value)\n{damaged}:4: not UTF-8 at character 8\nclaimledger: 2 problem(s) in {damaged}\n")


@pytest.mark.parametrize(
    "content, told",
    [
        (json.dumps({"id": "1", "text": "The mayor said 12 ferries were cancelled."}) + "\n", "is a file of documents (JSON lines with 'text'), not a ledger; claimledger extract makes one from it"),
        ("The mayor said 12 ferries were cancelled.\n\nOfficials said more.\nAnd more.\n", "is no ledger: its first 3 lines are no records (claimledger extract reads documents)"),
    ],
    ids=["jsonl-documents", "plain-text"],
)
@pytest.mark.parametrize("command, args", COMMANDS, ids=[c for c, _ in COMMANDS])
def test_a_documents_file_given_as_a_ledger_is_named_in_one_line(tmp_path: Path, command: str, args: list[str], content: str, told: str) -> None:
    path = tmp_path / "docs.jsonl"
    path.write_text(content, encoding="utf-8")
    code, _, err = _run(command, *args, str(path))
    assert (code, err) == (1, f"claimledger: {path}: {told}\n")


@pytest.mark.parametrize("command", ["merge", "show", "stats", "conflicts", "speakers", "export --to csv"])
def test_a_reader_that_goes_away_ends_the_run_quietly(tmp_path: Path, command: str) -> None:
    """``claimledger merge big.jsonl | head -c 10`` printed "claimledger: -: Broken pipe" and exited 1."""
    import shutil
    import subprocess

    _, out, _ = _run("extract", str(SEED), "--ref-date", "2025-01-14")
    ledger = tmp_path / "big.jsonl"
    records = [json.loads(line) for line in out.splitlines()]
    copies = [{**r, "id": f"{n:04x}{r['id'][4:]}"} for n in range(200) for r in records]  # more than a pipe holds, each record once
    ledger.write_text("".join(json.dumps(r) + "\n" for r in copies), encoding="utf-8")
    claimledger = shutil.which("claimledger")
    assert claimledger, "claimledger is not on PATH"
    pipeline = f"set -o pipefail; {claimledger} {command} {ledger} | head -c 10 > /dev/null"
    done = subprocess.run(["bash", "-c", pipeline], capture_output=True, text=True, timeout=120)
    assert (done.returncode, done.stderr) == (0, "")
