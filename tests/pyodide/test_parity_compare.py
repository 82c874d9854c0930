"""The comparison gives the same JSON in CPython and in Pyodide (the browser's Python).

``protocol.compare.api.compare_versions_json`` and ``compare_draft_json`` run on the same
payloads the pages send (versions from ``/api/protocol.json``, the curated correspondences,
drafts pasted in) in CPython and in real Pyodide under Node, from the archive the site ships
(``protocol.zip``: the comparison, diff-match-patch and markdown-it). One Node process per
function, Pyodide started once in each.
"""
from __future__ import annotations

import difflib
import json
import shutil
import subprocess
from pathlib import Path

import pytest

import guides
from protocol.compare.api import compare_draft_json, compare_versions_json
from protocol.site import browser as browserpython
from protocol.site.compare import outcomes_json
from protocol.site.opendata import protocol_json
from protocol.sources.correspondence import load_correspondences
from protocol.sources.versions import load_corpus

pytestmark = pytest.mark.pyodide

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = Path(__file__).resolve().parent / "pyodide_parity.mjs"
NODE_TIMEOUT = 600


def _cases() -> dict[str, list[tuple[str, dict]]]:
    corpus = load_corpus(ROOT)
    versions = {v["id"]: v for v in protocol_json(corpus)["versions"]}
    curated = load_correspondences(ROOT, corpus, "2008", "2022")
    curated = [{k: e[k] for k in ("from", "to", "rationale")} for e in curated]
    backwards = [{"from": e["to"], "to": e["from"], "rationale": e["rationale"]} for e in curated]
    pairs = [
        ("2008-2022-curated", {"from": versions["2008"], "to": versions["2022"],
                               "curated": curated, "heading_level": 4}),
        ("2022-2008-curated", {"from": versions["2022"], "to": versions["2008"],
                               "curated": backwards}),
        ("2008-2022-computed", {"from": versions["2008"], "to": versions["2022"]}),
        ("2022-2022", {"from": versions["2022"], "to": versions["2022"]}),
        ("not-a-version", {"from": None, "to": versions["2022"]}),
    ]
    current = versions["2022"]
    outcomes = outcomes_json(guides.all_guides())
    source = (ROOT / "docs/protocol/2022.md").read_text(encoding="utf-8")
    section_7 = "\n".join(
        [f"7. {s['title']}" for s in current["sections"] if s["id"] == "7"]
        + [f"  {c['id'].split('.')[1]}. {c['text'].replace(chr(10), ' ')}"
           for c in current["clauses"] if c["section"] == "7"])
    drafts = [
        ("one-word", source.replace("Members have a statutory right", "Members have a legal right")),
        ("section-7", section_7),
        ("section-7-partial", section_7),
        ("quotes-only", source.replace("“", '"').replace("”", '"')),
        ("typed-twice", "7. Access\n\n  5. Five.\n\n  6. Six.\n\n  6. Six again.\n"),
    ]
    drafts_cases = [(name, {"draft": text, "name": "draft", "current": current,
                            "outcomes": outcomes, "partial": name.endswith("partial")})
                    for name, text in drafts]
    return {"protocol.compare.api:compare_versions_json": pairs,
            "protocol.compare.api:compare_draft_json": drafts_cases}


CASES = _cases()
FUNCTIONS = {"protocol.compare.api:compare_versions_json": compare_versions_json,
             "protocol.compare.api:compare_draft_json": compare_draft_json}


@pytest.fixture(scope="session")
def pyodide_compare(tmp_path_factory) -> dict[str, list]:
    node = shutil.which("node")
    if node is None:
        pytest.fail("Node.js is needed for the Pyodide parity tests (node not on PATH)")
    archive = tmp_path_factory.mktemp("pyodide") / "protocol.zip"
    browserpython._write_archive(ROOT, browserpython.ARCHIVES["protocol"], archive)
    results = {}
    for target, cases in CASES.items():
        payloads = [payload for _, payload in cases]
        run = subprocess.run([node, str(SCRIPT), str(archive), target],
                             input=json.dumps(payloads), capture_output=True, text=True, cwd=ROOT,
                             timeout=NODE_TIMEOUT)
        assert run.returncode == 0, f"{SCRIPT.name} failed:\n{run.stderr[-4000:]}"
        out = json.loads(run.stdout)
        assert out["python"]["platform"] == "emscripten"
        results[target] = out["results"]
    return results


IDS = [(target, k, name) for target, cases in CASES.items() for k, (name, _) in enumerate(cases)]


@pytest.mark.parametrize("target, index, name", IDS, ids=[f"{t.split(':')[1]}:{n}"
                                                           for t, _, n in IDS])
def test_cpython_and_pyodide_compare_alike(pyodide_compare, target, index, name):
    payload = CASES[target][index][1]
    expected = json.loads(FUNCTIONS[target](json.dumps(payload)))
    got = pyodide_compare[target][index]
    if got != expected:
        pretty = [json.dumps(v, indent=1, sort_keys=True, ensure_ascii=False).splitlines()
                  for v in (expected, got)]
        diff = "\n".join(difflib.unified_diff(*pretty, "CPython", "Pyodide", lineterm=""))
        pytest.fail(f"{name}: Pyodide differs from CPython\n{diff[:6000]}", pytrace=False)


def test_the_cases_say_something():
    """The parity cases are not all failures: most compare, one draft is refused."""
    results = {name: json.loads(FUNCTIONS[t](json.dumps(p))) for t, cases in CASES.items()
               for name, p in cases}
    assert results["2008-2022-curated"]["ok"] and results["section-7-partial"]["ok"]
    assert not results["typed-twice"]["ok"] and not results["not-a-version"]["ok"]
    assert results["section-7-partial"]["comparison"]["summary"]["unchanged"] == 11
