"""The clause model: what a protocol version is, independent of any site generator."""
from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["Paragraph", "BulletList", "Clause", "Section", "AllowedCharacter", "Version",
           "anchor_for"]

BULLET = "• "


def anchor_for(clause_id: str) -> str:
    """The anchor of a clause on its version page (the public contract)."""
    return "c" + clause_id.replace(".", "-")


@dataclass(frozen=True)
class Paragraph:
    text: str
    line: int = 0

    def plain(self) -> str:
        return self.text


@dataclass(frozen=True)
class BulletList:
    items: tuple[str, ...]
    line: int = 0

    def plain(self) -> str:
        return "\n".join(BULLET + item for item in self.items)


Block = Paragraph | BulletList


@dataclass(frozen=True)
class Clause:
    id: str
    section: str | None
    blocks: tuple[Block, ...]
    line: int
    version: str = ""

    @property
    def anchor(self) -> str:
        return anchor_for(self.id)

    @property
    def parent(self) -> str | None:
        """The clause this one is a sub-paragraph of (5.3.1 -> 5.3), if numbered so."""
        head, _, _ = self.id.rpartition(".")
        if self.section is not None and head == self.section:
            return None
        return head or None

    @property
    def depth(self) -> int:
        return self.id.count(".") + (0 if self.section else 1)

    @property
    def text(self) -> str:
        """Plain text: paragraphs separated by a blank line, bullets on lines starting '• '."""
        return "\n\n".join(block.plain() for block in self.blocks)

    @property
    def url(self) -> str:
        return f"/protocol/{self.version}/#{self.anchor}"


@dataclass(frozen=True)
class Section:
    number: str
    title: str
    line: int

    @property
    def anchor(self) -> str:
        return "s" + self.number


@dataclass(frozen=True)
class AllowedCharacter:
    """One entry of a version's ``allowed_characters``: ``char`` may appear in its text."""
    char: str
    reason: str
    line: int = 0

    @property
    def code_point(self) -> str:
        return f"U+{ord(self.char):04X}"


@dataclass(frozen=True)
class Version:
    id: str
    title: str
    date: str
    date_label: str
    version_label: str | None
    last_review: str | None
    next_review: str | None
    path: str
    preamble: tuple[tuple[str | None, Block], ...] = ()
    sections: tuple[Section, ...] = ()
    clauses: tuple[Clause, ...] = ()
    notes: dict[str, str] = field(default_factory=dict)
    source: str | None = None
    current: bool = False
    # Characters the source really contains that would otherwise be reported (see README,
    # "Characters that are not what they seem"); a page may mark them visibly.
    allowed_characters: tuple[AllowedCharacter, ...] = ()

    @property
    def url(self) -> str:
        return f"/protocol/{self.id}/"

    def clause(self, clause_id: str) -> Clause | None:
        return self._index().get(clause_id)

    def _index(self) -> dict[str, Clause]:
        # Frozen dataclass: cache the lookup table on first use.
        index = self.__dict__.get("_clause_index")
        if index is None:
            index = {c.id: c for c in self.clauses}
            object.__setattr__(self, "_clause_index", index)
        return index

    def children(self, clause_id: str) -> list[Clause]:
        return [c for c in self.clauses if c.parent == clause_id]

    def section_clauses(self, number: str) -> list[Clause]:
        return [c for c in self.clauses if c.section == number and c.parent is None]

    def allows(self, ch: str) -> bool:
        """Is ``ch`` one of this version's allowed characters?"""
        return any(a.char == ch for a in self.allowed_characters)

    @property
    def preamble_text(self) -> str:
        return "\n\n".join(block.plain() for _, block in self.preamble)
