"""Find quoted passages: pairs of opening and closing quote marks.

Used by the sentence splitter (a sentence does not end inside a quotation) and by
the direct-quote matcher. Curly double quotes, straight double quotes, TeX-style
````...''`` and doubled apostrophes ``''...''`` (both common in news archives),
guillemets and curly single quotes are paired within one paragraph. An apostrophe
inside a word (``shouldn’t``, ``Ukraine’s``) is not a quote mark, and an unbalanced
mark is left unpaired rather than guessed at, with one exception: the journalistic
convention for a quotation of several paragraphs, where a paragraph that opens a
quotation and does not close it goes on into the next paragraph, which opens with a
quote mark again. Such a quotation ends with its paragraph and ``runs_on``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Quotation:
    """``text[open:close+len(closing mark)]`` is the quoted passage with its marks."""

    start: int  # index of the opening mark
    end: int  # index just after the closing mark, or the end of its paragraph when it runs on
    inner_start: int
    inner_end: int
    runs_on: bool = False  # unclosed at its paragraph's end, and the next paragraph opens a quotation


# Marks that only ever quote (not ’ or ‘, apostrophes as often as quote marks).
DOUBLE_MARKS = ("“", "”", '"', "«", "»", "``", "''")
_PARAGRAPH = re.compile(r"\n[ \t\r]*\n")
_MARK = re.compile(r"``|''|[“”\"«»‘’]")
_PAIRS = {"“": "”", "«": "»", "‘": "’", "``": "''"}
_OPENING = ("“", '"', "«", "``", "''")  # marks a paragraph of a quotation of several paragraphs opens with


def find(text: str) -> list[Quotation]:
    """All quotations in ``text``, in order; none crosses a blank line."""
    found: list[Quotation] = []
    start = 0
    for m in _PARAGRAPH.finditer(text):
        found.extend(_in_paragraph(text, start, m.start(), opens_quotation(text, m.end())))
        start = m.end()
    found.extend(_in_paragraph(text, start, len(text), False))
    return found


def opens_quotation(text: str, pos: int) -> bool:
    """Whether the line from ``pos`` opens with a quote mark (after any indentation)."""
    line = text[pos : pos + 8].lstrip(" \t\r")
    return line.startswith(_OPENING)


def _running_on(text: str, at: int, end: int) -> Quotation:
    """The quotation opened at ``at`` that its paragraph (or line) ends at ``end`` without closing."""
    while end > at and text[end - 1].isspace():
        end -= 1
    open_len = 2 if text.startswith(("``", "''"), at) else 1
    return Quotation(at, end, at + open_len, end, runs_on=True)


def _is_apostrophe(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return before.isalnum() and (after.isalnum() or text[i] == "’" and after == "s")


def _opens(text: str, i: int, width: int = 1) -> bool:
    """A straight quote mark with space before it and a word after it opens a quotation."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + width] if i + width < len(text) else " "
    return (before.isspace() or before in "([") and not after.isspace()


def _in_paragraph(text: str, start: int, end: int, quoted_next: bool) -> list[Quotation]:
    """The quotations of one paragraph; ``quoted_next`` says the next paragraph opens with a quote mark."""
    found: list[Quotation] = []
    opened: tuple[str, int] | None = None  # (closing mark expected, index of opening mark)
    for m in _MARK.finditer(text, start, end):
        mark, i = m.group(), m.start()
        if mark in ("‘", "’") and _is_apostrophe(text, i):
            continue
        if mark == "’" and i > 0 and text[i - 1] in "sS" and (opened is None or opened[0] != "’"):
            continue  # a plural possessive: "the ministers’ talks"
        if opened is None:
            if mark == '"':
                opened = ('"', i)
            elif mark == "''" and _opens(text, i, 2):
                opened = ("''", i)  # ''...'': both marks straight, as some archives write them
            elif mark in _PAIRS:
                opened = (_PAIRS[mark], i)
            continue
        closing, at = opened
        if mark in ("‘", "’") and closing != "’":
            continue  # a single quotation inside a double one: “..., tell them, ‘We are not leaving.’ ...”
        line = text.rfind("\n", at, i)
        if line != -1 and closing != "’" and mark in ("“", '"', "«", "``") and not text[line:i].strip():
            # a line that opens a quotation while the one before is still open: that one ran on to its line's end
            found.append(_running_on(text, at, line))
            opened = (_PAIRS.get(mark, mark), i)
            continue
        if mark == '"' and _opens(text, i):
            opened = ('"', i)  # a second opener: the first one was unbalanced
        elif mark == closing or (closing, mark) in (("”", '"'), ('"', "”")):  # “..." and "...”: a typo'd mark still closes
            open_len = 2 if text.startswith(("``", "''"), at) else 1
            found.append(Quotation(at, m.end(), at + open_len, i))
            opened = None
        elif mark in _PAIRS or mark == '"':
            opened = (_PAIRS.get(mark, '"'), i)  # an unbalanced opener: start again here
    if opened is not None and quoted_next and opened[0] != "’":
        found.append(_running_on(text, opened[1], end))
    return found
