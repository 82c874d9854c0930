"""Training: party groups and support services (2022 sections 5 and 6)."""
from training.engine import Module, Option, Point, Question, Review

MODULE = Module(
    id="party-groups",
    review=Review(date="2026-12-01", role="Site editor", version="2022"),
    title="Party groups and support services",
    summary=[
        Point("Party groups often consider Council business before the decision-making body "
              "does, and officers may properly support them, from a briefing for a chairman or "
              "spokesperson to a presentation to a full group meeting. That support is "
              "available to all party groups, not only the one in control.",
              cites=[("2022", "5.1"), ("2022", "5.2")]),
        Point("Officers give information and advice on Council business only, never on party "
              "business, and are best not present when party business is discussed. A group's "
              "conclusions are not Council decisions, and advice to a group is no substitute "
              "for advice to the committee.",
              cites=[("2022", "5.3.1"), ("2022", "5.3.2"), ("2022", "5.3.3")]),
        Point("Take special care when people who are not councillors attend a group meeting. "
              "Officers keep one group's discussions from the others, and cases of difficulty "
              "go to the Chief Executive.",
              cites=[("2022", "5.4"), ("2022", "5.5"), ("2022", "5.6")]),
        Point("Council support services (stationery, typing, printing, photocopying, "
              "transport and so on) are only for Council business: never for party political "
              "or campaigning activity, or for private purposes.",
              cites=[("2022", "6.1")]),
    ],
    questions=[
        Question(
            "opposition-briefing",
            scenario="You lead the smallest opposition group. Before the budget meeting you "
                     "would like an officer to brief your group on the budget proposals.",
            ask="What does the protocol say?",
            options=[
                Option("controlling-only", "Officer briefings are for the group in control of "
                                           "the Council",
                       feedback="Wrong. Support is likely to be most in demand from the "
                                "controlling group, but it is available to all party groups "
                                "(5.2)."),
                Option("all-groups", "Officer support is available to all party groups",
                       correct=True,
                       feedback="Right. Officers may properly support party groups' "
                                "deliberations on Council business, and that support is "
                                "available to all groups (5.1, 5.2)."),
                Option("size", "Only groups above a certain size may ask",
                       feedback="Wrong. The protocol sets no size threshold: such support is "
                                "available to all party groups (5.2)."),
            ],
            explanation="Party groups have statutory recognition, and officers may properly "
                        "support their preliminary consideration of Council business, "
                        "whichever group asks.",
            cites=[("2022", "5.1"), ("2022", "5.2")],
        ),
        Question(
            "party-business",
            scenario="An officer has briefed your group meeting on the budget. The next item is "
                     "the group's campaign plan for the by-election.",
            ask="What should happen?",
            options=[
                Option("leave", "The officer leaves before the party business is discussed",
                       correct=True,
                       feedback="Right. Officer support must not extend beyond information and "
                                "advice on Council business, and the distinction is helped if "
                                "officers are not expected to be present when party business "
                                "is discussed (5.3.1)."),
                Option("stay", "The officer can stay and advise: it is useful to know what is "
                               "feasible",
                       feedback="Wrong. Officers must not be involved in advising on matters of "
                                "party business (5.3.1)."),
                Option("minutes", "The officer stays but does not speak, and keeps the notes",
                       feedback="Wrong. Officers must not be involved in advising on matters "
                                "of party business, and the protocol says the distinction will "
                                "be assisted if they are not expected to be present when it is "
                                "discussed (5.3.1)."),
            ],
            explanation="Council business and party business are kept apart. Officers help with "
                        "the first; the second is for the group alone.",
            cites=[("2022", "5.3.1")],
        ),
        Question(
            "group-decision",
            kind="multiple",
            scenario="Your group, which controls the Council, agrees at its meeting to support "
                     "closing a branch library. An officer briefed the group beforehand.",
            ask="Which of these are true? Select all that apply.",
            options=[
                Option("not-council", "The group's conclusion is not a Council decision and "
                                      "must not be acted on as one",
                       correct=True,
                       feedback="True: party group meetings are not empowered to make decisions "
                                "on behalf of the Council (5.3.2)."),
                Option("start-closure", "Officers can start work on the closure, since the "
                                        "controlling group has agreed it",
                       feedback="False: the group's conclusions do not rank as Council "
                                "decisions, and must not be interpreted or acted upon as such "
                                "(5.3.2)."),
                Option("committee-advice", "The committee must still get all the information "
                                           "and advice it needs when it considers the closure",
                       correct=True,
                       feedback="True: advice to a party group cannot substitute for all "
                                "necessary information and advice to the relevant committee "
                                "(5.3.3)."),
                Option("tell-others", "The officer may tell the other groups what your group "
                                      "discussed",
                       feedback="False: officers must not relay the content of one group's "
                                "discussions to another party group (5.5)."),
            ],
            explanation="Group meetings are a preliminary to Council decision-making, not a "
                        "substitute for it, and what is said in them stays with the group.",
            cites=[("2022", "5.3.2"), ("2022", "5.3.3"), ("2022", "5.5")],
        ),
        Question(
            "non-members-present",
            scenario="Your group's meeting will be open to local party members who are not "
                     "councillors. You have asked an officer to brief it on a planning policy.",
            ask="What does the protocol say?",
            options=[
                Option("same", "The officer gives the same information and advice as to "
                               "councillors only",
                       feedback="Wrong. Special care is needed, and officers may not be able to "
                                "provide the same level of information and advice (5.4)."),
                Option("cannot", "Officers may never attend a meeting where non-councillors are "
                                 "present",
                       feedback="Wrong. The protocol asks for special care in these meetings; "
                                "it does not forbid officers from attending (5.4)."),
                Option("care", "Special care is needed: the officer may not be able to give "
                               "the same level of information and advice",
                       correct=True,
                       feedback="Right. People who are not members of the Council are not bound "
                                "by the same code, for example on interests and "
                                "confidentiality, so officers may hold back (5.4)."),
            ],
            explanation="Non-councillors at a group meeting are not bound by the code of "
                        "conduct the protocol names, in particular on declaring interests and "
                        "confidentiality, so officers may give less than they would to a "
                        "members-only meeting.",
            cites=[("2022", "5.4")],
        ),
        Question(
            "printer-leaflets",
            scenario="The printer in the members' room is free in the evenings. A colleague "
                     "suggests printing your party's election leaflets on it and paying for the "
                     "paper.",
            ask="Can you?",
            options=[
                Option("never", "No: Council support services are never to be used for party "
                                "political or campaigning activity",
                       correct=True,
                       feedback="Right. The only lawful basis for providing support services to "
                                "members is to help them in their role as members of the "
                                "Council (6.1)."),
                Option("pay", "Yes, if you pay for the paper",
                       feedback="Wrong. The protocol makes no exception for paying costs: "
                                "support services must never be used in connection with party "
                                "political or campaigning activity (6.1)."),
                Option("outside-election", "Yes, but only outside the election period",
                       feedback="Wrong. The rule has no time limit: support services are only "
                                "for Council business (6.1)."),
            ],
            explanation="Support services are provided only so members can discharge their "
                        "role as members of the Council. Party political, campaigning and "
                        "private use are all ruled out.",
            cites=[("2022", "6.1")],
        ),
        Question(
            "support-uses",
            kind="multiple",
            scenario="You are new, and want to know what Council support services are for.",
            ask="Which of these uses fit the protocol? Select all that apply.",
            options=[
                Option("committee-papers", "Printing papers for a committee you sit on",
                       correct=True,
                       feedback="Fits: this is Council business (6.1)."),
                Option("site-visit", "Council transport to a site visit arranged as part of a "
                                     "committee's business",
                       correct=True,
                       feedback="Fits: transport is one of the protocol's examples of support "
                                "services, used here on Council business (6.1)."),
                Option("fundraiser", "Photocopying flyers for your party's fundraising dinner",
                       feedback="Does not fit: support services must never be used for party "
                                "political activity (6.1)."),
                Option("own-business", "Council stationery for a letter about your private "
                                       "business",
                       feedback="Does not fit: support services must never be used for private "
                                "purposes (6.1)."),
            ],
            explanation="The test is simple: is it Council business? If it is party political, "
                        "campaigning or private, support services must not be used.",
            cites=[("2022", "6.1")],
        ),
        Question(
            "unsure-who",
            scenario="You are unsure whether a request your group wants to make of officers for "
                     "its next meeting strays into party business.",
            ask="Who should a case of difficulty or uncertainty like this be raised with?",
            options=[
                Option("officer", "The officer asked to help, who decides alone",
                       feedback="Wrong. Cases of difficulty or uncertainty should be raised with "
                                "the Chief Executive (5.6)."),
                Option("standards", "The Standards Committee",
                       feedback="Wrong. The protocol sends these cases to the Chief Executive, "
                                "who discusses them with the relevant group leader(s) (5.6)."),
                Option("chief-executive", "The Chief Executive, who will discuss it with the "
                                          "relevant group leader or leaders",
                       correct=True,
                       feedback="Right. That is the route the protocol gives for difficulty or "
                                "uncertainty about officer advice to party groups (5.6)."),
            ],
            explanation="When it is unclear where Council business ends and party business "
                        "begins, raise it with the Chief Executive.",
            cites=[("2022", "5.6")],
        ),
    ],
)
