"""Denials and non-confirmations: ``X denied ...``, ``X did not confirm ...``,
``X rejected claims that ...``, ``X declined to comment``.

The speaker is found as for reported speech; the content is what was denied,
after the cue and any ``claims that`` / ``reports that``. A refusal with nothing
after it (``declined to comment.``) has the refusal itself as its content.
Not handled yet: denials inside quotes, and ``X said it was not true``.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from claimledger import lexicon
from claimledger.matchers import Context, Match
from claimledger.matchers.phrases import BE, Token, content_after, content_stops, cue_forms, inflections, speaker_before


def match(ctx: Context) -> Iterator[Match]:
    toks = ctx.tokens
    openers = _openers()
    stops: list[int] | None = None  # where content ends, found at the first denial
    for i in range(len(toks)):
        if toks[i].lower not in openers and not toks[i].lower.endswith(("n’t", "n't")):
            continue
        cue = _cue(toks, i)
        if cue is None:
            continue
        first, last, lemma = cue
        speaker = speaker_before(toks, first)
        if speaker is None:
            continue
        if stops is None:
            stops = content_stops(toks, cue_forms(), set())  # "did not identify a location in his remarks"
        content = content_after(toks, last + 1, stops, lemma.split()[-1], object_first=True, shortest=2) or (toks[first].start, toks[last].end)  # "denied reports that"
        yield Match(
            "denial",
            "denial",
            (toks[speaker[0]].start, toks[speaker[1] - 1].end),
            (toks[first].start, toks[last].end, lemma),
            content,
            "indirect",
        )


def triggers() -> frozenset[str]:
    """The words a denial needs (besides a word ending in n't): a denying or declining verb, or a negation."""
    return frozenset(_forms("denial_verbs")) | frozenset(_forms("declining_verbs")) | lexicon.words("negations")


@cache
def _forms(name: str) -> dict[str, str]:
    """Every form of the verbs of a list file, irregular ones too (``said``)."""
    lemmas = lexicon.words(name)
    irregular = {form: lemma for form, lemma in lexicon.table("verb_forms").items() if lemma in lemmas}
    return {form: lemma for lemma in lemmas for form in inflections(lemma)} | irregular


@cache
def _openers() -> frozenset[str]:
    """Words a denial cue can start with, to skip the rest quickly."""
    return frozenset(_forms("denial_verbs")) | frozenset(_forms("declining_verbs")) | lexicon.words("auxiliaries") | BE


def _cue(toks: list[Token], i: int) -> tuple[int, int, str] | None:
    """(first token, last token, lemma) of a denial cue starting at token ``i``."""
    word = toks[i].lower
    denials = _forms("denial_verbs")
    if word in denials:
        return i, i, denials[word]
    withheld = _forms("withheld_verbs")
    negations = lexicon.words("negations")
    auxiliaries = lexicon.words("auxiliaries")
    # "did not confirm", "would not comment", "did not immediately respond"
    if word in auxiliaries and i + 2 < len(toks) and toks[i + 1].lower in negations:
        k = _past_adverb(toks, i + 2)
        if k < len(toks) and toks[k].lower in withheld:
            return i, k, "not " + withheld[toks[k].lower]
    # "didn’t confirm": one token
    stem = word[:-3] if word.endswith(("n’t", "n't")) else None
    if stem in auxiliaries:
        k = _past_adverb(toks, i + 1)
        if k < len(toks) and toks[k].lower in withheld:
            return i, k, "not " + withheld[toks[k].lower]
    # "is not saying", "isn't commenting": the progressive
    k = i + 2 if word in BE and i + 1 < len(toks) and toks[i + 1].lower in negations else i + 1 if stem in BE else None
    if k is not None:
        k = _past_adverb(toks, k)
        if k < len(toks) and toks[k].lower.endswith("ing") and toks[k].lower in withheld:
            return i, k, "not " + withheld[toks[k].lower]
    declining = _forms("declining_verbs")
    if word in declining and i + 2 < len(toks) and toks[i + 1].lower == "to" and toks[i + 2].lower in withheld:
        return i, i + 2, f"{declining[word]} to {withheld[toks[i + 2].lower]}"
    return None


def _past_adverb(toks: list[Token], k: int) -> int:
    """Token ``k``, or the one after it when ``k`` is an adverb ("did not immediately respond")."""
    return k + 1 if k + 1 < len(toks) and toks[k].lower.endswith("ly") and toks[k].text.isalpha() else k
