"""Issue 13: what a Monitoring Officer reviewing a revision would be misled by, each reproduced on
edits to a copy of the 2022 text (and the 2008 -> 2022 comparison), with the exact pairs,
statuses, moved / renumbered / kind / substance and ops that must come out."""
from __future__ import annotations

import json
import re

import pytest

import guides
from protocol.authoring import ProblemsError
from protocol.compare import compare, render_html, render_text
from protocol.compare.api import compare_draft_json
from protocol.compare.draft import compare_draft, read_draft
from protocol.compare.report import pair_title
from protocol.site.compare import outcomes_json
from protocol.site.opendata import protocol_json
from protocol.sources.correspondence import compare_stored, compare_versions
from tests.support.synthetic import SimpleClause

# -- helpers: a copy of the 2022 text, edited, as plain numbered text ------------------------


def plain(sections, clauses, *, bullets: bool = True) -> str:
    """A version as a word-processed draft: "7. Title" headings, then "7.3 text" clauses.
    ``bullets=False`` drops the bullet marks, as copying a web page's list does."""
    lines = []
    for number, title in sections:
        lines.append(f"{number}. {title}")
        lines.append("")
        for cid, text in clauses:
            if cid.split(".")[0] != number:
                continue
            if not bullets:
                text = text.replace("• ", "")
            lines.append(f"{cid} {text}")
            lines.append("")
    return "\n".join(lines)


def copy_2022(corpus):
    version = corpus.get("2022")
    return ([(s.number, s.title) for s in version.sections],
            [(c.id, c.text) for c in version.clauses])


def renumber(clauses, section: str):
    """Renumber one section's top-level clauses 1, 2, 3 ... in order (sub-clauses follow)."""
    out, k = [], 0
    for cid, text in clauses:
        parts = cid.split(".")
        if parts[0] == section and len(parts) == 2:
            k += 1
            cid = f"{section}.{k}"
        out.append((cid, text))
    return out


def draft_comparison(corpus, text: str, partial: bool = False):
    version = corpus.get("2022")
    draft = read_draft(text)
    return compare_draft(version.clauses, version.sections, draft, partial=partial,
                         from_label="2022", to_label="draft")


def pairs(comparison, kind="clause"):
    return [(p.from_ids, p.to_ids, p.status, p.moved, p.renumbered) for p in comparison.pairs
            if p.kind == kind and (p.status != "unchanged" or p.moved or p.renumbered)]


# -- renumbering is not moving ------------------------------------------------------------------


def test_a_clause_inserted_as_7_6_renumbers_the_rest_and_moves_nothing(corpus):
    sections, clauses = copy_2022(corpus)
    at = [cid for cid, _ in clauses].index("7.6")
    new_text = "Members may ask the Monitoring Officer to review a refusal of access."
    edited = renumber(clauses[:at] + [("7.new", new_text)] + clauses[at:], "7")
    result = draft_comparison(corpus, plain(sections, edited))
    assert pairs(result) == [
        ((), ("7.6",), "added", False, False),
        (("7.6",), ("7.7",), "unchanged", False, True),
        (("7.7",), ("7.8",), "unchanged", False, True),
        (("7.8",), ("7.9",), "unchanged", False, True),
        (("7.9",), ("7.10",), "unchanged", False, True),
        (("7.10",), ("7.11",), "unchanged", False, True),
        (("7.11",), ("7.12",), "unchanged", False, True),
    ]
    summary = result.summary()
    assert summary["moved"] == 0 and summary["renumbered"] == 6 and summary["added"] == 1
    assert render_text(result).startswith("2022 → draft: 57 unchanged, 1 added, 0 moved, "
                                          "6 renumbered")


def test_moving_9_2_to_the_end_of_section_10_moves_it_and_only_renumbers_9_3(corpus):
    sections, clauses = copy_2022(corpus)
    moved = next(c for c in clauses if c[0] == "9.2")
    body = [c for c in clauses if c[0] != "9.2"]
    at = max(k for k, (cid, _) in enumerate(body) if cid.startswith("10.")) + 1
    body = body[:at] + [("10.x", moved[1])] + body[at:]
    edited = renumber(renumber(body, "9"), "10")
    result = draft_comparison(corpus, plain(sections, edited))
    assert pairs(result) == [
        (("9.3",), ("9.2",), "unchanged", False, True),
        (("9.2",), ("10.4",), "unchanged", True, True),
    ]
    pair = next(p for p in result.pairs if p.moved)
    assert pair_title(pair) == "9.2 → 10.4 unchanged, moved from 9.2 (section 9) to 10.4 (section 10)"
    assert result.summary()["moved"] == 1
    # A moved clause is never folded away with the unchanged ones.
    html = render_html(result)
    article = re.search(r'<article class="diff-pair"[^>]*data-moved="true".*?</article>', html,
                        re.S).group(0)
    assert "moved from 9.2 (section 9) to 10.4 (section 10)" in article
    collapsed = "".join(re.findall(r"<details class=\"diff-unchanged\">.*?</details>", html, re.S))
    assert 'data-moved="true"' not in collapsed
    assert 'data-from="9.3" data-to="9.2"' in collapsed  # a renumbering alone is folded away
    # The same in the plain-text report.
    text = render_text(result)
    assert "\n9.2 → 10.4 unchanged, moved from 9.2 (section 9) to 10.4 (section 10)\n" in text


def test_moved_pairs_are_deterministic_and_the_tie_break_keeps_larger_sections(corpus):
    # Swap sections 10 (3 clauses) and 11 (more): either could be "the one that moved"; the
    # larger stays in place, and the result is the same on every run.
    sections, clauses = copy_2022(corpus)
    ten = [c for c in clauses if c[0].startswith("10.")]
    eleven = [c for c in clauses if c[0].startswith("11.")]
    assert len(eleven) != len(ten)
    rest_before = [c for c in clauses if c[0].split(".")[0] not in ("10", "11", "12")]
    twelve = [c for c in clauses if c[0].startswith("12.")]
    swapped = rest_before + eleven + ten + twelve
    results = [compare(corpus.get("2022").clauses,
                       [SimpleClause(cid, text) for cid, text in swapped]) for _ in range(3)]
    moved = [[p.from_ids for p in r.pairs if p.moved] for r in results]
    assert moved[0] == moved[1] == moved[2]
    smaller = ten if len(ten) < len(eleven) else eleven
    assert moved[0] == [(cid,) for cid, _ in smaller]


# -- headings and unnumbered text ---------------------------------------------------------------


def test_renaming_a_section_heading_is_reported(corpus):
    sections, clauses = copy_2022(corpus)
    sections = [(n, "Letters and Emails" if n == "9" else t) for n, t in sections]
    result = draft_comparison(corpus, plain(sections, clauses))
    heading = [p for p in result.pairs if p.kind == "heading" and p.status != "unchanged"]
    assert [(p.from_ids, p.to_ids, p.status, p.substance) for p in heading] == [
        (("9",), ("9",), "changed", "substantive")]
    assert heading[0].ops == [("delete", "Correspondence"), ("insert", "Letters and Emails")]
    assert result.summary()["headings_renamed"] == 1
    assert "1 heading renamed" in render_text(result).splitlines()[0]
    assert 'Heading of section <span class="diff-id">9</span> renamed' in render_html(result)
    # It stands just before the section's first clause.
    order = [(p.kind, p.to_ids) for p in result.pairs]
    assert order.index(("heading", ("9",))) + 1 == order.index(("clause", ("9.1",)))


def test_the_2008_introduction_pairs_with_2022_1_1(root, corpus):
    data = compare_stored(root, corpus, "2008", "2022").to_json()
    preamble = [p for p in data["pairs"] if p["kind"] == "preamble"]
    assert [(p["from"], p["to"], p["status"], p["source"]) for p in preamble] == [
        ("preamble", "1.1", "changed", "curated")]
    assert not any(p["to"] == "1.1" and p["status"] == "added" for p in data["pairs"])


def test_protocol_json_lists_each_versions_sections(corpus):
    data = protocol_json(corpus)
    by_id = {v["id"]: v for v in data["versions"]}
    assert by_id["2022"]["sections"][8] == {"id": "9", "title": "Correspondence", "anchor": "s9"}
    assert by_id["2008"]["sections"] == []


# -- a clause rewritten at its own number ------------------------------------------------------


def test_12_3_rewritten_in_place_is_changed_not_removed_and_added(corpus):
    sections, clauses = copy_2022(corpus)
    rewrite = ("Any Member who believes an Officer has breached this protocol should tell the "
               "Monitoring Officer, who will decide what action, if any, to take.")
    edited = [(cid, rewrite if cid == "12.3" else text) for cid, text in clauses]
    result = draft_comparison(corpus, plain(sections, edited))
    assert pairs(result) == [(("12.3",), ("12.3",), "changed", False, False)]
    pair = next(p for p in result.pairs if p.status == "changed")
    assert pair.substance == "substantive"
    # One deletion and one insertion (the full stop they share stays).
    assert pair.ops[:2] == [("delete", corpus.clause("2022", "12.3").text[:-1]),
                            ("insert", rewrite[:-1])]
    assert pair.ops[2:] == [("equal", ".")]


# -- editorial against substantive ---------------------------------------------------------------


def test_straight_quotes_for_curly_are_editorial_and_real_edits_stand_out(corpus):
    sections, clauses = copy_2022(corpus)
    straight = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})
    curly = {cid for cid, text in clauses if text != text.translate(straight)}
    assert len(curly) > 20
    edited = []
    for cid, text in clauses:
        text = text.translate(straight)
        if cid == "7.3":
            text = text.replace("meeting. This right", "meeting; this right")
        if cid == "9.1":
            text = text.replace("should not normally be copied", "should not normally, be copied")
        edited.append((cid, text))
    result = draft_comparison(corpus, plain(sections, edited))
    summary = result.summary()
    assert summary["substantive"] == 2
    assert summary["editorial"] == len(curly - {"7.3", "9.1"})
    substantive = [p for p in result.pairs if p.substance == "substantive"]
    assert [p.to_ids for p in substantive] == [("7.3",), ("9.1",)]
    html = render_html(result)
    # The editorial ones are in their own collapsed group; the two real edits are not.
    group = re.search(r'<details class="diff-editorial">.*?</details>', html, re.S).group(0)
    assert group.count('<article class="diff-pair"') == summary["editorial"]
    assert 'data-substance="substantive"' not in group
    assert f"{summary['editorial']} editorial changes only" in group
    outside = html.replace(group, "")
    assert outside.count('data-substance="substantive"') == 2


@pytest.mark.parametrize("old, new, substance", [
    ("The Member’s “need to know”.", 'The Member\'s "need to know".', "editorial"),
    ("Officers – and Members.", "Officers - and Members.", "editorial"),
    ("Officers  and\nMembers.", "officers and members.", "editorial"),
    ("Officers and Members.", "Officers and Members;", "substantive"),
    ("Officers and Members.", "Officers or Members.", "substantive"),
])
def test_substance(old, new, substance):
    pair = compare([SimpleClause("1", old)], [SimpleClause("1", new)]).pairs[0]
    assert (pair.status, pair.substance) == ("changed", substance)


def test_bullet_marks_are_never_words():
    old = "Officers should:\n\n• act fairly\n• act promptly"
    for new in ("Officers should:\n\nact fairly\nact promptly",   # copied from the page
                "Officers should:\n\n- act fairly\n- act promptly".replace("- ", "• "),
                "Officers should: act fairly act promptly"):
        pair = compare([SimpleClause("1", old)], [SimpleClause("1", new)]).pairs[0]
        assert pair.status == "unchanged", new


# -- word ops that read like a careful mark-up ---------------------------------------------------


def test_a_rewritten_sentence_is_one_deletion_and_one_insertion(corpus):
    old = corpus.clause("2022", "3.3").text
    sentence = old.split(". ")[0]
    rewrite = ("In performing their duties Officers must not act in any way which would be "
               "contrary to the principle of political neutrality")
    ops = compare([SimpleClause("3.3", old)],
                  [SimpleClause("3.3", old.replace(sentence, rewrite))]).pairs[0].ops
    changes = [op for op, _ in ops if op != "equal"]
    assert changes == ["delete", "insert"], ops


# -- drafts ------------------------------------------------------------------------------------


def _section_7(corpus) -> str:
    sections, clauses = copy_2022(corpus)
    return plain([s for s in sections if s[0] == "7"], clauses)


def _draft_json(corpus, text: str, partial: bool = False) -> dict:
    current = next(v for v in protocol_json(corpus)["versions"] if v["current"])
    return json.loads(compare_draft_json(json.dumps({
        "draft": text, "name": "draft", "current": current, "partial": partial,
        "outcomes": outcomes_json(guides.all_guides())})))


def test_a_one_section_draft_says_what_it_leaves_out_and_can_compare_only_that(corpus):
    text = _section_7(corpus)
    full = _draft_json(corpus, text)
    assert full["ok"] and full["not_in_draft"] == [str(n) for n in range(1, 13) if n != 7]
    assert full["comparison"]["summary"]["removed"] == 46  # everything else, as asked
    partial = _draft_json(corpus, text, partial=True)
    assert partial["comparison"]["not_in_draft"] == full["not_in_draft"]
    assert partial["comparison"]["summary"] == {"unchanged": 11, "moved": 0, "renumbered": 0}
    assert partial["changed"] == [] and partial["outcomes"] == []
    assert ("Sections 1-6 and 8-12 are not in the draft and were not compared."
            in partial["html"])


def test_a_one_section_markdown_draft_is_read(corpus, root):
    text = (root / "docs/protocol/2022.md").read_text(encoding="utf-8")
    body = text[text.index("## 7."):text.index("## 8.")]
    result = _draft_json(corpus, body, partial=True)
    assert result["ok"], result
    assert result["comparison"]["summary"]["unchanged"] == 11


def test_text_copied_from_the_version_page_compares_as_unchanged(corpus):
    sections, clauses = copy_2022(corpus)
    result = draft_comparison(corpus, plain(sections, clauses, bullets=False))
    assert result.summary() == {"unchanged": 57, "moved": 0, "renumbered": 0}


def test_a_relative_number_typed_twice_or_mistyped_is_refused_with_its_line():
    twice = "7. Access\n\n  5. Five words in clause five.\n\n  6. Six.\n\n  6. Six again.\n"
    with pytest.raises(ProblemsError) as exc:
        read_draft(twice)
    assert [str(p) for p in exc.value.problems] == [
        "draft:7: number 6. is typed twice (first at line 5); number each clause once"]
    mistyped = "6. Support\n\n  1. One.\n\n  2. Two.\n\n17. Access\n"
    with pytest.raises(ProblemsError) as exc:
        read_draft(mistyped)
    assert [str(p) for p in exc.value.problems] == [
        "draft:7: number 17. is out of sequence after 6. (line 1); check the numbering"]


def test_a_skipped_number_is_a_warning_and_out_of_sequence_is_an_error():
    draft = read_draft("7.1 One.\n\n7.3 Three.\n")
    assert [c.id for c in draft.clauses] == ["7.1", "7.3"]
    assert [str(w) for w in draft.warnings] == [
        "draft:3: warning: clause 7.3 follows 7.1: a number is skipped (a deleted clause?)"]
    with pytest.raises(ProblemsError) as exc:
        read_draft("7.3 Three.\n\n7.1 One.\n")
    assert str(exc.value.problems[0]) == "draft:3: clause 7.1 is out of sequence (after 7.3)"
    with pytest.raises(ProblemsError) as exc:
        read_draft("## 7. A\n\n### 7.2\n\nTwo.\n\n### 7.1\n\nOne.\n")
    assert "clause 7.1 is out of sequence (after 7.2)" in str(exc.value.problems[0])


def test_guides_list_only_outcomes_whose_clauses_changed_in_substance(corpus):
    sections, clauses = copy_2022(corpus)
    straight = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})
    at = [cid for cid, _ in clauses].index("7.9")
    inserted = ("7.new", "Members may ask for information in a format that suits them.")
    edited = [(cid, text.translate(straight)) for cid, text in clauses]  # editorial only
    edited = renumber(edited[:at] + [inserted] + edited[at:], "7")
    edited = [(cid, text.replace("must not disclose", "must never disclose")
               if cid == "7.11" else text) for cid, text in edited]
    result = _draft_json(corpus, plain(sections, edited))
    assert result["changed"] == ["7.10"]  # 7.10 is now 7.11 and says "never"
    cited = {o["outcome"]: o for o in result["outcomes"]}
    assert cited and all(o["clauses"] == ["7.10"] for o in cited.values())
    assert all(o["citations"] == [{"clause": "7.10", "now": ["7.11"]}] for o in cited.values())
    expected = {o.id for g in guides.all_guides() for o in g.outcomes if ("2022", "7.10") in o.cites}
    assert set(cited) == expected


def test_a_draft_compared_with_itself_under_partial_reports_nothing(corpus):
    text = _section_7(corpus)
    draft = read_draft(text)
    result = compare_draft(draft.clauses, draft.sections, draft, partial=True)
    assert {p.status for p in result.pairs} == {"unchanged"}
    assert result.not_in_draft == []


# -- curated: the gaps and the rationales ------------------------------------------------------


def test_the_curated_rationales_name_the_legal_differences(root, corpus):
    comparison = compare_stored(root, corpus, "2008", "2022")
    rationale = {" ".join(p.from_ids): p.rationale for p in comparison.pairs
                 if p.source == "curated"}
    assert "make a copy" in rationale["8"]
    assert "may decline" in rationale["10"] and "does not however apply" in rationale["10"]


def test_history_and_drift_use_every_counterpart(root, corpus):
    comparison = compare_stored(root, corpus, "2008", "2022")
    assert [p.to_ids for p in comparison.counterparts("15", "from")] == [("1.4",), ("2.3", "3.4")]
    assert {p.from_ids for p in comparison.counterparts("2.3", "to")} == {("2",), ("15",)}


# -- split and merge ---------------------------------------------------------------------------


def test_split_boundaries_are_labelled_and_side_by_side_rows_align(corpus):
    old = corpus.get("2022").clauses
    one = next(c for c in old if c.id == "4.1")
    first, _, rest = one.text.partition(". ")
    new = [SimpleClause(c.id, c.text) for c in old if c.id != "4.1"]
    at = [c.id for c in old].index("4.1")
    new[at:at] = [SimpleClause("4.1", first + "."), SimpleClause("4.1a", rest)]
    result = compare(old, new)
    split = next(p for p in result.pairs if p.status == "split")
    assert (split.from_ids, split.to_ids) == (("4.1",), ("4.1", "4.1a"))
    html = render_html(result)
    article = re.search(r'<article[^>]*data-status="split".*?</article>', html, re.S).group(0)
    assert '<span class="diff-boundary">4.1a</span>' in article
    rows = re.findall(r"<tr>(.*?)</tr>", article.split("<tbody>")[1], re.S)
    assert len(rows) == 2
    assert ('<td class="diff-new" data-side="New"><span class="diff-row-label">4.1a</span> '
            + rest[:20]) in rows[1]
    assert "[4.1a] " + rest[:20] in render_text(result)
