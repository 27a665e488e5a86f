"""claimledger conflicts: the pairs that cannot both be right, on ledgers extracted from
short invented articles that cover one event several ways, and the pairs that must not be told."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from claimledger import conflicts, extract
from claimledger.cli import app
from conftest import extract_articles

# One night's strike on an invented port town, told by four outlets, and a later night elsewhere.
ARTICLES = [
    (
        "courier-0304",
        "2025-03-04",
        "Oleh Marchenko, the air force spokesman, said 31 drones were downed overnight.\n"
        "Twelve people were killed in the strike on Dovrenko, Governor Irina Sokol said.\n"
        "The port operator said the attack caused damage worth $4.5 million.\n"
        "Mayor Anton Velichko said the evacuation of the harbour district had begun.\n"
        "Rescuers said more than 100 homes were damaged in Dovrenko.\n"
        "Marchenko said 12 drones were downed over Kesra.",
    ),
    (
        "post-0304",
        "2025-03-04",
        "Oleh Marchenko said 30 drones were downed overnight.\n"
        "At least 15 people were killed in Dovrenko, the emergency service said.\n"
        "The port operator said the damage was worth $4.48 million.\n"
        "Port officials said the grain terminal was destroyed in the attack.\n"
        "Rescuers said 120 homes were damaged in Dovrenko.\n"
        "Marchenko said 20 drones were downed over Varna.",
    ),
    (
        "herald-0305",
        "2025-03-05",
        "Marchenko said Russia launched 48 drones in the overnight attack.\n"
        "Governor Irina Sokol said 12 people were killed in Dovrenko.\n"
        "The city council denied that the grain terminal was destroyed.\n"
        "Port officials did not confirm that the grain terminal was destroyed.\n"
        "Irina Sokol declined to comment on the number of people killed.\n"
        "Mayor Anton Velichko denied that the evacuation of the harbour district had begun.\n"
        "Harbour master Lena Dorn said the grain terminal was not destroyed.",
    ),
    (
        "gazette-0304",
        "2025-03-04",
        "The air force said about 30 drones were downed overnight, Marchenko said.\n"
        "A further 20 people were killed in Dovrenko, the governor's office said.",
    ),
    (
        "courier-0320",
        "2025-03-20",
        "Oleh Marchenko said 25 drones were downed overnight over Kesra.\n"
        "Nine people were killed in Kesra, Governor Irina Sokol said.",
    ),
]

# (rule, the first record's content, the second's): every pair, and nothing else.
EXPECTED = {
    ("figure_from_one_source", "31 drones were downed overnight", "30 drones were downed overnight"),
    ("figure_of_one_subject", "Twelve people were killed in the strike on Dovrenko", "At least 15 people were killed in Dovrenko"),
    ("figure_of_one_subject", "At least 15 people were killed in Dovrenko", "12 people were killed in Dovrenko"),
    ("denied_by_its_source", "the evacuation of the harbour district had begun", "the evacuation of the harbour district had begun"),
    ("denied_by_another", "the grain terminal was destroyed in the attack", "the grain terminal was destroyed"),
}


@pytest.fixture(scope="module")
def ledger() -> list[dict[str, Any]]:
    return extract_articles(ARTICLES)


def _pairs(found: list[conflicts.Conflict]) -> set[tuple[str, str, str]]:
    return {(c.rule, c.a["content"]["text"], c.b["content"]["text"]) for c in found}


def test_the_expected_pairs_and_no_others(ledger: list[dict[str, Any]]) -> None:
    assert _pairs(conflicts.find(ledger)) == EXPECTED


@pytest.mark.parametrize(
    "first, second, why",
    [
        ("$4.5 million", "$4.48 million", "a rounding difference"),
        ("31 drones were downed", "30 drones were downed overnight, Marchenko", "about 30 is 31 rounded"),
        ("more than 100 homes", "120 homes", "a bound that the other figure keeps"),
        ("Twelve people were killed", "12 people were killed", "one figure written two ways"),
        ("31 drones were downed", "Russia launched 48 drones", "launched is not downed"),
        ("12 drones were downed over Kesra", "20 drones were downed over Varna", "two places on one night"),
        ("31 drones were downed", "25 drones were downed overnight over Kesra", "another night"),
        ("Twelve people were killed", "A further 20 people", "a further 20 adds to a toll"),
        ("the grain terminal was destroyed in the attack", "did not confirm", "a non-confirmation denies nothing"),
        ("the grain terminal was destroyed in the attack", "not destroyed", "a negative claim agrees with the denial"),
    ],
)
def test_what_is_no_conflict(ledger: list[dict[str, Any]], first: str, second: str, why: str) -> None:
    for c in conflicts.find(ledger):
        sentences = {c.a["sentence"]["text"], c.b["sentence"]["text"]}
        assert not (any(first in s for s in sentences) and any(second in s for s in sentences)), why


def test_removing_the_exact_count_rule_would_lose_31_against_30(ledger: list[dict[str, Any]]) -> None:
    """The pair rests on quantities.tolerance: "30 drones" counts one by one."""
    (pair,) = [c for c in conflicts.find(ledger) if c.rule == "figure_from_one_source"]
    assert (pair.a_figure["text"], pair.b_figure["text"]) == ("31 drones", "30 drones")
    assert pair.reason == "Oleh Marchenko gave two figures: “31 drones” and “30 drones” (tied by “drones”, “downed”, “overnight”)"


def test_a_no_comment_never_counts_as_a_denial(ledger: list[dict[str, Any]]) -> None:
    """A non-answer, whatever its cue and polarity, is neither side of a pair."""
    (denial,) = [r for r in ledger if r["content"]["text"] == "the grain terminal was destroyed" and r["cue"]["lemma"] == "deny"]
    as_no_comment = {**denial, "kind": "no_comment", "id": "0" * 24}
    others = [r for r in ledger if r["id"] != denial["id"]]
    assert not [c for c in conflicts.find(others + [as_no_comment]) if c.rule == "denied_by_another"]


def test_identity_comes_from_speaker_key_when_the_ledger_has_it(ledger: list[dict[str, Any]]) -> None:
    """Records keyed to one identity pair up under one source, whatever the names say."""
    keyed = []
    for r in ledger:
        if r["speaker"] and r["speaker"]["name"] in ("Oleh Marchenko", "Marchenko"):
            r = {**r, "speaker": {**r["speaker"], "name": "Col. O. Marchenko" if r["doc"]["id"] == "post-0304" else r["speaker"]["name"], "key": "marchenko-1"}}
        keyed.append(r)
    assert ("figure_from_one_source", "31 drones were downed overnight", "30 drones were downed overnight") in _pairs(conflicts.find(keyed))
    renamed = [  # a ledger without keys: the key of each name
        {**r, "speaker": {**r["speaker"], "name": "Col. O. Marchenko", "key": None}} if r["doc"]["id"] == "post-0304" and r["speaker"] and r["speaker"]["name"] == "Oleh Marchenko" else r
        for r in ledger
    ]
    assert not [c for c in conflicts.find(renamed) if c.rule == "figure_from_one_source"]


def test_pairs_are_from_two_documents(ledger: list[dict[str, Any]]) -> None:
    one_document = [{**r, "doc": {**r["doc"], "id": "all"}} for r in ledger]
    assert conflicts.find(one_document) == []


def test_each_pair_carries_both_sources(ledger: list[dict[str, Any]]) -> None:
    pair = next(c for c in conflicts.find(ledger) if c.rule == "figure_of_one_subject").to_dict()
    assert set(pair) == {"rule", "reason", "a", "b"}
    assert pair["reason"] == "“Twelve people” (Irina Sokol) against “At least 15 people” (the emergency service), both about Dovrenko (tied by “people”, “killed”, “Dovrenko”)"
    a, b = pair["a"], pair["b"]
    assert (a["doc"], a["published"], a["speaker"], a["key"]) == ("courier-0304", "2025-03-04", "Irina Sokol", "irina sokol")
    assert a["figure"] == {"text": "Twelve people", "value": 12, "low": None, "high": None, "unit": None, "count_of": "people"}
    assert (b["doc"], b["speaker"], b["figure"]["low"]) == ("post-0304", "the emergency service", 15)
    assert b["sentence"] == "At least 15 people were killed in Dovrenko, the emergency service said."


def test_the_rules_are_the_data_file() -> None:
    rules = conflicts.rules()
    assert {r.name for r in rules} == {"denied_by_another", "denied_by_its_source", "figure_from_one_source", "figure_of_one_subject"}
    assert {r.between for r in rules} == {"figures", "denial"}
    assert all(r.subject in ("same_speaker", "shared_name", "other_speaker") for r in rules)


def test_dates_of_their_own_must_overlap() -> None:
    text_a = "Oleh Marchenko said 31 drones were downed on Monday."
    text_b = "Oleh Marchenko said 30 drones were downed on Sunday."
    text_c = "Oleh Marchenko said 30 drones were downed on Monday night."
    records = []
    for doc_id, text in (("a", text_a), ("b", text_b), ("c", text_c)):
        records += [c.to_dict() for c in extract(text, doc_id, "2025-03-04", published=dt.date(2025, 3, 4))]
    assert {(c.a["doc"]["id"], c.b["doc"]["id"]) for c in conflicts.find(records)} == {("a", "c")}


def test_cli_writes_pairs_as_jsonl(ledger: list[dict[str, Any]], tmp_path: Path) -> None:
    path = tmp_path / "ledger.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in ledger))
    result = CliRunner().invoke(app, ["conflicts", str(path)])
    assert result.exit_code == 0, result.stderr
    pairs = [json.loads(line) for line in result.stdout.splitlines()]
    assert {(p["rule"], p["a"]["content"], p["b"]["content"]) for p in pairs} == EXPECTED
    assert result.stderr == ""
    since = CliRunner().invoke(app, ["conflicts", str(path), "--since", "2025-03-05"])
    assert since.stdout == ""  # one document left: no pair


def test_cli_goes_on_past_a_missing_ledger(ledger: list[dict[str, Any]], tmp_path: Path) -> None:
    path = tmp_path / "ledger.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in ledger))
    result = CliRunner().invoke(app, ["conflicts", str(tmp_path / "missing.jsonl"), str(path)])
    assert result.exit_code == 1
    assert len(result.stdout.splitlines()) == len(EXPECTED)
    assert result.stderr == f"claimledger: {tmp_path / 'missing.jsonl'}: No such file or directory\n"


def test_a_terminal_gets_a_table_of_pairs(ledger: list[dict[str, Any]]) -> None:
    from rich.console import Console

    from claimledger import render

    console = Console(record=True, width=400, no_color=True)
    render.show_conflicts([c.to_dict() for c in conflicts.find(ledger)], console)
    shown = console.export_text()
    assert "Oleh Marchenko gave two figures: “31 drones” and “30 drones”" in shown
    assert "figure_from_one_source" in shown and "courier-0304, 2025-03-04" in shown


def test_the_readme_documents_every_rule() -> None:
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    for rule in conflicts.rules():
        assert f"| `{rule.name}` |" in readme


# (why, two articles as (publication day, text), every pair as (figure, figure, reason)).
PROBES = [
    (
        'two measures of one report',
        [
            ('2025-03-04', 'Twelve people were killed and 40 were injured in Dovrenko, Governor Irina Sokol said.'),
            ('2025-03-04', 'Twelve people were killed and 40 were injured in Dovrenko, the emergency service said.'),
        ],
        [],
    ),
    (
        'a level moved from',
        [
            ('2025-03-04', 'Support for Velichko in Dovrenko is up from 37 percent, the pollster said.'),
            ('2025-03-04', 'Support for Velichko in Dovrenko is 45 percent, officials said.'),
        ],
        [],
    ),
    (
        'an impossible range',
        [
            ('2025-03-04', 'Velichko said Hawaii Five-0 was filmed in Dovrenko.'),
            ('2025-03-04', 'Velichko said 3 were filmed in Dovrenko.'),
        ],
        [],
    ),
    (
        'a bare number: a lead',
        [
            ('2025-03-04', 'Velichko has an 8-point lead over Sokol in Dovrenko, a poll found.'),
            ('2025-03-04', 'Velichko won 3 of the districts over Sokol in Dovrenko, officials said.'),
        ],
        [],
    ),
    (
        'another subject in one clause',
        [
            ('2025-03-04', 'Velichko leads Sokol with 45 percent support in Dovrenko, a poll found.'),
            ('2025-03-04', 'Velichko has 30 percent support in Dovrenko, officials said.'),
        ],
        [],
    ),
    (
        'a year elsewhere in the sentence, months apart',
        [
            ('2025-03-04', 'The mayor, elected in 2019, said 30 percent of voters in Dovrenko backed the port plan.'),
            ('2025-06-10', 'Some 45 percent of voters in Dovrenko backed the port plan, the council said in a 2019 report.'),
        ],
        [],
    ),
    (
        'two copies of one story',
        [
            ('2025-03-04', 'Twelve people were killed in Dovrenko, Governor Irina Sokol said on Tuesday. The port operator said the attack on the harbour caused damage worth millions and that the grain terminal would stay closed for a week. Rescuers worked through the night to clear the rubble from the streets near the harbour, and the city council opened three shelters for families who lost their homes.'),
            ('2025-03-04', 'At least 15 people were killed in Dovrenko, Governor Irina Sokol said on Tuesday. The port operator said the attack on the harbour caused damage worth millions and that the grain terminal would stay closed for a week. Rescuers worked through the night to clear the rubble from the streets near the harbour, and the city council opened three shelters for families who lost their homes.'),
        ],
        [],
    ),
    (
        'two sources, one toll',
        [
            ('2025-03-04', 'Twelve people were killed in Dovrenko, Governor Irina Sokol said.'),
            ('2025-03-04', 'At least 15 people were killed in Dovrenko, the emergency service said.'),
        ],
        [('Twelve people', 'At least 15 people', '“Twelve people” (Irina Sokol) against “At least 15 people” (the emergency service), both about Dovrenko (tied by “people”, “killed”, “Dovrenko”)')],
    ),
]


@pytest.mark.parametrize("why, articles, expected", PROBES, ids=[p[0] for p in PROBES])
def test_what_real_news_pairs_wrongly(why: str, articles: list[tuple[str, str]], expected: list[tuple[str, str, str]]) -> None:
    ledger = extract_articles([(f"doc-{n}", day, text) for n, (day, text) in enumerate(articles)])
    assert [(c.a_figure["text"], c.b_figure["text"], c.reason) for c in conflicts.find(ledger) if c.a_figure] == expected, why


@pytest.mark.parametrize(
    "texts, expected",
    [
        (["one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen"] * 2, True),
        (["one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen", "sixteen fifteen fourteen thirteen twelve eleven ten nine eight seven six five four three two one"], False),
        (["Twelve people were killed in Dovrenko."] * 2, False),  # too short to tell a copy from a shared sentence
    ],
)
def test_copies_of_one_story_are_found_by_shingles(texts: list[str], expected: bool) -> None:
    records = [{"doc": {"id": doc}, "sentence": {"start": 0, "text": text}} for doc, text in zip("ab", texts)]
    assert conflicts.Stories(records).same("a", "b") is expected


@pytest.mark.parametrize(
    "flags, rules",
    [
        (["--kind", "denial"], ["denied_by_its_source", "denied_by_another"]),
        (["--speaker", "sokol"], ["figure_of_one_subject", "figure_of_one_subject"]),
        (["--speaker", "Marchenko", "--kind", "speech"], ["figure_from_one_source"]),
        (["--speaker", "nobody"], []),
    ],
)
def test_cli_keeps_the_pairs_with_a_side_that_matches(ledger: list[dict[str, Any]], tmp_path: Path, flags: list[str], rules: list[str]) -> None:
    """A pair is kept when one side matches: its other side may be of any kind or speaker."""
    path = tmp_path / "ledger.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in ledger))
    result = CliRunner().invoke(app, ["conflicts", str(path), *flags])
    assert (result.exit_code, [json.loads(line)["rule"] for line in result.stdout.splitlines()]) == (0, rules)


WIRE = (
    "The port operator said the attack on the harbour caused damage worth millions and that the grain terminal would stay closed "
    "for a week. Rescuers worked through the night to clear the rubble from the streets near the harbour, and the city council "
    "opened three shelters for families who lost their homes.\n"
)


@pytest.mark.parametrize(
    "a, b, rules",
    [
        (WIRE + "Port officials said the grain terminal was destroyed in the attack.", WIRE + "The city council denied that the grain terminal was destroyed.", []),
        ("Port officials said the grain terminal was destroyed in the attack.", "The city council denied that the grain terminal was destroyed.", ["denied_by_another"]),
    ],
    ids=["two copies of one story", "two stories"],
)
def test_a_denial_in_a_copy_of_the_story_is_no_conflict(a: str, b: str, rules: list[str]) -> None:
    ledger = extract_articles([("wire-a", "2025-03-04", a), ("wire-b", "2025-03-04", b)])
    assert [c.rule for c in conflicts.find(ledger)] == rules


class _Record(dict):  # type: ignore[type-arg]
    """A record that a weak reference can watch: gone once nothing holds it."""


def test_the_records_are_not_held_while_the_pairs_are_told(ledger: list[dict[str, Any]]) -> None:
    """The ledger streams through a scratch database: by the first pair, no record read is alive."""
    import gc
    import weakref

    watched: list[weakref.ref[_Record]] = []

    def records() -> Any:
        for r in ledger:
            copy = _Record(json.loads(json.dumps(r)))
            watched.append(weakref.ref(copy))
            yield copy

    pairs = conflicts.stream(records())
    first = next(pairs)
    gc.collect()
    alive = [w for w in watched if w() is not None]
    assert first.a == next(c.a for c in conflicts.find(ledger))
    assert not alive
    assert _pairs([first, *pairs]) == EXPECTED


def test_forgetting_shingles_changes_no_pair(ledger: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch) -> None:
    """Memory is kept flat by forgetting the shingles of documents and the pairs judged; a
    document asked about again is shingled again, to the same answer."""
    expected = [c.to_dict() for c in conflicts.find(ledger)]
    monkeypatch.setattr(conflicts, "_CACHED", 1)
    assert [c.to_dict() for c in conflicts.find(ledger)] == expected


def test_a_pair_found_twice_is_told_once_by_its_first_figures() -> None:
    """Two records with two figures each in conflict: one pair, told by the first figures of
    each (in ledger order), whatever order the index buckets come in."""
    found = conflicts.find(
        extract_articles(
            [
                ("wire-a", "2025-03-04", "Oleh Marchenko said 31 drones were downed overnight and 12 missiles were downed over the coast."),
                ("wire-b", "2025-03-04", "Oleh Marchenko said 20 drones were downed overnight and 40 missiles were downed over the coast."),
            ]
        )
    )
    assert [(c.a_figure["text"], c.b_figure["text"]) for c in found] == [("31 drones", "20 drones")]
