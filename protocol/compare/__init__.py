"""Comparing versions: pair clauses, diff each pair word by word, report it; read drafts.

Standard library plus markdown-it only (never YAML), so it runs in the browser too.
"""
from protocol.compare.engine import (STATUSES, Comparison, Pair, compare, normalise, reverse,
                                     word_ops)
from protocol.compare.report import render_html, render_text

__all__ = ["STATUSES", "Comparison", "Pair", "compare", "normalise", "reverse", "word_ops",
           "render_html", "render_text"]
