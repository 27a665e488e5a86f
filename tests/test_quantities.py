import pytest

from claimledger.quantities import find

# text, [(surface, value, low, high, unit, count_of)]
CASES = [
    ("a front line of approximately 1,000 kilometers", [("approximately 1,000 kilometers", 1000, None, None, "kilometer", None)]),
    ("(600 miles)", [("600 miles", 600, None, None, "mile", None)]),
    ("nearly 700 miles", [("nearly 700 miles", 700, None, 700, "mile", None)]),
    ("over 100 brigades", [("over 100 brigades", 100, 100, None, None, "brigades")]),
    ("31 drones were shot down", [("31 drones", 31, None, None, None, "drones")]),
    ("six U.S.-made ATACMS missiles", [("six U.S.-made ATACMS missiles", 6, None, None, None, "missiles")]),
    ("two anti-aircraft missile systems", [("two anti-aircraft missile systems", 2, None, None, None, "systems")]),
    ("thirty-one drones", [("thirty-one drones", 31, None, None, None, "drones")]),
    ("a dozen villages", [("a dozen villages", 12, None, None, None, "villages")]),
    ("more than 1,700 people", [("more than 1,700 people", 1700, 1700, None, None, "people")]),
    ("at least 82 were killed", [("at least 82", 82, 82, None, None, None)]),
    ("It costs $2.5 billion", [("$2.5 billion", 2.5e9, None, None, "USD", None)]),
    ("a £250m deal", [("£250m", 2.5e8, None, None, "GBP", None)]),
    ("€300 million in aid", [("€300 million", 3e8, None, None, "EUR", None)]),
    ("$1.9bn", [("$1.9bn", 1.9e9, None, None, "USD", None)]),
    ("1.2 trillion rubles", [("1.2 trillion rubles", 1.2e12, None, None, "RUB", None)]),
    ("prices rose 6%", [("6%", 6, None, None, "percent", None)]),
    ("up 3.5 percent", [("3.5 percent", 3.5, None, None, "percent", None)]),
    ("a rise of 2 percentage points", [("2 percentage points", 2, None, None, "percentage_point", None)]),
    ("it was 30°C outside", [("30°C", 30, None, None, "degree_Celsius", None)]),
    ("a 45 minutes wait", [("45 minutes", 45, None, None, "minute", None)]),
    ("nearly three years of war", [("nearly three years", 3, None, 3, "year", None)]),
    ("816 000 t of grain", [("816 000 t", 816000, None, None, "metric_ton", None)]),
    ("doing 70 mph", [("70 mph", 70, None, None, "mile_per_hour", None)]),
    ("a 5km run", [("5km", 5, None, None, "kilometer", None)]),
    ("2.5 million people", [("2.5 million people", 2.5e6, None, None, None, "people")]),
    ("up to 15 feet", [("up to 15 feet", 15, None, 15, "foot", None)]),
    ("fewer than 20 hectares", [("fewer than 20 hectares", 20, None, 20, "hectare", None)]),
    ("a hundred and two of those", [("a hundred and two", 102, None, None, None, None)]),
    ("two thirds of the cake", [("two thirds", 2 / 3, None, None, None, None)]),
    ("two and a half miles east", [("two and a half miles", 2.5, None, None, "mile", None)]),
    ("a 1/4 inch gap", [("1/4 inch", 0.25, None, None, "inch", None)]),
    ("½ teaspoon of salt", [("½ teaspoon", 0.5, None, None, "teaspoon", None)]),
    ("it fell to minus ten", [("minus ten", -10, None, None, None, None)]),
    ("Now it is -10°C", [("-10°C", -10, None, None, "degree_Celsius", None)]),
    ("an area of 301,338 km2", [("301,338 km2", 301338, None, None, "kilometer ** 2", None)]),
    ("4 cubic kilometers of ice", [("4 cubic kilometers", 4, None, None, "kilometer ** 3", None)]),
    ("a 3-inch thickness", [("3-inch", 3, None, None, "inch", None)]),
    ("the six-mile trip", [("six-mile", 6, None, None, "mile", None)]),
    ("at 200 kilometres per hour", [("200 kilometres per hour", 200, None, None, "kilometer_per_hour", None)]),
    ("over 188 miles an hour", [("over 188 miles an hour", 188, 188, None, "mile / hour", None)]),
    ("an accuracy of 16.25 nanometers", [("16.25 nanometers", 16.25, None, None, "nanometer", None)]),
    ("a bandgap of 1.7 eV", [("1.7 eV", 1.7, None, None, "electron_volt", None)]),
    ("a dose of 14 mGy", [("14 mGy", 14, None, None, "milligray", None)]),
    ("I'm 1.8m tall", [("1.8m", 1.8, None, None, "meter", None)]),
    ("4.3M digital sales", [("4.3M digital sales", 4.3e6, None, None, None, "sales")]),
    ("borrow at 1.38pc", [("1.38pc", 1.38, None, None, "percent", None)]),
    ("petrol averaged $2.11 per gallon", [("$2.11 per gallon", 2.11, None, None, "USD / gallon", None)]),
    ("a $3500 a month mortgage", [("$3500 a month", 3500, None, None, "USD / month", None)]),
    ("20 million pounds on this", [("20 million pounds", 2e7, None, None, "GBP", None)]),
    ("a twenty-pound bag", [("twenty-pound", 20, None, None, "pound", None)]),
    ("10.5 million Australian dollars", [("10.5 million Australian dollars", 1.05e7, None, None, "AUD", None)]),
    ("HK $216,925 in fares", [("HK $216,925", 216925, None, None, "HKD", None)]),
    ("a 50-year-old man", [("50-year-old", 50, None, None, "year", None)]),
    ("given 45 and 50 mg", [("45", 45, None, None, "milligram", None), ("50 mg", 50, None, None, "milligram", None)]),
    ("10 to 15 km", [("10 to 15 km", None, 10, 15, "kilometer", None)]),
    ("between 5,000 and 6,000 people", [("5,000 and 6,000 people", None, 5000, 6000, None, "people")]),
    ("a rise of 10-15%", [("10-15%", None, 10, 15, "percent", None)]),
    ("12.8-13.0 degrees celsius", [("12.8-13.0 degrees celsius", None, 12.8, 13.0, "degree_Celsius", None)]),
    ("rose from $43.6 billion to $419.2 billion", [("$43.6 billion", 4.36e10, None, None, "USD", None), ("$419.2 billion", 4.192e11, None, None, "USD", None)]),
    ("gave up 517 rushing yards", [("517 rushing yards", 517, None, None, "yard", None)]),
    # Not quantities.
    ("the iPhone 11 Pro and the Big 12", []),
    ("Jamie Armstrong, 25, said", []),
    ("pled guilty to one count of fraud", []),
    ("The number 1/0 is not valid", []),
    ("the U.S. and U.K. talks", []),
    ("5 a$ and 10 us$ and 3 hk $ more", [("5", 5, None, None, None, None), ("10", 10, None, None, None, None), ("3", 3, None, None, None, None)]),
    ("at 2.15pm on Monday", []),
    ("in 2025 and 1998", []),
    ("an F-16 and a Su-34 flew", []),
    ("the third time", []),
    ("one of these guarantees", []),
    ("a day and a time", []),
    ("the 5th of May", []),
    ("at 10:30 in the morning", []),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_find(text: str, expected: list[tuple]) -> None:
    found = find(text, 0, len(text))
    got = [(q.text, q.value, q.low, q.high, q.unit, q.count_of) for q in found]
    assert got == [tuple(pytest.approx(v) if isinstance(v, float) else v for v in e) for e in expected]
    for q in found:
        assert text[q.start : q.end] == q.text


def test_si_values_compare_across_units() -> None:
    km, mi = find("1,000 kilometers (600 miles)", 0, 28)
    assert km.si.unit == mi.si.unit == "meter"
    assert km.si.value == 1_000_000
    assert abs(mi.si.value - 965_606.4) < 0.01
    assert km.dimension == "length"


def test_offsets_are_into_the_whole_text() -> None:
    text = "Intro. Later, 31 drones came."
    (q,) = find(text, 7, len(text))
    assert (q.start, q.end) == (14, 23)


@pytest.mark.parametrize(
    "text, consistent, converted",
    [
        ("approximately 1,000 kilometers (600 miles)", True, 621.371192),
        ("approximately 1,100 kilometers (nearly 700 miles)", True, 683.508311),
        ("1,000 kilometers (900 miles)", False, 621.371192),
        ("a 400 meters (1,312 feet) line", True, 1312.335958),
        ("300 °C (572 °F)", True, 572.0),
        ("1,500,000 kilometres (930,000 mi)", True, 932056.788),
    ],
)
def test_restated_measurements_are_linked_and_checked(text: str, consistent: bool, converted: float) -> None:
    first, second = find(text, 0, len(text))
    assert first.equivalent_of is None
    link = second.equivalent_of
    assert (link.start, link.end) == (first.start, first.end)
    assert link.consistent is consistent
    assert link.converted == pytest.approx(converted, rel=1e-6)


def test_different_dimensions_are_not_linked() -> None:
    first, second = find("5 km (3 hours)", 0, 14)
    assert second.equivalent_of is None
