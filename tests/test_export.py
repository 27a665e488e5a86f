"""claimledger export: the shapes of schema.org Claims, W3C Web Annotations and CSV tables."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from claimledger import export, extract
from claimledger.cli import app

DOCS = {
    "wire-1": (
        "2025-03-04",
        "https://wire.example/2025/03/04/port",
        "Port strike enters its third day",
        "Union leader Maria Okafor said 4,000 dockworkers had walked out. The Port Authority denied that ships were turned away.\n"
        "=SUM(A1) was written on a placard, the police said on Tuesday.",
    ),
    "wire-2": ("2025-03-06", None, None, "Union leader Maria Okafor said 4,000 dockworkers had walked out. Okafor declined to comment on pay."),
}


@pytest.fixture(scope="module")
def ledger() -> list[dict[str, Any]]:
    records = []
    for doc_id, (published, url, title, text) in DOCS.items():
        day = dt.date.fromisoformat(published)
        records += [c.to_dict() for c in extract(text, doc_id, day, url=url, title=title, published=day)]
    return records


def test_claims_are_schema_org_claims(ledger: list[dict[str, Any]]) -> None:
    claims = list(export.claims(ledger))
    claimed = [r for r in ledger if r["kind"] in ("speech", "attribution", "denial", "statement")]
    assert len(claims) == len(claimed)
    for claim, record in zip(claims, claimed):
        assert claim["@context"] == "https://schema.org" and claim["@type"] == "Claim"
        assert claim["identifier"] == record["id"]
        assert claim["text"] and claim["appearance"]["@type"] == "CreativeWork"
    first = claims[0]
    assert first["text"] == "4,000 dockworkers had walked out"
    assert first["author"] == {"@type": "Person", "name": "Maria Okafor"}
    assert first["appearance"] == {
        "@type": "CreativeWork",
        "url": "https://wire.example/2025/03/04/port",
        "headline": "Port strike enters its third day",
        "datePublished": "2025-03-04",
    }
    assert "firstAppearance" not in first


def test_claim_denial_text_and_organization(ledger: list[dict[str, Any]]) -> None:
    (denial,) = [c for c in export.claims(ledger) if c["text"].startswith("The Port Authority")]
    assert denial["text"] == "The Port Authority denied that ships were turned away."  # not what was denied
    assert denial["author"] == {"@type": "Organization", "name": "Port Authority"}


def test_claim_first_appearance_is_the_earlier_article(ledger: list[dict[str, Any]]) -> None:
    repeated = [c for c in export.claims(ledger) if c["text"] == "4,000 dockworkers had walked out"]
    assert [c["appearance"].get("identifier") for c in repeated] == [None, "wire-2"]  # no url: the document id
    assert repeated[1]["firstAppearance"]["url"] == "https://wire.example/2025/03/04/port"
    assert repeated[1]["firstAppearance"]["datePublished"] == "2025-03-04"


def test_claimreview_drafts_hold_the_claim_and_leave_the_verdict_to_fill(ledger: list[dict[str, Any]]) -> None:
    claims = list(export.claims(ledger))
    drafts = list(export.claimreviews(ledger))
    assert len(drafts) == len(claims)
    for draft, claim in zip(drafts, claims):
        assert draft["@context"] == "https://schema.org" and draft["@type"] == "ClaimReview"
        assert draft["identifier"] == claim["identifier"] and draft["claimReviewed"] == claim["text"]
        assert draft["itemReviewed"] == {k: v for k, v in claim.items() if k != "@context"}
        assert draft["reviewRating"] == {"@type": "Rating", "alternateName": None}
        assert (draft["url"], draft["datePublished"]) == (None, None)
    (rated,) = export.claimreviews(ledger[:1], rating="Misleading")
    assert rated["reviewRating"] == {"@type": "Rating", "alternateName": "Misleading"}


def test_a_claimreview_draft_is_an_archive_match_reads(ledger: list[dict[str, Any]], tmp_path: Path) -> None:
    """Drafts written by export go back in as a fact-check archive: a repeat of a claim finds its own review."""
    from claimledger import match

    archive = tmp_path / "reviews.jsonl"
    archive.write_text("".join(json.dumps(d) + "\n" for d in export.claimreviews(ledger, rating="False")), encoding="utf-8")
    (result,) = match("Posts say 4,000 dockworkers had walked out at the port.", archive, whole=True, index=tmp_path / "index.sqlite")
    best = result.matches[0]
    assert (best.claim_reviewed, best.rating) == ("4,000 dockworkers had walked out", "False")
    assert best.id in {r["id"] for r in ledger if r["content"]["text"] == "4,000 dockworkers had walked out"}


def test_no_comment_is_no_claim() -> None:
    record = {"kind": "no_comment", "id": "1" * 24, "content": {"text": "declined to comment"}}
    assert list(export.claims([record])) == []


def test_annotations_anchor_on_the_source_text(ledger: list[dict[str, Any]]) -> None:
    texts = {doc_id: text for doc_id, (*_, text) in DOCS.items()}
    annotations = list(export.annotation(ledger))
    assert len(annotations) == len(ledger)
    assert len({a["id"] for a in annotations}) == len(annotations)
    for a, record in zip(annotations, ledger):
        assert a["@context"] == "http://www.w3.org/ns/anno.jsonld"
        assert a["type"] == "Annotation" and a["id"].startswith("urn:uuid:")
        assert a["body"][0]["type"] == "TextualBody"
        quote, position = a["target"]["selector"]
        assert quote["type"] == "TextQuoteSelector" and position["type"] == "TextPositionSelector"
        text = texts[record["doc"]["id"]]
        start, end = position["start"], position["end"]
        assert text[start:end] == quote["exact"] == record["content"]["text"]
        assert text[:start].endswith(quote["prefix"]) and text[end:].startswith(quote["suffix"])
        assert text.count(quote["prefix"] + quote["exact"] + quote["suffix"]) == 1  # the quote alone finds it
    assert annotations[0]["target"]["source"] == "https://wire.example/2025/03/04/port"
    assert annotations[-1]["target"]["source"].startswith("ni:///sha-256;")  # no url: the text's hash (RFC 6920)


def test_annotation_ids_are_stable(ledger: list[dict[str, Any]]) -> None:
    assert [a["id"] for a in export.annotation(ledger)] == [a["id"] for a in export.annotation(ledger)]


def _table(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_csv_claims_have_fixed_columns(ledger: list[dict[str, Any]]) -> None:
    text = "".join(export.csv_lines(ledger))
    assert text.splitlines()[0] == "id,document,url,date,kind,polarity,speaker,name,key,role,cue,content,quantity,value,unit,sentence"
    rows = _table(text)
    assert len(rows) == len(ledger)
    first = rows[0]
    assert (first["document"], first["date"], first["kind"], first["name"], first["key"], first["role"]) == (
        "wire-1",
        "2025-03-04",
        "speech",
        "Maria Okafor",
        "maria okafor",
        "Union leader",
    )
    assert (first["quantity"], first["value"], first["unit"]) == ("4,000 dockworkers", "4000", "")


def test_csv_cells_that_a_spreadsheet_would_run_are_defused(ledger: list[dict[str, Any]]) -> None:
    rows = _table("".join(export.csv_lines(ledger)))
    (placard,) = [r for r in rows if "placard" in r["sentence"]]
    assert placard["sentence"].startswith("'=SUM(A1)")


@pytest.mark.parametrize(
    "table, header, count",
    [
        ("quantities", "claim,document,date,name,text,value,low,high,qualifier,bound,unit,count_of,si_value,si_unit,start,end", 2),
        ("dates", "claim,document,date,name,text,value,granularity,timex,first,last,start,end", 1),
    ],
)
def test_csv_tables_of_quantities_and_dates(ledger: list[dict[str, Any]], table: str, header: str, count: int) -> None:
    text = "".join(export.csv_lines(ledger, table))
    assert text.splitlines()[0] == header
    rows = _table(text)
    assert len(rows) == count
    assert all(r["claim"] in {rec["id"] for rec in ledger} for r in rows)


def test_csv_of_an_empty_ledger_is_its_header() -> None:
    assert "".join(export.csv_lines([], "dates")) == ",".join(export.DATE_COLUMNS) + "\n"


@pytest.fixture
def ledger_file(ledger: list[dict[str, Any]], tmp_path: Path) -> Path:
    path = tmp_path / "ledger.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in ledger), encoding="utf-8")
    return path


@pytest.mark.parametrize("to", ["claim", "claimreview", "annotation"])
def test_cli_writes_one_json_ld_object_per_line(ledger_file: Path, to: str) -> None:
    result = CliRunner().invoke(app, ["export", "--to", to, str(ledger_file)])
    assert result.exit_code == 0, result.stderr
    objects = [json.loads(line) for line in result.stdout.splitlines()]
    assert objects and all("@context" in o for o in objects)
    assert result.stdout == CliRunner().invoke(app, ["export", "--to", to, str(ledger_file)]).stdout


def test_cli_csv_and_its_usage_errors(ledger_file: Path) -> None:
    result = CliRunner().invoke(app, ["export", "--to", "csv", "--table", "quantities", str(ledger_file), "--speaker", "Okafor"])
    assert result.exit_code == 0
    assert [r["text"] for r in _table(result.stdout)] == ["4,000 dockworkers", "4,000 dockworkers"]
    wrong = CliRunner().invoke(app, ["export", "--to", "annotation", "--table", "dates", str(ledger_file)])
    assert wrong.exit_code == 2 and "--table needs --to csv" in wrong.stderr
    unrated = CliRunner().invoke(app, ["export", "--to", "claim", "--rating", "False", str(ledger_file)])
    assert unrated.exit_code == 2 and "--rating needs --to claimreview" in unrated.stderr
    assert CliRunner().invoke(app, ["export", str(ledger_file)]).exit_code == 2  # --to is required


@pytest.mark.parametrize(
    "value, cell",
    [
        ("plain", "plain"),
        ("a\rb", '"a\rb"'),  # a bare CR is quoted, as LF and CRLF are
        ("a\nb", '"a\nb"'),
        ("a\r\nb", '"a\r\nb"'),
        ('say "no"', '"say ""no"""'),
        ("a, b", '"a, b"'),
        ("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"),
        ("ok\r=cmd|' /C calc'!A0", "\"ok\r'=cmd|' /C calc'!A0\""),  # the guard on every line, then quoting
        ("-2 dead", "'-2 dead"),
        (-2.0, "-2"),
        (0.5, "0.5"),
        (None, ""),
    ],
)
def test_csv_cells_follow_rfc_4180(value: Any, cell: str) -> None:
    assert export._cell(value) == cell


@pytest.mark.parametrize(
    "url, kept",
    [
        ("https://north-herald.example/a", "https://north-herald.example/a"),
        ("HTTP://north-herald.example/a", "HTTP://north-herald.example/a"),
        ("javascript:alert(1)", None),
        (" javascript:alert(1)", None),
        ("data:text/html,<script>alert(1)</script>", None),
        ("file:///etc/passwd", None),
    ],
)
def test_only_web_urls_reach_the_exports(ledger: list[dict[str, Any]], url: str, kept: str | None) -> None:
    record = {**ledger[0], "doc": {**ledger[0]["doc"], "url": url}}
    (row,) = _table("".join(export.csv_lines([record])))
    (claim,) = export.claims([record])
    (note,) = export.annotation([record])
    assert (row["url"] or None, claim["appearance"].get("url"), note["target"]["source"].startswith("ni:///")) == (kept, kept, kept is None)
