"""Will I be told about a public meeting or consultation in my ward? (2022 11.1; 2008 clause 7)"""
from guides.engine import Guide, Option, Outcome, Question, Review

# -- Small named checks, each beside the clause that justifies it ---------------------------


def _public_meeting(answers):    # 11.1, first sentence: a public meeting -> invited to attend
    return answers["kind"] == "meeting"


def _consultation(answers):      # 11.1, second sentence: a consultative exercise -> notified
    return answers["kind"] == "consultation"


def _run_by_the_council(answers):  # 11.1: "organised by the Council", "the Council undertakes"
    return answers["organiser"] == "council"


def _your_ward_affected(answers):  # 11.1: "a local issue", "the Ward or Wards affected"
    return answers["ward"] == "yes"


def _next(answers):
    if "organiser" not in answers:
        return "organiser"
    if answers["organiser"] == "dont-know":
        return "find-out"
    if not _run_by_the_council(answers):
        return "not-council"
    if "ward" not in answers:
        return "ward"
    if answers["ward"] == "dont-know":
        return "find-out"
    if not _your_ward_affected(answers):
        return "not-covered"
    if _public_meeting(answers):
        return "invited"
    if _consultation(answers):
        return "notified-at-outset"
    return "either-way"


# -- Words shared by several outcomes -------------------------------------------------------

_MEETING = ("Whenever the Council organises a public meeting to consider a local issue, all the "
            "members representing the ward or wards affected should, as a matter of course, be "
            "invited to attend (11.1).")
_CONSULTATION = ("Whenever the Council undertakes any form of consultative exercise on a local "
                 "issue, the ward members should be notified at the outset of the exercise "
                 "(11.1).")
_ASK = ("You are free to approach any council directorate for the information, explanation and "
        "advice about its functions that you reasonably need for your role as a member. Such "
        "approaches should normally go to the CLT member concerned (7.1).")
_NOT_TOLD = ("If you were not invited or told and you are dissatisfied with how an officer "
             "handled it, raise it with the appropriate CLT member, or with the Chief Executive "
             "if that officer is a CLT member (12.1). Make sure any criticism is well founded "
             "and constructive, and made in private (3.7).")
_EARLIER = ("The 2008 version had no rule on public meetings or consultations in a ward. It said "
            "councillors shall be provided with the necessary information to enable them to "
            "carry out their executive, scrutiny or representative roles (clause 7).")
_EARLIER_CITES = [("2008", "7")]

GUIDE = Guide(
    id="ward-involvement",
    title="Will I be told about a public meeting or consultation in my ward?",
    summary="When the Council should invite you to a public meeting, or tell you about a "
            "consultation, on a local issue in your ward.",
    audience=["member"],
    review=Review(date="2026-12-01", role="Site editor", version="2022"),
    questions=[
        Question(
            "kind", "What is happening?",
            options=[
                Option("meeting", "A public meeting"),
                Option("consultation", "A consultation of any kind",
                       hint="For example a survey, an exhibition of plans or a call for "
                            "comments."),
                Option("dont-know", "I don't know yet whether it is a meeting or a "
                                    "consultation"),
            ]),
        Question(
            "organiser", "Is the Council organising it?",
            options=[
                Option("council", "Yes, the Council"),
                Option("someone-else", "No, someone else",
                       hint="For example a developer, a residents' association or another "
                            "public body."),
                Option("dont-know", "I don't know"),
            ]),
        Question(
            "ward", "Is it about a local issue that affects a ward you represent?",
            options=[
                Option("yes", "Yes, my ward is affected, alone or with other wards"),
                Option("other-ward", "It is a local issue, but my ward is not affected"),
                Option("not-local", "No, it is not about a local issue",
                       hint="For example it is about the whole council area."),
                Option("dont-know", "I don't know"),
            ]),
    ],
    outcomes=[
        Outcome("invited",
                title="Yes: you should be invited to attend",
                answer="When the Council organises a public meeting to consider a local issue, "
                       "all the members representing the ward or wards affected should, as a "
                       "matter of course, be invited to attend the meeting.",
                next_steps=[
                    "This is for every member for each ward affected, not only one of them "
                    "(11.1).",
                    _NOT_TOLD,
                ],
                cites=[("2022", "11.1"), ("2022", "12.1"), ("2022", "3.7")],
                earlier=_EARLIER, earlier_cites=_EARLIER_CITES),
        Outcome("notified-at-outset",
                title="Yes: you should be told at the start",
                answer="When the Council undertakes any form of consultative exercise on a local "
                       "issue, the ward members should be notified at the outset of the "
                       "exercise.",
                next_steps=[
                    "You should be told at the outset: that is, when the exercise starts "
                    "(11.1).",
                    _NOT_TOLD,
                ],
                cites=[("2022", "11.1"), ("2022", "12.1"), ("2022", "3.7")],
                earlier=_EARLIER, earlier_cites=_EARLIER_CITES),
        Outcome("either-way",
                title="Yes, whichever it turns out to be",
                answer="The Council should involve you either way: it should invite you to a "
                       "public meeting, and notify you at the outset of a consultation, on a "
                       "local issue affecting your ward.",
                next_steps=[_MEETING, _CONSULTATION, _NOT_TOLD],
                cites=[("2022", "11.1"), ("2022", "12.1"), ("2022", "3.7")],
                earlier=_EARLIER, earlier_cites=_EARLIER_CITES),
        Outcome("not-council",
                title="Not under the protocol: its rule covers the Council's own meetings and "
                      "consultations",
                answer="The protocol's rule is about public meetings the Council organises and "
                       "consultations the Council undertakes. It says nothing about meetings or "
                       "consultations run by others.",
                next_steps=[_MEETING, _CONSULTATION, _ASK],
                cites=[("2022", "11.1"), ("2022", "7.1")],
                earlier=_EARLIER, earlier_cites=_EARLIER_CITES),
        Outcome("not-covered",
                title="Not under the protocol: its rule is for the wards affected by a local "
                      "issue",
                answer="The protocol's rule is about local issues, and it is the members for "
                       "the ward or wards affected who should be invited or notified. It has no "
                       "rule about telling other members.",
                next_steps=[_MEETING, _CONSULTATION, _ASK],
                cites=[("2022", "11.1"), ("2022", "7.1")],
                earlier=_EARLIER, earlier_cites=_EARLIER_CITES),
        Outcome("find-out",
                title="It depends on who runs it and which wards it affects",
                answer="You should be invited or notified if the Council is running it and it "
                       "is about a local issue affecting your ward. Find out those two things "
                       "first.",
                next_steps=[_MEETING, _CONSULTATION, _ASK],
                contact="The CLT member concerned (7.1)",
                cites=[("2022", "11.1"), ("2022", "7.1")],
                earlier=_EARLIER, earlier_cites=_EARLIER_CITES),
    ],
    next_step=_next,
)
