"""Property tests for protocol.compare on random texts and random edits."""

from __future__ import annotations

import json
from dataclasses import dataclass

from hypothesis import given, settings
from hypothesis import strategies as st

from protocol.compare import STATUSES, compare, normalise, render_html, render_text, word_ops


@dataclass(frozen=True)
class C:
    id: str
    text: str


# A small vocabulary so that random texts share words and clauses resemble each other.
VOCAB = [
    "the", "Council", "member", "officer", "must", "not", "advise", "respect",
    "policy.", "duty,", "(see", "2.3)", "<script>", "&amp;", "“quoted”", "•",
]
SPACES = [" ", " ", " ", "  ", "\n", "\t", " \n  "]
BREAKS = ["\n\n", "\n \n", "\n\n\n", "\r\n\r\n"]

paragraphs = st.lists(
    st.tuples(st.sampled_from(VOCAB), st.sampled_from(SPACES)), min_size=1, max_size=14
).map(lambda items: "".join(word + space for word, space in items))
texts = st.lists(st.tuples(paragraphs, st.sampled_from(BREAKS)), max_size=3).map(
    lambda items: "".join(para + brk for para, brk in items)
)
any_text = st.one_of(texts, st.text(max_size=60))


def side(ops, keep):
    return "".join(text for op, text in ops if op in keep)


def rewrap(text: str) -> str:
    # Same paragraphs, different line breaks and spacing. A line starting with "•" is a
    # bullet, so (like any re-wrap of real text) never break a line just before one.
    out = []
    for para in normalise(text).split("\n\n"):
        lines = []
        for line in para.split("\n"):
            words = line.split(" ")
            lines.append(words[0] + "".join(
                (" " if word.startswith("•") else "\n   ") + word for word in words[1:]
            ))
        out.append("\n".join(lines))
    return "\n \n".join(out) + "  \n"


# ------------------------------------------------------------------- word_ops


@given(any_text, any_text)
def test_ops_reconstruct_both_texts(a, b):
    ops = word_ops(a, b)
    assert side(ops, ("equal", "delete")) == normalise(a)
    assert side(ops, ("equal", "insert")) == normalise(b)


@given(any_text, any_text)
def test_ops_are_canonical(a, b):
    ops = word_ops(a, b)
    assert all(op in ("equal", "delete", "insert") and text for op, text in ops)
    for (op1, _), (op2, _) in zip(ops, ops[1:]):
        assert op1 != op2  # adjacent ops of one kind are merged
        assert (op1, op2) != ("insert", "delete")  # a replacement is delete then insert


@given(any_text, any_text)
def test_ops_never_split_a_word(a, b):
    # Punctuation is its own token, so an op may end between a word and a full stop, but never
    # inside a word or a number ("7.10").
    ops = word_ops(a, b)
    for keep in (("equal", "delete"), ("equal", "insert")):
        position, text = 0, side(ops, keep)
        for op, chunk in ops:
            if op not in keep:
                continue
            if 0 < position < len(text):
                before, after = text[position - 1], text[position]
                assert not (before.isalnum() and after.isalnum()), (text, position)
                assert not (before in ".," and after.isdigit() and position > 1
                            and text[position - 2].isdigit()), (text, position)
            position += len(chunk)


@given(texts)
def test_rewrap_is_one_equal_op(a):
    expected = [("equal", normalise(a))] if normalise(a) else []
    assert word_ops(a, rewrap(a)) == expected
    assert word_ops(a, a) == expected


# ------------------------------------------------------------------- compare


versions = st.lists(texts, max_size=10).map(
    lambda items: [C(f"{i // 4 + 1}.{i % 4 + 1}", text) for i, text in enumerate(items)]
)


@st.composite
def edited_pairs(draw):
    """An old version and a new one made from it by random clause-level edits."""
    old = draw(versions)
    body = [c.text for c in old]
    for _ in range(draw(st.integers(0, 6))):
        kind = draw(st.sampled_from(["edit", "delete", "insert", "move", "split", "merge"]))
        if kind == "insert" or not body:
            body.insert(draw(st.integers(0, len(body))), draw(texts))
            continue
        i = draw(st.integers(0, len(body) - 1))
        if kind == "edit":
            body[i] = body[i] + " " + draw(st.sampled_from(VOCAB))
        elif kind == "delete":
            del body[i]
        elif kind == "move":
            body.insert(draw(st.integers(0, len(body) - 1)), body.pop(i))
        elif kind == "split" and "\n\n" in normalise(body[i]):
            first, rest = normalise(body[i]).split("\n\n", 1)
            body[i : i + 1] = [first, rest]
        elif kind == "merge" and i + 1 < len(body):
            body[i : i + 2] = [body[i] + "\n\n" + body[i + 1]]
    new = [C(f"{k // 4 + 1}.{k % 4 + 1}", text) for k, text in enumerate(body)]
    return old, new


def joined(version, ids):
    by_id = {c.id: normalise(c.text) for c in version}
    return "\n\n".join(by_id[i] for i in ids if by_id[i])


@settings(max_examples=150)
@given(edited_pairs())
def test_every_clause_is_in_exactly_one_pair(versions_):
    old, new = versions_
    result = compare(old, new)
    assert sorted(i for p in result.pairs for i in p.from_ids) == sorted(c.id for c in old)
    assert sorted(i for p in result.pairs for i in p.to_ids) == sorted(c.id for c in new)


@settings(max_examples=150)
@given(edited_pairs())
def test_pairs_are_consistent(versions_):
    old, new = versions_
    result = compare(old, new)
    for pair in result.pairs:
        assert pair.status in STATUSES and pair.source == "computed"
        assert 0.0 <= pair.similarity <= 1.0
        old_text, new_text = joined(old, pair.from_ids), joined(new, pair.to_ids)
        assert side(pair.ops, ("equal", "delete")) == old_text
        assert side(pair.ops, ("equal", "insert")) == new_text
        assert (pair.status == "added") == (not pair.from_ids)
        assert (pair.status == "removed") == (not pair.to_ids)
        assert (pair.status == "split") == (len(pair.to_ids) > 1)
        assert (pair.status == "merged") == (len(pair.from_ids) > 1)
        if pair.status == "unchanged":  # the same words: bullet marks are list structure
            assert old_text.replace("•", " ").split() == new_text.replace("•", " ").split()
        if pair.status in ("added", "removed"):
            assert not pair.moved
    summary = result.summary()
    assert sum(v for k, v in summary.items() if k in STATUSES) == len(result.pairs)
    assert summary.get("substantive", 0) + summary.get("editorial", 0) == sum(
        1 for p in result.pairs if p.substance)
    json.dumps(result.to_json())


@settings(max_examples=150)
@given(edited_pairs())
def test_pairs_follow_the_new_order(versions_):
    old, new = versions_
    position = {c.id: k for k, c in enumerate(new)}
    result = compare(old, new)
    firsts = [min(position[i] for i in p.to_ids) for p in result.pairs if p.to_ids]
    assert firsts == sorted(firsts)


@given(versions)
def test_version_against_itself_is_all_unchanged(version):
    for other in (list(version), [C(c.id, rewrap(c.text)) for c in version]):
        result = compare(version, other)
        assert len(result.pairs) == len(version)
        for pair, clause in zip(result.pairs, version):
            assert (pair.from_ids, pair.to_ids) == ((clause.id,), (clause.id,))
            assert pair.status == "unchanged" and not pair.moved


@settings(max_examples=50)
@given(edited_pairs())
def test_renderers_escape_and_do_not_fail(versions_):
    old, new = versions_
    result = compare(old, new, from_label="A", to_label="B")
    out = render_html(result, from_url=lambda i: f"#a-{i}", to_url=lambda i: f"#b-{i}")
    assert "<script>" not in out
    assert out.count('<article class="diff-pair"') == len(result.pairs)
    assert render_text(result).startswith("A → B: ")


# ------------------------------------------------------------- moves and substance


def _lis_length(values: list[int]) -> int:
    """Length of a longest strictly increasing subsequence, by the textbook O(n^2) method (an
    independent check of the engine's Fenwick-tree version)."""
    best = [1] * len(values)
    for i in range(len(values)):
        for j in range(i):
            if values[j] < values[i]:
                best[i] = max(best[i], best[j] + 1)
    return max(best, default=0)


DISTINCT = [f"Clause {word} says the {other} must {verb} every {thing}." for word, other, verb, thing
            in zip(["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                    "eleven", "twelve"],
                   ["officer", "member", "chair", "council", "leader", "mayor", "clerk",
                    "director", "panel", "cabinet", "group", "party"],
                   ["advise", "inform", "consult", "record", "publish", "review", "approve",
                    "sign", "report", "explain", "check", "file"],
                   ["decision", "meeting", "letter", "request", "budget", "minute", "agenda",
                    "report", "contract", "policy", "complaint", "release"])]


@settings(max_examples=200)
@given(st.permutations(range(len(DISTINCT))), st.booleans())
def test_a_permutation_moves_exactly_n_minus_the_longest_run_in_order(order, renumber):
    old = [C(f"1.{k + 1}", text) for k, text in enumerate(DISTINCT)]
    # The same texts in another order, keeping their numbers or renumbered 1.1, 1.2, ...
    new = [C(f"1.{k + 1}" if renumber else f"1.{i + 1}", DISTINCT[i]) for k, i in enumerate(order)]
    runs = [compare(old, new) for _ in range(2)]
    moved = [[p.from_ids for p in result.pairs if p.moved] for result in runs]
    assert len(moved[0]) == len(order) - _lis_length(list(order))
    assert moved[0] == moved[1]  # the same ones on every run
    assert {p.status for p in runs[0].pairs} == {"unchanged"}
    # The pairs left in place are in order on both sides.
    kept = [int(p.from_ids[0].split(".")[1]) for p in runs[0].pairs if not p.moved]
    assert kept == sorted(kept)
    assert all(p.renumbered == (p.from_ids != p.to_ids) for p in runs[0].pairs)


EDITORIAL = [
    lambda t: t.replace("'", "’").replace('"', "”"),
    lambda t: t.replace("’", "'").replace("“", '"').replace("”", '"'),
    lambda t: t.replace(" - ", " – ").replace("–", "—"),
    str.upper,
    str.lower,
    lambda t: t.replace(" ", "  ").replace("\n\n", "\n \n"),
    lambda t: t.replace("• ", "").replace("•", ""),
]
WORDS = st.sampled_from(["Members", "officers'", "“need", "to", "know”", "-", "–", "the",
                         "Council’s", "(see", "2.3)", "policy.", "•", "Chief", "Executive"])
editable = st.lists(WORDS, min_size=1, max_size=20).map(" ".join)


@settings(max_examples=200)
@given(editable, st.lists(st.sampled_from(range(len(EDITORIAL))), min_size=1, max_size=3))
def test_editorial_transformations_are_never_substantive(text, which):
    edited = text
    for k in which:
        edited = EDITORIAL[k](edited)
    pair = compare([C("1", text)], [C("1", edited)]).pairs[0]
    assert pair.substance != "substantive", (text, edited)
    assert pair.status in ("unchanged", "changed")


@settings(max_examples=100)
@given(st.lists(st.sampled_from(DISTINCT), min_size=1, max_size=6, unique=True),
       st.integers(2, 9))
def test_a_draft_compared_with_itself_under_partial_reports_nothing(texts_, section):
    from protocol.compare.draft import compare_draft, read_draft

    text = f"{section}. A section\n\n" + "\n\n".join(
        f"{section}.{k + 1} {t}" for k, t in enumerate(texts_))
    draft = read_draft(text)
    result = compare_draft(draft.clauses, draft.sections, draft, partial=True)
    assert {p.status for p in result.pairs} == {"unchanged"}
    assert not any(p.moved or p.renumbered for p in result.pairs)
    assert result.not_in_draft == []
    assert render_text(result).startswith(f"{len(texts_)} unchanged, 0 moved")
