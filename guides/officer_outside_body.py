"""For officers: I have been appointed to an outside body. (2022 3.6, 3.3, 3.4, 1.5; the 2008
version has no clause on outside bodies)"""
from guides.engine import Guide, Option, Outcome, Question, Review

# -- Small named checks, each beside the clause that justifies it ---------------------------


def _representing(answers):      # 3.6: "appointed specifically to represent the Council"
    return answers["capacity"] == "represent"


def _personal(answers):          # 3.6: "or in their personal capacity"
    return answers["capacity"] == "personal"


def _next(answers):
    if _representing(answers):
        return "representing-the-council"
    if _personal(answers):
        return "personal-capacity"
    return "find-out-capacity"


# -- Words shared by several outcomes -------------------------------------------------------

_RECOGNISED = ("Some officers may be appointed to local, regional or national bodies because of "
               "their particular skills and expertise. They may be appointed specifically to "
               "represent the Council or in their personal capacity (3.6).")
_SILENT = ("The protocol says no more about outside bodies: it does not set rules for what you "
           "do or say on the body.")
_READ_WITH = ("The protocol is interpreted having regard to the Officers' Code of Conduct and "
              "the Council's policies, procedures and processes (1.5).")
_EARLIER = ("The 2008 version had no clause on outside bodies. It said officers are required to "
            "discharge their responsibilities without political bias or favour (clause 13).")
_EARLIER_CITES = [("2008", "13")]

GUIDE = Guide(
    id="officer-outside-body",
    title="I have been appointed to an outside body",
    summary="For officers: what the protocol says about officers appointed to local, regional "
            "or national bodies, to represent the Council or in a personal capacity.",
    audience=["officer"],
    review=Review(date="2026-12-01", role="Site editor", version="2022"),
    questions=[
        Question(
            "capacity", "In what capacity were you appointed?",
            options=[
                Option("represent", "Specifically to represent the Council"),
                Option("personal", "In my personal capacity, for my skills and expertise"),
                Option("dont-know", "I don't know"),
            ]),
    ],
    outcomes=[
        Outcome("representing-the-council",
                title="You are there to represent the Council",
                answer="The protocol recognises that officers may be appointed to outside bodies "
                       "specifically to represent the Council.",
                next_steps=[
                    _RECOGNISED,
                    _SILENT,
                    "As in all their work, officers must always act to the best of their "
                    "abilities in the best interests of the authority as expressed in the "
                    "Council's formal decisions (3.4).",
                    "In performing their role, officers act professionally, impartially and "
                    "with political neutrality (3.3).",
                    _READ_WITH,
                ],
                cites=[("2022", "3.6"), ("2022", "3.4"), ("2022", "3.3"), ("2022", "1.5")],
                earlier=_EARLIER, earlier_cites=_EARLIER_CITES),
        Outcome("personal-capacity",
                title="You are there in your personal capacity",
                answer="The protocol recognises that officers may be appointed to outside bodies "
                       "in their personal capacity, because of their particular skills and "
                       "expertise.",
                next_steps=[
                    _RECOGNISED,
                    _SILENT,
                    "Officers should not seek to use their relationship with members to "
                    "advance their personal interests or to influence decisions improperly "
                    "(3.4).",
                    _READ_WITH,
                ],
                cites=[("2022", "3.6"), ("2022", "3.4"), ("2022", "1.5")],
                earlier=_EARLIER, earlier_cites=_EARLIER_CITES),
        Outcome("find-out-capacity",
                title="Find out in which capacity you were appointed",
                answer="The protocol distinguishes two ways an officer may be appointed to an "
                       "outside body: specifically to represent the Council, or in a personal "
                       "capacity. Find out which applies to you.",
                next_steps=[_RECOGNISED, _SILENT, _READ_WITH],
                cites=[("2022", "3.6"), ("2022", "1.5")],
                earlier=_EARLIER, earlier_cites=_EARLIER_CITES),
    ],
    next_step=_next,
)
