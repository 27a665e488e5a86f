"""Word lists shipped as data files beside the code.

Rules that are word lists (cue verbs, titles, abbreviations, unit aliases) live in
``claimledger/data/*.txt`` so a user can read and extend them without touching a
regex. A list file holds one lowercase entry per line, sorted, ``#`` comments
allowed. A table file holds ``key<TAB>value`` rows. The claim grammar's tables
(``data/grammar/*.tsv``) are rows of several columns, read in file order. All are
read once and cached.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from importlib import resources

TENSES = ("base", "pres", "past", "ing")  # say, says, said, saying


def _lines(name: str) -> list[str]:
    raw = resources.files("claimledger").joinpath("data", name).read_text(encoding="utf-8")
    return [ln.strip() for ln in raw.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]


@cache
def words(name: str) -> frozenset[str]:
    """The entries of list file ``data/<name>.txt``."""
    return frozenset(_lines(f"{name}.txt"))


def is_plural(word: str) -> bool:
    """Whether a noun reads as a plural: "drones", "people" (data/irregular_plurals.txt), not "witness"."""
    return word.endswith("s") and not word.endswith("ss") or word.lower() in words("irregular_plurals")


@cache
def table(name: str) -> dict[str, str]:
    """The rows of table file ``data/<name>.tsv`` as a mapping from key to value."""
    rows: dict[str, str] = {}
    for line in _lines(f"{name}.tsv"):
        key, _, value = line.partition("\t")
        rows[key.strip()] = value.strip()
    return rows


@cache
def rows(name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of ``data/<name>.tsv`` in file order, each split at its tabs (empty cells dropped)."""
    raw = resources.files("claimledger").joinpath("data", f"{name}.tsv").read_text(encoding="utf-8")
    found = []
    for line in raw.splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            found.append(tuple(cell.strip() for cell in line.split("\t") if cell.strip()))
    return tuple(found)


def inflections(lemma: str) -> dict[str, str]:
    """The regular forms of a verb by tense: base, present (third person), past, -ing."""
    if lemma.endswith("e") and not lemma.endswith("ee"):
        pres, past, ing = lemma + "s", lemma + "d", lemma[:-1] + "ing"
    elif lemma.endswith("ee"):
        pres, past, ing = lemma + "s", lemma + "d", lemma + "ing"
    elif lemma.endswith("y") and lemma[-2:-1] not in ("a", "e", "i", "o", "u"):
        pres, past, ing = lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"
    elif lemma.endswith(("s", "sh", "ch", "x", "z")):
        pres, past, ing = lemma + "es", lemma + "ed", lemma + "ing"
    else:
        pres, past, ing = lemma + "s", lemma + "ed", lemma + "ing"
    return {"base": lemma, "pres": pres, "past": past, "ing": ing}



@cache
def verb_forms(name: str) -> dict[str, tuple[str, frozenset[str]]]:
    """Every form of the verbs of list file ``data/<name>.txt``, mapped to its lemma and the
    tenses it stands for (``said`` is past and a participle; ``read`` is base and past).
    Irregular forms come from ``data/verb_forms.tsv``; ``data/not_cue_forms.txt`` removes forms
    that are seldom the verb (``states``)."""
    lemmas = words(name)
    found: dict[str, tuple[str, set[str]]] = {}
    irregular = {form: row.split("\t") for form, row in table("verb_forms").items()}
    for lemma in sorted(lemmas):
        regular = inflections(lemma)
        replaced = {tense for form, (base, *tenses) in irregular.items() if base == lemma for tense in tenses}
        for tense, form in regular.items():
            if tense not in replaced:
                found.setdefault(form, (lemma, set()))[1].add(tense)
    for form, (lemma, *tenses) in irregular.items():
        if lemma in lemmas:
            found.setdefault(form, (lemma, set()))[1].update(tenses)
    return {form: (lemma, frozenset(tenses)) for form, (lemma, tenses) in found.items() if form not in words("not_cue_forms")}


def form_of(lemma: str, tense: str) -> str:
    """A verb's form in one tense, irregular ones from ``data/verb_forms.tsv`` (``make``, past: ``made``)."""
    for form, row in table("verb_forms").items():
        base, *tenses = row.split("\t")
        if base == lemma and tense in tenses:
            return form
    return inflections(lemma)[tense]


def alternation(entries: frozenset[str] | dict[str, str] | list[str]) -> str:
    """A regex alternation of literal entries, longest first so the longest wins. They are written
    as a tree of their shared beginnings (``a(?:bout|bove)``): ``re`` tries each branch of an
    alternation in turn at every place, so one branch per first letter is faster, and as the tree
    keeps the order of the entries that can match at one place (those with one beginning), it
    matches what the flat alternation matches. Entries with a letter outside ASCII stay flat: one
    such letter may match another's case in ways ``str.lower`` does not show (``K``, the Kelvin sign)."""
    ordered = sorted(entries, key=lambda e: (-len(e), e))
    if not all(_caseless_or_ascii(c) for e in ordered for c in e):
        return "|".join(re.escape(e) for e in ordered)
    return _branches(ordered)


def _caseless_or_ascii(char: str) -> bool:
    """ASCII, or a mark, a symbol or a digit without case (``’``, ``€``, ``½``)."""
    return char.isascii() or (unicodedata.category(char)[0] in "PSNZ" and char.lower() == char == char.upper())


def _branches(ordered: list[str]) -> str:
    """The entries (in their order) as alternatives grouped by their first letter, whatever its case:
    entries of two groups cannot match at one place, so only the order within a group counts."""
    groups: dict[str, list[str]] = {}
    parts: list[str | list[str]] = []
    for entry in ordered:
        if not entry:
            parts.append("")
            continue
        key = entry[0].lower()
        if key not in groups:
            groups[key] = []
            parts.append(groups[key])
        groups[key].append(entry)
    out = []
    for part in parts:
        if isinstance(part, str):
            out.append(part)
        elif len(part) > 1 and len({e[0] for e in part}) == 1:
            out.append(f"{re.escape(part[0][0])}(?:{_branches([e[1:] for e in part])})")
        else:  # one entry, or first letters that differ in case only: each as written
            out.extend(re.escape(e) for e in part)
    return "|".join(out)


@cache
def phrases(name: str) -> re.Pattern[str]:
    """A case-blind search for the phrases of list file ``data/<name>.txt``, whole words, either
    apostrophe; an entry may begin inside a word ("n't comment" in "wouldn't comment")."""
    entries = {e for entry in words(name) for e in (entry, entry.replace("'", "’"))}
    return re.compile(rf"(?:(?<!\w)|(?=n['’]))(?:{alternation(entries)})\b", re.I)
