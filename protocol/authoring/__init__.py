"""The authoring base that guides and training are written on: problems reported as
``file:line: message``, where each authored object was written, citation and id rules, the
registry of a package's items and the JSON envelope of the browser worker.

Standard library only: it ships to the browser with the guides and the training modules.
"""
from .envelope import json_endpoint
from .located import record_location, shown_path
from .problems import Problem, ProblemsError
from .registry import Registry
from .review import Review, review_problems
from .values import CONTACT_ROLES, Cites, cites_json, is_slug, normalise_cites

__all__ = ["Problem", "ProblemsError", "record_location", "shown_path", "Registry",
           "json_endpoint", "Review", "review_problems", "Cites", "CONTACT_ROLES", "normalise_cites", "cites_json", "is_slug"]
