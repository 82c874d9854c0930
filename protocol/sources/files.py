"""Reading a source file (a version, a page, a data file) as text, or saying why it cannot be.

A source must be a regular file (not a directory, a device or a pipe, which would hang or never
end), at most ``MAX_SOURCE_BYTES`` long, and UTF-8 text. Line ends are read as ``\\n`` whatever
the file uses. Every failure is a ProblemsError at the file's line (and column, for a byte that
is not UTF-8).
"""
from __future__ import annotations

import os
import stat
from pathlib import Path

from protocol.authoring import Problem, ProblemsError

__all__ = ["MAX_SOURCE_BYTES", "read_source"]

# 5 MB: a whole constitution of thousands of paragraphs is well under 2 MB (a version of the
# protocol is about 60 KB); anything larger is not a source.
MAX_SOURCE_BYTES = 5_000_000

_KINDS = ((stat.S_ISDIR, "a directory"), (stat.S_ISCHR, "a character device"),
          (stat.S_ISBLK, "a block device"), (stat.S_ISFIFO, "a named pipe"),
          (stat.S_ISSOCK, "a socket"))


def read_source(path: Path | str, shown: str) -> str:
    """The text of the file at ``path`` (``shown`` is how messages name it)."""
    def fail(message: str, line: int = 1, column: int = 0):
        raise ProblemsError([Problem(shown, line, message, column=column)])

    try:
        mode = os.stat(path).st_mode
    except OSError as exc:
        fail(f"cannot be read: {exc.strerror or exc}")
    if not stat.S_ISREG(mode):
        kind = next((name for test, name in _KINDS if test(mode)), "not a regular file")
        fail(f"is {kind}, not a file: a source must be a text file")
    try:
        # O_NONBLOCK: should it have become a pipe since the stat, opening it must not wait.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                fail("is not a regular file: a source must be a text file")
            data = handle.read(MAX_SOURCE_BYTES + 1)
    except OSError as exc:
        fail(f"cannot be read: {exc.strerror or exc}")
    if len(data) > MAX_SOURCE_BYTES:
        fail(f"is larger than {MAX_SOURCE_BYTES:,} bytes (5 MB), the limit for a source file")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        start = data.rfind(b"\n", 0, exc.start) + 1
        column = len(data[start:exc.start].decode("utf-8", errors="replace")) + 1
        if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
            fail("is UTF-16 text: save the file as UTF-8")
        if b"\x00" in data[:8000]:
            fail("is a binary file, not UTF-8 text")
        fail(f"is not UTF-8 text: byte 0x{data[exc.start]:02X} cannot be read; save the file "
             "as UTF-8", line, column)
    return text.replace("\r\n", "\n").replace("\r", "\n")
