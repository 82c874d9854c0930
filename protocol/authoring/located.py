"""Where an authored object was written: every guide and training object records its file and
line when it is constructed, so each authoring mistake is reported at its source."""
from __future__ import annotations

import functools
import os
import sys

__all__ = ["record_location", "shown_path"]


@functools.lru_cache(maxsize=None)
def shown_path(filename: str) -> str:
    """A module's file relative to the folder above its top-level package (the project root):
    ``/any/checkout/guides/press.py`` -> ``guides/press.py``, wherever the checkout is."""
    path = os.path.abspath(filename)
    folder = os.path.dirname(path)
    if not os.path.exists(os.path.join(folder, "__init__.py")):
        return filename  # not in a package: as given
    while os.path.exists(os.path.join(os.path.dirname(folder), "__init__.py")):
        folder = os.path.dirname(folder)
    return os.path.relpath(path, os.path.dirname(folder)).replace(os.sep, "/")


def record_location(item, depth: int = 3) -> None:
    """Fill in ``item.file`` and ``item.line`` with where its constructor was called, unless given.

    Called from a dataclass's ``__post_init__``: the frames above are this function,
    __post_init__, the dataclass __init__, then the code that wrote the item (``depth`` 3).
    """
    if item.file is not None and item.line is not None:
        return
    try:
        frame = sys._getframe(depth)
        file, line = shown_path(frame.f_code.co_filename), frame.f_lineno
    except (AttributeError, ValueError):  # an interpreter without frames: no location
        file, line = "<unknown>", 0
    object.__setattr__(item, "file", item.file if item.file is not None else file)
    object.__setattr__(item, "line", item.line if item.line is not None else line)
