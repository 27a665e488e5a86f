"""The ledger commands: stats, validate and merge."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimledger import extract
from claimledger.cli import app

runner = CliRunner()
STORY_A = "Mayor Dana Whitfield said the bridge will reopen in March. The council denied that 40 people were hurt."
STORY_B = "The ministry said 31 drones were shot down on Tuesday."


@pytest.fixture
def ledgers(tmp_path: Path) -> tuple[Path, Path, Path]:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text(STORY_A)
    (docs / "b.txt").write_text(STORY_B)
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    a.write_text("".join(c.to_json() + "\n" for c in extract(STORY_A, str(docs / "a.txt"))))
    b.write_text("".join(c.to_json() + "\n" for c in extract(STORY_B, str(docs / "b.txt"))))
    return a, b, docs


def test_stats_counts_by_kind_speaker_cue_and_doc(ledgers: tuple[Path, Path, Path]) -> None:
    a, _, docs = ledgers
    counts = json.loads(runner.invoke(app, ["stats", str(a), "--json"]).stdout)
    assert counts["claims"] == 2
    assert counts["kind"] == {"denial": 1, "speech": 1}
    assert counts["speaker"] == {"(unresolved)": 1, "Dana Whitfield": 1}
    assert counts["doc"] == {str(docs / "a.txt"): 2}


def test_validate_accepts_a_good_ledger_against_its_documents(ledgers: tuple[Path, Path, Path]) -> None:
    a, _, docs = ledgers
    result = runner.invoke(app, ["validate", str(a), "--docs", str(docs)])
    assert result.exit_code == 0, result.stderr


def test_validate_reports_each_problem_with_its_line(ledgers: tuple[Path, Path, Path], tmp_path: Path) -> None:
    a, _, docs = ledgers
    first, second = a.read_text().splitlines()
    moved = json.loads(second)
    moved["content"]["start"] += 1
    broken = json.loads(first)
    del broken["kind"]
    bad = tmp_path / "bad.jsonl"
    bad.write_text("\n".join([first, json.dumps(moved), first, json.dumps(broken), "{oops"]) + "\n")
    result = runner.invoke(app, ["validate", str(bad), "--docs", str(docs)])
    assert result.exit_code == 1
    err = result.stderr
    assert f"{bad}:2: content [" in err and "is not that text in its document" in err
    assert f"{bad}:3: repeats the id" in err and "of line 1" in err
    assert f"{bad}:4: does not match the schema" in err and "'kind' is a required property" in err
    assert f"{bad}:5: not JSON" in err
    assert "4 problem(s)" in err


def test_merge_is_the_union_by_id_in_input_order(ledgers: tuple[Path, Path, Path], tmp_path: Path) -> None:
    a, b, _ = ledgers
    out = tmp_path / "merged.jsonl"
    result = runner.invoke(app, ["merge", str(a), str(b), str(a), "-o", str(out)])
    assert result.exit_code == 0
    assert out.read_text() == a.read_text() + b.read_text()
    assert runner.invoke(app, ["merge", str(b), str(a)]).stdout == b.read_text() + a.read_text()


def test_ledger_commands_report_bad_input(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text("[1, 2]\n")
    for command in (["stats", str(bad)], ["merge", str(bad)]):
        result = runner.invoke(app, command)
        assert result.exit_code == 1 and f"{bad}:1: not a JSON object" in result.stderr
    assert runner.invoke(app, ["validate", str(tmp_path / "missing.jsonl")]).exit_code == 1


def test_validate_fails_on_problems_in_docs_and_tells_each_file_once(ledgers: tuple[Path, Path, Path]) -> None:
    a, _, docs = ledgers
    (docs / "ledger.jsonl").write_text(a.read_text() * 3)  # the ledger itself, among the documents: 6 records
    (docs / "wire.jsonl").write_text(json.dumps({"id": "w1", "text": STORY_B}) + "\n" + json.dumps({"id": "w2", "text": STORY_A}) + "\n")
    (docs / "wire-copy.jsonl").write_text(json.dumps({"id": "w1", "text": STORY_B}) + "\n")
    (docs / "mixed.jsonl").write_text(json.dumps({"id": "m1", "text": STORY_B}) + "\n" + json.dumps({"id": "m2"}) + "\n")
    result = runner.invoke(app, ["validate", str(a), "--docs", str(docs)])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"claimledger: {docs / 'ledger.jsonl'}: none of its 6 lines is a document (the first: has no string field 'text')",
        f"claimledger: {docs / 'mixed.jsonl'}:2: has no string field 'text'",
        f"claimledger: document id 'w1' is in {docs / 'wire-copy.jsonl'} and in {docs / 'wire.jsonl'}; the first is used",
        "claimledger: 3 problem(s) in --docs",
    ]


def test_validate_tells_a_missing_document_once(ledgers: tuple[Path, Path, Path], tmp_path: Path) -> None:
    a, _, _ = ledgers
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "b.txt").write_text(STORY_B)
    result = runner.invoke(app, ["validate", str(a), "--docs", str(elsewhere)])
    assert result.exit_code == 1
    doc_id = json.loads(a.read_text().splitlines()[0])["doc"]["id"]
    assert result.stderr.splitlines() == [
        f"{a}:1: its document {doc_id!r} is not among --docs (told once, for its first record)",
        f"claimledger: 1 problem(s) in {a}",
    ]


def test_validate_ignores_a_document_date_it_does_not_need(ledgers: tuple[Path, Path, Path], tmp_path: Path) -> None:
    _, b, docs = ledgers
    (docs / "b.txt").unlink()
    dated = docs / "b.jsonl"
    dated.write_text(json.dumps({"id": str(docs / "b.txt"), "text": STORY_B, "published": "some Tuesday"}) + "\n")
    result = runner.invoke(app, ["validate", str(b), "--docs", str(docs)])
    assert result.exit_code == 0, result.stderr


def test_a_writer_that_waits_for_another_runs_lock_says_so_once(tmp_path: Path) -> None:
    """While another run holds the ledger's lock nothing moves: the writer says why, then goes on."""
    import threading

    from filelock import FileLock

    from claimledger.ledger import LedgerWriter

    ledger = tmp_path / "ledger.jsonl"
    locked, done = threading.Event(), threading.Event()

    def other_run() -> None:
        with FileLock(f"{ledger}.lock"):
            locked.set()
            done.wait(10)

    threading.Thread(target=other_run).start()
    locked.wait(10)
    told: list[str] = []

    def waiting(name: str) -> None:
        told.append(name)
        done.set()  # the other run ends

    with LedgerWriter(str(ledger), waiting=waiting):
        pass
    assert told == [str(ledger)]
    with LedgerWriter(str(ledger), append=True, waiting=waiting):
        pass  # nobody holds it now: nothing to say
    assert told == [str(ledger)]
