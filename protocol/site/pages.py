"""The lists that pages show: versions, the glossary, related documents, the guides."""
from __future__ import annotations

from markupsafe import Markup

from protocol.site.templates import render
from protocol.text.corpus import Corpus

__all__ = ["versions_table", "current_summary", "glossary_list", "related_list", "guides_index"]

# Who is asking, in the order the guides index lists them: (anchor, choice, heading).
AUDIENCE_HEADINGS = {
    "member": ("for-councillors", "I am a councillor", "If you are a councillor"),
    "officer": ("for-officers", "I am an officer", "If you are an officer"),
}
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
    groups = [{"anchor": anchor, "choice": choice, "heading": heading,
               # guides for this reader alone first, then those for both
               "guides": sorted((g for g in guides if audience in g.audience),
                                key=lambda g: len(g.audience) > 1)}
              for audience, (anchor, choice, heading) in AUDIENCE_HEADINGS.items()]
    return render("pages/guides_index.html", groups=groups)
