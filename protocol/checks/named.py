"""A clause named in a guide's or a training module's words must be one of its citations.

The page quotes and links every clause an outcome or a question cites, so a clause named in the
words but not cited is a claim the reader cannot check there (and often a slip: the words say
more than the cited text does).

What counts as a clause number:

- a dotted number, ``7.8`` or ``5.3.1``: the form of the 2022 version's clauses;
- ``clause N`` (also ``clauses N and M``, ``clauses N, M``, ``clauses N to M``): the form of
  the 2008 version's clauses.

References to other documents are not: ``Section 14`` (of the Constitution), ``Schedule 12A``,
``paragraphs 1 to 6``, ``section 151 officer``. A dotted number is matched against the cited
clause ids of every version, ``clause N`` likewise, so the check needs no corpus: that a cited
clause exists is checked elsewhere.

Runs in the child Python of ``protocol.checks.authored`` on the imported guides and modules
(duck-typed: only their fields are read), and on its own in tests.
"""
from __future__ import annotations

import re

from protocol.authoring import Problem

__all__ = ["named_clauses", "guide_problems", "module_problems"]

# "7.8", "5.3.1"; not part of a longer token ("v1.2.3a", "12A.1") and never a trailing full stop.
_DOTTED = re.compile(r"(?<![\w.])(\d+(?:\.\d+)+)(?![\w]|\.\d)")
# "clause 9", "clauses 12 and 13", "clauses 7-11", "clauses 8, 9 and 10"
_CLAUSE_WORD = re.compile(
    r"\bclauses?\s+(\d+(?:\s*(?:,|and|or|to|-|\u2013)\s*\d+)*)(?![\w.]*\d)", re.IGNORECASE)
_RANGE = re.compile(r"(\d+)\s*(?:to|-|\u2013)\s*(\d+)")


def named_clauses(text: str) -> list[str]:
    """Every clause number ``text`` names, in order, each once.

    >>> named_clauses("raise it with the CLT member (3.7, 12.1); see clauses 8 to 10")
    ['3.7', '12.1', '8', '9', '10']
    >>> named_clauses("section 14 of the Constitution, Schedule 12A, paragraphs 1 to 6")
    []
    """
    found: list[str] = []

    def add(number: str) -> None:
        if number not in found:
            found.append(number)

    spans = []
    for match in _DOTTED.finditer(text):
        spans.append((match.start(), match.group(1)))
    for match in _CLAUSE_WORD.finditer(text):
        group = match.group(1)
        numbers: list[str] = []
        for rng in _RANGE.finditer(group):
            low, high = int(rng.group(1)), int(rng.group(2))
            if low < high <= low + 50:
                numbers += [str(n) for n in range(low + 1, high)]
        numbers += re.findall(r"\d+", group)
        for number in sorted(set(numbers), key=int):
            spans.append((match.start(), number))
    for _, number in sorted(spans, key=lambda s: s[0]):
        add(number)
    return found


def _missing(words, cites) -> list[str]:
    cited = {clause for _, clause in cites}
    named: list[str] = []
    for text in words:
        for number in named_clauses(text or ""):
            if number not in cited and number not in named:
                named.append(number)
    return named


def _problem(item, what: str, missing: list[str]) -> Problem:
    listed = ", ".join(missing)
    noun = "clause" if len(missing) == 1 else "clauses"
    return Problem(item.file, item.line,
                   f"{what} names {noun} {listed} in its words but does not cite "
                   f"{'it' if len(missing) == 1 else 'them'}: add {'it' if len(missing) == 1 else 'them'} "
                   f"to its citations, or reword")


def guide_problems(guide) -> list[Problem]:
    """An outcome's words (title, answer, next steps, contact, earlier) against its citations
    and earlier citations; a question's words against every citation in the guide."""
    problems: list[Problem] = []
    every = [c for o in guide.outcomes for c in (*o.cites, *o.earlier_cites)]
    for question in guide.questions:
        words = [question.text, question.hint,
                 *(w for o in question.options for w in (o.label, o.hint))]
        missing = _missing(words, every)
        if missing:
            problems.append(_problem(question, f"question {question.id!r}", missing))
    for outcome in guide.outcomes:
        words = [outcome.title, outcome.answer, *outcome.next_steps, outcome.contact,
                 outcome.earlier]
        missing = _missing(words, (*outcome.cites, *outcome.earlier_cites))
        if missing:
            problems.append(_problem(outcome, f"outcome {outcome.id!r}", missing))
    return problems


def module_problems(module) -> list[Problem]:
    """A question's words (scenario, question, explanation, each option's label and feedback)
    against its citations; a summary point's text against its own."""
    problems: list[Problem] = []
    for point in module.summary:
        missing = _missing([point.text], point.cites)
        if missing:
            problems.append(_problem(point, "summary point", missing))
    for question in module.questions:
        words = [question.scenario, question.ask, question.explanation,
                 *(w for o in question.options for w in (o.label, o.feedback))]
        missing = _missing(words, question.cites)
        if missing:
            problems.append(_problem(question, f"question {question.id!r}", missing))
    return problems
