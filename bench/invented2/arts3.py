# articles 11-20
T = """BELO HORIZONTE, Brazil, Sept 30 (Reuters) - Brazilian iron ore miner Serra Dourada Mineracao SA on Wednesday denied a newspaper report that inspectors had found cracks in one of its tailings dams in Minas Gerais state, saying the structure was stable and had passed its latest audit in August.

Newspaper Folha de S.Paulo reported earlier on Wednesday, citing two officials at the National Mining Agency (ANM), that inspectors had recorded "significant cracking" on the crest of the Corrego Fundo dam near the town of Itabirito and had ordered the company to lower the water level.

In a securities filing, Serra Dourada said the information was "incorrect" and that no order had been issued by the regulator. "The Corrego Fundo structure is monitored around the clock by 140 sensors, and none has registered an anomaly," the company said.

The ANM said in a short note that an inspection had taken place on Sept. 22 and that its technical report would be published "in the coming days." An ANM press officer declined to answer questions about the findings.

Shares in Serra Dourada fell as much as 7.4% in Sao Paulo before paring losses to close down 3.1%.

Itabirito Mayor Joao Carlos Pereira told local radio station Itatiaia that the city had not been notified of any risk, but that civil defence teams had reviewed evacuation routes as a precaution. "After Brumadinho, nobody here takes a rumour lightly," he said.

The 2019 collapse of a dam owned by Vale SA at Brumadinho killed 270 people.

Environmental prosecutor Beatriz Pereira, of the Minas Gerais state prosecutor's office, said she had requested a copy of the inspection report. She told Reuters her office would seek a court order to halt operations if the cracks were confirmed.

A person with knowledge of the company's operations, who spoke on condition of anonymity, said engineers had found "surface fissures" during routine maintenance in September but that they had been repaired.

Serra Dourada's investor relations department did not respond to a request for comment on that account.

(Reporting by Marta Nogueira; Editing by Leslie Adler)"""
art("inv2-11-belo-horizonte-dam-denial", "2026-09-30", T, [
    Q("Brazilian iron ore miner Serra Dourada Mineracao SA"[25:], "denied",
      "inspectors had found cracks in one of its tailings dams in Minas Gerais state",
      "Serra Dourada Mineracao SA", "Brazilian iron ore miner", "denial"),
    Q("Brazilian iron ore miner Serra Dourada Mineracao SA"[25:], ("saying", "state, saying"),
      "the structure was stable and had passed its latest audit in August",
      "Serra Dourada Mineracao SA", "Brazilian iron ore miner", "denial"),
    Q("two officials at the National Mining Agency (ANM)", "citing",
      "inspectors had recorded \"significant cracking\" on the crest of the Corrego Fundo dam near the town of Itabirito and had ordered the company to lower the water level",
      None, "officials at the National Mining Agency", "speech", "Folha de S.Paulo"),
    Q(("Serra Dourada", "filing, Serra Dourada said"), ("said", "filing, Serra Dourada said"),
      ["the information was \"incorrect\"", "no order had been issued by the regulator"],
      "Serra Dourada Mineracao SA", None, "denial"),
    Q(("the company", "the company said"), ("said", "the company said"),
      "The Corrego Fundo structure is monitored around the clock by 140 sensors, and none has registered an anomaly,",
      "Serra Dourada Mineracao SA", None, "denial"),
    Q("The ANM", ("said", "The ANM said"),
      ["an inspection had taken place on Sept. 22", "its technical report would be published \"in the coming days.\""],
      "National Mining Agency", None, "speech"),
    Q("An ANM press officer", "declined to answer",
      "declined to answer questions about the findings", None, "ANM press officer", "no_comment"),
    Q("Joao Carlos Pereira", ("told", "Pereira told"),
      "the city had not been notified of any risk, but that civil defence teams had reviewed evacuation routes as a precaution",
      "Joao Carlos Pereira", "Itabirito Mayor", "speech", "Itatiaia"),
    Q(("he", "lightly,\" he said"), ("said", "lightly,\" he said"),
      "After Brumadinho, nobody here takes a rumour lightly,",
      "Joao Carlos Pereira", "Itabirito Mayor", "speech"),
    Q("Beatriz Pereira", ("said", "office, said"),
      "she had requested a copy of the inspection report",
      "Beatriz Pereira", "Environmental prosecutor", "speech"),
    Q(("She", "She told Reuters"), ("told", "She told Reuters"),
      "her office would seek a court order to halt operations if the cracks were confirmed",
      "Beatriz Pereira", "Environmental prosecutor", "speech", "Reuters"),
    Q("A person with knowledge of the company's operations", ("said", "anonymity, said"),
      "engineers had found \"surface fissures\" during routine maintenance in September but that they had been repaired",
      None, "person with knowledge of the company's operations", "speech"),
    Q("Serra Dourada's investor relations department", "did not respond",
      "did not respond to a request for comment on that account",
      "Serra Dourada Mineracao SA", "investor relations department", "no_comment"),
])

T = """JAKARTA (Antara) - Indonesia's Centre for Volcanology and Geological Hazard Mitigation (PVMBG) on Saturday raised the alert status of Mount Lewotolok in East Nusa Tenggara to the second-highest level, after a series of eruptions sent ash columns up to 1,500 metres above the summit.

PVMBG head Hendra Wibisono said residents and tourists should stay at least four kilometres from the crater. "Seismic activity has increased sharply over the past 48 hours, and we cannot rule out a larger eruption," he told Antara in Bandung.

The local disaster mitigation agency (BPBD) of Lembata district said about 2,300 people from six villages on the volcano's eastern slopes had been moved to temporary shelters. BPBD chief Yosef Making said the agency had enough tents and food for two weeks but needed more masks.

Messages shared widely on WhatsApp on Friday warned that the volcano would "explode within hours" and urged residents of Lewoleba town to flee by boat. Hendra dismissed the messages as a hoax. "No one can predict an eruption to the hour. Please only follow information from official channels," he said.

The Ministry of Communication and Digital Affairs said it had identified the messages as false and labelled them on its hoax-monitoring website.

According to the Transportation Ministry, Wunopito airport in Lewoleba remained open, although two flights by a regional carrier were cancelled on Saturday as a precaution. A spokesperson for the carrier, Wings Air, said flights would resume once the ash cloud moved away from the flight path.

Villager Maria Goreti Lamanepa, 61, said her family had left their home in Jontona with only their clothes. "We heard the thunder from the mountain at night and the children were crying," she said, speaking at a shelter.

Lembata district head Thomas Ola Langoday told reporters that schools near the volcano would be closed until further notice.

Lewotolok, one of about 127 active volcanoes in Indonesia, last erupted significantly in late 2020, forcing thousands to flee, according to PVMBG records."""
art("inv2-12-jakarta-volcano-alert", "2026-11-21", T, [
    Q("Hendra Wibisono", ("said", "Wibisono said"),
      "residents and tourists should stay at least four kilometres from the crater",
      "Hendra Wibisono", "PVMBG head", "speech"),
    Q(("he", "he told Antara"), ("told", "he told Antara"),
      "Seismic activity has increased sharply over the past 48 hours, and we cannot rule out a larger eruption,",
      "Hendra Wibisono", "PVMBG head", "speech", "Antara"),
    Q("The local disaster mitigation agency (BPBD) of Lembata district", ("said", "district said"),
      "about 2,300 people from six villages on the volcano's eastern slopes had been moved to temporary shelters",
      "Lembata district disaster mitigation agency", None, "speech"),
    Q("Yosef Making", ("said", "Making said"),
      "the agency had enough tents and food for two weeks but needed more masks",
      "Yosef Making", "BPBD chief", "speech"),
    Q("Messages shared widely on WhatsApp on Friday", "warned",
      "the volcano would \"explode within hours\"", None, "messages shared on WhatsApp", "speech"),
    Q(("Hendra", "Hendra dismissed"), "dismissed", ("the messages", "dismissed the messages"),
      "Hendra Wibisono", "PVMBG head", "denial"),
    Q(("he", "channels,\" he said"), ("said", "channels,\" he said"),
      "No one can predict an eruption to the hour. Please only follow information from official channels,",
      "Hendra Wibisono", "PVMBG head", "denial"),
    Q("The Ministry of Communication and Digital Affairs", ("said", "Affairs said"),
      "it had identified the messages as false and labelled them on its hoax-monitoring website",
      "Ministry of Communication and Digital Affairs", None, "denial"),
    Q("the Transportation Ministry", "According to",
      "Wunopito airport in Lewoleba remained open, although two flights by a regional carrier were cancelled on Saturday as a precaution",
      "Transportation Ministry", None, "attribution"),
    Q("A spokesperson for the carrier, Wings Air", ("said", "Air, said"),
      "flights would resume once the ash cloud moved away from the flight path",
      None, "spokesperson for Wings Air", "speech"),
    Q("Maria Goreti Lamanepa", ("said", "61, said"),
      "her family had left their home in Jontona with only their clothes",
      "Maria Goreti Lamanepa", "Villager", "speech"),
    Q(("she", "crying,\" she said"), ("said", "crying,\" she said"),
      "We heard the thunder from the mountain at night and the children were crying,",
      "Maria Goreti Lamanepa", "Villager", "speech"),
    Q("Thomas Ola Langoday", ("told", "Langoday told"),
      "schools near the volcano would be closed until further notice",
      "Thomas Ola Langoday", "Lembata district head", "speech"),
    Q("PVMBG records", ("according to", "according to PVMBG records"),
      "Lewotolok, one of about 127 active volcanoes in Indonesia, last erupted significantly in late 2020, forcing thousands to flee",
      "Centre for Volcanology and Geological Hazard Mitigation", "PVMBG records", "attribution"),
])

T = """DUBLIN - Shamrock Rovers manager Colm Brady has insisted he has "no interest" in the vacant Scotland Under-21 job, brushing off reports linking him with the post as "newspaper talk" ahead of Friday's FAI Cup final.

Speaking at the club's training ground in Roadstone, Brady said his only focus was on beating Derry City at the Aviva Stadium. "I've a contract here, I've a final to win and I've a squad that's given me everything. That's where my head is," the 44-year-old told reporters.

The Scottish Daily Record reported on Monday that Brady had held informal talks with the Scottish Football Association (SFA) last week. The SFA declined to comment on what it described as "speculation."

Brady did concede that his captain, Sean Keogh, faces a late fitness test on a hamstring problem. "Sean trained lightly this morning. We'll give him every chance, but I won't risk him if he's not right," he said.

Club chairman Niall Brady - no relation - told RTE Sport that the board had not received any approach for the manager. "If someone rings, we'll talk to Colm first. Nobody has rung," he said.

Derry boss Martin Doherty, speaking at his own press conference in the Brandywell, said his players were "hungry" after losing last year's final on penalties. He said winger Aaron McDaid had recovered from a knee injury and would travel with the squad.

Rovers have not won the cup since 2019, while Derry are seeking a second trophy in three seasons. According to the FAI, around 38,000 tickets have been sold for the final.

Keogh himself was upbeat. Asked whether he would play, the defender grinned and said: "Try and stop me."

A spokesperson for Derry City said the club would not be commenting on claims by a supporters' group that ticket allocations for away fans had been cut. The Derry City Supporters' Trust had said on social media that the club had received 2,000 fewer tickets than Rovers.

Kick-off is at 3pm."""
art("inv2-13-dublin-cup-final-presser", "2026-11-04", T, [
    Q("Colm Brady", "insisted",
      "he has \"no interest\" in the vacant Scotland Under-21 job",
      "Colm Brady", "Shamrock Rovers manager", "denial"),
    Q("Colm Brady", "brushing off",
      "reports linking him with the post", "Colm Brady", "Shamrock Rovers manager", "denial"),
    Q(("Brady", "Roadstone, Brady said"), ("said", "Roadstone, Brady said"),
      "his only focus was on beating Derry City at the Aviva Stadium",
      "Colm Brady", "Shamrock Rovers manager", "speech"),
    Q("the 44-year-old", ("told", "44-year-old told"),
      "I've a contract here, I've a final to win and I've a squad that's given me everything. That's where my head is,",
      "Colm Brady", "Shamrock Rovers manager", "denial"),
    Q("The Scottish Daily Record", "reported",
      "Brady had held informal talks with the Scottish Football Association (SFA) last week",
      "Scottish Daily Record", None, "speech"),
    Q("The SFA", "declined to comment",
      "declined to comment on what it described as \"speculation.\"",
      "Scottish Football Association", None, "no_comment"),
    Q(("Brady", "Brady did concede"), "concede",
      "his captain, Sean Keogh, faces a late fitness test on a hamstring problem",
      "Colm Brady", "Shamrock Rovers manager", "speech"),
    Q(("he", "right,\" he said"), ("said", "right,\" he said"),
      "Sean trained lightly this morning. We'll give him every chance, but I won't risk him if he's not right,",
      "Colm Brady", "Shamrock Rovers manager", "speech"),
    Q("Niall Brady", ("told", "told RTE Sport"),
      "the board had not received any approach for the manager",
      "Niall Brady", "Club chairman", "denial", "RTE Sport"),
    Q(("he", "rung,\" he said"), ("said", "rung,\" he said"),
      "If someone rings, we'll talk to Colm first. Nobody has rung,",
      "Niall Brady", "Club chairman", "denial"),
    Q("Martin Doherty", ("said", "Brandywell, said"),
      "his players were \"hungry\" after losing last year's final on penalties",
      "Martin Doherty", "Derry boss", "speech"),
    Q(("He", "He said winger"), ("said", "He said winger"),
      "winger Aaron McDaid had recovered from a knee injury and would travel with the squad",
      "Martin Doherty", "Derry boss", "speech"),
    Q("the FAI", "According to",
      "around 38,000 tickets have been sold for the final", "FAI", None, "attribution"),
    Q("the defender", ("said", "grinned and said"), "Try and stop me.",
      "Sean Keogh", "captain", "speech"),
    Q("A spokesperson for Derry City", ("said", "City said the club"),
      "the club would not be commenting on claims by a supporters' group that ticket allocations for away fans had been cut",
      None, "spokesperson for Derry City", "no_comment"),
    Q("The Derry City Supporters' Trust", "had said",
      "the club had received 2,000 fewer tickets than Rovers",
      "Derry City Supporters' Trust", None, "speech"),
])

T = """MOMBASA - The Kenya Ports Authority (KPA) has dismissed as "false and malicious" claims that it awarded a Sh4.2 billion tender for new cargo-handling cranes to a firm linked to a senior government official without competitive bidding.

In a statement on Sunday, KPA Managing Director Eng. Abdallah Mwinyi said the tender had been advertised in national newspapers in March and had attracted eleven bids. "The process was open, it was evaluated by an independent committee, and the results are available to anyone who asks," Mwinyi said.

The allegations were first made by Mvita MP Hassan Omar Juma, who told a press conference in Mombasa on Friday that the winning bidder, Coastline Heavy Equipment Ltd, had been registered only six weeks before the tender closed. Juma said he would ask Parliament's Public Investments Committee to summon the authority's board.

Coastline Heavy Equipment's director, Rajesh Varma, told The Standard that the company was a subsidiary of an Indian crane maker with 30 years of experience. "We are not a briefcase company. Our parent has supplied cranes to ports from Chennai to Durban," he said.

Documents seen by this newspaper show that Coastline was registered in Kenya in February. The firm's Indian parent could not be reached for comment.

A KPA board member, who spoke on condition of anonymity because the board had not yet met to discuss the matter, said some members had raised questions about the evaluation before the award. "Not everyone was comfortable," the board member said.

Dock Workers Union secretary-general Simon Sang said the union supported the purchase of new cranes, which he said were badly needed. He said the controversy should not be allowed to delay the project.

The Ethics and Anti-Corruption Commission said it had received a complaint and was reviewing it. An EACC spokesperson declined to give further details.

According to KPA figures, the port handled 41 million tonnes of cargo last year, up 6 per cent.

The Transport Cabinet Secretary did not respond to calls and text messages."""
art("inv2-14-mombasa-port-tender", "2026-10-12", T, [
    Q("The Kenya Ports Authority (KPA)", "dismissed",
      "it awarded a Sh4.2 billion tender for new cargo-handling cranes to a firm linked to a senior government official without competitive bidding",
      "Kenya Ports Authority", None, "denial"),
    Q("Abdallah Mwinyi", ("said", "Mwinyi said the tender"),
      "the tender had been advertised in national newspapers in March and had attracted eleven bids",
      "Abdallah Mwinyi", "KPA Managing Director", "denial"),
    Q(("Mwinyi", "Mwinyi said.\n"), ("said", "Mwinyi said.\n"),
      "The process was open, it was evaluated by an independent committee, and the results are available to anyone who asks,",
      "Abdallah Mwinyi", "KPA Managing Director", "denial"),
    Q("Hassan Omar Juma", ("told", "Juma, who told a press"),
      "the winning bidder, Coastline Heavy Equipment Ltd, had been registered only six weeks before the tender closed",
      "Hassan Omar Juma", "Mvita MP", "speech"),
    Q(("Juma", "Juma said he would"), ("said", "Juma said he would"),
      "he would ask Parliament's Public Investments Committee to summon the authority's board",
      "Hassan Omar Juma", "Mvita MP", "speech"),
    Q("Rajesh Varma", ("told", "told The Standard"),
      "the company was a subsidiary of an Indian crane maker with 30 years of experience",
      "Rajesh Varma", "Coastline Heavy Equipment's director", "denial", "The Standard"),
    Q(("he", "Durban,\" he said"), ("said", "Durban,\" he said"),
      "We are not a briefcase company. Our parent has supplied cranes to ports from Chennai to Durban,",
      "Rajesh Varma", "Coastline Heavy Equipment's director", "denial"),
    Q("Documents seen by this newspaper", "show",
      "Coastline was registered in Kenya in February", None, "documents", "attribution"),
    Q("The firm's Indian parent", "could not be reached",
      "could not be reached for comment", None, "Coastline's Indian parent company", "no_comment"),
    Q("A KPA board member", ("said", "matter, said"),
      "some members had raised questions about the evaluation before the award",
      None, "KPA board member", "speech"),
    Q("the board member", ("said", "the board member said"), "Not everyone was comfortable,",
      None, "KPA board member", "speech"),
    Q("Simon Sang", ("said", "Sang said"),
      "the union supported the purchase of new cranes",
      "Simon Sang", "Dock Workers Union secretary-general", "speech"),
    Q(("he", "which he said"), ("said", "which he said"),
      "were badly needed", "Simon Sang", "Dock Workers Union secretary-general", "speech"),
    Q(("He", "He said the controversy"), ("said", "He said the controversy"),
      "the controversy should not be allowed to delay the project",
      "Simon Sang", "Dock Workers Union secretary-general", "speech"),
    Q("The Ethics and Anti-Corruption Commission", ("said", "Commission said"),
      "it had received a complaint and was reviewing it",
      "Ethics and Anti-Corruption Commission", None, "speech"),
    Q("An EACC spokesperson", "declined to give",
      "declined to give further details", None, "EACC spokesperson", "no_comment"),
    Q("KPA figures", "According to",
      "the port handled 41 million tonnes of cargo last year, up 6 per cent",
      "Kenya Ports Authority", "KPA figures", "attribution"),
    Q("The Transport Cabinet Secretary", "did not respond",
      "did not respond to calls and text messages", None, "Transport Cabinet Secretary", "no_comment"),
])

T = """KARACHI - K-Power Electric Supply Company on Thursday rejected reports that it would extend load-shedding to 12 hours a day in several low-income neighbourhoods of the city, describing them as "baseless propaganda."

A company spokesperson, Ayesha Siddiqui, said in a statement that load-shedding schedules were based on the level of losses and bill recovery in each feeder area and had not been changed this month. "Areas where consumers pay their bills and do not steal electricity face little or no load-shedding, and that policy stands," the statement said.

The reports began circulating after an unnamed K-Power engineer told the Urdu-language channel Roshni News on Wednesday night that the company was planning longer outages in Lyari, Orangi Town and Korangi.

Sindh Energy Minister Nasir Hussain Siddiqui, who is not related to the spokesperson, told the provincial assembly that the government had written to the company asking for its feeder-wise schedule. "The people of Karachi cannot be punished collectively for the theft of a few," he said.

Residents of Orangi Town said they were already facing outages of up to 10 hours. "We sleep on the roof because the fans stop at midnight," said Muhammad Aslam, a rickshaw driver.

The National Electric Power Regulatory Authority (NEPRA) said it would hold a public hearing on the complaints on December 15. A NEPRA official, speaking on condition of anonymity, said the regulator had received more than 900 written complaints about Karachi load-shedding since October.

Energy analyst Farah Qazi of the Lahore-based Institute for Policy Reforms said the dispute reflected a deeper problem. "The utility is losing about a fifth of the power it buys, and the government keeps promising relief it cannot pay for," she said.

According to the company's most recent annual report, transmission and distribution losses stood at 15.3 per cent.

K-Power's chief executive, Tariq Mahmood, declined to comment when contacted by this newspaper. The engineer interviewed on television could not be identified."""
art("inv2-15-karachi-power-denial", "2026-11-19", T, [
    Q("K-Power Electric Supply Company", "rejected",
      "it would extend load-shedding to 12 hours a day in several low-income neighbourhoods of the city",
      "K-Power Electric Supply Company", None, "denial"),
    Q("K-Power Electric Supply Company", "describing",
      "baseless propaganda.", "K-Power Electric Supply Company", None, "denial"),
    Q("Ayesha Siddiqui", ("said", "Siddiqui, said"),
      "load-shedding schedules were based on the level of losses and bill recovery in each feeder area and had not been changed this month",
      "Ayesha Siddiqui", "company spokesperson", "denial"),
    Q("the statement", ("said", "the statement said"),
      "Areas where consumers pay their bills and do not steal electricity face little or no load-shedding, and that policy stands,",
      "K-Power Electric Supply Company", None, "denial"),
    Q("an unnamed K-Power engineer", ("told", "engineer told"),
      "the company was planning longer outages in Lyari, Orangi Town and Korangi",
      None, "unnamed K-Power engineer", "speech", "Roshni News"),
    Q("Nasir Hussain Siddiqui", ("told", "told the provincial"),
      "the government had written to the company asking for its feeder-wise schedule",
      "Nasir Hussain Siddiqui", "Sindh Energy Minister", "speech"),
    Q(("he", "few,\" he said"), ("said", "few,\" he said"),
      "The people of Karachi cannot be punished collectively for the theft of a few,",
      "Nasir Hussain Siddiqui", "Sindh Energy Minister", "speech"),
    Q("Residents of Orangi Town", ("said", "Town said"),
      "they were already facing outages of up to 10 hours", None, "residents of Orangi Town", "speech"),
    Q("Muhammad Aslam", ("said", "said Muhammad"),
      "We sleep on the roof because the fans stop at midnight,",
      "Muhammad Aslam", "rickshaw driver", "speech"),
    Q("The National Electric Power Regulatory Authority (NEPRA)", ("said", "(NEPRA) said"),
      "it would hold a public hearing on the complaints on December 15",
      "National Electric Power Regulatory Authority", None, "speech"),
    Q("A NEPRA official", ("said", "anonymity, said"),
      "the regulator had received more than 900 written complaints about Karachi load-shedding since October",
      None, "NEPRA official", "speech"),
    Q("Farah Qazi", ("said", "Reforms said"),
      "the dispute reflected a deeper problem",
      "Farah Qazi", "Energy analyst", "speech"),
    Q(("she", "for,\" she said"), ("said", "for,\" she said"),
      "The utility is losing about a fifth of the power it buys, and the government keeps promising relief it cannot pay for,",
      "Farah Qazi", "Energy analyst", "speech"),
    Q("the company's most recent annual report", "According to",
      "transmission and distribution losses stood at 15.3 per cent",
      "K-Power Electric Supply Company", "annual report", "attribution"),
    Q("Tariq Mahmood", "declined to comment",
      "declined to comment when contacted by this newspaper",
      "Tariq Mahmood", "K-Power's chief executive", "no_comment"),
])
