"""claimledger show: filters, and input that must not control the terminal."""

from __future__ import annotations

import io
import json

import pytest
from rich.console import Console
from typer.testing import CliRunner

from claimledger import extract, render
from claimledger.cli import app

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
    assert "deny" in denial and "✗" in denial and "bridge" not in denial
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
