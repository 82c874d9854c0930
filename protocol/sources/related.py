"""Documents the protocol refers to (``docs/_data/related.yml``), with the clauses that mention them."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from protocol.text.corpus import Corpus
from protocol.text.model import Clause

__all__ = ["RelatedDocument", "load_related", "RELATED_FILE"]

RELATED_FILE = Path("docs") / "_data" / "related.yml"


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
    entries = yaml.safe_load((Path(root) / RELATED_FILE).read_text(encoding="utf-8")) or []
    return [RelatedDocument(e["title"], e["about"], tuple(e["phrases"])) for e in entries]
