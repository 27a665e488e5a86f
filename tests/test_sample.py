"""The sample article, end to end: what a fact-checker must find in it."""

from __future__ import annotations

import datetime as dt

import pytest

from claimledger import dates, extract, quantities
from conftest import check_record


@pytest.fixture(scope="module")
def claims(seed_text: str) -> list:
    found = extract(seed_text, "sample", "2025-01-14")
    for claim in found:
        check_record(claim.to_dict(), seed_text)
    return found


def _quantities(claims: list) -> list:
    return [q for c in claims for q in c.quantities]


def test_conversions_are_linked_and_consistent(claims: list) -> None:
    by_text = {q.text: q for q in _quantities(claims)}
    for first, second in (("approximately 1,000 kilometers", "600 miles"), ("approximately 1,100 kilometers", "nearly 700 miles")):
        link = by_text[second].equivalent_of
        assert (link.start, link.end) == (by_text[first].start, by_text[first].end)
        assert link.consistent


def test_counts(claims: list) -> None:
    counts = {(q.value, q.count_of, q.low) for q in _quantities(claims) if q.count_of}
    assert counts >= {
        (6, "missiles", None),  # six U.S.-made ATACMS missiles, six U.K.-supplied Storm Shadow missiles
        (31, "drones", None),
        (100, "brigades", 100),
        (2, "systems", None),
        (5, "nations", None),
        (3, "regions", None),
    }
    assert sum(1 for q in _quantities(claims) if q.count_of == "missiles" and q.value == 6) == 2


def test_durations_and_dates(claims: list) -> None:
    years = next(q for q in _quantities(claims) if q.text == "nearly three years")
    assert (years.value, years.high, years.unit) == (3, 3, "year")
    dates = {(d.text, d.value, d.granularity) for c in claims for d in c.dates}
    assert ("Tuesday", "2025-01-14", "day") in dates
    assert ("next week", "2025-01-20", "week") in dates
    assert ("nearly a year ago", "2024-01-01", "month") in dates


def test_attributed_claims_and_speakers(claims: list) -> None:
    found = {(c.kind, c.speaker.name if c.speaker else None, c.cue.lemma if c.cue else None) for c in claims}
    assert found >= {
        ("speech", "Volodymyr Zelenskyy", "share"),
        ("speech", "Volodymyr Zelenskyy", "elaborate"),
        ("speech", "Boris Pistorius", "convey"),
        ("speech", "Boris Pistorius", "emphasize"),
        ("speech", None, "worry"),  # "Officials in Ukraine" name nobody in particular
        ("speech", "Ukrainian General Staff", "announce"),
        ("no_comment", None, "not confirm"),  # a non-answer, no denial; "Russian authorities" name nobody in particular
        ("speech", "Volodymyr Zelenskyy", "make it clear"),
        ("speech", "Donald Trump", "suggest"),
        ("speech", "Russian Defense Ministry", "allege"),
        ("speech", "Russian Defense Ministry", "claim"),
        ("speech", "Russian Defense Ministry", "warn"),
    }
    quote = next(c for c in claims if c.quote == "direct")
    assert quote.speaker.name == "Volodymyr Zelenskyy"
    mixed = next(c for c in claims if c.quote == "mixed")
    assert mixed.cue.lemma == "warn"


def test_no_quantity_or_date_is_lost(claims: list, seed_text: str) -> None:
    """Every quantity and date in the article is on some record, whatever the claims."""
    on_records = {(q.start, q.end) for c in claims for q in c.quantities} | {(d.start, d.end) for c in claims for d in c.dates}
    found_d = dates.find(seed_text, 0, len(seed_text), dt.date(2025, 1, 14))
    found_q = [q for q in quantities.find(seed_text, 0, len(seed_text)) if not any(q.start < d.end and d.start < q.end for d in found_d)]
    assert {(m.start, m.end) for m in found_d + found_q} <= on_records
