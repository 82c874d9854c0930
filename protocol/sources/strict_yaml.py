"""The YAML the content is written in (version front matter, page front matter, ``docs/_data``),
read so that nothing in it can hang or crash ``protocol check``.

Plain YAML only: mappings, lists, text, numbers, true/false and null. Refused, each as
``file:line: message``:

* anchors and aliases (``&name``, ``*name``): nine levels of aliases make a few lines expand to
  hundreds of millions of values ("billion laughs"), and content never needs them
* explicit tags (``!!python/object``, ``!!binary``, ``!!int``, ...) and merge keys (``<<``)
* a key given twice in one mapping, and keys that are not plain text
* nesting deeper than 20 levels

Dates are never turned into date objects: ``date: 2022-01-04`` reads as the text
``"2022-01-04"``, so an impossible date (``2022-13-45``) is reported by the check of the field
instead of raising inside the YAML library.

Loading raises ProblemsError.
"""
from __future__ import annotations

import yaml
from yaml.nodes import MappingNode, ScalarNode, SequenceNode

from protocol.authoring import Problem, ProblemsError

__all__ = ["load_yaml", "compose_yaml", "MAX_DEPTH"]

MAX_DEPTH = 20
_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_MERGE = "tag:yaml.org,2002:merge"


class _Refused(yaml.YAMLError):
    def __init__(self, mark, message: str):
        super().__init__(message)
        self.problem_mark, self.problem = mark, message


class _StrictLoader(yaml.SafeLoader):
    # Every implicit type of the safe loader but timestamps: dates stay text.
    yaml_implicit_resolvers = {
        first: [(tag, regexp) for tag, regexp in resolvers if tag != _TIMESTAMP]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()}

    def __init__(self, stream):
        super().__init__(stream)
        self._depth = 0

    def compose_node(self, parent, index):
        event = self.peek_event()
        if isinstance(event, yaml.AliasEvent):
            raise _Refused(event.start_mark, f"YAML aliases (*{event.anchor}) are not allowed: "
                                             "write the value out in full")
        if event.anchor is not None:
            raise _Refused(event.start_mark, f"YAML anchors (&{event.anchor}) are not allowed: "
                                             "write each value out in full")
        tag = getattr(event, "tag", None)
        if tag is not None:
            raise _Refused(event.start_mark, f"YAML tags ({tag}) are not allowed: write plain "
                                             "text, numbers, lists and mappings")
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                raise _Refused(event.start_mark, f"nested more than {MAX_DEPTH} levels deep")
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


def _yaml_problem(exc: yaml.YAMLError, text: str, path: str, first_line: int) -> Problem:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    if mark is not None:
        line = mark.line + first_line
    elif isinstance(getattr(exc, "position", None), int):  # a ReaderError: a bad character
        line = text.count("\n", 0, exc.position) + first_line
    else:
        line = first_line
    if isinstance(exc, _Refused):
        return Problem(path, line, exc.problem)
    what = getattr(exc, "problem", None) or getattr(exc, "reason", None) or str(exc)
    context, start = getattr(exc, "context", None), getattr(exc, "context_mark", None)
    if context and start is not None and mark is not None and start.line != mark.line:
        what += f" ({context} that starts at line {start.line + first_line})"
    return Problem(path, line, f"not valid YAML: {what}")


def compose_yaml(text: str, path: str, first_line: int = 1):
    """The YAML node tree of ``text`` (None if it is empty); raises ProblemsError."""
    loader = None
    try:
        loader = _StrictLoader(text)  # the reader refuses some characters here already
        return loader.get_single_node()
    except yaml.YAMLError as exc:
        raise ProblemsError([_yaml_problem(exc, text, path, first_line)]) from None
    except RecursionError:  # deep flow nesting the depth limit did not reach
        raise ProblemsError([Problem(path, first_line, f"nested more than {MAX_DEPTH} levels "
                                                       "deep")]) from None
    finally:
        if loader is not None:
            loader.dispose()


_SCALARS = yaml.constructor.SafeConstructor()
_CONSTRUCT = {"tag:yaml.org,2002:null": _SCALARS.construct_yaml_null,
              "tag:yaml.org,2002:bool": _SCALARS.construct_yaml_bool,
              "tag:yaml.org,2002:int": _SCALARS.construct_yaml_int,
              "tag:yaml.org,2002:float": _SCALARS.construct_yaml_float}


def load_yaml(text: str, path: str, first_line: int = 1) -> tuple[object, dict]:
    """(data, lines) from ``text``, whose first line is line ``first_line`` of the file ``path``.

    Mapping keys are always text (``7.10:`` is the key ``"7.10"``, not the number 7.1).
    Raises ProblemsError with every problem found.
    """
    root = compose_yaml(text, path, first_line)
    problems: list[Problem] = []
    lines: dict[tuple, int] = {}

    def line_of(node) -> int:
        return node.start_mark.line + first_line

    def value(node, keys: tuple):
        if isinstance(node, MappingNode):
            out: dict = {}
            for key_node, value_node in node.value:
                if not isinstance(key_node, ScalarNode):
                    problems.append(Problem(path, line_of(key_node), "a key must be plain text"))
                    continue
                if key_node.tag == _MERGE:
                    problems.append(Problem(path, line_of(key_node), "merge keys (<<) are not "
                                                                     "allowed"))
                    continue
                key = key_node.value
                if key in out:
                    problems.append(Problem(path, line_of(key_node),
                                            f"{key!r} is given twice (first at line "
                                            f"{lines[keys + (key,)]})"))
                    continue
                lines[keys + (key,)] = line_of(key_node)
                out[key] = value(value_node, keys + (key,))
            return out
        if isinstance(node, SequenceNode):
            items = []
            for n, item in enumerate(node.value):
                lines[keys + (n,)] = line_of(item)
                items.append(value(item, keys + (n,)))
            return items
        construct = _CONSTRUCT.get(node.tag)
        if construct is None:
            return node.value
        try:
            return construct(node)
        except (ValueError, TypeError, OverflowError) as exc:  # an int of 5,000 digits, ...
            shown = node.value if len(node.value) <= 20 else node.value[:20] + "..."
            problems.append(Problem(path, line_of(node), f"cannot read {shown!r}: "
                                                         f"{str(exc)[:80]}"))
            return None

    if root is None:
        return None, {(): first_line}
    lines[()] = line_of(root)
    data = value(root, ())
    if problems:
        raise ProblemsError(problems)
    return data, lines
