"""The JSON Schema (draft 2020-12) of a ledger line, printed by ``claimledger schema``."""

from __future__ import annotations

from typing import Any, get_args

from claimledger.records import Bound, ChangeRelation, Direction, Granularity, Kind, Polarity, QuoteType, Via

_INT = {"type": "integer", "minimum": 0}
_STR_OR_NULL = {"type": ["string", "null"]}
_NUM_OR_NULL = {"type": ["number", "null"]}


def _object(properties: dict[str, Any], nullable: bool = False, optional: tuple[str, ...] = ()) -> dict[str, Any]:
    return {
        "type": ["object", "null"] if nullable else "object",
        "properties": properties,
        "required": [p for p in properties if p not in optional],
        "additionalProperties": False,
    }


def _span(**extra: Any) -> dict[str, Any]:
    return {"text": {"type": "string"}, "start": _INT, "end": _INT, **extra}


def _enum(*values: str) -> dict[str, Any]:
    return {"type": "string", "enum": list(values)}


def _date_string(nullable: bool) -> dict[str, Any]:
    base = {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$"}
    return {"anyOf": [base, {"type": "null"}]} if nullable else base


QUANTITY = _object(
    _span(
        value=_NUM_OR_NULL,
        low=_NUM_OR_NULL,
        high=_NUM_OR_NULL,
        qualifier=_STR_OR_NULL,
        bound={"anyOf": [_enum(*get_args(Bound)), {"type": "null"}]},
        unit=_STR_OR_NULL,
        unit_text=_STR_OR_NULL,
        dimension=_STR_OR_NULL,
        si=_object({"value": {"type": "number"}, "unit": {"type": "string"}}, nullable=True),
        count_of=_STR_OR_NULL,
        equivalent_of=_object(
            {"start": _INT, "end": _INT, "consistent": {"type": "boolean"}, "converted": {"type": "number"}},
            nullable=True,
        ),
        change=_object(
            {
                "start": _INT,
                "end": _INT,
                "relation": _enum(*get_args(ChangeRelation)),
                "direction": {"anyOf": [_enum(*get_args(Direction)), {"type": "null"}]},
            },
            nullable=True,
        ),
    )
)

DATE = _object(
    _span(
        value=_date_string(nullable=True),
        granularity=_enum(*get_args(Granularity)),
        timex=_STR_OR_NULL,
        period=_object({"first": _date_string(False), "last": _date_string(False)}, nullable=True),
        bound={"anyOf": [_enum(*get_args(Bound)), {"type": "null"}]},
    )
)

SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://claimledger.invalid/schema/claim.json",
    "title": "claimledger claim",
    "description": "One line of a claimledger ledger: a claim tied to the characters of its source.",
    **_object(
        {
            "id": {"type": "string", "pattern": "^[0-9a-f]{24}$"},
            "doc": _object(
                {
                    "id": {"type": "string"},
                    "sha256": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
                    "url": {"type": "string"},  # when the page or JSONL document names its URL
                    "title": {"type": "string"},  # when the page or JSONL document has a title
                    "published": _date_string(nullable=False),  # when the page or JSONL document is dated
                },
                optional=("url", "title", "published"),
            ),
            "kind": _enum(*get_args(Kind)),
            "sentence": _object({"index": _INT, "start": _INT, "end": _INT, "text": {"type": "string"}}),
            "speaker": _object(
                _span(
                    name=_STR_OR_NULL,
                    key=_STR_OR_NULL,
                    via=_enum(*get_args(Via)),
                    role=_STR_OR_NULL,
                    sieve=_STR_OR_NULL,
                ),
                nullable=True,
            ),
            "cue": _object(_span(lemma={"type": "string"}), nullable=True),
            "content": _object(_span()),
            "quote": _enum(*get_args(QuoteType)),
            "polarity": _enum(*get_args(Polarity)),
            "reported_by": _object(_span(name={"type": "string"}), nullable=True),
            "hedges": {"type": "array", "items": _object(_span())},
            "quantities": {"type": "array", "items": QUANTITY},
            "dates": {"type": "array", "items": DATE},
            "extractor": _object({"version": {"type": "string"}, "rule": {"type": "string"}}),
        }
    ),
}
