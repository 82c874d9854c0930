"""JSON in, JSON out: the guides for the browser worker, the CLI and the site build.

``run`` returns::

    {"question": "role" | None,          # the next question's id, or None at an outcome
     "outcome": "statutory-right" | None,
     "cites": [{"version": "2022", "clause": "7.3"}, ...],   # the outcome's citations
     "path": [["doc-kind", "agenda"], ...],                  # answers on the path, in order
     "dropped": [["role", "committee-member"], ...],         # answers not on the path
     "error": None | "a message for the reader"}

``run_json`` takes ``{"guide": id, "answers": {question: option}}`` or
``{"guide": id, "query": "?question=option&..."}`` and returns the result above as JSON.
Error messages never repeat what was sent, so they are safe to show as text.
"""
from __future__ import annotations

from protocol.authoring import cites_json, json_endpoint

from . import get
from .engine import GuideError, InvalidAnswers, Outcome

__all__ = ["run", "run_json", "describe"]

NO_SUCH_GUIDE = "We could not find that guide. Go back to the list of guides and choose one."
BAD_ANSWERS = ("We could not read your answers. The link may be out of date or incomplete. "
               "Please start the guide again.")
BROKEN_GUIDE = ("Sorry, this guide has a problem and cannot give an answer. "
                "Please start again, and tell us if it happens again.")


def _result(question=None, outcome: Outcome | None = None, path=(), dropped=(), error=None):
    return {
        "question": question.id if question else None,
        "outcome": outcome.id if outcome else None,
        "cites": cites_json(outcome.cites) if outcome else [],
        "path": [list(pair) for pair in path],
        "dropped": [list(pair) for pair in dropped],
        "error": error,
    }


def run(guide_id: str, answers: dict) -> dict:
    guide = get(guide_id) if isinstance(guide_id, str) else None
    if guide is None:
        return _result(error=NO_SUCH_GUIDE)
    try:
        state = guide.step(answers)
    except InvalidAnswers:
        return _result(error=BAD_ANSWERS)
    except GuideError:
        return _result(error=BROKEN_GUIDE)
    return _result(state.question, state.outcome, state.path, state.dropped)


@json_endpoint(lambda: _result(error=BAD_ANSWERS))
def run_json(request: dict) -> dict:
    guide_id = request.get("guide")
    if "query" in request:
        guide = get(guide_id) if isinstance(guide_id, str) else None
        if guide is None:
            return _result(error=NO_SUCH_GUIDE)
        try:
            answers = guide.from_query(request["query"])
        except InvalidAnswers:
            return _result(error=BAD_ANSWERS)
    else:
        answers = request.get("answers", {})
    return run(guide_id, answers)


def describe(guide_id: str) -> dict:
    """Plain data for the site build; an unknown id raises KeyError (the build must stop)."""
    guide = get(guide_id)
    if guide is None:
        raise KeyError(f"no guide with id {guide_id!r}")
    return {
        "id": guide.id,
        "title": guide.title,
        "summary": guide.summary,
        "audience": list(guide.audience),
        "file": guide.file,
        "start": guide.questions[0].id if guide.questions else None,
        "questions": [
            {"id": q.id, "text": q.text, "hint": q.hint,
             "options": [{"id": o.id, "label": o.label, "hint": o.hint} for o in q.options]}
            for q in guide.questions
        ],
        "outcomes": [
            {"id": o.id, "title": o.title, "answer": o.answer,
             "next_steps": list(o.next_steps), "contact": o.contact,
             "cites": cites_json(o.cites), "earlier": o.earlier,
             "earlier_cites": cites_json(o.earlier_cites)}
            for o in guide.outcomes
        ],
    }
