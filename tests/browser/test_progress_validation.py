"""Saved and imported training progress must be possible, not just well-formed (README.md,
"Training progress"): a result whose score, percentage, pass or fail, date or protocol version
could not have come from this site is treated like damaged data. Saved, it is moved aside with
the "could not read" notice and earns no completion record; imported, the file is refused and
the progress kept. A result from an earlier revision of a module (fewer questions, another pass
mark) is kept. Schema 1 (one best result a module) is held to its own rules, then read as schema
2 (every attempt). Unreadable data too large to copy aside is dropped after one notice.

Pyodide's files are refused (as in the other progress tests): none of this needs Python.
"""
from __future__ import annotations

import copy
import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from playwright.sync_api import expect

import training
from training.engine import shown_percent

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.browser

KEY = "member-officer-protocol:training"
BACKUP = KEY + ":unreadable"
FORMAT = "member-officer-protocol-training-progress"
MODULES = training.all_modules()
ROLES = training.get("roles")
CORRUPT = "We could not read your saved progress"
TODAY = date.today()


def _result(module, score=None, total=None, pass_mark=None, **change) -> dict:
    """An attempt (schema 2), as this site records it."""
    total = len(module.questions) if total is None else total
    score = total if score is None else score
    pass_mark = module.pass_mark if pass_mark is None else pass_mark
    passed = 100 * score >= pass_mark * total
    result = {"date": "2026-01-04", "score": score, "total": total, "pass_mark": pass_mark,
              "passed": passed, "percent": shown_percent(score, total, pass_mark),
              "protocol": "2022"}
    result.update(change)
    return result


def _result_1(module, score=None, total=None, **change) -> dict:
    """A best result as schema 1 kept it: the percentage rounded down, no pass mark."""
    total = len(module.questions) if total is None else total
    score = total if score is None else score
    result = {"score": score, "total": total, "percent": 100 * score // total,
              "passed": 100 * score >= module.pass_mark * total, "date": "2026-01-04",
              "protocol": "2022"}
    result.update(change)
    return result


def _all_passed(name="") -> dict:
    return {"schema": 2, "name": name,
            "modules": {m.id: {"answers": {}, "attempts": [_result(m)]} for m in MODULES}}


def _with_roles(*attempts: dict) -> dict:
    progress = _all_passed()
    progress["modules"][ROLES.id]["attempts"] = list(attempts)
    return progress


def _with_roles_1(result: dict) -> dict:
    """Schema 1: every module passed, "roles" with this result."""
    return {"schema": 1, "name": "", "modules": {
        m.id: {"answers": {}, "result": result if m is ROLES else _result_1(m)} for m in MODULES}}


# "roles" has 6 questions and a pass mark of 80%: 5 of 6 passes, 4 of 6 does not.
assert (len(ROLES.questions), ROLES.pass_mark) == (6, 80)

# Each an attempt at "roles" that this site could not have recorded.
IMPOSSIBLE = {
    "passed-with-score-0": {**_result(ROLES, 0), "passed": True},
    "passed-below-the-pass-mark": {**_result(ROLES, 4), "passed": True},
    "failed-at-the-pass-mark": {**_result(ROLES, 5), "passed": False},
    "score-above-total": {**_result(ROLES), "score": 7, "percent": 100},
    "negative-score": {**_result(ROLES), "score": -1, "percent": 0, "passed": False},
    "non-integer-score": {**_result(ROLES), "score": 5.5, "percent": 92},
    "non-integer-total": {**_result(ROLES), "total": 6.5},
    "percent-not-from-score": {**_result(ROLES, 5), "percent": 100},
    "percent-rounded-down-as-schema-1-did": {**_result(ROLES, 4), "percent": 66},
    "a-fail-shown-at-the-pass-mark": {**_result(ROLES, 35, 44), "percent": 80},
    "negative-percent": {**_result(ROLES, 0), "percent": -1},
    "no-pass-mark": {k: v for k, v in _result(ROLES).items() if k != "pass_mark"},
    "pass-mark-0": _result(ROLES, 0, pass_mark=0),
    "pass-mark-101": {**_result(ROLES, pass_mark=100), "pass_mark": 101},
    "not-a-real-date": _result(ROLES, date="2026-02-30"),
    "month-13": _result(ROLES, date="2025-13-01"),
    "29-february-not-a-leap-year": _result(ROLES, date="2025-02-29"),
    "tomorrow": _result(ROLES, date=(TODAY + timedelta(days=1)).isoformat()),
    "next-year": _result(ROLES, date=(TODAY + timedelta(days=366)).isoformat()),
    "unknown-protocol-version": _result(ROLES, protocol="1999"),
    "future-protocol-version": _result(ROLES, protocol="2099"),
}

# Each a schema-1 result for "roles" that this site could not have recorded: still damaged when
# schema 1 is read and turned into schema 2.
IMPOSSIBLE_1 = {
    "passed-with-score-0": {**_result_1(ROLES, 0), "passed": True},
    "passed-below-the-pass-mark": {**_result_1(ROLES, 4), "passed": True},
    "failed-at-the-pass-mark": {**_result_1(ROLES, 5), "passed": False},
    "score-above-total": {**_result_1(ROLES), "score": 7, "percent": 100},
    "percent-not-from-score": {**_result_1(ROLES, 5), "percent": 100},
    "percent-rounded-to-nearest": {**_result_1(ROLES, 4), "percent": 67},
    "not-a-real-date": _result_1(ROLES, date="2026-02-30"),
    "tomorrow": _result_1(ROLES, date=(TODAY + timedelta(days=1)).isoformat()),
    "unknown-protocol-version": _result_1(ROLES, protocol="1999"),
}

# An earlier revision of "roles" had 5 questions: 4 of 5 is 80%, a pass then and now. Dated
# today (the latest date allowed) and on a leap day. Another had a pass mark of 70%.
OLDER_REVISION = _result(ROLES, 4, 5, date=TODAY.isoformat())
OTHER_PASS_MARK = _result(ROLES, 5, 7, pass_mark=70)
LEAP_DAY = "2024-02-29"


def _older_revision_progress() -> dict:
    progress = _with_roles(OTHER_PASS_MARK, OLDER_REVISION)
    progress["modules"][MODULES[1].id]["attempts"][0]["date"] = LEAP_DAY
    return progress


@pytest.fixture
def quick(page):
    """A page that refuses Pyodide's files: graded by the build-time table, and fast."""
    page.route("**/assets/pyodide/**", lambda route: route.abort())
    return page


def _store(page, value: str) -> None:
    page.evaluate("([k, v]) => localStorage.setItem(k, v)", [KEY, value])


def _stored(page, key=KEY):
    return page.evaluate("k => localStorage.getItem(k)", key)


def _errors(page) -> list[str]:
    return [e for e in page.log.errors
            if "Failed to load resource" not in e and "pyodide" not in e.lower()]


def _export_file(tmp_path, progress) -> str:
    path = tmp_path / "progress.json"
    path.write_text(json.dumps({"format": FORMAT, "schema": progress["schema"],
                                "exported": "2026-01-04T10:00:00.000Z", "progress": progress}),
                    encoding="utf-8")
    return str(path)


def test_no_case_is_a_possible_result():
    possible = [_result(ROLES, n) for n in range(len(ROLES.questions) + 1)]
    for name, result in IMPOSSIBLE.items():
        assert result not in possible, name
    possible_1 = [_result_1(ROLES, n) for n in range(len(ROLES.questions) + 1)]
    for name, result in IMPOSSIBLE_1.items():
        assert result not in possible_1, name
    assert (OLDER_REVISION["percent"], OLDER_REVISION["passed"]) == (80, True)
    assert (OTHER_PASS_MARK["percent"], OTHER_PASS_MARK["passed"]) == (71, True)


# -- saved progress ----------------------------------------------------------------------------

def test_an_impossible_saved_result_is_set_aside_and_earns_no_record(quick, server):
    """Every case in one page, one reload each (a page per case would double the time)."""
    page = quick
    page.goto(f"{server}/training/record/")
    notice = page.locator("[data-training-progress] [data-training-notice]")
    cases = {**{name: _with_roles(r) for name, r in IMPOSSIBLE.items()},
             **{f"schema-1-{name}": _with_roles_1(r) for name, r in IMPOSSIBLE_1.items()}}
    for name, progress in cases.items():
        raw = json.dumps(progress)
        page.evaluate("k => localStorage.removeItem(k)", BACKUP)
        _store(page, raw)
        page.reload()
        expect(notice, name).to_be_visible()
        expect(notice, name).to_contain_text(CORRUPT)
        expect(page.locator("[data-record-pending]"), name).to_contain_text(
            f"You have passed 0 of {len(MODULES)} modules.")
        expect(page.locator("[data-record-ready]"), name).to_be_hidden()
        expect(page.locator("[data-record]"), name).to_be_hidden()
        assert _stored(page, BACKUP) == raw, name
        assert _stored(page) is None, name
    page.reload()  # the notice is shown once only
    expect(page.locator("[data-record-pending]")).to_be_visible()
    expect(notice).to_be_hidden()
    assert _errors(page) == []


@pytest.mark.parametrize("name", ["passed-with-score-0", "a-fail-shown-at-the-pass-mark",
                                  "tomorrow", "unknown-protocol-version"])
def test_an_impossible_saved_result_is_set_aside_on_the_modules_own_page(quick, server, name):
    page = quick
    raw = json.dumps(_with_roles(IMPOSSIBLE[name]))
    page.goto(f"{server}/training/{ROLES.id}/")
    _store(page, raw)
    page.reload()
    notice = page.locator("[data-quiz] [data-training-notice]")
    expect(notice).to_be_visible()
    expect(notice).to_contain_text(CORRUPT)
    assert _stored(page, BACKUP) == raw
    assert _stored(page) is None
    page.goto(f"{server}/training/")
    expect(page.locator("[data-progress-summary]")).to_have_text(
        f"You have passed 0 of {len(MODULES)} modules.")
    assert _errors(page) == []


def test_a_result_from_an_earlier_revision_of_a_module_is_kept(quick, server):
    page = quick
    progress = _older_revision_progress()
    raw = json.dumps(progress)
    page.goto(f"{server}/training/record/")
    _store(page, raw)
    page.reload()
    expect(page.locator("[data-record-ready]")).to_be_visible()
    expect(page.locator("[data-training-notice]")).to_be_hidden()
    rows = page.locator("[data-record-rows] tr")
    expect(rows).to_have_count(len(MODULES))
    expect(rows.nth(0).locator("td").nth(1)).to_have_text("4 of 5 (80%)")  # best: 80% > 71%
    expect(rows.nth(0).locator("td").nth(3)).to_have_text("2")  # attempts
    expect(rows.nth(1).locator("td").nth(2)).to_have_text("29 February 2024")
    assert json.loads(_stored(page)) == progress
    assert _stored(page, BACKUP) is None

    page.goto(f"{server}/training/")
    expect(page.locator(f'[data-module="{ROLES.id}"] [data-module-status]')).to_have_text(
        f"Passed: 4 of 5 (80%), on {TODAY.day} {TODAY.strftime('%B')} {TODAY.year} "
        "(your best of 2 attempts).")
    expect(page.locator("[data-training-notice]")).to_be_hidden()

    # On the module's own page, answering a question keeps the earlier result.
    page.goto(f"{server}/training/{ROLES.id}/")
    expect(page.locator("[data-quiz] [data-training-notice]")).to_be_hidden()
    question = ROLES.questions[0]
    form = page.locator(f'[data-quiz="{ROLES.id}"] form[data-question="{question.id}"]')
    form.locator(f'input[value="{question.expected[0]}"]').check()
    form.get_by_role("button", name="Check my answer").click()
    expect(form.locator("[data-feedback]")).to_be_visible()
    saved = json.loads(_stored(page))
    assert saved["modules"][ROLES.id]["answers"] == {question.id: question.expected[0]}
    assert saved["modules"][ROLES.id]["attempts"] == [OTHER_PASS_MARK, OLDER_REVISION]
    assert _errors(page) == []


def test_a_result_against_an_older_version_of_the_protocol_is_kept(quick, server):
    """Every version the site has is known to the page, not only the current one."""
    from protocol.sources.versions import load_corpus

    oldest = next(iter(load_corpus(ROOT))).id
    assert oldest != "2022"
    progress = _with_roles(_result(ROLES, protocol=oldest))
    page = quick
    page.goto(f"{server}/training/record/")
    _store(page, json.dumps(progress))
    page.reload()
    expect(page.locator("[data-record-ready]")).to_be_visible()
    expect(page.locator("[data-training-notice]")).to_be_hidden()
    assert json.loads(_stored(page)) == progress


# -- import ------------------------------------------------------------------------------------

def test_an_export_file_with_an_impossible_result_is_refused(quick, server, tmp_path):
    page = quick
    page.goto(f"{server}/training/")
    before = json.dumps(_with_roles(_result(ROLES, 4)))  # roles not passed yet
    cases = {**{name: _with_roles(r) for name, r in IMPOSSIBLE.items()},
             **{f"schema-1-{name}": _with_roles_1(r) for name, r in IMPOSSIBLE_1.items()}}
    _store(page, before)
    page.reload()
    message = page.locator("[data-progress-message]")
    for name, progress in cases.items():
        page.evaluate("m => { m.textContent = ''; }", message.element_handle())
        page.locator("[data-progress-file]").set_input_files(_export_file(tmp_path, progress))
        expect(message, name).to_have_text(
            "That file could not be imported: it is damaged. Your progress has not changed.")
        assert _stored(page) == before, name
        expect(page.locator("[data-progress-summary]"), name).to_have_text(
            f"You have passed {len(MODULES) - 1} of {len(MODULES)} modules.")
    assert _errors(page) == []


def test_an_export_file_from_an_earlier_revision_is_imported(quick, server, tmp_path):
    page = quick
    page.goto(f"{server}/training/")
    progress = _older_revision_progress()
    page.locator("[data-progress-file]").set_input_files(_export_file(tmp_path, progress))
    expect(page.locator("[data-progress-message]")).to_have_text(
        f"Your progress was imported: {len(MODULES)} of {len(MODULES)} modules passed.")
    assert json.loads(_stored(page)) == progress
    page.goto(f"{server}/training/record/")
    expect(page.locator("[data-record-ready]")).to_be_visible()


# -- unreadable data with no room for a copy ----------------------------------------------------

# localStorage refusing to keep a copy of the unreadable data, as it does when that would go
# over the site's quota; everything else is stored as usual.
NO_ROOM = """{
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key, value) {
    if (key === %s) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    return setItem.call(this, key, value);
  };
}""" % json.dumps(BACKUP)


@pytest.mark.parametrize("where", ["index", "module"])
def test_unreadable_data_too_large_to_copy_aside_is_dropped_after_one_notice(quick, server, where,
                                                                            tmp_path):
    page = quick
    page.add_init_script(NO_ROOM)
    url = f"{server}/training/" if where == "index" else f"{server}/training/{ROLES.id}/"
    scope = "[data-training-progress]" if where == "index" else "[data-quiz]"
    page.goto(url)
    raw = "{" + "x" * 100_000  # not JSON
    _store(page, raw)
    page.reload()
    notice = page.locator(f"{scope} [data-training-notice]")
    expect(notice).to_be_visible()
    expect(notice).to_contain_text(CORRUPT)
    assert _stored(page) is None and _stored(page, BACKUP) is None
    page.reload()
    expect(notice).to_be_hidden()
    # The page works and saves.
    if where == "index":
        expect(page.locator("[data-progress-summary]")).to_have_text(
            f"You have passed 0 of {len(MODULES)} modules.")
        progress = _older_revision_progress()
        page.locator("[data-progress-file]").set_input_files(_export_file(tmp_path, progress))
        expect(page.locator("[data-progress-message]")).to_contain_text("Your progress was imported")
        assert json.loads(_stored(page)) == progress
    else:
        question = ROLES.questions[0]
        form = page.locator(f'[data-quiz="{ROLES.id}"] form[data-question="{question.id}"]')
        form.locator(f'input[value="{question.expected[0]}"]').check()
        form.get_by_role("button", name="Check my answer").click()
        expect(form.locator("[data-feedback]")).to_be_visible()
        assert json.loads(_stored(page))["modules"][ROLES.id]["answers"] == {
            question.id: question.expected[0]}
    assert _errors(page) == []
