"""For officers: I have a close personal relationship with a councillor. (2022 1.4, 1.5, 2.1,
3.3, 3.4, 8.1; 2008 clauses 1, 12)"""
from guides.engine import Guide, Option, Outcome, Question, Review

# -- Small named checks, each beside the clause that justifies it ---------------------------


def _personal(answers):          # 2.1: "Close personal familiarity ... can damage this relationship"
    return answers["kind"] == "personal"


def _working(answers):           # 8.1: a close working relationship with a Chairman is important
    return answers["kind"] == "working"


def _next(answers):
    if _personal(answers):
        return "personal-familiarity"
    if _working(answers):
        return "close-working"
    return "both-kinds"


# -- Words shared by several outcomes -------------------------------------------------------

_FAMILIARITY = ("Mutual respect between councillors and officers is essential to good local "
                "government. Close personal familiarity between individual councillors and "
                "officers can damage this relationship and prove embarrassing to other "
                "councillors and officers (2.1).")
_ADVANTAGE = ("Neither party should seek to take unfair advantage of their position (2.1). "
              "Officers should not seek to use their relationship with members to advance their "
              "personal interests or to influence decisions improperly (3.4).")
_IMPARTIAL = ("In performing their role, officers act professionally, impartially and with "
              "political neutrality (3.3).")
_CODES = ("The protocol seeks to reflect the principles underlying the codes of conduct for "
          "members and officers, which demand very high standards of personal conduct (1.4). "
          "It is interpreted having regard to the Officers' Code of Conduct and the Council's "
          "policies, procedures and processes (1.5).")
_SILENT = "The protocol does not say whether or to whom such a relationship should be declared."
_CHAIRMAN = ("A close working relationship between the Chairman of a committee and the officers "
             "who support it is clearly important, but it should never be allowed to become so "
             "close, or appear to be so close, as to bring into question the officers' ability "
             "to deal impartially with other members and other party groups (8.1).")
_EARLIER = ("The 2008 version said members and officers should avoid any close personal "
            "familiarity that could give rise to the suspicion of bias or undue influence "
            "(clause 1), and that, though there will be a close working relationship between a "
            "portfolio holder and the relevant senior officer, all officers have a duty to the "
            "whole of the council (clause 12).")
_EARLIER_CITES = [("2008", "1"), ("2008", "12")]

GUIDE = Guide(
    id="officer-close-relationship",
    title="I have a close relationship with a councillor",
    summary="For officers: what the protocol says about close personal familiarity, and close "
            "working relationships, between an officer and a councillor.",
    audience=["officer"],
    review=Review(date="2026-12-01", role="Site editor", version="2022"),
    questions=[
        Question(
            "kind", "What kind of relationship is it?",
            options=[
                Option("personal", "A personal one",
                       hint="For example a relative, a partner or a close friend."),
                Option("working", "A close working relationship",
                       hint="For example I support the committee they chair."),
                Option("dont-know", "Some of each, or I'm not sure"),
            ]),
    ],
    outcomes=[
        Outcome("personal-familiarity",
                title="Close personal familiarity can damage the relationship",
                answer="Close personal familiarity between individual councillors and officers "
                       "can damage the relationship between them and prove embarrassing to "
                       "other councillors and officers.",
                next_steps=[_FAMILIARITY, _ADVANTAGE, _IMPARTIAL, _CODES, _SILENT],
                cites=[("2022", "2.1"), ("2022", "3.4"), ("2022", "3.3"), ("2022", "1.4"),
                       ("2022", "1.5")],
                earlier=_EARLIER, earlier_cites=_EARLIER_CITES),
        Outcome("close-working",
                title="Close working is important, but not so close as to question your "
                      "impartiality",
                answer="A close working relationship with the Chairman of a committee you "
                       "support is clearly important, but it should never become so close, or "
                       "appear so close, as to bring into question your ability to deal "
                       "impartially with other members and other party groups.",
                next_steps=[
                    _CHAIRMAN,
                    "The primary role of officers is to advise, inform and support all members "
                    "(3.1).",
                    _IMPARTIAL,
                    _ADVANTAGE,
                ],
                cites=[("2022", "8.1"), ("2022", "3.1"), ("2022", "3.3"), ("2022", "2.1"),
                       ("2022", "3.4")],
                earlier=_EARLIER, earlier_cites=_EARLIER_CITES),
        Outcome("both-kinds",
                title="The protocol speaks to both kinds of closeness",
                answer="Close personal familiarity between individual councillors and officers "
                       "can damage their relationship; a close working relationship with a "
                       "Chairman is important, but should never appear so close as to bring "
                       "into question your impartiality.",
                next_steps=[_FAMILIARITY, _CHAIRMAN, _ADVANTAGE, _CODES, _SILENT],
                cites=[("2022", "2.1"), ("2022", "8.1"), ("2022", "3.4"), ("2022", "1.4"),
                       ("2022", "1.5")],
                earlier=_EARLIER, earlier_cites=_EARLIER_CITES),
    ],
    next_step=_next,
)
