"""Dealing with the press: what may an officer say, who signs off a press release, and what is
a councillor's part? (2022 section 10; 2008 clause 13)"""
from guides.engine import Guide, Option, Outcome, Question, Review

# -- Small named checks, each beside the clause that justifies it ---------------------------


def _press_enquiry(answers):     # 10.2: responding to press enquiries
    return answers["task"] == "enquiry"


def _may_respond(answers):       # 10.2: "Directors or nominated representatives may respond"
    return answers["role"] == "yes"


def _political(answers):         # 10.2: "On no account ... any political opinion, comment ..."
    return answers["asked"] in ("opinion", "both")


def _clarifies_position(answers):  # 10.3: disputes, planning, court issues, complaints
    return answers["subject"] == "yes"


def _unsure_of_subject(answers):  # 10.3 applies only to those four kinds of release
    return answers["subject"] == "dont-know"


def _councillor_release(answers):  # 10.3: the Leader or Deputy Leader is consulted
    return answers["task"] == "councillor-release"


def _councillor_comment(answers):  # 10.1: members' part is for the Media Protocol
    return answers["task"] == "councillor-comment"


def _leader_or_deputy(answers):  # 10.3: "after consultation with the Leader or Deputy Leader"
    return answers["leader"] == "yes"


def _next(answers):
    if _press_enquiry(answers):
        if "role" not in answers:
            return "role"
        if not _may_respond(answers):
            return "not-named"
        if "asked" not in answers:
            return "asked"
        return "no-political-comment" if _political(answers) else "facts-only"
    if _councillor_comment(answers):
        return "member-media-protocol"
    if _councillor_release(answers) and "leader" not in answers:
        return "leader"
    # A press release (10.1, 10.3).
    if "subject" not in answers:
        return "subject"
    if _unsure_of_subject(answers):
        return "depends-on-subject"
    if not _clarifies_position(answers):
        return "member-media-protocol" if _councillor_release(answers) else "media-protocol"
    if _councillor_release(answers):
        return "leader-consulted" if _leader_or_deputy(answers) else "member-sign-off"
    return "sign-off"


# -- Words shared by several outcomes -------------------------------------------------------

_FACTS = ("Confine any comments to the facts of the subject and the professional aspects of the "
          "function concerned (10.2).")
_NO_POLITICS = ("On no account may an officer, expressly or by implication, make any political "
                "opinion, comment or statement (10.2).")
_MEDIA = ("For more detailed information on the role of members in issuing press releases, the "
          "protocol refers to the Council's Media Protocol dated May 2011, or any replacement of "
          "it (10.1).")
_SIGN_OFF = ("A press release needed to clarify the Council's position on disputes, major "
             "planning developments, court issues or individuals' complaints should be signed "
             "off by the appropriate Director or the Solicitor to the Council, after consultation "
             "with the Leader or Deputy Leader of the Council (10.3).")
_NEUTRAL = ("Officers act professionally, impartially and with political neutrality (3.3).")
_EARLIER = ("The 2008 version had no rules on the press. It said officers are required to "
            "discharge their responsibilities without political bias or favour (clause 13).")
_EARLIER_CITES = [("2008", "13")]

GUIDE = Guide(
    id="press",
    title="Dealing with the press: what may an officer say, who signs off a press release?",
    summary="For officers and councillors: who may answer press enquiries, what an officer may "
            "say, who signs off a press release, and the Leader's and Deputy Leader's part.",
    audience=["officer", "member"],
    review=Review(date="2026-12-01", role="Site editor", version="2022"),
    questions=[
        Question(
            "task", "What do you need to do?",
            options=[
                Option("enquiry", "As an officer: answer a question from a journalist"),
                Option("release", "As an officer: issue a press release"),
                Option("councillor-release", "As a councillor: a press release on the Council's "
                                             "position"),
                Option("councillor-comment", "As a councillor: speak to the press, or issue my "
                                             "own press release"),
            ]),
        Question(
            "role", "Are you a Director, or a representative nominated to respond to the press?",
            options=[
                Option("yes", "Yes"),
                Option("no", "No"),
                Option("dont-know", "I don't know whether I have been nominated"),
            ]),
        Question(
            "asked", "What does the journalist want from you?",
            options=[
                Option("facts", "Facts about the subject, or about the professional side of the "
                                "service"),
                Option("opinion", "A political opinion or comment",
                       hint="For example your view of a councillor's or a party's position."),
                Option("both", "Some of each"),
            ]),
        Question(
            "leader", "Are you the Leader or the Deputy Leader of the Council?",
            options=[
                Option("yes", "Yes"),
                Option("no", "No"),
            ]),
        Question(
            "subject", "Is the press release needed to clarify the Council's position on a "
                       "dispute, a major planning development, a court issue or an individual's "
                       "complaint?",
            options=[
                Option("yes", "Yes"),
                Option("no", "No"),
                Option("dont-know", "I don't know"),
            ]),
    ],
    outcomes=[
        Outcome("facts-only",
                title="Yes: keep to the facts and the professional aspects",
                answer="As a Director or nominated representative you may respond to press "
                       "enquiries, but confine your comments to the facts of the subject and the "
                       "professional aspects of the function concerned.",
                next_steps=[
                    _NO_POLITICS,
                    _NEUTRAL,
                    "Be alert to issues which are, or are likely to be, contentious or "
                    "politically sensitive, and be aware of the implications for members, the "
                    "media or other sections of the public (3.4).",
                    _MEDIA,
                ],
                cites=[("2022", "10.2"), ("2022", "3.3"), ("2022", "3.4"), ("2022", "10.1")],
                earlier=_EARLIER, earlier_cites=_EARLIER_CITES),
        Outcome("no-political-comment",
                title="No: an officer must never give a political opinion",
                answer="On no account may an officer, expressly or by implication, make any "
                       "political opinion, comment or statement. Answer only on the facts of the "
                       "subject and the professional aspects of the function concerned.",
                next_steps=[
                    _NEUTRAL,
                    "There is a statutory limitation on officers' involvement in political "
                    "activities (3.5).",
                    _MEDIA,
                ],
                cites=[("2022", "10.2"), ("2022", "3.3"), ("2022", "3.5"), ("2022", "10.1")],
                earlier=_EARLIER, earlier_cites=_EARLIER_CITES),
        Outcome("not-named",
                title="Press enquiries are for Directors or nominated representatives",
                answer="The protocol says Directors or nominated representatives may respond to "
                       "press enquiries. It names no one else, and does not say how a "
                       "representative is nominated.",
                next_steps=[
                    "Officers within a Directorate are accountable to their Director or Deputy "
                    "Chief Officer (8.5).",
                    _FACTS,
                    _NO_POLITICS,
                    _MEDIA,
                ],
                cites=[("2022", "10.2"), ("2022", "8.5"), ("2022", "10.1")],
                earlier=_EARLIER, earlier_cites=_EARLIER_CITES),
        Outcome("sign-off",
                title="The appropriate Director or the Solicitor to the Council signs it off",
                answer="A press release needed to clarify the Council's position on a dispute, a "
                       "major planning development, a court issue or an individual's complaint "
                       "should be signed off by the appropriate Director or the Solicitor to the "
                       "Council, after consultation with the Leader or Deputy Leader of the "
                       "Council.",
                next_steps=[
                    "Consult the Leader or Deputy Leader of the Council before it is signed off "
                    "(10.3).",
                    _NO_POLITICS,
                    _MEDIA,
                ],
                contact="The appropriate Director or the Solicitor to the Council, after "
                        "consultation with the Leader or Deputy Leader of the Council (10.3)",
                contacts=["solicitor-to-the-council"],
                cites=[("2022", "10.3"), ("2022", "10.2"), ("2022", "10.1")],
                earlier=_EARLIER, earlier_cites=_EARLIER_CITES),
        Outcome("depends-on-subject",
                title="It depends on what the release is about",
                answer="The protocol sets a sign-off rule only for a press release needed to "
                       "clarify the Council's position on disputes, major planning developments, "
                       "court issues or individuals' complaints. Find out whether this release "
                       "is one of those before it is issued.",
                next_steps=[_SIGN_OFF, _MEDIA, _NO_POLITICS],
                cites=[("2022", "10.3"), ("2022", "10.1"), ("2022", "10.2")],
                earlier=_EARLIER, earlier_cites=_EARLIER_CITES),
        Outcome("leader-consulted",
                title="You are consulted; the Director or the Solicitor to the Council signs "
                      "it off",
                answer="A press release needed to clarify the Council's position on a dispute, a "
                       "major planning development, a court issue or an individual's complaint "
                       "should be signed off by the appropriate Director or the Solicitor to the "
                       "Council after consultation with the Leader or Deputy Leader of the "
                       "Council. Your part, as Leader or Deputy Leader, is to be consulted; the "
                       "sign-off is theirs.",
                next_steps=[
                    _NO_POLITICS,
                    "Respect the impartiality of officers and do not undermine their role in "
                    "carrying out their duties (2.4).",
                    _MEDIA,
                ],
                contact="The appropriate Director or the Solicitor to the Council (10.3)",
                contacts=["solicitor-to-the-council"],
                cites=[("2022", "10.3"), ("2022", "10.1"), ("2022", "2.4"), ("2022", "10.2")],
                earlier=_EARLIER, earlier_cites=_EARLIER_CITES),
        Outcome("member-sign-off",
                title="The Director or the Solicitor to the Council signs it off, after "
                      "consulting the Leader or Deputy Leader",
                answer="A press release needed to clarify the Council's position on a dispute, a "
                       "major planning development, a court issue or an individual's complaint "
                       "should be signed off by the appropriate Director or the Solicitor to the "
                       "Council after consultation with the Leader or Deputy Leader of the "
                       "Council. The protocol gives other councillors no part in that sign-off.",
                next_steps=[_MEDIA, _NO_POLITICS],
                contact="The appropriate Director or the Solicitor to the Council (10.3)",
                contacts=["solicitor-to-the-council"],
                cites=[("2022", "10.3"), ("2022", "10.1"), ("2022", "10.2")],
                earlier=_EARLIER, earlier_cites=_EARLIER_CITES),
        Outcome("member-media-protocol",
                title="The protocol refers you to the Council's Media Protocol",
                answer="For more detailed information on the role of members in issuing press "
                       "releases, the protocol refers to the Council's Media Protocol dated May "
                       "2011, or any replacement of it. It sets no rule of its own on what a "
                       "councillor says to the press.",
                next_steps=[
                    _SIGN_OFF,
                    "A member must treat others with respect and must not do anything which "
                    "compromises, or is likely to compromise, the impartiality of those who work "
                    "for, or on behalf of, the Council (2.2).",
                    "Any criticism of an officer should be made in private (3.7).",
                    _NO_POLITICS,
                ],
                cites=[("2022", "10.1"), ("2022", "10.3"), ("2022", "2.2"), ("2022", "3.7"),
                       ("2022", "10.2")],
                earlier=_EARLIER, earlier_cites=_EARLIER_CITES),
        Outcome("media-protocol",
                title="The protocol sets no sign-off rule for this release",
                answer="The protocol sets a sign-off rule only for press releases needed to "
                       "clarify the Council's position on disputes, major planning developments, "
                       "court issues or individuals' complaints. For more detail on the role of "
                       "members in press releases, it refers to the Council's Media Protocol.",
                next_steps=[
                    _SIGN_OFF,
                    _MEDIA,
                    _NO_POLITICS,
                ],
                cites=[("2022", "10.1"), ("2022", "10.3"), ("2022", "10.2")],
                earlier=_EARLIER, earlier_cites=_EARLIER_CITES),
    ],
    next_step=_next,
)
