"""Everything the site is built from, assembled without reference to a site generator:
``macros/hooks.py`` hands each page to ``Site.page`` and writes what ``Site.write_outputs``
writes; another generator could call it the same way.

A page gets its HTML from here in one of two ways:

* pages made wholly from the sources (a guide, each of its no-JavaScript steps, a training
  module) and the version pages replace their body with it;
* an authored page whose front matter says ``generated: <part>`` (``glossary``, ``compare``,
  ...) is followed by that part, after its own Markdown.
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from markupsafe import Markup

import guides
import training
from protocol.site import browser
from protocol.site.address import Address, configure, current as current_address
from protocol.site import training as training_pages
from protocol.site.compare import clause_history, compare_page, draft_page, word_documents
from protocol.site.flowchart import flowchart_html
from protocol.site.guides import guide_widget, guides_json, static_step, step_url
from protocol.site.opendata import protocol_json
from protocol.site.pages import glossary_list, guides_index, related_list
from protocol.site.search import search_documents, search_index, write_search
from protocol.site.templates import render, set_council
from protocol.site.terms import TermMarker
from protocol.site.versions import mark_allowed_characters, render_version
from protocol.sources.correspondence import consecutive_comparisons
from protocol.sources.council import Council, load_council
from protocol.sources.glossary import load_glossary
from protocol.sources.related import load_related
from protocol.sources.versions import load_corpus
from protocol.text.corpus import Corpus

__all__ = ["Site", "BuiltPage"]

_VERSION_PAGE = re.compile(r"protocol/([^/]+)\.md")


@dataclass
class BuiltPage:
    html: Markup
    replace: bool                   # the whole body (True) or a part after the authored text
    title: str | None = None
    meta: dict = field(default_factory=dict)
    toc: list | None = None         # [{"level", "id", "name", "children"}] for the page's TOC
                                    # (a part's: after the authored page's own headings)


@dataclass(frozen=True)
class _Part:
    """A generated part of an authored page: its HTML, the site's scripts it needs and the
    headings it adds to the page's table of contents, (id, title) each."""
    html: Callable[[], Markup]
    scripts: tuple[str, ...] = ()
    toc: tuple[tuple[str, str], ...] = ()


class Site:
    def __init__(self, root: Path, corpus: Corpus, glossary, related, guide_list=(),
                 modules=(), council: Council = Council()):
        self.root, self.corpus, self.glossary, self.related = root, corpus, glossary, related
        self.council = council
        set_council(council)  # every template may show the council's details
        self.guides = list(guide_list)
        self.modules = list(modules)  # training modules
        self.marker = TermMarker(glossary)
        self._generated = self._generated_pages()
        self._parts = self._generated_parts()

    @classmethod
    def load(cls, root: Path, address: Address = Address()) -> "Site":
        """Everything under ``root``, for a site published at ``address`` (a base path)."""
        root = Path(root)
        configure(address)
        return cls(root, load_corpus(root), load_glossary(root), load_related(root),
                   guides.all_guides(), training.all_modules(), load_council(root))

    # -- navigation -----------------------------------------------------------------------
    def nav_title(self, version) -> str:
        return f"{version.id} version" + (" (current)" if version.current else " (superseded)")

    def nav_entries(self) -> list[dict]:
        return [{self.nav_title(v): f"protocol/{v.id}.md"} for v in reversed(self.corpus.versions)]

    def guide_nav_entries(self) -> list[dict]:
        return [{g.title: f"guides/{g.id}.md"} for g in self.guides]

    def training_nav_entries(self) -> list[dict]:
        return [{m.title: f"training/{m.id}.md"} for m in self.modules]

    # -- pages --------------------------------------------------------------------------
    def generated_pages(self) -> list[str]:
        """The source paths of the pages made from Python sources: one per guide, one per
        reachable state of it (for readers without JavaScript), one per training module."""
        return list(self._generated)

    def _generated_pages(self) -> dict[str, Callable[[], BuiltPage]]:
        pages: dict[str, Callable[[], BuiltPage]] = {}
        for g in self.guides:
            pages[f"guides/{g.id}.md"] = lambda g=g: self._guide_page(g)
            for state in g.states():
                if state.path:
                    src = step_url(g, state.path).strip("/") + "/index.md"
                    pages[src] = lambda g=g, path=state.path: self._step_page(g, path)
        for m in self.modules:
            pages[f"training/{m.id}.md"] = lambda m=m: self._quiz_page(m)
        return pages

    def page(self, src_uri: str, meta: dict) -> BuiltPage | None:
        """What the site puts in the page at ``src_uri`` (None: the authored Markdown alone)."""
        if src_uri in self._generated:
            return self._generated[src_uri]()
        match = _VERSION_PAGE.fullmatch(src_uri)
        if match and self.corpus.get(match.group(1)):
            return self._version_page(self.corpus.get(match.group(1)))
        part = meta.get("generated")
        if part is None:
            return None
        if part not in self._parts:
            raise LookupError(f"{src_uri}: unknown generated part {part!r} (known: "
                              f"{', '.join(sorted(self._parts))})")
        found = self._parts[part]
        toc = [{"level": 2, "id": id, "name": name, "children": []} for id, name in found.toc]
        return BuiltPage(found.html() + _scripts(*found.scripts), replace=False, toc=toc or None)

    def _generated_parts(self) -> dict[str, _Part]:
        """The parts an authored page can name; each is rendered only for a page that names it."""
        t, corpus, modules = training_pages, self.corpus, self.modules
        return {
            "glossary": _Part(lambda: glossary_list(self.glossary, corpus)),
            "related": _Part(lambda: related_list(self.related, corpus)),
            "guides": _Part(lambda: guides_index(self.guides)),
            "training": _Part(lambda: t.training_index(modules) + t.progress_panel(modules, corpus)
                              + t.facilitators_note(), ("progress.mjs",), t.INDEX_TOC),
            "training-record": _Part(lambda: t.record_page(modules, corpus)
                                     + t.progress_panel(modules, corpus), ("progress.mjs",)),
            "training-facilitator": _Part(lambda: t.facilitator_page(modules, corpus),
                                          ("progress.mjs",)),
            "compare": _Part(lambda: compare_page(corpus, self.comparisons(), self.root),
                             ("compare.mjs",)),
            "compare-draft": _Part(lambda: draft_page(corpus, self.guides), ("compare.mjs",)),
        }

    def _guide_page(self, guide) -> BuiltPage:
        body = guide_widget(guide, self.corpus, flowchart_html(guide))
        return _generated(guide.title, guide.summary,
                          body + _scripts("guide.mjs", "flowchart.mjs", styles=("flowchart.css",)))

    def _step_page(self, guide, path) -> BuiltPage:
        """A no-JavaScript step page: plain links, no script, kept out of search."""
        body = static_step(guide, self.corpus, path, flowchart_html(guide, path))
        return _generated(guide.title, "", body + _scripts(styles=("flowchart.css",)),
                          meta={"search": {"exclude": True}})

    def _quiz_page(self, module) -> BuiltPage:
        body = training_pages.quiz_widget(module, self.corpus, self.modules)
        return _generated(module.title, "", body + _scripts("quiz.mjs"))

    def _version_page(self, version) -> BuiltPage:
        plain = mark_allowed_characters(version)
        body = render_version(version, self.corpus, text=lambda s: self.marker(s, plain=plain),
                              after_clause=self._clause_extras)
        toc = [{"level": 2, "id": s.anchor, "name": f"{s.number}. {s.title}", "children": []}
               for s in version.sections]
        # Current text ranks first in search; older versions still appear.
        meta = {"search": {"boost": 2 if version.current else 0.5}, "version_id": version.id}
        return BuiltPage(render("page/version.html", version=version, body=body), replace=True,
                         title=self.nav_title(version), meta=meta, toc=toc)

    def citing_guides(self, version_id: str, clause_id: str) -> list:
        """Guides with an outcome that rests on this clause (or cites it as the earlier text)."""
        wanted = (version_id, clause_id)
        return [g for g in self.guides
                if any(wanted in o.cites or wanted in o.earlier_cites for o in g.outcomes)]

    def comparisons(self) -> list:
        """Each version against the one before it, curated correspondences first (built once)."""
        if "_comparisons" not in self.__dict__:
            self._comparisons = consecutive_comparisons(self.root, self.corpus)
        return self._comparisons

    def _clause_extras(self, clause) -> Markup:
        return render("parts/clause_extras.html",
                      guides=self.citing_guides(clause.version, clause.id),
                      history=Markup(clause_history(self.corpus, self.comparisons(), clause)))

    # -- files written after the build ----------------------------------------------------
    def write_outputs(self, site_dir: Path) -> None:
        api = Path(site_dir) / "api"
        api.mkdir(parents=True, exist_ok=True)
        (api / "protocol.json").write_text(
            json.dumps(protocol_json(self.corpus), ensure_ascii=False, indent=1), encoding="utf-8")
        current = Path(site_dir) / "protocol" / "current"
        current.mkdir(parents=True, exist_ok=True)
        (current / "index.html").write_text(render("redirect.html", version=self.corpus.current,
                                                   site_url=current_address().site_url),
                                            encoding="utf-8")
        (api / "guides.json").write_text(json.dumps(guides_json(self.guides), indent=1),
                                         encoding="utf-8")
        browser.install(self.root, Path(site_dir))
        for path, data in word_documents(self.corpus, self.comparisons()).items():
            (Path(site_dir) / path).parent.mkdir(parents=True, exist_ok=True)
            (Path(site_dir) / path).write_bytes(data)

    def write_search(self, site_dir: Path, pages=()) -> None:
        """The search index (search/index.json) and the search library. ``pages``: the authored
        pages as (url relative to the site root, title, body HTML); the rest comes from the
        sources."""
        docs = search_documents(self.corpus, self.glossary, self.guides, self.modules, pages)
        write_search(self.root, Path(site_dir), search_index(docs))

    def search_fallback(self) -> Markup:
        """What stands where the search box is for a reader without JavaScript."""
        return render("search/nojs.html", version=self.corpus.current)


def _slug(title: str) -> str:
    """The heading id Python-Markdown would give ``title``, so anchors stay as they were."""
    ascii_text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[-\s]+", "-", re.sub(r"[^\w\s-]", "", ascii_text).strip().lower())


def _generated(title: str, summary: str, body: Markup, meta: dict | None = None) -> BuiltPage:
    """A page made wholly from the sources; its title heads the table of contents, which
    Material's "Skip to content" link points at."""
    heading = _slug(title)
    return BuiltPage(render("page/generated.html", title=title, heading=heading, summary=summary,
                            body=body), replace=True, title=title, meta=meta or {},
                     toc=[{"level": 1, "id": heading, "name": title, "children": []}])


def _scripts(*names: str, styles: tuple[str, ...] = ()) -> Markup:
    return render("page/scripts.html", scripts=names, styles=styles)
