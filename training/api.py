"""JSON in, JSON out: training grading for the browser worker and the site build.

``grade_json`` takes one of::

    {"module": "roles", "question": "bin-route", "answer": "pass-it-on"}
    {"module": "roles", "answers": {"bin-route": "pass-it-on", "officer-duties": ["a", "c"]}}

and returns, as JSON, for one answer::

    {"module": "roles", "question": "bin-route", "correct": true,
     "expected": ["pass-it-on"], "error": null}

and for a module::

    {"module": "roles", "score": 5, "total": 6, "percent": 83, "passed": true,
     "pass_mark": 80, "results": {"bin-route": true, ...}, "missing": [], "error": null}

Anything malformed gives ``{"error": "a message for the reader", ...}``. Error messages never
repeat what was sent, so they are safe to show as text.
"""
from __future__ import annotations

from protocol.authoring import cites_json, json_endpoint

from . import get
from .engine import InvalidAnswer, grade, grade_module

__all__ = ["grade_json", "describe"]

NO_SUCH_MODULE = "We could not find that training module. Go back to the list and choose one."
BAD_ANSWER = "We could not read that answer. Please answer the question again."


def _error(message: str, module=None, question=None) -> dict:
    return {"module": module, "question": question, "error": message}


@json_endpoint(lambda: _error(BAD_ANSWER))
def grade_json(request: dict) -> dict:
    module_id = request.get("module")
    module = get(module_id) if isinstance(module_id, str) else None
    if module is None:
        return _error(NO_SUCH_MODULE)
    if "question" in request:
        question_id = request["question"]
        question = module.question(question_id) if isinstance(question_id, str) else None
        if question is None:
            return _error(BAD_ANSWER, module.id)
        try:
            result = grade(question, request.get("answer"))
        except InvalidAnswer:
            return _error(BAD_ANSWER, module.id, question.id)
        return {"module": module.id, "question": question.id, "correct": result.correct,
                "expected": list(result.expected), "error": None}
    try:
        result = grade_module(module, request.get("answers", {}))
    except InvalidAnswer:
        return _error(BAD_ANSWER, module.id)
    return {"module": module.id, "score": result.score, "total": result.total,
            "percent": result.percent, "passed": result.passed, "pass_mark": module.pass_mark,
            "results": result.results, "missing": list(result.missing), "error": None}


def describe(module_id: str) -> dict:
    """Plain data for the site build; an unknown id raises KeyError (the build must stop)."""
    module = get(module_id)
    if module is None:
        raise KeyError(f"no training module with id {module_id!r}")
    return {
        "id": module.id,
        "title": module.title,
        "pass_mark": module.pass_mark,
        "file": module.file,
        "summary": [{"text": p.text, "cites": cites_json(p.cites)} for p in module.summary],
        "questions": [
            {"id": q.id, "kind": q.kind, "scenario": q.scenario, "ask": q.ask,
             "explanation": q.explanation, "cites": cites_json(q.cites),
             "expected": list(q.expected),
             "options": [{"id": o.id, "label": o.label, "feedback": o.feedback,
                          "correct": o.correct} for o in q.options]}
            for q in module.questions
        ],
    }
