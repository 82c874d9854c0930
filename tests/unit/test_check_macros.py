"""Macro calls in pages: every ``{{ ... }}`` is read as a call of one of the site's macros and
checked, wherever and however it is written; one that would be published as written is reported."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from protocol.checks.citations import citation_problems, macro_signatures
from protocol.sources.versions import load_corpus

RENDER = "---\nrender_macros: true\n---\n\n"


@pytest.fixture(scope="module")
def corpus(root):
    return load_corpus(root)


@pytest.fixture
def project(root, tmp_path) -> Path:
    shutil.copytree(root / "docs", tmp_path / "docs")
    return tmp_path


def _problems(project: Path, corpus, page: str, name: str = "page.md") -> list[str]:
    (project / "docs" / name).write_text(page, encoding="utf-8")
    return [str(p) for p in citation_problems(project, corpus)]


def test_the_real_pages_pass(root, corpus):
    assert citation_problems(root, corpus) == []


def test_the_macros_are_read_from_macros_main(root):
    macros = macro_signatures(root)
    assert set(macros) == {"clause", "quote", "current_version", "versions_table"}
    assert list(macros["clause"].parameters) == ["version", "clause_id", "label"]


def test_a_page_without_render_macros_is_reported(project, corpus):
    problems = _problems(project, corpus, "# Notes\n\nSee {{ clause(\"2022\", \"7.3\") }}.\n\n"
                                          "{{ versions_table() }}\n")
    assert problems == [
        "docs/page.md:3: {{ clause(\"2022\", \"7.3\") }} would be published as written: this page "
        "has no 'render_macros: true' in its front matter",
        "docs/page.md:5: {{ versions_table() }} would be published as written: this page has no "
        "'render_macros: true' in its front matter"]


def test_render_macros_false_or_text_is_not_true(project, corpus):
    for front in ("render_macros: false", 'render_macros: "yes"', "title: x"):
        page = f"---\n{front}\n---\n\n{{{{ current_version() }}}}\n"
        assert _problems(project, corpus, page) == [
            "docs/page.md:5: {{ current_version() }} would be published as written: this page "
            "has no 'render_macros: true' in its front matter"]


def test_a_macro_call_in_a_version_file_is_reported(project, corpus):
    path = project / "docs/protocol/2022.md"
    text = path.read_text(encoding="utf-8").replace("### 1.1\n\nThe purpose",
                                                    "### 1.1\n\n{{ quote('2008', '1') }} The "
                                                    "purpose", 1)
    path.write_text(text, encoding="utf-8")
    line = text[: text.index("{{")].count("\n") + 1
    assert [str(p) for p in citation_problems(project, corpus)] == [
        f"docs/protocol/2022.md:{line}: {{{{ quote('2008', '1') }}}} in protocol text is "
        "published as written: a version file is never a template, and its text is word for word"]


CALLS = [
    # (the call, the line of the problem counting the call's first line as 1, message)
    ('{{ clause(2022, "7.3") }}', 1,
     "argument 'version' of clause() must be a quoted string (\"2022\"), not 2022"),
    ('{{ clause("2022", 7.10) }}', 1,
     "argument 'clause_id' of clause() must be a quoted string (\"7.10\"), not 7.10"),
    ('{{ clause(version="2022", clause_id="7.99") }}', 1,
     "citation of unknown clause '7.99' in version 2022"),
    ('{{ clause(clause_id="7.3", version="1999") }}', 1, "citation of unknown version '1999'"),
    ('{{ quote(\n    "2022",\n    "7.98"\n) }}', 3, "citation of unknown clause '7.98' in version 2022"),
    ('{{\n  clause("2030", "1")\n}}', 2, "citation of unknown version '2030'"),
    ('{{ clauses("2022", "7.3") }}', 1, "unknown macro 'clauses' in {{ clauses(\"2022\", \"7.3\") }} "
                                        "(the macros are clause, "),
    ('{{ quote("2022") }}', 1, "bad arguments to quote() in {{ quote(\"2022\") }}: missing a "
                               "required argument: 'clause_id'"),
    ('{{ clause("2022", "7.3", lable="x") }}', 1, "got an unexpected keyword argument 'lable'"),
    ('{{ versions_table("2022") }}', 1, "bad arguments to versions_table()"),
    ('{{ clause(*ids) }}', 1, "write each argument out (no *arguments)"),
    ('{{ clause(**ids) }}', 1, "write each argument out (no **arguments)"),
    ('{{ page.title }}', 1, "{{ page.title }} is not a macro call"),
    ('{{ clause("2022", "7.3") | safe }}', 1, "is not a macro call"),
    ('{{ clause("2022", "7.3" }}', 1, "cannot read the macro call {{ clause(\"2022\", \"7.3\" }}"),
    ('{{ clause("2022", none) }}', 1, "argument 'clause_id' of clause() must be a quoted string, "
                                      "not none"),
    ('{{ clause("2022", "7.3")', 1, "'{{' is never closed by '}}'"),
]


@pytest.mark.parametrize("call, line, message", CALLS, ids=[c[0] for c in CALLS])
def test_each_bad_call_is_reported_at_its_line(project, corpus, call, line, message):
    page = RENDER + "Some text.\n\nSee " + call + "\n\nMore text.\n"
    first = page[: page.index("{{")].count("\n") + 1
    problems = _problems(project, corpus, page)
    assert any(p.startswith(f"docs/page.md:{first + line - 1}: ") and message in p
               for p in problems), problems


GOOD = ['{{ clause("2022", "7.3") }}', "{{ clause('2022', '7.3', 'the clause') }}",
        '{{ clause(version="2022", clause_id="7.3", label="x") }}', '{{- quote("2008", "1") -}}',
        '{{ clause(\n  "2022",\n  "7.3"\n) }}', "{% raw %}{{ literal }}{% endraw %}",
        "{# {{ a comment }} #}", "{{ versions_table() }}", "{{ current_version() }}",
        '{{ clause("2022", "7.3", label="a }} b") }}']


@pytest.mark.parametrize("call", GOOD)
def test_good_calls_pass(project, corpus, call):
    assert _problems(project, corpus, RENDER + call + "\n") == []


def test_versions_and_clauses_are_not_checked_without_a_corpus(project):
    page = RENDER + '{{ clause("1999", "1") }}\n{{ clause(1999, "1") }}\n'
    assert _problems(project, None, page) == [
        "docs/page.md:6: argument 'version' of clause() must be a quoted string (\"1999\"), not 1999"]


def test_page_front_matter_is_strict_yaml(project, corpus):
    page = "---\nrender_macros: &r true\n---\n\n{{ clause('2022', '7.3') }}\n"
    problems = _problems(project, corpus, page)
    assert problems[0] == "docs/page.md:2: YAML anchors (&r) are not allowed: write each value " \
                          "out in full"


def test_a_page_that_is_not_utf8_is_reported(project, corpus):
    (project / "docs/bad.md").write_bytes(b"# Title\n\ncaf\xe9\n")
    assert [str(p) for p in citation_problems(project, corpus)] == [
        "docs/bad.md:3:4: is not UTF-8 text: byte 0xE9 cannot be read; save the file as UTF-8"]
