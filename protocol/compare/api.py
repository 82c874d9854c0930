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

A ``version`` in a payload is an entry of ``/api/protocol.json``: ``{"id", "url", "clauses":
[{"id", "text"}, ...]}``. A guide outcome is ``{"guide", "guide_title", "url", "outcome",
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
from protocol.compare.draft import read_draft
from protocol.compare.engine import Comparison, compare
from protocol.compare.report import render_html
from protocol.text.model import anchor_for

__all__ = ["compare_versions_json", "compare_draft_json", "compare_draft_docx"]


@dataclass(frozen=True)
class _Clause:
    id: str
    text: str


def _version_clauses(version) -> tuple[str, str, list[_Clause]]:
    if not isinstance(version, dict) or not isinstance(version.get("clauses"), list):
        raise ValueError("a version must be {\"id\", \"clauses\": [...]}")
    clauses = []
    for c in version["clauses"]:
        if not isinstance(c, dict) or not isinstance(c.get("id"), str) \
                or not isinstance(c.get("text"), str):
            raise ValueError("each clause must have an id and a text")
        clauses.append(_Clause(c["id"], c["text"]))
    vid = str(version.get("id", ""))
    url = version.get("url") or f"/protocol/{vid}/"
    return vid, str(url), clauses


def _linker(url: str):
    return lambda clause_id: f"{url}#{anchor_for(clause_id)}"


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
        old_id, old_url, old = _version_clauses(request.get("from"))
        new_id, new_url, new = _version_clauses(request.get("to"))
        curated = request.get("curated") or None
        comparison = compare(old, new, curated=curated, from_label=old_id, to_label=new_id)
    except (ValueError, TypeError, AttributeError) as exc:
        return _failed(f"These versions could not be compared: {exc}")
    level = request.get("heading_level")
    level = level if isinstance(level, int) and 2 <= level <= 6 else 3
    html = render_html(comparison, from_url=_linker(old_url), to_url=_linker(new_url),
                       id_prefix=f"diff-{old_id}-{new_id}", heading_level=level)
    return json.dumps(_result(comparison, html, curated))


def compare_draft_json(payload: str) -> str:
    """Compare a pasted or uploaded draft with the current version (see the module docstring).

    The result adds ``"draft": {"id", "format", "clauses"}``, ``"changed"`` (the current
    version's clause ids that the draft changes, removes, moves, splits or merges) and
    ``"outcomes"``: ``[{"guide", "guide_title", "url", "outcome", "title", "clauses"}]``, the
    guide outcomes that cite any of them.
    """
    try:
        request = json.loads(payload)
        current_id, current_url, current = _version_clauses(request.get("current"))
        text = request.get("draft")
        name = request.get("name") or "draft"
        if not isinstance(name, str):
            name = "draft"
    except (ValueError, TypeError, AttributeError) as exc:
        return _failed(f"The draft could not be read: {exc}")
    try:
        draft = read_draft(text, name)
    except ProblemsError as exc:
        return _failed(*(str(p) for p in exc.problems[:20]))
    label = "Draft" + (f" of {draft.id}" if draft.id else "")
    comparison = compare(current, draft.clauses, from_label=current_id, to_label=label)
    changed: list[str] = []
    for pair in comparison.pairs:
        if pair.status != "unchanged" or pair.moved:
            changed += [cid for cid in pair.from_ids if cid not in changed]
    html = render_html(comparison, from_url=_linker(current_url), to_url=None,
                       id_prefix="draft", heading_level=3)
    return json.dumps(_result(
        comparison, html,
        draft={"id": draft.id, "format": draft.format, "clauses": len(draft.clauses)},
        changed=changed, outcomes=_citing_outcomes(request.get("outcomes"), current_id, changed)))


def _citing_outcomes(outcomes, version_id: str, clause_ids: list[str]) -> list[dict]:
    """The outcomes (sent by the page, from the guides) that cite any of ``clause_ids``."""
    wanted = set(clause_ids)
    found = []
    for outcome in outcomes if isinstance(outcomes, list) else []:
        if not isinstance(outcome, dict) or not isinstance(outcome.get("cites"), list):
            continue
        cited = [c.get("clause") for c in outcome["cites"] if isinstance(c, dict)
                 and c.get("version") == version_id and c.get("clause") in wanted]
        if cited:
            found.append({key: outcome.get(key) for key in
                          ("guide", "guide_title", "url", "outcome", "title")} | {"clauses": cited})
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
