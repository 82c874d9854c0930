"""mkdocs-macros glue: each macro is one call into ``protocol/`` (or ``guides/``).

Pages opt in with ``render_macros: true``; protocol texts never pass through Jinja.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from macros import state  # noqa: E402
from protocol.site import pages  # noqa: E402


class _CurrentSite:
    """The Site loaded by the hooks for this build (macros are defined before it is loaded)."""

    def __getattr__(self, name):
        return getattr(state.site, name)


def define_env(env):
    site = _CurrentSite()

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
    def guide(guide_id: str, answers: str = "") -> str:
        """The live guide: its first question (or the state ``answers`` lead to) in the HTML,
        Python in the browser when ready."""
        return state.stash(site.guide_widget(str(guide_id), str(answers)))

    @env.macro
    def guides_index() -> str:
        return pages.guides_index(site.guides)

    @env.macro
    def quiz(module_id: str) -> str:
        """A training module's quiz: every scenario in the HTML, graded by Python when ready."""
        return state.stash(site.quiz_widget(str(module_id)))

    @env.macro
    def training_index() -> str:
        """The modules, then "Your progress" (export, import, clear)."""
        from protocol.site import training as t

        return state.stash(t.training_index(site.modules)
                           + t.progress_panel(site.modules, site.corpus)
                           + '<script type="module" src="/assets/js/progress.mjs"></script>')

    @env.macro
    def training_record() -> str:
        from protocol.site import training as t

        return state.stash(t.record_page(site.modules, site.corpus)
                           + t.progress_panel(site.modules, site.corpus)
                           + '<script type="module" src="/assets/js/progress.mjs"></script>')

    @env.macro
    def training_facilitator() -> str:
        from protocol.site import training as t

        return state.stash(t.facilitator_page(site.modules, site.corpus)
                           + '<script type="module" src="/assets/js/progress.mjs"></script>')

    @env.macro
    def related_documents() -> str:
        return pages.related_list(site.related, site.corpus)

    @env.macro
    def compare_versions() -> str:
        """/compare/: each version against the one before it, and any two in the browser."""
        from protocol.site import compare as comparepages

        return comparepages.compare_page(site.corpus, site.comparisons(), site.root)

    @env.macro
    def compare_draft() -> str:
        """/compare/draft/: a pasted or opened draft against the current version, in the browser."""
        from protocol.site import compare as comparepages

        return comparepages.draft_page(site.corpus, site.guides)
