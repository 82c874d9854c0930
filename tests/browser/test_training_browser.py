"""Training in a real browser: answering and feedback, Python taking over from the build-time
table, progress kept across reloads and pages, export and import, damaged storage, text that
stays text, keyboard-only use, no JavaScript, and no Pyodide at all.

Only the first test waits for Pyodide (it takes seconds to start); the others test the page and
its storage with Pyodide's files refused, so they are graded by the build-time table (which the
Python-live test and tests/unit/test_training_engine.py show agrees with Python).
"""
from __future__ import annotations

import json
import re
import shutil

import pytest
from playwright.sync_api import expect

import training
from protocol.text.model import anchor_for
from protocol.cli.serve import start_background
from tests.support.pagelog import PageLog

pytestmark = pytest.mark.browser

KEY = "member-officer-protocol:training"
BACKUP = KEY + ":unreadable"
MODULES = training.all_modules()
PAYLOAD = ('"><img src=x onerror="window.__xss=1"><svg onload=window.__xss=1>'
           "<script>window.__xss=1</script>")
INJECTED = "img[src='x'], svg[onload], [onerror], [onload]"
READY_MS = 90_000


def _right(question):
    return question.expected[0] if question.kind == "single" else list(question.expected)


def _wrong(question):
    if question.kind == "single":
        return next(o.id for o in question.options if not o.correct)
    if question.kind == "multiple":
        return [next(o.id for o in question.options if not o.correct)]
    return list(reversed(question.order))


def _passed_progress(name="", modules=MODULES) -> dict:
    return {"schema": 1, "name": name, "modules": {
        m.id: {"answers": {q.id: _right(q) for q in m.questions},
               "result": {"score": len(m.questions), "total": len(m.questions), "percent": 100,
                          "passed": True, "date": "2026-01-04", "protocol": "2022"}}
        for m in modules}}


def _stored(page):
    raw = page.evaluate("k => localStorage.getItem(k)", KEY)
    return None if raw is None else json.loads(raw)


def _set_storage(page, value: str) -> None:
    page.evaluate("([k, v]) => localStorage.setItem(k, v)", [KEY, value])


def _form(page, module, question):
    return page.locator(f'[data-quiz="{module.id}"] form[data-question="{question.id}"]')


def _fill(page, module, question, answer) -> None:
    """Put an answer into a question's controls with the mouse."""
    form = _form(page, module, question)
    if question.kind == "order":
        for position, option_id in enumerate(answer):
            label = question.option(option_id).label
            items = form.locator("[data-option]")
            while items.nth(position).get_attribute("data-option") != option_id:
                form.get_by_role("button", name=f"Move up: {label}", exact=True).click()
        return
    chosen = {answer} if question.kind == "single" else set(answer)
    for option in question.options:
        box = form.locator(f'input[value="{option.id}"]')
        if option.id in chosen:
            box.check()
        elif question.kind == "multiple":
            box.uncheck()


def _answer(page, module, question, answer) -> None:
    _fill(page, module, question, answer)
    form = _form(page, module, question)
    form.get_by_role("button", name="Check my answer").click()
    expect(form.locator("[data-feedback]")).to_be_visible()


def _complete(page, server, module, wrong=()) -> None:
    page.goto(f"{server}/training/{module.id}/")
    for question in module.questions:
        _answer(page, module, question, _wrong(question) if question.id in wrong else _right(question))
    expect(page.locator("[data-quiz-result]")).to_be_visible()


def _tab_to(page, selector: str, limit: int = 400) -> None:
    """Press Tab until the focused element matches ``selector`` (keyboard only)."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("s => !!document.activeElement && document.activeElement.matches(s)",
                         selector):
            return
    raise AssertionError(f"Tab never reached {selector}")


def _keyboard_answer(page, module, question, answer) -> None:
    form = f'[data-quiz="{module.id}"] form[data-question="{question.id}"]'
    if question.kind == "single":
        _tab_to(page, f"{form} input")
        index = [o.id for o in question.options].index(answer)
        page.keyboard.press("Space") if index == 0 else None
        for _ in range(index):
            page.keyboard.press("ArrowDown")
    elif question.kind == "multiple":
        for option in question.options:
            _tab_to(page, f'{form} input[value="{option.id}"]')
            if option.id in answer:
                page.keyboard.press("Space")
    else:
        for position, option_id in enumerate(answer):
            items = page.locator(f"{form} [data-option]")
            if items.nth(position).get_attribute("data-option") == option_id:
                continue
            _tab_to(page, f'{form} [data-option="{option_id}"] button[data-move="up"]')
            while items.nth(position).get_attribute("data-option") != option_id:
                page.keyboard.press("Enter")  # focus stays on the moved item's button
    _tab_to(page, f"{form} [data-quiz-check]")
    page.keyboard.press("Enter")


@pytest.fixture
def quick(page):
    """A page that refuses Pyodide's files: graded by the build-time table, and fast."""
    page.route("**/assets/pyodide/**", lambda route: route.abort())
    return page


def _page_errors(page) -> list[str]:
    """Errors other than Pyodide's files being refused (see ``quick``)."""
    return [e for e in page.log.errors
            if "Failed to load resource" not in e and "pyodide" not in e.lower()]


# -- Python live: keyboard only, from the first answer (table) to the result (Python) -----------

def test_keyboard_only_completion_graded_by_the_table_then_by_python(page, server):
    module = training.get("when-things-go-wrong")
    assert {q.kind for q in module.questions} == {"single", "multiple", "order"}
    page.goto(f"{server}/training/{module.id}/")
    root = page.locator(f'[data-quiz="{module.id}"]')
    first, *rest = module.questions
    assert root.get_attribute("data-ready") is None  # Pyodide takes seconds: not ready yet
    _keyboard_answer(page, module, first, _right(first))
    feedback = _form(page, module, first).locator("[data-feedback]")
    expect(feedback.locator("[data-quiz-verdict]")).to_be_focused()
    expect(feedback.locator("[data-quiz-verdict]")).to_have_text("Correct")
    expect(feedback).to_have_attribute("data-graded-by", "table")

    expect(root).to_have_attribute("data-ready", "true", timeout=READY_MS)
    # Python takes over the answer already shown...
    expect(feedback).to_have_attribute("data-graded-by", "python")
    previous = first
    for n, question in enumerate(rest):
        # "Next scenario" moves focus to the next question's heading.
        _tab_to(page, f'[data-quiz] form[data-question="{previous.id}"] [data-quiz-next]')
        page.keyboard.press("Enter")
        expect(_form(page, module, question).locator(".quiz-heading")).to_be_focused()
        answer = _wrong(question) if n == 0 else _right(question)
        _keyboard_answer(page, module, question, answer)
        feedback = _form(page, module, question).locator("[data-feedback]")
        verdict = feedback.locator("[data-quiz-verdict]")
        expect(verdict).to_be_focused()
        expect(verdict).to_have_text("Not quite right" if n == 0 else "Correct")
        # ...and grades every answer after it.
        expect(feedback).to_have_attribute("data-graded-by", "python")
        previous = question
    _tab_to(page, f'[data-quiz] form[data-question="{previous.id}"] [data-quiz-next]')
    expect(page.locator(f'form[data-question="{previous.id}"] [data-quiz-next]')).to_have_text(
        "See your result")
    page.keyboard.press("Enter")
    result = page.locator("[data-quiz-result]")
    expect(result).to_be_focused()
    expect(result).to_have_attribute("data-scored-by", "python")
    total = len(module.questions)
    percent = 100 * (total - 1) // total
    expect(result.locator("[data-quiz-score]")).to_contain_text(
        f"You answered {total - 1} of {total} scenarios correctly ({percent}%). You passed")
    expect(page.locator("[data-quiz-live]")).to_have_text(
        f"Module complete: {total - 1} of {total} right ({percent}%). You passed.")
    saved = _stored(page)["modules"][module.id]["result"]
    assert (saved["score"], saved["passed"], saved["protocol"]) == (total - 1, True, "2022")
    assert page.log.errors == []


# -- answering and feedback -----------------------------------------------------------------------

def test_each_kind_of_answer_gets_feedback_quoting_and_linking_its_clauses(quick, server):
    module = training.get("information")
    page = quick
    page.goto(f"{server}/training/{module.id}/")
    single = module.question("consultancy-files")
    wrong = _wrong(single)
    _answer(page, module, single, wrong)
    form = _form(page, module, single)
    feedback = form.locator("[data-feedback]")
    expect(feedback.locator("[data-quiz-verdict]")).to_have_text("Not quite right")
    expect(feedback.locator("[data-quiz-verdict]")).to_be_focused()
    expect(feedback.locator("[data-quiz-yours]")).to_have_text(
        f"Your answer: {single.option(wrong).label}")
    # Per-option feedback: the one chosen is marked, and the right one says so.
    chosen = feedback.locator(f'[data-option-feedback="{wrong}"]')
    expect(chosen.locator("[data-chosen]")).to_be_visible()
    expect(chosen).to_contain_text(single.option(wrong).feedback)
    expect(feedback.locator(f'[data-option-feedback="{single.expected[0]}"]')).to_contain_text(
        "The right answer")
    for version, clause in single.cites:
        url = f"/protocol/{version}/#{anchor_for(clause)}"
        expect(feedback.locator(f'blockquote.clause-quote[cite="{url}"]')).to_be_visible()
        expect(feedback.locator(f'a[href="{url}"]').first).to_be_visible()
    # The controls are locked once answered: the first answer counts.
    expect(form.locator("input").first).to_be_disabled()
    expect(form.get_by_role("button", name="Check my answer")).to_be_hidden()

    several = module.question("neighbour-case")
    _answer(page, module, several, list(reversed(several.expected)))
    expect(_form(page, module, several).locator("[data-quiz-verdict]")).to_have_text("Correct")

    steps = module.question("document-request-steps")
    _answer(page, module, steps, _right(steps))
    order_feedback = _form(page, module, steps).locator("[data-feedback]")
    expect(order_feedback.locator("[data-quiz-verdict]")).to_have_text("Correct")
    expect(order_feedback.locator("[data-quiz-yours]")).to_contain_text(
        "Your order: 1. " + steps.option(steps.order[0]).label)
    expect(page.locator("[data-quiz-status]")).to_contain_text(
        f"You have answered 3 of {len(module.questions)} scenarios")
    assert _page_errors(page) == []


def test_checking_without_an_answer_shows_the_problem(quick, server):
    module = training.get("roles")
    quick.goto(f"{server}/training/{module.id}/")
    form = _form(quick, module, module.questions[1])
    form.get_by_role("button", name="Check my answer").click()
    problem = form.locator("[data-quiz-problem]")
    expect(problem).to_be_visible()
    expect(problem).to_be_focused()
    expect(problem).to_have_text("Choose at least one answer, then check it.")
    expect(form.locator("[data-feedback]")).to_be_hidden()
    assert _stored(quick) is None


def test_moving_a_step_keeps_focus_on_it_and_announces_where_it_is(quick, server):
    module = training.get("correspondence-press")
    question = module.question("press-release-steps")
    quick.goto(f"{server}/training/{module.id}/")
    form = _form(quick, module, question)
    label = question.option("consult").label
    button = form.get_by_role("button", name=f"Move up: {label}", exact=True)
    button.click()
    expect(button).to_be_focused()
    expect(quick.locator("[data-quiz-live]")).to_have_text(f"{label}: now 2 of 3.")
    button.click()
    button.click()
    expect(quick.locator("[data-quiz-live]")).to_have_text(f"{label} is already first.")


# -- progress ------------------------------------------------------------------------------------

def test_answers_survive_a_reload_and_moving_between_pages(quick, server):
    page = quick
    module = training.get("information")
    first, second = module.questions[:2]
    page.goto(f"{server}/training/{module.id}/")
    _answer(page, module, first, _right(first))
    _answer(page, module, second, _wrong(second))
    page.reload()
    for question, verdict in ((first, "Correct"), (second, "Not quite right")):
        form = _form(page, module, question)
        expect(form.locator("[data-quiz-verdict]")).to_have_text(verdict)
        expect(form.locator("[data-feedback]")).to_be_visible()
        expect(form.locator("input:checked")).to_be_disabled()
    expect(_form(page, module, module.questions[2]).locator("[data-feedback]")).to_be_hidden()

    other = training.get("roles")
    page.goto(f"{server}/training/{other.id}/")
    _answer(page, other, other.questions[0], _right(other.questions[0]))
    page.goto(f"{server}/training/")
    status = page.locator(f'[data-module="{module.id}"] [data-module-status]')
    expect(status).to_have_text(f"In progress: 2 of {len(module.questions)} answered.")
    expect(page.locator(f'[data-module="{other.id}"] [data-module-status]')).to_have_text(
        f"In progress: 1 of {len(other.questions)} answered.")
    page.goto(f"{server}/training/{module.id}/")
    expect(_form(page, module, second).locator("[data-quiz-verdict]")).to_have_text("Not quite right")
    assert set(_stored(page)["modules"]) == {module.id, other.id}
    assert _page_errors(page) == []


def test_a_failed_module_can_be_retaken_and_the_best_result_is_kept(quick, server):
    page = quick
    module = training.get("roles")
    _complete(page, server, module, wrong={q.id for q in module.questions[:2]})
    result = page.locator("[data-quiz-result]")
    expect(result.locator("[data-quiz-score]")).to_contain_text(
        "You answered 4 of 6 scenarios correctly (66%). You did not pass this time")
    page.get_by_role("button", name="Retake this module").click()
    expect(result).to_be_hidden()
    expect(_form(page, module, module.questions[0]).locator(".quiz-heading")).to_be_focused()
    expect(_form(page, module, module.questions[0]).locator("input").first).to_be_enabled()
    assert _stored(page)["modules"][module.id]["answers"] == {}
    assert _stored(page)["modules"][module.id]["result"]["percent"] == 66
    for question in module.questions:
        _answer(page, module, question, _right(question))
    expect(result.locator("[data-quiz-score]")).to_contain_text("(100%). You passed")
    kept = _stored(page)["modules"][module.id]["result"]
    assert (kept["score"], kept["passed"]) == (6, True)
    # A worse retake does not replace the best result.
    page.get_by_role("button", name="Retake this module").click()
    for question in module.questions:
        _answer(page, module, question, _wrong(question))
    expect(result.locator("[data-quiz-best]")).to_contain_text(
        "Your best result is kept: 6 of 6 (100%), passed on")
    assert _stored(page)["modules"][module.id]["result"]["score"] == 6


def test_complete_every_module_then_print_the_record(quick, server):
    page = quick
    page.add_init_script("window.print = () => { window.__printed = (window.__printed || 0) + 1; }")
    for module in MODULES:
        _complete(page, server, module)
        expect(page.locator("[data-quiz-score]")).to_contain_text("You passed")
    page.goto(f"{server}/training/")
    expect(page.locator("[data-progress-summary]")).to_have_text(
        f"You have passed all {len(MODULES)} modules. Your completion record is ready to print.")
    page.goto(f"{server}/training/record/")
    expect(page.locator("[data-record-pending]")).to_be_hidden()
    page.get_by_label("Your name, as it should appear on the record").fill("Cllr Jo Bloggs")
    record = page.locator("[data-record]")
    expect(record.locator("[data-record-name]")).to_have_text("Cllr Jo Bloggs")
    rows = record.locator("[data-record-rows] tr")
    expect(rows).to_have_count(len(MODULES))
    for n, module in enumerate(MODULES):
        total = len(module.questions)
        expect(rows.nth(n).locator("td")).to_have_text([
            module.title, f"{total} of {total} (100%)", re.compile(r"^\d{1,2} [A-Z][a-z]+ \d{4}$"),
            "2022 version (version 3, last updated 4 January 2022)"])
    assert _stored(page)["name"] == "Cllr Jo Bloggs"
    page.get_by_role("button", name="Print this record").click()
    assert page.evaluate("window.__printed") == 1
    page.reload()
    expect(page.get_by_label("Your name, as it should appear on the record")).to_have_value(
        "Cllr Jo Bloggs")
    # Printed, the page is the record alone.
    page.emulate_media(media="print")
    expect(record).to_be_visible()
    expect(page.locator("[data-training-progress]")).to_be_hidden()
    expect(page.locator(".training-name")).to_be_hidden()
    assert _page_errors(page) == []


def test_the_record_waits_until_every_module_is_passed(quick, server):
    quick.goto(f"{server}/training/record/")
    _set_storage(quick, json.dumps(_passed_progress(modules=MODULES[:2])))
    quick.reload()
    pending = quick.locator("[data-record-pending]")
    expect(pending).to_contain_text(f"You have passed 2 of {len(MODULES)} modules.")
    expect(pending.locator("li")).to_have_count(len(MODULES) - 2)
    expect(pending.get_by_role("link", name=MODULES[2].title)).to_have_attribute(
        "href", f"/training/{MODULES[2].id}/")
    expect(quick.locator("[data-record]")).to_be_hidden()


def test_export_then_import_into_a_fresh_browser(quick, server, browser, tmp_path):
    page = quick
    module = training.get("party-groups")
    _complete(page, server, module)
    page.goto(f"{server}/training/")
    with page.expect_download() as download:
        page.get_by_role("button", name="Export my progress").click()
    path = tmp_path / download.value.suggested_filename
    download.value.save_as(path)
    assert re.fullmatch(r"protocol-training-progress-\d{4}-\d{2}-\d{2}\.json", path.name)
    exported = json.loads(path.read_text(encoding="utf-8"))
    assert exported["format"] == "member-officer-protocol-training-progress"
    assert exported["schema"] == 1
    assert exported["progress"]["modules"][module.id]["result"]["passed"] is True

    fresh = browser.new_context()
    try:
        other = fresh.new_page()
        log = PageLog(other, server)
        other.route("**/assets/pyodide/**", lambda route: route.abort())
        other.goto(f"{server}/training/")
        status = other.locator(f'[data-module="{module.id}"] [data-module-status]')
        expect(status).to_have_text("Not started.")
        other.locator("[data-progress-file]").set_input_files(path)
        expect(other.locator("[data-progress-message]")).to_have_text(
            f"Your progress was imported: 1 of {len(MODULES)} modules passed.")
        total = len(module.questions)
        expect(status).to_contain_text(f"Passed: {total} of {total} (100%), on ")
        other.goto(f"{server}/training/{module.id}/")
        expect(other.locator("[data-quiz-result]")).to_be_visible()
        expect(other.locator("[data-quiz-verdict]")).to_have_count(total)
        assert log.foreign() == []
    finally:
        fresh.close()


@pytest.mark.parametrize("content, reason", [
    ("this is not JSON", "it is not a progress file exported from this site"),
    (json.dumps({"format": "something-else", "schema": 1, "progress": {}}),
     "it is not a progress file exported from this site"),
    (json.dumps({"format": "member-officer-protocol-training-progress", "schema": 0,
                 "progress": {}}), "it comes from an older version of this site"),
    (json.dumps({"format": "member-officer-protocol-training-progress", "schema": 1,
                 "progress": {"schema": 1, "modules": {"roles": {"answers": {"x": 5}}}}}),
     "it is damaged"),
])
def test_import_refuses_a_bad_file_and_keeps_the_progress(quick, server, tmp_path, content, reason):
    quick.goto(f"{server}/training/")
    before = json.dumps(_passed_progress(modules=MODULES[:1]))
    _set_storage(quick, before)
    quick.reload()
    path = tmp_path / "progress.json"
    path.write_text(content, encoding="utf-8")
    quick.locator("[data-progress-file]").set_input_files(path)
    expect(quick.locator("[data-progress-message]")).to_have_text(
        f"That file could not be imported: {reason}. Your progress has not changed.")
    assert _stored(quick) == json.loads(before)


def test_clear_asks_first(quick, server):
    page = quick
    page.goto(f"{server}/training/")
    _set_storage(page, json.dumps(_passed_progress()))
    page.reload()
    clear = page.get_by_role("button", name="Clear my progress")
    clear.click()
    confirm = page.locator("[data-progress-confirm]")
    expect(confirm).to_be_visible()
    expect(confirm.locator("[data-progress-confirm-text]")).to_be_focused()
    assert _stored(page) is not None  # nothing cleared yet
    page.get_by_role("button", name="Cancel").click()
    expect(confirm).to_be_hidden()
    expect(clear).to_be_focused()
    expect(page.locator("[data-progress-message]")).to_have_text("Nothing was cleared.")
    assert _stored(page) is not None
    clear.click()
    page.get_by_role("button", name="Yes, clear my progress").click()
    expect(page.locator("[data-progress-message]")).to_have_text(
        "Your training progress has been cleared from this browser.")
    assert _stored(page) is None
    expect(page.locator("[data-module-status]").first).to_have_text("Not started.")
    expect(page.locator("[data-progress-summary]")).to_have_text(
        f"You have passed 0 of {len(MODULES)} modules.")


# -- damaged storage and text that stays text -----------------------------------------------------

@pytest.mark.parametrize("stored, title", [
    ("{not json", "We could not read your saved progress"),
    (json.dumps({"schema": 1, "modules": []}), "We could not read your saved progress"),
    (json.dumps({"schema": 1, "modules": {PAYLOAD: {"answers": {}}}}),
     "We could not read your saved progress"),
    (json.dumps({"schema": 1, "modules": {"roles": {"answers": {"bin-route": PAYLOAD}}}}),
     "We could not read your saved progress"),
    (json.dumps({"schema": 0, "answers": {}}), "Your saved progress is from an older version"),
    (json.dumps({"schema": 99}), "Your saved progress is from a newer version"),
], ids=["not-json", "wrong-shape", "payload-module-id", "payload-answer", "old", "newer"])
def test_damaged_or_old_storage_gives_a_notice_and_a_fresh_start(quick, server, stored, title):
    page = quick
    module = training.get("roles")
    page.goto(f"{server}/training/{module.id}/")
    _set_storage(page, stored)
    page.reload()
    notice = page.locator("[data-quiz] [data-training-notice]")
    expect(notice).to_be_visible()
    expect(notice).to_contain_text(title)
    assert page.evaluate("k => localStorage.getItem(k)", BACKUP) == stored
    assert _stored(page) is None
    # A fresh start: the quiz works and saves.
    question = module.questions[0]
    _answer(page, module, question, _right(question))
    assert _stored(page)["modules"] == {module.id: {"answers": {question.id: _right(question)},
                                                    "result": None}}
    page.reload()
    expect(notice).to_be_hidden()  # once only
    assert page.evaluate("s => [typeof window.__xss, document.querySelectorAll(s).length]",
                         INJECTED) == ["undefined", 0]
    assert _page_errors(page) == []


def test_damaged_storage_on_the_training_page(quick, server):
    quick.goto(f"{server}/training/")
    _set_storage(quick, "[1, 2")
    quick.reload()
    expect(quick.locator("[data-training-progress] [data-training-notice]")).to_contain_text(
        "We could not read your saved progress")
    expect(quick.locator("[data-progress-summary]")).to_have_text(
        f"You have passed 0 of {len(MODULES)} modules.")
    assert _page_errors(quick) == []


def test_a_script_in_a_stored_or_imported_name_is_shown_as_text(quick, server, tmp_path):
    page = quick
    page.goto(f"{server}/training/record/")
    _set_storage(page, json.dumps(_passed_progress(name=PAYLOAD[:120])))
    page.reload()
    name = page.locator("[data-record-name]")
    expect(name).to_have_text(PAYLOAD[:120])
    expect(page.get_by_label("Your name, as it should appear on the record")).to_have_value(
        PAYLOAD[:120])
    check = "s => [typeof window.__xss, document.querySelectorAll(s).length]"
    assert page.evaluate(check, INJECTED) == ["undefined", 0]

    imported = "<b>Cllr</b><img src=x onerror=window.__xss=2>"
    path = tmp_path / "progress.json"
    path.write_text(json.dumps({"format": "member-officer-protocol-training-progress",
                                "schema": 1, "exported": "2026-01-04T10:00:00Z",
                                "progress": _passed_progress(name=imported)}), encoding="utf-8")
    page.locator("[data-progress-file]").set_input_files(path)
    expect(name).to_have_text(imported)
    assert page.evaluate(check, INJECTED + ", b") == ["undefined", 0]
    assert _page_errors(page) == []


# -- without JavaScript; without Pyodide --------------------------------------------------------

def test_without_javascript_scenarios_are_readable_and_answers_revealed_on_request(browser, server):
    module = training.get("when-things-go-wrong")
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    requests = []
    page.on("request", lambda r: requests.append(r.url))
    try:
        page.goto(f"{server}/training/{module.id}/")
        for question in module.questions:
            form = _form(page, module, question)
            expect(form.locator(".quiz-scenario")).to_have_text(question.scenario)
            expect(form.get_by_role("button", name="Check my answer")).to_be_hidden()
            expect(form.locator("[data-feedback]")).to_be_hidden()
            if question.kind != "order":
                expect(form.locator("input").first).to_be_hidden()
                expect(form.locator(".quiz-options-text li")).to_have_count(len(question.options))
            form.get_by_text("Show the answer").click()
            expect(form.locator("[data-feedback]")).to_be_visible()
            expect(form.locator(".quiz-expected")).to_be_visible()
            expect(form.locator("[data-quiz-verdict]")).to_be_hidden()
        assert not any("/assets/pyodide/" in url or "/assets/python/" in url for url in requests)
    finally:
        context.close()


def test_grading_works_when_the_pyodide_folder_is_missing(browser, site_dir, tmp_path):
    copy = tmp_path / "site"
    shutil.copytree(site_dir, copy)
    shutil.rmtree(copy / "assets" / "pyodide")
    httpd, base = start_background(copy)
    context = browser.new_context()
    try:
        page = context.new_page()
        log = PageLog(page, base)
        module = training.get("respect")
        page.goto(f"{base}/training/{module.id}/")
        root = page.locator(f'[data-quiz="{module.id}"]')
        expect(root).to_have_attribute("data-ready", "false", timeout=30_000)
        for question in module.questions:
            _answer(page, module, question, _right(question))
            expect(_form(page, module, question).locator("[data-feedback]")).to_have_attribute(
                "data-graded-by", "table")
        result = page.locator("[data-quiz-result]")
        expect(result).to_have_attribute("data-scored-by", "table")
        expect(result.locator("[data-quiz-score]")).to_contain_text("(100%). You passed")
        assert log.foreign() == []
    finally:
        context.close()
        httpd.shutdown()
