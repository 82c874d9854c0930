"""Nothing authored makes `protocol check` crash or hang: each broken source is a
``file:line: message`` and a non-zero exit, never a traceback."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from protocol.authoring import ProblemsError
from protocol.checks import check
from protocol.checks.data import data_problems
from protocol.sources.files import MAX_SOURCE_BYTES
from protocol.sources.versions import load_corpus
from tests.support.editing import edit, line_of

V2022 = "docs/protocol/2022.md"
GLOSSARY = "docs/_data/glossary.yml"
RELATED = "docs/_data/related.yml"


def _corpus_problems(project: Path) -> list[str]:
    try:
        load_corpus(project)
    except ProblemsError as exc:
        return [str(p) for p in exc.problems]
    return []


def _cli(project: Path, root: Path, timeout: int = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "protocol", "check", "--root", str(project)],
                          capture_output=True, text=True, cwd=root, timeout=timeout)


# -- version ids ---------------------------------------------------------------------------

@pytest.mark.parametrize("version_id", ["2008", "2022", "2026-05", "s001", "s100", "2026-05-01"])
def test_dated_and_synthetic_ids_are_valid(version_id):
    from protocol.text.parse import version_id_problem

    assert version_id_problem(version_id) is None


@pytest.mark.parametrize("version_id", ["20 30", "2026_05", "Draft", "-2026", "2026-", "2026--05",
                                        "current", "index", "", "a" * 41, "2026/05", "2026.05"])
def test_other_ids_are_refused(version_id):
    from protocol.text.parse import version_id_problem

    assert version_id_problem(version_id)


def test_the_benchmark_s_synthetic_versions_load(project):
    from tests.support.bench import synthetic_version

    (project / "docs/protocol/s001.md").write_text(synthetic_version(1, clauses=20),
                                                   encoding="utf-8")
    assert load_corpus(project).get("s001") is not None


def test_a_version_id_with_a_space_is_reported_not_published(project):
    text = (project / V2022).read_text(encoding="utf-8").replace('id: "2022"', 'id: "20 30"', 1)
    text = text.replace('date: "2022-01-04"', 'date: "2030-01-01"', 1)
    (project / "docs/protocol/20 30.md").write_text(text, encoding="utf-8")
    problems = _corpus_problems(project)
    assert any(p.startswith("docs/protocol/20 30.md:2: version id '20 30' must be") for p in problems)


# -- front matter that used to raise --------------------------------------------------------

def test_notes_given_as_a_list(project):
    path = project / V2022
    text = path.read_text(encoding="utf-8")
    for key in ('"2.3"', '"5.4"', '"7.1"', '"10.1"'):
        text = text.replace(f"  {key}: >-", "  - >-", 1)
    path.write_text(text, encoding="utf-8")
    assert f"{V2022}:{line_of(path, 'notes:')}: 'notes' must be a mapping of clause id: note" \
        in " ".join(_corpus_problems(project))


@pytest.mark.parametrize("written", ['"2022-13-45"', "2022-13-45", "2022-02-30", '"2022-00"'])
def test_an_impossible_date_quoted_or_not(project, written):
    line = edit(project / V2022, 'date: "2022-01-04"', f"date: {written}")
    problems = _corpus_problems(project)
    assert any(p.startswith(f"{V2022}:{line}: 'date' is not a real date")
               for p in problems), problems


def test_an_unquoted_valid_date_is_read_as_text(project):
    edit(project / V2022, 'date: "2022-01-04"', "date: 2022-01-04")
    assert load_corpus(project).get("2022").date == "2022-01-04"


def test_an_alias_bomb_is_refused_at_once(project, root):
    """Nine levels of aliases would expand to 9**9 values; refused before any expansion."""
    bomb = ['x_: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    bomb += [f"x{n}: &{chr(98 + n)} [" + ", ".join([f"*{chr(97 + n)}"] * 9) + "]"
             for n in range(8)]
    line = edit(project / V2022, 'title: "Constitution Section 16: A Protocol for Member/Officer '
                                 'Relations"', "\n".join(bomb) + "\ntitle: *i")
    result = _cli(project, root, timeout=60)
    assert result.returncode == 1
    assert f"{V2022}:{line}: YAML anchors (&a) are not allowed" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("yaml_text, message", [
    ("title: !!python/object:os.system x", "YAML tags"),
    ("x: &a 1\ny: *a", "YAML anchors"),
    ("<<: {a: 1}", "merge keys"),
    ("title: again", "'title' is given twice"),
    ("x: " + "[" * 50 + "]" * 50, "nested more than 20 levels"),
    ("big: " + "9" * 6000, "cannot read"),
    ("? [a, b]\n: c", "a key must be plain text"),
    ("title: [unclosed", "front matter is not valid YAML: expected ',' or ']', but got ':' "
                         "(while parsing a flow sequence that starts at line"),
])
def test_front_matter_yaml_that_is_refused(project, yaml_text, message):
    first = edit(project / V2022, "notes:\n", yaml_text + "\nnotes:\n")
    written = range(first, first + yaml_text.count("\n") + 2)  # the lines just written (and the
    # next: an unclosed "[" is found there)
    problems = _corpus_problems(project)
    assert any(p.startswith(V2022 + ":") and int(p.split(":")[1]) in written and message in p
               for p in problems), problems


# -- files that are not text files ----------------------------------------------------------

def test_a_version_file_that_is_not_utf8(project):
    path = project / V2022
    data = path.read_bytes().replace(b"good working", b"good w\xf6rking", 1)
    path.write_bytes(data)
    line = data[: data.index(b"\xf6")].count(b"\n") + 1
    column = data.index(b"\xf6") - data.rfind(b"\n", 0, data.index(b"\xf6"))
    assert f"{V2022}:{line}:{column}: is not UTF-8 text: byte 0xF6" in _corpus_problems(project)[0]


def test_a_binary_version_file(project):
    (project / "docs/protocol/2030.md").write_bytes(bytes(range(256)) * 10)
    assert _corpus_problems(project) == ["docs/protocol/2030.md:1: is a binary file, not UTF-8 text"]


def test_a_utf16_version_file(project):
    text = (project / V2022).read_text(encoding="utf-8")
    (project / V2022).write_bytes(text.encode("utf-16"))
    assert _corpus_problems(project) == [f"{V2022}:1: is UTF-16 text: save the file as UTF-8"]


def test_a_directory_where_a_version_file_should_be(project):
    (project / "docs/protocol/x.md").mkdir()
    assert _corpus_problems(project) == ["docs/protocol/x.md:1: is a directory, not a file: a "
                                         "source must be a text file"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_does_not_hang_the_check(project):
    os.mkfifo(project / "docs/protocol/f.md")
    assert _corpus_problems(project) == ["docs/protocol/f.md:1: is a named pipe, not a file: a "
                                         "source must be a text file"]


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_a_device_does_not_hang_the_check(project):
    (project / "docs/protocol/z.md").symlink_to("/dev/zero")
    (project / "docs/protocol/y.md").symlink_to(project / "nowhere")
    problems = _corpus_problems(project)
    assert "docs/protocol/z.md:1: is a character device, not a file: a source must be a text " \
           "file" in problems
    assert any(p.startswith("docs/protocol/y.md:1: cannot be read") for p in problems)


def test_an_oversized_version_file(project):
    path = project / "docs/protocol/2030.md"
    path.write_bytes(b"x" * (MAX_SOURCE_BYTES + 1))
    assert _corpus_problems(project) == [
        "docs/protocol/2030.md:1: is larger than 5,000,000 bytes (5 MB), the limit for a source "
        "file"]


def test_a_directory_named_like_a_page(project):
    from protocol.checks.citations import citation_problems

    (project / "docs/notes.md").mkdir()
    assert [str(p) for p in citation_problems(project, None)] == [
        "docs/notes.md:1: is a directory, not a file: a source must be a text file"]


# -- guides ---------------------------------------------------------------------------------

def test_a_guide_with_a_syntax_error_hides_no_other_problem(project):
    guides = project / "guides"
    press = guides / "press.py"
    text = press.read_text(encoding="utf-8")
    assert '("2022", "10.2")' in text
    press.write_text(text.replace('("2022", "10.2")', '("2022", "10.99")', 1), encoding="utf-8")
    broken = guides / "correspondence.py"
    line = broken.read_text(encoding="utf-8").count("\n") + 1
    with broken.open("a", encoding="utf-8") as handle:
        handle.write("def broken(:\n")
    problems = [str(p) for p in check(project) if not p.warning]
    assert f"guides/correspondence.py:{line}: cannot import: invalid syntax" in problems
    assert any(p.startswith("guides/press.py:") and "10.99" in p for p in problems), problems


# -- data files -----------------------------------------------------------------------------

def _data(project: Path) -> list[str]:
    return [str(p) for p in data_problems(project, load_corpus(project))]


def test_unknown_and_missing_glossary_fields_are_at_their_lines(project):
    path = project / GLOSSARY
    edit(path, "- term: CLT\n  id: clt\n", "- term: CLT\n  id: clt\n  defintion: typo\n")
    edit(path, "- term: Chief Executive\n  id: chief-executive\n",
         "- term: Chief Executive\n  idd: chief-executive\n")
    problems = _data(project)
    assert f"{GLOSSARY}:{line_of(path, '  defintion')}: unknown field 'defintion' in a term " \
           "(the fields are term, id, definition, match, editorial, defined_in)" in problems
    assert f"{GLOSSARY}:{line_of(path, '  idd:')}: unknown field 'idd' in a term (the fields " \
           "are term, id, definition, match, editorial, defined_in)" in problems
    assert f"{GLOSSARY}:{line_of(path, '- term: Chief Executive')}: term is missing 'id'" \
        in problems


def test_unknown_and_missing_related_fields_are_at_their_lines(project):
    path = project / RELATED
    edit(path, "- title: Whistleblowing Protocol\n",
         "- title: Whistleblowing Protocol\n  url: https://example.org\n")
    with path.open("a", encoding="utf-8") as handle:
        handle.write("- title: No about\n  phrases: [about]\n")
    problems = _data(project)
    assert f"{RELATED}:{line_of(path, '  url:')}: unknown field 'url' in a related document " \
           "(the fields are title, about, phrases)" in problems
    assert f"{RELATED}:{line_of(path, '- title: No about')}: related document is missing " \
           "'about'" in problems


@pytest.mark.parametrize("name, old, new, message", [
    (GLOSSARY, "  match: [CLT]\n", "  match: CLT\n", "'match' must be a list of lines of text"),
    (GLOSSARY, "  editorial: true\n", "  editorial: maybe\n", "'editorial' must be true or false"),
    (GLOSSARY, 'defined_in: ["2022", "7.4"]', "defined_in: [2022, 7.4]",
     "'defined_in' must be a version and a clause id"),
    (GLOSSARY, 'defined_in: ["2022", "7.4"]', 'defined_in: ["2022", "7.99"]',
     "is defined_in clause 7.99 of version 2022, which does not exist"),
    (GLOSSARY, "  id: clt\n", "  id: Chief Leadership\n", "must be lower-case letters"),
    (GLOSSARY, "  id: chief-executive\n", '  id: "clt"\n', "id 'clt' is already used at line 6"),
    (GLOSSARY, "- term: CLT\n", "- term: &t CLT\n", "YAML anchors (&t) are not allowed"),
    (GLOSSARY, "- term: CLT\n", "- term: [CLT\n", "not valid YAML"),
    (RELATED, "- title: Whistleblowing Protocol\n", "- title: *x\n", "YAML aliases (*x)"),
    (RELATED, "  phrases: [Whistleblowing Protocol]\n", "  phrases: []\n",
     "'phrases' must be a list of lines of text"),
])
def test_bad_data_file_values_are_at_their_lines(project, name, old, new, message):
    edit(project / name, old, new)
    line = line_of(project / name, new.strip().split("\n")[0])
    problems = _data(project)
    assert any(p.split(":")[0] == name and int(p.split(":")[1]) in (line, line + 1) and message in p
               for p in problems), problems  # line + 1: where YAML finds an unclosed "["


@pytest.mark.parametrize("content, message", [
    ("term: CLT\n", "must be a list of terms"),
    ("- just text\n", "each term must be a mapping"),
    ("", None),
])
def test_a_glossary_of_the_wrong_shape(project, content, message):
    (project / GLOSSARY).write_text(content, encoding="utf-8")
    problems = _data(project)
    if message is None:
        assert problems == []
    else:
        assert any(p.startswith(f"{GLOSSARY}:1: ") and message in p for p in problems), problems


def test_data_files_that_are_missing_or_not_files(project):
    (project / GLOSSARY).unlink()
    (project / RELATED).unlink()
    (project / RELATED).mkdir()
    problems = _data(project)
    assert any(p.startswith(f"{GLOSSARY}:1: cannot be read") for p in problems), problems
    assert f"{RELATED}:1: is a directory, not a file: a source must be a text file" in problems


def test_a_correspondence_file_with_aliases(project):
    from protocol.checks.correspondence import correspondence_problems

    path = next((project / "docs/_data/correspondence").glob("*.yml"))
    edit(path, "correspondences:\n", "correspondences:\n  - &e {from: null, to: \"1.1\", "
                                      "rationale: x}\n  - *e\n")
    problems = [str(p) for p in correspondence_problems(project, load_corpus(project))]
    assert any(p.startswith(f"docs/_data/correspondence/{path.name}:"
                            f"{line_of(path, '&e')}: YAML anchors") for p in problems), problems


def test_the_check_goes_on_to_pages_and_data_when_a_version_is_broken(project):
    edit(project / V2022, "### 7.4\n", "### 7.3\n")
    edit(project / GLOSSARY, "  id: clt\n", "  id: clt\n  extra: 1\n")
    (project / "docs/plain.md").write_text("{{ clause('2022', '7.3') }}\n", encoding="utf-8")
    problems = [str(p) for p in check(project)]
    assert any("duplicate clause id 7.3" in p for p in problems)
    assert any(p.startswith(GLOSSARY) and "unknown field 'extra'" in p for p in problems)
    assert any(p.startswith("docs/plain.md:1:") for p in problems)


def test_the_command_line_reports_several_broken_sources_without_a_traceback(project, root):
    (project / "docs/protocol/x.md").mkdir()
    (project / "docs/protocol/2030.md").write_bytes(b"\xff\xfe\x00\x01" * 100)
    edit(project / V2022, 'date: "2022-01-04"', "date: 2022-13-45")
    (project / GLOSSARY).write_text("- term: [\n", encoding="utf-8")
    result = _cli(project, root)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr + result.stdout
    for start in ("docs/protocol/x.md:1:", "docs/protocol/2030.md:1:", f"{V2022}:4:",
                  f"{GLOSSARY}:"):
        assert any(line.startswith(start) for line in result.stderr.splitlines()), result.stderr
