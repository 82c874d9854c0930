"""Training pages, rendered at build time from each module's Python (the one source of truth).

Public names:
    module_url(module)                  /training/<id>/
    quiz_widget(module, corpus, modules)
                                        the live quiz: summary, every scenario with its feedback
                                        already in the page (revealed on request without
                                        JavaScript), and the grading table that answers until
                                        Python is ready
    quiz_data(module, corpus, modules)  the data the quiz script reads (labels, table, protocol)
    training_index(modules)             the list of modules for /training/
    progress_panel(modules, corpus)     "Your progress" with Export, Import and Clear
    record_page(modules, corpus)        the completion record (/training/record/), filled in
                                        by the browser from the progress it keeps
    facilitator_page(modules, corpus)   every scenario with its answers and clauses, printable
    protocol_info(corpus)               the protocol version a result is recorded against

Every piece of text from a module is escaped here; the browser only ever adds text with
``textContent``.
"""
from __future__ import annotations

import json
from html import escape

from protocol.site.guides import quote_html
from protocol.site.pages import clause_link
from protocol.site.versions import format_date
from training.engine import grading_table

__all__ = ["module_url", "quiz_widget", "quiz_data", "training_index", "progress_panel",
           "record_page", "facilitator_page", "protocol_info", "cite_links"]

HINTS = {
    "single": "Choose one answer.",
    "multiple": "Choose every answer that applies.",
    "order": "Use the Move up and Move down buttons to put the steps in order, first at the top.",
}
RECORD_URL = "/training/record/"
INDEX_URL = "/training/"


def module_url(module) -> str:
    return f"/training/{module.id}/"


def protocol_info(corpus) -> dict:
    v = corpus.current
    parts = [p for p in (v.version_label, f"{v.date_label} {format_date(v.date)}") if p]
    return {"id": v.id, "title": v.title, "url": v.url,
            "label": f"{v.id} version ({', '.join(parts)})"}


def _json_script(attribute: str, data) -> str:
    # JSON inside <script type="application/json"> only needs "</" kept out of it.
    text = json.dumps(data, separators=(",", ":"), ensure_ascii=False).replace("</", "<\\/")
    return f'<script type="application/json" {attribute}>{text}</script>'


def cite_links(corpus, cites) -> str:
    """``2022 version: 3.2, 2.3; 2008 version: 1``, each number a link with its text on hover."""
    by_version: dict[str, list[str]] = {}
    for version, clause in cites:
        by_version.setdefault(version, []).append(clause)
    groups = []
    for version, clauses in by_version.items():
        links = ", ".join(clause_link(corpus, version, c, c) for c in clauses)
        groups.append(f"{escape(version)} version, clause{'s' if len(clauses) > 1 else ''} "
                      f"{links}")
    return "; ".join(groups)


def _ids(module, question, *rest) -> str:
    return "-".join(["quiz", module.id, question.id, *rest])


# -- the opening summary -------------------------------------------------------------------

def _summary_html(module, corpus) -> str:
    points = "".join(f"<li><p>{escape(p.text)} <span class=\"quiz-cites\">"
                     f"({cite_links(corpus, p.cites)})</span></p></li>" for p in module.summary)
    cites = list(dict.fromkeys(c for p in module.summary for c in p.cites))
    quotes = "".join(quote_html(corpus, v, c) for v, c in cites)
    return (f'<section class="quiz-summary" aria-labelledby="quiz-{module.id}-summary">'
            f'<h2 id="quiz-{module.id}-summary">In brief</h2><ul>{points}</ul>'
            f'<details class="quiz-clauses"><summary>Read these clauses in full</summary>'
            f"{quotes}</details></section>")


# -- one scenario ----------------------------------------------------------------------------

def _expected_html(question) -> str:
    labels = {o.id: o.label for o in question.options}
    if question.kind == "single":
        return (f'<p class="quiz-expected"><strong>The right answer:</strong> '
                f"{escape(labels[question.expected[0]])}</p>")
    items = "".join(f"<li>{escape(labels[i])}</li>" for i in question.expected)
    if question.kind == "multiple":
        return (f'<p class="quiz-expected"><strong>The right answers:</strong></p>'
                f'<ul class="quiz-expected-list">{items}</ul>')
    return (f'<p class="quiz-expected"><strong>The right order:</strong></p>'
            f'<ol class="quiz-expected-list">{items}</ol>')


def _option_feedback_html(question) -> str:
    if question.kind == "order":
        return ""
    rows = []
    for option in question.options:
        if question.kind == "single":
            tag = "The right answer" if option.correct else "Not the right answer"
        else:
            tag = "Should be chosen" if option.correct else "Should not be chosen"
        state = "right" if option.correct else "wrong"
        rows.append(f'<li class="quiz-fb quiz-fb--{state}" data-option-feedback="{escape(option.id)}">'
                    f'<p><strong>{escape(option.label)}</strong> '
                    f'<span class="quiz-fb-tag">{tag}</span>'
                    f'<span class="quiz-fb-chosen" data-chosen hidden> \u2013 your choice</span></p>'
                    f"<p>{escape(option.feedback)}</p></li>")
    return f'<ul class="quiz-option-feedback">{"".join(rows)}</ul>'


def feedback_html(module, question, corpus, last: bool = False) -> str:
    quotes = "".join(quote_html(corpus, v, c) for v, c in question.cites)
    next_label = "See your result" if last else "Next scenario"
    return (f'<div class="quiz-feedback" data-feedback>'
            f'<h4 class="quiz-verdict guide-js-only" data-quiz-verdict tabindex="-1"></h4>'
            f'<p class="quiz-yours guide-js-only" data-quiz-yours></p>'
            f"{_expected_html(question)}{_option_feedback_html(question)}"
            f'<p class="quiz-explanation"><strong>Why:</strong> {escape(question.explanation)}</p>'
            f'<p class="quiz-cites">Clauses: {cite_links(corpus, question.cites)}</p>'
            f'<h4 class="quiz-protocol-says">What the protocol says</h4>{quotes}'
            f'<p class="quiz-next guide-js-only"><button type="button" class="md-button" '
            f"data-quiz-next>{next_label}</button></p></div>")


def _choices_html(module, question) -> str:
    kind = "radio" if question.kind == "single" else "checkbox"
    name = _ids(module, question)
    inputs = "".join(
        f'<div class="quiz-option"><input type="{kind}" name="{name}" '
        f'id="{_ids(module, question, o.id)}" value="{escape(o.id)}">'
        f'<label for="{_ids(module, question, o.id)}">{escape(o.label)}</label></div>'
        for o in question.options)
    text = "".join(f"<li>{escape(o.label)}</li>" for o in question.options)
    return (f'<div class="quiz-options guide-js-only">{inputs}</div>'
            f'<ul class="quiz-options-text guide-nojs-only">{text}</ul>')


def _order_html(question) -> str:
    items = "".join(
        f'<li class="quiz-order-item" data-option="{escape(o.id)}">'
        f'<span class="quiz-order-label">{escape(o.label)}</span>'
        f'<span class="quiz-order-buttons guide-js-only">'
        f'<button type="button" class="md-button quiz-move" data-move="up" '
        f'aria-label="Move up: {escape(o.label)}">Move up</button>'
        f'<button type="button" class="md-button quiz-move" data-move="down" '
        f'aria-label="Move down: {escape(o.label)}">Move down</button></span></li>'
        for o in question.options)
    return f'<ol class="quiz-order" data-quiz-order>{items}</ol>'


def question_html(module, question, number: int, corpus) -> str:
    total = len(module.questions)
    title_id, hint_id = _ids(module, question, "title"), _ids(module, question, "hint")
    body = _order_html(question) if question.kind == "order" else _choices_html(module, question)
    feedback = feedback_html(module, question, corpus, last=number == total)
    return (
        f'<li class="quiz-item" id="{_ids(module, question)}">'
        f'<form class="quiz-question" data-question="{escape(question.id)}" '
        f'data-kind="{question.kind}" novalidate aria-labelledby="{title_id}">'
        f'<h3 class="quiz-heading" id="{title_id}" tabindex="-1">Scenario {number} of {total}</h3>'
        f'<p class="quiz-scenario">{escape(question.scenario)}</p>'
        f'<div class="quiz-problem" data-quiz-problem role="alert" tabindex="-1" hidden></div>'
        f'<fieldset aria-describedby="{hint_id}"><legend class="quiz-ask">{escape(question.ask)}</legend>'
        f'<p class="quiz-hint guide-js-only" id="{hint_id}">{HINTS[question.kind]}</p>'
        f"{body}</fieldset>"
        f'<button type="submit" class="md-button md-button--primary guide-js-only" data-quiz-check>'
        f"Check my answer</button>"
        f'<details class="quiz-answer" data-quiz-answer data-search-exclude>'
        f'<summary class="guide-nojs-only">Show the answer</summary>{feedback}</details>'
        f"</form></li>")


# -- the whole quiz ----------------------------------------------------------------------------

def _notice_html() -> str:
    return ('<div class="training-notice" data-training-notice role="alert" tabindex="-1" hidden>'
            '<h2 class="training-notice-title" data-training-notice-title></h2>'
            "<p data-training-notice-text></p></div>")


def quiz_data(module, corpus, modules) -> dict:
    ids = [m.id for m in modules]
    at = ids.index(module.id) if module.id in ids else -1
    following = modules[at + 1] if 0 <= at < len(modules) - 1 else None
    table = grading_table(module)
    return {
        "module": module.id,
        "title": module.title,
        "pass_mark": module.pass_mark,
        "protocol": protocol_info(corpus),
        "questions": [{"id": q.id, "kind": q.kind,
                       "labels": {o.id: o.label for o in q.options},
                       "shown": [o.id for o in q.options],
                       "correct": table[q.id]} for q in module.questions],
        "next": {"title": following.title, "url": module_url(following)} if following else None,
    }


def quiz_widget(module, corpus, modules) -> str:
    questions = "".join(question_html(module, q, n, corpus)
                        for n, q in enumerate(module.questions, 1))
    count = len(module.questions)
    following = quiz_data(module, corpus, modules)["next"]
    next_link = (f'<li><a href="{following["url"]}">Next module: {escape(following["title"])}</a></li>'
                 if following else "")
    return (
        f'<div class="quiz" data-quiz="{escape(module.id)}" data-pass-mark="{module.pass_mark}">'
        f'<p class="visually-hidden" role="status" aria-live="polite" data-quiz-live></p>'
        f"{_notice_html()}"
        f"{_summary_html(module, corpus)}"
        f'<h2 id="quiz-{module.id}-scenarios">Scenarios</h2>'
        f'<p class="quiz-intro">{count} scenarios. The pass mark is {module.pass_mark}%: each '
        f"scenario is right or wrong as a whole, and your first answer to each counts.</p>"
        f'<p class="quiz-status guide-js-only" data-quiz-status>Your answers are saved in this '
        f'browser as you go. <a href="{INDEX_URL}#progress">Export, import or clear your '
        f"progress</a>.</p>"
        f'<p class="quiz-nojs guide-nojs-only">Without JavaScript you can read every scenario and '
        f"show its answer. To be scored and to keep a record, use a browser with JavaScript "
        f"turned on.</p>"
        f'<ol class="quiz-questions" aria-labelledby="quiz-{module.id}-scenarios">{questions}</ol>'
        f'<section class="quiz-result" data-quiz-result tabindex="-1" hidden '
        f'aria-labelledby="quiz-{module.id}-result">'
        f'<h2 id="quiz-{module.id}-result">Your result</h2>'
        f"<p data-quiz-score></p><p data-quiz-best></p>"
        f'<p><button type="button" class="md-button" data-quiz-retake>Retake this module</button></p>'
        f'<ul class="quiz-links">{next_link}'
        f'<li><a href="{INDEX_URL}">All modules and your progress</a></li>'
        f'<li><a href="{RECORD_URL}">Your completion record</a></li></ul></section>'
        f'{_json_script("data-quiz-data", quiz_data(module, corpus, modules))}'
        f"</div>")


# -- the index, the progress panel and the record --------------------------------------------

def _modules_data(modules, corpus) -> dict:
    return {"modules": [{"id": m.id, "title": m.title, "url": module_url(m),
                         "total": len(m.questions), "pass_mark": m.pass_mark} for m in modules],
            "protocol": protocol_info(corpus)}


def training_index(modules) -> str:
    items = "".join(
        f'<li data-module="{escape(m.id)}"><a href="{module_url(m)}">{escape(m.title)}</a>'
        f'<br>{len(m.questions)} scenarios; pass mark {m.pass_mark}%.'
        f' <span class="training-status" data-module-status></span></li>'
        for m in modules)
    return f'<ol class="training-modules" data-training-modules-list>{items}</ol>'


def progress_panel(modules, corpus) -> str:
    return (
        f'<section class="training-progress" id="progress" data-training-progress '
        f'aria-labelledby="training-progress-title">'
        f'<h2 id="training-progress-title">Your progress</h2>'
        f'<p class="guide-nojs-only">Your progress is kept in your browser, which needs '
        f"JavaScript. Without it you can still read every module and show the answers.</p>"
        f'<div class="guide-js-only">'
        f"{_notice_html()}"
        f'<p data-progress-summary></p>'
        f"<p>Your progress is saved only in this browser, on this device: nothing is sent "
        f"anywhere. To carry on somewhere else, export it here and import the file there.</p>"
        f'<div class="training-actions">'
        f'<button type="button" class="md-button" data-progress-export>Export my progress</button>'
        f'<button type="button" class="md-button" data-progress-import>Import progress</button>'
        f'<input type="file" accept=".json,application/json" data-progress-file hidden '
        f'aria-label="Progress file to import">'
        f'<button type="button" class="md-button" data-progress-clear>Clear my progress</button>'
        f"</div>"
        f'<div class="training-confirm" data-progress-confirm role="group" '
        f'aria-labelledby="training-confirm-text" hidden>'
        f'<p id="training-confirm-text" tabindex="-1" data-progress-confirm-text>Clear all your '
        f"training progress from this browser? Your answers, scores and dates will be deleted. "
        f"Export your progress first if you may want it back.</p>"
        f'<button type="button" class="md-button md-button--primary" data-progress-confirm-yes>'
        f"Yes, clear my progress</button> "
        f'<button type="button" class="md-button" data-progress-confirm-no>Cancel</button></div>'
        f'<p class="training-message" role="status" aria-live="polite" data-progress-message></p>'
        f"</div>"
        f'{_json_script("data-training-modules", _modules_data(modules, corpus))}'
        f"</section>")


def record_page(modules, corpus) -> str:
    info = protocol_info(corpus)
    return (
        f'<div class="training-record-page" data-training-record>'
        f'<p class="guide-nojs-only">Your record is made from the progress kept in your '
        f"browser, which needs JavaScript.</p>"
        f'<div class="guide-js-only">'
        f'<div data-record-pending hidden><p data-record-pending-text></p>'
        f'<ul data-record-remaining></ul></div>'
        f'<div data-record-ready hidden>'
        f'<div class="training-name"><label for="training-record-name">Your name, as it should '
        f"appear on the record</label>"
        f'<input type="text" id="training-record-name" autocomplete="name" maxlength="120" '
        f"spellcheck=\"false\" data-record-name-input></div>"
        f'<section class="training-record" data-record aria-labelledby="training-record-title">'
        f'<h2 id="training-record-title">Record of induction training</h2>'
        f"<p>This records that <strong data-record-name></strong> has completed the induction "
        f"training on the council\u2019s Protocol on Member/Officer Relations, passing every "
        f"module.</p>"
        f'<table class="training-record-table"><caption>Modules passed</caption><thead><tr>'
        f'<th scope="col">Module</th><th scope="col">Score</th><th scope="col">Date passed</th>'
        f'<th scope="col">Protocol version</th></tr></thead><tbody data-record-rows></tbody></table>'
        f'<p>Protocol: <a href="{escape(info["url"])}">{escape(info["title"])}</a>, '
        f"<span data-record-protocol>{escape(info['label'])}</span>.</p>"
        f"<p>Record made on <span data-record-date></span>.</p></section>"
        f'<p class="training-print"><button type="button" class="md-button md-button--primary" '
        f"data-record-print>Print this record</button></p></div></div></div>")


# -- the facilitator's version -----------------------------------------------------------------

def _facilitator_question(module, question, number, corpus) -> str:
    labels = {o.id: o.label for o in question.options}
    if question.kind == "order":
        shown = "".join(f"<li>{escape(o.label)}</li>" for o in question.options)
        right = "".join(f"<li>{escape(labels[i])}</li>" for i in question.order)
        answers = (f'<p><strong>Shown in this order:</strong></p><ol>{shown}</ol>'
                   f'<p><strong>The right order:</strong></p><ol class="facilitator-right">{right}</ol>')
    else:
        tags = {True: ("right", "\u2713 right answer"), False: ("wrong", "not right")}
        rows = "".join(
            f'<li class="facilitator-option facilitator-option--{tags[o.correct][0]}">'
            f'<strong>{escape(o.label)}</strong> <em class="facilitator-tag">'
            f"{tags[o.correct][1]}</em><br>{escape(o.feedback)}</li>"
            for o in question.options)
        answers = f'<ol class="facilitator-options" type="A">{rows}</ol>'
    kind = {"single": "one answer", "multiple": "choose all that apply",
            "order": "put in order"}[question.kind]
    return (f'<section class="facilitator-question" id="{_ids(module, question)}">'
            f"<h3>{number}. {escape(question.ask)} <small>({kind})</small></h3>"
            f"<p>{escape(question.scenario)}</p>{answers}"
            f"<p><strong>Why:</strong> {escape(question.explanation)}</p>"
            f'<p class="quiz-cites">Clauses: {cite_links(corpus, question.cites)}</p></section>')


def facilitator_page(modules, corpus) -> str:
    info = protocol_info(corpus)
    contents = "".join(f'<li><a href="#facilitator-{m.id}">{escape(m.title)}</a></li>'
                       for m in modules)
    parts = [f'<p class="facilitator-version">Protocol: {escape(info["title"])}, '
             f"{escape(info['label'])}.</p>"
             f'<nav aria-label="Modules"><ol class="facilitator-contents">{contents}</ol></nav>'
             f'<p class="facilitator-print guide-js-only"><button type="button" class="md-button" '
             f"data-facilitator-print>Print this page</button></p>"]
    for m in modules:
        points = "".join(f"<li>{escape(p.text)} ({cite_links(corpus, p.cites)})</li>"
                         for p in m.summary)
        questions = "".join(_facilitator_question(m, q, n, corpus)
                            for n, q in enumerate(m.questions, 1))
        parts.append(f'<section class="facilitator-module" id="facilitator-{m.id}" '
                     f'aria-labelledby="facilitator-{m.id}-title">'
                     f'<h2 id="facilitator-{m.id}-title">{escape(m.title)}</h2>'
                     f"<p>{len(m.questions)} scenarios; pass mark {m.pass_mark}%. "
                     f'<a href="{module_url(m)}">Open the module</a>.</p>'
                     f"<h3>In brief</h3><ul>{points}</ul>{questions}</section>")
    return f'<div class="facilitator">{"".join(parts)}</div>'
