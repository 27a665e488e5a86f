"""Attributions: ``According to X, ...``, ``..., according to X.``, ``as reported by X``
(the phrases are in data/attribution_phrases.txt).

The source is the phrase after the attribution phrase; the content is the clause
on the other side of the comma; a source that is no name (``the poll``) runs to
that comma or the sentence end. ``X's report said`` is found with reported speech
and made an attribution there; ``In a statement, X said`` is reported speech.
"""

from __future__ import annotations

from collections.abc import Iterator

from claimledger.matchers import Context, Match
from claimledger.matchers.phrases import CLAUSE_END, Token, is_name_word, phrase_at, phrase_starts, speaker_after

_MAX_SOURCE = 12  # tokens of a source that is no name: "the regional ambulance service"


def match(ctx: Context) -> Iterator[Match]:
    toks = ctx.tokens
    firsts = phrase_starts("attribution_phrases")
    for i in range(len(toks) - 2):
        phrase = phrase_at(toks, i, "attribution_phrases") if toks[i].lower in firsts else None
        if phrase is None:
            continue
        n = len(phrase)
        source = speaker_after(toks, i + n)
        phrase_end = _source_to_boundary(toks, i + n)
        if phrase_end and (source is None or (source[1] < phrase_end[1] and not any(is_name_word(t) for t in toks[slice(*source)]))):
            source = phrase_end  # "attorneys for the family": a group named by its words, to the boundary
        if source is None:
            continue
        a, b = source
        lemma = " ".join(phrase)
        cue = (toks[i].start, toks[i + n - 1].end, lemma)
        speaker = (toks[a].start, toks[b - 1].end)
        name = lemma.replace(" ", "-")
        if i > 1 and toks[i - 1].text == ",":  # "..., according to X."
            yield Match("attribution", f"content-{name}", speaker, cue, (toks[0].start, toks[i - 2].end), "indirect")
        elif b < len(toks) and toks[b].text == ",":  # "According to X, ..."
            end = len(toks)
            while end > b + 1 and toks[end - 1].text in CLAUSE_END:
                end -= 1
            if end - (b + 1) >= 3:
                yield Match("attribution", f"{name}-content", speaker, cue, (toks[b + 1].start, toks[end - 1].end), "indirect")


def triggers() -> frozenset[str]:
    """The first words of the attribution phrases."""
    return frozenset(phrase_starts("attribution_phrases"))


def _source_to_boundary(toks: list[Token], i: int) -> tuple[int, int] | None:
    """A source that is no name (``the poll``, ``exit polls``): the words from token ``i``
    to the next comma or the sentence end, if they are few and only words."""
    b = i
    while b < len(toks) and toks[b].text != "," and toks[b].text not in CLAUSE_END:
        if not (toks[b].text[:1].isalnum() or toks[b].text in ("(", ")")) or b - i >= _MAX_SOURCE:
            return None  # but "Alliance to Reclaim Our Schools (AROS)"
        b += 1
    return (i, b) if b > i else None
