"""Find quantities in a span of text and normalize them with pint.

A quantity is a number (digits with separators, a decimal, a scale word such as
``million``, or number words such as ``thirty-one``) with what qualifies it
(``nearly``, ``more than``: data/qualifiers.tsv), an optional currency
(data/currencies.tsv) and either a unit (data/units.tsv, resolved through pint) or
the noun it counts (``31 drones``). Years, times of day, ordinals and numbers that
are parts of names (``F-16``, ``Su-34``) are not quantities.

pint is imported and its registry built only when the first unit is met.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from claimledger import lexicon
from claimledger.records import Quantity, SiValue


@dataclass(frozen=True, slots=True)
class _Patterns:
    quantity: re.Pattern[str]
    count_word: re.Pattern[str]


_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00a0]\d{3})+(?![\d,])|\d+(?:\.\d+)?"


@cache
def _patterns() -> _Patterns:
    numbers = lexicon.table("number_words")
    simple = [w for w in numbers if " " not in w]
    word_number = (
        rf"(?:{lexicon.alternation(numbers)})(?:[- ](?:{lexicon.alternation(simple)}))*"
    )
    scales = lexicon.table("scale_words")
    word_scales = [s for s in scales if len(s) > 2]
    currencies = lexicon.table("currencies")
    signs = [c for c in currencies if not c.isalpha()]
    units = lexicon.table("units")
    pattern = rf"""
        (?<![\w.\-/:])
        (?:(?P<qualifier>{lexicon.alternation(lexicon.table("qualifiers"))})\s+)?
        (?:(?P<sign>{lexicon.alternation(signs)})\s?)?
        (?:(?P<digits>{_DIGITS})|(?P<words>{word_number}))
        (?:(?P<attached_scale>{lexicon.alternation(scales)})\b|\s(?P<scale>{lexicon.alternation(word_scales)})\b)?
        (?:
            (?P<attached_unit>%|°[cCfF]\b|(?:{lexicon.alternation([u for u in units if len(u) > 1])})\b)
          | \s(?P<unit>{lexicon.alternation(units)}|{lexicon.alternation([c for c in currencies if c.isalpha()])})(?![\w-])
        )?
        (?![\w-]|\.\d)
    """
    return _Patterns(
        re.compile(pattern, re.IGNORECASE | re.VERBOSE),
        re.compile(r"\s+([A-Za-z][\w.\-]*)"),
    )


def _number(m: re.Match[str]) -> float | None:
    if m.group("digits"):
        value = float(re.sub(r"[,\s]", "", m.group("digits")))
    else:
        value = _words_value(m.group("words").lower())
        if value is None:
            return None
    scale = m.group("attached_scale") or m.group("scale")
    if scale:
        value *= float(lexicon.table("scale_words")[scale.lower()])
    return value


def _words_value(words: str) -> float | None:
    """The value of number words: ``thirty-one`` = 31, ``two hundred`` = 200."""
    numbers = lexicon.table("number_words")
    if words in numbers:
        return float(numbers[words])
    total = 0.0
    for part in re.split(r"[- ]", words):
        if part not in numbers:
            return None
        n = float(numbers[part])
        total = total * n if n in (100.0, 1000.0) and total else total + n
    return total


@cache
def _registry() -> Any:
    import pint

    ureg = pint.UnitRegistry()
    ureg.define("percentage_point = 0.01 = pp")  # its own unit: 2 points is not 2%
    return ureg


@cache
def _unit_facts(pint_name: str) -> tuple[str, str]:
    """pint's canonical name and the dimension (``length``, ``length / time``) of a unit."""
    ureg = _registry()
    unit = ureg.Unit(pint_name)
    dimension = str(unit.dimensionality).replace("[", "").replace("]", "")
    return str(unit), dimension or "dimensionless"


def _si(value: float, pint_name: str) -> SiValue:
    ureg = _registry()
    base = ureg.Quantity(value, pint_name).to_base_units()
    return SiValue(round(float(base.magnitude), 9), str(base.units))


def _is_excluded(text: str, m: re.Match[str]) -> bool:
    """Years, times of day, ordinals, parts of names and bare number words are not quantities."""
    digits = m.group("digits")
    after = text[m.end() : m.end() + 6]
    if re.match(r"(?:st|nd|rd|th)\b|\s?(?:a\.m\.|p\.m\.|am\b|pm\b)|:\d", after, re.I):
        return True
    if not digits and not (m.group("unit") or m.group("attached_unit") or m.group("sign")):
        return not _counted_noun(text, m.end(), len(text), _patterns())  # "one of them"
    if digits and not (m.group("sign") or m.group("unit") or m.group("attached_unit")):
        if re.fullmatch(r"1[6-9]\d\d|20\d\d", digits):
            return True  # a year
    return False


def find(text: str, start: int, end: int) -> list[Quantity]:
    """The quantities in ``text[start:end]``; offsets are into ``text``."""
    p = _patterns()
    found: list[Quantity] = []
    for m in p.quantity.finditer(text, start, end):
        if _is_excluded(text, m):
            continue
        value = _number(m)
        if value is None:
            continue
        found.append(_quantity(text, m, value, end, p))
    return found


def _quantity(text: str, m: re.Match[str], value: float, limit: int, p: _Patterns) -> Quantity:
    low = high = None
    qualifier = m.group("qualifier")
    if qualifier:
        bound = lexicon.table("qualifiers")[qualifier.lower()]
        if bound == "low":
            low = value
        elif bound == "high":
            high = value
    unit_text = m.group("attached_unit") or m.group("unit")
    sign = m.group("sign")
    unit = dimension = count_of = None
    si = None
    span_end = m.end()
    currencies = lexicon.table("currencies")
    if sign or (unit_text and unit_text.lower() in currencies):
        unit = currencies[sign] if sign else currencies[unit_text.lower()]
        dimension = "currency"
        unit_text = unit_text or sign
    elif unit_text:
        pint_name = lexicon.table("units")[unit_text.lower()]
        unit, dimension = _unit_facts(pint_name)
        si = _si(value, pint_name)
    else:
        count = _counted_noun(text, m.end(), limit, p)
        if count:
            count_of, span_end = count
    return Quantity(
        text=text[m.start() : span_end],
        start=m.start(),
        end=span_end,
        value=value,
        low=low,
        high=high,
        qualifier=qualifier.lower() if qualifier else None,
        unit=unit,
        unit_text=unit_text,
        dimension=dimension,
        si=si,
        count_of=count_of,
    )


def _counted_noun(text: str, pos: int, limit: int, p: _Patterns) -> tuple[str, int] | None:
    """The plural noun a bare number counts, within four words: ``six U.S.-made missiles``."""
    stop = lexicon.words("count_stopwords")
    for _ in range(4):
        w = p.count_word.match(text, pos, limit)
        if not w:
            return None
        word = w.group(1).rstrip(".")
        if word.lower() in stop:
            return None
        pos = w.start(1) + len(word)
        plural = word.endswith("s") and not word.endswith("ss") or word.lower() in lexicon.words("irregular_plurals")
        if word.islower() and plural:
            return word, pos
    return None
