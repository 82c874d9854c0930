"""MkDocs hooks: the only place that knows about MkDocs events. Everything they call lives in
``protocol.site``, so the site could move to another generator unchanged.
"""
from __future__ import annotations

import html as html_text
import os
import re
from pathlib import Path

from mkdocs.commands.build import get_context
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File
from mkdocs.structure.toc import get_toc
from mkdocs.utils import get_relative_url
from markupsafe import escape

from protocol.authoring import ProblemsError
from protocol.site import offline, security
from protocol.site.address import Address
from protocol.site.build import Site

# One build: the Site, each page's generated HTML between the Markdown and content events, and
# the inline scripts the theme writes (hash sources), the only ones the policy allows.
_site: Site | None = None
_built: dict = {}
_theme_scripts: set[str] = set()
_address = Address()
_files = None
_search_pages: list[tuple[str, str, str]] = []  # authored pages for the search index
_ROOT_LINK = re.compile(r'(\s(?:href|src)=")/(?!/)')


def on_config(config):
    global _site, _address
    try:
        _address = Address.from_environment()
        _site = Site.load(Path(config.config_file_path).parent, _address)
    except ValueError as exc:
        raise PluginError(str(exc)) from None
    except ProblemsError as exc:
        raise PluginError(f"protocol sources have problems:\n{exc}") from None
    # The council's name and logo (docs/_data/council.yml), in the header and the site name.
    # The theme prints the site name as it is: the council's name is escaped, as nav titles are.
    council_name = str(escape(_site.council.name))
    if council_name and not config.site_name.startswith(f"{council_name}: "):
        config.site_name = f"{council_name}: {config.site_name}"
    council = _site.council
    if council.logo:
        config.theme["logo"] = council.logo
    # The site's address is SITE_URL, or none: then no canonical link or sitemap names a host.
    config.site_url = _address.site_url
    config.extra["base_path"] = _address.base  # print footers name the page from it
    _built.clear()
    _search_pages.clear()
    config.extra["search_nojs"] = _site.search_fallback()
    # Version pages are listed in the nav from the corpus, newest first: adding a version is
    # adding one file.
    sections = {"The protocol": _escaped(_site.nav_entries()),
                "Decision guides": _escaped(_site.guide_nav_entries()),
                "Training": _escaped(_site.training_nav_entries())}
    for item in config.nav or []:
        for title, entries in sections.items():
            if isinstance(item, dict) and title in item:
                pages = item[title]
                # on_config can run again on the same nav (mkdocs serve): never add twice
                pages[1:1] = [e for e in entries if e not in pages]
    return config


def _escaped(entries: list[dict]) -> list[dict]:
    """Nav entries with their titles escaped: the theme prints titles as they are, and a title
    comes from authored content (a version's front matter, a guide's or module's Python)."""
    return [{str(escape(title)): path for title, path in entry.items()} for entry in entries]


def on_files(files, config):
    global _files
    _files = files
    for src_uri in _site.generated_pages():
        if files.get_file_from_path(src_uri) is None:
            files.append(File.generated(config, src_uri, content=""))
    return files


def on_env(env, config, files):
    """Work out the theme's inline scripts from its templates, before any page is rendered:
    Material writes them from partials/javascripts/, one variant per page depth (the scripts
    embed the page's relative base URL), and the 404 page's with the site's root."""
    _theme_scripts.clear()
    bases = {get_relative_url(".", f.url) for f in files.documentation_pages()}
    bases.add(_address.base)
    features = config.theme.get("features") or []
    for name in env.list_templates(filter_func=lambda n: n.startswith("partials/javascripts/")):
        template = env.get_template(name)
        for base_url in bases:
            html = template.render(config=config, base_url=base_url, features=features)
            _theme_scripts.update(security.script_source(s) for s in security.inline_scripts(html))
    # For hosts that cannot send headers (GitHub Pages), CSP_META=1 puts the policy in each page.
    config.extra["csp_meta"] = (security.meta_policy(_theme_scripts)
                                if os.environ.get("CSP_META") == "1" else "")
    return env


def on_template_context(context, template_name, config):
    """The 404 page is served at any depth, so its links start from the base path (MkDocs
    takes that from site_url, which is unset unless SITE_URL is given)."""
    if template_name == "404.html" and context.get("base_url") != _address.base:
        context.update(get_context(context["nav"], _files, config, base_url=_address.base))
    return context


def on_page_markdown(markdown, page, config, files):
    try:
        built = _site.page(page.file.src_uri, page.meta)
    except LookupError as exc:
        raise PluginError(str(exc)) from None
    if built is not None and built.title:
        page.meta["title"] = built.title
    if isinstance(page.meta.get("title"), str):  # printed by the theme as it is: escape it
        page.meta["title"] = str(escape(page.meta["title"]))
    if built is None:
        return markdown
    _built[page.file.src_uri] = built
    page.meta.update(built.meta)
    # A page whose body is generated skips Markdown altogether.
    return "" if built.replace else markdown


def _published(html: str) -> str:
    """Authored Markdown links to the site's own files from its root ("/api/protocol.json"):
    under a base path they start there."""
    if _address.base == "/":
        return html
    return _ROOT_LINK.sub(lambda m: m.group(1) + _address.base, html)


def on_page_content(html, page, config, files):
    html = _published(html)
    built = _built.pop(page.file.src_uri, None)
    if (built is None or not built.replace) and not (page.meta.get("search") or {}).get("exclude"):
        # The search index reads authored pages from here; everything else from the sources.
        _search_pages.append((page.url, html_text.unescape(page.title or ""),
                              html + (str(built.html) if built else "")))
    if built is None:
        return html
    if built.toc is not None:
        page.toc = get_toc(built.toc if built.replace else _after(_toc_tokens(page.toc), built.toc))
    return str(built.html) if built.replace else html + str(built.html)


@event_priority(100)  # before Material's search plugin reads the page
def on_page_context(context, page, config, nav):
    # The theme's search plugin is kept only for its box; the site's index was taken from
    # on_page_content. Excluded, the plugin does not parse every page for an index nobody reads.
    page.meta["search"] = {**(page.meta.get("search") or {}), "exclude": True}
    return context


def _toc_tokens(toc) -> list[dict]:
    return [{"level": a.level, "id": a.id, "name": a.title, "children": _toc_tokens(a.children)}
            for a in toc]


def _after(tokens: list[dict], more: list[dict]) -> list[dict]:
    """A generated part's headings after the authored page's own, under its title (level 1)
    when it has one, as its own headings are."""
    if tokens and tokens[-1]["level"] < more[0]["level"]:
        tokens[-1]["children"] = _after(tokens[-1]["children"], more)
        return tokens
    return [*tokens, *more]


@event_priority(-100)  # after Material's search plugin has written its index
def on_post_build(config):
    out = Path(config.site_dir)
    try:
        _site.write_outputs(out)
        _site.write_search(out, _search_pages)
    except FileNotFoundError as exc:  # Pyodide or the search library not installed
        raise PluginError(str(exc)) from None
    if _address.site_url is None:  # MkDocs writes an empty sitemap: a sitemap needs addresses
        for name in ("sitemap.xml", "sitemap.xml.gz"):
            (out / name).unlink(missing_ok=True)
    # The site's own search (search/index.json) replaces Material's: the plugin stays only so
    # that the theme draws the search box, and its index, which nothing reads, is not published.
    (out / "search" / "search_index.json").unlink(missing_ok=True)
    try:  # every file is written: the service worker lists them and hashes the build
        offline.write_service_worker(out)
    except ValueError as exc:
        raise PluginError(str(exc)) from None
    # Keep last: every page is written. A script the build did not write fails the build.
    unexpected = security.unexpected_scripts(out, _theme_scripts)
    if unexpected:
        raise PluginError("pages contain script the build did not write:\n" + "\n".join(unexpected))
    try:
        security.write_headers(out, _theme_scripts)
    except ValueError as exc:
        raise PluginError(str(exc)) from None
