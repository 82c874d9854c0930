"""MkDocs hooks: the only place that knows about MkDocs events. Everything they call lives in
``protocol/`` (and ``guides/``), so the site could move to another generator unchanged.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.toc import get_toc

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # mkdocs loads hooks by path; make the project packages importable
    sys.path.insert(0, str(ROOT))

from macros import state  # noqa: E402
from protocol.authoring import ProblemsError  # noqa: E402
from protocol.site import build as site  # noqa: E402
from protocol.site import security  # noqa: E402

_state: dict = {}


def on_config(config):
    try:
        _state["site"] = site.Site.load(ROOT)
    except ProblemsError as exc:
        raise PluginError(f"protocol sources have problems:\n{exc}") from None
    state.reset(_state["site"])  # the macros use the same Site
    # Version pages are listed in the nav from the corpus, newest first: adding a version is
    # adding one file.
    sections = {"The protocol": _state["site"].nav_entries(),
                "Decision guides": _state["site"].guide_nav_entries(),
                "Training": _state["site"].training_nav_entries()}
    for item in config.nav or []:
        for title, entries in sections.items():
            if isinstance(item, dict) and title in item:
                pages = item[title]
                # on_config can run again on the same nav (mkdocs serve): never add twice
                pages[1:1] = [e for e in entries if e not in pages]
    return config


def on_files(files, config):
    from mkdocs.structure.files import File

    for src_uri, content in _state["site"].generated_pages().items():
        if files.get_file_from_path(src_uri) is None:
            files.append(File.generated(config, src_uri, content=content))
    return files


def on_page_markdown(markdown, page, config, files):
    built = _state["site"].version_page(page.file.src_uri)
    if built is None:
        return markdown
    page.meta.update(built.meta)
    page.title = built.nav_title
    _state.setdefault("tocs", {})[page.file.src_uri] = built.toc
    return built.html


def on_page_content(html, page, config, files):
    toc = _state.get("tocs", {}).get(page.file.src_uri)
    if toc is not None:
        page.toc = get_toc(toc)
    return state.restore(html)


@event_priority(-100)  # after Material's search plugin has written its index
def on_post_build(config):
    out = Path(config.site_dir)
    _state["site"].write_outputs(out)
    index = out / "search" / "search_index.json"
    if index.exists():
        data = json.loads(index.read_text(encoding="utf-8"))
        data["docs"] = _state["site"].adjust_search(data["docs"])
        index.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    security.write_headers(out)  # keep last: hashes the inline scripts of every page written
