"""Training: when things go wrong (2022 3.7, 8.2, section 12)."""
from training.engine import Module, Option, Point, Question, Review

MODULE = Module(
    id="when-things-go-wrong",
    review=Review(date="2026-12-01", role="Site editor", version="2022"),
    title="When things go wrong",
    summary=[
        Point("A member unhappy about an officer's actions or conduct avoids personal attacks "
              "or abuse, makes sure any criticism is well founded, constructive and made in "
              "private, takes it up with the appropriate CLT member, and informs the Chief "
              "Executive if it is particularly serious.",
              cites=[("2022", "3.7")]),
        Point("Who hears a concern depends on the officer: the appropriate CLT member for most "
              "officers, the Chief Executive where the officer is a CLT member, and the "
              "Monitoring Officer where it is the Chief Executive.",
              cites=[("2022", "12.1")]),
        Point("Where a relationship breaks down or becomes strained, every effort is made to "
              "resolve it informally, through conciliation. Officers can use the Grievance "
              "Procedure or go to the Monitoring Officer. An upheld grievance or complaint goes "
              "to the Chief Executive, who advises the Leader and the other appropriate Group "
              "Leaders and decides what to do.",
              cites=[("2022", "12.2")]),
        Point("A member's breach of the protocol may also be a breach of the Members' Code of "
              "Conduct.",
              cites=[("2022", "12.3")]),
    ],
    questions=[
        Question(
            "escalation-ladder",
            kind="order",
            scenario="Clause 12.1 says whom a member raises a concern about an officer with, "
                     "and the answer depends on how senior the officer is.",
            ask="Put the people you would raise it with in order: first for a concern about "
                "an officer who is not a CLT member, then about a CLT member, then about the "
                "Chief Executive.",
            options=[
                Option("chief-executive", "The Chief Executive"),
                Option("monitoring-officer", "The Monitoring Officer"),
                Option("clt-member", "The appropriate CLT member"),
            ],
            order=("clt-member", "chief-executive", "monitoring-officer"),
            explanation="A concern about an officer goes to the appropriate CLT member; where "
                        "the officer is a CLT member, to the Chief Executive; where the "
                        "employee is the Chief Executive, to the Monitoring Officer.",
            cites=[("2022", "12.1")],
        ),
        Question(
            "planning-officer",
            scenario="You are unhappy with how a planning officer, who is not a CLT member, "
                     "handled a constituent's case.",
            ask="Whom do you raise it with?",
            options=[
                Option("monitoring-officer", "The Monitoring Officer",
                       feedback="Wrong. The Monitoring Officer is the route where the employee "
                                "concerned is the Chief Executive (12.1)."),
                Option("the-press", "The local paper, so the problem gets fixed",
                       feedback="Wrong. Any criticism of an officer should be made in private "
                                "(3.7)."),
                Option("clt-member", "The appropriate CLT member",
                       correct=True,
                       feedback="Right. A member dissatisfied with an officer's conduct, "
                                "behaviour or performance raises it with the appropriate CLT "
                                "member (3.7, 12.1)."),
            ],
            explanation="Most concerns about officers go to the appropriate CLT member, and "
                        "are raised in private.",
            cites=[("2022", "12.1"), ("2022", "3.7")],
        ),
        Question(
            "angry-report",
            kind="multiple",
            scenario="You are angry about a report an officer wrote, which you think "
                     "misrepresents your ward. You mean to complain.",
            ask="Which of these are in line with the protocol? Select all that apply.",
            options=[
                Option("facts", "Checking that your criticism is well founded and "
                                "constructive before you make it",
                       correct=True,
                       feedback="In line: any criticism should be well founded and "
                                "constructive (3.7)."),
                Option("private", "Taking it up in private with the appropriate CLT member",
                       correct=True,
                       feedback="In line: criticism is made in private, and the concern is "
                                "taken up with the appropriate CLT member (3.7)."),
                Option("social-media", "Posting about the officer's incompetence on social "
                                       "media",
                       feedback="Not in line: criticism must be made in private, and personal "
                                "attacks on an officer avoided at all times (3.7)."),
                Option("committee", "Criticising the officer by name at the committee meeting",
                       feedback="Not in line: criticism of an officer should be made in "
                                "private, not at a meeting (3.7)."),
            ],
            explanation="Avoid personal attacks; make sure any criticism is well founded, "
                        "constructive and made in private; take the concern up with the "
                        "appropriate CLT member; and inform the Chief Executive too if the "
                        "matter is particularly serious.",
            cites=[("2022", "3.7")],
        ),
        Question(
            "chief-executive-conduct",
            scenario="Your concern is about the conduct of the Chief Executive.",
            ask="Whom should it be raised with?",
            options=[
                Option("monitoring-officer", "The Monitoring Officer",
                       correct=True,
                       feedback="Right (12.1)."),
                Option("leader", "The Leader of the Council",
                       feedback="Wrong. Where the employee concerned is the Chief Executive, "
                                "the matter should be raised with the Monitoring Officer "
                                "(12.1)."),
                Option("chief-executive", "The Chief Executive, directly",
                       feedback="Wrong. The Chief Executive is the route for concerns about a "
                                "CLT member; concerns about the Chief Executive go to the "
                                "Monitoring Officer (12.1)."),
            ],
            explanation="The routes in 12.1 follow seniority, and a concern about the Chief "
                        "Executive goes to the Monitoring Officer.",
            cites=[("2022", "12.1")],
        ),
        Question(
            "strained",
            scenario="After months of disagreements, your working relationship with an officer "
                     "in your portfolio has become strained.",
            ask="What does the protocol say happens first?",
            options=[
                Option("standards", "The matter goes straight to the Standards Committee",
                       feedback="Wrong. The Standards Committee may be consulted by the Chief "
                                "Executive if a grievance or complaint is upheld; informal "
                                "resolution comes first (12.2)."),
                Option("move-officer", "You ask for the officer to be moved to another service",
                       feedback="Wrong. The protocol's route is informal resolution through "
                                "conciliation (12.2), and day-to-day managerial decisions are "
                                "for officers (3.2)."),
                Option("informal", "Every effort is made to resolve matters informally, through "
                                   "conciliation by an appropriate senior manager or members",
                       correct=True,
                       feedback="Right. That is the first route the protocol gives (12.2)."),
            ],
            explanation="Strained relationships are resolved informally where possible. "
                        "Officers also have the Grievance Procedure and the Monitoring Officer.",
            cites=[("2022", "12.2"), ("2022", "3.2")],
        ),
        Question(
            "upheld-complaint",
            kind="order",
            scenario="A member/officer relationship has broken down, and a grievance or "
                     "complaint arising from it has been upheld.",
            ask="Put what happens next in order.",
            options=[
                Option("decides", "The Chief Executive decides on the course of action, after "
                                  "consulting the Standards Committee if appropriate"),
                Option("referred", "The matter is referred to the Chief Executive"),
                Option("advises", "The Chief Executive advises the Leader of the Council and "
                                  "the other appropriate Group Leaders"),
            ],
            order=("referred", "advises", "decides"),
            explanation="The matter is referred to the Chief Executive who, having advised the "
                        "Leader of the Council and the other appropriate Group Leaders, decides "
                        "on the course of action, following consultation with the Standards "
                        "Committee if appropriate.",
            cites=[("2022", "12.2")],
        ),
        Question(
            "code-of-conduct",
            scenario="A colleague says that breaking this protocol cannot matter much, because "
                     "it is \u201conly guidance\u201d.",
            ask="What does the protocol say?",
            options=[
                Option("no-consequence", "Nothing: a breach has no consequences",
                       feedback="Wrong. Breaches by a member may also constitute a breach of "
                                "the Members' Code of Conduct (12.3)."),
                Option("may-breach-code", "A breach of the protocol by a member may also be a "
                                          "breach of the Members' Code of Conduct",
                       correct=True,
                       feedback="Right (12.3). The protocol also says it will be interpreted "
                                "having regard to the Members' Code of Conduct (1.5)."),
                Option("always-breach", "Every breach of the protocol is automatically a "
                                        "breach of the Code of Conduct",
                       feedback="Wrong. The protocol says a breach may also constitute a breach "
                                "of the Code, not that it always does (12.3)."),
            ],
            explanation="The protocol reflects the principles of the codes of conduct, and a "
                        "member's breach of it may also breach the Members' Code of Conduct.",
            cites=[("2022", "12.3"), ("2022", "1.5"), ("2022", "1.4")],
        ),
    ],
)
