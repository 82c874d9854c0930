"""Guide pages, rendered at build time from each guide's Python module (the one source of truth).

Public names:
    guide_widget(guide, corpus)     the live widget: first question in the HTML, templates for
                                    every question and outcome, and the decision table that
                                    answers until Python is ready
    decision_table(guide)           {answered path as a query: "q:<id>" | "o:<id>"}
    step_url(guide, path)           /guides/<id>/step/q1=a1/q2=a2/
    guides_json(guides)             the open-data form of every guide (api/guides.json)
"""
from __future__ import annotations

import json
import re
from html import escape

from protocol.site.versions import render_blocks

__all__ = ["guide_widget", "static_step", "decision_table", "step_url", "guide_url", "guides_json",
           "outcome_html", "question_html"]

_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]*$")


def guide_url(guide) -> str:
    return f"/guides/{guide.id}/"


def step_url(guide, path) -> str:
    if not path:
        return guide_url(guide)
    return guide_url(guide) + "step/" + "".join(f"{q}={a}/" for q, a in path)


def _query(path) -> str:
    return "&".join(f"{q}={a}" for q, a in path)


def decision_table(guide) -> dict:
    """Every answered prefix of every path, mapped to the node it leads to. Ids are slugs, so
    the keys are exactly the URL query the engine writes."""
    for item in (*guide.questions, *(o for q in guide.questions for o in q.options)):
        if not _SLUG.match(item.id):
            raise ValueError(f"{item.file}:{item.line}: id {item.id!r} must be lower-case "
                             "letters, digits and hyphens")
    table = {}
    for state in guide.states():
        node = f"q:{state.question.id}" if state.question else f"o:{state.outcome.id}"
        table[_query(state.path)] = node
    return table


def question_html(guide, question, path=(), *, static: bool = False) -> str:
    """One question as a GOV.UK-style fieldset: radios and Continue for the script, and links
    to the next step for readers without JavaScript (only the links on a static step page)."""
    qid = escape(question.id)
    hint_id = f"{guide.id}-{question.id}-hint"
    hint = (f'<div class="guide-hint" id="{hint_id}">{escape(question.hint)}</div>'
            if question.hint else "")
    described = f' aria-describedby="{hint_id}"' if question.hint else ""
    radios = "".join(
        f'<div class="guide-radio"><input type="radio" name="{qid}" '
        f'id="{guide.id}-{qid}-{escape(o.id)}" value="{escape(o.id)}">'
        f'<label for="{guide.id}-{qid}-{escape(o.id)}">{escape(o.label)}</label>'
        + (f'<div class="guide-hint">{escape(o.hint)}</div>' if o.hint else "") + "</div>"
        for o in question.options)
    links = "".join(
        f'<li><a href="{step_url(guide, (*path, (question.id, o.id)))}">{escape(o.label)}</a>'
        + (f'<div class="guide-hint">{escape(o.hint)}</div>' if o.hint else "") + "</li>"
        for o in question.options)
    if static:
        return (f'<div class="guide-question" data-question="{qid}"><fieldset{described}><legend>'
                f'<h2 class="guide-heading" tabindex="-1">{escape(question.text)}</h2></legend>'
                f'{hint}<ul class="guide-choices">{links}</ul></fieldset></div>')
    return (
        f'<form class="guide-question" data-question="{qid}" novalidate>'
        f'<div class="guide-error-summary" data-guide-problem role="alert" tabindex="-1" hidden>'
        f'<h2>There is a problem</h2><p><a href="#{guide.id}-{qid}-{escape(question.options[0].id)}">'
        f"Select an answer to continue</a></p></div>"
        f"<fieldset{described}><legend><h2 class=\"guide-heading\" tabindex=\"-1\">"
        f"{escape(question.text)}</h2></legend>{hint}"
        f'<div class="guide-radios guide-js-only">{radios}</div>'
        f'<ul class="guide-choices guide-nojs-only">{links}</ul></fieldset>'
        f'<button type="submit" class="md-button md-button--primary guide-js-only">Continue</button>'
        f"</form>")


def quote_html(corpus, version: str, clause_id: str) -> str:
    clause = corpus.clause(version, clause_id)
    label = "current" if corpus.get(version).current else "superseded"
    return (f'<blockquote class="clause-quote" cite="{clause.url}">{render_blocks(clause.blocks)}'
            f'<footer><a href="{clause.url}">Clause {escape(clause_id)}, {escape(version)} '
            f"version ({label})</a></footer></blockquote>")


def outcome_html(guide, outcome, corpus) -> str:
    versions = sorted({v for v, _ in outcome.cites})
    applies = ", ".join(f"the {escape(v)} version ({'current' if corpus.get(v).current else 'superseded'})"
                        for v in versions)
    parts = [f'<section class="guide-outcome" data-outcome="{escape(outcome.id)}">',
             f'<h2 class="guide-heading" tabindex="-1">{escape(outcome.title)}</h2>',
             f'<p class="guide-answer">{escape(outcome.answer)}</p>',
             "<h3>Why</h3>",
             *(quote_html(corpus, v, c) for v, c in outcome.cites)]
    if outcome.next_steps:
        parts.append("<h3>What to do next</h3><ul>"
                     + "".join(f"<li>{escape(s)}</li>" for s in outcome.next_steps) + "</ul>")
    if outcome.contact:
        parts.append(f"<h3>Who to contact</h3><p>{escape(outcome.contact)}</p>")
    parts.append(f'<p class="guide-applies">This answer rests on {applies} of the protocol.</p>')
    if outcome.earlier:
        parts.append(f"<h3>What the earlier version said</h3><p>{escape(outcome.earlier)}</p>")
        parts.extend(quote_html(corpus, v, c) for v, c in outcome.earlier_cites)
    parts.append('<p class="guide-print guide-js-only"><button type="button" class="md-button" '
                 'data-guide-print>Print this answer</button></p></section>')
    return "".join(parts)


def _summary_html(guide, path) -> str:
    """'Your answers' as a description list, each with a Change link back to that question."""
    if not path:
        return ""
    rows = []
    for n, (qid, aid) in enumerate(path):
        question = guide.question(qid)
        option = question.option(aid)
        rows.append(f'<div class="guide-summary-row"><dt>{escape(question.text)}</dt>'
                    f"<dd>{escape(option.label)}</dd>"
                    f'<dd><a href="{step_url(guide, path[:n])}" data-guide-change="{escape(qid)}">'
                    f'Change<span class="visually-hidden"> your answer to: '
                    f"{escape(question.text)}</span></a></dd></div>")
    return f'<h2 class="guide-summary-title">Your answers</h2><dl class="guide-summary">{"".join(rows)}</dl>'


def _state_body(guide, corpus, state, static: bool = False) -> str:
    path = list(state.path)
    step = (question_html(guide, state.question, path, static=static) if state.question
            else outcome_html(guide, state.outcome, corpus))
    back = (f'<p class="guide-back"><a href="{step_url(guide, path[:-1])}" data-guide-back>Back</a></p>'
            if path else "")
    restart = (f'<p class="guide-restart"><a href="{guide_url(guide)}" data-guide-restart>'
               f"Start again</a></p>" if path else "")
    return (f'{back}<div class="guide-step" data-guide-step>{step}</div>'
            f'<div class="guide-answers" data-guide-summary>{_summary_html(guide, path)}</div>'
            f"{restart}")


def _root(guide, corpus, state, extra: str = "", static: bool = False) -> str:
    answers = escape(_query(state.path))
    return (f'<div class="guide" data-guide="{escape(guide.id)}" data-answers="{answers}">'
            f'<p class="visually-hidden" role="status" aria-live="polite" data-guide-live></p>'
            f'<div class="guide-reset" data-guide-reset role="alert" tabindex="-1" hidden>'
            f"<h2>We could not read your answers</h2><p>The link may be out of date or incomplete."
            f' <a href="{guide_url(guide)}" data-guide-restart>Start the guide again</a>.</p></div>'
            f'<div class="guide-body" data-guide-body>{_state_body(guide, corpus, state, static)}</div>'
            f"{extra}</div>")


def guide_widget(guide, corpus, flowchart: str = "", path=()) -> str:
    """The live widget at the start: templates of every step and the decision table ride along
    so the script can answer at once."""
    templates = "".join(
        f'<template data-search-exclude data-template="q:{escape(q.id)}">{question_html(guide, q)}</template>'
        for q in guide.questions) + "".join(
        f'<template data-search-exclude data-template="o:{escape(o.id)}">{outcome_html(guide, o, corpus)}</template>'
        for o in guide.outcomes)
    table = json.dumps({"table": decision_table(guide),
                        "labels": {q.id: {"text": q.text,
                                          "options": {o.id: o.label for o in q.options}}
                                   for q in guide.questions}}, separators=(",", ":"))
    # JSON inside <script type="application/json"> only needs "</" kept out of it.
    safe = table.replace("</", "<\\/")
    data = f'<script type="application/json" data-guide-table>{safe}</script>'
    return _root(guide, corpus, guide.start(), templates + data + flowchart)


def static_step(guide, corpus, path, flowchart: str = "") -> str:
    """A no-JavaScript step page: the state ``path`` leads to, with links to the next steps."""
    state = guide.step(dict(path))
    return _root(guide, corpus, state, flowchart, static=True).replace(
        'class="guide"', 'class="guide guide--static"', 1)


def guides_json(guides) -> list[dict]:
    return [{"id": g.id, "title": g.title, "url": guide_url(g), "audience": g.audience,
             "summary": g.summary, "questions": len(g.questions),
             "outcomes": [{"id": o.id, "title": o.title,
                           "cites": [{"version": v, "clause": c} for v, c in o.cites]}
                          for o in g.outcomes]} for g in guides]
