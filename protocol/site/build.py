"""Everything the site is built from, assembled without reference to a site generator.

``macros/hooks.py`` and ``macros/main.py`` call this; another generator could call it the same way.

Public names:
    Site.load(root)              corpus, glossary, related documents
    Site.version_page(src_uri)   a version page's HTML, title and table of contents
    Site.write_outputs(site_dir) open data and the /protocol/current/ redirect
    Site.adjust_search(docs)     make each clause its own search result, labelled by version
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from html import escape
from pathlib import Path

import guides
import training
from protocol.site import browser
from protocol.site.compare import clause_history
from protocol.site.flowchart import flowchart_html
from protocol.site.guides import guide_widget, guides_json, static_step, step_url
from protocol.site.opendata import protocol_json
from protocol.site.terms import TermMarker
from protocol.site.training import quiz_widget
from protocol.site.versions import render_version
from protocol.sources.correspondence import consecutive_comparisons
from protocol.sources.glossary import load_glossary
from protocol.sources.related import load_related
from protocol.sources.versions import load_corpus
from protocol.text.corpus import Corpus

__all__ = ["Site", "BuiltPage"]


@dataclass
class BuiltPage:
    html: str
    nav_title: str
    meta: dict
    toc: list = field(default_factory=list)


class Site:
    def __init__(self, root: Path, corpus: Corpus, glossary, related, guides=(), modules=()):
        self.root, self.corpus, self.glossary, self.related = root, corpus, glossary, related
        self.guides = list(guides)
        self.modules = list(modules)  # training modules
        self.marker = TermMarker(glossary)

    @classmethod
    def load(cls, root: Path) -> "Site":
        root = Path(root)
        return cls(root, load_corpus(root), load_glossary(root), load_related(root),
                   guides.all_guides(), training.all_modules())

    # -- navigation and pages -------------------------------------------------------------
    def nav_title(self, version) -> str:
        return f"{version.id} version" + (" (current)" if version.current else " (superseded)")

    def nav_entries(self) -> list[dict]:
        return [{self.nav_title(v): f"protocol/{v.id}.md"} for v in reversed(self.corpus.versions)]

    def guide_nav_entries(self) -> list[dict]:
        return [{g.title: f"guides/{g.id}.md"} for g in self.guides]

    def training_nav_entries(self) -> list[dict]:
        return [{m.title: f"training/{m.id}.md"} for m in self.modules]

    def generated_pages(self) -> dict[str, str]:
        """Markdown for pages made from Python sources: one page per guide, and one page per
        reachable state of it for readers without JavaScript (kept out of search)."""
        pages = {}
        for g in self.guides:
            pages[f"guides/{g.id}.md"] = (f"---\nrender_macros: true\n---\n\n# {g.title}\n\n"
                                          f"{g.summary}\n\n{{{{ guide(\"{g.id}\") }}}}\n")
            for state in g.states():
                if not state.path:
                    continue
                query = "&".join(f"{q}={a}" for q, a in state.path)
                src = step_url(g, state.path).strip("/") + "/index.md"
                pages[src] = (f"---\nrender_macros: true\nsearch:\n  exclude: true\n---\n\n"
                              f"# {g.title}\n\n{{{{ guide(\"{g.id}\", \"{query}\") }}}}\n")
        for m in self.modules:  # one page per training module
            pages[f"training/{m.id}.md"] = (f"---\nrender_macros: true\n---\n\n# {m.title}\n\n"
                                            f"{{{{ quiz(\"{m.id}\") }}}}\n")
        return pages

    def guide_widget(self, guide_id: str, answers: str = "") -> str:
        guide = next((g for g in self.guides if g.id == guide_id), None)
        if guide is None:
            raise LookupError(f"unknown guide {guide_id!r}")
        if answers:  # a no-JavaScript step page: plain links, no script
            path = guide.step(guide.from_query(answers)).path
            return static_step(guide, self.corpus, path, flowchart_html(guide, path))
        return (guide_widget(guide, self.corpus, flowchart_html(guide))
                + '<script type="module" src="/assets/js/guide.mjs"></script>'
                '<script type="module" src="/assets/js/flowchart.mjs"></script>')

    def quiz_widget(self, module_id: str) -> str:
        module = next((m for m in self.modules if m.id == module_id), None)
        if module is None:
            raise LookupError(f"unknown training module {module_id!r}")
        return (quiz_widget(module, self.corpus, self.modules)
                + '<script type="module" src="/assets/js/quiz.mjs"></script>')

    def version_page(self, src_uri: str) -> BuiltPage | None:
        match = re.fullmatch(r"protocol/([^/]+)\.md", src_uri)
        version = self.corpus.get(match.group(1)) if match else None
        if version is None:
            return None

        def decorate(text: str) -> str:
            return self.marker(text)

        body = render_version(version, self.corpus, decorate=decorate,
                              after_clause=self._clause_extras)
        html = (f'<h1>{escape(version.title)}</h1>\n<div class="protocol-version" '
                f'data-version="{escape(version.id)}">\n{body}\n</div>')
        toc = [{"level": 2, "id": s.anchor, "name": f"{s.number}. {s.title}", "children": []}
               for s in version.sections]
        # Current text ranks first in search; older versions still appear.
        meta = {"search": {"boost": 2 if version.current else 0.5}, "version_id": version.id}
        return BuiltPage(html, self.nav_title(version), meta, toc)

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

    def _clause_extras(self, clause) -> str:
        history = clause_history(self.corpus, self.comparisons(), clause)
        used = self.citing_guides(clause.version, clause.id)
        if not used:
            return history
        links = ", ".join(f'<a href="/guides/{g.id}/">{escape(g.title)}</a>' for g in used)
        return (f'<p class="clause-guides" data-search-exclude>Guides that use this clause: '
                f"{links}</p>{history}")

    # -- files written after the build ----------------------------------------------------
    def write_outputs(self, site_dir: Path) -> None:
        api = Path(site_dir) / "api"
        api.mkdir(parents=True, exist_ok=True)
        (api / "protocol.json").write_text(
            json.dumps(protocol_json(self.corpus), ensure_ascii=False, indent=1), encoding="utf-8")
        current = Path(site_dir) / "protocol" / "current"
        current.mkdir(parents=True, exist_ok=True)
        (current / "index.html").write_text(self.current_redirect(), encoding="utf-8")
        (api / "guides.json").write_text(json.dumps(guides_json(self.guides), indent=1),
                                         encoding="utf-8")
        browser.install(self.root, Path(site_dir))

    def current_redirect(self) -> str:
        url = self.corpus.current.url
        title = escape(self.corpus.current.title)
        return (f'<!doctype html><html lang="en"><head><meta charset="utf-8">'
                f'<title>Current version: {title}</title>'
                f'<meta http-equiv="refresh" content="0; url={url}">'
                f'<link rel="canonical" href="{url}"></head>'
                f'<body><main><h1>The current version</h1><p>The current version of the protocol '
                f'is <a href="{url}">{title}</a>.</p></main></body></html>')

    def adjust_search(self, docs: list[dict]) -> list[dict]:
        """Point clause results at the clause wrapper and say which version each is from."""
        out = []
        for doc in docs:
            match = re.fullmatch(r"protocol/([^/]+)/#(c[\d-]+)-h", doc["location"])
            version = self.corpus.get(match.group(1)) if match else None
            if version:
                doc = dict(doc, location=f"protocol/{version.id}/#{match.group(2)}")
                label = "current" if version.current else "superseded"
                doc["title"] = f"{doc['title']} · {version.id} version ({label})"
                clause = version.clause(match.group(2)[1:].replace("-", "."))
                # Glossary terms a clause uses rank it first for searches of those terms.
                terms = [t.term for t in self.glossary if any(m in clause.text for m in t.match)]
                if terms:
                    doc["tags"] = terms
                if any(t.defined_in == (version.id, clause.id) for t in self.glossary):
                    doc["boost"] = doc.get("boost", 1) * 1.5
            out.append(doc)
        return out
