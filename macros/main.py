"""mkdocs-macros glue: each macro is one call into ``protocol/`` (or ``guides/``).

Pages opt in with ``render_macros: true``; protocol texts never pass through Jinja.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from protocol import pages  # noqa: E402
from protocol.site import Site  # noqa: E402


def define_env(env):
    site = Site.load(ROOT)

    @env.macro
    def clause(version: str, clause_id: str, label: str | None = None) -> str:
        """A link to a clause with its text on hover and focus; unknown ids fail the build."""
        return pages.clause_link(site.corpus, str(version), str(clause_id), label)

    @env.macro
    def quote(version: str, clause_id: str) -> str:
        return pages.clause_quote(site.corpus, str(version), str(clause_id))

    @env.macro
    def versions_table() -> str:
        return pages.versions_table(site.corpus)

    @env.macro
    def current_version() -> str:
        return pages.current_summary(site.corpus)

    @env.macro
    def glossary_list() -> str:
        return pages.glossary_list(site.glossary, site.corpus)

    @env.macro
    def guide(guide_id: str) -> str:
        """The live guide: first question in the HTML, Python in the browser when ready."""
        return site.guide_widget(str(guide_id))

    @env.macro
    def guides_index() -> str:
        return pages.guides_index(site.guides)

    @env.macro
    def related_documents() -> str:
        return pages.related_list(site.related, site.corpus)
