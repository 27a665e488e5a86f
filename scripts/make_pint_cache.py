"""Rewrite claimledger/data/pint_cache.json from the installed pint (tests/test_units.py checks they agree).

    python scripts/make_pint_cache.py

Run it after changing data/units.tsv or data/unit_symbols.tsv, or upgrading pint.
"""

from __future__ import annotations

import json
from pathlib import Path

from claimledger import units

TARGET = Path(__file__).resolve().parent.parent / "claimledger" / "data" / "pint_cache.json"

if __name__ == "__main__":
    table = units.cache_table(units.shipped_expressions())
    TARGET.write_text(json.dumps(table, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{TARGET}: {len(table['units'])} units, {len(table['unit_symbols'])} symbols (pint {table['pint']})")
