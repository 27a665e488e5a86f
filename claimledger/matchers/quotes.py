"""Direct quotations with a cue next to them.

Handles ``“...,” Zelenskyy said.``, ``“...,” said Zelenskyy.``, ``Zelenskyy said:
“...”`` and ``He said, “...”``, with curly, straight and TeX quote marks, and quotes
of several sentences (the sentence splitter keeps them whole). Not handled yet:
a quote split around its cue, dash attributions and quotes that run over
several paragraphs. A quotation with no cue beside it (a nickname, a title, a
scare quote) yields nothing.
"""

from __future__ import annotations

from collections.abc import Iterator

from claimledger.matchers import Context, Match
from claimledger.quotemarks import Quotation
from claimledger.matchers.phrases import cue_forms, is_short_form, speaker_after, speaker_before

_REACH = 200  # characters around a quotation searched for its cue and speaker
_ASIDE = 120  # characters of an aside between a cue and the rest of its quotation
_SPEAKER_REACH = 30  # tokens after a quotation within which its cue comes: a speaker with a long role


def match(ctx: Context) -> Iterator[Match]:
    text, sent = ctx.text, ctx.sentence
    forms = cue_forms()
    for q in ctx.quotations:
        if q.inner_end - q.inner_start < 2 or q.start < sent.start or q.end > sent.end:
            continue
        content = _run_of_quotes(ctx, q)
        after = ctx.tokens_within(q.end, q.end + _REACH)
        if after and after[0].text == ",":
            after = after[1:]
        inner_end = text[q.inner_start : q.inner_end].rstrip()
        ends_open = inner_end[-1:] in ",?!." or text[q.end : q.end + 1] == ","
        if after and ends_open:
            found = _cue_after(after, forms)
            if found:
                speaker, cue = found
                rest = _continued(ctx, q, max(speaker[1], cue[1]))
                if rest is not None:  # “We will,” she said, “keep going.”: one quotation, split by its cue
                    content = (content[0], _run_of_quotes(ctx, rest)[1])
                yield Match("speech", "quote-then-cue", speaker, cue, content, "direct")
                continue
        before = ctx.tokens_within(q.start - _REACH, q.start)
        if before and before[-1].text in {":", ","}:
            i = len(before) - 2
            if i >= 0 and before[i].lower in forms:
                span = speaker_before(before, i)
                if span:
                    speaker = (before[span[0]].start, before[span[1] - 1].end)
                    cue = (before[i].start, before[i].end, forms[before[i].lower])
                    yield Match("speech", "cue-then-quote", speaker, cue, content, "direct")


def _run_of_quotes(ctx: Context, q: Quotation) -> tuple[int, int]:
    """The inner span of ``q`` with the quotations right before and after it that only white
    space separates from it: ``“It’s finished,” “In my head, anyway,” she said`` is one quote."""
    quotes = list(ctx.quotations)
    i = quotes.index(q)
    first = last = i
    while first > 0 and not ctx.text[quotes[first - 1].end : quotes[first].start].strip():
        first -= 1
    while last + 1 < len(quotes) and not ctx.text[quotes[last].end : quotes[last + 1].start].strip():
        last += 1
    return quotes[first].inner_start, quotes[last].inner_end


def _continued(ctx: Context, first: Quotation, after_cue: int) -> Quotation | None:
    """The quotation that goes on after the cue, past a comma: ``..., she said, “...”``, also
    past an aside about the speaker (``..., Tester said, referring to the excuse, “...”``)."""
    following = next((q for q in ctx.quotations if q.start >= after_cue), None)
    if following is None or following.end > ctx.sentence.end:
        return None
    gap = ctx.text[after_cue : following.start]
    return following if gap.startswith(",") and gap.rstrip().endswith(",") and len(gap) <= _ASIDE else None


def _cue_after(after: list, forms: dict[str, str]) -> tuple[tuple[int, int], tuple[int, int, str]] | None:
    """``Zelenskyy said`` or ``said Zelenskyy`` right after the closing mark."""
    first = after[0]
    if first.text in forms:  # lower case: "Said" after a quotation is a name
        span = speaker_after(after, 1)
        if span:
            return (after[span[0]].start, after[span[1] - 1].end), (first.start, first.end, forms[first.lower])
        return None
    depth = 0  # inside parentheses: "Rep. Gwen Moore (D-Wis.) said"
    for i in range(1, min(len(after), _SPEAKER_REACH)):
        tok = after[i]
        depth += (tok.text == "(") - (tok.text == ")")
        if depth <= 0 and tok.text in {".", ";", "“", "”", '"'} and not (tok.text == "." and is_short_form(after[i - 1])):
            return None  # past the clause; but "Mr. Podesta said" goes on
        if tok.text in forms:
            span = speaker_before(after, i)
            if span and all(t.text[:1].isalnum() for t in after[: span[0]]):
                # "IMF chief economist Maury Obstfeld said", "Michael McFaul, a senior fellow at ..., said"
                return (after[0].start, after[span[1] - 1].end), (tok.start, tok.end, forms[tok.lower])
            # no speaker before it: a noun such as "states" in "one of the states suing, said"
    return None
