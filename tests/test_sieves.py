"""The sieves of data/grammar/sieves.tsv, each with invented sentences where it gives the name; without
it, the name is another (or none): no sieve is dead weight. And the document's entities they read
(claimledger/entities.py): names grouped, roles and kinds from what the text says of them."""

from __future__ import annotations

from functools import partial

import pytest

from claimledger import extract, pipeline, sentences
from claimledger.entities import SIEVE_ROWS, SIEVES, Entities
from claimledger.speakers import SpeakerResolver
from conftest import check_record

# (sieve, text, the last speaker's text, the name it resolves to)
CASES: list[tuple[str, str, str, str]] = [
    ("short-form", "The Royal Police Force (PDRM) arrested two men. PDRM said they would be charged.", "PDRM", "Royal Police Force"),
    ("short-form", "The bank's regulator, FSA (Financial Supervisory Agency), met on Monday. FSA said rates would hold.", "FSA", "Financial Supervisory Agency"),
    ("initials", "The National Farmers Union met on Monday. The NFU said prices would rise.", "The NFU", "National Farmers Union"),
    ("initials", "The Coastal Rescue Service sent two boats. CRS said the crew was safe.", "CRS", "Coastal Rescue Service"),
    ("group-part", "Tianhe Chemicals Group Ltd. reported a loss. Tianhe said sales had fallen.", "Tianhe", "Tianhe Chemicals Group Ltd"),
    ("group-part", "The Iranian Foreign Ministry met the envoy. The Foreign Ministry said the talks were useful.", "The Foreign Ministry", "Iranian Foreign Ministry"),
    ("surname", "Insp. Chidi Okafor arrived at noon. Okafor said the suspect had fled.", "Okafor", "Chidi Okafor"),
    ("surname", "Senator Maria Walsh visited the port. Walsh said the dock would reopen.", "Walsh", "Maria Walsh"),
    ("name-part", "Ismail Sabri Yaakob spoke first. Ismail Sabri said the border would stay open.", "Ismail Sabri", "Ismail Sabri Yaakob"),
    ("name-part", "Tony Leung Chiu Wai thanked his fans. Leung said the rumours had hurt his family.", "Leung", "Tony Leung Chiu Wai"),
    ("role", "Gov. Kathy Hale visited the dam on Monday. The governor said the spillway would hold.", "The governor", "Kathy Hale"),
    ("role", "The premier, Doug Ward, toured the site. The premier said repairs would take a month.", "The premier", "Doug Ward"),
    ("role-initials", "Interior Cabinet Secretary Ann Mwangi dismissed the reports. The CS said the reports were fake.", "The CS", "Ann Mwangi"),
    ("role-initials", "Director-General Ivo Marsh opened the plant. The DG said output would double.", "The DG", "Ivo Marsh"),
    ("described", "Halvorsen Ferries, the island's only operator, cancelled every crossing. The operator said the storm would pass.", "The operator", "Halvorsen Ferries"),
    ("described", "Ana Ruiz, the club's founder, paid the fine. The founder said the books were clean.", "The founder", "Ana Ruiz"),
    ("group-head", "The Russian Defense Ministry met on Monday. The ministry said the strikes would go on.", "The ministry", "Russian Defense Ministry"),
    ("group-head", "The Supreme Court struck down the law. The apex court said parliament had overstepped.", "The apex court", "Supreme Court"),
    ("company", "Northgate Holdings reported a loss. The company said demand had fallen.", "The company", "Northgate Holdings"),
    ("company", "Safaricom, the country's largest mobile operator, raised prices. The company said costs had doubled.", "The company", "Safaricom"),
    ("group-head", "Cleveland Vale Police arrested a man. The force said it had increased patrols.", "The force", "Cleveland Vale Police"),
    ("group-head", "The Delhi High Court heard the petition on Monday. The bench said the state had not paid.", "The bench", "Delhi High Court"),
    ("group-head", "The Communications Workers of America met on Monday. The union said talks had failed.", "The union", "Communications Workers of America"),
    ("issuer", "The Institute for Fiscal Studies published a report on Monday. The report said wages had fallen.", "The report", "Institute for Fiscal Studies"),
    ("issuer", "In a statement, Port Director Ana Ruiz said the dock was shut. The statement added that repairs would take a week.", "The statement", "Ana Ruiz"),
    ("issuer", "The Port Arden Police Service arrested two men. The police statement said the men were held overnight.", "The police statement", "Port Arden Police Service"),
    ("issuer", "Ortega Foods recalled 300 jars. A statement issued by Ortega Foods' PR firm said it was precautionary. The statement added that no one was ill.",
     "The statement", "Ortega Foods"),
    ("outlet", "The Coastal Times ran the letter on Sunday. The paper said the mayor had known.", "The paper", "Coastal Times"),
    ("outlet", "The weekly magazine Harbour Lights printed the photographs. The magazine said they were genuine.", "The magazine", "Harbour Lights"),
    ("clause", "Emmanuel Macron spoke first. Boris Pistorius said it was late. Macron faced criticism after he proposed that troops could go.", "he", "Emmanuel Macron"),
    ("clause", "Ana Ruiz met Ivo Marsh. Marsh said the deal was done. Ruiz left early because she said the talks had failed.", "she", "Ana Ruiz"),
    ("subject", "Mr. Osei spoke first. He said the plan was sound.", "He", "Osei"),
    ("subject", "Ana Ruiz arrived late. She said the roads were shut.", "She", "Ana Ruiz"),
    ("subject", "Acme Corp agreed to buy Brightline Ltd for $2 billion. It said the deal would close by June.", "It", "Acme Corp"),
    # a name after capitalized words and a title is the subject, not a club the words name
    ("subject", "Eastholme Athletic won 2-1. Athletic manager Gary Tonge praised his side. “We had to suffer,” he told reporters.", "he", "Gary Tonge"),
    ("subject", "The club said coach Ivo Marsh had resigned. Marsh thanked the fans. “It was an honour,” he said.", "he", "Ivo Marsh"),
    ("subject", "Acme Corp agreed to buy Brightline Ltd for $2 billion.\n\n“The deal will close in June,” it said.", "it", "Acme Corp"),
    ("speaker", "The plan, Ana Ruiz said, was sound. She added that it would be costed.", "She", "Ana Ruiz"),
    ("speaker", "On Monday, Northgate Holdings said sales had fallen. It said prices would rise.", "It", "Northgate Holdings"),
    ("relative", "Police are seeking Kevin Albers, who said he was innocent.", "who", "Kevin Albers"),
    ("relative", "The mayor met the regulator, the Port Authority, which said the fees would stay.", "which", "Port Authority"),
]


def _last_speaker(text: str, sieves: frozenset[str] = SIEVES) -> tuple[str, str | None, str | None]:
    original = pipeline.SpeakerResolver
    pipeline.SpeakerResolver = partial(SpeakerResolver, sieves)  # type: ignore[assignment,misc]
    try:
        claims = [c for c in extract(text) if c.speaker]
    finally:
        pipeline.SpeakerResolver = original  # type: ignore[misc]
    for c in claims:
        check_record(c.to_dict(), text)
    last = claims[-1].speaker
    return last.text, last.name, last.sieve


@pytest.mark.parametrize("sieve, text, phrase, name", CASES, ids=[f"{c[0]}:{c[1][:30]}" for c in CASES])
def test_a_sieve_gives_the_name(sieve: str, text: str, phrase: str, name: str) -> None:
    assert _last_speaker(text) == (phrase, name, sieve)


@pytest.mark.parametrize("sieve, text, phrase, name", CASES, ids=[f"{c[0]}:{c[1][:30]}" for c in CASES])
def test_without_its_sieve_the_name_is_another(sieve: str, text: str, phrase: str, name: str) -> None:
    assert _last_speaker(text, SIEVES - {sieve})[1:] != (name, sieve)


def test_every_sieve_row_has_two_cases() -> None:
    assert sorted({c[0] for c in CASES}) == sorted(SIEVES)
    assert all(sum(c[0] == row[0] for c in CASES) >= 2 for row in SIEVE_ROWS)
    assert {row[1] for row in SIEVE_ROWS} == {"name", "description", "pronoun"}


# Where no sieve is sure, the name stays null.
UNSURE: list[tuple[str, str, str | None]] = [
    # Two people share the surname and the paragraph names both: nobody.
    ("Police Chief Alan Walsh visited the site. Senator Maria Walsh visited too. Walsh said the bridge was safe.", "Walsh", None),
    # ... unless the paragraph is about one of them.
    ("Police Chief Alan Walsh visited the site.\n\nSenator Maria Walsh visited too. Walsh said the bridge was safe.", "Walsh", "Maria Walsh"),
    # Two ministers, neither speaking before: nobody; "the President" is not the Senate President.
    ("Health Minister Ana Ruiz and Finance Minister Ivo Marsh met. The minister said the budget was sound.", "The minister", None),
    ("Senate President Ivo Marsh met President Ana Ruiz on Monday. The President said the vote would go ahead.", "The President", "Ana Ruiz"),
    # "she" never goes back to a man named so, nor "he" to a place or a group.
    ("John Marsh said the plan was sound. She said it would fail.", "She", None),
    ("Ontario reported 300 new cases on Monday. He said the schools would stay open.", "He", None),
    # No person takes "the": a description that names nobody the text knows.
    ("Senator John Hale opposed the bill. The Arizona Republican said it was rushed.", "The Arizona Republican", None),
    # Two groups named together: nobody; then each by its own name.
    ("Brightline Ltd and Corvane Holdings announced a merger. Brightline said the deal would close in June.", "Brightline", "Brightline Ltd"),
    ("Brightline Ltd and Corvane Holdings said the deal would close in June.", "Brightline Ltd and Corvane Holdings", None),
    # A firm that speaks for someone is them; a person who does is someone of their own.
    ("A statement issued by Ortega Foods' PR firm said the recall was precautionary.", "Ortega Foods' PR firm", "Ortega Foods"),
    ("The singer's publicist said the story was false.", "The singer's publicist", None),
    # A role's head is the word before its complement: "the mayor of Riverton City Council" is a mayor, not
    # the council the council says it is.
    ("Tom Brown, the mayor of Riverton City Council, dined there. Riverton City Council met on Monday. However, the council says the claim is false.",
     "the council", "Riverton City Council"),
    # What follows a name's comma and says something is the sentence's subject, no role of the name's.
    ("Ana Ruiz and Ivo Marsh met on Monday. Unlike Ruiz, the minister said the case was weak.", "the minister", None),
    ("Ana Ruiz and Ivo Marsh met on Monday. In a letter to Ruiz, the minister said the case was weak.", "the minister", None),
    # "the former president" is one whose role says former, never the president in office.
    ("President Tom Baker and his predecessor, Ivo Marsh, clashed. The former president said the economy was weak.", "The former president", None),
    ("Former President Ivo Marsh spoke in Ohio. President Tom Baker spoke too. The former president said the economy was weak.", "The former president", "Ivo Marsh"),
    # A sentence that opens with a clause, not a description and its name, names no subject for "she".
    ("The mayor met Tom Baker, Ana Ruiz, and Lena Ortiz. She said the bill was dead.", "She", None),
    # A role in apposition with a noun of saying in it is a role still.
    ("Tom Baker, a former minister, spoke on Monday. Ana Ruiz, the minister in charge of the report, said the plan failed. The minister said the memo was fake.",
     "The minister", "Ana Ruiz"),
    # "former" and the head are the role's own words, not its complement's.
    ("Lena Ortiz, a former aide to President Tom Baker, said the plan failed. The former president said the economy was weak.", "The former president", None),
    # An organisation that opens with a given name is no person for "she".
    ("Grace Community Church of Dallas said the shelter would close. She said the beds were gone.", "She", None),
    # "she" after someone the text does not name is that someone, never one named before; after many, the one before.
    ("Health Minister Ana Ruiz said the clinic would open. Her daughter said the family was grateful. “We just want answers,” she said.", "she", None),
    ("Health Minister Ana Ruiz said the clinic would open. Officials said staff were tired. “We need help,” she said.", "she", "Ana Ruiz"),
    ("Ana Ruiz said the clinic would open. A witness said the fire spread fast. “It was terrifying,” she said.", "she", None),
    # One word is no name-part of a hyphened surname it is only part of.
    ("Senator Risa Villareal-Cruz said she would wait. Villareal told reporters he would call a hearing.", "Villareal", "Villareal"),
    # A group is of a description's kind by its name's head, not a word elsewhere in it.
    ("The Ministry of Justice ordered an inquiry. The court said the hearing would resume.", "The court", None),
    ("The Premier League fined the club. The union said the fine was unfair.", "The union", None),
    # A group's head with another owner is another group.
    ("The Attorney General's Office said it would appeal. The comptroller's office said it had opened a case.", "The comptroller's office", None),
    # A description with "a" is someone new: no relay by the outlet named before.
    ("The Sunday Courier ran the letter. The mayor told a daily newspaper that the bridge would reopen.", "The mayor", None),
]


@pytest.mark.parametrize("text, phrase, name", UNSURE, ids=[t[:40] for t, _, _ in UNSURE])
def test_where_no_sieve_is_sure_the_name_stays_null(text: str, phrase: str, name: str | None) -> None:
    claims = [c for c in extract(text) if c.speaker and c.speaker.text == phrase]
    assert [c.speaker.name for c in claims] == [name]


@pytest.mark.parametrize(
    "text, name, kind, role",
    [
        ("Harbour Police Chief Ana Ruiz spoke.", "Ana Ruiz", "person", "Harbour Police Chief"),
        ("The Lagos State Police Command's Rapid Response Squad arrested three men.", "Lagos State Police Command's Rapid Response Squad", "group", None),
        ("The Automobile Club of Southern Ontario raised its forecast.", "Automobile Club of Southern Ontario", "group", None),
        ("The Human Rights Watch organization published a report.", "Human Rights Watch", "group", None),
        ("India's Economic Times ran the story.", "Economic Times", "outlet", None),
        ("The weekly magazine Harbour Lights ran the story.", "Harbour Lights", "outlet", "The weekly magazine"),
        ("Talks went on in South Africa.", "South Africa", "place", None),
        ("Apple ID accounts were safe.", "Apple ID", "name", None),
    ],
)
def test_the_entities_a_text_names(text: str, name: str, kind: str, role: str | None) -> None:
    entities = Entities()
    entities.read(text, sentences.split(text))
    link = entities.find(name)
    assert link is not None and len(link.entities) == 1
    (entity,) = link.entities
    assert (entity.name, entity.kind, entity.roles[:1] or [None]) == (name, kind, [role])
