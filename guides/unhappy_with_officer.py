"""I'm unhappy with an officer: what should I do, and to whom? (2022 3.7, 12.1-12.3; 2008 1, 2)"""
from guides.engine import Guide, Option, Outcome, Question, Review

# -- Small named checks, each beside the clause that justifies it ---------------------------


def _chief_executive(answers):   # 12.1, third sentence: the Chief Executive -> Monitoring Officer
    return answers["who"] == "chief-executive"


def _clt_member(answers):        # 12.1, second sentence: a CLT member -> the Chief Executive
    return answers["who"] == "clt-member"


def _unsure_who(answers):        # 12.1: whom to raise it with depends on who the officer is
    return answers["who"] == "dont-know"


def _in_public(answers):         # 3.7, third bullet: "any criticism is made in private"
    return answers["how"] == "public"


def _particularly_serious(answers):  # 3.7, last bullet: "of a particularly serious nature"
    return answers["serious"] == "yes"


def _next(answers):
    if "how" not in answers:
        return "how"
    if _in_public(answers):
        return "criticise-in-private"
    if _chief_executive(answers):
        return "raise-with-monitoring-officer"
    if _clt_member(answers):
        return "raise-with-chief-executive"
    if _unsure_who(answers):
        return "depends-on-who"
    # Any other officer: the appropriate CLT member (3.7, 12.1), and how serious it is (3.7).
    if "serious" not in answers:
        return "serious"
    if _particularly_serious(answers):
        return "inform-chief-executive"
    return "raise-with-clt-member"


# -- Words shared by several outcomes -------------------------------------------------------

_CONDUCT = ("Avoid personal attacks on, or abuse of, the officer at all times. Make sure any "
            "criticism is well founded and constructive, and that it is made in private (3.7).")
_SERIOUS = ("If the matter is of a particularly serious nature, inform the Chief Executive as "
            "well (3.7). The protocol does not define \u201cparticularly serious\u201d.")
_STRAINED = ("If your working relationship with the officer has broken down or become strained, "
             "every effort will be made to resolve matters informally, through conciliation by "
             "an appropriate senior manager or Members (12.2).")
_YOUR_CODE = ("A breach of this protocol by a member may also be a breach of the Members' Code of "
              "Conduct (12.3).")
_ROUTES = [
    "If the officer is not a CLT member, take up the concern with the appropriate CLT member "
    "(3.7, 12.1).",
    "If the officer is a CLT member, raise it with the Chief Executive (12.1).",
    "If the officer is the Chief Executive, raise it with the Monitoring Officer (12.1).",
]
_CITES = [("2022", "3.7"), ("2022", "12.1"), ("2022", "12.2"), ("2022", "12.3")]
_EARLIER = (
    "The 2008 version did not say whom to raise a concern about an officer with. It said mutual "
    "respect between councillors and officers is essential, and quoted the Code of Conduct for "
    "Councillors: members \u201cshould treat others with respect\u201d (clause 1). It also said "
    "that, in accordance with Council policy, harassment or bullying in the workplace must be "
    "avoided, ensuring fair treatment and personal dignity for all employees (clause 2).")
_EARLIER_CITES = [("2008", "1"), ("2008", "2")]

GUIDE = Guide(
    id="unhappy-with-officer",
    title="I'm unhappy with an officer: what should I do, and to whom?",
    summary="Whom to raise a concern about an officer's actions or conduct with, and how to "
            "raise it.",
    audience=["member"],
    review=Review(date="2026-12-01", role="Site editor", version="2022"),
    questions=[
        Question(
            "who", "Who is the officer you are unhappy with?",
            hint="CLT is the Corporate Leadership Team, the council's most senior officers (see "
                 "the glossary).",
            options=[
                Option("officer", "An officer who is not a CLT member"),
                Option("clt-member", "A CLT member other than the Chief Executive"),
                Option("chief-executive", "The Chief Executive"),
                Option("dont-know", "I don't know whether they are a CLT member"),
            ]),
        Question(
            "how", "How do you mean to raise it?",
            options=[
                Option("private", "In private, for example in a meeting or a letter to the "
                                  "person I raise it with"),
                Option("public", "In public, for example at a council meeting, in the press or "
                                 "on social media"),
                Option("undecided", "I have not decided yet"),
            ]),
        Question(
            "serious", "Is the matter of a particularly serious nature?",
            hint="The protocol does not define \u201cparticularly serious\u201d: it is for your "
                 "judgement.",
            options=[
                Option("yes", "Yes"),
                Option("no", "No"),
                Option("dont-know", "I don't know"),
            ]),
    ],
    outcomes=[
        Outcome("raise-with-clt-member",
                title="Raise it with the appropriate CLT member",
                answer="Take up your concern with the appropriate CLT member, and do it in "
                       "private.",
                next_steps=[_CONDUCT, _SERIOUS, _STRAINED, _YOUR_CODE],
                contact="The appropriate CLT member (3.7, 12.1)",
                cites=_CITES,
                earlier=_EARLIER, earlier_cites=_EARLIER_CITES),
        Outcome("inform-chief-executive",
                title="Raise it with the appropriate CLT member, and inform the Chief Executive",
                answer="Take up your concern with the appropriate CLT member and, because the "
                       "matter is of a particularly serious nature, inform the Chief Executive "
                       "too.",
                next_steps=[_CONDUCT, _STRAINED, _YOUR_CODE],
                contact="The appropriate CLT member, and the Chief Executive (3.7, 12.1)",
                contacts=["chief-executive"],
                cites=_CITES,
                earlier=_EARLIER, earlier_cites=_EARLIER_CITES),
        Outcome("raise-with-chief-executive",
                title="Raise it with the Chief Executive",
                answer="Where the officer concerned is a CLT member, raise the matter with the "
                       "Chief Executive.",
                next_steps=[_CONDUCT, _STRAINED, _YOUR_CODE],
                contact="The Chief Executive (12.1)",
                contacts=["chief-executive"],
                cites=[("2022", "12.1"), ("2022", "3.7"), ("2022", "12.2"), ("2022", "12.3")],
                earlier=_EARLIER, earlier_cites=_EARLIER_CITES),
        Outcome("raise-with-monitoring-officer",
                title="Raise it with the Monitoring Officer",
                answer="Where the employee concerned is the Chief Executive, raise the matter "
                       "with the Monitoring Officer.",
                next_steps=[_CONDUCT, _STRAINED, _YOUR_CODE],
                contact="The Monitoring Officer (12.1)",
                contacts=["monitoring-officer"],
                cites=[("2022", "12.1"), ("2022", "3.7"), ("2022", "12.2"), ("2022", "12.3")],
                earlier=_EARLIER, earlier_cites=_EARLIER_CITES),
        Outcome("depends-on-who",
                title="It depends on who the officer is",
                answer="Whom you raise it with depends on the officer's position, so find out "
                       "first whether they are a CLT member or the Chief Executive.",
                next_steps=[*_ROUTES, _SERIOUS, _CONDUCT, _YOUR_CODE],
                cites=_CITES,
                earlier=_EARLIER, earlier_cites=_EARLIER_CITES),
        Outcome("criticise-in-private",
                title="No: do not criticise the officer in public",
                answer="Any criticism of an officer should be made in private, and taken up "
                       "with the right person, not made in public.",
                next_steps=[
                    "Avoid personal attacks on, or abuse of, the officer at all times, and make "
                    "sure any criticism is well founded and constructive (3.7).",
                    *_ROUTES,
                    _SERIOUS,
                    "In line with the Code of Conduct, a member must treat others with respect "
                    "(2.2).",
                    _YOUR_CODE,
                ],
                cites=[("2022", "3.7"), ("2022", "12.1"), ("2022", "2.2"), ("2022", "12.3")],
                earlier=_EARLIER, earlier_cites=_EARLIER_CITES),
    ],
    next_step=_next,
)
