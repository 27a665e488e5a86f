"""One identity per source: a stable key from a speaker's canonical name.

The key is the same wherever a name is spelled the same way up to what print varies:
case, accents and other marks, punctuation and spacing, a leading article, a
possessive, and honorifics and ranks (``data/honorifics.txt``: ``Mr``, ``Dr``,
``Shri``, ``Insp.``). So ``jq 'select(.speaker.key == "boris pistorius")'`` finds a
person across a whole archive. Spellings that differ in their letters (``Zelensky``,
``Zelenskyy``) keep two keys; ``claimledger speakers`` merges those.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

from claimledger import lexicon

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


def key(name: str | None) -> str | None:
    """The identity key of a canonical name, or None when there is no name (or nothing but honorifics)."""
    if not name:
        return None
    folded = "".join(c for c in unicodedata.normalize("NFKD", name.casefold()) if not unicodedata.combining(c))
    words = [w.replace("’", "'") for w in _WORD.findall(folded)]
    if words and words[-1].endswith("'s"):
        words[-1] = words[-1][:-2]
    if words[:1] == ["the"]:
        words = words[1:]
    honorifics = lexicon.words("honorifics")
    words = [w for w in words if w not in honorifics]
    return " ".join(words) or None


def of_record(record: dict[str, Any]) -> str | None:
    """A ledger record's speaker identity: its ``speaker.key``, or for a ledger written
    before records had keys, the key of its ``speaker.name``. Never the raw text."""
    speaker = record.get("speaker") or {}
    return speaker.get("key") or _cached_key(speaker.get("name"))


_cached_key = lru_cache(maxsize=65536)(key)  # a ledger names the same people again and again
