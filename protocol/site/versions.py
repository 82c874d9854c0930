"""A version page's body, built from the clause model (``templates/version/body.html``).

Every clause is one ``<section class="clause" id="c7-3">`` wrapper holding its number, its
permalink, its text (``.clause-text``, word for word) and then, outside the text, any editorial
note and the extras a caller adds (guides that cite it, its history).
"""
from __future__ import annotations

import calendar
import unicodedata
from typing import Callable

from markupsafe import Markup, escape

from protocol.site.templates import ENV, render
from protocol.text.model import Clause, Version

__all__ = ["render_version", "version_facts", "format_date", "escape_text",
           "mark_allowed_characters"]

# Protocol text -> HTML: escaped, or with glossary terms marked (see protocol.site.terms).
TextToHtml = Callable[[str], str]


def format_date(iso: str | None) -> str:
    if not iso:
        return ""
    parts = iso.split("-")
    month = calendar.month_name[int(parts[1])]
    return f"{int(parts[2])} {month} {parts[0]}" if len(parts) == 3 else f"{month} {parts[0]}"


ENV.filters["format_date"] = format_date


def escape_text(text: str) -> Markup:
    return escape(text)


def mark_allowed_characters(version: Version) -> Callable[[str], Markup]:
    """Text -> HTML, with each character the version allows (``allowed_characters``: a no-break
    space, ...) visibly marked and named, so a reader sees it is really in the source."""
    allowed = {a.char: a for a in version.allowed_characters}
    mark = ENV.get_template("parts/allowed_character.html")
    if not allowed:
        return escape_text

    def to_html(text: str) -> Markup:
        return Markup("").join(
            Markup(mark.render(char=ch, code_point=allowed[ch].code_point,
                               name=unicodedata.name(ch, "unnamed character"),
                               reason=allowed[ch].reason)) if ch in allowed else escape(ch)
            for ch in text)
    return to_html


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


def render_version(version: Version, corpus, *, text: TextToHtml = escape_text,
                   after_clause: Callable[[Clause], str] | None = None) -> Markup:
    """The body of a version page (the page title is the caller's)."""
    top = [c for c in version.clauses if c.parent is None]
    sections = {s.number: s for s in version.sections}
    opens, open_section = {}, None  # clause id -> the section heading that precedes it
    for clause in top:
        if clause.section != open_section and clause.section in sections:
            opens[clause.id] = sections[clause.section]
            open_section = clause.section
    return render("version/body.html", version=version, current=corpus.current,
                  facts=version_facts(version, corpus), top=top, opens=opens,
                  clause_level=2 + (1 if version.sections else 0),
                  text=lambda s: Markup(text(s)),
                  extras=lambda c: Markup(after_clause(c)) if after_clause else "")
