"""mkdocs-macros: what authors write in pages. Pages opt in with ``render_macros: true``;
protocol texts never pass through Jinja.

    {{ clause("2022", "7.3") }}   a link to a clause, its text on hover and focus
    {{ quote("2022", "7.3") }}    the clause quoted word for word, with a link
    {{ current_version() }}       the current version's title and date, linked
    {{ versions_table() }}        every version, newest first

An unknown version or clause fails ``protocol check`` and the build.
"""
from __future__ import annotations

from pathlib import Path

from protocol.site import clauses, pages
from protocol.sources.versions import load_corpus


def define_env(env):
    corpus = load_corpus(Path(env.conf.config_file_path).parent)

    @env.macro
    def clause(version: str, clause_id: str, label: str | None = None) -> str:
        return clauses.clause_link(corpus, str(version), str(clause_id), label)

    @env.macro
    def quote(version: str, clause_id: str) -> str:
        return clauses.clause_quote(corpus, str(version), str(clause_id))

    @env.macro
    def current_version() -> str:
        return pages.current_summary(corpus)

    @env.macro
    def versions_table() -> str:
        return pages.versions_table(corpus)
