"""The site's search index, written by the build as one plain same-origin file that the browser
fetches only when a reader first uses the search box (``assets/js/search.mjs``).

    search_documents(corpus, glossary, guides, modules, pages) -> list[dict]
    search_index(...)                -> {"version", "synonyms", "docs"}: what search/index.json holds
    write_search(site_dir, index)    write search/index.json and the search library's files
    SYNONYMS                         the council's words that widen a query
    DISTINCT                         words kept apart from what they would stem to

Each document is one thing a reader lands on: a clause (at its anchor), a guide (ranked by its
title and questions), a training scenario (its question and options, kept apart), a glossary
term, or a section of an authored page. ``kind`` and ``boost`` rank a clause that contains a
query's words above a page that merely mentions them. URLs are relative to the site's root
(``protocol/2022/#c7-3``): the browser resolves them against wherever the site is published.

The search library (MiniSearch, with the Porter stemmer) is the pinned npm package, copied from
``node_modules`` into ``assets/js/vendor/`` (never a CDN). Standard library only.
"""
from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

__all__ = ["SYNONYMS", "DISTINCT", "KIND_BOOST", "search_documents", "search_index", "page_sections",
           "write_search", "INDEX_PATH", "VENDOR_FILES"]

INDEX_PATH = "search/index.json"

# Words a councillor may use for what the protocol says in other words. A query with any word
# of a group also finds the others (the browser stems them, as it stems the text).
SYNONYMS: tuple[tuple[str, ...], ...] = (
    ("complaint", "complain", "unhappy", "grievance", "dissatisfied"),
    ("leaflet", "campaign", "campaigning", "flyer"),
    ("papers", "documents"),
    ("journalist", "press", "media"),
)

# Words the stemmer would merge with another word of different meaning ("complainants" and
# "complain" both stem to "complain"): each stays a word of its own.
DISTINCT = ("complainant",)

# How much a match counts in each kind of document: the protocol's own clauses first (the current
# version's above a superseded one's), then guides, terms, training, and pages that mention.
KIND_BOOST = {"clause": 3.0, "superseded-clause": 1.0, "guide": 1.5, "term": 1.5,
              "training": 0.4, "page": 0.3}

# npm package file -> where the site serves it (assets/js/vendor/), as ES modules.
VENDOR_FILES = {"minisearch/dist/es/index.js": "minisearch.mjs",
                "stemmer/index.js": "stemmer.mjs"}

_SPACE = re.compile(r"\s+")
_SENTENCE = re.compile(r"(?<=[.:;])\s+(?=[A-Z•])|\n")


def _plain(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def _clause_docs(corpus, glossary) -> list[dict]:
    docs = []
    for version in reversed(corpus.versions):  # newest first
        label = "current" if version.current else "superseded"
        sections = {s.number: f"{s.number}. {s.title}" for s in version.sections}
        for clause in version.clauses:
            top = clause.id.split(".")[0]
            # The glossary terms a clause uses rank it first for searches of those terms.
            terms = [t.term for t in glossary if any(m in clause.text for m in t.match)]
            docs.append({
                "kind": "clause" if version.current else "superseded-clause",
                "url": clause.url.lstrip("/"),
                "title": f"Clause {clause.id} · {version.id} version ({label})",
                "section": sections.get(clause.section or top, ""),
                "terms": "\n".join(terms),
                "text": clause.text.replace("\n\n", "\n"),
                # The opening sentence says what a clause is about: it counts again.
                "lead": _SENTENCE.split(clause.text, maxsplit=1)[0],
            })
    return docs


def _guide_docs(guides) -> list[dict]:
    return [{"kind": "guide", "url": f"guides/{g.id}/", "title": g.title,
             "keywords": "\n".join(q.text for q in g.questions),
             "text": g.summary} for g in guides]


def _training_docs(modules) -> list[dict]:
    docs = []
    for module in modules:
        for number, question in enumerate(module.questions, 1):
            docs.append({
                "kind": "training",
                "url": f"training/{module.id}/#quiz-{module.id}-{question.id}-title",
                "title": f"{module.title}: scenario {number} of {len(module.questions)}",
                "text": _plain(f"{question.scenario} {question.ask}"),
                # One string per option: shown as a list, never run together.
                "options": [o.label for o in question.options],
            })
    return docs


def _term_docs(glossary) -> list[dict]:
    return [{"kind": "term", "url": t.url.lstrip("/"), "title": t.term,
             "keywords": "\n".join(t.match), "text": t.definition} for t in glossary]


class _Sections(HTMLParser):
    """Splits a page's HTML into (anchor, heading, text) at each h2/h3 with an id, skipping
    the h1 (the page's title), anything marked data-search-exclude, scripts and styles."""

    _HEADINGS = {"h2", "h3"}
    _SKIP = {"script", "style", "template", "h1"}  # the page's title is the document's title
    _BLOCKS = {"p", "li", "dt", "dd", "tr", "div", "section", "article", "details", "summary",
               "ul", "ol", "dl", "table", "blockquote", "h4", "h5", "h6", "figcaption"}
    _VOID = {"br", "img", "input", "hr", "meta", "link", "source", "wbr", "area", "col", "embed"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.sections: list[list] = [["", "", []]]  # [anchor, heading, text parts]
        self._skip_depth = 0
        self._stack: list[str] = []
        self._heading: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        if tag in self._VOID:
            if tag == "br" and not self._skip_depth:
                self.sections[-1][2].append(" ")
            return
        attrs = dict(attrs)
        self._stack.append(tag)
        if self._skip_depth or tag in self._SKIP or "data-search-exclude" in attrs:
            self._skip_depth += 1
            return
        if tag in self._HEADINGS and attrs.get("id"):
            self.sections.append([attrs["id"], "", []])
            self._heading = []
        if tag in self._BLOCKS:
            self.sections[-1][2].append("\n")
        elif tag in ("span", "small", "td", "th"):
            self.sections[-1][2].append(" ")

    def handle_endtag(self, tag):
        if tag in self._VOID or tag not in self._stack:
            return
        while self._stack:
            if self._skip_depth:
                self._skip_depth -= 1
            if self._stack.pop() == tag:
                break
        if tag in self._HEADINGS and self._heading is not None and not self._skip_depth:
            self.sections[-1][1] = _plain("".join(self._heading))
            self._heading = None

    def handle_data(self, data):
        if self._skip_depth:
            return
        data = _SPACE.sub(" ", data)  # a line break in the source is a space
        if self._heading is not None:
            self._heading.append(data)
        else:
            self.sections[-1][2].append(data)


def page_sections(url: str, title: str, html: str) -> list[dict]:
    """An authored page as search documents: its opening, then each section with an id."""
    parser = _Sections()
    parser.feed(html)
    parser.close()
    docs = []
    for anchor, heading, parts in parser.sections:
        text = "\n".join(_plain(line) for line in "".join(parts).split("\n") if line.strip())
        if not text and anchor:
            continue
        docs.append({"kind": "page", "url": url + (f"#{anchor}" if anchor else ""),
                     "title": f"{heading} · {title}" if anchor and heading else title,
                     "text": text})
    return docs


def search_documents(corpus, glossary, guides, modules, pages=()) -> list[dict]:
    """Every search document, each with an id and the boost of its kind. ``pages`` are the
    authored pages as (url relative to the site root, title, body HTML)."""
    docs = (_clause_docs(corpus, glossary) + _guide_docs(guides) + _term_docs(glossary)
            + _training_docs(modules))
    for url, title, html in pages:
        docs += page_sections(url, title, html)
    return [dict(doc, id=n, boost=KIND_BOOST[doc["kind"]]) for n, doc in enumerate(docs)]


def search_index(docs: list[dict]) -> dict:
    return {"version": 1, "synonyms": [list(group) for group in SYNONYMS],
            "distinct": list(DISTINCT), "docs": docs}


def write_search(root: Path, site_dir: Path, index: dict) -> None:
    """search/index.json, and the search library from node_modules into assets/js/vendor/."""
    out = Path(site_dir) / INDEX_PATH
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")),
                   encoding="utf-8")
    modules = Path(root) / "node_modules"
    missing = [name for name in VENDOR_FILES if not (modules / name).is_file()]
    if missing:
        raise FileNotFoundError(f"{modules}: missing {', '.join(missing)}; run 'npm ci' "
                                "(make build does it)")
    vendor = Path(site_dir) / "assets" / "js" / "vendor"
    vendor.mkdir(parents=True, exist_ok=True)
    for name, target in VENDOR_FILES.items():
        text = (modules / name).read_text(encoding="utf-8")
        # The source map is not published: no request for a file that is not there.
        text = re.sub(r"\n//# sourceMappingURL=\S+\s*$", "\n", text)
        (vendor / target).write_text(text, encoding="utf-8")
