"""``protocol guide ID --answer QUESTION=ANSWER ... [--json]``: run a guide on the command line."""
from __future__ import annotations

import json
import sys

import guides
from guides import api
from protocol.authoring import cites_json

__all__ = ["run_guide"]


def run_guide(args) -> int:
    guide = guides.get(args.id)
    if guide is None:
        known = ", ".join(g.id for g in guides.all_guides())
        print(f"protocol guide: no guide {args.id!r} (known: {known})", file=sys.stderr)
        return 2
    answers = {}
    for pair in args.answer:
        question, sep, option = pair.partition("=")
        if not sep:
            print(f"protocol guide: --answer takes QUESTION=ANSWER, not {pair!r}", file=sys.stderr)
            return 2
        answers[question] = option
    result = api.run(guide.id, answers)
    if args.json:
        shown = {"question": result["question"], "outcome": result["outcome"],
                 "cites": result["cites"], "path": result["path"], "error": result["error"]}
        if result["outcome"]:
            shown.update(_outcome_json(guide.outcome(result["outcome"])))
        print(json.dumps(shown, indent=1))
        return 1 if result["error"] else 0
    if result["error"]:
        print(result["error"], file=sys.stderr)
        return 1
    for question_id, option_id in result["path"]:
        question = guide.question(question_id)
        print(f"{question.text}\n  -> {question.option(option_id).label}")
    if result["question"]:
        question = guide.question(result["question"])
        print(f"\nNext question ({question.id}): {question.text}")
        for option in question.options:
            print(f"  --answer {question.id}={option.id}   {option.label}")
    else:
        print("\n" + _outcome_text(guide.outcome(result["outcome"])))
    return 0


def _cites_text(cites) -> str:
    return ", ".join(f"{version} clause {clause}" for version, clause in cites)


def _outcome_text(outcome) -> str:
    """The whole outcome, in the order the site shows it."""
    lines = [outcome.title, outcome.answer, "", "Rests on: " + _cites_text(outcome.cites)]
    if outcome.next_steps:
        lines += ["", "What to do next:", *(f"  - {step}" for step in outcome.next_steps)]
    if outcome.contact:
        lines += ["", "Who to contact:", f"  {outcome.contact}"]
    if outcome.earlier:
        lines += ["", "What the earlier version said:", f"  {outcome.earlier}",
                  "  Rests on: " + _cites_text(outcome.earlier_cites)]
    return "\n".join(lines)


def _outcome_json(outcome) -> dict:
    """Keys added to the documented JSON shape at an outcome."""
    return {"title": outcome.title, "answer": outcome.answer,
            "next_steps": list(outcome.next_steps), "contact": outcome.contact,
            "contacts": list(outcome.contacts), "earlier": outcome.earlier,
            "earlier_cites": cites_json(outcome.earlier_cites)}
