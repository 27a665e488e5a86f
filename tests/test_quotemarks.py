import pytest

from claimledger.quotemarks import find

CASES = [
    ("“Yes,” he said.", ["Yes,"]),
    ('"Yes," he said.', ["Yes,"]),
    ("``Yes,'' he said.", ["Yes,"]),
    ("''Yes,'' he said. ''It is.''", ["Yes,", "It is."]),
    ("The rock'n'roll band's ''greatest hits'' sold.", ["greatest hits"]),
    ('“A typo closes here," he said.', ["A typo closes here,"]),
    ('"And here too,” he said.', ["And here too,"]),
    ("“Tell them, ‘We are not leaving.’ Then we vote,” she told Morales.", ["Tell them, ‘We are not leaving.’ Then we vote,"]),
    ("“Rated ‘correct’ because of a kernel,” Shah said. ‘Yes,’ she said.", ["Rated ‘correct’ because of a kernel,", "Yes,"]),
    ("«Oui», dit-il.", ["Oui"]),
    ("‘No,’ she said.", ["No,"]),
    ("Ukraine’s army and the ministers’ talks shouldn’t stop.", []),
    ("An unbalanced “quote mark and nothing more.", []),
    ('He said "yes. Then "maybe," she said.', ["maybe,"]),
    ("“One”\n\n“Two”", ["One", "Two"]),
    ("“Starts here\n\nand ends” there.", []),
    # A quotation of several paragraphs: each paragraph but the last leaves it open and the next opens it again.
    ("She said: “We will stay.\n\n“We will rebuild.”", ["We will stay.", "We will rebuild."]),
    ("She said: “We will stay.\n“We will rebuild.”", ["We will stay.", "We will rebuild."]),
    ("She said: “We will stay.\n\nThe rain went on.", []),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_find(text: str, expected: list[str]) -> None:
    assert [text[q.inner_start : q.inner_end] for q in find(text)] == expected


def test_many_quote_marks_do_not_crash() -> None:
    text = "“" * 5000 + '"' * 5000
    assert isinstance(find(text), list)
