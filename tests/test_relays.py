"""Relays (``reported_by``: the outlet that carries a claim, data/grammar/relays.tsv and the outlet
chunk of data/grammar/chunks.tsv) and hedges (the writer's distance: data/hedges.txt)."""

from __future__ import annotations

import pytest

from claimledger import extract
from conftest import check_record

Relayed = tuple[str | None, str, str | None]  # speaker text, content, reported_by.name

RELAYS: list[tuple[str, list[Relayed]]] = [
    # A listener that is an outlet.
    ("The minister told Nikkei that the plant would close.", [("The minister", "the plant would close", "Nikkei")]),
    ("The mayor told Reuters that the bridge would reopen on Monday.", [("The mayor", "the bridge would reopen on Monday", "Reuters")]),
    ("The mayor told the state news agency the bridge would reopen.", [("The mayor", "the bridge would reopen", "state news agency")]),
    ("The minister said in an interview with dpa that the talks had stalled.", [("The minister", "the talks had stalled", "dpa")]),
    ("In an interview with the BBC, the mayor said the bridge would reopen.", [("the mayor", "the bridge would reopen", "BBC")]),
    # An outlet that quotes someone: the person stays the speaker.
    ("The bridge will reopen on Monday, the mayor said, the Coastal Times reported.", [("the mayor", "The bridge will reopen on Monday", "Coastal Times")]),
    ("The Coastal Times reported that the mayor said the bridge would reopen.", [("the mayor", "the bridge would reopen", "Coastal Times")]),
    ("“The port will reopen,” the mayor told reporters, according to Reuters.", [("the mayor", "The port will reopen", "Reuters")]),
    # An outlet with nobody it quotes is the source itself, with no relay.
    ("The port will reopen on Monday, the Coastal Times reported.", [("the Coastal Times", "The port will reopen on Monday", None)]),
    ("Reuters reported that the port would reopen.", [("Reuters", "the port would reopen", None)]),
    # After an inverted cue, at the end, and at a sentence's start.
    ("“The figures are wrong,” Ana Ruiz, a ministry spokeswoman, told Reuters.", [("Ana Ruiz, a ministry spokeswoman", "The figures are wrong", "Reuters")]),
    ("The ministry said the figures were wrong, reported Xinhua.", [("The ministry", "the figures were wrong", "Xinhua")]),
    ("The mayor said the road was shut, according to a report by AP.", [("The mayor", "the road was shut", "AP")]),
    ("Ali Haddad said, according to Reuters, that the border was closed.", [("Ali Haddad", "the border was closed", "Reuters")]),
    ("The spokesman said, according to the state news agency, that talks would resume.", [("The spokesman", "talks would resume", "state news agency")]),
    ("Speaking to Radio Tees after the match, coach Neil Barrow said the referee had apologised.", [("coach Neil Barrow", "the referee had apologised", "Radio Tees")]),
    ("In comments to Reuters, the mayor said the bridge would reopen.", [("the mayor", "the bridge would reopen", "Reuters")]),
    ("Speaking on Coast News, the mayor said the bridge would reopen.", [("the mayor", "the bridge would reopen", "Coast News")]),
    ("In an interview with Harbour FM, the mayor said the bridge would reopen.", [("the mayor", "the bridge would reopen", "Harbour FM")]),
    ("The mayor said in a text message to Reuters that the bridge would reopen.", [("The mayor", "the bridge would reopen", "Reuters")]),
    # A name the sentence opens with as whom it was said to is the relay where the text calls it an outlet elsewhere.
    ("The daily newspaper Dawn ran the story. Talking to Dawn, he said the party had held no talks.",
     [("he", "the party had held no talks", "Dawn")]),
    ("Talking to Okafor after the meeting, he said the party had held no talks.", [("he", "the party had held no talks", None)]),
    ("Speaking to Parliament, the minister said the budget was balanced.", [("the minister", "the budget was balanced", None)]),
    ("The mayor told Channel 4 News the bridge would reopen.", [("The mayor", "the bridge would reopen", "Channel 4 News")]),
    ("The minister told state TV that the talks had failed.", [("The minister", "the talks had failed", "state TV")]),
    ("\u201cThe talks failed,\u201d the minister told state TV.", [("the minister", "The talks failed", "state TV")]),
    # The outlet a speaker told, for the claims the sentence goes on with.
    ("The mayor told AFP, adding that the bridge would reopen.", [("The mayor", "the bridge would reopen", "AFP")]),
    # An agency described and named, at the sentence's end, relays the claim, whose content ends before it.
    ("The ministry said the figures were wrong, the state news agency TASS reported.", [("The ministry", "the figures were wrong", "TASS")]),
    # A listener described and named: the outlet is its name.
    ("The mayor told state broadcaster NHK that the bridge would reopen.", [("The mayor", "the bridge would reopen", "NHK")]),
    ("The minister was quoted by news agency PTI as saying the fund was ready.", [("The minister", "the fund was ready", "PTI")]),
    # ... also after the nation or the place it is of.
    ("The mayor told Portuguese broadcaster RTP that the bridge would reopen.", [("The mayor", "the bridge would reopen", "RTP")]),
    ("The minister told Qatar's state news agency QNA that talks had resumed.", [("The minister", "talks had resumed", "QNA")]),
    # The outlet in an aside about how it was said.
    ("But former international Kofi Appiah-Kubi, speaking on Asaase Radio, said the team lacked hunger.",
     [("former international Kofi Appiah-Kubi", "the team lacked hunger", "Asaase Radio")]),
    # Written in an outlet, told an agency described by a word before it.
    ("The minister wrote in the Coastal Times that the tariffs were a mistake.", [("The minister", "the tariffs were a mistake", "Coastal Times")]),
    ("The minister told state-run Xinhua that the talks had ended.", [("The minister", "the talks had ended", "Xinhua")]),
    # A document an outlet has seen or obtained: the outlet relays what it says.
    ("The plan would cost $4 billion, according to a letter seen by Reuters.", [("a letter seen by Reuters", "The plan would cost $4 billion", "Reuters")]),
    # The outlet it was said to, after a word that opens the sentence, or after a long phrase.
    ("Later, in an interview with the BBC, the mayor said the bridge would reopen.", [("the mayor", "the bridge would reopen", "BBC")]),
    ("But speaking to Radio North on Friday, the coach said he would stay.", [("the coach", "he would stay", "Radio North")]),
    ("Speaking to Radio Tees after the club's heavy defeat at the seaside ground, coach Neil Barrow said the referee had apologised.",
     [("coach Neil Barrow", "the referee had apologised", "Radio Tees")]),
    # An outlet right after a cue that takes no listener is what the cue is about, no relay.
    ("The official called the Coastal Times report false.", [("The official", "the Coastal Times report false", None)]),
    ("The mayor denied the Coastal Times report.", [("The mayor", "the Coastal Times report", None)]),
    # Someone who spoke to an outlet speaks; the outlet relays, and is no speaker.
    ("The senior official who spoke to Reuters said the report was inaccurate.", [("The senior official", "the report was inaccurate", "Reuters")]),
    # An outlet that reports what it cites: the source it cites speaks, the outlet relays.
    ("The state news agency KCNA reported, citing military officials, that the missile flew 800 km.",
     [("military officials", "the missile flew 800 km", "KCNA")]),
    ("The port will reopen on Monday, Reuters reported, citing two people familiar with the plan.",
     [("two people familiar with the plan", "The port will reopen on Monday", "Reuters"), ("Reuters", "two people familiar with the plan", None)]),
    # Quoted, cited or carried by an outlet.
    ("Xinhua quoted the minister as saying that talks would resume.", [("the minister", "talks would resume", "Xinhua")]),
    ("The minister said in a statement carried by the state news agency that talks would resume.", [("The minister", "talks would resume", "state news agency")]),
    # A description of the one outlet the text names; a name the text calls an outlet's elsewhere.
    ("The Coastal Times ran the letter on Sunday. The mayor told the newspaper that the bridge would reopen.",
     [("The mayor", "the bridge would reopen", "Coastal Times")]),
    ("The weekly magazine Harbour Lights printed the letter. The mayor told Harbour Lights that the bridge would reopen.",
     [("The mayor", "the bridge would reopen", "Harbour Lights")]),
    ("The mayor told Ana Ruiz that the bridge would reopen.", [("The mayor", "the bridge would reopen", None)]),
    # Not outlets: a place, a person's listener.
    ("He visited Times Square on Monday, the mayor said.", [("the mayor", "He visited Times Square on Monday", None)]),
    ("The mayor told the families that the bridge would reopen.", [("The mayor", "the bridge would reopen", None)]),
]


@pytest.mark.parametrize("text, expected", RELAYS, ids=[t[:50] for t, _ in RELAYS])
def test_an_outlet_relays_the_claims_it_carries(text: str, expected: list[Relayed]) -> None:
    claims = [c for c in extract(text) if c.kind != "statement"]
    for c in claims:
        check_record(c.to_dict(), text)
    assert [(c.speaker.text if c.speaker else None, c.content.text, c.reported_by.name if c.reported_by else None) for c in claims] == expected


@pytest.mark.parametrize(
    "url, relayed",
    [
        ("https://www.coastalcourier.example/news/1", None),  # the page's own outlet is no relay
        ("https://cc.example/news/1", None),
        ("https://news.example/2025/story", "Coastal Courier"),
    ],
)
def test_the_pages_own_outlet_is_no_relay(url: str, relayed: str | None) -> None:
    (claim,) = extract("The mayor told the Coastal Courier that the bridge would reopen.", url=url)
    assert claim.reported_by is None if relayed is None else claim.reported_by.name == relayed


@pytest.mark.parametrize(
    "url, relayed",
    [
        ("https://www.fijitimes.example/news/1", None),
        ("https://www.fijisun.example/news/1", "Fiji Times"),  # another outlet of the same country
        ("https://www.gulfnews.example/news/1", "Fiji Times"),
    ],
)
def test_an_outlet_of_the_pages_country_is_a_relay(url: str, relayed: str | None) -> None:
    (claim,) = extract("The mayor told the Fiji Times that the bridge would reopen.", url=url)
    assert claim.reported_by is None if relayed is None else claim.reported_by.name == relayed


HEDGED: list[tuple[str, list[list[str]]]] = [
    ("The minister reportedly said the bridge was allegedly sabotaged.", [["reportedly", "allegedly"]]),
    ("The rebels are said to have crossed the river, officials said on Monday.", [["are said to"]]),
    # The speaker's own words are no hedge of the writer's; nor is a claim's cue.
    ("The company said “the claims are allegedly true,” in a statement.", [[]]),
    ("The union claimed that wages had fallen.", [[]]),
    # Two claims: each keeps the hedges within its reach.
    ("The mayor reportedly said the bridge was safe, and the governor said the dam had allegedly cracked.", [["reportedly"], ["allegedly"]]),
]


@pytest.mark.parametrize("text, expected", HEDGED, ids=[t[:50] for t, _ in HEDGED])
def test_hedges_are_the_writers_distancing_words(text: str, expected: list[list[str]]) -> None:
    claims = [c for c in extract(text) if c.kind != "statement"]
    for c in claims:
        check_record(c.to_dict(), text)
    assert [[h.text for h in c.hedges] for c in claims] == expected


def test_a_statement_keeps_its_hedges() -> None:
    (claim,) = extract("The ferry reportedly carried 300 passengers.")
    assert claim.kind == "statement" and [h.text for h in claim.hedges] == ["reportedly"]
