"""``protocol guide ID --answer QUESTION=ANSWER ... [--json]``: run a guide on the command line."""
from __future__ import annotations

import json
import sys

import guides
from guides import api

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
        print(json.dumps({"question": result["question"], "outcome": result["outcome"],
                          "cites": result["cites"], "path": result["path"],
                          "error": result["error"]}, indent=1))
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
        outcome = guide.outcome(result["outcome"])
        print(f"\n{outcome.title}\n{outcome.answer}\n\nRests on: "
              + ", ".join(f"{c['version']} clause {c['clause']}" for c in result["cites"]))
    return 0
