"""Who a guide is for, and the record of a guide's or training module's review, as shown on
its page."""
from __future__ import annotations

from protocol.site.versions import format_date

__all__ = ["review_info", "AUDIENCE_NAMES", "audience_text"]

AUDIENCE_NAMES = {"member": "councillors", "officer": "officers"}


def audience_text(audience) -> str:
    """``("member", "officer")`` -> "councillors and officers", in the guides index's order."""
    names = [AUDIENCE_NAMES[a] for a in AUDIENCE_NAMES if a in audience]
    return " and ".join(names)


def review_info(item, corpus) -> dict | None:
    review = getattr(item, "review", None)
    if review is None:
        return None
    version = corpus.get(review.version)
    return {"date": review.date, "date_text": format_date(review.date), "role": review.role,
            "version": review.version, "current": bool(version and version.current),
            "version_url": version.url if version else None}
