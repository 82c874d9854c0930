"""Using information I have been given: can I share it? (2022 7.9-7.11; 2008 clause 11)"""
from guides.engine import Guide, Option, Outcome, Question, Review

# -- Small named checks, each beside the clause that justifies it ---------------------------


def _for_your_duties(answers):   # 7.9: only "for the purpose for which it was provided"
    return answers["purpose"] == "duties"


def _confidential(answers):      # 7.10: confidential, or "believes to be of a confidential nature"
    return answers["confidential"] in ("marked", "believed")


def _unsure_if_confidential(answers):  # 7.10: the rule turns on whether it is (or seems) confidential
    return answers["confidential"] == "dont-know"


def _next(answers):
    if not _for_your_duties(answers):
        return "not-for-other-purposes"
    if "confidential" not in answers:
        return "confidential"
    if _confidential(answers):
        return "do-not-disclose"
    if _unsure_if_confidential(answers):
        return "find-out-first"
    return "yes-for-duties"


# -- Words shared by several outcomes -------------------------------------------------------

_PURPOSE = ("Council information provided to you must only be used for the purpose for which it "
            "was provided: the proper performance of your duties as a member of the Council "
            "(7.9).")
_CODE = ("The Code of Conduct says you must not disclose confidential information, or "
         "information you believe to be confidential, except in some specific circumstances set "
         "out in section 14 of the Constitution. That section also includes the council's "
         "protocol on the disclosure of confidential information (7.10).")
_REGULATORY = ("Officers' letters or emails to you about planning, enforcement, licensing or "
               "environmental health matters should not be sent or copied to complainants or "
               "other third parties if they are marked \u201cconfidential\u201d (9.3).")
_FOI = ("You have the same right as any other member of the public to make requests for "
        "information under the Freedom of Information Act 2000 (7.11).")
_EARLIER = ("The 2008 version had a rule of its own: any document provided for a member and "
            "marked \u201cNot for Publication\u201d was exclusively for the use of that member and "
            "was not to be disclosed to any other person (clause 11). It had no rule on the use "
            "of other council information.")
_EARLIER_CITES = [("2008", "11")]

GUIDE = Guide(
    id="sharing-information",
    title="Using information I have been given: can I share it?",
    summary="What you may do with council information officers have given you, and when you "
            "must not pass it on.",
    audience=["member"],
    review=Review(date="2026-12-01", role="Site editor", version="2022"),
    questions=[
        Question(
            "purpose", "What do you want to use or share it for?",
            options=[
                Option("duties", "My work as a councillor, the purpose it was given to me for",
                       hint="For example to help the constituent whose case it is about."),
                Option("other", "Something else",
                       hint="For example a party campaign, my own interests or someone "
                            "else's."),
            ]),
        Question(
            "confidential", "Is the information confidential?",
            options=[
                Option("marked", "Yes, it is marked confidential"),
                Option("believed", "It is not marked, but I believe it is confidential"),
                Option("no", "No"),
                Option("dont-know", "I don't know"),
            ]),
    ],
    outcomes=[
        Outcome("yes-for-duties",
                title="Yes, if sharing it serves the purpose it was given to you for",
                answer="You may use council information only for the purpose it was provided "
                       "for, which is the proper performance of your duties as a member of the "
                       "Council. If it is not confidential and sharing it serves that purpose, "
                       "the protocol does not stop you.",
                next_steps=[
                    "If you later learn, or come to believe, that it is confidential, do not "
                    "disclose it except in the specific circumstances set out in section 14 of "
                    "the Constitution (7.10).",
                    _REGULATORY,
                    _FOI,
                ],
                cites=[("2022", "7.9"), ("2022", "7.10"), ("2022", "9.3"), ("2022", "7.11")],
                earlier=_EARLIER, earlier_cites=_EARLIER_CITES),
        Outcome("do-not-disclose",
                title="No: do not disclose confidential information",
                answer="The Code of Conduct says you must not disclose confidential "
                       "information, or information you believe to be confidential, except in "
                       "some specific circumstances set out in section 14 of the Constitution.",
                next_steps=[
                    "Section 14 of the Constitution also includes the council's protocol on "
                    "the disclosure of confidential information (7.10).",
                    "Officers can expect members to respect appropriate confidentiality (2.3).",
                    _REGULATORY,
                    _PURPOSE,
                ],
                cites=[("2022", "7.10"), ("2022", "7.9"), ("2022", "2.3"), ("2022", "9.3")],
                earlier=_EARLIER, earlier_cites=_EARLIER_CITES),
        Outcome("find-out-first",
                title="Find out whether it is confidential before you share it",
                answer="You must not disclose confidential information, or information you "
                       "believe to be confidential, except in some specific circumstances. So "
                       "find out whether this information is confidential before you pass it "
                       "on.",
                next_steps=[
                    _CODE,
                    "You can approach the council directorate concerned for information and "
                    "explanation. Such approaches should normally go to the CLT member "
                    "concerned (7.1).",
                    _REGULATORY,
                    _PURPOSE,
                ],
                contact="The CLT member concerned (7.1)",
                cites=[("2022", "7.10"), ("2022", "7.9"), ("2022", "7.1"), ("2022", "9.3")],
                earlier=_EARLIER, earlier_cites=_EARLIER_CITES),
        Outcome("not-for-other-purposes",
                title="No: council information is only for your duties as a member",
                answer="Council information provided to you must only be used for the purpose "
                       "for which it was provided: the proper performance of your duties as a "
                       "member of the Council.",
                next_steps=[
                    "Do not use your position or your relationship with officers to advance "
                    "your personal interests or those of others, or to influence decisions "
                    "improperly (2.3).",
                    _CODE,
                    _FOI,
                ],
                cites=[("2022", "7.9"), ("2022", "2.3"), ("2022", "7.10"), ("2022", "7.11")],
                earlier=_EARLIER, earlier_cites=_EARLIER_CITES),
    ],
    next_step=_next,
)
