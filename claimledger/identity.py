"""One identity per source: a stable key from a speaker's canonical name.

The key is the same wherever a name is spelled the same way up to what print varies:
case, accents and other marks, punctuation and spacing, a leading article, a
possessive, honorifics and ranks (``data/honorifics.txt``: ``Mr``, ``Dr``,
``Shri``, ``Insp.``), and a title that opens the name, whatever its case (``data/titles.txt``
and ``data/title_words.txt``: ``Harbour Master``, ``Police Commissioner``, ``Tunku``; the
title is a role, see :func:`title`), unless the name is nothing but a title or an
organization (``Police Department``). So ``jq 'select(.speaker.key == "boris pistorius")'`` finds a
person across a whole archive. Spellings that differ in their letters (``Zelensky``,
``Zelenskyy``) keep two keys; ``identities`` (``claimledger speakers``) merges those, with
rapidfuzz's Jaro-Winkler similarity of each word and conservative rules: full names merge when
every word matches (a first name may be an initial, a person may add a middle name); a single word
joins the one full name whose first or last name it matches, and stays apart when two full names
fit it (``Walsh`` beside ``Alan Walsh`` and ``Maria Walsh``): two people are never merged for
sharing a surname. Only names that can be one source are compared (:func:`_alike` blocks the
words of names by three of their first five letters), so time grows with the names alike, not
with every pair: 100,000 distinct names in about 35 s (bench/speakers.py).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache
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
    words = words[_title_length(words) :]
    return " ".join(words) or None


def title(name: str | None) -> str | None:
    """The title that opens a name as written ("Harbour Master" of "Harbour Master Elena
    Varga"), which the key leaves out: the person's role, not part of who she is."""
    words = (name or "").split()
    folded = [w.casefold().strip(".,") for w in words]
    honorifics = lexicon.words("honorifics")
    start = next((i for i, w in enumerate(folded) if w not in honorifics), len(folded))
    length = _title_length(folded[start:])
    return " ".join(words[start : start + length]) or None


def _title_length(words: list[str]) -> int:
    """How many words of title open a folded name, leaving at least one word that is none; none
    when the name ends in the head of an organization ("police department")."""
    if not words or words[-1] in lexicon.words("org_heads"):
        return 0
    titled = lexicon.words("titles") | lexicon.words("title_words")
    n = 0
    while n < len(words) - 1 and words[n] in titled:
        n += 1
    return n if words[n] not in titled else 0


def of_record(record: dict[str, Any]) -> str | None:
    """A ledger record's speaker identity: its ``speaker.key``, or for a ledger written
    before records had keys, the key of its ``speaker.name``. Never the raw text."""
    speaker = record.get("speaker") or {}
    return speaker.get("key") or _cached_key(speaker.get("name"))


_cached_key = lru_cache(maxsize=65536)(key)  # a ledger names the same people again and again


_SIMILAR = 0.9  # Jaro-Winkler, to two places, of two spellings of one word: "Musa"/"Moussa" 0.90, "Zelensky"/"Zelenskyy" 0.98; "Smith"/"Smyth" 0.89


@dataclass
class Identity:
    """One source across a ledger: its key and name (the most frequent full spelling), every
    spelling of its name with its number of claims, its roles, and its claims and documents."""

    key: str
    name: str
    spellings: Counter[str] = field(default_factory=Counter)
    roles: Counter[str] = field(default_factory=Counter)
    claims: int = 0
    documents: set[str] = field(default_factory=set)

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "name": self.name,
            "spellings": [{"name": n, "claims": c} for n, c in _ranked(self.spellings)],
            "roles": [r for r, _ in _ranked(self.roles)],
            "claims": self.claims,
            "documents": len(self.documents),
        }


def identities(records: Iterable[dict[str, Any]]) -> list[Identity]:
    """The sources of a ledger's claims, one per person or group, spellings merged; most claims first."""
    found: dict[str, Identity] = {}
    for record in records:
        speaker = record.get("speaker") or {}
        k = of_record(record)
        if k is None:
            continue
        identity = found.setdefault(k, Identity(k, speaker["name"]))
        identity.spellings[speaker["name"]] += 1
        role = speaker.get("role") or title(speaker["name"])
        if role:
            identity.roles[role] += 1
        identity.claims += 1
        identity.documents.add((record.get("doc") or {}).get("id", ""))
    merged = [_merged([found[k] for k in group]) for group in _groups(sorted(found))]
    return sorted(merged, key=lambda i: (-i.claims, i.key))


def _groups(keys: list[str]) -> list[list[str]]:
    """The keys that name one source, by the rules of the module docstring. Only names that can be
    one source are compared (:func:`_alike`): full names whose last words are alike and whose first
    words are alike or one an initial of the other, and a single word with the full names whose
    first or last word it is like; each pair is then judged as if every pair were."""
    parent = {k: k for k in keys}

    def root(k: str) -> str:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    full = [k for k in keys if " " in k]
    words_of = {f: f.split() for f in full}
    singles = [k for k in keys if " " not in k]
    alike = _alike(sorted({w for f in full for w in (words_of[f][0], words_of[f][-1])} | set(singles)))
    by_last: dict[str, list[str]] = {}  # last word -> full names, in key order
    by_word: dict[str, list[str]] = {}  # first or last word -> full names
    for f in full:
        first, last = words_of[f][0], words_of[f][-1]
        by_last.setdefault(last, []).append(f)
        for w in {first, last}:
            by_word.setdefault(w, []).append(f)
    for a in full:
        first, last = words_of[a][0], words_of[a][-1]
        for other_last in alike[last]:
            for b in by_last.get(other_last, ()):
                b_first = words_of[b][0]
                if b > a and (b_first in alike[first] or b_first[0] == first[0]) and _same_full_name(words_of[a], words_of[b]):
                    parent[root(b)] = root(a)
    single = set(singles)
    for k in singles:
        fits = {root(f) for w in alike[k] for f in by_word.get(w, ()) if _fits(k, words_of[f])}
        if len(fits) == 1:
            parent[root(k)] = fits.pop()
        elif not fits:
            other = min((w for w in alike[k] if w in single and w < k and _similar(k, w)), default=None)
            if other is not None:
                parent[root(k)] = root(other)
    groups: dict[str, list[str]] = {}
    for k in keys:
        groups.setdefault(root(k), []).append(k)
    return list(groups.values())


_KEY_LETTERS = 5  # a word is filed under every three of its first five letters


def _alike(words: list[str]) -> dict[str, set[str]]:
    """Each word with the words that :func:`_similar` finds alike (itself among them), without
    comparing every pair. A word of four letters or more is filed under each three letters of its
    first five, in any order (``zelen``: ``eel``, ``eln``, ``elz``, ...), and compared with the
    words filed under one of its keys (rapidfuzz's ``process.extract``, in C++, with a cutoff below
    ``_SIMILAR``'s rounding; then :func:`_similar` itself). Spellings alike differ in a letter or
    two, so they share three of their first five letters: ``Melanie`` and ``Elaine``, ``Rahman``
    and ``Hartman``, ``Aleksandr`` and ``Oleksandr``, ``Risen`` and ``Torisen``. Not compared: two
    long words that differ in three of their first five letters, which Jaro-Winkler finds alike
    only past about twenty letters."""
    from itertools import combinations

    from rapidfuzz import process

    scorer = _jaro_winkler()
    alike = {w: {w} for w in words}
    blocks: dict[str, list[str]] = {}
    for w in words:
        if len(w) >= 4:
            for key in sorted(set(combinations(sorted(w[:_KEY_LETTERS]), 3))):
                blocks.setdefault("".join(key), []).append(w)
    for block in blocks.values():
        for i, w in enumerate(block[:-1]):
            for other, _, _ in process.extract(w, block[i + 1 :], scorer=scorer, processor=None, score_cutoff=_SIMILAR - 0.02, limit=None):
                if other not in alike[w] and (_similar(w, other) or _similar(other, w)):
                    alike[w].add(other)
                    alike[other].add(w)
    return alike


def _similar(a: str, b: str) -> bool:
    return a == b or (min(len(a), len(b)) >= 4 and round(_jaro_winkler()(a, b), 2) >= _SIMILAR)


@cache
def _jaro_winkler() -> Callable[[str, str], float]:
    """rapidfuzz's Jaro-Winkler similarity, imported when first asked for: extract only keys names
    and never compares them, so its start does without rapidfuzz."""
    from rapidfuzz.distance import JaroWinkler

    return JaroWinkler.normalized_similarity  # type: ignore[no-any-return]


def _same_full_name(a: list[str], b: list[str]) -> bool:
    """Two full names of one source: the same number of words, each alike (a first name may be its
    initial); or, for a person, the same first and last name beside a middle name."""
    first = _similar(a[0], b[0]) or (len(a[0]) == 1 and b[0].startswith(a[0])) or (len(b[0]) == 1 and a[0].startswith(b[0]))
    if len(a) == len(b):
        return first and all(_similar(x, y) for x, y in zip(a[1:], b[1:]))
    heads = lexicon.words("org_heads")
    return first and _similar(a[-1], b[-1]) and a[-1] not in heads and abs(len(a) - len(b)) == 1


def _fits(word: str, name: list[str]) -> bool:
    """Whether a single word names the person of a full name: its first or last name."""
    return _similar(word, name[-1]) or _similar(word, name[0])


def _merged(parts: list[Identity]) -> Identity:
    """One identity of several keys: named by its most frequent spelling of several words."""
    spellings: Counter[str] = Counter()
    roles: Counter[str] = Counter()
    for part in parts:
        spellings.update(part.spellings)
        roles.update(part.roles)
    name = next((n for n, _ in _ranked(spellings) if " " in n.strip()), _ranked(spellings)[0][0])
    return Identity(key(name) or parts[0].key, name, spellings, roles, sum(p.claims for p in parts), set().union(*(p.documents for p in parts)))


def _ranked(counts: Counter[str]) -> list[tuple[str, int]]:
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))
