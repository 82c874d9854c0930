"""Under the 2008 protocol (earlier version): officers lobbying members, and members and staff
appointments (2008 clauses 5, 14; related 2022 provisions 2.3, 3.4, 4.2)

The 2022 version has no rule on either subject, so every outcome quotes the 2008 clause and says
plainly that it is an earlier version, not the current one; the 2022 clauses cited are related
provisions, not equivalents.
"""
from guides.engine import Guide, Option, Outcome, Question, Review

# -- Small named checks, each beside the clause that justifies it ---------------------------


def _lobbying(answers):          # 2008 clause 5: officers lobbying councillors
    return answers["topic"] == "lobbying"


def _personal_employment(answers):  # 2008 clause 5, first sentence: "personal employment matters"
    return answers["subject"] == "employment"


def _budget(answers):            # 2008 clause 5, second sentence: "budgetary matters"
    return answers["subject"] == "budget"


def _on_chief_officer_panel(answers):  # 2008 clause 14: "properly appointed to an appointments panel"
    return answers["panel"] == "yes"


def _next(answers):
    if _lobbying(answers):
        if "subject" not in answers:
            return "subject"
        if _personal_employment(answers):
            return "employment-lobbying"
        if _budget(answers):
            return "budget-lobbying"
        return "other-lobbying"
    # Staff appointments (2008 clause 14).
    if "panel" not in answers:
        return "panel"
    if _on_chief_officer_panel(answers):
        return "appointments-panel"
    if answers["panel"] == "no":
        return "no-influence"
    return "check-panel"


# -- Words shared by several outcomes -------------------------------------------------------

_SUPERSEDED = ("The 2008 version was last reviewed in June 2008, with its next review due in "
               "June 2010 (clause 16). The 2022 version, \u201cConstitution Section 16: A "
               "Protocol for Member/Officer Relations\u201d, was last updated on 4 January 2022. "
               "Neither text says that one replaces the other; this site treats the latest "
               "version, 2022, as the current one.")
_NOW_LOBBYING = ("The 2022 version has no rule on officers lobbying members. Related provisions: "
                 "officers should not seek to use their relationship with members to advance "
                 "their personal interests or to influence decisions improperly (3.4), and "
                 "neither members nor officers should seek to exert undue influence on the "
                 "other (4.2).")
_NOW_APPOINTMENTS = ("The 2022 version has no rule on members and staff appointments. A related "
                     "provision: officers can expect members not to use their position or "
                     "relationship with officers to advance their personal interests or those of "
                     "others, or to influence decisions improperly (2.3).")
_LOBBYING_CITES = [("2008", "5"), ("2022", "3.4"), ("2022", "4.2"), ("2008", "16")]
_APPOINTMENTS_CITES = [("2008", "14"), ("2022", "2.3"), ("2008", "16")]

GUIDE = Guide(
    id="officers-lobbying-and-appointments-2008",
    title="Under the 2008 protocol (earlier version): lobbying and staff appointments",
    summary="What the 2008 version of the protocol, which is not the current version, said "
            "about officers lobbying councillors, and about councillors and staff appointments. "
            "The 2022 version, which this site treats as current, has no rule on either.",
    audience=["member", "officer"],
    review=Review(date="2026-12-01", role="Site editor", version="2022"),
    questions=[
        Question(
            "topic", "What is your question about?",
            hint="This guide answers from the 2008 version of the protocol, which is not the "
                 "current version.",
            options=[
                Option("lobbying", "An officer lobbying a councillor"),
                Option("appointments", "A councillor's part in the appointment of council staff"),
            ]),
        Question(
            "subject", "What is the officer lobbying about?",
            options=[
                Option("employment", "A personal employment matter",
                       hint="For example their own job or pay."),
                Option("budget", "Budgetary matters"),
                Option("other", "Something else"),
            ]),
        Question(
            "panel", "Have you been properly appointed to an appointments panel to consider a "
                     "chief officer appointment, in accordance with the scheme of delegation?",
            options=[
                Option("yes", "Yes"),
                Option("no", "No, or the appointment is not a chief officer appointment"),
                Option("dont-know", "I don't know"),
            ]),
    ],
    outcomes=[
        Outcome("employment-lobbying",
                title="Under the 2008 protocol (earlier version): not normally, except through the "
                      "agreed procedures",
                answer="The 2008 version said officers must not normally lobby councillors on "
                       "personal employment matters, except through the agreed procedures as "
                       "management or trade union representatives.",
                next_steps=[_SUPERSEDED, _NOW_LOBBYING],
                cites=_LOBBYING_CITES),
        Outcome("budget-lobbying",
                title="Under the 2008 protocol (earlier version): not outside the agreed procedures",
                answer="The 2008 version said officers must not lobby on budgetary matters "
                       "outside the agreed procedures.",
                next_steps=[_SUPERSEDED, _NOW_LOBBYING],
                cites=_LOBBYING_CITES),
        Outcome("other-lobbying",
                title="Under the 2008 protocol (earlier version): no rule on lobbying about other "
                      "matters",
                answer="The 2008 version's rule on officers lobbying covered only personal "
                       "employment matters and budgetary matters. It said nothing about "
                       "lobbying on anything else.",
                next_steps=[
                    "On personal employment matters, officers were not normally to lobby "
                    "councillors except through the agreed procedures as management or trade "
                    "union representatives; on budgetary matters, not outside the agreed "
                    "procedures (clause 5).",
                    _SUPERSEDED,
                    _NOW_LOBBYING,
                ],
                cites=_LOBBYING_CITES),
        Outcome("appointments-panel",
                title="Under the 2008 protocol (earlier version): yes, as a properly appointed panel "
                      "member",
                answer="The 2008 version's bar on members seeking to influence the appointment "
                       "of council staff did not apply where a member was properly appointed to "
                       "an appointments panel to consider a chief officer appointment, in "
                       "accordance with the scheme of delegation.",
                next_steps=[_SUPERSEDED, _NOW_APPOINTMENTS],
                cites=_APPOINTMENTS_CITES),
        Outcome("no-influence",
                title="Under the 2008 protocol (earlier version): no, members must not seek to "
                      "influence staff appointments",
                answer="The 2008 version said members must not seek to influence the "
                       "appointment of council staff, other than where they are properly "
                       "appointed to an appointments panel to consider a chief officer "
                       "appointment in accordance with the scheme of delegation.",
                next_steps=[_SUPERSEDED, _NOW_APPOINTMENTS],
                cites=_APPOINTMENTS_CITES),
        Outcome("check-panel",
                title="Under the 2008 protocol (earlier version): only if you are properly appointed "
                      "to a chief officer appointments panel",
                answer="The 2008 version said members must not seek to influence the "
                       "appointment of council staff, other than where they are properly "
                       "appointed to an appointments panel to consider a chief officer "
                       "appointment in accordance with the scheme of delegation. Find out "
                       "whether that is so before you take part.",
                next_steps=[
                    "Check that the post is a chief officer post and that your place on the "
                    "panel was made in accordance with the scheme of delegation (clause 14).",
                    _SUPERSEDED,
                    _NOW_APPOINTMENTS,
                ],
                cites=_APPOINTMENTS_CITES),
    ],
    next_step=_next,
)
