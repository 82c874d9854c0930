"""Comparing versions: pair clauses, diff each pair word by word, report it; read drafts.

Pure Python (the standard library, diff-match-patch and markdown-it) only (never YAML), so it runs in the browser too.
"""
from protocol.compare.engine import (KINDS, PREAMBLE, STATUSES, Comparison, Pair, compare,
                                     editorial_key, normalise, reverse, word_ops)
from protocol.compare.report import render_html, render_text

__all__ = ["KINDS", "PREAMBLE", "STATUSES", "Comparison", "Pair", "compare", "editorial_key",
           "normalise", "reverse", "word_ops",
           "render_html", "render_text"]
