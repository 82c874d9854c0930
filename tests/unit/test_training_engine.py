"""The training engine (training/engine.py), its registry, its JSON API and its check: grading of
each kind of question, and each kind of bad module reported as ``file:line: message``."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.imports import outside

import training
from protocol import load_corpus
from training import api
from training.engine import (InvalidAnswer, Module, Option, Point, Question, answer_key, grade,
                             grade_module, grading_table, pass_score, possible_answers,
                             shown_percent, validate)

HERE = "tests/unit/test_training_engine.py"
ROOT = Path(__file__).resolve().parents[2]
CITE = [("2022", "12.1")]


def line_of(marker: str) -> int:
    """The line of this file that ends with ``# marker``."""
    lines = Path(__file__).read_text(encoding="utf-8").splitlines()
    found = [n for n, text in enumerate(lines, 1) if text.rstrip().endswith(f"# {marker}")]
    assert len(found) == 1, f"marker {marker!r} must appear once"
    return found[0]


def at(marker: str) -> str:
    return f"{HERE}:{line_of(marker)}: "


def _single(qid="pick", correct="b"):
    return Question(qid, "A scenario.", "Which one?", explanation="Because.", cites=CITE,
                    options=[Option(o, o.upper(), feedback=f"About {o}.", correct=o == correct)
                             for o in ("a", "b", "c")])


MULTI = Question("several", "A scenario.", "Which apply?", kind="multiple", explanation="Why.",
                 cites=CITE, options=[Option("a", "A", "Yes.", correct=True),
                                      Option("b", "B", "No."),
                                      Option("c", "C", "Yes.", correct=True)])
ORDER = Question("ladder", "A scenario.", "Put in order.", kind="order", explanation="Why.",
                 cites=CITE, options=[Option("ce", "Chief Executive"),
                                      Option("mo", "Monitoring Officer"),
                                      Option("clt", "CLT member")],
                 order=("clt", "ce", "mo"))


def _module(*questions, **kw) -> Module:
    extra = [_single(f"filler-{n}") for n in range(5 - len(questions))]
    return Module(id=kw.pop("id", "tiny"), title=kw.pop("title", "Tiny"),
                  summary=kw.pop("summary", [Point("A summary.", cites=CITE)]),
                  questions=[*questions, *extra], **kw)


TINY = _module(_single(), MULTI, ORDER)


# -- grading -------------------------------------------------------------------------------

def test_single_choice_is_right_only_with_the_correct_option():
    question = _single()
    assert grade(question, "b").correct
    assert not grade(question, "a").correct
    assert grade(question, "a").expected == ("b",)


def test_multiple_choice_needs_every_correct_option_and_no_other_in_any_order():
    assert grade(MULTI, ["a", "c"]).correct
    assert grade(MULTI, ["c", "a"]).correct
    assert not grade(MULTI, ["a"]).correct
    assert not grade(MULTI, ["a", "b", "c"]).correct
    assert grade(MULTI, ["b"]).expected == ("a", "c")


def test_put_in_order_needs_the_exact_order():
    assert grade(ORDER, ["clt", "ce", "mo"]).correct
    assert not grade(ORDER, ["ce", "clt", "mo"]).correct
    assert not grade(ORDER, ["ce", "mo", "clt"]).correct  # as shown: never right


@pytest.mark.parametrize("question, answer", [
    (_single(), "z"), (_single(), ["b"]), (_single(), None), (_single(), 1),
    (MULTI, []), (MULTI, "a"), (MULTI, ["a", "a"]), (MULTI, ["a", "zz"]), (MULTI, [1]),
    (ORDER, ["clt", "ce"]), (ORDER, ["clt", "ce", "ce"]), (ORDER, ["clt", "ce", "mo", "x"]),
    (ORDER, "clt,ce,mo"), (ORDER, {"clt": 1}),
])
def test_malformed_answers_are_invalid(question, answer):
    with pytest.raises(InvalidAnswer):
        grade(question, answer)


def test_answer_keys_are_canonical():
    assert answer_key(_single(), "b") == "b"
    assert answer_key(MULTI, ["c", "a"]) == answer_key(MULTI, ["a", "c"]) == "a,c"
    assert answer_key(ORDER, ["mo", "ce", "clt"]) == "mo,ce,clt"


def test_possible_answers_cover_every_well_formed_answer():
    assert possible_answers(_single()) == ["a", "b", "c"]
    assert len(possible_answers(MULTI)) == 7           # every non-empty subset of three
    assert len(possible_answers(ORDER)) == 6           # every order of three
    for question in (_single(), MULTI, ORDER):
        for answer in possible_answers(question):
            grade(question, answer)  # none is rejected


def test_grading_table_lists_exactly_the_answers_graded_right():
    assert grading_table(TINY)["pick"] == ["b"]
    assert grading_table(TINY)["several"] == ["a,c"]
    assert grading_table(TINY)["ladder"] == ["clt,ce,mo"]


@pytest.mark.parametrize("module", training.all_modules(), ids=lambda m: m.id)
def test_every_module_table_agrees_with_grade(module):
    table = grading_table(module)
    for question in module.questions:
        assert len(table[question.id]) == 1, "each question has exactly one right answer"
        for answer in possible_answers(question):
            assert (answer_key(question, answer) in table[question.id]) == \
                grade(question, answer).correct


def test_module_score_and_pass_needs_every_answer():
    right = {"pick": "b", "several": ["a", "c"], "ladder": ["clt", "ce", "mo"],
             "filler-0": "b", "filler-1": "b"}
    result = grade_module(TINY, right)
    assert (result.score, result.total, result.percent, result.passed) == (5, 5, 100, True)
    assert result.missing == ()
    four = grade_module(TINY, {**right, "pick": "a"})
    assert (four.score, four.percent, four.passed) == (4, 80, True)    # 80% exactly passes
    strict = Module(id="strict", title="S", summary=TINY.summary, questions=TINY.questions,
                    pass_mark=81)
    assert not grade_module(strict, {**right, "pick": "a"}).passed
    assert grade_module(strict, {**right, "pick": "a"}).percent == 80
    partial = grade_module(TINY, {"pick": "b", "several": ["a", "c"]})
    assert (partial.score, partial.passed) == (2, False)
    assert partial.missing == ("ladder", "filler-0", "filler-1")
    assert partial.results == {"pick": True, "several": True}


def test_an_unfinished_module_never_shows_a_passing_percentage():
    """Four of five right with one unanswered is 80%, the pass mark, but not a pass."""
    right = {"pick": "b", "several": ["a", "c"], "ladder": ["clt", "ce", "mo"], "filler-0": "b"}
    partial = grade_module(TINY, right)
    assert (partial.score, partial.total, partial.passed, partial.percent) == (4, 5, False, 79)


# The percentage a reader sees: the nearest whole number, except where that would claim more
# than the score (issue 15: "4 of 6 may read 67%, but 35 of 44 must not read 80% when 80% passes").
@pytest.mark.parametrize("score, total, pass_mark, shown", [
    (4, 6, 80, 67),      # 66.67: nearest
    (5, 6, 80, 83),      # 83.33: a pass
    (35, 44, 80, 79),    # 79.55 would round to the pass mark: a fail stays below it
    (36, 44, 80, 82),    # 81.82: the fewest that pass
    (4, 5, 80, 80),      # exactly the pass mark: a pass
    (39, 40, 80, 98),    # 97.5: halves round up
    (199, 200, 80, 99),  # 99.5: short of full marks is never 100%
    (1, 300, 80, 1),     # 0.33: a right answer is never 0%
    (0, 6, 80, 0),
    (6, 6, 80, 100),
    (2, 3, 67, 66),      # 66.67 would round to 67 but fails a 67% pass mark
    (1, 200, 1, 0),      # 0.5% fails a 1% pass mark: below it, even at 0
], ids=lambda v: str(v))
def test_shown_percent(score, total, pass_mark, shown):
    assert shown_percent(score, total, pass_mark) == shown


def test_a_shown_percentage_never_says_more_than_the_score():
    """Every score out of 1 to 100 questions, at every pass mark: a fail reads below the pass
    mark and a pass at or above it; 100% only for full marks; always within 1 of the truth."""
    for total in range(1, 101):
        for pass_mark in range(1, 101):
            for score in range(total + 1):
                percent = shown_percent(score, total, pass_mark)
                passed = 100 * score >= pass_mark * total
                assert (percent >= pass_mark) == passed, (score, total, pass_mark)
                assert (percent == 100) == (score == total), (score, total, pass_mark)
                assert abs(100 * score - percent * total) < total, (score, total, pass_mark)


@pytest.mark.parametrize("total, pass_mark, fewest", [(6, 80, 5), (5, 80, 4), (7, 80, 6),
                                                      (44, 80, 36), (10, 100, 10), (3, 1, 1)])
def test_pass_score_is_the_fewest_right_answers_that_pass(total, pass_mark, fewest):
    assert pass_score(total, pass_mark) == fewest
    assert 100 * fewest >= pass_mark * total > 100 * (fewest - 1)


def test_percent_of_five_sixths():
    module = _module(_single("one"), _single("two"), _single("three"), _single("four"),
                     _single("five"), _single("six"))
    answers = {q.id: ("b" if n < 5 else "a") for n, q in enumerate(module.questions)}
    assert grade_module(module, answers).percent == 83  # 5/6 = 83.33


def test_module_grading_rejects_unknown_questions_and_bad_answers():
    with pytest.raises(InvalidAnswer):
        grade_module(TINY, {"no-such": "b"})
    with pytest.raises(InvalidAnswer):
        grade_module(TINY, {"pick": "zz"})
    with pytest.raises(InvalidAnswer):
        grade_module(TINY, ["pick"])


# -- validate: a sound module, then each kind of error at the line that causes it ------------

def test_a_sound_module_has_no_problems():
    assert validate(TINY, clause_exists=lambda version, clause: True) == []


def _messages(module, clause_exists=None) -> list[str]:
    return [str(p) for p in validate(module, clause_exists)]


def test_single_choice_without_exactly_one_correct_option():
    none = Question("none", "S.", "Q?", explanation="E.", cites=CITE,  # no-correct
                    options=[Option("a", "A", "F."), Option("b", "B", "F.")])
    two = Question("two", "S.", "Q?", explanation="E.", cites=CITE,  # two-correct
                   options=[Option("a", "A", "F.", correct=True), Option("b", "B", "F.", correct=True)])
    assert _messages(_module(none, two)) == [
        at("no-correct") + "question 'none' is single-choice but has 0 correct options (it needs "
                           "exactly one)",
        at("two-correct") + "question 'two' is single-choice but has 2 correct options (it needs "
                            "exactly one)"]


def test_multiple_choice_with_no_correct_option_or_all_correct():
    none = Question("none", "S.", "Q?", kind="multiple", explanation="E.", cites=CITE,  # m-none
                    options=[Option("a", "A", "F."), Option("b", "B", "F.")])
    every = Question("every", "S.", "Q?", kind="multiple", explanation="E.", cites=CITE,  # m-all
                     options=[Option("a", "A", "F.", correct=True),
                              Option("b", "B", "F.", correct=True)])
    assert _messages(_module(none, every)) == [
        at("m-none") + "question 'none' has no correct option",
        at("m-all") + "question 'every': every option is correct, so choosing all is always right"]


def test_put_in_order_without_a_right_order():
    missing = Question("missing", "S.", "Q?", kind="order", explanation="E.", cites=CITE,  # no-order
                       options=[Option("a", "A"), Option("b", "B")])
    assert _messages(_module(missing)) == [
        at("no-order") + "question 'missing' is put-in-order but gives no order=(...) "
                         "(no correct answer)"]


def test_put_in_order_with_an_order_that_is_not_the_options():
    wrong = Question("wrong", "S.", "Q?", kind="order", explanation="E.", cites=CITE,  # bad-order
                     options=[Option("a", "A"), Option("b", "B")], order=("a", "c"))
    twice = Question("twice", "S.", "Q?", kind="order", explanation="E.", cites=CITE,  # twice
                     options=[Option("a", "A"), Option("b", "B")], order=("a", "a", "b"))
    messages = _messages(_module(wrong, twice))
    assert messages == [
        at("bad-order") + "question 'wrong': order ['a', 'c'] must list every option id exactly "
                          "once (a, b)",
        at("twice") + "question 'twice': order ['a', 'a', 'b'] must list every option id exactly "
                      "once (a, b)"]


def test_put_in_order_shown_already_in_order_or_too_long():
    shown = Question("shown", "S.", "Q?", kind="order", explanation="E.", cites=CITE,  # in-order
                     options=[Option("a", "A"), Option("b", "B")], order=("a", "b"))
    ids = [f"s{n}" for n in range(7)]
    long = Question("long", "S.", "Q?", kind="order", explanation="E.", cites=CITE,  # too-long
                    options=[Option(i, i) for i in ids], order=tuple(reversed(ids)))
    assert _messages(_module(shown, long)) == [
        at("in-order") + "question 'shown': the options are shown already in the right order; "
                         "write them in another order",
        at("too-long") + "question 'long' has 7 steps to order; at most 6"]


def test_order_options_marked_correct_and_choice_questions_with_an_order():
    marked = Question("marked", "S.", "Q?", kind="order", explanation="E.", cites=CITE,
                      options=[Option("a", "A", correct=True),  # marked-correct
                               Option("b", "B")], order=("b", "a"))
    stray = Question("stray", "S.", "Q?", explanation="E.", cites=CITE, order=("a",),  # stray
                     options=[Option("a", "A", "F.", correct=True), Option("b", "B", "F.")])
    assert _messages(_module(marked, stray)) == [
        at("marked-correct") + "option 'a' of question 'marked': a put-in-order question gives "
                               "its answer as order=(...), not correct=True",
        at("stray") + "question 'stray': order=(...) is only for put-in-order questions"]


def test_option_without_feedback_or_label_and_too_few_options():
    question = Question("q", "S.", "Q?", explanation="E.", cites=CITE, options=[
        Option("a", "A", correct=True, feedback="Right."),
        Option("b", "B"),  # no-feedback
        Option("c", "", "F."),  # no-label
    ])
    lonely = Question("lonely", "S.", "Q?", explanation="E.", cites=CITE,  # one-option
                      options=[Option("a", "A", "F.", correct=True)])
    assert _messages(_module(question, lonely)) == [
        at("no-feedback") + "option 'b' of question 'q' has no feedback (say why it is right or "
                            "wrong)",
        at("no-label") + "option 'c' of question 'q' has no label",
        at("one-option") + "question 'lonely' needs at least two options"]


def test_unknown_kind_and_missing_text():
    odd = Question("odd", "S.", "Q?", kind="essay", explanation="E.", cites=CITE,  # odd-kind
                   options=[Option("a", "A", "F.", correct=True), Option("b", "B", "F.")])
    bare = Question("bare", "", "", explanation="", cites=CITE,  # bare
                    options=[Option("a", "A", "F.", correct=True), Option("b", "B", "F.")])
    assert _messages(_module(odd, bare)) == [
        at("odd-kind") + "question 'odd': kind 'essay' must be one of single, multiple, order",
        at("bare") + "question 'bare' needs a scenario and a question to ask",
        at("bare") + "question 'bare' has no explanation"]


def test_citations_missing_malformed_or_of_clauses_that_do_not_exist():
    exists = {("2022", "12.1")}.__contains__
    uncited = Question("uncited", "S.", "Q?", explanation="E.", cites=[],  # uncited
                       options=[Option("a", "A", "F.", correct=True), Option("b", "B", "F.")])
    ghost = Question("ghost", "S.", "Q?", explanation="E.", cites=[("2022", "12.9")],  # ghost
                     options=[Option("a", "A", "F.", correct=True), Option("b", "B", "F.")])
    bent = Question("bent", "S.", "Q?", explanation="E.", cites=[("2022", 12)],  # bent
                    options=[Option("a", "A", "F.", correct=True), Option("b", "B", "F.")])
    module = _module(uncited, ghost, bent,
                     summary=[Point("Point.", cites=[("2099", "1")])])  # summary-ghost
    assert _messages(module, lambda v, c: exists((v, c))) == [
        at("uncited") + "question 'uncited' cites no clause",
        at("ghost") + "question 'ghost' cites clause 12.9 of version 2022, which does not exist",
        at("bent") + "question 'bent': citation ('2022', 12) must be (version, clause), both "
                     "strings",
        at("summary-ghost") + "summary point cites clause 1 of version 2099, which does not exist"]


def test_duplicate_ids_and_ids_that_are_not_slugs():
    first = _single("same")
    again = Question("same", "S.", "Q?", explanation="E.", cites=CITE,  # again
                     options=[Option("a", "A", "F.", correct=True), Option("b", "B", "F.")])
    question = Question("q", "S.", "Q?", explanation="E.", cites=CITE, options=[
        Option("a", "A", "F.", correct=True),
        Option("a", "A2", "F."),  # dup-option
        Option("Bad Id", "B", "F."),  # bad-option-id
    ])
    messages = _messages(_module(first, again, question))
    assert messages == [
        at("again") + f"duplicate question id 'same' (first used at line {first.line})",
        at("dup-option") + f"duplicate option id 'a' in question 'q' (first used at line "
                           f"{line_of('dup-option') - 1})",
        at("bad-option-id") + "option 'Bad Id' of question 'q': id must be lower-case letters, "
                              "digits and hyphens"]


def test_module_level_problems():
    module = Module(id="Bad Module", title="", summary=[], pass_mark=0,  # bad-module
                    questions=[_single("only")])
    assert _messages(module) == [
        at("bad-module") + "module id 'Bad Module' must be lower-case letters, digits and hyphens",
        at("bad-module") + "module 'Bad Module' has no title",
        at("bad-module") + "module 'Bad Module': pass_mark 0 must be a whole percentage from 1 "
                           "to 100",
        at("bad-module") + "module 'Bad Module' has no summary",
        at("bad-module") + "module 'Bad Module' has 1 questions; every module needs at least 5"]


def test_summary_point_without_text_or_cites():
    module = _module(summary=[Point("", cites=[])])  # empty-point
    assert _messages(module) == [at("empty-point") + "summary point has no text",
                                 at("empty-point") + "summary point cites no clause"]


def test_duplicate_module_ids_across_the_registry(monkeypatch):
    twin = Module(id="roles", title="Twin", summary=TINY.summary,  # twin
                  questions=TINY.questions)
    roles = training.get("roles")
    monkeypatch.setattr(training, "all_modules", lambda: [roles, twin])
    messages = [str(p) for p in training.validate_all()]
    assert messages == [at("twin") + "duplicate module id 'roles' (also in training/roles.py)"]


# -- the real modules --------------------------------------------------------------------------

def test_every_registered_module_is_sound_and_cites_clauses_that_exist():
    corpus = load_corpus(ROOT)
    problems = training.validate_all(lambda v, c: corpus.clause(v, c) is not None)
    assert [str(p) for p in problems] == []


def test_the_six_themes_each_with_five_or_more_scenarios_and_every_kind_used():
    modules = training.all_modules()
    assert [m.title for m in modules] == [
        "Roles of members and officers", "Respect, courtesy and conduct",
        "Information and documents", "Party groups and support services",
        "Correspondence and the press", "When things go wrong"]
    assert all(len(m.questions) >= 5 and m.pass_mark == 80 for m in modules)
    kinds = {q.kind for m in modules for q in m.questions}
    assert kinds == {"single", "multiple", "order"}
    ladder = training.get("when-things-go-wrong").question("escalation-ladder")
    assert ladder.kind == "order" and ("2022", "12.1") in ladder.cites


# Clauses named in a module's words but not cited: `protocol check` (tests/unit/test_check_named.py).


def test_right_answers_are_not_always_in_the_same_place():
    places = [[o.correct for o in q.options].index(True)
              for m in training.all_modules() for q in m.questions if q.kind == "single"]
    assert len(set(places)) == 3


def test_training_uses_the_standard_library_only():
    assert outside(ROOT / "training", lambda name: name.split(".")[0] == "training"
                   or name == "protocol.authoring") == []


# -- api: JSON in, JSON out --------------------------------------------------------------------

def _call(payload) -> dict:
    return json.loads(api.grade_json(json.dumps(payload)))


def test_api_grades_one_answer_of_each_kind():
    assert _call({"module": "roles", "question": "bin-route", "answer": "pass-on"}) == {
        "module": "roles", "question": "bin-route", "correct": True, "expected": ["pass-on"],
        "error": None}
    several = _call({"module": "roles", "question": "what-officers-do",
                     "answer": ["learning", "support-all", "implement"]})
    assert several["correct"] is True
    ladder = _call({"module": "when-things-go-wrong", "question": "escalation-ladder",
                    "answer": ["chief-executive", "clt-member", "monitoring-officer"]})
    assert ladder["correct"] is False
    assert ladder["expected"] == ["clt-member", "chief-executive", "monitoring-officer"]


def test_api_grades_a_whole_module():
    module = training.get("roles")
    right = {q.id: (q.expected[0] if q.kind == "single" else list(q.expected))
             for q in module.questions}
    result = _call({"module": "roles", "answers": right})
    assert (result["score"], result["total"], result["percent"], result["passed"]) == (6, 6, 100, True)
    assert result["pass_mark"] == 80 and result["missing"] == [] and result["error"] is None
    one_wrong = _call({"module": "roles", "answers": {**right, "bin-route": "instruct"}})
    assert (one_wrong["score"], one_wrong["percent"], one_wrong["passed"]) == (5, 83, True)
    two_wrong = _call({"module": "roles", "answers": {**right, "bin-route": "instruct",
                                                      "delegated-decision": "member"}})
    assert (two_wrong["percent"], two_wrong["passed"]) == (67, False)


PAYLOAD = '<img src=x onerror="alert(1)">'


@pytest.mark.parametrize("payload, message", [
    ("not json", api.BAD_ANSWER),
    ("[]", api.BAD_ANSWER),
    (json.dumps({"module": PAYLOAD, "question": "x", "answer": "y"}), api.NO_SUCH_MODULE),
    (json.dumps({"module": "roles", "question": PAYLOAD, "answer": "y"}), api.BAD_ANSWER),
    (json.dumps({"module": "roles", "question": "bin-route", "answer": PAYLOAD}), api.BAD_ANSWER),
    (json.dumps({"module": "roles", "question": "bin-route"}), api.BAD_ANSWER),
    (json.dumps({"module": "roles", "answers": {PAYLOAD: "x"}}), api.BAD_ANSWER),
    (json.dumps({"module": "roles", "answers": "x"}), api.BAD_ANSWER),
    (json.dumps({"module": 7}), api.NO_SUCH_MODULE),
])
def test_api_turns_bad_input_into_a_message_that_never_repeats_it(payload, message):
    out = api.grade_json(payload)
    assert json.loads(out)["error"] == message
    assert "onerror" not in out


def test_api_describe_gives_plain_data_for_the_build():
    data = api.describe("information")
    assert data["title"] == "Information and documents"
    order = next(q for q in data["questions"] if q["kind"] == "order")
    assert order["expected"] == ["reason", "ask", "decides", "use"]
    json.dumps(data)  # plain data only
    with pytest.raises(KeyError):
        api.describe("no-such-module")


# -- protocol check ------------------------------------------------------------------------------

@pytest.fixture
def project(tmp_path) -> Path:
    shutil.copytree(ROOT / "docs", tmp_path / "docs")
    for folder in ("guides", "training"):
        shutil.copytree(ROOT / folder, tmp_path / folder,
                        ignore=shutil.ignore_patterns("__pycache__"))
    return tmp_path


def _check(project) -> subprocess.CompletedProcess:
    # A fresh interpreter, so the copied package, not the imported one, is checked.
    return subprocess.run([sys.executable, "-m", "protocol", "check", "--root", str(project)],
                          capture_output=True, text=True, cwd=project)


def _break(path: Path, old: str, new: str) -> int:
    """Replace ``old`` once; return the line of the Question(...) call it is in."""
    text = path.read_text(encoding="utf-8")
    assert old in text
    at_ = text.index(old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return text[: text.rindex("Question(", 0, at_)].count("\n") + 1


def test_check_reports_a_citation_of_a_missing_clause_at_its_question(project):
    line = _break(project / "training" / "roles.py", '("2022", "8.4"), ("2022", "8.3")',
                  '("2022", "8.4"), ("2022", "8.99")')
    result = _check(project)
    assert result.returncode == 1
    assert (f"training/roles.py:{line}: question 'delegated-decision' cites clause 8.99 of "
            "version 2022, which does not exist") in result.stderr


def test_check_reports_a_question_with_no_correct_answer(project):
    line = _break(project / "training" / "respect.py",
                  'Option("decline", "Thank her, but decline",\n                       correct=True,',
                  'Option("decline", "Thank her, but decline",')
    result = _check(project)
    assert result.returncode == 1
    assert (f"training/respect.py:{line}: question 'campaign-leaflets' is single-choice but has "
            "0 correct options") in result.stderr


def test_check_reports_a_module_that_cannot_be_imported(project):
    (project / "training" / "roles.py").write_text("MODULE = (\n", encoding="utf-8")
    result = _check(project)
    assert result.returncode == 1
    assert "training/roles.py:1: cannot import: '(' was never closed" in result.stderr


def test_check_passes_the_real_modules():
    result = subprocess.run([sys.executable, "-m", "protocol", "check", "--root", str(ROOT)],
                            capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
