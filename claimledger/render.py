"""Rendering a ledger for people: the only module that imports rich.

A terminal gets a table (rich, following its width and NO_COLOR); a file or a pipe
gets plain text blocks, one per claim, that no width can break inside a word.

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

from claimledger import lexicon
from claimledger.values import inconsistency, number

# C0 and C1 controls (but tab), DEL, and the Unicode bidi embedding/override/isolate marks.
_UNSAFE = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def safe(value: object) -> str:
    """The value as text with every unsafe character written as a visible escape."""
    text = "" if value is None else str(value)
    return _UNSAFE.sub(lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100 else f"\\u{ord(m.group()):04x}", text)


def _quantity_parts(q: dict[str, Any]) -> list[tuple[str, str]]:
    """A quantity as (words, style) pieces: its text, its value and unit, in SI, and a failed conversion check."""
    unit = q.get("unit")
    si = q.get("si")
    parts = [(safe(q.get("text")), "")]
    if q.get("value") is not None:
        parts.append((f" = {number(q['value'])}" + (f" {safe(unit)}" if unit else ""), "cyan"))
    elif q.get("low") is not None or q.get("high") is not None:
        parts.append((f" = {q.get('low')}..{q.get('high')}" + (f" {safe(unit)}" if unit else ""), "cyan"))
    if si and unit and si.get("unit") != unit:
        parts.append((f" ({number(si['value'])} {safe(si['unit'])})", "dim"))
    warning = inconsistency(q)
    if warning:
        parts.append((f" ⚠ {safe(warning)}", "bold yellow"))
    return parts


def _date(d: dict[str, Any]) -> str:
    """A date as its text and what it resolves to, or why it does not."""
    resolved = d.get("timex") or d.get("value")
    return f"{safe(d.get('text'))} = {safe(resolved)}" if resolved else f"{safe(d.get('text'))} (no reference date)"


def kind_label(kind: str) -> str:
    """The kind in words people read right: ``denies``, ``no comment`` (data/kind_labels.tsv)."""
    return lexicon.table("kind_labels").get(kind, kind.replace("_", " "))


def _who(speaker: dict[str, Any]) -> tuple[str, str | None]:
    """The speaker's name (or words, unresolved), and the words as written when they differ."""
    name = speaker.get("name") or speaker.get("text") or ""
    written = speaker.get("text") if speaker.get("name") and speaker.get("text") != speaker.get("name") else None
    return safe(name), safe(written) if written else None


def _content(record: dict[str, Any]) -> str:
    content = safe(record["content"]["text"])
    return f"“{content}”" if record.get("quote") == "direct" else content


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
        kind = Text(kind_label(r["kind"]), style="bold red" if r.get("polarity") == "deny" else "")
        name, written = _who(r.get("speaker") or {})
        who = Text(name)
        if written:
            who.append(f"\n({written})", style="dim")
        if r.get("reported_by"):
            who.append(f"\nvia {safe(r['reported_by']['name'])}", style="dim")
        cue = Text(safe((r.get("cue") or {}).get("lemma") or ""))
        claim = _context(r) if context else Text(_content(r))
        if r.get("hedges"):
            claim.append(f"\nhedged: {_hedges(r)}", style="dim")
        facts = Text("\n").join(
            [Text.assemble(*_quantity_parts(q)) for q in r.get("quantities", [])] + [Text(_date(d), style="green") for d in r.get("dates", [])]
        )
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


def blocks(records: Iterable[dict[str, Any]], context: bool = False) -> Iterator[str]:
    """The ledger as plain text for a file or a pipe, one block per claim: no box drawing and
    no line broken inside a word, whatever the width (a pager or editor wraps lines its own way).

    The first line is the kind, the speaker (and the words as written) and the cue; then
    the claim, its sentence (``context``), one line per number and date, and its source.
    """
    for r in records:
        name, written = _who(r.get("speaker") or {})
        head = [kind_label(r["kind"])]
        if name:
            head.append(f"{name} ({written})" if written else name)
        if r.get("cue"):
            head.append(safe(r["cue"].get("lemma")))
        if r.get("reported_by"):
            head.append(f"via {safe(r['reported_by']['name'])}")
        lines = [" · ".join(head), f"  {_content(r)}"]
        if context and r["kind"] != "statement":
            lines.append(f"  in: {safe(r['sentence']['text'])}")
        if r.get("hedges"):
            lines.append(f"  hedged: {_hedges(r)}")
        lines += ["  number: " + "".join(words for words, _ in _quantity_parts(q)) for q in r.get("quantities", [])]
        lines += [f"  date: {_date(d)}" for d in r.get("dates", [])]
        published = r["doc"].get("published")
        lines.append(f"  source: {safe(r['doc']['id'])}, sentence {r['sentence']['index']}" + (f", published {safe(published)}" if published else ""))
        yield "\n".join(lines) + "\n"


def _hedges(record: dict[str, Any]) -> str:
    return ", ".join(safe(h.get("text")) for h in record.get("hedges") or [])


def show_found(found: Iterable[tuple[dict[str, Any], dict[str, Any]]], console: Console | None = None) -> None:
    """The claims ``claimledger find`` found: document, date, speaker, the figure as written, and its sentence."""
    grid = Table(show_lines=True, expand=True)
    grid.add_column("document", ratio=1, overflow="fold")
    grid.add_column("date", no_wrap=True)
    grid.add_column("speaker", ratio=1, overflow="fold")
    grid.add_column("figure", ratio=1)
    grid.add_column("sentence", ratio=3)
    for record, quantity in found:
        doc = record.get("doc") or {}
        name, _ = _who(record.get("speaker") or {})
        grid.add_row(
            Text(safe(doc.get("id")), style="dim"),
            Text(safe(doc.get("published") or "")),
            Text(name),
            Text(safe(quantity.get("text")), style="bold cyan"),
            Text(safe((record.get("sentence") or {}).get("text"))),
        )
    (console or Console()).print(grid)


def show_conflicts(pairs: Iterable[dict[str, Any]], console: Console | None = None) -> None:
    """The pairs ``claimledger conflicts`` found: the reason, then each side's source and sentence."""
    grid = Table(show_lines=True, expand=True)
    grid.add_column("why", ratio=2)
    grid.add_column("one side", ratio=3, overflow="fold")
    grid.add_column("the other", ratio=3, overflow="fold")
    for pair in pairs:
        why = Text()
        why.append(safe(pair["reason"]), style="bold")
        why.append(f"\n{safe(pair['rule'])}", style="dim")
        grid.add_row(why, _side(pair["a"]), _side(pair["b"]))
    (console or Console()).print(grid)


def _side(side: dict[str, Any]) -> Text:
    shown = Text()
    shown.append(safe(side.get("speaker") or "the article"), style="bold")
    shown.append(f" ({kind_label(str(side.get('kind')))})", style="dim")
    shown.append(f"\n{safe(side.get('sentence'))}")
    where = ", ".join(safe(v) for v in (side.get("doc"), side.get("published")) if v)
    shown.append(f"\n{where}", style="dim")
    if side.get("url"):
        shown.append(f"\n{safe(side['url'])}", style="dim")
    return shown


def show_matches(results: Iterable[dict[str, Any]], console: Console | None = None) -> None:
    """What ``claimledger match`` found: each claim, and its fact-checks with score, rating and why."""
    grid = Table(show_lines=True, expand=True)
    grid.add_column("claim", ratio=2, overflow="fold")
    grid.add_column("score", justify="right", no_wrap=True)
    grid.add_column("fact-check", ratio=3, overflow="fold")
    grid.add_column("why", ratio=2, overflow="fold")
    for result in results:
        claim = Text(safe(result["text"]))
        claim.append(f"\n{safe((result.get('doc') or {}).get('id'))}", style="dim")
        if not result["matches"]:
            grid.add_row(claim, "", Text("no fact-check matches", style="dim"), "")
        for i, m in enumerate(result["matches"]):
            check = Text(safe(m["claimReviewed"]), style="bold" if i == 0 else "")
            for extra in (m.get("rating"), m.get("url") or m["id"]):
                if extra:
                    check.append(f"\n{safe(extra)}", style="dim")
            why = m["why"]
            reasons = [", ".join(safe(w) for w in why["terms"])]
            reasons += [f"figure {safe(f)}" for f in why["figures"]] + [f"date {safe(d)}" for d in why["periods"]]
            reasons += [f"speaker {safe(why['speaker'])}"] if why["speaker"] else []
            grid.add_row(claim if i == 0 else Text(""), f"{m['score']:.2f}", check, Text("\n".join(r for r in reasons if r)))
    (console or Console()).print(grid)


def show_identities(identities: Iterable[dict[str, Any]], console: Console | None = None) -> None:
    """The sources ``claimledger speakers`` found: name and key, every spelling, roles, claims and documents."""
    grid = Table(expand=True)
    grid.add_column("source", ratio=2, overflow="fold")
    grid.add_column("spellings", ratio=3, overflow="fold")
    grid.add_column("roles", ratio=2, overflow="fold")
    grid.add_column("claims", justify="right")
    grid.add_column("documents", justify="right")
    for identity in identities:
        source = Text(safe(identity["name"]), style="bold")
        source.append(f"\n{safe(identity['key'])}", style="dim")
        spellings = Text(", ".join(f"{safe(s['name'])} ({s['claims']})" for s in identity["spellings"]))
        grid.add_row(source, spellings, Text("; ".join(safe(r) for r in identity["roles"])), str(identity["claims"]), str(identity["documents"]))
    (console or Console()).print(grid)


def show_counts(counts: dict[str, Any], console: Console | None = None, top: int = 15) -> None:
    """The counts of ``claimledger stats`` as small tables of the ``top`` rows each (0: all),
    each saying how many rows it leaves out and how to see them."""
    console = console or Console()
    console.print(Text(f"{counts['claims']} claims", style="bold"))
    for name in ("kind", "speaker", "cue", "doc"):
        rows = list(counts[name].items())
        shown = rows[:top] if top else rows
        left_out = len(rows) - len(shown)
        grid = Table(title=name, title_justify="left")
        grid.add_column(name, overflow="fold")
        grid.add_column("claims", justify="right")
        for key, n in shown:
            grid.add_row(Text(safe(key)), str(n))
        console.print(grid)
        if left_out:
            console.print(Text(f"{left_out} more {name} rows not shown: --top 0 shows all, --json lists them", style="dim"))


@contextlib.contextmanager
def progress(total: int | None = None) -> Iterator[tuple[Callable[[], None], Callable[[str], None]]]:
    """A live count of documents done, on stderr: (advance once per document, say a message above it);
    with the ``total`` known, a bar, the count of the total, and the time left."""
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn, TimeRemainingColumn

    columns: list[Any] = [SpinnerColumn(), TextColumn("{task.completed} documents"), TimeElapsedColumn()]
    if total:
        columns = [BarColumn(), TextColumn("{task.completed}/{task.total} documents"), TimeElapsedColumn(), TextColumn("left"), TimeRemainingColumn()]
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("extract", total=total or None)
        yield (lambda: bar.advance(task)), (lambda message: bar.console.print(Text(safe(message))))
