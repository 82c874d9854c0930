"""Training pages, rendered at build time from each module's Python (the one source of truth):
the quiz of each module (every scenario with its feedback already in the page, revealed on
request without JavaScript, and the grading table that answers until Python is ready), the list
of modules, "Your progress", the completion record and the facilitator's version.

Every piece of text from a module is escaped by the templates; the browser only ever adds text with
``textContent``.
"""
from __future__ import annotations

from markupsafe import Markup

from protocol.site.address import url
from protocol.site.clauses import clause_link, clause_quote
from protocol.site.review import review_info
from protocol.site.templates import render
from protocol.site.versions import format_date
from training.engine import grading_table, pass_score

__all__ = ["module_url", "quiz_widget", "quiz_data", "question_html", "training_index",
           "progress_panel", "record_page", "facilitator_page", "protocol_info", "cite_groups",
           "pass_text", "facilitators_note", "FACILITATOR_URL", "INDEX_TOC"]

HINTS = {
    "single": "Choose one answer.",
    "multiple": "Choose every answer that applies.",
    "order": "Use the Move up and Move down buttons to put the steps in order, first at the top. "
             "If the order shown is already your answer, tick “This order is my answer”.",
}
RECORD_URL = "/training/record/"
INDEX_URL = "/training/"
FACILITATOR_URL = "/training/facilitator/"
# The headings the training page's generated part adds to its table of contents (its templates'
# ids), after the authored "Modules".
INDEX_TOC = (("training-progress-title", "Your progress"),
             ("training-facilitators-title", "For facilitators"))


def module_url(module) -> str:
    return f"/training/{module.id}/"


def pass_text(module) -> str:
    """"pass mark 80% (5 of 6 right)": the percentage and the score it takes."""
    total = len(module.questions)
    return f"pass mark {module.pass_mark}% ({pass_score(total, module.pass_mark)} of {total} right)"


def _module_rules(modules) -> list[dict]:
    """What the browser checks saved progress against, for every module (progress.mjs)."""
    return [{"id": m.id, "total": len(m.questions), "pass_mark": m.pass_mark} for m in modules]


def protocol_info(corpus) -> dict:
    v = corpus.current
    parts = [p for p in (v.version_label, f"{v.date_label} {format_date(v.date)}") if p]
    return {"id": v.id, "title": v.title, "url": url(v.url),
            "label": f"{v.id} version ({', '.join(parts)})"}


def _protocol_fields(corpus) -> dict:
    """The quiz's and the progress panel's JSON: the current version, and every version's id, so
    a result recorded against an older version stays readable (progress.mjs)."""
    return {"protocol": protocol_info(corpus), "protocol_ids": [v.id for v in corpus]}


def cite_groups(corpus, cites) -> list[tuple[str, list[Markup]]]:
    """Citations grouped by version, each clause a link with its text on hover and focus."""
    groups: dict[str, list[Markup]] = {}
    for version, clause in cites:
        groups.setdefault(version, []).append(clause_link(corpus, version, clause, clause))
    return list(groups.items())


def _quotes(corpus, cites) -> list[Markup]:
    return [clause_quote(corpus, v, c, status=True) for v, c in cites]


def _points(module, corpus) -> list[dict]:
    return [{"text": p.text, "cites": cite_groups(corpus, p.cites)} for p in module.summary]


def question_html(module, question, number: int, corpus) -> Markup:
    total = len(module.questions)
    feedback = render("training/feedback.html", question=question,
                      labels={o.id: o.label for o in question.options},
                      cites=cite_groups(corpus, question.cites),
                      quotes=_quotes(corpus, question.cites), last=number == total)
    return render("training/question.html", module=module, question=question, number=number,
                  total=total, hint=HINTS[question.kind], feedback=feedback)


def quiz_data(module, corpus, modules) -> dict:
    ids = [m.id for m in modules]
    at = ids.index(module.id) if module.id in ids else -1
    following = modules[at + 1] if 0 <= at < len(modules) - 1 else None
    table = grading_table(module)
    return {
        "module": module.id,
        "title": module.title,
        "pass_mark": module.pass_mark,
        **_protocol_fields(corpus),
        "questions": [{"id": q.id, "kind": q.kind,
                       "labels": {o.id: o.label for o in q.options},
                       "shown": [o.id for o in q.options],
                       "correct": table[q.id]} for q in module.questions],
        "next": {"title": following.title, "url": url(module_url(following))} if following
        else None,
        "modules": _module_rules(modules),
    }


def quiz_widget(module, corpus, modules) -> Markup:
    cited = list(dict.fromkeys(c for p in module.summary for c in p.cites))
    return render("training/quiz.html", module=module, pass_text=pass_text(module),
                  points=_points(module, corpus), review=review_info(module, corpus),
                  summary_quotes=_quotes(corpus, cited),
                  questions=[question_html(module, q, n, corpus)
                             for n, q in enumerate(module.questions, 1)],
                  data=quiz_data(module, corpus, modules), index_url=INDEX_URL,
                  record_url=RECORD_URL)


def training_index(modules) -> Markup:
    return render("training/index.html", modules=modules,
                  urls={m.id: module_url(m) for m in modules},
                  passes={m.id: pass_text(m) for m in modules})


def facilitators_note() -> Markup:
    """The index's "For facilitators": the facilitator's version is linked from here only."""
    return render("training/facilitators_note.html", facilitator_url=FACILITATOR_URL)


def progress_panel(modules, corpus) -> Markup:
    data = {"modules": [{**rules, "title": m.title, "url": url(module_url(m))}
                        for m, rules in zip(modules, _module_rules(modules))],
            **_protocol_fields(corpus)}
    return render("training/progress.html", data=data)


def record_page(modules, corpus) -> Markup:
    return render("training/record.html", info=protocol_info(corpus))


def facilitator_page(modules, corpus) -> Markup:
    entries = [{"module": m, "url": module_url(m), "points": _points(m, corpus),
                "questions": [{"question": q, "labels": {o.id: o.label for o in q.options},
                               "cites": cite_groups(corpus, q.cites)} for q in m.questions]}
               for m in modules]
    return render("training/facilitator.html", info=protocol_info(corpus), modules=entries,
                  passes={m.id: pass_text(m) for m in modules})
