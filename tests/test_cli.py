"""End-to-end: the CLI through Typer's runner and as a real process piped into jq."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimledger.cli import app
from conftest import check_ledger

runner = CliRunner()
ROOT = Path(__file__).resolve().parent.parent
SEED = next((ROOT / "seeds").glob("*.txt"))
STORY = "The ministry said that 31 drones were shot down on Tuesday.\n"


def invoke(*args: str, input: str | None = None):
    return runner.invoke(app, list(args), input=input)


def test_extract_seed_writes_valid_records(seed_text: str) -> None:
    result = invoke("extract", str(SEED), "--ref-date", "2025-01-14")
    assert result.exit_code == 0, result.output
    records = check_ledger(result.stdout, {str(SEED): seed_text})
    kinds = {r["kind"] for r in records}
    assert {"speech", "statement"} <= kinds


def test_output_is_byte_identical_between_runs() -> None:
    first = invoke("extract", str(SEED), "--ref-date", "2025-01-14").stdout
    second = invoke("extract", str(SEED), "--ref-date", "2025-01-14").stdout
    assert first == second and first


def test_stdin_and_document_id() -> None:
    result = invoke("extract", "-", input=STORY)
    (record,) = check_ledger(result.stdout, {"-": STORY})
    assert record["doc"]["id"] == "-"
    assert record["dates"][0]["value"] is None  # no reference date


def test_jsonl_documents_use_their_published_date() -> None:
    lines = [
        json.dumps({"id": "a", "text": STORY, "published": "2025-01-14"}),
        json.dumps({"id": "b", "text": STORY}),
    ]
    result = invoke("extract", "--input-format", "jsonl", "-", input="\n".join(lines) + "\n")
    assert result.exit_code == 0
    records = check_ledger(result.stdout, {"a": STORY, "b": STORY})
    assert [r["dates"][0]["value"] for r in records] == ["2025-01-14", None]


FEED = "The ministry said 31 drones were shot down on Monday."


@pytest.mark.parametrize(
    "published, day, monday",
    [
        ("Tue, 14 Jan 2025 10:00:00 GMT", "2025-01-14", "2025-01-13"),
        ("Tue, 14 Jan 2025 23:30:00 -0500", "2025-01-14", "2025-01-13"),  # the 14th where it was written, though the 15th in UTC
        ("January 14, 2025 5:02 PM EST", "2025-01-14", "2025-01-13"),
        ("2025-01-14T10:00:00+02:00", "2025-01-14", "2025-01-13"),
        ("2025-01-20T06:00:00Z", "2025-01-20", "2025-01-20"),
    ],
)
def test_jsonl_published_in_feed_formats_anchors_the_document(published: str, day: str, monday: str) -> None:
    line = json.dumps({"id": "rss-1", "text": FEED, "published": published})
    result = invoke("extract", "--input-format", "jsonl", "-", input=line + "\n")
    assert result.exit_code == 0, result.stderr
    (record,) = check_ledger(result.stdout, {"rss-1": FEED})
    assert (record["doc"]["published"], record["dates"][0]["value"]) == (day, monday)


@pytest.mark.parametrize(
    "published, told",
    [
        ("last Tuesday", "'published' 'last Tuesday' depends on today's date"),
        ("sometime in spring", "'published' 'sometime in spring' is not a date claimledger can read"),
        (1736848800, "'published' is not a string: 1736848800"),
        ("01/02/2025", "'published' '01/02/2025' could be day/month or month/day"),
    ],
)
def test_an_unreadable_published_is_one_line_and_the_document_goes_on_without_it(published: object, told: str) -> None:
    lines = [json.dumps({"id": "a", "text": FEED, "published": published}), json.dumps({"id": "b", "text": FEED, "published": "2025-01-14"})]
    result = invoke("extract", "--input-format", "jsonl", "-", input="\n".join(lines) + "\n")
    assert result.exit_code == 1
    first, last = result.stderr.splitlines()
    assert first.startswith(f"claimledger: -:1: {told}") and first.endswith("; read without it")
    assert last == "claimledger: 1 problem(s) in the input (above); the rest was processed"
    a, b = check_ledger(result.stdout, {"a": FEED, "b": FEED})
    assert (a["doc"]["id"], a["dates"][0]["value"], "published" in a["doc"]) == ("a", None, False)
    assert (b["doc"]["id"], b["dates"][0]["value"], b["doc"]["published"]) == ("b", "2025-01-13", "2025-01-14")


@pytest.mark.parametrize("order, day, monday", [("DMY", "2025-02-01", "2025-01-27"), ("MDY", "2025-01-02", "2024-12-30")])
def test_date_order_reads_numeric_dates_of_published_and_ref_date(order: str, day: str, monday: str) -> None:
    line = json.dumps({"id": "a", "text": FEED, "published": "01/02/2025"})
    result = invoke("extract", "--input-format", "jsonl", "--date-order", order, "-", input=line)
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["doc"]["published"] == day
    plain = invoke("extract", "--input-format", "text", "--ref-date", "01/02/2025", "--date-order", order, "-", input=FEED)
    assert plain.exit_code == 0, plain.stderr
    assert json.loads(plain.stdout.splitlines()[0])["dates"][0]["value"] == monday
    refused = invoke("extract", "--input-format", "text", "--ref-date", "01/02/2025", "-", input=FEED)
    assert refused.exit_code == 2 and "could be day/month or month/day" in refused.stderr


def test_an_unreadable_published_falls_back_to_ref_date() -> None:
    line = json.dumps({"id": "a", "text": FEED, "published": "someday"})
    result = invoke("extract", "--input-format", "jsonl", "--ref-date", "2025-01-14", "-", input=line)
    assert json.loads(result.stdout)["dates"][0]["value"] == "2025-01-13"


def test_jsonl_url_and_title_go_into_doc() -> None:
    doc = {"id": "w1", "text": FEED, "url": "https://wire.example/2025/01/drones", "title": "Drones downed over the capital"}
    result = invoke("extract", "--input-format", "jsonl", "-", input=json.dumps(doc))
    (record,) = check_ledger(result.stdout, {"w1": FEED})
    assert record["doc"] == {"id": "w1", "sha256": record["doc"]["sha256"], "url": doc["url"], "title": doc["title"]}


@pytest.mark.parametrize("ref_date", ["Tue, 14 Jan 2025", "January 14, 2025", "2025-01-14T18:00:00-08:00", "14 January 2025"])
def test_ref_date_takes_dates_as_people_write_them(ref_date: str) -> None:
    result = invoke("extract", "-", "--ref-date", ref_date, input=FEED)
    assert result.exit_code == 0
    assert json.loads(result.stdout)["dates"][0]["value"] == "2025-01-13"


@pytest.mark.parametrize(
    "ref_date, told", [("yesterday", "depends on today's date"), ("March 2025", "names a month, not a day"), ("someday", "is not a date")]
)
def test_an_unreadable_ref_date_is_a_usage_error(ref_date: str, told: str) -> None:
    result = invoke("extract", "-", "--ref-date", ref_date, input=FEED)
    assert result.exit_code == 2 and told in " ".join(result.stderr.split())


def test_ref_date_is_the_default_for_documents_without_one() -> None:
    line = json.dumps({"id": "b", "text": STORY})
    result = invoke("extract", "--input-format", "jsonl", "--ref-date", "2025-01-16", "-", input=line)
    (record,) = json.loads("[" + result.stdout.strip().replace("\n", ",") + "]")
    assert record["dates"][0]["value"] == "2025-01-14"


def test_bom_and_crlf_keep_offsets(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes("\ufeffIntro line.\r\n“We will win,” Zelenskyy said.\r\n".encode("utf-8"))
    result = invoke("extract", str(path))
    text = path.read_bytes().decode("utf-8")[1:]
    (record,) = check_ledger(result.stdout, {str(path): text})
    assert record["content"]["text"] == "We will win"


def test_folder_and_glob_inputs_are_sorted(tmp_path: Path) -> None:
    for name in ("b.txt", "a.md", "sub/c.txt", "skip.csv"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text(STORY, encoding="utf-8")
    by_folder = invoke("extract", str(tmp_path)).stdout
    ids = [json.loads(line)["doc"]["id"] for line in by_folder.splitlines()]
    assert ids == [str(tmp_path / "a.md"), str(tmp_path / "b.txt"), str(tmp_path / "sub" / "c.txt")]
    by_glob = invoke("extract", str(tmp_path / "**" / "*.txt")).stdout
    assert [json.loads(line)["doc"]["id"] for line in by_glob.splitlines()] == ids[1:]


def test_bad_inputs_are_reported_and_the_batch_goes_on(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(STORY, encoding="utf-8")
    bad_utf8 = tmp_path / "latin1.txt"
    bad_utf8.write_bytes("Caf\xe9 said so.".encode("latin-1"))
    binary = tmp_path / "blob.txt"
    binary.write_bytes(b"\x00\x01\x02" * 10)
    bad_jsonl = tmp_path / "docs.jsonl"
    bad_jsonl.write_text('{"id": "x", "text": "31 drones came."}\nnot json\n{"id": "y"}\n{"id": "x", "text": "again"}\n{"id": "z", "text": 5}\n')
    result = invoke("extract", str(tmp_path / "missing.txt"), str(bad_utf8), str(binary), str(bad_jsonl), str(good), str(tmp_path))
    assert result.exit_code == 1
    err = result.stderr
    assert f"{tmp_path / 'missing.txt'}: no such file or directory" in err
    assert "not valid UTF-8 at byte 3" in err
    assert "binary" in err
    assert f"{bad_jsonl}:2: not a JSON object" in err
    assert f"{bad_jsonl}:3: has no string field 'text'" in err
    assert f"{bad_jsonl}:4: repeats document id 'x'" in err
    assert f"{bad_jsonl}:5: has no string field 'text'" in err
    assert "Traceback" not in err
    ids = {json.loads(line)["doc"]["id"] for line in result.stdout.splitlines()}
    assert {"x", str(good)} <= ids


def test_encoding_errors_replace_reads_anyway(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Caf\xe9 sold 31 drones.".encode("latin-1"))
    result = invoke("extract", "--encoding-errors", "replace", str(path))
    assert result.exit_code == 0
    assert json.loads(result.stdout)["quantities"][0]["value"] == 31


@pytest.mark.parametrize("args", [["extract", "x.txt", "--ref-date", "next Tuesday"], ["extract", "x.txt", "--append"], ["nope"]])
def test_usage_errors_exit_2(args: list[str]) -> None:
    assert invoke(*args).exit_code == 2


def test_output_file_is_written_whole(tmp_path: Path, seed_text: str) -> None:
    out = tmp_path / "ledger.jsonl"
    out.write_text("old\n")
    result = invoke("extract", str(SEED), "-o", str(out), "--force")
    assert result.exit_code == 0 and result.stdout == ""
    check_ledger(out.read_text(encoding="utf-8"), {str(SEED): seed_text})
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ledger.jsonl", "ledger.jsonl.lock"]  # no temporary file left


def test_append_adds_only_new_ids_and_repairs_a_half_line(tmp_path: Path, seed_text: str) -> None:
    out = tmp_path / "ledger.jsonl"
    invoke("extract", str(SEED), "-o", str(out), "--append")
    first = out.read_text(encoding="utf-8")
    invoke("extract", str(SEED), "-o", str(out), "--append")
    assert out.read_text(encoding="utf-8") == first
    with open(out, "a", encoding="utf-8") as fh:
        fh.write('{"id": "half a li')  # a writer killed mid-line
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    result = invoke("extract", str(story), str(SEED), "-o", str(out), "--append")
    assert "last line was cut off" in result.stderr
    records = check_ledger(out.read_text(encoding="utf-8"), {str(SEED): seed_text, str(story): STORY})
    assert len(records) == len(first.splitlines()) + 1


def test_schema_command_prints_draft_2020_12() -> None:
    schema = json.loads(invoke("schema").stdout)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_version() -> None:
    from claimledger import __version__

    assert invoke("--version").stdout.strip() == f"claimledger {__version__}"


def test_every_command_has_help_with_an_example() -> None:
    for command in ("extract", "show", "stats", "validate", "merge", "schema", "find", "conflicts", "export"):
        result = invoke(command, "--help")
        assert result.exit_code == 0 and "Example:" in result.stdout


def _help_texts() -> list[tuple[str, str]]:
    """(command, help text) for every command and every one of its parameters."""
    import typer.main

    group = typer.main.get_command(app)
    texts = []
    for name, command in group.commands.items():  # type: ignore[attr-defined]
        texts += [(name, line) for line in (command.help or "").splitlines() if line.strip()]
        texts += [(name, param.help) for param in command.params if getattr(param, "help", None)]
    return texts


def _words(text: str) -> str:
    return " ".join(text.replace("│", " ").split())


@pytest.mark.parametrize("command, text", _help_texts())
def test_help_shows_every_help_text_literally(command: str, text: str) -> None:
    """Brackets are rich markup to Typer: 'claimledger[dask]' showed as 'claimledger'."""
    shown = runner.invoke(app, [command, "--help"], env={"COLUMNS": "400"}).stdout
    assert _words(text.replace("\\[", "[")) in _words(shown)


def test_the_dask_extra_is_named_in_help() -> None:
    assert "(needs claimledger[dask])" in _words(runner.invoke(app, ["extract", "--help"], env={"COLUMNS": "400"}).stdout)


def _claimledger() -> list[str]:
    exe = shutil.which("claimledger", path=os.path.dirname(sys.executable))
    return [exe] if exe else [sys.executable, "-m", "claimledger"]


@pytest.mark.skipif(shutil.which("jq") is None, reason="jq is not installed")
def test_real_process_piped_into_jq() -> None:
    extract = subprocess.run([*_claimledger(), "extract", str(SEED)], capture_output=True, check=True)
    jq = subprocess.run(["jq", "-e", "."], input=extract.stdout, capture_output=True)
    assert jq.returncode == 0
    names = subprocess.run(["jq", "-r", "select(.speaker) | .speaker.name"], input=extract.stdout, capture_output=True, check=True)
    assert "Boris Pistorius" in names.stdout.decode().split("\n")
    assert extract.stderr == b""


def test_broken_pipe_exits_quietly(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text(SEED.read_text(encoding="utf-8") * 200, encoding="utf-8")
    proc = subprocess.run(
        f"{' '.join(_claimledger())} extract {big} | head -1", shell=True, capture_output=True, text=True
    )
    assert proc.returncode == 0
    assert proc.stderr == ""
    assert len(proc.stdout.splitlines()) == 1


@pytest.mark.slow
def test_jobs_give_byte_identical_output_in_input_order(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    text = SEED.read_text(encoding="utf-8")
    for i in range(30):
        (folder / f"{i:02d}.txt").write_text(f"Story {i}. {text}", encoding="utf-8")
    (folder / "15-bad.jsonl").write_text("not json\n")
    (folder / "16.jsonl").write_text(json.dumps({"id": "j", "text": STORY, "published": "2025-01-14"}) + "\n")
    runs = [subprocess.run([*_claimledger(), "extract", str(folder), "--jobs", jobs], capture_output=True) for jobs in ("1", "2", "3")]
    assert all(r.returncode == 1 for r in runs)
    assert runs[0].stdout and runs[0].stdout == runs[1].stdout == runs[2].stdout
    assert runs[0].stderr == runs[1].stderr == runs[2].stderr
    ids = list(dict.fromkeys(json.loads(line)["doc"]["id"] for line in runs[0].stdout.decode().splitlines()))
    listing = sorted(p for p in folder.iterdir() if p.name != "15-bad.jsonl")
    assert ids == ["j" if p.suffix == ".jsonl" else str(p) for p in listing]
