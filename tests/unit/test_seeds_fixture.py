"""The ``seeds`` fixture (tests/conftest.py): without the seed texts the word-for-word tests skip,
saying where to put them, and every other test still runs; with CI=true they fail instead.

Each case runs pytest in a fresh interpreter on two files only: the model's word-for-word tests,
and the comparison API tests, most of which do not need the seeds.
"""
from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET

from tests.support.seedtext import SEED_FILES
from tests.support.env import ROOT

FILES = ["tests/unit/test_word_for_word_model.py", "tests/unit/test_compare_api.py"]
NEED_SEEDS = {"test_model_has_every_seed_clause_word_for_word[2008]",
              "test_model_has_every_seed_clause_word_for_word[2022]",
              "test_2008_introduction_is_on_the_page_but_not_a_clause",
              "test_the_seed_texts_read_as_plain_text_are_the_stored_versions[2008]",
              "test_the_seed_texts_read_as_plain_text_are_the_stored_versions[2022]"}


def _run(tmp_path, seeds_dir, ci: str) -> tuple[subprocess.CompletedProcess, dict[str, tuple]]:
    """pytest on FILES with SEEDS_DIR and CI set; {test name: (outcome, message)}."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("PYTEST_") and k not in ("CI", "SEEDS_DIR")}
    env.update(SEEDS_DIR=str(seeds_dir), CI=ci)
    report = tmp_path / f"report-{ci}.xml"
    result = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                             "-p", "no:xdist", f"--junitxml={report}", *FILES],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    outcomes = {}
    for case in ET.parse(report).getroot().iter("testcase"):
        found = [c for c in case if c.tag in ("skipped", "error", "failure")]
        # The message attribute is cut short for errors; the element's text is the full report.
        outcomes[case.get("name")] = ((found[0].tag, f"{found[0].get('message')}\n{found[0].text}")
                                      if found else ("passed", ""))
    return result, outcomes


def _says_where(message: str, folder) -> bool:
    return all(str(folder / name) in message for name in SEED_FILES.values()) and \
        "SEEDS_DIR" in message and all(name in message for name in SEED_FILES.values())


def test_without_seeds_the_word_for_word_tests_skip_and_say_where_to_put_them(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    result, outcomes = _run(tmp_path, empty, ci="false")
    assert result.returncode == 0, result.stdout + result.stderr
    assert NEED_SEEDS <= set(outcomes), outcomes
    for name in NEED_SEEDS:
        outcome, message = outcomes[name]
        assert outcome == "skipped", (name, outcome, message)
        assert _says_where(message, empty), message
    others = {name: o for name, o in outcomes.items() if name not in NEED_SEEDS}
    assert len(others) >= 5 and all(o == "passed" for o, _ in others.values()), others


def test_on_ci_missing_seeds_fail_the_word_for_word_tests(tmp_path):
    missing = tmp_path / "no-such-folder"
    result, outcomes = _run(tmp_path, missing, ci="true")
    assert result.returncode == 1, result.stdout + result.stderr
    for name in NEED_SEEDS:
        outcome, message = outcomes[name]
        assert outcome in ("error", "failure"), (name, outcome, message)
        assert _says_where(message, missing) and "CI" in message, message
    others = {name: o for name, o in outcomes.items() if name not in NEED_SEEDS}
    assert len(others) >= 5 and all(o == "passed" for o, _ in others.values()), others
