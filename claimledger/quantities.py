"""Find quantities in a span of text and normalize them with pint.

A quantity is a number with what qualifies it and what it measures:

- the number: digits with separators (``1,000``, ``816 000``, ``1.5``), fractions
  (``2 1/2``, ``½``), number words (``thirty-one``, ``a hundred and six``, ``two
  thirds``), a sign (``-10``, ``minus ten``) and a scale (``2.5 million``, ``$1.9bn``);
- a qualifier before it (``nearly``, ``more than``: data/qualifiers.tsv) or after it
  (``or more``: data/bound_suffixes.tsv), which makes it a ``bound`` and sets ``low``/``high``;
- a currency (``$``, ``€``, ``rubles``, ``p`` for pence: data/currencies.tsv; ``Rs``,
  ``Sh``, ``Dh``: data/currency_prefixes.tsv; every ISO 4217 code and name with its country,
  ``Kuwaiti dinars``: data/world_currencies.tsv, from CLDR; never converted), or
  a unit (data/units.tsv, else a prefixed unit or symbol that pint knows, such as
  ``nanometers`` or ``GHz``) with ``square``/``cubic``/``per``, or else the plural
  noun it counts (``31 drones``); money may be per unit (``$2.15 per share``);
- a figure in two units is added up, in the smaller (``6 feet 2 inches`` is 74 inches;
  ``$20 and 43 cents`` 20.43 USD);
- a range (``10 to 15 km``, ``between 5,000 and 6,000``) is two quantities, its ends,
  each with ``low``/``high`` and its ``bound``; ``20 and 40 mg`` are two, both in mg;
  a score or a vote (``won 98-95``) is two counts, never a range;
- a measurement restated in parentheses (``1,000 kilometers (600 miles)``) is
  linked to the first (``equivalent_of``), with whether the two agree within the
  rounding of the restated figure; the level a figure moved to (``fell 3p to
  120p``, ``from $2.3bn to $2.9bn``) is linked to the change (``change``).

Years, times of day, ranking ordinals, telephone numbers, codes (``10-Q``), page
counters and numbers in names (``F-16``, ``Apollo 13``, ``room 314``) are not
quantities; numbers inside dates are dropped by the pipeline. An age beside a
name (``Tunde Ajayi, 22;``) is in years. Units are named and converted by
claimledger.units (pint, or its answers computed ahead).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from functools import cache

from claimledger import lexicon, units
from claimledger.records import Change, Equivalence, Quantity

# Indian grouping ("1,00,000", "3,45,000") before the Western one.
_DIGITS = (
    r"\d{1,2}(?:,\d\d)+,\d{3}(?:\.\d+)?(?![\d,])|\d{1,3}(?:,\d{3})+(?:\.\d+)?"
    r"|\d{1,3}(?:[ \u00a0]\d{3})+(?![\d,.])|\d+(?:\.\d+)?|\.\d+"
)
_NOT_INSIDE = r"(?<![\w.\-/:#$€£¥])"  # a number does not start inside a word, a number, a hashtag or a name like F-16
_PER = re.compile(r"\s?/\s?|\s+per\s+|\s+an?\s+|-an?-")  # "km/h", "miles per hour", "$3,500 a month", "barrel-a-day"
_LINK = re.compile(r"\s?[-–]\s?|\s(?:to|and|or)\s")  # between the two numbers of a range or a pair
_NEXT_WORD = re.compile(r"\s+([A-Za-z][\w.\-’']*)")
_WORD = re.compile(r"[a-z]+(?![\w-])")
_WORD_BEFORE = re.compile(r"([A-Za-z][\w’'-]*)\.?\s+$")
_AGE = re.compile(r"[\s-]years?[\s-]old\b", re.I)
_EXPONENT = re.compile(r"(?:\^?([23])|([²³])|\s(squared|cubed))(?![\w])", re.I)  # "km^2", "m³", "4 km cubed"
_POWERS = {"squared": "2", "cubed": "3"}
_NUMERIC_DATE = re.compile(r"\d{1,2}([-/.])\d{1,2}\1(?:\d{4}|\d\d)(?![\d.,]?\d)")  # "03-11-2019"
_CODE = re.compile(r"-[A-Z]{1,2}\b")  # "10-Q", "8-K": a form, not ten of anything
_INCH_AFTER = re.compile(r"\.?\s*$|\.\s+[A-Z]|\s+(?:thick|long|wide|tall|high|deep|across|in\s+diameter)\b")
# "4e14", "1.2E-3", "5.5x10-3", "3 × 10^8", "1.99×10⁻³⁰": a power of ten after the digits
_EXPONENT_OF_TEN = (
    r"(?:[eE](?P<e>[-+−]?\d{1,3})|\s?[x×]\s?10(?:(?:\^|\*\*)(?P<pow>[-+−]?\d{1,3})|(?P<dash>[-−]\d{1,2})"
    r"|(?P<sup>[⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2})))(?![\d.])"
)
_SUPERSCRIPTS = str.maketrans("⁻⁰¹²³⁴⁵⁶⁷⁸⁹", "-0123456789")
_TIME_UNITS = frozenset({"second", "minute", "hour", "day", "week", "month", "year", "decade", "century"})
_AGE_AFTER_NAME = re.compile(r"[A-Z][\w.’'-]*\s+[A-Z][\w’'-]*,\s$")  # "Tunde Ajayi, 22;"
_AGE_END = re.compile(r"[,;)]|\s+and\b|\.(?:\s|$)")
_AGE_IN_BRACKETS = re.compile(r"[A-Z][\w’'-]*\s\($")  # "John Smith (25)"
_LINE_REACH = 40  # characters searched either side of a number for the line it stands in
_PAGE_COUNTER = re.compile(r"\s*(?:(?:page|photo|image|picture|slide)\s+)?\d+\s+of\s+\d+\s*", re.I)  # "2 of 3 |"
_OF_GROUP = re.compile(r"\s+of\s+(?:the|them|those|these|its|their|his|her|our|whom)\b", re.I)
_OF = re.compile(r"\s+of\b", re.I)
_WERE = re.compile(r"\s+(?:were|are)\b")
_GROUP_END = re.compile(r"\s*(?:[,.;:)]|$)|\s+(?:had|have|were|are|will|would|could|did|do|said|say|met|spoke|agreed)\b")  # "the two agreed"
_POSSESSIVE = re.compile(r"(?:\b(?:his|her|their|its)|\w['’]s)\s$", re.I)


@dataclass(frozen=True, slots=True)
class _Unit:
    end: int
    text: str
    pint: str | None  # a pint expression
    currency: str | None
    per: str | None = None  # the noun money is counted per ("per share"), when it is no unit


@cache
def _currencies() -> dict[str, str]:
    """Every written form of money and its ISO 4217 code: data/world_currencies.tsv (every
    code in capitals, names with their country, signs; made from CLDR by
    scripts/make_currencies.py) under data/currencies.tsv, which wins ("dinars" is JOD)."""
    return {**lexicon.table("world_currencies"), **lexicon.table("currencies")}


def _is_code(written: str) -> bool:
    """An ISO 4217 code as the news writes it, in capitals: ``SEK``, ``KWD``."""
    return len(written) == 3 and written.isupper() and written.isalpha() and written in _currencies()


_SHOUTED_AFTER = re.compile(r"\s+[A-Z]{2,}\b")
_SHOUTED_BEFORE = re.compile(r"\b[A-Z]{2,}\s+$")


def _shouted(text: str, before: int, after: int) -> bool:
    """Whether the word before ``before`` or after ``after`` is in capitals too: a headline
    ("ALL 12 MEN") rather than a code beside its number."""
    return bool(_SHOUTED_AFTER.match(text, after) or _SHOUTED_BEFORE.search(text, max(0, before - 20), before))


@cache
def _signs() -> dict[str, tuple[str, bool]]:
    """What may stand before a number to make it money, with its ISO code and whether it
    is money only with a scale or thousands (``P2.4 billion`` but not ``N95``): signs
    (``$``, ``HK$``), letter prefixes (``Rs``, ``KSh``) and ISO codes (``USD2,350``)."""
    currencies = _currencies()
    signs = {code: (code, False) for code in set(currencies.values()) if code.isupper() and len(code) == 3}
    signs.update({c: (code, False) for c, code in currencies.items() if not c.isalpha() and not c.islower()})
    for prefix, row in lexicon.table("currency_prefixes").items():
        code, _, strict = row.partition("\t")
        signs[prefix] = (code, strict == "strict")
    return signs


def _first_chars(entries: dict[str, tuple[str, bool]]) -> str:
    """A class of the characters the entries start with: one test before the long alternation
    of signs, which Python's regex engine would try one by one at every position. (ISO codes
    are read as any three capitals, looked up after: an alternation of 180 is slow to compile.)"""
    return "[" + "".join(sorted({re.escape(e[0]) for e in entries})) + "]"


@cache
def _number_pattern(after_link: bool = False) -> re.Pattern[str]:
    """A number; ``after_link`` for the second number of a range, which may follow a hyphen."""
    cards = lexicon.alternation(lexicon.table("number_words"))
    fractions = lexicon.alternation(lexicon.table("fraction_words"))
    word_scales = [s for s in lexicon.table("scale_words") if len(s) > 1]  # "Rs 3 cr", "$5 bn"; "m" only attached
    scales = lexicon.alternation(word_scales)
    counted = lexicon.alternation(lexicon.words("article_units"))  # "a kilogram"
    time_units = lexicon.alternation([u for u, e in lexicon.table("units").items() if e in _TIME_UNITS])
    part = rf"(?:{cards}|{scales}|{fractions}|an?(?=[\s-](?:{scales}|{fractions}|dozen)\b))"
    first = rf"(?:{cards}|an?(?=[\s-](?:{scales}|{fractions}|dozen)\b)|an?(?=\s(?:{counted})\b|\s(?:{time_units})\sand\sa\shalf\b))"
    words = rf"{first}(?:(?:[\s-]|\s(?:and|&)\s)(?={part}\b){part})*\b"
    vulgar = "".join(lexicon.table("vulgar_fractions"))
    return re.compile(
        rf"""
        {"" if after_link else _NOT_INSIDE}
        (?:(?P<qualifier>{lexicon.alternation(lexicon.table("qualifiers"))})\s+)?
        (?:(?-i:(?={_first_chars(_signs())})(?P<sign>{lexicon.alternation([s for s in _signs() if not _is_code(s)])}|[A-Z]{{3}}))\s?(?=[\d.]))?
        (?P<negative>(?<![\w)])[-−](?=[\d.])|\bminus[\s-])?
        (?:
            (?P<half>half\s+an?)(?=\s(?:{counted}|{time_units})\b)
          | (?P<whole>\d+)[\s-](?P<num>\d+)/(?P<den>\d+)(?!\d)
          | (?P<fnum>\d+)/(?P<fden>\d+)(?![\d/])
          | (?P<digits>{_DIGITS})(?:{_EXPONENT_OF_TEN}|(?P<vulgar>[{vulgar}]))?
          | (?P<vulgar_only>[{vulgar}])
          | (?P<words>{words})
        )
        (?:(?P<attached_scale>{lexicon.alternation(lexicon.table("scale_words"))})(?![A-Za-z])
          | [\s-](?P<scale>{scales})\b(?:\s(?P<scale2>{scales})\b)?)?
        """,
        re.IGNORECASE | re.VERBOSE,
    )


@cache
def _unit_pattern() -> re.Pattern[str]:
    aliases = lexicon.table("units")
    currencies = _currencies()
    currency_words = [c for c in lexicon.table("currencies") if re.fullmatch(r"[a-z][a-z. ]*", c)]  # not signs: "A$" goes before the number
    words = lexicon.alternation([u for u in aliases if len(u) > 1] + [c for c in currency_words if len(c) > 1])
    # "Kuwaiti dinars", "Costa Rican colóns": one or two words and a currency's noun, looked up
    # whole in data/world_currencies.tsv (an alternation of its 440 names costs 20 ms to compile)
    nouns = lexicon.alternation({name.split()[-1] for name in lexicon.table("world_currencies") if " " in name})
    single = lexicon.alternation([u for u in aliases if len(u) == 1])
    letters = lexicon.alternation([c for c in currency_words if len(c) == 1])  # "240.5p": only attached
    signs = lexicon.alternation([c for c in currencies if len(c) == 1 and not c.isalnum()])  # "1,450€"
    # Written one way only ("Nm" newton metres, "6.9 C"), codes in capitals ("400 SEK") and the
    # prefixes of money written after the number ("42 RM", "20 Rs")
    cased = lexicon.alternation(list(lexicon.table("unit_symbols")) + [c for c in currencies if _is_code(c)] + list(_after_prefixes()))
    # a unit may end a sentence ("9m.") or open a compound ("43.4 percent-owned", "a 10 km-long road")
    end = r"(?![\w'’]|-\d|\.\w)"
    return re.compile(
        rf"""
        (?P<attached>%|-?(?:{words}){end}|(?-i:{single}){end}|(?-i:{letters})(?![\w-]|\.\w)|{signs})
        | (?P<cased>\s?(?-i:{cased}){end})
        | (?P<spaced>\s(?:{words}){end}|\s(?-i:{single}){end})
        | (?P<named>\s[^\W\d_][\w’'.-]*(?:\s[^\W\d_][\w’'.-]*)?\s(?:{nouns}){end})
        | (?P<symbol>\s?[A-Za-zµμΩ]{{2,20}}(?![\w-]|\.\w))
        """,
        re.IGNORECASE | re.VERBOSE,
    )


@cache
def _after_prefixes() -> dict[str, str]:
    """The letter prefixes of money (data/currency_prefixes.tsv) that may follow the number
    too (``42 RM``): those of two letters or more that are money without a scale."""
    prefixes = {}
    for prefix, row in lexicon.table("currency_prefixes").items():
        code, _, strict = row.partition("\t")
        if len(prefix) > 1 and prefix[0].isalpha() and strict != "strict":
            prefixes[prefix] = code
    return prefixes


@cache
def _ordinal_article() -> re.Pattern[str]:
    """``a third``, ``a fifth``: a fraction only before ``of``; else an ordinal (``a third suspect``)."""
    return re.compile(rf"an?[\s-](?:{lexicon.alternation(lexicon.table('fraction_words'))})", re.I)


@cache
def _phrase_after(table: str) -> re.Pattern[str]:
    """One of the phrases of a data table right after a number: ``or more``, ``annually``."""
    return re.compile(rf"\s+({lexicon.alternation(lexicon.table(table))})\b", re.I)


def _value(m: re.Match[str]) -> float | None:
    """The number's value, or None when it is no number (``1/0``)."""
    if m.group("words"):
        value = _words_value(m.group("words").lower())
    elif m.group("den"):
        den = int(m.group("den"))
        value = int(m.group("whole")) + int(m.group("num")) / den if den else None
    elif m.group("fden"):
        den, num = int(m.group("fden")), int(m.group("fnum"))
        value = num / den if 0 < num < den else None  # "24/7", "9/11", "50/50": names, not fractions
    elif m.group("vulgar_only"):
        value = float(lexicon.table("vulgar_fractions")[m.group("vulgar_only")])
    elif m.group("half"):
        value = 0.5
    else:
        digits = re.sub(r"[,\s\u00a0]", "", m.group("digits"))
        power = _power_of_ten(m)
        value = float(f"{digits}e{power}" if power is not None else digits)
        if m.group("vulgar"):
            value += float(lexicon.table("vulgar_fractions")[m.group("vulgar")])
    if value is None or not math.isfinite(value):
        return None  # "1e999"
    for scale in (m.group("scale") or _attached_scale(m), m.group("scale2")):  # "Rs 1.5 lakh crore"
        if scale:
            value *= float(lexicon.table("scale_words")[scale.lower()])
    return -value if m.group("negative") else value


def _power_of_ten(m: re.Match[str]) -> int | None:
    """The exponent written after the digits: ``4e14`` -> 14, ``5.5x10-3`` -> -3, ``10⁻³⁰`` -> -30."""
    written = next((m.group(g) for g in ("e", "pow", "dash", "sup") if m.group(g)), None)
    return int(written.translate(_SUPERSCRIPTS).replace("−", "-")) if written else None


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


def _number_start(m: re.Match[str]) -> int:
    """Where the figure itself starts, after its qualifier and sign."""
    return next(m.start(g) for g in ("negative", "half", "whole", "fnum", "digits", "vulgar_only", "words") if m.group(g) is not None)


def _words_value(words: str) -> float:
    """``a hundred and six`` = 106, ``two and a half`` = 2.5, ``two thirds`` = 2/3."""
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
    currencies = _currencies()
    if m.group("cased"):
        if written in _after_prefixes():
            return _Unit(m.end(), written, None, _after_prefixes()[written])
        if _is_code(written):
            return None if _shouted(text, pos, m.end()) else _Unit(m.end(), written, None, currencies[written])
    elif m.group("named"):
        code = currencies.get(" ".join(lower.split()))
        return _Unit(m.end(), written, None, code) if code else None
    elif lower in currencies and not m.group("symbol"):
        return _Unit(m.end(), written, None, currencies[lower])
    if after_scale and lower in lexicon.table("scaled_currencies"):
        return _Unit(m.end(), written, None, lexicon.table("scaled_currencies")[lower])
    aliases = lexicon.table("units")
    if m.group("cased"):
        expression = lexicon.table("unit_symbols")[written]
    elif lower == "in":
        if not _INCH_AFTER.match(text, m.end(), limit):
            return None  # "two in my car"; "2 in thick", "the pencil is 2 in."
        expression = "inch"
    elif m.group("symbol"):
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
        exponent = power.group(1) or ("23"["²³".index(power.group(2))] if power.group(2) else _POWERS[power.group(3).lower()])
        expression = f"({expression}) ** {exponent}"
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


def measured(text: str, pos: int, limit: int) -> bool:
    """Whether a unit or a currency is written right after ``pos``: ``2000 milligrams`` and
    ``drove 2010 km`` are quantities, not years (claimledger.dates asks)."""
    unit = _read_unit(text, pos, limit, False)
    return unit is not None and (unit.pint is not None or unit.currency is not None)


def _rate(text: str, pos: int, limit: int) -> _Unit | None:
    """``per gallon``, ``/kg``, ``a month``, ``per share``, ``a share``, ``annually`` after an amount of money."""
    word = _phrase_after("rate_words").match(text, pos, limit)
    if word:
        return _Unit(word.end(), word.group(1), lexicon.table("rate_words")[word.group(1).lower()], None)
    per = _PER.match(text, pos, limit)
    if not per:
        return None
    by_article = per.group().strip() in ("a", "an")
    unit = _read_unit(text, per.end(), limit, False)
    if unit is not None and unit.pint is not None:
        facts = units.facts(unit.pint)
        written = unit.text.lower() in lexicon.table("units") and len(unit.text) > 2  # "an ounce", not "a m"
        if not by_article or written or (facts is not None and facts.dimension == "time"):
            return _Unit(unit.end, text[pos : unit.end].strip(), unit.pint, None)
    noun = _WORD.match(text, per.end(), limit)
    if noun is None or noun.group() in lexicon.words("count_stopwords"):
        return None
    if by_article and noun.group() not in lexicon.words("per_unit_nouns"):
        return None
    return _Unit(noun.end(), text[pos : noun.end()].strip(), None, None, per=noun.group())


def _with_rate(text: str, unit: _Unit, limit: int) -> _Unit:
    """A currency written after the number, and the rate after it: ``4 cents per share``."""
    rate = _rate(text, unit.end, limit)
    if rate is None:
        return unit
    return _Unit(rate.end, f"{unit.text} {rate.text}", rate.pint, unit.currency, rate.per)


def _is_year(m: re.Match[str]) -> bool:
    digits = m.group("digits")
    return bool(digits and re.fullmatch(r"1[6-9]\d\d|20\d\d", digits))


def _is_time_or_ordinal(text: str, end: int) -> bool:
    return bool(re.match(r"(?:st|nd|rd|th)\b|\s?(?:a\.m\.|p\.m\.|am\b|pm\b)|:\d|\.\d", text[end : end + 6], re.I))


def _word_before(text: str, pos: int) -> str:
    """The word right before ``pos``, lowercase, without a final period."""
    before = _WORD_BEFORE.search(text, max(0, pos - 30), pos)
    return before.group(1).lower() if before else ""


def _word_after(text: str, pos: int) -> str:
    """The word right after ``pos``, lowercase."""
    after = _NEXT_WORD.match(text, pos, pos + 40)
    return after.group(1).lower().rstrip(".,") if after else ""


@cache
def _street() -> re.Pattern[str]:
    """A house number: up to three capitalized words and a street word (data/street_words.txt)."""
    streets = lexicon.alternation([w.capitalize() for w in lexicon.words("street_words")])
    return re.compile(rf"(?:\s+[A-Z][\w’'-]*){{0,3}}\s+(?:{streets})\b")


def _in_name(text: str, start: int, end: int) -> bool:
    """A bare number between or after capitalized words is part of a name: ``Apollo 13``, ``iPhone 15 Pro``."""
    before = re.search(r"([A-Za-z][\w’'-]*)\s$", text[max(0, start - 30) : start])
    word = before.group(1) if before else ""
    ordinary = lexicon.words("not_names") | lexicon.words("sentence_starters")
    if word[:1].isupper() and word.lower() not in ordinary and word.lower().rstrip(".") not in lexicon.table("months"):
        return True  # "Apollo 13", "Formula 1"
    if word[:1].islower() and any(c.isupper() for c in word):
        return True  # "iPhone 15"
    after = re.match(r"\s([A-Z][a-z]+)", text[end : end + 30])
    return bool(after and after.group(1).lower() not in lexicon.words("sentence_starters"))  # "15 Pro"


@cache
def _lists() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A number in a list of places and counts (``Leeds has four, Hull 9``): what comes
    after it in the list, and what comes before."""
    number = rf"(?:\d|(?:{lexicon.alternation(lexicon.table('number_words'))})\b)"
    item = r"[,;]\s+(?:and\s+)?[A-Z][\w’'-]*\s+"
    return re.compile(item + number), re.compile(rf"(?<![\w.,]){number}[\w]*{item}$", re.I)


def _in_list(text: str, start: int, end: int) -> bool:
    after, before = _lists()
    return bool(after.match(text, end) or before.search(text, max(0, start - 40), start))


def _is_age(text: str, m: re.Match[str], end: int, value: float) -> bool:
    """A bare whole number that is someone's age: beside a name (``Tunde Ajayi, 22;``,
    ``John Smith (25)``) or after ``aged``."""
    if not m.group("digits") or not value.is_integer() or not 0 < value < 125 or m.group("sign") or m.group("qualifier"):
        return False
    start = m.start()
    if _word_before(text, start) in lexicon.words("age_words"):
        return True
    if _AGE_AFTER_NAME.search(text, max(0, start - 40), start) and _AGE_END.match(text, end):
        return True
    return bool(_AGE_IN_BRACKETS.search(text, max(0, start - 30), start) and text.startswith(")", end))


def _no_amount(text: str, m: re.Match[str], end: int) -> bool:
    """Numbers that name or index rather than count: ``room 314``, ``call 999``, ``the 112
    emergency line``, ``10-Q`` filings, ``2 of 3`` page counters."""
    start = m.start()
    if m.group("sign") or not m.group("digits"):
        return False
    before = _word_before(text, start)
    if before in lexicon.words("numbered_nouns") or before in lexicon.words("phone_words"):
        return True
    if m.group("digits") in lexicon.words("emergency_numbers") and _word_after(text, end) in lexicon.words("emergency_services"):
        return True  # "911 dispatchers", "a 999 call"
    if _street().match(text, end) or _word_after(text, end) in ("zip", "postcode"):
        return True  # "16 Harbour Road", "the 90210 ZIP code"
    if _CODE.match(text, end):
        return True
    after = text[end : end + 30].lower().split()[:2]
    if any(w.strip(",.;") in lexicon.words("phone_words") for w in after):
        return True
    return _page_counter(text, start, end)


def _page_counter(text: str, start: int, end: int) -> bool:
    """Whether the number stands in a line (or a ``|`` cell) of its own that is ``2 of 3``;
    the line is looked for near the number only, so long text costs no more per number."""
    lo, hi = max(0, start - _LINE_REACH), min(len(text), end + _LINE_REACH)
    line_start = max(text.rfind("\n", lo, start), text.rfind("|", lo, start))
    if line_start == -1 and lo > 0:
        return False
    ends = [i for i in (text.find("\n", end, hi), text.find("|", end, hi)) if i != -1]
    if not ends and hi < len(text):
        return False
    return bool(_PAGE_COUNTER.fullmatch(text, line_start + 1, min(ends, default=hi)))


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
        quantities = _quantities(text, m, end)
        if len(quantities) == 1 and quantities[0].unit is not None:
            quantities = [_composite(text, quantities[0], end)]
        if len(quantities) == 1:
            quantities = [_below_zero(text, quantities[0], end)]
        found.extend(quantities)
        pos = max([pos] + [q.end for q in quantities])
    return _link_changes(text, _link_conversions(text, found))


_AND_A_HALF = re.compile(r"\s+and\s+a\s+half\b", re.I)  # "an hour and a half", "two miles and a half"
_COMPOSITE_LINK = re.compile(r"\s+(?:and\s+)?")
_SUBUNITS = {"USX": 100, "GBX": 100}  # cents and pence of a currency written before them
_BELOW_ZERO = re.compile(r"\s+below\s+zero\b", re.I)
_MONEY_REACH = 40  # characters before "pounds" searched for a word of money
_CLAUSE_END = re.compile(r"[.;!?]\s")
_LOWER_WORD = re.compile(r"[a-z]+")


def _below_zero(text: str, q: Quantity, limit: int) -> Quantity:
    """``2 degrees below zero`` is minus two."""
    below = _BELOW_ZERO.match(text, q.end, limit)
    if below is None or not q.value or q.value < 0:
        return q
    value = -q.value
    return replace(q, text=text[q.start : below.end()], end=below.end(), value=value, si=units.si(value, q.unit) if q.si and q.unit else q.si)


def _about_money(text: str, start: int) -> bool:
    """Whether the words shortly before a figure in pounds speak of money (data/money_words.txt:
    "fined", "cost", "paid") rather than weight."""
    clause = _CLAUSE_END.split(text[max(0, start - _MONEY_REACH) : start])[-1]
    before = _LOWER_WORD.findall(clause.lower())
    return any(w in lexicon.words("money_words") for w in before[-6:])


def _composite(text: str, q: Quantity, limit: int) -> Quantity:
    """One figure written in two units, added up: ``6 feet 2 inches`` (74 inches), ``one
    minute and 45 seconds`` (105 seconds), ``2 years and 3 months`` (27 months), in the
    smaller unit, so the value stays exact; ``$20 and 43 cents`` (20.43 USD) in the
    currency; ``an hour and a half`` (1.5 hours)."""
    if q.value is None or q.bound is not None or q.unit is None or q.value != int(q.value):
        return q
    half = _AND_A_HALF.match(text, q.end, limit)
    if half:
        return replace(q, text=text[q.start : half.end()], end=half.end(), value=q.value + 0.5, si=units.si(q.value + 0.5, q.unit) if q.si else None)
    link = _COMPOSITE_LINK.match(text, q.end, limit)
    if not link:
        return q
    m = _number_pattern().match(text, link.end(), limit)  # the pattern of every number, compiled already
    if m is None or m.group("qualifier") or m.group("sign") or m.group("negative"):
        return q
    value = _value(m)
    unit = _read_unit(text, _number_end(m), limit, False)
    if value is None or unit is None:
        return q
    if q.dimension == "currency" and unit.currency in _SUBUNITS and unit.currency != q.unit and value < _SUBUNITS[unit.currency]:
        total = round(q.value + value / _SUBUNITS[unit.currency], 6)
        return replace(q, text=text[q.start : unit.end], end=unit.end, value=total)
    first = units.facts(q.unit) if q.dimension and q.dimension != "currency" else None
    second = units.facts(unit.pint) if unit.pint else None
    if first is None or second is None or first.dimension != second.dimension or not first.factor or not second.factor:
        return q
    if second.factor >= first.factor or value >= first.factor / second.factor:
        return q  # "6 feet 20 inches" is no way to write a length
    total = round(q.value * first.factor / second.factor + value, 6)
    return replace(
        q, text=text[q.start : unit.end], end=unit.end, value=total, unit=second.name, unit_text=f"{q.unit_text} {unit.text}",
        si=units.si(total, unit.pint),  # type: ignore[arg-type]
    )


def _quantities(text: str, m: re.Match[str], limit: int) -> list[Quantity]:
    """The quantities a number match starts (two for a range or a score), reading what follows it."""
    value = _value(m)
    end = _number_end(m)
    if value is None or _NUMERIC_DATE.match(text, _number_start(m)):
        return []
    if _is_time_or_ordinal(text, end):
        ordinal = _ordinal_count(text, m, end, value)
        return [ordinal] if ordinal else []
    qualifier = m.group("qualifier")
    sign = m.group("sign")
    if sign and sign not in _signs():
        return []  # "PMI 52.1": three capitals that are no currency name the figure
    if sign and _signs()[sign][1] and not (m.group("scale") or m.group("attached_scale") or "," in (m.group("digits") or "")):
        return []  # "N95 masks", "the R500 road": names, not money
    if sign and _is_code(sign) and _shouted(text, m.start("sign"), end):
        return []  # "ALL 12 MEN": a headline in capitals, no Albanian lek
    scaled = bool(_attached_scale(m) or m.group("scale"))
    # A range ("10 to 15 km", "between 5 and 6", "10-15%"), a score ("won 98-95") or a coordination ("20 and 40 mg").
    link = _LINK.match(text, end, limit)
    other = _number_pattern(after_link=True).match(text, link.end(), limit) if link else None
    if link is not None and other is not None and other.group("qualifier") is None and not _is_year(m):
        other_value = _value(other)
        connector = link.group().strip()
        if other_value is not None and _is_score(text, m, other, value, other_value, connector, limit):
            return [
                _build(text, m.start(), end, value, qualifier, None, None),
                _build(text, other.start(), _number_end(other), other_value, None, None, None),
            ]
        between = re.search(r"\bbetween\s$", text[max(0, m.start() - 8) : m.start()], re.I)
        change = connector == "to" and _is_change(text, m.start())  # "fell 3p to 120p"
        if change and other_value is not None and not sign and _read_unit(text, end, limit, scaled) is None:
            shared = _read_unit(text, _number_end(other), limit, bool(other.group("attached_scale") or other.group("scale")))
            if shared is not None:  # "from 10 to 20 dollars": the unit is written once, after the second
                return [_build(text, m.start(), end, value, qualifier, None, shared)]
        if _street().match(text, _number_end(other)):
            return []  # "16-18 Harbour Road": house numbers
        if other_value is not None and not change and (connector in ("-", "–", "to") or (connector == "and" and between)):
            return _range(text, m, other, value, other_value, scaled, limit)
        if other_value is not None and connector in ("and", "or") and not sign:
            shared = _read_unit(text, other.end(), limit, bool(other.group("attached_scale") or other.group("scale")))
            if shared is not None and _read_unit(text, end, limit, scaled) is None:
                return [_build(text, m.start(), end, value, qualifier, sign, shared)]  # the unit is written once, after the second
    if sign:  # "$3.47 per gallon", "$3,500 a month", "$2.15 per share": money per unit
        rate = _rate(text, end, limit)
        if rate is not None:
            return [_bounded(text, _build(text, m.start(), rate.end, value, qualifier, sign, rate), limit)]
    age = _AGE.match(text, end, limit)
    if age and not sign:  # "a 63-year-old woman": an age, in years
        return [_build(text, m.start(), age.end(), value, qualifier, None, _Unit(age.end(), age.group().strip(" -"), "year", None))]
    unit = _read_unit(text, end, limit, scaled)
    if unit is not None and unit.pint == "pound" and _about_money(text, m.start()):
        unit = _Unit(unit.end, unit.text, None, "GBP")  # "fined ten pounds": money, not weight
    if unit is not None and unit.currency and not sign:
        unit = _with_rate(text, unit, limit)
    if _is_year(m) and not (sign or qualifier) and (unit is None or unit.pint is None and unit.currency is None):
        return []  # "in 2025"
    if unit is None and not sign:
        if _is_age(text, m, end, value):
            return [_build(text, m.start(), end, value, None, None, _Unit(end, "", "year", None))]
        if _no_amount(text, m, end):
            return []
        count = _counted_noun(text, end, limit)
        if count is not None and count[0].lower() in lexicon.table("units"):  # "342 rushing yards"
            written = count[0]
            unit = _Unit(count[1], written, lexicon.table("units")[written.lower()], None)
            return [_build(text, m.start(), count[1], value, qualifier, None, unit)]
        if value == 1 and m.group("words"):
            count = None  # "one of them", "one remains"
        elif count is None and m.group("words"):
            part = _part_of_group(text, m, end, limit)
            if part is not None:
                return [part]
            if _ordinal_article().fullmatch(m.group("words")) and not _OF.match(text, end, limit):
                return []  # "a third suspect": an ordinal, not a fraction
        if count is None:
            lone_word = m.group("words") and " " not in m.group("words").strip() and not m.group("negative")
            named = lone_word or (m.group("digits") and _in_name(text, m.start(), end))
            if named and not _in_list(text, m.start(), end):
                return []  # "one of them", "the Apollo 13"
        else:
            return [_bounded(text, _build(text, m.start(), count[1], value, qualifier, sign, None, count_of=count[0]), limit)]
    return [_bounded(text, _build(text, m.start(), unit.end if unit else end, value, qualifier, sign, unit), limit)]


def _part_of_group(text: str, m: re.Match[str], end: int, limit: int) -> Quantity | None:
    """A number word that counts part of a group or a group named before: ``two of the
    suspects`` (counting ``suspects``), ``six were pistols``, ``the two agreed``."""
    value = _value(m) or 0.0
    of = _OF_GROUP.match(text, end, limit)
    if of:
        count = _counted_noun(text, of.end(), limit, words=2)
        return _build(text, m.start(), end, value, m.group("qualifier"), None, None, count_of=count[0] if count else None)
    were = _WERE.match(text, end, limit)
    if were:
        count = _counted_noun(text, were.end(), limit, words=2)
        if count is not None:
            return _build(text, m.start(), end, value, m.group("qualifier"), None, None, count_of=count[0])
    if _word_before(text, m.start()) == "the" and _GROUP_END.match(text, end, limit):
        return _build(text, m.start(), end, value, None, None, None)
    return None


def _is_score(text: str, m: re.Match[str], other: re.Match[str], value: float, other_value: float, connector: str, limit: int) -> bool:
    """``98-95``, ``won 60-40``, ``a 2-3 defeat``: two whole counts joined by a dash, the
    first not below the second or beside a word of scores and votes, and no unit."""
    if connector not in ("-", "–") or m.group("sign") or not (m.group("digits") and other.group("digits")):
        return False
    if not (value.is_integer() and other_value.is_integer()):
        return False
    other_end = _number_end(other)
    if _read_unit(text, other_end, limit, False) is not None:
        return False
    if value >= other_value:
        return True
    near = text[max(0, m.start() - 30) : m.start()].lower().split()[-3:] + text[other_end : other_end + 25].lower().split()[:2]
    return any(w.strip(",.;:") in lexicon.words("score_words") for w in near)


def _is_change(text: str, start: int) -> bool:
    """Whether the number at ``start`` follows ``from``, ``by`` or a word of change
    (``fell 3p to 120p``): then ``X to Y`` is a change, not a range."""
    word = _word_before(text, start)
    return word in ("from", "by") or word in lexicon.table("change_words")


def _range(text: str, m: re.Match[str], other: re.Match[str], low: float, high: float, scaled: bool, limit: int) -> list[Quantity]:
    """The two ends of a range, each a bound, with the unit or counted noun written after the second."""
    range_end = other.end()
    other_scaled = bool(other.group("attached_scale") or other.group("scale"))
    unit = _read_unit(text, _number_end(other), limit, other_scaled or scaled)
    sign = next((s for s in (m.group("sign"), other.group("sign")) if s in _signs()), None)
    count = _counted_noun(text, range_end, limit) if unit is None and not sign else None
    if count is not None:
        end = count[1]
    else:
        end = unit.end if unit else _number_end(other)
    first = _build(text, m.start(), _number_end(m), low, m.group("qualifier"), sign, unit, bound="low", count_of=count[0] if count else None)
    second = _build(text, other.start(), end, high, None, sign, unit, bound="high", count_of=count[0] if count else None)
    return [replace(first, low=low, high=high), replace(second, low=low, high=high)]


def _ordinal_count(text: str, m: re.Match[str], end: int, value: float) -> Quantity | None:
    """``his 500th goal``: a milestone ordinal after a possessive counts what it names; ranks
    (``the 2nd round``, ``his third term``) are no quantities, so it is written in digits and is 10 or more."""
    if not m.group("digits") or value < 10 or m.group("sign") or not _POSSESSIVE.search(text, max(0, m.start() - 20), m.start()):
        return None
    noun = _WORD.match(text, end + 3, end + 40) if text[end + 2 : end + 3] == " " else None
    if noun is None or noun.group() in lexicon.words("count_stopwords"):
        return None
    return _build(text, m.start(), noun.end(), value, None, None, None, count_of=noun.group())


def _bounded(text: str, q: Quantity, limit: int) -> Quantity:
    """``15 percent or more``: a bound written after the figure."""
    suffix = _phrase_after("bound_suffixes").match(text, q.end, limit)
    if suffix is None or q.value is None or q.bound is not None:
        return q
    bound = lexicon.table("bound_suffixes")[suffix.group(1).lower()]
    return replace(
        q,
        text=text[q.start : suffix.end()],
        end=suffix.end(),
        qualifier=suffix.group(1).lower(),
        bound=bound,  # type: ignore[arg-type]
        low=q.value if bound == "low" else q.low,
        high=q.value if bound == "high" else q.high,
    )


def _build(
    text: str,
    start: int,
    end: int,
    value: float,
    qualifier: str | None,
    sign: str | None,
    unit: _Unit | None,
    bound: str | None = None,
    count_of: str | None = None,
) -> Quantity:
    bound = bound or {"low": "low", "high": "high"}.get(lexicon.table("qualifiers")[qualifier.lower()]) if qualifier else bound
    low = value if bound == "low" else None
    high = value if bound == "high" else None
    unit_name = dimension = unit_text = None
    si = None
    currency = unit.currency if unit is not None and unit.currency else _signs()[sign][0] if sign else None
    per_unit = units.facts(unit.pint) if currency and unit is not None and unit.pint else None
    if currency and unit is not None and unit.per:
        unit_name, dimension, unit_text = f"{currency} / {unit.per}", "currency / count", unit.text
    elif currency and per_unit:
        unit_name, dimension, unit_text = f"{currency} / {per_unit.name}", f"currency / {per_unit.dimension}", unit.text  # type: ignore[union-attr]
    elif currency:
        unit_name, dimension, unit_text = currency, "currency", unit.text if unit is not None else sign
    elif unit is not None and unit.pint:
        expression = unit.pint
        restated = lexicon.table("restated_units").get(expression)
        if restated:  # "75 basis points" is 0.75 percentage points
            value, low, high = (units.convert(v, expression, restated) if v is not None else None for v in (value, low, high))  # type: ignore[assignment]
            expression = restated
        facts = units.facts(expression)
        if facts:
            unit_name, dimension = facts.name, facts.dimension
            unit_text = unit.text or None
            si = units.si(value, expression)
    return Quantity(
        text=text[start:end],
        start=start,
        end=end,
        value=value,
        low=low,
        high=high,
        qualifier=qualifier.lower() if qualifier else None,
        bound=bound,  # type: ignore[arg-type]
        unit=unit_name,
        unit_text=unit_text,
        dimension=dimension,
        si=si,
        count_of=count_of,
        equivalent_of=None,
        change=None,
    )


def _counted_noun(text: str, pos: int, limit: int, words: int = 4) -> tuple[str, int] | None:
    """The plural noun a bare number counts, within four ``words``: ``six U.S.-made missiles``;
    or a people right after it (``340 Haitians``, ``14 Democrats``)."""
    stop = lexicon.words("count_stopwords")
    for i in range(words):
        w = _NEXT_WORD.match(text, pos, limit)
        if not w:
            return None
        word = w.group(1).rstrip(".")
        if word.lower() in stop:
            return None
        pos = w.start(1) + len(word)
        plural = lexicon.is_plural(word)
        if word.islower() and (plural or word in lexicon.table("units")):
            return word, pos
        if i == 0 and word[:1].isupper() and word[1:].islower() and len(word) > 3 and plural and not re.match(r"\s+[A-Z]", text[pos : pos + 2]):
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
        agrees = abs(converted - second.value) <= tolerance(second.text, second.value, second.unit, second.qualifier) + 1e-9
        linked[i] = replace(second, equivalent_of=Equivalence(first.start, first.end, agrees, round(float(converted), 6)))
    return linked


_TO = re.compile(r"\s+to\s+")
_TO_OR_AT = re.compile(r"\s+(?:to|at)\s+")


def _link_changes(text: str, found: list[Quantity]) -> list[Quantity]:
    """``from $2.3bn to $2.9bn``, ``up 4% to £1.8bn``, ``down 14p at 2950p``: the level
    reached is linked to where it came from or to the amount of the change."""
    changes = lexicon.table("change_words")
    linked = list(found)
    for i in range(1, len(found)):
        first, second = found[i - 1], found[i]
        if first.value is None or second.value is None or (first.bound and first.low is not None and first.high is not None):
            continue
        word = _word_before(text, first.start)
        if word == "from" and _TO.fullmatch(text, first.end, second.start):
            same_unit = first.unit == second.unit and first.value != second.value
            direction = ("up" if second.value > first.value else "down") if same_unit else changes.get(_word_before(text, text.rfind("from", 0, first.start)))
            linked[i] = replace(second, change=Change(first.start, first.end, "from", direction))  # type: ignore[arg-type]
        elif (word in changes or word == "by") and _TO_OR_AT.fullmatch(text, first.end, second.start):
            if word == "by":
                word = _word_before(text, text.rfind("by", 0, first.start))
            linked[i] = replace(second, change=Change(first.start, first.end, "by", changes.get(word)))  # type: ignore[arg-type]
    return linked


_WRITTEN_DIGITS = re.compile(r"\d[\d,\u00a0 .]*")
_EXACT_COUNTS_BELOW = 100  # "30 drones" is thirty; "300 people" may be rounded to the hundred
_RELATIVE_TOLERANCE = 0.005  # figures within 0.5% of each other are the same figure, however written


def tolerance(text: str, value: float, unit: str | None = None, qualifier: str | None = None) -> float:
    """How far from ``value`` a figure written as ``text`` may be and still be that figure:
    half the step of its last written digit (``600 miles`` is 550 to 650 miles), at least
    0.5% of it. A whole count under 100 with no word of approximation counts one by one
    (``30 drones`` is not 31 drones; ``about 30 drones`` may be). The rule behind
    ``equivalent_of`` and behind ``find`` and ``conflicts`` across documents."""
    step = rounding(text, value)
    approximate = qualifier is not None and lexicon.table("qualifiers").get(qualifier.lower()) == "approx"
    if unit is None and float(value).is_integer() and abs(value) < _EXACT_COUNTS_BELOW and not approximate:
        step = min(step, 1.0)
    return max(step / 2, abs(value) * _RELATIVE_TOLERANCE)


def rounding(text: str, value: float) -> float:
    """The step of the last digit a figure was written with, in the units of its value:
    ``600`` -> 100, ``1,312`` -> 1, ``2.5`` -> 0.1, ``£350m`` -> 10,000,000 (the scale word
    scales the step), ``two million`` -> 1,000,000, ``two and a half`` -> 0 (no step)."""
    digits = _WRITTEN_DIGITS.search(text)
    if not digits:
        whole = abs(value)
        return _step_of(f"{whole:.0f}") if whole and float(whole).is_integer() else 0.0
    written = re.sub(r"[,\u00a0 ]", "", digits.group()).rstrip(".")
    step = 10.0 ** -len(written.split(".")[1]) if "." in written else _step_of(written)
    number = float(written) if written.replace(".", "", 1).isdigit() else 0.0
    if number and value:
        scale = math.log10(abs(value) / number)  # "£350m": the written 350 is in millions
        if abs(scale - round(scale)) < 1e-9:
            step *= 10.0 ** round(scale)
    return step


def _step_of(whole: str) -> float:
    """``600`` -> 100, ``1312`` -> 1: the place of the last nonzero digit of a whole number."""
    stripped = whole.rstrip("0")
    return 10.0 ** (len(whole) - len(stripped)) if stripped else 1.0
