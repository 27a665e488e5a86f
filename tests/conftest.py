"""Shared checks: every record any test sees is checked against its source text and the schema."""

from __future__ import annotations

import json
from typing import Any

import jsonschema
import pytest

from claimledger.schema import SCHEMA

_VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)


def spans_of(record: dict[str, Any]) -> list[dict[str, Any]]:
    """Every span of a record that carries text and offsets."""
    spans = [record["content"]]
    spans += [s for s in (record["speaker"], record["cue"], record["reported_by"]) if s]
    spans += record["quantities"] + record["dates"] + record["hedges"]
    return spans


def check_record(record: dict[str, Any], text: str) -> None:
    """The record validates, and ``text[start:end]`` is the text of each of its spans."""
    _VALIDATOR.validate(record)
    for span in spans_of(record):
        assert text[span["start"] : span["end"]] == span["text"], span
    sent = record["sentence"]
    assert text[sent["start"] : sent["end"]] == sent["text"]
    assert sent["start"] <= record["content"]["start"] and record["content"]["end"] <= sent["end"]


def check_ledger(lines: str, texts: dict[str, str]) -> list[dict[str, Any]]:
    """Parse JSONL output and check every record against the document it names."""
    records = [json.loads(line) for line in lines.splitlines()]
    for r in records:
        check_record(r, texts[r["doc"]["id"]])
    assert len({r["id"] for r in records}) == len(records)
    return records


@pytest.fixture(scope="session")
def seed_text() -> str:
    from pathlib import Path

    (path,) = Path(__file__).resolve().parent.parent.joinpath("seeds").glob("*.txt")
    return path.read_text(encoding="utf-8")


def extract_articles(articles: list[tuple[str, str, str]]) -> list[dict[str, Any]]:
    """The ledger of invented (document id, ISO publication day, text) articles, each record checked."""
    import datetime as dt

    from claimledger import extract

    records = []
    for doc_id, published, text in articles:
        claims = [c.to_dict() for c in extract(text, doc_id, published, published=dt.date.fromisoformat(published))]
        for record in claims:
            check_record(record, text)
        records += claims
    return records
