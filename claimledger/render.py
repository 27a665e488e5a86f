"""Rendering a ledger for people: the only module that imports rich.

Every string that comes from a ledger (and so from the news text) is shown
literally: it goes into ``rich.text.Text`` objects, never into markup, and
control characters, escape sequences and bidirectional overrides are replaced
by visible escapes (``\\x1b``), so no input can restyle or take over the terminal.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from claimledger.values import inconsistency, number

# C0 and C1 controls (but tab), DEL, and the Unicode bidi embedding/override/isolate marks.
_UNSAFE = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def safe(value: object) -> str:
    """The value as text with every unsafe character written as a visible escape."""
    text = "" if value is None else str(value)
    return _UNSAFE.sub(lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100 else f"\\u{ord(m.group()):04x}", text)


def _quantity(q: dict[str, Any]) -> Text:
    shown = Text(safe(q.get("text")))
    unit = q.get("unit")
    si = q.get("si")
    if q.get("value") is not None:
        shown.append(f" = {number(q['value'])}" + (f" {safe(unit)}" if unit else ""), style="cyan")
    elif q.get("low") is not None or q.get("high") is not None:
        shown.append(f" = {q.get('low')}..{q.get('high')}" + (f" {safe(unit)}" if unit else ""), style="cyan")
    if si and unit and si.get("unit") != unit:
        shown.append(f" ({number(si['value'])} {safe(si['unit'])})", style="dim")
    warning = inconsistency(q)
    if warning:
        shown.append(f" ⚠ {safe(warning)}", style="bold yellow")
    return shown


def _content(record: dict[str, Any]) -> Text:
    content = safe(record["content"]["text"])
    if record.get("quote") == "direct":
        return Text(f"“{content}”")
    return Text(content)


def _context(record: dict[str, Any]) -> Text:
    """The sentence with the claim's speaker, cue and content highlighted."""
    sentence = record["sentence"]
    base = sentence["start"]
    raw = sentence["text"]
    shown = Text()
    marks: list[tuple[int, int, str]] = []
    for name, style in (("content", "underline"), ("speaker", "bold magenta"), ("cue", "bold green")):
        span = record.get(name)
        if span:
            marks.append((span["start"] - base, span["end"] - base, style))
    pos = 0
    # Escapes can lengthen the text, so it is built piece by piece rather than styled by offset.
    for start, end, style in sorted(marks):
        if start < pos:
            continue
        shown.append(safe(raw[pos:start]))
        shown.append(safe(raw[start:end]), style=style)
        pos = end
    shown.append(safe(raw[pos:]))
    return shown


def table(records: Iterable[dict[str, Any]], context: bool = False) -> Table:
    """One row per claim: who, the cue, what, the numbers and dates, and where it is from."""
    grid = Table(show_lines=True, expand=True)
    grid.add_column("kind", no_wrap=True)
    grid.add_column("speaker", ratio=1, overflow="fold")
    grid.add_column("cue", no_wrap=True)
    grid.add_column("claim", ratio=3)
    grid.add_column("numbers and dates", ratio=2)
    grid.add_column("source", ratio=1, overflow="fold")
    for r in records:
        kind = Text(safe(r["kind"]), style="bold red" if r.get("polarity") == "deny" else "")
        if r.get("polarity") == "deny":
            kind.append(" ✗")
        speaker = r.get("speaker") or {}
        who = Text(safe(speaker.get("name") or speaker.get("text") or ""))
        if speaker.get("name") and speaker.get("text") != speaker.get("name"):
            who.append(f"\n({safe(speaker['text'])})", style="dim")
        cue = Text(safe((r.get("cue") or {}).get("lemma") or ""))
        claim = _context(r) if context else _content(r)
        facts = Text("\n").join([_quantity(q) for q in r.get("quantities", [])] + [
            Text(f"{safe(d.get('text'))} = {safe(d.get('timex') or d.get('value') or '?')}", style="green") for d in r.get("dates", [])
        ])
        source = Text(f"{safe(r['doc']['id'])}\nsentence {r['sentence']['index']}", style="dim")
        grid.add_row(kind, who, cue, claim, facts, source)
    return grid


def show(records: Iterable[dict[str, Any]], context: bool = False, pager: bool = False, console: Console | None = None) -> None:
    """Print the ledger as a table; rich follows the terminal's width and NO_COLOR."""
    console = console or Console()
    rendered = table(records, context)
    if pager:
        with console.pager(styles=True):
            console.print(rendered)
    else:
        console.print(rendered)


def show_counts(counts: dict[str, Any], console: Console | None = None, top: int = 15) -> None:
    """The counts of ``claimledger stats`` as small tables."""
    console = console or Console()
    console.print(Text(f"{counts['claims']} claims", style="bold"))
    for name in ("kind", "speaker", "cue", "doc"):
        grid = Table(title=name, title_justify="left")
        grid.add_column(name, overflow="fold")
        grid.add_column("claims", justify="right")
        for key, n in list(counts[name].items())[:top]:
            grid.add_row(Text(safe(key)), str(n))
        console.print(grid)


@contextlib.contextmanager
def progress() -> Iterator[tuple[Callable[[], None], Callable[[str], None]]]:
    """A live count of documents done, on stderr: (advance once per document, say a message above it)."""
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    with Progress(SpinnerColumn(), TextColumn("{task.completed} documents"), TimeElapsedColumn(), console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("extract", total=None)
        yield (lambda: bar.advance(task)), (lambda message: bar.console.print(Text(safe(message))))
