"""lexicon.alternation writes entries as a tree of their shared beginnings: it must match exactly
what the flat alternation, longest entry first, matches, in any case and with what follows it."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimledger import lexicon


def _flat(entries: list[str]) -> str:
    return "|".join(re.escape(e) for e in sorted(entries, key=lambda e: (-len(e), e)))


ROWS = [
    (["about", "above", "a", "ab", "more than", "More"], "About a third, more than half, ab initio, MORE"),
    (["s", "S", "st", "St."], "St. Louis, st and S s"),
    (["up to", "up", "upper"], "up to 5, upper bound, up"),
    (["€", "eur", "euro", "n’t comment", "n't"], "€5, 5 euro, EUR 5, won’t comment, didn't"),  # marks without case
    (["é", "eé", "É"], "É é eÉ"),  # letters outside ASCII: written flat
    (["ⓐb", "Ⓐ", "a"], "Ⓐb ⓐb a"),  # a symbol with case

    (["k", "kg", "km"], "3 km, 2 kg, 1 K, 4 \u212a"),  # the Kelvin sign is a k in any case
]


@pytest.mark.parametrize("entries, text", ROWS, ids=[r[1][:20] for r in ROWS])
@pytest.mark.parametrize("flags", [0, re.I])
@pytest.mark.parametrize("around", ["(?:{})", r"\b(?:{})\b", "(?:{})(?:s| than)?"])
def test_the_tree_matches_what_the_flat_alternation_matches(entries: list[str], text: str, flags: int, around: str) -> None:
    tree, flat = re.compile(around.format(lexicon.alternation(entries)), flags), re.compile(around.format(_flat(entries)), flags)
    assert [m.span() for m in tree.finditer(text)] == [m.span() for m in flat.finditer(text)]


def test_ascii_entries_share_their_beginnings() -> None:
    assert lexicon.alternation(["about", "above", "a", "xyz"]) == "a(?:b(?:o(?:ut|ve))|)|xyz"


_WORDS = st.lists(st.text(alphabet="abAB .’€é", min_size=0, max_size=4), min_size=1, max_size=8)


@settings(max_examples=400, deadline=None, derandomize=True)
@given(_WORDS, st.text(alphabet="abAB .x’€éÉ", max_size=30), st.sampled_from([0, re.I]))
def test_any_entries_any_text(entries: list[str], text: str, flags: int) -> None:
    for around in ("(?:{})", "(?:{})x?b", r"(?:{})\b"):
        tree, flat = re.compile(around.format(lexicon.alternation(entries)), flags), re.compile(around.format(_flat(entries)), flags)
        assert [m.span() for m in tree.finditer(text)] == [m.span() for m in flat.finditer(text)], (entries, text, around)
