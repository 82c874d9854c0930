"""HTML fragments for the site's pages (citations, version list, glossary, related documents).

Pure functions of the data: the macros layer only passes them through.
"""
from __future__ import annotations

from html import escape

from protocol.text.corpus import Corpus
from protocol.site.versions import format_date, render_blocks

__all__ = ["UnknownClause", "clause_link", "clause_quote", "versions_table", "current_summary",
           "glossary_list", "related_list"]


class UnknownClause(LookupError):
    pass


def _lookup(corpus: Corpus, version: str, clause_id: str):
    if corpus.get(version) is None:
        known = ", ".join(v.id for v in corpus)
        raise UnknownClause(f"unknown protocol version {version!r} (known: {known})")
    found = corpus.clause(version, clause_id)
    if found is None:
        raise UnknownClause(f"version {version} has no clause {clause_id!r}")
    return found


def clause_link(corpus: Corpus, version: str, clause_id: str, label: str | None = None) -> str:
    found = _lookup(corpus, version, clause_id)
    text = label or f"clause {clause_id} ({version})"
    return (f'<a class="clause-ref" href="{found.url}" title="{escape(found.text)}">'
            f"{escape(text)}</a>")


def clause_quote(corpus: Corpus, version: str, clause_id: str) -> str:
    """A clause quoted word for word, as a blockquote citing its source."""
    found = _lookup(corpus, version, clause_id)
    return (f'<blockquote class="clause-quote" cite="{found.url}">{render_blocks(found.blocks)}'
            f'<footer><a href="{found.url}">Clause {escape(clause_id)}, {escape(version)} version'
            f"</a></footer></blockquote>")


def versions_table(corpus: Corpus) -> str:
    rows = []
    for v in reversed(corpus.versions):
        status = "Current" if v.current else "Superseded"
        rows.append(f'<tr><td><a href="{v.url}">{escape(v.title)}</a></td>'
                    f"<td>{escape(v.version_label or '—')}</td>"
                    f"<td>{escape(v.date_label.capitalize())} {escape(format_date(v.date))}</td>"
                    f"<td>{len(v.clauses)}</td><td>{status}</td></tr>")
    return ('<table class="versions"><caption>Versions of the protocol</caption><thead><tr>'
            '<th scope="col">Title</th><th scope="col">Version</th><th scope="col">Date</th>'
            '<th scope="col">Clauses</th><th scope="col">Status</th></tr></thead><tbody>'
            + "".join(rows) + "</tbody></table>")


def current_summary(corpus: Corpus) -> str:
    v = corpus.current
    label = f", {v.version_label}" if v.version_label else ""
    return (f'<a href="{v.url}">{escape(v.title)}</a> ({escape(v.date_label)} '
            f"{escape(format_date(v.date))}{escape(label)})")


def glossary_list(terms, corpus: Corpus) -> str:
    items = []
    for t in sorted(terms, key=lambda t: t.term.lower()):
        used = [c for v in reversed(corpus.versions) for c in v.clauses
                if any(m in c.text for m in t.match)]
        where = ", ".join(f'<a href="{c.url}">{escape(c.version)} {escape(c.id)}</a>'
                          for c in used[:12])
        note = ('<p class="glossary-editorial"><em>Editorial definition: the protocol does not '
                "define this term.</em></p>") if t.editorial else ""
        items.append(f'<dt id="{escape(t.id)}">{escape(t.term)}</dt><dd><p>{escape(t.definition)}'
                     f"</p>{note}" + (f"<p>Used in: {where}</p>" if where else "") + "</dd>")
    return '<dl class="glossary">' + "".join(items) + "</dl>"


def related_list(related, corpus: Corpus) -> str:
    items = []
    for doc in related:
        clauses = doc.mentions(corpus)
        links = ", ".join(f'<a href="{c.url}">clause {escape(c.id)} ({escape(c.version)})</a>'
                          for c in clauses) or "not mentioned by clause number"
        items.append(f"<li><strong>{escape(doc.title)}</strong>: {escape(doc.about)}"
                     f"<br>Mentioned in: {links}</li>")
    return '<ul class="related-documents">' + "".join(items) + "</ul>"


def guides_index(guides) -> str:
    """Guides grouped by who is asking, each with its one-line description."""
    groups = {"member": "If you are a councillor", "officer": "If you are an officer"}
    out = []
    for audience, heading in groups.items():
        items = [g for g in guides if g.audience == audience]
        if not items:
            continue
        out.append(f"<h2>{escape(heading)}</h2><ul class=\"guide-list\">")
        out.extend(f'<li><a href="/guides/{escape(g.id)}/">{escape(g.title)}</a>'
                   f"<br>{escape(g.summary)}</li>" for g in items)
        out.append("</ul>")
    return "".join(out)
