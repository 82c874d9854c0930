"""The lists that pages show: versions, the glossary, related documents, the guides."""
from __future__ import annotations

from markupsafe import Markup

from protocol.site.templates import render
from protocol.text.corpus import Corpus

__all__ = ["versions_table", "current_summary", "glossary_list", "related_list", "guides_index"]

# Who is asking, in the order the guides index lists them.
AUDIENCE_HEADINGS = {"member": "If you are a councillor", "officer": "If you are an officer"}
_GLOSSARY_USES = 12  # clauses listed under a term


def versions_table(corpus: Corpus) -> Markup:
    return render("pages/versions_table.html", versions=list(reversed(corpus.versions)))


def current_summary(corpus: Corpus) -> Markup:
    return render("pages/current_summary.html", v=corpus.current)


def glossary_list(terms, corpus: Corpus) -> Markup:
    entries = [{"term": t, "used": [c for v in reversed(corpus.versions) for c in v.clauses
                                    if any(m in c.text for m in t.match)][:_GLOSSARY_USES]}
               for t in sorted(terms, key=lambda t: t.term.lower())]
    return render("pages/glossary.html", entries=entries)


def related_list(related, corpus: Corpus) -> Markup:
    return render("pages/related.html",
                  entries=[{"doc": doc, "clauses": doc.mentions(corpus)} for doc in related])


def guides_index(guides) -> Markup:
    """Guides grouped by who is asking, each with its one-line description."""
    groups = [(heading, [g for g in guides if g.audience == audience])
              for audience, heading in AUDIENCE_HEADINGS.items()]
    return render("pages/guides_index.html", groups=groups)
