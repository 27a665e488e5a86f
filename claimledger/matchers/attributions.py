"""Attributions: ``According to X, ...`` and ``..., according to X.``

The source is the phrase after ``according to``; the content is the clause on
the other side of the comma; a source that is no name (``the poll``) runs to
that comma or the sentence end. Not handled yet: ``X's report said`` and ``as
reported by X`` (``In a statement, X said`` is reported speech).
"""

from __future__ import annotations

from collections.abc import Iterator

from claimledger.matchers import Context, Match
from claimledger.matchers.phrases import CLAUSE_END, Token, speaker_after

_MAX_SOURCE = 8  # tokens of a source that is no name: "the regional ambulance service"


def match(ctx: Context) -> Iterator[Match]:
    toks = ctx.tokens
    for i in range(len(toks) - 2):
        if toks[i].lower != "according" or toks[i + 1].lower != "to":
            continue
        source = speaker_after(toks, i + 2) or _source_to_boundary(toks, i + 2)
        if source is None:
            continue
        a, b = source
        cue = (toks[i].start, toks[i + 1].end, "according to")
        speaker = (toks[a].start, toks[b - 1].end)
        if i > 1 and toks[i - 1].text == ",":  # "..., according to X."
            yield Match("attribution", "content-according-to", speaker, cue, (toks[0].start, toks[i - 2].end), "indirect")
        elif b < len(toks) and toks[b].text == ",":  # "According to X, ..."
            end = len(toks)
            while end > b + 1 and toks[end - 1].text in CLAUSE_END:
                end -= 1
            if end - (b + 1) >= 3:
                yield Match("attribution", "according-to-content", speaker, cue, (toks[b + 1].start, toks[end - 1].end), "indirect")


def _source_to_boundary(toks: list[Token], i: int) -> tuple[int, int] | None:
    """A source that is no name (``the poll``, ``exit polls``): the words from token ``i``
    to the next comma or the sentence end, if they are few and only words."""
    b = i
    while b < len(toks) and toks[b].text != "," and toks[b].text not in CLAUSE_END:
        if not toks[b].text[:1].isalnum() or b - i >= _MAX_SOURCE:
            return None
        b += 1
    return (i, b) if b > i else None
