"""The guides without the site: the decision table the build writes into each guide page agrees
with the engine, the ``protocol guide`` command line, and ``protocol check`` on a broken guide.
What the build writes is in tests/build/test_guide_site.py."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

import guides
from protocol.site.guides import decision_table


@pytest.mark.parametrize("guide", guides.all_guides(), ids=lambda g: g.id)
def test_decision_table_agrees_with_the_engine(guide):
    table = decision_table(guide)
    for answers, outcome in guide.paths():
        path = guide.step(answers).path
        key = "&".join(f"{q}={a}" for q, a in path)
        assert table[key] == f"o:{outcome}"


def _cli(*args):
    return subprocess.run([sys.executable, "-m", "protocol", "guide", *args],
                          capture_output=True, text=True)


def test_command_line_gives_the_next_question_then_the_outcome():
    first = _cli("inspect-documents", "--answer", "doc-kind=agenda", "--json")
    assert first.returncode == 0
    assert json.loads(first.stdout)["question"] == "part-ii"
    done = json.loads(_cli("inspect-documents", "--answer", "doc-kind=agenda",
                           "--answer", "part-ii=no", "--json").stdout)
    assert done["question"] is None and done["outcome"] == "statutory-right"
    assert {"version": "2022", "clause": "7.3"} in done["cites"]
    text = _cli("inspect-documents", "--answer", "doc-kind=agenda", "--answer", "part-ii=no")
    assert "Yes: you have a legal right to see it" in text.stdout and "2022 clause 7.3" in text.stdout


def test_command_line_rejects_bad_input_clearly():
    unknown = _cli("no-such-guide")
    assert unknown.returncode == 2 and "no guide 'no-such-guide'" in unknown.stderr
    bad = _cli("inspect-documents", "--answer", "doc-kind=nonsense", "--json")
    assert bad.returncode == 1 and json.loads(bad.stdout)["error"]
    malformed = _cli("inspect-documents", "--answer", "doc-kind")
    assert malformed.returncode == 2 and "QUESTION=ANSWER" in malformed.stderr


def test_check_reports_a_guide_citing_a_missing_clause(root, tmp_path):
    import shutil

    from protocol.checks import check

    shutil.copytree(root / "docs", tmp_path / "docs")
    shutil.copytree(root / "guides", tmp_path / "guides",
                    ignore=shutil.ignore_patterns("__pycache__"))
    path = tmp_path / "guides" / "inspect_documents.py"
    text = path.read_text(encoding="utf-8")
    assert '("2022", "7.3")' in text
    path.write_text(text.replace('("2022", "7.3")', '("2022", "7.99")', 1), encoding="utf-8")
    # Run in a fresh interpreter so the copied package, not the imported one, is checked.
    result = subprocess.run([sys.executable, "-m", "protocol", "check", "--root", str(tmp_path)],
                            capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode == 1
    assert "guides/inspect_documents.py:" in result.stderr and "7.99" in result.stderr


def test_command_line_prints_the_whole_outcome_as_the_site_shows_it():
    # next steps, who to contact and the earlier version's position, not only the answer
    args = ("unhappy-with-officer", "--answer", "who=chief-executive", "--answer", "how=private")
    outcome = guides.get("unhappy-with-officer").outcome("raise-with-monitoring-officer")
    text = _cli(*args).stdout
    for heading in ("What to do next:", "Who to contact:", "What the earlier version said:"):
        assert heading in text
    for words in (*outcome.next_steps, outcome.contact, outcome.earlier):
        assert words in text
    assert "Rests on: 2008 clause 1, 2008 clause 2" in text
    shown = json.loads(_cli(*args, "--json").stdout)
    # the documented shape is kept; the rest of the outcome is added
    assert {"question", "outcome", "cites"} <= set(shown)
    assert shown["next_steps"] == list(outcome.next_steps)
    assert shown["contact"] == outcome.contact and shown["contacts"] == ["monitoring-officer"]
    assert shown["earlier"] == outcome.earlier
    assert shown["earlier_cites"] == [{"version": "2008", "clause": "1"},
                                      {"version": "2008", "clause": "2"}]
