"""Word lists shipped as data files beside the code.

Rules that are word lists (cue verbs, titles, abbreviations, unit aliases) live in
``claimledger/data/*.txt`` so a user can read and extend them without touching a
regex. A list file holds one lowercase entry per line, sorted, ``#`` comments
allowed. A table file holds ``key<TAB>value`` rows. Both are read once and cached.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources


def _lines(name: str) -> list[str]:
    raw = resources.files("claimledger").joinpath("data", name).read_text(encoding="utf-8")
    return [ln.strip() for ln in raw.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]


@cache
def words(name: str) -> frozenset[str]:
    """The entries of list file ``data/<name>.txt``."""
    return frozenset(_lines(f"{name}.txt"))


@cache
def table(name: str) -> dict[str, str]:
    """The rows of table file ``data/<name>.tsv`` as a mapping from key to value."""
    rows: dict[str, str] = {}
    for line in _lines(f"{name}.tsv"):
        key, _, value = line.partition("\t")
        rows[key.strip()] = value.strip()
    return rows


def alternation(entries: frozenset[str] | dict[str, str] | list[str]) -> str:
    """A regex alternation of literal entries, longest first so the longest wins."""
    return "|".join(re.escape(e) for e in sorted(entries, key=lambda e: (-len(e), e)))
