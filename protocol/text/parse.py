"""Parse a version file (front matter + Markdown) into a :class:`~protocol.model.Version`.

The body format, one heading per clause so each clause is addressable and searchable:

    ## 7. Members' Access to Information      a numbered section
    ### 7.3                                   a clause: its number alone
    #### 5.3.1                               a sub-paragraph
    ## Introduction                           an unnumbered heading: preamble text, not a clause

A clause is every paragraph and bullet list up to the next heading. Inline markup is refused:
protocol text is kept word for word, so there is nothing to mark up.
"""
from __future__ import annotations

import datetime as _dt
import re

from markdown_it import MarkdownIt

from protocol.text.model import BulletList, Clause, Paragraph, Section, Version
from protocol.authoring import Problem, ProblemsError

__all__ = ["parse_version", "parse_body", "split_front_matter"]

_CLAUSE = re.compile(r"^\d+(?:\.\d+)*$")
_SECTION = re.compile(r"^(\d+)\.\s+(\S.*)$")
_DATE = re.compile(r"^\d{4}-\d{2}(?:-\d{2})?$")
# CommonMark only: no typographer, no linkify, so quotes and dashes reach the model untouched.
_MD = MarkdownIt("commonmark")


def split_front_matter(text: str) -> tuple[str | None, str, int]:
    """Split ``---`` fenced front matter from the body; the int is the body's first line (1-based)."""
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].strip() != "---":
        return None, text, 1
    for i in range(1, len(lines)):
        if lines[i].strip() == "---":
            return "".join(lines[1:i]), "".join(lines[i + 1:]), i + 2
    return None, text, 1


def _inline_text(token, path: str, problems: list[Problem], line: int) -> str:
    parts = []
    for child in token.children or []:
        if child.type == "text":
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        else:
            problems.append(Problem(path, line, f"inline markup ({child.type}) is not allowed in protocol text"))
            parts.append(child.content)
    return re.sub(r"\s+", " ", "".join(parts)).strip()


def _follows(prev: str | None, new: str, section: str | None) -> bool:
    """Is ``new`` the next number after ``prev`` (a first sub-paragraph, a sibling or an uncle)?"""
    if prev is None:
        return new == (f"{section}.1" if section else "1")
    if new == prev + ".1":
        return True
    parts = prev.split(".")
    floor = 1 if section else 0  # a clause may not climb out of its section
    for keep in range(len(parts), floor, -1):
        head, last = parts[: keep - 1], int(parts[keep - 1])
        if new == ".".join(head + [str(last + 1)]):
            return True
    return False


def parse_body(text: str, path: str, line_offset: int = 1, version_id: str = ""):
    """Parse the Markdown body. Returns (preamble, sections, clauses); raises ProblemsError."""
    problems: list[Problem] = []
    tokens = _MD.parse(text)
    preamble: list[tuple[str | None, object]] = []
    sections: list[Section] = []
    clauses: list[dict] = []
    heading: str | None = None  # current unnumbered heading, for preamble text
    section: str | None = None
    prev_clause: str | None = None

    def line_of(tok) -> int:
        return (tok.map[0] if tok.map else 0) + line_offset

    i = 0
    while i < len(tokens):
        tok = tokens[i]
        line = line_of(tok)
        if tok.type == "heading_open":
            title = _inline_text(tokens[i + 1], path, problems, line)
            i += 3
            if _CLAUSE.match(title):
                if section is None and sections:
                    problems.append(Problem(path, line, f"clause {title} is outside any section"))
                if section is not None and not title.startswith(section + "."):
                    problems.append(Problem(path, line,
                                            f"clause {title} does not belong to section {section}"))
                if any(c["id"] == title for c in clauses):
                    problems.append(Problem(path, line, f"duplicate clause id {title}"))
                elif not _follows(prev_clause, title, section):
                    problems.append(Problem(path, line, f"clause {title} is out of sequence "
                                                        f"(after {prev_clause or 'the start'})"))
                clauses.append({"id": title, "section": section, "blocks": [], "line": line})
                prev_clause = title
                continue
            match = _SECTION.match(title)
            if match:
                number = match.group(1)
                expected = str(int(sections[-1].number) + 1) if sections else "1"
                if number != expected:
                    problems.append(Problem(path, line, f"section {number} is out of sequence "
                                                        f"(expected {expected})"))
                if clauses and not sections:
                    problems.append(Problem(path, line, "sections must come before any clause"))
                sections.append(Section(number, match.group(2).strip(), line))
                section, prev_clause, heading = number, None, None
                continue
            if clauses or sections:
                problems.append(Problem(path, line, f"unnumbered heading {title!r} after the "
                                                    "numbered text (a clause heading is its number "
                                                    "alone, a section heading is 'N. Title')"))
            heading = title
            continue
        if tok.type == "paragraph_open":
            block = Paragraph(_inline_text(tokens[i + 1], path, problems, line), line)
            i += 3
        elif tok.type == "bullet_list_open":
            items, i = _bullet_items(tokens, i, path, problems, line_offset)
            block = BulletList(tuple(items), line)
        else:
            problems.append(Problem(path, line, f"unsupported block ({tok.type}): protocol text "
                                                "is headings, paragraphs and bullet lists only"))
            i = _skip_block(tokens, i)
            continue
        if clauses:
            clauses[-1]["blocks"].append(block)
        else:
            preamble.append((heading, block))
            heading = None

    for c in clauses:
        if not c["blocks"]:
            problems.append(Problem(path, c["line"], f"clause {c['id']} has no text"))
    if problems:
        raise ProblemsError(problems)
    built = tuple(Clause(c["id"], c["section"], tuple(c["blocks"]), c["line"], version_id)
                  for c in clauses)
    return tuple(preamble), tuple(sections), built


def _bullet_items(tokens, i: int, path: str, problems: list[Problem], offset: int):
    """Read a bullet list starting at tokens[i]; each item must be one paragraph."""
    items: list[str] = []
    depth = 0
    while True:
        tok = tokens[i]
        if tok.type == "bullet_list_open":
            depth += 1
            if depth > 1:
                problems.append(Problem(path, (tok.map[0] if tok.map else 0) + offset,
                                    "nested lists are not supported"))
        elif tok.type == "bullet_list_close":
            depth -= 1
            if depth == 0:
                return items, i + 1
        elif tok.type == "inline":
            items.append(_inline_text(tok, path, problems, (tok.map[0] if tok.map else 0) + offset))
        i += 1


def _skip_block(tokens, i: int) -> int:
    """Skip one block-level token (or a matched open/close run)."""
    tok = tokens[i]
    if tok.nesting != 1:
        return i + 1
    level = 0
    while i < len(tokens):
        level += tokens[i].nesting
        i += 1
        if level == 0:
            return i
    return i


_FIELDS = {
    # name: (required, allowed types, is a date)
    "id": (True, (str,), False),
    "title": (True, (str,), False),
    "date": (True, (str, _dt.date), True),
    "date_label": (True, (str,), False),
    "version_label": (True, (str, type(None)), False),
    "last_review": (True, (str, _dt.date, type(None)), True),
    "next_review": (True, (str, _dt.date, type(None)), True),
    "source": (False, (str, type(None)), False),
    "notes": (False, (dict, type(None)), False),
}


def _key_line(front: str, key: str, first_line: int) -> int:
    for n, raw in enumerate(front.splitlines()):
        if raw.startswith(f"{key}:"):
            return first_line + n
    return first_line - 1


def _check_meta(meta, front: str, path: str, stem: str | None) -> list[Problem]:
    problems: list[Problem] = []
    if not isinstance(meta, dict):
        return [Problem(path, 1, "front matter must be a mapping of field: value")]
    for key, (required, types, is_date) in _FIELDS.items():
        line = _key_line(front, key, 2)
        if key not in meta:
            if required:
                problems.append(Problem(path, 1, f"front matter is missing '{key}'"))
            continue
        value = meta[key]
        if not isinstance(value, types) or isinstance(value, bool):
            names = " or ".join("null" if t is type(None) else t.__name__ for t in types)
            problems.append(Problem(path, line, f"'{key}' must be {names}, not {value!r}"))
        elif is_date and isinstance(value, str) and not _DATE.match(value):
            problems.append(Problem(path, line, f"'{key}' must be an ISO date (YYYY-MM-DD or "
                                                f"YYYY-MM), not {value!r}"))
    for key in meta:
        if key not in _FIELDS:
            problems.append(Problem(path, _key_line(front, key, 2), f"unknown front matter field "
                                                                    f"'{key}'"))
    if isinstance(meta.get("id"), str) and stem is not None and meta["id"] != stem:
        problems.append(Problem(path, _key_line(front, "id", 2),
                                f"id '{meta['id']}' does not match the file name '{stem}.md'"))
    return problems


def _iso(value) -> str | None:
    return value.isoformat() if isinstance(value, _dt.date) else value


def parse_version(text: str, path: str, meta, *, stem: str | None = None) -> Version:
    """Parse a whole version file whose front matter has been read into ``meta`` (by
    ``protocol.sources.versions``: the text core never reads YAML). ``stem`` is the file name
    without ``.md``, checked against the id."""
    front, body, first = split_front_matter(text)
    if front is None:
        raise ProblemsError([Problem(path, 1, "missing front matter (a '---' block with id, "
                                              "title, date, ...)")])
    problems = _check_meta(meta, front, path, stem)
    try:
        preamble, sections, clauses = parse_body(body, path, first, str(meta.get("id", "")) if
                                                 isinstance(meta, dict) else "")
    except ProblemsError as exc:
        problems.extend(exc.problems)
        clauses = ()
    if not problems and not clauses:
        problems.append(Problem(path, first, "the version has no clauses"))
    notes = (meta.get("notes") or {}) if isinstance(meta, dict) else {}
    ids = {c.id for c in clauses}
    for key, note in notes.items():
        if clauses and str(key) not in ids:
            problems.append(Problem(path, _key_line(front, f'  "{key}"', 2),
                                    f"editorial note for unknown clause {key}"))
        if not isinstance(note, str) or not note.strip():
            problems.append(Problem(path, _key_line(front, f'  "{key}"', 2),
                                    f"editorial note for clause {key} must be text"))
    if problems:
        raise ProblemsError(problems)
    return Version(
        id=meta["id"], title=meta["title"], date=_iso(meta["date"]), date_label=meta["date_label"],
        version_label=meta["version_label"], last_review=_iso(meta["last_review"]),
        next_review=_iso(meta["next_review"]), path=path, preamble=preamble, sections=sections,
        clauses=clauses, notes={str(k): v for k, v in notes.items()}, source=meta.get("source"))
