"""Glossary term links in protocol text: the first use of each term becomes a link to it."""
from __future__ import annotations

import re

from markupsafe import Markup, escape

from protocol.site.templates import ENV
from protocol.sources.glossary import Term

__all__ = ["TermMarker"]


class TermMarker:
    """Escapes protocol text and links the first use of each glossary term in it.

    The words themselves are untouched: a term becomes ``<a class="term">`` around the same text.
    """

    def __init__(self, terms: list[Term]):
        self._by_spelling = {spelling: t for t in terms for spelling in t.match}
        spellings = sorted(self._by_spelling, key=len, reverse=True)
        self._pattern = re.compile(r"(?<!\w)(" + "|".join(map(re.escape, spellings)) + r")(?!\w)")
        self._link = ENV.get_template("parts/term.html")

    def __call__(self, text: str, seen: set[str] | None = None, plain=escape) -> Markup:
        """``plain`` turns the text between terms into HTML (escaping it, by default)."""
        seen = set() if seen is None else seen
        out, at = [], 0
        for match in self._pattern.finditer(text):
            term = self._by_spelling[match.group(1)]
            if term.id in seen:
                continue
            seen.add(term.id)
            out.append(plain(text[at:match.start()]))
            out.append(Markup(self._link.render(term=term, words=match.group(1))))
            at = match.end()
        out.append(plain(text[at:]))
        return Markup("").join(out)
