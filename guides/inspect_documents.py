"""Can I see this council document? (2022 section 7; 2008 clauses 7-11)"""
from guides.engine import Guide, Option, Outcome, Question, Review

# -- Small named checks, each beside the clause that justifies it ---------------------------


def _wants_information(answers):  # 7.1: approach the directorate, not a document request
    return answers["doc-kind"] == "information"


def _other_groups_papers(answers):  # 7.7: no "need to know" for another group's internal papers
    return answers["doc-kind"] == "party-group"


def _meeting_business(answers):  # 7.3: statutory right for a meeting's reports and papers
    return answers["doc-kind"] == "agenda"


def _unsure_what_it_is(answers):  # 7.2, 7.8: which right applies depends on what it is
    return answers["doc-kind"] == "dont-know" or answers.get("part-ii") == "dont-know"


def _exempt_item(answers):       # 7.3, last sentences: the statutory right excludes Part II
    return answers["part-ii"] == "yes"


def _personal_information(answers):  # 7.6, second example: justify in specific terms
    return answers["personal-info"] == "yes"


def _committee_member(answers):  # 7.6, first example: need to know normally presumed
    return answers["role"] == "committee-member"


def _mere_curiosity(answers):    # 7.5: "Mere curiosity is not sufficient"
    return answers["purpose"] == "curiosity"


def _next(answers):
    if _wants_information(answers):
        return "ask-directorate"
    if _other_groups_papers(answers):
        return "other-party-group"
    if _unsure_what_it_is(answers):
        return "check-first"
    if _meeting_business(answers):
        if "part-ii" not in answers:
            return "part-ii"
        if not _exempt_item(answers):
            return "statutory-right"
    # Everything else rests on the common-law "need to know" (7.4, 7.5).
    if "personal-info" not in answers:
        return "personal-info"
    if _personal_information(answers):
        return "justify-in-specific-terms"
    if "role" not in answers:
        return "role"
    if _committee_member(answers):
        return "presumed-need-to-know"
    if "purpose" not in answers:
        return "purpose"
    if _mere_curiosity(answers):
        return "curiosity-not-enough"
    return "show-need-to-know"


# -- Words shared by several outcomes -------------------------------------------------------

_WHO_DECIDES = ("Ask the CLT member who holds the document. They decide whether you have a "
                "\u201cneed to know\u201d, with advice from the Solicitor to the Council (7.5).")
_USE = ("Use what you see only for the purpose it was provided for: your duties as a Member of "
        "the Council (7.9). Do not disclose confidential information, or information you "
        "believe to be confidential, except in the specific circumstances set out in section 14 "
        "of the Constitution (7.10).")
_FOI = ("You also have the same right as any member of the public to ask for information under "
        "the Freedom of Information Act 2000 (7.11).")
_PERSONAL = ("If the document contains personal information about third parties, you will "
             "normally be expected to justify the request in specific terms (7.6).")
_PART_II = ("The statutory right to see the papers for a meeting's business does not apply to "
            "documents relating to certain items in Part II (exempt) of the agenda (7.3). For "
            "those, as for any other council document, what counts is your common-law "
            "\u201cneed to know\u201d (7.4).")
_CURIOSITY = ("Mere curiosity is not sufficient, and no member has a right to \u201ca roving "
              "commission\u201d to examine council documents (7.5).")
_CONTACT = ("The CLT member who holds the document; the Solicitor to the Council for advice "
            "(7.5, 7.8)")
_EARLIER_NEED = (
    "The 2008 version did not separate a statutory right from a common-law one: any member "
    "could inspect and copy a council document they required in the course of their duties "
    "(clause 8), but could not knowingly inspect, or call for a copy of, a document about a "
    "matter in which they were professionally interested or had any direct or indirect "
    "pecuniary interest (clause 9). The Proper Officer could decline to allow inspection of "
    "documents disclosing certain exempt information under Schedule 12A to the Local "
    "Government Act 1972 (clause 10). A document marked \u201cNot for Publication\u201d was for "
    "that member's use only and not to be disclosed to anyone else (clause 11). Section 7 of "
    "the 2022 version has no rule like clause 9.")
_EARLIER_NEED_CITES = [("2008", "8"), ("2008", "9"), ("2008", "10"), ("2008", "11")]

GUIDE = Guide(
    id="inspect-documents",
    title="Can I see this council document?",
    summary="Whether you, as a councillor, have a right to see a council document, and whom "
            "to ask.",
    audience=["member"],
    review=Review(date="2026-12-01", role="Site editor", version="2022"),
    questions=[
        Question(
            "doc-kind", "What do you want to see?",
            options=[
                Option("agenda", "A report or background paper for business at a council, "
                                 "committee or sub-committee meeting"),
                Option("other", "Another council document, such as a file, letter, email or "
                                "record"),
                Option("party-group", "A document that is part of the internal workings of a "
                                      "party group you do not belong to"),
                Option("information", "Not a particular document: information, an explanation "
                                      "or advice from a directorate about what it does"),
                Option("dont-know", "I don't know"),
            ]),
        Question(
            "part-ii", "Is the item in Part II (exempt) of the meeting's agenda?",
            hint="The legal right to see meeting papers does not apply to documents for certain "
                 "Part II (exempt) items. Examples are items with exempt information about "
                 "employees, occupiers of council property, applicants for grants and other "
                 "services, contract and industrial relations negotiations, advice from Counsel "
                 "and criminal investigations.",
            options=[
                Option("no", "No, it is in the public part of the agenda"),
                Option("yes", "Yes, it is a Part II (exempt) item"),
                Option("dont-know", "I don't know"),
            ]),
        Question(
            "personal-info", "Does the document contain personal information about other people?",
            hint="For example, details about a named resident, tenant, applicant or member of "
                 "staff.",
            options=[
                Option("yes", "Yes"),
                Option("no", "No"),
                Option("dont-know", "I don't know"),
            ]),
        Question(
            "role", "Do you sit on the committee or sub-committee whose work the document is "
                    "about?",
            options=[
                Option("committee-member", "Yes, and the document is about that committee's "
                                           "functions"),
                Option("not-its-functions", "I sit on a committee, but the document is not "
                                            "about its functions"),
                Option("not-member", "No"),
                Option("dont-know", "I don't know"),
            ]),
        Question(
            "purpose", "Why do you want to see it?",
            options=[
                Option("duties", "For my work as a councillor, for example a ward matter, a "
                                 "constituent's case or a decision the council is taking"),
                Option("curiosity", "I am interested, but it is not for a particular piece of "
                                    "my council work"),
            ]),
    ],
    outcomes=[
        Outcome("statutory-right",
                title="Yes: you have a legal right to see it",
                answer="You have a statutory right to inspect council documents about business "
                       "to be transacted at a council, committee or sub-committee meeting, "
                       "including the reports and any relevant background papers, whether or "
                       "not you sit on that committee.",
                next_steps=[
                    "Details are in the Access to Information section of the Council's "
                    "Constitution and the Access to Information Procedure Rules in it (7.3).",
                    _USE,
                    _FOI,
                ],
                contact="The Solicitor to the Council, for further advice (7.8)",
                contacts=["solicitor-to-the-council"],
                cites=[("2022", "7.2"), ("2022", "7.3"), ("2022", "7.8"), ("2022", "7.9"),
                       ("2022", "7.10"), ("2022", "7.11")],
                earlier=_EARLIER_NEED, earlier_cites=_EARLIER_NEED_CITES),
        Outcome("presumed-need-to-know",
                title="Yes, normally: your need to know is presumed",
                answer="As a member of the committee, your \u201cneed to know\u201d will normally "
                       "be presumed for documents about that committee's functions, so you "
                       "will normally have a right to inspect it.",
                next_steps=[
                    _WHO_DECIDES,
                    "The presumption covers documents about your committee's functions; it "
                    "still rests on your \u201cneed to know\u201d. " + _CURIOSITY,
                    "If the document turns out to contain personal information about other "
                    "people, expect to be asked to justify the request in specific terms (7.6).",
                    _PART_II,
                    _USE,
                    _FOI,
                ],
                contact=_CONTACT,
                contacts=["solicitor-to-the-council"],
                cites=[("2022", "7.4"), ("2022", "7.5"), ("2022", "7.6"), ("2022", "7.3"),
                       ("2022", "7.8"), ("2022", "7.9"), ("2022", "7.10"), ("2022", "7.11")],
                earlier=_EARLIER_NEED, earlier_cites=_EARLIER_NEED_CITES),
        Outcome("justify-in-specific-terms",
                title="Possibly: you must justify the request in specific terms",
                answer="For documents containing personal information about other people, you "
                       "will normally be expected to justify your request in specific terms.",
                next_steps=[
                    "Explain specifically why you need the personal information to perform "
                    "your duties as a Member of the Council (7.4, 7.6).",
                    _WHO_DECIDES,
                    "The protocol presumes a committee member's need to know for documents about "
                    "that committee's functions, but expects specific reasons for personal "
                    "information about third parties (7.6). Where both apply, it is for the CLT "
                    "member who holds the document to decide (7.5).",
                    _PART_II,
                    _USE,
                    _FOI,
                ],
                contact=_CONTACT,
                contacts=["solicitor-to-the-council"],
                cites=[("2022", "7.4"), ("2022", "7.5"), ("2022", "7.6"), ("2022", "7.3"),
                       ("2022", "7.8"), ("2022", "7.9"), ("2022", "7.10"), ("2022", "7.11")],
                earlier=_EARLIER_NEED, earlier_cites=_EARLIER_NEED_CITES),
        Outcome("show-need-to-know",
                title="Possibly: you must show you need to know",
                answer="You can see it if seeing it is reasonably necessary for you to perform "
                       "your duties as a Member of the Council, and you must be able to show "
                       "that \u201cneed to know\u201d.",
                next_steps=[
                    "Explain what you need it for in your work as a councillor. Curiosity "
                    "alone is not enough, and no member has a right to \u201ca roving "
                    "commission\u201d through council documents (7.5).",
                    _PERSONAL,
                    _WHO_DECIDES,
                    _PART_II,
                    _USE,
                    _FOI,
                ],
                contact=_CONTACT,
                contacts=["solicitor-to-the-council"],
                cites=[("2022", "7.4"), ("2022", "7.5"), ("2022", "7.6"), ("2022", "7.3"),
                       ("2022", "7.8"), ("2022", "7.9"), ("2022", "7.10"), ("2022", "7.11")],
                earlier=_EARLIER_NEED, earlier_cites=_EARLIER_NEED_CITES),
        Outcome("curiosity-not-enough",
                title="No: curiosity is not enough",
                answer="You have no right to see it just because you are interested: you must "
                       "need it to perform your duties as a Member of the Council.",
                next_steps=[
                    _CURIOSITY,
                    "If a piece of your council work does need it, ask the CLT member who holds "
                    "the document and explain why. They decide, with advice from the Solicitor "
                    "to the Council (7.5).",
                    _PERSONAL,
                    _PART_II,
                    _FOI,
                ],
                contact=_CONTACT,
                contacts=["solicitor-to-the-council"],
                cites=[("2022", "7.4"), ("2022", "7.5"), ("2022", "7.6"), ("2022", "7.3"),
                       ("2022", "7.8"), ("2022", "7.11")],
                earlier="The 2008 version also limited the right to documents a member required "
                        "in the course of their duties as a member of the Council (clause 8).",
                earlier_cites=[("2008", "8")]),
        Outcome("other-party-group",
                title="No: not another party group's internal documents",
                answer="By convention, a member of one party group does not have a \u201cneed to "
                       "know\u201d, and so has no right to inspect, a document that forms part of "
                       "the internal workings of another party group.",
                next_steps=[
                    "This is so even though \u201cCouncil document\u201d is very broad and "
                    "includes any document produced with council resources (7.7).",
                    "For further advice about your rights to inspect council documents, ask "
                    "the Solicitor to the Council (7.8).",
                    _FOI,
                ],
                contact="The Solicitor to the Council (7.8)",
                contacts=["solicitor-to-the-council"],
                cites=[("2022", "7.7"), ("2022", "7.8"), ("2022", "7.11")],
                earlier="The 2008 version had no rule about party groups' documents. It said "
                        "only that any member could inspect and copy a council document they "
                        "required in the course of their duties (clause 8).",
                earlier_cites=[("2008", "8")]),
        Outcome("ask-directorate",
                title="Yes: ask the directorate",
                answer="You can approach any council directorate for the information, "
                       "explanation and advice about its functions that you reasonably need for "
                       "your role as a Member of the Council.",
                next_steps=[
                    "Such approaches should normally go to the CLT member concerned (7.1).",
                    "It can be a request for general information about what the directorate "
                    "does, or for specific information on behalf of a constituent (7.1).",
                    "If you want to inspect documents which contain personal information about "
                    "third parties, for example about a constituent's case, you will normally "
                    "be expected to justify the request in specific terms (7.6).",
                    _USE,
                    _FOI,
                ],
                contact="The CLT member concerned (7.1)",
                cites=[("2022", "7.1"), ("2022", "7.6"), ("2022", "7.9"), ("2022", "7.10"),
                       ("2022", "7.11")],
                earlier="The 2008 version said councillors shall be provided with the "
                        "information they need to carry out their executive, scrutiny or "
                        "representative roles (clause 7). It did not say whom to approach.",
                earlier_cites=[("2008", "7")]),
        Outcome("check-first",
                title="It depends: find out more about the document first",
                answer="Which right you have depends on what the document is, so find that out "
                       "first, or ask the Solicitor to the Council.",
                next_steps=[
                    "If the document is about business to be transacted at a council, committee "
                    "or sub-committee meeting, you have a statutory right to see it, except for "
                    "some items in Part II (exempt) of the agenda (7.3).",
                    "The details are in the Access to Information section of the Council's "
                    "Constitution and the Access to Information Procedure Rules in it (7.3).",
                    "Otherwise, you can see it if you need it to perform your duties as a "
                    "Member of the Council (7.4). " + _WHO_DECIDES,
                    _FOI,
                ],
                contact="The Solicitor to the Council (7.8)",
                contacts=["solicitor-to-the-council"],
                cites=[("2022", "7.2"), ("2022", "7.3"), ("2022", "7.4"), ("2022", "7.5"),
                       ("2022", "7.8"), ("2022", "7.11")],
                earlier=_EARLIER_NEED, earlier_cites=_EARLIER_NEED_CITES),
    ],
    next_step=_next,
)
