"""The comparison pages and each clause's history, rendered at build time (no site generator).

Public names:
    compare_page(corpus, comparisons, root)   /compare/: a summary table, each version against
                                              the one before it as a redline, and the form that
                                              compares any two versions in the browser
    draft_page(corpus, guides)                /compare/draft/: "Check a draft"
    clause_history(corpus, comparisons, clause)
                                              a clause's counterpart in the version before (and,
                                              on a superseded version, the one after), with the
                                              word-level change
    pair_anchor(comparison, pair)             the id of a pair's article on /compare/
    COMPARE_URL, DRAFT_URL

``comparisons`` is ``protocol.correspondence.consecutive_comparisons(root, corpus)``: one per
version after the first, so the build stays linear in the number of versions. Every piece of
text is escaped here or by ``protocol.compare.render_html``.
"""
from __future__ import annotations

import json
from html import escape

from protocol.authoring import cites_json
from protocol.compare import STATUSES, Comparison, Pair, render_html
from protocol.sources.correspondence import load_correspondences
from protocol.text.model import anchor_for

__all__ = ["compare_page", "draft_page", "outcomes_json", "clause_history", "pair_anchor", "COMPARE_URL",
           "DRAFT_URL"]

COMPARE_URL = "/compare/"
DRAFT_URL = "/compare/draft/"
_SCRIPT = '<script type="module" src="/assets/js/compare.mjs"></script>'
# Summary columns: what changed first, then what stayed.
_COLUMNS = ("changed", "added", "removed", "moved", "split", "merged", "unchanged")


def _section_id(comparison: Comparison) -> str:
    return f"v{comparison.from_id}-{comparison.to_id}"


def _prefix(comparison: Comparison) -> str:
    return f"d{comparison.from_id}-{comparison.to_id}"


def pair_anchor(comparison: Comparison, pair: Pair) -> str:
    """The element id render_html gives ``pair`` on /compare/."""
    return f"{_prefix(comparison)}-{comparison.pairs.index(pair) + 1}"


def _linker(version_id: str):
    return lambda clause_id: f"/protocol/{version_id}/#{anchor_for(clause_id)}"


def _json_script(data, attribute: str) -> str:
    # JSON inside <script type="application/json"> only needs "</" kept out of it.
    safe = json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    return f'<script type="application/json" {attribute}>{safe}</script>'


def _summary_table(comparisons: list[Comparison]) -> str:
    head = "".join(f'<th scope="col">{escape(c.capitalize())}</th>' for c in _COLUMNS)
    rows = []
    for comparison in comparisons:
        counts = comparison.summary()
        curated = sum(1 for p in comparison.pairs if p.source == "curated")
        cells = "".join(f'<td data-count="{c}">{counts.get(c, 0)}</td>' for c in _COLUMNS)
        rows.append(f'<tr data-from="{escape(comparison.from_id)}" '
                    f'data-to="{escape(comparison.to_id)}"><th scope="row">'
                    f'<a href="#{_section_id(comparison)}">{escape(comparison.from_id)} → '
                    f"{escape(comparison.to_id)}</a></th>{cells}"
                    f'<td data-count="curated">{curated}</td></tr>')
    return ('<div class="compare-table-wrap"><table class="compare-summary">'
            "<caption>Changes from each version to the next, counted by clause</caption>"
            f'<thead><tr><th scope="col">Versions</th>{head}'
            '<th scope="col">Curated pairs</th></tr></thead>'
            f"<tbody>{''.join(rows)}</tbody></table></div>")


def _sentence(counts: dict[str, int]) -> str:
    parts = [f"{counts[s]} {s}" for s in STATUSES if counts.get(s)]
    if counts.get("moved"):
        parts.append(f"{counts['moved']} moved or renumbered")
    return ", ".join(parts) if parts else "no clauses"


def _pair_section(corpus, comparison: Comparison) -> str:
    old, new = corpus.get(comparison.from_id), corpus.get(comparison.to_id)
    curated = sum(1 for p in comparison.pairs if p.source == "curated")
    intro = (f'<p>From <a href="{escape(old.url)}">{escape(old.title)} ({escape(old.id)})</a> '
             f'to <a href="{escape(new.url)}">{escape(new.title)} ({escape(new.id)})</a>: '
             f"{escape(_sentence(comparison.summary()))}.</p>")
    if curated:
        intro += (f'<p class="compare-curated-note">{curated} of these pairs are curated: the '
                  f"{escape(new.id)} version rewrote the {escape(old.id)} text, so clauses that "
                  "deal with the same rule were paired by hand, each with the reason, and are "
                  "shown as “corresponds to” rather than “changed”. The rest are matched by "
                  "their words.</p>")
    report = render_html(comparison, from_url=_linker(old.id), to_url=_linker(new.id),
                         id_prefix=_prefix(comparison), heading_level=3)
    return (f'<section class="compare-pair" id="{_section_id(comparison)}" '
            f'data-from="{escape(old.id)}" data-to="{escape(new.id)}" aria-labelledby="'
            f'{_section_id(comparison)}-h">'
            f'<h2 id="{_section_id(comparison)}-h">{escape(old.id)} → {escape(new.id)}</h2>'
            f"{intro}<div data-search-exclude>{report}</div></section>")


def _curated_data(root, corpus) -> dict[str, list[dict]]:
    """Curated correspondences for every consecutive pair, both ways round, for the browser."""
    versions = list(corpus)
    data = {}
    for a, b in zip(versions, versions[1:]):
        for x, y in ((a, b), (b, a)):
            entries = load_correspondences(root, corpus, x.id, y.id)
            if entries:
                data[f"{x.id}|{y.id}"] = [{k: e[k] for k in ("from", "to", "rationale")}
                                          for e in entries]
    return data


def _select(name: str, label: str, corpus, selected: str) -> str:
    options = "".join(
        f'<option value="{escape(v.id)}"{" selected" if v.id == selected else ""}>'
        f'{escape(v.id)} – {escape(v.title)}{" (current)" if v.current else ""}</option>'
        for v in reversed(corpus.versions))
    return (f'<div class="compare-field"><label for="compare-{name}">{escape(label)}</label>'
            f'<select id="compare-{name}" name="{name}">{options}</select></div>')


def _any_pair_form(root, corpus) -> str:
    versions = list(corpus)
    newest, oldest = versions[-1].id, versions[0].id
    return (
        '<section class="compare-any" id="any-two" aria-labelledby="any-two-h">'
        '<h2 id="any-two-h">Compare any two versions</h2>'
        "<p>Choose two versions, in either order. The comparison is worked out in your browser "
        "by the same Python that prepared this page.</p>"
        '<form class="compare-form" data-compare-form>'
        f'{_select("from", "From", corpus, newest)}'
        f'{_select("to", "To", corpus, oldest)}'
        '<button type="submit" class="md-button md-button--primary">Compare</button></form>'
        '<p class="compare-status" data-compare-status role="status" aria-live="polite">'
        '<span class="guide-js-only">Python is starting in your browser; the form works as '
        "soon as it is ready.</span>"
        '<span class="guide-nojs-only">Comparing any two versions needs JavaScript. The '
        "comparisons above need nothing but this page.</span></p>"
        '<div class="compare-result" data-compare-result data-search-exclude></div>'
        f"{_json_script(_curated_data(root, corpus), 'data-compare-curated')}"
        "</section>")


def compare_page(corpus, comparisons: list[Comparison], root) -> str:
    """The body of /compare/ below its title."""
    if not comparisons:
        return ('<div class="compare" data-compare><p>There is only one version of the '
                "protocol, so there is nothing to compare yet.</p></div>")
    sections = "".join(_pair_section(corpus, c) for c in reversed(comparisons))
    return ('<div class="compare" data-compare>'
            f'{_summary_table(list(reversed(comparisons)))}'
            '<p class="diff-legend">In each comparison, deleted words are <del>struck '
            "through</del> and inserted words <ins>underlined</ins>. Clauses that did not change "
            "are collapsed; open them to read them. “Side by side” shows the two texts next to "
            "each other. Each clause number links to the clause in its version.</p>"
            f"{sections}{_any_pair_form(root, corpus)}</div>{_SCRIPT}")


def outcomes_json(guides) -> list[dict]:
    """Every guide outcome with its citations, for the draft check in the browser."""
    return [{"guide": g.id, "guide_title": g.title, "url": f"/guides/{g.id}/", "outcome": o.id,
             "title": o.title, "cites": cites_json(o.cites)} for g in guides for o in g.outcomes]


def draft_page(corpus, guides=()) -> str:
    """The body of /compare/draft/ below its title."""
    current = corpus.current
    return (
        f'<div class="compare-draft" data-compare-draft data-current="{escape(current.id)}">'
        '<p class="compare-status" data-compare-status role="status" aria-live="polite">'
        '<span class="guide-js-only">Python is starting in your browser. You can paste your '
        "draft now; it will be compared as soon as Python is ready.</span>"
        '<span class="guide-nojs-only">Checking a draft needs JavaScript. Without it, compare '
        "a draft on the command line: <code>protocol diff "
        f"{escape(current.id)} draft.md</code>.</span></p>"
        '<form class="draft-form" data-draft-form>'
        '<div class="compare-field"><label for="draft-text">Paste the revised text</label>'
        '<p class="compare-hint" id="draft-text-hint">Either numbered text, as in the '
        "council's documents (“7.3 Members have a statutory right…”, or a section heading "
        "followed by its numbered paragraphs), or the Markdown format of the version files. "
        "Whitespace and line-wrapping are never changes.</p>"
        '<textarea id="draft-text" name="draft" rows="14" spellcheck="false" '
        'aria-describedby="draft-text-hint"></textarea></div>'
        '<div class="compare-field"><label for="draft-file">Or open a file from your computer'
        '</label><p class="compare-hint" id="draft-file-hint">A .txt or .md file. It is read '
        "by your browser and is not uploaded anywhere.</p>"
        '<input type="file" id="draft-file" accept=".txt,.md,.markdown,text/plain,text/markdown" '
        'aria-describedby="draft-file-hint"></div>'
        f'<button type="submit" class="md-button md-button--primary">Compare with the '
        f"{escape(current.id)} version</button></form>"
        '<div class="compare-errors" data-draft-errors role="alert" tabindex="-1" hidden></div>'
        '<div class="compare-result" data-draft-result data-search-exclude></div>'
        f"{_json_script(outcomes_json(guides), 'data-draft-outcomes')}"
        f"</div>{_SCRIPT}")


# ------------------------------------------------------------------------------ history


def _ops_html(ops) -> str:
    out = []
    for op, text in ops:
        body = text.rstrip() or text
        space = text[len(body):]
        body_html = escape(body).replace("\n", "<br>")
        space_html = escape(space).replace("\n", "<br>")
        if op == "equal":
            out.append(body_html + space_html)
        else:
            tag = "del" if op == "delete" else "ins"
            out.append(f"<{tag}>{body_html}</{tag}>{space_html}")
    return "".join(out)


def _clause_links(version_id: str, ids) -> str:
    return " + ".join(f'<a href="/protocol/{escape(version_id)}/#{anchor_for(cid)}">'
                      f"{escape(cid)}</a>" for cid in ids)


def _relation(pair: Pair) -> str:
    """How the newer clause relates to the older: "corresponds to", "changed from", ..."""
    if pair.source == "curated":
        return "corresponds to"
    if pair.status == "unchanged":
        return "same text as" if not pair.moved else "same text, moved, as"
    verb = {"changed": "changed from", "split": "split from", "merged": "merged from"}
    return verb.get(pair.status, pair.status) + ("" if not pair.moved else " (moved)")


def clause_history(corpus, comparisons: list[Comparison], clause) -> str:
    """A compact history for the clause's wrapper on its version page ("" if there is none)."""
    before = next((c for c in comparisons if c.to_id == clause.version), None)
    after = next((c for c in comparisons if c.from_id == clause.version), None)
    parts = []
    if before is not None:
        parts.append(_history_before(before, clause))
    if after is not None and not corpus.get(clause.version).current:
        parts.append(_history_after(after, clause))
    parts = [p for p in parts if p]
    return "".join(parts)


def _history_before(comparison: Comparison, clause) -> str:
    pair = comparison.counterpart(clause.id, "to")
    old_id = escape(comparison.from_id)
    if pair is None:
        return ""
    if not pair.from_ids:
        return (f'<p class="clause-history" data-search-exclude data-history="added">New in '
                f"the {escape(comparison.to_id)} version: no counterpart in the {old_id} "
                "version.</p>")
    label = "clause" if len(pair.from_ids) == 1 else "clauses"
    links = _clause_links(comparison.from_id, pair.from_ids)
    if pair.status == "unchanged" and pair.source == "computed":
        same = "" if pair.from_ids == (clause.id,) else f" ({label} {links})"
        return (f'<p class="clause-history" data-search-exclude data-history="unchanged">'
                f"Same text in the {old_id} version{same}.</p>")
    shared = ""
    if len(pair.to_ids) > 1:
        others = [t for t in pair.to_ids if t != clause.id]
        shared = (f" The {old_id} text is now divided between this clause and "
                  f"{_clause_links(comparison.to_id, others)}.")
    why = (f'<p class="clause-history-why">Why: {escape(pair.rationale)}</p>'
           if pair.source == "curated" and pair.rationale else "")
    whole = f"{escape(COMPARE_URL)}#{pair_anchor(comparison, pair)}"
    return (f'<details class="clause-history" data-search-exclude data-history="{escape(pair.status)}" '
            f'data-source="{escape(pair.source)}"><summary>History: {escape(_relation(pair))} '
            f"{old_id} {label} {escape(' + '.join(pair.from_ids))}</summary>"
            f"<p>In the {old_id} version: {label} {links}.{shared}</p>{why}"
            f'<p class="clause-history-legend">Changes from the {old_id} text (deleted words '
            "struck through, inserted words underlined):</p>"
            f'<div class="diff-inline">{_ops_html(pair.ops)}</div>'
            f'<p><a href="{whole}">See it in the whole comparison</a></p></details>')


def _history_after(comparison: Comparison, clause) -> str:
    pair = comparison.counterpart(clause.id, "from")
    new_id = escape(comparison.to_id)
    if pair is None:
        return ""
    if not pair.to_ids:
        why = (": " + escape(pair.rationale.rstrip(". "))) if pair.source == "curated" and \
            pair.rationale else ""
        return (f'<p class="clause-history" data-search-exclude data-history="removed">No '
                f"counterpart in the {new_id} version{why}.</p>")
    label = "clause" if len(pair.to_ids) == 1 else "clauses"
    how = "corresponds to this clause" if pair.source == "curated" else (
        "has the same text" if pair.status == "unchanged" else f"{pair.status} from this clause")
    if pair.status == "split" and pair.source == "computed":
        how = "took over this clause's text"
    return (f'<p class="clause-history" data-search-exclude data-history="later">In the '
            f"{new_id} version, {label} {_clause_links(comparison.to_id, pair.to_ids)} "
            f"{escape(how)}.</p>")
