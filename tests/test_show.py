"""claimledger show: filters, and input that must not control the terminal."""

from __future__ import annotations

import io
import json
import re
from typing import get_args

import pytest
from rich.console import Console
from typer.testing import CliRunner

from claimledger import extract, render
from claimledger.cli import app
from claimledger.records import Kind

runner = CliRunner()

HOSTILE = (
    'The minister said that [bold red]nothing[/bold red] happened \x1b]0;pwned\x07 '
    "and \x1b[31mred\x1b[0m text \u202eevil\u202c stayed."
)


def _ledger(text: str, doc: str = "doc") -> str:
    return "".join(c.to_json() + "\n" for c in extract(text, doc, "2025-01-14"))


@pytest.mark.parametrize("color", [False, True], ids=["plain", "forced-color"])
def test_escape_sequences_and_markup_are_shown_literally(color: bool) -> None:
    records = [json.loads(line) for line in _ledger(HOSTILE).splitlines()]
    assert records and "\x1b]0;pwned" in records[0]["content"]["text"]
    out = io.StringIO()
    render.show(records, context=True, console=Console(file=out, force_terminal=color, width=200, color_system="truecolor" if color else None))
    shown = out.getvalue()
    assert "[bold red]nothing[/bold red]" in shown
    assert "\\x1b]0;pwned\\x07" in shown and "\x1b]0;" not in shown
    assert "\\x1b[31mred" in shown and "\x1b[31mred" not in shown
    assert "\\u202eevil" in shown and "\u202e" not in shown
    if not color:
        assert "\x1b" not in shown


def test_show_reads_stdin_and_filters() -> None:
    text = (
        "Mayor Dana Whitfield said the bridge will reopen in March. "
        "The council denied that 40 people were hurt. "
        "Whitfield added that repairs cost $4.5 million."
    )
    ledger = _ledger(text)
    shown = runner.invoke(app, ["show", "-", "--speaker", "whitfield"], input=ledger, env={"COLUMNS": "200", "NO_COLOR": "1"}).stdout
    assert "Dana Whitfield" in shown and "council" not in shown
    denial = runner.invoke(app, ["show", "-", "--kind", "denial"], input=ledger, env={"COLUMNS": "200"}).stdout
    assert denial.startswith("denies · The council · deny\n") and "bridge" not in denial
    money = runner.invoke(app, ["show", "-", "--has-quantity", "--grep", "repairs"], input=ledger, env={"COLUMNS": "200"}).stdout
    assert "USD" in money and "bridge" not in money


def test_show_reports_a_bad_line_and_a_bad_pattern(tmp_path) -> None:
    path = tmp_path / "ledger.jsonl"
    path.write_text(_ledger("He said that 31 drones came.") + "not json\n")
    result = runner.invoke(app, ["show", str(path)])
    assert result.exit_code == 1 and f"{path}:2: not JSON" in result.stderr
    assert runner.invoke(app, ["show", str(path), "--grep", "("]).exit_code == 2
    assert runner.invoke(app, ["show", str(tmp_path / "missing.jsonl")]).exit_code == 1


def test_inconsistent_conversions_are_marked() -> None:
    records = [json.loads(line) for line in _ledger("The line is 1,000 kilometers (900 miles) long.").splitlines()]
    out = io.StringIO()
    render.show(records, console=Console(file=out, width=200))
    assert "⚠" in out.getvalue() and "621.371" in out.getvalue()


ADMINISTRATION = (
    "Transportation Secretary Marguerite Oyelaran-Castellanos said the administration's infrastructure "
    "reauthorization would cost $1,448,410,000 over 12 years. The agency denied that 40 inspectors were dismissed."
)


SENTENCES = [(0, ADMINISTRATION.index(". ") + 1), (ADMINISTRATION.index(". ") + 2, len(ADMINISTRATION))]


def _span(text: str, **extra: object) -> dict:
    start = ADMINISTRATION.index(text)
    return {"text": text, "start": start, "end": start + len(text), **extra}


def _record(index: int, kind: str, speaker: str, name: str | None, cue: str, content: str, quantities: tuple[dict, ...] = ()) -> dict:
    """A ledger record of ADMINISTRATION made by hand, so these tests do not follow the claim rules."""
    start, end = SENTENCES[index]
    return {
        "id": f"{index:024x}",
        "doc": {"id": "wire/ny-0114.txt", "sha256": "0" * 64},
        "kind": kind,
        "sentence": {"index": index, "start": start, "end": end, "text": ADMINISTRATION[start:end]},
        "speaker": _span(speaker, name=name, via="explicit", role=None),
        "cue": _span(cue, lemma="deny" if kind == "denial" else "say"),
        "content": _span(content),
        "quote": "indirect",
        "polarity": "deny" if kind == "denial" else "affirm",
        "quantities": list(quantities),
        "dates": [],
        "extractor": {"version": "0", "rule": "test"},
    }


def _quantity(text: str, value: float, unit: str, si: dict | None = None) -> dict:
    nothing = dict.fromkeys(("low", "high", "qualifier", "unit_text", "dimension", "count_of", "equivalent_of"))
    return _span(text, value=value, unit=unit, si=si, **nothing)


HAND_MADE = [
    _record(
        0, "speech", "Transportation Secretary Marguerite Oyelaran-Castellanos", "Marguerite Oyelaran-Castellanos", "said",
        "the administration's infrastructure reauthorization would cost $1,448,410,000 over 12 years",
        (_quantity("$1,448,410,000", 1448410000.0, "USD"), _quantity("12 years", 12.0, "year", {"value": 378691200.0, "unit": "second"})),
    ),
    _record(1, "denial", "The agency", None, "denied", "40 inspectors were dismissed"),
]
HAND_MADE_LEDGER = "".join(json.dumps(r) + "\n" for r in HAND_MADE)


def _told(stderr: str) -> str:
    """A usage error's words, without the box rich draws around them."""
    return " ".join(re.sub(r"[│╭╮╰╯─]", " ", stderr).split())


@pytest.mark.parametrize("columns", ["40", "80", "200"])
def test_off_a_terminal_show_prints_plain_blocks_that_never_break_a_word(columns: str) -> None:
    result = runner.invoke(app, ["show", "-"], input=HAND_MADE_LEDGER, env={"COLUMNS": columns})
    assert result.exit_code == 0
    assert result.stdout == (
        "speech · Marguerite Oyelaran-Castellanos (Transportation Secretary Marguerite Oyelaran-Castellanos) · say\n"
        "  the administration's infrastructure reauthorization would cost $1,448,410,000 over 12 years\n"
        "  number: $1,448,410,000 = 1,448,410,000 USD\n"
        "  number: 12 years = 12 year (378,691,200 second)\n"
        "  source: wire/ny-0114.txt, sentence 0\n"
        "\n"
        "denies · The agency · deny\n"
        "  40 inspectors were dismissed\n"
        "  source: wire/ny-0114.txt, sentence 1\n"
    )


def test_plain_blocks_show_the_sentence_with_context_and_unresolved_dates_in_words() -> None:
    text = "“We will reopen the bridge on Monday,” the mayor said."
    records = [json.loads(line) for line in "".join(c.to_json() + "\n" for c in extract(text, "city")).splitlines()]
    assert list(render.blocks(records, context=True)) == [
        "speech · the mayor · say\n"
        "  “We will reopen the bridge on Monday”\n"
        "  in: “We will reopen the bridge on Monday,” the mayor said.\n"
        "  date: Monday (no reference date)\n"
        "  source: city, sentence 0\n"
    ]


def test_plain_blocks_name_the_relay_and_the_hedges() -> None:
    text = "The mayor reportedly told Reuters that the bridge would reopen."
    records = [c.to_dict() for c in extract(text, "city")]
    assert list(render.blocks(records)) == [
        "speech · The mayor · tell · via Reuters\n"
        "  the bridge would reopen\n"
        "  hedged: reportedly\n"
        "  source: city, sentence 0\n"
    ]


def test_the_terminal_table_says_denies_in_words() -> None:
    records = [dict(r) for r in HAND_MADE]
    records[1]["dates"] = [{"text": "Monday", "start": 0, "end": 6, "value": None, "granularity": "day", "timex": None, "period": None}]
    out = io.StringIO()
    render.show(records, console=Console(file=out, width=200))
    shown = out.getvalue()
    assert "denies" in shown and "✗" not in shown
    assert "Monday (no reference date)" in shown and "= ?" not in shown


@pytest.mark.parametrize("kind, label", [("denial", "denies"), ("no_comment", "no comment"), ("speech", "speech"), ("statement", "statement")])
def test_kind_labels(kind: str, label: str) -> None:
    assert render.kind_label(kind) == label


def test_kind_is_a_fixed_choice_taken_from_the_record_type() -> None:
    result = runner.invoke(app, ["show", "-", "--kind", "speeches"], input=HAND_MADE_LEDGER, env={"COLUMNS": "200"})
    assert result.exit_code == 2
    told = _told(result.stderr)
    assert "'speeches' is not one of" in told
    assert all(f"'{kind}'" in told for kind in get_args(Kind))


@pytest.mark.parametrize("args", [["--doc", "wire/ny-0115.txt"], ["--speaker", "Whitfield"], ["--kind", "statement"]])
def test_a_filter_that_matches_nothing_says_so_on_stderr(args: list[str]) -> None:
    result = runner.invoke(app, ["show", "-", *args], input=HAND_MADE_LEDGER)
    assert (result.exit_code, result.stdout) == (0, "")
    assert result.stderr == "claimledger: none of the 2 claims in - matches the filters\n"


def _dated_ledger() -> str:
    docs = [("a", "2024-12-30"), ("b", "Tue, 14 Jan 2025 23:30:00 -0500"), ("c", "2025-02-03T08:00:00Z"), ("d", None)]
    lines = [json.dumps({"id": i, "text": "The ministry denied that 31 drones were shot down.", "published": p}) for i, p in docs]
    return runner.invoke(app, ["extract", "--input-format", "jsonl", "-"], input="\n".join(lines)).stdout


@pytest.mark.parametrize(
    "args, shown",
    [
        (["--since", "2025-01-01"], ["b", "c"]),
        (["--since", "Jan 14, 2025"], ["b", "c"]),
        (["--since", "2025-01-15"], ["c"]),
        (["--until", "2025-01-14"], ["a", "b"]),
        (["--until", "December 2024"], ["a"]),  # up to its last day
        (["--since", "January 2025", "--until", "January 2025"], ["b"]),
        (["--since", "2000-01-01"], ["a", "b", "c"]),
    ],
)
def test_since_and_until_select_by_the_date_the_document_was_published(args: list[str], shown: list[str]) -> None:
    result = runner.invoke(app, ["show", "-", *args], input=_dated_ledger())
    assert result.exit_code == 0
    assert [line.split(", ")[0].removeprefix("  source: ") for line in result.stdout.splitlines() if line.startswith("  source: ")] == shown
    assert result.stderr == "claimledger: 1 claims have no publication date (doc.published); --since/--until leave them out\n"


def test_since_counts_relative_dates_from_now() -> None:
    ledger = _dated_ledger()
    assert "source: c" in runner.invoke(app, ["show", "-", "--since", "30000 days ago"], input=ledger).stdout
    assert runner.invoke(app, ["show", "-", "--since", "3 days ago"], input=ledger).stdout == ""  # all published before 2025-02-04


def test_since_that_cannot_be_read_is_a_usage_error() -> None:
    result = runner.invoke(app, ["show", "-", "--since", "the other day"], input=_dated_ledger())
    assert result.exit_code == 2 and "is not a date claimledger can read" in _told(result.stderr)


def test_stats_on_a_terminal_says_how_many_rows_it_leaves_out() -> None:
    counts = {"claims": 20, "kind": {"speech": 20}, "speaker": {f"Speaker {i:02d}": 1 for i in range(20)}, "cue": {"say": 20}, "doc": {"d": 20}}
    out = io.StringIO()
    render.show_counts(counts, console=Console(file=out, width=120), top=15)
    shown = out.getvalue()
    assert "Speaker 14" in shown and "Speaker 15" not in shown
    assert "5 more speaker rows not shown: --top 0 shows all, --json lists them" in shown
    assert "more kind rows" not in shown
    out = io.StringIO()
    render.show_counts(counts, console=Console(file=out, width=120), top=0)
    assert "Speaker 19" in out.getvalue() and "not shown" not in out.getvalue()
