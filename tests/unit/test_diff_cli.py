"""`protocol diff A B [--format text|html|json]`: formats, curated pairs, drafts and errors."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from protocol.cli import main
from protocol.compare import normalise
from protocol.sources.versions import load_corpus

# Curated pairs count as "corresponds", never as "changed"; each clause once; only the pairs out
# of order are moved, renumbering alone is not.
SUMMARY_2008_2022 = {"corresponds": 8, "split": 4, "added": 40, "removed": 5, "moved": 5,
                     "renumbered": 11, "substantive": 12, "headings_added": 12}


def run(capsys, *argv) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def run_json(capsys, *argv) -> dict:
    status, out, err = run(capsys, "diff", *argv, "--format", "json")
    assert status == 0, err
    return json.loads(out)


def by_from(data: dict) -> dict:
    return {json.dumps(p["from"]): p for p in data["pairs"]}


def texts(pair: dict) -> tuple[str, str]:
    """(old, new) text rebuilt from a pair's ops."""
    old = "".join(op["text"] for op in pair["ops"] if op["op"] in ("equal", "delete"))
    new = "".join(op["text"] for op in pair["ops"] if op["op"] in ("equal", "insert"))
    return old, new


# -- the stored versions ------------------------------------------------------------------------


def test_json_2008_to_2022_uses_the_curated_correspondences(capsys, root):
    data = run_json(capsys, "2008", "2022", "--root", str(root))
    assert data["from"] == "2008" and data["to"] == "2022"
    assert data["summary"] == SUMMARY_2008_2022
    pairs = by_from(data)
    support = pairs['"6"']
    assert (support["to"], support["status"], support["source"]) == ("6.1", "changed", "curated")
    assert support["rationale"]
    assert pairs['"1"']["to"] == ["2.1", "2.2"] and pairs['"1"']["status"] == "split"
    assert pairs['"4"']["to"] is None and pairs['"4"']["status"] == "removed"
    corpus = load_corpus(root)
    assert pairs['"preamble"']["kind"] == "preamble" and pairs['"preamble"']["to"] == "1.1"
    for pair in data["pairs"]:
        assert set(pair) >= {"kind", "from", "to", "status", "moved", "renumbered", "source",
                             "substance", "similarity", "ops"}
        if pair["kind"] != "clause":
            continue
        assert 0 <= pair["similarity"] <= 1
        old_ids = [pair["from"]] if isinstance(pair["from"], str) else pair["from"] or []
        new_ids = [pair["to"]] if isinstance(pair["to"], str) else pair["to"] or []
        old = "\n\n".join(corpus.clause("2008", c).text for c in old_ids)
        new = "\n\n".join(corpus.clause("2022", c).text for c in new_ids)
        assert texts(pair) == (normalise(old), normalise(new))
    # Pairs come in the order of 2022, removed clauses where they stood.
    order = [p["to"] for p in data["pairs"] if isinstance(p["to"], str) and p["kind"] != "heading"]
    assert order == sorted(order, key=lambda c: [int(n) for n in c.split(".")])
    assert sum(1 for p in data["pairs"] if p["source"] == "curated") == 18


def test_either_order_reads_the_curated_file_backwards(capsys, root):
    data = run_json(capsys, "2022", "2008", "--root", str(root))
    assert data["summary"] == {"corresponds": 8, "merged": 5, "added": 5, "removed": 40,
                               "moved": 6, "renumbered": 12, "substantive": 13,
                               "headings_removed": 12}
    merged = next(p for p in data["pairs"] if p["to"] == "1")
    assert merged["from"] == ["2.1", "2.2"] and merged["status"] == "merged"
    assert merged["source"] == "curated"


def test_text_format_is_a_readable_report(capsys, root):
    status, out, _ = run(capsys, "diff", "2008", "2022", "--root", str(root))
    assert status == 0
    first = out.splitlines()[0]
    assert first == ("2008 → 2022: 8 curated correspondences, 4 split, 40 added, 5 removed, "
                     "5 moved, 11 renumbered, 12 substantive changes, 12 headings added")
    assert "\n6 corresponds to 6.1\n" in out
    assert "\n15 corresponds to 1.4, moved from 15 to 1.4 (section 1)\n" in out
    assert "\nPreamble corresponds to 1.1\n" in out
    assert "\nHeading of section 9 added\n  {+Correspondence+}\n" in out
    assert "Curated correspondence: Support services" in out
    assert "[-" in out and "{+" in out


def test_html_format_is_a_page_with_ins_and_del(capsys, root):
    status, out, _ = run(capsys, "diff", "2008", "2022", "--format", "html", "--root", str(root))
    assert status == 0
    assert out.startswith("<!doctype html>")
    assert "<del>" in out and "<ins>" in out
    assert 'data-source="curated"' in out and "corresponds to" in out


def test_html_and_text_formats_show_the_stored_versions_editorial_notes(capsys, root):
    status, out, _ = run(capsys, "diff", "2008", "2022", "--format", "html", "--root", str(root))
    assert status == 0
    assert ('aria-label="Editorial note on clause 7.1, 2022 version"><p><strong>Editorial note '
            '(2022 version):</strong> &quot;memberconcerned&quot; is printed as one word') in out
    assert "Editorial note on clause 2.3, 2022 version" in out
    status, out, _ = run(capsys, "diff", "2008", "2022", "--root", str(root))
    assert status == 0
    assert ('\n  [Editorial note (2022 version): "memberconcerned" is printed as one word in the '
            'source; it reads "member concerned".]\n') in out


def test_a_version_against_itself_is_all_unchanged(capsys, root):
    data = run_json(capsys, "2022", "2022", "--root", str(root))
    assert data["summary"] == {"unchanged": 57, "moved": 0, "renumbered": 0}
    assert {p["status"] for p in data["pairs"]} == {"unchanged"}
    assert sum(p["kind"] == "heading" for p in data["pairs"]) == 12


def test_a_path_to_a_stored_version_is_that_version(capsys, root):
    data = run_json(capsys, "docs/protocol/2008.md", "2022", "--root", str(root))
    assert data["summary"] == SUMMARY_2008_2022  # curated, as for the ids


def test_the_console_script_and_module_agree(root):
    a = subprocess.run([sys.executable, "-m", "protocol", "diff", "2008", "2022", "--format",
                        "json"], cwd=root, capture_output=True, text=True)
    assert a.returncode == 0, a.stderr
    assert json.loads(a.stdout)["summary"] == SUMMARY_2008_2022


# -- drafts ---------------------------------------------------------------------------------------


def test_a_draft_with_the_same_id_as_the_version_it_revises(capsys, root, tmp_path):
    text = (root / "docs/protocol/2022.md").read_text(encoding="utf-8")
    assert text.count("Members have a statutory right") == 1
    draft = tmp_path / "2022.md"
    draft.write_text(text.replace("Members have a statutory right",
                                  "Members have a legal right"), encoding="utf-8")
    data = run_json(capsys, "2022", str(draft), "--root", str(root))
    assert data["from"] == "2022" and data["to"] == str(draft)
    assert data["summary"] == {"unchanged": 56, "changed": 1, "moved": 0, "renumbered": 0,
                               "substantive": 1}
    changed = next(p for p in data["pairs"] if p["status"] == "changed")
    assert changed["from"] == changed["to"] == "7.3"
    edits = [(op["op"], op["text"].strip()) for op in changed["ops"] if op["op"] != "equal"]
    assert edits == [("delete", "statutory"), ("insert", "legal")]


def test_a_plain_text_draft(capsys, root, tmp_path):
    corpus = load_corpus(root)
    lines = []
    for clause in corpus.get("2008").clauses:
        text = clause.text
        if clause.id == "13":
            text = text.replace("political bias", "party political bias")
        lines.append(f"{clause.id}.  {text}\n")
    draft = tmp_path / "draft.txt"
    draft.write_text("Appendix A\n\nProtocol\n\n" + "\n".join(lines), encoding="utf-8")
    data = run_json(capsys, "2008", str(draft), "--root", str(root))
    assert data["summary"] == {"unchanged": 15, "changed": 1, "moved": 0, "renumbered": 0,
                               "substantive": 1}
    pair = next(p for p in data["pairs"] if p["status"] == "changed")
    assert pair["from"] == "13"
    assert [op for op in pair["ops"] if op["op"] != "equal"] == [{"op": "insert",
                                                                  "text": "party "}]


OLD = """\
## 1. General

### 1.1

Members and Officers should treat one another with courtesy and respect at all times.

### 1.2

Officers give advice to the Council and implement the policies it has agreed.

### 1.3

A Member who is unhappy with an Officer should raise the matter with the Chief Executive.

## 2. Groups

### 2.1

Party group meetings are not empowered to make decisions on behalf of the Council.

### 2.2

Members have a right of access to documents needed to carry out their duties. Officers must not be asked to support a particular political party in their work.

### 2.3

The Monitoring Officer will review this protocol every two years and report to the Council.

### 2.4

Ward members are told about public meetings in their ward.

### 2.5

They are also told about consultations on local issues at the outset.

## 3. Press

### 3.1

Press releases are signed off by the appropriate Director after consultation with the Leader.

### 3.2

Officers never make political comment to the press on behalf of the Council.
"""

# A changed word (1.1), a deleted clause (1.3), an inserted clause (1.3 new), a moved and
# renumbered section (Press becomes section 2), a split paragraph (2.2 old -> 3.2 + 3.3) and two
# merged paragraphs (2.4 + 2.5 old -> 3.5).
NEW = """\
## 1. General

### 1.1

Members and Officers should treat one another with courtesy and consideration at all times.

### 1.2

Officers give advice to the Council and implement the policies it has agreed.

### 1.3

Complaints about the conduct of a Member are made to the Monitoring Officer in writing.

## 2. Press

### 2.1

Press releases are signed off by the appropriate Director after consultation with the Leader.

### 2.2

Officers never make political comment to the press on behalf of the Council.

## 3. Groups

### 3.1

Party group meetings are not empowered to make decisions on behalf of the Council.

### 3.2

Members have a right of access to documents needed to carry out their duties.

### 3.3

Officers must not be asked to support a particular political party in their work.

### 3.4

The Monitoring Officer will review this protocol every two years and report to the Council.

### 3.5

Ward members are told about public meetings in their ward. They are also told about consultations on local issues at the outset.
"""


def test_synthetic_versions_with_known_edits(capsys, root, tmp_path):
    old, new = tmp_path / "old.md", tmp_path / "new.md"
    old.write_text(OLD, encoding="utf-8")
    new.write_text(NEW, encoding="utf-8")
    data = run_json(capsys, str(old), str(new), "--root", str(root))
    got = [(p["from"], p["to"], p["status"], p["moved"], p["source"]) for p in data["pairs"]
           if p["kind"] == "clause"]
    headings = [(p["from"], p["to"], p["status"], p["moved"]) for p in data["pairs"]
                if p["kind"] == "heading"]
    assert headings == [("1", "1", "unchanged", False), ("3", "2", "unchanged", True),
                        ("2", "3", "unchanged", False)]
    assert got == [
        ("1.1", "1.1", "changed", False, "computed"),
        ("1.2", "1.2", "unchanged", False, "computed"),
        ("1.3", None, "removed", False, "computed"),
        (None, "1.3", "added", False, "computed"),
        ("3.1", "2.1", "unchanged", True, "computed"),
        ("3.2", "2.2", "unchanged", True, "computed"),
        ("2.1", "3.1", "unchanged", False, "computed"),
        ("2.2", ["3.2", "3.3"], "split", False, "computed"),
        ("2.3", "3.4", "unchanged", False, "computed"),
        (["2.4", "2.5"], "3.5", "merged", False, "computed"),
    ]
    # Section 3 (two clauses) moved ahead of section 2 (five): only the two are moved; the
    # rest are renumbered in place.
    assert data["summary"] == {"unchanged": 5, "changed": 1, "split": 1, "merged": 1,
                               "added": 1, "removed": 1, "moved": 2, "renumbered": 6,
                               "substantive": 1, "headings_moved": 1}
    assert data["pairs"][1]["ops"] == [
        {"op": "equal", "text": "Members and Officers should treat one another with courtesy and "},
        {"op": "delete", "text": "respect "},
        {"op": "insert", "text": "consideration "},
        {"op": "equal", "text": "at all times."},
    ]
    split = next(p for p in data["pairs"] if p["status"] == "split")
    first = "Members have a right of access to documents needed to carry out their duties."
    assert split["starts"] == {"from": [0], "to": [0, len(first) + 2]}  # after "\n\n"
    assert [op["op"] for op in split["ops"]] == ["equal", "delete", "insert", "equal"]


# -- errors ---------------------------------------------------------------------------------------


def test_an_unknown_id_exits_2_with_a_clear_message(capsys, root):
    status, out, err = run(capsys, "diff", "2008", "2099", "--root", str(root))
    assert status == 2 and out == ""
    assert "2099: no such version (known versions: 2008, 2022)" in err


def test_a_missing_file_exits_2(capsys, root, tmp_path):
    missing = tmp_path / "nope.md"
    status, _, err = run(capsys, "diff", "2022", str(missing), "--root", str(root))
    assert status == 2 and f"{missing}: no such version" in err


def test_a_bad_file_exits_2_with_file_and_line(capsys, root, tmp_path):
    bad = tmp_path / "bad.md"
    bad.write_text('---\nid: "2022"\n---\n\n## 1. Introduction\n\n### 1.1\n\nSome *emphasis*.\n'
                   "\n### 1.1\n\nAgain.\n", encoding="utf-8")
    status, out, err = run(capsys, "diff", "2022", str(bad), "--root", str(root))
    assert status == 2 and out == ""
    assert f"{bad}:9: inline markup" in err
    assert f"{bad}:11: duplicate clause id 1.1" in err


def test_a_file_without_clauses_exits_2(capsys, root, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("Just a title\n\nand some words.\n", encoding="utf-8")
    status, _, err = run(capsys, "diff", str(empty), "2022", "--root", str(root))
    assert status == 2 and f"{empty}:1: no numbered clauses found" in err


def test_a_broken_curated_file_stops_the_diff_with_file_and_line(capsys, root, tmp_path):
    shutil.copytree(root / "docs", tmp_path / "docs")
    curated = tmp_path / "docs/_data/correspondence/2008-2022.yml"
    text = curated.read_text(encoding="utf-8")
    curated.write_text(text.replace('to: "6.1"', 'to: "6.9"'), encoding="utf-8")
    line = curated.read_text(encoding="utf-8").splitlines().index('    to: "6.9"') + 1
    status, _, err = run(capsys, "diff", "2008", "2022", "--root", str(tmp_path))
    assert status == 2
    assert f"docs/_data/correspondence/2008-2022.yml:{line}: clause '6.9' is not in version 2022" \
        in err
    # Ids the file does not cover still compare (computed only).
    status, _, _ = run(capsys, "diff", "2022", "2022", "--root", str(tmp_path))
    assert status == 0


def test_the_formats_are_the_three_documented(capsys, root):
    with pytest.raises(SystemExit) as exc:
        main(["diff", "2008", "2022", "--format", "xml"])
    assert exc.value.code == 2
    capsys.readouterr()


def test_json_is_the_same_in_the_cli_and_the_engine(capsys, root):
    from protocol.sources.correspondence import compare_stored

    data = run_json(capsys, "2008", "2022", "--root", str(root))
    engine = compare_stored(Path(root), load_corpus(root), "2008", "2022").to_json()
    for pair in data["pairs"]:
        pair.pop("rationale", None)
    assert data == engine
