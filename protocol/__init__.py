"""The Protocol on Member/Officer Relations as data: versions, clauses, checks and comparison.

The layers, lowest first (each may import only those below it; ``make test`` checks this with
import-linter, see ``.importlinter``):

    protocol.authoring   problems, authored-object locations, registry, worker JSON (stdlib)
    protocol.text        the clause model, the Markdown body parser, the corpus
    protocol.compare     comparison, reports, drafts, the browser's comparison API
    guides, training     the decision guides and training modules (written on protocol.authoring)
    protocol.sources     the files under docs/ read from disk (YAML front matter and data)
    protocol.checks      ``protocol check``
    protocol.site        the build-time site; protocol.cli, the command line
    macros               the thin MkDocs layer

The names below are re-exported lazily, so importing the standard-library-only
``protocol.authoring`` (as the guides do in the browser) loads nothing else.
"""
from __future__ import annotations

import importlib

__all__ = ["Corpus", "load_corpus", "Clause", "Section", "Version", "anchor_for", "Problem",
           "ProblemsError"]

_HOMES = {"Corpus": "protocol.text.corpus", "load_corpus": "protocol.sources.versions",
          "Clause": "protocol.text.model", "Section": "protocol.text.model",
          "Version": "protocol.text.model", "anchor_for": "protocol.text.model",
          "Problem": "protocol.authoring", "ProblemsError": "protocol.authoring"}


def __getattr__(name: str):
    if name not in _HOMES:
        raise AttributeError(f"module 'protocol' has no attribute {name!r}")
    return getattr(importlib.import_module(_HOMES[name]), name)
