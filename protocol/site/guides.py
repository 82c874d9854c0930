"""Guide pages, rendered at build time from each guide's Python module (the one source of
truth): the live widget (its first question in the HTML, a template of every question and
outcome, and the decision table that answers until Python is ready), the no-JavaScript step
pages, and the open-data form of every guide (``api/guides.json``)."""
from __future__ import annotations

from markupsafe import Markup

from protocol.authoring import cites_json, is_slug
from protocol.site.address import url
from protocol.site.clauses import clause_quote
from protocol.site.review import audience_text, review_info
from protocol.site.templates import render

__all__ = ["guide_widget", "static_step", "decision_table", "step_url", "guide_url",
           "guides_json", "outcome_html", "question_html"]


def guide_url(guide) -> str:
    return f"/guides/{guide.id}/"


def step_url(guide, path) -> str:
    """The no-JavaScript page of the state ``path`` leads to: /guides/<id>/step/q1=a1/q2=a2/."""
    if not path:
        return guide_url(guide)
    return guide_url(guide) + "step/" + "".join(f"{q}={a}/" for q, a in path)


def _query(path) -> str:
    return "&".join(f"{q}={a}" for q, a in path)


def decision_table(guide) -> dict:
    """Every answered prefix of every path, mapped to the node it leads to ("q:<id>" or
    "o:<id>"). Ids are slugs, so the keys are exactly the URL query the engine writes."""
    for item in (*guide.questions, *(o for q in guide.questions for o in q.options)):
        if not is_slug(item.id):
            raise ValueError(f"{item.file}:{item.line}: id {item.id!r} must be lower-case "
                             "letters, digits and hyphens")
    table = {}
    for state in guide.states():
        node = f"q:{state.question.id}" if state.question else f"o:{state.outcome.id}"
        table[_query(state.path)] = node
    return table


def question_html(guide, question, path=(), *, static: bool = False) -> Markup:
    next_urls = {o.id: step_url(guide, (*path, (question.id, o.id))) for o in question.options}
    return render("guide/question.html", guide=guide, question=question, next_urls=next_urls,
                  static=static)


def outcome_html(guide, outcome, corpus) -> Markup:
    versions = [corpus.get(v) for v in sorted({v for v, _ in outcome.cites})]
    return render("guide/outcome.html", outcome=outcome, versions=versions,
                  quotes=[clause_quote(corpus, v, c, status=True) for v, c in outcome.cites],
                  earlier_quotes=[clause_quote(corpus, v, c, status=True)
                                  for v, c in outcome.earlier_cites])


def _state_html(guide, corpus, state, static: bool = False) -> Markup:
    path = list(state.path)
    step = (question_html(guide, state.question, path, static=static) if state.question
            else outcome_html(guide, state.outcome, corpus))
    rows = [{"id": qid, "question": guide.question(qid).text,
             "answer": guide.question(qid).option(aid).label,
             "change_url": step_url(guide, path[:n])} for n, (qid, aid) in enumerate(path)]
    return render("guide/state.html", step=step, rows=rows, back_url=step_url(guide, path[:-1]),
                  start_url=guide_url(guide))


def guide_widget(guide, corpus, flowchart: str = "") -> Markup:
    """The live widget at the start: templates of every step and the decision table ride along
    so the script can answer at once."""
    templates = [(f"q:{q.id}", question_html(guide, q)) for q in guide.questions]
    templates += [(f"o:{o.id}", outcome_html(guide, o, corpus)) for o in guide.outcomes]
    table = {"table": decision_table(guide),
             "labels": {q.id: {"text": q.text, "options": {o.id: o.label for o in q.options}}
                        for q in guide.questions}}
    return render("guide/widget.html", guide=guide, answers="", static=False,
                  start_url=guide_url(guide), body=_state_html(guide, corpus, guide.start()),
                  templates=templates, table=table, flowchart=Markup(flowchart),
                  audience=audience_text(guide.audience), review=review_info(guide, corpus))


def static_step(guide, corpus, path, flowchart: str = "") -> Markup:
    """A no-JavaScript step page: the state ``path`` leads to, with links to the next steps."""
    state = guide.step(dict(path))
    return render("guide/widget.html", guide=guide, answers=_query(state.path), static=True,
                  start_url=guide_url(guide), body=_state_html(guide, corpus, state, static=True),
                  templates=[], table=None, flowchart=Markup(flowchart),
                  audience=audience_text(guide.audience), review=review_info(guide, corpus))


def guides_json(guides) -> list[dict]:
    return [{"id": g.id, "title": g.title, "url": url(guide_url(g)), "audience": list(g.audience),
             "summary": g.summary, "questions": len(g.questions),
             "outcomes": [{"id": o.id, "title": o.title, "cites": cites_json(o.cites)}
                          for o in g.outcomes]} for g in guides]
