"""A comparison as a standalone HTML page, for ``protocol diff --format html``."""
from __future__ import annotations

from markupsafe import Markup

from protocol.compare import Comparison, render_html
from protocol.site.templates import render

__all__ = ["standalone_report"]


def standalone_report(comparison: Comparison, from_notes=None, to_notes=None) -> str:
    """The page has no links: a saved file cannot follow the site's root-relative ones.
    ``from_notes``/``to_notes`` are the stored versions' editorial notes (clause id -> notes)."""
    return render("report/standalone.html", title=f"{comparison.from_id} → {comparison.to_id}",
                  report=Markup(render_html(comparison, heading_level=2, from_notes=from_notes,
                                            to_notes=to_notes))) + "\n"
