"""Table of real-looking news sentences and the claims they must (or must not) yield."""

from __future__ import annotations

import pytest

from claimledger import extract
from conftest import check_record

# text, [(kind, speaker text, speaker name, cue lemma, content prefix, quote)]
CASES = [
    ("“We will keep going,” Zelenskyy said.", [("speech", "Zelenskyy", "Zelenskyy", "say", "We will keep going", "direct")]),
    ("“We will keep going,” said Olena Petrenko.", [("speech", "Olena Petrenko", "Olena Petrenko", "say", "We will keep going", "direct")]),
    ('"The talks were useful," the spokesman told reporters.', [("speech", "the spokesman", None, "tell", "The talks were useful", "direct")]),
    ("Mayor Anne Hidalgo said: “Paris is ready.”", [("speech", "Mayor Anne Hidalgo", "Anne Hidalgo", "say", "Paris is ready.", "direct")]),
    ("He said, “It is over.”", [("speech", "He", None, "say", "It is over.", "direct")]),
    ("``It was definitely a bomb,'' said the police chief.", [("speech", "the police chief", None, "say", "It was definitely a bomb", "direct")]),
    ("“We will win. We have no choice,” she said.", [("speech", "she", None, "say", "We will win. We have no choice", "direct")]),
    ("Pistorius told the news agency dpa that his trip was a signal of support.",
     [("speech", "Pistorius", "Pistorius", "tell", "his trip was a signal", "indirect")]),
    ("The Health Ministry announced that 40 people were injured.",
     [("speech", "The Health Ministry", "Health Ministry", "announce", "40 people were injured", "indirect")]),
    ("Officials in Kyiv worry that the deployment may not deter an attack.",
     [("speech", "Officials in Kyiv", "Officials in Kyiv", "worry", "the deployment may not", "indirect")]),
    ("Senator Jane Roe has repeatedly argued that the bill is too costly.",
     [("speech", "Senator Jane Roe", "Jane Roe", "argue", "the bill is too costly", "indirect")]),
    ("The bridge will reopen in March, officials said.", [("speech", "officials", None, "say", "The bridge will reopen in March", "indirect")]),
    ("The bridge will reopen in March, said Transport Minister Tom Green.",
     [("speech", "Transport Minister Tom Green", "Tom Green", "say", "The bridge will reopen", "indirect")]),
    ("The army warned that the attack “will not go unanswered.”",
     [("speech", "The army", None, "warn", "the attack “will not go unanswered", "mixed")]),
    ("The company reported that sales rose 6% in the quarter.",
     [("speech", "The company", None, "report", "sales rose 6%", "indirect")]),
    ("Mr. Smith insisted that the vote was fair.", [("speech", "Mr. Smith", "Smith", "insist", "the vote was fair", "indirect")]),
    ("The mayor said the water was safe, noting that tests were clean.",
     [("speech", "The mayor", None, "say", "the water was safe", "indirect"),
      ("speech", "The mayor", None, "note", "tests were clean", "indirect")]),
    ("The Interior Ministry alleged that the group had planned the attack for months.",
     [("speech", "The Interior Ministry", "Interior Ministry", "allege", "the group had planned", "indirect")]),
    ("Russian authorities, however, did not confirm any damage from the strikes.",
     [("denial", "Russian authorities", "Russian authorities", "not confirm", "any damage from the strikes", "indirect")]),
    ("The Kremlin denied that its troops had crossed the border.",
     [("denial", "The Kremlin", "Kremlin", "deny", "its troops had crossed", "indirect")]),
    ("The company rejected claims that it had hidden the losses.",
     [("denial", "The company", None, "reject", "it had hidden the losses", "indirect")]),
    ("A spokeswoman for Acme Corp. declined to comment.",
     [("denial", "A spokeswoman for Acme Corp.", None, "decline to comment", "declined to comment", "indirect")]),
    ("Police didn’t confirm the number of arrests on Friday.",
     [("denial", "Police", None, "not confirm", "the number of arrests", "indirect")]),
    ("According to the Health Ministry, 40 people were injured in the blast.",
     [("attribution", "the Health Ministry", "Health Ministry", "according to", "40 people were injured", "indirect")]),
    ("Turnout rose to 61 percent, according to Election Commissioner Mary Lee.",
     [("attribution", "Election Commissioner Mary Lee", "Mary Lee", "according to", "Turnout rose to 61 percent", "indirect")]),
    ("Scott Pruitt, the Republican attorney general of Oklahoma, said the rule was unlawful.",
     [("speech", "Scott Pruitt, the Republican attorney general of Oklahoma", "Scott Pruitt", "say", "the rule was unlawful", "indirect")]),
    ("Rep. Gwen Moore (D-Wis.) said the plan would fail.",
     [("speech", "Rep. Gwen Moore (D-Wis.)", "Gwen Moore", "say", "the plan would fail", "indirect")]),
    ("The convoy was turned back at the border, a source said.",
     [("speech", "a source", None, "say", "The convoy was turned back at the border", "indirect")]),
    ("Several cast members said the host had mocked them.",
     [("speech", "Several cast members", None, "say", "the host had mocked them", "indirect")]),
    ("“We will,” she said, “keep going.”",
     [("speech", "she", None, "say", "We will,” she said, “keep going.", "direct")]),
    ("“Every time you say that,” Tester said, referring to the excuse, “you give them ammunition.”",
     [("speech", "Tester", "Tester", "say", "Every time you say that,” Tester said, referring to the excuse, “you give them ammunition.", "direct")]),
    ("“It’s finished,” “In my head, anyway,” she said.",
     [("speech", "she", None, "say", "It’s finished,” “In my head, anyway,", "direct")]),
    ("The state’s campaign chairman, Phil Lovas, said he had not seen the letter.",
     [("speech", "The state’s campaign chairman, Phil Lovas", "Phil Lovas", "say", "he had not seen the letter", "indirect")]),
    ("“There is a need for oversight,” said Representative Charles B. Rangel of New York.",
     [("speech", "Representative Charles B. Rangel of New York", "Charles B. Rangel", "say", "There is a need for oversight,", "direct")]),
    ("“He was a great partner,” she said of Mr. Smith.",
     [("speech", "she", None, "say", "He was a great partner,", "direct")]),
    ("Seven people were treated for minor injuries, according to the regional ambulance service.",
     [("attribution", "the regional ambulance service", None, "according to", "Seven people were treated", "indirect")]),
    ("According to exit polls, the governor had a ten-point lead among older voters.",
     [("attribution", "exit polls", None, "according to", "the governor had a ten-point lead", "indirect")]),
    ("A Homeland Security Department official said Friday that hackers had targeted voter rolls.",
     [("speech", "A Homeland Security Department official", None, "say", "hackers had targeted voter rolls", "indirect")]),
    ("The Republican presidential nominee noted Friday that his campaign had not bought ads.",
     [("speech", "The Republican presidential nominee", None, "note", "his campaign had not bought ads", "indirect")]),
    ("Talks will resume next week, a spokeswoman for the operator said.",
     [("speech", "a spokeswoman for the operator", None, "say", "Talks will resume next week", "indirect")]),
    ("KYIV — Ukraine’s air force said on Tuesday that it had shot down 31 drones.",
     [("speech", "Ukraine’s air force", None, "say", "it had shot down 31 drones", "indirect")]),
    ("The harbour master said the ferries had collided at low speed.",
     [("speech", "The harbour master", None, "say", "the ferries had collided", "indirect")]),
    ('"It will be first-order business," Mr. Podesta said.',
     [("speech", "Mr. Podesta", "Podesta", "say", "It will be first-order business", "direct")]),
    ("“This is a disgusting day,” said Rep. G.K. Butterfield, head of the caucus.",
     [("speech", "Rep. G.K. Butterfield", "G.K. Butterfield", "say", "This is a disgusting day", "direct")]),
    ("“How many times must we see this?” Clinton said.",
     [("speech", "Clinton", "Clinton", "say", "How many times must we see this?", "direct")]),
    ("“Is it over?” Said Ahmed shook his head.", []),
    ("But Megan Hester, senior associate for education organizing at the Annenberg Institute, said parents want local schools.",
     [("speech", "Megan Hester, senior associate for education organizing at the Annenberg Institute", "Megan Hester", "say", "parents want local schools", "indirect")]),
    ("The Citizenship Agency, the body that oversees the visa program, said it was adding checks.",
     [("speech", "The Citizenship Agency, the body that oversees the visa program", "Citizenship Agency", "say", "it was adding checks", "indirect")]),
    ("In Kyiv, a city of three million, officials said the power was back.",
     [("speech", "officials", None, "say", "the power was back", "indirect")]),
    ("''You'd like to pay cash for your house, but it's not realistic,'' he said.",
     [("speech", "he", None, "say", "You'd like to pay cash for your house, but it's not realistic,", "direct")]),
    ('"The world economy has moved sideways," IMF chief economist Maury Obstfeld said.',
     [("speech", "IMF chief economist Maury Obstfeld", "Maury Obstfeld", "say", "The world economy has moved sideways", "direct")]),
    ("''Their strategy is very clear,'' Anna Berg, a senior fellow at the Hoover Institution, said of the network.",
     [("speech", "Anna Berg, a senior fellow at the Hoover Institution", "Anna Berg", "say", "Their strategy is very clear", "direct")]),
    ("''There is no evidence,'' Mr. Burman said.", [("speech", "Mr. Burman", "Burman", "say", "There is no evidence", "direct")]),
    ("The NAACP called for a moratorium on charter schools.",
     [("speech", "The NAACP", "NAACP", "call for", "a moratorium on charter schools", "indirect")]),
    ("The senator called on fellow Republicans to withdraw their support.",
     [("speech", "The senator", None, "call on", "fellow Republicans to withdraw", "indirect")]),
    ("He called for help.", []),
    ("The president told the foundation he would consider it a personal insult.",
     [("speech", "The president", None, "tell", "he would consider it", "indirect")]),
    ("He told them to leave the building at once.", []),
    ("He said that, if elected, he would cut taxes.", [("speech", "He", None, "say", "if elected, he would cut taxes", "indirect")]),
    ("Republican claims – a 3 to 1 margin – were wrong.", []),
    ("The company cut 300 jobs, saying demand had fallen sharply.",
     [("speech", "The company", None, "say", "demand had fallen sharply", "indirect")]),
    ("Senator Maria Lopez mocked the plan on Tuesday, noting that it had no budget.",
     [("speech", "Senator Maria Lopez", "Maria Lopez", "note", "it had no budget", "indirect")]),
    ("The New York Times reported Saturday that it had received the first pages of the filings.",
     [("speech", "The New York Times", "New York Times", "report", "it had received the first pages", "indirect")]),
    ("The suspect had fled the city, police said Monday.", [("speech", "police", None, "say", "The suspect had fled the city", "indirect")]),
    ("Lynch said the nonstop demands that come with the job erase barriers.",
     [("speech", "Lynch", "Lynch", "say", "the nonstop demands that come with the job", "indirect")]),
    ("Police on Tuesday night said the suspect had fled the city.",
     [("speech", "Police", None, "say", "the suspect had fled the city", "indirect")]),
    ("The mayor Tuesday announced that the bridge would reopen.",
     [("speech", "The mayor", None, "announce", "the bridge would reopen", "indirect")]),
    ("Republicans said the timing was not intentional; they learned of it on Friday.",
     [("speech", "Republicans", "Republicans", "say", "the timing was not intentional", "indirect")]),
    ("The candidate claimed his rival had helped the donor, but offered no proof.",
     [("speech", "The candidate", None, "claim", "his rival had helped the donor", "indirect")]),
    ("“It’s a dog whistle,” Rep. Gwen Moore (D-Wis.) said.",
     [("speech", "Rep. Gwen Moore (D-Wis.)", "Gwen Moore", "say", "It’s a dog whistle", "direct")]),
    ("“It’s an invasion,” Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said.",
     [("speech", "Scott Pruitt, the attorney general of Oklahoma, one of the states suing", "Scott Pruitt", "say", "It’s an invasion", "direct")]),
    ("O'Neill said officials have a video that shows the explosion.",
     [("speech", "O'Neill", "O'Neill", "say", "officials have a video that shows the explosion", "indirect")]),
    ("The mayor says the bridge is safe and said repairs would start in March.",
     [("speech", "The mayor", None, "say", "the bridge is safe", "indirect"),
      ("speech", "The mayor", None, "say", "repairs would start in March", "indirect")]),
    ("Donald Trump is warning that a Clinton victory would bring scandal back.",
     [("speech", "Donald Trump", "Donald Trump", "warn", "a Clinton victory would bring scandal back", "indirect")]),
    ("The plan was drafted by Maria Lopez, who said it would cut costs by half.",
     [("speech", "who", "Maria Lopez", "say", "it would cut costs by half", "indirect")]),
    ("Clinton called half of Trump's supporters “deplorables.”",
     [("speech", "Clinton", "Clinton", "call", "half of Trump's supporters “deplorables.”", "mixed")]),
    ("She called the police after the attack on her home.", []),
    ("The senator cited a study showing that costs had doubled.",
     [("speech", "The senator", None, "cite", "a study showing that costs had doubled", "indirect")]),
    ("He was told that the plan had failed.", []),
    ("Analysts pointed out that every shooting did not result in a death.",
     [("speech", "Analysts", None, "point out", "every shooting did not result in a death", "indirect")]),
    ("The governor accused the agency of hiding the report for months.",
     [("speech", "The governor", None, "accuse", "the agency of hiding the report", "indirect")]),
    ("WASHINGTON — President Obama, dedicating the museum on Saturday, said it told the story of America.",
     [("speech", "President Obama, dedicating the museum on Saturday", "Obama", "say", "it told the story of America", "indirect")]),
    ("Everything the candidate says is a lie unless proven otherwise.", []),
    # A cue that interrupts the content: the content runs on past it.
    ("Acts of protest, the senator said, are acts of patriotism.",
     [("speech", "the senator", None, "say", "Acts of protest, the senator said, are acts of patriotism", "indirect")]),
    ("The plan failed, she said, and nobody was surprised.", [("speech", "she", None, "say", "The plan failed", "indirect")]),
    ("The bridge will reopen in March, officials said, adding that repairs cost $2 million.",
     [("speech", "officials", None, "say", "The bridge will reopen in March", "indirect"),
      ("speech", "officials", None, "add", "repairs cost $2 million", "indirect")]),
    # A quotation cut by its cue and a sentence break is one claim over both sentences.
    ("“We will not stop,” she said. “The work goes on.”",
     [("speech", "she", None, "say", "We will not stop,” she said. “The work goes on.", "direct")]),
    # The sequel holds sentences of its own and words after its closing mark.
    ("“We are ready,” said Ana Ruiz, a spokeswoman for the port. “The cranes are back. Ships can dock” by the weekend.",
     [("speech", "Ana Ruiz", "Ana Ruiz", "say", "We are ready,” said Ana Ruiz, a spokeswoman for the port. “The cranes are back. Ships can dock", "direct")]),
    ("“The fund is empty,” Treasurer Ana Silva said. “We borrowed to pay salaries.”",
     [("speech", "Treasurer Ana Silva", "Ana Silva", "say", "The fund is empty,” Treasurer Ana Silva said. “We borrowed", "direct")]),
    ("“The fund is empty,” Treasurer Ana Silva said.\n\n“We borrowed to pay salaries.”",  # a new paragraph: not joined
     [("speech", "Treasurer Ana Silva", "Ana Silva", "say", "The fund is empty,", "direct")]),
    ("“We will not stop,” she said. “We agree,” the mayor added.",
     [("speech", "she", None, "say", "We will not stop,", "direct"), ("speech", "the mayor", None, "add", "We agree,", "direct")]),
    ("“This is a sad day,” said Rep. Ann Lee (D-Ohio), head of the caucus. “We will fight it.”",
     [("speech", "Rep. Ann Lee", "Ann Lee", "say", "This is a sad day,", "direct"),  # the aside is longer than the words quoted
      ("speech", "Rep. Ann Lee", "Ann Lee", "say", "We will fight it.", "direct")]),
    ("“No, this is not politics,” Senator Cruz said at the time. “I will tell the truth.”",
     [("speech", "Senator Cruz", "Cruz", "say", "No, this is not politics,” Senator Cruz said at the time. “I will tell the truth.", "direct")]),
    ("“We are ready,” she said, as “the storm” passed. “Come what may.”",
     [("speech", "she", None, "say", "We are ready,", "direct")]),
    ("“We will not stop,” she said. The mayor agreed.", [("speech", "she", None, "say", "We will not stop,", "direct")]),
    ("In a statement announcing the deal, the company said profits rose by half.",
     [("speech", "the company", None, "say", "profits rose by half", "indirect")]),
    ("Nobody knows what the minister says the plan would cost.", []),
    # A pronoun after a word that opens a clause.
    ("But she said the council would be wrong to vote without a budget.",
     [("speech", "she", None, "say", "the council would be wrong to vote without a budget", "indirect")]),
    # A quotation followed by more words before a trailing cue is mixed, not direct.
    ("“The only way the port will reopen is if the strike ends” before winter, he said.",
     [("speech", "he", None, "say", "“The only way the port will reopen is if the strike ends” before winter", "mixed")]),
    # Appositives: a relative clause, initials, a role before the name, a possessive, a party and state.
    ("Maria Lenz, who served as U.N. envoy to Chad until last year, said the talks had failed.",
     [("speech", "Maria Lenz, who served as U.N. envoy to Chad until last year", "Maria Lenz", "say", "the talks had failed", "indirect")]),
    ("Veteran analyst Tomas Brandt, who studies energy markets at the Hartwell Institute, said prices would fall.",
     [("speech", "Tomas Brandt, who studies energy markets at the Hartwell Institute", "Tomas Brandt", "say", "prices would fall", "indirect")]),
    ("Norway, Sweden's closest partner and its largest buyer of gas, said it opposed the tariff.",
     [("speech", "Norway, Sweden's closest partner and its largest buyer of gas", "Norway", "say", "it opposed the tariff", "indirect")]),
    ("Rep. Dana Ortiz (D-N.M.), chair of the water caucus, said members will push the bill.",
     [("speech", "Rep. Dana Ortiz (D-N.M.), chair of the water caucus", "Dana Ortiz", "say", "members will push the bill", "indirect")]),
    ("“The bill will pass,” Senate leader Ron Hale, R-Ky., said.",
     [("speech", "Senate leader Ron Hale, R-Ky.", "Ron Hale", "say", "The bill will pass,", "direct")]),
    # A quotation after the cue's object or a phrase.
    ("Ortiz told local radio, “We will not sign this budget.”",
     [("speech", "Ortiz", "Ortiz", "tell", "We will not sign this budget.", "direct")]),
    ("The senator says of her rival, “She has never run anything.”",
     [("speech", "The senator", None, "say", "She has never run anything.", "direct")]),
    # A quotation after "that" is part of reported speech: mixed.
    ("Spokeswoman Jana Ditto said via email that, “Of course the mayor is going to defend himself” against what he sees as an attack.",
     [("speech", "Spokeswoman Jana Ditto", "Jana Ditto", "say", "“Of course the mayor is going to defend himself” against what he sees as an attack", "mixed")]),
    # A pronoun with "is" in one word; "but" before a cue keeps the subject; a one-word content cut by its cue.
    ("He’s claiming that voting fraud is “a big problem in this country.”",
     [("speech", "He’s", None, "claim", "voting fraud is “a big problem in this country.”", "mixed")]),
    ("Demonstrators said they want justice, but pledged to remain calm.",
     [("speech", "Demonstrators", "Demonstrators", "say", "they want justice", "indirect"),
      ("speech", "Demonstrators", "Demonstrators", "pledge", "to remain calm", "indirect")]),
    ("Voters, he said, can ''move mountains'' when they turn out.",
     [("speech", "he", None, "say", "Voters, he said, can ''move mountains'' when they turn out", "mixed")]),
    # Non-answers (data/withheld_verbs.txt) and short objects of a denial.
    ("The spokesman would not say whether talks had resumed.",
     [("denial", "The spokesman", None, "not say", "whether talks had resumed", "indirect")]),
    ("She refused to say who paid for the trip.", [("denial", "She", None, "refuse to say", "who paid for the trip", "indirect")]),
    ("The White House disputed the figures.", [("denial", "The White House", "White House", "dispute", "the figures", "indirect")]),
    # A verb that takes the cue as its complement (data/catenative_verbs.txt).
    ("The nominee continues to insist that he wants to release his taxes.",
     [("speech", "The nominee", None, "insist", "he wants to release his taxes", "indirect")]),
    ("Ruiz went on to say that the city had moved on.", [("speech", "Ruiz", "Ruiz", "say", "the city had moved on", "indirect")]),
    ("Dean began by saying he would never diagnose anyone on television.",
     [("speech", "Dean", "Dean", "say", "he would never diagnose anyone on television", "indirect")]),
    # Common phrases: "one official", a plural with its complement.
    ("The bridge will stay shut until spring, one official said.",
     [("speech", "one official", None, "say", "The bridge will stay shut until spring", "indirect")]),
    ("Officials at the port said two cranes were damaged.",
     [("speech", "Officials at the port", None, "say", "two cranes were damaged", "indirect")]),
    ("Experts on Antarctica said the ice shelf could break up within a decade.",
     [("speech", "Experts on Antarctica", "Experts on Antarctica", "say", "the ice shelf could break up within a decade", "indirect")]),
    # Attributions: data/attribution_phrases.txt, and a source's document (data/document_nouns.txt).
    ("The port closed early, as reported by Reuters.",
     [("attribution", "Reuters", "Reuters", "as reported by", "The port closed early", "indirect")]),
    ("As reported by The Guardian, the port closed early in March.",
     [("attribution", "The Guardian", "Guardian", "as reported by", "the port closed early in March", "indirect")]),
    ("The ministry's statement said that 31 drones were shot down overnight.",
     [("attribution", "The ministry", None, "say", "31 drones were shot down overnight", "indirect")]),
    ("The ministry issued a statement saying that 31 drones were downed.",
     [("attribution", "The ministry", None, "say", "31 drones were downed", "indirect")]),
    ("A statement from the ministry said the strikes had stopped.",
     [("attribution", "the ministry", None, "say", "the strikes had stopped", "indirect")]),
    ("The police say the deal is dead.", [("speech", "The police", None, "say", "the deal is dead", "indirect")]),
    ("His advisers say the deal is dead.", [("speech", "His advisers", None, "say", "the deal is dead", "indirect")]),
    # Content after a phrase of the cue's opens with its subject; a number may open it.
    ("Lee said after the vote she would not accept the endorsement.",
     [("speech", "Lee", "Lee", "say", "she would not accept the endorsement", "indirect")]),
    ("The governor has said about 20 people have applied for the seat.",
     [("speech", "The governor", None, "say", "about 20 people have applied for the seat", "indirect")]),
    # A trailing cue with its listener.
    ("Clean energy could win votes, Sen. Ann Lee (D-Ohio) told the Daily Ledger.",
     [("speech", "Sen. Ann Lee (D-Ohio)", "Ann Lee", "tell", "Clean energy could win votes", "indirect")]),
    # A headline in title case: its capitalized "Says" is a cue.
    ("Mayor Says Harbor Bridge Will Reopen in March",
     [("speech", "Mayor", None, "say", "Harbor Bridge Will Reopen in March", "indirect")]),
    ("Port Strike Will End Soon, Union Leader Says",
     [("speech", "Union Leader", "Union Leader", "say", "Port Strike Will End Soon", "indirect")]),
    # After an inverted cue and its speaker, a comma opens the speaker's role, not more content.
    ("The plan is dead, said Ana Ruiz, a spokeswoman for the port.",
     [("speech", "Ana Ruiz", "Ana Ruiz", "say", "The plan is dead", "indirect")]),
    # A time between the speaker and the cue.
    ("Officials last week said the bridge was safe.", [("speech", "Officials", None, "say", "the bridge was safe", "indirect")]),
    ("Wells Fargo just this month announced it would drop the sales targets.",
     [("speech", "Wells Fargo", "Wells Fargo", "announce", "it would drop the sales targets", "indirect")]),
    # After a listener, what they are to do (data/to_cues.txt).
    ("Fellow Republicans are urging the senator to make the next debate count.",
     [("speech", "Fellow Republicans", "Fellow Republicans", "urge", "the senator to make the next debate count", "indirect")]),
    # An age in apposition; a share of people polled speaks for them.
    ("Quina Jones, 25, said the police had lied.", [("speech", "Quina Jones, 25", "Quina Jones", "say", "the police had lied", "indirect")]),
    ("Another 19 percent said they would not pick either candidate.",
     [("speech", "Another 19 percent", None, "say", "they would not pick either candidate", "indirect")]),
    ("Just 24 percent of liberal activists said they were enthusiastic.",
     [("speech", "Just 24 percent of liberal activists", None, "say", "they were enthusiastic", "indirect")]),
    # A dash signs a quotation with its speaker's name; there is no cue word.
    ("“We will not give up.” – Olena Petrenko, mayor of Kharkiv",
     [("speech", "Olena Petrenko", "Olena Petrenko", None, "We will not give up.", "direct")]),
    ('"Freedom is never free." -- Ana Ruiz', [("speech", "Ana Ruiz", "Ana Ruiz", None, "Freedom is never free.", "direct")]),
    ("“The vote was rushed.” ― Rosa Delgado", [("speech", "Rosa Delgado", "Rosa Delgado", None, "The vote was rushed.", "direct")]),
    # Content that opens with "to" after some cues (data/to_cues.txt): what is promised, what went unanswered.
    ("The governor vowed to veto any bill that raises taxes.",
     [("speech", "The governor", None, "vow", "to veto any bill that raises taxes", "indirect")]),
    ("The campaign did not immediately respond to requests for comment.",
     [("denial", "The campaign", None, "not respond", "to requests for comment", "indirect")]),
    # After an aside longer than the words quoted, the sequel is a claim of its own.
    ("“We are ready,” said Ana Ruiz, who has run the press office of the port authority since the long strike began in the spring. “Ships can dock.”",
     [("speech", "Ana Ruiz", "Ana Ruiz", "say", "We are ready,", "direct"), ("speech", "Ana Ruiz", "Ana Ruiz", "say", "Ships can dock.", "direct")]),
    # A participle speaks for the subject even after a noun that is also a cue ("tweets").
    ("The senator is defending her late-night tweets about the vote, saying they show she works hard.",
     [("speech", "The senator", None, "say", "they show she works hard", "indirect")]),
    # A quotation goes on past a phrase of its cue's.
    ("“The count will be fair,” Lee said during a rally in Dayton, Ohio, “but people will be watching.”",
     [("speech", "Lee", "Lee", "say", "The count will be fair,” Lee said during a rally in Dayton, Ohio, “but people will be watching.", "direct")]),
    # Words before the quotation in its sentence are the speaker's too: mixed speech.
    ("Not paying taxes ''makes me smart,'' the candidate said.",
     [("speech", "the candidate", None, "say", "Not paying taxes ''makes me smart,''", "mixed")]),
    ("With so many voting machines, “there is no single point of failure,” he said.",
     [("speech", "he", None, "say", "With so many voting machines, “there is no single point of failure,”", "mixed")]),
    # Content ends where a new clause with its own speaker begins, after a dash or "and".
    ("Ruiz said the race would be more intense — and she noted that any change would come later.",
     [("speech", "Ruiz", "Ruiz", "say", "the race would be more intense", "indirect"),
      ("speech", "she", "Ruiz", "note", "any change would come later", "indirect")]),
    ("Ruiz said the race would be tight and she noted that turnout would be low.",
     [("speech", "Ruiz", "Ruiz", "say", "the race would be tight", "indirect"),
      ("speech", "she", "Ruiz", "note", "turnout would be low", "indirect")]),
    # Where content ends: a relative clause that closes the sentence, a contrast, a venue.
    ("The mayor said the bridge is safe, which surprised many residents.",
     [("speech", "The mayor", None, "say", "the bridge is safe", "indirect")]),
    ("The mayor said the bridge, which opened in May, is safe.",
     [("speech", "The mayor", None, "say", "the bridge, which opened in May, is safe", "indirect")]),
    ("Graham urged Republicans to join the ranks of climate change believers, and criticized the party’s lack of interest.",
     [("speech", "Graham", "Graham", "urge", "Republicans to join the ranks of climate change believers", "indirect")]),
    ("Ortiz said the budget was balanced, although she refused to release the figures.",
     [("speech", "Ortiz", "Ortiz", "say", "the budget was balanced", "indirect")]),
    ("Lee described the crash as a “terrible accident,” but stopped short of blaming the driver.",
     [("speech", "Lee", "Lee", "describe", "the crash as a “terrible accident,”", "mixed")]),
    ("Ortiz said the budget was balanced, but that cuts were coming.",
     [("speech", "Ortiz", "Ortiz", "say", "the budget was balanced, but that cuts were coming", "indirect")]),
    ("The union called for a new contract for all nurses in a statement on Thursday.",
     [("speech", "The union", None, "call for", "a new contract for all nurses", "indirect")]),
    # "and said" after a verb that is no cue: the sentence's subject speaks.
    ("Police arrested two men on Sunday and said a curfew would stay in place.",
     [("speech", "Police", None, "say", "a curfew would stay in place", "indirect")]),
    # A quotation that ends with a quotation inside it, or opens with a straight mark and closes with a curly one.
    ("\"It feels like, 'Meh, we can wait a bit,'\" he said.", [("speech", "he", None, "say", "It feels like, 'Meh", "direct")]),
    ("\"The port is closed,” said Ana Ruiz.", [("speech", "Ana Ruiz", "Ana Ruiz", "say", "The port is closed", "direct")]),
    # A month after a first name is a surname.
    ("Prime Minister Theresa May said this week that the country would leave.",
     [("speech", "Prime Minister Theresa May", "Theresa May", "say", "the country would leave", "indirect")]),
    # Lower-case words of role before a name after the quotation.
    ("“The rules hold no weight,” said 9/11 widow Ann Perez.", [("speech", "9/11 widow Ann Perez", "Ann Perez", "say", "The rules hold no weight", "direct")]),
    ("“It is the only way,” retired general Lloyd Baker said.",
     [("speech", "retired general Lloyd Baker", "Lloyd Baker", "say", "It is the only way", "direct")]),
    ("The bridge will reopen in March, said former aide John Smith.",
     [("speech", "former aide John Smith", "John Smith", "say", "The bridge will reopen", "indirect")]),
    # A place with a comma in the phrase before "that".
    ("Lee says at a rally in Toledo, Ohio, that the plant will stay open.",
     [("speech", "Lee", "Lee", "say", "the plant will stay open", "indirect")]),
    ("“We live in hard times,” my father often said.", [("speech", "my father", None, "say", "We live in hard times", "direct")]),
    ("Cruz has long said that he qualifies as a citizen.", [("speech", "Cruz", "Cruz", "say", "he qualifies as a citizen", "indirect")]),
    # A participle speaks for the subject of the main clause, after an opening phrase.
    ("In a speech on Monday, Trump attacked Clinton, saying, “She is unstable.”",
     [("speech", "Trump", "Trump", "say", "She is unstable.", "direct")]),
    ("Meanwhile, it attacked the senator, saying he had misled voters.",
     [("speech", "it", None, "say", "he had misled voters", "indirect")]),
    # Irregular forms of withheld verbs: "have not said".
    ("Lawmakers have not said when they would vote on the bill.",
     [("denial", "Lawmakers", None, "not say", "when they would vote", "indirect")]),
    ("Said Ellis: “I do not see it.”", [("speech", "Ellis", "Ellis", "say", "I do not see it.", "direct")]),
    # After an inverted cue that ends the clause, a phrase opened by a determiner.
    ("The meeting went badly, said one source in the room.", [("speech", "one source", None, "say", "The meeting went badly", "indirect")]),
    ("“The rule is unlawful,” said the ruling.", [("speech", "the ruling", None, "say", "The rule is unlawful", "direct")]),
    # A role in apposition after a parenthesis, or after the sentence's subject before "and said".
    ("Rep. Jim Jordan (R-Ohio), an oversight panel member, said the plan had failed.",
     [("speech", "Rep. Jim Jordan (R-Ohio), an oversight panel member", "Jim Jordan", "say", "the plan had failed", "indirect")]),
    ("Donald Trump, her Republican opponent, bemoaned the unrest and said he thought drugs were a factor.",
     [("speech", "Donald Trump, her Republican opponent", "Donald Trump", "say", "he thought drugs were a factor", "indirect")]),
    # An aside is no role; "but has said" speaks for the subject.
    ("Hillary Clinton, like Obama, has praised the allies but has said she will keep the commitments.",
     [("speech", "Hillary Clinton", "Hillary Clinton", "say", "she will keep the commitments", "indirect")]),
    # Words of role that open the clause before a full name stay in the speaker.
    ("Republican presidential nominee Donald Trump said the system was rigged.",
     [("speech", "Republican presidential nominee Donald Trump", "Donald Trump", "say", "the system was rigged", "indirect")]),
    ("Yesterday Donald Trump said the system was rigged.", [("speech", "Donald Trump", "Donald Trump", "say", "the system was rigged", "indirect")]),
    ("It is a mine which Mr. Clarke says he is keeping open at a loss.",
     [("speech", "Mr. Clarke", "Clarke", "say", "he is keeping open at a loss", "indirect")]),
    # A participle with a quotation after another cue is a claim of its own, with that cue's speaker.
    ("“We cannot pay,” Trump said, adding later, “The alliance is costing us a fortune.”",
     [("speech", "Trump", "Trump", "say", "We cannot pay", "direct"),
      ("speech", "Trump", "Trump", "add", "The alliance is costing", "direct")]),
    # Content that a cue interrupts ends at the next stop; a participle after it is the speaker's act,
    # but a gerund that a verb follows is the clause's subject.
    ("The economy, she said, is weak, although officials disagree.",
     [("speech", "she", None, "say", "The economy, she said, is weak", "indirect")]),
    ("The plan failed, she said, referencing the audit.", [("speech", "she", None, "say", "The plan failed", "indirect")]),
    ("That transition was smooth, he said, replacing the chief would be much harder.",
     [("speech", "he", None, "say", "That transition was smooth, he said, replacing the chief would be much harder", "indirect")]),
    # ", and" opens a clause with its own subject, but not inside a quotation, and not ", and that".
    ("The fund announced it is lowering its forecast, and the downgrade is casting a shadow.",
     [("speech", "The fund", None, "announce", "it is lowering its forecast", "indirect")]),
    ("The senator said the plan was “bold, but far too costly.”",
     [("speech", "The senator", None, "say", "the plan was “bold, but far too costly.”", "mixed")]),
    ("The senator said the plan was costly, and that the vote would fail.",
     [("speech", "The senator", None, "say", "the plan was costly, and that the vote would fail", "indirect")]),
    ("She urges him to leave the car and repeatedly says the police are coming.",
     [("speech", "She", None, "urge", "him to leave the car", "indirect"),
      ("speech", "She", None, "say", "the police are coming", "indirect")]),
    # Two-word cues with a day inside, as a participle, or after "and has".
    ("Attorney General Roy Cooper called Friday for releasing the police videos.",
     [("speech", "Attorney General Roy Cooper", "Roy Cooper", "call for", "releasing the police videos", "indirect")]),
    ("Mr. Trump has attacked loopholes, and has called for eliminating the carried interest break.",
     [("speech", "Mr. Trump", "Trump", "call for", "eliminating the carried interest break", "indirect")]),
    ("NATO issued a report on Monday, calling for new bases in the east.",
     [("speech", "NATO", "NATO", "call for", "new bases in the east", "indirect")]),
    # A possessive's noun belongs to the subject.
    ("Scott's family has called on police to release the videos.",
     [("speech", "Scott's family", None, "call on", "police to release the videos", "indirect")]),
    # A subordinate clause's content ends where the main clause opens with a name and its verb.
    ("Though she called for new rules for the banks, Clinton stopped short of a ban.",
     [("speech", "she", None, "call for", "new rules for the banks", "indirect")]),
    # "called" reports a claim when it names its object and then what it is.
    ("Senator Ann Lee called the plan a disaster for the state.",
     [("speech", "Senator Ann Lee", "Ann Lee", "call", "the plan a disaster for the state", "indirect")]),
    ("He told an invited crowd at the Union League club that he wants peace with Russia.",
     [("speech", "He", None, "tell", "he wants peace with Russia", "indirect")]),
    # Groups that speak (data/org_heads.txt), with the words before their head noun.
    ("McConnell aides acknowledged that the talks had stalled.",
     [("speech", "McConnell aides", "McConnell aides", "acknowledge", "the talks had stalled", "indirect")]),
    ("The civic leaders demanded that the police release the video.",
     [("speech", "The civic leaders", None, "demand", "the police release the video", "indirect")]),
    ("Police are withholding the videos, according to attorneys for the family.",
     [("attribution", "attorneys for the family", None, "according to", "Police are withholding the videos", "indirect")]),
    ("The family's attorney, Justin Bamberg, said the videos show a calm man.",
     [("speech", "The family's attorney, Justin Bamberg", "Justin Bamberg", "say", "the videos show a calm man", "indirect")]),
    # A "that" followed by a verb is a relative: "that could supplement" opens no content.
    ("Other leaders proposed new drones and equipment that could supplement the forces.",
     [("speech", "Other leaders", None, "propose", "new drones and equipment that could", "indirect")]),
    # "as X said" sets off the clause that X said.
    ("The footage shows that he had no gun, as police have said.",
     [("speech", "police", None, "say", "The footage shows that he had no gun", "indirect")]),
    ("As the mayor said on Monday, the bridge will reopen in March.",
     [("speech", "the mayor", None, "say", "the bridge will reopen in March", "indirect")]),
    # A year between the speaker and the cue.
    ("It was Mitch Lane, who in 2010 said the party's goal was to win.",
     [("speech", "who", "Mitch Lane", "say", "the party's goal was to win", "indirect")]),
    # A trailing cue with a time and a participle after it; a dateline is not what was said.
    ("KYIV, Ukraine (AP) — The strikes hit two power plants, officials said Friday afternoon, adding that repairs had begun.",
     [("speech", "officials", None, "say", "The strikes hit two power plants", "indirect"),
      ("speech", "officials", None, "add", "repairs had begun", "indirect")]),
    # ''...'' opens reported content.
    ("The study also points out that ''the penalties are so light'' that firms ignore them.",
     [("speech", "The study", None, "point out", "''the penalties are so light''", "mixed")]),
    # A venue ends the content (data/venue_phrases.txt).
    ("Johnson did not identify the hackers in his remarks on Friday.",
     [("denial", "Johnson", "Johnson", "not identify", "the hackers", "indirect")]),
    # A singular verb after a plural head in lower case is not that phrase's cue.
    ("Speaker Paul Ryan said the spate of shootings and protests demands that Americans listen more.",
     [("speech", "Speaker Paul Ryan", "Paul Ryan", "say", "the spate of shootings and protests demands that Americans listen more", "indirect")]),
    # The progressive of a withheld verb is a non-answer.
    ("The attorney general is not saying whether the foundation broke any laws.",
     [("denial", "The attorney general", None, "not say", "whether the foundation broke any laws", "indirect")]),
    ("Donald Trump isn't saying much about his debate preparation.",
     [("denial", "Donald Trump", "Donald Trump", "not say", "much about his debate preparation", "indirect")]),
    # A document of a named owner at a clause start; "that" followed by a verb is the content's subject.
    ("However, Ivana Trump's brief said that was not her view.",
     [("attribution", "Ivana Trump", "Ivana Trump", "say", "that was not her view", "indirect")]),
    # "which" speaks for what it follows; its clause ends before the main clause's verb.
    ("The tax bill from the European Union, which contended that Ireland undertaxed the company, is a good example.",
     [("speech", "which", "European Union", "contend", "Ireland undertaxed the company", "indirect")]),
    # A sentence that opens with a participle names nobody with it: the subject follows the comma.
    ("Following an emergency meeting, the Security Council issued a statement calling the test “a clear violation.”",
     [("attribution", "the Security Council", "Security Council", "call", "the test “a clear violation.”", "mixed")]),
    # The subject after an opening phrase that holds commas of its own.
    ("Following a swiftly called, late-afternoon meeting, the Security Council issued a statement calling the test “a clear violation.”",
     [("attribution", "the Security Council", "Security Council", "call", "the test “a clear violation.”", "mixed")]),
    # "point to" takes the phrase after it (data/phrasal_cues.txt).
    ("The IMF pointed to the vote in Britain as an example of rising sentiment against trade.",
     [("speech", "The IMF", "IMF", "point to", "the vote in Britain as an example", "indirect")]),
    # Past "that", a phrase may open the content; a main clause after a subordinate one ends it.
    ("Fowler noted that at one of his first DNC meetings, in 1972, he backed the choice.",
     [("speech", "Fowler", "Fowler", "note", "at one of his first DNC meetings, in 1972, he backed the choice", "indirect")]),
    ("He noted that, like him, Mrs. Clinton had been pilloried in coal country.",
     [("speech", "He", None, "note", "like him, Mrs. Clinton had been pilloried in coal country", "indirect")]),
    ("When Clinton noted that Trump has not paid any federal income taxes, he interjected.",
     [("speech", "Clinton", "Clinton", "note", "Trump has not paid any federal income taxes", "indirect")]),
    # A denial's content ends at a venue; "that" before a short noun phrase is a determiner.
    ("Johnson did not identify a location in his remarks on Friday.",
     [("denial", "Johnson", "Johnson", "not identify", "a location", "indirect")]),
    ("Justice Frank Nervo rejected that argument in a ruling released Thursday.",
     [("denial", "Justice Frank Nervo", "Frank Nervo", "reject", "that argument", "indirect")]),
    # A participle after a cue that made no claim ("said as much") speaks for that cue's speaker.
    ("Robby Mook said as much in an interview on Thursday, arguing that Trump had lashed out at the generals.",
     [("speech", "Robby Mook", "Robby Mook", "argue", "Trump had lashed out at the generals", "indirect")]),
    # A source that is no name may hold a short form in parentheses.
    ("More than 100,000 people took part, according to the event organizer Alliance to Reclaim Our Schools (AROS).",
     [("attribution", "the event organizer Alliance to Reclaim Our Schools (AROS)", None, "according to", "More than 100,000 people took part", "indirect")]),
    # An aside set off by dashes: a role stays with the speaker, a clause of its own does not.
    ("Ann Kall -- co-editor of a book on the debates -- said the candidate liked to make announcements.",
     [("speech", "Ann Kall -- co-editor of a book on the debates", "Ann Kall", "say", "the candidate liked to make announcements", "indirect")]),
    ("Trump — even as he says his experience makes him qualified — has proposed little in the way of reform.",
     [("speech", "Trump", "Trump", "propose", "little in the way of reform", "indirect")]),
    # A group named with its complement before an appositive; a pronoun after "which".
    ("Officials at Homeland Security Investigations, a division of the agency, said they were concerned.",
     [("speech", "Officials at Homeland Security Investigations, a division of the agency", "Officials at Homeland Security Investigations", "say", "they were concerned", "indirect")]),
    ("The interview, in which he said he was skeptical of the evidence, is online.",
     [("speech", "he", None, "say", "he was skeptical of the evidence", "indirect")]),
    # No claim.
    ("The report is not confirmed by officials.", []),
    ("The mayor called a press conference on the bridge.", []),
    ("She called the police to the scene with a warning.", []),
    ("Twenty-seven states are challenging the rule.", []),
    ("The meeting went badly, said the old man as he left.", []),
    ("“We will stay,” said last week's report.", []),
    ("The candidates campaigned in the swing states of Ohio and Nevada.", []),
    ("Officials from the United States attended.", []),
    ("The mayor told reporters on Thursday.", []),
    ("He pressed for an end to the war while suggesting that Europe should pay more.", []),
    ("The figure was reported by The Washington Post.", []),
    ("He said nothing.", []),
    ("A man who goes by “Shorty” was arrested.", []),
    ("Among the reported targets were an oil refinery and a depot.", []),
    ("They read “War and Peace” at school.", []),
    ("The so-called “peace plan” was never published.", []),
    ("Sales rose in the north.", []),
    ("The ad, titled “Reckless,” features a Times report from the weekend.", []),
    ("“Face the Nation,” he said.", []),  # a title in quotes is not what he said
    ("She sang “A Change Is Gonna Come,” the crowd said.", []),
    ("Some state officials praised the work but gave him more time.", []),
    ("Swing state Ohio is nearly 3% Polish American.", []),
    ("Lee's claim that he won the vote is false.", []),  # after a possessive, "claim" is a noun
    ("In the wake of the Daily Ledger report, the senator changed course on taxes.", []),
    ("She went on to make a controversial comment that angered many voters.", []),
    ("Her blunt comment was an expression of frustration with the strategy.", []),
    ("“Peace plan” – the phrase is new.", []),  # after a possessive, "claim" is a noun
    ("Having said that, there are economists who argue that taxes should be low.", []),
    ("It's worth noting that this is the first time a nominee has refused.", []),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_claims(text: str, expected: list[tuple]) -> None:
    claims = [c for c in extract(text) if c.kind != "statement"]
    got = [
        (c.kind, c.speaker.text if c.speaker else None, c.speaker.name if c.speaker else None,
         c.cue.lemma if c.cue else None, c.content.text, c.quote)
        for c in claims
    ]
    assert [g[:4] + (g[5],) for g in got] == [e[:4] + (e[5],) for e in expected]
    for g, e in zip(got, expected):
        assert g[4].startswith(e[4]), (g[4], e[4])
    for c in claims:
        check_record(c.to_dict(), text)


DOCUMENT = (
    "German Defense Minister Boris Pistorius arrived in Kyiv on Tuesday. "
    "Pistorius told reporters that the visit was a message of support. "
    "He emphasized that Germany backs Ukraine. "
    "The Russian Defense Ministry alleged that 31 drones were launched. "
    "The ministry claimed all of them were shot down, and they warned that the attack would be answered."
)


@pytest.mark.parametrize(
    "text, content",
    [
        # A paragraph that leaves its quotation open goes on in the next, which opens with a quote mark.
        ("Zelenskyy said: “We will not give up.\n\n“We will rebuild every bridge.”\n\nThe talks resumed.",
         "We will not give up.\n\n“We will rebuild every bridge."),
        ("“We will not give up,” Zelenskyy said. “We will fight on.\n“And we will win.”\n\nThe talks resumed.",
         "We will not give up,” Zelenskyy said. “We will fight on.\n“And we will win."),
        # A closed quotation does not run on into the next paragraph.
        ("Zelenskyy said: “We will not give up.”\n\n“Nobody believes it,” a critic said.", "We will not give up."),
    ],
)
def test_a_quotation_of_several_paragraphs_is_one_claim(text: str, content: str) -> None:
    first = next(c for c in extract(text) if c.kind == "speech")
    assert (first.speaker.name, first.content.text) == ("Zelenskyy", content)
    check_record(first.to_dict(), text)


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
        ("Police are seeking Kevin Kopp, who said he was innocent.", ("who", "Kevin Kopp", "pronoun")),
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
    "text",
    [
        "Chastened by the polls, Lee revised his plan, promising to focus on workers.",
        "Once in my twenties, I laughed and said, “I don’t believe in luck.”",
    ],
)
def test_an_opening_word_is_no_subject(text: str) -> None:
    """A participle or adverb that opens the sentence is not who speaks for "and said" or ", promising"."""
    assert all(c.speaker.text not in {"Chastened", "Once"} for c in extract(text) if c.speaker)


def test_nothing_carries_across_documents() -> None:
    extract(DOCUMENT)
    (claim,) = [c for c in extract("He said that the plan had failed.") if c.speaker]
    assert claim.speaker.name is None


def test_unattributed_sentence_with_a_number_is_a_statement() -> None:
    (claim,) = extract("Ukraine has over 100 brigades at the front.")
    assert (claim.kind, claim.speaker, claim.cue, claim.quote) == ("statement", None, None, "none")
    assert [q.text for q in claim.quantities] == ["over 100 brigades"]


def test_a_sentence_whose_only_cue_has_no_speaker_keeps_its_numbers() -> None:
    (claim,) = extract("The talks ended early, noting that 31 drones were shot down on Tuesday.", "d", "2025-01-14")
    assert claim.kind == "statement"
    assert [q.text for q in claim.quantities] == ["31 drones"] and [d.text for d in claim.dates] == ["Tuesday"]
