"""The open-data files: ``api/protocol.json`` (and, with the guides, ``api/guides.json``)."""
from __future__ import annotations

from protocol.site.address import url
from protocol.text.corpus import Corpus

__all__ = ["protocol_json"]


def protocol_json(corpus: Corpus) -> dict:
    return {"versions": [{
        "id": v.id,
        "title": v.title,
        "date": v.date,
        "date_label": v.date_label,
        "version_label": v.version_label,
        "last_review": v.last_review,
        "next_review": v.next_review,
        "current": v.current,
        "url": url(v.url),
        "preamble": v.preamble_text,
        "sections": [{"id": s.number, "title": s.title, "anchor": s.anchor} for s in v.sections],
        "clauses": [{"id": c.id, "anchor": c.anchor, "section": c.section, "text": c.text,
                     "url": url(c.url),
                     # the editorial notes shown beside the clause on its version page
                     "notes": [v.notes[c.id]] if c.id in v.notes else []}
                    for c in v.clauses],
    } for v in corpus]}
