"""A comparison as a Word document with real tracked changes, for committee papers.

Standard library only (``zipfile`` and XML escaping), so the command line, the build and the
browser's Pyodide write the same file. No Python library writes tracked changes (python-docx has
no API for them, and its lxml does not run in Pyodide), so this module writes the few
WordprocessingML parts the document needs and nothing more.

    comparison_docx(comparison, old, new) -> bytes

``comparison`` is the comparison's JSON (``protocol diff --format json``, or the ``comparison``
of ``protocol.compare.api``): ``{"from", "to", "summary", "pairs": [...], "not_in_draft"?}``.
Of each pair it reads ``kind`` (``clause`` when absent; ``heading``, ``preamble``), ``from`` and
``to`` (an id, a list of ids or null; ``"preamble"`` names a version's introduction), ``status``,
``moved``, ``source``, ``rationale`` and ``ops`` (``[{"op": "equal" | "delete" | "insert",
"text"}]``). ``old`` and ``new`` are the two versions as in ``/api/protocol.json``: ``{"id",
"title", "date", "preamble", "sections": [{"id", "title"}], "clauses": [{"id", "text",
"section"}]}``; ``sections`` may be missing (a draft whose headings were not read) and then the
other version's headings are shown unchanged.

The invariants the tests check, reading the file back:

* Accepting every change gives the newer version word for word, in its order: its
  introduction, its section headings ("7. Title") and each clause's number and text. Rejecting
  every change gives each clause of the older version word for word, each once, in the order of
  the newer one (a moved clause is where it now stands, shown as moved on the cover).
* Each clause's words appear once: an edited clause is one paragraph with its deletions and
  insertions, not the old text deleted and the new one inserted. A clause shared by two curated
  entries is written with the first.
* The same input gives the same bytes (fixed archive timestamps and order).

The page opens with a cover (what was compared, the counts, the moved clauses and the curated
correspondences with their reasons), then the compared text from a bookmark named
``ComparedText``; the cover is not part of either version's text.
"""
from __future__ import annotations

import difflib
import io
import re
import zipfile
from dataclasses import dataclass, field
from xml.sax.saxutils import escape, quoteattr

__all__ = ["comparison_docx", "comparison_data", "version_data", "DOCX_MEDIA_TYPE",
           "BODY_BOOKMARK", "docx_filename"]

DOCX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
BODY_BOOKMARK = "ComparedText"

# Paragraph states: "=" in both versions, "-" only in the older (deleted), "+" only in the newer.
_EQ, _DEL, _INS = "=", "-", "+"
_VIEWS = {_EQ: {"accept", "reject"}, _DEL: {"reject"}, _INS: {"accept"}}
_OP_STATE = {"equal": _EQ, "delete": _DEL, "insert": _INS}
_TOKEN = re.compile(r"\S+\s*")
_ZIP_DATE = (2000, 1, 1, 0, 0, 0)  # every member's timestamp, so the same input gives the same bytes
_INDENT = 1134  # twips (2 cm): room for a clause number such as "5.3.1"


def docx_filename(comparison: dict) -> str:
    """A file name for the document: ``protocol-2008-to-2022.docx``."""
    def part(value) -> str:
        return re.sub(r"[^0-9A-Za-z]+", "-", str(value or "")).strip("-").lower() or "version"
    return f"protocol-{part(comparison.get('from'))}-to-{part(comparison.get('to'))}.docx"


def version_data(version=None, *, id: str = "", clauses=(), title: str = "", date: str = "",
                 sections=None) -> dict:
    """A version as the writer reads it (the shape of ``/api/protocol.json``), from the clause
    model's ``Version``, or from a draft's clauses (``sections`` None or empty: headings not
    read)."""
    if version is not None:
        return {"id": version.id, "title": version.title, "date": version.date,
                "date_label": version.date_label, "preamble": version.preamble_text,
                "sections": [{"id": s.number, "title": s.title} for s in version.sections],
                "clauses": [{"id": c.id, "text": c.text, "section": c.section}
                            for c in version.clauses]}
    data = {"id": id, "title": title, "date": date,
            "clauses": [{"id": c.id, "text": c.text, "section": getattr(c, "section", None)}
                        for c in clauses]}
    # A draft whose reader found no headings (``Draft.sections`` is then empty, not None) has
    # not had them read: the engine compares headings only when the draft has some, so they
    # are shown as the other version's, not deleted.
    if sections:
        data["sections"] = [{"id": getattr(s, "number", None) or s["id"],
                             "title": getattr(s, "title", None) or s["title"]} for s in sections]
    return data


def comparison_data(comparison) -> dict:
    """The JSON of an engine ``Comparison``, with each curated pair's rationale."""
    data = comparison.to_json()
    for pair_json, pair in zip(data["pairs"], comparison.pairs):
        if pair.source == "curated" and getattr(pair, "rationale", None):
            pair_json.setdefault("rationale", pair.rationale)
    return data


# ------------------------------------------------------------------------------ the versions


@dataclass
class _Part:
    """One clause, section heading or introduction of one version."""
    key: tuple[str, str]      # ("clause", "7.3"), ("heading", "7"), ("preamble", "")
    number: str | None        # as printed: "7.3", "7." for a heading, None for an introduction
    style: str                # the paragraph style of its paragraphs
    depth: int = 0            # sub-clauses (5.3.1) are indented one step further
    paragraphs: list[tuple[bool, str]] = field(default_factory=list)  # (bullet, text)


def _paragraphs(text: str) -> list[tuple[bool, str]]:
    """Paragraphs of a clause's plain text: blank-line separated; a line starting "•" is a
    bullet (the mark is list structure, never a word); other lines continue the one before."""
    found: list[tuple[bool, str]] = []
    for block in re.split(r"\n\s*\n", str(text or "").replace("\r\n", "\n").replace("\r", "\n")):
        lines: list[tuple[bool, str]] = []
        for raw in block.split("\n"):
            line = " ".join(raw.split())
            if not line:
                continue
            if line.startswith("•"):
                lines.append((True, line[1:].strip()))
            elif lines:
                lines[-1] = (lines[-1][0], f"{lines[-1][1]} {line}".strip())
            else:
                lines.append((False, line))
        found += [(bullet, words) for bullet, words in lines if words]
    return found


class _Version:
    def __init__(self, data: dict):
        data = data if isinstance(data, dict) else {}
        self.id = str(data.get("id") or "")
        self.title = str(data.get("title") or "")
        self.date = str(data.get("date") or "")
        self.date_label = str(data.get("date_label") or "")
        self.parts: dict[tuple[str, str], _Part] = {}
        self.order: list[tuple[str, str]] = []  # document order
        self.section_of: dict[tuple[str, str], str] = {}  # a clause's section number
        sections = data.get("sections")
        self.has_sections = isinstance(sections, list)
        self.section_titles = {str(s.get("id")): str(s.get("title") or "")
                               for s in sections or [] if isinstance(s, dict)}
        preamble = _paragraphs(data.get("preamble") or "")
        if preamble:
            self._add(_Part(("preamble", ""), None, "Preamble", 0, preamble))
        emitted: set[str] = set()
        section_order = list(self.section_titles)
        for clause in data.get("clauses") or []:
            if not isinstance(clause, dict):
                continue
            section = clause.get("section")
            section = None if section is None else str(section)
            if section in self.section_titles and section not in emitted:
                # Sections before it that have no clause of their own come first.
                for sid in section_order[:section_order.index(section) + 1]:
                    if sid not in emitted:
                        emitted.add(sid)
                        self._add_heading(sid)
            cid = str(clause.get("id"))
            if section is not None:
                self.section_of[("clause", cid)] = section
            depth = cid.count(".") - (1 if section else 0)
            self._add(_Part(("clause", cid), cid, "Clause", max(depth, 0),
                            _paragraphs(clause.get("text"))))
        for sid in section_order:
            if sid not in emitted:
                self._add_heading(sid)

    def _add(self, part: _Part) -> None:
        if part.key not in self.parts:
            self.parts[part.key] = part
            self.order.append(part.key)

    def _add_heading(self, sid: str) -> None:
        self._add(_Part(("heading", sid), f"{sid}.", "Heading2", 0,
                        [(False, self.section_titles[sid])] if self.section_titles[sid] else []))

    def part_for(self, kind: str, ident: str) -> _Part | None:
        if ident == "preamble" or kind == "preamble" and ident in ("", "preamble"):
            return self.parts.get(("preamble", ""))
        return self.parts.get(("heading" if kind == "heading" else "clause", ident))


def _ids(value) -> list[str]:
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        return [str(v) for v in value]
    return [str(value)]


# ------------------------------------------------------------------------- what is written


@dataclass
class _Unit:
    """Parts of the older and newer version written together, one diff across them."""
    old: list[_Part]
    new: list[_Part]
    ops: list[tuple[str, str]] | None  # the comparison's own ops, when they cover exactly these
    key: tuple = ()


def _units(comparison: dict, old: _Version, new: _Version) -> list[_Unit]:
    """What the document holds, in the newer version's order; each part used once."""
    pairs = [p for p in comparison.get("pairs") or [] if isinstance(p, dict)]
    position = {key: k for k, key in enumerate(new.order)}
    used_old: set = set()
    used_new: set = set()
    units: list[_Unit] = []
    last = -1.0
    seq = 0

    def add(old_parts: list[_Part], new_parts: list[_Part], ops) -> None:
        nonlocal seq
        if not old_parts and not new_parts:
            return
        seq += 1
        if new_parts:
            key = (position[new_parts[0].key], 1, seq)
        else:  # a removed part stays after what it followed
            key = (last, 2, seq)
        units.append(_Unit(old_parts, new_parts, ops, key))

    for pair in pairs:
        kind = str(pair.get("kind") or "clause")
        olds = [old.part_for(kind, i) for i in _ids(pair.get("from"))]
        news = [new.part_for(kind, i) for i in _ids(pair.get("to"))]
        olds = [p for p in olds if p is not None]
        news = [p for p in news if p is not None]
        fresh_old = [p for p in olds if p.key not in used_old]
        fresh_new = [p for p in news if p.key not in used_new]
        used_old.update(p.key for p in fresh_old)
        used_new.update(p.key for p in fresh_new)
        ops = _pair_ops(pair) if (fresh_old == olds and fresh_new == news) else None
        # The newer parts in runs of neighbours: a piece that stands elsewhere in the newer
        # version (a split across sections) is written where it stands, as an insertion.
        runs: list[list[_Part]] = []
        for part in sorted(fresh_new, key=lambda p: position[p.key]):
            if runs and position[part.key] == position[runs[-1][-1].key] + 1:
                runs[-1].append(part)
            else:
                runs.append([part])
        if len(runs) > 1:
            ops = None
        # Where the pair stands, for the removed parts that follow it in the comparison: where
        # its older parts are written, or, when an earlier curated entry wrote them, at its
        # first newer part (even one that entry wrote too); never at a piece of it that
        # stands further on, which would carry them off past the pairs in between.
        if fresh_old and runs:
            last = position[runs[0][0].key]
        elif news:
            last = min(position[p.key] for p in news)
        add(fresh_old, runs[0] if runs else [], ops)
        for run in runs[1:]:
            add([], run, None)
    _add_missing(units, old, new, used_old, used_new, position, comparison)
    units.sort(key=lambda u: u.key)
    return units


def _add_missing(units, old: _Version, new: _Version, used_old, used_new, position,
                 comparison) -> None:
    """Headings and introductions the comparison has no pairs for, so that accepting all
    changes still gives the whole newer text: matched by section number, a heading of the
    older version is written with the newer one of the same number."""
    partial = "not_in_draft" in comparison
    compared_sections = {old.section_of[key] for key in used_old if key in old.section_of}
    first_of_section: dict[str, _Unit] = {}
    for unit in sorted(units, key=lambda u: u.key):
        for part in unit.old:
            if part.key in old.section_of:
                first_of_section.setdefault(old.section_of[part.key], unit)
    seq = 10 ** 6
    for key in new.order:
        if key in used_new or key[0] == "clause":
            continue
        seq += 1
        olds = []
        counterpart = (old.parts.get(key) if (key[0] == "preamble" and not partial)
                       or key[0] == "heading" else None)
        if counterpart is not None and counterpart.key not in used_old:
            olds = [counterpart]
            used_old.add(counterpart.key)
        used_new.add(key)
        units.append(_Unit(olds, [new.parts[key]], None, (position[key], 0, seq)))
    if not new.has_sections:  # a draft whose headings were not read: keep the older ones
        for key in old.order:
            if key[0] == "heading" and key not in used_old and key[1] in compared_sections:
                used_old.add(key)
                unit = first_of_section.get(key[1])
                place = unit.key[:2] + (unit.key[2] - 0.5,) if unit else (float("inf"), 0, 0)
                units.append(_Unit([old.parts[key]], [old.parts[key]], None, place))
    for key in old.order:
        if key in used_old or key[0] == "clause":
            continue
        if key[0] == "preamble" and partial:
            continue
        if key[0] == "heading" and key[1] not in compared_sections:
            continue
        used_old.add(key)
        unit = first_of_section.get(key[1]) if key[0] == "heading" else None
        if key[0] == "preamble":
            place = (-1, 0, 0)
        elif unit is not None:
            place = unit.key[:2] + (unit.key[2] - 0.5,)
        else:
            place = (float("inf"), 0, 0)
        units.append(_Unit([old.parts[key]], [], None, place))


def _pair_ops(pair: dict) -> list[tuple[str, str]] | None:
    ops = pair.get("ops")
    if not isinstance(ops, list):
        return None
    found = []
    for op in ops:
        if not isinstance(op, dict) or op.get("op") not in _OP_STATE:
            return None
        found.append((str(op["op"]), str(op.get("text") or "")))
    return found


# ------------------------------------------------------------------------------ the diff


@dataclass
class _Piece:
    """A run of the merged text in one state, or a clause number (``number`` set)."""
    text: str
    state: str
    number: bool = False


def _side_text(parts: list[_Part]) -> tuple[str, list[tuple[int, _Part, int]]]:
    """The side's characters without whitespace, and where each paragraph starts in them:
    ``(offset, part, paragraph index)``."""
    chars: list[str] = []
    starts: list[tuple[int, _Part, int]] = []
    count = 0
    for part in parts:
        for k, (_bullet, text) in enumerate(part.paragraphs):
            starts.append((count, part, k))
            solid = "".join(text.split())
            chars.append(solid)
            count += len(solid)
        if not part.paragraphs:
            starts.append((count, part, -1))
    return "".join(chars), starts


def _fallback_ops(old_parts, new_parts) -> list[tuple[str, str]]:
    """A word diff of the parts' texts, when the comparison's ops do not cover exactly them."""
    def tokens(parts):
        return _TOKEN.findall("\n".join(text for part in parts for _, text in part.paragraphs))
    a, b = tokens(old_parts), tokens(new_parts)
    matcher = difflib.SequenceMatcher(None, [t.rstrip() for t in a], [t.rstrip() for t in b],
                                      autojunk=False)
    ops: list[tuple[str, str]] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            # The words match; keep the newer whitespace so accepting gives its paragraphs.
            ops.append(("equal", " ".join(t.rstrip() for t in a[i1:i2]) + " "))
        else:
            if i2 > i1:
                ops.append(("delete", "".join(a[i1:i2]).rstrip() + " "))
            if j2 > j1:
                ops.append(("insert", "".join(b[j1:j2]).rstrip() + " "))
    return ops


_BULLET_MARK = re.compile(r"(\n[ \t]*)•(?:[ \t]|(?=\s|$))")
_LINE_START = re.compile(r"\n[ \t]*$")
_SPACE = re.compile(r"\s+")
_SOLID = re.compile(r"\S")


def _stream(ops: list[tuple[str, str]]) -> list[_Piece]:
    """The ops as runs of text with their state; whitespace becomes one space, bullet marks
    at the start of a line (in the older or the newer text) are dropped."""
    pieces: list[_Piece] = []
    line_start = {_DEL: True, _INS: True}  # per side: is the next character a line's first?
    for op, text in ops:
        state = _OP_STATE[op]
        sides = (_DEL, _INS) if state == _EQ else (state,)
        at_start = all(line_start[side] for side in sides)
        marked = ("\n" if at_start else "") + text
        cleaned = _BULLET_MARK.sub(r"\1", marked)[1 if at_start else 0:]
        if text.strip():
            ends_line = bool(_LINE_START.search(text))
        else:  # whitespace alone: a line break starts a line, a space changes nothing
            ends_line = True if "\n" in text else None
        for side in sides:
            line_start[side] = line_start[side] if ends_line is None else ends_line
        cleaned = _SPACE.sub(" ", cleaned)
        if cleaned:
            if pieces and pieces[-1].state == state:
                pieces[-1].text += cleaned
            else:
                pieces.append(_Piece(cleaned, state))
    return pieces


def _visible(pieces: list[_Piece], side: str) -> str:
    return "".join(p.text for p in pieces if p.state in (_EQ, side)).replace(" ", "")


@dataclass
class _Para:
    pieces: list[_Piece]
    mark: str             # the paragraph mark's state
    part: _Part
    index: int            # the paragraph's index in its part (-1: an empty part)


def _split_points(stream: list[_Piece], starts, side: str) -> list[tuple[int, int, _Part, int]]:
    """Where each of a side's paragraphs starts in the stream: ``(run, character, part,
    paragraph)``, just before the side's first character of it (the first at the very start)."""
    points = []
    wanted = sorted((offset, n) for n, (offset, _part, _k) in enumerate(starts))
    w = 0
    while w < len(wanted) and wanted[w][0] == 0:
        points.append((0, 0, *starts[wanted[w][1]][1:]))
        w += 1
    count = 0
    for r, piece in enumerate(stream):
        if w >= len(wanted):
            break
        if piece.state not in (_EQ, side):
            continue
        solid = len(piece.text) - piece.text.count(" ")
        if wanted[w][0] >= count + solid:
            count += solid
            continue
        solid_at = [m.start() for m in _SOLID.finditer(piece.text)]
        while w < len(wanted) and wanted[w][0] < count + solid:
            points.append((r, solid_at[wanted[w][0] - count], *starts[wanted[w][1]][1:]))
            w += 1
        count += solid
    return points


def _snap(stream: list[_Piece], points, targets: set[tuple[int, int]], other: str):
    """Move each point back to a target point when only ``other``-state text or spaces lie
    between them."""
    moved = []
    for r, c, part, k in points:
        at = (r, c)
        while at not in targets:
            pr, pc = at
            if pc == 0:
                if pr == 0:
                    break
                pr, pc = pr - 1, len(stream[pr - 1].text)
            piece = stream[pr]
            if piece.state != other and piece.text[pc - 1] != " ":
                break
            at = (pr, pc - 1)
        moved.append((*at, part, k) if at in targets else (r, c, part, k))
    return moved


def _unit_paragraphs(unit: _Unit) -> list[_Para]:
    old_chars, old_starts = _side_text(unit.old)
    new_chars, new_starts = _side_text(unit.new)
    stream = _stream(unit.ops) if unit.ops is not None else None
    if stream is None or _visible(stream, _DEL) != old_chars or _visible(stream, _INS) != new_chars:
        stream = _stream(_fallback_ops(unit.old, unit.new))
    old_points = _split_points(stream, old_starts, _DEL)
    new_points = _split_points(stream, new_starts, _INS)
    # A break of one side separated from the other side's only by text that side does not
    # show (and spaces) is the same break: one paragraph mark, not a deleted and an inserted.
    new_points = _snap(stream, new_points, {(r, c) for r, c, *_ in old_points}, _DEL)
    old_points = _snap(stream, old_points, {(r, c) for r, c, *_ in new_points}, _INS)
    breaks: dict[tuple[int, int], dict[str, tuple[_Part, int]]] = {}
    for side, points in ((_DEL, old_points), (_INS, new_points)):
        for r, c, part, k in points:
            breaks.setdefault((r, c), {})[side] = (part, k)

    def number_pieces(slot: dict[str, tuple[_Part, int]]) -> list[_Piece]:
        numbers = {side: part.number for side, (part, k) in slot.items()
                   if k in (0, -1) and part.number}
        if _DEL in numbers and _INS in numbers and numbers[_DEL] == numbers[_INS]:
            return [_Piece(numbers[_DEL], _EQ, True)]
        return [_Piece(numbers[side], side, True) for side in (_DEL, _INS) if side in numbers]

    paragraphs: list[_Para] = []
    current: list[_Piece] = []
    info: dict[str, tuple[_Part, int]] = {}  # the paragraph being written: where it starts

    def at(point: tuple[int, int]) -> None:
        nonlocal current, info
        slot = breaks[point]
        if point != (0, 0):
            sides = set(slot)
            mark = _EQ if sides == {_DEL, _INS} else next(iter(sides))
            part, k = info.get(_INS) or info.get(_DEL)
            paragraphs.append(_Para(current, mark, part, k))
            current, info = [], {}
        info = {**info, **slot}
        current += number_pieces(slot)

    cuts: dict[int, list[int]] = {}
    for r, c in sorted(breaks):
        cuts.setdefault(r, []).append(c)
    if (0, 0) in breaks:
        at((0, 0))
    for r, piece in enumerate(stream):
        last = 0
        for c in cuts.get(r, ()):
            if (r, c) == (0, 0):
                continue
            if c > last:
                current.append(_Piece(piece.text[last:c], piece.state))
            at((r, c))
            last = c
        if last < len(piece.text):
            current.append(_Piece(piece.text[last:], piece.state))
    final = _EQ if unit.old and unit.new else (_DEL if unit.old else _INS)
    part, k = (info.get(_INS) or info.get(_DEL)) if info else ((unit.new or unit.old)[0], -1)
    paragraphs.append(_Para(current, final, part, k))
    return paragraphs


def _trim(paragraphs: list[_Para]) -> None:
    """Drop the spaces that a view (accept, reject) would show at a paragraph's edge: a space
    goes where, in every view that shows it, the nearest text on that side is a paragraph
    break (elsewhere it keeps two words apart). Spaces-only runs do not count as text."""
    flow: list[_Piece | str] = []  # runs, and each paragraph's mark state after its runs
    for para in paragraphs:
        flow += para.pieces
        flow.append(para.mark)
    for n, item in enumerate(flow):
        if isinstance(item, str) or item.number or " " not in (item.text[0], item.text[-1]):
            continue
        views = _VIEWS[item.state]
        if item.text[-1] == " " and _edge(flow, n, views, 1):
            item.text = item.text.rstrip(" ")
        if item.text and item.text[0] == " " and _edge(flow, n, views, -1):
            item.text = item.text.lstrip(" ")
    for para in paragraphs:
        para.pieces[:] = [p for p in para.pieces if p.text]


def _edge(flow, n: int, views: set[str], step: int) -> bool:
    """Is the nearest thing beyond ``flow[n]`` (after it: step 1; before it: -1) that each of
    ``views`` shows a paragraph break (or the document's edge)?"""
    waiting = set(views)
    k = n + step
    while waiting and 0 <= k < len(flow):
        item = flow[k]
        if isinstance(item, str):
            waiting -= _VIEWS[item]  # a paragraph break these views show
        elif item.number or item.text.strip():
            if _VIEWS[item.state] & waiting:
                return False
        k += step
    return True


# ------------------------------------------------------------------------------- the XML


_W = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')


def _x(text: str) -> str:
    return escape(text)


class _Writer:
    def __init__(self, author: str, date: str | None):
        self.author = author
        self.date = date
        self.revision = 0
        self.odd = False  # alternate paragraphs' revisions are dated two minutes later

    def _rev(self) -> str:
        self.revision += 1
        date = ""
        if self.date:
            # LibreOffice (7.4) joins revisions by the same author made within about a
            # minute of each other into one, even across a paragraph break that neither
            # touches, and rejecting all then removes that break too ("issued).3 In
            # general"). Two minutes between neighbouring paragraphs keep them apart; the
            # date stays the newer version's.
            stamp = self.date.replace("T00:00:00Z", "T00:02:00Z") if self.odd else self.date
            date = f" w:date={quoteattr(stamp)}"
        return f'w:id="{self.revision}" w:author={quoteattr(self.author)}{date}'

    def run(self, text: str, state: str, bold: bool = False, tab: bool = False) -> str:
        props = "<w:rPr><w:b/></w:rPr>" if bold else ""
        tag = "w:delText" if state == _DEL else "w:t"
        body = f'<{tag} xml:space="preserve">{_x(text)}</{tag}>' if text else ""
        if tab:
            body += "<w:tab/>"
        xml = f"<w:r>{props}{body}</w:r>"
        if state == _INS:
            return f"<w:ins {self._rev()}>{xml}</w:ins>"
        if state == _DEL:
            return f"<w:del {self._rev()}>{xml}</w:del>"
        return xml

    def mark(self, state: str) -> str:
        """The paragraph mark's revision, inside ``w:pPr``."""
        if state == _INS:
            return f"<w:rPr><w:ins {self._rev()}/></w:rPr>"
        if state == _DEL:
            return f"<w:rPr><w:del {self._rev()}/></w:rPr>"
        return ""

    def paragraph(self, para: _Para, bookmark: bool) -> str:
        self.odd = not self.odd
        part = para.part
        bullet = 0 <= para.index < len(part.paragraphs) and part.paragraphs[para.index][0]
        numbered = any(p.number for p in para.pieces)
        left = _INDENT * (part.depth + 1)
        props = ""
        if part.style == "Heading2":
            props = '<w:pStyle w:val="Heading2"/><w:ind w:left="0" w:firstLine="0"/>' \
                if not numbered else '<w:pStyle w:val="Heading2"/>' \
                '<w:tabs><w:tab w:val="left" w:pos="567"/></w:tabs>' \
                '<w:ind w:left="567" w:hanging="567"/>'
        elif part.style == "Preamble":
            props = '<w:pStyle w:val="BodyText"/>'
        elif bullet:
            props = ('<w:pStyle w:val="ListBullet"/><w:numPr><w:ilvl w:val="0"/>'
                     f'<w:numId w:val="1"/></w:numPr><w:ind w:left="{left + 360}" '
                     'w:hanging="360"/>')
        elif numbered:
            props = (f'<w:pStyle w:val="BodyText"/><w:tabs><w:tab w:val="left" w:pos="{left}"/>'
                     f'</w:tabs><w:ind w:left="{left}" w:hanging="{_INDENT}"/>')
        else:  # a clause's later paragraph, aligned with its text
            props = f'<w:pStyle w:val="BodyText"/><w:ind w:left="{left}"/>'
        runs = []
        k = 0
        pieces = para.pieces
        while k < len(pieces):
            piece = pieces[k]
            if piece.number:
                runs.append(self.run(piece.text, piece.state, bold=True, tab=True))
                k += 1
                continue
            text = []
            while k < len(pieces) and not pieces[k].number and pieces[k].state == piece.state:
                text.append(pieces[k].text)
                k += 1
            runs.append(self.run("".join(text), piece.state))
        start = end = ""
        if bookmark:
            start = f'<w:bookmarkStart w:id="0" w:name="{BODY_BOOKMARK}"/>'
            end = '<w:bookmarkEnd w:id="0"/>'
        return f"<w:p><w:pPr>{props}{self.mark(para.mark)}</w:pPr>{start}{''.join(runs)}{end}</w:p>"


def _plain(text: str, style: str = "BodyText", extra: str = "") -> str:
    return (f'<w:p><w:pPr><w:pStyle w:val="{style}"/>{extra}</w:pPr>'
            f'<w:r><w:t xml:space="preserve">{_x(text)}</w:t></w:r></w:p>')


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


def _human_date(date: str) -> str:
    """``2022-01-04`` -> "4 January 2022"; ``2008-06`` -> "June 2008"."""
    match = re.fullmatch(r"(\d{4})-(\d{2})(?:-(\d{2}))?", date or "")
    if not match or not 1 <= int(match.group(2)) <= 12:
        return date
    month = _MONTHS[int(match.group(2)) - 1]
    day = f"{int(match.group(3))} " if match.group(3) else ""
    return f"{day}{month} {match.group(1)}"


def _label(version: _Version) -> str:
    if not version.title:
        return version.id or "the draft"
    when = _human_date(version.date)
    if when and version.date_label:
        when = f"{version.date_label} {when}"
    return f"{version.title} ({version.id}" + (f", {when})" if when else ")")


# The summary's keys as the cover's rows name them. A curated pair whose words differ counts
# under "corresponds", never under "changed"; a key not listed is shown as its words.
_COUNT_NAMES = {"unchanged": "Unchanged", "changed": "Changed", "corresponds": "Corresponds",
                "split": "Split", "merged": "Merged", "added": "Added", "removed": "Removed",
                "moved": "Moved", "renumbered": "Renumbered",
                "substantive": "Substantive changes", "editorial": "Editorial changes only",
                "headings_renamed": "Headings renamed", "headings_added": "Headings added",
                "headings_removed": "Headings removed", "headings_moved": "Headings moved"}


def _count_name(key) -> str:
    key = str(key)
    return _COUNT_NAMES.get(key) or key.replace("_", " ").strip().capitalize()


def _cover(comparison: dict, old: _Version, new: _Version, units) -> str:
    xml = [_plain(f"Comparison of the Protocol on Member/Officer Relations: {old.id} and "
                  f"{new.id}", "Title"),
           _plain(f"From: {_label(old)}."), _plain(f"To: {_label(new)}."),
           _plain("Every difference is a tracked change: deleted words are struck through and "
                  "inserted words underlined. Accept all changes to get the text of "
                  f"{new.id or 'the newer version'}; reject all changes to get the text of "
                  f"{old.id or 'the older version'}. Each clause appears once, in the order of "
                  f"{new.id or 'the newer version'}; clauses that moved are listed below.")]
    not_in = comparison.get("not_in_draft")
    if isinstance(not_in, list) and not_in:
        xml.append(_plain("Sections not in the draft, and not compared: "
                          + ", ".join(str(s) for s in not_in) + "."))
    if not new.has_sections and old.has_sections:
        xml.append(_plain(f"The headings of {new.id or 'the draft'} were not read; the "
                          f"headings shown are those of {old.id}."))
    summary = comparison.get("summary")
    if isinstance(summary, dict) and summary:
        xml.append(_plain("Summary, counted by clause", "Heading1"))
        counts = []
        for name, count in summary.items():
            label = _count_name(name)
            if isinstance(count, dict):  # a count broken down ({"substantive": 3, ...})
                counts += [(f"{label}: {_count_name(k).lower()}", v) for k, v in count.items()]
            else:
                counts.append((label, count))
        rows = "".join("<w:tr>" + _cell(label) + _cell(str(count), right=True) + "</w:tr>"
                       for label, count in counts)
        xml.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" '
                   'w:type="auto"/><w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid>'
                   '<w:gridCol w:w="4500"/><w:gridCol w:w="1200"/></w:tblGrid>'
                   f"{rows}</w:tbl>")
    pairs = [p for p in comparison.get("pairs") or [] if isinstance(p, dict)]
    moved = [p for p in pairs if p.get("moved")]
    if moved:
        xml.append(_plain("Moved", "Heading1"))
        for pair in moved:
            xml.append(_plain(f"{_pair_name(pair, old, new)}.", "ListParagraph"))
    curated = [p for p in pairs if p.get("source") == "curated"]
    if curated:
        xml.append(_plain("Curated correspondences", "Heading1"))
        xml.append(_plain("Where a version rewrote the text, clauses that deal with the same rule "
                          "were paired by hand, each with the reason:"))
        for pair in curated:
            why = str(pair.get("rationale") or "").strip()
            xml.append(_plain(f"{_pair_name(pair, old, new)}" + (f". {why}" if why else "."),
                              "ListParagraph"))
    return "".join(xml)


def _pair_name(pair: dict, old: _Version, new: _Version) -> str:
    def side(version: _Version, value) -> str:
        ids = _ids(value)
        if not ids:
            return f"no counterpart in {version.id}"
        if pair.get("kind") == "heading":
            return f"{version.id} section " + " + ".join(ids)
        words = [("introduction" if i == "preamble" else i) for i in ids]
        return f"{version.id} " + ("clause " if len(ids) == 1 else "clauses ") + " + ".join(words)
    if not _ids(pair.get("to")):
        return f"{side(old, pair.get('from'))}: {side(new, None)}"
    if not _ids(pair.get("from")):
        return f"{side(new, pair.get('to'))}: {side(old, None)}"
    return f"{side(old, pair.get('from'))} → {side(new, pair.get('to'))}"


def _cell(text: str, right: bool = False) -> str:
    align = '<w:jc w:val="right"/>' if right else ""
    return (f'<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr><w:p><w:pPr>{align}'
            f'<w:spacing w:after="0"/></w:pPr><w:r><w:t xml:space="preserve">{_x(text)}</w:t>'
            "</w:r></w:p></w:tc>")


def _iso(date: str) -> str | None:
    match = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", date or "")
    if not match:
        return None
    year, month, day = match.group(1), match.group(2) or "01", match.group(3) or "01"
    return f"{year}-{month}-{day}T00:00:00Z"


def comparison_docx(comparison: dict, old: dict, new: dict, *, author: str | None = None,
                    date: str | None = None) -> bytes:
    """The comparison as a .docx file (see the module docstring).

    ``author`` names the tracked changes (default: the newer version, "2022 version");
    ``date`` is their date (default: the newer version's date; a draft without one has none).
    """
    old_v, new_v = _Version(old), _Version(new)
    if not new_v.has_sections:
        new_v.section_titles = dict(old_v.section_titles)
    when = _iso(date or new_v.date)
    writer = _Writer(author or (f"{new_v.id} version" if new_v.date else new_v.id or "Draft"),
                     when)
    units = _units(comparison, old_v, new_v)
    body = [_cover(comparison, old_v, new_v, units),
            '<w:p><w:r><w:br w:type="page"/></w:r></w:p>']
    paragraphs = [para for unit in units for para in _unit_paragraphs(unit)]
    _trim(paragraphs)
    for n, para in enumerate(paragraphs):
        body.append(writer.paragraph(para, bookmark=n == 0))
    # A document ends with a paragraph whose mark no revision touches.
    body.append("<w:p/>")
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {_W}>'
                f'<w:body>{"".join(body)}<w:sectPr><w:footerReference w:type="default" '
                'r:id="rIdFooter"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" '
                'w:right="1304" w:bottom="1440" w:left="1304" w:header="709" w:footer="709" '
                'w:gutter="0"/></w:sectPr></w:body></w:document>')
    title = f"Comparison of {old_v.id} and {new_v.id}"
    return _package(document, title, writer.author, when)


# ---------------------------------------------------------------------------- the package


_CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>"""

_ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>"""

_DOCUMENT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rIdNumbering" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/><Relationship Id="rIdFooter" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>"""

# Further edits are tracked too, as a committee paper's are.
_SETTINGS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings {_W}><w:trackRevisions/><w:defaultTabStop w:val="567"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>"""

_FOOTER = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:ftr {_W}><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t xml:space="preserve">Page </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:ftr>"""

_NUMBERING = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering {_W}><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u2022"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/></w:rPr></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>"""


def _style(sid: str, name: str, ppr: str = "", rpr: str = "", kind: str = "paragraph",
           extra: str = "") -> str:
    return (f'<w:style w:type="{kind}" w:styleId="{sid}"><w:name w:val="{name}"/>{extra}'
            f"<w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>")


_STYLES = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles {_W}>'
           '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" '
           'w:cs="Arial" w:eastAsia="Arial"/><w:sz w:val="22"/><w:szCs w:val="22"/>'
           '<w:lang w:val="en-GB"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>'
           '<w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault>'
           '</w:docDefaults>'
           + _style("Normal", "Normal", extra='<w:qFormat/>').replace(
               'w:styleId="Normal"', 'w:default="1" w:styleId="Normal"')
           + _style("Title", "Title", '<w:spacing w:after="240"/>',
                    '<w:b/><w:sz w:val="36"/><w:szCs w:val="36"/>',
                    extra='<w:basedOn w:val="Normal"/><w:qFormat/>')
           + _style("Heading1", "heading 1", '<w:keepNext/><w:spacing w:before="240" '
                    'w:after="120"/><w:outlineLvl w:val="0"/>',
                    '<w:b/><w:sz w:val="28"/><w:szCs w:val="28"/>',
                    extra='<w:basedOn w:val="Normal"/><w:next w:val="BodyText"/><w:qFormat/>')
           + _style("Heading2", "heading 2", '<w:keepNext/><w:spacing w:before="240" '
                    'w:after="120"/><w:outlineLvl w:val="1"/>',
                    '<w:b/><w:sz w:val="26"/><w:szCs w:val="26"/>',
                    extra='<w:basedOn w:val="Normal"/><w:next w:val="BodyText"/><w:qFormat/>')
           + _style("BodyText", "Body Text", extra='<w:basedOn w:val="Normal"/><w:qFormat/>')
           + _style("ListBullet", "List Bullet", '<w:numPr><w:numId w:val="1"/></w:numPr>',
                    extra='<w:basedOn w:val="Normal"/>')
           + _style("ListParagraph", "List Paragraph", '<w:ind w:left="567" w:hanging="283"/>',
                    extra='<w:basedOn w:val="Normal"/>')
           + '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/>'
           '<w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
           '<w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" '
           'w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" '
           'w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
           '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders>'
           '<w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>'
           '</w:tblCellMar></w:tblPr></w:style></w:styles>')


def _core(title: str, author: str, when: str | None) -> str:
    dates = ""
    if when:
        dates = (f'<dcterms:created xsi:type="dcterms:W3CDTF">{when}</dcterms:created>'
                 f'<dcterms:modified xsi:type="dcterms:W3CDTF">{when}</dcterms:modified>')
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties '
            'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f"<dc:title>{_x(title)}</dc:title><dc:creator>{_x(author)}</dc:creator>{dates}"
            "</cp:coreProperties>")


def _package(document: str, title: str, author: str, when: str | None) -> bytes:
    parts = [("[Content_Types].xml", _CONTENT_TYPES), ("_rels/.rels", _ROOT_RELS),
             ("docProps/core.xml", _core(title, author, when)),
             ("word/document.xml", document), ("word/_rels/document.xml.rels", _DOCUMENT_RELS),
             ("word/styles.xml", _STYLES), ("word/numbering.xml", _NUMBERING),
             ("word/settings.xml", _SETTINGS), ("word/footer1.xml", _FOOTER)]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in parts:
            info = zipfile.ZipInfo(name, date_time=_ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 0
            archive.writestr(info, text.encode("utf-8"), compresslevel=6)
    return buffer.getvalue()
