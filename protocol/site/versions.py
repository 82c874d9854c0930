"""HTML for a version page, built from the clause model (no site generator involved).

Public names:
    render_version(version, corpus, *, decorate=None, after_clause=None) -> str
    render_blocks(blocks, decorate=None) -> str    a clause's text as HTML
    version_facts(version, corpus) -> list[(label, value)]
    format_date(iso) -> "4 January 2022" / "June 2008"

Every clause is one ``<section class="clause" id="c7-3">`` wrapper holding its number, its
permalink, its text (``.clause-text``, word for word) and then, outside the text, any editorial
note and the extras a caller adds (guides that cite it, its history).
"""
from __future__ import annotations

import calendar
from html import escape
from typing import Callable, Iterable

from protocol.text.model import Block, BulletList, Clause, Paragraph, Version

__all__ = ["render_version", "render_blocks", "version_facts", "format_date", "banner"]

Decorate = Callable[[str], str]


def format_date(iso: str | None) -> str:
    if not iso:
        return ""
    parts = iso.split("-")
    month = calendar.month_name[int(parts[1])]
    return f"{int(parts[2])} {month} {parts[0]}" if len(parts) == 3 else f"{month} {parts[0]}"


def render_blocks(blocks: Iterable[Block], decorate: Decorate | None = None) -> str:
    text = decorate or escape
    out = []
    for block in blocks:
        if isinstance(block, Paragraph):
            out.append(f"<p>{text(block.text)}</p>")
        elif isinstance(block, BulletList):
            items = "".join(f"<li>{text(item)}</li>" for item in block.items)
            out.append(f"<ul>{items}</ul>")
    return "".join(out)


def version_facts(version: Version, corpus) -> list[tuple[str, str]]:
    facts = [("Title", version.title)]
    if version.version_label:
        facts.append(("Version", version.version_label))
    facts.append((version.date_label.capitalize(), format_date(version.date)))
    if version.last_review and version.last_review != version.date:
        facts.append(("Last review", format_date(version.last_review)))
    if version.next_review:
        facts.append(("Next review due", format_date(version.next_review)))
    facts.append(("Status", "Current version" if version.current else
                  f"Superseded by the {corpus.current.id} version"))
    return facts


def banner(version: Version, corpus) -> str:
    if version.current:
        return ""
    current = corpus.current
    return (f'<div class="admonition warning superseded" role="note" data-search-exclude>'
            f'<p class="admonition-title">This is not the current version</p>'
            f"<p>This {escape(version.id)} version has been replaced. The current version is "
            f'<a href="{escape(current.url)}">{escape(current.title)} ({escape(current.id)}), '
            f"{escape(current.date_label)} {escape(format_date(current.date))}</a>.</p></div>")


def _facts_html(version: Version, corpus) -> str:
    rows = "".join(f"<dt>{escape(k)}</dt><dd>{escape(v)}</dd>"
                   for k, v in version_facts(version, corpus))
    return f'<dl class="version-facts" data-search-exclude>{rows}</dl>'


def _clause_html(version: Version, clause: Clause, level: int, decorate, after_clause) -> str:
    number = escape(clause.id)
    parts = [
        f'<section class="clause" id="{clause.anchor}" data-clause="{number}" '
        f'aria-labelledby="{clause.anchor}-h">',
        f'<h{level} class="clause-number" id="{clause.anchor}-h">'
        f'<span class="visually-hidden">Clause </span>{number}</h{level}>',
        f'<a class="clause-link" href="#{clause.anchor}" data-search-exclude title="Link to clause {number}">'
        f'<span class="visually-hidden">Link to clause {number}</span>'
        f'<span aria-hidden="true">#</span></a>',
        f'<div class="clause-text">{render_blocks(clause.blocks, decorate)}</div>',
    ]
    for child in version.children(clause.id):
        parts.append(_clause_html(version, child, min(level + 1, 6), decorate, after_clause))
    note = version.notes.get(clause.id)
    if note:
        parts.append(f'<aside class="editorial-note" data-search-exclude aria-label="Editorial note on clause {number}">'
                     f'<p><strong>Editorial note:</strong> {escape(note)}</p></aside>')
    if after_clause:
        parts.append(after_clause(clause))
    parts.append("</section>")
    return "".join(parts)


def render_version(version: Version, corpus, *, decorate: Decorate | None = None,
                   after_clause: Callable[[Clause], str] | None = None) -> str:
    """The body of a version page (the page title is the caller's)."""
    out = [banner(version, corpus), _facts_html(version, corpus)]
    heading_level = 2
    for heading, block in version.preamble:
        if heading:
            out.append(f"<h2>{escape(heading)}</h2>")
        out.append(f'<div class="preamble">{render_blocks([block], decorate)}</div>')
    top = [c for c in version.clauses if c.parent is None]
    clause_level = heading_level + (1 if version.sections else 0)
    sections = {s.number: s for s in version.sections}
    open_section = None
    for clause in top:
        if clause.section != open_section and clause.section in sections:
            section = sections[clause.section]
            out.append(f'<h2 class="section-heading" id="{section.anchor}">'
                       f"{escape(section.number)}. {escape(section.title)}</h2>")
            open_section = clause.section
        out.append(_clause_html(version, clause, clause_level, decorate, after_clause))
    return "\n".join(out)
