"""Training: respect, courtesy and conduct (2022 1.6, 2.1-2.4, 3.4, 3.5, 4.2, 6.1)."""
from training.engine import Module, Option, Point, Question, Review

MODULE = Module(
    id="respect",
    review=Review(date="2026-12-01", role="Site editor", version="2022"),
    title="Respect, courtesy and conduct",
    summary=[
        Point("Mutual respect between councillors and officers is essential to good local "
              "government, and it runs both ways: dealings should observe standards of "
              "courtesy, and neither side should take unfair advantage of their position or "
              "exert undue influence on the other.",
              cites=[("2022", "2.1"), ("2022", "4.2"), ("2022", "3.4")]),
        Point("Close personal familiarity between individual councillors and officers can "
              "damage this relationship and prove embarrassing to other councillors and "
              "officers.",
              cites=[("2022", "2.1")]),
        Point("In line with the Code of Conduct, a member must treat others with respect and "
              "must not compromise the impartiality of those who work for the Council. Officers "
              "can expect not to be intimidated, harassed or put under undue pressure, "
              "especially at junior levels.",
              cites=[("2022", "2.2"), ("2022", "2.3")]),
        Point("Members do not ask officers to do work that supports a political party, and "
              "officers have the right not to support members in any role other than that of "
              "member; there is a statutory limitation on officers' political activities.",
              cites=[("2022", "2.4"), ("2022", "3.5")]),
    ],
    questions=[
        Question(
            "campaign-leaflets",
            scenario="An officer you know well from your years on the Council offers to help "
                     "with your campaign leaflets for the coming election, in her own time.",
            ask="What should you do?",
            options=[
                Option("accept", "Accept: it is her own time, so the protocol does not apply",
                       feedback="Wrong. The protocol does not mention an officer's own time, "
                                "and it makes no exception for it. Members should not ask "
                                "officers to undertake work which seeks to support a particular "
                                "political party, or which gives rise to an officer being "
                                "criticised for operating in a party political manner (2.4)."),
                Option("decline", "Thank her, but decline",
                       correct=True,
                       feedback="Right. 2.4 is about what members ask of officers, and here "
                                "she offered, so the protocol does not settle this in so many "
                                "words. But campaign leaflets are work which seeks to support a "
                                "particular political party, the kind of work 2.4 says members "
                                "should not ask officers to undertake. 3.5 gives officers a "
                                "right not to support members in any role other than that of "
                                "member, and notes a statutory limitation on officers' "
                                "involvement in political activities."),
                Option("council-printer", "Accept, as long as the leaflets are printed on "
                                          "council equipment out of hours",
                       feedback="Wrong twice over. Council support services such as printing "
                                "must never be used for party political or campaigning "
                                "activity (6.1), and the help itself is the kind of work 2.4 "
                                "says members should not ask officers to undertake."),
            ],
            explanation="Officers act with political neutrality (3.3). The protocol speaks of "
                        "members asking (2.4) rather than of officers offering, but campaign "
                        "leaflets are the kind of work 2.4 says members should not ask officers "
                        "to undertake.",
            cites=[("2022", "2.4"), ("2022", "3.5"), ("2022", "6.1"), ("2022", "3.3")],
        ),
        Question(
            "pressure",
            kind="multiple",
            scenario="A constituent's housing repair has been delayed for weeks and you are "
                     "frustrated with the housing team.",
            ask="Which of these would go against what officers can expect of members? Select "
                "all that apply.",
            options=[
                Option("phone-home", "Phoning a junior officer at home in the evening, "
                                     "repeatedly, to demand a date",
                       correct=True,
                       feedback="Yes, this goes against it: it is undue pressure, and members "
                                "must have regard to the seniority and potential vulnerability "
                                "of officers, particularly at junior levels (2.3)."),
                Option("threaten", "Telling the officer you will \u201chave them moved\u201d if "
                                   "it is not fixed",
                       correct=True,
                       feedback="Yes, this goes against it: officers can expect members not to "
                                "subject them to intimidation (2.3), and members must treat "
                                "others with respect (2.2)."),
                Option("bend-policy", "Asking the officer to jump your constituent up the "
                                      "repairs list, outside the Council's procedure",
                       correct=True,
                       feedback="Yes, this goes against it: members should not ask officers to "
                                "exercise discretion which involves acting outside the "
                                "Council's policies and procedures (2.3)."),
                Option("ask-update", "Asking the team, politely, for an update on the repair "
                                     "and the reason for the delay",
                       feedback="No, this is fine: members may ask a directorate for "
                                "information and explanation on behalf of a constituent (7.1), "
                                "with reasonable courtesy (2.1)."),
            ],
            explanation="Members have regard to the seniority of officers in deciding what are "
                        "reasonable requests. Intimidation, harassment, undue pressure and "
                        "requests to act outside policy are all things officers can expect "
                        "members not to do.",
            cites=[("2022", "2.3"), ("2022", "2.2"), ("2022", "7.1"), ("2022", "2.1")],
        ),
        Question(
            "close-friends",
            scenario="You and an officer in the planning team have become close friends and "
                     "meet socially every week. A councillor from another party remarks on it.",
            ask="What does the protocol say about this?",
            options=[
                Option("forbidden", "Members and officers must not be friends",
                       feedback="Wrong. The protocol does not forbid friendship; it warns about "
                                "close personal familiarity (2.1)."),
                Option("can-damage", "Close personal familiarity can damage the member/officer "
                                     "relationship and prove embarrassing to others",
                       correct=True,
                       feedback="Right. That is what the protocol says (2.1). The 2008 "
                                "version put it more strongly: avoid any close personal "
                                "familiarity that could give rise to the suspicion of bias or "
                                "undue influence (2008, clause 1)."),
                Option("private", "Nothing: friendships are a private matter the protocol "
                                  "does not deal with",
                       feedback="Wrong. The protocol deals with it directly: close personal "
                                "familiarity can damage the relationship (2.1)."),
            ],
            explanation="The protocol does not ban friendships, but it says close personal "
                        "familiarity between individual councillors and officers can damage "
                        "the relationship and prove embarrassing to other councillors and "
                        "officers.",
            cites=[("2022", "2.1"), ("2008", "1")],
        ),
        Question(
            "own-licence",
            scenario="You run a small café and have applied for a licence to put tables on the "
                     "pavement. You know the licensing officer from council business.",
            ask="Can you ask the officer to deal with your application quickly, as a favour?",
            options=[
                Option("no", "No: you must not use your position or relationship with "
                             "officers to advance your personal interests",
                       correct=True,
                       feedback="Right. Officers can expect members not to use their position "
                                "or relationship with officers to advance their personal "
                                "interests or to influence decisions improperly (2.3), and "
                                "neither side should take unfair advantage of their position "
                                "(4.2)."),
                Option("yes-declare", "Yes, if you mention that you are a councillor",
                       feedback="Wrong. Saying so changes nothing: members must not use "
                                "their position or relationship with officers to advance their "
                                "personal interests (2.3)."),
                Option("yes-small", "Yes: a small favour on timing is not influencing the "
                                    "decision",
                       feedback="Wrong. Any use of your position to advance your own interests "
                                "is ruled out, not only influence over the decision (2.3)."),
            ],
            explanation="Your application is a private matter. Treat it as any applicant would, "
                        "without using your position or your relationship with officers.",
            cites=[("2022", "2.3"), ("2022", "4.2")],
        ),
        Question(
            "curt-officer",
            scenario="When you ask an officer a reasonable question about a report, he is curt "
                     "and dismissive, in front of other councillors.",
            ask="What does the protocol say?",
            options=[
                Option("one-way", "Courtesy is owed by members to officers, not the other way "
                                  "round",
                       feedback="Wrong. Respect is mutual: officers should act with honesty, "
                                "respect, dignity and courtesy at all times (3.4, 4.2)."),
                Option("reply-in-kind", "Reply in kind there and then, so the other "
                                        "councillors see you will not be treated like that",
                       feedback="Wrong. Any criticism of an officer should be made in private, "
                                "and personal attacks avoided at all times (3.7)."),
                Option("mutual", "Officers should act with courtesy too; if you are unhappy, "
                                 "raise it in private with the appropriate CLT member",
                       correct=True,
                       feedback="Right. Courtesy runs both ways (3.4, 4.2). A member who is "
                                "unhappy about an officer's conduct takes it up, in private, "
                                "with the appropriate CLT member (3.7)."),
            ],
            explanation="Member/officer relationships are to be conducted in a positive and "
                        "constructive way, with courtesy on both sides. Concerns about an "
                        "officer's conduct are raised in private through the right person.",
            cites=[("2022", "3.4"), ("2022", "4.2"), ("2022", "3.7")],
        ),
        Question(
            "member-member",
            scenario="In a committee meeting, a councillor from another party mocks a fellow "
                     "councillor's accent. Afterwards he says the protocol is only about "
                     "members and officers, so it does not apply.",
            ask="Is he right?",
            options=[
                Option("wrong", "No: respect for others underlies the protocol, member to "
                                "member as well",
                       correct=True,
                       feedback="Right. Respect for others \u2013 promoting equality, avoiding "
                                "discrimination, respecting others \u2013 is one of the "
                                "principles underlying the protocol, member/member as well "
                                "(1.6); and in line with the Code of Conduct a member must "
                                "treat others with respect (2.2)."),
                Option("right", "Yes: the protocol only covers members' dealings with officers",
                       feedback="Wrong. Among the principles underlying the protocol is respect "
                                "for others, which it says covers member/member as well as "
                                "member/officer and officer/officer relations (1.6)."),
            ],
            explanation="The protocol is mostly about members and officers, but the principle "
                        "of respect for others that underlies it applies between members too.",
            cites=[("2022", "1.6"), ("2022", "2.2")],
        ),
    ],
)
