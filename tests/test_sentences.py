import pytest

from claimledger.sentences import split

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
