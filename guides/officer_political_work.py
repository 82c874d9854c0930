"""For officers: a councillor asks me to do party political or campaigning work, or to help in
my own time. (2022 2.4, 3.3, 3.5, 5.1, 5.3.1, 6.1; 2008 clauses 6, 13)"""
from guides.engine import Guide, Option, Outcome, Question, Review

# -- Small named checks, each beside the clause that justifies it ---------------------------


def _party_work(answers):        # 2.4, second bullet; 3.5: the right not to support
    return answers["asked"] == "party-work"


def _own_time(answers):          # 3.5: the protocol does not mention an officer's own time
    return answers["asked"] == "own-time"


def _support_services(answers):  # 6.1: never "in connection with party political or campaigning"
    return answers["asked"] == "services"


def _group_briefing(answers):    # 5.1: officers "may properly be called upon" by party groups
    return answers["asked"] == "group-briefing"


def _next(answers):
    if _party_work(answers):
        return "right-not-to-support"
    if _own_time(answers):
        return "own-time"
    if _support_services(answers):
        return "not-support-services"
    if _group_briefing(answers):
        return "council-business-only"
    return "where-the-line-is"


# -- Words shared by several outcomes -------------------------------------------------------

_MEMBERS_ASK = ("Members should not ask officers to undertake work, or act in a way, which seeks "
                "to support or benefit a particular political party or gives rise to an officer "
                "being criticised for operating in a party political manner (2.4).")
_RIGHT = ("Officers have the right not to support members in any role other than that of "
          "member, and not to engage in actions incompatible with this protocol (3.5).")
_STATUTORY = ("There is a statutory limitation on officers' involvement in political "
              "activities (3.5). The protocol does not say what that limitation covers.")
_NEUTRAL = ("In performing their role, officers act professionally, impartially and with "
            "political neutrality (3.3).")
_SERVICES = ("Council support services (for example stationery, typing, printing, "
             "photocopying and transport) should never be used in connection with party "
             "political or campaigning activity (6.1).")
_GROUPS = ("Officers may properly be called upon to support and contribute to party groups' "
           "preliminary consideration of council business (5.1), but must not be involved in "
           "advising on matters of party business (5.3.1).")
_EARLIER = ("The 2008 version said officers are required to discharge their responsibilities "
            "without political bias or favour (clause 13), and that support services are for "
            "council business (clause 6).")
_EARLIER_CITES = [("2008", "13"), ("2008", "6")]

GUIDE = Guide(
    id="officer-political-work",
    title="A councillor asks me to do party political or campaigning work",
    summary="For officers: what the protocol says when a councillor asks for help with party "
            "political or campaigning work, in working time or your own.",
    audience=["officer"],
    review=Review(date="2026-12-01", role="Site editor", version="2022"),
    questions=[
        Question(
            "asked", "What has the councillor asked you to do?",
            options=[
                Option("party-work", "Work that would support or benefit their party",
                       hint="For example research for a campaign, a leaflet, or a speech for a "
                            "party event."),
                Option("own-time", "Help with their campaign in my own time"),
                Option("services", "Use council printing, stationery or transport for party "
                                   "or campaign material"),
                Option("group-briefing", "Brief their party group on a matter of council "
                                         "business"),
                Option("dont-know", "I'm not sure whether it is party political"),
            ]),
    ],
    outcomes=[
        Outcome("right-not-to-support",
                title="Members should not ask this, and you have the right not to do it",
                answer="Members should not ask officers to undertake work which seeks to "
                       "support or benefit a particular political party. Officers have the "
                       "right not to support members in any role other than that of member.",
                next_steps=[_MEMBERS_ASK, _RIGHT, _STATUTORY, _NEUTRAL, _GROUPS],
                cites=[("2022", "2.4"), ("2022", "3.5"), ("2022", "3.3"), ("2022", "5.1"),
                       ("2022", "5.3.1")],
                earlier=_EARLIER, earlier_cites=_EARLIER_CITES),
        Outcome("own-time",
                title="The protocol does not mention your own time",
                answer="The protocol does not say whether it applies to what an officer does in "
                       "their own time. It says members should not ask officers to undertake "
                       "work which seeks to support a particular political party, and that "
                       "officers have the right not to support members in any role other than "
                       "that of member.",
                next_steps=[
                    "The protocol says it does not seek to be prescriptive or comprehensive and "
                    "may not cover all situations (1.3).",
                    _MEMBERS_ASK, _RIGHT, _STATUTORY, _NEUTRAL,
                ],
                cites=[("2022", "1.3"), ("2022", "2.4"), ("2022", "3.5"), ("2022", "3.3")],
                earlier=_EARLIER, earlier_cites=_EARLIER_CITES),
        Outcome("not-support-services",
                title="No: council support services are never for party or campaign work",
                answer="Council support services must only be used on council business, and "
                       "should never be used in connection with party political or campaigning "
                       "activity.",
                next_steps=[_SERVICES, _MEMBERS_ASK, _RIGHT],
                cites=[("2022", "6.1"), ("2022", "2.4"), ("2022", "3.5")],
                earlier=_EARLIER, earlier_cites=_EARLIER_CITES),
        Outcome("council-business-only",
                title="Yes, on council business; not on party business",
                answer="Officers may properly be called upon to support and contribute to a "
                       "party group's preliminary consideration of council business. Your "
                       "support must not extend beyond information and advice on council "
                       "business: you must not be involved in advising on party business.",
                next_steps=[
                    "The distinction will be assisted if officers are not expected to be "
                    "present at meetings, or parts of meetings, when party business is to be "
                    "discussed (5.3.1).",
                    "Such support is available to all party groups (5.2).",
                    "Respect the confidentiality of any party group discussions at which you "
                    "are present: do not relay their content to another party group (5.5).",
                    "Raise any particular case of difficulty or uncertainty with the Chief "
                    "Executive, who will discuss it with the relevant group leader(s) (5.6).",
                ],
                contact="The Chief Executive, for any difficulty or uncertainty (5.6)",
                contacts=["chief-executive"],
                cites=[("2022", "5.1"), ("2022", "5.3.1"), ("2022", "5.2"), ("2022", "5.5"),
                       ("2022", "5.6")],
                earlier=_EARLIER, earlier_cites=_EARLIER_CITES),
        Outcome("where-the-line-is",
                title="It depends whether it supports a party or is council business",
                answer="Work for a member on council business is part of an officer's role; "
                       "work which seeks to support or benefit a particular political party, or "
                       "which could get you criticised for operating in a party political "
                       "manner, is not something members should ask of you.",
                next_steps=[
                    "The primary role of officers is to advise, inform and support all members "
                    "(3.1).",
                    _MEMBERS_ASK, _RIGHT, _NEUTRAL,
                    "For a party group, raise any particular case of difficulty or uncertainty "
                    "with the Chief Executive (5.6).",
                ],
                contact="The Chief Executive, for party group work (5.6)",
                contacts=["chief-executive"],
                cites=[("2022", "2.4"), ("2022", "3.1"), ("2022", "3.5"), ("2022", "3.3"),
                       ("2022", "5.6")],
                earlier=_EARLIER, earlier_cites=_EARLIER_CITES),
    ],
    next_step=_next,
)
