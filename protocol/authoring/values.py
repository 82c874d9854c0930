"""Small value rules shared by guides and training: ids and clause citations."""
from __future__ import annotations

import re

__all__ = ["Cites", "normalise_cites", "cites_json", "is_slug", "CONTACT_ROLES"]

# The roles the protocol names that a reader may need to contact, by id. A guide outcome lists
# those its "Who to contact" names; docs/_data/council.yml may give each one's details.
CONTACT_ROLES = {
    "monitoring-officer": "Monitoring Officer",
    "solicitor-to-the-council": "Solicitor to the Council",
    "chief-executive": "Chief Executive",
}

Cites = tuple[tuple[str, str], ...]
_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]*$")


def normalise_cites(pairs) -> Cites:
    """Citations as ``((version, clause), ...)``, whatever sequences they were written as."""
    return tuple(tuple(p) if isinstance(p, (list, tuple)) else p for p in pairs)


def is_slug(value) -> bool:
    """Ids go into URLs and element ids: lower-case letters, digits and hyphens."""
    return isinstance(value, str) and bool(_SLUG.match(value))


def cites_json(pairs) -> list[dict]:
    """Citations as open data: ``[{"version": "2022", "clause": "7.3"}, ...]``."""
    return [{"version": version, "clause": clause} for version, clause in pairs]
