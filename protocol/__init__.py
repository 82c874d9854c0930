"""The Protocol on Member/Officer Relations as data: versions, clauses, checks and comparison.

The core works without any site generator; ``macros/`` wires it into MkDocs.
"""
from .corpus import Corpus, load_corpus
from .model import Clause, Section, Version, anchor_for
from .problems import Problem, ProblemsError

__all__ = ["Corpus", "load_corpus", "Clause", "Section", "Version", "anchor_for", "Problem",
           "ProblemsError"]
