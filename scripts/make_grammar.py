"""Rewrite claimledger/data/grammar_compiled.json from the rows of claimledger/data/grammar/ and the
word lists (tests/test_grammar_compiled.py checks they agree).

    python scripts/make_grammar.py

Run it after changing a row of data/grammar/*.tsv or a word list a class names: the tool loads the
compiled grammar at start and does not read the rows again.
"""

from __future__ import annotations

from pathlib import Path

from claimledger.matchers import engine

TARGET = Path(__file__).resolve().parent.parent / "claimledger" / "data" / "grammar_compiled.json"

if __name__ == "__main__":
    TARGET.write_text(engine.compiled_text(engine.compile_rows()), encoding="utf-8")
    print(f"{TARGET}: {TARGET.stat().st_size:,} bytes")
