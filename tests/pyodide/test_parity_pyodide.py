"""The guides give the same answers in CPython and in Pyodide (the browser's Python).

Every state and every path of every guide in GUIDE_MODULES (whatever guides exist when the tests
are collected), plus answers in another order, answers off the path and tampered inputs, run in
CPython through ``guides.api.run`` and in real Pyodide under Node
(``tests/pyodide/pyodide_parity.mjs``, the npm package the site ships, the zip the site ships).
Pyodide starts once for all cases: one Node process per test session.
"""
from __future__ import annotations

import difflib
import json
import shutil
import subprocess
from pathlib import Path

import pytest

import guides
from guides import api
from guides.engine import GuideError
from protocol.site import browser as browserpython

pytestmark = pytest.mark.pyodide

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = Path(__file__).resolve().parent / "pyodide_parity.mjs"
PYODIDE = ROOT / "node_modules" / "pyodide"
NODE_TIMEOUT = 600  # seconds; loading Pyodide takes 5-15 s, the cases well under a second


def _query(answers: dict) -> str:
    return "&".join(f"{q}={a}" for q, a in answers.items()) or "(start)"


def _cases() -> list[tuple[str, dict]]:
    """(test id, run_json payload) for every guide, in GUIDE_MODULES order."""
    cases: list[tuple[str, dict]] = []

    def add(name: str, guide_id, answers) -> None:
        cases.append((name, {"guide": guide_id, "answers": answers}))

    for guide in guides.all_guides():
        gid = guide.id
        try:
            states, paths = guide.states(), guide.paths()
        except GuideError:  # a broken guide must fail the same way in both
            states, paths = [], []
            add(f"{gid}:broken", gid, {})
        for state in states:
            add(f"{gid}:state:{_query(state.answers)}", gid, state.answers)
        for answers, outcome in paths:
            # Order does not matter: the engine replays answers from the first question.
            backwards = dict(reversed(list(answers.items())))
            add(f"{gid}:path-reversed:{outcome}:{_query(answers)}", gid, backwards)
            # Answers to questions not on the path are kept out of it and reported as dropped.
            extra = {q.id: q.options[0].id for q in guide.questions
                     if q.id not in answers and q.options}
            if extra:
                add(f"{gid}:path-with-dropped:{outcome}:{_query(answers)}", gid,
                    {**extra, **answers})
        first = guide.questions[0] if guide.questions else None
        add(f"{gid}:tampered:unknown-question", gid, {"no-such-question": "yes"})
        if first is not None:
            add(f"{gid}:tampered:unknown-option", gid, {first.id: "no-such-option"})
            add(f"{gid}:tampered:option-not-a-string", gid, {first.id: 1})
            add(f"{gid}:tampered:option-with-markup", gid, {first.id: "\u00a0<script>&"})
            others = [o.id for q in guide.questions[1:] for o in q.options
                      if first.option(o.id) is None]
            if others:
                add(f"{gid}:tampered:option-of-another-question", gid, {first.id: others[0]})
        if guide.outcomes:
            add(f"{gid}:tampered:outcome-as-question", gid, {guide.outcomes[0].id: "yes"})
        for name, value in (("list", [["a", "b"]]), ("string", "doc-kind=agenda"),
                            ("null", None), ("number", 42)):
            add(f"{gid}:tampered:answers-{name}", gid, value)
    add("unknown-guide", "no-such-guide", {})
    add("guide-id-not-a-string", ["inspect-documents"], {})
    add("guide-id-null", None, {})
    return cases


CASES = _cases()


def _cpython(payload: dict) -> dict:
    # Through JSON both ways, so CPython sees exactly the types Pyodide is sent.
    sent = json.loads(json.dumps(payload))
    return json.loads(json.dumps(api.run(sent["guide"], sent["answers"])))


@pytest.fixture(scope="session")
def pyodide_run(tmp_path_factory) -> dict:
    node = shutil.which("node")
    if node is None:
        pytest.fail("Node.js is needed for the Pyodide parity tests (node not on PATH)")
    if not (PYODIDE / "pyodide.mjs").exists():
        pytest.fail(f"{PYODIDE}: Pyodide is not installed; run 'npm ci' (make setup does it)")
    archive = tmp_path_factory.mktemp("pyodide") / "guides.zip"
    # The very archive the site ships: same writer, same package list.
    browserpython._write_archive(ROOT, browserpython.ARCHIVES["guides"], archive)
    payloads = [payload for _, payload in CASES]
    result = subprocess.run([node, str(SCRIPT), str(archive)], input=json.dumps(payloads),
                            capture_output=True, text=True, cwd=ROOT, timeout=NODE_TIMEOUT)
    assert result.returncode == 0, (f"{SCRIPT.name} failed ({result.returncode}):\n"
                                    f"{result.stderr[-4000:]}")
    out = json.loads(result.stdout)
    assert len(out["results"]) == len(CASES), "one result per case, in order"
    return out


def test_pyodide_runs_python_3_14(pyodide_run):
    python = pyodide_run["python"]
    assert python["platform"] == "emscripten", python
    assert python["version"].startswith("3.14."), python


def test_every_guide_and_state_is_a_case():
    ids = [name for name, _ in CASES]
    for guide in guides.all_guides():
        states = [n for n in ids if n.startswith(f"{guide.id}:state:")]
        assert len(states) == len(guide.states()), guide.id
        assert sum(n.startswith(f"{guide.id}:path-reversed:") for n in ids) == len(guide.paths())
    assert len(ids) == len(set(ids)), "case ids are unique"


def _pretty(value) -> list[str]:
    return json.dumps(value, indent=1, sort_keys=True, ensure_ascii=False).splitlines()


@pytest.mark.parametrize("index", range(len(CASES)), ids=[name for name, _ in CASES])
def test_cpython_and_pyodide_agree(pyodide_run, index):
    name, payload = CASES[index]
    expected = _cpython(payload)
    got = pyodide_run["results"][index]
    if got != expected:
        diff = "\n".join(difflib.unified_diff(_pretty(expected), _pretty(got), "CPython",
                                              "Pyodide", lineterm=""))
        pytest.fail(f"{name}: Pyodide differs from CPython for {json.dumps(payload)}\n{diff}",
                    pytrace=False)
