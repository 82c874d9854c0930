"""Behaviour of protocol.compare on small versions with known edits."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from types import SimpleNamespace

import pytest

from protocol.compare import (
    STATUSES,
    Comparison,
    Pair,
    compare,
    normalise,
    render_html,
    render_text,
    word_ops,
)
from tests.support.synthetic import SimpleClause, make_synthetic_pair


@dataclass(frozen=True)
class C:
    id: str
    text: str


def version(*clauses: tuple[str, str]) -> list[C]:
    return [C(cid, text) for cid, text in clauses]


def brief(comparison: Comparison) -> list[tuple]:
    """(from_ids, to_ids, status, moved) for each pair, in order."""
    return [(p.from_ids, p.to_ids, p.status, p.moved) for p in comparison.pairs]


# Distinct texts, long enough to be told apart and similar only to themselves.
T = {
    "a": "Members and Officers should treat one another with courtesy and respect at all times.",
    "b": "Officers give advice to the Council and implement the policies it has agreed.",
    "c": "A Member who is unhappy with an Officer should raise the matter with the Chief Executive.",
    "d": "Party group meetings are not empowered to make decisions on behalf of the Council.",
    "e": "Members have a right of access to documents needed to carry out their duties.",
    "f": "Officers must not be asked to support a particular political party in their work.",
    "g": "The Monitoring Officer will review this protocol every two years and report to Council.",
}


# ------------------------------------------------------------------ normalise


def test_normalise_collapses_wrapping_but_keeps_paragraphs_and_bullets():
    text = "  First   line\nwraps here.\n\n\n  Second\tparagraph:\n• one\n  continued\n• two  \n"
    assert normalise(text) == "First line wraps here.\n\nSecond paragraph:\n• one continued\n• two"


def test_normalise_handles_crlf_and_blank_lines_with_spaces():
    assert normalise("a\r\nb\r\n \r\nc") == "a b\n\nc"
    assert normalise("   \n\n ") == ""


# ------------------------------------------------------------------- word_ops


def test_word_ops_changed_word_is_exactly_that_word():
    ops = word_ops("The cat sat on the mat.", "The dog sat on the mat.")
    assert ops == [
        ("equal", "The "),
        ("delete", "cat "),
        ("insert", "dog "),
        ("equal", "sat on the mat."),
    ]


def test_word_ops_punctuation_is_its_own_token():
    ops = word_ops("Officers must act properly.", "Officers must act lawfully.")
    assert ops == [("equal", "Officers must act "), ("delete", "properly"), ("insert", "lawfully"),
                   ("equal", ".")]
    # The example: a sentence extended after its last word keeps that word and its
    # full stop moves, rather than [-matters.-]{+matters unless the Chief Executive agrees.+}
    ops = word_ops("Officers must not discuss these matters.",
                   "Officers must not discuss these matters unless the Chief Executive agrees.")
    assert ops == [("equal", "Officers must not discuss these matters"),
                   ("insert", " unless the Chief Executive agrees"), ("equal", ".")]


def test_word_ops_pure_rewrap_is_one_equal_op():
    a = "Members and Officers should treat one another\nwith courtesy and respect.\n\nSecond paragraph."
    b = "Members and Officers\nshould treat one another with  courtesy\nand respect.\n\n\nSecond\nparagraph.  "
    assert word_ops(a, b) == [("equal", normalise(a))]


def test_word_ops_appending_words_does_not_touch_the_last_word():
    assert word_ops("a b c", "a b c d e") == [("equal", "a b c"), ("insert", " d e")]
    assert word_ops("a b c d e", "a b c") == [("equal", "a b c"), ("delete", " d e")]


def test_word_ops_paragraph_break_is_a_visible_change():
    ops = word_ops("One sentence. Two sentence.", "One sentence.\n\nTwo sentence.")
    assert ops == [
        ("equal", "One sentence."),
        ("delete", " "),
        ("insert", "\n\n"),
        ("equal", "Two sentence."),
    ]


def test_word_ops_empty_sides():
    assert word_ops("", "") == []
    assert word_ops("", "new words") == [("insert", "new words")]
    assert word_ops("old words", "  ") == [("delete", "old words")]


def test_word_ops_folds_a_stray_common_word_into_a_rewrite():
    # "the" alone in common between two rewrites would chop the redline into pieces.
    ops = word_ops(
        "Members should consult senior officers about the proposed budget changes",
        "Officers must advise every committee member on the wider strategic matters",
    )
    assert [op for op, _ in ops] == ["delete", "insert"]


# --------------------------------------------------------------- pairing cases


def test_changed_word_pairs_one_to_one_with_exact_ops():
    old = version(("1", T["a"]), ("2", T["b"]), ("3", T["c"]))
    new = version(("1", T["a"]), ("2", T["b"].replace("advice", "guidance")), ("3", T["c"]))
    result = compare(old, new)
    assert brief(result) == [
        (("1",), ("1",), "unchanged", False),
        (("2",), ("2",), "changed", False),
        (("3",), ("3",), "unchanged", False),
    ]
    assert result.pairs[1].ops == [
        ("equal", "Officers give "),
        ("delete", "advice "),
        ("insert", "guidance "),
        ("equal", "to the Council and implement the policies it has agreed."),
    ]
    assert 0.8 < result.pairs[1].similarity < 1
    assert result.pairs[0].ops == [("equal", T["a"])]


def test_inserted_clause_is_added_in_place_and_renumbers_what_follows():
    old = version(("1", T["a"]), ("2", T["b"]), ("3", T["c"]))
    new = version(("1", T["a"]), ("2", T["d"]), ("3", T["b"]), ("4", T["c"]))
    result = compare(old, new)
    assert brief(result) == [
        (("1",), ("1",), "unchanged", False),
        ((), ("2",), "added", False),
        (("2",), ("3",), "unchanged", False),  # renumbered, not moved
        (("3",), ("4",), "unchanged", False),
    ]
    assert result.pairs[1].ops == [("insert", T["d"])]
    assert result.pairs[1].similarity == 0.0


def test_deleted_clause_stays_where_it_stood():
    old = version(("1", T["a"]), ("2", T["b"]), ("3", T["c"]), ("4", T["d"]))
    new = version(("1", T["a"]), ("2", T["c"]), ("3", T["d"]))
    result = compare(old, new)
    assert brief(result) == [
        (("1",), ("1",), "unchanged", False),
        (("2",), (), "removed", False),
        (("3",), ("2",), "unchanged", False),
        (("4",), ("3",), "unchanged", False),
    ]
    assert [p.renumbered for p in result.pairs] == [False, False, True, True]
    assert result.pairs[1].ops == [("delete", T["b"])]


def test_removed_first_clause_comes_first():
    old = version(("1", T["a"]), ("2", T["b"]))
    new = version(("1", T["b"]))
    assert brief(compare(old, new)) == [
        (("1",), (), "removed", False),
        (("2",), ("1",), "unchanged", False),
    ]


def test_moved_and_renumbered_section():
    old = version(
        ("1.1", T["a"]), ("1.2", T["b"]),
        ("2.1", T["c"]), ("2.2", T["d"]),
        ("3.1", T["e"]),
    )
    # Section 3 moved ahead of section 2 and everything renumbered to match.
    new = version(
        ("1.1", T["a"]), ("1.2", T["b"]),
        ("2.1", T["e"]),
        ("3.1", T["c"]), ("3.2", T["d"]),
    )
    result = compare(old, new)
    assert brief(result) == [
        (("1.1",), ("1.1",), "unchanged", False),
        (("1.2",), ("1.2",), "unchanged", False),
        (("3.1",), ("2.1",), "unchanged", True),
        (("2.1",), ("3.1",), "unchanged", False),
        (("2.2",), ("3.2",), "unchanged", False),
    ]
    # One section of two clauses stays in place; the one-clause section moved ahead of it.
    assert result.summary() == {"unchanged": 5, "moved": 1, "renumbered": 3}


def test_move_without_renumbering_flags_only_what_left_the_order():
    old = version(("a", T["a"]), ("b", T["b"]), ("c", T["c"]), ("d", T["d"]), ("e", T["e"]))
    new = version(("b", T["b"]), ("c", T["c"]), ("d", T["d"]), ("a", T["a"]), ("e", T["e"]))
    result = compare(old, new)
    assert [(p.from_ids, p.moved) for p in result.pairs] == [
        (("b",), False), (("c",), False), (("d",), False), (("a",), True), (("e",), False),
    ]


def test_moved_and_edited_clause_is_changed_and_moved():
    old = version(("1", T["a"]), ("2", T["b"]), ("3", T["c"]), ("4", T["d"]))
    new = version(("1", T["a"]), ("2", T["c"]), ("3", T["d"]), ("4", T["b"].replace("Council", "council")))
    result = compare(old, new)
    assert brief(result) == [
        (("1",), ("1",), "unchanged", False),
        (("3",), ("2",), "unchanged", False),
        (("4",), ("3",), "unchanged", False),
        (("2",), ("4",), "changed", True),
    ]


def test_split_paragraphs_become_one_split_pair():
    old = version(("5.2", T["a"]), ("5.3", T["b"] + "\n\n" + T["c"]), ("5.4", T["d"]))
    new = version(("5.2", T["a"]), ("5.3", T["b"]), ("5.4", T["c"]), ("5.5", T["d"]))
    result = compare(old, new)
    assert brief(result) == [
        (("5.2",), ("5.2",), "unchanged", False),
        (("5.3",), ("5.3", "5.4"), "split", False),
        (("5.4",), ("5.5",), "unchanged", False),
    ]
    split = result.pairs[1]
    assert split.ops == [("equal", T["b"] + "\n\n" + T["c"])]
    assert split.similarity == 1.0
    assert result.to_json()["pairs"][1]["to"] == ["5.3", "5.4"]


def test_split_mid_paragraph_shows_the_new_break():
    old = version(("1", T["a"]), ("2", T["b"] + " " + T["c"]))
    new = version(("1", T["a"]), ("2", T["b"]), ("3", T["c"]))
    result = compare(old, new)
    assert brief(result) == [
        (("1",), ("1",), "unchanged", False),
        (("2",), ("2", "3"), "split", False),
    ]
    assert result.pairs[1].ops == [
        ("equal", T["b"]),
        ("delete", " "),
        ("insert", "\n\n"),
        ("equal", T["c"]),
    ]


def test_split_with_edits_and_renumbering_is_still_a_split():
    old = version(("1", T["a"]), ("2", T["b"] + "\n\n" + T["c"]))
    new = version(
        ("1", T["a"]),
        ("2", T["b"].replace("advice", "impartial advice")),
        ("3", T["c"].replace("Chief Executive", "Head of Paid Service")),
    )
    pair = compare(old, new).pairs[1]
    assert (pair.from_ids, pair.to_ids, pair.status) == (("2",), ("2", "3"), "split")
    assert ("insert", "impartial ") in pair.ops


def test_merged_paragraphs_become_one_merged_pair():
    old = version(("2.1", T["a"]), ("2.2", T["b"]), ("2.3", T["c"]), ("2.4", T["d"]))
    new = version(("2.1", T["a"]), ("2.2", T["b"] + "\n\n" + T["c"]), ("2.3", T["d"]))
    result = compare(old, new)
    assert brief(result) == [
        (("2.1",), ("2.1",), "unchanged", False),
        (("2.2", "2.3"), ("2.2",), "merged", False),
        (("2.4",), ("2.3",), "unchanged", False),
    ]
    assert result.pairs[1].ops == [("equal", T["b"] + "\n\n" + T["c"])]
    assert result.to_json()["pairs"][1]["from"] == ["2.2", "2.3"]


def test_a_new_neighbour_is_not_swallowed_into_a_split():
    old = version(("1", T["a"]), ("2", T["b"]))
    new = version(("1", T["a"]), ("2", T["b"].replace("advice", "guidance")), ("3", T["e"]))
    assert brief(compare(old, new)) == [
        (("1",), ("1",), "unchanged", False),
        (("2",), ("2",), "changed", False),
        ((), ("3",), "added", False),
    ]


def test_pure_rewrap_is_unchanged():
    wrapped = "Members and Officers should treat\none another with courtesy\nand respect at all times."
    old = version(("1", T["a"]), ("2", T["b"]))
    new = version(("1", wrapped), ("2", "  " + T["b"].replace(" ", "\n", 3)))
    result = compare(old, new)
    assert brief(result) == [
        (("1",), ("1",), "unchanged", False),
        (("2",), ("2",), "unchanged", False),
    ]
    assert result.pairs[0].ops == [("equal", T["a"])]


def test_rewritten_clause_with_same_number_in_place_is_changed():
    old = version(("1", T["a"]), ("2", T["b"]), ("3", T["c"]))
    new = version(("1", T["a"]), ("2", T["g"]), ("3", T["c"]))
    assert brief(compare(old, new)) == [
        (("1",), ("1",), "unchanged", False),
        (("2",), ("2",), "changed", False),
        (("3",), ("3",), "unchanged", False),
    ]


def test_a_rewritten_clause_that_lost_its_place_is_removed_and_added():
    # The same number, but its neighbours are not the same pairs: not "in place".
    old = version(("1", T["a"]), ("2", T["b"]), ("3", T["c"]))
    new = version(("1", T["c"]), ("2", T["g"]), ("3", T["a"]))
    statuses = {(p.from_ids, p.to_ids): p.status for p in compare(old, new).pairs}
    assert statuses[(("2",), ())] == "removed"
    assert statuses[((), ("2",))] == "added"


def test_identical_text_prefers_the_same_number():
    old = version(("1", "Not used."), ("2", T["a"]), ("3", "Not used."))
    new = version(("1", T["a"]), ("2", "Not used."), ("3", "Not used."))
    pairs = {p.to_ids: p.from_ids for p in compare(old, new).pairs}
    assert pairs[("3",)] == ("3",)
    assert pairs[("2",)] == ("1",)


def test_version_compared_with_itself_is_all_unchanged():
    old = version(*((str(i), text) for i, text in enumerate(T.values(), start=1)))
    result = compare(old, list(old))
    assert {p.status for p in result.pairs} == {"unchanged"}
    assert not any(p.moved for p in result.pairs)
    assert result.summary() == {"unchanged": len(T), "moved": 0, "renumbered": 0}


def test_empty_versions():
    assert compare([], []).pairs == []
    assert brief(compare([], version(("1", T["a"])))) == [((), ("1",), "added", False)]
    assert brief(compare(version(("1", T["a"])), [])) == [(("1",), (), "removed", False)]


def test_model_like_objects_work():
    old = [SimpleNamespace(id="8", text=T["a"])]
    new = [SimpleClause("8", T["a"])]
    assert brief(compare(old, new)) == [(("8",), ("8",), "unchanged", False)]


# ------------------------------------------------------------------------ JSON


def test_to_json_shape():
    old = version(("1", T["a"]), ("2", T["b"]), ("3", T["c"]))
    new = version(("1", T["a"]), ("2", T["b"].replace("advice", "guidance")), ("4", T["d"]))
    data = compare(old, new, from_label="2008", to_label="2022").to_json()
    json.dumps(data)  # plain JSON types only
    assert list(data) == ["from", "to", "summary", "pairs"]
    assert (data["from"], data["to"]) == ("2008", "2022")
    assert data["summary"] == {"unchanged": 1, "changed": 1, "added": 1, "removed": 1, "moved": 0,
                               "renumbered": 0, "substantive": 1}
    for pair in data["pairs"]:
        assert list(pair) == ["kind", "from", "to", "status", "moved", "renumbered", "source",
                              "substance", "similarity", "starts", "ops"]
        assert pair["kind"] == "clause"
        assert pair["substance"] == ("substantive" if pair["status"] == "changed" else None)
        assert pair["status"] in STATUSES
        assert pair["source"] == "computed"
        assert 0 <= pair["similarity"] <= 1
        assert pair["similarity"] == round(pair["similarity"], 3)
        for op in pair["ops"]:
            assert list(op) == ["op", "text"]
            assert op["op"] in ("equal", "delete", "insert")
    by_status = {p["status"]: p for p in data["pairs"]}
    assert by_status["added"]["from"] is None and by_status["added"]["to"] == "4"
    assert by_status["removed"]["from"] == "3" and by_status["removed"]["to"] is None
    assert by_status["changed"]["ops"][1] == {"op": "delete", "text": "advice "}


def test_labels_can_be_set_afterwards():
    result = compare([], [])
    result.from_id, result.to_id = "A", "B"
    assert result.to_json()["from"] == "A" and result.to_json()["to"] == "B"


# -------------------------------------------------------------------- curated


def test_curated_correspondence_overrides_computation():
    old = version(("7", T["a"]), ("8", T["b"]), ("9", T["c"]))
    new = version(("1", T["g"]), ("2", T["b"]), ("3", T["c"]))
    curated = [{"from": "7", "to": "1", "rationale": "Rewritten in 2022 as a duty to review."}]
    result = compare(old, new, curated=curated)
    first = result.pairs[0]
    assert (first.from_ids, first.to_ids, first.status, first.source) == (
        ("7",), ("1",), "changed", "curated")
    assert first.rationale == "Rewritten in 2022 as a duty to review."
    assert first.renumbered and not first.moved
    assert [p.source for p in result.pairs[1:]] == ["computed", "computed"]
    assert result.to_json()["pairs"][0]["source"] == "curated"


def test_curated_split_merge_and_unchanged():
    old = version(("1", T["a"]), ("2", T["b"]), ("3", T["c"]), ("4", T["d"]))
    new = version(("1", T["a"]), ("2", T["e"]), ("3", T["f"]), ("4", T["g"]))
    curated = [
        SimpleNamespace(from_="1", to="1", rationale=None),
        {"from": ["2", "3"], "to": "2", "rationale": "combined"},
        {"from": "4", "to": ["3", "4"], "rationale": "divided"},
    ]
    result = compare(old, new, curated=curated)
    assert [(p.from_ids, p.to_ids, p.status, p.source) for p in result.pairs] == [
        (("1",), ("1",), "unchanged", "curated"),
        (("2", "3"), ("2",), "merged", "curated"),
        (("4",), ("3", "4"), "split", "curated"),
    ]


def test_curated_added_and_removed():
    old = version(("1", T["a"]))
    new = version(("1", T["a"].replace("courtesy", "kindness")))
    curated = [{"from": "1", "to": None, "rationale": "dropped"},
               {"from": None, "to": "1", "rationale": "new duty"}]
    result = compare(old, new, curated=curated)
    assert sorted(p.status for p in result.pairs) == ["added", "removed"]
    assert {p.source for p in result.pairs} == {"curated"}


@pytest.mark.parametrize(
    "curated, message",
    [
        ([{"from": "99", "to": "1"}], "not in the old version"),
        ([{"from": "1", "to": "99"}], "not in the new version"),
        ([{"from": None, "to": None}], "names no clauses"),
        ([{"from": 1.1, "to": "1"}], "quote it"),
    ],
)
def test_bad_curated_correspondences_are_refused(curated, message):
    old = version(("1", T["a"]), ("2", T["b"]))
    new = version(("1", T["a"]), ("2", T["b"]))
    with pytest.raises(ValueError, match=message):
        compare(old, new, curated=curated)


def test_curated_many_to_many_and_a_clause_in_several_entries():
    old = version(("1", T["a"]), ("2", T["b"] + " " + T["c"]), ("3", T["d"]))
    new = version(("1", T["a"]), ("2", T["b"]),
                  ("3", T["c"] + " " + T["d"].replace("Party", "Political")))
    curated = [{"from": ["2", "3"], "to": ["2", "3"], "rationale": "rearranged"},
               {"from": "1", "to": "1", "rationale": "the same"},
               {"from": "1", "to": "3", "rationale": "one sentence of 1 went to 3"}]
    result = compare(old, new, curated=curated)
    assert [(p.from_ids, p.to_ids, p.status, p.source) for p in result.pairs] == [
        (("1",), ("1",), "unchanged", "curated"),
        (("2", "3"), ("2", "3"), "changed", "curated"),
        (("1",), ("3",), "changed", "curated"),
    ]
    # Curated pairs whose words differ count as "corresponds", and each clause once.
    assert result.summary() == {"unchanged": 1, "corresponds": 1, "moved": 0, "renumbered": 0,
                                "substantive": 1}
    assert len(result.counterparts("1", "from")) == 2


def test_curated_integer_ids_are_accepted():
    old = version(("8", T["a"]))
    new = version(("9", T["a"]))
    pair = compare(old, new, curated=[{"from": 8, "to": 9}]).pairs[0]
    assert (pair.from_ids, pair.to_ids, pair.source) == (("8",), ("9",), "curated")


# ------------------------------------------------------------------ rendering


def sample() -> Comparison:
    old = version(("1", T["a"]), ("2", T["b"]), ("3", T["c"]), ("4", "<script>alert(1)</script> & more"))
    new = version(
        ("1", T["a"]),
        ("2", T["c"]),
        ("3", T["b"].replace("advice", "guidance")),
        ("4", "<script>alert(2)</script> & more"),
    )
    return compare(old, new, from_label="2008", to_label="2022")


def test_render_text_summary_headings_and_redline():
    text = render_text(sample())
    first = text.splitlines()[0]
    assert first == ("2008 → 2022: 2 unchanged, 2 changed, 1 moved, 2 renumbered, "
                     "2 substantive changes")
    # 3 -> 2 is only renumbered (collapsed); 2 -> 3 left the order.
    assert "unchanged (2): 1, 2" in text
    assert "2 → 3 changed, moved from 2 to 3\n" in text
    assert "  Officers give [-advice-] {+guidance+} to the Council" in text
    assert "4 changed\n" in text


def test_render_text_curated_says_corresponds_to():
    old = version(("7", T["a"]))
    new = version(("1", T["g"]))
    result = compare(old, new, curated=[{"from": "7", "to": "1", "rationale": "Reworded."}])
    text = render_text(result)
    assert "\n7 corresponds to 1\n" in text
    assert text.startswith("1 curated correspondence, 0 moved, 1 renumbered, 1 substantive change")
    assert "Curated correspondence: Reworded." in text


def test_render_html_redline_escaping_and_structure():
    out = render_html(sample())
    assert "<ins>guidance</ins>" in out and "<del>advice</del>" in out
    assert "<script>" not in out
    assert "&lt;script&gt;" in out and "&amp; more" in out
    assert out.count('<article class="diff-pair"') == 4
    assert 'data-status="changed"' in out
    assert '<ul class="diff-summary">' in out and "<li>2 changed</li>" in out
    # Statuses are told in words, not only by colour.
    assert ' → <span class="diff-id">3</span> changed, moved from 2 to 3</h3>' in out


def test_render_html_toggle_controls_a_hidden_side_by_side_view():
    out = render_html(sample(), id_prefix="cmp")
    assert ('<button type="button" class="diff-toggle" aria-expanded="false" '
            'aria-controls="cmp-3-side">Side by side</button>') in out
    assert '<div class="diff-side" id="cmp-3-side" hidden>' in out
    side = out[out.index('id="cmp-3-side"'):]
    side = side[: side.index("</article>")]
    head, row = side.split("<tbody>")
    assert '<th scope="col" class="diff-old">Old (2008)</th>' in head
    assert '<th scope="col" class="diff-new">New (2022)</th>' in head
    old_col, new_col = row.split('<td class="diff-new" data-side="New (2022)">')
    assert "<del>advice</del>" in old_col and "<ins>" not in old_col
    assert "<ins>guidance</ins>" in new_col and "<del>" not in new_col


def test_render_html_collapses_unchanged_pairs():
    out = render_html(sample())
    assert '<details class="diff-unchanged">' in out
    details = out[out.index("<details"):out.index("</details>")]
    assert "<summary>2 unchanged clauses (1 to 2)</summary>" in details
    assert 'data-renumbered="true"' in details  # 3 -> 2: a renumbering is collapsed
    assert 'data-status="unchanged"' in details
    assert 'data-status="changed"' not in details


def test_render_html_links_clause_ids():
    out = render_html(
        sample(),
        from_url=lambda cid: f"/2008/#clause-{cid}",
        to_url=lambda cid: f"/2022/#clause-{cid}&x",
    )
    assert '<a class="diff-id" href="/2008/#clause-2">2</a>' in out
    assert '<a class="diff-id" href="/2022/#clause-3&amp;x">3</a>' in out


def test_render_html_curated_heading_and_rationale():
    old = version(("7", T["a"]))
    new = version(("1", T["g"]))
    result = compare(old, new, curated=[{"from": "7", "to": "1", "rationale": "Duty <moved> here."}])
    out = render_html(result)
    heading = out[out.index("<h3"):out.index("</h3>")]
    assert "corresponds to" in heading and "changed" not in heading
    assert 'data-source="curated"' in out
    assert "Curated correspondence: Duty &lt;moved&gt; here." in out


def test_render_html_paragraph_breaks_become_line_breaks():
    result = compare(version(("1", "One.\n\nTwo.")), version(("1", "One.\n\nTwo!")))
    assert '<div class="diff-inline">One.<br><br>Two<del>.</del><ins>!</ins></div>' \
        in render_html(result)


def test_pair_defaults():
    pair = Pair(("1",), ("1",), "unchanged")
    assert pair.to_json()["from"] == "1" and pair.ops == [] and pair.rationale is None


# ------------------------------------------------------------------ synthetic


def test_synthetic_pair_counts():
    n = 200
    old, new = make_synthetic_pair(n, edited=0.10, moved=0.05, added_removed=0.05, seed=0)
    assert len(old) == n and len(new) == n
    assert len({c.id for c in old}) == n and len({c.id for c in new}) == n
    old_texts = {normalise(c.text) for c in old}
    new_texts = {normalise(c.text) for c in new}
    assert len(old_texts) == n and len(new_texts) == n
    # Untouched and moved clauses keep their text; edited and removed ones do not.
    assert len(old_texts & new_texts) == n - 20 - 10
    summary = compare(old, new).summary()
    assert summary | {"renumbered": None} == {
        "unchanged": 170, "changed": 20, "added": 10, "removed": 10, "moved": 10,
        "renumbered": None, "substantive": 20,
    }


def test_synthetic_pair_is_deterministic_and_rewrap_changes_nothing():
    assert make_synthetic_pair(30, seed=4) == make_synthetic_pair(30, seed=4)
    old, new = make_synthetic_pair(60, seed=5)
    _, wrapped = make_synthetic_pair(60, seed=5, rewrap=True)
    assert [c.text for c in wrapped] != [c.text for c in new]
    assert [normalise(c.text) for c in wrapped] == [normalise(c.text) for c in new]
    assert brief(compare(old, new)) == brief(compare(old, wrapped))


def test_synthetic_pair_refuses_impossible_fractions():
    with pytest.raises(ValueError):
        make_synthetic_pair(10, edited=0.6, moved=0.3, added_removed=0.3)


def test_pairing_ignores_case_and_punctuation_but_ops_do_not():
    old = version(("1", T["a"]), ("2", T["b"]))
    shouted = "OFFICERS GIVE ADVICE TO THE COUNCIL, AND IMPLEMENT THE POLICIES IT HAS AGREED!"
    new = version(("1", T["a"]), ("4", shouted))
    pair = compare(old, new).pairs[1]
    assert (pair.from_ids, pair.to_ids, pair.status, pair.renumbered) == (
        ("2",), ("4",), "changed", True)
    assert pair.substance == "substantive"  # a comma and "!" for "." are punctuation edits

    assert pair.ops == [("delete", T["b"]), ("insert", shouted)]
    assert pair.similarity == 0.0  # the reported similarity is what the redline shows


def test_removed_clause_is_not_carried_off_by_a_clause_that_moved():
    old = version(("1", T["a"]), ("2", T["b"]), ("3", T["c"]), ("4", T["d"]), ("5", T["e"]))
    # 3 removed; 2 moved to the end.
    new = version(("1", T["a"]), ("2", T["d"]), ("3", T["e"]), ("4", T["b"]))
    assert [(p.from_ids, p.status) for p in compare(old, new).pairs] == [
        (("1",), "unchanged"),
        (("3",), "removed"),
        (("4",), "unchanged"),
        (("5",), "unchanged"),
        (("2",), "unchanged"),
    ]


def test_three_way_split_and_edited_merge():
    old = version(("1", "\n\n".join([T["a"], T["b"], T["c"]])), ("2", T["d"]), ("3", T["e"]))
    new = version(
        ("1", T["a"]), ("2", T["b"]), ("3", T["c"]),
        ("4", T["d"] + "\n\n" + T["e"].replace("documents", "papers")),
    )
    result = compare(old, new)
    assert brief(result) == [
        (("1",), ("1", "2", "3"), "split", False),
        (("2", "3"), ("4",), "merged", False),
    ]
    merged = result.pairs[1]
    assert merged.renumbered  # 4 carries neither old number
    assert ("delete", "documents ") in merged.ops and ("insert", "papers ") in merged.ops
    assert 0.9 < merged.similarity < 1


def test_render_text_names_split_and_merged_clauses():
    old = version(("5.3", T["a"] + "\n\n" + T["b"]), ("6.1", T["c"]), ("6.2", T["d"]))
    new = version(("5.3", T["a"]), ("5.4", T["b"]), ("6.1", T["c"] + "\n\n" + T["d"]))
    text = render_text(compare(old, new))
    assert "\n5.3 → 5.3 + 5.4 split\n" in text
    assert "\n  [5.4] " + T["b"] in text  # where the second clause begins
    assert "\n6.1 + 6.2 → 6.1 merged\n" in text


# ------------------------------------------------------------------ editorial notes (issue 14)


def _article(out: str, to_id: str) -> str:
    """The first ``<article>`` whose data-to names ``to_id``."""
    for match in re.finditer(r'<article class="diff-pair"[^>]*>.*?</article>', out, re.S):
        to = re.search(r'data-to="([^"]*)"', match.group(0)).group(1).split()
        if to_id in to:
            return match.group(0)
    raise AssertionError(f"no pair for {to_id}")


def test_render_html_shows_each_sides_editorial_notes_beside_its_clause_escaped():
    out = render_html(sample(), from_notes={"2": "Old <b>note</b> & more."},
                      to_notes={"3": ["First new note.", "Second."], "1": "Kept clause."})
    changed = _article(out, "3")  # 2 -> 3
    assert ('<aside class="editorial-note diff-note" data-search-exclude '
            'aria-label="Editorial note on clause 2, 2008 version"><p><strong>Editorial note '
            '(2008 version):</strong> Old &lt;b&gt;note&lt;/b&gt; &amp; more.</p></aside>'
            ) in changed
    assert "<strong>Editorial note (2022 version):</strong> First new note." in changed
    assert "<strong>Editorial note (2022 version):</strong> Second." in changed
    # Old side first, and after the redline.
    assert changed.index("2008 version") < changed.index("First new note")
    assert changed.index('class="diff-inline"') < changed.index("editorial-note")
    # A collapsed unchanged clause keeps its note inside its own article.
    assert "Kept clause." in _article(out, "1")
    assert "<b>" not in out
    # Nothing else carries a note, and without notes there are none.
    assert out.count("editorial-note") == 4
    assert "editorial-note" not in render_html(sample())


def test_render_html_notes_in_a_split_name_their_clause_and_headings_have_none():
    old = version(("1", T["a"] + "\n\n" + T["b"]))
    new = version(("1", T["a"]), ("2", T["b"]))
    result = compare(old, new, from_label="2008", to_label="2022")
    assert result.pairs[0].status == "split"
    out = render_html(result, to_notes={"2": "Split note."})
    assert "<strong>Editorial note (2022 version, clause 2):</strong> Split note." in out
    # A heading's number is a section, not a clause: a note keyed "1" stays off heading 1.
    old = [SimpleNamespace(id="1", text=T["a"], section="1")]
    new = [SimpleNamespace(id="1", text=T["a"], section="1")]
    result = compare(old, new, from_label="2008", to_label="2022",
                     old_sections=[{"id": "1", "title": "Intro"}],
                     new_sections=[{"id": "1", "title": "Introduction"}])
    assert any(p.kind == "heading" for p in result.pairs)
    out = render_html(result, to_notes={"1": "Clause note."})
    assert out.count("Clause note.") == 1
    assert 'data-kind="clause"' in out[:out.index("Clause note.")].rsplit("<article", 1)[1]


def test_render_text_adds_note_lines():
    text = render_text(sample(), from_notes={"2": "Old\nnote."}, to_notes={"1": ["Kept."]})
    assert "  [Editorial note (2008 version): Old note.]" in text
    # An unchanged clause's note follows its run, naming the clause.
    assert "unchanged (2): 1, 2\n  [Editorial note (2022 version) on 1: Kept.]\n" in text
    assert "[Editorial note" not in render_text(sample())
