"""Has this been checked already? Claims matched against an archive of fact-checks.

Each claim of the inputs (what ``extract`` finds: every claim but a non-answer, and every
statement with a figure), or with ``whole`` each document as one claim (a post, a
headline), is looked up in the archive's index (claimledger.archive_index): the
fact-checks with the best BM25 score over the claim's terms (claimledger.terms), whose
score is then multiplied by what they share beyond words (claimledger.reasons: the same
figure, the same speaker, another time). Each result says why: the words, figures, dates
and speaker the fact-check shares with the claim. A whole document's figures, dates and
speakers are read only as far as its candidates can share them: ``extract`` whole when one of
them names a speaker the document names too, else its sentences' figures and dates when one of
them has some, else nothing.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from claimledger import dates, quantities, sentences, terms
from claimledger.archive import ArchiveFormat
from claimledger.archive_index import Entry, Index, open_index
from claimledger.database import is_database
from claimledger.ledger import read_records
from claimledger.pipeline import Document, extract_document, extract_stream
from claimledger.reasons import HIGHEST, LOWEST, Features, Shared, compare
from claimledger.records import Doc, claim_id, text_sha256
from claimledger.sources import InputFormat, LargeDocument, Problem, read

CANDIDATES = 30  # fact-checks re-ranked for each claim: the lexical best, of which the top are kept
_MATCHED_KINDS = ("speech", "attribution", "denial")  # a no_comment claims nothing


@dataclass(frozen=True, slots=True)
class Query:
    """One claim to look up: its id and document as a ledger gives them, its text, what extract found,
    and the words looked up (the text, with the speaker's name before a claim's content).

    A whole document's query (``document_query``) holds the ``document`` instead of its features
    until it is matched: then only what its candidates can share with it is read (``Matcher.match``)."""

    id: str
    doc: dict[str, Any]
    text: str
    features: Features
    lookup: str
    document: Document | None = None  # features still to read, anchored on ``anchor``
    anchor: dt.date | None = None


@dataclass(frozen=True, slots=True)
class Match:
    id: str  # the fact-check's identifier, else its url
    score: float
    claim_reviewed: str
    url: str | None
    rating: str | None
    terms: list[str]  # the fact-check's words that the claim has too
    figures: list[str]
    periods: list[str]
    speaker: str | None

    def to_dict(self) -> dict[str, Any]:
        why = {"terms": self.terms, "figures": self.figures, "periods": self.periods, "speaker": self.speaker}
        return {"id": self.id, "score": self.score, "claimReviewed": self.claim_reviewed, "url": self.url, "rating": self.rating, "why": why}


@dataclass(frozen=True, slots=True)
class Result:
    query: Query
    matches: list[Match]

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.query.id, "doc": self.query.doc, "text": self.query.text, "matches": [m.to_dict() for m in self.matches]}

    def to_json(self) -> str:
        """One output line, without its newline."""
        return json.dumps(self.to_dict(), ensure_ascii=False, separators=(",", ":"))


class Matcher:
    """Looks claims up in one open index."""

    def __init__(self, index: Index, top: int = 5, min_score: float = 0.0) -> None:
        self.index = index
        self.top = top
        self.min_score = min_score
        self._vocabulary = (index.vocabulary, index.words)

    def match(self, query: Query) -> Result:
        """The best fact-checks for one claim, at most ``top``, none under ``min_score``."""
        wanted = set(terms.terms(query.lookup, self._vocabulary, self.index.stems))
        found = self.index.search(wanted, CANDIDATES) if wanted else []
        if len(found) > self.top:  # only these can rank among the top once multiplied (claimledger.reasons)
            bar = found[self.top - 1][1] * LOWEST / HIGHEST
            found = [(n, score) for n, score in found if score >= bar]
        entries = self.index.entries(n for n, _ in found) if found else {}
        if query.document is not None:
            query = replace(query, features=_document_features(query.document, query.anchor, list(entries.values())), document=None, anchor=None)
        scored = []
        for n, score in found:
            entry = entries[n]
            shared = compare(query.features, Features(entry.quantities, entry.dates, entry.speakers))
            scored.append((round(score * shared.factor, 4), n, entry, shared))
        scored.sort(key=lambda s: (-s[0], s[1]))  # equal scores in archive order
        kept = [s for s in scored if s[0] >= self.min_score][: self.top]
        texts = [_text(entry) for _, _, entry, _ in kept]
        known = self.index.stems({w for text in texts for w in terms.words(text)})  # one look-up for every match's words
        return Result(query, [_match(score, entry, shared, terms.shared(text, wanted, lambda _: known)) for (score, _, entry, shared), text in zip(kept, texts)])


def _text(entry: Entry) -> str:
    """The text of a fact-check that its terms come from."""
    return f"{entry.fact_check.claim}\n{entry.fact_check.headline or ''}"


def _match(score: float, entry: Entry, shared: Shared, common: list[str]) -> Match:
    check = entry.fact_check
    return Match(check.id, score, check.claim, check.url, check.rating, common, shared.figures, shared.periods, shared.speaker)


def queries(
    inputs: list[str],
    input_format: InputFormat | str = "auto",
    whole: bool = False,
    ref_date: dt.date | None = None,
    stdin: Any = None,
) -> Iterator[Query | Problem]:
    """The claims to look up in ``inputs`` (files, folders, globs, ``-``): texts, JSONL documents,
    web pages, or ledgers (``input_format`` ``ledger``, a ``.jsonl`` file of records, or a ``.db``
    that ``claimledger db`` made)."""
    for name in inputs:
        if input_format == "ledger" or (input_format == "auto" and _is_ledger(name)):
            yield from _ledger_queries(name, stdin)
            continue
        for item in read([name], input_format):  # type: ignore[arg-type]
            if isinstance(item, Problem):
                yield item
            elif whole:
                yield document_query(item, ref_date)
            else:
                claims = extract_stream(item.chunks(), item.id, item.sha256, item.published or ref_date) if isinstance(item, LargeDocument) else extract_document(item, ref_date)
                yield from claim_queries(c.to_dict() for c in claims)


def _is_ledger(name: str) -> bool:
    """A ``.jsonl`` file whose first line is a ledger record (it has a kind and a content), or a
    ledger database (``claimledger db``), whose records are read back in order."""
    if Path(name).is_file() and is_database(name):
        return True
    if not name.endswith(".jsonl") or not Path(name).is_file():
        return False
    with open(name, encoding="utf-8-sig") as fh:
        first = next((line for line in fh if line.strip()), "")
    try:
        value = json.loads(first)
    except json.JSONDecodeError:
        return False
    return isinstance(value, dict) and "kind" in value and isinstance(value.get("content"), dict)


def _ledger_queries(name: str, stdin: Any) -> Iterator[Query | Problem]:
    problems: list[str] = []
    try:
        yield from claim_queries(read_records(name, problems, stdin))
    except OSError as e:
        yield Problem(name, e.strerror or str(e))
    for problem in problems:  # "LEDGER:LINE: why; skipped" or "LEDGER: why"
        where = re.match(rf"{re.escape(name)}(?::\d+)?", problem)
        end = where.end() if where else 0
        yield Problem(problem[:end], problem[end + 2 :])


def claim_queries(records: Iterable[dict[str, Any]]) -> Iterator[Query]:
    """A query for each claim of a ledger (or of ``extract``) that claims something: every kind but
    a non-answer, and statements only when they carry a figure."""
    for r in records:
        kind = r.get("kind")
        if kind in _MATCHED_KINDS or (kind == "statement" and r.get("quantities")):
            speaker = r.get("speaker") or {}
            text = (r.get("content") or {}).get("text") or ""
            features = Features(list(r.get("quantities") or []), list(r.get("dates") or []), [speaker["key"]] if speaker.get("key") else [])
            lookup = f"{speaker['name']}: {text}" if speaker.get("name") else text
            yield Query(str(r.get("id")), dict(r.get("doc") or {}), text, features, lookup)


def document_query(document: Document | LargeDocument, ref_date: dt.date | None = None) -> Query:
    """A whole document as one claim: its text, and what ``extract`` finds in it (read when it is matched)."""
    if isinstance(document, LargeDocument):
        document = Document(document.id, "".join(document.chunks()), document.published)
    published = document.published or document.page_date
    doc = Doc(document.id, text_sha256(document.text), document.url, document.title, published.isoformat() if published else None)
    shown = {k: v for k, v in asdict(doc).items() if v is not None}
    return Query(claim_id(doc, "document", [(0, len(document.text))]), shown, document.text, Features(), document.text, document, ref_date)


def _document_features(document: Document, ref_date: dt.date | None, candidates: list[Entry]) -> Features:
    """What ``extract`` finds in a whole document that the candidates can share with it: all its claims'
    figures, dates and speakers (claimledger.reasons), each read only when one of them could count.

    Speakers need the whole of ``extract``, and only when a candidate's speaker key is made of words
    the document has (a speaker's name is written in it). Figures and dates are those of every
    sentence, as ``extract`` puts them on the document's claims; they are read only when a
    candidate has some."""
    said = set(terms.words(f"{document.text}\n{document.title or ''}"))
    if any(set(terms.words(key)) <= said for entry in candidates for key in entry.speakers):
        return extracted_features(document, ref_date)
    if not any(entry.quantities or entry.dates for entry in candidates):
        return Features()
    text, anchor = document.text, document.anchor(ref_date)
    found = Features()
    for sentence in sentences.split(text):
        if sentences.is_prose(text[sentence.start : sentence.end]):  # as extract reads them
            found_d = dates.find(text, sentence.start, sentence.end, anchor)
            found.dates.extend(asdict(d) for d in found_d)
            found.quantities.extend(
                asdict(q) for q in quantities.find(text, sentence.start, sentence.end) if not any(q.start < d.end and d.start < q.end for d in found_d)
            )
    return found


def extracted_features(document: Document, ref_date: dt.date | None = None) -> Features:
    """Everything ``extract`` finds in a whole document: its claims' quantities, dates and speaker keys."""
    features = Features()
    for claim in extract_document(document, ref_date):
        record = claim.to_dict()
        features.quantities.extend(record["quantities"])
        features.dates.extend(record["dates"])
        key = (record["speaker"] or {}).get("key")
        if key and key not in features.speakers:
            features.speakers.append(key)
    return features


def match(
    claims: str | Iterable[str | Document | dict[str, Any]],
    archive: str | Path,
    *,
    whole: bool = False,
    top: int = 5,
    min_score: float = 0.0,
    ref_date: dt.date | str | None = None,
    index: str | Path | None = None,
    archive_format: ArchiveFormat = "auto",
    columns: Mapping[str, str] | None = None,
    progress: Callable[[int], None] | None = None,
) -> list[Result]:
    """The fact-checks of ``archive`` that each claim may repeat, best first.

    ``claims`` is a text, or texts, ``Document``s and ledger records: the claims ``extract``
    finds in each text or document are matched, or with ``whole`` each text as one claim.
    The archive is indexed on first use (claimledger.archive_index); ``columns`` maps fields
    to the columns of a CSV archive (``{"claimReviewed": "claim"}``).
    """
    anchor = dt.date.fromisoformat(ref_date) if isinstance(ref_date, str) else ref_date
    items = [claims] if isinstance(claims, str) else list(claims)
    opened = open_index(archive, index, archive_format, columns, progress)
    try:
        matcher = Matcher(opened, top, min_score)
        found: list[Result] = []
        for number, item in enumerate(items):
            if isinstance(item, dict):
                found += [matcher.match(q) for q in claim_queries([item])]
                continue
            document = item if isinstance(item, Document) else Document(str(number) if len(items) > 1 else "-", item)
            if whole:
                found.append(matcher.match(document_query(document, anchor)))
            else:
                found += [matcher.match(q) for q in claim_queries(c.to_dict() for c in extract_document(document, anchor))]
        return found
    finally:
        opened.close()


