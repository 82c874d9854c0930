"""Training: correspondence and the press (2022 sections 9, 10 and 11)."""
from training.engine import Module, Option, Point, Question, Review

MODULE = Module(
    id="correspondence-press",
    review=Review(date="2026-12-01", role="Site editor", version="2022"),
    title="Correspondence and the press",
    summary=[
        Point("Correspondence between a member and an officer is not normally copied to other "
              "members. If it exceptionally has to be, the original member is told: no "
              "\u201csilent copies\u201d, and \u201ccc Councillor x\u201d at the foot of an "
              "e-mail when another member has received it.",
              cites=[("2022", "9.1")]),
        Point("Official letters and e-mails on behalf of the Council normally go out over an "
              "officer's name. A member's name is the exception (for example, representations "
              "to a Government Minister), and never for letters that create obligations or "
              "give instructions on behalf of the Council.",
              cites=[("2022", "9.2")]),
        Point("Confidential correspondence to members about regulatory matters such as "
              "planning, enforcement, licensing and environmental health is not sent or copied "
              "to complainants or other third parties.",
              cites=[("2022", "9.3")]),
        Point("Officers who respond to the press keep to the facts and the professional aspects, "
              "never politics. Press releases clarifying the Council's position on disputes, "
              "major planning developments, court issues or complaints are signed off by the "
              "appropriate Director or the Solicitor to the Council after consulting the Leader "
              "or Deputy Leader. Ward members are invited to the Council's local public "
              "meetings.",
              cites=[("2022", "10.2"), ("2022", "10.3"), ("2022", "11.1")]),
    ],
    questions=[
        Question(
            "blind-copy",
            scenario="You e-mail a housing officer about a constituent's case. You later find "
                     "that she blind-copied her reply to a councillor for a neighbouring ward, "
                     "without saying so.",
            ask="What does the protocol say she should have done?",
            options=[
                Option("fine", "Nothing different: officers may copy correspondence to any "
                               "member",
                       feedback="Wrong. Correspondence between an individual member and an "
                                "officer should not normally be copied to any other member "
                                "(9.1)."),
                Option("make-clear", "Not copied it unless it was exceptionally necessary, and "
                                     "then made that clear, for example with \u201ccc "
                                     "Councillor x\u201d at the foot",
                       correct=True,
                       feedback="Right. \u201cSilent copies\u201d should not be used; if another "
                                "member receives the e-mail, that should be made clear at its "
                                "foot (9.1)."),
                Option("ask-permission", "Asked your written permission first, in every case",
                       feedback="Wrong. The protocol does not require permission; it says "
                                "copies should not normally be made, and that any exceptional "
                                "copy must be made clear to the original member (9.1)."),
            ],
            explanation="A member should always know who else has seen their correspondence "
                        "with an officer. Copies are exceptional and never silent.",
            cites=[("2022", "9.1")],
        ),
        Question(
            "instruct-contractor",
            scenario="A repair in your ward is urgent. You draft a letter, to go out in your "
                     "own name on Council paper, telling the contractor to start work on "
                     "Monday.",
            ask="Can it go out in your name?",
            options=[
                Option("yes-urgent", "Yes, because the repair is urgent",
                       feedback="Wrong. Urgency makes no difference: letters which give "
                                "instructions on behalf of the Council should never be sent in "
                                "the name of a member (9.2)."),
                Option("cabinet", "Only if you are the Cabinet member for the service",
                       feedback="Wrong. The rule applies to every member: such letters should "
                                "never be sent out in the name of a member (9.2)."),
                Option("never", "No: letters that give instructions or create obligations for "
                                "the Council are never sent in a member's name",
                       correct=True,
                       feedback="Right (9.2). Officers send official letters; a member must not "
                                "enter into any contract or undertaking on the Council's behalf "
                                "without proper and lawful authority either (2.3)."),
            ],
            explanation="Official letters and e-mails normally go out over the appropriate "
                        "officer's name, and those creating obligations or giving instructions "
                        "on the Council's behalf never go out in a member's name.",
            cites=[("2022", "9.2"), ("2022", "2.3")],
        ),
        Question(
            "minister-letter",
            scenario="The Council is making representations to a Government Minister about "
                     "funding for local buses, and the Leader would like the letter to go out "
                     "over her name.",
            ask="What does the protocol say?",
            options=[
                Option("may-be", "That may be appropriate here, though it is the exception "
                                 "rather than the norm",
                       correct=True,
                       feedback="Right. A letter over a member's name may be appropriate in "
                                "certain circumstances, such as representations to a Government "
                                "Minister, but should be the exception (9.2)."),
                Option("never", "Official letters must always go out over an officer's name",
                       feedback="Wrong. Representations to a Government Minister are the "
                                "protocol's own example of when a member's name may be "
                                "appropriate (9.2)."),
                Option("always-leader", "All letters to Ministers must be signed by the Leader",
                       feedback="Wrong. The protocol says it may be appropriate, not that it is "
                                "required (9.2)."),
            ],
            explanation="The norm is an officer's name; a member's name is a permitted "
                        "exception in circumstances such as a letter to a Minister.",
            cites=[("2022", "9.2")],
        ),
        Question(
            "press-enquiry",
            scenario="A journalist rings a Director for comment on a controversial Cabinet "
                     "decision to close a day centre.",
            ask="What may the Director say?",
            options=[
                Option("defend", "Whatever is needed to defend the Cabinet's political choice",
                       feedback="Wrong. On no account must an officer expressly or impliedly "
                                "make any political opinion, comment or statement (10.2)."),
                Option("facts", "The facts and the professional aspects of the service, and no "
                                "political opinion",
                       correct=True,
                       feedback="Right. Directors may respond but should confine their comments "
                                "to the facts and the professional aspects, and must never "
                                "make any political opinion, comment or statement (10.2)."),
                Option("nothing", "Nothing: only members may speak to the press",
                       feedback="Wrong. Directors or nominated representatives may respond to "
                                "press enquiries (10.2)."),
            ],
            explanation="Officers may speak to the press about the facts and the professional "
                        "aspects, never politics. The Council's Media Protocol has more on "
                        "members' role in press releases.",
            cites=[("2022", "10.2"), ("2022", "10.1")],
        ),
        Question(
            "press-release-steps",
            kind="order",
            scenario="The Council needs a press release to clarify its position in a dispute "
                     "over a major planning development.",
            ask="Put these steps in the order the protocol requires.",
            options=[
                Option("issue", "The press release is issued"),
                Option("sign-off", "The appropriate Director or the Solicitor to the Council "
                                   "signs it off"),
                Option("consult", "The Leader or Deputy Leader of the Council is consulted"),
            ],
            order=("consult", "sign-off", "issue"),
            explanation="Such a press release should be \u201csigned off\u201d by the "
                        "appropriate Director or the Solicitor to the Council after "
                        "consultation with the Leader or Deputy Leader, and only then issued.",
            cites=[("2022", "10.3")],
        ),
        Question(
            "confidential-licensing",
            scenario="The licensing officer writes to you, in a letter marked "
                     "\u201cconfidential\u201d, about objections to a pub's licence. Your "
                     "constituent, who objected, asks you for a copy.",
            ask="Can you give her one?",
            options=[
                Option("yes-constituent", "Yes: she is your constituent and made the objection",
                       feedback="Wrong. Confidential correspondence on regulatory matters such "
                                "as licensing should not be sent or copied to complainants or "
                                "other third parties (9.3)."),
                Option("no", "No: confidential correspondence about regulatory matters is not "
                             "sent or copied to complainants or other third parties",
                       correct=True,
                       feedback="Right. This avoids recriminations and allegations of unfair "
                                "treatment (9.3)."),
                Option("redact", "Yes, once you have blacked out the names",
                       feedback="Wrong. The protocol makes no exception for edited copies of "
                                "correspondence marked confidential (9.3)."),
            ],
            explanation="Confidential correspondence to members about regulatory matters such "
                        "as planning, enforcement, licensing and environmental health is not "
                        "sent or copied to complainants or other third parties, to avoid "
                        "recriminations and allegations of unfair treatment.",
            cites=[("2022", "9.3"), ("2022", "7.10")],
        ),
        Question(
            "ward-meeting",
            scenario="Officers are organising a Council public meeting about a road closure in "
                     "your ward, and a consultation on the same issue.",
            ask="What can you, as a ward member, expect?",
            options=[
                Option("invited", "To be invited to the meeting as a matter of course, and told "
                                  "about the consultation at the outset",
                       correct=True,
                       feedback="Right. All the members representing the affected ward should "
                                "be invited, and ward members notified at the outset of any "
                                "consultation on a local issue (11.1)."),
                Option("ask-to-come", "Nothing, unless you ask to attend",
                       feedback="Wrong. Ward members should be invited as a matter of course "
                                "(11.1)."),
                Option("majority-only", "An invitation only if you are in the controlling group",
                       feedback="Wrong. All the members representing the ward or wards affected "
                                "should be invited (11.1)."),
            ],
            explanation="Ward councillors are involved in local public meetings and "
                        "consultations from the start, whatever their party.",
            cites=[("2022", "11.1")],
        ),
    ],
)
