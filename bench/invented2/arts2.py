# articles 6-12
T = """NAIROBI - A Milimani court on Monday declined to release on bail a former procurement officer at the Kenya Rural Water Agency (KRWA) accused of diverting Sh312 million meant for boreholes in Turkana and Marsabit.

Senior Principal Magistrate Agnes Wambui ruled that Daniel Kiprono Rotich, 47, was likely to interfere with witnesses if released, noting that two of them were his former juniors at the agency.

"The court is not persuaded that the accused will stay away from the witnesses," Wambui said. "He will remain in custody until the hearing."

Rotich, who appeared in a grey suit, denied all six charges of abuse of office, conspiracy to defraud and money laundering.

His lawyer, Senior Counsel Peter Wafula, told the court that his client had cooperated fully with investigators from the Ethics and Anti-Corruption Commission (EACC) and had surrendered his passport. "My client has been in this country for every day of this investigation. He is not going anywhere," Wafula said.

Prosecution counsel Faith Njeri argued that the accused had contacted at least one witness by phone since his arrest. She said the prosecution would produce call records at the next mention.

The EACC said in a statement last month that its detectives had traced part of the money to a hardware company registered in the name of Rotich's brother-in-law.

KRWA chief executive Samuel Rotich, who is not related to the accused, told the Daily Nation that the agency had since tightened its tender procedures. "We have moved every contract above Sh10 million to an open online process," he said.

Residents of Lokichar, where three of the boreholes were supposed to be drilled, told Radio Maisha that they were still buying water from vendors at Sh50 a jerrycan.

The Water Cabinet Secretary, Hellen Chepkoech, could not be reached for comment. A ministry official who asked not to be named said the ministry was awaiting the outcome of the case before taking action against other officers.

The matter will be mentioned on December 2."""
art("inv2-06-nairobi-court-bail", "2026-11-16", T, [
    Q("Agnes Wambui", ("ruled", "Wambui ruled"),
      "Daniel Kiprono Rotich, 47, was likely to interfere with witnesses if released",
      "Agnes Wambui", "Senior Principal Magistrate", "speech"),
    Q(("Wambui", "Wambui said"), ("said", "Wambui said"),
      ["The court is not persuaded that the accused will stay away from the witnesses,", "He will remain in custody until the hearing."],
      "Agnes Wambui", "Senior Principal Magistrate", "speech"),
    Q(("Rotich", "Rotich, who appeared"), ("denied", "Rotich, who appeared in a grey suit, denied"),
      "all six charges of abuse of office, conspiracy to defraud and money laundering",
      "Daniel Kiprono Rotich", "accused", "denial"),
    Q("Peter Wafula", ("told", "Wafula, told the court"),
      "his client had cooperated fully with investigators from the Ethics and Anti-Corruption Commission (EACC) and had surrendered his passport",
      "Peter Wafula", "His lawyer, Senior Counsel", "speech"),
    Q(("Wafula", "Wafula said"), ("said", "Wafula said"),
      "My client has been in this country for every day of this investigation. He is not going anywhere,",
      "Peter Wafula", "lawyer", "speech"),
    Q("Faith Njeri", "argued",
      "the accused had contacted at least one witness by phone since his arrest",
      "Faith Njeri", "Prosecution counsel", "speech"),
    Q(("She", "She said the prosecution"), ("said", "She said the prosecution"),
      "the prosecution would produce call records at the next mention",
      "Faith Njeri", "Prosecution counsel", "speech"),
    Q("The EACC", ("said", "The EACC said"),
      "its detectives had traced part of the money to a hardware company registered in the name of Rotich's brother-in-law",
      "Ethics and Anti-Corruption Commission", None, "speech"),
    Q("Samuel Rotich", ("told", "told the Daily Nation"),
      "the agency had since tightened its tender procedures",
      "Samuel Rotich", "KRWA chief executive", "speech", "Daily Nation"),
    Q(("he", "process,\" he said"), ("said", "process,\" he said"),
      "We have moved every contract above Sh10 million to an open online process,",
      "Samuel Rotich", "KRWA chief executive", "speech"),
    Q("Residents of Lokichar", ("told", "told Radio Maisha"),
      "they were still buying water from vendors at Sh50 a jerrycan",
      None, "residents of Lokichar", "speech", "Radio Maisha"),
    Q("Hellen Chepkoech", "could not be reached", "could not be reached for comment",
      "Hellen Chepkoech", "Water Cabinet Secretary", "no_comment"),
    Q("A ministry official who asked not to be named", ("said", "named said"),
      "the ministry was awaiting the outcome of the case before taking action against other officers",
      None, "ministry official", "speech"),
])

T = """LAHORE - Pakistan captain Shahid Afridi Khan insisted on Sunday that there was no rift in the dressing room, dismissing reports of a falling-out with head coach Imran Qureshi as "pure fiction" on the eve of the third Test against Sri Lanka.

Speaking at the pre-match press conference at the Gaddafi Stadium, the 29-year-old batter said he and Qureshi spoke every day and agreed on the team's direction. "I read these stories and I laugh. If we had a problem, you would be the last to know, but we don't have one," he told reporters.

A report on Saturday by the sports channel Geo Super, citing a member of the team management, said the two had argued over the selection of a second spinner after the defeat in Karachi.

Qureshi, who arrived later, also rejected the report. "Captains and coaches disagree on selection all over the world. That is called a conversation, not a crisis," the former fast bowler said.

The Pakistan Cricket Board (PCB) said in a brief statement that it had "full confidence" in both men. A PCB official, speaking on condition of anonymity, said the board would not investigate the source of the leak.

Asked about the pitch, Khan said it looked "dry and hard" and would likely turn from the third day. He confirmed that leg-spinner Usman Tariq would make his debut.

Sri Lanka coach Roshan Perera said his side were not reading anything into the reports. "Whatever is happening in their camp is their business. We have our own work to do," Perera said.

Former captain Rameez Khan, now a commentator, told the Express Tribune that the rumours showed how much pressure the team was under after losing five of its last seven Tests. He said the captain should be given the full home season.

Sri Lanka lead the three-match series 1-0. Qureshi's agent did not respond to a request for comment on reports that his contract, which ends in March, would not be renewed."""
art("inv2-07-lahore-cricket-presser", "2026-11-29", T, [
    Q("Shahid Afridi Khan", "insisted",
      "there was no rift in the dressing room",
      "Shahid Afridi Khan", "Pakistan captain", "denial"),
    Q("Shahid Afridi Khan", "dismissing",
      "reports of a falling-out with head coach Imran Qureshi",
      "Shahid Afridi Khan", "Pakistan captain", "denial"),
    Q("the 29-year-old batter", ("said", "batter said"),
      "he and Qureshi spoke every day and agreed on the team's direction",
      "Shahid Afridi Khan", "Pakistan captain", "speech"),
    Q(("he", "he told reporters"), ("told", "he told reporters"),
      "I read these stories and I laugh. If we had a problem, you would be the last to know, but we don't have one,",
      "Shahid Afridi Khan", "Pakistan captain", "denial"),
    Q("a member of the team management", "citing",
      "the two had argued over the selection of a second spinner after the defeat in Karachi",
      None, "member of the team management", "speech", "Geo Super"),
    Q(("Qureshi", "Qureshi, who arrived later"), "rejected", ("the report", "also rejected the report"),
      "Imran Qureshi", "head coach", "denial"),
    Q("the former fast bowler", ("said", "bowler said"),
      "Captains and coaches disagree on selection all over the world. That is called a conversation, not a crisis,",
      "Imran Qureshi", "head coach", "denial"),
    Q("The Pakistan Cricket Board (PCB)", ("said", "(PCB) said"),
      "it had \"full confidence\" in both men",
      "Pakistan Cricket Board", None, "speech"),
    Q("A PCB official", ("said", "anonymity, said"),
      "the board would not investigate the source of the leak",
      None, "PCB official", "speech"),
    Q(("Khan", "Khan said it looked"), ("said", "Khan said it looked"),
      "it looked \"dry and hard\" and would likely turn from the third day",
      "Shahid Afridi Khan", "Pakistan captain", "speech"),
    Q(("He", "He confirmed"), "confirmed",
      "leg-spinner Usman Tariq would make his debut",
      "Shahid Afridi Khan", "Pakistan captain", "speech"),
    Q("Roshan Perera", ("said", "Perera said his side"),
      "his side were not reading anything into the reports",
      "Roshan Perera", "Sri Lanka coach", "speech"),
    Q(("Perera", "Perera said.\n"), ("said", "Perera said.\n"),
      "Whatever is happening in their camp is their business. We have our own work to do,",
      "Roshan Perera", "Sri Lanka coach", "speech"),
    Q("Rameez Khan", ("told", "told the Express Tribune"),
      "the rumours showed how much pressure the team was under after losing five of its last seven Tests",
      "Rameez Khan", "Former captain", "speech", "Express Tribune"),
    Q(("He", "He said the captain"), ("said", "He said the captain"),
      "the captain should be given the full home season",
      "Rameez Khan", "Former captain", "speech"),
    Q("Qureshi's agent", "did not respond",
      "did not respond to a request for comment on reports that his contract, which ends in March, would not be renewed",
      None, "Qureshi's agent", "no_comment"),
])

T = """MANILA, Philippines - The Philippine National Police (PNP) on Friday denied that its officers had been ordered to stop reporting drug-related deaths to the Commission on Human Rights (CHR), calling a newspaper report on the matter "misleading and irresponsible."

PNP spokesperson Police Colonel Ana Reyes told reporters at Camp Crame that no such memorandum existed. "We continue to share data with the CHR as required by law. There is no order, written or verbal, telling anyone to stop," she said.

The Philippine Daily Inquirer reported on Thursday, citing two police officers in Central Luzon, that station commanders had been told verbally in September to route all reports on deaths during anti-drug operations through regional headquarters first.

CHR chairperson Ramon Dizon said the commission had noticed a sharp fall in the number of reports it received from three regions since September. "The numbers did not go down because the killings stopped. We do not know why they went down," Dizon said in an interview with DZRH radio.

Reyes said any officer who had received such an instruction should report it to the PNP's internal affairs office.

Interior Secretary Jose Bautista declined to comment, saying he had not yet read the report.

A regional police director who asked not to be named because he was not authorised to speak to the media said the change was "administrative" and was meant to avoid duplicate reporting, not to hide deaths.

According to data compiled by the University of the Philippines' Third World Studies Center, at least 112 people were killed in anti-drug operations between January and October this year.

Human rights group Karapatan said the denial was not enough. Its secretary-general, Cristina Reyes, said the PNP should release the raw data for all 17 regions. "If there is nothing to hide, show us," she said.

Cristina Reyes is not related to the PNP spokesperson.

The Inquirer said it stood by its report."""
art("inv2-08-manila-pnp-denial", "2026-10-23", T, [
    Q("The Philippine National Police (PNP)", "denied",
      "its officers had been ordered to stop reporting drug-related deaths to the Commission on Human Rights (CHR)",
      "Philippine National Police", None, "denial"),
    Q("The Philippine National Police (PNP)", "calling",
      "misleading and irresponsible.", "Philippine National Police", None, "denial"),
    Q("Ana Reyes", ("told", "Reyes told reporters"),
      "no such memorandum existed", "Ana Reyes", "PNP spokesperson Police Colonel", "denial"),
    Q(("she", "stop,\" she said"), ("said", "stop,\" she said"),
      "We continue to share data with the CHR as required by law. There is no order, written or verbal, telling anyone to stop,",
      "Ana Reyes", "PNP spokesperson Police Colonel", "denial"),
    Q("two police officers in Central Luzon", "citing",
      "station commanders had been told verbally in September to route all reports on deaths during anti-drug operations through regional headquarters first",
      None, "police officers in Central Luzon", "speech", "Philippine Daily Inquirer"),
    Q("Ramon Dizon", ("said", "Dizon said the commission"),
      "the commission had noticed a sharp fall in the number of reports it received from three regions since September",
      "Ramon Dizon", "CHR chairperson", "speech"),
    Q(("Dizon", "Dizon said in an interview"), ("said", "Dizon said in an interview"),
      "The numbers did not go down because the killings stopped. We do not know why they went down,",
      "Ramon Dizon", "CHR chairperson", "speech", "DZRH"),
    Q(("Reyes", "Reyes said any officer"), ("said", "Reyes said any officer"),
      "any officer who had received such an instruction should report it to the PNP's internal affairs office",
      "Ana Reyes", "PNP spokesperson", "speech"),
    Q("Jose Bautista", "declined to comment", "declined to comment",
      "Jose Bautista", "Interior Secretary", "no_comment"),
    Q("Jose Bautista", "saying", "he had not yet read the report",
      "Jose Bautista", "Interior Secretary", "speech"),
    Q("A regional police director", ("said", "media said"),
      "the change was \"administrative\" and was meant to avoid duplicate reporting, not to hide deaths",
      None, "regional police director", "denial"),
    Q("the University of the Philippines' Third World Studies Center", "According to",
      "at least 112 people were killed in anti-drug operations between January and October this year",
      "Third World Studies Center", None, "attribution"),
    Q("Human rights group Karapatan"[19:], ("said", "Karapatan said"),
      "the denial was not enough", "Karapatan", "Human rights group", "speech"),
    Q(("Cristina Reyes", "Cristina Reyes, said"), ("said", "Cristina Reyes, said"),
      "the PNP should release the raw data for all 17 regions",
      "Cristina Reyes", "secretary-general of Karapatan", "speech"),
    Q(("she", "show us,\" she said"), ("said", "show us,\" she said"),
      "If there is nothing to hide, show us,",
      "Cristina Reyes", "secretary-general of Karapatan", "speech"),
    Q("The Inquirer", ("said", "The Inquirer said"), "it stood by its report",
      "Philippine Daily Inquirer", None, "speech"),
])

T = """CORK - Cork City Council has rejected claims by residents of Ballinure Park that a planned social housing development on the former St Finbarr's depot site will go ahead without a full traffic assessment.

At Monday night's meeting of the council, the director of housing, Siobhan Mac Carthy, said the council had commissioned a traffic study in the summer and would publish it before any planning application was lodged. "Nothing is being pushed through. Every step will be public," she told councillors.

The Ballinure Park Residents' Association (BPRA) had said in a leaflet distributed last week that the council intended to use fast-track powers to avoid public consultation on the 180-unit scheme.

BPRA chairperson Declan O'Leary said residents were not opposed to social housing. "We want homes built. We just want to know how 180 more cars will get out of a cul-de-sac that already floods," he said.

Fianna Fail councillor Mary Healy said the association's concerns were "entirely reasonable" and asked for a public meeting in the area before Christmas. Sinn Fein councillor Conor Healy, her nephew, said further delays would leave families on the housing list waiting even longer. "There are 4,000 households on our list. Every month we delay, that number grows," he said.

According to the council's latest figures, the average wait for a three-bedroom home in the city is now more than seven years.

The Department of Housing said in a statement to the Irish Examiner that the project had been approved for funding in principle but that no timeline had been set for construction.

Mac Carthy said she would attend a public meeting if one was organised.

A spokesperson for the Land Development Agency, which had previously examined the site, said the agency had no current involvement and declined to comment further.

The traffic study is expected in January."""
art("inv2-09-cork-council-housing", "2026-11-24", T, [
    Q("Cork City Council", "rejected",
      "a planned social housing development on the former St Finbarr's depot site will go ahead without a full traffic assessment",
      "Cork City Council", None, "denial"),
    Q("Siobhan Mac Carthy", ("said", "Carthy, said"),
      "the council had commissioned a traffic study in the summer and would publish it before any planning application was lodged",
      "Siobhan Mac Carthy", "director of housing", "denial"),
    Q(("she", "she told councillors"), ("told", "she told councillors"),
      "Nothing is being pushed through. Every step will be public,",
      "Siobhan Mac Carthy", "director of housing", "denial"),
    Q("The Ballinure Park Residents' Association (BPRA)", ("had said", "(BPRA) had said"),
      "the council intended to use fast-track powers to avoid public consultation on the 180-unit scheme",
      "Ballinure Park Residents' Association", None, "speech"),
    Q("Declan O'Leary", ("said", "O'Leary said"),
      "residents were not opposed to social housing",
      "Declan O'Leary", "BPRA chairperson", "speech"),
    Q(("he", "floods,\" he said"), ("said", "floods,\" he said"),
      "We want homes built. We just want to know how 180 more cars will get out of a cul-de-sac that already floods,",
      "Declan O'Leary", "BPRA chairperson", "speech"),
    Q("Mary Healy", ("said", "Mary Healy said"),
      "the association's concerns were \"entirely reasonable\"",
      "Mary Healy", "Fianna Fail councillor", "speech"),
    Q("Mary Healy", "asked for",
      "a public meeting in the area before Christmas", "Mary Healy", "Fianna Fail councillor", "speech"),
    Q("Conor Healy", ("said", "nephew, said"),
      "further delays would leave families on the housing list waiting even longer",
      "Conor Healy", "Sinn Fein councillor", "speech"),
    Q(("he", "grows,\" he said"), ("said", "grows,\" he said"),
      "There are 4,000 households on our list. Every month we delay, that number grows,",
      "Conor Healy", "Sinn Fein councillor", "speech"),
    Q("the council's latest figures", "According to",
      "the average wait for a three-bedroom home in the city is now more than seven years",
      "Cork City Council", "council figures", "attribution"),
    Q("The Department of Housing", ("said", "Housing said"),
      ["the project had been approved for funding in principle", "no timeline had been set for construction"],
      "Department of Housing", None, "speech", "Irish Examiner"),
    Q(("Mac Carthy", "Mac Carthy said she"), ("said", "Mac Carthy said she"),
      "she would attend a public meeting if one was organised",
      "Siobhan Mac Carthy", "director of housing", "speech"),
    Q("A spokesperson for the Land Development Agency", ("said", "site, said"),
      "the agency had no current involvement",
      None, "spokesperson for the Land Development Agency", "speech"),
    Q("A spokesperson for the Land Development Agency", "declined to comment",
      "declined to comment further", None, "spokesperson for the Land Development Agency", "no_comment"),
])

T = """WINNIPEG - Prairie Grain Handling Ltd. says union claims that it plans to replace striking elevator workers with contract staff from Alberta are "simply not true," as a walkout at five of its Manitoba terminals entered its third week.

Local 418 of the Grain and General Services Union (GGSU) said on Tuesday it had obtained an email showing the company had booked hotel rooms in Brandon and Portage la Prairie for dozens of out-of-province workers.

"You don't book 60 hotel rooms for a training course," GGSU president Tamara Kowalchuk told The Canadian Press. "They are getting ready to bring in replacements, and our members know it."

Company spokesman Rick Lavallee said the bookings were for engineers carrying out scheduled safety inspections. "We have not hired, and we will not hire, replacement workers during this dispute," he said in an interview. "That is our position, and it has not changed."

Manitoba law bars employers from using replacement workers during a legal strike.

Provincial Labour Minister Gurpreet Sidhu said her department had received a complaint from the union and would look into it. She said she hoped both sides would return to the bargaining table "sooner rather than later."

About 340 workers walked off the job on Nov. 14 after talks broke down over wages and scheduling. The union is seeking a 14 per cent raise over three years; the company has offered nine, according to documents seen by The Canadian Press.

Farmers near Dauphin told CBC Manitoba they had been forced to truck canola more than 150 kilometres to a competitor's terminal. Keystone Agricultural Producers, the province's largest farm group, said the strike was costing growers "real money every day."

A mediator appointed by the province, Louise Fontaine, declined to comment on the state of the talks.

Prairie Grain Handling's chief executive, Martin Bergen, did not respond to interview requests.

The company reported record handling volumes in its most recent annual report."""
art("inv2-10-winnipeg-grain-strike", "2026-12-01", T, [
    Q("Prairie Grain Handling Ltd.", "says",
      "union claims that it plans to replace striking elevator workers with contract staff from Alberta are \"simply not true,\"",
      "Prairie Grain Handling Ltd.", None, "denial"),
    Q(("union", "says union claims"), "claims",
      "it plans to replace striking elevator workers with contract staff from Alberta",
      "Grain and General Services Union", None, "speech"),
    Q("Local 418 of the Grain and General Services Union (GGSU)", ("said", "(GGSU) said"),
      "it had obtained an email showing the company had booked hotel rooms in Brandon and Portage la Prairie for dozens of out-of-province workers",
      "Grain and General Services Union", None, "speech"),
    Q("Tamara Kowalchuk", ("told", "Kowalchuk told"),
      ["You don't book 60 hotel rooms for a training course,", "They are getting ready to bring in replacements, and our members know it."],
      "Tamara Kowalchuk", "GGSU president", "speech", "The Canadian Press"),
    Q("Rick Lavallee", ("said", "Lavallee said"),
      "the bookings were for engineers carrying out scheduled safety inspections",
      "Rick Lavallee", "Company spokesman", "denial"),
    Q(("he", "he said in an interview"), ("said", "he said in an interview"),
      ["We have not hired, and we will not hire, replacement workers during this dispute,", "That is our position, and it has not changed."],
      "Rick Lavallee", "Company spokesman", "denial"),
    Q("Gurpreet Sidhu", ("said", "Sidhu said"),
      "her department had received a complaint from the union and would look into it",
      "Gurpreet Sidhu", "Provincial Labour Minister", "speech"),
    Q(("She", "She said she hoped"), ("said", "She said she hoped"),
      "she hoped both sides would return to the bargaining table \"sooner rather than later.\"",
      "Gurpreet Sidhu", "Provincial Labour Minister", "speech"),
    Q("documents seen by The Canadian Press", "according to",
      "the company has offered nine", None, "documents", "attribution", "The Canadian Press"),
    Q("Farmers near Dauphin", ("told", "told CBC Manitoba"),
      "they had been forced to truck canola more than 150 kilometres to a competitor's terminal",
      None, "farmers near Dauphin", "speech", "CBC Manitoba"),
    Q("Keystone Agricultural Producers", ("said", "group, said"),
      "the strike was costing growers \"real money every day.\"",
      "Keystone Agricultural Producers", "the province's largest farm group", "speech"),
    Q("Louise Fontaine", "declined to comment",
      "declined to comment on the state of the talks", "Louise Fontaine", "mediator appointed by the province", "no_comment"),
    Q("Martin Bergen", "did not respond", "did not respond to interview requests",
      "Martin Bergen", "Prairie Grain Handling's chief executive", "no_comment"),
    Q("The company", ("reported", "The company reported"),
      "record handling volumes in its most recent annual report",
      "Prairie Grain Handling Ltd.", None, "speech"),
])
