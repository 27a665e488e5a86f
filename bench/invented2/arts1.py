# articles 1-10
T = """CAIRO, Nov 17 (Reuters) - Egypt's Ministry of Supply and Internal Trade on Tuesday rejected as "baseless" a newspaper report that it planned to cut the number of subsidised bread loaves available to each ration-card holder from January.

The ministry said in a statement that the daily allowance of five loaves per person remained unchanged and was not under review, and warned that it would take legal action against outlets that spread false information.

The report, published on Monday by the independent news website Al-Manassa Today, said, citing two officials at the ministry, that the allowance would be reduced to three loaves in a bid to save about 8 billion Egyptian pounds a year.

Ministry spokesman Karim Fathallah told the state-run Middle East News Agency (MENA) that no such decision had been discussed by the cabinet. "Bread is a red line for this government," he said. "Anyone who says otherwise is either mistaken or trying to create panic."

Egypt, one of the world's largest wheat importers, has been under pressure to rein in spending under a loan programme with the International Monetary Fund (IMF).

An IMF spokesperson declined to comment on the report.

A senior government official, who asked not to be named because he was not authorised to speak publicly, told Reuters the cabinet had discussed ways to remove ineligible households from the ration system, but not a cut to the allowance itself. "Nobody is touching the five loaves," the official said.

Al-Manassa Today's editor-in-chief, Nadia Sorour, said the website stood by its reporting and would publish a follow-up. She said the ministry had not contacted the outlet before issuing its statement.

Bakeries in Giza visited by Reuters on Tuesday were crowded. "People heard the news and came early to buy," said Mahmoud Ezzat, a 54-year-old baker. "Then the denial came, and now they do not know who to believe."

Prices of unsubsidised bread have risen by around 40% over the past year, according to the state statistics agency CAPMAS.

(Reporting by Omar Fahmy; Editing by Sarah Halim)"""
art("inv2-01-cairo-ministry-denial", "2026-11-17", T, [
    Q("Egypt's Ministry of Supply and Internal Trade", "rejected",
      "it planned to cut the number of subsidised bread loaves available to each ration-card holder from January",
      "Ministry of Supply and Internal Trade", None, "denial"),
    Q(("The ministry", "The ministry said in a statement"), ("said", "The ministry said in a statement"),
      "the daily allowance of five loaves per person remained unchanged and was not under review",
      "Ministry of Supply and Internal Trade", None, "denial"),
    Q(("The ministry", "The ministry said in a statement"), "warned",
      "it would take legal action against outlets that spread false information",
      "Ministry of Supply and Internal Trade", None, "speech"),
    Q("two officials at the ministry", "citing",
      "the allowance would be reduced to three loaves in a bid to save about 8 billion Egyptian pounds a year",
      None, "officials at the ministry", "speech", "Al-Manassa Today"),
    Q("Karim Fathallah", ("told", "Fathallah told"), "no such decision had been discussed by the cabinet",
      "Karim Fathallah", "Ministry spokesman", "denial", "Middle East News Agency"),
    Q(("he", "he said. \"Anyone"), ("said", "he said. \"Anyone"),
      ["Bread is a red line for this government,", "Anyone who says otherwise is either mistaken or trying to create panic."],
      "Karim Fathallah", "Ministry spokesman", "denial"),
    Q("An IMF spokesperson", "declined to comment", "declined to comment on the report",
      None, "IMF spokesperson", "no_comment"),
    Q("A senior government official", ("told", "told Reuters the cabinet"),
      "the cabinet had discussed ways to remove ineligible households from the ration system, but not a cut to the allowance itself",
      None, "senior government official", "speech", "Reuters"),
    Q("the official", ("said", "the official said"), "Nobody is touching the five loaves,",
      None, "senior government official", "denial"),
    Q("Nadia Sorour", ("said", "Sorour, said"), "the website stood by its reporting and would publish a follow-up",
      "Nadia Sorour", "Al-Manassa Today's editor-in-chief", "speech"),
    Q(("She", "She said the ministry"), ("said", "She said the ministry"),
      "the ministry had not contacted the outlet before issuing its statement",
      "Nadia Sorour", "Al-Manassa Today's editor-in-chief", "speech"),
    Q("Mahmoud Ezzat", ("said", "said Mahmoud"),
      ["People heard the news and came early to buy,", "Then the denial came, and now they do not know who to believe."],
      "Mahmoud Ezzat", "a 54-year-old baker", "speech"),
    Q("the state statistics agency CAPMAS", "according to",
      "Prices of unsubsidised bread have risen by around 40% over the past year",
      "CAPMAS", "state statistics agency", "attribution"),
])

T = """MEDELLIN, Colombia - The Valle de Aburra metropolitan council voted late on Wednesday to freeze metro and cable-car fares for 2027, overruling a recommendation by the transit operator that prices rise by 9% to cover higher energy costs.

Councillor Luz Marina Ospina, who tabled the motion, said working families in the hillside comunas could not absorb another increase after two years of rising food prices. "For a cleaner in Santo Domingo, the metro is not a luxury. It is how she gets to work," Ospina told the chamber.

The operator, Metro de Aburra SA, had argued in a technical report submitted last month that a freeze would leave a gap of around 140 billion pesos in its budget.

Its general manager, Andres Felipe Restrepo, said after the vote that the company would respect the council's decision but warned that maintenance of the older trains could be delayed. "We will not compromise safety, but something will have to give," Restrepo said in a radio interview with Caracol Radio.

Councillor Jorge Ospina - no relation to the motion's sponsor - voted against the freeze. He said the council was "making promises with money it does not have" and called for the national government to share the cost.

A spokeswoman for the Ministry of Transport in Bogota said the ministry had received no formal request for additional funding from the city.

The mayor's press office on Thursday dismissed as fake messages circulating on social media that claimed the mayor would veto the decision. It said Mayor Camila Urrego supported the freeze.

Urrego herself could not be reached for comment on Thursday.

According to figures from the operator, the network carries about 1.3 million passengers on an average weekday. A survey by the Universidad de Antioquia published in October found that transport accounts for nearly a fifth of household spending in the poorest districts.

Passenger groups welcomed the vote. Paula Giraldo, who leads the riders' association Usuarios Metro, said the next fight would be over the frequency of buses on feeder routes."""
art("inv2-02-medellin-metro-fares", "2026-11-26", T, [
    Q("Councillor Luz Marina Ospina"[11:], ("said", "motion, said"),
      "working families in the hillside comunas could not absorb another increase after two years of rising food prices",
      "Luz Marina Ospina", "Councillor", "speech"),
    Q(("Ospina", "Ospina told the chamber"), ("told", "Ospina told the chamber"),
      "For a cleaner in Santo Domingo, the metro is not a luxury. It is how she gets to work,",
      "Luz Marina Ospina", "Councillor", "speech"),
    Q("The operator, Metro de Aburra SA", "had argued",
      "a freeze would leave a gap of around 140 billion pesos in its budget",
      "Metro de Aburra SA", "transit operator", "speech"),
    Q("Andres Felipe Restrepo", ("said", "Restrepo, said"),
      "the company would respect the council's decision",
      "Andres Felipe Restrepo", "general manager of Metro de Aburra SA", "speech"),
    Q("Andres Felipe Restrepo", "warned",
      "maintenance of the older trains could be delayed",
      "Andres Felipe Restrepo", "general manager of Metro de Aburra SA", "speech"),
    Q(("Restrepo", "Restrepo said in a radio"), ("said", "Restrepo said in a radio"),
      "We will not compromise safety, but something will have to give,",
      "Andres Felipe Restrepo", "general manager", "speech", "Caracol Radio"),
    Q(("He", "He said the council"), ("said", "He said the council"),
      "the council was \"making promises with money it does not have\"",
      "Jorge Ospina", "Councillor", "speech"),
    Q(("He", "He said the council"), "called for",
      "the national government to share the cost",
      "Jorge Ospina", "Councillor", "speech"),
    Q("A spokeswoman for the Ministry of Transport in Bogota", ("said", "Bogota said"),
      "the ministry had received no formal request for additional funding from the city",
      None, "spokeswoman for the Ministry of Transport", "speech"),
    Q("The mayor's press office", "dismissed",
      "the mayor would veto the decision", "mayor's press office", None, "denial"),
    Q(("It", "It said Mayor"), ("said", "It said Mayor"),
      "Mayor Camila Urrego supported the freeze", "mayor's press office", None, "denial"),
    Q(("Urrego", "Urrego herself"), "could not be reached", "could not be reached for comment on Thursday",
      "Camila Urrego", "Mayor", "no_comment"),
    Q("the operator", ("According to", "According to figures from the operator"),
      "the network carries about 1.3 million passengers on an average weekday",
      "Metro de Aburra SA", "operator", "attribution"),
    Q("A survey by the Universidad de Antioquia", "found",
      "transport accounts for nearly a fifth of household spending in the poorest districts",
      "Universidad de Antioquia", None, "attribution"),
    Q("Paula Giraldo", ("said", "Metro, said"),
      "the next fight would be over the frequency of buses on feeder routes",
      "Paula Giraldo", "leads the riders' association Usuarios Metro", "speech"),
])

T = """TOKYO, Nov 12 (Kyodo) - Hanazono Electric Industries Co. on Thursday cut its full-year profit forecast by nearly a third, blaming weak demand for its industrial sensors in China and the cost of a product recall in North America.

The Osaka-based company now expects net profit of 41 billion yen for the year ending March 2027, down from its earlier projection of 60 billion yen. Sales are forecast at 980 billion yen.

"The slowdown in Chinese factory investment has lasted longer than we assumed in May," President Kenji Morimoto told a news conference in Osaka. "We do not expect a recovery before the second half of next year."

Morimoto said the company would postpone construction of a new plant in Shiga Prefecture, but denied a report in the Nikkei business daily earlier this week that it was considering selling its home appliance unit. "That is not true. The appliance business remains part of our future," he said.

The Nikkei had reported, citing people familiar with the matter, that Hanazono had approached two Chinese manufacturers about a possible sale of the division, which employs about 6,000 people.

Chief Financial Officer Yuko Morimoto, who is not related to the president, said the recall of about 220,000 smart thermostats in the United States and Canada would cost around 9 billion yen. She said the company had set aside provisions in the July-September quarter.

Hanazono shares fell 6.2% in Tokyo after the announcement, according to exchange data.

Analysts said the cut was larger than expected. Takeshi Arai, a senior analyst at Mizuno Securities, said investors would want clearer evidence that the recall costs were contained. "The company has given a number, but not a timeline," he said.

A spokesman for the U.S. Consumer Product Safety Commission said the agency was continuing to review reports of overheating in the thermostats, and declined to comment further.

One of the Chinese manufacturers named in the Nikkei report, Shenzhen-based Lianhe Appliances, did not respond to a request for comment."""
art("inv2-03-osaka-results-forecast", "2026-11-12", T, [
    Q("Hanazono Electric Industries Co.", "blaming",
      "weak demand for its industrial sensors in China and the cost of a product recall in North America",
      "Hanazono Electric Industries Co.", None, "speech"),
    Q("Kenji Morimoto", "told",
      ["The slowdown in Chinese factory investment has lasted longer than we assumed in May,",
       "We do not expect a recovery before the second half of next year."],
      "Kenji Morimoto", "President", "speech"),
    Q(("Morimoto", "Morimoto said the company would postpone"), ("said", "Morimoto said the company would postpone"),
      "the company would postpone construction of a new plant in Shiga Prefecture",
      "Kenji Morimoto", "President", "speech"),
    Q(("Morimoto", "Morimoto said the company would postpone"), "denied",
      "it was considering selling its home appliance unit",
      "Kenji Morimoto", "President", "denial"),
    Q(("he", "future,\" he said"), ("said", "future,\" he said"),
      "That is not true. The appliance business remains part of our future,",
      "Kenji Morimoto", "President", "denial"),
    Q("people familiar with the matter", "citing",
      "Hanazono had approached two Chinese manufacturers about a possible sale of the division, which employs about 6,000 people",
      None, "people familiar with the matter", "speech", "Nikkei"),
    Q("Yuko Morimoto", ("said", "president, said"),
      "the recall of about 220,000 smart thermostats in the United States and Canada would cost around 9 billion yen",
      "Yuko Morimoto", "Chief Financial Officer", "speech"),
    Q(("She", "She said the company had set"), ("said", "She said the company had set"),
      "the company had set aside provisions in the July-September quarter",
      "Yuko Morimoto", "Chief Financial Officer", "speech"),
    Q("exchange data", "according to",
      "Hanazono shares fell 6.2% in Tokyo after the announcement",
      None, "exchange data", "attribution"),
    Q("Analysts", ("said", "Analysts said"), "the cut was larger than expected",
      None, "analysts", "speech"),
    Q("Takeshi Arai", ("said", "Securities, said"),
      "investors would want clearer evidence that the recall costs were contained",
      "Takeshi Arai", "senior analyst at Mizuno Securities", "speech"),
    Q(("he", "timeline,\" he said"), ("said", "timeline,\" he said"),
      "The company has given a number, but not a timeline,",
      "Takeshi Arai", "senior analyst at Mizuno Securities", "speech"),
    Q("A spokesman for the U.S. Consumer Product Safety Commission", ("said", "Commission said"),
      "the agency was continuing to review reports of overheating in the thermostats",
      None, "spokesman for the U.S. Consumer Product Safety Commission", "speech"),
    Q("A spokesman for the U.S. Consumer Product Safety Commission", "declined to comment",
      "declined to comment further", None, "spokesman for the U.S. Consumer Product Safety Commission", "no_comment"),
    Q("Shenzhen-based Lianhe Appliances", "did not respond",
      "did not respond to a request for comment", "Lianhe Appliances", "Chinese manufacturer", "no_comment"),
])

T = """SUVA - The Fiji Police Force has dismissed as "fake news" social media posts claiming that a curfew would be imposed in parts of the Central Division this weekend following a spate of break-ins.

In a statement issued yesterday, Acting Commissioner of Police Ratu Semi Naivalu said no curfew had been discussed and urged members of the public not to share unverified posts. "These messages did not come from the Force. Whoever is spreading them is causing unnecessary fear," Naivalu said.

The posts, which appeared on several Facebook community pages on Tuesday night, used a copy of the Force's logo and claimed that residents of Nasinu and Nausori would be required to stay indoors from 9pm.

Police spokeswoman Inspector Wati Koroi told FBC News that the cybercrime unit had identified the account that first shared the image. She said investigators were working with the platform to trace its owner.

Nasinu resident Mereani Tuilau said many people in her settlement had believed the post. "My neighbours were already buying food for the weekend," she told the Fiji Sun.

The Minister for Policing, Josaia Raikadroka, said the Government would review whether existing laws were strong enough to deal with false information that impersonated state agencies.

Opposition MP Viliame Naivalu, a cousin of the acting commissioner, said the rumour had spread because people had lost confidence in official communication. "When the police do not talk to communities, someone else will fill the silence," he said.

According to police figures, reported break-ins in the Central Division rose by 18 per cent in the three months to October compared with the same period last year.

The Fiji Human Rights and Anti-Discrimination Commission (FHRADC) welcomed the police clarification but cautioned against using the incident to restrict online speech. The FHRADC director, Sainimili Tora, said any new rules should be debated openly in Parliament.

Meta, which owns Facebook, did not respond to questions sent by this newspaper."""
art("inv2-04-suva-police-fake-news", "2026-10-29", T, [
    Q("The Fiji Police Force", "dismissed",
      "social media posts claiming that a curfew would be imposed in parts of the Central Division this weekend following a spate of break-ins",
      "Fiji Police Force", None, "denial"),
    Q("Ratu Semi Naivalu", ("said", "Naivalu said no curfew"), "no curfew had been discussed",
      "Ratu Semi Naivalu", "Acting Commissioner of Police", "denial"),
    Q("Ratu Semi Naivalu", "urged", "members of the public not to share unverified posts",
      "Ratu Semi Naivalu", "Acting Commissioner of Police", "speech"),
    Q(("Naivalu", "Naivalu said.\n"), ("said", "Naivalu said.\n"),
      "These messages did not come from the Force. Whoever is spreading them is causing unnecessary fear,",
      "Ratu Semi Naivalu", "Acting Commissioner of Police", "denial"),
    Q("Wati Koroi", ("told", "Koroi told"),
      "the cybercrime unit had identified the account that first shared the image",
      "Wati Koroi", "Police spokeswoman Inspector", "speech", "FBC News"),
    Q(("She", "She said investigators"), ("said", "She said investigators"),
      "investigators were working with the platform to trace its owner",
      "Wati Koroi", "Police spokeswoman Inspector", "speech"),
    Q("Mereani Tuilau", ("said", "Tuilau said"), "many people in her settlement had believed the post",
      "Mereani Tuilau", "Nasinu resident", "speech"),
    Q(("she", "she told the Fiji Sun"), ("told", "she told the Fiji Sun"),
      "My neighbours were already buying food for the weekend,",
      "Mereani Tuilau", "Nasinu resident", "speech", "Fiji Sun"),
    Q("The Minister for Policing, Josaia Raikadroka", ("said", "Raikadroka, said"),
      "the Government would review whether existing laws were strong enough to deal with false information that impersonated state agencies",
      "Josaia Raikadroka", "Minister for Policing", "speech"),
    Q("Viliame Naivalu", ("said", "commissioner, said"),
      "the rumour had spread because people had lost confidence in official communication",
      "Viliame Naivalu", "Opposition MP", "speech"),
    Q(("he", "silence,\" he said"), ("said", "silence,\" he said"),
      "When the police do not talk to communities, someone else will fill the silence,",
      "Viliame Naivalu", "Opposition MP", "speech"),
    Q("police figures", "According to",
      "reported break-ins in the Central Division rose by 18 per cent in the three months to October compared with the same period last year",
      "Fiji Police Force", "police figures", "attribution"),
    Q("The Fiji Human Rights and Anti-Discrimination Commission (FHRADC)", "cautioned against",
      "using the incident to restrict online speech",
      "Fiji Human Rights and Anti-Discrimination Commission", None, "speech"),
    Q("Sainimili Tora", ("said", "Tora, said"),
      "any new rules should be debated openly in Parliament",
      "Sainimili Tora", "FHRADC director", "speech"),
    Q("Meta", "did not respond", "did not respond to questions sent by this newspaper",
      "Meta", "owns Facebook", "no_comment"),
])

T = """KHARTOUM, Oct 8 (AFP) - Sudan's army on Wednesday denied claims by the paramilitary Rapid Support Forces (RSF) that it had shelled a displacement camp near El Obeid, calling the accusation "a fabrication meant to cover the militia's own crimes".

The RSF said in a post on Telegram late on Tuesday that army artillery had struck the Abu Jubeiha camp, killing at least 14 people, most of them women and children.

Sudanese Armed Forces spokesman Brigadier General Nabil Abdel Rahim told AFP that no army units were positioned within range of the camp. "Our forces were more than 40 kilometres away. The RSF knows this," he said.

A medical source at El Obeid Teaching Hospital, speaking on condition of anonymity for fear of reprisals, told AFP that 11 bodies and more than 30 wounded had been brought in since Tuesday evening. The source said it was not possible to determine who had fired the shells.

Local monitoring group the Kordofan Emergency Room said in a statement that residents had fled towards the town centre after the explosions. It said the shelling had come from the east, without naming a party.

The official SUNA news agency quoted North Kordofan governor Mustafa al-Tayeb as saying the state government would send food and medicine to the camp on Thursday.

The United Nations Office for the Coordination of Humanitarian Affairs (OCHA) said it was "deeply alarmed" by reports of civilian casualties. An OCHA spokeswoman in Port Sudan said the agency had not been able to reach the camp to verify the toll.

RSF adviser Osman Hamid said the army's denial was "worthless" and called for an independent investigation. He told the Sudan Tribune that the group had evidence of artillery positions near the camp but did not provide it.

The war between the army and the RSF, which began in April 2023, has killed tens of thousands of people and displaced more than 12 million, according to UN figures.

Neither side's claims could be independently verified."""
art("inv2-05-khartoum-army-denial", "2026-10-08", T, [
    Q("Sudan's army", "denied",
      "it had shelled a displacement camp near El Obeid",
      "Sudanese Armed Forces", None, "denial"),
    Q("Sudan's army", "calling",
      "a fabrication meant to cover the militia's own crimes",
      "Sudanese Armed Forces", None, "denial"),
    Q(("The RSF", "The RSF said in a post"), ("said", "The RSF said in a post"),
      "army artillery had struck the Abu Jubeiha camp, killing at least 14 people, most of them women and children",
      "Rapid Support Forces", None, "speech"),
    Q("Nabil Abdel Rahim", ("told", "Rahim told AFP"),
      "no army units were positioned within range of the camp",
      "Nabil Abdel Rahim", "Sudanese Armed Forces spokesman Brigadier General", "denial", "AFP"),
    Q(("he", "knows this,\" he said"), ("said", "knows this,\" he said"),
      "Our forces were more than 40 kilometres away. The RSF knows this,",
      "Nabil Abdel Rahim", "Sudanese Armed Forces spokesman Brigadier General", "denial"),
    Q("A medical source at El Obeid Teaching Hospital", ("told", "reprisals, told AFP"),
      "11 bodies and more than 30 wounded had been brought in since Tuesday evening",
      None, "medical source at El Obeid Teaching Hospital", "speech", "AFP"),
    Q("The source", ("said", "The source said"),
      "it was not possible to determine who had fired the shells",
      None, "medical source at El Obeid Teaching Hospital", "speech"),
    Q("the Kordofan Emergency Room", ("said", "Room said"),
      "residents had fled towards the town centre after the explosions",
      "Kordofan Emergency Room", "Local monitoring group", "speech"),
    Q(("It", "It said the shelling"), ("said", "It said the shelling"),
      "the shelling had come from the east, without naming a party",
      "Kordofan Emergency Room", "Local monitoring group", "speech"),
    Q("Mustafa al-Tayeb", "as saying",
      "the state government would send food and medicine to the camp on Thursday",
      "Mustafa al-Tayeb", "North Kordofan governor", "speech", "SUNA"),
    Q("The United Nations Office for the Coordination of Humanitarian Affairs (OCHA)", ("said", "(OCHA) said"),
      "it was \"deeply alarmed\" by reports of civilian casualties",
      "United Nations Office for the Coordination of Humanitarian Affairs", None, "speech"),
    Q("An OCHA spokeswoman in Port Sudan", ("said", "Sudan said"),
      "the agency had not been able to reach the camp to verify the toll",
      None, "OCHA spokeswoman", "speech"),
    Q("Osman Hamid", ("said", "Hamid said"),
      "the army's denial was \"worthless\"",
      "Osman Hamid", "RSF adviser", "denial"),
    Q("Osman Hamid", ("called for", "and called for an independent"),
      "an independent investigation", "Osman Hamid", "RSF adviser", "speech"),
    Q(("He", "He told the Sudan Tribune"), ("told", "He told the Sudan Tribune"),
      "the group had evidence of artillery positions near the camp",
      "Osman Hamid", "RSF adviser", "speech", "Sudan Tribune"),
    Q("UN figures", "according to",
      "The war between the army and the RSF, which began in April 2023, has killed tens of thousands of people and displaced more than 12 million",
      "United Nations", "UN figures", "attribution"),
])
