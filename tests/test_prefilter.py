"""What the engine reads from a regex before it runs it (claimledger.matchers.prefilter): the tags a
match starts with and the tag sets a string must hold. Both may only skip what could not match: on
the sentences of the claim tests, every row's guarded regex finds what its bare regex finds, and a
row whose gate a sentence leaves shut finds nothing there."""

from __future__ import annotations

import re

import pytest

from claimledger import quotemarks, sentences
from claimledger.matchers import Context, engine, prefilter
from test_claims import NEGATIVE, POSITIVE

ALPHABET = frozenset("abcdefxyz")

FIRST = [
    ("a", {"a"}),
    ("[ab]c", {"a", "b"}),
    ("a?b", {"a", "b"}),
    ("a*", None),  # may be empty
    ("(?<=x)a|b", {"a", "b"}),
    ("(?!a)[^ab]y", set(ALPHABET - {"a", "b"})),
    ("^(?:c|d)+e", {"c", "d"}),
    ("(?P<s>a|b?)c", {"a", "b", "c"}),
    (".a", None),  # any tag
    ("a|", None),
]

REQUIRED = [
    ("a", [{"a"}]),
    ("ab?c", [{"a"}, {"c"}]),
    ("(?:a|b)c", [{"a", "b"}, {"c"}]),
    ("a(?=x|y)", [{"a"}, {"x", "y"}]),
    ("a(?!x)", [{"a"}]),  # what a negative lookahead names need not be there
    ("(?<=d)a{2,}", [{"d"}, {"a"}]),
    ("(?:ab|c)e*", [{"a", "c"}]),  # a branch asks for one of its sets; "e*" for none
    ("a|.", []),
]


@pytest.mark.parametrize("source, expected", FIRST, ids=[s for s, _ in FIRST])
def test_first_tags(source: str, expected: set[str] | None) -> None:
    found = prefilter.first_tags(source, ALPHABET)
    assert (set(found) if found is not None else None) == expected


@pytest.mark.parametrize("source, expected", REQUIRED, ids=[s for s, _ in REQUIRED])
def test_required_tags(source: str, expected: list[set[str]]) -> None:
    assert [set(s) for s in prefilter.required_tags(source, ALPHABET)] == expected


@pytest.mark.parametrize("source, guard", [("[ab]c", False), ("a|b", False), ("(?P<x>[ab])c", False), ("a?b", True), ("(?<=x)a", True), ("(?:a|b?)c", True)])
def test_a_guard_where_re_has_no_start_set(source: str, guard: bool) -> None:
    assert prefilter.needs_guard(source) is guard


def _tag_strings() -> list[str]:
    cascade = engine.cascade()
    found = []
    for text in [t for t, _ in POSITIVE] + [t for t, _ in NEGATIVE]:
        quotes = quotemarks.find(text)
        for sent in sentences.split(text):
            units = cascade.units(Context(text, sent, tuple(q for q in quotes if q.start < sent.end and q.end > sent.start)))
            if units is not None:
                found.append(cascade.chunk(units).tags)
    return found


def test_gates_and_guards_skip_only_what_cannot_match() -> None:
    cascade = engine.cascade()
    patterns = [rule.pattern for rule in cascade.rules] + [*cascade.boundaries.values(), *cascade.subjects.values()]
    patterns += [p for found in cascade.relays.values() for p in found]
    assert any(p.guard for p in patterns) and any(p.gate for p in patterns)
    strings = _tag_strings()
    opened = 0
    for pattern in patterns:
        bare = re.compile(pattern.source, re.S)
        for tags in strings:
            everywhere = [m.span() for start in range(len(tags) + 1) if (m := bare.match(tags, start))]
            if pattern.gate & ~cascade.open_gates(tags):
                assert everywhere == [], pattern.source
                continue
            opened += 1
            assert [m.span() for start in range(len(tags) + 1) if (m := pattern.regex.match(tags, start))] == everywhere
    assert 0 < opened < len(patterns) * len(strings)  # some gates open, some stay shut
