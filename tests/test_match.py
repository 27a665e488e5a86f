"""claimledger match: invented fact-checks in every archive form, and the re-ranking at work."""

from __future__ import annotations

import csv
import json
import os
import sys
from pathlib import Path
from typing import Any

import pytest

from claimledger import archive, terms
from claimledger.archive_index import open_index
from claimledger.matching import Matcher, Query, Result, document_query, extracted_features, match
from claimledger.pipeline import Document
from claimledger.sources import Problem

# Invented fact-checks: pairs that share their words and differ in a figure, a unit or a year.
CHECKS: list[dict[str, Any]] = [
    {"id": "fc-bridge-12", "claim": "The Harlow river bridge cost £12 million to repair.", "rating": "True", "claimant": "Ana Ruiz", "published": "2024-03-02"},
    {"id": "fc-bridge-15", "claim": "The Harlow river bridge cost £15 million to repair.", "rating": "False", "claimant": None, "published": "2024-03-09"},
    {"id": "fc-tax-2021", "claim": "Fuel duty in Lisvania rose 5% in 2021.", "rating": "Mostly true", "claimant": "Maria Okafor", "published": "2022-01-10"},
    {"id": "fc-tax-2018", "claim": "Fuel duty in Lisvania rose 5% in 2018.", "rating": "False", "claimant": None, "published": "2019-02-01"},
    {"id": "fc-ferry", "claim": "The Dovrenko ferry carries 3,000 passengers a day.", "rating": "Mixed", "claimant": None, "published": "2023-07-01"},
    {"id": "fc-lemon", "claim": "Drinking lemon water cures the common cold.", "rating": "False", "claimant": None, "published": "2021-11-30"},
    {"id": "fc-moon", "claim": "A photograph shows the full moon rising between the two towers of Kesra cathedral.", "rating": "Miscaptioned", "claimant": None, "published": "2020-05-05"},
]


def claim_review(c: dict[str, Any]) -> dict[str, Any]:
    review: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "identifier": c["id"],
        "url": f"https://checks.example/{c['id']}",
        "claimReviewed": c["claim"],
        "reviewRating": {"@type": "Rating", "alternateName": c["rating"]},
        "author": {"@type": "Organization", "name": "Coast Check"},
        "datePublished": c["published"],
    }
    if c["claimant"]:
        review["itemReviewed"] = {"@type": "Claim", "author": {"@type": "Person", "name": c["claimant"]}}
    return review


def write_form(folder: Path, form: str) -> tuple[Path, dict[str, str]]:
    """The invented archive in one of the four forms, and the CSV columns it needs."""
    reviews = [claim_review(c) for c in CHECKS]
    if form == "jsonl":
        path = folder / "checks.jsonl"
        path.write_text("".join(json.dumps(r) + "\n" for r in reviews), encoding="utf-8")
    elif form == "array":
        path = folder / "checks.json"
        path.write_text(json.dumps(reviews, indent=2), encoding="utf-8")
    elif form == "datafeed":
        path = folder / "feed.json"
        feed = {"@context": "https://schema.org", "@type": "DataFeed", "name": "Coast Check", "dataFeedElement": [{"@type": "DataFeedItem", "item": [r]} for r in reviews]}
        path.write_text(json.dumps(feed, indent=2), encoding="utf-8")
    else:
        path = folder / "checks.csv"
        with open(path, "w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(["Claim", "Verdict", "Link", "Checker", "Date", "Said by", "Ref"])
            for c in CHECKS:
                writer.writerow([c["claim"], c["rating"], f"https://checks.example/{c['id']}", "Coast Check", c["published"], c["claimant"] or "", c["id"]])
        return path, {"claimReviewed": "Claim", "rating": "Verdict", "url": "Link", "author": "Checker", "datePublished": "Date", "claimant": "Said by", "identifier": "Ref"}
    return path, {}


FORMS = ["jsonl", "array", "datafeed", "csv"]


@pytest.fixture(scope="module")
def archives(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, dict[str, str]]]:
    folder = tmp_path_factory.mktemp("archives")
    return {form: write_form(folder, form) for form in FORMS}


def ids(result: Result) -> list[str]:
    return [m.id for m in result.matches]


@pytest.mark.parametrize("form", FORMS)
def test_every_form_reads_the_same_fact_checks(archives: dict[str, tuple[Path, dict[str, str]]], form: str) -> None:
    path, columns = archives[form]
    expected = list(archive.read(archives["jsonl"][0]))
    assert list(archive.read(path, "auto", columns)) == expected
    assert expected[0] == archive.FactCheck(
        "fc-bridge-12", CHECKS[0]["claim"], None, "https://checks.example/fc-bridge-12", "True", "Coast Check", "2024-03-02", "Ana Ruiz"
    )


CLAIMS = [
    "The Harlow river bridge cost £12 million to repair, the council said.",
    "Fuel duty in Lisvania rose 5% in 2018.",
    "Lemon water cures colds!",
]


@pytest.mark.parametrize("form", FORMS)
def test_every_form_gives_the_same_matches(archives: dict[str, tuple[Path, dict[str, str]]], form: str) -> None:
    path, columns = archives[form]
    got = [r.to_dict() for r in match(CLAIMS, path, whole=True, columns=columns, index=path.with_suffix(".idx"))]
    first, first_columns = archives["jsonl"]
    assert got == [r.to_dict() for r in match(CLAIMS, first, whole=True, columns=first_columns, index=first.with_suffix(".idx"))]
    assert [m["id"] for m in got[0]["matches"]][:2] == ["fc-bridge-12", "fc-bridge-15"]


@pytest.mark.parametrize(
    "claim, first, second, figures",
    [
        # the same words: the same figure ranks above another figure
        ("The Harlow river bridge cost £12 million to repair.", "fc-bridge-12", "fc-bridge-15", ["£12 million"]),
        ("The Harlow river bridge cost £15m to repair.", "fc-bridge-15", "fc-bridge-12", ["£15 million"]),
        # the same figure in the same year
        ("Fuel duty in Lisvania rose 5% in 2018.", "fc-tax-2018", "fc-tax-2021", ["5%"]),
        ("Fuel duty in Lisvania rose 5% in 2021.", "fc-tax-2021", "fc-tax-2018", ["5%"]),
        # the same number in another unit is no figure the two share
        ("The Harlow river bridge cost 12 million euros to repair.", "fc-bridge-12", "fc-bridge-15", []),
    ],
)
def test_the_same_figure_ranks_first(archives: dict[str, tuple[Path, dict[str, str]]], claim: str, first: str, second: str, figures: list[str]) -> None:
    (result,) = match(claim, archives["jsonl"][0], whole=True)
    assert ids(result)[:2] == [first, second]
    assert result.matches[0].figures == figures
    assert result.matches[0].score > result.matches[1].score


def test_another_year_is_no_figure_reason_and_ranks_lower(archives: dict[str, tuple[Path, dict[str, str]]]) -> None:
    (result,) = match("Fuel duty in Lisvania rose 5% in 2018.", archives["jsonl"][0], whole=True)
    other = next(m for m in result.matches if m.id == "fc-tax-2021")
    same = next(m for m in result.matches if m.id == "fc-tax-2018")
    assert (other.figures, other.periods) == ([], [])
    assert (same.figures, same.periods) == (["5%"], ["2018"])
    assert ids(result)[:2] == ["fc-tax-2018", "fc-tax-2021"]


def test_why_names_the_shared_words_and_the_speaker(archives: dict[str, tuple[Path, dict[str, str]]]) -> None:
    (result,) = match("Ana Ruiz said the Harlow bridge cost £12 million to repair.", archives["jsonl"][0])
    best = result.matches[0]
    assert (result.query.text, best.id) == ("the Harlow bridge cost £12 million to repair", "fc-bridge-12")
    assert best.to_dict()["why"] == {"terms": ["harlow", "bridge", "cost", "12", "million", "repair"], "figures": ["£12 million"], "periods": [], "speaker": "ana ruiz"}
    assert best.to_dict()["rating"] == "True" and best.to_dict()["url"] == "https://checks.example/fc-bridge-12"


def test_top_and_min_score(archives: dict[str, tuple[Path, dict[str, str]]]) -> None:
    path = archives["jsonl"][0]
    text = "The Harlow bridge cost £12 million, fuel duty rose and the ferry carries more passengers."
    (everything,) = match(text, path, whole=True, top=10)
    assert ids(everything) == ["fc-bridge-12", "fc-ferry", "fc-bridge-15", "fc-tax-2021", "fc-tax-2018"]  # equal scores in archive order
    (one,) = match(text, path, whole=True, top=1)
    assert ids(one) == ids(everything)[:1]
    bar = everything.matches[1].score
    (some,) = match(text, path, whole=True, top=10, min_score=bar)
    assert ids(some) == ids(everything)[:2]
    (none,) = match("Nothing here is in the archive.", path, whole=True)
    assert none.matches == []


def test_bad_archive_lines_are_told_with_their_line_and_skipped(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    good = [json.dumps(claim_review(c)) for c in CHECKS[:2]]
    path.write_text("\n".join([good[0], "{not json", json.dumps({"identifier": "x"}), "[1]", json.dumps({"claimReviewed": "No id"}), good[1], good[0]]) + "\n", encoding="utf-8")
    index = open_index(path)
    try:
        assert index.size == 2
        assert index.problems == [
            f"{path}:2: not JSON (Expecting property name enclosed in double quotes); skipped",
            f"{path}:3: has no claimReviewed (nor headline); skipped",
            f"{path}:4: not a JSON object; skipped",
            f"{path}:5: has neither identifier nor url; skipped",
            f"{path}: fact-check id 'fc-bridge-12' is repeated; the first is kept",
        ]
    finally:
        index.close()


@pytest.mark.parametrize(
    "text, problems",
    [
        ('[\n{"identifier": "a", "claimReviewed": "One."},\n7,\n{"identifier": "b", "claimReviewed": "Two."}\n]', [":3: not a JSON object; skipped"]),
        ('[\n{"identifier": "a", "claimReviewed": "One."},\n{"identifier": "b", "claimReviewed": \n', [":3: not JSON (Expecting value); the rest of the file is not read"]),
        ('{"@type": "DataFeed", "dataFeedElement": [\n{"item": []},\n{"item": {"identifier": "a", "claimReviewed": "One."}}]}', [":2: a feed element without an item; skipped"]),
        ('{"identifier": "a", "claimReviewed": "One."}\n\n{"identifier": "b", "claimReviewed": "Two."}', []),  # JSON Lines
    ],
)
def test_json_documents_stream_and_tell_their_lines(tmp_path: Path, text: str, problems: list[str]) -> None:
    path = tmp_path / "archive.json"
    path.write_text(text, encoding="utf-8")
    items = list(archive.read(path))
    assert [str(p).removeprefix(str(path)) for p in items if isinstance(p, Problem)] == problems
    assert [f.id for f in items if isinstance(f, archive.FactCheck)] == (["a"] if "the rest" in "".join(problems) or "feed" in text.lower() else ["a", "b"])


def test_csv_without_the_named_column_is_one_problem(tmp_path: Path) -> None:
    path = tmp_path / "checks.csv"
    path.write_text("claim,link\nA claim.,https://x.example/1\n", encoding="utf-8")
    assert [str(p) for p in archive.read(path, "csv", {"claimReviewed": "Claim"})] == [f"{path}: has no column 'Claim' (its columns: claim, link); not read"]
    row = list(archive.read(path, "csv", {"claimReviewed": "claim", "url": "link"}))
    assert row == [archive.FactCheck("https://x.example/1", "A claim.", url="https://x.example/1")]


def test_the_index_is_reused_until_the_archive_changes(tmp_path: Path) -> None:
    path, _ = write_form(tmp_path, "jsonl")
    builds: list[int] = []
    open_index(path, progress=builds.append).close()
    index_file = path.with_name(path.name + ".claimledger.sqlite")
    built = index_file.stat().st_mtime_ns
    open_index(path).close()
    assert index_file.stat().st_mtime_ns == built  # reused
    os.utime(path, ns=(built + 10**9, built + 10**9))  # touched, not changed
    open_index(path).close()
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(json.dumps(claim_review(dict(CHECKS[0], id="fc-new"))) + "\n")
    index = open_index(path)
    try:
        assert index.size == len(CHECKS) + 1
    finally:
        index.close()


@pytest.mark.skipif(sys.platform == "win32" or not hasattr(os, "geteuid"), reason="POSIX permissions")
def test_a_read_only_folder_keeps_its_index_in_the_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    path, _ = write_form(folder, "jsonl")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    folder.chmod(0o555)
    try:
        index = open_index(path)
        index.close()
        assert sorted(p.name for p in folder.iterdir()) == ["checks.jsonl"]
        assert index.path.parent == tmp_path / "cache" / "claimledger" / "archives"
    finally:
        folder.chmod(0o755)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Obama released 122 detainees https://t.co/x1 pic.twitter.com/AbC", ["obama", "releas", "122", "detaine"]),
        ("#IranUSA deal with @realDonaldTrump", ["iran", "usa", "deal", "real", "donald", "trump"]),
        ("Pérez and 𝓟𝓮𝓻𝓮𝔃 are one", ["perez", "perez", "one"]),
        ("It is a lie, and I am not in it", ["lie"]),
    ],
)
def test_terms(text: str, expected: list[str]) -> None:
    assert terms.terms(text) == expected


COUNTS = {"stoneman": 3, "shooting": 40, "shoot": 9, "corn": 5, "flakes": 2, "the": 900, "laws": 30, "change": 20}


@pytest.mark.parametrize(
    "word, expected",
    [
        ("stonemanshooting", ["stoneman", "shooting"]),
        ("changethelaws", ["change", "the", "laws"]),
        ("shooting", ["shooting"]),  # a known word stays whole
        ("cornflakesx", ["cornflakesx"]),  # no split makes it
        ("xyz", ["xyz"]),
    ],
)
def test_segment(word: str, expected: list[str]) -> None:
    def counts(words: Any) -> dict[str, int]:
        return {w: COUNTS[w] for w in words if w in COUNTS}

    assert terms.segment(word, counts, sum(COUNTS.values())) == expected


def test_the_index_holds_each_words_stem(archives: dict[str, tuple[Path, dict[str, str]]]) -> None:
    index = open_index(archives["jsonl"][0])
    try:
        assert index.stems(["repair", "passengers", "unknown"]) == {"repair": "repair", "passengers": "passeng"}
        text = "Passengers say the bridge repairs were unbelievably costly"
        assert terms.terms(text, stems=index.stems) == terms.terms(text)  # known words looked up, the others stemmed
    finally:
        index.close()


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz said the Harlow bridge cost £12 million to repair.",  # a speaker a candidate has: the whole of extract
        "The Harlow river bridge cost £15m to repair in 2024.",  # figures and dates only
        "Lemon water cures colds, my gran says.",  # nothing a candidate can share
    ],
)
def test_a_whole_document_reads_what_its_candidates_can_share(archives: dict[str, tuple[Path, dict[str, str]]], text: str) -> None:
    index = open_index(archives["jsonl"][0])
    try:
        matcher = Matcher(index)
        query = document_query(Document("post", text))
        lazy = matcher.match(query)
        full = matcher.match(Query(query.id, query.doc, query.text, extracted_features(Document("post", text)), query.lookup))
    finally:
        index.close()
    assert lazy.to_dict() == full.to_dict()
    assert lazy.query.document is None
    if text.startswith("Ana Ruiz"):
        assert lazy.query.features.speakers == ["ana ruiz"] and lazy.matches[0].speaker == "ana ruiz"
