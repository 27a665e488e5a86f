"""data/grammar_compiled.json is what the rows of data/grammar/ and the word lists compile to, so
that the tool can start without compiling them: a row edited without the file rebuilt fails here."""

from __future__ import annotations

from importlib import resources

import pytest

from claimledger import lexicon
from claimledger.matchers import engine


def test_the_shipped_grammar_is_what_the_rows_compile_to() -> None:
    assert _shipped() == engine.compiled_text(engine.compile_rows()), "the grammar's rows changed: run python scripts/make_grammar.py"


@pytest.mark.parametrize("table, column", [("claims", 0), ("boundaries", 0), ("subjects", 0), ("relays", 0)])
def test_every_row_is_in_the_shipped_grammar_by_its_id(table: str, column: int) -> None:
    cascade = engine.cascade()
    shipped = {
        "claims": [rule.id for rule in cascade.rules],
        "boundaries": list(cascade.boundaries),
        "subjects": list(cascade.subjects),
        "relays": [row_id for row_id, _, _ in cascade.relay_rows],
    }
    assert shipped[table] == [row[column] for row in lexicon.rows(f"grammar/{table}")]


def test_an_edited_row_gives_another_grammar(monkeypatch: pytest.MonkeyPatch) -> None:
    """The check above can fail: one boundary row asking for a comma more compiles to another file."""
    real = lexicon.rows
    rows = real("grammar/boundaries")
    edited = ((rows[0][0], rows[0][1] + " COMMA"), *rows[1:])
    monkeypatch.setattr(lexicon, "rows", lambda name: edited if name == "grammar/boundaries" else real(name))
    assert engine.compiled_text(engine.compile_rows()) != _shipped()


def _shipped() -> str:
    return resources.files("claimledger").joinpath("data", "grammar_compiled.json").read_text(encoding="utf-8")


def test_a_run_compiles_the_rows_when_a_file_changed_since(monkeypatch: pytest.MonkeyPatch) -> None:
    """Someone edits a row and runs the tool before scripts/make_grammar.py: the edit counts."""
    compiled = engine.compile_rows()
    monkeypatch.setattr(engine, "inputs", lambda files: {name: "edited" for name in files})
    monkeypatch.setattr(engine, "compile_rows", lambda: {**compiled, "rules": compiled["rules"][:1]})
    engine.cascade.cache_clear()
    try:
        assert [rule.id for rule in engine.cascade().rules] == [compiled["rules"][0]["id"]]
    finally:
        engine.cascade.cache_clear()
