"""Macro calls that authors write in pages: ``{{ clause("2022", "7.3") }}``, ``{{ quote(...) }}``
and the site's other macros (``macros/main.py``).

Every ``{{ ... }}`` in every page under ``docs/`` is found, also when it runs over several lines,
and its expression is read with Python's ``ast`` (a macro call is a Python call). Reported at
its line:

* a ``{{ ... }}`` in a page without ``render_macros: true`` in its front matter, or in a
  version file (protocol text is never a template): it would be published as written
* a ``{{`` never closed, an expression that cannot be read or is not a call of a macro
* an unknown macro, arguments the macro does not take, an argument that is not a quoted string
* for ``clause`` and ``quote``, an unknown version or clause (when the versions are valid)

The macros and their parameters are read from ``macros/main.py`` (the functions decorated
``@env.macro``) without importing it: this layer never imports MkDocs.
"""
from __future__ import annotations

import ast
import inspect
import re
from pathlib import Path

from protocol.authoring import Problem, ProblemsError
from protocol.sources.files import read_source
from protocol.sources.strict_yaml import load_yaml
from protocol.sources.versions import VERSIONS_DIR
from protocol.text.corpus import Corpus
from protocol.text.parse import split_front_matter

__all__ = ["citation_problems", "macro_signatures", "MACROS_FILE"]

MACROS_FILE = Path("macros") / "main.py"
_THIS_PROJECT = Path(__file__).resolve().parents[2]
# Used when no macros/main.py can be read: the two citation macros.
_FALLBACK = {
    "clause": inspect.Signature([inspect.Parameter(n, inspect.Parameter.POSITIONAL_OR_KEYWORD,
                                                   default=d) for n, d in
                                 (("version", inspect.Parameter.empty),
                                  ("clause_id", inspect.Parameter.empty), ("label", None))]),
    "quote": inspect.Signature([inspect.Parameter(n, inspect.Parameter.POSITIONAL_OR_KEYWORD)
                                for n in ("version", "clause_id")]),
}
_CITING = {"clause", "quote"}
# Jinja passes these through untouched: {% raw %} ... {% endraw %} and {# comments #}.
_UNRENDERED = re.compile(r"\{%-?\s*raw\s*-?%\}.*?\{%-?\s*endraw\s*-?%\}|\{#.*?#\}", re.S)


def _signature(function: ast.FunctionDef) -> inspect.Signature:
    kind = inspect.Parameter
    args = function.args
    positional = args.posonlyargs + args.args
    defaults = [kind.empty] * (len(positional) - len(args.defaults)) + list(args.defaults)
    params = [kind(a.arg, kind.POSITIONAL_ONLY if a in args.posonlyargs else
                   kind.POSITIONAL_OR_KEYWORD, default=d) for a, d in zip(positional, defaults)]
    if args.vararg:
        params.append(kind(args.vararg.arg, kind.VAR_POSITIONAL))
    params += [kind(a.arg, kind.KEYWORD_ONLY, default=kind.empty if d is None else d)
               for a, d in zip(args.kwonlyargs, args.kw_defaults)]
    if args.kwarg:
        params.append(kind(args.kwarg.arg, kind.VAR_KEYWORD))
    return inspect.Signature(params)


def macro_signatures(root: Path | str) -> dict[str, inspect.Signature] | None:
    """The site's macros: ``{name: signature}`` from the root's ``macros/main.py`` (or this
    project's); None if neither can be read."""
    for path in (Path(root) / MACROS_FILE, _THIS_PROJECT / MACROS_FILE):
        try:
            tree = ast.parse(read_source(path, str(MACROS_FILE)))
        except (ProblemsError, SyntaxError, ValueError):
            continue
        found = {}
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and any(
                    (d.attr if isinstance(d, ast.Attribute) else getattr(
                        getattr(d, "func", None), "attr", None)) == "macro"
                    for d in node.decorator_list):
                found[node.name] = _signature(node)
        if found:
            return found
    return None


def _blank(match: re.Match) -> str:
    return re.sub(r"[^\n]", " ", match.group(0))


def _spans(text: str):
    """Each ``{{ ... }}``: (offset of ``{{``, the text inside or None if never closed)."""
    text = _UNRENDERED.sub(_blank, text)
    at = 0
    while True:
        start = text.find("{{", at)
        if start < 0:
            return
        end, quote = start + 2, None
        while end < len(text):
            ch = text[end]
            if quote:
                if ch == "\\":
                    end += 1
                elif ch == quote:
                    quote = None
            elif ch in "\"'":
                quote = ch
            elif text.startswith("}}", end):
                break
            end += 1
        if end >= len(text):
            yield start, None
            return
        yield start, text[start + 2:end]
        at = end + 2


def _shown(inner: str) -> str:
    text = " ".join(inner.split())
    return "{{ " + (text if len(text) <= 60 else text[:57] + "...") + " }}"


def _is_version_file(path: Path, root: Path) -> bool:
    return path.parent == Path(root) / VERSIONS_DIR and path.name != "index.md"


def citation_problems(root: Path, corpus: Corpus | None) -> list[Problem]:
    """Every problem in every page's macro calls; ``corpus`` None (the versions have problems):
    the versions and clauses cited are not checked."""
    root = Path(root)
    problems: list[Problem] = []
    docs = root / "docs"
    macros = macro_signatures(root)
    for path in sorted(docs.rglob("*.md")):
        rel = str(path.relative_to(root))
        version_file = _is_version_file(path, root)
        try:
            text = read_source(path, rel)
        except ProblemsError as exc:
            if not version_file:  # a version file's are reported with the versions
                problems.extend(exc.problems)
            continue
        front, body, first = split_front_matter(text)
        render = False
        if version_file:
            body, first = text, 1
        elif front is not None:
            try:
                meta, _ = load_yaml(front, rel, first_line=2)
            except ProblemsError as exc:
                problems.extend(p for p in exc.problems)
                meta = None
            render = isinstance(meta, dict) and meta.get("render_macros") is True
        problems += _page_problems(rel, body, first, render, version_file, macros, corpus)
    return problems


def _page_problems(rel: str, body: str, first: int, render: bool, version_file: bool,
                   macros, corpus) -> list[Problem]:
    problems: list[Problem] = []
    for start, inner in _spans(body):
        line = first + body.count("\n", 0, start)
        if inner is None:
            problems.append(Problem(rel, line, "'{{' is never closed by '}}'" + (
                "" if render else ": if it is text, it is published as written")))
            continue
        if version_file:
            problems.append(Problem(rel, line, f"{_shown(inner)} in protocol text is published "
                                               "as written: a version file is never a template, "
                                               "and its text is word for word"))
            continue
        if not render:
            problems.append(Problem(rel, line, f"{_shown(inner)} would be published as written: "
                                               "this page has no 'render_macros: true' in its "
                                               "front matter"))
            continue
        problems += _call_problems(rel, line, inner, macros, corpus)
    return problems


def _call_problems(rel: str, line: int, inner: str, macros, corpus) -> list[Problem]:
    expression = inner
    if expression[:1] in "-+":  # Jinja's whitespace control: {{- ... -}}
        expression = expression[1:]
    if expression[-1:] in ("-", "+"):
        expression = expression[:-1]
    shown = _shown(expression)
    try:
        tree = ast.parse("(" + expression + ")", mode="eval")
    except (SyntaxError, ValueError) as exc:  # ValueError: a NUL in the expression
        at = line + max((getattr(exc, "lineno", None) or 1) - 1, 0)
        return [Problem(rel, at, f"cannot read the macro call {shown}: write it as "
                                 '{{ clause("2022", "7.3") }}')]
    call = tree.body
    if not isinstance(call, ast.Call) or not isinstance(call.func, ast.Name):
        return [Problem(rel, line, f"{shown} is not a macro call: write a call of one of the "
                                   f"site's macros, such as {{{{ clause(\"2022\", \"7.3\") }}}}")]
    name = call.func.id
    known = macros if macros is not None else _FALLBACK
    if name not in known:
        if macros is None:
            return []  # the macros could not be read: only the citations are checked
        return [Problem(rel, line, f"unknown macro {name!r} in {shown} (the macros are "
                                   f"{', '.join(sorted(macros))})")]

    def at(node) -> int:
        return line + node.lineno - 1

    problems: list[Problem] = []
    args, kwargs = [], {}
    for node in call.args:
        if isinstance(node, ast.Starred):
            problems.append(Problem(rel, at(node), f"{shown}: write each argument out "
                                                   "(no *arguments)"))
            continue
        args.append(node)
    for keyword in call.keywords:
        if keyword.arg is None:
            problems.append(Problem(rel, at(keyword.value), f"{shown}: write each argument out "
                                                            "(no **arguments)"))
            continue
        kwargs[keyword.arg] = keyword.value
    if problems:
        return problems
    try:
        bound = known[name].bind(*args, **kwargs)
    except TypeError as exc:
        return [Problem(rel, line, f"bad arguments to {name}() in {shown}: {exc}")]
    values = {}
    for param, node in bound.arguments.items():
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            values[param] = node.value
            continue
        written = ast.get_source_segment("(" + expression + ")", node) or "this"
        hint = f' ("{written}")' if isinstance(node, ast.Constant) and not isinstance(
            node.value, bool) and node.value is not None else ""
        problems.append(Problem(rel, at(node), f"argument {param!r} of {name}() must be a "
                                               f"quoted string{hint}, not {written}"))
    if problems or name not in _CITING or corpus is None:
        return problems
    version, clause = values.get("version"), values.get("clause_id")
    node_of = bound.arguments
    if version is None or clause is None:
        return problems
    if corpus.get(version) is None:
        problems.append(Problem(rel, at(node_of["version"]),
                                f"citation of unknown version {version!r}"))
    elif corpus.clause(version, clause) is None:
        problems.append(Problem(rel, at(node_of["clause_id"]),
                                f"citation of unknown clause {clause!r} in version {version}"))
    return problems
