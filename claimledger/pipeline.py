"""The extraction pipeline: text -> sentences -> matches -> records.

A pure function of (text, document id, reference date), so it maps over any
collection of documents, in one process or many.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from functools import partial

from claimledger import __version__, dates, hedges, quantities, quotemarks, sentences
from claimledger.matchers import Context, Match, registry
from claimledger.matchers.discourse import Denials, Discourse
from claimledger.matchers.engine import kind_of
from claimledger.quotemarks import Quotation
from claimledger.records import (
    POLARITY,
    Claim,
    Cue,
    DateMention,
    Doc,
    Extractor,
    Quantity,
    Relay,
    SentenceRef,
    Span,
    Speaker,
    claim_id,
    text_sha256,
)
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
    return _claims_of(text, doc, anchor, SpeakerResolver(), Denials())[0]


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
    resolver, denials = SpeakerResolver(), Denials()  # one document: speakers resolve across chunks
    base = sentence_base = 0
    before: Claim | None = None  # the speaker of the chunk before's last paragraph, in this chunk's offsets
    for chunk in chunks:
        claims, n_sentences, last = _claims_of(chunk, doc, anchor, resolver, denials, before)
        yield from (_shift(c, base, sentence_base) for c in claims)
        before = _shift(last, -len(chunk), 0) if last is not None else None
        base += len(chunk)
        sentence_base += n_sentences


def _claims_of(
    text: str, doc: Doc, ref_date: dt.date | None, resolver: SpeakerResolver, denials: Denials, before: Claim | None = None
) -> tuple[list[Claim], int, Claim | None]:
    """The claims of a text, how many sentences it has, and the last claim with a speaker of its
    last paragraph; ``resolver``, ``denials`` and ``before`` (the last claim with a speaker of the
    paragraph before the text) hold what the document said before it."""
    quotes = quotemarks.find(text)
    quote_ends = [q.end for q in quotes]
    matchers = registry()
    split = sentences.split(text)
    sentence_ends = [s.end for s in split]
    nearby: list[tuple[Quotation, ...]] = []
    found: list[list[Match]] = []
    prose: list[bool] = []
    for sent in split:
        first = bisect.bisect_right(quote_ends, sent.start)
        nearby.append(tuple(itertools.takewhile(lambda q: q.start < sent.end, itertools.islice(quotes, first, None))))
        prose.append(sentences.is_prose(text[sent.start : sent.end]))  # noise (base64, hex): no claim and no quantity
        found.append([m for matcher in matchers for m in matcher(Context(text, sent, nearby[-1]))] if prose[-1] else [])
    claims: list[Claim | None] = []
    # Quotation paragraphs whose speaker a later sentence names: (sentence, [(place in claims, how to make it)]).
    waiting: dict[int, list[tuple[int, Callable[[Claim | None], Claim | None]]]] = {}
    discourse = Discourse(text, split, found, nearby, before)
    resolver.read(text, [s for k, s in enumerate(split) if prose[k]])
    for k, sent in enumerate(split):
        discourse.enter(k)
        sentence_ref = SentenceRef(sent.index, sent.start, sent.end, text[sent.start : sent.end])
        if not prose[k]:
            continue
        resolver.enter(sent.start)
        found_q, found_d = _measure(text, sent.start, sent.end, ref_date)
        found_h = hedges.find(text, sent.start, sent.end, nearby[k]) if found[k] or found_q or found_d else []  # a hedge goes on a record
        follow = discourse.follows(k) if not found[k] else None
        said: Claim | None = None
        if follow is not None and follow.ahead is not None:
            waiting.setdefault(follow.ahead, []).append((len(claims), partial(_paragraph_of, doc, text, follow.quotation, sentence_ref, found_q, found_d)))
            claims.append(None)
        elif follow is not None and follow.how == "join":
            last = split[min(bisect.bisect_left(sentence_ends, follow.quotation.end), len(split) - 1)]  # the sentence it ends in
            said = claims[-1] = _continue(text, claims[-1], follow.quotation, max(sent.end, last.end), found_q, found_d)
        elif follow is not None and follow.how == "sequel":
            said = _sequel(text, claims[-1], follow.quotation, sentence_ref, found_q, found_d)
            claims.append(said)
        elif follow is not None:
            said = _paragraph(text, discourse.last, follow.quotation, sentence_ref, found_q, found_d)  # type: ignore[arg-type]
            claims.append(said)
        elif not found[k]:
            if found_q or found_d:
                claims.append(_statement(doc, sentence_ref, found_q, found_d, found_h))
        else:
            for i, m in enumerate(found[k]):
                if m.back:  # "Wages must rise. The union leader said this after the vote."
                    pointed = _pointed_back(text, split, k, found, prose, claims)
                    if pointed is None:
                        continue
                    m = replace(m, content=pointed)
                    if claims and claims[-1] is not None and claims[-1].kind == "statement" and claims[-1].sentence.index == split[k - 1].index:
                        before_claim = claims.pop()  # the sentence's figures go on the claim that points back at it
                        found_q, found_d = before_claim.quantities + found_q, before_claim.dates + found_d
                    start = split[k - 1].start
                    sentence_ref = SentenceRef(sent.index, start, sent.end, text[start : sent.end])
                speaker = resolver.resolve(text[m.speaker[0] : m.speaker[1]], *m.speaker, sent.start, sent.end) if m.speaker else None
                # A mention goes on the claim whose content holds it; one outside every content
                # ("On Tuesday, the staff announced") on the sentence's first claim, so none is lost.
                # (What the other claims hold is only asked of the first, and only if it has mentions to place.)
                held = [c.content for c in found[k][1:]] if i == 0 and (found_q or found_d) else []
                mine_q = [q for q in found_q if _holds(m.content, q) or (i == 0 and not any(_holds(h, q) for h in held))]
                mine_d = [d for d in found_d if _holds(m.content, d) or (i == 0 and not any(_holds(h, d) for h in held))]
                # A hedge goes on the claim whose speaker, cue and content reach over it, else on the first; no cue is a hedge.
                reaches = [_reach(c) for c in found[k][1:]] if i == 0 and found_h else []
                mine_h = [
                    h for h in found_h
                    if all(c.cue is None or c.cue[:2] != (h.start, h.end) for c in found[k])
                    and (_holds(_reach(m), h) or (i == 0 and not any(_holds(r, h) for r in reaches)))
                ]
                relay = resolver.relay(text, *m.relay, doc.url, m.relay_named) if m.relay else None
                said = _claim(text, doc, sentence_ref, m, speaker, relay, mine_q, mine_d, mine_h)
                claims.append(said)
        for place, make in waiting.pop(k, []):
            claims[place] = make(next((c for c in claims[len(claims) - len(found[k]) :] if c and c.quote == "direct" and c.speaker), None))
        discourse.heard(k, said, follow)
    for places in waiting.values():  # the sentence that was to name the speaker was no prose
        for place, make in places:
            claims[place] = make(None)
    found_claims = [c for c in claims if c is not None]
    denials.read(found_claims)
    return [_denial(c) if denials.goes_on(c) else c for c in found_claims], len(split), discourse.closing


def _pointed_back(
    text: str, split: list[sentences.Sentence], k: int, found: list[list[Match]], prose: list[bool], claims: list[Claim | None]
) -> tuple[int, int] | None:
    """The span of the sentence before sentence ``k``, that a claim points back at ("... said this",
    "made the remarks"), if it has no claim of its own and is no farther than the paragraph before."""
    if k == 0 or found[k - 1] or not prose[k - 1] or text.count("\n", split[k - 1].end, split[k].start) > 2:
        return None
    before = split[k - 1]
    if claims and claims[-1] is not None and claims[-1].sentence.index == before.index and claims[-1].kind != "statement":
        return None  # a quotation paragraph's claim: already someone's
    end = before.end
    while end > before.start and text[end - 1] in ".!? \t":
        end -= 1
    return before.start, end


def _denial(claim: Claim) -> Claim:
    """``claim`` as a denial (claimledger.matchers.discourse.Denials)."""
    return replace(
        claim, id=_identify(claim.doc, "denial", claim.sentence, claim.speaker, claim.cue, claim.content), kind="denial", polarity=POLARITY["denial"]
    )


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


def _paragraph_of(
    doc: Doc, text: str, quotation: Quotation, sent: SentenceRef, found_q: list[Quantity], found_d: list[DateMention], named: Claim | None
) -> Claim | None:
    """A quotation paragraph's claim once the claim that names its speaker is made; its figures
    as a statement if none was."""
    if named is not None:
        return _paragraph(text, named, quotation, sent, found_q, found_d)
    return _statement(doc, sent, found_q, found_d) if found_q or found_d else None


def _paragraph(
    text: str, before: Claim, quotation: Quotation, sent: SentenceRef, found_q: list[Quantity], found_d: list[DateMention]
) -> Claim:
    """The claim of a quotation paragraph with no cue of its own: the speaker of the paragraph before
    (claimledger.matchers.discourse), with no cue; a speech, unless what it says refutes."""
    content = Span(text[quotation.inner_start : quotation.inner_end], quotation.inner_start, quotation.inner_end)
    kind = kind_of(content.text, "speech")
    return Claim(
        id=_identify(before.doc, kind, sent, before.speaker, None, content),
        doc=before.doc,
        kind=kind,  # type: ignore[arg-type]
        sentence=sent,
        speaker=before.speaker,
        cue=None,
        content=content,
        quote="direct",
        polarity=POLARITY.get(kind, "affirm"),
        quantities=found_q,
        dates=found_d,
        extractor=Extractor(__version__, "quote-paragraph"),
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


def _claim(
    text: str,
    doc: Doc,
    sent: SentenceRef,
    m: Match,
    speaker: Speaker | None,
    relay: Relay | None,
    found_q: list[Quantity],
    found_d: list[DateMention],
    found_h: list[Span],
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
        polarity=POLARITY.get(m.kind, "affirm"),
        reported_by=relay,
        hedges=found_h,
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
        reported_by=move(claim.reported_by),
        hedges=[move(h) for h in claim.hedges],
        quantities=[move_quantity(q) for q in claim.quantities],
        dates=[move(d) for d in claim.dates],
    )


def _holds(content: tuple[int, int], mention: Quantity | DateMention | Span) -> bool:
    return content[0] <= mention.start and mention.end <= content[1]


def _reach(m: Match) -> tuple[int, int]:
    """From the first to the last character of a match's speaker, cue and content."""
    spans = [s[:2] for s in (m.speaker, m.cue, m.content) if s is not None]
    return min(a for a, _ in spans), max(b for _, b in spans)


def _statement(doc: Doc, sent: SentenceRef, found_q: list[Quantity], found_d: list[DateMention], found_h: list[Span]) -> Claim:
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
        hedges=found_h,
        quantities=found_q,
        dates=found_d,
        extractor=Extractor(__version__, "statement"),
    )
