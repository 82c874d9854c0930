"""All versions of the protocol, in date order, with lookups.

Which version is current is derived (the latest date), never written in a file, so a new
version is added by adding one file.
"""
from __future__ import annotations

import dataclasses

from protocol.text.model import Clause, Version

__all__ = ["Corpus"]


class Corpus:
    def __init__(self, versions: list[Version]):
        ordered = sorted(versions, key=lambda v: (v.date, v.id))
        latest = ordered[-1].id if ordered else None
        self.versions: list[Version] = [dataclasses.replace(v, current=v.id == latest)
                                        for v in ordered]
        self._by_id = {v.id: v for v in self.versions}

    @property
    def current(self) -> Version:
        return self.versions[-1]

    def get(self, version_id: str) -> Version | None:
        return self._by_id.get(str(version_id))

    def clause(self, version_id: str, clause_id: str) -> Clause | None:
        version = self.get(version_id)
        return version.clause(str(clause_id)) if version else None

    def previous(self, version_id: str) -> Version | None:
        ids = [v.id for v in self.versions]
        at = ids.index(version_id)
        return self.versions[at - 1] if at > 0 else None

    def __iter__(self):
        return iter(self.versions)
