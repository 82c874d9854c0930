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
from training.engine import pass_score, shown_percent
from protocol.text.model import anchor_for
from protocol.cli.serve import start_background
from tests.support.axe import axe_violations
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


def _attempt(module, score=None, date="2026-01-04") -> dict:
    total = len(module.questions)
    score = total if score is None else score
    passed = 100 * score >= module.pass_mark * total
    return {"date": date, "score": score, "total": total, "pass_mark": module.pass_mark,
            "passed": passed, "percent": shown_percent(score, total, module.pass_mark),
            "protocol": "2022"}


def _passed_progress(name="", modules=MODULES) -> dict:
    return {"schema": 2, "name": name, "modules": {
        m.id: {"answers": {q.id: _right(q) for q in m.questions}, "attempts": [_attempt(m)]}
        for m in modules}}


def _schema_1_progress(name="", modules=MODULES) -> dict:
    """Progress as this site saved it before every attempt was kept: one best "result"."""
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
        if list(answer) == [o.id for o in question.options]:  # nothing moved: say so
            form.get_by_label("This order is my answer").check()
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
        if list(answer) == [o.id for o in question.options]:  # nothing moved: say so
            _tab_to(page, f"{form} [data-quiz-confirm-order]")
            page.keyboard.press("Space")
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
    percent = shown_percent(total - 1, total, module.pass_mark)
    expect(result.locator("[data-quiz-score]")).to_contain_text(
        f"You answered {total - 1} of {total} scenarios correctly ({percent}%). You passed")
    expect(page.locator("[data-quiz-live]")).to_have_text(
        f"Module complete: {total - 1} of {total} right ({percent}%). You passed.")
    [saved] = _stored(page)["modules"][module.id]["attempts"]
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


ORDER_PROBLEM = ("Move the steps into the order you think is right, or tick “This order is my "
                 "answer” if the order shown is your answer, then check it.")


def test_an_order_is_not_an_answer_until_a_step_is_moved_or_it_is_confirmed(quick, server):
    page = quick
    module = training.get("correspondence-press")
    question = module.question("press-release-steps")
    shown = [o.id for o in question.options]
    page.goto(f"{server}/training/{module.id}/")
    form = _form(page, module, question)
    check = form.get_by_role("button", name="Check my answer")
    check.click()
    problem = form.locator("[data-quiz-problem]")
    expect(problem).to_have_text(ORDER_PROBLEM)
    expect(problem).to_be_focused()
    expect(form.locator("[data-feedback]")).to_be_hidden()
    assert _stored(page) is None
    # Saying the order shown is the answer, with the keyboard: a labelled checkbox.
    confirm = form.get_by_role("checkbox", name="This order is my answer")
    confirm.focus()
    page.keyboard.press("Space")
    expect(confirm).to_be_checked()
    check.click()
    expect(form.locator("[data-feedback]")).to_be_visible()
    expect(form.locator("[data-quiz-yours]")).to_have_text(
        "Your order: " + "; ".join(f"{n}. {question.option(i).label}"
                                   for n, i in enumerate(shown, 1)))
    assert _stored(page)["modules"][module.id]["answers"] == {question.id: shown}
    expect(confirm).to_be_hidden()  # answered: nothing left to move or confirm
    expect(form.get_by_role("button", name=re.compile("^Move up"))).to_have_count(0)


def test_moving_a_step_makes_the_order_an_answer(quick, server):
    page = quick
    module = training.get("when-things-go-wrong")
    question = module.question("escalation-ladder")
    page.goto(f"{server}/training/{module.id}/")
    form = _form(page, module, question)
    second = question.options[1]
    form.get_by_role("button", name=f"Move up: {second.label}", exact=True).click()
    form.get_by_role("button", name="Check my answer").click()
    expect(form.locator("[data-feedback]")).to_be_visible()
    expect(form.locator("[data-quiz-problem]")).to_be_hidden()
    moved = [second.id, question.options[0].id, *[o.id for o in question.options[2:]]]
    assert _stored(page)["modules"][module.id]["answers"] == {question.id: moved}


def test_your_answers_are_listed_in_the_order_shown(quick, server):
    """Whatever the option ids, the options chosen are listed as they appear on screen."""
    page = quick
    module, question = next((m, q) for m in MODULES for q in m.questions if q.kind == "multiple"
                            and [o.id for o in q.options] != sorted(o.id for o in q.options))
    page.goto(f"{server}/training/{module.id}/")
    chosen = [o.id for o in question.options]
    _answer(page, module, question, chosen)
    expect(_form(page, module, question).locator("[data-quiz-yours]")).to_have_text(
        "Your answers: " + "; ".join(o.label for o in question.options))


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


def _marks(page, module) -> list[dict]:
    """What each question shows of an answer: its left border's colour, any visible verdict or
    "your choice" mark, checked controls, the order of its steps."""
    return page.evaluate("""id => [...document.querySelectorAll(`[data-quiz="${id}"] form`)].map(
        (form) => ({
          border: getComputedStyle(form).borderLeftColor,
          shown: [...form.querySelectorAll("[data-feedback], [data-quiz-verdict], [data-chosen]")]
            .filter((e) => e.checkVisibility()).map((e) => e.textContent.trim()),
          checked: form.querySelectorAll("input:checked").length,
          disabled: form.querySelectorAll("input:disabled, button:disabled").length,
          order: [...form.querySelectorAll("[data-option]")].map((li) => li.dataset.option),
        }))""", module.id)


def test_retake_clears_every_mark_and_every_attempt_is_kept(quick, server):
    page = quick
    module = training.get("when-things-go-wrong")
    page.goto(f"{server}/training/{module.id}/")
    fresh = _marks(page, module)
    total, need = len(module.questions), pass_score(len(module.questions), module.pass_mark)
    for n, question in enumerate(module.questions):  # two wrong: 5 of 7 (71%) fails 80%
        _answer(page, module, question, _wrong(question) if n < 2 else _right(question))
    result = page.locator("[data-quiz-result]")
    expect(result.locator("[data-quiz-score]")).to_have_text(
        f"You answered 5 of {total} scenarios correctly (71%). You did not pass this time: the "
        f"pass mark is 80% ({need} of {total} right). Retake the module to try again.")
    assert _marks(page, module) != fresh

    page.get_by_role("button", name="Retake this module").click()
    expect(result).to_be_hidden()
    expect(_form(page, module, module.questions[0]).locator(".quiz-heading")).to_be_focused()
    assert _marks(page, module) == fresh  # no red or green, no verdict, nothing chosen
    saved = _stored(page)["modules"][module.id]
    assert saved["answers"] == {} and [a["score"] for a in saved["attempts"]] == [5]

    for question in module.questions:
        _answer(page, module, question, _right(question))
    expect(result.locator("[data-quiz-score]")).to_contain_text(f"({100}%). You passed")
    expect(result.locator("[data-quiz-best]")).to_have_text(
        "This is your best result so far. All 2 attempts are kept.")
    # A worse retake is kept too, and the best stays the best.
    page.get_by_role("button", name="Retake this module").click()
    for question in module.questions:
        _answer(page, module, question, _wrong(question))
    expect(result.locator("[data-quiz-best]")).to_contain_text(
        f"This attempt is kept with your others, and your best result stays: {total} of {total} "
        "(100%), passed on ")
    expect(result.locator("[data-quiz-best]")).to_contain_text("(attempt 2).")
    rows = result.locator("[data-quiz-attempts] tbody tr")
    expect(rows).to_have_count(3)
    expect(rows.nth(0).locator("td").nth(2)).to_have_text(f"0 of {total} (0%)")  # latest first
    expect(rows.nth(1).locator("td").nth(3)).to_have_text("Passed (your best)")
    expect(rows.nth(2).locator("td").nth(2)).to_have_text(f"5 of {total} (71%)")
    attempts = _stored(page)["modules"][module.id]["attempts"]
    assert [(a["score"], a["passed"], a["percent"]) for a in attempts] == [
        (5, False, 71), (total, True, 100), (0, False, 0)]

    page.reload()  # the finished attempt is shown again, not kept a second time
    expect(result.locator("[data-quiz-attempts] tbody tr")).to_have_count(3)
    assert len(_stored(page)["modules"][module.id]["attempts"]) == 3
    page.goto(f"{server}/training/")
    expect(page.locator(f'[data-module="{module.id}"] [data-module-status]')).to_have_text(
        re.compile(rf"^Passed: {total} of {total} \(100%\), on .+ \(your best of 3 attempts\)\.$"))
    assert _page_errors(page) == []


def test_at_500_attempts_the_oldest_that_is_not_the_best_makes_room(quick, server):
    page = quick
    module = training.get("roles")
    best = _attempt(module, date="2026-01-01")
    others = [_attempt(module, n % 4, date="2026-01-02") for n in range(499)]
    page.goto(f"{server}/training/")
    _set_storage(page, json.dumps({"schema": 2, "name": "", "modules": {
        module.id: {"answers": {}, "attempts": [best, *others]}}}))
    _complete(page, server, module, wrong={q.id for q in module.questions})
    expect(page.locator("[data-quiz-best]")).to_contain_text(
        "To make room, your oldest attempt (not your best) is no longer kept.")
    attempts = _stored(page)["modules"][module.id]["attempts"]
    assert len(attempts) == 500
    assert attempts[0] == best and attempts[1:499] == others[1:]
    assert attempts[-1]["score"] == 0


def test_a_fail_never_shows_the_pass_mark(quick, server):
    """4 of 6 reads 67% (not 66%): the nearest whole number, since it is below the pass mark."""
    page = quick
    module = training.get("roles")
    assert (len(module.questions), module.pass_mark) == (6, 80)
    _complete(page, server, module, wrong={q.id for q in module.questions[:2]})
    expect(page.locator("[data-quiz-score]")).to_have_text(
        "You answered 4 of 6 scenarios correctly (67%). You did not pass this time: the pass "
        "mark is 80% (5 of 6 right). Retake the module to try again.")
    page.goto(f"{server}/training/")
    expect(page.locator(f'[data-module="{module.id}"] [data-module-status]')).to_have_text(
        "Not passed yet: best score 4 of 6 (67%) in 1 attempt; the pass mark is 80% (5 of 6 right).")


def test_the_browser_shows_the_percentages_python_does(quick, server):
    """progress.mjs's shownPercent against training.engine.shown_percent, on every score out of
    1 to 100 questions at a spread of pass marks (the table grades before Python is ready)."""
    quick.goto(f"{server}/training/")
    marks = [1, 50, 67, 70, 75, 79, 80, 85, 90, 99, 100]
    shown = quick.evaluate("""async (marks) => {
        const { shownPercent } = await import("/assets/js/progress.mjs");
        const out = [];
        for (const mark of marks) for (let total = 1; total <= 100; total++)
          for (let score = 0; score <= total; score++) out.push(shownPercent(score, total, mark));
        return out;
    }""", marks)
    assert shown == [shown_percent(score, total, mark) for mark in marks
                     for total in range(1, 101) for score in range(total + 1)]


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
            "1", "2022"])
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
    assert exported["schema"] == exported["progress"]["schema"] == 2
    [attempt] = exported["progress"]["modules"][module.id]["attempts"]
    assert (attempt["passed"], attempt["percent"], attempt["pass_mark"]) == (True, 100, 80)

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


def test_schema_1_progress_is_read_and_kept_as_schema_2(quick, server):
    """Progress saved before every attempt was kept: each best result becomes the first attempt,
    with its percentage by today's rule, and nothing is set aside."""
    page = quick
    roles = training.get("roles")
    old = _schema_1_progress(name="Cllr Jo Bloggs")
    old["modules"][roles.id]["result"] = {"score": 4, "total": 6, "percent": 66, "passed": False,
                                          "date": "2026-01-03", "protocol": "2022"}
    page.goto(f"{server}/training/record/")
    _set_storage(page, json.dumps(old))
    page.reload()
    expect(page.locator("[data-training-notice]")).to_be_hidden()
    expect(page.locator("[data-record-pending]")).to_contain_text(
        f"You have passed {len(MODULES) - 1} of {len(MODULES)} modules.")
    expect(page.locator("[data-record-remaining] li")).to_have_text([
        f"{roles.title} \u2013 Not passed yet: best score 4 of 6 (67%) in 1 attempt; the pass mark "
        "is 80% (5 of 6 right)."])
    # The first change saves schema 2, with every result kept as an attempt.
    page.goto(f"{server}/training/{roles.id}/")
    expect(page.locator("[data-quiz-result]")).to_be_visible()  # its answers are all there
    page.get_by_role("button", name="Retake this module").click()
    saved = _stored(page)
    assert saved["schema"] == 2 and saved["name"] == "Cllr Jo Bloggs"
    assert saved["modules"][roles.id] == {"answers": {}, "attempts": [
        {"date": "2026-01-03", "score": 4, "total": 6, "pass_mark": 80, "passed": False,
         "percent": 67, "protocol": "2022"}]}
    for module in MODULES[1:]:
        assert saved["modules"][module.id]["attempts"] == [_attempt(module)]
    assert page.evaluate("k => localStorage.getItem(k)", BACKUP) is None
    assert _page_errors(page) == []


def test_a_schema_1_export_is_imported(quick, server, tmp_path):
    page = quick
    page.goto(f"{server}/training/")
    path = tmp_path / "progress.json"
    path.write_text(json.dumps({"format": "member-officer-protocol-training-progress",
                                "schema": 1, "exported": "2026-01-04T10:00:00.000Z",
                                "progress": _schema_1_progress()}), encoding="utf-8")
    page.locator("[data-progress-file]").set_input_files(path)
    expect(page.locator("[data-progress-message]")).to_have_text(
        f"Your progress was imported: {len(MODULES)} of {len(MODULES)} modules passed.")
    assert _stored(page) == _passed_progress()


def test_progress_set_aside_by_an_older_page_is_put_back(quick, server):
    """A page of the previous version of the site, still open in another tab, sets schema 2
    aside as "from a newer version"; a page that can read it puts it back."""
    page = quick
    page.goto(f"{server}/training/")
    page.evaluate("([k, v]) => localStorage.setItem(k, v)",
                  [BACKUP, json.dumps(_passed_progress(modules=MODULES[:1]))])
    page.reload()
    expect(page.locator("[data-progress-summary]")).to_have_text(
        f"You have passed 1 of {len(MODULES)} modules.")
    assert _stored(page) == _passed_progress(modules=MODULES[:1])
    assert page.evaluate("k => localStorage.getItem(k)", BACKUP) is None


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


# -- how the answered states look: axe, and nothing wider than a phone ---------------------------

PHONE, DESKTOP = {"width": 390, "height": 844}, {"width": 1280, "height": 900}


def _overflow(page) -> list[str]:
    """What makes the page wider than the window (nothing: no sideways scrolling), once the
    theme's transitions after a resize (the search box's width) have run."""
    page.evaluate("""() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => 0)))""")
    return page.evaluate("""() => document.documentElement.scrollWidth <= innerWidth ? [] :
        [...document.querySelectorAll("body *")]
          .filter((e) => e.getBoundingClientRect().right > innerWidth && e.checkVisibility())
          .map((e) => `${e.tagName}.${e.className}`)""")


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_results_attempts_and_the_record_pass_axe_and_fit_a_phone(quick, server, scheme):
    """The states the page-by-page checks never reach (they load each page with nothing saved):
    a module's result with its attempts, an order question's problem, the completion record."""
    page = quick
    page.emulate_media(color_scheme=scheme)
    page.set_viewport_size(PHONE)
    found = {}
    module = training.get("when-things-go-wrong")
    page.goto(f"{server}/training/")
    progress = _passed_progress()
    progress["modules"][module.id] = {"answers": {}, "attempts": [
        _attempt(module, 3, "2026-01-02"), _attempt(module, 5, "2026-01-03")]}
    _set_storage(page, json.dumps(progress))
    page.goto(f"{server}/training/{module.id}/")
    ladder = _form(page, module, module.question("escalation-ladder"))
    ladder.get_by_role("button", name="Check my answer").click()
    expect(ladder.locator("[data-quiz-problem]")).to_be_visible()
    for question in module.questions:
        _answer(page, module, question, _right(question))
    expect(page.locator("[data-quiz-attempts] tbody tr")).to_have_count(3)
    for size in (PHONE, DESKTOP):
        page.set_viewport_size(size)
        assert _overflow(page) == [], size
    page.mouse.move(1, 1)  # not left hovering a link of the menu the wider window brought in
    found["module result"] = axe_violations(page)
    page.goto(f"{server}/training/record/")
    page.get_by_label("Your name, as it should appear on the record").fill("Cllr Jo Bloggs")
    expect(page.locator("[data-record-rows] tr")).to_have_count(len(MODULES))
    for size in (PHONE, DESKTOP):
        page.set_viewport_size(size)
        assert _overflow(page) == [], size
        page.mouse.move(1, 1)
        found[f"record at {size['width']}"] = axe_violations(page)
    # On a phone each row of the record reads as labelled lines.
    page.set_viewport_size(PHONE)
    cell = page.locator("[data-record-rows] tr").nth(0).locator("td").nth(3)
    assert page.evaluate("td => getComputedStyle(td, '::before').content", cell.element_handle()) \
        == '"Attempts: "'
    assert {k: v for k, v in found.items() if v} == {}
    assert _page_errors(page) == []


@pytest.mark.parametrize("size", [PHONE, DESKTOP], ids=["390", "1280"])
def test_scenarios_and_steps_use_the_full_width(quick, server, size):
    """Material's list indents lose a phone's width: each scenario's box lines up with the text
    above it and the steps to order with the scenario's text; a step's number is on its row."""
    page = quick
    page.set_viewport_size(size)
    module = training.get("when-things-go-wrong")
    page.goto(f"{server}/training/{module.id}/")
    form = _form(page, module, module.question("escalation-ladder"))

    def box(locator):
        return locator.bounding_box()

    assert box(form)["x"] == box(page.locator(".quiz-intro"))["x"]
    assert box(form.locator("[data-quiz-order]"))["x"] == box(form.locator(".quiz-scenario"))["x"]
    for item in form.locator("[data-option]").all():
        # The number (the item's ::before) shares the first row with the step: the step's text
        # starts on that row, not on a line of its own below the number.
        label = box(item.locator(".quiz-order-label"))
        assert label["y"] - box(item)["y"] < label["height"], item.get_attribute("data-option")


# -- damaged storage and text that stays text -----------------------------------------------------

@pytest.mark.parametrize("stored, title", [
    ("{not json", "We could not read your saved progress"),
    (json.dumps({"schema": 1, "modules": []}), "We could not read your saved progress"),
    (json.dumps({"schema": 1, "modules": {PAYLOAD: {"answers": {}}}}),
     "We could not read your saved progress"),
    (json.dumps({"schema": 1, "modules": {"roles": {"answers": {"bin-route": PAYLOAD}}}}),
     "We could not read your saved progress"),
    (json.dumps({"schema": 2, "modules": {"roles": {"answers": {}, "attempts": {}}}}),
     "We could not read your saved progress"),
    (json.dumps({"schema": 2, "modules": {"roles": {"answers": {}, "attempts": [None]}}}),
     "We could not read your saved progress"),
    (json.dumps({"schema": 2, "modules": {"roles": {"answers": {}, "result": None,
                                                    "attempts": [{"score": PAYLOAD}]}}}),
     "We could not read your saved progress"),
    (json.dumps({"schema": 0, "answers": {}}), "Your saved progress is from an older version"),
    (json.dumps({"schema": 99}), "Your saved progress is from a newer version"),
], ids=["not-json", "wrong-shape", "payload-module-id", "payload-answer", "attempts-not-a-list",
        "attempt-not-an-object", "payload-attempt", "old", "newer"])
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
                                                    "attempts": []}}
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
                                "schema": 2, "exported": "2026-01-04T10:00:00Z",
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
