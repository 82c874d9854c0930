"""Can I ask an officer to do this? (2022 2.3-2.5, 3.3-3.5; 2008 clauses 12, 13)"""
from guides.engine import Guide, Option, Outcome, Question, Review

# -- Small named checks, each beside the clause that justifies it ---------------------------


def _party_political(answers):   # 2.4, second bullet: no work to support or benefit a party
    return answers["task"] == "political"


def _exception(answers):         # 2.3 bars only discretion "which involves acting outside" policy
    return answers["task"] == "exception"


def _outside_policy(answers):    # 2.3: no request "to exercise discretion ... outside ... policies"
    return answers["discretion"] == "outside"


def _discretion_within_policy(answers):  # 2.3: discretion the policies themselves leave
    return answers["discretion"] == "within"


def _change_advice(answers):     # 3.3: not "pressured to make comments, or recommendations"
    return answers["task"] == "change-advice"


def _personal_interest(answers):  # 2.3: not "to advance their personal interest or those of others"
    return answers["task"] == "personal"


def _statutory_duties(answers):  # 2.5: not "improperly interfere with or obstruct" the officer
    return answers["task"] == "statutory"


def _within_authority(answers):  # 2.4, third bullet: do not ask officers to exceed authority
    return answers["authority"] == "yes"


def _next(answers):
    if _party_political(answers):
        return "not-political"
    if _exception(answers):
        if "discretion" not in answers:
            return "discretion"
        if _outside_policy(answers):
            return "not-outside-policy"
        if _discretion_within_policy(answers):
            return "officers-discretion"
        return "check-authority"
    if _change_advice(answers):
        return "no-pressure"
    if _personal_interest(answers):
        return "not-personal"
    if _statutory_duties(answers):
        return "statutory-officer"
    # Help with council work (3.1, 7.1), as long as it is within policy and authority.
    if "authority" not in answers:
        return "authority"
    if _within_authority(answers):
        return "yes-you-can-ask"
    if answers["authority"] == "no":
        return "not-outside-policy"
    return "check-authority"


# -- Words shared by several outcomes -------------------------------------------------------

_SENIOR = ("Officers work to the instructions of their senior officers, not to individual "
           "members (2.3).")
_PRESSURE = ("Have regard to the officer's seniority, and their potential vulnerability, "
             "particularly at junior levels, in deciding what is a reasonable request. Do not "
             "subject officers to intimidation or harassment, or put them under undue pressure "
             "(2.3).")
_AUTHORITY = ("Officers should always seek to assist a member, but must not go beyond the "
              "authority given to them by their Director or Deputy Chief Officer, to whom they "
              "are accountable (8.5).")
_IMPARTIAL = ("Respect the impartiality of officers and do not undermine their role in carrying "
              "out their duties (2.4).")
_DIRECTORATE = ("Approaches to a council directorate should normally go to the CLT member "
                "concerned (7.1).")
_EARLIER = ("The 2008 version had no list of what members may ask of officers. It said all "
            "officers have a duty to the whole of the council and serve the council as a whole "
            "(clause 12), and are required to discharge their responsibilities without political "
            "bias or favour (clause 13).")
_EARLIER_CITES = [("2008", "12"), ("2008", "13")]

GUIDE = Guide(
    id="asking-officers",
    title="Can I ask an officer to do this?",
    summary="What councillors can and cannot ask officers to do: political work, exceptions "
            "to policy, work beyond an officer's authority, statutory officers and personal "
            "interests.",
    audience=["member"],
    review=Review(date="2026-12-01", role="Site editor", version="2022"),
    questions=[
        Question(
            "task", "What do you want the officer to do?",
            options=[
                Option("council-work", "Give me information, advice or help with my council "
                                       "work",
                       hint="For example on a ward matter or a constituent's case."),
                Option("political", "Do work that would support or benefit a political party",
                       hint="For example for an election campaign, a leaflet or party "
                            "business."),
                Option("exception", "Make an exception to the Council's policies or "
                                    "procedures"),
                Option("change-advice", "Change their advice, comments or recommendations"),
                Option("personal", "Do something for me personally, or for someone I know",
                       hint="For example a relative, a friend or a business I am connected "
                            "with."),
                Option("statutory", "Stop or change what a statutory officer is doing in that "
                                    "role",
                       hint="Statutory officers include the Head of Paid Service, the "
                            "Monitoring Officer and the Chief Finance Officer (section 151 "
                            "officer)."),
            ]),
        Question(
            "discretion", "Would making the exception mean acting outside the Council's "
                          "policies and procedures?",
            hint="Some policies leave officers a discretion of their own; the protocol bars "
                 "only asking for discretion which involves acting outside the Council's "
                 "policies and procedures.",
            options=[
                Option("within", "No: the policy or procedure itself leaves the officer a "
                                 "discretion"),
                Option("outside", "Yes: it would mean acting outside the policies or "
                                  "procedures"),
                Option("dont-know", "I don't know"),
            ]),
        Question(
            "authority", "Is it within the Council's policies and procedures, and within the "
                         "officer's authority?",
            hint="An officer's authority may be given to them in law, by the Council or by "
                 "their managers.",
            options=[
                Option("yes", "Yes"),
                Option("no", "No"),
                Option("dont-know", "I don't know"),
            ]),
    ],
    outcomes=[
        Outcome("yes-you-can-ask",
                title="Yes, you can ask",
                answer="The primary role of officers is to advise, inform and support all "
                       "members. You are free to approach any council directorate for the "
                       "information, explanation and advice about its functions that you "
                       "reasonably need for your role as a member.",
                next_steps=[
                    _DIRECTORATE,
                    "This can be general information about a directorate's activities, or "
                    "specific information on behalf of a constituent (7.1).",
                    _SENIOR,
                    _PRESSURE,
                ],
                contact="The CLT member concerned (7.1)",
                cites=[("2022", "3.1"), ("2022", "7.1"), ("2022", "2.3")],
                earlier=_EARLIER, earlier_cites=_EARLIER_CITES),
        Outcome("check-authority",
                title="You can ask, but only for what is within policy and the officer's "
                      "authority",
                answer="You can ask for help with your council work, but not for anything that "
                       "involves acting outside the Council's policies and procedures, or that "
                       "exceeds the officer's authority. Find out which it is first.",
                next_steps=[
                    "Members must not ask officers to exceed their authority, where that "
                    "authority is given to them in law, by the Council or by their managers "
                    "(2.4).",
                    _AUTHORITY,
                    _DIRECTORATE,
                    _SENIOR,
                ],
                contact="The CLT member concerned (7.1)",
                cites=[("2022", "2.3"), ("2022", "2.4"), ("2022", "8.5"), ("2022", "7.1")],
                earlier=_EARLIER, earlier_cites=_EARLIER_CITES),
        Outcome("not-outside-policy",
                title="No: not outside the Council's policies or beyond the officer's authority",
                answer="Officers can expect you not to ask them to exercise discretion which "
                       "involves acting outside the Council's policies and procedures. Do not "
                       "ask them to exceed their authority, where that authority is given to "
                       "them in law, by the Council or by their managers.",
                next_steps=[
                    "Act within the policies, practices, processes and conventions established "
                    "by the Council (2.3).",
                    _AUTHORITY,
                    "Nor may you yourself authorise, initiate or certify any financial "
                    "transaction, or enter into any contract, agreement or undertaking on behalf "
                    "of the Council or in your role as a member, without proper and lawful "
                    "authority (2.3).",
                ],
                cites=[("2022", "2.3"), ("2022", "2.4"), ("2022", "8.5")],
                earlier=_EARLIER, earlier_cites=_EARLIER_CITES),
        Outcome("not-political",
                title="No: not work for a political party",
                answer="Do not ask officers to undertake work, or act in a way, which seeks to "
                       "support or benefit a particular political party, or which gives rise to "
                       "an officer being criticised for operating in a party political manner.",
                next_steps=[
                    "Officers act professionally, impartially and with political neutrality "
                    "(3.3).",
                    "Officers have the right not to support members in any role other than "
                    "that of member, and there is a statutory limitation on their involvement "
                    "in political activities (3.5).",
                    "Officers may support a party group's preliminary consideration of council "
                    "business (5.1), but must not be involved in advising on party business "
                    "(5.3.1).",
                    "Council support services must never be used for party political or "
                    "campaigning activity (6.1).",
                ],
                cites=[("2022", "2.4"), ("2022", "3.3"), ("2022", "3.5"), ("2022", "5.1"),
                       ("2022", "5.3.1"), ("2022", "6.1")],
                earlier=_EARLIER, earlier_cites=_EARLIER_CITES),
        Outcome("no-pressure",
                title="No: officers should not be pressured to change their professional advice",
                answer="Officers will report a member's view on an issue, but should not be "
                       "influenced or pressured to make comments or recommendations which are "
                       "contrary to their professional judgement or views.",
                next_steps=[
                    "You can ask the officer to report your view (3.3).",
                    _PRESSURE,
                    _IMPARTIAL,
                    "If you are unhappy with an officer's actions or conduct, make sure any "
                    "criticism is well founded, constructive and made in private, and take it "
                    "up with the appropriate CLT member (3.7).",
                ],
                cites=[("2022", "3.3"), ("2022", "2.3"), ("2022", "2.4"), ("2022", "3.7")],
                earlier=_EARLIER, earlier_cites=_EARLIER_CITES),
        Outcome("officers-discretion",
                title="You can ask, but the decision is the officer's, within the policy",
                answer="The protocol bars asking officers to exercise discretion which involves "
                       "acting outside the Council's policies and procedures. A discretion the "
                       "policy itself gives the officer is not barred, but the officer must "
                       "not go beyond the authority they have been given.",
                next_steps=[
                    "Officers are responsible for day-to-day managerial and operational "
                    "decisions; members should avoid inappropriate involvement in such matters "
                    "(3.2).",
                    _SENIOR,
                    _PRESSURE,
                    _AUTHORITY,
                ],
                contact="The CLT member concerned (7.1)",
                cites=[("2022", "2.3"), ("2022", "3.2"), ("2022", "8.5"), ("2022", "7.1")],
                earlier=_EARLIER, earlier_cites=_EARLIER_CITES),
        Outcome("not-personal",
                title="No: do not use your position to advance your own or others' personal "
                      "interests",
                answer="Do not use your position or relationship with officers to advance your "
                       "personal interests or those of others, or to influence decisions "
                       "improperly. Officers have the right not to support members in any role "
                       "other than that of member.",
                next_steps=[
                    "Neither members nor officers should seek to take unfair advantage of their "
                    "position or to exert undue influence on the other (4.2).",
                    "Close personal familiarity between individual councillors and officers can "
                    "damage their relationship (2.1).",
                    "Council support services must never be used for private purposes (6.1).",
                    "This does not stop you asking a directorate for specific information on "
                    "behalf of a constituent, which the protocol counts as part of your role "
                    "as a member (7.1).",
                ],
                cites=[("2022", "2.3"), ("2022", "3.5"), ("2022", "4.2"), ("2022", "2.1"),
                       ("2022", "6.1"), ("2022", "7.1")],
                earlier=_EARLIER, earlier_cites=_EARLIER_CITES),
        Outcome("statutory-officer",
                title="No: do not interfere with a statutory officer's duties",
                answer="When an officer is discharging their responsibilities under a statutory "
                       "office, members must not improperly interfere with or obstruct them, or "
                       "victimise an officer who is discharging or has discharged those "
                       "responsibilities.",
                next_steps=[
                    "The Head of Paid Service, the Monitoring Officer, the Chief Finance Officer "
                    "(section 151 officer) and other statutory officers have specific "
                    "responsibilities placed on them by law, which go beyond their obligations "
                    "as employees of the Council (2.5).",
                    _IMPARTIAL,
                    "If you are dissatisfied with an officer's conduct, raise it with the "
                    "appropriate CLT member; if the officer is a CLT member, with the Chief "
                    "Executive; if it is the Chief Executive, with the Monitoring Officer "
                    "(12.1).",
                ],
                cites=[("2022", "2.5"), ("2022", "2.4"), ("2022", "12.1")],
                earlier=_EARLIER, earlier_cites=_EARLIER_CITES),
    ],
    next_step=_next,
)
