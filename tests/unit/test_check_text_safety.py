"""Text that is not what it seems: invisible, control, replacement and look-alike characters are
reported as ``file:line:col: message`` naming the character, unless the version allows them."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from protocol.authoring import ProblemsError
from protocol.sources.versions import read_version
from protocol.text.characters import find_characters

PATH = "docs/protocol/2022.md"


@pytest.fixture(scope="module")
def source(root) -> str:
    return (root / PATH).read_text(encoding="utf-8")


def _problems(text: str) -> list[str]:
    try:
        read_version(text, PATH, stem="2022")
    except ProblemsError as exc:
        return [str(p) for p in exc.problems]
    return []


def _at(text: str, needle: str) -> tuple[int, int]:
    """(line, column) of the first character of ``needle`` in ``text``, both 1-based."""
    at = text.index(needle)
    return text.count("\n", 0, at) + 1, at - (text.rfind("\n", 0, at) + 1) + 1


def test_the_real_versions_have_none(root):
    for path in sorted((root / "docs/protocol").glob("2*.md")):
        text = path.read_text(encoding="utf-8")
        read_version(text, f"docs/protocol/{path.name}", stem=path.stem)
        assert find_characters(text) == []


CHARACTERS = [
    # (where, old, new with the character at the start of the needle, needle, the name)
    ("clause", "The purpose of this protocol", "The pur\u200bpose of this protocol",
     "\u200bpose", "U+200B ZERO WIDTH SPACE"),
    ("clause", "The purpose of this protocol", "The purpose of this \u202eprotocol",
     "\u202eprotocol", "U+202E RIGHT-TO-LEFT OVERRIDE"),
    ("clause", "good working relationships", "good w\u043erking relationships",
     "\u043erking", "U+043E CYRILLIC SMALL LETTER O"),
    ("clause", "good working relationships", "good working\x1b[31m relationships",
     "\x1b[31m", "U+001B ESCAPE"),
    ("clause", "good working relationships", "good working\x00 relationships",
     "\x00 rel", "U+0000 NULL"),
    ("clause", "good working relationships", "good working \ufffd relationships",
     "\ufffd", "U+FFFD REPLACEMENT CHARACTER"),
    ("clause", "good working relationships", "good working\u00a0relationships",
     "\u00a0", "U+00A0 NO-BREAK SPACE"),
    ("heading", "## 1. Introduction", "## 1. Intro\u200dduction", "\u200dduction",
     "U+200D ZERO WIDTH JOINER"),
    ("heading", "### 1.1\n", "### 1.1\u2066\n", "\u2066\n", "U+2066 LEFT-TO-RIGHT ISOLATE"),
    ("front matter", 'title: "Constitution', 'title: "Consti\u200btution', "\u200btution",
     "U+200B ZERO WIDTH SPACE"),
    ("front matter", "notes:\n", "notes:\n  \"1.1\": \"A n\u043ete.\"\n", "\u043ete.",
     "U+043E CYRILLIC SMALL LETTER O"),
]


@pytest.mark.parametrize("where, old, new, needle, name", CHARACTERS,
                         ids=[f"{c[0]}-{c[4].split()[0]}" for c in CHARACTERS])
def test_each_character_is_reported_at_its_line_and_column(source, where, old, new, needle, name):
    assert old in source
    text = source.replace(old, new, 1)
    line, column = _at(text, needle)
    problems = _problems(text)
    expected = f"{PATH}:{line}:{column}: {name}"
    assert any(p.startswith(expected) for p in problems), (expected, problems)


def test_a_preamble_paragraph_is_checked_too(source):
    text = source.replace("## 1. Introduction", "## Foreword\n\nA pre\u00adamble.\n\n"
                                                "## 1. Introduction", 1)
    line, column = _at(text, "\u00adamble")
    assert f"{PATH}:{line}:{column}: U+00AD SOFT HYPHEN: an invisible formatting character" \
        in " ".join(_problems(text))


def test_a_mixed_script_word_names_both_scripts(source):
    text = source.replace("good working relationships", "good w\u043erking relationships", 1)
    [problem] = [p for p in _problems(text) if "CYRILLIC" in p]
    assert "'w\u043erking'" in problem and "(Latin, Cyrillic)" in problem


def test_characters_written_as_references_or_escapes_are_reported_at_their_line(source):
    text = source.replace("The purpose of this protocol", "The pur&#8203;pose of this protocol", 1)
    text = text.replace('title: "Constitution', 'title: "Con\\u202estitution', 1)
    problems = _problems(text)
    body_line, _ = _at(text, "The pur&#8203;")
    assert any(p.startswith(f"{PATH}:{body_line}: U+200B ZERO WIDTH SPACE") and
               "character reference or an escape" in p for p in problems), problems
    assert any(p.startswith(f"{PATH}:3: U+202E RIGHT-TO-LEFT OVERRIDE") for p in problems)


def test_a_byte_order_mark_is_reported_and_the_rest_still_read(source):
    problems = _problems("\ufeff" + source.replace("### 7.4\n", "### 7.3\n", 1))
    assert problems[0].startswith(f"{PATH}:1:1: U+FEFF BYTE ORDER MARK")
    assert any("duplicate clause id 7.3" in p for p in problems)


def test_tab_and_ordinary_unicode_punctuation_pass():
    assert find_characters("Members\u2019 \u201cneed to know\u201d \u2013 caf\u00e9, na\u00efve\tok") == []


ALLOW_NBSP = ("notes:\n", 'allowed_characters:\n  - code_point: "U+00A0"\n'
                          '    reason: "The source puts a no-break space before numbers."\nnotes:\n')


def test_an_allowed_character_passes_and_is_on_the_model(source):
    text = source.replace(*ALLOW_NBSP, 1).replace("Section 16", "Section\u00a016", 1)
    version = read_version(text, PATH, stem="2022")
    [allowed] = version.allowed_characters
    assert (allowed.char, allowed.code_point) == ("\u00a0", "U+00A0")
    assert allowed.reason == "The source puts a no-break space before numbers."
    assert version.allows("\u00a0") and not version.allows("\u200b")


def test_the_real_versions_allow_nothing(root):
    from protocol.sources.versions import load_corpus

    assert all(v.allowed_characters == () for v in load_corpus(root))


def test_allowing_one_character_allows_no_other(source):
    text = source.replace(*ALLOW_NBSP, 1).replace("Section 16", "Section\u00a016\u200b", 1)
    problems = _problems(text)
    assert [p for p in problems if "U+200B" in p] and not [p for p in problems if "U+00A0 " in p]


BAD_ALLOWANCES = [
    ('  - code_point: "U+00A0"\n    reason: "x"\n    why: "y"\n', "    why:",
     "unknown field 'why' in an allowed character"),
    ('  - code_point: "u+00a0"\n    reason: "x"\n', '  - code_point: "u', "code_point must be written U+"),
    ('  - code_point: "U+110000"\n    reason: "x"\n', '  - code_point: "U+110000',
     "code_point must be written U+"),
    ('  - code_point: "U+00A0"\n', '  - code_point: "U+00A0"\n', "needs a reason"),
    ('  - reason: "x"\n', '  - reason: "x"', "has no code_point"),
    ('  - "U+00A0"\n', '  - "U+00A0"', "must be a mapping"),
    ('  - code_point: "U+2009"\n    reason: "thin spaces"\n', '  - code_point: "U+2009"',
     "U+2009 is allowed but the text does not contain it"),
]


@pytest.mark.parametrize("entries, needle, message", BAD_ALLOWANCES,
                         ids=[m.split()[0] + str(n) for n, (_, _, m) in enumerate(BAD_ALLOWANCES)])
def test_bad_allowed_characters_are_errors_at_their_line(source, entries, needle, message):
    text = source.replace("notes:\n", "allowed_characters:\n" + entries + "notes:\n", 1)
    line, _ = _at(text, needle)
    problems = _problems(text)
    assert any(p.startswith(f"{PATH}:{line}: ") and message in p for p in problems), problems


def test_allowed_characters_must_be_a_list(source):
    text = source.replace("notes:\n", 'allowed_characters: "U+00A0"\nnotes:\n', 1)
    line, _ = _at(text, "allowed_characters")
    assert f"{PATH}:{line}: 'allowed_characters' must be a list of" in " ".join(_problems(text))


def test_a_repeated_code_point_is_an_error(source):
    entry = '  - code_point: "U+00A0"\n    reason: "x"\n'
    text = source.replace("notes:\n", "allowed_characters:\n" + entry * 2 + "notes:\n", 1)
    text = text.replace("Section 16", "Section\u00a016", 1)
    assert any("U+00A0 is already allowed at line" in p for p in _problems(text))


def test_protocol_check_prints_line_and_column_and_fails(root, tmp_path):
    shutil.copytree(root / "docs", tmp_path / "docs")
    path = tmp_path / PATH
    text = path.read_text(encoding="utf-8").replace("The purpose", "The pur\u200bpose", 1)
    path.write_text(text, encoding="utf-8")
    line, column = _at(text, "\u200bpose")
    result = subprocess.run([sys.executable, "-m", "protocol", "check", "--root", str(tmp_path)],
                            capture_output=True, text=True, cwd=root)
    assert result.returncode == 1
    assert f"{PATH}:{line}:{column}: U+200B ZERO WIDTH SPACE" in result.stderr
    assert "Traceback" not in result.stderr


def test_data_files_are_checked_for_the_same_characters(root, tmp_path):
    from protocol.checks.data import data_problems

    shutil.copytree(root / "docs", tmp_path / "docs")
    path = tmp_path / "docs/_data/glossary.yml"
    text = path.read_text(encoding="utf-8").replace("- term: CLT", "- term: CL\u200bT", 1)
    path.write_text(text, encoding="utf-8")
    line, column = _at(text, "\u200bT")
    assert any(str(p).startswith(f"docs/_data/glossary.yml:{line}:{column}: U+200B")
               for p in data_problems(Path(tmp_path), None))
