"""Can I use council support services for this? (2022 clause 6.1; 2008 clause 6)"""
from guides.engine import Guide, Option, Outcome, Question, Review

# -- Small named checks, each beside the clause that justifies it ---------------------------
# 6.1 has three rules: the lawful basis is the member's council role; "only ... on Council
# business"; "never ... in connection with party political or campaigning activity or for
# private purposes". Each check names the words it rests on.


def _party_or_campaign(answers):  # 6.1: never "in connection with party political or campaigning"
    return answers["purpose"] == "party-or-campaign"


def _private(answers):           # 6.1: never "for private purposes"
    return answers["purpose"] == "private"


def _unsure_what_it_is(answers):  # 6.1: "only ... on Council business" decides it
    return answers["purpose"] == "dont-know" or answers.get("connected") == "dont-know"


def _connected_with_party_politics(answers):  # 6.1: "never ... in connection with party political"
    return answers["connected"] == "party"


def _partly_private(answers):    # 6.1 does not address a use that is partly council business
    return answers["connected"] == "private"


def _next(answers):
    if _party_or_campaign(answers):
        return "no-party-political"
    if _private(answers):
        return "no-private"
    if _unsure_what_it_is(answers):
        return "only-council-business"
    if "connected" not in answers:
        return "connected"
    if _connected_with_party_politics(answers):
        return "not-while-connected"
    if _partly_private(answers):
        return "mixed-use-not-addressed"
    return "yes-council-business"


# -- Words shared by several outcomes -------------------------------------------------------

_BASIS = ("The only basis on which the Council can lawfully provide support services to members "
          "is to help them carry out their role as members of the Council, so they must only be "
          "used on council business (6.1).")
_NEVER = ("Never use them in connection with party political or campaigning activity, or for "
          "private purposes (6.1).")
_READ_WITH = ("The protocol is read together with the Members' Code of Conduct and the Council's "
              "policies, procedures and processes (1.5).")
_EARLIER = ("The 2008 version said support services (for example stationery, IT and "
            "photocopying) are provided to elected councillors to assist them in their role as "
            "members of the council, and must be used for council business in accordance with "
            "agreed guidelines (clause 6). It did not mention party political or campaigning "
            "activity or private purposes.")
_EARLIER_CITES = [("2008", "6")]

GUIDE = Guide(
    id="support-services",
    title="Can I use council support services (printing, IT, transport) for this?",
    summary="Whether you, as a councillor, can use the council's support services, such as "
            "stationery, printing, photocopying or transport, for a particular purpose.",
    audience=["member"],
    review=Review(date="2026-12-01", role="Site editor", version="2022"),
    questions=[
        Question(
            "purpose", "What do you want to use the support service for?",
            hint="The protocol's examples of support services are stationery, typing, printing, "
                 "photocopying and transport.",
            options=[
                Option("council-business", "Council business: my work as a member of the Council",
                       hint="For example ward casework or committee work."),
                Option("party-or-campaign", "Party political or campaigning activity",
                       hint="For example a party leaflet or an election campaign."),
                Option("private", "A private purpose",
                       hint="For example my own business, my job or my personal affairs."),
                Option("dont-know", "I'm not sure whether it counts as council business"),
            ]),
        Question(
            "connected", "Is any part of it connected with party political or campaigning "
                         "activity, or for a private purpose?",
            options=[
                Option("no", "No, it is council business only"),
                Option("party", "Yes, it is also connected with party political or campaigning "
                                "activity",
                       hint="For example a ward newsletter that also promotes your party."),
                Option("private", "Yes, it also serves a private purpose",
                       hint="For example council transport to a meeting that you also use for "
                            "a private visit."),
                Option("dont-know", "I don't know"),
            ]),
    ],
    outcomes=[
        Outcome("yes-council-business",
                title="Yes: you can use them for council business",
                answer="Council support services are there to help you carry out your role as a "
                       "member of the Council, so you can use them for council business.",
                next_steps=[_BASIS, _NEVER, _READ_WITH],
                cites=[("2022", "6.1"), ("2022", "1.5")],
                earlier=_EARLIER, earlier_cites=_EARLIER_CITES),
        Outcome("no-party-political",
                title="No: not for party political or campaigning activity",
                answer="Council support services must never be used in connection with party "
                       "political or campaigning activity.",
                next_steps=[
                    _BASIS,
                    "Members should not ask officers to do work which seeks to support or "
                    "benefit a particular political party (2.4).",
                    _READ_WITH,
                ],
                cites=[("2022", "6.1"), ("2022", "2.4"), ("2022", "1.5")],
                earlier=_EARLIER, earlier_cites=_EARLIER_CITES),
        Outcome("no-private",
                title="No: not for private purposes",
                answer="Council support services must never be used for private purposes.",
                next_steps=[
                    _BASIS,
                    "Officers can expect members not to use their position or relationship with "
                    "officers to advance their personal interests or those of others (2.3).",
                    _READ_WITH,
                ],
                cites=[("2022", "6.1"), ("2022", "2.3"), ("2022", "1.5")],
                earlier=_EARLIER, earlier_cites=_EARLIER_CITES),
        Outcome("not-while-connected",
                title="No: not while it is connected with party political or campaigning "
                      "activity",
                answer="Support services should never be used in connection with party "
                       "political or campaigning activity, even where the rest of the use is "
                       "council business.",
                next_steps=[_BASIS, _READ_WITH],
                cites=[("2022", "6.1"), ("2022", "1.5")],
                earlier=_EARLIER, earlier_cites=_EARLIER_CITES),
        Outcome("mixed-use-not-addressed",
                title="The protocol does not say how it applies to a use that is partly private",
                answer="The protocol says support services must only be used on council "
                       "business and should never be used for private purposes. It does not "
                       "say how this applies to a single use that is partly council business "
                       "and partly private.",
                next_steps=[
                    _BASIS,
                    _READ_WITH,
                    "The protocol does not name anyone to ask about a particular use.",
                ],
                cites=[("2022", "6.1"), ("2022", "1.5")],
                earlier=_EARLIER, earlier_cites=_EARLIER_CITES),
        Outcome("only-council-business",
                title="Only if it is council business",
                answer="You can use council support services only for council business: to help "
                       "you carry out your role as a member of the Council.",
                next_steps=[
                    _NEVER,
                    _BASIS,
                    _READ_WITH,
                    "The protocol does not name anyone to ask about a particular use.",
                ],
                cites=[("2022", "6.1"), ("2022", "1.5")],
                earlier=_EARLIER, earlier_cites=_EARLIER_CITES),
    ],
    next_step=_next,
)
