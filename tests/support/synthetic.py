"""Synthetic pairs of protocol versions with known edits, for tests and benchmarks.

Standard library only.

Public names
------------
``SimpleClause``
    A frozen dataclass with ``id`` and ``text``, shaped like ``protocol.model.Clause``.
``make_synthetic_pair(n, edited=0.10, moved=0.05, added_removed=0.05, seed=0, rewrap=False)``
    Two lists of ``SimpleClause``: an old version of ``n`` clauses and a new version made
    from it by editing, moving, removing and adding clauses.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

__all__ = ["SimpleClause", "make_synthetic_pair"]

# Enough distinct words that two random clauses share almost no word pairs, so the
# only similar clauses are the ones the generator made similar on purpose.
_WORDS = (
    "member officer council committee protocol relation advice support policy decision "
    "report meeting chairman group party public interest conduct code standard respect "
    "courtesy impartial political neutral statutory duty role responsibility authority "
    "information confidential document access request matter business service manager "
    "director executive cabinet scrutiny panel review consult inform brief agenda minute "
    "resolution budget finance legal monitoring whistleblowing complaint procedure process "
    "practice convention guidance principle integrity honesty openness accountability "
    "leadership stewardship objectivity selflessness judgement equality discrimination "
    "harassment pressure influence familiarity relationship partnership constructive "
    "trust working ward constituent resident community media press release correspondence "
    "letter email telephone visit site premises property contract tender purchase order "
    "appointment dismissal discipline employee staff training development induction "
    "election candidate campaign opposition majority minority spokesperson portfolio "
    "delegation scheme constitution section paragraph appendix schedule annex clause "
    "should must may will shall not only also always never properly promptly fairly "
    "directly formally informally jointly separately reasonably normally generally"
).split()


@dataclass(frozen=True)
class SimpleClause:
    id: str
    text: str


def _number(position: int) -> str:
    # Ten clauses to a section: 1.1 … 1.10, 2.1 …
    return f"{position // 10 + 1}.{position % 10 + 1}"


def _sentence(rng: random.Random, length: int) -> str:
    words = [rng.choice(_WORDS) for _ in range(length)]
    words[0] = words[0].capitalize()
    return " ".join(words) + "."


def _clause_text(rng: random.Random) -> str:
    paragraphs = []
    for _ in range(rng.randint(1, 3)):
        if rng.random() < 0.2:
            items = [f"• {_sentence(rng, rng.randint(5, 14))}" for _ in range(rng.randint(2, 5))]
            paragraphs.append(_sentence(rng, rng.randint(4, 8))[:-1] + ":\n" + "\n".join(items))
        else:
            paragraphs.append(" ".join(_sentence(rng, rng.randint(6, 20))
                                       for _ in range(rng.randint(1, 4))))
    return "\n\n".join(paragraphs)


def _edit(rng: random.Random, text: str) -> str:
    """Make one to three word-level changes that leave the text different."""
    edited = _edit_once(rng, text)
    while edited == text:  # e.g. a word inserted and then deleted again
        edited = _edit_once(rng, text)
    return edited


def _edit_once(rng: random.Random, text: str) -> str:
    paragraphs = [p.split(" ") for p in text.split("\n\n")]
    for _ in range(rng.randint(1, 3)):
        words = rng.choice(paragraphs)
        # Bullet markers and line breaks stay put; edit a plain word.
        spots = [i for i, w in enumerate(words) if w.isalpha()]
        if not spots:
            words.append(rng.choice(_WORDS))
            continue
        i = rng.choice(spots)
        kinds = ("replace", "insert", "delete") if len(spots) > 3 else ("replace", "insert")
        kind = rng.choice(kinds)
        if kind == "replace":
            words[i] = rng.choice([w for w in _WORDS if w != words[i].lower()])
        elif kind == "insert":
            words.insert(i, rng.choice(_WORDS))
        else:
            del words[i]
    return "\n\n".join(" ".join(words) for words in paragraphs)


def _rewrap(rng: random.Random, text: str) -> str:
    # Break lines at random spaces: a pure re-wrap, which must compare as unchanged.
    out = []
    for paragraph in text.split("\n\n"):
        lines = []
        for line in paragraph.split("\n"):
            words = line.split(" ")
            pieces = [words[0]]
            for word in words[1:]:
                pieces.append(("\n" if rng.random() < 0.12 else " ") + word)
            lines.append("".join(pieces))
        out.append("\n".join(lines))
    return "\n\n".join(out)


def make_synthetic_pair(
    n: int = 200,
    edited: float = 0.10,
    moved: float = 0.05,
    added_removed: float = 0.05,
    seed: int = 0,
    rewrap: bool = False,
) -> tuple[list[SimpleClause], list[SimpleClause]]:
    """Return ``(old, new)`` versions with known edits.

    ``old`` has ``n`` clauses numbered 1.1, 1.2, … (ten to a section). ``new`` is made from
    it by editing ``round(n * edited)`` clauses (one to three words each), moving
    ``round(n * moved)`` unedited clauses elsewhere, removing ``round(n * added_removed)``
    clauses and adding as many new ones; the three groups of old clauses are disjoint.
    ``new`` is then renumbered within each section (a moved or added clause joins the
    section of the clause before it), as a real new version would be. With
    ``rewrap`` every new clause is also re-wrapped, which must not count as a change.
    """
    rng = random.Random(seed)
    n_edited, n_moved, n_changed = round(n * edited), round(n * moved), round(n * added_removed)
    if n_edited + n_moved + n_changed > n:
        raise ValueError("edited + moved + added_removed must not exceed 1")
    texts: list[str] = []
    seen = set()
    while len(texts) < n:
        text = _clause_text(rng)
        if text not in seen:  # practically always; keeps the expected counts exact
            seen.add(text)
            texts.append(text)
    old = [SimpleClause(_number(i), text) for i, text in enumerate(texts)]

    chosen = rng.sample(range(n), n_edited + n_moved + n_changed)
    to_edit = set(chosen[:n_edited])
    to_move = chosen[n_edited:n_edited + n_moved]
    to_remove = set(chosen[n_edited + n_moved:])

    # Entries are [section, origin, text]; origin -1 marks an added clause.
    body = [[i // 10, i, _edit(rng, texts[i]) if i in to_edit else texts[i]]
            for i in range(n) if i not in to_remove]
    for i in to_move:
        at = next(k for k, entry in enumerate(body) if entry[1] == i)
        entry = body.pop(at)
        # Somewhere at least two places away, so the clause really changes its neighbours.
        places = [k for k in range(len(body) + 1) if abs(k - at) > 1] or [0]
        _insert(body, rng.choice(places), entry)
    for _ in range(n_changed):
        text = _clause_text(rng)
        while text in seen:
            text = _clause_text(rng)
        seen.add(text)
        _insert(body, rng.randint(0, len(body)), [0, -1, text])

    # Renumber within each section, as a real new version would be.
    new = []
    counters: dict[int, int] = {}
    for section, _, text in body:
        counters[section] = counters.get(section, 0) + 1
        clause_id = f"{section + 1}.{counters[section]}"
        new.append(SimpleClause(clause_id, _rewrap(rng, text) if rewrap else text))
    return old, new


def _insert(body: list[list], at: int, entry: list) -> None:
    # A clause put between others joins the section of the clause before it.
    if body:
        entry[0] = body[at - 1][0] if at > 0 else body[0][0]
    body.insert(at, entry)
