"""Who said it (claimledger/speakers.py, claimledger/identity.py): the name each speaker phrase
resolves to within a document, its key across documents, and the identities of a ledger that
``claimledger speakers`` lists. A name is the fullest proper name the article gives, or null: a
wrong name is the worst error, so where the text does not decide, the name stays null."""

from __future__ import annotations

import pytest

from claimledger import extract
from claimledger.identity import key
from conftest import check_record

Named = tuple[str, str | None, str]  # speaker text, name, via

RESOLVED: list[tuple[str, list[Named]]] = [
    # Two people with one surname stay two: the role named decides, else nobody.
    ("Police Chief Alan Walsh said the road was closed. Senator Maria Walsh said the vote would go ahead. Walsh, the police chief, added that the bridge was safe.",
     [("Police Chief Alan Walsh", "Alan Walsh", "explicit"), ("Senator Maria Walsh", "Maria Walsh", "explicit"), ("Walsh, the police chief", "Alan Walsh", "alias")]),
    ("Police Chief Alan Walsh visited the site. Senator Maria Walsh visited too. Walsh said the bridge was safe.", [("Walsh", None, "ambiguous")]),
    # Descriptions and titles: the one person of that role named in any sentence.
    ("Gov. Kathy Hale visited the dam on Monday. The governor said the spillway would hold.", [("The governor", "Kathy Hale", "alias")]),
    ("The premier, Doug Ward, toured the site. The premier said repairs would take a month.", [("The premier", "Doug Ward", "alias")]),
    ("Bangladesh head coach Rana Ahmed spoke on Friday. The coach said the team was ready.", [("The coach", "Rana Ahmed", "alias")]),
    ("The minister said the budget was balanced.", [("The minister", None, "alias")]),
    # "No group", "every witness": nobody in particular, never a name.
    ("No group has said it carried out the attack.", [("No group", None, "explicit")]),
    ("Every witness said the car was red.", [("Every witness", None, "explicit")]),
    # A nationality's noun describes someone the text has not said it of: nobody, never a person named "Spaniard".
    ("Luis Ortega, the Rovers manager, spoke after the game. The Spaniard said his team had lacked intensity.", [("The Spaniard", None, "alias")]),
    # Honorifics and ranks go to the role; the surname alone takes the full name.
    ("Insp. Chidi Okafor said the suspect had fled. Okafor said he was armed.",
     [("Insp. Chidi Okafor", "Chidi Okafor", "explicit"), ("Okafor", "Chidi Okafor", "alias")]),
    ("Shri Arun K. Mehta spoke first. Shri Mehta said the budget was balanced.", [("Shri Mehta", "Arun K. Mehta", "alias")]),
    ("Mayor Kerrie Donnelly spoke on Monday. Cr Donnelly said the council had acted on both reports.", [("Cr Donnelly", "Kerrie Donnelly", "alias")]),
    ("Minister for Regional Development Ana Reyes said the grant was approved.",
     [("Minister for Regional Development Ana Reyes", "Ana Reyes", "explicit")]),
    ("Prince Saud al-Faisal met the delegation. Faisal said relations were solid.", [("Faisal", "Saud al-Faisal", "alias")]),
    # Organisations: a short form in parentheses, "the company".
    ("The National Disaster Management Authority (NDMA) issued a warning. NDMA said the river would rise.",
     [("NDMA", "National Disaster Management Authority", "alias")]),
    # ... in mixed case too, made of the name's first letters or syllables.
    ("The Turkish Statistical Institute (TurkStat) published the figures. TurkStat said inflation had fallen to 38 percent.",
     [("TurkStat", "Turkish Statistical Institute", "alias")]),
    ("The Bank of Korea (BoK) held rates. BoK said inflation was easing.", [("BoK", "Bank of Korea", "alias")]),
    ("Northgate Holdings reported a loss. The company said demand had fallen.", [("The company", "Northgate Holdings", "alias")]),
    ("Straits Harbour Logistics said profit fell. The company said it had no debt.", [("The company", "Straits Harbour Logistics", "alias")]),
    ("Kestrel Motors recalled 9,000 cars. The company said no one was hurt.", [("The company", "Kestrel Motors", "alias")]),
    # An airline and an observatory are groups; a nationality or a region that opens their name is part of it.
    ("Gulf Meridian Airways said on Tuesday it had no plans to merge.", [("Gulf Meridian Airways", "Gulf Meridian Airways", "explicit")]),
    ("The Syrian Observatory for Human Rights, a Britain-based monitor, said 11 people were killed.",
     [("The Syrian Observatory for Human Rights, a Britain-based monitor", "Syrian Observatory for Human Rights", "explicit")]),
    ("Sri Lanka Cricket said the selectors would meet on Tuesday.", [("Sri Lanka Cricket", "Sri Lanka Cricket", "explicit")]),
    ("The Sri Lanka Cricket board said the squad would be named on Tuesday.", [("The Sri Lanka Cricket board", "Sri Lanka Cricket", "explicit")]),
    ("The U.S. Embassy in Mexico City said cooperation was strong.", [("The U.S. Embassy in Mexico City", "U.S. Embassy in Mexico City", "explicit")]),
    # A nationality alone is its country (a headline's "Saudi"), never a person of it.
    ("Saudi Says Ties With Cairo Solid\nSaudi Arabia told the delegation that ties were solid. Foreign Minister Prince Saud al-Faisal visited Cairo.",
     [("Saudi", "Saudi Arabia", "alias"), ("Saudi Arabia", "Saudi Arabia", "explicit")]),
    # An agency's name after an article of its language is an outlet's ("Der Spiegel"), which "the magazine" describes.
    ("Der Spiegel reported that the plan was dead. The magazine said the paper was genuine.",
     [("Der Spiegel", "Der Spiegel", "explicit"), ("The magazine", "Der Spiegel", "alias")]),
    ("Michael Bloomberg said the race was close. Bloomberg said he would spend more.",
     [("Michael Bloomberg", "Michael Bloomberg", "explicit"), ("Bloomberg", "Michael Bloomberg", "alias")]),
    # Whose someone is, before the name ("Harbour Radio's Tom Okoro"), and an honorific inside a long role, are no part of the name.
    ("\u201cThe field has not shifted,\u201d Harbour Radio's Tom Okoro said.", [("Harbour Radio's Tom Okoro", "Tom Okoro", "explicit")]),
    ("Portugal's Atlantica Cargo was fined 40 million euros. Atlantica Cargo said it accepts the decision.", [("Atlantica Cargo", "Atlantica Cargo", "explicit")]),
    ("County Executive Committee Member for Health Dr Grace Achieng said the county had stepped up chlorination.",
     [("County Executive Committee Member for Health Dr Grace Achieng", "Grace Achieng", "explicit")]),
    ("Councillor Amir Rashid called a meeting. \u201cPeople have been telling us,\u201d Cllr Rashid said.", [("Cllr Rashid", "Amir Rashid", "alias")]),
    ("Minister for Policing Ioane Naivalurua visited the station. Naivalurua said he would not interfere.", [("Naivalurua", "Ioane Naivalurua", "alias")]),
    # A nickname quoted inside a name is no part of it; the name is whole around it.
    ("Senator Ronald 'Bato' dela Rosa arrived on Monday. Rosa said the report was false.", [("Rosa", "Ronald dela Rosa", "alias")]),
    ('The claim was made by Senator Rodolfo "Dodong" Villareal, who said on Sunday that 14 projects were unfinished. Villareal said he would call a hearing.',
     [("who", "Rodolfo Villareal", "pronoun"), ("Villareal", "Rodolfo Villareal", "alias")]),
    # A group's head alone, capitalized, is the one group of that head named before; a group's own name stays its own.
    ("The European Commission fined five shipping lines. One line received immunity, the Commission said.", [("the Commission", "European Commission", "alias")]),
    ("The Kremlin said talks would resume. Later the Kremlin said nothing.", [("The Kremlin", "Kremlin", "explicit")]),
    # Pronouns: the person a sentence before opened with.
    ("Mr. Osei spoke first. He said the plan was sound.", [("He", "Osei", "pronoun")]),
    # A title or a nationality after a given name or an initial is a surname, and the surname alone takes the full name.
    ("Charlie King, a former party director, said the vote was rigged. Mr. King said he would appeal. King added that he had evidence.",
     [("Charlie King, a former party director", "Charlie King", "explicit"), ("Mr. King", "Charlie King", "alias"), ("King", "Charlie King", "alias")]),
    ("Representative Peter T. King said the bill would pass.", [("Representative Peter T. King", "Peter T. King", "explicit")]),
    ("Dean Walsh said the fares would rise.", [("Dean Walsh", "Dean Walsh", "explicit")]),
    ("Mark Cuban said the league was wrong. Cuban said he would pay the fine.",
     [("Mark Cuban", "Mark Cuban", "explicit"), ("Cuban", "Mark Cuban", "alias")]),
    # An honorific says whom a surname is: "Mr." is not a woman of that name, nor a group.
    ("Barbara Bush and George W. Bush attended the dinner. Mr. Bush said the economy was strong.", [("Mr. Bush", "George W. Bush", "alias")]),
    ("Barbara Bush attended the dinner. Mr. Bush said the economy was strong.", [("Mr. Bush", None, "ambiguous")]),
    ("The Clinton Global Initiative held its meeting. Mr. Clinton said the charity had raised $2 billion.", [("Mr. Clinton", "Clinton", "explicit")]),
    # The sentence's own first word is no part of a name; nor a weekday after it.
    ("Though Kaine said the bill would pass, others disagreed. Tim Kaine is a senator.", [("Kaine", "Tim Kaine", "alias")]),
    ("Yet Bloomberg said the deal was done. Bloomberg later said the talks had failed.", [("Bloomberg", "Bloomberg", "explicit"), ("Bloomberg", "Bloomberg", "explicit")]),
    ("Ana Ruiz Sunday said the strike would end. Ruiz said talks would resume.", [("Ana Ruiz", "Ana Ruiz", "explicit"), ("Ruiz", "Ana Ruiz", "alias")]),
    # An adverb that opens the sentence is no part of the speaker's phrase, nor a name.
    ("Separately, the party's adviser on foreign affairs, Rana Mirza, said the talks would resume.",
     [("the party's adviser on foreign affairs, Rana Mirza", "Rana Mirza", "explicit")]),
    ("Similarly, Kofi Mensah, the party chairman, said the vote was fair.", [("Kofi Mensah, the party chairman", "Kofi Mensah", "explicit")]),
    # A headline's reporting verb ends the name it follows.
    ("Ivo Marsh Says He Will Keep Fighting For Voters.\nMarsh said on Tuesday that he would stay in the race.",
     [("Ivo Marsh", "Ivo Marsh", "explicit"), ("Marsh", "Ivo Marsh", "alias")]),
    # Of two bare names set off by commas, the one next to the verb speaks; a place after a full name does not.
    ("Ivo Marsh met the board. Ana Ruiz sued. Marsh, Ruiz, the club's founder, said the books were clean.",
     [("Marsh, Ruiz, the club's founder", "Ana Ruiz", "alias")]),
    ("Ravi Walsh, a 55-year-old salesman from Sumter, South Carolina, said prices had doubled.",
     [("Ravi Walsh, a 55-year-old salesman from Sumter, South Carolina", "Ravi Walsh", "explicit")]),
    ("Prof. Ana Ruiz, Oxford University, said the data were sound.", [("Prof. Ana Ruiz, Oxford University", "Ana Ruiz", "explicit")]),
    ("The law was clear, Lena Varga, deputy director for research at the institute, Geneva, told reporters.",
     [("Lena Varga, deputy director for research at the institute, Geneva", "Lena Varga", "explicit")]),
    # A role set off before the name: no person takes "the", and the role is the description, not the honorific.
    ("The Government Statistician, Prof. Ama Mensah, said the figures would be revised.",
     [("The Government Statistician, Prof. Ama Mensah", "Ama Mensah", "explicit")]),
    # An occupation opening the sentence is the role's; so are honorifics of many countries and "ex-".
    ("Lawyer Femi Bello said the suit was filed.", [("Lawyer Femi Bello", "Femi Bello", "explicit")]),
    ("Striker Ivo Marsh said the team was ready.", [("Striker Ivo Marsh", "Ivo Marsh", "explicit")]),
    ("Ex-minister Ana Ruiz said the deal was sound.", [("Ex-minister Ana Ruiz", "Ana Ruiz", "explicit")]),
    ("Datuk Seri Anwar Rahman said the ringgit would recover. Anwar said the cabinet agreed.",
     [("Datuk Seri Anwar Rahman", "Anwar Rahman", "explicit"), ("Anwar", "Anwar Rahman", "alias")]),
    ("Alhaji Musa Bello said the farmers were paid.", [("Alhaji Musa Bello", "Musa Bello", "explicit")]),
    ("Usec Maria Santos said the funds were released.", [("Usec Maria Santos", "Maria Santos", "explicit")]),
    # An honorific before a nationality is a surname; before an office, a form of address that names nobody.
    ("Ms. Cuban said the team was sold.", [("Ms. Cuban", "Cuban", "explicit")]),
    ("Mr. President said the talks were over.", [("Mr. President", None, "alias")]),
    # A person named after a group's short form, behind a role's "at": the person.
    ("Asia director at HRW Lena Varga said the report was accurate.", [("Asia director at HRW Lena Varga", "Lena Varga", "explicit")]),
    # A police rank is a title, not part of the name.
    ("The spokesperson of the command, SP Benjamin Okoro, said two men were held. Okoro said they would be charged.",
     [("The spokesperson of the command, SP Benjamin Okoro", "Benjamin Okoro", "explicit"), ("Okoro", "Benjamin Okoro", "alias")]),
    # A country's name with "and" in it is one name; "&" joins one firm's names.
    ("The Bosnia and Herzegovina government said the border would reopen.",
     [("The Bosnia and Herzegovina government", "Bosnia and Herzegovina government", "explicit")]),
    ("Hale & Marsh said the merger was off.", [("Hale & Marsh", "Hale & Marsh", "explicit")]),
    # A description with someone else attached to it speaks, not the name attached: null rather than the wrong person.
    ("The lawyer representing Ana Ruiz said the charges would be dropped.", [("The lawyer representing Ana Ruiz", None, "alias")]),
    ("An aide to Senator Ivo Marsh said the bill would pass.", [("An aide to Senator Ivo Marsh", None, "explicit")]),
    ("The daughter of the late Ivo Marsh said the family was grateful.", [("The daughter of the late Ivo Marsh", None, "alias")]),
    ("The company that owns the Daily Star said the paper would close.", [("The company that owns the Daily Star", None, "alias")]),
    ("The man accused of killing Ivo Marsh said he was innocent.", [("The man accused of killing Ivo Marsh", None, "alias")]),
    # The one bare name among the parts of an apposition is the speaker, whichever comes first.
    ("Marsh's lawyer, Tom Baker, said his client was innocent.", [("Marsh's lawyer, Tom Baker", "Tom Baker", "explicit")]),
    # "he" or "she" goes to the one recent speaker known to take it, not to one whose gender the text does not tell.
    ("Health Minister Jane Okello said vaccines had arrived. Director-General Tedros Adhanom said the risk was low. She said the border would stay open.",
     [("Health Minister Jane Okello", "Jane Okello", "explicit"), ("Director-General Tedros Adhanom", "Tedros Adhanom", "explicit"), ("She", "Jane Okello", "pronoun")]),
    # A sentence that opens with a description and the name it describes opens with that person.
    ("Health Minister Ana Ruiz said the clinic would reopen. Her deputy, Maria Lopez, disagreed. She said the building was unsafe.",
     [("Health Minister Ana Ruiz", "Ana Ruiz", "explicit"), ("She", "Maria Lopez", "pronoun")]),
    ("Tom Baker said the clinic would reopen. The UN aid coordinator, Maria Ortiz, condemned the attack. She called on both sides to stop.",
     [("Tom Baker", "Tom Baker", "explicit"), ("She", "Maria Ortiz", "pronoun")]),
    # "he" fits one whose gender the text does not tell as well as a man: the subject before it stands.
    ("Port director William Oduya was not available for comment. Transport Secretary Davis Kiprop urged both sides to talk. He said the strike cost millions a day.",
     [("Port director William Oduya", "William Oduya", "explicit"), ("He", "Davis Kiprop", "pronoun")]),
    # After a phrase that opens the sentence ("Speaking to ...,", "After the match,"), the pronoun is the
    # sentence's subject still: the subject of the sentence before, not the last who spoke.
    ("Coach Luis Ortega said the team had played badly. Captain Marcus Bell was more upbeat. Speaking to the club's channel, he said he would be back soon.",
     [("Coach Luis Ortega", "Luis Ortega", "explicit"), ("he", "Marcus Bell", "pronoun")]),
    ("Coach Luis Ortega said the team had played badly. Captain Marcus Bell was more upbeat. After the match, he said he would be back soon.",
     [("Coach Luis Ortega", "Luis Ortega", "explicit"), ("he", "Marcus Bell", "pronoun")]),
    # A sentence before that opens with a name two people share: the one the pronoun fits, or nobody; never the
    # last who spoke. A person named only later is not yet one of them.
    ("Lawyer Rakesh Sethi argued for the farmers. Justice Priya Sethi heard the case. Advocate Kavita Malhotra said the claims were being checked. Justice Sethi questioned the delay. “Put it on affidavit,” she said.",
     [("Advocate Kavita Malhotra", "Kavita Malhotra", "explicit"), ("she", None, "ambiguous")]),
    ("Minister Daniel Okafor and police chief Grace Okafor spoke on Monday. Okafor said the talks went well. He said more would follow.",
     [("Okafor", None, "ambiguous"), ("He", "Daniel Okafor", "pronoun")]),
    ("Coach Luis Ortega arrived late. Ortega was upset. “We were poor,” he said. Defender Sam Ortega scored twice.",
     [("he", "Luis Ortega", "pronoun")]),
    # A hyphened participle before a name describes it and is no word of it.
    ("Nasdaq-listed Vantor Systems said profits rose sharply in May.", [("Nasdaq-listed Vantor Systems", "Vantor Systems", "explicit")]),
    ("State-owned Eskom said power cuts would end soon.", [("State-owned Eskom", "Eskom", "explicit")]),
    # A company's name ends in a word of its kind ("Systems", "Metals"): "the company" takes it.
    ("Vantor Systems said profits rose sharply in May. The company said demand was strong.",
     [("Vantor Systems", "Vantor Systems", "explicit"), ("The company", "Vantor Systems", "alias")]),
    # Two words read as a person's name only for their shape, that open a group's name, are that group.
    ("Zee Entertainment Enterprises denied the report on Monday. Zee Entertainment said no talks had taken place with anyone.",
     [("Zee Entertainment Enterprises", "Zee Entertainment Enterprises", "explicit"), ("Zee Entertainment", "Zee Entertainment Enterprises", "alias")]),
    ("The Eric Trump Foundation raised money in May. Eric Trump said the gala had sold out.", [("Eric Trump", "Eric Trump", "explicit")]),
    # A group whose name ends in a word for people is named; people of a body ("Police Sources") are nobody in particular.
    ("The Communications Workers of America said the cuts were unlawful.",
     [("The Communications Workers of America", "Communications Workers of America", "explicit")]),
    ("Police Sources said the cuts were unlawful.", [("Police Sources", None, "explicit")]),
    # A count that opens a sentence names nobody: never a group that a description may take.
    ("Hundreds of villagers blocked the road on Thursday. Hundreds said the mine had poisoned the river.", [("Hundreds", None, "explicit")]),
    # A role of two portfolios joined by "and" is one person's; a spokesperson for someone is not that someone.
    ("Treasury and Finance Minister Kemal Ozturk said inflation would fall this year.",
     [("Treasury and Finance Minister Kemal Ozturk", "Kemal Ozturk", "explicit")]),
    ("A spokesperson for federal Housing and Infrastructure Minister Gregor Robertson said Ottawa would pay.",
     [("A spokesperson for federal Housing and Infrastructure Minister Gregor Robertson", None, "explicit")]),
    # A short form in capitals that spells a pronoun is a short form ("WHO").
    ("The World Health Organization (WHO) issued a warning on Monday. WHO said cases had doubled in March.",
     [("WHO", "World Health Organization", "alias")]),
    # A spokesperson named after a group's name is a person, whom "he" takes.
    ("UNICEF spokesperson Jonas Eriksen said funding had been cut. \u201cWe are asked to do more with less,\u201d he said.",
     [("UNICEF spokesperson Jonas Eriksen", "Jonas Eriksen", "explicit"), ("he", "Jonas Eriksen", "pronoun")]),
    # A pronoun in a clause whose subject is a description is the person described; a title and a full name are that person.
    ("Minister Kazembe Kazembe was not hurt, the spokesman Francis Mupazviriho said. On Wednesday, the minister addressed a press conference in which he warned that protesters would be arrested.",
     [("the spokesman Francis Mupazviriho", "Francis Mupazviriho", "explicit"), ("he", "Kazembe Kazembe", "pronoun")]),
    # A sentence that opens with where ("In Barangay Malinao, ...") has its speaker, and its subject, after it.
    ("In Barangay Malinao, fisherman Rodel Abellana, 52, said the storm surge had swept away his house. \u201cI have nothing left,\u201d he said.",
     [("Barangay Malinao, fisherman Rodel Abellana, 52", "Rodel Abellana", "explicit"), ("he", "Rodel Abellana", "pronoun")]),
    # An outlet named before its description speaks under its name.
    ("The Nikkei business daily reported that the plant would close.", [("The Nikkei business daily", "Nikkei", "explicit")]),
    ("The Daily Mirror Kenya newspaper reported that tariffs would rise.", [("The Daily Mirror Kenya newspaper", "Daily Mirror Kenya", "explicit")]),
    # Where the text does not decide, nobody: a person before the group named for them, another country's minister,
    # a description's owner, an outlet named for a person, people of a rank.
    ("Aliko Dangote said the refinery would open soon. The Aliko Dangote Foundation said it would fund schools.",
     [("Aliko Dangote", "Aliko Dangote", "explicit"), ("The Aliko Dangote Foundation", "Aliko Dangote Foundation", "explicit")]),
    ("Interior Minister Kithure Kindiki met his counterpart. Uganda's Interior Minister said the border would reopen.",
     [("Uganda's Interior Minister", None, "explicit")]),
    ("Health Minister Ana Ruiz spoke. The minister's spokeswoman met reporters, and she said the clinic would close.", [("she", None, "pronoun")]),
    ("Ana Ruiz's own newspaper reported that the talks had failed.", [("Ana Ruiz's own newspaper", None, "alias")]),
    ("Senior Officials said the talks had failed.", [("Senior Officials", None, "explicit")]),
    # A clause before "she said" is what she said, no phrase that opens the sentence: she is who spoke last.
    ("Ana Ruiz said the talks had failed. Mary Park arrived late. Without a deal the factory would close, she said.",
     [("Ana Ruiz", "Ana Ruiz", "explicit"), ("she", "Ana Ruiz", "pronoun")]),
    # "Adviser" is a role, before the name and alone.
    ("Foreign Affairs Adviser Touhid Hossain said the vote would go ahead. The adviser said observers were welcome.",
     [("Foreign Affairs Adviser Touhid Hossain", "Touhid Hossain", "explicit"), ("The adviser", "Touhid Hossain", "alias")]),
    # A portfolio with "and" in it is one role, and "The" before a title is no description.
    ("Minister of State for Media Affairs and Communications Hana Khoury said that the talks would resume.",
     [("Minister of State for Media Affairs and Communications Hana Khoury", "Hana Khoury", "explicit")]),
    ("The Minister for Regional Development Tom Baker says the roads are in poor shape.",
     [("The Minister for Regional Development Tom Baker", "Tom Baker", "explicit")]),
    # A portfolio after the title is the person's role: "the transport minister" finds her.
    ("Minister for Transport Ana Reyes opened the line. The Transport Minister said it would cut emissions.",
     [("The Transport Minister", "Ana Reyes", "alias")]),
    # "The" and capitalized words that no description fits: a group's name; a party's member is a description.
    ("The White House says it regrets the error.", [("The White House", "White House", "explicit")]),
    ("Republican Ivo Marsh said the polls were rigged.", [("Republican Ivo Marsh", "Ivo Marsh", "explicit")]),
    # "It" opening a sentence: the group the sentence before opened with.
    ("Acme Corp agreed to buy Brightline Ltd for $2 billion. It said the deal would close by June.", [("It", "Acme Corp", "pronoun")]),
    # ... but after two joined, either: nobody.
    ("Ortega Foods and Brightline Ltd announced a merger on Monday. It said the deal would close in March.",
     [("Ortega Foods and Brightline Ltd", None, "explicit"), ("It", None, "ambiguous")]),
    # A nation's word and one more that open a group's name are that group, no person's role and surname.
    ("Gulf Meridian Airways said it had no plans to merge. Gulf Meridian said profits had doubled. It said passenger numbers had risen.",
     [("Gulf Meridian Airways", "Gulf Meridian Airways", "explicit"), ("Gulf Meridian", "Gulf Meridian Airways", "alias"), ("It", "Gulf Meridian Airways", "pronoun")]),
    # Nobody in particular: plural people, an indefinite source, two named together; "they" after them.
    ("Officials in the capital said the talks had stalled.", [("Officials in the capital", None, "explicit")]),
    ("Rebels said 40 people were killed. Passengers said the ferry had tilted.", [("Rebels", None, "explicit"), ("Passengers", None, "explicit")]),
    ("A source said the deal was off. They said the talks had failed.", [("A source", None, "explicit"), ("They", None, "pronoun")]),
    ("Ana Ruiz and Ivo Marsh said the plan was sound.", [("Ana Ruiz and Ivo Marsh", None, "explicit")]),
    # Where a person lives, and an age, in apposition: the person, not the place.
    ("Tom Baker, of Dayton, Ohio, said he had voted early.", [("Tom Baker, of Dayton, Ohio", "Tom Baker", "explicit")]),
    ("Lena Ortiz, 41, of Tulsa, Okla., said she would not vote.", [("Lena Ortiz, 41, of Tulsa, Okla.", "Lena Ortiz", "explicit")]),
    # A rank by number in a role: "the No. 2 Democrat".
    ("Senator Ivo Marsh of Ohio, the No. 2 Democrat in the Senate, said a vote was likely.",
     [("Senator Ivo Marsh of Ohio, the No. 2 Democrat in the Senate", "Ivo Marsh", "explicit")]),
    # A name that qualifies a noun before the one it names: the last is the person.
    ("Band member Rocco said the tour would go on.", [("Band member Rocco", "Rocco", "explicit")]),
    ("Ruiz aide Marsh said the email was sent.", [("Ruiz aide Marsh", "Marsh", "explicit")]),
    # Whose supporters they are is not who speaks; an aside set off by spaced hyphens is no part of the name.
    ("Ruiz's biggest boosters in Ohio insisted it was a temporary dip.", [("Ruiz's biggest boosters in Ohio", None, "explicit")]),
    ("Still, Marsh - who met advisers Wednesday aboard a flight home to Vermont - vowed to fight on.",
     [("Marsh - who met advisers Wednesday aboard a flight home to Vermont", "Marsh", "explicit")]),
    # "once" stands between the speaker and the cue; an affiliation after "of" is no part of the name,
    # and a demonym-like surname before it is a surname ("David French of ...").
    ("Famed fight doctor Ana Ruiz once said: “Boxing is a cruel sport.”", [("Famed fight doctor Ana Ruiz", "Ana Ruiz", "explicit")]),
    ("“This is an extreme revision,” said David French of the National Retail Federation.",
     [("David French of the National Retail Federation", "David French", "explicit")]),
    ("The union will sit out the vote, said Tom Baker of the Ohio Farm Bureau.", [("Tom Baker of the Ohio Farm Bureau", "Tom Baker", "explicit")]),
    ("Economist Jane Wanjiru of the Nairobi Policy Institute said the targets were ambitious. “The numbers only add up if growth is fast,” she said.",
     [("Economist Jane Wanjiru of the Nairobi Policy Institute", "Jane Wanjiru", "explicit"), ("she", "Jane Wanjiru", "pronoun")]),
    # A relative clause in apposition describes the speaker; the name at its end is not the speaker's.
    ("Ruiz's campaign, which has been dogged by questions about her time at the State Department, said the report was old.",
     [("Ruiz's campaign, which has been dogged by questions about her time at the State Department", "Ruiz's campaign", "explicit")]),
    # People in general opening a sentence, attached to someone: they speak, not the one they are close to.
    ("Ana Ruiz lost the vote. Sources close to Ruiz said the count was wrong.", [("Sources close to Ruiz", None, "alias")]),
    ("Ana Ruiz lost the vote. Aides to Ruiz said the count was wrong.", [("Aides to Ruiz", None, "alias")]),
    ("Ana Ruiz lost the vote. Residents who spoke to Ruiz said the count was wrong.", [("Residents who spoke to Ruiz", None, "alias")]),
    # A number opens no name: "Half", "Six".
    ("Half of Ohio Democrats said they want a new leader.", [("Half of Ohio Democrats", "Ohio Democrats", "explicit")]),
    ("Ten Downing Street said the talks would go on.", [("Ten Downing Street", "Ten Downing Street", "explicit")]),
]


@pytest.mark.parametrize("text, expected", RESOLVED, ids=[t[:50] for t, _ in RESOLVED])
def test_a_speaker_resolves_to_the_name_the_article_gives(text: str, expected: list[Named]) -> None:
    claims = [c for c in extract(text) if c.speaker]
    for c in claims:
        check_record(c.to_dict(), text)
    assert [(c.speaker.text, c.speaker.name, c.speaker.via) for c in claims] == expected
    assert all(c.speaker.key == key(c.speaker.name) for c in claims)


DOCUMENT = (
    "German Defense Minister Boris Pistorius arrived in Kyiv on Tuesday. "
    "Pistorius told reporters that the visit was a message of support. "
    "He emphasized that Germany backs Ukraine. "
    "The Russian Defense Ministry alleged that 31 drones were launched. "
    "The ministry claimed all of them were shot down, and they warned that the attack would be answered."
)


def test_speakers_resolve_within_a_document() -> None:
    claims = [c for c in extract(DOCUMENT) if c.speaker]
    names = [(c.speaker.text, c.speaker.name, c.speaker.via) for c in claims]
    assert names == [
        ("Pistorius", "Boris Pistorius", "alias"),
        ("He", "Boris Pistorius", "pronoun"),
        ("The Russian Defense Ministry", "Russian Defense Ministry", "explicit"),
        ("The ministry", "Russian Defense Ministry", "alias"),
        ("they", "Russian Defense Ministry", "pronoun"),
    ]


@pytest.mark.parametrize(
    "text, name",
    [
        # A word joins the pronoun to the clause of the person named before it.
        ("Emmanuel Macron spoke first. Boris Pistorius said it was late. Macron faced criticism after he proposed that troops could be sent to Ukraine.", "Emmanuel Macron"),
        # After a comma the pronoun opens another clause: the name before it is no antecedent.
        ("Emmanuel Macron spoke first. Boris Pistorius said it was late. After meeting Macron, he said that talks went well.", "Boris Pistorius"),
    ],
)
def test_a_pronoun_takes_the_person_named_before_it_in_its_clause(text: str, name: str) -> None:
    last = [c for c in extract(text) if c.speaker][-1]
    assert (last.speaker.text, last.speaker.name, last.speaker.via) == ("he", name, "pronoun")


@pytest.mark.parametrize(
    "text, speaker",
    [
        # "who" takes the name right before its comma, never a guess.
        ("Police are seeking Kevin Albers, who said he was innocent.", ("who", "Kevin Albers", "pronoun")),
        ("It was the senators, who said it was wrong.", ("who", None, "pronoun")),
        # A full name at the end of a sentence is learned without the sentence's stop.
        ("The suspect met Dana Whitfield. Whitfield said the deal was off.", ("Whitfield", "Dana Whitfield", "alias")),
        ("The suspect met Dana Whitfield. He then called Whitfield, who said the deal was off.", ("who", "Dana Whitfield", "pronoun")),
    ],
)
def test_relative_pronouns_and_surnames_resolve(text: str, speaker: tuple) -> None:
    last = [c for c in extract(text) if c.speaker][-1]
    assert (last.speaker.text, last.speaker.name, last.speaker.via) == speaker


@pytest.mark.parametrize(
    "text, said",
    [
        ("Stung by the polls, Osei rewrote his budget, promising to cut fees.", [("Osei", "promise", "to cut fees")]),
        ("Once, years ago, I shrugged and said, “I never gamble.”", [("I", "say", "I never gamble.")]),
    ],
)
def test_an_opening_word_is_no_subject(text: str, said: list[tuple[str, str, str]]) -> None:
    """A participle or adverb that opens the sentence is not who speaks for "and said" or ", promising"."""
    assert [(c.speaker.text, c.cue.lemma, c.content.text) for c in extract(text) if c.speaker] == said


def test_nothing_carries_across_documents() -> None:
    extract(DOCUMENT)
    (claim,) = [c for c in extract("He said that the plan had failed.") if c.speaker]
    assert claim.speaker.name is None




@pytest.mark.parametrize(
    "text, name, role",
    [
        ("Council member Luis Ortega argued that the estimate was too low.", "Luis Ortega", "Council member"),
        ("Mayor Dana Whitfield said the bridge would open.", "Dana Whitfield", "Mayor"),
        ("Acme Corp spokesman Ivo Marsh said demand had fallen.", "Ivo Marsh", "Acme Corp spokesman"),
        ("The Harbour Authority said the ferry would sail.", "Harbour Authority", None),
        ("Chief Meteorologist Ana Costa said the heat would last.", "Ana Costa", "Chief Meteorologist"),
        ("Campaigners said the fee was unfair.", None, None),
    ],
)
def test_a_role_before_a_name_stays_the_role(text: str, name: str | None, role: str | None) -> None:
    """A group's word in a person's role ("Council member") leaves the person named and the role kept."""
    (claim,) = [c for c in extract(text) if c.speaker]
    assert (claim.speaker.name, claim.speaker.role) == (name, role)
