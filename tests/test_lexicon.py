"""Word lists are data: one entry per line, lowercase, sorted, unique."""

from importlib import resources

import pytest

DATA = resources.files("claimledger").joinpath("data")
FILES = sorted(p.name for p in DATA.iterdir() if p.name.endswith((".txt", ".tsv")))


def _entries(name: str) -> list[str]:
    lines = DATA.joinpath(name).read_text(encoding="utf-8").splitlines()
    return [ln for ln in lines if ln.strip() and not ln.startswith("#")]


@pytest.mark.parametrize("name", FILES)
def test_sorted_unique(name: str) -> None:
    entries = _entries(name)
    keys = [e.split("\t")[0] for e in entries]
    assert keys == sorted(set(keys)), f"{name}: keep entries sorted and unique"
    if name.endswith(".tsv"):
        assert all("\t" in e for e in entries), f"{name}: every row is key<TAB>value"


@pytest.mark.parametrize("name", [n for n in FILES if n.endswith(".txt")])
def test_lowercase(name: str) -> None:
    assert all(e == e.lower() for e in _entries(name))


def test_every_file_has_a_comment_saying_what_it_is() -> None:
    for name in FILES:
        assert DATA.joinpath(name).read_text(encoding="utf-8").startswith("#"), name
