"""A speaker's key: one per name, whatever print does to it; and the identities of a ledger
(``claimledger speakers``): spellings of one source merged, two people with one surname kept apart."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from claimledger.cli import app
from claimledger import identity
from claimledger.identity import identities, key
from conftest import extract_articles


@pytest.mark.parametrize(
    "name, expected",
    [
        ("Boris Pistorius", "boris pistorius"),
        ("BORIS PISTORIUS", "boris pistorius"),
        ("Mr. Pistorius", "pistorius"),
        ("Insp. Chidi Okafor", "chidi okafor"),
        ("Shri Arun K. Mehta", "arun k mehta"),
        ("José Ramos-Horta", "jose ramos horta"),
        ("Ségolène  Royal", "segolene royal"),
        ("the Russian Defense Ministry", "russian defense ministry"),
        ("Reuters’s", "reuters"),
        ("O'Neill", "o'neill"),
        ("Dr", None),
        ("", None),
        (None, None),
    ],
)
def test_the_key_folds_what_print_varies(name: str | None, expected: str | None) -> None:
    assert key(name) == expected


def test_different_letters_keep_different_keys() -> None:
    assert key("Volodymyr Zelensky") != key("Volodymyr Zelenskyy")


ARTICLES = [
    ("a", "2025-01-14", "President Volodymyr Zelenskyy said the front was holding. Zelenskyy said talks would resume."),
    ("b", "2025-01-15", "Volodymyr Zelensky said the grain deal would hold."),
    ("c", "2025-01-16", "Zelensky said the air defences had worked."),
    ("d", "2025-01-16", "Police Chief Alan Walsh said the road was closed."),
    ("e", "2025-01-17", "Senator Maria Walsh said the vote would go ahead."),
    ("f", "2025-01-17", "Walsh said the bridge was safe."),
    ("g", "2025-01-18", "Moussa Diallo said the harvest was poor."),
    ("h", "2025-01-19", "Musa said the rains were late."),
    ("i", "2025-01-19", "The Russian Defense Ministry said 31 drones were downed. The Russian Foreign Ministry said talks were off."),
]


@pytest.fixture(scope="module")
def ledger() -> list[dict[str, Any]]:
    return extract_articles(ARTICLES)


def test_spellings_of_one_source_merge_and_two_who_share_a_surname_do_not(ledger: list[dict[str, Any]]) -> None:
    found = {i.name: (sorted(i.spellings), i.claims, len(i.documents)) for i in identities(ledger)}
    assert found == {
        "Volodymyr Zelenskyy": (["Volodymyr Zelensky", "Volodymyr Zelenskyy", "Zelensky"], 4, 3),  # "Zelenskyy" in a: the full name
        "Alan Walsh": (["Alan Walsh"], 1, 1),
        "Maria Walsh": (["Maria Walsh"], 1, 1),
        "Walsh": (["Walsh"], 1, 1),  # two full names fit it: it stays apart
        "Moussa Diallo": (["Moussa Diallo", "Musa"], 2, 2),
        "Russian Defense Ministry": (["Russian Defense Ministry"], 1, 1),
        "Russian Foreign Ministry": (["Russian Foreign Ministry"], 1, 1),
    }


def test_speakers_lists_identities_as_json_lines(ledger: list[dict[str, Any]], tmp_path: Path) -> None:
    path = tmp_path / "ledger.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in ledger), encoding="utf-8")
    result = CliRunner().invoke(app, ["speakers", str(path), "--json"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows[0] == {
        "key": "volodymyr zelenskyy",
        "name": "Volodymyr Zelenskyy",
        "spellings": [{"name": "Volodymyr Zelenskyy", "claims": 2}, {"name": "Volodymyr Zelensky", "claims": 1}, {"name": "Zelensky", "claims": 1}],
        "roles": ["President"],
        "claims": 4,
        "documents": 3,
    }
    if shutil.which("jq"):
        piped = subprocess.run(
            f"{sys.executable} -m claimledger speakers {path} | jq -r 'select(.documents > 1) | .name'", shell=True, capture_output=True, text=True, check=True
        )
        assert piped.stdout.split("\n")[:2] == ["Volodymyr Zelenskyy", "Moussa Diallo"]


def test_speakers_reports_a_missing_ledger(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["speakers", str(tmp_path / "none.jsonl")])
    assert result.exit_code == 1 and "none.jsonl" in result.stderr and result.stdout == ""


@pytest.mark.parametrize(
    "name, expected_key, expected_title",
    [
        ("Harbour Master Elena Varga", "elena varga", "Harbour Master"),
        ("harbour master Elena Varga", "elena varga", "harbour master"),
        ("Police Commissioner Olanrewaju Ishola", "olanrewaju ishola", "Police Commissioner"),
        ("Datuk Seri Anwar Ibrahim", "anwar ibrahim", None),  # honorifics (data/honorifics.txt), like "Mr.": out of the key, no title
        ("Tunku Ismail Idris", "ismail idris", "Tunku"),
        ("Shri Police Commissioner Arun Mehta", "arun mehta", "Police Commissioner"),
        ("Harbour Master", "harbour master", None),  # nothing but a title: the key is the title
        ("Police Department", "police department", None),  # an organization keeps its name
        ("Julie Bishop", "julie bishop", None),  # a title word after the name is the name
    ],
)
def test_a_title_that_opens_a_name_is_no_part_of_the_key(name: str, expected_key: str, expected_title: str | None) -> None:
    from claimledger.identity import title

    assert (key(name), title(name)) == (expected_key, expected_title)


def test_a_capitalized_title_makes_no_second_person() -> None:
    ledger = extract_articles(
        [
            ("port-a", "2025-03-04", "Harbour Master Elena Varga said 31 ships were turned away on Tuesday."),
            ("port-b", "2025-03-04", "harbour master Elena Varga said 24 ships were turned away on Tuesday."),
        ]
    )
    found = [(i.key, i.name, sorted(i.roles), i.claims) for i in identities(ledger)]
    assert found == [("elena varga", "Elena Varga", ["Harbour Master", "harbour master"], 2)]
    from claimledger import conflicts

    assert [(c.rule, c.a_figure["text"], c.b_figure["text"]) for c in conflicts.find(ledger)] == [("figure_from_one_source", "31 ships", "24 ships")]


def _every_pair(keys: list[str]) -> list[list[str]]:
    """The merging of the module docstring with every pair of keys compared: what blocking must give."""
    parent = {k: k for k in keys}

    def root(k: str) -> str:
        while parent[k] != k:
            k = parent[k]
        return k

    full = [k for k in keys if " " in k]
    for i, a in enumerate(full):
        for b in full[i + 1 :]:
            if identity._same_full_name(a.split(), b.split()):
                parent[root(b)] = root(a)
    for k in keys:
        if " " not in k:
            fits = {root(f) for f in full if identity._fits(k, f.split())}
            if len(fits) == 1:
                parent[root(k)] = fits.pop()
            elif not fits:
                other = next((o for o in keys if o < k and " " not in o and identity._similar(k, o)), None)
                if other is not None:
                    parent[root(k)] = root(other)
    groups: dict[str, list[str]] = {}
    for k in keys:
        groups.setdefault(root(k), []).append(k)
    return sorted(groups.values())


@pytest.mark.parametrize(
    "keys, merged",
    [
        (["aleksandr dovrenko", "oleksandr dovrenko"], True),  # alike, though their first letters differ
        (["elaine varnek", "melaine"], True),  # a letter more before the first name
        (["irina sokolova", "irina sokolovaa"], True),
        (["irina sokol", "i sokol"], True),
        (["irina sokol", "marta sokol"], False),
        (["anton velichko", "anton velichenko", "bogdan velichko"], True),  # the first two only
    ],
)
def test_blocking_compares_the_names_that_may_be_one(keys: list[str], merged: bool) -> None:
    groups = sorted(sorted(g) for g in identity._groups(sorted(keys)))
    assert groups == _every_pair(sorted(keys))
    assert any(len(g) > 1 for g in groups) == merged


def test_blocking_merges_as_every_pair_would() -> None:
    """Invented names of random syllables, some spelled again another way (an initial, a letter
    doubled, a letter more before the first name, the surname or first name alone): the blocked
    merging gives the identities that comparing every pair gives."""
    import random

    rng = random.Random(7)
    syllables = [c + v for c in "bdgklmnprstvz" for v in "aeiou"] + ["el", "an", "or", "is"]
    keys: set[str] = set()
    while len(keys) < 600:
        first = "".join(rng.choice(syllables) for _ in range(rng.randint(2, 3)))
        last = "".join(rng.choice(syllables) for _ in range(rng.randint(2, 4)))
        keys.add(f"{first} {last}")
        keys.add(rng.choice([f"{first[0]} {last}", f"{first} {last}{last[-1]}", f"o{first} {last}", last, first, f"{first} {last}"]))
    ordered = sorted(keys)
    assert sorted(sorted(g) for g in identity._groups(ordered)) == _every_pair(ordered)
