"""Hedges: the words by which a writer keeps a distance from what a sentence says ("the minister
reportedly resigned", "he is said to have left"), from ``data/hedges.txt``. A fact-checker reads a
hedged claim as one the outlet itself has not confirmed. Inside a quotation such a word is the
speaker's, not the writer's, and a claim's own cue ("X claimed that") is no hedge."""

from __future__ import annotations

from collections.abc import Sequence

from claimledger import lexicon
from claimledger.quotemarks import Quotation
from claimledger.records import Span


def find(text: str, start: int, end: int, quotations: Sequence[Quotation]) -> list[Span]:
    """The hedges in ``text[start:end]`` outside every quotation."""
    return [
        Span(m.group(), m.start(), m.end())
        for m in lexicon.phrases("hedges").finditer(text, start, end)
        if not any(q.start <= m.start() and m.end() <= q.end for q in quotations)
    ]
