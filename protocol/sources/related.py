"""Documents the protocol refers to (``docs/_data/related.yml``), with the clauses that mention them."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from protocol.sources.entries import read_entries
from protocol.text.corpus import Corpus
from protocol.text.model import Clause

__all__ = ["RelatedDocument", "load_related", "RELATED_FILE"]

RELATED_FILE = Path("docs") / "_data" / "related.yml"
# field: (required, kind); see protocol.sources.entries
_FIELDS = {"title": (True, "text"), "about": (True, "text"), "phrases": (True, "texts")}


@dataclass(frozen=True)
class RelatedDocument:
    title: str
    about: str
    phrases: tuple[str, ...]

    def mentions(self, corpus: Corpus) -> list[Clause]:
        """Clauses of every version, newest version first, whose text names this document."""
        wanted = [p.lower() for p in self.phrases]
        return [c for v in reversed(corpus.versions) for c in v.clauses
                if any(p in c.text.lower() for p in wanted)]


def load_related(root: Path) -> list[RelatedDocument]:
    """The documents; raises ProblemsError (``docs/_data/related.yml:line: message``)."""
    return [RelatedDocument(e["title"], e["about"], tuple(e["phrases"]))
            for e in read_entries(root, RELATED_FILE, _FIELDS, "related document")]
