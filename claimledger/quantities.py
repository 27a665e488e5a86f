"""Find quantities in a span of text and normalize them with pint.

A quantity is a number with what qualifies it and what it measures:

- the number: digits with separators (``1,000``, ``816 000``, ``1.5``), fractions
  (``2 1/2``, ``½``), number words (``thirty-one``, ``a hundred and two``, ``two
  thirds``), a sign (``-10``, ``minus ten``) and a scale (``2.5 million``, ``$1.9bn``);
- a qualifier before it (``nearly``, ``more than``: data/qualifiers.tsv), which sets
  ``low``/``high``;
- a currency (``$``, ``€``, ``rubles``: data/currencies.tsv; an ISO 4217 code, never
  converted), or a unit (data/units.tsv, else a prefixed unit or symbol that pint
  knows, such as ``nanometers`` or ``GHz``) with ``square``/``cubic``/``per``, or
  else the plural noun it counts (``31 drones``);
- a range (``10 to 15 km``, ``between 5,000 and 6,000``) is one quantity with
  ``low``/``high`` and no ``value``; ``45 and 50 mg`` are two, both in mg;
- a measurement restated in parentheses (``1,000 kilometers (600 miles)``) is
  linked to the first (``equivalent_of``), with whether the two agree within the
  rounding of the restated figure.

Years, times of day, ordinals and numbers in names (``F-16``, ``Big 12``) are
not quantities; numbers inside dates are dropped by the pipeline. Units are
named and converted by claimledger.units (pint, or its answers computed ahead).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from claimledger import lexicon, units
from claimledger.records import Equivalence, Quantity

_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00a0]\d{3})+(?![\d,.])|\d+(?:\.\d+)?|\.\d+"
_NOT_INSIDE = r"(?<![\w.\-/:$€£¥])"  # a number does not start inside a word, a number or a name like F-16
_PER = re.compile(r"\s?/\s?|\s+per\s+|\s+an?\s+")  # "km/h", "miles per hour", "$3,500 a month"
_LINK = re.compile(r"\s?[-–]\s?|\s(?:to|and|or)\s")  # between the two numbers of a range or a pair
_NEXT_WORD = re.compile(r"\s+([A-Za-z][\w.\-’']*)")
_AGE = re.compile(r"[\s-]years?[\s-]old\b", re.I)
_EXPONENT = re.compile(r"(?:\^?([23])|([²³]))(?![\w])")


@dataclass(frozen=True, slots=True)
class _Unit:
    end: int
    text: str
    pint: str | None  # a pint expression
    currency: str | None


@cache
def _number_pattern(after_link: bool = False) -> re.Pattern[str]:
    """A number; ``after_link`` for the second number of a range, which may follow a hyphen."""
    cards = lexicon.alternation(lexicon.table("number_words"))
    fractions = lexicon.alternation(lexicon.table("fraction_words"))
    word_scales = [s for s in lexicon.table("scale_words") if len(s) > 2]
    scales = lexicon.alternation(word_scales)
    part = rf"(?:{cards}|{scales}|{fractions}|an?(?=[\s-](?:{scales}|{fractions}|dozen)\b))"
    first = rf"(?:{cards}|an?(?=[\s-](?:{scales}|{fractions}|dozen)\b))"
    words = rf"{first}(?:(?:[\s-]|\s(?:and|&)\s)(?={part}\b){part})*\b"
    signs = lexicon.alternation([c for c in lexicon.table("currencies") if not c.isalpha() and not c.islower()])
    vulgar = "".join(lexicon.table("vulgar_fractions"))
    return re.compile(
        rf"""
        {"" if after_link else _NOT_INSIDE}
        (?:(?P<qualifier>{lexicon.alternation(lexicon.table("qualifiers"))})\s+)?
        (?:(?P<sign>(?-i:{signs}))\s?)?
        (?P<negative>(?<![\w)])[-−](?=[\d.])|\bminus\s)?
        (?:
            (?P<whole>\d+)[\s-](?P<num>\d+)/(?P<den>\d+)(?!\d)
          | (?P<fnum>\d+)/(?P<fden>\d+)(?![\d/])
          | (?P<digits>{_DIGITS})(?P<vulgar>[{vulgar}])?
          | (?P<vulgar_only>[{vulgar}])
          | (?P<words>{words})
        )
        (?:(?P<attached_scale>{lexicon.alternation(lexicon.table("scale_words"))})(?![A-Za-z])|\s(?P<scale>{scales})\b)?
        """,
        re.IGNORECASE | re.VERBOSE,
    )


@cache
def _unit_pattern() -> re.Pattern[str]:
    aliases = lexicon.table("units")
    currency_words = [c for c in lexicon.table("currencies") if re.fullmatch(r"[a-z][a-z. ]*", c)]  # not signs: "A$" goes before the number
    words = lexicon.alternation([u for u in aliases if len(u) > 1] + currency_words)
    single = lexicon.alternation([u for u in aliases if len(u) == 1])
    return re.compile(
        rf"""
        (?P<attached>%|-?(?:{words})(?![\w-])|(?-i:{single})(?![\w.-]))
        | (?P<spaced>\s(?:{words})(?![\w-])|\s(?:{single})(?![\w.-]))
        | (?P<symbol>\s?[A-Za-zµμΩ]{{2,20}}(?![\w-]|\.\w))
        """,
        re.IGNORECASE | re.VERBOSE,
    )


def _value(m: re.Match[str]) -> float | None:
    """The number's value, or None when it is no number (``1/0``)."""
    if m.group("words"):
        value = _words_value(m.group("words").lower())
    elif m.group("den"):
        den = int(m.group("den"))
        value = int(m.group("whole")) + int(m.group("num")) / den if den else None
    elif m.group("fden"):
        den = int(m.group("fden"))
        value = int(m.group("fnum")) / den if den else None
    elif m.group("vulgar_only"):
        value = float(lexicon.table("vulgar_fractions")[m.group("vulgar_only")])
    else:
        value = float(re.sub(r"[,\s\u00a0]", "", m.group("digits")))
        if m.group("vulgar"):
            value += float(lexicon.table("vulgar_fractions")[m.group("vulgar")])
    if value is None:
        return None
    scale = m.group("scale") or _attached_scale(m)
    if scale:
        value *= float(lexicon.table("scale_words")[scale.lower()])
    return -value if m.group("negative") else value


def _attached_scale(m: re.Match[str]) -> str | None:
    """``$1.9bn``, ``£250m``, ``20k``; but ``1.8m`` and ``100t`` without money are metres and tonnes."""
    scale = m.group("attached_scale")
    if scale and len(scale) == 1 and not m.group("sign") and scale.islower() and scale in lexicon.table("units"):
        return None
    return scale


def _number_end(m: re.Match[str]) -> int:
    """Where the number ends: before an attached letter that is a unit rather than a scale."""
    if m.group("attached_scale") and _attached_scale(m) is None:
        return m.start("attached_scale")
    return m.end()


def _words_value(words: str) -> float:
    """``a hundred and two`` = 102, ``two and a half`` = 2.5, ``two thirds`` = 2/3."""
    cards, fractions = lexicon.table("number_words"), lexicon.table("fraction_words")
    scales = lexicon.table("scale_words")
    total = current = last = 0.0
    for part in re.findall(r"[a-z]+", words):
        if part in ("and",):
            continue
        if part in ("a", "an"):
            current, last = current + 1, 1.0
        elif part in ("hundred", "dozen"):  # multiply what comes before: "a dozen", "two hundred"
            current = (current or 1) * float(cards.get(part) or scales[part])
            last = current
        elif part in cards:
            last = float(cards[part])
            current += last
        elif part in scales:
            total += (current or 1) * float(scales[part])
            current = last = 0.0
        elif part in fractions:
            current = current - last + (last or 1) * float(fractions[part])
            last = 0.0
    return total + current


def _read_unit(text: str, pos: int, limit: int, after_scale: bool) -> _Unit | None:
    """The unit or currency word written right after a number ending at ``pos``."""
    m = _unit_pattern().match(text, pos, limit)
    if not m:
        return None
    written = m.group().strip().lstrip("-")
    lower = written.lower()
    currencies = lexicon.table("currencies")
    if lower in currencies and written[0].isalpha():
        return _Unit(m.end(), written, None, currencies[lower])
    if after_scale and lower in lexicon.table("scaled_currencies"):
        return _Unit(m.end(), written, None, lexicon.table("scaled_currencies")[lower])
    aliases = lexicon.table("units")
    if m.group("symbol"):
        expression = aliases.get(lower) if written != lower or lower in aliases else None
        expression = expression or units.symbol(written)
        if not expression:
            return None
    else:
        expression = aliases.get(lower)
        if expression is None:
            return None
    end = m.end()
    power = _EXPONENT.match(text, end, limit)
    if power and "**" not in expression:
        expression = f"({expression}) ** {power.group(1) or '23'['²³'.index(power.group(2))]}"
        end = power.end()
    per = _PER.match(text, end, limit)
    if per:
        second = _unit_pattern().match(text, per.end(), limit)
        if second and not second.group().startswith(" "):
            denominator = aliases.get(second.group().strip().lower()) or units.symbol(second.group().strip())
            by_time = denominator and (known := units.facts(denominator)) and known.dimension == "time"
            if denominator and "/" not in expression and (by_time or not per.group().strip().startswith("a")):
                expression = f"({expression}) / ({denominator})"
                end = second.end()
    if units.facts(expression) is None:
        return None
    return _Unit(end, text[pos:end].strip(), expression, None)


def _rate(text: str, pos: int, limit: int) -> _Unit | None:
    """``per gallon``, ``/kg``, ``a month`` after an amount of money."""
    per = _PER.match(text, pos, limit)
    if not per:
        return None
    unit = _read_unit(text, per.end(), limit, False)
    if unit is None or unit.pint is None:
        return None
    facts = units.facts(unit.pint)
    if per.group().strip() in ("a", "an") and (facts is None or facts.dimension != "time"):
        return None
    return _Unit(unit.end, text[pos : unit.end].strip(), unit.pint, None)


def _is_year(m: re.Match[str]) -> bool:
    digits = m.group("digits")
    return bool(digits and re.fullmatch(r"1[6-9]\d\d|20\d\d", digits))


def _is_time_or_ordinal(text: str, end: int) -> bool:
    return bool(re.match(r"(?:st|nd|rd|th)\b|\s?(?:a\.m\.|p\.m\.|am\b|pm\b)|:\d|\.\d", text[end : end + 6], re.I))


def _in_name(text: str, start: int, end: int) -> bool:
    """A bare number between or after capitalized words is part of a name: ``Big 12``, ``iPhone 11 Pro``."""
    if re.search(r"[A-Z][a-z]+,\s$", text[max(0, start - 30) : start]) and text[end : end + 1] == ",":
        return True  # "Jamie Armstrong, 25, said": an age beside a name
    before = re.search(r"([A-Za-z][\w’'-]*)\s$", text[max(0, start - 30) : start])
    word = before.group(1) if before else ""
    ordinary = lexicon.words("not_names") | lexicon.words("sentence_starters")
    if word[:1].isupper() and word.lower() not in ordinary and word.lower().rstrip(".") not in lexicon.table("months"):
        return True  # "Big 12", "Fortune 100"
    if word[:1].islower() and any(c.isupper() for c in word):
        return True  # "iPhone 11"
    after = re.match(r"\s([A-Z][a-z]+)", text[end : end + 30])
    return bool(after and after.group(1).lower() not in lexicon.words("sentence_starters"))  # "11 Pro"


def find(text: str, start: int, end: int) -> list[Quantity]:
    """The quantities in ``text[start:end]``; offsets are into ``text``."""
    found: list[Quantity] = []
    pattern = _number_pattern()
    pos = start
    while True:
        m = pattern.search(text, pos, end)
        if not m:
            break
        pos = m.end()
        quantity = _quantity(text, m, end)
        if quantity is not None:
            found.append(quantity)
            pos = max(pos, quantity.end)
    return _link_conversions(text, found)


def _quantity(text: str, m: re.Match[str], limit: int) -> Quantity | None:
    """The quantity a number match starts, reading what follows it; None if it is none."""
    value = _value(m)
    end = _number_end(m)
    if value is None or _is_time_or_ordinal(text, end):
        return None
    qualifier = m.group("qualifier")
    sign = m.group("sign")
    scaled = bool(_attached_scale(m) or m.group("scale"))
    low = high = None
    range_end = None
    # A range ("10 to 15 km", "between 5 and 6", "10-15%") or a coordination ("45 and 50 mg").
    link = _LINK.match(text, end, limit)
    other = _number_pattern(after_link=True).match(text, link.end(), limit) if link else None
    if other is not None and other.group("qualifier") is None and not _is_year(m):
        other_value = _value(other)
        between = re.search(r"\bbetween\s$", text[max(0, m.start() - 8) : m.start()], re.I)
        connector = link.group().strip()
        change = re.search(r"\bfrom\s$", text[max(0, m.start() - 5) : m.start()], re.I)  # "rose from X to Y"
        if other_value is not None and not change and (connector in ("-", "–", "to") or (connector == "and" and between)):
            low, high, range_end = value, other_value, other.end()
        elif other_value is not None and connector in ("and", "or") and not sign:
            shared = _read_unit(text, other.end(), limit, bool(other.group("attached_scale") or other.group("scale")))
            if shared is not None and _read_unit(text, end, limit, scaled) is None:
                return _build(text, m.start(), end, value, qualifier, sign, shared, None, None)  # the unit is written once, after the second
    if range_end is not None:
        unit = _read_unit(text, range_end, limit, scaled)
        if unit is None and not sign:
            count = _counted_noun(text, range_end, limit)
            if count is not None:
                return _build(text, m.start(), count[1], None, qualifier, None, None, low, high, count_of=count[0])
        return _build(text, m.start(), unit.end if unit else range_end, None, qualifier, sign, unit, low, high)
    if sign:  # "$2.11 per gallon", "$3,500 a month": money per unit
        rate = _rate(text, end, limit)
        if rate is not None:
            return _build(text, m.start(), rate.end, value, qualifier, sign, rate, None, None)
    age = _AGE.match(text, end, limit)
    if age and not sign:  # "a 50-year-old man": an age, in years
        return _build(text, m.start(), age.end(), value, qualifier, None, _Unit(age.end(), age.group().strip(" -"), "year", None), None, None)
    unit = _read_unit(text, end, limit, scaled)
    if _is_year(m) and not (sign or qualifier) and (unit is None or unit.pint is None):
        return None  # "in 2025"
    if unit is None and not sign:
        count = _counted_noun(text, end, limit)
        if count is not None and count[0].lower() in lexicon.table("units"):  # "517 rushing yards"
            written = count[0]
            unit = _Unit(count[1], written, lexicon.table("units")[written.lower()], None)
            return _build(text, m.start(), count[1], value, qualifier, None, unit, None, None)
        if value == 1 and m.group("words"):
            count = None  # "one of them", "one costs"
        if count is None:
            lone_word = m.group("words") and " " not in m.group("words").strip() and not m.group("negative")
            if lone_word or (m.group("digits") and _in_name(text, m.start(), end)):
                return None  # "one of them", "the Big 12"
        else:
            return _build(text, m.start(), count[1], value, qualifier, sign, None, None, None, count_of=count[0])
    return _build(text, m.start(), unit.end if unit else end, value, qualifier, sign, unit, None, None)


def _build(
    text: str,
    start: int,
    end: int,
    value: float | None,
    qualifier: str | None,
    sign: str | None,
    unit: _Unit | None,
    low: float | None,
    high: float | None,
    count_of: str | None = None,
) -> Quantity:
    bound = lexicon.table("qualifiers")[qualifier.lower()] if qualifier else None
    if value is not None and bound == "low":
        low = value
    elif value is not None and bound == "high":
        high = value
    currencies = lexicon.table("currencies")
    unit_name = dimension = unit_text = None
    si = None
    currency = unit.currency if unit is not None and unit.currency else currencies[sign] if sign else None
    per_unit = units.facts(unit.pint) if currency and unit is not None and unit.pint else None
    if currency and per_unit:
        unit_name, dimension, unit_text = f"{currency} / {per_unit.name}", f"currency / {per_unit.dimension}", unit.text  # type: ignore[union-attr]
    elif currency:
        unit_name, dimension, unit_text = currency, "currency", unit.text if unit is not None else sign
    elif unit is not None and unit.pint:
        facts = units.facts(unit.pint)
        if facts:
            unit_name, dimension = facts.name, facts.dimension
            unit_text = unit.text
            si = units.si(value, unit.pint) if value is not None else None
    return Quantity(
        text=text[start:end],
        start=start,
        end=end,
        value=value,
        low=low,
        high=high,
        qualifier=qualifier.lower() if qualifier else None,
        unit=unit_name,
        unit_text=unit_text,
        dimension=dimension,
        si=si,
        count_of=count_of,
        equivalent_of=None,
    )


def _counted_noun(text: str, pos: int, limit: int) -> tuple[str, int] | None:
    """The plural noun a bare number counts, within four words: ``six U.S.-made missiles``."""
    stop = lexicon.words("count_stopwords")
    for _ in range(4):
        w = _NEXT_WORD.match(text, pos, limit)
        if not w:
            return None
        word = w.group(1).rstrip(".")
        if word.lower() in stop:
            return None
        pos = w.start(1) + len(word)
        plural = word.endswith("s") and not word.endswith("ss") or word.lower() in lexicon.words("irregular_plurals")
        if word.islower() and (plural or word in lexicon.table("units")):
            return word, pos
    return None


@cache
def _restating() -> re.Pattern[str]:
    """What stands between a measurement and its restatement: ``(``, ``(about``, ``(or``."""
    return re.compile(rf"\s*[(\[]\s*(?:(?:{lexicon.alternation(lexicon.table('qualifiers'))}|or)\s*)?", re.I)


def _link_conversions(text: str, found: list[Quantity]) -> list[Quantity]:
    """``1,000 kilometers (600 miles)``: the second restates the first; do they agree?"""
    linked = list(found)
    for i in range(1, len(found)):
        first, second = found[i - 1], found[i]
        between = text[first.end : second.start]
        if not _restating().fullmatch(between):
            continue
        if first.si is None or second.si is None or first.dimension != second.dimension or first.unit == second.unit:
            continue
        if first.value is None or second.value is None:
            continue
        converted = units.convert(first.value, first.unit, second.unit)
        tolerance = max(_rounding(second) / 2, abs(second.value) * 0.005)
        linked[i] = replace(
            second, equivalent_of=Equivalence(first.start, first.end, abs(converted - second.value) <= tolerance + 1e-9, round(float(converted), 6))
        )
    return linked


def _rounding(q: Quantity) -> float:
    """The rounding a figure was written with: ``600`` -> 100, ``1,312`` -> 1, ``2.5`` -> 0.1."""
    digits = re.search(r"\d[\d,  .]*", q.text)
    if not digits:
        return 1.0
    written = re.sub(r"[,  ]", "", digits.group()).rstrip(".")
    if "." in written:
        return 10.0 ** -len(written.split(".")[1])
    stripped = written.rstrip("0")
    return 10.0 ** (len(written) - len(stripped)) if stripped else 1.0
