"""Fuzzing: a valid version file, page or data file with characters and lines inserted, deleted
and replaced (front matter included, any Unicode) gives a Version or ProblemsError, never
another exception; every problem has a file and a line."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from protocol.authoring import Problem, ProblemsError

PATH = "docs/protocol/2022.md"
SETTINGS = settings(max_examples=60, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.function_scoped_fixture,
                                           HealthCheck.too_slow])

# Pieces that mean something to YAML, Markdown, the clause parser or the character check.
TOKENS = ["\n", "---\n", "### ", "## ", "#### ", "- ", "> ", "```", "    ", "\t", ":", ": ", '"',
          "'", "[", "]", "{", "}", "&a ", "*a", "!!binary ", "<<: ", "? ", "|", ">-", "%", "@",
          "`", "*", "_", "\\", "&#8203;", "&#0;", "&amp;", "<b>", "1.", "7.3", "99999999999",
          "9" * 5000, "2022-13-45", "null", "~", "yes", "\x00", "\x1b", "\r", "\x85", "\u2028",
          "\u200b", "\u202e", "\ufeff", "\ufffd", "\u00a0", "\u043e", "\ud800", "{{", "}}",
          "notes:\n  - x\n", "allowed_characters:\n  - code_point: U+00A0\n", "id: 20 30\n"]

piece = st.one_of(st.sampled_from(TOKENS), st.text(max_size=12),
                  st.characters(codec=None).map(str))
edit = st.tuples(st.sampled_from(["insert", "delete", "replace", "line", "drop-line"]),
                 st.floats(min_value=0, max_value=1, allow_nan=False), st.integers(1, 60), piece)


def _mutate(text: str, edits, front_bias: bool) -> str:
    for op, where, size, new in edits:
        # Half of the edits go to the first 1,200 characters: the front matter and clause 1.1.
        span = min(len(text), 1200) if front_bias else len(text)
        at = int(where * span)
        if op == "insert":
            text = text[:at] + new + text[at:]
        elif op == "delete":
            text = text[:at] + text[at + size:]
        elif op == "replace":
            text = text[:at] + new + text[at + len(new):]
        else:
            lines = text.split("\n")
            n = int(where * (len(lines) - 1))
            if op == "line":
                lines.insert(n, new)
            else:
                del lines[n:n + (size % 4) + 1]
            text = "\n".join(lines)
    return text


def _assert_located(problems: list[Problem], path: str | None = None) -> None:
    assert problems
    for p in problems:
        assert isinstance(p.line, int) and p.line >= 0 and isinstance(p.message, str), p
        assert path is None or p.path == path
        assert "Traceback" not in p.message


@pytest.fixture(scope="module")
def version_text(root) -> str:
    return (root / PATH).read_text(encoding="utf-8")


@SETTINGS
@given(edits=st.lists(edit, min_size=1, max_size=8), front_bias=st.booleans())
def test_read_version_raises_nothing_but_problems(version_text, edits, front_bias):
    from protocol.sources.versions import read_version

    text = _mutate(version_text, edits, front_bias)
    try:
        read_version(text, PATH, stem="2022")
    except ProblemsError as exc:
        _assert_located(exc.problems, PATH)


@SETTINGS
@given(data=st.data())
def test_a_version_file_of_any_bytes_raises_nothing_but_problems(version_text, tmp_path, data):
    from protocol.sources.versions import load_version_file

    raw = bytearray(version_text.encode("utf-8"))
    for _ in range(data.draw(st.integers(1, 6))):
        at = data.draw(st.integers(0, len(raw)))
        raw[at:at + data.draw(st.integers(0, 3))] = data.draw(st.binary(max_size=6))
    path = tmp_path / "2022.md"
    path.write_bytes(bytes(raw))
    try:
        load_version_file(path, tmp_path)
    except ProblemsError as exc:
        _assert_located(exc.problems, "2022.md")


@pytest.fixture(scope="module")
def data_project(root, tmp_path_factory) -> Path:
    project = tmp_path_factory.mktemp("fuzz-data")
    shutil.copytree(root / "docs", project / "docs")
    return project


@SETTINGS
@given(edits=st.lists(edit, min_size=1, max_size=6), which=st.sampled_from(
    ["docs/_data/glossary.yml", "docs/_data/related.yml", "docs/index.md"]))
def test_data_files_and_pages_raise_nothing_but_problems(root, data_project, edits, which):
    from protocol.checks.citations import citation_problems
    from protocol.checks.data import data_problems
    from protocol.sources.versions import load_corpus

    original = (root / which).read_text(encoding="utf-8")
    path = data_project / which
    path.write_text(_mutate(original, edits, False), encoding="utf-8", errors="surrogatepass")
    try:
        corpus = load_corpus(data_project)
        problems = data_problems(data_project, corpus) + citation_problems(data_project, corpus)
        for p in problems:
            assert isinstance(p.line, int) and p.line >= 0, p
    finally:
        path.write_text(original, encoding="utf-8")
