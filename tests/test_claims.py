"""The claim rows (data/grammar/claims.tsv), row by row: real-looking news sentences and the exact
claims they must give, sentences that must give none, and checks that every row is needed.

A positive row is ``(text, [(rule, kind, speaker text, cue lemma, content text), ...])`` with every
non-statement claim of the text, in order. A negative row is ``(text, rules)``: the text gives no
claim at all, and it guards the rows named (it looks like their shape).
"""

from __future__ import annotations

from collections import Counter

import pytest

from claimledger import extract, lexicon
from claimledger.matchers import discourse, engine
from conftest import check_record

Expected = tuple[str, str, str | None, str | None, str]

POSITIVE: list[tuple[str, list[Expected]]] = [
    # Direct quotations, the cue after them.
    ("“We will keep going,” Zelenskyy said.", [("quote-speaker-cue", "speech", "Zelenskyy", "say", "We will keep going")]),
    ('"The talks were useful," the spokesman told reporters.', [("quote-speaker-cue", "speech", "the spokesman", "tell", "The talks were useful")]),
    ("“We will win. We have no choice,” she said.", [("quote-speaker-cue", "speech", "she", "say", "We will win. We have no choice")]),
    ("“It’s over,” “For this season, anyway,” she said.", [("quote-speaker-cue", "speech", "she", "say", "It’s over,” “For this season, anyway")]),
    ("“He was a loyal deputy,” she said of Mr. Hale.", [("quote-speaker-cue", "speech", "she", "say", "He was a loyal deputy")]),
    ('"It will be the first thing we fix," Mr. Okafor said.', [("quote-speaker-cue", "speech", "Mr. Okafor", "say", "It will be the first thing we fix")]),
    # a cue that is also a plural noun ("notes", "claims") ends the sentence after its speaker
    ("“The budget will not balance,” Ms. Okafor notes.", [("quote-speaker-cue", "speech", "Ms. Okafor", "note", "The budget will not balance")]),
    ("The budget will not balance, the senator claims.", [("content-speaker-cue", "speech", "the senator", "claim", "The budget will not balance")]),
    # a hyphened title keeps its period by its last part (matchers/tokens.py)
    ('"The stolen money has been returned," Maj-Gen. Osei said.', [("quote-speaker-cue", "speech", "Maj-Gen. Osei", "say", "The stolen money has been returned")]),
    ("“How many more floods must we see?” Moreau said.", [("quote-speaker-cue", "speech", "Moreau", "say", "How many more floods must we see?")]),
    ("''You'd like to buy a flat outright, but it's not realistic,'' he said.",
     [("quote-speaker-cue", "speech", "he", "say", "You'd like to buy a flat outright, but it's not realistic")]),
    ('"Growth has stalled across the region," central bank chief economist Lena Varga said.',
     [("quote-speaker-cue", "speech", "central bank chief economist Lena Varga", "say", "Growth has stalled across the region")]),
    ("''Their plan is very clear,'' Anna Berg, a senior fellow at the Harrow Institute, said of the cartel.",
     [("quote-speaker-cue", "speech", "Anna Berg, a senior fellow at the Harrow Institute", "say", "Their plan is very clear")]),
    ("“It’s a tax on the poor,” Rep. Dana Holt (D-Ore.) said.", [("quote-speaker-cue", "speech", "Rep. Dana Holt (D-Ore.)", "say", "It’s a tax on the poor")]),
    ("“It’s a land grab,” Carl Weber, the attorney general of Kansas, which has sued twice, said.",
     [("quote-speaker-cue", "speech", "Carl Weber, the attorney general of Kansas, which has sued twice", "say", "It’s a land grab")]),
    ("“The bill will pass,” Senate leader Ron Hale, R-Ky., said.", [("quote-speaker-cue", "speech", "Senate leader Ron Hale, R-Ky.", "say", "The bill will pass")]),
    ("“It is the only way,” retired general Lloyd Baker said.", [("quote-speaker-cue", "speech", "retired general Lloyd Baker", "say", "It is the only way")]),
    ("“We live in hard times,” my father often said.", [("quote-speaker-cue", "speech", "my father", "say", "We live in hard times")]),
    ('"It feels like, \'Fine, we can wait a year,\'" he said.', [("quote-speaker-cue", "speech", "he", "say", "It feels like, 'Fine, we can wait a year,'")]),
    ("“We will not stop,” she said. “We agree,” the mayor added.",
     [("quote-speaker-cue", "speech", "she", "say", "We will not stop"), ("quote-speaker-cue", "speech", "the mayor", "add", "We agree")]),
    ("“The only real test is the vote,” one Liberal senator said after the meeting.",
     [("quote-speaker-cue", "speech", "one Liberal senator", "say", "The only real test is the vote")]),
    ("“That is simply untrue,” the ministry said.", [("quote-speaker-cue", "denial", "the ministry", "say", "That is simply untrue")]),
    ("“We will not comment on rumours,” the club said in a statement.", [("quote-speaker-cue", "no_comment", "the club", "say", "We will not comment on rumours")]),
    ("“We will keep going,” said Olena Petrenko.", [("quote-cue-speaker", "speech", "Olena Petrenko", "say", "We will keep going")]),
    ("“We will win,” “We will stay,” said the mayor.", [("quote-cue-speaker", "speech", "the mayor", "say", "We will win,” “We will stay")]),
    ("“The recall covers 4,000 units,” said a statement issued by the company's press office.",
     [("quote-cue-speaker", "speech", "a statement issued by the company's press office", "say", "The recall covers 4,000 units")]),
    ("``It was definitely a gas leak,'' said the fire chief.", [("quote-cue-speaker", "speech", "the fire chief", "say", "It was definitely a gas leak")]),
    ("“There is a need for an audit,” said Representative Paul J. Mercer of Vermont.",
     [("quote-cue-speaker", "speech", "Representative Paul J. Mercer of Vermont", "say", "There is a need for an audit")]),
    ("“This is a shameful week,” said Rep. T.J. Ramsey, head of the committee.",
     [("quote-cue-speaker", "speech", "Rep. T.J. Ramsey", "say", "This is a shameful week")]),
    ('"The port is closed,” said Ana Ruiz.', [("quote-cue-speaker", "speech", "Ana Ruiz", "say", "The port is closed")]),
    ("“The rules hold no weight,” said 7/7 survivor Ann Perez.", [("quote-cue-speaker", "speech", "7/7 survivor Ann Perez", "say", "The rules hold no weight")]),
    ("“The rule is unlawful,” said the ruling.", [("quote-cue-speaker", "speech", "the ruling", "say", "The rule is unlawful")]),
    # A quotation that opens its sentence with no mark before the cue.
    ("“As a landlord he drove half the street out of town, too” Novak said after the hearing.",
     [("opening-quote-speaker-cue", "speech", "Novak", "say", "As a landlord he drove half the street out of town, too")]),
    ("“The town has never been this quiet” the mayor said on Friday.",
     [("opening-quote-speaker-cue", "speech", "the mayor", "say", "The town has never been this quiet")]),
    # Quotations split by their cue.
    ("“We will,” she said, “keep going.”", [("quote-split-speaker-cue", "speech", "she", "say", "We will,” she said, “keep going.")]),
    ("“Each time you blame the weather,” Ferris said, referring to the delays, “you lose a customer.”",
     [("quote-split-speaker-cue", "speech", "Ferris", "say", "Each time you blame the weather,” Ferris said, referring to the delays, “you lose a customer.")]),
    ("“The count will be fair,” Lee said during a rally in Canton, Ohio, “but people will be watching.”",
     [("quote-split-speaker-cue", "speech", "Lee", "say", "The count will be fair,” Lee said during a rally in Canton, Ohio, “but people will be watching.")]),
    ("“The harbour is safe,” said the coast guard, “and the ferries will sail.”",
     [("quote-split-cue-speaker", "speech", "the coast guard", "say", "The harbour is safe,” said the coast guard, “and the ferries will sail.")]),
    ("“Nobody was hurt,” said Captain Ana Reyes, “but the mast is gone.”",
     [("quote-split-cue-speaker", "speech", "Captain Ana Reyes", "say", "Nobody was hurt,” said Captain Ana Reyes, “but the mast is gone.")]),
    # Words before the quotation are the speaker's too.
    ("Skipping the audit ''saves us a fortune,'' the treasurer said.",
     [("lead-quote-speaker-cue", "speech", "the treasurer", "say", "Skipping the audit ''saves us a fortune,''")]),
    ("After two dry winters, “the reservoir cannot take another one,” she said.",
     [("lead-quote-speaker-cue", "speech", "she", "say", "After two dry winters, “the reservoir cannot take another one,”")]),
    # The cue before the quotation.
    ("Mayor Anne Dupont said: “Lyon is ready.”", [("speaker-cue-quote", "speech", "Mayor Anne Dupont", "say", "Lyon is ready.")]),
    ("He said, “It is over.”", [("speaker-cue-quote", "speech", "He", "say", "It is over.")]),
    ("Ortiz told local radio, “We will not sign this budget.”", [("speaker-cue-quote", "speech", "Ortiz", "tell", "We will not sign this budget.")]),
    ("The senator says of her rival, “She has never run anything.”", [("speaker-cue-quote", "speech", "The senator", "say", "She has never run anything.")]),
    ("Said Ellis: “I do not see it.”", [("cue-speaker-quote", "speech", "Ellis", "say", "I do not see it.")]),
    ("Added Mayor Ruiz: “The bridge is safe.”", [("cue-speaker-quote", "speech", "Mayor Ruiz", "add", "The bridge is safe.")]),
    ("The statement continued: “We will cooperate with investigators.”",
     [("speaker-continued-quote", "speech", "The statement", "continue", "We will cooperate with investigators.")]),
    ("He continued, “We are not afraid.”", [("speaker-continued-quote", "speech", "He", "continue", "We are not afraid.")]),
    ("In her eulogy, Dorsey said “there was no kinder teacher than Ruth.”",
     [("speaker-cue-quote-unmarked", "speech", "Dorsey", "say", "there was no kinder teacher than Ruth.")]),
    ("The minister told parliament “we will not raise taxes.”",
     [("speaker-cue-quote-unmarked", "speech", "The minister", "tell", "we will not raise taxes.")]),
    # A participle with a quotation.
    ("In a speech on Monday, Ramos attacked his rival, saying, “She is reckless.”", [("participle-quote", "speech", "Ramos", "say", "She is reckless.")]),
    ("The union rejected the offer, calling it: “An insult to every nurse.”", [("participle-quote", "speech", "The union", "call", "An insult to every nurse.")]),
    ("“We cannot pay,” Ramos said, adding later, “The treaty is costing us a fortune.”",
     [("quote-speaker-cue", "speech", "Ramos", "say", "We cannot pay"),
      ("participle-quote", "speech", "Ramos", "add", "The treaty is costing us a fortune.")]),
    ("The mayor said the bridge was safe, adding: “We inspected every bolt.”",
     [("speaker-cue-content", "speech", "The mayor", "say", "the bridge was safe"),
      ("participle-quote", "speech", "The mayor", "add", "We inspected every bolt.")]),
    # A quotation signed with a dash.
    ("“We will not give up.” – Olena Petrenko, mayor of Kharkiv", [("quote-dash-name", "speech", "Olena Petrenko", None, "We will not give up.")]),
    ('"Freedom is never free." -- Ana Ruiz', [("quote-dash-name", "speech", "Ana Ruiz", None, "Freedom is never free.")]),
    ("“The vote was rushed.” ― Rosa Delgado", [("quote-dash-name", "speech", "Rosa Delgado", None, "The vote was rushed.")]),
    # The cue inside reported speech.
    ("Small shops, the mayor said, are the heart of the town.",
     [("interrupted", "speech", "the mayor", "say", "Small shops, the mayor said, are the heart of the town")]),
    ("Voters, he said, can ''move mountains'' when they turn out.",
     [("interrupted", "speech", "he", "say", "Voters, he said, can ''move mountains'' when they turn out")]),
    ("The economy, she said, is weak, although officials disagree.", [("interrupted", "speech", "she", "say", "The economy, she said, is weak")]),
    ("That merger was smooth, he said, replacing the founder would be much harder.",
     [("interrupted", "speech", "he", "say", "That merger was smooth, he said, replacing the founder would be much harder")]),
    # The cue at the end.
    ("The bridge will reopen in March, officials said.", [("content-speaker-cue", "speech", "officials", "say", "The bridge will reopen in March")]),
    ("The convoy was turned back at the border, a source said.", [("content-speaker-cue", "speech", "a source", "say", "The convoy was turned back at the border")]),
    ("Talks will resume next week, a spokeswoman for the operator said.",
     [("content-speaker-cue", "speech", "a spokeswoman for the operator", "say", "Talks will resume next week")]),
    ("The suspect had fled the city, police said Monday.", [("content-speaker-cue", "speech", "police", "say", "The suspect had fled the city")]),
    ("The bridge will stay shut until spring, one official said.", [("content-speaker-cue", "speech", "one official", "say", "The bridge will stay shut until spring")]),
    ("Clean energy could win votes, Sen. Ann Lee (D-Ohio) told the Daily Ledger.",
     [("content-speaker-cue", "speech", "Sen. Ann Lee (D-Ohio)", "tell", "Clean energy could win votes")]),
    ("The cuts were “ordered at the top”, Ana Ruiz, a spokeswoman for the port, told AP.",
     [("content-speaker-cue", "speech", "Ana Ruiz, a spokeswoman for the port", "tell", "The cuts were “ordered at the top”")]),
    ("The plan failed, she said, referencing the audit.", [("content-speaker-cue", "speech", "she", "say", "The plan failed")]),
    ("“The only way the port will reopen is if the strike ends” before winter, he said.",
     [("content-speaker-cue", "speech", "he", "say", "“The only way the port will reopen is if the strike ends” before winter")]),
    ("KYIV, Ukraine (AP) — The strikes hit two power plants, officials said Friday afternoon, adding that repairs had begun.",
     [("content-speaker-cue", "speech", "officials", "say", "The strikes hit two power plants"),
      ("participle-after-cue", "speech", "officials", "add", "repairs had begun")]),
    ("The bridge will reopen in March, said Transport Minister Tom Green.",
     [("content-cue-speaker", "speech", "Transport Minister Tom Green", "say", "The bridge will reopen in March")]),
    ("The plan is dead, said Ana Ruiz, a spokeswoman for the port.", [("content-cue-speaker", "speech", "Ana Ruiz", "say", "The plan is dead")]),
    ("The bridge will reopen in March, said former aide John Smith.", [("content-cue-speaker", "speech", "former aide John Smith", "say", "The bridge will reopen in March")]),
    ("The meeting went badly, said one source in the room.", [("content-cue-speaker", "speech", "one source", "say", "The meeting went badly")]),
    # "as" sets off the clause that was said.
    ("As the mayor said on Monday, the bridge will reopen in March.", [("as-speaker-cue-content", "speech", "the mayor", "say", "the bridge will reopen in March")]),
    ("Yet, as the report noted, the river has risen every year.", [("as-speaker-cue-content", "speech", "the report", "note", "the river has risen every year")]),
    ("The footage shows that he had no gun, as police have said.", [("content-as-speaker-cue", "speech", "police", "say", "The footage shows that he had no gun")]),
    ("The ferry was overloaded, as the harbour master warned.", [("content-as-speaker-cue", "speech", "the harbour master", "warn", "The ferry was overloaded")]),
    # Headlines.
    ("Mayor Says Harbor Bridge Will Reopen in March", [("headline-speaker-cue", "speech", "Mayor", "say", "Harbor Bridge Will Reopen in March")]),
    ("Governor Warns Drought Will Last Into Summer", [("headline-speaker-cue", "speech", "Governor", "warn", "Drought Will Last Into Summer")]),
    ("Port Strike Will End Soon, Union Leader Says", [("headline-content-speaker-cue", "speech", "Union Leader", "say", "Port Strike Will End Soon")]),
    ("Fares Will Rise in April, Rail Operator Announces", [("headline-content-speaker-cue", "speech", "Rail Operator", "announce", "Fares Will Rise in April")]),
    ("Zelenskyy: Ukraine will not give up territory", [("headline-name-colon", "speech", "Zelenskyy", None, "Ukraine will not give up territory")]),
    ("Port Authority: Ferries Resume Tomorrow After Storm", [("headline-name-colon", "speech", "Port Authority", None, "Ferries Resume Tomorrow After Storm")]),
    ("Ministry Dispels Bridge Collapse Rumours", [("headline-denial", "denial", "Ministry", "dispel", "Bridge Collapse Rumours")]),
    ("Club Denies Coach Was Sacked", [("headline-denial", "denial", "Club", "deny", "Coach Was Sacked")]),
    # A source's documents.
    ("The ministry's statement said that 31 drones were shot down overnight.",
     [("document-owner", "attribution", "The ministry", "say", "31 drones were shot down overnight")]),
    ("However, Maria Lindqvist's lawyer's brief said that the sale was lawful.",
     [("document-owner", "attribution", "Maria Lindqvist's lawyer", "say", "the sale was lawful")]),
    ("A statement from the ministry said the strikes had stopped.", [("document-source", "attribution", "the ministry", "say", "the strikes had stopped")]),
    ("A report by the auditor concluded that the fund had been drained.", [("document-source", "attribution", "the auditor", "conclude", "the fund had been drained")]),
    ("The notice read: “The museum will stay closed until spring.”",
     [("document-read", "attribution", "The notice", "read", "The museum will stay closed until spring.")]),
    ("The banner read, “We will not be silenced.”", [("document-read", "attribution", "The banner", "read", "We will not be silenced.")]),
    ("“We are ready to talk,” read the statement.", [("quote-document-read", "attribution", "the statement", "read", "We are ready to talk")]),
    ("“The museum will stay closed,” the notice read.", [("quote-document-read", "attribution", "the notice", "read", "The museum will stay closed")]),
    ("The ministry issued a statement saying that 31 drones were downed.", [("document-issued", "attribution", "The ministry", "say", "31 drones were downed")]),
    ("After a closed session, the regional assembly issued a statement calling the levy “a clear breach.”",
     [("document-issued", "attribution", "the regional assembly", "call", "the levy “a clear breach.”")]),
    # A relative clause's speaker; its content ends before the main clause's verb.
    ("The fine from the regulator, which argued that the bank hid its losses, is the largest yet.",
     [("relative-speaker", "speech", "which", "argue", "the bank hid its losses")]),
    ("The podcast, in which she said the club owed her money, is still online.",
     [("relative-speaker", "speech", "she", "say", "the club owed her money")]),
    # A speaker in an aside set off by dashes.
    ("Moreau — even as she says her record makes her the favourite — has proposed a freeze on rents.",
     [("aside-speaker-cue-content", "speech", "she", "say", "her record makes her the favourite"),
      ("speaker-cue-content", "speech", "Moreau", "propose", "a freeze on rents")]),
    ("The strike — union leaders say members are angry about pay — entered its third week.",
     [("aside-speaker-cue-content", "speech", "union leaders", "say", "members are angry about pay")]),
    # Reported speech: "that" and its clause.
    ("Some advocates said that was a mistake the party would regret.",
     [("speaker-cue-that-subject", "speech", "Some advocates", "say", "that was a mistake the party would regret")]),
    ("The mayor insisted that would not happen again.", [("speaker-cue-that-subject", "speech", "The mayor", "insist", "that would not happen again")]),
    ("The Health Ministry announced that 40 people were injured.", [("speaker-cue-that", "speech", "The Health Ministry", "announce", "40 people were injured")]),
    ("Officials in Kyiv worry that the deployment may not deter an attack.",
     [("speaker-cue-that", "speech", "Officials in Kyiv", "worry", "the deployment may not deter an attack")]),
    ("Senator Jane Roe has repeatedly argued that the bill is too costly.", [("speaker-cue-that", "speech", "Senator Jane Roe", "argue", "the bill is too costly")]),
    ("The army warned that the attack “will not go unanswered.”", [("speaker-cue-that", "speech", "The army", "warn", "the attack “will not go unanswered.”")]),
    ("Mr. Smith insisted that the vote was fair.", [("speaker-cue-that", "speech", "Mr. Smith", "insist", "the vote was fair")]),
    ("She said that, if re-elected, she would scrap the toll.", [("speaker-cue-that", "speech", "She", "say", "if re-elected, she would scrap the toll")]),
    ("A Transport Department official said Friday that thieves had stripped the cables.",
     [("speaker-cue-that", "speech", "A Transport Department official", "say", "thieves had stripped the cables")]),
    ("KYIV — Ukraine’s air force said on Tuesday that it had shot down 31 drones.",
     [("speaker-cue-that", "speech", "Ukraine’s air force", "say", "it had shot down 31 drones")]),
    ("Marta Ruiz is warning that a victory for her rival would bring back the old scandals.",
     [("speaker-cue-that", "speech", "Marta Ruiz", "warn", "a victory for her rival would bring back the old scandals")]),
    ("He’s claiming that the flood defences are “a disgrace in this county.”",
     [("speaker-cue-that", "speech", "He", "claim", "the flood defences are “a disgrace in this county.”")]),
    ("The chairman continues to insist that he wants to publish the accounts.", [("speaker-cue-that", "speech", "The chairman", "insist", "he wants to publish the accounts")]),
    ("Ruiz went on to say that the city had moved on.", [("speaker-cue-that", "speech", "Ruiz", "say", "the city had moved on")]),
    ("Okafor noted that during his first term, in 1998, he opposed the plan.",
     [("speaker-cue-that", "speech", "Okafor", "note", "during his first term, in 1998, he opposed the plan")]),
    ("When Lindqvist noted that the agency has not paid any fines, he interrupted.",
     [("speaker-cue-that", "speech", "Lindqvist", "note", "the agency has not paid any fines")]),
    # A listener or a phrase before "that".
    ("Pistorius told the news agency dpa that his trip was a signal of support.",
     [("speaker-cue-listener-that", "speech", "Pistorius", "tell", "his trip was a signal of support")]),
    ("She told a packed hall at the Miners' Institute that she wants a new deal for the valleys.",
     [("speaker-cue-listener-that", "speech", "She", "tell", "she wants a new deal for the valleys")]),
    ("Lee says at a rally in Akron, Ohio, that the plant will stay open.", [("speaker-cue-phrase-that", "speech", "Lee", "say", "the plant will stay open")]),
    ("Pistorius conveyed to the German news agency dpa that his trip was meant to show support.",
     [("speaker-cue-phrase-that", "speech", "Pistorius", "convey", "his trip was meant to show support")]),
    ("Spokeswoman Jana Kral said by text message that, “Naturally the mayor will appeal” against what he sees as a stitch-up.",
     [("speaker-cue-phrase-that", "speech", "Spokeswoman Jana Kral", "say", "“Naturally the mayor will appeal” against what he sees as a stitch-up")]),
    # Cues of several words.
    ("The teachers' union called for a freeze on school closures.", [("speaker-phrasal-cue", "speech", "The teachers' union", "call for", "a freeze on school closures")]),
    ("The senator called on fellow Liberals to withdraw their support.",
     [("speaker-phrasal-cue", "speech", "The senator", "call on", "fellow Liberals to withdraw their support")]),
    ("Analysts pointed out that every rate rise did not lead to a slowdown.",
     [("speaker-phrasal-cue", "speech", "Analysts", "point out", "every rate rise did not lead to a slowdown")]),
    ("Attorney General Rosa Hale called Friday for releasing the inspection reports.",
     [("speaker-phrasal-cue", "speech", "Attorney General Rosa Hale", "call for", "releasing the inspection reports")]),
    ("Zelenskyy has made it clear that Ukraine requires security guarantees.",
     [("speaker-phrasal-cue", "speech", "Zelenskyy", "make it clear", "Ukraine requires security guarantees")]),
    ("NATO issued a report on Monday, calling for new bases in the east.", [("phrasal-participle", "speech", "NATO", "call for", "new bases in the east")]),
    ("The union staged a walkout, pointing out that wages had not risen in years.",
     [("phrasal-participle", "speech", "The union", "point out", "wages had not risen in years")]),
    ("Mr. Osei has attacked tax havens, and has called for scrapping the offshore exemption.",
     [("and-phrasal-cue", "speech", "Mr. Osei", "call for", "scrapping the offshore exemption")]),
    ("The governor toured the dam and pointed out that the spillway was cracked.",
     [("and-phrasal-cue", "speech", "The governor", "point out", "the spillway was cracked")]),
    # What is promised or urged.
    ("The governor vowed to veto any bill that raises taxes.", [("speaker-cue-to", "speech", "The governor", "vow", "to veto any bill that raises taxes")]),
    ("Fellow Liberals are urging the senator to make the next debate count.",
     [("speaker-cue-to", "speech", "Fellow Liberals", "urge", "the senator to make the next debate count")]),
    ("Demonstrators said they want justice, but pledged to remain calm.",
     [("speaker-cue-content", "speech", "Demonstrators", "say", "they want justice"), ("and-cue-to", "speech", "Demonstrators", "pledge", "to remain calm")]),
    # An aside between the speaker and the cue: the speaker is before it, not a name inside it.
    ("Ana Ruiz, celebrating a win in her home state of Ohio, is pledging to win more seats.",
     [("speaker-cue-to", "speech", "Ana Ruiz", "pledge", "to win more seats")]),
    ("The mayor, speaking on Radio North, called the plan a disaster.", [("speaker-called", "speech", "The mayor", "call", "the plan a disaster")]),
    ("Kyle Brooks, an analyst at Lindqvist & Partners who has a \u201cbuy\u201d rating on the stock, said the move was overdue.",
     [("speaker-cue-content", "speech", "Kyle Brooks, an analyst at Lindqvist & Partners who has a \u201cbuy\u201d rating on the stock", "say", "the move was overdue")]),
    ("Ana Ruiz, speaking at a rally in Dayton, Ohio, said the plant would stay open.",
     [("speaker-cue-content", "speech", "Ana Ruiz", "say", "the plant would stay open")]),
    ("The senator \u2014 who once said \u201cWe will win.\u201d \u2014 said the vote would go ahead.",
     [("speaker-cue-content", "speech", "The senator", "say", "the vote would go ahead")]),
    ("The senator \u2014 who once called the plan \u201ca disaster\u201d \u2014 said the vote would go ahead.",
     [("speaker-cue-content", "speech", "The senator \u2014 who once called the plan \u201ca disaster\u201d", "say", "the vote would go ahead")]),
    ("The coach praised the squad and promised to field the same team on Sunday.",
     [("and-cue-to", "speech", "The coach", "promise", "to field the same team on Sunday")]),
    # After a listener or a phrase, a clause that opens with its subject.
    ("The chairman told the board he would treat it as a vote of no confidence.",
     [("speaker-cue-listener-clause", "speech", "The chairman", "tell", "he would treat it as a vote of no confidence")]),
    ("The chief told the families they would be moved by Friday.", [("speaker-cue-listener-clause", "speech", "The chief", "tell", "they would be moved by Friday")]),
    ("The mayor told reporters the city would appeal the ruling.", [("speaker-cue-listener-clause", "speech", "The mayor", "tell", "the city would appeal the ruling")]),
    ("She told the broadcaster the report was untrue.", [("speaker-cue-listener-clause", "denial", "She", "tell", "the report was untrue")]),
    ("The minister told reporters the article contains factual errors.",
     [("speaker-cue-listener-clause", "denial", "The minister", "tell", "the article contains factual errors")]),
    ("It was an attempt to discredit the ministry, the spokesman added.", [("content-speaker-cue", "denial", "the spokesman", "add", "It was an attempt to discredit the ministry")]),
    ("The minister told reporters the claims were exaggerated.", [("speaker-cue-listener-clause", "speech", "The minister", "tell", "the claims were exaggerated")]),
    ("The coach told reporters his plan would work.", [("speaker-cue-listener-clause", "speech", "The coach", "tell", "his plan would work")]),
    ("Ana Ruiz told the radio station their plan had failed.", [("speaker-cue-listener-clause", "speech", "Ana Ruiz", "tell", "their plan had failed")]),
    # Who else says it, at the sentence's end, is no part of what the speaker said.
    ("The owner said the money had passed into her hands, according to the report.",
     [("speaker-cue-content", "speech", "The owner", "say", "the money had passed into her hands")]),
    ("Lee said after the vote she would not accept the endorsement.", [("speaker-cue-phrase-clause", "speech", "Lee", "say", "she would not accept the endorsement")]),
    ("Okafor has said for months he’s the only candidate who can win.", [("speaker-cue-phrase-clause", "speech", "Okafor", "say", "he’s the only candidate who can win")]),
    # An outlet set off between the cue and "that" relays the claim; the one who said it speaks.
    ("Ali Haddad said, according to Reuters, that the border was closed.", [("speaker-cue-according-that", "speech", "Ali Haddad", "say", "the border was closed")]),
    ("The spokesman said, according to the state news agency, that talks would resume.",
     [("speaker-cue-according-that", "speech", "The spokesman", "say", "talks would resume")]),
    # "called" with what its object is.
    ("Moreau called half of her rival's donors “speculators.”", [("speaker-called", "speech", "Moreau", "call", "half of her rival's donors “speculators.”")]),
    ("Senator Ann Lee called the plan a disaster for the state.", [("speaker-called", "speech", "Senator Ann Lee", "call", "the plan a disaster for the state")]),
    ("The senator called the decision to close the last clinic in the valley \u201ca betrayal of families.\u201d",
     [("speaker-called", "speech", "The senator", "call", "the decision to close the last clinic in the valley \u201ca betrayal of families.\u201d")]),
    # After "added" with no "that", a clause with its subject; a bare object is an act.
    ("He added the plant would close in May.", [("speaker-cue-clause", "speech", "He", "add", "the plant would close in May")]),
    ("She shared that she had been threatened online.", [("speaker-cue-that", "speech", "She", "share", "she had been threatened online")]),
    ("The coach added there was no money left for transfers.", [("speaker-cue-clause", "speech", "The coach", "add", "there was no money left for transfers")]),
    # The bare clause after the cue.
    ("Carl Weber, the Republican attorney general of Kansas, said the rule was unlawful.",
     [("speaker-cue-content", "speech", "Carl Weber, the Republican attorney general of Kansas", "say", "the rule was unlawful")]),
    ("Rep. Dana Holt (D-Ore.) said the plan would fail.", [("speaker-cue-content", "speech", "Rep. Dana Holt (D-Ore.)", "say", "the plan would fail")]),
    ("Several crew members said the skipper had mocked them.", [("speaker-cue-content", "speech", "Several crew members", "say", "the skipper had mocked them")]),
    ("The party’s regional chairman, Ivo Marsh, said he had never read the report.",
     [("speaker-cue-content", "speech", "The party’s regional chairman, Ivo Marsh", "say", "he had never read the report")]),
    ("The harbour master said the ferries had collided at low speed.", [("speaker-cue-content", "speech", "The harbour master", "say", "the ferries had collided at low speed")]),
    ("In Kyiv, a city of three million, officials said the power was back.", [("speaker-cue-content", "speech", "officials", "say", "the power was back")]),
    ("Hale said the endless travel that comes with the job wears families down.",
     [("speaker-cue-content", "speech", "Hale", "say", "the endless travel that comes with the job wears families down")]),
    ("Police on Tuesday night said the suspect had fled the city.", [("speaker-cue-content", "speech", "Police", "say", "the suspect had fled the city")]),
    ("Liberals said the timing was not intentional; they learned of it on Friday.",
     [("speaker-cue-content", "speech", "Liberals", "say", "the timing was not intentional")]),
    ("The candidate claimed his rival had helped the donor, but offered no proof.",
     [("speaker-cue-content", "speech", "The candidate", "claim", "his rival had helped the donor")]),
    ("The plan was drafted by Maria Lopez, who said it would cut costs by half.", [("speaker-cue-content", "speech", "who", "say", "it would cut costs by half")]),
    ("The governor accused the agency of hiding the report for months.",
     [("speaker-cue-content", "speech", "The governor", "accuse", "the agency of hiding the report for months")]),
    ("LISBON — President Rocha, opening the bridge on Saturday, said it joined two halves of the city.",
     [("speaker-cue-content", "speech", "President Rocha", "say", "it joined two halves of the city")]),
    ("In a statement announcing the deal, the company said profits rose by half.", [("speaker-cue-content", "speech", "the company", "say", "profits rose by half")]),
    ("Veteran analyst Tomas Brandt, who studies energy markets at the Hartwell Institute, said prices would fall.",
     [("speaker-cue-content", "speech", "Veteran analyst Tomas Brandt, who studies energy markets at the Hartwell Institute", "say", "prices would fall")]),
    ("Norway, Sweden's closest partner and its largest buyer of gas, said it opposed the tariff.",
     [("speaker-cue-content", "speech", "Norway, Sweden's closest partner and its largest buyer of gas", "say", "it opposed the tariff")]),
    ("The police say the deal is dead.", [("speaker-cue-content", "speech", "The police", "say", "the deal is dead")]),
    ("His advisers say the deal is dead.", [("speaker-cue-content", "speech", "His advisers", "say", "the deal is dead")]),
    ("The governor has said about 20 firms have bid for the contract.",
     [("speaker-cue-content", "speech", "The governor", "say", "about 20 firms have bid for the contract")]),
    ("Northgate Bank just this week announced it would close its rural branches.",
     [("speaker-cue-content", "speech", "Northgate Bank", "announce", "it would close its rural branches")]),
    ("Leah Obi, 25, said the police had lied.", [("speaker-cue-content", "speech", "Leah Obi, 25", "say", "the police had lied")]),
    ("Zoe\u0301 Marti\u0301n said the port would reopen.", [("speaker-cue-content", "speech", "Zoe\u0301 Marti\u0301n", "say", "the port would reopen")]),
    ("Another 12 percent said they would stay at home.",
     [("speaker-cue-content", "speech", "Another 12 percent", "say", "they would stay at home")]),
    ("Ann Kall -- co-editor of a book on the strike -- said the union liked to make announcements.",
     [("speaker-cue-content", "speech", "Ann Kall -- co-editor of a book on the strike", "say", "the union liked to make announcements")]),
    ("Liberal leadership candidate Ivo Marsh said the count was flawed.",
     [("speaker-cue-content", "speech", "Liberal leadership candidate Ivo Marsh", "say", "the count was flawed")]),
    ("It is a quarry which Mr. Hale says he is running at a loss.", [("speaker-cue-content", "speech", "Mr. Hale", "say", "he is running at a loss")]),
    ("The senator said the plan was “bold, but far too costly.”", [("speaker-cue-content", "speech", "The senator", "say", "the plan was “bold, but far too costly.”")]),
    ("Ruiz said the race would be tight and she noted that turnout would be low.",
     [("speaker-cue-content", "speech", "Ruiz", "say", "the race would be tight"), ("speaker-cue-that", "speech", "she", "note", "turnout would be low")]),
    ("Ruiz said the accusations were baseless.", [("speaker-cue-content", "denial", "Ruiz", "say", "the accusations were baseless")]),
    ("The ministry said the report was devoid of truth.", [("speaker-cue-content", "denial", "The ministry", "say", "the report was devoid of truth")]),
    ("Ortiz said the story was totally wrong and bogus.", [("speaker-cue-content", "denial", "Ortiz", "say", "the story was totally wrong and bogus")]),
    ("The club said the video was a hoax.", [("speaker-cue-content", "denial", "The club", "say", "the video was a hoax")]),
    ("The club said it would not comment on the transfer.", [("speaker-cue-content", "no_comment", "The club", "say", "it would not comment on the transfer")]),
    ("He said he was not going to go into that.", [("speaker-cue-content", "no_comment", "He", "say", "he was not going to go into that")]),
    # Words of denial or refusal that do not make the claim one.
    ("He said he was not going to go into debt.", [("speaker-cue-content", "speech", "He", "say", "he was not going to go into debt")]),
    ("The court said the man had been wrongly convicted.", [("speaker-cue-content", "speech", "The court", "say", "the man had been wrongly convicted")]),
    # A colon after the cue.
    ("Many farmers say: It is time for the subsidy to end.", [("speaker-cue-colon", "speech", "Many farmers", "say", "It is time for the subsidy to end")]),
    ("The chairman added: the vote will be held in March.", [("speaker-cue-colon", "speech", "The chairman", "add", "the vote will be held in March")]),
    # A participle that opens the sentence.
    ("Calling the review biased and unfair, Novak wrote to the board.",
     [("opening-participle", "speech", "Novak", "call", "the review biased and unfair")]),
    ("Insisting that the audit was routine, Osei left the meeting early.",
     [("opening-participle", "speech", "Osei", "insist", "that the audit was routine")]),
    # An opening participle whose object names no claim frames the sentence: only the main clause is a claim.
    ("Disclosing the case details, the general said the robbers had fled.",
     [("speaker-cue-content", "speech", "the general", "say", "the robbers had fled")]),
    # A participle or "and": the speaker of the cue before it, else the subject.
    ("The mayor said the water was safe, noting that tests were clean.",
     [("speaker-cue-content", "speech", "The mayor", "say", "the water was safe"), ("participle-after-cue", "speech", "The mayor", "note", "tests were clean")]),
    ("The bridge will reopen in March, officials said, adding that repairs cost $2 million.",
     [("content-speaker-cue", "speech", "officials", "say", "The bridge will reopen in March"),
      ("participle-after-cue", "speech", "officials", "add", "repairs cost $2 million")]),
    ("Dana Holt said as much in a radio interview on Thursday, arguing that the board had ignored the engineers.",
     [("participle-after-cue", "speech", "Dana Holt", "argue", "the board had ignored the engineers")]),
    ("The company cut 300 jobs, saying demand had fallen sharply.", [("participle", "speech", "The company", "say", "demand had fallen sharply")]),
    ("Senator Maria Lopez mocked the plan on Tuesday, noting that it had no budget.", [("participle", "speech", "Senator Maria Lopez", "note", "it had no budget")]),
    ("Meanwhile, it attacked the senator, saying he had misled voters.", [("participle", "speech", "it", "say", "he had misled voters")]),
    ("The senator is defending her late-night posts about the vote, saying they show she works hard.",
     [("participle", "speech", "The senator", "say", "they show she works hard")]),
    ("He pressed for an end to the war while suggesting that Europe should pay more.", [("participle", "speech", "He", "suggest", "Europe should pay more")]),
    ("The mayor says the bridge is safe and said repairs would start in March.",
     [("speaker-cue-content", "speech", "The mayor", "say", "the bridge is safe"), ("and-cue", "speech", "The mayor", "say", "repairs would start in March")]),
    ("Police arrested two men on Sunday and said a curfew would stay in place.", [("and-cue", "speech", "Police", "say", "a curfew would stay in place")]),
    ("The mayor cut the budget, promising to protect schools.", [("participle-to", "speech", "The mayor", "promise", "to protect schools")]),
    ("The union ended the strike, vowing not to return to the table.", [("participle-to", "speech", "The union", "vow", "not to return to the table")]),
    ("Ivo Marsh, her Liberal opponent, condemned the looting and said he thought gangs were behind it.",
     [("and-cue", "speech", "Ivo Marsh, her Liberal opponent", "say", "he thought gangs were behind it")]),
    ("Ana Ruiz, like her predecessor, has praised the allies but has said she will keep the commitments.",
     [("and-cue", "speech", "Ana Ruiz", "say", "she will keep the commitments")]),
    # Where a content ends (data/grammar/boundaries.tsv): a new clause with a cue, a subject and a verb,
    # the speaker's next act, a relative clause, a comparison, an aside, "as she put it", a negated act,
    # the end of a relative clause, a second one, the main clause after a speaker in a subordinate one.
    ("The bridge is safe, engineers say, the mayor said.", [("content-speaker-cue", "speech", "engineers", "say", "The bridge is safe")]),
    ("The mayor said the plan was dead — the governor insisted it was alive.",
     [("speaker-cue-content", "speech", "The mayor", "say", "the plan was dead"), ("speaker-cue-content", "speech", "the governor", "insist", "it was alive")]),
    ("The mayor said the bridge was safe, and the council is reviewing the budget.", [("speaker-cue-content", "speech", "The mayor", "say", "the bridge was safe")]),
    ("The mayor said the bridge was safe, and criticized the engineers.", [("speaker-cue-content", "speech", "The mayor", "say", "the bridge was safe")]),
    ("The mayor said the bridge would reopen, which surprised many residents.", [("speaker-cue-content", "speech", "The mayor", "say", "the bridge would reopen")]),
    ("Half of voters said they backed the plan, compared with 41 percent who opposed it.",
     [("speaker-cue-content", "speech", "Half of voters", "say", "they backed the plan")]),
    ("The mayor said the bridge was safe, a view that engineers dispute.", [("speaker-cue-content", "speech", "The mayor", "say", "the bridge was safe")]),
    ("The mayor said the plan was dead, as she put it on Friday.", [("speaker-cue-content", "speech", "The mayor", "say", "the plan was dead")]),
    ("The mayor said the bridge was safe, did not say when it would reopen and left.", [("speaker-cue-content", "speech", "The mayor", "say", "the bridge was safe")]),
    ("Okafor, who said the fund was empty, left the meeting early.", [("speaker-cue-content", "speech", "who", "say", "the fund was empty")]),
    ("The plan was drafted by Maria Lopez, who has said the tax is unfair and who wants it scrapped.",
     [("speaker-cue-content", "speech", "who", "say", "the tax is unfair")]),
    ("When the mayor noted that the bridge was old, her rival interrupted.", [("speaker-cue-that", "speech", "the mayor", "note", "the bridge was old")]),
    ("Residents fled as the mayor said the dam was safe, adding that it had been inspected.",
     [("speaker-cue-content", "speech", "the mayor", "say", "the dam was safe"), ("participle-after-cue", "speech", "the mayor", "add", "it had been inspected")]),
    # A participle in a clause after a semicolon or ", but" speaks for that clause's subject (data/grammar/subjects.tsv).
    ("The mayor said the bridge was safe; engineers disagreed, saying the cracks were growing.",
     [("speaker-cue-content", "speech", "The mayor", "say", "the bridge was safe"), ("participle", "speech", "engineers", "say", "the cracks were growing")]),
    ("Ruiz said the port would reopen, but Hale disagreed, arguing that the dock was flooded.",
     [("speaker-cue-content", "speech", "Ruiz", "say", "the port would reopen"), ("participle", "speech", "Hale", "argue", "the dock was flooded")]),
    # Hearsay, with nobody named.
    ("It was said that the plan had failed long before the vote.", [("it-is-said", "attribution", None, "say", "the plan had failed long before the vote")]),
    ("It has been reported that the minister will resign on Friday.", [("it-is-said", "attribution", None, "report", "the minister will resign on Friday")]),
    ("Unconfirmed reports have emerged that the striker will leave the club.",
     [("reports-say", "attribution", None, "report emerge", "the striker will leave the club")]),
    ("Rumours have swirled that the bank was close to collapse.", [("reports-say", "attribution", None, "rumour swirl", "the bank was close to collapse")]),
    ("In recent days, reports have circulated that the bank was close to collapse.",
     [("reports-say", "attribution", None, "report circulate", "the bank was close to collapse")]),
    # What a noun of saying spells out, when the noun says whose it is.
    ("The council ignored warnings from engineers that the dam could fail.",
     [("noun-source-that", "attribution", "engineers", "warning", "the dam could fail")]),
    ("Officials dismissed claims by the opposition that the count was rigged.",
     [("deny", "denial", "Officials", "dismiss", "claims by the opposition that the count was rigged"),
      ("noun-source-that", "attribution", "the opposition", "claim", "the count was rigged")]),
    ("The minister repeated his claim that the tax would be temporary.", [("noun-owner-that", "attribution", "his", "claim", "the tax would be temporary")]),
    ("Voters doubted the mayor's assurance that the bridge was safe.", [("noun-owner-that", "attribution", "the mayor", "assurance", "the bridge was safe")]),
    ("Lee's claim that he had won the vote was not true.", [("noun-owner-that", "attribution", "Lee", "claim", "he had won the vote")]),
    # Attributions.
    ("According to the Health Ministry, 40 people were injured in the blast.",
     [("according-content", "attribution", "the Health Ministry", "according to", "40 people were injured in the blast")]),
    ("According to exit polls, the governor had a ten-point lead among older voters.",
     [("according-content", "attribution", "exit polls", "according to", "the governor had a ten-point lead among older voters")]),
    ("As reported by The Guardian, the port closed early in March.", [("according-content", "attribution", "The Guardian", "as reported by", "the port closed early in March")]),
    ("Turnout rose to 61 percent, according to Election Commissioner Mary Lee.",
     [("content-according", "attribution", "Election Commissioner Mary Lee", "according to", "Turnout rose to 61 percent")]),
    ("Seven people were treated for minor injuries, according to the regional ambulance service.",
     [("content-according", "attribution", "the regional ambulance service", "according to", "Seven people were treated for minor injuries")]),
    ("The port closed early, as reported by Reuters.", [("content-according", "attribution", "Reuters", "as reported by", "The port closed early")]),
    ("The hospital is withholding the records, according to lawyers for the family.",
     [("content-according", "attribution", "lawyers for the family", "according to", "The hospital is withholding the records")]),
    # Denials.
    ("The Kremlin denied that its troops had crossed the border.", [("deny-that", "denial", "The Kremlin", "deny", "its troops had crossed the border")]),
    ("The minister has refuted that the ministry lost the files.", [("deny-that", "denial", "The minister", "refute", "the ministry lost the files")]),
    ("The company rejected claims that it had hidden the losses.", [("deny-object-that", "denial", "The company", "reject", "claims that it had hidden the losses")]),
    ("The ministry denied once more that the minister had resigned.", [("deny-object-that", "denial", "The ministry", "deny", "once more that the minister had resigned")]),
    ("The landlord has countered claims that he ignored the tenants.", [("deny-object-that", "denial", "The landlord", "counter", "claims that he ignored the tenants")]),
    ("The regulator disputed the figures.", [("deny", "denial", "The regulator", "dispute", "the figures")]),
    # What is denied may come after what it is called, in quotation marks too; a clause denied may open with "any".
    ("The ministry dismissed as \u201cbaseless\u201d the claim that the minister wrote a letter.",
     [("deny-object-that", "denial", "The ministry", "dismiss", "the claim that the minister wrote a letter")]),
    ("The government quickly denied any raid had taken place.", [("deny-clause", "denial", "The government", "deny", "any raid had taken place")]),
    ("Bronson, who denies the offence, is serving a life term.", [("deny", "denial", "who", "deny", "the offence")]),
    # A document's participle after a venue is no cue: the object before it is no speaker.
    ("The company denied the allegations in a statement issued on Tuesday.", [("deny", "denial", "The company", "deny", "the allegations")]),
    ("It rejected the claims in a statement released on Monday.", [("deny", "denial", "It", "reject", "the claims")]),
    ("Judge Helen Marsh rejected the argument during a hearing on Thursday.", [("deny", "denial", "Judge Helen Marsh", "reject", "the argument")]),
    ("The striker dismissed claims of a rift with the coach.", [("deny", "denial", "The striker", "dismiss", "claims of a rift with the coach")]),
    ("The ministry dispelled rumours of a collapse.", [("deny", "denial", "The ministry", "dispel", "rumours of a collapse")]),
    ("He rejected the allegations and threatened to sue the paper.", [("deny", "denial", "He", "reject", "the allegations")]),
    # Non-answers.
    ("Russian authorities, however, did not confirm any damage from the strikes.",
     [("not-withheld", "no_comment", "Russian authorities", "not confirm", "did not confirm any damage from the strikes")]),
    ("The spokesman would not say whether talks had resumed.", [("not-withheld", "no_comment", "The spokesman", "not say", "would not say whether talks had resumed")]),
    ("The operator did not immediately respond to requests for comment.",
     [("not-withheld", "no_comment", "The operator", "not respond", "did not immediately respond to requests for comment")]),
    ("Organisers have not said when the festival would reopen.", [("not-withheld", "no_comment", "Organisers", "not say", "have not said when the festival would reopen")]),
    ("The coach isn't saying much about his line-up.",
     [("not-withheld", "no_comment", "The coach", "not say", "isn't saying much about his line-up")]),
    ("The minister did not identify the buyers in his remarks on Friday.", [("not-withheld", "no_comment", "The minister", "not identify", "did not identify the buyers")]),
    ("The two officers were not immediately reachable for comment.",
     [("unreachable", "no_comment", "The two officers", "not reachable", "were not immediately reachable for comment")]),
    ("The club's owner could not be reached for comment.", [("unreachable", "no_comment", "The club's owner", "not reached", "could not be reached for comment")]),
    ("A spokeswoman for Acme Corp. declined to comment.", [("declined-to", "no_comment", "A spokeswoman for Acme Corp.", "decline to comment", "declined to comment")]),
    ("She refused to say who paid for the trip.", [("declined-to", "no_comment", "She", "refuse to say", "refused to say who paid for the trip")]),
    # Quoted by someone else: "Xinhua quoted the minister as saying ..."; "..., Ruiz was cited by Reuters as saying."
    ("Xinhua quoted the minister as saying that talks would resume.", [("quoted-as", "speech", "the minister", "as say", "talks would resume")]),
    ("State media quoted him as saying the dam was safe.", [("quoted-as", "speech", "him", "as say", "the dam was safe")]),
    ("Talks will resume, Ruiz was cited by Reuters as saying.", [("content-quoted-as", "speech", "Ruiz", "as say", "Talks will resume")]),
    ("The strike is over, the union leader was quoted as saying.", [("content-quoted-as", "speech", "the union leader", "as say", "The strike is over")]),
    ("An official who spoke to Reuters on condition of anonymity said the talks had failed.",
     [("spoke-to-speaker-cue", "speech", "An official", "say", "the talks had failed")]),
    ("A diplomat who has spoken to the BBC said that the envoy would resign.", [("spoke-to-speaker-cue", "speech", "A diplomat", "say", "the envoy would resign")]),
    ("KCNA reported, citing military officials, that the missile flew 800 km.", [("outlet-citing", "speech", "military officials", "cite", "the missile flew 800 km")]),
    ("Reuters reported on Monday, citing two sources, that the deal was off.", [("outlet-citing", "speech", "two sources", "cite", "the deal was off")]),
    ("The deal is off, Reuters reported, citing two sources.", [("content-outlet-citing", "speech", "two sources", "cite", "The deal is off")]),
    ("The missile flew 800 km, the state news agency reported on Monday, citing a military source.",
     [("content-outlet-citing", "speech", "a military source", "cite", "The missile flew 800 km"), ("participle-after-cue", "speech", "the state news agency", "cite", "a military source")]),
    # The outlet that relays a claim ends its content.
    ("The ministry said the figures were wrong, reported Reuters.", [("speaker-cue-content", "speech", "The ministry", "say", "the figures were wrong")]),
    ("The mayor said the road was shut, according to the Coastal Times.", [("speaker-cue-content", "speech", "The mayor", "say", "the road was shut")]),
    # A participle whose object is its listener.
    ("The mayor defended the budget, telling voters that the schools would get more money.",
     [("participle-listener", "speech", "The mayor", "tell", "the schools would get more money")]),
    ("The company cut 300 jobs, telling staff the plant would close.", [("participle-listener", "speech", "The company", "tell", "the plant would close")]),
    # Denials of a clause with no "that", by a relative pronoun, of one noun.
    ("Her office denies she received the money.", [("deny-clause", "denial", "Her office", "deny", "she received the money")]),
    ("The club denied its players had been paid.", [("deny-clause", "denial", "The club", "deny", "its players had been paid")]),
    ("Watchmen at the building, who denied there had been a raid, were questioned.", [("deny-clause", "denial", "who", "deny", "there had been a raid")]),
    # What can be denied: a claim, its kind, or what states one ("the criticism", "the estimates").
    ("The minister rejected the criticism.", [("deny", "denial", "The minister", "reject", "the criticism")]),
    ("The council disputed the estimates.", [("deny", "denial", "The council", "dispute", "the estimates")]),
    ("The firm denied wrongdoing.", [("deny-noun", "denial", "The firm", "deny", "wrongdoing")]),
    ("The coach denied involvement.", [("deny-noun", "denial", "The coach", "deny", "involvement")]),
    ("Ruiz denied ever meeting the man.", [("deny-doing", "denial", "Ruiz", "deny", "ever meeting the man")]),
    ("The company denies being involved in the scheme.", [("deny-doing", "denial", "The company", "deny", "being involved in the scheme")]),
    # Pointing back at the sentence before.
    ("Wages must rise. The union leader said this after the vote.", [("said-this", "speech", "The union leader", "say", "Wages must rise")]),
    ("The road is shut. The mayor said so on Monday.", [("said-this", "speech", "The mayor", "say", "The road is shut")]),
    ("The bridge will stay closed until May. The mayor made the remarks at a briefing on Monday.",
     [("made-remarks", "speech", "The mayor", "make", "The bridge will stay closed until May")]),
    ("Fuel will cost more. She made the comments in an interview.", [("made-remarks", "speech", "She", "make", "Fuel will cost more")]),
    # A verb that takes its object and an adjective that refutes it.
    ("The mayor called the report false.", [("speaker-called-false", "denial", "The mayor", "call", "the report false")]),
    ("The minister called the claims baseless and malicious.", [("speaker-called-false", "denial", "The minister", "call", "the claims baseless and malicious")]),
    # "termed", "branded", "labelled": what the speaker calls it.
    ("The ministry termed the report baseless.", [("speaker-called-false", "denial", "The ministry", "term", "the report baseless")]),
    ("Police labelled the reports fake.", [("speaker-called-false", "denial", "Police", "label", "the reports fake")]),
    ("The minister termed the visit \u201chistoric.\u201d", [("speaker-called", "speech", "The minister", "term", "the visit \u201chistoric.\u201d")]),
]

NEGATIVE: list[tuple[str, tuple[str, ...]]] = [
    ("“Is it over?” Said Ahmed shook his head.", ("quote-cue-speaker", "cue-speaker-quote")),
    ("“Morning Round,” he said.", ("quote-speaker-cue", "content-speaker-cue")),
    ("“We will stay,” said last week's report.", ("quote-cue-speaker",)),
    ("She sang “Rivers of Home,” the crowd said.", ("lead-quote-speaker-cue", "content-speaker-cue")),
    ("The crowd chanted “Lock them up” for an hour.", ("opening-quote-speaker-cue", "speaker-cue-quote-unmarked")),
    ("“Peace plan” – the phrase is new.", ("quote-dash-name",)),
    ("They read “War and Peace” at school.", ("speaker-cue-quote-unmarked",)),
    ("The so-called “peace plan” was never published.", ("speaker-cue-quote", "quote-split-speaker-cue")),
    ("A man who goes by “Shorty” was arrested on Friday.", ("quote-split-cue-speaker", "participle-quote")),
    ("The ad, titled “Reckless,” shows a newspaper front page from the weekend.", ("lead-quote-speaker-cue", "participle-quote")),
    ("The meeting went badly, said the old man as he left.", ("content-cue-speaker",)),
    ("Insurance claims – up 40 percent on last year – were paid late.", ("aside-speaker-cue-content", "interrupted")),
    ("Nobody knows what the minister says the plan would cost.", ("speaker-cue-content",)),
    ("Nothing the landlord says is true until the tenants check it.", ("speaker-cue-content", "speaker-cue-that-subject")),
    ("He was told that the plan had failed.", ("speaker-cue-that",)),
    ("The claim that the vote was rigged is false.", ("speaker-cue-that", "deny-object-that", "noun-owner-that")),
    ("She went on to make a careless remark that angered many voters.", ("speaker-cue-that",)),
    ("His sharp remark was a sign of anger at the timetable.", ("speaker-cue-content",)),
    ("He told them to leave the building at once.", ("speaker-cue-listener-clause", "speaker-cue-to")),
    ("The mayor told reporters on Thursday.", ("speaker-cue-listener-that", "content-speaker-cue")),
    ("The report was sent by The Washington Post.", ("as-speaker-cue-content", "content-according")),
    ("He called for help.", ("speaker-phrasal-cue",)),
    ("The mayor called a press conference on the bridge.", ("speaker-called",)),
    ("She called the police to the scene with a warning.", ("speaker-called",)),
    ("He said nothing.", ("speaker-cue-content",)),
    ("The report is not confirmed by officials.", ("not-withheld",)),
    ("Having said that, there are engineers who argue that the bridge should be rebuilt.", ("participle", "speaker-cue-that")),
    ("It's worth noting that the dam has never failed.", ("participle", "it-is-said")),
    ("Among the reported targets were an oil refinery and a depot.", ("speaker-cue-content", "reports-say")),
    ("Sales rose in the north.", ("speaker-cue-content",)),
    ("Twenty-seven states are challenging the rule.", ("speaker-cue-content",)),
    ("The candidates toured the farming towns of Kansas and Iowa.", ("speaker-cue-content",)),
    ("Officials from the United States attended.", ("speaker-cue-content",)),
    ("Some state officials praised the work but gave him more time.", ("and-cue", "and-cue-to")),
    ("Border county Antrim is nearly 4% Lithuanian.", ("speaker-cue-content",)),
    ("In the wake of the Daily Ledger report, the senator changed course on taxes.", ("document-owner", "opening-participle")),
    ("Reporting from the border, the crew filmed the crossing.", ("opening-participle",)),
    ("Journalists were denied access to the hearing for three hours.", ("deny",)),
    ("The court denied bail to both men.", ("deny",)),
    ("I won’t say the last council did nothing for the town.", ("not-withheld",)),
    ("The statement’s author read the poem aloud.", ("document-read",)),
    ("“We are ready,” he read from the statement.", ("quote-document-read", "quote-speaker-cue")),
    ("Applause followed the statement from the mayor.", ("document-source",)),
    ("The ministry issued new passports to the returning families.", ("document-issued",)),
    ("The buildings, which said “Vote Now” in red, were torn down.", ("relative-speaker",)),
    ("It was a report that said little.", ("it-is-said",)),
    ("Their reports circulated widely on social media.", ("reports-say",)),
    ("The players were reachable by phone all week.", ("unreachable",)),
    ("The club declined to renew his contract.", ("declined-to",)),
    ("Club Denies", ("headline-denial",)),
    ("Mayor Says", ("headline-speaker-cue",)),
    ("The Harbour Will Reopen, As Promised", ("headline-content-speaker-cue",)),
    ("The crowd cheered as the results came in, and the band played on.", ("and-phrasal-cue", "phrasal-participle")),
    ("The ferry was late, calling at every port on the coast.", ("phrasal-participle", "participle")),
    ("The guide pointed to the river.", ("speaker-phrasal-cue",)),
    ("The council said: nothing.", ("speaker-cue-colon",)),
    ("The choir sang on, adding “Silent Night” to the programme.", ("participle-quote",)),
    ("Said to be the tallest tower in the city, it opened in May.", ("cue-speaker-quote",)),
    ("The rumour, as it was reported, spread quickly.", ("content-as-speaker-cue", "as-speaker-cue-content")),
    ("The message said that.", ("speaker-cue-that-subject",)),
    ("The chairman insisted on the vote.", ("speaker-cue-phrase-that",)),
    ("Reporters told the mayor about it.", ("speaker-cue-listener-that",)),
    ("A partner at the firm told him and his fellow associates to save.", ("speaker-cue-listener-clause",)),
    ("The mayor said, according to plan, that.", ("speaker-cue-according-that",)),
    ("The officer said after the race.", ("speaker-cue-phrase-clause",)),
    ("The river, the mayor knew, would flood the square.", ("interrupted",)),
    ("The union vowed.", ("speaker-cue-to",)),
    ("Organizers added 160 security staff along the route.", ("speaker-cue-clause", "speaker-cue-content")),
    ("The admiral has added another facet to his job.", ("speaker-cue-clause", "speaker-cue-content")),
    ("The two nations share a 1,100-mile border.", ("speaker-cue-clause", "speaker-cue-content")),
    ("The spinners, who shared 15 wickets in the match, were praised.", ("speaker-cue-clause", "speaker-cue-content")),
    ("The question is how the senator will respond to an onslaught.", ("speaker-cue-to",)),
    ("The mayor responded to the protesters with a shrug.", ("speaker-cue-to", "speaker-cue-content")),
    ("Clinton maintains a commanding lead over her rival.", ("speaker-cue-content",)),
    ("The senator maintained his silence on the race.", ("speaker-cue-content",)),
    ("The ferry left, urging on the tide.", ("participle-to",)),
    ("Photo: The bridge after the flood", ("headline-name-colon",)),
    # Nouns and verbs that look like cues.
    ("Apple shares fell 3 percent on Monday.", ("speaker-cue-content",)),
    ("A flood warning was issued for the valley.", ("speaker-cue-content", "noun-source-that")),
    ("The services voters demand are expensive.", ("speaker-cue-content",)),
    ("Police charged six of them with theft.", ("speaker-cue-content",)),
    ("KYIV: Russia launched 31 drones overnight", ("headline-name-colon",)),
    ("Also Read: Ukraine will not give up territory", ("headline-name-colon",)),
    ("Tags: Ukraine, drones, Kyiv", ("headline-name-colon",)),
    ("The talks continued: first in Geneva, then in Oslo.", ("speaker-continued-quote",)),
    ("According to plan, the ferry left at noon.", ("according-content",)),
    ("His claim that day was rejected.", ("noun-owner-that",)),
    ("The mayor's remarks that followed were brief.", ("noun-owner-that",)),
    ("The warnings from that week were ignored.", ("noun-source-that",)),
    ("The vote went according to plan, and the hall emptied.", ("content-according",)),
    ("Few would deny that the bridge is beautiful.", ("deny-that",)),
    ("Nobody denied that the river had risen.", ("deny-that",)),
    ("The mayor said goodbye, adding a wave.", ("participle-after-cue", "speaker-cue-content")),
    ("“We will rebuild,” the crowd chanted, “and we will stay.”", ("quote-split-speaker-cue",)),
    ("Xinhua quoted the minister's remarks in full.", ("quoted-as",)),
    ("Talks will resume, Ruiz was quoted by name.", ("content-quoted-as",)),
    ("Reuters reported, citing sources.", ("outlet-citing",)),
    ("An official who spoke to Reuters.", ("spoke-to-speaker-cue",)),
    ("The deal is off for Reuters, citing two sources.", ("content-outlet-citing",)),
    ("The mayor left early, telling no one.", ("participle-listener",)),
    ("Her office denies the village any water.", ("deny-clause",)),
    ("The firm denied wrongdoing at the plant was widespread.", ("deny-noun",)),
    ("She was denied boarding at the gate.", ("deny-doing",)),
    ("The council rejected the poll tax.", ("deny",)),
    ("She said so.", ("said-this",)),
    ("He made the remarks about the budget.", ("made-remarks",)),
    ("The mayor called the plan bold.", ("speaker-called-false",)),
    ("The mayor called a press conference at the town hall on Friday to discuss \u201cthe plan.\u201d", ("speaker-called",)),
    ("The coach called the players together in the dressing room before the final for a \u201cpep talk.\u201d", ("speaker-called",)),
    ("The union called its members out on strike at the plant on Monday over \u201cunfair\u201d pay.", ("speaker-called",)),
    ("The firm branded its coffee.", ("speaker-called", "speaker-called-false")),
]


def _claims(text: str) -> list[Expected]:
    claims = [c for c in extract(text) if c.kind != "statement"]
    for c in claims:
        check_record(c.to_dict(), text)
    return [(c.extractor.rule, c.kind, c.speaker.text if c.speaker else None, c.cue.lemma if c.cue else None, c.content.text) for c in claims]


@pytest.mark.parametrize("text, expected", POSITIVE, ids=[f"{e[0][0]}:{t[:40]}" for t, e in POSITIVE])
def test_a_shape_gives_its_claims(text: str, expected: list[Expected]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize("text, rules", NEGATIVE, ids=[t[:50] for t, _ in NEGATIVE])
def test_what_only_looks_like_a_claim_gives_none(text: str, rules: tuple[str, ...]) -> None:
    assert _claims(text) == []


def _rule_ids() -> list[str]:
    return [row[0] for row in lexicon.rows("grammar/claims")]


def test_every_row_has_two_positive_rows_and_a_negative_one() -> None:
    positives = Counter(e[0] for _, expected in POSITIVE for e in expected)
    negatives = Counter(rule for _, rules in NEGATIVE for rule in rules)
    thin = {rule: (positives[rule], negatives[rule]) for rule in _rule_ids() if positives[rule] < 2 or negatives[rule] < 1}
    assert thin == {}, "rows with fewer than two positive rows or no negative row"
    assert set(positives) - set(_rule_ids()) <= {"quote-paragraph", "quote-sequel"}  # claimledger/matchers/discourse.py


def _said(text: str) -> list[Expected]:
    """What a text gives, whichever row gave it."""
    return [e[1:] for e in _claims(text)]


@pytest.mark.parametrize("row", _rule_ids() + [row[0] for name in ("boundaries", "subjects") for row in lexicon.rows(f"grammar/{name}")])
def test_switching_a_row_off_changes_what_a_table_row_gives(row: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """No row is dead weight: without it, a row of the tables above gives other claims (kind,
    speaker, cue or content; not merely another rule's name for the same claim)."""
    expected = {text: [e[1:] for e in claims] for text, claims in POSITIVE}
    without = engine.cascade().without(row)
    monkeypatch.setattr(engine, "cascade", lambda: without)
    assert any(_said(text) != said for text, said in expected.items())


def test_every_row_passes_the_gate_before_tokens() -> None:
    """A sentence is tokenized only if it holds a trigger word or a quotation (classes.tsv,
    TRIGGER): a row whose cue holds no trigger and whose content no quotation could never fire."""
    grammar = engine.cascade()
    quotes = grammar.quote_chars
    for rule in grammar.rules:
        cue, content = rule.pattern.needs.get("cue"), rule.pattern.needs.get("content")
        assert (cue and cue & grammar.triggers) or (content and content <= quotes) or not cue, rule.id


def test_the_rows_discourse_names_are_rows() -> None:
    assert discourse._QUOTE_THEN_CUE <= set(_rule_ids())


@pytest.mark.parametrize("text", [
    "The executions were authorised at the highest levels, Maria Lopez, deputy director at Amnesty, told AP.",
    "The cuts were ordered at the top, a spokeswoman for the port told Reuters.",
])
def test_the_listener_after_told_never_speaks(text: str) -> None:
    """"told" takes its listener after it; it is never an inverted cue ("..., said Ana Ruiz")."""
    assert all(c.speaker is None or c.speaker.text not in ("AP", "Reuters") for c in extract(text))
