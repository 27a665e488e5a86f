"""claimledger match end to end: through Typer's runner, with invented fact-checks and claims."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimledger.cli import app
from test_match import CHECKS, claim_review, write_form

runner = CliRunner()
POSTS = [
    {"id": "post-1", "text": "Wow. The Harlow river bridge cost £15m to repair?! #HarlowBridge"},
    {"id": "post-2", "text": "Nothing in this post was ever checked."},
]


@pytest.fixture()
def checks(tmp_path: Path) -> Path:
    return write_form(tmp_path, "jsonl")[0]


def posts() -> str:
    return "".join(json.dumps(p) + "\n" for p in POSTS)


def run(*args: str, input: str | None = None):
    return runner.invoke(app, ["match", *args], input=input)


def test_whole_posts_give_one_line_each_with_the_best_first(checks: Path) -> None:
    result = run("--archive", str(checks), "--whole", "--input-format", "jsonl", "-", input=posts())
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["doc"]["id"], [m["id"] for m in r["matches"]]) for r in lines] == [("post-1", ["fc-bridge-15", "fc-bridge-12"]), ("post-2", [])]
    best = lines[0]["matches"][0]
    assert list(best) == ["id", "score", "claimReviewed", "url", "rating", "why"]
    assert best["why"] == {"terms": ["harlow", "river", "bridge", "cost", "repair"], "figures": ["£15 million"], "periods": [], "speaker": None}  # "£15m" is no word "15", but the same figure
    assert len(lines[0]["id"]) == 24 and lines[0]["text"] == POSTS[0]["text"]


def test_output_is_byte_identical_between_runs(checks: Path) -> None:
    first = run("--archive", str(checks), "--whole", "--input-format", "jsonl", "-", input=posts()).stdout
    assert first == run("--archive", str(checks), "--whole", "--input-format", "jsonl", "-", input=posts()).stdout


def test_claims_of_a_text_and_of_its_ledger_match_alike(checks: Path, tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text("Ana Ruiz said the Harlow river bridge cost £12 million to repair. The weather was fine.\n", encoding="utf-8")
    from_text = run("--archive", str(checks), str(story))
    assert from_text.exit_code == 0, from_text.output
    ledger = tmp_path / "story.ledger.jsonl"
    ledger.write_text(runner.invoke(app, ["extract", str(story)]).stdout, encoding="utf-8")
    from_ledger = run("--archive", str(checks), str(ledger))
    assert from_ledger.stdout == from_text.stdout
    database = tmp_path / "story.db"  # and from the ledger as a database, whatever its name
    assert runner.invoke(app, ["db", str(ledger), "-o", str(database)]).exit_code == 0
    assert run("--archive", str(checks), str(database)).stdout == from_text.stdout
    assert run("--archive", str(checks), "--input-format", "ledger", str(database)).stdout == from_text.stdout
    (line,) = [json.loads(x) for x in from_text.stdout.splitlines()]  # the statement without a figure is no claim to match
    assert (line["text"], line["matches"][0]["id"], line["matches"][0]["why"]["speaker"]) == ("the Harlow river bridge cost £12 million to repair", "fc-bridge-12", "ana ruiz")


@pytest.mark.parametrize(
    "args, message",
    [
        (["--archive", "missing.jsonl", "-"], "no such archive file"),
        (["--archive", "{archive}", "--column", "claim", "-"], "is not FIELD=HEADER"),
        (["--archive", "{archive}", "--column", "colour=Claim", "-"], "is not FIELD=HEADER"),
        (["--archive", "{archive}", "--top", "0", "-"], "--top"),
    ],
)
def test_usage_errors_exit_2_with_one_line(checks: Path, args: list[str], message: str) -> None:
    result = run(*[a.replace("{archive}", str(checks)) for a in args], input="")
    assert result.exit_code == 2 and message in result.output


def test_a_bad_archive_line_is_told_and_the_rest_is_matched(tmp_path: Path) -> None:
    archive = tmp_path / "checks.jsonl"
    archive.write_text("\n".join([json.dumps(claim_review(CHECKS[1])), "{broken", json.dumps(claim_review(CHECKS[0]))]) + "\n", encoding="utf-8")
    result = run("--archive", str(archive), "--whole", "--input-format", "jsonl", "-", input=posts())
    assert result.exit_code == 1
    assert result.stderr == f"claimledger: {archive}:2: not JSON (Expecting property name enclosed in double quotes); skipped\n"
    assert [m["id"] for m in json.loads(result.stdout.splitlines()[0])["matches"]] == ["fc-bridge-15", "fc-bridge-12"]


def test_csv_archive_with_named_columns(tmp_path: Path) -> None:
    archive, columns = write_form(tmp_path, "csv")
    flags = [f for field, header in columns.items() for f in ("--column", f"{field}={header}")]
    result = run("--archive", str(archive), *flags, "--whole", "--top", "1", "-", input="Does lemon water cure a cold?")
    assert result.exit_code == 0, result.output
    (match,) = json.loads(result.stdout)["matches"]
    assert (match["id"], match["rating"], match["url"]) == ("fc-lemon", "False", "https://checks.example/fc-lemon")


def test_an_index_path_that_cannot_be_written_is_one_line(checks: Path, tmp_path: Path) -> None:
    (tmp_path / "folder").mkdir()
    result = run("--archive", str(checks), "--index", str(tmp_path / "folder"), "-", input="x")
    assert result.exit_code == 1 and result.stderr.count("\n") == 1 and "cannot write the archive's index" in result.stderr
