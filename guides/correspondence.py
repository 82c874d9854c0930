"""Who may be copied into my correspondence, and whose name goes on a council letter?
(2022 section 9; 2008 clause 11)"""
from guides.engine import Guide, Option, Outcome, Question, Review

# -- Small named checks, each beside the clause that justifies it ---------------------------


def _about_copying(answers):     # 9.1: copies of member/officer correspondence to other members
    return answers["topic"] == "copying"


def _about_whose_name(answers):  # 9.2: whose name official letters and emails go out under
    return answers["topic"] == "whose-name"


def _silent_copy(answers):       # 9.1: "a system of 'silent copies' should not be employed"
    return answers["copied"] == "not-told"


def _creates_obligations(answers):  # 9.2, last sentence: "never ... in the name of a Member"
    return answers["letter-does"] == "obligation"


def _representations(answers):   # 9.2, second sentence: e.g. representations to a Minister
    return answers["letter-does"] == "representations"


def _may_be_confidential(answers):  # 9.3: "if they are marked 'confidential'"
    return answers["marked"] in ("yes", "dont-know")


def _next(answers):
    if _about_copying(answers):
        if "copied" not in answers:
            return "copied"
        return "no-silent-copies" if _silent_copy(answers) else "not-normally-copied"
    if _about_whose_name(answers):
        if "letter-does" not in answers:
            return "letter-does"
        if _creates_obligations(answers):
            return "never-member-name"
        if _representations(answers):
            return "member-name-exception"
        return "officer-name"
    # Passing on an officer's letter about a regulatory matter (9.3).
    if "marked" not in answers:
        return "marked"
    if _may_be_confidential(answers):
        return "not-to-complainants"
    return "not-marked"


# -- Words shared by several outcomes -------------------------------------------------------

_BCC = ("If another member has received an email by \u201cBCC\u201d, this should be made clear "
        "at the foot of the email by adding \u201ccc Councillor x\u201d (9.1).")
_NORMALLY_OFFICER = ("Official letters or emails on behalf of the Council should normally go out "
                     "over the name of the appropriate officer, not a member's (9.2).")
_EXCEPTION = ("In certain circumstances, for example representations to a Government Minister, "
              "it may be appropriate for a letter or email to go out over a member's name, but "
              "this should be the exception rather than the norm (9.2).")
_NEVER = ("Letters or emails that, for example, create obligations or give instructions on "
          "behalf of the Council should never be sent out in the name of a member (9.2).")
_PURPOSE = ("Use council information only for the purpose it was provided for: your duties as a "
            "Member of the Council (7.9).")
_CONFIDENTIAL = ("Do not disclose confidential information, or information you believe to be "
                 "confidential, except in the specific circumstances set out in section 14 of "
                 "the Constitution (7.10).")
_EARLIER_MARKED = ("The 2008 version had no rule on correspondence. It said any document "
                   "provided for a member and marked \u201cNot for Publication\u201d was "
                   "exclusively for that member's use and was not to be disclosed to any other "
                   "person (clause 11).")

GUIDE = Guide(
    id="correspondence",
    title="Who may be copied into my correspondence, and whose name goes on a council letter?",
    summary="When an officer may copy your correspondence to another councillor, whose name "
            "official letters go out under, and passing on confidential letters about "
            "regulatory matters.",
    audience=["member"],
    review=Review(date="2026-12-01", role="Site editor", version="2022"),
    questions=[
        Question(
            "topic", "What is your question about?",
            options=[
                Option("copying", "An officer copying my correspondence with them to another "
                                  "councillor"),
                Option("whose-name", "Whose name an official letter or email on behalf of the "
                                     "Council should go out under"),
                Option("passing-on", "Passing on a letter or email from an officer about a "
                                     "regulatory matter",
                       hint="Regulatory matters include planning, enforcement, licensing and "
                            "environmental health."),
            ]),
        Question(
            "copied", "Has the officer copied it to another councillor?",
            options=[
                Option("told", "Yes, and they made it clear to me",
                       hint="For example with \u201ccc Councillor x\u201d at the foot of the "
                            "email."),
                Option("not-told", "Yes, without telling me"),
                Option("not-yet", "No, I want to know whether they may"),
                Option("dont-know", "I don't know"),
            ]),
        Question(
            "letter-does", "What will the letter or email do?",
            options=[
                Option("obligation", "Create an obligation or give an instruction on behalf of "
                                     "the Council"),
                Option("representations", "Make representations, for example to a Government "
                                          "Minister"),
                Option("other", "Something else, for example answer an enquiry or give "
                                "information"),
                Option("dont-know", "I don't know"),
            ]),
        Question(
            "marked", "Is it marked \u201cconfidential\u201d?",
            options=[
                Option("yes", "Yes"),
                Option("no", "No"),
                Option("dont-know", "I don't know"),
            ]),
    ],
    outcomes=[
        Outcome("not-normally-copied",
                title="Not normally, and never without telling you",
                answer="An officer should not normally copy correspondence between you and them "
                       "to any other member. Where it is exceptionally necessary, the officer "
                       "should make this clear to you.",
                next_steps=[
                    "A system of \u201csilent copies\u201d should not be used (9.1).",
                    _BCC,
                ],
                cites=[("2022", "9.1")]),
        Outcome("no-silent-copies",
                title="That should not happen: no silent copies",
                answer="Correspondence between you and an officer should not normally be copied "
                       "to another member and, where it exceptionally is, this should be made "
                       "clear to you. A system of \u201csilent copies\u201d should not be used.",
                next_steps=[
                    _BCC,
                    "If you are dissatisfied with the officer's conduct, raise it with the "
                    "appropriate CLT member; if the officer is a CLT member, with the Chief "
                    "Executive; if the officer is the Chief Executive, with the Monitoring "
                    "Officer (12.1).",
                    "Make sure any criticism is well founded and constructive, and made in "
                    "private (3.7).",
                ],
                contact="The appropriate CLT member (12.1)",
                cites=[("2022", "9.1"), ("2022", "12.1"), ("2022", "3.7")]),
        Outcome("officer-name",
                title="Normally the appropriate officer's name",
                answer="Official letters or emails on behalf of the Council should normally go "
                       "out over the name of the appropriate officer, rather than a member's.",
                next_steps=[_EXCEPTION, _NEVER],
                cites=[("2022", "9.2")]),
        Outcome("member-name-exception",
                title="Possibly a member's name, as an exception",
                answer="It may be appropriate in certain circumstances, for example "
                       "representations to a Government Minister, for a letter or email to go out "
                       "over a member's name, but this should be the exception rather than the "
                       "norm.",
                next_steps=[_NORMALLY_OFFICER, _NEVER],
                cites=[("2022", "9.2")]),
        Outcome("never-member-name",
                title="Never in a member's name",
                answer="Letters or emails that create obligations or give instructions on behalf "
                       "of the Council should never be sent out in the name of a member. The "
                       "protocol says official letters or emails on behalf of the Council "
                       "should normally be sent out over the name of the appropriate officer.",
                next_steps=[
                    _NORMALLY_OFFICER,
                    "Officers can expect members not to enter into any contract, agreement or "
                    "undertaking on behalf of the Council, or in their role as a Member, without "
                    "proper and lawful authority (2.3).",
                    "Where an officer is authorised to act in consultation with members, it is "
                    "the officer who takes the action and is accountable for it (8.4).",
                ],
                cites=[("2022", "9.2"), ("2022", "2.3"), ("2022", "8.4")]),
        Outcome("not-to-complainants",
                title="No, not if it is marked \u201cconfidential\u201d",
                answer="Correspondence from officers to members about regulatory matters such as "
                       "planning, enforcement, licensing and environmental health should not be "
                       "sent or copied to complainants or other third parties if it is marked "
                       "\u201cconfidential\u201d.",
                next_steps=[
                    "This is to avoid recriminations and allegations of unfair treatment (9.3).",
                    "If you don't know whether it is marked \u201cconfidential\u201d, check "
                    "before you pass it on (9.3).",
                    _CONFIDENTIAL,
                    _PURPOSE,
                ],
                cites=[("2022", "9.3"), ("2022", "7.9"), ("2022", "7.10")],
                earlier=_EARLIER_MARKED, earlier_cites=[("2008", "11")]),
        Outcome("not-marked",
                title="Possibly: the rule on confidential letters does not apply, but others do",
                answer="The rule against sending regulatory correspondence to complainants and "
                       "other third parties applies to correspondence marked "
                       "\u201cconfidential\u201d, so it does not apply here. You must still use "
                       "the information only for the purpose it was provided for.",
                next_steps=[
                    _PURPOSE,
                    "Even if it is not marked, do not disclose information you believe to be "
                    "confidential, except in the specific circumstances set out in section 14 "
                    "of the Constitution (7.10).",
                ],
                cites=[("2022", "9.3"), ("2022", "7.9"), ("2022", "7.10")],
                earlier=_EARLIER_MARKED, earlier_cites=[("2008", "11")]),
    ],
    next_step=_next,
)
