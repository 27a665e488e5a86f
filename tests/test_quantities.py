import pytest

from claimledger.quantities import find, tolerance

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
    ("more than 2,300 people", [("more than 2,300 people", 2300, 2300, None, None, "people")]),
    ("at least 47 were killed", [("at least 47", 47, 47, None, None, None)]),
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
    ("a hundred and six of those", [("a hundred and six", 106, None, None, None, None)]),
    ("two thirds of the budget", [("two thirds", 2 / 3, None, None, None, None)]),
    ("three and a half miles north", [("three and a half miles", 3.5, None, None, "mile", None)]),
    ("a 3/4 inch crack", [("3/4 inch", 0.75, None, None, "inch", None)]),
    ("½ teaspoon of cumin", [("½ teaspoon", 0.5, None, None, "teaspoon", None)]),
    ("it fell to minus ten", [("minus ten", -10, None, None, None, None)]),
    ("Now it is -10°C", [("-10°C", -10, None, None, "degree_Celsius", None)]),
    ("a reserve of 12,460 km2", [("12,460 km2", 12460, None, None, "kilometer ** 2", None)]),
    ("9 cubic kilometers of ice", [("9 cubic kilometers", 9, None, None, "kilometer ** 3", None)]),
    ("a 5-inch blade", [("5-inch", 5, None, None, "inch", None)]),
    ("the nine-mile detour", [("nine-mile", 9, None, None, "mile", None)]),
    ("at 320 kilometres per hour", [("320 kilometres per hour", 320, None, None, "kilometer_per_hour", None)]),
    ("over 140 miles an hour", [("over 140 miles an hour", 140, 140, None, "mile / hour", None)]),
    ("a precision of 3.75 nanometers", [("3.75 nanometers", 3.75, None, None, "nanometer", None)]),
    ("a bandgap of 2.3 eV", [("2.3 eV", 2.3, None, None, "electron_volt", None)]),
    ("a dose of 8 mGy", [("8 mGy", 8, None, None, "milligray", None)]),
    ("The fence is 2.4m tall", [("2.4m", 2.4, None, None, "meter", None)]),
    ("2.7M digital downloads", [("2.7M digital downloads", 2.7e6, None, None, None, "downloads")]),
    ("lend at 2.45pc", [("2.45pc", 2.45, None, None, "percent", None)]),
    ("diesel averaged $3.47 per gallon", [("$3.47 per gallon", 3.47, None, None, "USD / gallon", None)]),
    ("a $2800 a month lease", [("$2800 a month", 2800, None, None, "USD / month", None)]),
    ("35 million pounds on the stadium", [("35 million pounds", 3.5e7, None, None, "GBP", None)]),
    ("a forty-pound sack", [("forty-pound", 40, None, None, "pound", None)]),
    ("6.8 million Australian dollars", [("6.8 million Australian dollars", 6.8e6, None, None, "AUD", None)]),
    ("HK $48,310 in fees", [("HK $48,310", 48310, None, None, "HKD", None)]),
    ("a 63-year-old woman", [("63-year-old", 63, None, None, "year", None)]),
    ("given 20 and 40 mg", [("20", 20, None, None, "milligram", None), ("40 mg", 40, None, None, "milligram", None)]),
    # A range is its two ends, each with both ends as low/high.
    ("10 to 15 km", [("10", 10, 10, 15, "kilometer", None), ("15 km", 15, 10, 15, "kilometer", None)]),
    ("between 5,000 and 6,000 people", [("5,000", 5000, 5000, 6000, None, "people"), ("6,000 people", 6000, 5000, 6000, None, "people")]),
    ("a rise of 10-15%", [("10", 10, 10, 15, "percent", None), ("15%", 15, 10, 15, "percent", None)]),
    ("12.8-13.0 degrees celsius", [("12.8", 12.8, 12.8, 13.0, "degree_Celsius", None), ("13.0 degrees celsius", 13.0, 12.8, 13.0, "degree_Celsius", None)]),
    ("prices rose 10-15%", [("10", 10, 10, 15, "percent", None), ("15%", 15, 10, 15, "percent", None)]),
    ("the cast comes off in four to six weeks", [("four", 4, 4, 6, "week", None), ("six weeks", 6, 4, 6, "week", None)]),
    ("rose from $12.4 billion to $187.9 billion", [("$12.4 billion", 1.24e10, None, None, "USD", None), ("$187.9 billion", 1.879e11, None, None, "USD", None)]),
    ("allowed 342 rushing yards", [("342 rushing yards", 342, None, None, "yard", None)]),
    # Not quantities.
    ("the iPhone 15 Pro and the Fortune 500", []),
    ("admitted one count of bribery", []),
    ("The ratio 1/0 is undefined", []),
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
        ("250 °C (482 °F)", True, 482.0),
        ("2,400,000 kilometres (1,490,000 mi)", True, 1491290.861),
    ],
)
def test_restated_measurements_are_linked_and_checked(text: str, consistent: bool, converted: float) -> None:
    first, second = find(text, 0, len(text))
    assert first.equivalent_of is None
    link = second.equivalent_of
    assert (link.start, link.end) == (first.start, first.end)
    assert link.consistent is consistent
    assert link.converted == pytest.approx(converted, rel=1e-6)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("600 miles", 50),  # rounded to the hundred
        ("1,312 feet", 6.56),  # to the foot, but never under 0.5%
        ("2.5 percent", 0.05),
        ("£350m a week", 5_000_000),  # the scale word scales the step: tens of millions
        ("£350,000,000 a week", 5_000_000),
        ("$1.9bn", 50_000_000),
        ("two million people", 500_000),
        ("300 people", 50),
        ("30 drones", 0.5),  # a small count counts one by one
        ("thirty drones", 0.5),
        ("about 30 drones", 5),  # unless it says it is near
        ("30 km", 5),  # a measurement is rounded
        ("75 basis points", 0.005),  # 0.75 percentage points, written to the basis point (0.01)
    ],
)
def test_tolerance_is_half_the_step_of_the_last_written_digit(text: str, expected: float) -> None:
    (q,) = find(text, 0, len(text))
    assert tolerance(q.text, q.value, q.unit, q.qualifier) == pytest.approx(expected, rel=0.01)


def test_different_dimensions_are_not_linked() -> None:
    first, second = find("5 km (3 hours)", 0, 14)
    assert second.equivalent_of is None


def _found(text: str) -> list[tuple]:
    found = find(text, 0, len(text))
    for q in found:
        assert text[q.start : q.end] == q.text
    return [(q.text, q.value, q.unit, q.count_of) for q in found]


def _expected(rows: list[tuple]) -> list[tuple]:
    return [tuple(pytest.approx(v) if isinstance(v, float) else v for v in row) for row in rows]


# text, [(surface, value, unit, count_of)]
MARKET_UNITS = [
    ("Shares fell 2.1p to 240.5p in early trade.", [("2.1p", 2.1, "GBX", None), ("240.5p", 240.5, "GBX", None)]),
    ("Tesco closed at 338.5p.", [("338.5p", 338.5, "GBX", None)]),
    ("a 50 pence coin", [("50 pence", 50, "GBX", None)]),
    ("The central bank raised rates by 75 basis points.", [("75 basis points", 0.75, "percentage_point", None)]),
    ("a cut of 25 bps", [("25 bps", 0.25, "percentage_point", None)]),
    ("It earned $2.15 per share in the quarter.", [("$2.15 per share", 2.15, "USD / share", None)]),
    ("a profit of $1.31 a share", [("$1.31 a share", 1.31, "USD / share", None)]),
    ("The retailer lost 4 cents per share.", [("4 cents per share", 4, "USX / share", None)]),
    ("Brent traded at $90 a barrel.", [("$90 a barrel", 90, "USD / barrel", None)]),
    # Not rates: "a" before a noun that money is not counted per.
    ("He paid $500 a friend of his had lent him.", [("$500", 500, "USD", None)]),
    ("page 5p", [("5p", 5, "GBX", None)]),
    ("at 5pm", []),
]

MONEY_ABROAD = [
    ("The project will cost Rs 1,640 crore.", [("Rs 1,640 crore", 1.64e10, "INR", None)]),
    ("a grant of Rs.520 crore", [("Rs.520 crore", 5.2e9, "INR", None)]),
    ("a fine of Rs 2 lakh", [("Rs 2 lakh", 2e5, "INR", None)]),
    ("a ₹1.5 lakh crore budget", [("₹1.5 lakh crore", 1.5e12, "INR", None)]),
    ("1,00,000 farmers", [("1,00,000 farmers", 1e5, None, "farmers")]),
    ("a P2.4 billion contract", [("P2.4 billion", 2.4e9, "PHP", None)]),
    ("the P8-billion fund", [("P8-billion", 8e9, "PHP", None)]),
    ("₱500 each", [("₱500", 500, "PHP", None)]),
    ("the Sh3.2 billion set aside", [("Sh3.2 billion", 3.2e9, "KES", None)]),
    ("KSh 300 million in arrears", [("KSh 300 million", 3e8, "KES", None)]),
    ("a ₦50,000 fine", [("₦50,000", 5e4, "NGN", None)]),
    ("N2.5 billion was spent", [("N2.5 billion", 2.5e9, "NGN", None)]),
    ("R1.2m in damages", [("R1.2m", 1.2e6, "ZAR", None)]),
    ("Tk 500 crore", [("Tk 500 crore", 5e9, "BDT", None)]),
    ("worth nearly Dh42 million", [("nearly Dh42 million", 4.2e7, "AED", None)]),
    ("AED 15 million", [("AED 15 million", 1.5e7, "AED", None)]),
    ("RM3.5 billion", [("RM3.5 billion", 3.5e9, "MYR", None)]),
    ("S$40 million and A$2bn", [("S$40 million", 4e7, "SGD", None), ("A$2bn", 2e9, "AUD", None)]),
    ("NZ$12 million, C$7 million and HK$3 million", [("NZ$12 million", 1.2e7, "NZD", None), ("C$7 million", 7e6, "CAD", None), ("HK$3 million", 3e6, "HKD", None)]),
    ("gold at USD2,350 an ounce", [("USD2,350 an ounce", 2350, "USD / ounce", None)]),
    ("worth $US38 million", [("$US38 million", 3.8e7, "USD", None)]),
    ("paying each club JD20,000 annually", [("JD20,000 annually", 2e4, "JOD / year", None)]),
    ("a bicycle for 1,450€", [("1,450€", 1450, "EUR", None)]),
    # Single letters are money only with a scale or thousands.
    ("a box of N95 masks", []),
    ("the R500 road", []),
]

NOT_RANGES = [
    ("The Lakers won 98-95 on Sunday.", [("98", 98, None, None), ("95", 95, None, None)]),
    ("The motion passed 60-40.", [("60", 60, None, None), ("40", 40, None, None)]),
    ("a 2-0 win", [("2", 2, None, None), ("0", 0, None, None)]),
    ("City lost 1-3 at home", [("1", 1, None, None), ("3", 3, None, None)]),
    ("The council voted 4-5 against it.", [("4", 4, None, None), ("5", 5, None, None)]),
    ("The fire started on 03-11-2019 near the depot.", []),
    ("on 14/02/2021", []),
]

NOT_QUANTITIES = [
    ("Call the 112 emergency line.", []),
    ("residents should dial 999", []),
    ("the 1122 helpline", []),
    ("The company said in its 10-Q filing", []),
    ("an 8-K report", []),
    ("in room 314 of the hotel", []),
    ("a category 4 storm", []),
    ("flight 370 vanished", []),
    ("Photo 1 of 5", []),
    ("2 of 3 | Firefighters at the scene", []),
    ("the #17March marches", []),
    ("A third suspect was arrested.", []),
    ("the 2nd round", []),
    ("his third term", []),
]

MISSED_COUNTS = [
    ("Messi scored his 500th goal for the club.", [("500th goal", 500, None, "goal")]),
    ("the club's 100th win", [("100th win", 100, None, "win")]),
    ("Leeds has four, Hull 9.", [("four", 4, None, None), ("9", 9, None, None)]),
    ("41 were rifles, six were pistols and three were shotguns", [("41", 41, None, None), ("six", 6, None, "pistols"), ("three", 3, None, "shotguns")]),
    ("Police said two of the suspects fled.", [("two", 2, None, "suspects")]),
    ("four of the two-ton rovers", [("four", 4, None, "rovers"), ("two-ton", 2, "metric_ton", None)]),
    ("three of them were held", [("three", 3, None, None)]),
    ("The rivalry between the two had deepened for years.", [("two", 2, None, None)]),
    ("the four - door model", []),
    ("More than 340 Haitians were displaced.", [("More than 340 Haitians", 340, None, "Haitians")]),
    ("one of 14 Democrats who voted", [("14 Democrats", 14, None, "Democrats")]),
    ("two police were injured", [("two police", 2, None, "police")]),
    ("The seven accused were remanded.", [("seven accused", 7, None, "accused")]),
    # Not counts: "one" as a pronoun, a list of names.
    ("one of the suspects", []),
    ("three were arrested on Monday", []),
]

AGES = [
    ("Priya Nandakumar, 34, said", [("34", 34, "year", None)]),
    ("three suspects: Tunde Ajayi, 22; Chidi Okafor, 27; and Bala Usman, 35, were held", [("three suspects", 3, None, "suspects"), ("22", 22, "year", None), ("27", 27, "year", None), ("35", 35, "year", None)]),
    ("Sergeants Paul Hendry, 31 and Maria Lopez, 44, died", [("31", 31, "year", None), ("44", 44, "year", None)]),
    ("John Smith (25) appeared in court", [("25", 25, "year", None)]),
    ("a man aged 45", [("45", 45, "year", None)]),
    # Not ages.
    ("In New Delhi, 40 people died", [("40 people", 40, None, "people")]),
]


@pytest.mark.parametrize(
    "text, expected",
    MARKET_UNITS + MONEY_ABROAD + NOT_RANGES + NOT_QUANTITIES + MISSED_COUNTS + AGES,
)
def test_news_classes(text: str, expected: list[tuple]) -> None:
    assert _found(text) == _expected(expected)


# text, [(surface, bound, low, high)]
BOUNDS = [
    ("a maximum 40 hours a week", [("a maximum 40 hours a week", "high", None, 40)]),
    ("a minimum of 12 days", [("a minimum of 12 days", "low", 12, None)]),
    ("15 percent or more", [("15 percent or more", "low", 15, None)]),
    ("200 people or fewer", [("200 people or fewer", "high", None, 200)]),
    ("at most 5 people", [("at most 5 people", "high", None, 5)]),
    ("no fewer than 20 people", [("no fewer than 20 people", "low", 20, None)]),
    ("over 100 brigades", [("over 100 brigades", "low", 100, None)]),
    ("about 100 brigades", [("about 100 brigades", None, None, None)]),
    ("10 to 15 km", [("10", "low", 10, 15), ("15 km", "high", 10, 15)]),
]


@pytest.mark.parametrize("text, expected", BOUNDS)
def test_bounds(text: str, expected: list[tuple]) -> None:
    assert [(q.text, q.bound, q.low, q.high) for q in find(text, 0, len(text))] == expected


# text, the level reached, (the figure it is linked to, relation, direction) or None
CHANGES = [
    ("Revenue rose from $2.3bn to $2.9bn.", "$2.9bn", ("$2.3bn", "from", "up")),
    ("Unemployment fell from 12% to 9%.", "9%", ("12%", "from", "down")),
    ("Sales were up 4% to £1.8bn.", "£1.8bn", ("4%", "by", "up")),
    ("Shares fell 3p to 120p.", "120p", ("3p", "by", "down")),
    ("Whitbread, down 14p at 2950p, led the fallers.", "2950p", ("14p", "by", "down")),
    ("Reserves increased by $8.7 billion to $96.3 billion.", "$96.3 billion", ("$8.7 billion", "by", "up")),
    ("Centrica climbed 3.15p to 127.85p.", "127.85p", ("3.15p", "by", "up")),
    # Not changes.
    ("They sold 20 cars to 15 dealers.", "15 dealers", None),
    ("It costs $5 at 10 shops.", "10 shops", None),
]


@pytest.mark.parametrize("text, level, linked", CHANGES)
def test_changes_link_the_level_to_its_change(text: str, level: str, linked: tuple | None) -> None:
    found = {q.text: q for q in find(text, 0, len(text))}
    change = found[level].change
    if linked is None:
        assert change is None
        return
    surface, relation, direction = linked
    assert (text[change.start : change.end], change.relation, change.direction) == (surface, relation, direction)
    assert found[surface].change is None
