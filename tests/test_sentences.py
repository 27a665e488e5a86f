import pytest

from claimledger.sentences import NO_SPACE_RUN, is_prose, split

CASES = [
    ("One. Two.", ["One.", "Two."]),
    ("He went to the U.S. The talks failed.", ["He went to the U.S.", "The talks failed."]),
    ("The U.S. President-elect spoke.", ["The U.S. President-elect spoke."]),
    ("The U.K. Defence Ministry agreed. It said so.", ["The U.K. Defence Ministry agreed.", "It said so."]),
    ("Gen. Smith met Sen. Jones. They talked.", ["Gen. Smith met Sen. Jones.", "They talked."]),
    ("Mr. Brown and Mrs. Green left.", ["Mr. Brown and Mrs. Green left."]),
    ("It opens on Jan. 20 in St. Louis. Come.", ["It opens on Jan. 20 in St. Louis.", "Come."]),
    ("He lives at No. 10 Downing Street. Yes.", ["He lives at No. 10 Downing Street.", "Yes."]),
    ("The bridge will cost Rs. 520 crore. Work starts soon.", ["The bridge will cost Rs. 520 crore.", "Work starts soon."]),
    ("Fares rose to Kshs. 300 and Dhs. 25. Riders complained.", ["Fares rose to Kshs. 300 and Dhs. 25.", "Riders complained."]),
    ("Growth was 1.5 percent. Prices rose.", ["Growth was 1.5 percent.", "Prices rose."]),
    ("J. R. R. Tolkien wrote it. It sold.", ["J. R. R. Tolkien wrote it.", "It sold."]),
    ("Is it? Yes! Fine.", ["Is it?", "Yes!", "Fine."]),
    ("“We will go. We will win,” he said. Then he left.", ["“We will go. We will win,” he said.", "Then he left."]),
    ("``It was a bomb. It was,'' he said. Police came.", ["``It was a bomb. It was,'' he said.", "Police came."]),
    ("He said: “It is over.” Then he left.", ["He said: “It is over.”", "Then he left."]),
    ("''It is over,'' Mr. Burman said. ''We lost.''", ["''It is over,'' Mr. Burman said.", "''We lost.''"]),
    ("“Why now?” Clinton said. “Why not?”", ["“Why now?” Clinton said.", "“Why not?”"]),
    ("“We won!” said the coach. Fans cheered.", ["“We won!” said the coach.", "Fans cheered."]),
    ("“We won!” The crowd cheered all night.", ["“We won!”", "The crowd cheered all night."]),
    ("“Is it over?” Said Ahmed shook his head.", ["“Is it over?”", "Said Ahmed shook his head."]),
    ("KYIV, Ukraine — President Zelenskyy spoke. He left.", ["KYIV, Ukraine — President Zelenskyy spoke.", "He left."]),
    ("WASHINGTON (AP) _\n\nThe Senate voted. It passed.", ["WASHINGTON (AP) _", "The Senate voted.", "It passed."]),
    ("Headline without a stop\nBody starts here.", ["Headline without a stop", "Body starts here."]),
    ("a line that is\nhard wrapped here.", ["a line that is\nhard wrapped here."]),
    ("First line.\r\nSecond line.\r\n", ["First line.", "Second line."]),
    ("He paused... Then he spoke.", ["He paused... Then he spoke."]),
    ("It cost $5.5 million. It was late.", ["It cost $5.5 million.", "It was late."]),
    ("", []),
    ("   \n\n  ", []),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_split(text: str, expected: list[str]) -> None:
    sentences = split(text)
    assert [text[s.start : s.end] for s in sentences] == expected
    assert [s.index for s in sentences] == list(range(len(expected)))


def test_sample_article_has_23_sentences(seed_text: str) -> None:
    sentences = split(seed_text)
    assert len(sentences) == 23
    assert all(seed_text[s.start : s.end].strip() == seed_text[s.start : s.end] for s in sentences)


_LINK = "https://archive.example.org/records/search?collection=parliament&session=2019&" + "&".join(f"field{i}=value{i}" for i in range(12)) + "&page=3"
_BASE64_LINE = "TWFueSBoYW5kcyBtYWtlIGxpZ2h0IHdvcmsuIFRoZSBjb3VuY2lsIG1ldCBvbiBNb25kYXku"  # 72 characters
_CODES = " ".join(f"QX{i:03d}-{(i * 7919) % 1000:03d}Z" for i in range(30))  # 30 parcel codes, 329 characters


@pytest.mark.parametrize(
    "sentence, prose",
    [
        ("The ministry said 31 drones were shot down over the capital on Tuesday.", True),
        ("KYIV, Ukraine (AP) _", True),  # a dateline: short, no common word
        ("Revenue 4,500 3,900 2,750", True),  # a table row
        ("Markets Rally: Dow Jones Climbs 2.3%, Nasdaq Gains 3.1%, S&P 500 Hits Record High Amid Strong Earnings", True),
        (f"The full register of votes is at {_LINK} on the archive's site.", True),  # a long link in a sentence of words
        ("It’s over, officials in Lagos confirmed late on Sunday night after 40 hours of talks.", True),
        (_BASE64_LINE, False),  # a line of base64 or PEM
        (f"{_BASE64_LINE}\n{_BASE64_LINE}", False),
        (_LINK, False),  # a link alone, longer than any word: its digits are no quantities
        (_CODES, False),  # long, and not one common word
        ("Officials said the file held " + "x" * NO_SPACE_RUN + " and nothing else.", False),  # a blob pasted into a sentence
        ("Officials said the file held " + "x" * (NO_SPACE_RUN - 1) + " and nothing else.", True),
        ("", True),
    ],
)
def test_is_prose(sentence: str, prose: bool) -> None:
    assert len(_LINK) > 200 and is_prose(sentence) is prose
