"""No record lost: a last record without its newline survives --append, a document id that
two inputs give two texts is never merged in silence, and -o never replaces a ledger unasked."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimledger.cli import app

STORY = "The port authority said 31 ships were turned away on Tuesday.\n"
OTHER = "The mayor said 12 ferries were cancelled on Monday.\n"


def _invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def _ledger(tmp_path: Path, text: str, name: str) -> list[str]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    code, out, _ = _invoke("extract", str(path))
    assert code == 0
    return out.splitlines()


@pytest.mark.parametrize(
    "ending, kept",
    [
        ("\n", 1),  # a whole last line
        ("", 1),  # a whole record that only lacks its newline
        ("CUT", 0),  # a line cut off by a writer that died
    ],
    ids=["newline", "no-newline", "cut-off"],
)
def test_append_keeps_a_last_record_without_its_newline(tmp_path: Path, ending: str, kept: int) -> None:
    (old,) = _ledger(tmp_path, STORY, "old.txt")
    ledger = tmp_path / "ledger.jsonl"
    ledger.write_text(old[:-5] if ending == "CUT" else old + ending, encoding="utf-8")
    new = tmp_path / "new.txt"
    new.write_text(OTHER, encoding="utf-8")
    code, _, err = _invoke("extract", str(new), "-o", str(ledger), "--append")
    lines = ledger.read_text(encoding="utf-8").splitlines()
    assert (code, len(lines), lines.count(old)) == (0, 1 + kept, kept)
    assert err == ("" if kept else f"claimledger: {ledger}: its last line was cut off by an earlier writer; it was dropped\n")


@pytest.mark.parametrize(
    "flags, code, ids, err",
    [
        ([], 1, ["1"], "claimledger: {b}: document id '1' comes with another text in {a}; skipped (--unique-ids reads it as 1~2)\nclaimledger: 1 problem(s) in the input (above); the rest was processed\n"),
        (["--unique-ids"], 0, ["1", "1~2"], ""),
    ],
    ids=["error", "unique-ids"],
)
def test_one_document_id_with_two_texts(tmp_path: Path, flags: list[str], code: int, ids: list[str], err: str) -> None:
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    a.write_text(json.dumps({"id": "1", "text": STORY}) + "\n", encoding="utf-8")
    b.write_text(json.dumps({"id": "1", "text": OTHER}) + "\n", encoding="utf-8")
    got_code, out, got_err = _invoke("extract", str(a), str(b), *flags)
    assert (got_code, [json.loads(line)["doc"]["id"] for line in out.splitlines()], got_err) == (code, ids, err.format(a=a, b=b))


def test_one_document_id_with_one_text_twice_is_one_document(tmp_path: Path) -> None:
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    for path in (a, b):
        path.write_text(json.dumps({"id": "1", "text": STORY}) + "\n", encoding="utf-8")
    code, out, err = _invoke("extract", str(a), str(b))
    assert (code, len(out.splitlines()), err) == (0, 1, "")


@pytest.mark.parametrize(
    "existing, flags, code, lines, err",
    [
        (None, [], 0, 1, ""),
        ("", [], 0, 1, ""),  # an empty file holds no ledger to lose
        ("OLD", [], 1, 1, "claimledger: {ledger} exists; add to it with --append, or replace it with --force\n"),
        ("OLD", ["--force"], 0, 1, ""),
        ("OLD", ["--append"], 0, 2, ""),
    ],
    ids=["new", "empty", "refused", "force", "append"],
)
def test_output_never_replaces_a_ledger_unasked(tmp_path: Path, existing: str | None, flags: list[str], code: int, lines: int, err: str) -> None:
    ledger = tmp_path / "ledger.jsonl"
    if existing is not None:
        ledger.write_text(_ledger(tmp_path, OTHER, "old.txt")[0] + "\n" if existing else "", encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    got_code, out, got_err = _invoke("extract", str(story), "-o", str(ledger), *flags)
    assert (got_code, out, got_err) == (code, "", err.format(ledger=ledger))
    assert len(ledger.read_text(encoding="utf-8").splitlines()) == lines


@pytest.fixture()
def two_ledgers_of_document_1(tmp_path: Path) -> tuple[Path, Path]:
    """Two ledgers whose documents both have the id "1", with two texts."""
    paths = []
    for name, text in (("a", STORY), ("b", OTHER)):
        docs = tmp_path / f"{name}.docs.jsonl"
        docs.write_text(json.dumps({"id": "1", "text": text}) + "\n", encoding="utf-8")
        ledger = tmp_path / f"{name}.jsonl"
        assert _invoke("extract", str(docs), "-o", str(ledger))[0] == 0
        paths.append(ledger)
    return paths[0], paths[1]


@pytest.mark.parametrize(
    "command, args, lines",
    [
        ("merge", [], 1),
        ("find", ["31 ships"], 1),
        ("conflicts", [], 0),
        ("speakers", [], 0),  # "The port authority" names no one
        ("export", ["--to", "csv"], 2),
    ],
)
def test_a_cross_document_command_never_merges_two_texts_of_one_id(
    two_ledgers_of_document_1: tuple[Path, Path], command: str, args: list[str], lines: int
) -> None:
    a, b = two_ledgers_of_document_1
    code, out, err = _invoke(command, *args, str(a), str(b))
    assert (code, len(out.splitlines()), err) == (1, lines, f"claimledger: {b}: document id '1' comes with another text in {a}; its records here were left out\n")


def test_validate_finds_one_document_id_with_two_texts(two_ledgers_of_document_1: tuple[Path, Path], tmp_path: Path) -> None:
    a, b = two_ledgers_of_document_1
    both = tmp_path / "both.jsonl"
    both.write_bytes(a.read_bytes() + b.read_bytes())
    code, out, err = _invoke("validate", str(both))
    assert (code, out, err) == (1, "", f"{both}:2: its document id '1' comes with another text than on line 1\nclaimledger: 1 problem(s) in {both}\n")


@pytest.mark.parametrize("flags", [["--append"], ["--force"]])
def test_writing_through_a_symlink_keeps_the_link(tmp_path: Path, flags: list[str]) -> None:
    real = tmp_path / "archive" / "ledger.jsonl"
    real.parent.mkdir()
    real.write_text(_ledger(tmp_path, OTHER, "old.txt")[0] + "\n", encoding="utf-8")
    link = tmp_path / "ledger.jsonl"
    link.symlink_to(real)
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    assert _invoke("extract", str(story), "-o", str(link), *flags)[0] == 0
    assert (link.is_symlink(), len(real.read_text(encoding="utf-8").splitlines())) == (True, 2 if flags == ["--append"] else 1)


@pytest.mark.parametrize("limit", [1000, 2], ids=["in-memory", "spilled-to-disk"])
def test_append_writes_each_new_id_once_whether_the_ids_fit_in_memory_or_not(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, limit: int
) -> None:
    """Past a limit the ids a run has seen live in a temporary SQLite table (flat memory): the
    same records are written either way, an id already in the ledger or met twice only once."""
    from claimledger import ledger as ledger_module

    monkeypatch.setattr(ledger_module, "_IDS_IN_MEMORY", limit)
    stories = [f"The mayor said {n} homes were flooded on Monday." for n in range(1, 6)]
    first = tmp_path / "first.txt"
    first.write_text(stories[0], encoding="utf-8")
    out = tmp_path / "ledger.jsonl"
    assert CliRunner().invoke(app, ["extract", str(first), "-o", str(out)]).exit_code == 0
    folder = tmp_path / "in"
    folder.mkdir()
    for n, story in enumerate(stories + stories[:2]):  # two texts repeated under new names: new documents, new ids
        (folder / f"s{n}.txt").write_text(story, encoding="utf-8")
    (folder / "s0.txt").write_text(stories[0], encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(folder), str(folder / "s1.txt"), "-o", str(out), "--append"])
    assert result.exit_code == 0, result.stderr
    ids = [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(ids) == len(set(ids)) == 1 + 7  # the first ledger's record, and one per document of the folder


def test_seen_ids_are_a_set_across_the_spill() -> None:
    from claimledger.ledger import _SeenIds

    seen = _SeenIds(in_memory=2)
    assert [seen.add(i) for i in ["a", "b", "a", "c", "d", "b", "e", "c"]] == [True, True, False, True, True, False, True, False]
    seen.close()
