"""claimledger find: a figure wherever a ledger repeats it, read as extraction reads the news."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from claimledger import figures
from claimledger.cli import app
from conftest import extract_articles
from claimledger.find import QueryError, find, read_query

# Invented coverage of one campaign figure, and figures that only look like it.
ARTICLES = [
    ("leaflet", "2016-04-02", "Campaigners said Britain sends £350m per week to Brussels."),
    ("rally", "2016-05-11", "The minister said the country pays 350 million pounds a week to the bloc."),
    ("bus", "2016-05-20", "The slogan on the bus said £350,000,000 weekly could fund the health service."),
    ("budget", "2016-05-21", "Analysts said the net figure is closer to £250m a week."),
    ("typo", "2016-06-01", "A council leaflet said the town sends £35 million a week to the county."),
    ("annual", "2016-06-02", "The Treasury said the gross contribution is £18bn a year."),
    ("euros", "2016-06-03", "The commission said the member pays €350 million a week."),
    ("drones", "2025-03-04", "Oleh Marchenko said 31 drones were downed overnight."),
    ("drones-words", "2025-03-05", "Thirty-one drones were shot down, Marchenko said."),
    ("rockets", "2025-03-05", "The army said 31 rockets were fired at the town."),
]


@pytest.fixture(scope="module")
def ledger() -> list[dict[str, Any]]:
    return extract_articles(ARTICLES)


@pytest.mark.parametrize(
    "query, documents",
    [
        ("£350 million a week", ["leaflet", "rally", "bus", "annual"]),  # £18bn a year is £346m a week, within its rounding
        ("£350m per week", ["leaflet", "rally", "bus", "annual"]),
        ("350 million pounds weekly", ["leaflet", "rally", "bus", "annual"]),
        ("£352 million a week", ["leaflet", "rally", "bus", "annual"]),  # within the rounding of £350m (to ten million)
        ("£35 million a week", ["typo"]),
        ("£250m a week", ["budget"]),
        ("£350 million", []),  # an amount is not an amount per week
        ("€350 million a week", ["euros"]),  # currencies are never converted
        ("31 drones", ["drones", "drones-words"]),
        ("thirty-one drones", ["drones", "drones-words"]),
        ("30 drones", []),  # a small count counts one by one
        ("31", ["drones", "drones-words", "rockets"]),  # a count of anything
        ("31 rockets", ["rockets"]),
    ],
)
def test_find_matches_the_same_figure_however_written(ledger: list[dict[str, Any]], query: str, documents: list[str]) -> None:
    assert [f.record["doc"]["id"] for f in find(ledger, read_query(query))] == documents


def test_a_found_record_comes_with_the_quantity_that_matched(ledger: list[dict[str, Any]]) -> None:
    (found,) = [f for f in find(ledger, read_query("£350 million a week")) if f.record["doc"]["id"] == "bus"]
    assert found.quantity["text"] == "£350,000,000 weekly"


@pytest.mark.parametrize(
    "query, message",
    [
        ("the health service", "holds no figure claimledger can read (such as '£350 million a week' or '31 drones')"),
        ("between £300m and £400m", "holds 2 figures ('£300m', '£400m'); give one"),
        ("12 people and 15 cars", "holds 2 figures ('12 people', '15 cars'); give one"),
    ],
)
def test_a_query_must_name_one_figure(query: str, message: str) -> None:
    with pytest.raises(QueryError) as e:
        read_query(query)
    assert str(e.value) == message


@pytest.mark.parametrize(
    "a, b, same",
    [
        ("5 km", "5,000 metres", True),
        ("5 km", "5.4 km", True),  # "5 km" is 4.5 to 5.5 km
        ("5 km", "5.6 km", False),
        ("5 percent", "5 percentage points", False),  # percent and points stay apart
        ("£50m a day", "£350m a week", True),  # money per time compares per second
        ("$1.31 a share", "$1.31 per share", True),
        ("$1.31 a share", "$1.31 a barrel", False),
        ("20 °C", "20 °C", True),
        ("about 30 drones", "31 drones", True),
    ],
)
def test_figures_compare_in_one_unit(a: str, b: str, same: bool) -> None:
    assert figures.same(read_query(a).figure, read_query(b).figure) is same


def _write(ledger: list[dict[str, Any]], path: Path) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in ledger), encoding="utf-8")
    return path


def test_cli_prints_the_records_as_they_are(ledger: list[dict[str, Any]], tmp_path: Path) -> None:
    path = _write(ledger, tmp_path / "ledger.jsonl")
    result = CliRunner().invoke(app, ["find", "£350 million a week", str(path)])
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert [json.loads(line) for line in lines] == [r for r in ledger if r["doc"]["id"] in ("leaflet", "rally", "bus", "annual")]
    assert result.stderr == ""


def test_cli_filters_by_speaker_and_date(ledger: list[dict[str, Any]], tmp_path: Path) -> None:
    path = _write(ledger, tmp_path / "ledger.jsonl")
    by_date = CliRunner().invoke(app, ["find", "£350m a week", str(path), "--since", "2016-05-01", "--until", "2016-05-31"])
    assert [json.loads(line)["doc"]["id"] for line in by_date.stdout.splitlines()] == ["rally", "bus"]
    by_speaker = CliRunner().invoke(app, ["find", "31 drones", str(path), "--speaker", "marchenko"])
    assert [json.loads(line)["doc"]["id"] for line in by_speaker.stdout.splitlines()] == ["drones", "drones-words"]


def test_cli_errors(ledger: list[dict[str, Any]], tmp_path: Path) -> None:
    path = _write(ledger, tmp_path / "ledger.jsonl")
    bad_query = CliRunner().invoke(app, ["find", "the bus", str(path)])
    assert bad_query.exit_code == 2 and "holds no figure" in bad_query.stderr
    missing = CliRunner().invoke(app, ["find", "31 drones", str(tmp_path / "gone.jsonl"), str(path)])
    assert missing.exit_code == 1
    assert len(missing.stdout.splitlines()) == 2  # the ledger that exists is still read
    assert missing.stderr == f"claimledger: {tmp_path / 'gone.jsonl'}: No such file or directory\n"
    broken = tmp_path / "broken.jsonl"
    broken.write_text(path.read_text(encoding="utf-8") + "{oops\n", encoding="utf-8")
    cut = CliRunner().invoke(app, ["find", "31 drones", str(broken)])
    assert cut.exit_code == 1 and f"{broken}:{len(ledger) + 1}: not JSON" in cut.stderr


def test_cli_reads_each_record_once(ledger: list[dict[str, Any]], tmp_path: Path) -> None:
    path = _write(ledger, tmp_path / "ledger.jsonl")
    twice = CliRunner().invoke(app, ["find", "31 drones", str(path), str(path)])
    assert len(twice.stdout.splitlines()) == 2


@pytest.mark.skipif(shutil.which("jq") is None, reason="needs jq")
def test_find_in_a_pipe_with_jq(ledger: list[dict[str, Any]], tmp_path: Path) -> None:
    path = _write(ledger, tmp_path / "ledger.jsonl")
    command = f"{sys.executable} -m claimledger find '£350m a week' {path} | jq -r .doc.id"
    proc = subprocess.run(["bash", "-o", "pipefail", "-c", command], capture_output=True, text=True)
    assert (proc.returncode, proc.stdout, proc.stderr) == (0, "leaflet\nrally\nbus\nannual\n", "")


def test_a_terminal_gets_a_table_with_document_date_speaker_and_sentence(ledger: list[dict[str, Any]]) -> None:
    from rich.console import Console

    from claimledger import render

    console = Console(record=True, width=160, no_color=True)
    hostile = {**ledger[0], "sentence": {**ledger[0]["sentence"], "text": "Said \x1b[31mred\x1b[0m."}}
    render.show_found([(f.record, f.quantity) for f in find(ledger, read_query("31 drones"))] + [(hostile, {"text": "£350m per week"})], console)
    shown = console.export_text()
    assert "drones-words" in shown and "2025-03-05" in shown and "Oleh Marchenko" in shown and "Thirty-one drones" in shown
    assert "\\x1b[31mred" in shown and "\x1b" not in shown  # the news never styles the terminal
