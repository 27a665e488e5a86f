"""The extraction pipeline: text -> sentences -> matches -> records.

A pure function of (text, document id, reference date), so it maps over any
collection of documents, in one process or many.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from claimledger import __version__, dates, quantities, quotemarks, sentences
from claimledger.matchers import Context, Match, may_match, registry
from claimledger.matchers.phrases import tokens
from claimledger.quotemarks import Quotation
from claimledger.records import (
    Claim,
    Cue,
    DateMention,
    Doc,
    Extractor,
    Quantity,
    SentenceRef,
    Span,
    Speaker,
    claim_id,
    text_sha256,
)
from claimledger.sentences import Sentence
from claimledger.speakers import SpeakerResolver


@dataclass(frozen=True, slots=True)
class Document:
    id: str
    text: str
    published: dt.date | None = None  # given with the text (JSONL): wins over --ref-date
    page_date: dt.date | None = None  # found in a web page's metadata: anchors only without --ref-date
    url: str | None = None
    title: str | None = None

    def anchor(self, ref_date: dt.date | None) -> dt.date | None:
        """The date that relative dates in this document are anchored on."""
        return self.published or ref_date or self.page_date


def extract(
    text: str,
    doc_id: str = "-",
    ref_date: dt.date | str | None = None,
    *,
    url: str | None = None,
    title: str | None = None,
    published: dt.date | None = None,
) -> list[Claim]:
    """The claims in one document, in the order of the text.

    ``ref_date`` anchors relative dates ("on Tuesday", "next week"); without it
    they keep ``value: None``. The document's ``url``, ``title`` and ``published`` date
    (its own, not ``ref_date``) go into each record's ``doc``.
    """
    anchor = dt.date.fromisoformat(ref_date) if isinstance(ref_date, str) else ref_date
    doc = Doc(doc_id, text_sha256(text), url, title, published.isoformat() if published else None)
    return _claims_of(text, doc, anchor, SpeakerResolver())[0]


def extract_document(document: Document, ref_date: dt.date | None = None) -> list[Claim]:
    """The claims of a document read by claimledger.sources, anchored as ``Document.anchor`` says."""
    published = document.published or document.page_date
    return extract(document.text, document.id, document.anchor(ref_date), url=document.url, title=document.title, published=published)


def extract_stream(
    chunks: Iterable[str], doc_id: str, sha256: str, ref_date: dt.date | str | None = None
) -> Iterator[Claim]:
    """The claims of a document too big to hold in memory, given as consecutive chunks
    of its text that each end at a paragraph break; ``sha256`` is the whole text's.
    Offsets and sentence indexes are into the whole text, as ``extract`` gives them."""
    anchor = dt.date.fromisoformat(ref_date) if isinstance(ref_date, str) else ref_date
    doc = Doc(doc_id, sha256)
    resolver = SpeakerResolver()  # one document: speakers resolve across chunks
    base = sentence_base = 0
    for chunk in chunks:
        claims, n_sentences = _claims_of(chunk, doc, anchor, resolver)
        yield from (_shift(c, base, sentence_base) for c in claims)
        base += len(chunk)
        sentence_base += n_sentences


def _claims_of(
    text: str, doc: Doc, ref_date: dt.date | None, resolver: SpeakerResolver
) -> tuple[list[Claim], int]:
    """The claims of a text, and how many sentences it has."""
    quotes = quotemarks.find(text)
    quote_ends = [q.end for q in quotes]
    matchers = registry()
    claims: list[Claim] = []
    split = sentences.split(text)
    sentence_ends = [s.end for s in split]
    open_quote: Claim | None = None  # a quote whose sentence ends with its cue: “A,” she said.
    running = False  # and its quotation runs on into the next paragraph (quotemarks.Quotation.runs_on)
    for sent in split:
        first = bisect.bisect_right(quote_ends, sent.start)
        nearby = tuple(itertools.takewhile(lambda q: q.start < sent.end, itertools.islice(quotes, first, None)))
        sentence_ref = SentenceRef(sent.index, sent.start, sent.end, text[sent.start : sent.end])
        if not sentences.is_prose(sentence_ref.text):
            continue  # noise (base64, hex): no claim and no quantity
        found: list[Match] = []
        if may_match(sentence_ref.text, nearby):
            ctx = Context(text, sent, nearby, tokens(text, sent.start, sent.end))
            found = _select(m for matcher in matchers for m in matcher(ctx))
            found = [m for k, m in enumerate(found) if m.speaker or any(p.speaker for p in found[:k])]  # a participle needs a speaker before it
        resolver.learn_names(sentence_ref.text)
        found_q, found_d = _measure(text, sent.start, sent.end, ref_date)
        # Within a paragraph only: a streamed document is cut at line breaks, and its ledger must not change.
        same_paragraph = open_quote is not None and (running or "\n" not in text[open_quote.sentence.end : sent.start])
        going_on = _quote_sentence(text, sent, nearby) if open_quote and same_paragraph and not found else None
        if open_quote and going_on:
            # “A,” she said. “B.”: one quotation, cut by its cue; the claim spans both sentences.
            aside = going_on.start - open_quote.content.end
            if aside > (open_quote.content.end - open_quote.content.start) + (going_on.inner_end - going_on.inner_start):
                # “A,” said X, a long role. “B.”: when the aside is longer than the words quoted, two
                # claims, so that neither content is mostly the writer's
                claims.append(_sequel(text, open_quote, going_on, sentence_ref, found_q, found_d))
            else:
                last = split[min(bisect.bisect_left(sentence_ends, going_on.end), len(split) - 1)]  # the sentence it ends in
                claims[-1] = _continue(text, open_quote, going_on, max(sent.end, last.end), found_q, found_d)
            # a paragraph of a quotation of several paragraphs that runs on again: the next one continues it too
            open_quote, running = (claims[-1], True) if going_on.runs_on else (None, False)
            continue
        open_quote, running = None, False
        if not found:
            if found_q or found_d:
                claims.append(_statement(doc, sentence_ref, found_q, found_d))
            continue
        previous: Match | None = None
        for i, m in enumerate(found):
            speaker_span = m.speaker or (previous.speaker if previous else None)
            speaker = resolver.resolve(text[speaker_span[0] : speaker_span[1]], *speaker_span, text[sent.start : speaker_span[0]]) if speaker_span else None
            # A mention goes on the claim whose content holds it; one outside every content
            # ("On Tuesday, the staff announced") on the sentence's first claim, so none is lost.
            held = [c.content for c in found if c is not m]
            mine_q = [q for q in found_q if _holds(m.content, q) or (i == 0 and not any(_holds(h, q) for h in held))]
            mine_d = [d for d in found_d if _holds(m.content, d) or (i == 0 and not any(_holds(h, d) for h in held))]
            claims.append(_claim(text, doc, sentence_ref, m, speaker, mine_q, mine_d))
            previous = m
        last = found[-1]
        if last.rule == "quote-then-cue" and last.cue and last.speaker and _ends_with_cue(text[max(last.cue[1], last.speaker[1]) : sent.end]):
            open_quote = claims[-1]
        elif last.quote == "direct" and any(q.runs_on and q.inner_end == last.content[1] for q in nearby):
            open_quote, running = claims[-1], True  # Zelenskyy said: “We will not give up. [paragraph] “We will win.”
    return claims, len(split)


def _ends_with_cue(rest: str) -> bool:
    """Whether the rest of a quotation's sentence, after its cue and speaker, holds no other
    quotation (``said Sen. Ortiz (D-N.M.), who chairs the panel.``, ``she told reporters on
    Monday.``), so a quotation that opens the next sentence goes on with the same speaker."""
    return not any(mark in rest for mark in quotemarks.DOUBLE_MARKS)


def _quote_sentence(text: str, sent: Sentence, nearby: tuple[Quotation, ...]) -> Quotation | None:
    """The quotation that opens the sentence and reads as an utterance of its own: the whole
    sentence (“B.”), or one that holds a sentence stop (“B. C” for the top bracket.), if there is one."""
    for q in nearby:
        if q.start == sent.start and q.inner_end > q.inner_start:
            if not text[q.end : sent.end].strip() or any(stop in text[q.inner_start : q.inner_end] for stop in ".?!"):
                return q
    return None


def _continue(
    text: str, claim: Claim, rest: Quotation, sentence_end: int, found_q: list[Quantity], found_d: list[DateMention]
) -> Claim:
    """``claim`` with its content running on to the end of ``rest``, in the next sentence."""
    start = claim.sentence.start
    sentence = replace(claim.sentence, end=sentence_end, text=text[start:sentence_end])
    content = Span(text[claim.content.start : rest.inner_end], claim.content.start, rest.inner_end)
    return replace(
        claim,
        id=_identify(claim.doc, claim.kind, sentence, claim.speaker, claim.cue, content),
        sentence=sentence,
        content=content,
        quantities=claim.quantities + found_q,
        dates=claim.dates + found_d,
    )


def _sequel(
    text: str, claim: Claim, rest: Quotation, sent: SentenceRef, found_q: list[Quantity], found_d: list[DateMention]
) -> Claim:
    """The claim of a quotation that goes on ``claim`` after a long aside: its speaker and cue, its own words."""
    content = Span(text[rest.inner_start : rest.inner_end], rest.inner_start, rest.inner_end)
    return replace(
        claim,
        id=_identify(claim.doc, claim.kind, sent, claim.speaker, claim.cue, content),
        sentence=sent,
        content=content,
        quantities=found_q,
        dates=found_d,
        extractor=Extractor(__version__, "quote-sequel"),
    )


def extract_documents(documents: Iterable[Document], ref_date: dt.date | None = None) -> Iterator[list[Claim]]:
    """The claims of each document in turn, streaming; a document's ``published`` wins over ``ref_date``."""
    for document in documents:
        yield extract_document(document, ref_date)


def _select(matches: Iterable[Match]) -> list[Match]:
    """One claim per cue and per content: earlier matchers win; ordered by position."""
    chosen: list[Match] = []
    cues: set[tuple[int, int]] = set()
    taken: list[tuple[int, int]] = []  # the chosen contents: disjoint, so sorted by start they are sorted by end
    for m in matches:
        start, end = m.content
        if (m.cue and m.cue[:2] in cues) or end <= start:
            continue
        i = bisect.bisect_left(taken, (end,))  # the contents that start before this one ends
        if i > 0 and taken[i - 1][1] > start:
            continue  # the last of them ends after this one starts: they overlap
        taken.insert(i, (start, end))
        if m.cue:
            cues.add(m.cue[:2])
        chosen.append(m)
    return sorted(chosen, key=lambda m: (m.cue[0] if m.cue else m.content[0], m.content[0]))


def _claim(
    text: str,
    doc: Doc,
    sent: SentenceRef,
    m: Match,
    speaker: Speaker | None,
    found_q: list[Quantity],
    found_d: list[DateMention],
) -> Claim:
    start, end = m.content
    cue = Cue(text[m.cue[0] : m.cue[1]], m.cue[0], m.cue[1], m.cue[2]) if m.cue else None
    content = Span(text[start:end], start, end)
    return Claim(
        id=_identify(doc, m.kind, sent, speaker, cue, content),
        doc=doc,
        kind=m.kind,  # type: ignore[arg-type]
        sentence=sent,
        speaker=speaker,
        cue=cue,
        content=content,
        quote=m.quote,  # type: ignore[arg-type]
        polarity="deny" if m.kind == "denial" else "affirm",
        quantities=found_q,
        dates=found_d,
        extractor=Extractor(__version__, m.rule),
    )


def _measure(text: str, start: int, end: int, ref_date: dt.date | None) -> tuple[list[Quantity], list[DateMention]]:
    """The quantities and dates in a span; a number inside a date ("Oct. 31") is no quantity."""
    found_d = dates.find(text, start, end, ref_date)
    found_q = [q for q in quantities.find(text, start, end) if not any(q.start < d.end and d.start < q.end for d in found_d)]
    return found_q, found_d


def _identify(doc: Doc, kind: str, sent: SentenceRef, speaker: Speaker | None, cue: Cue | None, content: Span) -> str:
    """The claim's stable id, from its spans (a statement's is its sentence)."""
    if kind == "statement":
        return claim_id(doc, kind, [(sent.start, sent.end)])
    return claim_id(doc, kind, [(s.start, s.end) if s else None for s in (speaker, cue, content)])


def _shift(claim: Claim, base: int, sentence_base: int) -> Claim:
    """The claim of a chunk, with its offsets and sentence index into the whole text."""
    if base == 0 and sentence_base == 0:
        return claim

    def move(span):  # type: ignore[no-untyped-def]
        return replace(span, start=span.start + base, end=span.end + base) if span is not None else None

    def move_quantity(q: Quantity) -> Quantity:
        return replace(move(q), equivalent_of=move(q.equivalent_of), change=move(q.change))

    sentence = replace(move(claim.sentence), index=claim.sentence.index + sentence_base)
    speaker, cue, content = move(claim.speaker), move(claim.cue), move(claim.content)
    return replace(
        claim,
        id=_identify(claim.doc, claim.kind, sentence, speaker, cue, content),
        sentence=sentence,
        speaker=speaker,
        cue=cue,
        content=content,
        quantities=[move_quantity(q) for q in claim.quantities],
        dates=[move(d) for d in claim.dates],
    )


def _holds(content: tuple[int, int], mention: Quantity | DateMention) -> bool:
    return content[0] <= mention.start and mention.end <= content[1]


def _statement(doc: Doc, sent: SentenceRef, found_q: list[Quantity], found_d: list[DateMention]) -> Claim:
    """An unattributed sentence that carries a quantity or a date."""
    return Claim(
        id=_identify(doc, "statement", sent, None, None, Span(sent.text, sent.start, sent.end)),
        doc=doc,
        kind="statement",
        sentence=sent,
        speaker=None,
        cue=None,
        content=Span(sent.text, sent.start, sent.end),
        quote="none",
        polarity="affirm",
        quantities=found_q,
        dates=found_d,
        extractor=Extractor(__version__, "statement"),
    )
