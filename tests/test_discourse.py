"""Claims beyond one sentence (claimledger/matchers/discourse.py): quotation paragraphs and
quotations cut by their cue, denials that go on, and sentences with no claim of their own."""

from __future__ import annotations

import pytest

from claimledger import extract
from conftest import check_record

Said = tuple[str, str | None, str | None, str]  # rule, speaker text, speaker name, content

QUOTATIONS: list[tuple[str, list[Said]]] = [
    # A paragraph that is a quotation, after a paragraph whose last claim has a speaker.
    ("“We will rebuild the bridge,” the mayor said.\n\n“It will take a year and cost a lot.”",
     [("quote-speaker-cue", "the mayor", None, "We will rebuild the bridge"), ("quote-paragraph", "the mayor", None, "It will take a year and cost a lot.")]),
    # A quotation left open at its paragraph's end goes on in the next: a claim a paragraph.
    ("Zelenskyy said: “We will not give up.\n\n“We will rebuild every bridge.”\n\nThe talks resumed.",
     [("speaker-cue-quote", "Zelenskyy", "Zelenskyy", "We will not give up."), ("quote-paragraph", "Zelenskyy", "Zelenskyy", "We will rebuild every bridge.")]),
    # A quotation of several paragraphs is the speaker's named where it closes.
    ("Mayor Ana Ruiz spoke on Monday.\n\n“We will rebuild the bridge. It will take a year.\n\n“We have the money. The work starts in March,” Ruiz said.",
     [("quote-paragraph", "Ruiz", "Ana Ruiz", "We will rebuild the bridge. It will take a year."),
      ("quote-speaker-cue", "Ruiz", "Ana Ruiz", "We have the money. The work starts in March")]),
    # A quotation opening a paragraph whose later sentence names a quotation's speaker is that speaker's.
    ("Ana Ruiz spoke first.\n\n“We will rebuild the bridge.” The mayor looked tired. “It will take a year,” Ruiz said.",
     [("quote-paragraph", "Ruiz", "Ana Ruiz", "We will rebuild the bridge."), ("quote-speaker-cue", "Ruiz", "Ana Ruiz", "It will take a year")]),
    # A quotation cut by its cue and a sentence stop is one claim; after a long aside, two.
    ("“We will not give up,” Zelenskyy said. “We will fight on.”",
     [("quote-speaker-cue", "Zelenskyy", "Zelenskyy", "We will not give up,” Zelenskyy said. “We will fight on.")]),
    ("“We will rebuild,” the mayor said on Monday at a long meeting with residents of the flooded northern districts of the city. “It will take a year.”",
     [("quote-speaker-cue", "the mayor", None, "We will rebuild"), ("quote-sequel", "the mayor", None, "It will take a year.")]),
    # A quotation paragraph with a cue of its own is its speaker's.
    ("Zelenskyy said: “We will not give up.”\n\n“Nobody believes it,” a critic said.",
     [("speaker-cue-quote", "Zelenskyy", "Zelenskyy", "We will not give up."), ("quote-speaker-cue", "a critic", None, "Nobody believes it")]),
    # Nobody to give it to: after a paragraph with no speaker, a title of a quotation, a run nobody closes.
    ("The bridge fell in May.\n\n“It will take a year to rebuild.”", []),
    ("“We will rebuild,” the mayor said.\n\n“Unfounded”\n\nThe council met.", [("quote-speaker-cue", "the mayor", None, "We will rebuild")]),
    ("“We will rebuild the bridge. It will take a year.\n\n“We have the money. The work starts in March.”\n\nThe council meets again next week.", []),
]


@pytest.mark.parametrize("text, expected", QUOTATIONS, ids=[t[:40] for t, _ in QUOTATIONS])
def test_quotations_beyond_one_sentence(text: str, expected: list[Said]) -> None:
    claims = [c for c in extract(text) if c.kind != "statement"]
    for c in claims:
        check_record(c.to_dict(), text)
    assert [(c.extractor.rule, c.speaker.text if c.speaker else None, c.speaker.name if c.speaker else None, c.content.text) for c in claims] == expected


DENIALS: list[tuple[str, list[tuple[str, str, str]]]] = [
    # In a story where a source denies something, a plain negation of fact denies too, whoever says it,
    # before the denial or after it, and whatever denied: a verb of denying or a refutation.
    ("Police spokesperson Ana Ruiz denied the reports. Ruiz said there were no arrests. Ruiz said the roads were open.",
     [("denial", "Ana Ruiz", "the reports"), ("denial", "Ana Ruiz", "there were no arrests"), ("speech", "Ana Ruiz", "the roads were open")]),
    ("The Health Ministry rejected the claims.\n\n“The minister was not involved,” the ministry said.",
     [("denial", "Health Ministry", "the claims"), ("denial", "Health Ministry", "The minister was not involved")]),
    ("Ana Ruiz denied the reports. Ivo Marsh said there were no arrests.",
     [("denial", "Ana Ruiz", "the reports"), ("denial", "Ivo Marsh", "there were no arrests")]),
    ("Ana Ruiz said there were no arrests. Ruiz later denied the reports.",
     [("denial", "Ana Ruiz", "there were no arrests"), ("denial", "Ana Ruiz", "the reports")]),
    ("Ana Ruiz denied the allegations. Ruiz said she would never take a bribe.",
     [("denial", "Ana Ruiz", "the allegations"), ("denial", "Ana Ruiz", "she would never take a bribe")]),
    ("Ana Ruiz said the story was untrue. Ruiz said there were no arrests.",
     [("denial", "Ana Ruiz", "the story was untrue"), ("denial", "Ana Ruiz", "there were no arrests")]),
    # What a speaker does not think, want or feel is an opinion, not a fact denied, even in a denial story.
    ("Ana Ruiz denied the reports. Ivo Marsh said he did not think the inquiry would end soon. Marsh said he was not happy with the pace.",
     [("denial", "Ana Ruiz", "the reports"), ("speech", "Ivo Marsh", "he did not think the inquiry would end soon"), ("speech", "Ivo Marsh", "he was not happy with the pace")]),
    # In a story with no denial, a negation is a plain statement of the source's.
    ("Ana Ruiz said there were no arrests. Ivo Marsh said the roads were open.",
     [("speech", "Ana Ruiz", "there were no arrests"), ("speech", "Ivo Marsh", "the roads were open")]),
    # Words that call a claim false deny it in any story.
    ("The mayor said the photographs were fake. Her aide said the rumours were malicious nonsense.",
     [("denial", None, "the photographs were fake"), ("denial", None, "the rumours were malicious nonsense")]),
]


@pytest.mark.parametrize("text, expected", DENIALS, ids=[t[:40] for t, _ in DENIALS])
def test_a_denial_story_makes_plain_negations_denials(text: str, expected: list[tuple[str, str, str]]) -> None:
    claims = [c for c in extract(text) if c.kind != "statement"]
    assert [(c.kind, c.speaker.name if c.speaker else None, c.content.text) for c in claims] == expected
    assert all((c.polarity == "deny") == (c.kind == "denial") for c in claims)


def test_unattributed_sentence_with_a_number_is_a_statement() -> None:
    (claim,) = extract("Ukraine has over 100 brigades at the front.")
    assert (claim.kind, claim.speaker, claim.cue, claim.quote) == ("statement", None, None, "none")
    assert [q.text for q in claim.quantities] == ["over 100 brigades"]


def test_a_sentence_whose_only_cue_has_no_speaker_keeps_its_numbers() -> None:
    (claim,) = extract("The talks ended early, noting that 31 drones were shot down on Tuesday.", "d", "2025-01-14")
    assert claim.kind == "statement"
    assert [q.text for q in claim.quantities] == ["31 drones"] and [d.text for d in claim.dates] == ["Tuesday"]
