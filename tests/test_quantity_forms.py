"""The number and unit forms of issue 24, each row an invented sentence with the exact
spans, values and units it must give. The first column names the rule a row needs:
``python bench/ablation.py`` turns each rule off in turn and shows that its rows then fail."""

from __future__ import annotations

import pytest

from claimledger.quantities import find

# rule, text, [(surface, value, unit, count_of)]
CASES = [
    # Money: every ISO 4217 code before or after the number, names with their country, signs.
    ("world_currencies", "The permit costs 40 KWD.", [("40 KWD", 40, "KWD", None)]),
    ("world_currencies", "A ticket is SEK 400 or 400 SEK.", [("SEK 400", 400, "SEK", None), ("400 SEK", 400, "SEK", None)]),
    ("world_currencies", "She paid 300 Kuwaiti dinars.", [("300 Kuwaiti dinars", 300, "KWD", None)]),
    ("world_currencies", "The fare rose to 20 Egyptian pounds.", [("20 Egyptian pounds", 20, "EGP", None)]),
    ("world_currencies", "The bike cost 100₾ in Tbilisi.", [("100₾", 100, "GEL", None)]),
    ("world_currencies", "In 1995 the loan was 420 million Finnish markkas.", [("420 million Finnish markkas", 4.2e8, "FIM", None)]),
    ("after_prefix", "Lunch cost 42 RM and the taxi 20 Rs.", [("42 RM", 42, "MYR", None), ("20 Rs.", 20, "INR", None)]),
    ("currency_prefix", "Bread is LE 12 in Cairo.", [("LE 12", 12, "EGP", None)]),
    ("shouted", "ALL 12 MEN WERE FREED.", []),
    ("money_words", "He was fined ten pounds.", [("ten pounds", 10, "GBP", None)]),
    ("money_words", "The baby weighed 8 pounds.", [("8 pounds", 8, "pound", None)]),
    ("scale_spaced", "The project costs Rs 3 cr.", [("Rs 3 cr", 3e7, "INR", None)]),
    ("scale_plurals", "Bacteria number three billions in a gram of soil.", [("three billions", 3e9, None, None), ("a gram", 1, "gram", None)]),
    # Units: prefixes the news writes, symbols written one way, units before a full stop.
    ("unit_prefixes", "Buses reach 358 El Paso stops.", [("358 El Paso stops", 358, None, "stops")]),
    ("common_word_symbols", "It would save $500 million he said.", [("$500 million", 5e8, "USD", None)]),
    ("unit_symbols", "It was 6.9 C at dawn.", [("6.9 C", 6.9, "degree_Celsius", None)]),
    ("unit_symbols", "The engine makes 450 Nm of torque.", [("450 Nm", 450, "meter * newton", None)]),
    ("unit_symbols", "The pixels are 352 μm wide.", [("352 μm", 352, "micrometer", None)]),
    ("unit_end", "The wall is 9m.", [("9m", 9, "meter", None)]),
    ("unit_end", "Renault's stake is 43.4 percent-owned.", [("43.4 percent", 43.4, "percent", None)]),
    ("plain_nouns", "He scored in 36 league games.", [("36 league games", 36, None, "games")]),
    ("hyphen_rate", "The 52,000 barrel-a-day refinery shut.", [("52,000 barrel-a-day", 52000, "barrel / day", None)]),
    ("inch", "The door is 2 1/2 in thick.", [("2 1/2 in", 2.5, "inch", None)]),
    ("inch", "There are two in my car.", []),
    ("cubed", "The lake holds 4 km cubed of water.", [("4 km cubed", 4, "kilometer ** 3", None)]),
    ("sq_units", "The centre covers 1520 sq m.", [("1520 sq m", 1520, "meter ** 2", None)]),
    ("exponent", "Light oscillates at 4e14 Hz.", [("4e14 Hz", 4e14, "hertz", None)]),
    ("exponent", "The dose was 5.5x10-3 kg.", [("5.5x10-3 kg", 0.0055, "kilogram", None)]),
    # Articles and halves, composites added up, signs in words.
    ("article_units", "The parcel weighs a kilogram.", [("a kilogram", 1, "kilogram", None)]),
    ("article_units", "Pills are taken twice a day.", []),
    ("half", "The queue took half an hour.", [("half an hour", 0.5, "hour", None)]),
    ("composite", "The flight took an hour and a half.", [("an hour and a half", 1.5, "hour", None)]),
    ("composite", "He is 6 feet 2 inches tall.", [("6 feet 2 inches", 74, "inch", None)]),
    ("composite", "She served 2 years and 3 months.", [("2 years and 3 months", 27, "month", None)]),
    ("composite", "The raid lasted one minute and 45 seconds.", [("one minute and 45 seconds", 105, "second", None)]),
    ("composite", "The toll is $20 and 43 cents.", [("$20 and 43 cents", 20.43, "USD", None)]),
    ("composite", "They walked 5 miles and 20 people joined.", [("5 miles", 5, "mile", None), ("20 people", 20, None, "people")]),
    ("minus", "Total offense was minus-5 yards.", [("minus-5 yards", -5, "yard", None)]),
    ("below_zero", "It fell to 2 degrees below zero.", [("2 degrees below zero", -2, None, "degrees")]),
    # Bounds and ranges with one unit.
    ("qualifiers", "Sales exceeding 40 units fell.", [("exceeding 40 units", 40, None, "units")]),
    ("qualifiers", "Inflation stayed lower than 5%.", [("lower than 5%", 5, "percent", None)]),
    ("shared_unit", "Fares rose from 10 to 20 dollars.", [("10", 10, "USD", None), ("20 dollars", 20, "USD", None)]),
    # Numbers that name rather than count.
    ("emergency", "The 911 dispatchers took the call.", []),
    ("fraction", "It is a 24/7 service.", []),
    ("names", "Covid-19 wards at the G7 print on A4 paper.", []),
    ("street", "The shop at 16-18 Harbour Road closed.", []),
    ("street", "Homes in the 90210 ZIP code sold.", []),
]


@pytest.mark.parametrize("rule, text, expected", CASES, ids=[f"{c[0]}:{c[1][:40]}" for c in CASES])
def test_quantity_forms(rule: str, text: str, expected: list[tuple]) -> None:
    found = find(text, 0, len(text))
    assert all(text[q.start : q.end] == q.text for q in found)
    assert [(q.text, q.value, q.unit, q.count_of) for q in found] == [(s, pytest.approx(v), u, c) for s, v, u, c in expected]


def test_no_unit_from_text_has_a_prefix_the_news_never_writes() -> None:
    """No ronna-, quetta-, ronto- or quecto- unit, whatever letters follow a number."""
    text = " ".join(f"{n} {w}" for n, w in enumerate(["RM", "Rs", "Qm", "rg", "qg", "Rg", "QW", "El", "he", "Ys", "zm", "am", "fs"], 1))
    units = [q.unit for q in find(text, 0, len(text)) if q.unit]
    assert not [u for u in units if u.startswith(("ronna", "quetta", "ronto", "quecto", "exa", "zetta", "yotta", "atto", "femto"))], units
