"""The training engine: scenario questions as plain data, graded by small pure functions.

Standard library only: the same code runs in CPython (tests, build, ``protocol check``) and in
Pyodide in the browser's worker.

Answers. A single-choice answer is an option id (``"b"``); a multiple-choice answer is a list
of distinct option ids in any order (``["a", "c"]``); a put-in-order answer is a list of every
option id, each once, in the order given (``["clt", "chief-executive", "monitoring-officer"]``).
A question is right or wrong as a whole: a module's score is the number of questions right.

A module is passed when every question is answered and ``100 * score >= pass_mark * total``
(whole numbers only, so the browser and this code agree exactly). The percentage shown for a
score (``shown_percent``) is the nearest whole number, halves up (4 of 6 is 67%), except that it
never claims more than the score: a fail never shows the pass mark or above (35 of 44 is 79.5%,
shown as 79% when 80% passes), anything short of full marks is at most 99%, and any right answer
at least 1%. ``site_src/assets/js/progress.mjs`` (``shownPercent``) is the same rule in the browser.

Every Point, Option, Question and Module records the file and line it was written at, exactly as
the guides do (the same helper), so problems point at the source.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from itertools import combinations, permutations
from typing import Callable, Mapping

from protocol.authoring import (Problem, Review, is_slug, normalise_cites, record_location,
                                review_problems)

__all__ = ["Point", "Option", "Question", "Module", "Grade", "ModuleResult", "InvalidAnswer",
           "Problem", "grade", "grade_module", "shown_percent", "pass_score", "answer_key", "possible_answers", "grading_table",
           "validate", "KINDS", "MIN_QUESTIONS", "MAX_ORDER_ITEMS"]

KINDS = ("single", "multiple", "order")
MIN_QUESTIONS = 5      # every module has at least five scenarios
MAX_ORDER_ITEMS = 6    # 720 orders at most: the build-time table stays small


@dataclass(frozen=True)
class Point:
    text: str
    cites: tuple[tuple[str, str], ...] = ()
    file: str | None = field(default=None, compare=False, repr=False)
    line: int | None = field(default=None, compare=False, repr=False)

    def __post_init__(self):
        object.__setattr__(self, "cites", normalise_cites(self.cites))
        record_location(self)


@dataclass(frozen=True)
class Option:
    id: str
    label: str
    feedback: str = ""
    correct: bool = False
    file: str | None = field(default=None, compare=False, repr=False)
    line: int | None = field(default=None, compare=False, repr=False)

    def __post_init__(self):
        record_location(self)


@dataclass(frozen=True)
class Question:
    id: str
    scenario: str
    ask: str
    options: tuple[Option, ...]
    explanation: str
    cites: tuple[tuple[str, str], ...]
    kind: str = "single"
    order: tuple[str, ...] = ()
    file: str | None = field(default=None, compare=False, repr=False)
    line: int | None = field(default=None, compare=False, repr=False)

    def __post_init__(self):
        object.__setattr__(self, "options", tuple(self.options))
        object.__setattr__(self, "cites", normalise_cites(self.cites))
        object.__setattr__(self, "order", tuple(self.order))
        record_location(self)

    def option(self, option_id: str) -> Option | None:
        for option in self.options:
            if option.id == option_id:
                return option
        return None

    @property
    def expected(self) -> tuple[str, ...]:
        """The right answer as option ids: the correct options, or the right order."""
        if self.kind == "order":
            return self.order
        return tuple(o.id for o in self.options if o.correct)


@dataclass(frozen=True)
class Module:
    id: str
    title: str
    summary: tuple[Point, ...]
    questions: tuple[Question, ...]
    pass_mark: int = 80
    review: Review | None = None    # when, by whom and against which version it was reviewed
    file: str | None = field(default=None, compare=False, repr=False)
    line: int | None = field(default=None, compare=False, repr=False)

    def __post_init__(self):
        object.__setattr__(self, "summary", tuple(self.summary))
        object.__setattr__(self, "questions", tuple(self.questions))
        record_location(self)

    def question(self, question_id: str) -> Question | None:
        for question in self.questions:
            if question.id == question_id:
                return question
        return None

    @property
    def cites(self) -> tuple[tuple[str, str], ...]:
        """Every clause the module cites, summary first, each once, in order of first use."""
        seen: dict = {}
        for item in (*self.summary, *self.questions):
            for cite in item.cites:
                seen.setdefault(cite, None)
        return tuple(seen)


class InvalidAnswer(ValueError):
    """An answer that names an unknown option, repeats one, or has the wrong shape."""


@dataclass(frozen=True)
class Grade:
    correct: bool
    expected: tuple[str, ...]


@dataclass(frozen=True)
class ModuleResult:
    score: int                  # questions answered correctly
    total: int                  # questions in the module
    percent: int                # shown_percent(score, total, pass_mark, passed)
    passed: bool                # every question answered and the pass mark reached
    results: dict               # {question id: True | False} for each question answered
    missing: tuple[str, ...]    # question ids not yet answered, in module order


# -- answers and grading ----------------------------------------------------------------------

def _normalised(question: Question, answer) -> tuple[str, ...]:
    """The answer as a tuple of option ids (sorted for multiple choice); InvalidAnswer if bad."""
    known = {o.id for o in question.options}
    if question.kind == "single":
        if not isinstance(answer, str) or answer not in known:
            raise InvalidAnswer("a single-choice answer is one of the question's option ids")
        return (answer,)
    if not isinstance(answer, (list, tuple)) or not all(isinstance(a, str) for a in answer):
        raise InvalidAnswer("this answer must be a list of option ids")
    if len(set(answer)) != len(answer) or not set(answer) <= known:
        raise InvalidAnswer("the answer repeats an option or names one the question lacks")
    if question.kind == "multiple":
        if not answer:
            raise InvalidAnswer("choose at least one option")
        return tuple(sorted(answer))
    if question.kind == "order":
        if set(answer) != known:
            raise InvalidAnswer("put every option in order, each once")
        return tuple(answer)
    raise InvalidAnswer(f"unknown question kind {question.kind!r}")


def answer_key(question: Question, answer) -> str:
    """``"b"``, ``"a,c"`` (multiple: sorted) or ``"c,a,b"`` (order: as given)."""
    return ",".join(_normalised(question, answer))


def grade(question: Question, answer) -> Grade:
    """Right only if the answer is exactly the expected one (as a set for multiple choice)."""
    given = _normalised(question, answer)
    if question.kind == "multiple":
        correct = set(given) == set(question.expected)
    else:
        correct = given == question.expected
    return Grade(correct, question.expected)


def grade_module(module: Module, answers: Mapping) -> ModuleResult:
    """Grade the answers given (unknown questions or bad answers raise InvalidAnswer)."""
    if not isinstance(answers, Mapping):
        raise InvalidAnswer("answers must map question ids to answers")
    results: dict = {}
    for question_id, answer in answers.items():
        question = module.question(question_id) if isinstance(question_id, str) else None
        if question is None:
            raise InvalidAnswer("an answer names a question the module lacks")
        results[question_id] = grade(question, answer).correct
    ordered = {q.id: results[q.id] for q in module.questions if q.id in results}
    missing = tuple(q.id for q in module.questions if q.id not in results)
    score, total = sum(ordered.values()), len(module.questions)
    passed = not missing and total > 0 and 100 * score >= module.pass_mark * total
    percent = shown_percent(score, total, module.pass_mark, passed)
    return ModuleResult(score, total, percent, passed, ordered, missing)


def shown_percent(score: int, total: int, pass_mark: int, passed: bool | None = None) -> int:
    """The whole percentage to show for ``score`` out of ``total``: the nearest, halves up, but
    below the pass mark on a fail, at most 99 short of full marks, at least 1 above nothing.

    ``passed`` defaults to whether the score reaches the pass mark; a module with unanswered
    questions has not passed whatever its score, so its percentage stays below the pass mark.

    >>> shown_percent(4, 6, 80), shown_percent(35, 44, 80), shown_percent(5, 6, 80)
    (67, 79, 83)
    >>> shown_percent(199, 200, 80), shown_percent(1, 300, 80), shown_percent(0, 6, 80)
    (99, 1, 0)
    """
    if total <= 0:
        return 0
    percent = (200 * score + total) // (2 * total)      # round(100 * score / total), halves up
    if score < total:
        percent = min(percent, 99)
    if score > 0:
        percent = max(percent, 1)
    if passed is None:
        passed = 100 * score >= pass_mark * total
    if not passed:
        percent = min(percent, pass_mark - 1)           # a fail never reads as a pass
    return percent


def pass_score(total: int, pass_mark: int) -> int:
    """The fewest right answers out of ``total`` that reach ``pass_mark`` (5 of 6 for 80%).

    >>> pass_score(6, 80), pass_score(5, 80), pass_score(44, 80)
    (5, 4, 36)
    """
    return -(-pass_mark * total // 100)


def possible_answers(question: Question) -> list:
    """Every well-formed answer: each option, each non-empty set, or each order."""
    ids = [o.id for o in question.options]
    if question.kind == "single":
        return ids
    if question.kind == "multiple":
        return [list(c) for n in range(1, len(ids) + 1) for c in combinations(ids, n)]
    if question.kind == "order":
        return [list(p) for p in permutations(ids)]
    return []


def grading_table(module: Module) -> dict[str, list[str]]:
    """What the browser uses until Python is live: for each question, the key of every answer
    this module's own ``grade`` marks right, found by grading every possible answer."""
    return {q.id: [answer_key(q, a) for a in possible_answers(q) if grade(q, a).correct]
            for q in module.questions}


# -- validation -------------------------------------------------------------------------------

def _cite_problems(item, what: str, clause_exists) -> list[str]:
    messages = []
    if not item.cites:
        messages.append(f"{what} cites no clause")
    for cite in item.cites:
        if not (isinstance(cite, tuple) and len(cite) == 2
                and all(isinstance(part, str) for part in cite)):
            messages.append(f"{what}: citation {cite!r} must be (version, clause), both strings")
        elif clause_exists is not None and not clause_exists(*cite):
            messages.append(f"{what} cites clause {cite[1]} of version {cite[0]}, "
                            "which does not exist")
    return messages


def _question_problems(question: Question, add, clause_exists) -> None:
    what = f"question {question.id!r}"
    if not is_slug(question.id):
        add(question, f"{what}: id must be lower-case letters, digits and hyphens")
    if question.kind not in KINDS:
        add(question, f"{what}: kind {question.kind!r} must be one of {', '.join(KINDS)}")
        return
    if not question.scenario or not question.ask:
        add(question, f"{what} needs a scenario and a question to ask")
    if not question.explanation:
        add(question, f"{what} has no explanation")
    for message in _cite_problems(question, what, clause_exists):
        add(question, message)
    if len(question.options) < 2:
        add(question, f"{what} needs at least two options")
    seen: dict = {}
    for option in question.options:
        if option.id in seen:
            add(option, f"duplicate option id {option.id!r} in {what} "
                        f"(first used at line {seen[option.id].line})")
        seen.setdefault(option.id, option)
        if not is_slug(option.id):
            add(option, f"option {option.id!r} of {what}: id must be lower-case letters, "
                        "digits and hyphens")
        if not option.label:
            add(option, f"option {option.id!r} of {what} has no label")
        if question.kind != "order" and not option.feedback:
            add(option, f"option {option.id!r} of {what} has no feedback (say why it is "
                        "right or wrong)")
        if question.kind == "order" and option.correct:
            add(option, f"option {option.id!r} of {what}: a put-in-order question gives its "
                        "answer as order=(...), not correct=True")
    right = [o for o in question.options if o.correct]
    if question.kind == "single" and len(right) != 1:
        add(question, f"{what} is single-choice but has {len(right)} correct options "
                      "(it needs exactly one)")
    if question.kind == "multiple":
        if not right:
            add(question, f"{what} has no correct option")
        elif len(right) == len(question.options):
            add(question, f"{what}: every option is correct, so choosing all is always right")
    if question.kind != "order" and question.order:
        add(question, f"{what}: order=(...) is only for put-in-order questions")
    if question.kind == "order":
        ids = [o.id for o in question.options]
        if not question.order:
            add(question, f"{what} is put-in-order but gives no order=(...) (no correct answer)")
        elif sorted(question.order) != sorted(ids) or len(set(question.order)) != len(ids):
            add(question, f"{what}: order {list(question.order)} must list every option id "
                          f"exactly once ({', '.join(ids)})")
        elif tuple(ids) == question.order:
            add(question, f"{what}: the options are shown already in the right order; write "
                          "them in another order")
        if len(ids) > MAX_ORDER_ITEMS:
            add(question, f"{what} has {len(ids)} steps to order; at most {MAX_ORDER_ITEMS}")


def validate(module: Module, clause_exists: Callable[[str, str], bool] | None = None
             ) -> list[Problem]:
    """Every problem in ``module``, sorted by file and line; an empty list means it is sound.

    ``clause_exists(version, clause_id)``, when given, checks every citation.
    """
    problems: list[Problem] = []

    def add(item, message: str) -> None:
        problems.append(Problem(item.file, item.line, message))

    if not is_slug(module.id):
        add(module, f"module id {module.id!r} must be lower-case letters, digits and hyphens")
    if not module.title:
        add(module, f"module {module.id!r} has no title")
    problems.extend(review_problems(module, "module", required=False))
    if not isinstance(module.pass_mark, int) or not 1 <= module.pass_mark <= 100:
        add(module, f"module {module.id!r}: pass_mark {module.pass_mark!r} must be a whole "
                    "percentage from 1 to 100")
    if not module.summary:
        add(module, f"module {module.id!r} has no summary")
    for point in module.summary:
        if not point.text:
            add(point, "summary point has no text")
        for message in _cite_problems(point, "summary point", clause_exists):
            add(point, message)
    if len(module.questions) < MIN_QUESTIONS:
        add(module, f"module {module.id!r} has {len(module.questions)} questions; every module "
                    f"needs at least {MIN_QUESTIONS}")
    seen: dict = {}
    for question in module.questions:
        if question.id in seen:
            add(question, f"duplicate question id {question.id!r} "
                          f"(first used at line {seen[question.id].line})")
        seen.setdefault(question.id, question)
        _question_problems(question, add, clause_exists)
    return sorted(problems, key=lambda p: (p.path, p.line))
