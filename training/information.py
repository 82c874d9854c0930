"""Training: information and documents (2022 section 7; 9.3)."""
from training.engine import Module, Option, Point, Question, Review

MODULE = Module(
    id="information",
    review=Review(date="2026-12-01", role="Site editor", version="2022"),
    title="Information and documents",
    summary=[
        Point("You may approach any Council directorate for the information, explanation and "
              "advice you reasonably need for your role as a member, including on behalf of a "
              "constituent; approaches should normally go to the CLT member concerned.",
              cites=[("2022", "7.1")]),
        Point("You have a statutory right to inspect documents about business to be transacted "
              "at a Council, committee or sub-committee meeting, whether or not you sit on it, "
              "background papers included, but not documents about certain Part II (exempt) "
              "items.",
              cites=[("2022", "7.3")]),
        Point("Beyond that, the common law gives a right to inspect documents you \u201cneed to "
              "know\u201d about to perform your duties. Mere curiosity is not enough; the CLT "
              "member who holds the document decides, with advice from the Solicitor to the "
              "Council. Another party group's internal papers are, by convention, not yours to "
              "see.",
              cites=[("2022", "7.4"), ("2022", "7.5"), ("2022", "7.6"), ("2022", "7.7")]),
        Point("Information you are given may be used only for the purpose it was provided for, "
              "and confidential information must not be disclosed. Like anyone else, you can "
              "also make Freedom of Information requests.",
              cites=[("2022", "7.9"), ("2022", "7.10"), ("2022", "7.11")]),
    ],
    questions=[
        Question(
            "background-papers",
            scenario="A report on a new leisure centre is on next week's Leisure Committee "
                     "agenda, in the public part. You are not a member of that committee, but "
                     "you want to read the background papers the report lists.",
            ask="Can you see them?",
            options=[
                Option("committee-only", "Only if you are a member of that committee",
                       feedback="Wrong. The right applies irrespective of whether the member is "
                                "a member of the committee or sub-committee concerned (7.3)."),
                Option("report-only", "You can see the report, but not its background papers",
                       feedback="Wrong. The right extends not only to the reports but also to "
                                "any relevant background papers (7.3)."),
                Option("yes", "Yes: you have a statutory right to inspect them",
                       correct=True,
                       feedback="Right. The statutory right applies whether or not you are a "
                                "member of the body concerned, and extends to relevant "
                                "background papers (7.3)."),
            ],
            explanation="Documents containing material about business to be transacted at a "
                        "meeting are open to every member by statute, background papers "
                        "included, unless they relate to certain Part II (exempt) items.",
            cites=[("2022", "7.3")],
        ),
        Question(
            "consultancy-files",
            scenario="You have no particular case in mind, but you are curious about what the "
                     "Council spends on consultants, and you ask to look through every "
                     "consultancy file in the finance directorate.",
            ask="What does the protocol say?",
            options=[
                Option("any-document", "Any member may look at any Council document",
                       feedback="Wrong. The common-law right depends on a \u201cneed to "
                                "know\u201d: a member has no right to \u201ca roving "
                                "commission\u201d to examine Council documents (7.4, 7.5)."),
                Option("need-to-know", "You need to show a need to know; curiosity is not "
                                       "enough, and the CLT member who holds the files decides",
                       correct=True,
                       feedback="Right. Mere curiosity is not sufficient, and the need to know "
                                "is determined by the CLT member who holds the documents, with "
                                "advice from the Solicitor to the Council (7.5). You could also "
                                "make a Freedom of Information request, like any member of the "
                                "public (7.11)."),
                Option("never", "Members can never see finance files",
                       feedback="Wrong. A member who needs to see documents to perform their "
                                "duties has a prima facie right to inspect them (7.4)."),
            ],
            explanation="Outside meeting papers, your right to inspect rests on the \u201cneed "
                        "to know\u201d principle. A general trawl, out of curiosity, is the "
                        "\u201croving commission\u201d the protocol rules out.",
            cites=[("2022", "7.4"), ("2022", "7.5"), ("2022", "7.11")],
        ),
        Question(
            "document-request-steps",
            kind="order",
            scenario="You need to see some documents that are not on any agenda, to follow up a "
                     "problem in your ward.",
            ask="Put these steps in the order they happen.",
            options=[
                Option("decides", "The CLT member decides whether you have a need to know, "
                                  "with advice from the Solicitor to the Council"),
                Option("use", "You use what you are given only for the purpose it was "
                              "provided for"),
                Option("reason", "You work out why you need the documents to carry out your "
                                 "duties as a member"),
                Option("ask", "You ask the CLT member who holds the documents"),
            ],
            order=("reason", "ask", "decides", "use"),
            explanation="The right rests on a need to know that you must be able to "
                        "demonstrate (7.5); approaches go to the CLT member concerned (7.1), "
                        "who determines the need to know with advice from the Solicitor to the "
                        "Council (7.5); and any information provided is used only for the "
                        "purpose it was provided for (7.9).",
            cites=[("2022", "7.5"), ("2022", "7.1"), ("2022", "7.9")],
        ),
        Question(
            "neighbour-case",
            kind="multiple",
            scenario="A constituent asks you to find out about the Council's enforcement case "
                     "against her neighbour, including the neighbour's personal details. The "
                     "enforcement officer later writes to you in a letter marked "
                     "\u201cconfidential\u201d.",
            ask="Which of these are true? Select all that apply.",
            options=[
                Option("justify", "You will normally be expected to justify your request for "
                                  "the neighbour's personal details in specific terms",
                       correct=True,
                       feedback="True: a member wishing to inspect documents containing "
                                "personal information about third parties will normally be "
                                "expected to justify the request in specific terms (7.6)."),
                Option("purpose", "What you are told may be used only for the purpose it was "
                                  "provided for",
                       correct=True,
                       feedback="True: Council information provided to a member must only be "
                                "used for the purpose for which it was provided (7.9)."),
                Option("forward", "You may forward the officer's confidential letter to your "
                                  "constituent, since she made the complaint",
                       feedback="False: correspondence to members about regulatory matters such "
                                "as enforcement should not be sent or copied to complainants if "
                                "it is marked confidential (9.3), and members must not disclose "
                                "confidential information (7.10)."),
                Option("presumed", "As ward councillor, your need to know is always presumed",
                       feedback="False: a need to know is normally presumed in cases such as a "
                                "committee member and that committee's documents; requests for "
                                "personal information about third parties normally need to be "
                                "justified (7.6)."),
            ],
            explanation="Personal information about other people needs a specific "
                        "justification; what you learn is for the purpose it was given; and "
                        "confidential regulatory correspondence is not passed to complainants.",
            cites=[("2022", "7.6"), ("2022", "7.9"), ("2022", "9.3"), ("2022", "7.10")],
        ),
        Question(
            "committee-documents",
            scenario="You sit on the Licensing Committee and want to inspect documents about how "
                     "the committee's licensing functions are being carried out.",
            ask="Do you have to justify the request in specific terms?",
            options=[
                Option("always-justify", "Yes: every request must be justified in specific "
                                         "terms",
                       feedback="Wrong. Justification in specific terms is normally expected in "
                                "other circumstances, such as personal information about third "
                                "parties (7.6)."),
                Option("no-right", "You have no right to them unless they are on an agenda",
                       feedback="Wrong. Beyond meeting papers (7.3), the common-law need-to-know "
                                "right applies (7.4)."),
                Option("presumed", "Normally not: as a member of the committee, your need to "
                                   "know will normally be presumed",
                       correct=True,
                       feedback="Right. A committee member wishing to inspect documents about "
                                "the functions of that committee is the protocol's own example "
                                "of a presumed need to know (7.6)."),
            ],
            explanation="The need to know is judged case by case, but the protocol gives two "
                        "signposts: presumed for a committee member and that committee's "
                        "functions; to be justified for personal information about others.",
            cites=[("2022", "7.6"), ("2022", "7.4"), ("2022", "7.3")],
        ),
        Question(
            "other-group-paper",
            scenario="A draft strategy paper of another party group, printed on a Council "
                     "printer, has been left in the members' room. You ask to inspect it "
                     "formally, as a \u201cCouncil document\u201d.",
            ask="Do you have a right to inspect it?",
            options=[
                Option("no-convention", "No: by convention you have no need to know, and so no "
                                        "right to inspect, another group's internal papers",
                       correct=True,
                       feedback="Right. That is the convention the protocol records (7.7)."),
                Option("yes-council-resources", "Yes: anything produced with Council resources "
                                                "is a Council document",
                       feedback="Wrong. \u201cCouncil document\u201d is very broad, but by "
                                "convention a member of one party group has no need to know "
                                "another group's internal workings (7.7)."),
                Option("ask-solicitor", "Yes, if the Solicitor to the Council agrees",
                       feedback="Wrong. The Solicitor can advise on members' rights (7.8), but "
                                "the convention is that a member has no need to know about "
                                "another group's internal workings (7.7)."),
            ],
            explanation="The term \u201cCouncil document\u201d includes anything produced with "
                        "Council resources, yet by convention one group's internal papers are "
                        "not another group's business.",
            cites=[("2022", "7.7"), ("2022", "7.8")],
        ),
        Question(
            "part-ii",
            scenario="An item on the next Housing Committee agenda is in Part II (exempt): it "
                     "concerns contract negotiations with a supplier.",
            ask="What does the protocol say about your statutory right to inspect its "
                "documents?",
            options=[
                Option("same", "It applies exactly as it does to every other item",
                       feedback="Wrong. The statutory right does not apply to documents relating "
                                "to certain Part II (exempt) items; contract negotiations are "
                                "one of the protocol's examples (7.3)."),
                Option("not-apply", "It does not apply to certain Part II items like this one; "
                                    "the Solicitor to the Council can advise on your rights",
                       correct=True,
                       feedback="Right. The statutory right excludes documents about certain "
                                "Part II items, contract negotiations among them (7.3); further "
                                "advice on members' rights to inspect is available from the "
                                "Solicitor to the Council (7.8)."),
                Option("never-ever", "No member may ever see any Part II document",
                       feedback="Wrong. The protocol says only that the statutory right does "
                                "not apply to certain Part II items (7.3); it does not say that "
                                "no member may ever see them."),
            ],
            explanation="Documents about certain Part II (exempt) items fall outside the "
                        "statutory right. The Access to Information section of the Constitution "
                        "has the details, and the Solicitor to the Council can give further "
                        "advice on members' rights to inspect documents.",
            cites=[("2022", "7.3"), ("2022", "7.8")],
        ),
    ],
)
