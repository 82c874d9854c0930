"""``protocol diff A B [--format text|html|json|docx] [-o FILE] [--partial]``: compare two
versions of the protocol.

A and B are each a version id (``2008``, ``2022``) or a path to a version file: the Markdown
format of ``docs/protocol/<id>.md`` (front matter optional, so a draft may carry the id of the
version it revises) or plain numbered text. Two stored versions with a curated correspondence
file (``docs/_data/correspondence/<from>-<to>.yml``, either way round) are compared with it.

``--format docx`` writes a Word document with tracked changes (accept all gives B, reject all
gives A) to ``-o FILE``; it is never written to stdout. ``-o FILE`` writes any format to FILE.

A draft that leaves out whole sections is compared with all of the other version (what it
leaves out is listed as removed, and a note on stderr says which sections and offers
``--partial``); with ``--partial`` only what the draft contains is compared and the report says
what was not (``"not_in_draft"`` in the JSON). A skipped number in a draft is a warning on
stderr.

Exit status: 0 with the comparison on stdout (or in FILE); 2 with ``file:line: message`` on stderr for an
unknown id, a file that cannot be read, or a curated file with problems.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from protocol.authoring import ProblemsError
from protocol.compare import Comparison, compare, render_text
from protocol.site.report import standalone_report
from protocol.compare.docx import comparison_data, comparison_docx, version_data
from protocol.compare.draft import compare_draft, read_draft, sections_left_out
from protocol.sources.correspondence import compare_versions, load_correspondences
from protocol.sources.versions import load_corpus

__all__ = ["run_diff", "diff", "diff_docx", "DiffError"]


class DiffError(Exception):
    def __init__(self, messages: list[str]):
        self.messages = messages
        super().__init__("\n".join(messages))


class _Side:
    """One side of the comparison: a stored version (``stored`` is its id) or a file."""

    def __init__(self, label: str, clauses, stored: str | None, version=None, draft=None):
        self.label, self.clauses, self.stored = label, clauses, stored
        self.version, self.draft = version, draft  # the stored Version, or the Draft read

    def data(self) -> dict:
        """This side as the Word export reads it: titles and headings where known."""
        if self.version is not None:
            return version_data(self.version)
        return version_data(id=self.label, clauses=self.clauses,
                            sections=getattr(self.draft, "sections", None) or None)


def _load_corpus(root: Path):
    try:
        return load_corpus(root), []
    except ProblemsError as exc:
        return None, [str(p) for p in exc.problems]


def _side(arg: str, root: Path, corpus, corpus_problems: list[str]) -> _Side:
    if corpus is not None and corpus.get(arg) is not None:
        version = corpus.get(arg)
        return _Side(version.id, version.clauses, version.id, version=version)
    path = Path(arg)
    if not path.is_file():
        known = ", ".join(v.id for v in corpus) if corpus is not None else "none could be loaded"
        if corpus is None and not path.suffix:
            raise DiffError([*corpus_problems, f"{arg}: the stored versions have problems, so "
                                               "version ids cannot be used"])
        raise DiffError([f"{arg}: no such version (known versions: {known}) and no such file"])
    # A path to one of the stored version files is that stored version.
    if corpus is not None:
        for version in corpus:
            if (root / version.path).resolve() == path.resolve():
                return _Side(version.id, version.clauses, version.id, version=version)
    draft = _read_file(path)
    return _Side(arg, draft.clauses, None, draft=draft)


def _read_file(path: Path):
    """The clauses of a version file or draft; front matter is optional and only its id is read
    (``protocol check`` validates the stored files in full)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DiffError([f"{path}:1: cannot be read: {exc}"]) from None
    try:
        return read_draft(text, str(path))
    except ProblemsError as exc:
        raise DiffError([str(p) for p in exc.problems]) from None


def comparison_for(root: Path, a: str, b: str, partial: bool = False,
                   notes: list[str] | None = None) -> Comparison:
    """The comparison of A and B. ``notes`` (a list) collects what to tell the user on stderr:
    a draft's warnings, and the sections a draft leaves out."""
    return _compared(root, a, b, partial, notes)[0]


def _compared(root: Path, a: str, b: str, partial: bool = False,
              notes: list[str] | None = None) -> tuple[Comparison, _Side, _Side]:
    root = Path(root)
    notes = notes if notes is not None else []
    corpus, corpus_problems = _load_corpus(root)
    old, new = _side(a, root, corpus, corpus_problems), _side(b, root, corpus, corpus_problems)
    for side in (old, new):
        if side.draft is not None:
            notes += [str(w) for w in side.draft.warnings]
    if new.draft is not None and old.version is not None:
        left_out, unit = sections_left_out(old.clauses, old.version.sections, new.draft)
        if left_out and not partial:
            notes.append(f"{b}: {unit}s {', '.join(left_out)} of {old.label} are not in the "
                         f"draft and are listed as removed; add --partial to compare only what "
                         "the draft contains")
        return compare_draft(old.clauses, old.version.sections, new.draft, partial=partial,
                             from_label=old.label, to_label=new.label), old, new
    curated = None
    if old.stored and new.stored:
        try:
            curated = load_correspondences(root, corpus, old.stored, new.stored)
        except ProblemsError as exc:
            raise DiffError([str(p) for p in exc.problems]) from None
        return compare_versions(old.version, new.version, curated), old, new
    sections = [side.draft.sections if side.draft is not None else side.version.sections
                for side in (old, new)]
    both = all(sections)  # headings are compared when both sides have them
    return compare(old.clauses, new.clauses, curated=curated, from_label=old.label,
                   to_label=new.label, old_sections=sections[0] if both else None,
                   new_sections=sections[1] if both else None), old, new


def diff_docx(root: Path | str, a: str, b: str, partial: bool = False,
              notes: list[str] | None = None) -> bytes:
    """The comparison as a Word document with tracked changes."""
    comparison, old, new = _compared(Path(root), a, b, partial, notes)
    return comparison_docx(comparison_data(comparison), old.data(), new.data())


def _json(comparison: Comparison) -> str:
    data = comparison.to_json()
    for pair_json, pair in zip(data["pairs"], comparison.pairs):
        if pair.source == "curated" and pair.rationale:
            pair_json["rationale"] = pair.rationale
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def _notes(side: _Side) -> dict[str, str] | None:
    """A stored version's editorial notes (clause id -> note); a draft file has none."""
    return side.version.notes if side.stored and side.version is not None else None


def diff(root: Path | str, a: str, b: str, fmt: str = "text", partial: bool = False,
         notes: list[str] | None = None) -> str:
    comparison, old, new = _compared(Path(root), a, b, partial, notes)
    if fmt == "json":
        return _json(comparison)
    if fmt == "html":
        return standalone_report(comparison, _notes(old), _notes(new))
    return render_text(comparison, from_notes=_notes(old), to_notes=_notes(new))


def run_diff(args) -> int:
    output = getattr(args, "output", None)
    if args.format == "docx" and output in (None, "-"):
        print("protocol diff: --format docx writes a Word file, not text: give -o FILE "
              "(for example -o comparison.docx)", file=sys.stderr)
        return 2
    notes: list[str] = []
    partial = getattr(args, "partial", False)
    try:
        if args.format == "docx":
            out = diff_docx(args.root, args.a, args.b, partial, notes)
        else:
            out = diff(args.root, args.a, args.b, args.format, partial, notes)
    except DiffError as exc:
        for message in exc.messages:
            print(message, file=sys.stderr)
        print("protocol diff: nothing compared", file=sys.stderr)
        return 2
    for note in notes:
        print(note, file=sys.stderr)
    if output in (None, "-"):
        sys.stdout.write(out)
        return 0
    try:
        if isinstance(out, bytes):
            Path(output).write_bytes(out)
        else:
            Path(output).write_text(out, encoding="utf-8")
    except OSError as exc:
        print(f"protocol diff: cannot write {output}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    return 0

