"""The comparison for the browser's worker, JSON in and JSON out: any two versions on /compare/,
and a pasted or opened draft against the current version on /compare/draft/.

    compare_versions_json(payload)   ``{"from": version, "to": version, "curated": [...] | null,
                                     "heading_level": 3}`` -> the comparison and its HTML
    compare_draft_json(payload)      ``{"draft": text, "name": file name, "current": version,
                                     "outcomes": [guide outcome, ...]}`` -> the comparison with
                                     the current version, its HTML, and the outcomes that cite
                                     the clauses it changes
    compare_draft_docx(payload)      the same payload (``"date"``: the draft's date, optional)
                                     -> ``{"ok": true, "filename", "media_type", "base64"}``:
                                     the comparison as a Word document with tracked changes

A ``version`` in a payload is an entry of ``/api/protocol.json``: ``{"id", "url", "preamble",
"sections": [{"id", "title"}], "clauses": [{"id", "section", "text", "notes"}, ...]}``
(``preamble`` and ``sections`` optional: without them headings and preambles are not compared;
a clause's ``notes``, optional, are the editorial notes on its version page, shown beside it in
the redline). A guide outcome
is ``{"guide", "guide_title", "url", "outcome",
"title", "cites": [{"version", "clause"}]}``: the page sends the guides' citations, so this
module never imports the guides. Results are ``{"ok": true, ...}`` or ``{"ok": false,
"errors": [message, ...]}``; every string in them is plain text except ``html``, which the
renderer built with every piece of text escaped.
"""
from __future__ import annotations

import base64
import json
from dataclasses import dataclass

from protocol.authoring import ProblemsError
from protocol.compare.docx import DOCX_MEDIA_TYPE, comparison_docx, docx_filename, version_data
from protocol.compare.draft import compare_draft, read_draft, sections_left_out
from protocol.compare.engine import Comparison, compare
from protocol.compare.report import ranges, render_html
from protocol.text.model import anchor_for

__all__ = ["compare_versions_json", "compare_draft_json", "compare_draft_docx"]


@dataclass(frozen=True)
class _Clause:
    id: str
    text: str
    section: str | None = None


@dataclass(frozen=True)
class _Version:
    id: str
    url: str
    clauses: list[_Clause]
    sections: list[dict] | None
    preamble: str | None
    notes: dict[str, list[str]]


def _version(version) -> _Version:
    if not isinstance(version, dict) or not isinstance(version.get("clauses"), list):
        raise ValueError("a version must be {\"id\", \"clauses\": [...]}")
    clauses = []
    notes: dict[str, list[str]] = {}
    for c in version["clauses"]:
        if not isinstance(c, dict) or not isinstance(c.get("id"), str) \
                or not isinstance(c.get("text"), str):
            raise ValueError("each clause must have an id and a text")
        section = c.get("section")
        clauses.append(_Clause(c["id"], c["text"], section if isinstance(section, str) else None))
        found = c.get("notes")
        found = [found] if isinstance(found, str) else found
        if isinstance(found, list) and any(isinstance(n, str) and n.strip() for n in found):
            notes[c["id"]] = [n for n in found if isinstance(n, str) and n.strip()]
    sections = version.get("sections")
    if sections is not None:
        if not isinstance(sections, list) or not all(
                isinstance(s, dict) and isinstance(s.get("id"), str)
                and isinstance(s.get("title"), str) for s in sections):
            raise ValueError("each section must have an id and a title")
    preamble = version.get("preamble")
    vid = str(version.get("id", ""))
    url = version.get("url") or f"/protocol/{vid}/"
    return _Version(vid, str(url), clauses, sections,
                    preamble if isinstance(preamble, str) else None, notes)


def _linker(url: str):
    return lambda clause_id: f"{url}#{anchor_for(clause_id)}"


def _section_linker(url: str):
    return lambda number: f"{url}#s{number}"


def _result(comparison: Comparison, html: str, curated=None, **extra) -> dict:
    data = comparison.to_json()
    if curated:
        for pair_json, pair in zip(data["pairs"], comparison.pairs):
            if pair.source == "curated" and pair.rationale:
                pair_json["rationale"] = pair.rationale
    return {"ok": True, "comparison": data, "html": html, **extra}


def _failed(*errors: str) -> str:
    return json.dumps({"ok": False, "errors": list(errors)})


def compare_versions_json(payload: str) -> str:
    """Compare two versions sent as JSON (see the module docstring)."""
    try:
        request = json.loads(payload)
        old = _version(request.get("from"))
        new = _version(request.get("to"))
        curated = request.get("curated") or None
        comparison = compare(old.clauses, new.clauses, curated=curated, from_label=old.id,
                             to_label=new.id, old_sections=old.sections,
                             new_sections=new.sections, old_preamble=old.preamble,
                             new_preamble=new.preamble)
    except (ValueError, TypeError, AttributeError) as exc:
        return _failed(f"These versions could not be compared: {exc}")
    level = request.get("heading_level")
    level = level if isinstance(level, int) and 2 <= level <= 6 else 3
    html = render_html(comparison, from_url=_linker(old.url), to_url=_linker(new.url),
                       from_section_url=_section_linker(old.url),
                       to_section_url=_section_linker(new.url),
                       id_prefix=f"diff-{old.id}-{new.id}", heading_level=level,
                       from_notes=old.notes, to_notes=new.notes)
    return json.dumps(_result(comparison, html, curated))


def compare_draft_json(payload: str) -> str:
    """Compare a pasted or uploaded draft with the current version (see the module docstring).

    The payload may add ``"partial": true`` to compare only what the draft contains. The result
    adds ``"draft": {"id", "format", "clauses"}``, ``"warnings"`` (``draft:LINE: warning: ...``
    messages, e.g. a skipped number), ``"not_in_draft"`` (the current version's sections, or
    for a version without sections its clause numbers, that the draft leaves out; compared
    only with ``partial``), ``"partial"``, ``"changed"`` (the current version's clause ids that
    the draft changes in substance or removes; editorial changes, moves and renumberings alone
    are not listed) and ``"outcomes"``: ``[{"guide", "guide_title", "url", "outcome", "title",
    "clauses", "citations": [{"clause", "now": [ids]}]}]``, the guide outcomes that cite any of
    them, with each citation's number in the draft ("cites 7.9, now 7.10").
    """
    try:
        request = json.loads(payload)
        current = _version(request.get("current"))
        text = request.get("draft")
        name = request.get("name") or "draft"
        if not isinstance(name, str):
            name = "draft"
        partial = request.get("partial") is True
    except (ValueError, TypeError, AttributeError) as exc:
        return _failed(f"The draft could not be read: {exc}")
    try:
        draft = read_draft(text, name)
    except ProblemsError as exc:
        return _failed(*(str(p) for p in exc.problems[:20]))
    label = "Draft" + (f" of {draft.id}" if draft.id else "")
    comparison = compare_draft(current.clauses, current.sections, draft, partial=partial,
                               from_label=current.id, to_label=label)
    left_out, unit = sections_left_out(current.clauses, current.sections, draft)
    changed: list[str] = []
    for pair in comparison.pairs:
        if pair.kind == "heading":
            continue
        if pair.status == "removed" or pair.substance == "substantive":
            changed += [cid for cid in pair.from_ids if cid not in changed]
    html = render_html(comparison, from_url=_linker(current.url), to_url=None,
                       from_section_url=_section_linker(current.url),
                       id_prefix="draft", heading_level=3, from_notes=current.notes)
    return json.dumps(_result(
        comparison, html,
        draft={"id": draft.id, "format": draft.format, "clauses": len(draft.clauses)},
        warnings=[str(w) for w in draft.warnings[:20]],
        partial=partial, not_in_draft=left_out, not_in_draft_unit=unit,
        not_in_draft_label=_left_out_label(left_out, unit),
        changed=changed,
        outcomes=_citing_outcomes(request.get("outcomes"), current.id, changed, comparison)))


def _left_out_label(left_out: list[str], unit: str) -> str:
    """"Sections 1-6 and 8-12 are" (the start of a sentence), or "" when nothing is left out."""
    if not left_out:
        return ""
    noun = unit.capitalize() + ("" if len(left_out) == 1 else "s")
    return f"{noun} {ranges(left_out)} {'is' if len(left_out) == 1 else 'are'}"


def _citing_outcomes(outcomes, version_id: str, clause_ids: list[str],
                     comparison: Comparison) -> list[dict]:
    """The outcomes (sent by the page, from the guides) that cite any of ``clause_ids``."""
    wanted = set(clause_ids)
    found = []
    for outcome in outcomes if isinstance(outcomes, list) else []:
        if not isinstance(outcome, dict) or not isinstance(outcome.get("cites"), list):
            continue
        cited = list(dict.fromkeys(
            c.get("clause") for c in outcome["cites"] if isinstance(c, dict)
            and c.get("version") == version_id and c.get("clause") in wanted))
        if cited:
            citations = []
            for cid in cited:
                now: list[str] = []
                for pair in comparison.counterparts(cid, "from"):
                    now += [t for t in pair.to_ids if t not in now]
                citations.append({"clause": cid, "now": now})
            found.append({key: outcome.get(key) for key in
                          ("guide", "guide_title", "url", "outcome", "title")}
                         | {"clauses": cited, "citations": citations})
    return found


def compare_draft_docx(payload: str) -> str:
    """The draft's comparison (as :func:`compare_draft_json` makes it) as a Word document with
    tracked changes, base64-encoded for the page to offer as a download."""
    result = json.loads(compare_draft_json(payload))
    if not result.get("ok"):
        return json.dumps(result)
    request = json.loads(payload)
    draft = read_draft(request.get("draft"), str(request.get("name") or "draft"))
    comparison = result["comparison"]
    date = request.get("date") if isinstance(request.get("date"), str) else ""
    sections = getattr(draft, "sections", None)
    new = version_data(id=str(comparison.get("to") or "Draft"), clauses=draft.clauses,
                       date=date, sections=sections)
    data = comparison_docx(comparison, request["current"], new, author="Draft")
    return json.dumps({"ok": True, "filename": docx_filename(comparison),
                       "media_type": DOCX_MEDIA_TYPE,
                       "base64": base64.b64encode(data).decode("ascii")})
