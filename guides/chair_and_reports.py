"""As a committee chair, can I change or stop an officer's report? (2022 8.1, 8.2, 8.5, 3.3;
2008 clause 12)"""
from guides.engine import Guide, Option, Outcome, Question, Review

# -- Small named checks, each beside the clause that justifies it ---------------------------


def _agenda(answers):            # 8.2: the chair "will routinely be consulted" on the agenda
    return answers["want"] == "agenda"


def _change_report(answers):     # 8.2: the officer is "fully responsible for the contents"
    return answers["want"] == "change"


def _stop_report(answers):       # 8.2: "in some situations an Officer will be under a duty"
    return answers["want"] == "stop"


def _only_my_view(answers):      # 3.3: "Officers will report a Member's view on an issue"
    return answers["change-what"] == "my-view"


def _duty_to_report(answers):    # 8.2: "under a duty to submit a report on a particular matter"
    return answers["duty"] == "yes"


def _next(answers):
    if _agenda(answers):
        return "consulted-on-agenda"
    if _change_report(answers):
        if "change-what" not in answers:
            return "change-what"
        return "view-reported" if _only_my_view(answers) else "officer-responsible"
    if _stop_report(answers):
        if "duty" not in answers:
            return "duty"
        # Otherwise the protocol gives no rule but one: the Chief Executive resolves (8.2).
        return "duty-to-report" if _duty_to_report(answers) else "chief-executive-resolves"
    # Any other help from the officers who support the committee (8.5).
    return "within-authority"


# -- Words shared by several outcomes -------------------------------------------------------

_RESPONSIBLE = ("An officer is always fully responsible for the contents of any report submitted "
                "in their name (8.2).")
_DUTY = ("In some situations an officer will be under a duty to submit a report on a particular "
         "matter (8.2).")
_NO_PRESSURE = ("Officers will report a member's view on an issue, but should not be influenced "
                "or pressured to make comments or recommendations contrary to their "
                "professional judgement or views (3.3).")
_CHIEF_EXECUTIVE = ("Any issue between you and an officer about the agenda or a report should be "
                    "referred to the Chief Executive for resolution (8.2).")
_CLOSE = ("Keep a close working relationship with the Directors or Deputy Chief Officers who "
          "support your committee, but never let it become so close, or appear so close, as to "
          "bring into question their ability to deal impartially with other members and other "
          "party groups (8.1).")
_CONTACT = "The Chief Executive, for any issue between you and the officer (8.2)"
_EARLIER = ("The 2008 version had no rules on committee agendas or reports. It said there will "
            "be a close working relationship between a portfolio holder and the relevant senior "
            "officer, but that all officers have a duty to the whole of the council and serve "
            "the council as a whole (clause 12).")
_EARLIER_CITES = [("2008", "12")]

GUIDE = Guide(
    id="chair-and-reports",
    title="As a committee chair, can I change or stop an officer's report?",
    summary="What a committee or sub-committee chair can and cannot do about the agenda and "
            "officers' reports, and who settles a disagreement.",
    audience=["member"],
    review=Review(date="2026-12-01", role="Site editor", version="2022"),
    questions=[
        Question(
            "want", "What do you want to do?",
            options=[
                Option("agenda", "Have a say in what goes on the agenda for a meeting"),
                Option("change", "Change what an officer's report says"),
                Option("stop", "Stop an officer's report going to the meeting",
                       hint="For example, take it off the agenda or hold it back to a later "
                            "meeting."),
                Option("other-help", "Get the officers who support the committee to do "
                                     "something else for me"),
            ]),
        Question(
            "change-what", "What change do you want?",
            options=[
                Option("my-view", "Have my view on the issue reported"),
                Option("contents", "Change the officer's comments, advice or recommendations"),
            ]),
        Question(
            "duty", "Is the officer under a duty to submit the report?",
            hint="The protocol says that in some situations an officer will be under a duty to "
                 "submit a report on a particular matter. It does not list those situations.",
            options=[
                Option("yes", "Yes"),
                Option("no", "No"),
                Option("dont-know", "I don't know"),
            ]),
    ],
    outcomes=[
        Outcome("consulted-on-agenda",
                title="Yes: you will routinely be consulted on the agenda",
                answer="As chair of a committee or sub-committee you will routinely be "
                       "consulted as part of the process of drawing up the agenda for a "
                       "forthcoming meeting. But in some situations an officer will be under a "
                       "duty to submit a report on a particular matter.",
                next_steps=[_RESPONSIBLE, _CHIEF_EXECUTIVE, _CLOSE],
                contact=_CONTACT,
                contacts=["chief-executive"],
                cites=[("2022", "8.2"), ("2022", "8.1")],
                earlier=_EARLIER, earlier_cites=_EARLIER_CITES),
        Outcome("view-reported",
                title="Yes: officers will report your view, but the report stays theirs",
                answer="Officers will report a member's view on an issue. But an officer is "
                       "always fully responsible for the contents of any report submitted in "
                       "their name.",
                next_steps=[
                    "Officers should not be influenced or pressured to make comments or "
                    "recommendations contrary to their professional judgement or views (3.3).",
                    _CHIEF_EXECUTIVE,
                    _CLOSE,
                ],
                contact=_CONTACT,
                contacts=["chief-executive"],
                cites=[("2022", "3.3"), ("2022", "8.2"), ("2022", "8.1")],
                earlier=_EARLIER, earlier_cites=_EARLIER_CITES),
        Outcome("officer-responsible",
                title="No: the officer is fully responsible for what the report says",
                answer="An officer is always fully responsible for the contents of any report "
                       "submitted in their name, and should not be influenced or pressured to "
                       "make comments or recommendations contrary to their professional "
                       "judgement or views.",
                next_steps=[
                    "You can give the officer your view: officers will report a member's view "
                    "on an issue (3.3).",
                    "Do not put officers under undue pressure (2.3).",
                    _CHIEF_EXECUTIVE,
                    _CLOSE,
                ],
                contact=_CONTACT,
                contacts=["chief-executive"],
                cites=[("2022", "8.2"), ("2022", "3.3"), ("2022", "2.3"), ("2022", "8.1")],
                earlier=_EARLIER, earlier_cites=_EARLIER_CITES),
        Outcome("duty-to-report",
                title="No, not if the officer is under a duty to submit it",
                answer="Although the chair is routinely consulted on the agenda, the protocol "
                       "recognises that in some situations an officer will be under a duty to "
                       "submit a report on a particular matter.",
                next_steps=[_RESPONSIBLE, _CHIEF_EXECUTIVE, _CLOSE],
                contact=_CONTACT,
                contacts=["chief-executive"],
                cites=[("2022", "8.2"), ("2022", "8.1")],
                earlier=_EARLIER, earlier_cites=_EARLIER_CITES),
        Outcome("chief-executive-resolves",
                title="Talk to the officer; if you cannot agree, the Chief Executive resolves it",
                answer="The protocol says the chair will routinely be consulted on the agenda, "
                       "but gives the chair no power to stop a report. Any issue between a chair "
                       "and an officer over the agenda or a report should be referred to the "
                       "Chief Executive for resolution.",
                next_steps=[
                    "If you do not know whether the officer must submit the report, ask them. "
                    + _DUTY,
                    _RESPONSIBLE,
                    _CLOSE,
                ],
                contact=_CONTACT,
                contacts=["chief-executive"],
                cites=[("2022", "8.2"), ("2022", "8.1")],
                earlier=_EARLIER, earlier_cites=_EARLIER_CITES),
        Outcome("within-authority",
                title="Yes, within the authority their Director has given them",
                answer="Officers should always seek to assist a chair, or indeed any member, but "
                       "they must not go beyond the bounds of whatever authority they have been "
                       "given by their Director or Deputy Chief Officer, to whom they are "
                       "accountable.",
                next_steps=[
                    "Officers work to the instructions of their senior officers, not to "
                    "individual members (2.3).",
                    _CLOSE,
                ],
                contact="The officer's Director or Deputy Chief Officer (8.5)",
                cites=[("2022", "8.5"), ("2022", "2.3"), ("2022", "8.1")],
                earlier=_EARLIER, earlier_cites=_EARLIER_CITES),
    ],
    next_step=_next,
)
