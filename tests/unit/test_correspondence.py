"""Curated correspondences (docs/_data/correspondence/) and the guides' drift warnings, as
`protocol check` reports them: `file:line: message`, warnings without failing the check."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import guides
from protocol.checks import check
from protocol.sources.versions import load_corpus
from protocol.checks.correspondence import correspondence_problems
from protocol.checks.drift import drift_warnings
from protocol.compare import reverse
from protocol.sources.correspondence import (compare_stored, load_correspondences,
                                             read_correspondences)
from tests.support.editing import edit, line_of

CURATED = "docs/_data/correspondence/2008-2022.yml"


# -- the real file -----------------------------------------------------------------------------


def test_the_curated_file_is_valid_and_complete(root):
    corpus = load_corpus(root)
    entries, problems = read_correspondences(root / CURATED, CURATED, corpus.get("2008"),
                                             corpus.get("2022"))
    assert problems == []
    # Every 2008 clause, and the introduction, is accounted for, each with a one-line reason
    # (a clause may be in several entries: 15 lives on in 1.4 and in 2.3 and 3.4).
    assert {c for e in entries for c in e["from"]} == {"preamble"} | {
        c.id for c in corpus.get("2008").clauses}
    assert all(e["rationale"] and "\n" not in e["rationale"] for e in entries)
    assert correspondence_problems(root, corpus) == []


def test_the_real_sources_have_no_drift(root):
    assert [p for p in check(root) if p.warning and "review the outcome" in p.message] == []


@pytest.mark.parametrize("old, new", [
    ("6", "6.1"), ("7", "7.1"), ("8", "7.4"), ("10", "7.3"), ("11", "7.9 7.10"),
    ("12", "8.1 4.1"), ("13", "3.3"), ("15", "1.4"), ("15", "2.3 3.4"), ("2", "2.3"),
    ("preamble", "1.1"),
])
def test_curated_pairs_show_as_corresponding(root, old, new):
    comparison = compare_stored(root, load_corpus(root), "2008", "2022")
    pair = next(p for p in comparison.pairs if p.from_ids == (old,)
                and p.to_ids == tuple(new.split()))
    assert pair.source == "curated" and pair.rationale
    assert pair.kind == ("preamble" if old == "preamble" else "clause")


def test_curated_pairs_are_counted_as_corresponding_and_each_clause_once(root):
    comparison = compare_stored(root, load_corpus(root), "2008", "2022")
    summary = comparison.summary()
    assert "changed" not in summary
    # preamble, 2, 6, 7, 8, 10, 13, 15 -> 1.4; the second entry for 15 is not counted again.
    assert summary["corresponds"] == 8
    assert summary["split"] == 4  # 1, 3, 11, 12
    assert summary["removed"] == 5  # 4, 5, 9, 14, 16
    assert summary["headings_added"] == 12
    # Only the pairs out of the longest run in order are moved (a split keyed on its first
    # clause in the 2022 order); 15's second entry is counted once.
    moved = [" ".join(p.from_ids) + ">" + " ".join(p.to_ids) for p in comparison.pairs if p.moved]
    assert moved == ["15>1.4", "3>1.7 3.2", "15>2.3 3.4", "13>3.3", "12>8.1 4.1", "8>7.4"]
    assert summary["moved"] == 5


def test_reverse_swaps_the_sides(root):
    corpus = load_corpus(root)
    forward = load_correspondences(root, corpus, "2008", "2022")
    backward = load_correspondences(root, corpus, "2022", "2008")
    assert backward == reverse(forward)
    assert {"from": ["2.1", "2.2"], "to": ["1"]}.items() <= next(
        e for e in backward if e["to"] == ["1"]).items()


# -- check rejects bad curated files with file:line ----------------------------------------------

CASES = [
    # (old, new, needle on the line to blame, message fragment)
    ('to: "6.1"', 'to: "6.9"', 'to: "6.9"', "clause '6.9' is not in version 2022"),
    ('from: "7"\n', 'from: "77"\n', 'from: "77"', "clause '77' is not in version 2008"),
    # A clause may be in several entries, but the same entry twice is a slip.
    ('  - from: "7"\n    to: "7.1"\n', '  - from: "6"\n    to: "6.1"\n', '  - from: "6"\n',
     "this correspondence repeats the one at line"),
    ('to: "7.4"', "to: 7.4", "to: 7.4", "clause id 7.4 reads as a number; quote it"),
    ('  - from: preamble\n', '  - from: "1"\n    to: preamble\n    rationale: x\n  - from: preamble\n',
     "to: preamble", "clause 'preamble' is not in version 2022 (it has no preamble)"),
    ("    rationale: Support services are provided", "    reason: Support services are provided",
     "reason:", "unknown field 'reason'"),
    ('  - from: "16"\n    to: null\n    rationale: The 2022 version has no review clause.\n',
     '  - from: "16"\n    to: null\n', '- from: "16"', "has no rationale"),
    ('  - from: "16"\n    to: null\n    rationale: The 2022 version has no review clause.\n',
     '  - from: "16"\n    to: null\n    rationale: ""\n', 'rationale: ""', "rationale must be a "
                                                                          "line of text"),
    ('  - from: "16"\n', '  - "16"\n  - from: "16"\n', '  - "16"', "must be a mapping"),
    ('    to: ["1.7", "3.2"]\n', '    to: {"a": 1}\n', 'to: {"a": 1}', "must be a clause id, a list"),
    ('  - from: "4"\n    to: null\n', '  - from: null\n    to: null\n', '- from: null',
     "names no clauses"),
    ('  - from: "9"\n    to: null\n', '  - from: "9"\n', '- from: "9"', "missing to"),
    ("correspondences:\n", "correspondence:\n", "correspondence:", "unknown key 'correspondence'"),
    ('  - from: "6"\n', '  - from: "6\n', '  - from: "6', "not valid YAML"),
]


@pytest.mark.parametrize("old, new, needle, message", CASES, ids=[c[3][:40] for c in CASES])
def test_check_rejects_bad_curated_files(project, old, new, needle, message):
    path = project / CURATED
    edit(path, old, new)
    problems = [p for p in check(project) if not p.warning]
    found = [str(p) for p in problems if p.path == CURATED]
    assert found, [str(p) for p in problems]
    if "not valid YAML" in message:
        assert any(message in f for f in found), found
        return
    occurrence = 2 if "repeats" in message else 1
    line = line_of(path, needle, occurrence)
    assert any(f.startswith(f"{CURATED}:{line}: ") and message in f for f in found), found


def test_a_file_name_that_names_no_two_versions(project):
    shutil.copy(project / CURATED, project / "docs/_data/correspondence/2008-2030.yml")
    assert "docs/_data/correspondence/2008-2030.yml:1: file name must be <from>-<to>.yml" in \
        "\n".join(str(p) for p in check(project))


def test_a_file_for_versions_that_are_not_consecutive(project):
    shutil.copy(project / CURATED, project / "docs/_data/correspondence/2022-2008.yml")
    assert "docs/_data/correspondence/2022-2008.yml:1: 2022 and 2008 are not consecutive" in \
        "\n".join(str(p) for p in check(project))


def test_check_exits_non_zero_with_file_and_line(project):
    edit(project / CURATED, 'to: "6.1"', 'to: "6.9"')
    result = subprocess.run([sys.executable, "-m", "protocol", "check", "--root", str(project)],
                            capture_output=True, text=True)
    assert result.returncode == 1
    assert f"{CURATED}:" in result.stderr and "'6.9' is not in version 2022" in result.stderr


# -- drift: guides written against a version that a later one changed ---------------------------


def _later_version(project: Path, version_id: str = "2030", edit=None) -> Path:
    """A synthetic later version: the 2022 text, a newer date, and ``edit`` applied."""
    text = (project / "docs/protocol/2022.md").read_text(encoding="utf-8")
    text = text.replace('id: "2022"', f'id: "{version_id}"', 1)
    text = text.replace('date: "2022-01-04"', f'date: "{version_id}-01-01"', 1)
    if edit:
        old, new = edit
        assert old in text
        text = text.replace(old, new, 1)
    path = project / "docs/protocol" / f"{version_id}.md"
    path.write_text(text, encoding="utf-8")
    return path


def _cites(version: str, clause: str) -> list[tuple[str, str]]:
    return [(g.id, o.id) for g in guides.all_guides() for o in g.outcomes
            if (version, clause) in o.cites + o.earlier_cites]


def test_a_later_version_that_changes_a_cited_clause_warns(project):
    _later_version(project, edit=("Members have a statutory right", "Members have a legal right"))
    problems = check(project)
    assert [str(p) for p in problems if not p.warning] == []
    drift = [p for p in problems if p.warning and "review the outcome" in p.message]
    citing = _cites("2022", "7.3")
    assert citing, "test setup: some guide outcome cites 2022 clause 7.3"
    assert sorted((m.split("'")[1], m.split("'")[3]) for m in (p.message for p in drift)) == \
        sorted(citing)
    for p in drift:
        assert "cites 2022 clause 7.3" in p.message
        assert "the corresponding clause in the 2030 version (7.3) reads differently" in p.message
        assert p.path.startswith("guides/") and p.line > 0
    guide = guides.get(citing[0][0])
    outcome = guide.outcome(citing[0][1])
    assert any(p.path == outcome.file and p.line == outcome.line for p in drift)


def test_drift_is_a_warning_and_check_still_passes(project):
    _later_version(project, edit=("Members have a statutory right", "Members have a legal right"))
    result = subprocess.run([sys.executable, "-m", "protocol", "check", "--root", str(project)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "warning: guide 'inspect-documents', outcome 'statutory-right': cites 2022 clause " \
           "7.3" in result.stdout


def test_a_later_version_without_the_clause_warns(project):
    path = _later_version(project)
    # Drop 11.1 (its section keeps no clause, so drop the heading too).
    text = path.read_text(encoding="utf-8")
    start = text.index("## 11. Involvement of Ward Councillors")
    end = text.index("## 12. Breaches of the Protocol")
    text = text[:start] + text[end:].replace("## 12. Breaches", "## 11. Breaches", 1)
    text = text.replace("### 12.", "### 11.")
    path.write_text(text, encoding="utf-8")
    corpus = load_corpus(project)
    drift = drift_warnings(project, corpus, guides.all_guides())
    about = [p.message for p in drift if "cites 2022 clause 11.1" in p.message]
    assert about and len(about) == len(_cites("2022", "11.1"))
    assert all("the 2030 version has no corresponding clause" in m for m in about)


def test_an_unchanged_later_version_does_not_warn(project):
    _later_version(project)
    corpus = load_corpus(project)
    assert drift_warnings(project, corpus, guides.all_guides()) == []


def test_a_renumbered_but_unchanged_clause_does_not_warn(project):
    # 7.10 and 7.11 swap places: same words, new numbers.
    path = _later_version(project)
    text = path.read_text(encoding="utf-8")
    a = text.index("### 7.10\n")
    b = text.index("### 7.11\n")
    c = text.index("## 8. ")
    first, second = text[a + len("### 7.10\n"):b], text[b + len("### 7.11\n"):c]
    text = text[:a] + "### 7.10\n" + second + "### 7.11\n" + first + text[c:]
    path.write_text(text, encoding="utf-8")
    corpus = load_corpus(project)
    assert drift_warnings(project, corpus, guides.all_guides()) == []
