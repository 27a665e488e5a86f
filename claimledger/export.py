"""A ledger in the formats fact-checkers publish with: ``claimledger export``.

- ``claim``: one schema.org ``Claim`` (JSON-LD) per claim: its ``text``, its ``author`` (a
  ``Person`` or an ``Organization`` with the canonical name), its ``appearance`` (the article,
  with its url and ``datePublished`` when known) and its ``firstAppearance`` when the ledger
  holds the same claim by the same source in an article published earlier.
- ``claimreview``: one schema.org ``ClaimReview`` draft per claim, that Claim as its
  ``itemReviewed``: what the checker publishes (its ``url``, ``datePublished`` and the
  rating's ``alternateName``) is left null for the checker to fill, or the rating given.
- ``annotation``: one W3C Web Annotation per claim, whose target selects the claim's
  content in the source text with a ``TextQuoteSelector`` (exact, prefix, suffix) and a
  ``TextPositionSelector``, so an annotation client can anchor it on the page.
- ``csv``: one row per claim with flat columns, or one per quantity or date
  (``--table``), for a spreadsheet.

Plain Python over record dicts; each function yields what one output line (or row) holds.
"""

from __future__ import annotations

import base64
import datetime as dt
import re
import uuid
from collections.abc import Iterable, Iterator
from typing import Any

from claimledger import identity, lexicon
from claimledger.query import published

SCHEMA_ORG = "https://schema.org"
ANNOTATION_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
_QUOTE_CONTEXT = 32  # characters of prefix and suffix, as annotation clients take them
_CLAIMS = ("speech", "attribution", "denial", "statement")  # a no_comment claims nothing
_ANNOTATION_IDS = uuid.UUID("6f1c1a4e-52b8-4d8e-9d43-6c0b2f5e7a10")  # the namespace of claimledger's annotation ids
_FOLD = re.compile(r"[^\w]+")


def claim_text(record: dict[str, Any]) -> str:
    """What the source claimed: the content; for a denial the sentence, since its content is what was denied."""
    if record.get("polarity") == "deny":
        return str(record["sentence"]["text"])
    return str(record["content"]["text"])


def author(record: dict[str, Any]) -> dict[str, str] | None:
    """The speaker as a schema.org Person or Organization, or None without a canonical name.
    An organization is a name with an organization's head noun (data/org_heads.txt: ``ministry``, ``police``)."""
    name = (record.get("speaker") or {}).get("name")
    if not name:
        return None
    words = {w.casefold() for w in re.findall(r"[^\W\d_]+", name)}
    kind = "Organization" if words & lexicon.words("org_heads") else "Person"
    return {"@type": kind, "name": name}


def web_url(doc: dict[str, Any]) -> str | None:
    """A document's url when it is a web address (http or https); a ``javascript:``, ``data:`` or
    ``file:`` url would run or open something where the export is read, and is left out."""
    url = doc.get("url")
    return url if isinstance(url, str) and _WEB_URL.match(url) else None


def _appearance(doc: dict[str, Any]) -> dict[str, Any]:
    work: dict[str, Any] = {"@type": "CreativeWork"}
    for prop, value in (("url", web_url(doc)), ("headline", doc.get("title")), ("datePublished", doc.get("published"))):
        if value:
            work[prop] = value
    if "url" not in work:
        work["identifier"] = doc.get("id")
    return work


def _same_claim(record: dict[str, Any]) -> tuple[str, str]:
    """What makes two records one claim repeated: the source's identity and the words of the claim."""
    return identity.of_record(record) or "", _FOLD.sub(" ", claim_text(record).casefold()).strip()


def claims(records: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """One schema.org Claim per claim (a no_comment claims nothing), in ledger order."""
    claims = [r for r in records if r.get("kind") in _CLAIMS]
    first: dict[tuple[str, str], tuple[dt.date, dict[str, Any]]] = {}
    for r in claims:
        day = published(r)
        key = _same_claim(r)
        if day is not None and key[0] and (key not in first or day < first[key][0]):
            first[key] = (day, r)
    for r in claims:
        claim: dict[str, Any] = {"@context": SCHEMA_ORG, "@type": "Claim", "identifier": r.get("id"), "text": claim_text(r)}
        who = author(r)
        if who:
            claim["author"] = who
        claim["appearance"] = _appearance(r.get("doc") or {})
        day = published(r)
        earliest = first.get(_same_claim(r))
        if earliest is not None and day is not None and earliest[0] < day:
            claim["firstAppearance"] = _appearance(earliest[1].get("doc") or {})
        yield claim


def claimreviews(records: Iterable[dict[str, Any]], rating: str | None = None) -> Iterator[dict[str, Any]]:
    """One schema.org ClaimReview draft per claim, in ledger order: the review's own ``url`` and
    ``datePublished`` are the checker's to fill, and so is the rating unless ``rating`` gives it
    (``reviewRating.alternateName``, the verdict as the checker words it: "False", "Misleading")."""
    for claim in claims(records):
        reviewed = {k: v for k, v in claim.items() if k != "@context"}
        yield {
            "@context": SCHEMA_ORG,
            "@type": "ClaimReview",
            "identifier": claim["identifier"],
            "claimReviewed": claim["text"],
            "itemReviewed": reviewed,
            "reviewRating": {"@type": "Rating", "alternateName": rating},
            "url": None,
            "datePublished": None,
        }


def _source(doc: dict[str, Any]) -> str:
    """The annotated document's IRI: its url, else a name of its text's hash (RFC 6920)."""
    url = web_url(doc)
    if url:
        return url
    digest = bytes.fromhex(str(doc.get("sha256")))
    return "ni:///sha-256;" + base64.urlsafe_b64encode(digest).decode("ascii").rstrip("=")


def selectors(record: dict[str, Any]) -> list[dict[str, Any]]:
    """A TextQuoteSelector and a TextPositionSelector for the claim's content. Prefix and
    suffix come from its sentence, which the record holds; positions are into the text
    claimledger read (a web page's article text, not its markup)."""
    sentence, content = record["sentence"], record["content"]
    at = content["start"] - sentence["start"]
    text = sentence["text"]
    prefix = text[max(0, at - _QUOTE_CONTEXT) : at]
    end = at + len(content["text"])
    suffix = text[end : end + _QUOTE_CONTEXT]
    return [
        {"type": "TextQuoteSelector", "exact": content["text"], "prefix": prefix, "suffix": suffix},
        {"type": "TextPositionSelector", "start": content["start"], "end": content["end"]},
    ]


def annotation(records: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """One W3C Web Annotation per record, in ledger order: the claim described, its content selected."""
    for r in records:
        speaker = r.get("speaker") or {}
        who = speaker.get("name") or speaker.get("text")
        cue = (r.get("cue") or {}).get("lemma")
        described = " · ".join(str(p) for p in (r.get("kind"), who, cue) if p)
        body: list[dict[str, Any]] = [
            {"type": "TextualBody", "purpose": "describing", "value": described, "format": "text/plain"},
            {"type": "TextualBody", "purpose": "tagging", "value": str(r.get("kind"))},
        ]
        if who:
            body.append({"type": "TextualBody", "purpose": "tagging", "value": str(who)})
        yield {
            "@context": ANNOTATION_CONTEXT,
            "id": f"urn:uuid:{uuid.uuid5(_ANNOTATION_IDS, str(r.get('id')))}",
            "type": "Annotation",
            "motivation": "describing",
            "body": body,
            "target": {"source": _source(r.get("doc") or {}), "selector": selectors(r)},
        }


CLAIM_COLUMNS = ("id", "document", "url", "date", "kind", "polarity", "speaker", "name", "key", "role", "cue", "content", "quantity", "value", "unit", "sentence")
QUANTITY_COLUMNS = ("claim", "document", "date", "name", "text", "value", "low", "high", "qualifier", "bound", "unit", "count_of", "si_value", "si_unit", "start", "end")
DATE_COLUMNS = ("claim", "document", "date", "name", "text", "value", "granularity", "timex", "first", "last", "start", "end")
TABLES = {"claims": CLAIM_COLUMNS, "quantities": QUANTITY_COLUMNS, "dates": DATE_COLUMNS}
_FORMULA = ("=", "+", "-", "@", "\t", "\r")  # a spreadsheet runs a cell that starts with one of these
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_QUOTED = re.compile(r'[,"\r\n]')  # RFC 4180: a field with one of these is quoted
_WEB_URL = re.compile(r"https?://", re.IGNORECASE)


def _claim_row(r: dict[str, Any]) -> dict[str, Any]:
    doc, speaker = r.get("doc") or {}, r.get("speaker") or {}
    first = (r.get("quantities") or [{}])[0]
    return {
        "id": r.get("id"),
        "document": doc.get("id"),
        "url": web_url(doc),
        "date": doc.get("published"),
        "kind": r.get("kind"),
        "polarity": r.get("polarity"),
        "speaker": speaker.get("text"),
        "name": speaker.get("name"),
        "key": identity.of_record(r),
        "role": speaker.get("role"),
        "cue": (r.get("cue") or {}).get("lemma"),
        "content": (r.get("content") or {}).get("text"),
        "quantity": first.get("text"),
        "value": first.get("value"),
        "unit": first.get("unit"),
        "sentence": (r.get("sentence") or {}).get("text"),
    }


def _span_rows(r: dict[str, Any], field: str) -> Iterator[dict[str, Any]]:
    doc = r.get("doc") or {}
    base = {"claim": r.get("id"), "document": doc.get("id"), "date": doc.get("published"), "name": (r.get("speaker") or {}).get("name")}
    for item in r.get(field) or ():
        row = {**base, **{k: v for k, v in item.items() if not isinstance(v, dict)}}
        if field == "quantities":
            si = item.get("si") or {}
            row.update(si_value=si.get("value"), si_unit=si.get("unit"))
        else:
            period = item.get("period") or {}
            row.update(first=period.get("first"), last=period.get("last"))
        yield row


def rows(records: Iterable[dict[str, Any]], table: str = "claims") -> Iterator[dict[str, Any]]:
    """The rows of one CSV table: ``claims`` (one per record), ``quantities`` or ``dates`` (one per span)."""
    for r in records:
        if table == "claims":
            yield _claim_row(r)
        else:
            yield from _span_rows(r, table)


def _cell(value: Any) -> str:
    """A cell as written (RFC 4180): text that a spreadsheet would run as a formula gets a leading
    apostrophe, on each of its lines too (a reader that breaks rows on a bare CR starts a row
    there), and then a field with a comma, quote, CR or LF is quoted. Numbers stay numbers (a
    negative value is no formula; 31, as the ledger's JSON reads, not 31.0)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if not isinstance(value, str):
        return str(value)
    lines = _LINE_BREAK.split(value)
    breaks = _LINE_BREAK.findall(value)
    guarded = ["'" + line if line.startswith(_FORMULA) else line for line in lines]
    text = "".join(part for pair in zip(guarded, [*breaks, ""]) for part in pair)
    return '"' + text.replace('"', '""') + '"' if _QUOTED.search(text) else text


def csv_lines(records: Iterable[dict[str, Any]], table: str = "claims") -> Iterator[str]:
    """The CSV text of a table, a header and then one line per row, columns in a fixed order."""
    columns = TABLES[table]
    yield ",".join(columns) + "\n"
    for row in rows(records, table):
        yield ",".join(_cell(row.get(k)) for k in columns) + "\n"
