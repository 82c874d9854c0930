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
    ops = word_ops(a, b)
    for keep in (("equal", "delete"), ("equal", "insert")):
        position, text = 0, side(ops, keep)
        for op, chunk in ops:
            if op not in keep:
                continue
            if 0 < position < len(text):
                assert text[position - 1].isspace() or text[position].isspace()
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
        if pair.status == "unchanged":
            assert old_text == new_text
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
