"""The comparison pages and each clause's history, rendered at build time: /compare/ (a summary
table, each version against the one before it as a redline, and the form that compares any two
versions in the browser), /compare/draft/ ("Check a draft"), and under each clause on a version
page its counterpart in the version before (and, on a superseded version, the one after).

``comparisons`` is ``protocol.sources.correspondence.consecutive_comparisons(root, corpus)``:
one per version after the first, so the build stays linear in the number of versions. The
redlines themselves come from ``protocol.compare.render_html``, the one renderer that the build,
the command line and the browser share; every piece of text is escaped there or by the templates.
"""
from __future__ import annotations

from markupsafe import Markup, escape

from protocol.authoring import cites_json
from protocol.compare import Comparison, Pair, render_html
from protocol.compare.docx import comparison_data, comparison_docx, docx_filename, version_data
from protocol.compare.report import summary_phrases
from protocol.site.address import url
from protocol.site.templates import ENV, render
from protocol.sources.correspondence import load_correspondences
from protocol.text.model import anchor_for

__all__ = ["compare_page", "draft_page", "outcomes_json", "clause_history", "pair_anchor",
           "word_documents", "COMPARE_URL", "DRAFT_URL"]

COMPARE_URL = "/compare/"
DRAFT_URL = "/compare/draft/"
# Summary columns: what changed first, then what stayed ("corresponds": curated pairs whose
# words differ, never counted as changed). Substantive and editorial counts, and headings, are in
# each comparison's own summary below the table.
_COLUMNS = ("changed", "corresponds", "split", "merged", "added", "removed", "moved",
            "renumbered", "unchanged")
COLUMN_TITLES = {"corresponds": "Curated"}

ENV.filters["anchor"] = anchor_for
ENV.filters["br"] = lambda text: escape(text).replace("\n", Markup("<br>"))


def _section_id(comparison: Comparison) -> str:
    return f"v{comparison.from_id}-{comparison.to_id}"


def _prefix(comparison: Comparison) -> str:
    return f"d{comparison.from_id}-{comparison.to_id}"


def pair_anchor(comparison: Comparison, pair: Pair) -> str:
    """The element id render_html gives ``pair`` on /compare/."""
    return f"{_prefix(comparison)}-{comparison.pairs.index(pair) + 1}"


def _linker(version_id: str):
    return lambda clause_id: url(f"/protocol/{version_id}/") + f"#{anchor_for(clause_id)}"


def _section_linker(version_id: str):
    return lambda number: url(f"/protocol/{version_id}/") + f"#s{number}"


def _sentence(comparison: Comparison) -> str:
    return ", ".join(summary_phrases(comparison)) or "no clauses"


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


def word_documents(corpus, comparisons: list[Comparison]) -> dict[str, bytes]:
    """Each pre-rendered comparison as a Word document with tracked changes, by its path in
    the site (``compare/protocol-2008-to-2022.docx``)."""
    found = {}
    for comparison in comparisons:
        data = comparison_data(comparison)
        found[COMPARE_URL.strip("/") + "/" + docx_filename(data)] = comparison_docx(
            data, version_data(corpus.get(comparison.from_id)),
            version_data(corpus.get(comparison.to_id)))
    return found


def _size(count: int) -> str:
    return f"{max(1, round(count / 1000))} KB"


def _comparison(corpus, comparison: Comparison, documents: dict[str, bytes]) -> dict:
    old, new = corpus.get(comparison.from_id), corpus.get(comparison.to_id)
    counts = comparison.summary()
    path = COMPARE_URL.strip("/") + "/" + docx_filename({"from": old.id, "to": new.id})
    return {"old": old, "new": new, "counts": counts, "sentence": _sentence(comparison),
            "docx": {"url": "/" + path, "size": _size(len(documents[path]))}
            if path in documents else None,
            "section_id": _section_id(comparison),
            "curated": sum(1 for p in comparison.pairs if p.source == "curated"),
            "report": Markup(render_html(comparison, from_url=_linker(old.id),
                                         to_url=_linker(new.id),
                                         from_section_url=_section_linker(old.id),
                                         to_section_url=_section_linker(new.id),
                                         id_prefix=_prefix(comparison),
                                         heading_level=3, from_notes=old.notes,
                                         to_notes=new.notes))}


def compare_page(corpus, comparisons: list[Comparison], root) -> Markup:
    """The body of /compare/ below its title."""
    versions = list(corpus)
    documents = word_documents(corpus, comparisons)
    return render("compare/page.html", columns=_COLUMNS, column_titles=COLUMN_TITLES,
                  comparisons=[_comparison(corpus, c, documents) for c in reversed(comparisons)],
                  versions=list(reversed(versions)), newest=versions[-1].id,
                  oldest=versions[0].id,
                  curated=_curated_data(root, corpus) if comparisons else {})


def outcomes_json(guides) -> list[dict]:
    """Every guide outcome with its citations, for the draft check in the browser."""
    return [{"guide": g.id, "guide_title": g.title, "url": url(f"/guides/{g.id}/"),
             "outcome": o.id, "title": o.title, "cites": cites_json(o.cites)}
            for g in guides for o in g.outcomes]


def draft_page(corpus, guides=()) -> Markup:
    """The body of /compare/draft/ below its title."""
    return render("compare/draft.html", current=corpus.current, outcomes=outcomes_json(guides))


# ------------------------------------------------------------------------------ history


def _split_ops(ops) -> list[tuple[str, str, str]]:
    """Each op as (op, words, trailing whitespace); a whitespace-only op keeps its whitespace."""
    out = []
    for op, text in ops:
        body = text.rstrip() or text
        out.append((op, body, text[len(body):]))
    return out


def _relation(pair: Pair) -> str:
    """How the newer clause relates to the older: "corresponds to", "changed from", ..."""
    if pair.source == "curated":
        return "corresponds to"
    if pair.status == "unchanged":
        return "same text as" if not pair.moved else "same text, moved, as"
    verb = {"changed": "changed from", "split": "split from", "merged": "merged from"}
    return verb.get(pair.status, pair.status) + ("" if not pair.moved else " (moved)")


def _how_later(pair: Pair) -> str:
    """How the later clause relates to this one."""
    if pair.source == "curated":
        return "corresponds to this clause"
    if pair.status == "split":
        return "took over this clause's text"
    return "has the same text" if pair.status == "unchanged" else f"{pair.status} from this clause"


def clause_history(corpus, comparisons: list[Comparison], clause) -> Markup:
    """A compact history for the clause's wrapper on its version page ("" if there is none):
    every counterpart in the version before (a curated correspondence may name the clause more
    than once) and, on a superseded version, every one in the version after."""
    earlier = next((c for c in comparisons if c.to_id == clause.version), None)
    later = next((c for c in comparisons if c.from_id == clause.version), None)
    parts = []
    for pair in earlier.counterparts(clause.id, "to") if earlier else []:
        before = {"pair": pair, "old_id": earlier.from_id, "new_id": earlier.to_id,
                  "relation": _relation(pair), "ops": _split_ops(pair.ops),
                  "others": [t for t in pair.to_ids if t != clause.id],
                  "whole": f"{COMPARE_URL}#{pair_anchor(earlier, pair)}"}
        parts.append(render("compare/history.html", clause=clause, before=before, after=None))
    if later is not None and not corpus.get(clause.version).current:
        for pair in later.counterparts(clause.id, "from"):
            after = {"pair": pair, "new_id": later.to_id, "how": _how_later(pair)}
            parts.append(render("compare/history.html", clause=clause, before=None, after=after))
    return Markup("").join(parts)
