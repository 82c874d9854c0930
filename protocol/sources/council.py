"""The council's own details (``docs/_data/council.yml``, optional): its name and logo (the
header and the site name), a link to its adopted Constitution (shown beside every version marked
current), and, for each role the protocol names that a reader may need to contact, a name, an
email address and a phone number ("Who to contact" shows them where given, the role alone where
not).

    name: "Example Borough Council"
    logo: "assets/images/council-logo.svg"     # a file under docs/, served by the site itself
    constitution_url: "https://www.example.gov.uk/constitution"
    contacts:
      monitoring-officer:                      # or solicitor-to-the-council, chief-executive
        name: "A. N. Other"
        email: "monitoring.officer@example.gov.uk"
        phone: "+44 1234 567890"

Every field is optional. An unknown key, a value of the wrong kind, a link that is not
``https:`` (or an email address or phone number that would not make a ``mailto:``/``tel:``
link), and a logo that is not a file under ``docs/`` are each reported at their line. Values are
text; the templates escape everything they print.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from urllib.parse import quote, urlsplit

from protocol.authoring import CONTACT_ROLES, Problem, ProblemsError
from protocol.sources.files import read_source
from protocol.sources.strict_yaml import load_yaml

__all__ = ["Council", "Contact", "load_council", "COUNCIL_FILE", "CONTACT_ROLES"]

COUNCIL_FILE = Path("docs") / "_data" / "council.yml"
_TOP = ("name", "logo", "constitution_url", "contacts")
_CONTACT = ("name", "email", "phone")
_EMAIL = re.compile(r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$")
_PHONE = re.compile(r"^\+?[0-9][0-9 ()-]{4,30}$")
_MAX = 300  # characters in any value
_LOGO_TYPES = (".svg", ".png", ".jpg", ".jpeg", ".webp")


@dataclass(frozen=True)
class Contact:
    role: str                   # a CONTACT_ROLES id
    name: str = ""
    email: str = ""
    phone: str = ""

    @property
    def title(self) -> str:
        return CONTACT_ROLES[self.role]

    @property
    def mailto(self) -> str:
        return "mailto:" + quote(self.email, safe="@.+-_") if self.email else ""

    @property
    def tel(self) -> str:
        return "tel:" + re.sub(r"[^0-9+]", "", self.phone) if self.phone else ""


@dataclass(frozen=True)
class Council:
    name: str = ""
    logo: str = ""              # a path under docs/, as the site serves it
    constitution_url: str = ""
    contacts: dict = field(default_factory=dict)  # role id -> Contact

    def contact(self, role: str) -> Contact:
        """The details given for ``role``, or the role alone."""
        return self.contacts.get(role) or Contact(role)


def _https(value: str) -> bool:
    parts = urlsplit(value)
    return parts.scheme == "https" and bool(parts.netloc) and not any(
        c.isspace() or ord(c) < 32 for c in value)


def load_council(root: Path | str) -> Council:
    """The council's details (all empty when there is no file); raises ProblemsError with
    every problem, each at its line."""
    path = Path(root) / COUNCIL_FILE
    if not path.exists():
        return Council()
    shown = str(COUNCIL_FILE)
    data, lines = load_yaml(read_source(path, shown), shown)
    if data is None:
        return Council()
    problems: list[Problem] = []

    def problem(keys: tuple, message: str) -> None:
        problems.append(Problem(shown, lines.get(keys, lines.get((), 1)), message))

    if not isinstance(data, dict):
        raise ProblemsError([Problem(shown, lines.get((), 1), "must be a mapping of "
                                                              f"{', '.join(_TOP)}")])

    def text(keys: tuple, value) -> str:
        if not isinstance(value, str) or not value.strip():
            problem(keys, f"{'.'.join(keys)} must be a line of text")
            return ""
        if len(value) > _MAX or "\n" in value.strip():
            problem(keys, f"{'.'.join(keys)} must be one line of at most {_MAX} characters")
            return ""
        return value.strip()

    for key in data:
        if key not in _TOP:
            problem((key,), f"unknown key {key!r} (known: {', '.join(_TOP)})")
    name = text(("name",), data["name"]) if "name" in data else ""
    logo = text(("logo",), data["logo"]) if "logo" in data else ""
    if logo:
        relative = PurePosixPath(logo)
        target = Path(root) / "docs" / relative
        if (relative.is_absolute() or ".." in relative.parts or ":" in logo
                or relative.suffix.lower() not in _LOGO_TYPES):
            problem(("logo",), "logo must be the path of an image file under docs/ (.svg, "
                               ".png, .jpg or .webp), such as assets/images/logo.svg: the site "
                               "serves it itself")
            logo = ""
        elif not target.is_file():
            problem(("logo",), f"logo {logo!r}: there is no file docs/{logo}")
            logo = ""
    url = text(("constitution_url",), data["constitution_url"]) \
        if "constitution_url" in data else ""
    if url and not _https(url):
        problem(("constitution_url",), "constitution_url must be an https: link")
        url = ""
    contacts: dict[str, Contact] = {}
    given = data.get("contacts")
    if given is not None and not isinstance(given, dict):
        problem(("contacts",), f"contacts must be a mapping of roles ({', '.join(CONTACT_ROLES)})")
        given = None
    for role, details in (given or {}).items():
        keys = ("contacts", role)
        if role not in CONTACT_ROLES:
            problem(keys, f"unknown contact role {role!r} (known: {', '.join(CONTACT_ROLES)})")
            continue
        if not isinstance(details, dict):
            problem(keys, f"contacts.{role} must be a mapping of {', '.join(_CONTACT)}")
            continue
        values = {}
        for key, value in details.items():
            if key not in _CONTACT:
                problem((*keys, key), f"unknown key {key!r} in contacts.{role} (known: "
                                      f"{', '.join(_CONTACT)})")
                continue
            values[key] = text((*keys, key), value)
        if values.get("email") and not _EMAIL.match(values["email"]):
            problem((*keys, "email"), f"contacts.{role}.email must be an email address, such "
                                      "as name@example.gov.uk (it becomes a mailto: link)")
            values["email"] = ""
        if values.get("phone") and not _PHONE.match(values["phone"]):
            problem((*keys, "phone"), f"contacts.{role}.phone must be a phone number: digits, "
                                      "spaces, brackets, hyphens and a leading + (it becomes a "
                                      "tel: link)")
            values["phone"] = ""
        contacts[role] = Contact(role, **values)
    if problems:
        raise ProblemsError(problems)
    return Council(name, logo, url, contacts)
