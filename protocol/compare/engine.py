"""Compare two versions of the protocol clause by clause, and diff each pair word by word.

Pure Python (the standard library and diff-match-patch), so the same module runs under CPython
on the build machine and under Pyodide in the browser.

Clauses are any objects with ``.id`` (the printed number, unique within a version), ``.text``
(paragraphs separated by a blank line, bullet lines starting with "• ") and optionally
``.section`` (the section number). Section headings (``.number`` or ``.id``, and ``.title``)
and a preamble (unnumbered text before the first clause) are compared too.

Invariants (the property tests check them):

- every clause, heading and preamble is in exactly one pair, except that a curated
  correspondence may name a clause in several entries (each entry says what part went where);
- ``moved`` is set on exactly the pairs outside one longest increasing subsequence of the paired
  clauses' old positions taken in new order (n - |LIS| of them), the same ones on every run;
  ``renumbered`` whenever the ids differ; a renumbering alone is never a move;
- ``unchanged`` means the same words and punctuation: whitespace, line-wrapping and bullet marks
  (list structure, never words) are not compared;
- ``substance`` is ``"editorial"`` when the two texts are equal after normalising quotes, dashes,
  whitespace and letter case (casefold), otherwise ``"substantive"``;
- joining the equal and delete ops gives the old text, equal and insert the new one.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from diff_match_patch import diff_match_patch

__all__ = [
    "KINDS",
    "PREAMBLE",
    "STATUSES",
    "Comparison",
    "Pair",
    "compare",
    "editorial_key",
    "normalise",
    "reverse",
    "word_ops",
]

STATUSES = ("unchanged", "changed", "split", "merged", "added", "removed")
KINDS = ("clause", "heading", "preamble")
# The id a preamble (unnumbered introductory text) takes in pairs and curated correspondences.
PREAMBLE = "preamble"

# Two clauses whose word sequences score at least this (difflib ratio) are one clause, changed.
_SIMILAR = 0.5
# A split/merge must score at least this between the one clause and the joined pieces ...
_GROUP_MIN = 0.7
# ... and beat the best 1:1 pairing with any of its pieces by this much, so that an
# edited clause does not swallow an unrelated neighbour that happens to be new.
_GROUP_MARGIN = 0.05
# A new clause is a candidate piece of an old clause when at least this share of its
# word pairs occur in the old clause (and the reverse for merges).
_PIECE_CONTAINMENT = 0.5
# Share of their (informative) word pairs two clauses must have in common to be
# checked as a possible match; clauses scoring 0.5 in practice share far more.
_MIN_SHARED = 0.05
# How many of the best-overlapping clauses get a full similarity check.
_MAX_CANDIDATES = 8
# Longest run of clauses considered as the pieces of one split or merge.
_MAX_PIECES = 8

_PUNCT = "\"'()[]{}.,;:!?“”‘’«»–—-…*"
# Word-diff tokens: a word (with inner apostrophes and hyphens) or any other single character
# (punctuation is its own token, so "matters." -> "matters unless ..." keeps "matters" and shows
# only what was inserted), each with the whitespace after it; tokens are compared without that
# whitespace, so a re-wrap is no change, and a bullet mark is compared as list structure.
# A number such as "7.10" or "1,000" is one token.
_TOKEN = re.compile(r"\s+|\d+(?:[.,]\d+)+\s*|\w+(?:['’\-]\w+)*\s*|[^\w\s]\s*")
_BLANK_LINE = re.compile(r"\n\s*\n")
_QUOTES = str.maketrans({"‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'", "`": "'",
                         "“": '"', "”": '"', "„": '"', "‟": '"', "″": '"', "«": '"', "»": '"',
                         "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "―": "-", "−": "-",
                         "•": " ", "\u00a0": " "})


# --------------------------------------------------------------------------- data


@dataclass
class Pair:
    """One correspondence: ``from_ids`` in the old version, ``to_ids`` in the new one.

    ``from_ids`` is empty for an added clause and has several ids for a merge;
    ``to_ids`` is empty for a removed clause and has several ids for a split.
    ``ops`` diff the (joined) old text against the (joined) new text; ``from_starts`` and
    ``to_starts`` are where each clause of a side begins in that joined text (so a split's
    or merge's boundaries can be shown). ``kind`` is "clause", "heading" (ids are section
    numbers) or "preamble" (one side is the unnumbered text before the first clause).
    ``from_sections``/``to_sections`` are the sections of the first clause of each side.
    """

    from_ids: tuple[str, ...]
    to_ids: tuple[str, ...]
    status: str
    moved: bool = False
    source: str = "computed"
    similarity: float = 0.0
    ops: list[tuple[str, str]] = field(default_factory=list)
    rationale: str | None = None
    kind: str = "clause"
    renumbered: bool = False
    substance: str | None = None
    from_starts: tuple[int, ...] = ()
    to_starts: tuple[int, ...] = ()
    from_section: str | None = None
    to_section: str | None = None

    @property
    def counted_as(self) -> str:
        """The summary key this pair counts under: its status, except that a curated pair
        whose words differ counts as "corresponds", never as "changed"."""
        if self.source == "curated" and self.status == "changed":
            return "corresponds"
        return self.status

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "from": _ids_json(self.from_ids),
            "to": _ids_json(self.to_ids),
            "status": self.status,
            "moved": self.moved,
            "renumbered": self.renumbered,
            "source": self.source,
            "substance": self.substance,
            "similarity": round(self.similarity, 3),
            "starts": {"from": list(self.from_starts), "to": list(self.to_starts)},
            "ops": [{"op": op, "text": text} for op, text in self.ops],
        }


@dataclass
class Comparison:
    """The pairs between two versions, in the order of the new version.

    Removed clauses sit where they stood: after the pair holding the nearest preceding
    old clause that kept its place in the order (a clause that moved away does not
    carry them off with it). A heading pair comes before the first pair of its section.
    """

    from_id: str | None = None
    to_id: str | None = None
    pairs: list[Pair] = field(default_factory=list)
    # Sections of the new version's numbering that a partial draft leaves out (not compared).
    not_in_draft: list[str] | None = None
    # What ``not_in_draft`` lists: "section" numbers, or "clause" ids for a version without
    # sections.
    not_in_draft_unit: str = "section"

    def summary(self) -> dict[str, int]:
        """Counts of clause pairs (the preamble included) by what they count as: the statuses,
        and "corresponds" for curated pairs whose words differ; then "moved", "renumbered",
        "substantive" and "editorial" (pairs whose words differ, by substance) and the
        headings "headings_renamed", "headings_added", "headings_removed", "headings_moved".
        A clause named in several curated entries is counted once."""
        counts: Counter[str] = Counter()
        seen_old: set[str] = set()
        seen_new: set[str] = set()
        for pair in self.pairs:
            if pair.kind == "heading":
                key = {"changed": "headings_renamed", "added": "headings_added",
                       "removed": "headings_removed"}.get(pair.status)
                if key:
                    counts[key] += 1
                if pair.moved:
                    counts["headings_moved"] += 1
                continue
            if pair.source == "curated":
                fresh = (set(pair.from_ids) - seen_old) or (set(pair.to_ids) - seen_new
                                                            if not pair.from_ids else set())
                seen_old.update(pair.from_ids)
                seen_new.update(pair.to_ids)
                if not fresh:
                    continue
            counts[pair.counted_as] += 1
            if pair.moved:
                counts["moved"] += 1
            if pair.renumbered:
                counts["renumbered"] += 1
            if pair.substance:
                counts[pair.substance] += 1
        order = (*STATUSES[:1], "changed", "corresponds", *STATUSES[2:])
        result = {key: counts[key] for key in order if counts[key]}
        result["moved"] = counts["moved"]
        result["renumbered"] = counts["renumbered"]
        for key in ("substantive", "editorial", "headings_renamed", "headings_added",
                    "headings_removed", "headings_moved"):
            if counts[key]:
                result[key] = counts[key]
        return result

    def counterpart(self, clause_id: str, side: str = "to") -> Pair | None:
        """The first clause pair holding ``clause_id`` on ``side`` ("to": the newer version,
        "from": the older)."""
        found = self.counterparts(clause_id, side)
        return found[0] if found else None

    def counterparts(self, clause_id: str, side: str = "to") -> list[Pair]:
        """Every clause pair holding ``clause_id`` on ``side`` (several only where curated
        correspondences name the clause more than once)."""
        return [pair for pair in self.pairs if pair.kind != "heading"
                and clause_id in (pair.to_ids if side == "to" else pair.from_ids)]

    def to_json(self) -> dict[str, Any]:
        data = {
            "from": self.from_id,
            "to": self.to_id,
            "summary": self.summary(),
            "pairs": [pair.to_json() for pair in self.pairs],
        }
        if self.not_in_draft is not None:
            data["not_in_draft"] = list(self.not_in_draft)
        return data


def reverse(entries: Iterable[Mapping]) -> list[dict]:
    """Curated correspondences of ``a -> b`` read as ``b -> a`` (a split becomes a merge)."""
    return [dict(entry, **{"from": entry["to"], "to": entry["from"]}) for entry in entries]


def _ids_json(ids: tuple[str, ...]) -> str | list[str] | None:
    if not ids:
        return None
    if len(ids) == 1:
        return ids[0]
    return list(ids)


# ------------------------------------------------------------------ normalising


def normalise(text: str) -> str:
    """Collapse whitespace so that re-wrapping a clause never counts as a change.

    Paragraphs (separated by a blank line) come back separated by exactly "\\n\\n".
    Within a paragraph every run of whitespace becomes one space, except that a line
    starting with "•" (a bullet) keeps its own line, joined by a single "\\n".
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    paragraphs = []
    for block in _BLANK_LINE.split(text):
        lines: list[str] = []
        for raw in block.split("\n"):
            line = " ".join(raw.split())
            if not line:
                continue
            if lines and not line.startswith("•"):
                lines[-1] += " " + line  # a wrapped continuation line
            else:
                lines.append(line)
        if lines:
            paragraphs.append("\n".join(lines))
    return "\n\n".join(paragraphs)


def _words_key(text: str) -> str:
    """The words and punctuation alone: whitespace, line structure and bullet marks dropped.
    Two clauses with the same key are unchanged (a list copied from a web page loses its
    bullet marks; a re-wrapped or re-paragraphed clause keeps its words)."""
    return " ".join(text.replace("•", " ").split())


def editorial_key(text: str) -> str:
    """The text with quote and dash styles, whitespace, bullet marks and letter case
    normalised: two texts with the same key differ only editorially."""
    return " ".join(text.translate(_QUOTES).casefold().split())


def _tokens(normalised: str) -> list[str]:
    # The concatenated tokens give back the text exactly.
    return _TOKEN.findall(normalised)


def _join(texts: Iterable[str]) -> str:
    return "\n\n".join(text for text in texts if text)


# --------------------------------------------------------------------- word diff


def _dmp() -> diff_match_patch:
    dmp = diff_match_patch()
    # No time limit: the result must never depend on how fast the machine is.
    dmp.Diff_Timeout = 0
    return dmp


_DMP = _dmp()


def word_ops(a: str, b: str) -> list[tuple[str, str]]:
    """Word-level diff of ``a`` against ``b`` after :func:`normalise`.

    Returns ``[(op, text), ...]`` with op in "equal", "delete", "insert". Joining the
    equal and delete texts gives ``normalise(a)``; joining equal and insert gives
    ``normalise(b)``. Between two equal ops there is at most one delete followed by at
    most one insert, and no op is empty. Words and punctuation marks are whole tokens (an op
    never splits a word); after diff-match-patch's semantic clean-up a rewritten sentence
    is one deletion and one insertion, not alternating fragments.
    """
    return _diff_tokens(_tokens(normalise(a)), _tokens(normalise(b)))


def _diff_tokens(old: list[str], new: list[str]) -> list[tuple[str, str]]:
    return _diff_counted(old, new)[0]


def _diff_counted(old: list[str], new: list[str]) -> tuple[list[tuple[str, str]], float]:
    """The ops, and the similarity: the share of the words and punctuation marks of both
    sides (not whitespace, not bullet marks) that the redline shows as unchanged."""
    old_keys = [token.strip() for token in old]
    new_keys = [token.strip() for token in new]
    # Each distinct token becomes one character, so diff-match-patch diffs whole tokens and its
    # semantic clean-up weighs equalities and edits in tokens (words), not letters.
    codes: dict[str, str] = {}
    for key in (*old_keys, *new_keys):
        if key not in codes:
            n = len(codes) + 0x100
            codes[key] = chr(n + 0x800 if n >= 0xD800 else n)  # skip the surrogates
    diffs = _DMP.diff_main("".join(map(codes.__getitem__, old_keys)),
                           "".join(map(codes.__getitem__, new_keys)), False)
    _DMP.diff_cleanupSemantic(diffs)
    raw: list[tuple[str, str]] = []
    same = 0
    ia = ib = 0
    for op, chunk in diffs:
        n = len(chunk)
        if op == -1:
            raw.append(("delete", "".join(old[ia:ia + n])))
            ia += n
        elif op == 1:
            raw.append(("insert", "".join(new[ib:ib + n])))
            ib += n
        else:
            # Tokens match on their own; the whitespace after them may still differ, e.g. a
            # paragraph break added, or a word that used to end the text now followed by more.
            for old_token, new_token, key in zip(old[ia:ia + n], new[ib:ib + n],
                                                 old_keys[ia:ia + n]):
                if key and key != "•":
                    same += 1
                if old_token == new_token:
                    raw.append(("equal", old_token))
                else:
                    raw.append(("equal", key))
                    raw.append(("delete", old_token[len(key):]))
                    raw.append(("insert", new_token[len(key):]))
            ia += n
            ib += n
    total = sum(1 for key in old_keys if key and key != "•") + sum(
        1 for key in new_keys if key and key != "•")
    similarity = min(1.0, 2 * same / total) if total else (1.0 if old == new else 0.0)
    return _tidy(raw), similarity


def _tidy(raw: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Merge raw ops into alternating equal runs and (delete, insert) changes."""
    # Segments: ["equal", text] or ["change", deleted, inserted].
    segments: list[list[str]] = []
    for op, text in raw:
        if not text:
            continue
        last = segments[-1] if segments else None
        if op == "equal":
            if last is not None and last[0] == "equal":
                last[1] += text
            else:
                segments.append(["equal", text])
            continue
        if last is None or last[0] != "change":
            last = ["change", "", ""]
            segments.append(last)
        last[1 if op == "delete" else 2] += text
        # Only whitespace left equal between two changes chops the redline into
        # fragments; fold it into one deletion and one insertion.
        while (
            len(segments) >= 3
            and segments[-2][0] == "equal"
            and segments[-3][0] == "change"
            and not segments[-2][1].strip()
        ):
            after = segments.pop()
            equal = segments.pop()[1]
            before = segments[-1]
            before[1] += equal + after[1]
            before[2] += equal + after[2]
    ops: list[tuple[str, str]] = []
    for segment in segments:
        if segment[0] == "equal":
            ops.append(("equal", segment[1]))
            continue
        if segment[1]:
            ops.append(("delete", segment[1]))
        if segment[2]:
            ops.append(("insert", segment[2]))
    return ops


def _ratio(a: Sequence[str], b: Sequence[str]) -> float:
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


# ---------------------------------------------------------------------- pairing


@dataclass
class _Item:
    index: int
    id: str
    text: str  # normalised
    kind: str = "clause"
    section: str | None = None
    _key: str | None = None
    _folded: list[str] | None = None
    _shingles: frozenset[Any] | None = None

    @property
    def key(self) -> str:
        if self._key is None:
            self._key = _words_key(self.text)
        return self._key

    @property
    def folded(self) -> list[str]:
        # Pairing compares words in lower case without punctuation, so that a clause
        # that was only re-capitalised or re-punctuated is still found. (The ops shown to
        # readers compare the exact words.) Computed only for clauses left after exact
        # matching.
        if self._folded is None:
            words = (word.lower().strip(_PUNCT) for word in self.text.split())
            self._folded = [word for word in words if word and word != "•"]
        return self._folded

    @property
    def shingles(self) -> frozenset[int]:
        # Runs of three words: cheap evidence that two clauses share text, and rare enough by
        # chance that counting them stays fast on thousands of clauses. Kept as the hashes of
        # the word triples (integers hash and compare faster than tuples of strings; two
        # triples with the same 64-bit hash are as good as impossible).
        if self._shingles is None:
            folded = self.folded
            if len(folded) < 3:
                self._shingles = frozenset([hash(tuple(folded))]) if folded else frozenset()
            else:
                self._shingles = frozenset(map(hash, zip(folded, folded[1:], folded[2:])))
        return self._shingles


@dataclass
class _Match:
    old: tuple[int, ...]
    new: tuple[int, ...]
    status: str
    source: str = "computed"
    rationale: str | None = None
    moved: bool = False
    in_order: bool = False


def _items(clauses: Sequence[Any], preamble: str | None) -> list[_Item]:
    items = []
    if preamble is not None and normalise(preamble):
        items.append(_Item(0, PREAMBLE, normalise(preamble), "preamble"))
    for clause in clauses:
        section = getattr(clause, "section", None)
        items.append(_Item(len(items), str(clause.id), normalise(clause.text), "clause",
                           None if section is None else str(section)))
    return items


def _heading_items(sections: Iterable[Any] | None) -> list[_Item]:
    items: list[_Item] = []
    for section in sections or ():
        if isinstance(section, Mapping):
            number, title = section.get("id"), section.get("title")
        else:
            number = getattr(section, "number", None) or getattr(section, "id", None)
            title = getattr(section, "title", "")
        items.append(_Item(len(items), str(number), normalise(str(title or "")), "heading",
                           str(number)))
    return items


def compare(
    old: Sequence[Any],
    new: Sequence[Any],
    *,
    curated: Iterable[Any] | None = None,
    from_label: str | None = None,
    to_label: str | None = None,
    old_sections: Iterable[Any] | None = None,
    new_sections: Iterable[Any] | None = None,
    old_preamble: str | None = None,
    new_preamble: str | None = None,
) -> Comparison:
    """Pair the clauses of ``old`` with those of ``new`` (curated correspondences first, then
    the same words, then split and merged clauses, then similar text, then a clause rewritten
    at the same number between paired neighbours) and diff each pair. Section headings
    (``old_sections``/``new_sections``) and preambles are compared too.

    ``curated`` is an optional list of correspondences, each a mapping (or object) with
    ``from`` (a clause id or list of ids in ``old``, or "preamble"), ``to`` (id or list in
    ``new``) and ``rationale``; they take precedence over anything computed, and a clause
    may be named in several of them. Raises ``ValueError`` if a curated correspondence names
    an unknown id.
    """
    olds = _items(old, old_preamble)
    news = _items(new, new_preamble)
    matches = _pair_all(olds, news, curated)
    _mark_moved(matches)
    pairs_in_order = _in_new_order(matches, olds, news)

    old_heads, new_heads = _heading_items(old_sections), _heading_items(new_sections)
    heading_matches: list[_Match] = []
    if old_heads or new_heads:
        heading_matches = _pair_headings(old_heads, new_heads)
        old_sizes = Counter(i.section for i in olds)
        new_sizes = Counter(i.section for i in news)
        _mark_moved(heading_matches, lambda m: sum(old_sizes[old_heads[i].id] for i in m.old)
                    + sum(new_sizes[new_heads[i].id] for i in m.new))
    keyed = [(key, _to_pair(match, olds, news)) for key, match in pairs_in_order]
    keyed += [(_heading_key(match, old_heads, new_heads, olds, news, pairs_in_order),
               _to_pair(match, old_heads, new_heads, kind="heading"))
              for match in heading_matches]
    keyed.sort(key=lambda kv: kv[0])
    return Comparison(from_id=from_label, to_id=to_label, pairs=[pair for _, pair in keyed])


def _pair_all(olds: list[_Item], news: list[_Item], curated) -> list[_Match]:
    old_pool = {item.index for item in olds if item.kind == "clause"}
    new_pool = {item.index for item in news if item.kind == "clause"}
    old_pre = {item.index for item in olds if item.kind == "preamble"}
    new_pre = {item.index for item in news if item.kind == "preamble"}

    matches: list[_Match] = []
    if curated:
        matches += _pair_curated(curated, olds, news, old_pool | old_pre, new_pool | new_pre)
        for match in matches:
            for pool in (old_pool, old_pre):
                pool.difference_update(match.old)
            for pool in (new_pool, new_pre):
                pool.difference_update(match.new)
    # The preambles pair with each other (unless curated otherwise).
    if old_pre and new_pre:
        o, n = min(old_pre), min(new_pre)
        same = olds[o].key == news[n].key
        matches.append(_Match((o,), (n,), "unchanged" if same else "changed"))
        old_pre.clear()
        new_pre.clear()
    matches += _pair_identical(olds, news, old_pool, new_pool)
    if old_pool and new_pool:
        # Everything left is narrowed down through word-pair indexes, built once per side.
        old_index = _ShingleIndex(olds, old_pool)
        new_index = _ShingleIndex(news, new_pool)
        for o, pieces in _pair_groups(olds, new_index, old_pool, new_pool):
            matches.append(_Match((o,), pieces, "split"))
        for n, pieces in _pair_groups(news, old_index, new_pool, old_pool):
            matches.append(_Match(pieces, (n,), "merged"))
        matches += _pair_similar(olds, news, new_index, old_pool, new_pool)
    if old_pool and new_pool:
        matches += _pair_in_place(matches, olds, news, old_pool, new_pool)
    matches += [_Match((o,), (), "removed") for o in sorted(old_pool | old_pre)]
    matches += [_Match((), (n,), "added") for n in sorted(new_pool | new_pre)]
    return matches


def _pair_curated(
    curated: Iterable[Any],
    olds: list[_Item],
    news: list[_Item],
    old_pool: set[int],
    new_pool: set[int],
) -> list[_Match]:
    old_index = _index_by_id(olds)
    new_index = _index_by_id(news)
    matches = []
    for entry in curated:
        from_ids = _as_ids(_entry_field(entry, "from"))
        to_ids = _as_ids(_entry_field(entry, "to"))
        rationale = _entry_field(entry, "rationale")
        if not from_ids and not to_ids:
            raise ValueError(f"curated correspondence {entry!r} names no clauses")
        old_side = tuple(_resolve(old_index, cid, "old") for cid in from_ids)
        new_side = tuple(_resolve(new_index, cid, "new") for cid in to_ids)
        # A clause may be in several curated entries (each says what part went where).
        old_pool.difference_update(old_side)
        new_pool.difference_update(new_side)
        if not old_side:
            status = "added"
        elif not new_side:
            status = "removed"
        elif len(new_side) > 1 and len(old_side) == 1:
            status = "split"
        elif len(old_side) > 1 and len(new_side) == 1:
            status = "merged"
        else:
            same = (_words_key(_join(olds[i].text for i in old_side))
                    == _words_key(_join(news[i].text for i in new_side)))
            status = "unchanged" if same else "changed"
        note = None if rationale is None else str(rationale)
        matches.append(_Match(old_side, new_side, status, "curated", note))
    return matches


def _entry_field(entry: Any, name: str) -> Any:
    if isinstance(entry, Mapping):
        return entry.get(name)
    # "from" is a keyword, so objects may spell it from_ / from_ids / from_id.
    for attr in (name, name + "_", name + "_ids", name + "_id"):
        if hasattr(entry, attr):
            return getattr(entry, attr)
    return None


def _as_ids(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, (str, int, float)):
        value = [value]
    ids = []
    for cid in value:
        if isinstance(cid, float):
            # YAML reads an unquoted 7.10 as the number 7.1: refuse rather than guess.
            raise ValueError(f"clause id {cid!r} is a number; quote it so it stays text")
        ids.append(str(cid))
    return tuple(ids)


def _index_by_id(items: list[_Item]) -> dict[str, list[int]]:
    index: dict[str, list[int]] = {}
    for item in items:
        index.setdefault(item.id, []).append(item.index)
    return index


def _resolve(index: dict[str, list[int]], cid: str, side: str) -> int:
    found = index.get(cid)
    if not found:
        raise ValueError(f"curated correspondence names clause {cid!r}, not in the {side} version")
    if len(found) > 1:
        raise ValueError(f"clause id {cid!r} is not unique in the {side} version")
    return found[0]


def _pair_identical(
    olds: list[_Item], news: list[_Item], old_pool: set[int], new_pool: set[int]
) -> list[_Match]:
    by_text: dict[str, list[int]] = {}
    for n in sorted(new_pool):
        by_text.setdefault(news[n].key, []).append(n)
    taken: list[tuple[int, int]] = []
    # Same id first, so that a repeated text ("Not used.") stays with its own number.
    for same_id_only in (True, False):
        for o in sorted(old_pool):
            bucket = by_text.get(olds[o].key)
            if not bucket:
                continue
            choice = next((n for n in bucket if news[n].id == olds[o].id), None)
            if choice is None and not same_id_only:
                choice = bucket[0]
            if choice is not None:
                bucket.remove(choice)
                old_pool.discard(o)
                new_pool.discard(choice)
                taken.append((o, choice))
    return [_Match((o,), (n,), "unchanged") for o, n in taken]


class _ShingleIndex:
    """Which clauses of one side contain each run of three words, for clauses in a pool."""

    def __init__(self, items: list[_Item], pool: set[int]):
        self.items = items
        postings: dict[Any, list[int]] = {}
        for i in sorted(pool):
            for shingle in items[i].shingles:
                if shingle in postings:
                    postings[shingle].append(i)
                else:
                    postings[shingle] = [i]
        # Word runs found in many clauses ("in accordance with") are no evidence of anything
        # and would make the candidate search quadratic again, so leave them out.
        limit = max(20, int(len(pool) ** 0.5))
        self.common = frozenset(s for s, posting in postings.items() if len(posting) > limit)
        for shingle in self.common:
            del postings[shingle]
        self.postings = postings
        self.informative = {i: len(items[i].shingles - self.common) for i in pool}
        self._shared: dict[int, Counter[int]] = {}

    def shared(self, item: _Item) -> Counter[int]:
        """How many informative word pairs ``item`` shares with each indexed clause (callers
        skip those no longer in their pool: filtering here would copy the counts each time)."""
        # Cached per item (always from the other side): split detection and similarity
        # pairing ask the same question.
        counts = self._shared.get(item.index)
        if counts is None:
            hits: list[int] = []
            postings = self.postings
            for shingle in item.shingles:
                posting = postings.get(shingle)
                if posting:
                    hits.extend(posting)
            counts = Counter(hits)  # one flat count is much faster than repeated updates
            self._shared[item.index] = counts
        return counts

    def own(self, item: _Item) -> int:
        return len(item.shingles - self.common)


def _pair_groups(
    ones: list[_Item], index: _ShingleIndex, one_pool: set[int], many_pool: set[int]
) -> list[tuple[int, tuple[int, ...]]]:
    """Find clauses of ``ones`` that became 2+ consecutive clauses of the indexed side.

    Called with (old, index of new) for splits and (new, index of old) for merges. Takes
    what it pairs out of the pools and returns ``(one, pieces)`` pairs.
    """
    if not one_pool or len(many_pool) < 2:
        return []
    manys = index.items
    found = []
    for o in sorted(one_pool):
        item = ones[o]
        informative = index.informative
        pieces = sorted(
            m for m, count in index.shared(item).items()
            if count >= _PIECE_CONTAINMENT * informative[m] and informative[m] and m in many_pool
        )
        if len(pieces) < 2:
            continue
        for run in _runs(pieces):
            if len(run) < 2:
                continue
            singles = {m: _ratio(item.folded, manys[m].folded) for m in run}
            best: tuple[float, tuple[int, ...]] | None = None
            for start in range(len(run) - 1):
                for stop in range(start + 2, min(len(run), start + _MAX_PIECES) + 1):
                    window = tuple(run[start:stop])
                    joined = [w for m in window for w in manys[m].folded]
                    score = _ratio(item.folded, joined)
                    if best is None or score > best[0]:
                        best = (score, window)
            assert best is not None
            score, window = best
            if score >= _GROUP_MIN and score >= max(singles[m] for m in window) + _GROUP_MARGIN:
                found.append((score, o, window))
    found.sort(key=lambda t: (-t[0], t[1], t[2]))
    accepted = []
    for score, o, window in found:
        if o in one_pool and all(m in many_pool for m in window):
            one_pool.discard(o)
            many_pool.difference_update(window)
            accepted.append((o, window))
    return accepted


def _runs(indices: list[int]) -> list[list[int]]:
    """Split sorted indices into runs of consecutive numbers."""
    runs: list[list[int]] = []
    for i in indices:
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def _pair_similar(
    olds: list[_Item],
    news: list[_Item],
    index: _ShingleIndex,
    old_pool: set[int],
    new_pool: set[int],
) -> list[_Match]:
    if not old_pool or not new_pool:
        return []
    new_by_id = {news[n].id: n for n in new_pool}
    scored = []
    matcher = difflib.SequenceMatcher(None, autojunk=False)
    for o in sorted(old_pool):
        item = olds[o]
        own = index.own(item)
        informative = index.informative
        # Clauses at least half alike share far more word pairs than a word pair or two
        # in common by chance; skip those before any difflib work (and before sorting).
        likely = [(-count, n) for n, count in index.shared(item).items()
                  if count >= (own + informative[n]) * _MIN_SHARED and n in new_pool]
        candidates = [n for _, n in sorted(likely)[:_MAX_CANDIDATES]]
        same = new_by_id.get(item.id)
        if same is not None and same not in candidates:
            candidates.append(same)  # a clause that kept its number is always worth a look
        matcher.set_seq2(item.folded)  # the matcher caches its analysis of seq2
        for n in candidates:
            matcher.set_seq1(news[n].folded)
            if matcher.real_quick_ratio() < _SIMILAR or matcher.quick_ratio() < _SIMILAR:
                continue  # cheap upper bounds already rule it out
            score = matcher.ratio()
            if score >= _SIMILAR:
                scored.append((score, n == same, o, n))
    scored.sort(key=lambda t: (-t[0], not t[1], t[2], t[3]))
    matches = []
    for score, _, o, n in scored:
        if o in old_pool and n in new_pool:
            old_pool.discard(o)
            new_pool.discard(n)
            matches.append(_Match((o,), (n,), "changed"))
    return matches


def _pair_in_place(matches: list[_Match], olds: list[_Item], news: list[_Item],
                   old_pool: set[int], new_pool: set[int]) -> list[_Match]:
    """A clause rewritten at the same number between the same paired neighbours is changed,
    however much was rewritten: an unpaired old and new clause with the same id, whose nearest
    paired neighbours before and after (skipping only clauses not paired either) are the same
    pairs on both sides."""
    pair_of_old: dict[int, int] = {}
    pair_of_new: dict[int, int] = {}
    for k, match in enumerate(matches):
        if match.old and match.new:
            for i in match.old:
                pair_of_old[i] = k
            for i in match.new:
                pair_of_new[i] = k
    new_by_id = {news[n].id: n for n in new_pool}

    def neighbour(index: dict[int, int], start: int, step: int, size: int) -> int:
        i = start + step
        while 0 <= i < size:
            if i in index:
                return index[i]
            i += step
        return -1 if step < 0 else -2

    found = []
    for o in sorted(old_pool):
        n = new_by_id.get(olds[o].id)
        if n is None or olds[o].kind != news[n].kind:
            continue
        if (neighbour(pair_of_old, o, -1, len(olds)) == neighbour(pair_of_new, n, -1, len(news))
                and neighbour(pair_of_old, o, 1, len(olds))
                == neighbour(pair_of_new, n, 1, len(news))):
            found.append(_Match((o,), (n,), "changed"))
    for match in found:
        old_pool.discard(match.old[0])
        new_pool.discard(match.new[0])
    return found


def _pair_headings(olds: list[_Item], news: list[_Item]) -> list[_Match]:
    """Section headings: the same title (preferring the same number), then a similar title,
    then the same number in place (a renamed section); the rest added or removed."""
    old_pool, new_pool = {i.index for i in olds}, {i.index for i in news}
    matches = _pair_identical(olds, news, old_pool, new_pool)
    scored = []
    for o in sorted(old_pool):
        for n in sorted(new_pool):
            score = _ratio(olds[o].folded, news[n].folded)
            if score >= _SIMILAR:
                scored.append((-score, olds[o].id != news[n].id, o, n))
    for _, _, o, n in sorted(scored):
        if o in old_pool and n in new_pool:
            old_pool.discard(o)
            new_pool.discard(n)
            matches.append(_Match((o,), (n,), "changed"))
    if old_pool and new_pool:
        matches += _pair_in_place(matches, olds, news, old_pool, new_pool)
    matches += [_Match((o,), (), "removed") for o in sorted(old_pool)]
    matches += [_Match((), (n,), "added") for n in sorted(new_pool)]
    return matches


# ------------------------------------------------------------ moves and ordering


def _mark_moved(matches: list[_Match], weight=None) -> None:
    """``moved`` on the pairs outside one longest increasing subsequence of old positions in
    new order (each pair keyed on its first clause on each side), so exactly n - |LIS| pairs
    are moved. Tie-break among the longest: keep in place the one holding the most clauses
    (``weight``: for headings, the clauses of their sections, so that the larger sections stay
    put), then the one whose pairs come earliest in the new version."""
    paired = sorted((m for m in matches if m.old and m.new), key=lambda m: (min(m.new), min(m.old)))
    weight = weight or (lambda m: len(m.old) + len(m.new))
    keep = _longest_increasing([min(m.old) for m in paired], [weight(m) for m in paired])
    for position, match in enumerate(paired):
        match.in_order = position in keep
        match.moved = not match.in_order


def _longest_increasing(values: list[int], weights: list[int] | None = None) -> set[int]:
    """Positions of one longest strictly increasing subsequence of ``values``: among the
    longest, the one of greatest total weight, then the one whose elements come earliest.
    O(n log n) with a Fenwick tree of prefix maxima over the values."""
    if not values:
        return set()
    weights = weights or [1] * len(values)
    ranks = {v: r + 1 for r, v in enumerate(sorted(set(values)))}
    size = len(ranks)
    tree: list[tuple[int, int, int, int]] = [(0, 0, 0, -1)] * (size + 1)
    # Each entry: (length, weight, -position of its last element, that position).
    previous = [-1] * len(values)
    best: tuple[int, int, int, int] = (0, 0, 0, -1)
    for position, value in enumerate(values):
        rank = ranks[value]
        # Best chain ending on a smaller value.
        i, found = rank - 1, (0, 0, 0, -1)
        while i > 0:
            if tree[i] > found:
                found = tree[i]
            i -= i & -i
        previous[position] = found[3]
        entry = (found[0] + 1, found[1] + weights[position], -position, position)
        if entry > best:
            best = entry
        i = rank
        while i <= size:
            if entry > tree[i]:
                tree[i] = entry
            i += i & -i
    keep = set()
    position = best[3]
    while position != -1:
        keep.add(position)
        position = previous[position]
    return keep


def _in_new_order(matches: list[_Match], olds: list[_Item], news: list[_Item]
                  ) -> list[tuple[tuple, _Match]]:
    # A removed clause goes after the pair holding the nearest preceding old clause that
    # kept its place in the order (so it is not carried off with a clause that moved).
    anchor_of_old: dict[int, _Match] = {}
    for match in matches:
        if match.new and match.in_order:
            for i in match.old:
                anchor_of_old[i] = match
    keyed = []
    for match in matches:
        if match.new:
            keyed.append(((min(match.new), 0, 0, 0, 0), match))
            continue
        start = min(match.old)
        anchor = next(
            (anchor_of_old[i] for i in range(start - 1, -1, -1) if i in anchor_of_old), None
        )
        keyed.append((((min(anchor.new) if anchor else -1), 1, start, 0, 0), match))
    keyed.sort(key=lambda pair: pair[0])
    return keyed


def _heading_key(match: _Match, old_heads: list[_Item], new_heads: list[_Item],
                 olds: list[_Item], news: list[_Item], keyed: list[tuple[tuple, _Match]]
                 ) -> tuple:
    """A heading goes just before the first pair of its section (in the new version; for a
    removed heading, where its section's first clause went)."""
    if match.new:
        number, items, side, rank = new_heads[match.new[0]].id, news, "new", match.new[0]
    else:
        number, items, side, rank = old_heads[match.old[0]].id, olds, "old", match.old[0]
    first = next((i.index for i in items if i.kind == "clause" and i.section == number), None)
    if first is not None:
        for key, clause_match in keyed:
            if first in (clause_match.new if side == "new" else clause_match.old):
                return (*key[:4], -1000 + rank)
    # A section without clauses: after the sections before it.
    heads = new_heads if side == "new" else old_heads
    later = [h.id for h in heads[rank + 1:]]
    for number in later:
        first = next((i.index for i in items if i.kind == "clause" and i.section == number),
                     None)
        if first is not None:
            for key, clause_match in keyed:
                if first in (clause_match.new if side == "new" else clause_match.old):
                    return (*key[:4], -2000 + rank)
    return (len(news) + 1, 0, 0, 0, rank)


def _starts(texts: list[str]) -> tuple[int, ...]:
    starts, at = [], 0
    for text in texts:
        starts.append(at)
        if text:
            at += len(text) + 2
    return tuple(starts)


def _to_pair(match: _Match, olds: list[_Item], news: list[_Item], kind: str | None = None
             ) -> Pair:
    old_items = [olds[i] for i in match.old]
    new_items = [news[i] for i in match.new]
    old_text = _join(i.text for i in old_items)
    new_text = _join(i.text for i in new_items)
    if match.status == "unchanged" and old_text == new_text:
        ops, similarity = ([("equal", new_text)] if new_text else []), 1.0
    elif match.status == "unchanged":
        # The same words laid out differently (paragraphs, bullet marks): no change, but the
        # ops still give back each side exactly.
        ops, similarity = _diff_counted(_tokens(old_text), _tokens(new_text))[0], 1.0
    elif match.status == "added":
        ops, similarity = ([("insert", new_text)] if new_text else []), 0.0
    elif match.status == "removed":
        ops, similarity = ([("delete", old_text)] if old_text else []), 0.0
    else:
        ops, similarity = _diff_counted(_tokens(old_text), _tokens(new_text))
    from_ids = tuple(i.id for i in old_items)
    to_ids = tuple(i.id for i in new_items)
    if kind is None:
        kind = "preamble" if any(i.kind == "preamble" for i in (*old_items, *new_items)) \
            else "clause"
    substance = None
    if old_items and new_items and match.status != "unchanged" \
            and _words_key(old_text) != _words_key(new_text):
        substance = ("editorial" if editorial_key(old_text) == editorial_key(new_text)
                     else "substantive")
    renumbered = bool(from_ids and to_ids) and kind != "preamble" and (
        from_ids[0] != to_ids[0] if len(from_ids) == len(to_ids) == 1
        else (from_ids[0] not in to_ids if len(to_ids) > 1 else to_ids[0] not in from_ids))
    return Pair(
        from_ids=from_ids,
        to_ids=to_ids,
        status=match.status,
        moved=match.moved,
        source=match.source,
        similarity=similarity,
        ops=ops,
        rationale=match.rationale,
        kind=kind,
        renumbered=renumbered,
        substance=substance,
        from_starts=_starts([i.text for i in old_items]),
        to_starts=_starts([i.text for i in new_items]),
        from_section=old_items[0].section if old_items else None,
        to_section=new_items[0].section if new_items else None,
    )
