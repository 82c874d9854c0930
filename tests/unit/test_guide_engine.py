"""The guide engine (guides/engine.py), the registry and the JSON API, with small guides."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support.imports import outside

import guides
from guides import api
from guides.engine import (Guide, GuideError, InvalidAnswers, Option, Outcome, Question,
                           validate)

HERE = "tests/unit/test_guide_engine.py"
ROOT = Path(__file__).resolve().parents[2]


def line_of(marker: str) -> int:
    """The line of this file that ends with ``# marker``."""
    lines = Path(__file__).read_text(encoding="utf-8").splitlines()
    found = [n for n, text in enumerate(lines, 1) if text.rstrip().endswith(f"# {marker}")]
    assert len(found) == 1, f"marker {marker!r} must appear once"
    return found[0]


def at(marker: str) -> str:
    return f"{HERE}:{line_of(marker)}: "


CITE = [("2022", "7.3")]


# -- A sound guide: "extra" is asked only after kind=a; "final" is asked on both branches ---

def _tiny_next(a):
    if a["kind"] == "a" and "extra" not in a:
        return "extra"
    if "final" not in a:
        return "final"
    return "done-yes" if a["final"] == "yes" else "done-no"


TINY = Guide(
    id="tiny", title="Tiny", summary="A test guide", audience=["member"],
    questions=[
        Question("kind", "Which kind?", options=[Option("a", "A"), Option("b", "B")]),
        Question("extra", "Extra?", options=[Option("x", "X"), Option("y", "Y")]),
        Question("final", "Final?", options=[Option("yes", "Yes"), Option("no", "No")]),
    ],
    outcomes=[
        Outcome("done-yes", title="Yes", answer="Yes.", cites=CITE),
        Outcome("done-no", title="No", answer="No.", cites=CITE),
    ],
    next_step=_tiny_next,
)


# -- step, answer, back ---------------------------------------------------------------------

def test_start_asks_the_first_question():
    state = TINY.start()
    assert state.question.id == "kind"
    assert (state.path, state.outcome, state.dropped) == ([], None, [])


def test_step_follows_the_answers_to_an_outcome():
    state = TINY.step({"kind": "a", "extra": "y", "final": "no"})
    assert state.question is None
    assert state.outcome.id == "done-no"
    assert state.path == [("kind", "a"), ("extra", "y"), ("final", "no")]


def test_step_stops_at_the_first_unanswered_question():
    state = TINY.step({"kind": "a"})
    assert state.question.id == "extra"
    assert state.outcome is None


def test_step_replays_in_path_order_whatever_the_order_given():
    state = TINY.step({"final": "yes", "extra": "x", "kind": "a"})
    assert state.path == [("kind", "a"), ("extra", "x"), ("final", "yes")]


def test_answers_off_the_path_are_reported_as_dropped():
    state = TINY.step({"kind": "b", "extra": "x", "final": "yes"})
    assert state.outcome.id == "done-yes"
    assert state.dropped == [("extra", "x")]


def test_answer_adds_the_next_answer():
    assert TINY.answer({"kind": "a"}, "extra", "x") == {"kind": "a", "extra": "x"}


def test_changing_an_earlier_answer_keeps_what_still_applies_and_drops_the_rest():
    answers = {"kind": "a", "extra": "x", "final": "yes"}
    assert TINY.answer(answers, "kind", "b") == {"kind": "b", "final": "yes"}
    # and back again: "extra" is now asked first, so "final" is not on the path yet
    changed = TINY.answer({"kind": "b", "final": "yes"}, "kind", "a")
    assert changed == {"kind": "a"}
    assert TINY.step(changed).question.id == "extra"


def test_answering_a_question_that_is_not_asked_is_invalid():
    with pytest.raises(InvalidAnswers):
        TINY.answer({"kind": "b"}, "extra", "x")


def test_back_removes_the_last_answer_on_the_path():
    assert TINY.back({"kind": "a", "extra": "x", "final": "yes"}) == {"kind": "a", "extra": "x"}
    assert TINY.back({"kind": "b", "extra": "x", "final": "yes"}) == {"kind": "b"}
    assert TINY.back({"kind": "a"}) == {}
    assert TINY.back({}) == {}


# -- URL form -------------------------------------------------------------------------------

def test_to_query_lists_the_path_in_order():
    assert TINY.to_query({"final": "no", "kind": "a", "extra": "y"}) == "?kind=a&extra=y&final=no"
    assert TINY.to_query({"kind": "b", "extra": "y"}) == "?kind=b"  # "extra" is off the path
    assert TINY.to_query({}) == ""


@pytest.mark.parametrize("answers", [{}, {"kind": "b"}, {"kind": "a", "extra": "x"},
                                     {"kind": "a", "extra": "y", "final": "no"}])
def test_query_round_trip(answers):
    assert TINY.from_query(TINY.to_query(answers)) == answers


def test_from_query_accepts_no_leading_question_mark():
    assert TINY.from_query("kind=a&extra=x") == {"kind": "a", "extra": "x"}


def test_query_is_url_encoded():
    odd = Guide(id="odd", title="Odd", summary="", audience=["member"],
                questions=[Question("q", "Q?", options=[Option("a&b=c", "Odd")])],
                outcomes=[Outcome("end", title="End", answer="End.", cites=CITE)],
                next_step=lambda a: "end")
    query = odd.to_query({"q": "a&b=c"})
    assert query == "?q=a%26b%3Dc"
    assert odd.from_query(query) == {"q": "a&b=c"}


@pytest.mark.parametrize("answers", [
    {"colour": "a"},              # unknown question
    {"kind": "c"},                # unknown option
    {"kind": "x"},                # an option of another question
    {"kind": 1},                  # not a string
    {"kind": "a", "extra": ""},   # empty
    [("kind", "a")],              # not a mapping
    "kind=a",
])
def test_tampered_answers_raise_invalid_answers(answers):
    with pytest.raises(InvalidAnswers):
        TINY.step(answers)


@pytest.mark.parametrize("query", ["?colour=red", "?kind=c", "?kind=a&kind=b", "?kind",
                                   "?kind=", "?kind=a&utm_source=x"])
def test_tampered_queries_raise_invalid_answers(query):
    with pytest.raises(InvalidAnswers):
        TINY.from_query(query)


# -- enumerating ----------------------------------------------------------------------------

def test_paths_lists_every_way_through():
    assert TINY.paths() == [
        ({"kind": "a", "extra": "x", "final": "yes"}, "done-yes"),
        ({"kind": "a", "extra": "x", "final": "no"}, "done-no"),
        ({"kind": "a", "extra": "y", "final": "yes"}, "done-yes"),
        ({"kind": "a", "extra": "y", "final": "no"}, "done-no"),
        ({"kind": "b", "final": "yes"}, "done-yes"),
        ({"kind": "b", "final": "no"}, "done-no"),
    ]


def test_states_lists_every_answered_prefix_once():
    states = TINY.states()
    prefixes = [tuple(s.path) for s in states]
    # start; kind=a, kind=b; a+extra x/y; 4 outcomes after a; 2 outcomes after b
    assert len(prefixes) == len(set(prefixes)) == 1 + 2 + 2 + 4 + 2
    assert states[0].path == [] and states[0].question.id == "kind"
    for state in states:  # each state is what step() gives for its answers
        stepped = TINY.step(state.answers)
        assert (stepped.question, stepped.outcome) == (state.question, state.outcome)


def test_a_sound_guide_has_no_problems():
    assert validate(TINY, clause_exists=lambda version, clause: True) == []


# -- validate: each kind of error, reported at the line that causes it ----------------------

def _end():
    """An outcome for guides whose outcomes are not under test (its line is in here)."""
    return Outcome("end", title="End", answer="End.", cites=CITE)


def test_unreachable_question():
    guide = Guide(id="g", title="G", summary="", audience=["member"],
                  questions=[Question("q1", "Q1?", options=[Option("a", "A")]),
                             Question("orphan", "Never?", options=[Option("a", "A")]),  # orphan
                             ],
                  outcomes=[_end()], next_step=lambda a: "end")
    problems = validate(guide)
    assert [str(p) for p in problems] == [at("orphan") + "question 'orphan' is never reached"]


def test_unreachable_outcome():
    guide = Guide(id="g", title="G", summary="", audience=["member"],
                  questions=[Question("q1", "Q1?", options=[Option("a", "A")])],
                  outcomes=[_end(),
                            Outcome("spare", title="S", answer="S.", cites=CITE),  # spare
                            ],
                  next_step=lambda a: "end")
    assert [str(p) for p in validate(guide)] == [at("spare") + "outcome 'spare' is never reached"]


def test_next_step_returning_an_unknown_id_or_none():
    guide = Guide(id="g", title="G", summary="", audience=["member"],
                  questions=[Question("q1", "Q1?", options=[
                      Option("a", "A"),
                      Option("b", "B"),  # unknown-id
                      Option("c", "C"),  # returns-none
                  ])],
                  outcomes=[_end()],
                  next_step=lambda a: {"a": "end", "b": "nowhere", "c": None}[a["q1"]])
    problems = [str(p) for p in validate(guide)]
    assert len(problems) == 2
    assert problems[0].startswith(at("unknown-id") + "next_step returned unknown id 'nowhere'")
    assert "q1=b" in problems[0]
    assert problems[1].startswith(at("returns-none") + "next_step returned None")
    assert "q1=c" in problems[1]


def test_next_step_raising_is_a_problem_not_a_crash():
    guide = Guide(id="g", title="G", summary="", audience=["member"],
                  questions=[Question("q1", "Q1?", options=[
                      Option("a", "A"),
                      Option("b", "B"),  # raises
                  ])],
                  outcomes=[_end()],
                  next_step=lambda a: {"a": "end"}[a["q1"]])
    problems = [str(p) for p in validate(guide)]
    assert problems == [at("raises") + "next_step raised KeyError: 'b' (after q1=b)"]


def test_cycle():
    def route(a):
        if "q2" not in a:
            return "q2"
        return "q1" if a["q2"] == "again" else "end"

    guide = Guide(id="g", title="G", summary="", audience=["member"],
                  questions=[Question("q1", "Q1?", options=[Option("a", "A")]),
                             Question("q2", "Q2?", options=[
                                 Option("again", "Ask q1 again"),  # cycle
                                 Option("done", "Done"),
                             ])],
                  outcomes=[_end()], next_step=route)
    problems = [str(p) for p in validate(guide)]
    assert problems == [at("cycle") + "question 'q1' is asked twice on one path (a cycle) "
                                      "(after q1=a, q2=again)"]
    with pytest.raises(GuideError, match="asked twice"):
        guide.step({"q1": "a", "q2": "again"})


def test_outcome_without_cites():
    guide = Guide(id="g", title="G", summary="", audience=["member"],
                  questions=[Question("q1", "Q1?", options=[Option("a", "A")])],
                  outcomes=[Outcome("end", title="End", answer="End.")],  # no-cites
                  next_step=lambda a: "end")
    assert [str(p) for p in validate(guide)] == [at("no-cites") + "outcome 'end' cites no clause"]


def test_citation_to_a_clause_that_does_not_exist():
    known = {("2022", "7.3"), ("2008", "8")}
    guide = Guide(id="g", title="G", summary="", audience=["member"],
                  questions=[Question("q1", "Q1?", options=[Option("a", "A"), Option("b", "B")])],
                  outcomes=[
                      Outcome("end", title="End", answer="End.", cites=CITE,
                              earlier="Before.", earlier_cites=[("2008", "8")]),
                      Outcome("bad", title="B", answer="B.", cites=[("2022", "7.99")],  # bad-cite
                              earlier="Before.", earlier_cites=[("2008", "99")]),
                  ],
                  next_step=lambda a: "end" if a["q1"] == "a" else "bad")
    assert validate(guide) == []  # citations are only checked when told how
    problems = [str(p) for p in validate(guide, lambda v, c: (v, c) in known)]
    assert problems == [
        at("bad-cite") + "outcome 'bad' cites clause 7.99 of version 2022, which does not exist",
        at("bad-cite") + "outcome 'bad' cites clause 99 of version 2008, which does not exist",
    ]


def test_dropped_option():
    def route(a):
        return "dead-end" if a["q1"] == "a" else "end"

    guide = Guide(id="g", title="G", summary="", audience=["member"],
                  questions=[Question("q1", "Q1?", options=[
                                 Option("a", "A"),  # dropped
                                 Option("b", "B"),
                             ]),
                             Question("dead-end", "No way on?", options=[])],  # no-options
                  outcomes=[_end()], next_step=route)
    problems = [str(p) for p in validate(guide)]
    assert problems == [
        at("dropped") + "option 'a' of question 'q1' is never on a path that reaches an "
                        "outcome (dropped option)",
        at("no-options") + "question 'dead-end' has no options",
    ]


def test_duplicate_ids():
    guide = Guide(id="g", title="G", summary="", audience=["member"],
                  questions=[Question("q1", "Q1?", options=[
                      Option("a", "A"),
                      Option("a", "A again"),  # duplicate-option
                  ])],
                  outcomes=[_end(),
                            Outcome("end", title="E", answer="E.", cites=CITE),  # duplicate-outcome
                            ],
                  next_step=lambda a: "end")
    problems = [str(p) for p in validate(guide)]
    assert at("duplicate-option") + "duplicate option id 'a' in question 'q1'" in \
        "\n".join(problems)
    assert any(p.startswith(at("duplicate-outcome") + "duplicate id 'end'") for p in problems)


def test_a_question_and_an_outcome_cannot_share_an_id():
    guide = Guide(id="g", title="G", summary="", audience=["member"],
                  questions=[Question("same", "Q1?", options=[Option("a", "A")])],
                  outcomes=[Outcome("same", title="S", answer="S.", cites=CITE)],  # shared-id
                  next_step=lambda a: "same")
    problems = [str(p) for p in validate(guide)]
    assert any(p.startswith(at("shared-id") + "duplicate id 'same'") for p in problems)


@pytest.mark.parametrize("audience", ["public", "member", ["public"], [], ["member", "member"]],
                         ids=["unknown", "a-string-not-a-list", "unknown-in-list", "empty",
                              "repeated"])
def test_audience_must_be_a_list_of_member_and_or_officer(audience):
    guide = Guide(id="g", title="G", summary="", audience=audience,  # audience
                  questions=[Question("q1", "Q1?", options=[Option("a", "A")])],
                  outcomes=[_end()], next_step=lambda a: "end")
    shown = tuple(audience) if isinstance(audience, list) else audience
    assert [str(p) for p in validate(guide)] == [
        at("audience") + f"audience {shown!r} must be a list of one or both of 'member', "
                         "'officer', each once"]


@pytest.mark.parametrize("audience", [["member"], ["officer"], ["officer", "member"]])
def test_audience_lists_that_are_accepted(audience):
    guide = Guide(id="g", title="G", summary="", audience=audience,
                  questions=[Question("q1", "Q1?", options=[Option("a", "A")])],
                  outcomes=[_end()], next_step=lambda a: "end")
    assert validate(guide) == []
    assert guide.audience == tuple(audience)


def test_problem_records_file_and_line():
    option = Option("a", "A")  # explicit-line
    assert (option.file, option.line) == (HERE, line_of("explicit-line"))
    placed = Option("a", "A", file="elsewhere.py", line=7)
    assert (placed.file, placed.line) == ("elsewhere.py", 7)


# -- registry -------------------------------------------------------------------------------

def test_registry_lists_and_finds_guides():
    ids = [g.id for g in guides.all_guides()]
    assert "inspect-documents" in ids
    assert len(ids) == len(set(ids))
    assert guides.get("inspect-documents").id == "inspect-documents"
    assert guides.get("no-such-guide") is None


def test_every_registered_guide_is_sound():
    assert [str(p) for p in guides.validate_all()] == []


def test_guides_use_the_standard_library_only():
    assert outside(ROOT / "guides", lambda name: name.split(".")[0] == "guides"
                   or name == "protocol.authoring") == []


def test_the_authoring_base_uses_the_standard_library_only():
    """Guides and training ship to the browser with protocol.authoring: it must need nothing else."""
    assert outside(ROOT / "protocol" / "authoring") == []


# -- api: JSON in, JSON out ------------------------------------------------------------------

def test_api_run_reaches_an_outcome_with_its_citations():
    result = api.run("inspect-documents", {"doc-kind": "agenda", "part-ii": "no"})
    assert result["error"] is None
    assert result["question"] is None
    assert result["outcome"] == "statutory-right"
    assert {"version": "2022", "clause": "7.3"} in result["cites"]
    assert result["path"] == [["doc-kind", "agenda"], ["part-ii", "no"]]
    assert result["dropped"] == []


def test_api_run_names_the_next_question_and_dropped_answers():
    result = api.run("inspect-documents", {"doc-kind": "information", "role": "not-member"})
    assert result["outcome"] == "ask-directorate"
    assert result["dropped"] == [["role", "not-member"]]
    start = api.run("inspect-documents", {})
    assert (start["question"], start["outcome"], start["cites"]) == ("doc-kind", None, [])


@pytest.mark.parametrize("guide_id, answers, message", [
    ("no-such-guide", {}, api.NO_SUCH_GUIDE),
    (None, {}, api.NO_SUCH_GUIDE),
    ("inspect-documents", {"doc-kind": "<script>"}, api.BAD_ANSWERS),
    ("inspect-documents", {"<script>": "agenda"}, api.BAD_ANSWERS),
    ("inspect-documents", ["doc-kind"], api.BAD_ANSWERS),
])
def test_api_run_turns_bad_input_into_an_error_message(guide_id, answers, message):
    result = api.run(guide_id, answers)
    assert result == {"question": None, "outcome": None, "cites": [], "path": [], "dropped": [],
                      "error": message}
    assert "<script>" not in result["error"]


def test_api_run_reports_a_broken_guide_without_raising(monkeypatch):
    broken = Guide(id="broken", title="B", summary="", audience=["member"],
                   questions=[Question("q1", "Q1?", options=[Option("a", "A")])],
                   outcomes=[_end()], next_step=lambda a: "nowhere")
    monkeypatch.setattr(api, "get", lambda guide_id: broken)
    assert api.run("broken", {"q1": "a"})["error"] == api.BROKEN_GUIDE


def test_api_run_json_takes_answers_or_a_query():
    by_answers = json.loads(api.run_json(json.dumps(
        {"guide": "inspect-documents", "answers": {"doc-kind": "party-group"}})))
    by_query = json.loads(api.run_json(json.dumps(
        {"guide": "inspect-documents", "query": "?doc-kind=party-group"})))
    assert by_answers == by_query
    assert by_answers["outcome"] == "other-party-group"


@pytest.mark.parametrize("payload, message", [
    ("not json", api.BAD_ANSWERS),
    ("[1, 2]", api.BAD_ANSWERS),
    ('{"guide": "inspect-documents", "query": "?doc-kind=nope"}', api.BAD_ANSWERS),
    ('{"guide": "inspect-documents", "query": 3}', api.BAD_ANSWERS),
    ('{"guide": "nope", "query": "?doc-kind=agenda"}', api.NO_SUCH_GUIDE),
    ('{"answers": {}}', api.NO_SUCH_GUIDE),
])
def test_api_run_json_never_raises(payload, message):
    assert json.loads(api.run_json(payload))["error"] == message


def test_api_describe_gives_plain_data_for_the_build():
    data = api.describe("inspect-documents")
    assert json.loads(json.dumps(data)) == data  # JSON-safe
    assert data["start"] == data["questions"][0]["id"] == "doc-kind"
    assert data["file"] == "guides/inspect_documents.py"
    outcome = next(o for o in data["outcomes"] if o["id"] == "statutory-right")
    assert {"version": "2022", "clause": "7.3"} in outcome["cites"]
    with pytest.raises(KeyError):
        api.describe("no-such-guide")
