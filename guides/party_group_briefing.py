"""Can officers brief our party group, and what can they say? (2022 section 5; 2008 12, 13)"""
from guides.engine import Guide, Option, Outcome, Question, Review

# -- Small named checks, each beside the clause that justifies it ---------------------------


def _party_business_only(answers):  # 5.3.1: "must not be involved in advising on ... party business"
    return answers["topic"] == "party-business"


def _unsure_what_it_is(answers):  # 5.6: "cases of difficulty or uncertainty" -> Chief Executive
    return answers["topic"] == "dont-know"


def _party_business_too(answers):  # 5.3.1, last sentence: officers not present for party business
    return answers["topic"] == "both"


def _non_members_may_attend(answers):  # 5.4: people who are not members of the Council
    return answers["non-members"] in ("yes", "dont-know")


def _next(answers):
    if _party_business_only(answers):
        return "no-party-business"
    if _unsure_what_it_is(answers):
        return "ask-chief-executive"
    # Council business: officers may support the group (5.1, 5.2), within 5.3 and 5.4.
    if "non-members" not in answers:
        return "non-members"
    if _non_members_may_attend(answers):
        return "special-care"
    if _party_business_too(answers):
        return "leave-for-party-business"
    return "yes-council-business"


# -- Words shared by several outcomes -------------------------------------------------------

_FORMS = ("The support can range from a briefing meeting with a Chairman or Spokesperson before "
          "a Committee meeting to a presentation to a full party group meeting. It is available "
          "to all party groups, not only the group in control of the Council (5.2).")
_LIMITS = ("Officers can give information and advice on matters of council business only. They "
           "must not be involved in advising on party business. The protocol says this "
           "distinction will be assisted if officers are not expected to be present at "
           "meetings, or parts of meetings, when party business is to be discussed (5.3.1).")
_NOT_DECISIONS = ("Party group meetings are not empowered to make decisions on behalf of the "
                  "Council. Your group's conclusions are not Council decisions, and must not be "
                  "interpreted or acted upon as such (5.3.2).")
_COMMITTEE = ("A briefing to your group does not replace the information and advice officers "
              "must give the relevant Committee or Sub-Committee when it considers the matter "
              "(5.3.3).")
_CONFIDENTIAL = ("Officers must respect the confidentiality of your group's discussions: they "
                 "should not relay what was said to another party group (5.5).")
_ASK = ("Raise any particular case of difficulty or uncertainty about officer advice to party "
        "groups with the Chief Executive, who will discuss it with the relevant group leader(s) "
        "(5.6).")
_CONTACT = "The Chief Executive, for any difficulty or uncertainty (5.6)"
_EARLIER = ("The 2008 version had no rules on officer advice to party groups. It said that "
            "officers serve the council as a whole (clause 12) and are required to discharge "
            "their responsibilities without political bias or favour (clause 13).")
_EARLIER_CITES = [("2008", "12"), ("2008", "13")]

GUIDE = Guide(
    id="party-group-briefing",
    title="Can officers brief our party group, and what can they say?",
    summary="When officers can support a party group's meetings, what they can and cannot "
            "advise on, and what members and officers must each remember.",
    audience=["member"],
    review=Review(date="2026-12-01", role="Site editor", version="2022"),
    questions=[
        Question(
            "topic", "What would the officers brief the group on?",
            options=[
                Option("council-business", "Council business",
                       hint="For example a matter coming to a committee or to the Council."),
                Option("party-business", "Party business",
                       hint="The group's own affairs, for example its organisation or an election "
                            "campaign."),
                Option("both", "Both: the meeting will deal with council business and party "
                               "business"),
                Option("dont-know", "I'm not sure whether it is council business or party "
                                    "business"),
            ]),
        Question(
            "non-members", "Will anyone who is not a member of the Council be at the meeting?",
            hint="For example party officials or advisers who are not councillors.",
            options=[
                Option("yes", "Yes"),
                Option("no", "No, only members of the Council"),
                Option("dont-know", "I don't know"),
            ]),
    ],
    outcomes=[
        Outcome("yes-council-business",
                title="Yes: officers can brief your group on council business",
                answer="Officers may properly be called upon to support and contribute to your "
                       "group's preliminary consideration of council business, before the "
                       "relevant Council body considers it.",
                next_steps=[_FORMS, _LIMITS, _NOT_DECISIONS, _COMMITTEE, _CONFIDENTIAL],
                contact=_CONTACT,
                contacts=["chief-executive"],
                cites=[("2022", "5.1"), ("2022", "5.2"), ("2022", "5.3.1"), ("2022", "5.3.2"),
                       ("2022", "5.3.3"), ("2022", "5.5"), ("2022", "5.6")],
                earlier=_EARLIER, earlier_cites=_EARLIER_CITES),
        Outcome("leave-for-party-business",
                title="Yes for the council business; officers must not advise on the party "
                      "business",
                answer="Officers can give information and advice on the council business, but "
                       "must not be involved in advising on party business. The protocol says "
                       "this distinction will be assisted if officers are not expected to be "
                       "present at meetings, or parts of meetings, when party business is to be "
                       "discussed.",
                next_steps=[
                    _FORMS, _NOT_DECISIONS, _COMMITTEE, _CONFIDENTIAL,
                ],
                contact=_CONTACT,
                contacts=["chief-executive"],
                cites=[("2022", "5.3.1"), ("2022", "5.1"), ("2022", "5.2"), ("2022", "5.3.2"),
                       ("2022", "5.3.3"), ("2022", "5.5"), ("2022", "5.6")],
                earlier=_EARLIER, earlier_cites=_EARLIER_CITES),
        Outcome("special-care",
                title="Yes, but officers may not be able to say as much",
                answer="Special care is needed whenever officers give information and advice to "
                       "a party group meeting that includes people who are not members of the "
                       "Council. Officers may not be able to give the same level of information "
                       "and advice as they would at a meeting of members only.",
                next_steps=[
                    "People who are not members of the Council are not bound by the code of "
                    "conduct that binds members (the protocol names the National Code of Local "
                    "Government Conduct), in particular its provisions on declaring interests "
                    "and on confidentiality (5.4).",
                    "If you don't know who will attend, bear in mind that this applies whenever "
                    "anyone who is not a member of the Council is there (5.4).",
                    _LIMITS, _NOT_DECISIONS, _COMMITTEE, _CONFIDENTIAL,
                ],
                contact=_CONTACT,
                contacts=["chief-executive"],
                cites=[("2022", "5.4"), ("2022", "5.1"), ("2022", "5.3.1"), ("2022", "5.3.2"),
                       ("2022", "5.3.3"), ("2022", "5.5"), ("2022", "5.6")],
                earlier=_EARLIER, earlier_cites=_EARLIER_CITES),
        Outcome("no-party-business",
                title="No: officers must not advise on party business",
                answer="Officer support to party groups must not go beyond information and "
                       "advice on matters of council business. Officers must not be involved in "
                       "advising on party business.",
                next_steps=[
                    "The distinction will be assisted if officers are not expected to be present "
                    "at meetings, or parts of meetings, when party business is to be discussed "
                    "(5.3.1).",
                    "Members should not ask officers to do work which seeks to support or "
                    "benefit a particular political party (2.4).",
                    "Officers have the right not to support members in any role other than that "
                    "of Member, and there is a statutory limitation on officers' involvement in "
                    "political activities (3.5).",
                    "Officers can still brief your group on council business (5.1).",
                    _ASK,
                ],
                contact=_CONTACT,
                contacts=["chief-executive"],
                cites=[("2022", "5.3.1"), ("2022", "2.4"), ("2022", "3.5"), ("2022", "5.1"),
                       ("2022", "5.6")],
                earlier=_EARLIER, earlier_cites=_EARLIER_CITES),
        Outcome("ask-chief-executive",
                title="Not sure: raise it with the Chief Executive",
                answer="Raise any particular case of difficulty or uncertainty about officer "
                       "advice to party groups with the Chief Executive, who will discuss it "
                       "with the relevant group leader(s).",
                next_steps=[
                    "Officers can give information and advice on matters of council business "
                    "(5.1), but must not be involved in advising on party business (5.3.1).",
                    _CONFIDENTIAL,
                ],
                contact="The Chief Executive (5.6)",
                contacts=["chief-executive"],
                cites=[("2022", "5.6"), ("2022", "5.1"), ("2022", "5.3.1"), ("2022", "5.5")],
                earlier=_EARLIER, earlier_cites=_EARLIER_CITES),
    ],
    next_step=_next,
)
