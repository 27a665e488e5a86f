"""A speaker's key: one per name, whatever print does to it."""

from __future__ import annotations

import pytest

from claimledger.identity import key


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
