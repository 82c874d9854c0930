"""For officers: a councillor asks me to act outside policy, or to change my advice or my report.
(2022 2.3, 2.4, 3.3, 3.4, 4.2, 8.2, 8.5; 2008 clauses 12, 13)"""
from guides.engine import Guide, Option, Outcome, Question, Review

# -- Small named checks, each beside the clause that justifies it ---------------------------


def _outside_policy(answers):    # 2.3: not "to exercise discretion which involves acting outside"
    return answers["asked"] == "outside-policy"


def _beyond_authority(answers):  # 2.4, third bullet; 8.5: "the bounds of whatever authority"
    return answers["asked"] == "beyond-authority"


def _change_advice(answers):     # 3.3: not "pressured to make comments, or recommendations"
    return answers["asked"] == "change-advice"


def _chairman(answers):          # 8.2: issues between a Chairman and an Officer -> Chief Executive
    return answers["chairman"] == "yes"


def _next(answers):
    if _outside_policy(answers):
        return "not-outside-policy"
    if _beyond_authority(answers):
        return "not-beyond-authority"
    if _change_advice(answers):
        return "your-professional-judgement"
    # A report (8.2).
    if "chairman" not in answers:
        return "chairman"
    return "chairman-and-report" if _chairman(answers) else "your-report"


# -- Words shared by several outcomes -------------------------------------------------------

_VIEW = ("Whilst officers will report a member's view on an issue, the officer should not be "
         "influenced or pressured to make comments, or recommendations which are contrary to "
         "his professional judgement or views (3.3).")
_UNDUE = ("Neither party should seek to take unfair advantage of their position nor seek to "
          "exert undue influence on the other party (4.2).")
_SENIOR = ("Officers can expect members to recognise that officers work to the instructions of "
           "their senior officers and not to individual members (2.3).")
_RESPONSIBLE = ("An officer will always be fully responsible for the contents of any report "
                "submitted in his/her name, and in some situations will be under a duty to "
                "submit a report on a particular matter (8.2).")
_AUTHORITY = ("Officers should always seek to assist a Chairman (or indeed any member), but must "
              "not, in so doing, go beyond the bounds of whatever authority they have been given "
              "by their Directors or Deputy Chief Officer (8.5).")
_EARLIER = ("The 2008 version said all officers have a duty to the whole of the council "
            "(clause 12), and are required to discharge their responsibilities without "
            "political bias or favour (clause 13).")
_EARLIER_CITES = [("2008", "12"), ("2008", "13")]

GUIDE = Guide(
    id="officer-outside-policy",
    title="A councillor asks me to act outside policy, or to change my advice or report",
    summary="For officers: what the protocol says when a councillor asks you to act outside "
            "the Council's policies, beyond your authority, or to change your advice or report.",
    audience=["officer"],
    review=Review(date="2026-12-01", role="Site editor", version="2022"),
    questions=[
        Question(
            "asked", "What has the councillor asked you to do?",
            options=[
                Option("outside-policy", "Use my discretion in a way that means acting "
                                         "outside the Council's policies or procedures"),
                Option("beyond-authority", "Do something beyond the authority I have been "
                                           "given"),
                Option("change-advice", "Change my advice, comments or recommendations"),
                Option("change-report", "Change, hold back or not submit a report in my name"),
            ]),
        Question(
            "chairman", "Is the councillor the Chairman of the committee or sub-committee the "
                        "report is for?",
            options=[
                Option("yes", "Yes"),
                Option("no", "No"),
                Option("dont-know", "I don't know"),
            ]),
    ],
    outcomes=[
        Outcome("not-outside-policy",
                title="Members should not ask you to act outside the Council's policies",
                answer="Officers can expect members not to request them to exercise discretion "
                       "which involves acting outside the Council's policies and procedures.",
                next_steps=[
                    "Officers can expect members to act within the policies, practices, "
                    "processes and conventions established by the Council (2.3).",
                    _SENIOR,
                    "Officers should implement decisions of the Council and its subordinate "
                    "bodies which are lawful, properly approved and duly recorded, and act in "
                    "the best interests of the authority as expressed in the Council's formal "
                    "decisions (3.4).",
                    _UNDUE,
                ],
                cites=[("2022", "2.3"), ("2022", "3.4"), ("2022", "4.2")],
                earlier=_EARLIER, earlier_cites=_EARLIER_CITES),
        Outcome("not-beyond-authority",
                title="You must not go beyond the authority you have been given",
                answer="Officers should always seek to assist a member, but must not go beyond "
                       "the bounds of whatever authority they have been given by their "
                       "Directors or Deputy Chief Officer. Members should not ask officers to "
                       "exceed their authority where that authority is given to them in law, by "
                       "the Council or by their managers.",
                next_steps=[
                    _AUTHORITY,
                    "Officers within a Directorate are accountable to their Director or Deputy "
                    "Chief Officer (8.5).",
                    _SENIOR,
                    _UNDUE,
                ],
                cites=[("2022", "8.5"), ("2022", "2.4"), ("2022", "2.3"), ("2022", "4.2")],
                earlier=_EARLIER, earlier_cites=_EARLIER_CITES),
        Outcome("your-professional-judgement",
                title="You report the member's view; your advice stays your own",
                answer="Whilst officers will report a member's view on an issue, an officer "
                       "should not be influenced or pressured to make comments or "
                       "recommendations which are contrary to their professional judgement or "
                       "views.",
                next_steps=[
                    _VIEW,
                    "In performing their role, officers act professionally, impartially and "
                    "with political neutrality (3.3).",
                    _UNDUE,
                    "Members should respect the impartiality of officers and not undermine "
                    "their role in carrying out their duties (2.4).",
                ],
                cites=[("2022", "3.3"), ("2022", "4.2"), ("2022", "2.4")],
                earlier=_EARLIER, earlier_cites=_EARLIER_CITES),
        Outcome("chairman-and-report",
                title="The report is yours; issues with the Chairman go to the Chief Executive",
                answer="You are always fully responsible for the contents of any report "
                       "submitted in your name. Any issues arising between a Chairman and an "
                       "officer in this area should be referred to the Chief Executive for "
                       "resolution.",
                next_steps=[
                    "The Chairman will routinely be consulted as part of the process of drawing "
                    "up the agenda, but in some situations an officer will be under a duty to "
                    "submit a report on a particular matter (8.2).",
                    _VIEW,
                    "The relationship between a Chairman and the officers who support the "
                    "committee should never become so close, or appear so close, as to bring "
                    "into question the officers' ability to deal impartially with other members "
                    "and other party groups (8.1).",
                ],
                contact="The Chief Executive (8.2)",
                contacts=["chief-executive"],
                cites=[("2022", "8.2"), ("2022", "3.3"), ("2022", "8.1")],
                earlier=_EARLIER, earlier_cites=_EARLIER_CITES),
        Outcome("your-report",
                title="The report is yours, and so are its contents",
                answer="An officer will always be fully responsible for the contents of any "
                       "report submitted in his/her name. The protocol's referral to the Chief "
                       "Executive is for issues between a Chairman and an officer.",
                next_steps=[
                    _RESPONSIBLE,
                    _VIEW,
                    _UNDUE,
                    "If the councillor turns out to be the Chairman, any issues arising between "
                    "you should be referred to the Chief Executive for resolution (8.2).",
                ],
                contact="The Chief Executive, if the councillor is the Chairman (8.2)",
                contacts=["chief-executive"],
                cites=[("2022", "8.2"), ("2022", "3.3"), ("2022", "4.2")],
                earlier=_EARLIER, earlier_cites=_EARLIER_CITES),
    ],
    next_step=_next,
)
