"""Curated correspondences between versions (YAML files), and comparisons of stored versions.

Where one version rewrote another rather than editing it (2008 to 2022), clauses matched by their
words alone are weak, so correspondences are curated by hand, one YAML file per consecutive pair of
versions: ``docs/_data/correspondence/<from>-<to>.yml``::

    correspondences:
      - from: "6"                 # a clause id of <from>, a list (a merge), "preamble" (the
                                  # unnumbered introduction), or null (added)
        to: "6.1"                 # a clause id of <to>, a list (a split), or null (removed)
        rationale: Support services are for council business.

Relations may be one to one, one to several, several to one or several to several, and a clause
may be named in more than one entry when each entry's rationale says what part went where (2008
clause 15 lives on in 1.4, and in the last bullets of 2.3 and 3.4). Unknown ids, entries without
a rationale and the same entry twice are refused.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from protocol.compare import PREAMBLE, Comparison, compare, reverse
from protocol.authoring import Problem, ProblemsError
from protocol.sources.files import read_source
from protocol.sources.strict_yaml import compose_yaml

__all__ = ["CORRESPONDENCE_DIR", "correspondence_path", "read_correspondences",
           "load_correspondences", "compare_stored", "compare_versions", "consecutive_comparisons", "version_pair",
           "shown_path"]

CORRESPONDENCE_DIR = Path("docs") / "_data" / "correspondence"
_KEYS = ("from", "to", "rationale")


def correspondence_path(root: Path | str, from_id: str, to_id: str) -> Path:
    return Path(root) / CORRESPONDENCE_DIR / f"{from_id}-{to_id}.yml"


def shown_path(path: Path, root: Path) -> str:
    try:
        return str(Path(path).relative_to(root))
    except ValueError:
        return str(path)


# ------------------------------------------------------------------------------ reading files


def read_correspondences(path: Path, shown: str, old=None, new=None
                         ) -> tuple[list[dict], list[Problem]]:
    """Read and validate one file. Entries are ``{"from": [ids], "to": [ids], "rationale": str,
    "line": int}``. ``old``/``new`` (Versions) are the two sides, for checking clause ids."""

    problems: list[Problem] = []

    def problem(node_or_line, message: str) -> None:
        line = node_or_line if isinstance(node_or_line, int) else node_or_line.start_mark.line + 1
        problems.append(Problem(shown, line, message))

    try:  # a regular UTF-8 file of at most 5 MB; plain YAML, no anchors, aliases or tags
        root_node = compose_yaml(read_source(path, shown), shown)
    except ProblemsError as exc:
        problems.extend(exc.problems)
        return [], problems

    if root_node is None or not isinstance(root_node, yaml.MappingNode):
        problem(root_node or 1, "must be a mapping with one key, 'correspondences', holding a "
                                "list of correspondences")
        return [], problems
    items_node = None
    for key, value in root_node.value:
        if not isinstance(key, yaml.ScalarNode):
            problem(key, "a key must be plain text")
        elif key.value == "correspondences":
            items_node = value
        else:
            problem(key, f"unknown key {key.value!r} (the only key is 'correspondences')")
    if items_node is None:
        problem(root_node, "missing 'correspondences' (a list of correspondences)")
        return [], problems
    if not isinstance(items_node, yaml.SequenceNode):
        problem(items_node, "'correspondences' must be a list of entries with from, to and "
                            "rationale")
        return [], problems

    entries: list[dict] = []
    seen: dict[tuple, int] = {}
    sides = {"from": old, "to": new}
    for item in items_node.value:
        entry = _read_entry(item, problem)
        if entry is None:
            continue
        ok = True
        for side in ("from", "to"):
            version = sides[side]
            for cid, node in zip(entry[side], entry[side + "_nodes"]):
                if version is not None and not _known(version, cid):
                    problem(node, f"clause {cid!r} is not in version {version.id}"
                            + (" (it has no preamble)" if cid == PREAMBLE else ""))
                    ok = False
        # A clause may be in several entries, each saying what part went where; the same
        # correspondence twice is a slip.
        key = (tuple(entry["from"]), tuple(entry["to"]))
        if ok and key in seen:
            problem(item, f"this correspondence repeats the one at line {seen[key]}")
            ok = False
        if ok:
            seen[key] = entry["line"]
            entries.append({k: entry[k] for k in ("from", "to", "rationale", "line")})
    return entries, problems


def _read_entry(item, problem) -> dict | None:

    if not isinstance(item, yaml.MappingNode):
        problem(item, "each correspondence must be a mapping with from, to and rationale")
        return None
    fields: dict[str, Any] = {}
    for key, value in item.value:
        if not isinstance(key, yaml.ScalarNode):
            problem(key, "a key must be plain text")
            continue
        if key.value not in _KEYS:
            problem(key, f"unknown field {key.value!r} (expected from, to and rationale)")
            continue
        if key.value in fields:
            problem(key, f"field {key.value!r} is given twice")
            continue
        fields[key.value] = value
    line = item.start_mark.line + 1
    missing = [k for k in ("from", "to") if k not in fields]
    if missing:
        problem(item, f"correspondence is missing {' and '.join(missing)} (use null for none)")
        return None
    entry: dict[str, Any] = {"line": line}
    for side in ("from", "to"):
        ids = _read_ids(fields[side], side, problem)
        if ids is None:
            return None
        entry[side], entry[side + "_nodes"] = ids
    if not entry["from"] and not entry["to"]:
        problem(item, "correspondence names no clauses (from and to are both null)")
        return None
    rationale = fields.get("rationale")
    if rationale is None:
        problem(item, "correspondence has no rationale (one line saying why the clauses "
                      "correspond)")
        return None
    if not isinstance(rationale, yaml.ScalarNode) or rationale.tag != "tag:yaml.org,2002:str" \
            or not rationale.value.strip():
        problem(rationale, "rationale must be a line of text")
        return None
    entry["rationale"] = " ".join(rationale.value.split())
    return entry


def _read_ids(node, side: str, problem) -> tuple[list[str], list] | None:

    if isinstance(node, yaml.ScalarNode):
        if node.tag == "tag:yaml.org,2002:null":
            return [], []
        nodes = [node]
    elif isinstance(node, yaml.SequenceNode):
        nodes = node.value
        if not nodes:
            problem(node, f"'{side}' is an empty list (use null for no clause)")
            return None
    else:
        problem(node, f"'{side}' must be a clause id, a list of clause ids, or null")
        return None
    ids = []
    for n in nodes:
        if not isinstance(n, yaml.ScalarNode) or n.tag not in ("tag:yaml.org,2002:str",
                                                                 "tag:yaml.org,2002:int"):
            if isinstance(n, yaml.ScalarNode) and n.tag == "tag:yaml.org,2002:float":
                problem(n, f"clause id {n.value} reads as a number; quote it (\"{n.value}\")")
            else:
                problem(n, f"'{side}' must hold clause ids such as \"7.3\"")
            return None
        ids.append(n.value.strip())
    return ids, list(nodes)


def _known(version, cid: str) -> bool:
    if cid == PREAMBLE:
        return bool(version.preamble_text)
    return version.clause(cid) is not None


def version_pair(stem: str, corpus) -> tuple[str, str] | None:
    ids = {v.id for v in corpus}
    for at in range(len(stem)):
        if stem[at] == "-" and stem[:at] in ids and stem[at + 1:] in ids:
            return stem[:at], stem[at + 1:]
    return None


def load_correspondences(root: Path | str, corpus, from_id: str, to_id: str) -> list[dict] | None:
    """Curated entries for ``from_id -> to_id``: from its file, or the reverse pair's file read
    backwards. None when neither exists. Raises ProblemsError if the file has problems."""
    root = Path(root)
    for a, b, backwards in ((from_id, to_id, False), (to_id, from_id, True)):
        path = correspondence_path(root, a, b)
        if path.is_file():
            entries, problems = read_correspondences(path, shown_path(path, root), corpus.get(a),
                                                     corpus.get(b))
            if problems:
                raise ProblemsError(problems)
            return reverse(entries) if backwards else entries
    return None


# ------------------------------------------------------------------------------ comparisons


def compare_stored(root: Path | str, corpus, from_id: str, to_id: str) -> Comparison:
    """Compare two stored versions, using curated correspondences when there is a file."""
    old, new = corpus.get(from_id), corpus.get(to_id)
    curated = load_correspondences(root, corpus, from_id, to_id)
    return compare_versions(old, new, curated)


def compare_versions(old, new, curated=None) -> Comparison:
    """Two Versions compared: clauses, section headings and preambles."""
    return compare(old.clauses, new.clauses, curated=curated, from_label=old.id,
                   to_label=new.id, old_sections=old.sections, new_sections=new.sections,
                   old_preamble=old.preamble_text, new_preamble=new.preamble_text)


def consecutive_comparisons(root: Path | str, corpus) -> list[Comparison]:
    """Each version against the one before it: one comparison per version after the first."""
    versions = list(corpus)
    return [compare_stored(root, corpus, a.id, b.id) for a, b in zip(versions, versions[1:])]
