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

from protocol.text.characters import find_characters, parse_code_point
from protocol.text.model import AllowedCharacter, BulletList, Clause, Paragraph, Section, Version
from protocol.authoring import Problem, ProblemsError

__all__ = ["parse_version", "parse_body", "split_front_matter", "VERSION_ID", "version_id_problem"]

# ASCII digits only: "### ٣" is not a clause number.
_CLAUSE = re.compile(r"^\d+(?:\.\d+)*$", re.ASCII)
_SECTION = re.compile(r"^(\d+)\.\s+(\S.*)$", re.ASCII)
_LONGEST_NUMBER = 6  # digits in one part of a clause or section number
_DATE = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$", re.ASCII)
# A version id (README, "Adding a version"): lower-case letters and digits, in groups joined by
# single hyphens, at most 40 characters: "2008", "2022", "2026-05", "s001". It is the file name
# and the page's address (/protocol/<id>/), so no spaces, capitals or other punctuation.
VERSION_ID = re.compile(r"^[0-9a-z]+(?:-[0-9a-z]+)*$", re.ASCII)
_LONGEST_ID = 40
_RESERVED_IDS = {"current", "index"}  # /protocol/current/ and the versions list
_MAX_CHARACTER_PROBLEMS = 50  # per file; then one line saying how many more
# CommonMark only: no typographer, no linkify, so quotes and dashes reach the model untouched.
_MD = MarkdownIt("commonmark")


def version_id_problem(value) -> str | None:
    """Why ``value`` is not a valid version id (see ``VERSION_ID``), or None if it is."""
    if not isinstance(value, str) or not VERSION_ID.match(value) or len(value) > _LONGEST_ID:
        return (f"version id {value!r} must be lower-case letters and digits in groups joined "
                f"by single hyphens, at most {_LONGEST_ID} characters (such as 2022, 2026-05 or "
                "s001): it is the file name and the page's address")
    if value in _RESERVED_IDS:
        return f"version id {value!r} is reserved (/protocol/{value}/ is another page)"
    return None


def split_front_matter(text: str) -> tuple[str | None, str, int]:
    """Split ``---`` fenced front matter from the body; the int is the body's first line (1-based).

    Lines end at ``\n`` only, as Markdown counts them (a form feed or a U+2028 is not a line end).
    """
    lines = re.split(r"(?<=\n)", text)
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


def _skipped(prev: str | None, new: str, section: str | None) -> bool:
    """Is ``new`` a later number at the level ``_follows`` expects (a number skipped: in a
    draft, a deleted clause not yet renumbered)?"""
    if prev is None:
        head, _, last = new.rpartition(".")
        return head == (section or "") and last.isdigit() and int(last) > 1
    parts = prev.split(".")
    new_parts = new.split(".")
    floor = 1 if section else 0
    for keep in range(len(parts), floor, -1):
        if len(new_parts) == keep and new_parts[:keep - 1] == parts[:keep - 1] \
                and new_parts[-1].isdigit() and int(new_parts[-1]) > int(parts[keep - 1]):
            return True
    return False


def parse_body(text: str, path: str, line_offset: int = 1, version_id: str = "",
               warnings: list[Problem] | None = None):
    """Parse the Markdown body. Returns (preamble, sections, clauses); raises ProblemsError.

    With ``warnings`` (a list), the body is a draft: sections may be left out (they need only
    come in increasing order), and a number skipped within a section (a deleted clause) is a
    warning added to the list rather than a problem."""
    draft = warnings is not None
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
            number = title.split(" ", 1)[0].rstrip(".")
            if (_CLAUSE.match(title) or _SECTION.match(title)) and any(
                    len(part) > _LONGEST_NUMBER for part in number.split(".")):
                problems.append(Problem(path, line, f"heading number {number[:20]}... is too "
                                                    f"long (at most {_LONGEST_NUMBER} digits a "
                                                    "part)"))
                continue
            if _CLAUSE.match(title):
                if section is None and sections:
                    problems.append(Problem(path, line, f"clause {title} is outside any section"))
                if section is not None and not title.startswith(section + "."):
                    problems.append(Problem(path, line,
                                            f"clause {title} does not belong to section {section}"))
                if any(c["id"] == title for c in clauses):
                    problems.append(Problem(path, line, f"duplicate clause id {title}"))
                elif not _follows(prev_clause, title, section):
                    if draft and _skipped(prev_clause, title, section):
                        warnings.append(Problem(path, line, f"clause {title} follows "
                                                            f"{prev_clause or 'the section heading'}: "
                                                            "a number is skipped (a deleted clause?)",
                                                warning=True))
                    else:
                        problems.append(Problem(path, line, f"clause {title} is out of sequence "
                                                        f"(after {prev_clause or 'the start'})"))
                clauses.append({"id": title, "section": section, "blocks": [], "line": line})
                prev_clause = title
                continue
            match = _SECTION.match(title)
            if match:
                number = match.group(1)
                expected = str(int(sections[-1].number) + 1) if sections else "1"
                if draft and sections and int(number) > int(sections[-1].number):
                    pass  # a draft may leave sections out
                elif draft and not sections:
                    pass
                elif number != expected:
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


_IN_A_LIST = {"bullet_list_open", "bullet_list_close", "list_item_open", "list_item_close",
              "paragraph_open", "paragraph_close", "inline"}


def _bullet_items(tokens, i: int, path: str, problems: list[Problem], offset: int):
    """Read a bullet list starting at tokens[i]; each item must be one paragraph (anything else
    in a list would be dropped or run together, so it is reported)."""
    items: list[str] = []
    depth = 0
    in_item = 0  # paragraphs in the current item
    item_line = 0

    def line_of(tok) -> int:
        return (tok.map[0] if tok.map else 0) + offset

    while i < len(tokens):
        tok = tokens[i]
        if tok.type not in _IN_A_LIST:
            problems.append(Problem(path, line_of(tok), f"unsupported block ({tok.type}) in a "
                                                        "bullet list: each bullet is one "
                                                        "paragraph of text"))
            i = _skip_block(tokens, i)
            in_item += 1  # reported: not also an empty bullet
            continue
        if tok.type == "bullet_list_open":
            depth += 1
            if depth > 1:
                problems.append(Problem(path, line_of(tok), "nested lists are not supported"))
        elif tok.type == "bullet_list_close":
            depth -= 1
            if depth == 0:
                return items, i + 1
        elif tok.type == "list_item_open":
            in_item = 0
            item_line = line_of(tok)
        elif tok.type == "list_item_close" and in_item == 0:
            problems.append(Problem(path, item_line, "empty bullet"))
        elif tok.type == "inline":
            in_item += 1
            if in_item == 2:
                problems.append(Problem(path, line_of(tok), "a bullet must be one paragraph: "
                                                            "start a new bullet with '- '"))
            items.append(_inline_text(tok, path, problems, line_of(tok)))
        i += 1
    return items, i


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
    "allowed_characters": (False, (list, type(None)), False),
}
_TYPE_NAMES = {str: "text", dict: "a mapping", list: "a list", type(None): "null",
               _dt.date: "a date"}
_ALLOWED_KEYS = ("code_point", "reason")
_HINT = "; if the source really has it, allow it in the front matter (allowed_characters)"


class _Lines:
    """Where front matter values are: ``lines`` maps a key path (``("notes", "7.1")``) to its
    line in the file, when the reader knows (``protocol.sources.versions``); otherwise the line
    is looked for in the front matter's text."""

    def __init__(self, front: str, lines: dict | None):
        self.front, self.lines = front, lines or {}

    def __call__(self, *keys) -> int:
        for n in range(len(keys), 0, -1):
            if keys[:n] in self.lines:
                return self.lines[keys[:n]]
        key = keys[0] if keys else ""
        for n, raw in enumerate(self.front.split("\n")):
            if raw.startswith(f"{key}:"):
                return 2 + n
        return 1


def _date_problem(key: str, value) -> str | None:
    if not isinstance(value, str):
        return None
    match = _DATE.match(value)
    if match:
        year, month, day = (int(g) if g else 1 for g in match.groups())
        try:
            _dt.date(year, month, day)
            return None
        except ValueError as exc:
            return f"'{key}' is not a real date: {value!r} ({exc})"
    return f"'{key}' must be an ISO date (YYYY-MM-DD or YYYY-MM), not {value!r}"


def _short(value) -> str:
    if isinstance(value, (list, tuple)):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, bool) or value is None:
        return {True: "true", False: "false", None: "null"}[value]
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def _check_meta(meta, path: str, stem: str | None, where: _Lines) -> list[Problem]:
    problems: list[Problem] = []
    if not isinstance(meta, dict):
        return [Problem(path, 1, "front matter must be a mapping of field: value")]
    for key, (required, types, is_date) in _FIELDS.items():
        if key not in meta:
            if required:
                problems.append(Problem(path, 1, f"front matter is missing '{key}'"))
            continue
        value = meta[key]
        if not isinstance(value, types) or isinstance(value, bool):
            names = {"notes": 'a mapping of clause id: note (such as "7.1": "...")',
                     "allowed_characters": 'a list of {code_point: "U+00A0", reason: "..."}',
                     }.get(key) or " or ".join(_TYPE_NAMES.get(t, t.__name__) for t in types)
            problems.append(Problem(path, where(key), f"'{key}' must be {names}, not "
                                                      f"{_short(value)}"))
        elif is_date and _date_problem(key, value):
            problems.append(Problem(path, where(key), _date_problem(key, value)))
        elif key in ("id", "title", "date_label") and not value.strip():
            problems.append(Problem(path, where(key), f"'{key}' must not be empty"))
    for key in meta:
        if key not in _FIELDS:
            problems.append(Problem(path, where(key), f"unknown front matter field "
                                                      f"{_short(key)}"))
    if isinstance(meta.get("id"), str):
        wrong = version_id_problem(meta["id"])
        if wrong:
            problems.append(Problem(path, where("id"), wrong))
        elif stem is not None and meta["id"] != stem:
            problems.append(Problem(path, where("id"), f"id '{meta['id']}' does not match the "
                                                       f"file name {stem + '.md'!r}"))
    return problems


def _allowed_characters(meta, path: str, where: _Lines, problems: list[Problem]
                        ) -> tuple[AllowedCharacter, ...]:
    """The ``allowed_characters`` entries: ``- {code_point: "U+00A0", reason: "..."}``."""
    entries = meta.get("allowed_characters") if isinstance(meta, dict) else None
    if not isinstance(entries, list):
        return ()  # absent, null, or already reported as the wrong type
    allowed: list[AllowedCharacter] = []
    seen: dict[str, int] = {}
    for n, entry in enumerate(entries):
        line = where("allowed_characters", n)
        if not isinstance(entry, dict):
            problems.append(Problem(path, line, "each allowed character must be a mapping: "
                                                '{code_point: "U+00A0", reason: "why the source '
                                                'has it"}'))
            continue
        for key in entry:
            if key not in _ALLOWED_KEYS:
                problems.append(Problem(path, where("allowed_characters", n, key),
                                        f"unknown field {_short(key)} in an allowed character "
                                        "(the fields are code_point and reason)"))
        code, reason = entry.get("code_point"), entry.get("reason")
        ch = parse_code_point(code)
        if "code_point" not in entry:
            problems.append(Problem(path, line, "allowed character has no code_point "
                                                '(such as "U+00A0")'))
        elif ch is None:
            problems.append(Problem(path, where("allowed_characters", n, "code_point"),
                                    f"code_point must be written U+ and four to six capital hex "
                                    f'digits, such as "U+00A0", not {_short(code)}'))
        if not isinstance(reason, str) or not reason.strip():
            problems.append(Problem(path, where("allowed_characters", n, "reason"),
                                    "allowed character needs a reason: a line of text saying "
                                    "why the source has it"))
        if ch is None or not isinstance(reason, str) or not reason.strip():
            continue
        if ch in seen:
            problems.append(Problem(path, line, f"{code} is already allowed at line {seen[ch]}"))
            continue
        seen[ch] = line
        allowed.append(AllowedCharacter(ch, " ".join(reason.split()), line))
    return tuple(allowed)


def _strings(value, keys=()):
    """Every string in a front matter value, with its key path."""
    if isinstance(value, str):
        yield keys, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(item, keys + (key,))
    elif isinstance(value, list):
        for n, item in enumerate(value):
            yield from _strings(item, keys + (n,))


def _character_problems(text: str, path: str, meta, where: _Lines, allowed_chars: set,
                        parsed: list[tuple[int, str]]) -> tuple[list[Problem], set]:
    """Characters that are not what they seem (``protocol.text.characters``): in the file as
    written, at their line and column; then in the text as read (front matter values, headings,
    paragraphs), for those written as a character reference (``&#8203;``) or an escape
    (``"\\u200b"``), at their line. Returns (problems, the characters found)."""
    problems: list[Problem] = []
    found: set[str] = set()
    for f in find_characters(text, allowed_chars):
        found.add(f.char)
        problems.append(Problem(path, f.line, f.message + _HINT, column=f.column))
    written = set(found) | ({"\ufffd"} if "\x00" in found else set())  # Markdown reads NUL as U+FFFD
    values = [(where(*keys) if keys else 1, s) for keys, s in _strings(meta)] + parsed
    reported: set[tuple[int, str]] = set()
    for line, value in values:
        for f in find_characters(value.replace("\n", " "), allowed_chars):
            if f.char in written or (line, f.char) in reported:
                continue
            reported.add((line, f.char))
            found.add(f.char)
            problems.append(Problem(path, line, f.message + " (written as a character reference "
                                                            "or an escape)" + _HINT))
    if len(problems) > _MAX_CHARACTER_PROBLEMS:
        more = len(problems) - _MAX_CHARACTER_PROBLEMS
        last = problems[_MAX_CHARACTER_PROBLEMS - 1]
        problems = problems[:_MAX_CHARACTER_PROBLEMS] + [
            Problem(path, last.line, f"... and {more} more characters like these")]
    return problems, found


def _parsed_text(preamble, sections, clauses) -> list[tuple[int, str]]:
    out = [(s.line, s.title) for s in sections]
    for heading, block in preamble:
        if heading:
            out.append((block.line, heading))
        out.append((block.line, block.plain()))
    out += [(b.line, b.plain()) for c in clauses for b in c.blocks]
    return out


def _iso(value) -> str | None:
    return value.isoformat() if isinstance(value, _dt.date) else value


def parse_version(text: str, path: str, meta, *, stem: str | None = None,
                  lines: dict | None = None) -> Version:
    """Parse a whole version file whose front matter has been read into ``meta`` (by
    ``protocol.sources.versions``: the text core never reads YAML). ``stem`` is the file name
    without ``.md``, checked against the id; ``lines`` maps front matter key paths (``("notes",
    "7.1")``) to their lines in the file, for the messages."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    problems: list[Problem] = []
    if text.startswith("\ufeff"):
        problems.append(Problem(path, 1, "U+FEFF BYTE ORDER MARK at the start of the file: save "
                                         "it as UTF-8 without a byte order mark", column=1))
        text = text[1:]
    front, body, first = split_front_matter(text)
    if front is None:
        raise ProblemsError(problems + [Problem(path, 1, "missing front matter (a '---' block "
                                                         "with id, title, date, ...)")])
    where = _Lines(front, lines)
    problems += _check_meta(meta, path, stem, where)
    allowed = _allowed_characters(meta, path, where, problems)
    version_id = meta.get("id") if isinstance(meta, dict) else None
    try:
        preamble, sections, clauses = parse_body(body, path, first, version_id
                                                 if isinstance(version_id, str) else "")
    except ProblemsError as exc:
        problems.extend(exc.problems)
        preamble, sections, clauses = (), (), ()
    if not problems and not clauses:
        problems.append(Problem(path, first, "the version has no clauses"))
    notes = meta.get("notes") if isinstance(meta, dict) else None
    notes = notes if isinstance(notes, dict) else {}  # not a mapping: reported above
    ids = {c.id for c in clauses}
    for key, note in notes.items():
        if clauses and str(key) not in ids:
            problems.append(Problem(path, where("notes", key),
                                    f"editorial note for unknown clause {str(key)[:40]}"))
        if not isinstance(note, str) or not note.strip():
            problems.append(Problem(path, where("notes", key),
                                    f"editorial note for clause {str(key)[:40]} must be text"))
    found_chars, found = _character_problems(text, path, meta, where, {a.char for a in allowed},
                                             _parsed_text(preamble, sections, clauses))
    problems.extend(found_chars)
    for a in allowed:
        if a.char not in text and a.char not in found and not _in_values(a.char, meta, preamble,
                                                                          sections, clauses):
            problems.append(Problem(path, a.line, f"{a.code_point} is allowed but the text does "
                                                  "not contain it: remove the entry"))
    if problems:
        raise ProblemsError(problems)
    return Version(
        id=meta["id"], title=meta["title"], date=_iso(meta["date"]), date_label=meta["date_label"],
        version_label=meta["version_label"], last_review=_iso(meta["last_review"]),
        next_review=_iso(meta["next_review"]), path=path, preamble=preamble, sections=sections,
        clauses=clauses, notes={str(k): v for k, v in notes.items()}, source=meta.get("source"),
        allowed_characters=allowed)


def _in_values(ch: str, meta, preamble, sections, clauses) -> bool:
    return any(ch in s for _, s in _strings(meta)) or any(
        ch in s for _, s in _parsed_text(preamble, sections, clauses))
