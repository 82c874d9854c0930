"""Compare two versions of the protocol clause by clause, and diff each pair word by word.

Standard library only, so the same module runs under CPython on the build machine and
under Pyodide in the browser.

Clauses are any objects with ``.id`` (the printed number, unique within a version) and
``.text`` (paragraphs separated by a blank line, bullet lines starting with "• ").
"""

from __future__ import annotations

import difflib
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

__all__ = [
    "STATUSES",
    "Comparison",
    "Pair",
    "compare",
    "normalise",
    "reverse",
    "word_ops",
]

STATUSES = ("unchanged", "changed", "split", "merged", "added", "removed")

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
_TOKEN = re.compile(r"\S+\s*")
_BLANK_LINE = re.compile(r"\n\s*\n")


class _ClauseLike(Protocol):
    id: str
    text: str


# --------------------------------------------------------------------------- data


@dataclass
class Pair:
    """One correspondence: ``from_ids`` in the old version, ``to_ids`` in the new one.

    ``from_ids`` is empty for an added clause and has several ids for a merge;
    ``to_ids`` is empty for a removed clause and has several ids for a split.
    ``ops`` diff the (joined) old text against the (joined) new text.
    """

    from_ids: tuple[str, ...]
    to_ids: tuple[str, ...]
    status: str
    moved: bool = False
    source: str = "computed"
    similarity: float = 0.0
    ops: list[tuple[str, str]] = field(default_factory=list)
    rationale: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "from": _ids_json(self.from_ids),
            "to": _ids_json(self.to_ids),
            "status": self.status,
            "moved": self.moved,
            "source": self.source,
            "similarity": round(self.similarity, 3),
            "ops": [{"op": op, "text": text} for op, text in self.ops],
        }


@dataclass
class Comparison:
    """The pairs between two versions, in the order of the new version.

    Removed clauses sit where they stood: after the pair holding the nearest preceding
    old clause that kept its place in the order (a clause that moved away does not
    carry them off with it).
    """

    from_id: str | None = None
    to_id: str | None = None
    pairs: list[Pair] = field(default_factory=list)

    def summary(self) -> dict[str, int]:
        """``{status: count}`` for each status present, then ``"moved": count``."""
        counts = Counter(pair.status for pair in self.pairs)
        result = {status: counts[status] for status in STATUSES if counts[status]}
        result["moved"] = sum(1 for pair in self.pairs if pair.moved)
        return result

    def counterpart(self, clause_id: str, side: str = "to") -> Pair | None:
        """The pair holding ``clause_id`` on ``side`` ("to": the newer version, "from": the older)."""
        for pair in self.pairs:
            if clause_id in (pair.to_ids if side == "to" else pair.from_ids):
                return pair
        return None

    def to_json(self) -> dict[str, Any]:
        return {
            "from": self.from_id,
            "to": self.to_id,
            "summary": self.summary(),
            "pairs": [pair.to_json() for pair in self.pairs],
        }


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


def _tokens(normalised: str) -> list[str]:
    # Each token is a word with the punctuation and whitespace that follow it, so that
    # ops never split a word and the concatenated tokens give back the text exactly.
    return _TOKEN.findall(normalised)


def _join(texts: Iterable[str]) -> str:
    return "\n\n".join(text for text in texts if text)


# --------------------------------------------------------------------- word diff


def word_ops(a: str, b: str) -> list[tuple[str, str]]:
    """Word-level diff of ``a`` against ``b`` after :func:`normalise`.

    Returns ``[(op, text), ...]`` with op in "equal", "delete", "insert". Joining the
    equal and delete texts gives ``normalise(a)``; joining equal and insert gives
    ``normalise(b)``. Between two equal ops there is at most one delete followed by at
    most one insert, and no op is empty.
    """
    return _diff_tokens(_tokens(normalise(a)), _tokens(normalise(b)))


def _diff_tokens(old: list[str], new: list[str]) -> list[tuple[str, str]]:
    old_words = [token.rstrip() for token in old]
    new_words = [token.rstrip() for token in new]
    matcher = difflib.SequenceMatcher(None, old_words, new_words, autojunk=False)
    raw: list[tuple[str, str]] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal":
            raw.append(("delete", "".join(old[i1:i2])))
            raw.append(("insert", "".join(new[j1:j2])))
            continue
        # Words match on their own; the whitespace after them may still differ, e.g. a
        # paragraph break added, or a word that used to end the text now followed by more.
        for old_token, new_token, word in zip(old[i1:i2], new[j1:j2], old_words[i1:i2]):
            if old_token == new_token:
                raw.append(("equal", old_token))
            else:
                raw.append(("equal", word))
                raw.append(("delete", old_token[len(word):]))
                raw.append(("insert", new_token[len(word):]))
    return _tidy(raw)


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
        # A word or two left equal between two larger rewrites only chops the redline
        # into fragments; fold it into one deletion and one insertion.
        while (
            len(segments) >= 3
            and segments[-2][0] == "equal"
            and segments[-3][0] == "change"
            and _absorbable(segments[-2][1], segments[-3], segments[-1])
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


def _absorbable(equal: str, before: list[str], after: list[str]) -> bool:
    words = len(equal.split())
    if words > 2:
        return False
    size = min(
        max(len(before[1].split()), len(before[2].split())),
        max(len(after[1].split()), len(after[2].split())),
    )
    return 2 * words < size


def _ratio(a: Sequence[str], b: Sequence[str]) -> float:
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


# ---------------------------------------------------------------------- pairing


@dataclass
class _Item:
    index: int
    id: str
    text: str  # normalised
    _folded: list[str] | None = None
    _shingles: frozenset[Any] | None = None

    @property
    def folded(self) -> list[str]:
        # Pairing compares words in lower case without punctuation, so that a clause
        # that was only re-capitalised or re-punctuated is still found. (The ops shown to
        # readers compare the exact words.) Computed only for clauses left after exact
        # matching.
        if self._folded is None:
            words = (word.lower().strip(_PUNCT) for word in self.text.split())
            self._folded = [word for word in words if word]
        return self._folded

    @property
    def shingles(self) -> frozenset[Any]:
        # Word pairs: cheap evidence that two clauses share text.
        if self._shingles is None:
            folded = self.folded
            if len(folded) < 2:
                self._shingles = frozenset(folded)
            else:
                self._shingles = frozenset(zip(folded, folded[1:]))
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


def _item(index: int, clause: _ClauseLike) -> _Item:
    return _Item(index, str(clause.id), normalise(clause.text))


def compare(
    old: Sequence[_ClauseLike],
    new: Sequence[_ClauseLike],
    *,
    curated: Iterable[Any] | None = None,
    from_label: str | None = None,
    to_label: str | None = None,
) -> Comparison:
    """Pair the clauses of ``old`` with those of ``new`` (curated correspondences first, then
    identical text, then split and merged clauses, then similar text) and diff each pair.

    ``curated`` is an optional list of correspondences, each a mapping (or object) with
    ``from`` (a clause id or list of ids in ``old``), ``to`` (id or list in ``new``) and
    ``rationale``; they take precedence over anything computed. Raises ``ValueError`` if a
    curated correspondence names an unknown or already-used id, or maps many to many.
    """
    olds = [_item(i, clause) for i, clause in enumerate(old)]
    news = [_item(i, clause) for i, clause in enumerate(new)]
    old_pool = set(range(len(olds)))
    new_pool = set(range(len(news)))

    matches: list[_Match] = []
    if curated:
        matches += _pair_curated(curated, olds, news, old_pool, new_pool)
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
    matches += [_Match((o,), (), "removed") for o in sorted(old_pool)]
    matches += [_Match((), (n,), "added") for n in sorted(new_pool)]

    _mark_moved(matches, olds, news)
    pairs = [_to_pair(match, olds, news) for match in _in_new_order(matches)]
    return Comparison(from_id=from_label, to_id=to_label, pairs=pairs)


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
        if len(from_ids) > 1 and len(to_ids) > 1:
            raise ValueError(f"curated correspondence {entry!r} maps many clauses to many")
        old_side = tuple(_resolve(old_index, cid, old_pool, "old") for cid in from_ids)
        new_side = tuple(_resolve(new_index, cid, new_pool, "new") for cid in to_ids)
        old_pool.difference_update(old_side)
        new_pool.difference_update(new_side)
        if not old_side:
            status = "added"
        elif not new_side:
            status = "removed"
        elif len(new_side) > 1:
            status = "split"
        elif len(old_side) > 1:
            status = "merged"
        else:
            status = "unchanged" if olds[old_side[0]].text == news[new_side[0]].text else "changed"
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


def _resolve(index: dict[str, list[int]], cid: str, pool: set[int], side: str) -> int:
    found = index.get(cid)
    if not found:
        raise ValueError(f"curated correspondence names clause {cid!r}, not in the {side} version")
    if len(found) > 1:
        raise ValueError(f"clause id {cid!r} is not unique in the {side} version")
    if found[0] not in pool:
        raise ValueError(f"clause {cid!r} of the {side} version is in two curated correspondences")
    return found[0]


def _pair_identical(
    olds: list[_Item], news: list[_Item], old_pool: set[int], new_pool: set[int]
) -> list[_Match]:
    by_text: dict[str, list[int]] = {}
    for n in sorted(new_pool):
        by_text.setdefault(news[n].text, []).append(n)
    taken: list[tuple[int, int]] = []
    # Same id first, so that a repeated text ("Not used.") stays with its own number.
    for same_id_only in (True, False):
        for o in sorted(old_pool):
            bucket = by_text.get(olds[o].text)
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
    """Which clauses of one side contain each word pair, for clauses in a pool."""

    def __init__(self, items: list[_Item], pool: set[int]):
        self.items = items
        postings: dict[Any, list[int]] = {}
        for i in sorted(pool):
            for shingle in items[i].shingles:
                if shingle in postings:
                    postings[shingle].append(i)
                else:
                    postings[shingle] = [i]
        # Word pairs found in many clauses ("of the") are no evidence of anything and
        # would make the candidate search quadratic again, so leave them out.
        limit = max(10, len(pool) // 5)
        self.common = frozenset(s for s, posting in postings.items() if len(posting) > limit)
        for shingle in self.common:
            del postings[shingle]
        self.postings = postings
        self.informative = {i: len(items[i].shingles - self.common) for i in pool}
        self._shared: dict[int, Counter[int]] = {}

    def shared(self, item: _Item, pool: set[int]) -> Counter[int]:
        """How many informative word pairs ``item`` shares with each clause in ``pool``."""
        # Cached per item (always from the other side): split detection and similarity
        # pairing ask the same question.
        counts = self._shared.get(item.index)
        if counts is None:
            hits: list[int] = []
            for shingle in item.shingles:
                posting = self.postings.get(shingle)
                if posting:
                    hits.extend(posting)
            counts = Counter(hits)  # one flat count is much faster than repeated updates
            self._shared[item.index] = counts
        return Counter({i: c for i, c in counts.items() if i in pool})

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
        shared = index.shared(item, many_pool)
        pieces = sorted(
            m for m, count in shared.items()
            if index.informative[m] and count / index.informative[m] >= _PIECE_CONTAINMENT
        )
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
        shared = index.shared(item, new_pool)
        own = index.own(item)
        # Clauses at least half alike share far more word pairs than a word pair or two
        # in common by chance; skip those before any difflib work.
        candidates = [
            n for n, count in sorted(shared.items(), key=lambda kv: (-kv[1], kv[0]))
            if count >= (own + index.informative[n]) * _MIN_SHARED
        ][:_MAX_CANDIDATES]
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


# ------------------------------------------------------------ moves and ordering


def _mark_moved(matches: list[_Match], olds: list[_Item], news: list[_Item]) -> None:
    paired = sorted((m for m in matches if m.old and m.new), key=lambda m: min(m.new))
    keep = _longest_increasing([min(m.old) for m in paired])
    for position, match in enumerate(paired):
        match.in_order = position in keep
        from_ids = [olds[i].id for i in match.old]
        to_ids = [news[i].id for i in match.new]
        if len(from_ids) == 1 and len(to_ids) == 1:
            renumbered = from_ids != to_ids
        elif len(to_ids) > 1:  # a split keeps its number if one piece carries it on
            renumbered = from_ids[0] not in to_ids
        else:
            renumbered = to_ids[0] not in from_ids
        match.moved = renumbered or not match.in_order


def _longest_increasing(values: list[int]) -> set[int]:
    """Positions of one longest strictly increasing subsequence of ``values``."""
    tails: list[int] = []  # smallest tail value of an increasing run of each length
    tail_pos: list[int] = []
    previous = [-1] * len(values)
    for position, value in enumerate(values):
        length = bisect_left(tails, value)
        if length == len(tails):
            tails.append(value)
            tail_pos.append(position)
        else:
            tails[length] = value
            tail_pos[length] = position
        previous[position] = tail_pos[length - 1] if length else -1
    keep = set()
    position = tail_pos[-1] if tail_pos else -1
    while position != -1:
        keep.add(position)
        position = previous[position]
    return keep


def _in_new_order(matches: list[_Match]) -> list[_Match]:
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
            keyed.append(((min(match.new), 0, 0), match))
            continue
        start = min(match.old)
        anchor = next(
            (anchor_of_old[i] for i in range(start - 1, -1, -1) if i in anchor_of_old), None
        )
        keyed.append((((min(anchor.new) if anchor else -1), 1, start), match))
    keyed.sort(key=lambda pair: pair[0])
    return [match for _, match in keyed]


def _similarity(ops: list[tuple[str, str]], old_text: str, new_text: str) -> float:
    """Share of the words of both sides that the redline shows as unchanged.

    Defined from the ops so that the number matches what readers see: 1.0 for identical
    texts, 0.0 for an added or removed clause.
    """
    total = len(old_text.split()) + len(new_text.split())
    if not total:
        return 1.0 if old_text == new_text else 0.0
    same = sum(len(text.split()) for op, text in ops if op == "equal")
    return 2 * same / total


def _to_pair(match: _Match, olds: list[_Item], news: list[_Item]) -> Pair:
    old_text = _join(olds[i].text for i in match.old)
    new_text = _join(news[i].text for i in match.new)
    if match.status == "unchanged":
        ops = [("equal", new_text)] if new_text else []
    elif match.status == "added":
        ops = [("insert", new_text)] if new_text else []
    elif match.status == "removed":
        ops = [("delete", old_text)] if old_text else []
    else:
        ops = _diff_tokens(_tokens(old_text), _tokens(new_text))
    return Pair(
        from_ids=tuple(olds[i].id for i in match.old),
        to_ids=tuple(news[i].id for i in match.new),
        status=match.status,
        moved=match.moved,
        source=match.source,
        similarity=_similarity(ops, old_text, new_text),
        ops=ops,
        rationale=match.rationale,
    )
