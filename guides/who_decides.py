"""Who actually takes this decision, and who is accountable? (2022 8.3, 8.4, 3.2, 1.7, 4.1,
5.3.2; 2008 clause 3)"""
from guides.engine import Guide, Option, Outcome, Question, Review

# -- Small named checks, each beside the clause that justifies it ---------------------------


def _officer_consulting_members(answers):  # 8.4: "it is the Officer ... who is accountable for it"
    return answers["who"] == "officer-consulting"


def _officer(answers):           # 8.3: the law allows decisions to be taken by "an Officer"
    return answers["who"] == "officer"


def _members(answers):           # 8.3: the Council, regulatory committees, the Cabinet, ...
    return answers["who"] == "members"


def _party_group(answers):       # 5.3.2: party groups "are not empowered to make decisions"
    return answers["who"] == "party-group"


def _day_to_day(answers):        # 3.2: officers are responsible for day-to-day decisions
    return answers["operational"] == "yes"


def _next(answers):
    if _officer_consulting_members(answers):
        return "officer-accountable"
    if _members(answers):
        return "members-decide"
    if _party_group(answers):
        return "not-a-council-decision"
    if _officer(answers):
        if "operational" not in answers:
            return "operational"
        return "officers-day-to-day" if _day_to_day(answers) else "officer-decides"
    return "find-out"


# -- Words shared by several outcomes -------------------------------------------------------

_WHO_IN_LAW = ("The law allows decisions on the discharge of any of the Council's functions to "
               "be taken only by the Council, regulatory committees such as planning, the "
               "Cabinet, individual Cabinet Members, the Leader of the Council or an officer "
               "(8.3).")
_CONSULTED = ("Where the Council's delegation scheme or a committee resolution authorises a named "
              "officer to act in consultation with one or more members, such as the Chair and "
              "Vice-Chair of a committee or a Cabinet member, it is the officer, not the member, "
              "who takes the action and is accountable for it (8.4).")
_ACCOUNTABLE = "Members are accountable to the public; officers to the Council as a whole (4.1)."
_DIRECTORATE = ("Officers within a directorate are accountable to their Director or Deputy Chief "
                "Officer, and must not go beyond the authority they have been given (8.5).")
_POLICY = "Councillors decide policy for the Council, and officers give effect to it (1.7)."
_ASK = ("To find out more, you are free to approach the council directorate concerned for "
        "information, explanation and advice about its functions. Such approaches should "
        "normally go to the CLT member concerned (7.1).")
_EARLIER = ("The 2008 version did not say who may take decisions or who is accountable for "
            "them. It said that in general councillors make policy and officers implement the "
            "council's policy, and that in most cases councillors should avoid becoming involved "
            "in the operational detail of service delivery (clause 3).")
_EARLIER_CITES = [("2008", "3")]

GUIDE = Guide(
    id="who-decides",
    title="Who actually takes this decision, and who is accountable?",
    summary="Who in law can take a council decision, who is accountable for it, and where "
            "members should keep out of officers' decisions.",
    audience=["member"],
    review=Review(date="2026-12-01", role="Site editor", version="2022"),
    questions=[
        Question(
            "who", "Who is taking the decision, as far as you know?",
            options=[
                Option("officer-consulting", "An officer, after consulting one or more members",
                       hint="For example the Chair or Vice-Chair of a committee, or a Cabinet "
                            "member."),
                Option("officer", "An officer, without consulting members"),
                Option("members", "The Council, a committee such as planning, the Cabinet, a "
                                  "Cabinet member or the Leader of the Council"),
                Option("party-group", "A party group, at its meeting"),
                Option("dont-know", "I don't know"),
            ]),
        Question(
            "operational", "Is it a day-to-day managerial or operational decision?",
            hint="For example about how a service is run from day to day, rather than about "
                 "the Council's policy.",
            options=[
                Option("yes", "Yes"),
                Option("no", "No"),
                Option("dont-know", "I don't know"),
            ]),
    ],
    outcomes=[
        Outcome("officer-accountable",
                title="The officer takes the action and is accountable for it",
                answer="Where the delegation scheme or a committee resolution authorises a "
                       "named officer to act in consultation with members, it is the officer, "
                       "rather than the member consulted, who takes the action, and the officer "
                       "who is accountable for it.",
                next_steps=[
                    "The members consulted can be, for example, the Chair and Vice-Chair of a "
                    "committee or a Cabinet member (8.4).",
                    _WHO_IN_LAW,
                    _DIRECTORATE,
                    _ACCOUNTABLE,
                ],
                cites=[("2022", "8.4"), ("2022", "8.3"), ("2022", "8.5"), ("2022", "4.1")],
                earlier=_EARLIER, earlier_cites=_EARLIER_CITES),
        Outcome("officers-day-to-day",
                title="Officers decide; members should avoid inappropriate involvement",
                answer="Officers are responsible for day-to-day managerial and operational "
                       "decisions within the Council. Members should avoid inappropriate "
                       "involvement in such matters.",
                next_steps=[_POLICY, _DIRECTORATE, _ACCOUNTABLE],
                cites=[("2022", "3.2"), ("2022", "1.7"), ("2022", "8.5"), ("2022", "4.1")],
                earlier=_EARLIER, earlier_cites=_EARLIER_CITES),
        Outcome("officer-decides",
                title="The officer decides, within the authority they have been given",
                answer="An officer is one of those the law allows to take decisions on the "
                       "Council's functions, within the authority they have been given.",
                next_steps=[
                    "The Council's delegation scheme and resolutions passed at committee "
                    "meetings authorise named officers to take action (8.4).",
                    _DIRECTORATE,
                    "Members must not ask officers to exceed their authority, where that "
                    "authority is given to them in law, by the Council or by their managers "
                    "(2.4).",
                    "If it is a day-to-day managerial or operational decision, members should "
                    "avoid inappropriate involvement in it (3.2).",
                    _ACCOUNTABLE,
                ],
                cites=[("2022", "8.3"), ("2022", "8.4"), ("2022", "8.5"), ("2022", "2.4"),
                       ("2022", "3.2"), ("2022", "4.1")],
                earlier=_EARLIER, earlier_cites=_EARLIER_CITES),
        Outcome("members-decide",
                title="Members decide, and are accountable to the public",
                answer="The Council, regulatory committees such as planning, the Cabinet, "
                       "individual Cabinet Members and the Leader of the Council are among "
                       "those the law allows to take decisions on the Council's functions. "
                       "Councillors decide policy, and members are accountable to the public.",
                next_steps=[
                    "Officers give effect to Council policies (1.7). They implement decisions "
                    "that are lawful, properly approved under the law and the Council's "
                    "constitution, and duly recorded (3.4).",
                    _CONSULTED,
                    _ACCOUNTABLE,
                ],
                cites=[("2022", "8.3"), ("2022", "1.7"), ("2022", "4.1"), ("2022", "3.4"),
                       ("2022", "8.4")],
                earlier=_EARLIER, earlier_cites=_EARLIER_CITES),
        Outcome("not-a-council-decision",
                title="Not the party group: its conclusions are not council decisions",
                answer="Party group meetings are part of the preliminaries to council decision "
                       "making, but they are not empowered to make decisions on behalf of the "
                       "Council. Their conclusions do not rank as council decisions, and must "
                       "not be interpreted or acted upon as such.",
                next_steps=[
                    _WHO_IN_LAW,
                    "Where officers advised the group, that does not replace the information "
                    "and advice they must give the relevant committee or sub-committee when it "
                    "considers the matter (5.3.3).",
                ],
                cites=[("2022", "5.3.2"), ("2022", "8.3"), ("2022", "5.3.3")],
                earlier=_EARLIER, earlier_cites=_EARLIER_CITES),
        Outcome("find-out",
                title="It depends on who is authorised to take it: find that out first",
                answer="In law, decisions on the Council's functions can be taken only by the "
                       "Council, regulatory committees such as planning, the Cabinet, "
                       "individual Cabinet Members, the Leader of the Council or an officer. "
                       "Who is accountable depends on which of these takes it.",
                next_steps=[_CONSULTED, _ACCOUNTABLE, _ASK],
                contact="The CLT member concerned (7.1)",
                cites=[("2022", "8.3"), ("2022", "8.4"), ("2022", "4.1"), ("2022", "7.1")],
                earlier=_EARLIER, earlier_cites=_EARLIER_CITES),
    ],
    next_step=_next,
)
