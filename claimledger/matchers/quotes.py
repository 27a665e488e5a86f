"""Direct quotations with a cue next to them.

Handles ``“...,” Zelenskyy said.``, ``“...,” said Zelenskyy.``, ``Zelenskyy said:
“...”``, ``He said, “...”``, ``Mook told CBS, “...”`` and ``..., saying, “...”``
(the sentence's subject), quotes split around their cue (``“We will,” she said,
“keep going.”``), with curly, straight and TeX quote marks, and quotes of several
sentences (the sentence splitter keeps them whole), and quotations signed with a
dash (``“...” – Ana Ruiz, mayor``: no cue word, ``cue`` is null). A quotation of
several paragraphs (each paragraph but the last left open, the next opening with a
quote mark again) is found by claimledger.quotemarks, and the pipeline runs the claim
on through its paragraphs. A quotation with no cue beside it (a nickname, a title, a
scare quote) yields nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from claimledger import lexicon, quotemarks
from claimledger.matchers import Context, Match
from claimledger.quotemarks import Quotation
from claimledger.matchers.phrases import DASHES, Token, cue_forms, is_short_form, participle_subject, phrase_after, role_lead, speaker_after, speaker_before

_REACH = 200  # characters around a quotation searched for its cue and speaker
_ASIDE = 120  # characters of an aside between a cue and the rest of its quotation
_OBJECT = 6  # tokens between a cue and the comma before its quotation: "told his radio audience of Monday,"
_SPEAKER_REACH = 30  # tokens after a quotation within which its cue comes: a speaker with a long role


def match(ctx: Context) -> Iterator[Match]:
    text, sent = ctx.text, ctx.sentence
    forms = cue_forms()
    for q in ctx.quotations:
        if q.inner_end - q.inner_start < 2 or q.start < sent.start or q.end > sent.end or _is_title(text[q.inner_start : q.inner_end]):
            continue
        content = _run_of_quotes(ctx, q)
        after = ctx.tokens_within(q.end, q.end + _REACH)
        if after and after[0].text == ",":
            after = after[1:]
        inner_end = text[q.inner_start : q.inner_end].rstrip(" \t\n'’")  # "..., 'Meh, not now,'" he said: a quotation closes inside
        ends_open = inner_end[-1:] in ",?!." or text[q.end : q.end + 1] == ","
        if after and ends_open:
            found = _cue_after(after, forms)
            if found:
                speaker, cue = found
                rest = _continued(ctx, q, max(speaker[1], cue[1]))
                if rest is not None:  # “We will,” she said, “keep going.”: one quotation, split by its cue
                    content = (content[0], _run_of_quotes(ctx, rest)[1])
                lead = text[sent.start : q.start]
                if lead.strip() and not any(mark in lead for mark in quotemarks.DOUBLE_MARKS) and not lead.rstrip().endswith(":"):
                    # "Not paying taxes ''makes me smart,'' Trump said": the words before the quotation are his too
                    closing = next(r.end for r in ctx.quotations if r.inner_end == content[1])  # its closing mark
                    yield Match("speech", "quote-then-cue", speaker, cue, (sent.start, closing), "mixed")
                else:
                    yield Match("speech", "quote-then-cue", speaker, cue, content, "direct")
                continue
        found = _cue_before(ctx, q, forms)
        if found:
            speaker, cue = found
            yield Match("speech", "cue-then-quote", speaker, cue, content, "direct")
            continue
        signed = _dash_name(after)
        if signed:  # “We will not give up.” – Volodymyr Zelenskyy: no cue word, the dash signs it
            yield Match("speech", "quote-dash-name", signed, None, content, "direct")


def _dash_name(after: list[Token]) -> tuple[int, int] | None:
    """``– Name`` or ``— Name, title`` right after a closing mark, ending the sentence."""
    dashes = 0
    while dashes < len(after) and after[dashes].text in DASHES:  # a dash signs a quotation with its speaker's name: “...” – Name
        dashes += 1
    if not 1 <= dashes <= 2 or dashes >= len(after) or not after[dashes].text[:1].isupper():
        return None
    span = speaker_after(after, dashes)
    if span is None or not (span[1] == len(after) or after[span[1]].text in {",", ".", "(", ")"}):
        return None
    return after[span[0]].start, after[span[1] - 1].end


def _cue_before(ctx: Context, q: Quotation, forms: dict[str, str]) -> tuple[tuple[int, int] | None, tuple[int, int, str]] | None:
    """``Zelenskyy said: “...”``, ``Said Ellis: “...”``, or with the cue's object or a phrase between them
    (``Mook told CBS, “...”``, ``The businessman says of Clinton, “...”``); a participle
    (``..., saying, “...”``) speaks for the sentence's subject."""
    toks = ctx.tokens
    k = next((k for k, t in enumerate(toks) if t.start == q.start), None)
    if k is None or k < 2 or toks[k - 1].text not in {":", ","}:
        return None
    for j in range(k - 2, max(-1, k - 2 - _OBJECT), -1):
        tok = toks[j]
        if not tok.text[:1].isalnum() and j < k - 2:
            return None  # past the clause
        if tok.lower == "that":
            return None  # "said via email that, “...” against ...": reported speech with a quotation in it
        if tok.lower not in forms or (j > 0 and tok.text[:1].isupper()):
            continue
        span = speaker_before(toks, j)
        inverted = speaker_after(toks, 1) if j == 0 else None  # "Said Ellis: “...”"
        if inverted and inverted[1] == k - 1:
            speaker = (toks[inverted[0]].start, toks[inverted[1] - 1].end)
        elif span:
            speaker = (toks[span[0]].start, toks[span[1] - 1].end)
        elif tok.lower.endswith("ing") and j > 0 and toks[j - 1].text == ",":
            # the sentence's subject, or, after another cue ("..., Trump said, adding later, “...”"),
            # the pipeline gives it that claim's speaker
            speaker = participle_subject(toks, j, forms)
        else:
            return None
        return speaker, (tok.start, tok.end, forms[tok.lower])
    return None


def _is_title(inner: str) -> bool:
    """Whether a quotation reads as a title (``“Fox News Sunday,”``, ``“A Change Is Gonna Come”``):
    two or more words, each capitalized but the small ones, and no stop of a sentence."""
    words = re.findall(r"[^\W\d_][\w’'-]*", inner)
    capitalized = [w for w in words if w[:1].isupper()]
    return len(capitalized) >= 2 and all(w[:1].isupper() or w.lower() in _small_words() for w in words) and inner.rstrip(" ,")[-1:] not in ".?!"


@cache
def _small_words() -> frozenset[str]:
    """Words a title leaves in lower case: ``of``, ``the``, ``and``."""
    return lexicon.words("prepositions") | lexicon.words("determiners") | lexicon.words("name_connectors")


@cache
def _phrase_openers() -> frozenset[str]:
    """Lower-case words a speaker phrase after a quotation may start with: ``she``, ``the``, ``one``."""
    return frozenset(lexicon.table("pronouns")) | lexicon.words("determiners") | lexicon.words("quantifiers")


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
    past an aside about the speaker (``..., Tester said, referring to the excuse, “...”``)
    or a phrase of the cue's (``..., Lee said during a rally in Ohio, “...”``)."""
    following = next((q for q in ctx.quotations if q.start >= after_cue), None)
    if following is None or following.end > ctx.sentence.end:
        return None
    gap = ctx.text[after_cue : following.start]
    # the aside is set off by commas, or goes on from the cue ("said during a rally in Kenansville, N.C.,")
    opens = gap.startswith(",") or gap[:1] == " " and gap[1:2].islower()
    recued = any(t.lower in cue_forms() for t in ctx.tokens_within(after_cue, following.start))  # ", adding later, “...”": a claim of its own
    return following if opens and not recued and gap.rstrip().endswith(",") and len(gap) <= _ASIDE else None


def _cue_after(after: list, forms: dict[str, str]) -> tuple[tuple[int, int], tuple[int, int, str]] | None:
    """``Zelenskyy said`` or ``said Zelenskyy`` right after the closing mark."""
    first = after[0]
    if first.text in forms:  # lower case: "Said" after a quotation is a name
        span = speaker_after(after, 1) or phrase_after(after, 1)  # "said Zelenskyy", "said one source on the panel"
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
            # not a verb: “Arrogant,” features a report; but a role before a name: “...,” retired general Lloyd Newton said
            opener = after[0].text[:1].isupper() or after[0].lower in _phrase_openers() or bool(span and role_lead(after, 0) >= max(span[0], 1))
            if span and opener and all(t.text[:1].isalnum() for t in after[: span[0]]):
                # "IMF chief economist Maury Obstfeld said", "Michael McFaul, a senior fellow at ..., said"
                return (after[0].start, after[span[1] - 1].end), (tok.start, tok.end, forms[tok.lower])
            # no speaker before it: a noun such as "states" in "one of the states suing, said"
    return None
