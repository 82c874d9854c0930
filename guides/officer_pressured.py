"""For officers: a councillor is pressuring, bullying or intimidating me. What does the protocol
say, and where can I turn? (2022 2.2, 2.3, 12.2, 12.3; 2008 clause 2)"""
from guides.engine import Guide, Option, Outcome, Question, Review

# -- Small named checks, each beside the clause that justifies it ---------------------------


def _unsure_if_reasonable(answers):  # 2.3: "what are reasonable requests" depends on seniority
    return answers["what"] == "unsure"


def _improper_influence(answers):  # 4.2: nor "seek to exert undue influence on the other party"
    return answers["what"] == "influence"


def _strained(answers):          # 12.2: "where the relationship ... breaks down or becomes strained"
    return answers["relationship"] == "yes"


def _next(answers):
    if _unsure_if_reasonable(answers):
        return "reasonable-requests"
    if _improper_influence(answers):
        return "no-undue-influence"
    # Intimidation, harassment or undue pressure (2.3, eighth bullet).
    if "relationship" not in answers:
        return "relationship"
    if _strained(answers):
        return "conciliation-and-recourse"
    return "what-you-can-expect"


# -- Words shared by several outcomes -------------------------------------------------------

_EXPECT = ("Officers can expect members not to subject them to intimidation, harassment, or put "
           "them under undue pressure. Members will have regard to the seniority of officers in "
           "determining what are reasonable requests, having regard to the relationship between "
           "the member and officer, and the potential vulnerability of officers, particularly at "
           "junior levels (2.3).")
_RESPECT = ("In line with the Code of Conduct, a member must treat others with respect and must "
            "not do anything which compromises, or is likely to compromise, the impartiality of "
            "those who work for, or on behalf of, the Council (2.2).")
_SENIOR = ("Officers can expect members to recognise that officers work to the instructions of "
           "their senior officers and not to individual members (2.3).")
_INFORMAL = ("Where the relationship between members and officers breaks down or becomes "
             "strained, every effort will be made to resolve matters informally, through "
             "conciliation by an appropriate senior manager or Members (12.2).")
_RECOURSE = ("Officers will also have recourse to the Grievance Procedure or to the Council's "
             "Monitoring Officer, as appropriate (12.2).")
_UPHELD = ("If a grievance or complaint is upheld, the matter will be referred to the Chief "
           "Executive, who, having advised the Leader of the Council and the other appropriate "
           "Group Leaders, will decide on the course of action to be taken, following "
           "consultation with the Standards Committee if appropriate (12.2).")
_CODE = ("Breaches of the protocol by a member may also constitute a breach of the Members' Code "
         "of Conduct (12.3).")
_CONTACT = "The Monitoring Officer, or the Grievance Procedure, as appropriate (12.2)"
_EARLIER = ("The 2008 version said that, in accordance with Council policy, harassment or "
            "bullying in the workplace must be avoided, ensuring fair treatment and personal "
            "dignity for all employees (clause 2). It did not say where an officer could turn.")
_EARLIER_CITES = [("2008", "2")]

GUIDE = Guide(
    id="officer-pressured",
    title="A councillor is pressuring, bullying or intimidating me",
    summary="For officers: what the protocol says members will not do, and where an officer "
            "can turn when a councillor puts them under pressure.",
    audience=["officer"],
    review=Review(date="2026-12-01", role="Site editor", version="2022"),
    questions=[
        Question(
            "what", "What is the councillor doing?",
            options=[
                Option("intimidation", "Intimidating or harassing me",
                       hint="For example threats, shouting, or personal abuse."),
                Option("pressure", "Putting me under undue pressure",
                       hint="For example repeated demands, or deadlines I cannot meet."),
                Option("influence", "Trying to influence a decision of mine improperly",
                       hint="For example leaning on me over a case in which they or someone "
                            "they know has an interest."),
                Option("unsure", "I'm not sure whether it goes beyond a reasonable request"),
            ]),
        Question(
            "relationship", "Has your working relationship with the councillor broken down or "
                            "become strained?",
            options=[
                Option("yes", "Yes"),
                Option("no", "No, not yet"),
            ]),
    ],
    outcomes=[
        Outcome("conciliation-and-recourse",
                title="Informal resolution first; you also have the Grievance Procedure and the "
                      "Monitoring Officer",
                answer="Officers can expect members not to subject them to intimidation, "
                       "harassment or undue pressure. Where the relationship has broken down or "
                       "become strained, every effort will be made to resolve matters "
                       "informally, through conciliation by an appropriate senior manager or "
                       "Members, and you also have recourse to the Grievance Procedure or to "
                       "the Council's Monitoring Officer, as appropriate.",
                next_steps=[_EXPECT, _RECOURSE, _UPHELD, _CODE, _RESPECT],
                contact=_CONTACT,
                contacts=["monitoring-officer"],
                cites=[("2022", "12.2"), ("2022", "2.3"), ("2022", "12.3"), ("2022", "2.2")],
                earlier=_EARLIER, earlier_cites=_EARLIER_CITES),
        Outcome("what-you-can-expect",
                title="Members should not intimidate, harass or unduly pressure you",
                answer="Officers can expect members not to subject them to intimidation, "
                       "harassment, or put them under undue pressure. A breach of the protocol "
                       "by a member may also be a breach of the Members' Code of Conduct.",
                next_steps=[
                    _EXPECT,
                    _SENIOR,
                    _RESPECT,
                    "If the relationship breaks down or becomes strained, every effort will be "
                    "made to resolve matters informally, through conciliation by an appropriate "
                    "senior manager or Members (12.2).",
                    _RECOURSE,
                ],
                contact=_CONTACT,
                contacts=["monitoring-officer"],
                cites=[("2022", "2.3"), ("2022", "12.3"), ("2022", "2.2"), ("2022", "12.2")],
                earlier=_EARLIER, earlier_cites=_EARLIER_CITES),
        Outcome("no-undue-influence",
                title="Neither side should seek to exert undue influence on the other",
                answer="Member/Officer relationships are to be conducted in a positive and "
                       "constructive way, and neither party should seek to take unfair "
                       "advantage of their position nor seek to exert undue influence on the "
                       "other party.",
                next_steps=[
                    "Officers can expect members not to use their position or relationship with "
                    "officers to advance their personal interests or those of others or to "
                    "influence decisions improperly (2.3).",
                    "Officers have the right not to engage in actions incompatible with this "
                    "protocol (3.5).",
                    _CODE,
                    "If the relationship breaks down or becomes strained, every effort will be "
                    "made to resolve matters informally, through conciliation by an appropriate "
                    "senior manager or Members (12.2).",
                    _RECOURSE,
                ],
                contact=_CONTACT,
                contacts=["monitoring-officer"],
                cites=[("2022", "4.2"), ("2022", "2.3"), ("2022", "3.5"), ("2022", "12.3"),
                       ("2022", "12.2")],
                earlier=_EARLIER, earlier_cites=_EARLIER_CITES),
        Outcome("reasonable-requests",
                title="What is reasonable depends on your seniority and your relationship",
                answer="The protocol does not list what is reasonable. It says members will have "
                       "regard to the seniority of officers in determining what are reasonable "
                       "requests, having regard to the relationship between the member and "
                       "officer, and the potential vulnerability of officers, particularly at "
                       "junior levels.",
                next_steps=[
                    _SENIOR,
                    "Officers can expect members to understand and support the respective roles "
                    "and responsibilities of officers and their associated workloads, pressures "
                    "and reporting lines (2.3).",
                    "Officers have the right not to engage in actions incompatible with this "
                    "protocol (3.5).",
                    _INFORMAL,
                    _RECOURSE,
                ],
                contact=_CONTACT,
                contacts=["monitoring-officer"],
                cites=[("2022", "2.3"), ("2022", "3.5"), ("2022", "12.2")],
                earlier=_EARLIER, earlier_cites=_EARLIER_CITES),
    ],
    next_step=_next,
)
