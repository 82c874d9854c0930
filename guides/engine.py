"""The decision-guide engine: plain data for questions and outcomes, one function that routes.

Standard library only: the same code runs in CPython (tests, build, CLI) and in Pyodide.

Routing. A guide starts at its first question. After each answer, ``next_step`` is called with
the answers on the path so far (a dict keyed by question id, in path order) and returns the id
of the next question or an outcome. It is never given answers that are off the path.

Answers are a dict ``{question_id: option_id}``. Order does not matter: ``Guide.step`` replays
them from the start, so changing an earlier answer keeps later answers that are still on the
new path and reports the rest as ``dropped``.

URL form. ``Guide.to_query(answers)`` gives ``?doc-kind=agenda&role=committee-member``: one
``question-id=option-id`` pair per answer on the path, in path order, encoded with
``urllib.parse.urlencode``; no answers gives ``""``. ``Guide.from_query(query)`` reads that
form back (the leading ``?`` is optional). Every parameter must be a question id of the guide,
given once, with one of that question's option ids; anything else raises InvalidAnswers.

Every Option, Question, Outcome and Guide records the file and line it was written at, so
problems point at the source: ``guides/inspect_documents.py:42: message``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Mapping
from urllib.parse import parse_qsl, urlencode

from protocol.authoring import (CONTACT_ROLES, Problem, Review, normalise_cites,
                                record_location, review_problems)

__all__ = ["Option", "Question", "Outcome", "Guide", "State", "Problem", "InvalidAnswers",
           "GuideError", "validate", "AUDIENCES", "CONTACT_ROLES"]

AUDIENCES = ("member", "officer")

# CONTACT_ROLES (protocol.authoring): an outcome lists in ``contacts`` the roles its "Who to
# contact" names; the site shows the council's details for each (docs/_data/council.yml) where
# given, the role alone where not.

# A guide with more answers than this in a URL is not one of ours.
_MAX_QUERY_FIELDS = 100


@dataclass(frozen=True)
class Option:
    id: str
    label: str
    hint: str = ""
    file: str | None = field(default=None, compare=False, repr=False)
    line: int | None = field(default=None, compare=False, repr=False)

    def __post_init__(self):
        record_location(self)


@dataclass(frozen=True)
class Question:
    id: str
    text: str
    hint: str = ""
    options: tuple[Option, ...] = ()
    file: str | None = field(default=None, compare=False, repr=False)
    line: int | None = field(default=None, compare=False, repr=False)

    def __post_init__(self):
        object.__setattr__(self, "options", tuple(self.options))
        record_location(self)

    def option(self, option_id: str) -> Option | None:
        for option in self.options:
            if option.id == option_id:
                return option
        return None


@dataclass(frozen=True)
class Outcome:
    id: str
    title: str
    answer: str
    next_steps: tuple[str, ...] = ()
    contact: str = ""
    contacts: tuple[str, ...] = ()      # CONTACT_ROLES ids named in ``contact``, in its order
    cites: tuple[tuple[str, str], ...] = ()
    earlier: str = ""
    earlier_cites: tuple[tuple[str, str], ...] = ()
    file: str | None = field(default=None, compare=False, repr=False)
    line: int | None = field(default=None, compare=False, repr=False)

    def __post_init__(self):
        object.__setattr__(self, "next_steps", tuple(self.next_steps))
        if isinstance(self.contacts, list):
            object.__setattr__(self, "contacts", tuple(self.contacts))
        object.__setattr__(self, "cites", normalise_cites(self.cites))
        object.__setattr__(self, "earlier_cites", normalise_cites(self.earlier_cites))
        record_location(self)


class InvalidAnswers(ValueError):
    """The answers name a question or option the guide does not have (tampered or stale link)."""


class GuideError(Exception):
    """The guide is broken: next_step failed, returned an unknown id, or asked a question twice."""

    def __init__(self, problem: Problem):
        self.problem = problem
        super().__init__(str(problem))


@dataclass(frozen=True)
class State:
    path: list[tuple[str, str]]     # (question id, option id) on the path, in order
    question: Question | None       # the next question, or None at an outcome
    outcome: Outcome | None         # the outcome reached, or None
    dropped: list[tuple[str, str]]  # answers given that are not on the path

    @property
    def answers(self) -> dict[str, str]:
        return dict(self.path)


def _describe_answers(answers: Mapping[str, str]) -> str:
    return ", ".join(f"{q}={a}" for q, a in answers.items()) or "(none)"


@dataclass(frozen=True)
class Guide:
    id: str
    title: str
    summary: str
    audience: tuple[str, ...]       # who it is for: ("member",), ("officer",) or both
    questions: tuple[Question, ...]
    outcomes: tuple[Outcome, ...]
    next_step: Callable[[dict], str]
    review: Review | None = None    # when, by whom and against which version it was reviewed
    file: str | None = field(default=None, compare=False, repr=False)
    line: int | None = field(default=None, compare=False, repr=False)
    _nodes: dict = field(default=None, init=False, compare=False, repr=False)

    def __post_init__(self):
        object.__setattr__(self, "questions", tuple(self.questions))
        object.__setattr__(self, "outcomes", tuple(self.outcomes))
        if isinstance(self.audience, list):   # a string is kept, for validate() to report
            object.__setattr__(self, "audience", tuple(self.audience))
        nodes: dict = {}
        for node in (*self.questions, *self.outcomes):
            nodes.setdefault(node.id, node)  # duplicates are reported by validate()
        object.__setattr__(self, "_nodes", nodes)
        record_location(self)

    # -- lookups -----------------------------------------------------------------------------

    def question(self, question_id: str) -> Question | None:
        node = self._nodes.get(question_id)
        return node if isinstance(node, Question) else None

    def outcome(self, outcome_id: str) -> Outcome | None:
        node = self._nodes.get(outcome_id)
        return node if isinstance(node, Outcome) else None

    # -- running -----------------------------------------------------------------------------

    def start(self) -> State:
        return self.step({})

    def step(self, answers: Mapping[str, str]) -> State:
        """Replay ``answers`` from the first question; raises InvalidAnswers or GuideError."""
        answers = self._checked(answers)
        path: list[tuple[str, str]] = []
        node = self._first()
        while isinstance(node, Question) and node.id in answers:
            option = node.option(answers[node.id])
            path.append((node.id, option.id))
            node = self._follow(dict(path), node, option)
        on_path = {q for q, _ in path}
        dropped = [(q, a) for q, a in answers.items() if q not in on_path]
        if isinstance(node, Outcome):
            return State(path, None, node, dropped)
        return State(path, node, None, dropped)

    def answer(self, answers: Mapping[str, str], question_id: str, option_id: str) -> dict:
        """The answers after answering (or changing) one question; off-path answers are dropped.

        Raises InvalidAnswers if the question is not asked on the resulting path.
        """
        state = self.step({**self._checked(answers), question_id: option_id})
        result = state.answers
        if question_id not in result:
            raise InvalidAnswers(f"question {question_id!r} is not asked with these answers")
        return result

    def back(self, answers: Mapping[str, str]) -> dict:
        """The answers on the path without the last one (``{}`` at the start)."""
        return dict(self.step(answers).path[:-1])

    def to_query(self, answers: Mapping[str, str]) -> str:
        """``?q1=a&q2=b`` for the answers on the path, in path order; ``""`` for none."""
        path = self.step(answers).path
        return "?" + urlencode(path) if path else ""

    def from_query(self, query: str) -> dict:
        """Read answers back from ``to_query`` form; raises InvalidAnswers on anything else."""
        if not isinstance(query, str):
            raise InvalidAnswers("the query must be a string")
        query = query[1:] if query.startswith("?") else query
        try:
            pairs = parse_qsl(query, keep_blank_values=True, max_num_fields=_MAX_QUERY_FIELDS)
        except ValueError as exc:
            raise InvalidAnswers(f"the query cannot be read: {exc}") from None
        answers: dict[str, str] = {}
        for question_id, option_id in pairs:
            if question_id in answers:
                raise InvalidAnswers(f"question {question_id!r} is answered twice")
            answers[question_id] = option_id
        return self._checked(answers)

    # -- enumerating -------------------------------------------------------------------------

    def paths(self) -> list[tuple[dict, str]]:
        """Every way through the guide: (answers in path order, outcome id), depth first."""
        return [(answers, node.id) for answers, node in self._walk()
                if isinstance(node, Outcome)]

    def states(self) -> list[State]:
        """Every reachable state: each distinct answered prefix, from the empty start."""
        return [State(list(answers.items()),
                      node if isinstance(node, Question) else None,
                      node if isinstance(node, Outcome) else None,
                      [])
                for answers, node in self._walk()]

    # -- internals ---------------------------------------------------------------------------

    def _first(self) -> Question:
        if not self.questions:
            raise GuideError(Problem(self.file, self.line, "guide has no questions"))
        return self.questions[0]

    def _checked(self, answers) -> dict:
        if not isinstance(answers, Mapping):
            raise InvalidAnswers("answers must be a mapping of question id to option id")
        checked: dict[str, str] = {}
        for question_id, option_id in answers.items():
            question = self.question(question_id) if isinstance(question_id, str) else None
            if question is None:
                raise InvalidAnswers(f"unknown question {question_id!r}")
            if not isinstance(option_id, str) or question.option(option_id) is None:
                raise InvalidAnswers(f"unknown option {option_id!r} for question {question_id!r}")
            checked[question_id] = option_id
        return checked

    def _follow(self, answers: dict, question: Question, option: Option):
        """The node after ``option`` of ``question``; ``answers`` is the path including it."""
        def broken(message: str) -> GuideError:
            return GuideError(Problem(option.file, option.line,
                                      f"{message} (after {_describe_answers(answers)})"))

        try:
            next_id = self.next_step(dict(answers))
        except Exception as exc:  # a bug in the guide: report it where the option is written
            raise broken(f"next_step raised {type(exc).__name__}: {exc}") from exc
        if next_id is None:
            raise broken("next_step returned None; it must return a question or outcome id")
        node = self._nodes.get(next_id) if isinstance(next_id, str) else None
        if node is None:
            raise broken(f"next_step returned unknown id {next_id!r}")
        if isinstance(node, Question) and node.id in answers:
            raise broken(f"question {node.id!r} is asked twice on one path (a cycle)")
        return node

    def _walk(self, report: Callable[[GuideError, Question, Option], None] | None = None):
        """Yield (answers, node) for every reachable node, depth first in option order.

        A broken step raises GuideError, or is passed to ``report`` and skipped.
        """
        stack = [({}, self._first())]
        while stack:
            answers, node = stack.pop()
            yield answers, node
            if isinstance(node, Outcome):
                continue
            following = []
            for option in node.options:
                chosen = {**answers, node.id: option.id}
                try:
                    following.append((chosen, self._follow(chosen, node, option)))
                except GuideError as exc:
                    if report is None:
                        raise
                    report(exc, node, option)
            stack.extend(reversed(following))


def _check_contacts(outcome: Outcome, add) -> None:
    """``contacts`` lists known roles, each once, and exactly the roles ``contact`` names."""
    if not isinstance(outcome.contacts, tuple) or not all(
            isinstance(role, str) for role in outcome.contacts):
        add(outcome, f"outcome {outcome.id!r}: contacts must be a list of role ids")
        return
    for role in outcome.contacts:
        if role not in CONTACT_ROLES:
            add(outcome, f"outcome {outcome.id!r}: unknown contact role {role!r} (known: "
                         f"{', '.join(CONTACT_ROLES)})")
    if len(set(outcome.contacts)) != len(outcome.contacts):
        add(outcome, f"outcome {outcome.id!r}: a contact role is listed twice")
    named = [role for role, name in CONTACT_ROLES.items() if name in outcome.contact]
    missing = [role for role in named if role not in outcome.contacts]
    if missing:
        add(outcome, f"outcome {outcome.id!r}: 'Who to contact' names "
                     f"{', '.join(CONTACT_ROLES[r] for r in missing)}; list "
                     f"{', '.join(repr(r) for r in missing)} in contacts")
    stray = [role for role in outcome.contacts
             if role in CONTACT_ROLES and role not in named]
    if stray:
        add(outcome, f"outcome {outcome.id!r}: contacts lists "
                     f"{', '.join(repr(r) for r in stray)}, which 'Who to contact' does not name")


def validate(guide: Guide, clause_exists: Callable[[str, str], bool] | None = None
             ) -> list[Problem]:
    """Every problem in ``guide``, sorted by file and line; an empty list means it is sound.

    ``clause_exists(version, clause_id)``, when given, checks every citation.
    """
    problems: list[Problem] = []

    def add(item, message: str) -> None:
        problems.append(Problem(item.file, item.line, message))

    if (not isinstance(guide.audience, tuple) or not guide.audience
            or len(set(guide.audience)) != len(guide.audience)
            or not set(guide.audience) <= set(AUDIENCES)):
        add(guide, f"audience {guide.audience!r} must be a list of one or both of "
                   f"{', '.join(repr(a) for a in AUDIENCES)}, each once")
    problems.extend(review_problems(guide, "guide", required=False))
    if not callable(guide.next_step):
        add(guide, "next_step must be a function of the answers")
        return problems
    if not guide.questions:
        add(guide, "guide has no questions")
        return problems

    first_seen: dict = {}
    for node in (*guide.questions, *guide.outcomes):
        if node.id in first_seen:
            add(node, f"duplicate id {node.id!r} (first used at line {first_seen[node.id].line})")
        else:
            first_seen[node.id] = node
    for question in guide.questions:
        if not question.text:
            add(question, f"question {question.id!r} has no text")
        if not question.options:
            add(question, f"question {question.id!r} has no options")
        option_seen: dict = {}
        for option in question.options:
            if option.id in option_seen:
                add(option, f"duplicate option id {option.id!r} in question {question.id!r} "
                            f"(first used at line {option_seen[option.id].line})")
            option_seen.setdefault(option.id, option)
            if not option.label:
                add(option, f"option {option.id!r} of question {question.id!r} has no label")

    # Walk every path; a broken step is reported once per option, at the option.
    broken: set = set()

    def report(exc: GuideError, question: Question, option: Option) -> None:
        if (question.id, option.id) not in broken:
            broken.add((question.id, option.id))
            problems.append(exc.problem)

    reached: set = set()
    taken: set = set()
    for answers, node in guide._walk(report):
        reached.add(id(node))
        if isinstance(node, Outcome):
            taken.update(answers.items())

    for question in guide.questions:
        if id(question) not in reached:
            add(question, f"question {question.id!r} is never reached")
            continue
        for option in question.options:
            if (question.id, option.id) not in taken and (question.id, option.id) not in broken:
                add(option, f"option {option.id!r} of question {question.id!r} is never on a "
                            f"path that reaches an outcome (dropped option)")

    for outcome in guide.outcomes:
        if id(outcome) not in reached:
            add(outcome, f"outcome {outcome.id!r} is never reached")
        if not outcome.title or not outcome.answer:
            add(outcome, f"outcome {outcome.id!r} needs a title and an answer")
        if not outcome.cites:
            add(outcome, f"outcome {outcome.id!r} cites no clause")
        if outcome.earlier and not outcome.earlier_cites:
            add(outcome, f"outcome {outcome.id!r} has 'earlier' text but no earlier_cites")
        if outcome.earlier_cites and not outcome.earlier:
            add(outcome, f"outcome {outcome.id!r} has earlier_cites but no 'earlier' text")
        _check_contacts(outcome, add)
        for cite in (*outcome.cites, *outcome.earlier_cites):
            if not (isinstance(cite, tuple) and len(cite) == 2
                    and all(isinstance(part, str) for part in cite)):
                add(outcome, f"outcome {outcome.id!r}: citation {cite!r} must be "
                             f"(version, clause), both strings")
            elif clause_exists is not None and not clause_exists(*cite):
                add(outcome, f"outcome {outcome.id!r} cites clause {cite[1]} of version "
                             f"{cite[0]}, which does not exist")

    return sorted(problems, key=lambda p: (p.path, p.line))
