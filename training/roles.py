"""Training: the roles of members and officers (2022 1.7, 2.3-2.5, 3.1-3.4, 4.1, 8.2-8.5)."""
from training.engine import Module, Option, Point, Question, Review

MODULE = Module(
    id="roles",
    review=Review(date="2026-12-01", role="Site editor", version="2022"),
    title="Roles of members and officers",
    summary=[
        Point("Councillors decide policy for the Council and officers give effect to Council "
              "policies. Both serve the public, but their responsibilities are distinct: "
              "members are accountable to the public, officers to the Council as a whole.",
              cites=[("2022", "1.7"), ("2022", "4.1")]),
        Point("The primary role of officers is to advise, inform and support all members and to "
              "implement the lawfully agreed policies of the Council. Day-to-day managerial and "
              "operational decisions are for officers; members should avoid inappropriate "
              "involvement in them.",
              cites=[("2022", "3.1"), ("2022", "3.2")]),
        Point("Officers act professionally, impartially and with political neutrality. They "
              "work to the instructions of their senior officers, not to individual members, and "
              "are not to be pressured into comments or recommendations contrary to their "
              "professional judgement.",
              cites=[("2022", "3.3"), ("2022", "2.3")]),
        Point("Where an officer takes action under the delegation scheme in consultation with a "
              "member, it is the officer who takes the action and is accountable for it. "
              "Statutory officers such as the Monitoring Officer must not be obstructed or "
              "victimised for carrying out their statutory responsibilities.",
              cites=[("2022", "8.4"), ("2022", "2.5")]),
    ],
    questions=[
        Question(
            "bin-route",
            scenario="A resident asks you, as their ward councillor, to get the bin collection "
                     "in their street moved from Thursday to Tuesday, because Thursday is "
                     "inconvenient for them.",
            ask="What should you do?",
            options=[
                Option("pass-on", "Pass the request on to the service and leave the decision "
                                  "to officers",
                       correct=True,
                       feedback="Right. Members may approach a directorate on a constituent's "
                                "behalf (7.1), but the operational decision belongs to officers "
                                "and members should avoid inappropriate involvement in it "
                                "(3.2)."),
                Option("instruct", "Tell the waste collection team leader to change the round",
                       feedback="Wrong. Officers work to the instructions of their senior "
                                "officers, not individual members, and collection rounds are a "
                                "day-to-day operational matter for officers (2.3, 3.2)."),
                Option("full-council", "Tell the resident that only full Council can change a "
                                       "collection day",
                       feedback="Wrong. The protocol says day-to-day managerial and operational "
                                "decisions are the responsibility of officers (3.2)."),
            ],
            explanation="Councillors decide policy; officers give effect to it and take the "
                        "day-to-day operational decisions. Representing a resident is part of "
                        "your role; instructing staff on how to run a service is not.",
            cites=[("2022", "3.2"), ("2022", "2.3"), ("2022", "1.7"), ("2022", "7.1")],
        ),
        Question(
            "what-officers-do",
            kind="multiple",
            scenario="At your induction evening a new colleague asks what councillors can "
                     "expect of officers.",
            ask="Which of these does the protocol say officers should do? Select all that "
                "apply.",
            options=[
                Option("support-all", "Advise, inform and support all members, whichever party "
                                      "they belong to",
                       correct=True,
                       feedback="Right: this is the primary role of officers (3.1), and "
                                "officers assist and advise all parts of the Council (3.4)."),
                Option("implement", "Implement Council decisions that are lawful, properly "
                                    "approved and duly recorded",
                       correct=True,
                       feedback="Right: this is the first thing the protocol says officers "
                                "should do (3.4)."),
                Option("follow-chair", "Change their advice when the chairman of the committee "
                                       "disagrees with it",
                       feedback="Wrong. Officers will report a member's view, but should not be "
                                "pressured into comments or recommendations contrary to their "
                                "professional judgement (3.3)."),
                Option("learning", "Provide support and learning and development opportunities "
                                   "to help members in their roles",
                       correct=True,
                       feedback="Right: the protocol lists this among what officers should do "
                                "(3.4)."),
            ],
            explanation="Officers advise, inform and support all members, implement lawful "
                        "decisions, and help members develop in their roles, acting "
                        "professionally, impartially and with political neutrality.",
            cites=[("2022", "3.1"), ("2022", "3.3"), ("2022", "3.4")],
        ),
        Question(
            "report-recommendation",
            scenario="You chair the Planning Committee. The planning officer's report on a "
                     "housing scheme recommends refusal. You think the scheme should be "
                     "approved, and ask the officer to change the recommendation before the "
                     "agenda is published.",
            ask="What does the protocol say?",
            options=[
                Option("must-change", "The officer must change it, because the chairman is "
                                      "consulted on the agenda",
                       feedback="Wrong. The chairman is routinely consulted on the agenda, but "
                                "an officer is always fully responsible for the contents of any "
                                "report submitted in their name (8.2)."),
                Option("ask-leader", "Ask your group leader to instruct the officer to change "
                                     "it",
                       feedback="Wrong. Officers work to the instructions of their senior "
                                "officers and not to individual members (2.3), and must not be "
                                "pressured into recommendations contrary to their professional "
                                "judgement (3.3)."),
                Option("officer-responsible", "The report is the officer's: give your view, and "
                                              "any issue between you goes to the Chief "
                                              "Executive",
                       correct=True,
                       feedback="Right. The officer is fully responsible for the report in "
                                "their name and should not be pressured into a recommendation "
                                "against their professional judgement; issues between a "
                                "chairman and an officer go to the Chief Executive (3.3, 8.2)."),
            ],
            explanation="A chairman and the officers who support a committee work closely, but "
                        "the officer is responsible for the report and its advice. You can "
                        "disagree in the debate: the decision is the committee's, not the "
                        "report's.",
            cites=[("2022", "8.2"), ("2022", "3.3"), ("2022", "2.3"), ("2022", "8.3")],
        ),
        Question(
            "delegated-decision",
            scenario="Under the Council's delegation scheme, the Head of Housing may award "
                     "small grants in consultation with the Cabinet member for housing. You are "
                     "that Cabinet member, and you are consulted on an award.",
            ask="Who takes the action, and who is accountable for it?",
            options=[
                Option("member", "You are, because you were consulted",
                       feedback="Wrong. Being consulted does not make the decision yours: the "
                                "officer takes the action and is accountable for it (8.4)."),
                Option("officer", "The Head of Housing takes the action and is accountable "
                                  "for it",
                       correct=True,
                       feedback="Right. In these circumstances it is the officer, rather than "
                                "the member, who takes the action and who is accountable "
                                "for it (8.4)."),
                Option("council", "Neither: only full Council can award a grant",
                       feedback="Wrong. The law allows decisions to be taken by an officer as "
                                "well as by the Council, committees, the Cabinet, Cabinet "
                                "members and the Leader (8.3), and the delegation scheme "
                                "authorises named officers to act (8.4)."),
            ],
            explanation="The delegation scheme authorises named officers to act in consultation "
                        "with members such as a Cabinet member. The consultation is real, but "
                        "the action and the accountability are the officer's.",
            cites=[("2022", "8.4"), ("2022", "8.3")],
        ),
        Question(
            "monitoring-officer-report",
            scenario="The Monitoring Officer is preparing a report, as part of her statutory "
                     "responsibilities, on a matter that could embarrass your party group. A "
                     "colleague suggests the group simply stops answering her questions so the "
                     "report is delayed until after the elections.",
            ask="What does the protocol say?",
            options=[
                Option("fine-if-polite", "That is acceptable as long as you are polite about it",
                       feedback="Wrong. Politeness does not help: members must not improperly "
                                "interfere with or obstruct a statutory officer in exercising "
                                "those responsibilities (2.5)."),
                Option("leader-decides", "It is for the Leader of the Council to decide whether "
                                         "the report goes ahead",
                       feedback="Wrong. The responsibilities of a statutory office are placed "
                                "on the officer by law and go beyond their obligations as an "
                                "employee (2.5)."),
                Option("must-not-obstruct", "Members must not improperly interfere with or "
                                            "obstruct her in her statutory responsibilities",
                       correct=True,
                       feedback="Right. Statutory officers have responsibilities placed on them "
                                "by law, and members must not obstruct them or victimise them "
                                "for carrying them out (2.5)."),
            ],
            explanation="The Head of Paid Service, the Monitoring Officer, the Chief Finance "
                        "Officer and other statutory officers have specific responsibilities in "
                        "law. Members must not improperly interfere with or obstruct them, or "
                        "victimise them for discharging those responsibilities.",
            cites=[("2022", "2.5")],
        ),
        Question(
            "exceed-authority",
            scenario="You want a grass verge cut this week. The officer you speak to says it is "
                     "not in this month's programme and she has no authority to add it.",
            ask="What should you do?",
            options=[
                Option("accept", "Accept her answer: she cannot go beyond the authority she has "
                                 "been given",
                       correct=True,
                       feedback="Right. Officers should always seek to assist a member, but not "
                                "beyond the authority they have been given; members should not "
                                "ask them to exceed it (2.4, 8.5)."),
                Option("press", "Insist: she should help a member, whatever the programme says",
                       feedback="Wrong. Members should not ask officers to exceed their "
                                "authority, and officers must not go beyond the bounds of the "
                                "authority their directors have given them (2.4, 8.5)."),
                Option("discretion", "Ask her to use her discretion just this once, outside the "
                                     "procedure",
                       feedback="Wrong. Officers can expect members not to ask them to exercise "
                                "discretion which involves acting outside the Council's "
                                "policies and procedures (2.3)."),
            ],
            explanation="Officers within a directorate are accountable to their director or "
                        "deputy chief officer, and work within the authority they have been "
                        "given. Whatever a member asks, they must not go beyond it.",
            cites=[("2022", "2.4"), ("2022", "8.5"), ("2022", "2.3")],
        ),
    ],
)
