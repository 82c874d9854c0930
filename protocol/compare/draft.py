"""Read a draft revision of the protocol: the version Markdown format (front matter optional)
or plain numbered text, as a copy of a web page or a word-processed draft gives.

Standard library plus markdown-it-py only (never YAML), so it runs in the browser too.

Plain numbered text is what a copy of a web page or a word-processed draft gives::

    7. Members' Access to Information          a section heading: a number, then its title,
      1. Members are free to approach ...      then its clauses, indented: 7.1
      2. As regards the legal rights ...       7.2
        1. A sub-paragraph ...                 7.2.1
    • a bullet (or "- ", "* ")

or clauses numbered in full (``7.3 Members have ...``), or one level of numbers (``8.  Any
elected member ...``, wrapped over several lines, as in the 2008 text). A clause runs until the
next numbered line; a blank line, or a line starting further in or out after a full stop, starts
a new paragraph. Text before the first clause (a title, an introduction) is not a clause.

Both readers refuse a number given twice or out of sequence (``draft:LINE: message``), so that a
mistyped number is never silently merged into the clause before it; a number skipped within a
section (a deleted clause) is a warning, and whole sections may be left out (a draft of one
section). Bullet marks are list structure, never words: a list copied from a web page without
them reads as the same clause.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from protocol.text.model import BulletList, Clause, Paragraph, Section
from protocol.text.parse import _follows, _skipped, parse_body, split_front_matter
from protocol.authoring import Problem, ProblemsError
from protocol.compare.engine import Comparison, compare

__all__ = ["Draft", "read_draft", "read_plain", "compare_draft", "sections_left_out"]

_MARKDOWN_CLAUSE = re.compile(r"^#{1,6}\s+\d+(?:\.\d+)*\s*$", re.M)
_FRONT_ID = re.compile(r"""^id:\s*["']?([^"'\s#]+)["']?\s*(?:#.*)?$""", re.M)
# "7.3 text", "7.3. text", "3. text", "3) text"; the text may be empty (a heading line alone).
_NUMBERED = re.compile(r"^(\d+(?:\.\d+)+)\.?(?:\s+(.*))?$|^(\d+)[.)](?:\s+(.*))?$")
_BULLET = re.compile(r"^(?:•|[-*])\s*(.*)$")
# Text copied from this site's own version pages: a clause's number comes as "Clause7.3" (its
# heading, with a visually hidden "Clause "), and the page's own notes and links around the
# clause text are not protocol text.
_PAGE_NUMBER = re.compile(r"^Clause\s*(\d+(?:\.\d+)*)$")
_PAGE_FURNITURE = re.compile(
    r"^(?:Link to clause \S+?#?|Guides that use this clause: .*|History: .*"
    r"|New in the \S+ version: .*|Same text in the \S+ version.*"
    r"|In the \S+ version, clauses? .*|No counterpart in the \S+ version.*"
    r"|Editorial note: .*)$")
_SENTENCE_END = (".", ":", ";", "!", "?", "”", '"', "’", ")")
_MAX_DRAFT = 2_000_000  # characters; a protocol is about 60,000


@dataclass(frozen=True)
class Draft:
    clauses: tuple[Clause, ...]
    id: str | None
    format: str  # "markdown" or "plain"
    sections: tuple[Section, ...] = ()
    warnings: tuple[Problem, ...] = ()

    def section_numbers(self) -> list[str]:
        """The sections the draft contains: its headings and its clauses' sections."""
        found = [s.number for s in self.sections]
        found += [c.section for c in self.clauses if c.section]
        return list(dict.fromkeys(found))


def read_draft(text: str, path: str = "draft") -> Draft:
    """Read a draft in either format; raises ProblemsError (``path:line: message``)."""
    if not isinstance(text, str):
        raise ProblemsError([Problem(path, 1, "the draft must be text")])
    if len(text) > _MAX_DRAFT:
        raise ProblemsError([Problem(path, 1, "the draft is too long to be a version of the "
                                              "protocol")])
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    front, body, first = split_front_matter(text)
    version_id = None
    if front is not None:
        match = _FRONT_ID.search(front)
        version_id = match.group(1) if match else None
    warnings: list[Problem] = []
    if front is not None or _MARKDOWN_CLAUSE.search(body):
        _, sections, clauses = parse_body(body, path, first, version_id or "", warnings)
        fmt = "markdown"
    else:
        sections, clauses = _read_plain(text, path, warnings)
        fmt = "plain"
    if not clauses:
        raise ProblemsError([Problem(path, 1, "no numbered clauses found: number each clause "
                                              "as in the protocol (\"7.3 Members have ...\", or "
                                              "\"### 7.3\" headings in Markdown)")])
    return Draft(clauses, version_id, fmt, tuple(sections), tuple(warnings))


# ------------------------------------------------------------------------------ plain text


@dataclass
class _Line:
    number: int   # 1-based line in the file
    indent: int
    text: str     # stripped
    blank_before: bool


@dataclass
class _Item:
    line: _Line
    label: str           # the number as printed: "7.3" or "3"
    rest: str            # text after the number on the same line
    full: bool           # numbered in full (7.3) rather than relative (3.)
    body: list           # following lines that belong to it
    id: str = ""
    section: str | None = None
    is_section: bool = False


def _lines(text: str) -> list[_Line]:
    out: list[_Line] = []
    blank = False
    for n, raw in enumerate(text.split("\n"), 1):
        raw = raw.replace("\t", "    ").replace("\u00a0", " ")
        stripped = raw.strip()
        if _PAGE_FURNITURE.match(stripped):
            continue  # copied from a version page: a note or link beside the clause
        if not stripped:
            blank = True
            continue
        out.append(_Line(n, len(raw) - len(raw.lstrip(" ")), stripped, blank))
        blank = False
    return out


def _numbered(line: _Line) -> tuple[str, str, bool] | None:
    page = _PAGE_NUMBER.match(line.text)
    if page:
        return page.group(1), "", True
    match = _NUMBERED.match(line.text)
    if not match:
        return None
    if match.group(1):
        return match.group(1), (match.group(2) or "").strip(), True
    return match.group(3), (match.group(4) or "").strip(), False


def read_plain(text: str, path: str = "draft") -> tuple[Clause, ...]:
    """Clauses from plain numbered text (see the module docstring); raises ProblemsError."""
    return _read_plain(text, path, [])[1]


def _read_plain(text: str, path: str, warnings: list[Problem]
                ) -> tuple[tuple[Section, ...], tuple[Clause, ...]]:
    problems: list[Problem] = []
    items = _items(_lines(text), problems, path)
    _assign_ids(items, problems, path)
    clauses = []
    sections: list[Section] = []
    seen: dict[str, int] = {}
    previous: _Item | None = None
    for item in items:
        if item.is_section:
            sections.append(Section(item.id, item.rest, item.line.number))
            continue
        if item.id not in seen:
            _sequence(previous, item, problems, warnings, path)
            previous = item
        if item.id in seen:
            problems.append(Problem(path, item.line.number, f"clause {item.id} is numbered "
                                                            f"twice (first at line "
                                                            f"{seen[item.id]})"))
            continue
        seen[item.id] = item.line.number
        blocks = _blocks(item)
        if not blocks:
            problems.append(Problem(path, item.line.number, f"clause {item.id} has no text"))
            continue
        clauses.append(Clause(item.id, item.section, tuple(blocks), item.line.number, ""))
    if problems:
        raise ProblemsError(sorted(problems, key=lambda p: p.line))
    return tuple(sections), tuple(clauses)


def _sequence(previous: "_Item | None", item: "_Item", problems: list[Problem],
              warnings: list[Problem], path: str) -> None:
    """A clause must follow the one before it; a skipped number is a warning, a new section
    (a later one: sections may be left out) starts again at its first clause."""
    prev_id = previous.id if previous is not None else None
    section = item.section
    if previous is not None and previous.section != section:
        if section is not None and previous.section is not None \
                and section.isdigit() and previous.section.isdigit() \
                and int(section) < int(previous.section):
            problems.append(Problem(path, item.line.number, f"section {section} is out of "
                                                            f"sequence (after section "
                                                            f"{previous.section})"))
            return
        prev_id = None
    if _follows(prev_id, item.id, section):
        return
    if _skipped(prev_id, item.id, section):
        warnings.append(Problem(path, item.line.number, f"clause {item.id} follows "
                                                        f"{prev_id or 'the section heading'}: a "
                                                        "number is skipped (a deleted clause?)",
                                warning=True))
        return
    problems.append(Problem(path, item.line.number, f"clause {item.id} is out of sequence "
                                                    f"(after {prev_id or 'the start'})"))


def _items(lines: list[_Line], problems: list[Problem], path: str) -> list[_Item]:
    """Split the lines into numbered items; lines before the first one are not a clause."""
    items: list[_Item] = []
    furniture = False
    previous: _Line | None = None
    for line in lines:
        found = _numbered(line)
        verdict = _plausible(found, line, items, previous) if found else "text"
        previous = line
        if verdict == "item":
            label, rest, full = found
            items.append(_Item(line, label, rest, full, []))
            furniture = False
            continue
        if verdict != "text":
            # Set out like the next clause but numbered wrongly: never merge it into the
            # clause before (a mistyped "17." for "7.", or "6." typed twice).
            problems.append(Problem(path, line.number, verdict))
        if not items:
            continue  # a title or an introduction
        current = items[-1]
        if (line.blank_before and line.indent < current.line.indent
                and not _BULLET.match(line.text)):
            # Text further out than the indented clauses, after a blank line, is page
            # furniture ("Back to top", a feedback form), not part of the clause.
            furniture = True
        if not furniture:
            current.body.append(line)
    return items


# How far a relative number may jump (a draft that drops a clause without renumbering).
_MAX_GAP = 5


def _plausible(found: tuple[str, str, bool], line: _Line, items: list[_Item],
               previous: _Line | None) -> str:
    """Is a numbered-looking line a new item ("item"), wrapped text that happens to start with
    a number ("text"), or set out as the next item but numbered out of sequence (the message)?
    Relative numbers must follow the item before them at their level."""
    label, _, full = found
    if full or not items:
        return "item"
    number = int(label)
    # Set out as an item: after a blank line, or after a line that ends a sentence.
    set_out = line.blank_before or (previous is not None
                                    and previous.text.endswith(_SENTENCE_END))
    for earlier in reversed(items):
        if earlier.full:
            continue  # clauses numbered in full do not nest by indentation
        if earlier.line.indent < line.indent:
            # The first item under a parent: 1, or (set out as an item) a later number, where
            # a draft starts after a deleted clause (the sequence check warns of the gap).
            if number == 1 or (set_out and number <= 1 + _MAX_GAP):
                return "item"
            return "text"
        if earlier.line.indent == line.indent:
            last = int(earlier.label)
            if last < number <= last + _MAX_GAP:
                return "item"
            if not set_out or earlier.line.indent == 0 and not earlier.rest:
                return "text"
            if number == last:
                return (f"number {number}. is typed twice (first at line {earlier.line.number}); "
                        "number each clause once")
            return (f"number {number}. is out of sequence after {last}. (line "
                    f"{earlier.line.number}); check the numbering")
    return "item"  # the outermost level seen so far


def _is_section(k: int, items: list[_Item]) -> bool:
    """A relative, unindented item with only a title, followed by numbered items under it
    ("7. Members' Access to Information" then "  1. ..." or "7.1 ..."), is a section heading."""
    item = items[k]
    nxt = items[k + 1] if k + 1 < len(items) else None
    if item.full or item.line.indent or item.body or not item.rest or nxt is None:
        return False
    if item.rest.endswith((".", ":", ";")):
        return False
    if nxt.full:
        return nxt.label.startswith(item.label + ".")
    return nxt.line.indent > item.line.indent


def _assign_ids(items: list[_Item], problems: list[Problem], path: str) -> None:
    for k, item in enumerate(items):
        item.is_section = _is_section(k, items)
    sections = {i.label for i in items if i.is_section}
    stack: list[_Item] = []  # the enclosing items, outermost first
    for item in items:
        if item.full:
            item.id = item.label
            head = item.label.split(".")[0]
            item.section = head if head in sections or "." in item.label else None
            stack = [item]
            continue
        while stack and stack[-1].line.indent >= item.line.indent:
            stack.pop()
        parent = stack[-1] if stack else None
        item.id = f"{parent.id}.{item.label}" if parent else item.label
        if not item.is_section:
            top = stack[0] if stack else None
            item.section = (top.id.split(".")[0] if top is not None and
                            (top.is_section or top.section) else None)
        stack.append(item)


def _blocks(item: _Item) -> list:
    """The paragraphs and bullet lists of one item: the text after its number, then its body."""
    blocks: list = []
    para: list[str] = []
    bullets: list[str] = []
    prev: _Line | None = None

    def end_para() -> None:
        if para:
            blocks.append(Paragraph(" ".join(" ".join(para).split()), item.line.number))
            para.clear()

    def end_bullets() -> None:
        if bullets:
            blocks.append(BulletList(tuple(" ".join(b.split()) for b in bullets),
                                     item.line.number))
            bullets.clear()

    if item.rest:
        para.append(item.rest)
        prev = item.line
    for line in item.body:
        bullet = _BULLET.match(line.text)
        # A blank line, or a line set further in or out after the end of a sentence, starts a
        # new block; otherwise the line continues the one before (hard-wrapped text).
        new_block = line.blank_before or (prev is not None and line.indent != prev.indent
                                          and prev.text.endswith(_SENTENCE_END))
        if bullet:
            end_para()
            bullets.append(bullet.group(1))
        elif bullets and not new_block:
            bullets[-1] += " " + line.text  # a bullet wrapped over two lines
        else:
            if new_block:
                end_para()
            end_bullets()
            para.append(line.text)
        prev = line
    end_para()
    end_bullets()
    return blocks


# ------------------------------------------------------------------------------ comparing


def sections_left_out(clauses, sections, draft: Draft) -> tuple[list[str], str]:
    """What of the current version the draft leaves out: ``(numbers, "section")`` for a version
    with sections (its sections with no heading or clause in the draft), ``(ids, "clause")``
    for one without (its clause numbers the draft does not have)."""
    numbers = [s.number if hasattr(s, "number") else s["id"] for s in sections or ()]
    if not numbers:
        numbers = list(dict.fromkeys(c.section for c in clauses if c.section))
    if numbers:
        contained = set(draft.section_numbers())
        return [n for n in numbers if n not in contained], "section"
    ids = {c.id for c in draft.clauses}
    return [c.id for c in clauses if c.id not in ids], "clause"


def compare_draft(clauses, sections, draft: Draft, *, partial: bool = False,
                  from_label: str | None = None, to_label: str | None = None) -> Comparison:
    """Compare the current version (``clauses``, ``sections``) with a draft. With ``partial``
    only what the draft contains is compared (the sections it has, or for a version without
    sections the clause numbers it has), and ``not_in_draft`` names what was left out. Headings
    are compared when the draft has any."""
    left_out, unit = sections_left_out(clauses, sections, draft)
    skipped = set(left_out) if partial else set()
    if unit == "section":
        kept = [c for c in clauses if c.section not in skipped]
        heads = [s for s in sections or ()
                 if (s.number if hasattr(s, "number") else s["id"]) not in skipped]
    else:
        kept = [c for c in clauses if c.id not in skipped]
        heads = list(sections or ())
    compare_heads = bool(draft.sections) and bool(sections)
    comparison = compare(kept, draft.clauses, from_label=from_label, to_label=to_label,
                         old_sections=heads if compare_heads else None,
                         new_sections=draft.sections if compare_heads else None)
    if partial:
        comparison.not_in_draft = left_out
        comparison.not_in_draft_unit = unit
    return comparison
