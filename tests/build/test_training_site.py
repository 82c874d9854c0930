"""What the build makes of the training modules: a page per module with every scenario, its
feedback and its clauses (from the corpus, word for word); the grading table the browser uses
until Python is ready; the index, record and facilitator pages; the archive Pyodide loads."""
from __future__ import annotations

import json
import re
import subprocess
import sys
import zipfile
from html import unescape

from markupsafe import escape  # the templates escape as markupsafe does

import pytest

import training
from protocol import load_corpus
from protocol.text.model import anchor_for
from protocol.site.training import module_url
from training.engine import grading_table, pass_score

MODULES = training.all_modules()


def _page(site_dir, url: str) -> str:
    return (site_dir / url.strip("/") / "index.html").read_text(encoding="utf-8")


def _quiz_data(html: str) -> dict:
    match = re.search(r'<script type="application/json" data-quiz-data>(.*?)</script>', html, re.S)
    return json.loads(match.group(1).replace("<\\/", "</"))


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.id)
def test_each_module_page_has_its_quiz_scenarios_feedback_and_clauses(site_dir, root, module):
    html = _page(site_dir, module_url(module))
    corpus = load_corpus(root)
    assert f'data-quiz="{module.id}"' in html
    assert html.count("data-question=") == len(module.questions)
    assert html.count("<summary class=\"guide-nojs-only\">Show the answer</summary>") == \
        len(module.questions)
    assert html.count("data-feedback") == len(module.questions)
    text = unescape(re.sub(r"<[^>]+>", " ", html))
    text = re.sub(r"\s+", " ", text)
    for question in module.questions:
        assert f'data-question="{question.id}"' in html
        assert escape(question.scenario) in html and escape(question.explanation) in html
        for option in question.options:
            assert escape(option.label) in html
            if option.feedback:
                assert f'data-option-feedback="{option.id}"' in html
        for version, clause in question.cites:
            # a link to the clause, and the clause quoted word for word from the corpus
            assert f'href="/protocol/{version}/#{anchor_for(clause)}"' in html
            words = re.sub(r"\s+", " ", corpus.clause(version, clause).text.replace("• ", ""))
            for sentence in words.split("\n\n"):
                assert sentence.strip()[:80] in text
    assert "Read these clauses in full" in html


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.id)
def test_the_grading_table_in_the_page_is_the_engine_s(site_dir, module):
    data = _quiz_data(_page(site_dir, module_url(module)))
    table = grading_table(module)
    assert data["module"] == module.id and data["pass_mark"] == module.pass_mark
    assert [q["id"] for q in data["questions"]] == [q.id for q in module.questions]
    for entry, question in zip(data["questions"], module.questions):
        assert entry["kind"] == question.kind
        assert entry["correct"] == table[question.id]
        assert entry["shown"] == [o.id for o in question.options]
    assert data["protocol"]["id"] == "2022"
    # Every module's pass mark and size, to check saved progress of any module against.
    assert data["modules"] == [{"id": m.id, "total": len(m.questions), "pass_mark": m.pass_mark}
                               for m in MODULES]


def test_the_index_lists_every_module_in_order_with_the_progress_panel(site_dir):
    html = _page(site_dir, "/training/")
    positions = [html.index(f'href="{module_url(m)}"') for m in MODULES]
    assert positions == sorted(positions)
    assert "data-training-progress" in html and "Export my progress" in html
    assert 'src="/assets/js/progress.mjs"' in html
    assert 'href="record/"' in html
    for m in MODULES:  # the pass mark as a score too: "pass mark 80% (5 of 6 right)"
        total = len(m.questions)
        assert (f"{total} scenarios; pass mark {m.pass_mark}% "
                f"({pass_score(total, m.pass_mark)} of {total} right).") in html


def _text(html: str) -> str:
    return re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", html)))


def test_the_facilitator_s_version_is_linked_from_the_training_page_not_the_menu(site_dir):
    """It shows every answer: a councillor doing the training should not meet it in the menu."""
    index = _page(site_dir, "/training/")
    section = index[index.index('id="training-facilitators-title"'):]
    section = section[:section.index("</section>")]
    assert "For facilitators</h2>" in section
    assert '<a href="/training/facilitator/">facilitator’s version</a>' in section
    assert "It shows every answer" in _text(section)
    nav_links = re.compile(r'<a href="([^"]*)"[^>]*class="md-nav__link')
    for url in ("/", "/training/", "/training/roles/", "/training/record/",
                "/training/facilitator/"):
        assert not [h for h in nav_links.findall(_page(site_dir, url)) if "facilitator/" in h], url
    # Its address still works.
    assert re.search(r"<h1[^>]*>Facilitator's version\s*</h1>",
                     _page(site_dir, "/training/facilitator/"))


def test_the_training_page_s_contents_list_every_section(site_dir):
    html = _page(site_dir, "/training/")
    toc = html[html.index('data-md-component="toc"'):]
    toc = toc[:toc.index("</nav>")]
    assert re.findall(r'href="#([^"]+)"', toc) == [
        "modules", "training-progress-title", "training-facilitators-title"]
    assert [_text(t).strip() for t in re.findall(r'<span class="md-ellipsis">(.*?)</span>', toc, re.S)
            ] == ["Modules", "Your progress", "For facilitators"]
    for anchor in ("modules", "training-progress-title", "training-facilitators-title"):
        assert f'id="{anchor}"' in html


def test_the_record_page_is_filled_in_by_the_browser(site_dir):
    html = _page(site_dir, "/training/record/")
    assert "data-training-record" in html and "data-record-name-input" in html
    assert "2022 version (version 3, last updated 4 January 2022)" in html


def test_the_facilitator_page_has_every_scenario_with_its_answers(site_dir):
    html = _page(site_dir, "/training/facilitator/")
    for m in MODULES:
        total = len(m.questions)
        assert (f"{total} scenarios; pass mark {m.pass_mark}% "
                f"({pass_score(total, m.pass_mark)} of {total} right).") in html
    assert html.count('class="facilitator-question"') == sum(len(m.questions) for m in MODULES)
    for module in MODULES:
        assert f'id="facilitator-{module.id}"' in html
        for question in module.questions:
            assert escape(question.scenario) in html
            if question.kind == "order":
                right = "".join(f"<li>{escape(question.option(i).label)}</li>"
                                for i in question.order)
                assert f'<ol class="facilitator-right">{right}</ol>' in html
            for option in question.options:
                if option.correct:
                    assert (f'facilitator-option--right"><strong>{escape(option.label)}'
                            "</strong>") in html
            for version, clause in question.cites:
                assert f'href="/protocol/{version}/#{anchor_for(clause)}"' in html


def test_module_pages_are_in_the_navigation(site_dir):
    html = _page(site_dir, "/training/")
    for module in MODULES:
        assert f'href="../{module.id}/"' in html or f'href="{module_url(module)}"' in html


def test_the_shipped_archives_grade_in_a_fresh_interpreter(site_dir):
    """The zips Pyodide unpacks hold the training package and what it imports, and grade alone."""
    python = site_dir / "assets" / "python"
    names = zipfile.ZipFile(python / "training.zip").namelist()
    assert "training/engine.py" in names and "training/api.py" in names
    code = ("import sys; sys.path[:0] = sys.argv[1:]; import training.api as a; "
            "print(a.grade_json('{\"module\": \"roles\", \"question\": \"bin-route\", "
            "\"answer\": \"pass-on\"}'))")
    result = subprocess.run([sys.executable, "-I", "-c", code, str(python / "training.zip"),
                             str(python / "guides.zip")], capture_output=True, text=True,
                            cwd=site_dir)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["correct"] is True
