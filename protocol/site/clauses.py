"""A clause cited in a page: a link with its text on hover and focus, or quoted word for word."""
from __future__ import annotations

from markupsafe import Markup

from protocol.site.templates import render
from protocol.site.versions import escape_text
from protocol.text.corpus import Corpus
from protocol.text.model import Clause

__all__ = ["UnknownClause", "lookup", "clause_link", "clause_quote"]


class UnknownClause(LookupError):
    pass


def lookup(corpus: Corpus, version: str, clause_id: str) -> Clause:
    if corpus.get(version) is None:
        known = ", ".join(v.id for v in corpus)
        raise UnknownClause(f"unknown protocol version {version!r} (known: {known})")
    found = corpus.clause(version, clause_id)
    if found is None:
        raise UnknownClause(f"version {version} has no clause {clause_id!r}")
    return found


def clause_link(corpus: Corpus, version: str, clause_id: str, label: str | None = None) -> Markup:
    return render("parts/clause_link.html", clause=lookup(corpus, version, clause_id),
                  label=label or f"clause {clause_id} ({version})")


def clause_quote(corpus: Corpus, version: str, clause_id: str, *, status: bool = False) -> Markup:
    """A clause quoted word for word, as a blockquote citing its source; ``status`` adds
    whether that version is current or superseded."""
    clause = lookup(corpus, version, clause_id)
    label = ("current" if corpus.get(version).current else "superseded") if status else ""
    # The editorial note shown beside the clause on its version page travels with every quote.
    note = corpus.get(version).notes.get(clause_id, "")
    return render("parts/clause_quote.html", clause=clause, status=label, text=escape_text,
                  note=note)
