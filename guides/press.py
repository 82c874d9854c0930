"""Dealing with the press: what may an officer say, who signs off a press release?
(2022 section 10; 2008 clause 13)"""
from guides.engine import Guide, Option, Outcome, Question

# -- Small named checks, each beside the clause that justifies it ---------------------------


def _press_enquiry(answers):     # 10.2: responding to press enquiries
    return answers["task"] == "enquiry"


def _may_respond(answers):       # 10.2: "Directors or nominated representatives may respond"
    return answers["role"] == "yes"


def _political(answers):         # 10.2: "On no account ... any political opinion, comment ..."
    return answers["asked"] in ("opinion", "both")


def _clarifies_position(answers):  # 10.3: disputes, planning, court issues, complaints
    return answers["subject"] == "yes"


def _next(answers):
    if _press_enquiry(answers):
        if "role" not in answers:
            return "role"
        if not _may_respond(answers):
            return "not-named"
        if "asked" not in answers:
            return "asked"
        return "no-political-comment" if _political(answers) else "facts-only"
    # A press release (10.1, 10.3).
    if "subject" not in answers:
        return "subject"
    if _clarifies_position(answers):
        return "sign-off"
    return "media-protocol"


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
    summary="For officers: who may answer press enquiries, what they may say, and who signs "
            "off a press release.",
    audience="officer",
    questions=[
        Question(
            "task", "What do you need to do?",
            options=[
                Option("enquiry", "Answer a question from a journalist"),
                Option("release", "Issue a press release"),
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
                       "press enquiries. If you are neither, or not sure whether you have been "
                       "nominated, ask your Director before you say anything.",
                next_steps=[
                    "Officers within a Directorate are accountable to their Director or Deputy "
                    "Chief Officer (8.5).",
                    _FACTS,
                    _NO_POLITICS,
                    _MEDIA,
                ],
                contact="Your Director or Deputy Chief Officer (8.5)",
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
                cites=[("2022", "10.3"), ("2022", "10.2"), ("2022", "10.1")],
                earlier=_EARLIER, earlier_cites=_EARLIER_CITES),
        Outcome("media-protocol",
                title="The protocol sets no sign-off rule for this release",
                answer="The protocol sets a sign-off rule only for press releases needed to "
                       "clarify the Council's position on disputes, major planning developments, "
                       "court issues or individuals' complaints. For more detail on the role of "
                       "members in press releases, it refers to the Council's Media Protocol.",
                next_steps=[
                    _SIGN_OFF,
                    "If you don't know whether the release is about one of those matters, find "
                    "out before it is issued (10.3).",
                    _MEDIA,
                    _NO_POLITICS,
                ],
                cites=[("2022", "10.1"), ("2022", "10.3"), ("2022", "10.2")],
                earlier=_EARLIER, earlier_cites=_EARLIER_CITES),
    ],
    next_step=_next,
)
