"""Web pages: article text without boilerplate, url and title, the page's date as anchor.

The pages in tests/pages/ are news-like pages written for these tests (no network).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimledger.cli import app
from claimledger.pipeline import Document
from claimledger.sources import Problem, read
from conftest import check_ledger

PAGES = Path(__file__).resolve().parent / "pages"
FERRY = str(PAGES / "harbour_ferry.html")
BUDGET = str(PAGES / "city_budget.htm")
UNDATED = str(PAGES / "no_date.html")
runner = CliRunner()


def _document(path: str) -> Document:
    (doc,) = read([path])
    assert isinstance(doc, Document)
    return doc


def _ledger(*args: str) -> list[dict]:
    result = runner.invoke(app, ["extract", *args])
    assert result.exit_code == 0, result.output
    paths = [a for a in args if a.startswith(str(PAGES))]
    return check_ledger(result.stdout, {p: _document(p).text for p in paths})


def test_article_text_keeps_the_story_and_drops_menus_and_footers() -> None:
    text = _document(FERRY).text
    assert text.startswith("Ferry operator denies safety lapses")
    assert "Margaret Ellison, the port's chief executive" in text
    for boilerplate in ("Subscribe today", "Most read", "Cookie settings", "0800 123 456"):
        assert boilerplate not in text
    assert "\n\n" in text  # paragraphs stay apart, as in a plain-text story


def test_records_carry_url_and_title_and_keep_offsets() -> None:
    records = _ledger(FERRY)
    assert {r["doc"]["url"] for r in records} == {"https://coastline-daily.example/news/2025/03/07/ferry-collision"}
    assert {r["doc"]["title"] for r in records} == {"Ferry operator denies safety lapses after harbour collision"}
    assert not any("9 pounds" in r["sentence"]["text"] for r in records)
    speakers = {r["speaker"]["name"] for r in records if r["speaker"]}
    assert {"Margaret Ellison", "Blue Strait Ferries"} <= speakers
    assert any(r["kind"] == "denial" for r in records)


def test_a_page_without_a_url_has_only_its_title() -> None:
    (record, *_) = _ledger(BUDGET)
    assert record["doc"]["title"] == "Council backs budget with 3% tax rise"
    assert "url" not in record["doc"]


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (FERRY, "2025-03-04"),  # published Friday 7 March 2025 (meta tag): "on Tuesday" is the 4th
        (BUDGET, "2024-11-18"),  # published 18 November 2024 (<time>), a Monday: "on Monday" is that day
    ],
)
def test_the_page_date_anchors_relative_dates(page: str, expected: str) -> None:
    values = [d["value"] for r in _ledger(page) for d in r["dates"] if d["text"] in ("Tuesday", "Monday")]
    assert values == [expected]


def test_ref_date_wins_over_the_page_date_and_anchors_undated_pages() -> None:
    values = [d["value"] for r in _ledger(FERRY, "--ref-date", "2025-06-20") for d in r["dates"] if d["text"] == "Tuesday"]
    assert values == ["2025-06-17"]
    assert [d["value"] for r in _ledger(UNDATED) for d in r["dates"]] == [None, None]
    assert [d["value"] for r in _ledger(UNDATED, "--ref-date", "2025-02-05") for d in r["dates"]] == ["2025-01-31", "2025-02-10"]


def test_validate_docs_rereads_the_page_and_checks_offsets(tmp_path: Path) -> None:
    ledger = tmp_path / "ledger.jsonl"
    assert runner.invoke(app, ["extract", FERRY, BUDGET, "-o", str(ledger)]).exit_code == 0
    result = runner.invoke(app, ["validate", str(ledger), "--docs", FERRY, "--docs", BUDGET])
    assert result.exit_code == 0, result.output
    record = json.loads(ledger.read_text(encoding="utf-8").splitlines()[0])
    record["content"]["start"] += 1
    ledger.write_text(json.dumps(record) + "\n", encoding="utf-8")
    assert runner.invoke(app, ["validate", str(ledger), "--docs", FERRY, "--docs", BUDGET]).exit_code == 1


def test_folders_take_web_pages_and_stdin_takes_input_format_html() -> None:
    ids = {r["doc"]["id"] for r in json.loads("[" + ",".join(runner.invoke(app, ["extract", str(PAGES)]).stdout.splitlines()) + "]")}
    assert ids == {FERRY, BUDGET, UNDATED}
    result = runner.invoke(app, ["extract", "-", "--input-format", "html"], input=Path(FERRY).read_text(encoding="utf-8"))
    assert result.exit_code == 0
    assert "Margaret Ellison" in result.stdout


def test_a_page_without_article_text_is_reported_and_the_batch_goes_on() -> None:
    result = runner.invoke(app, ["extract", str(PAGES / "script_only.html"), BUDGET])
    assert result.exit_code == 1
    assert "script_only.html: no article text found in the page" in result.stderr
    assert "Okafor" in result.stdout


def test_without_the_html_extra_the_page_is_one_clear_problem(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # import fails as if not installed
    (item,) = read([FERRY])
    assert isinstance(item, Problem)
    assert item.message.endswith("reading HTML needs the html extra: pip install '.[html]' in a checkout of claimledger")
