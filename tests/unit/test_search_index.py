"""The search index the build writes (protocol/site/search.py), from the real sources: what a
reader lands on for each kind of result, and the words that widen a query."""
from __future__ import annotations

import json

import pytest

import guides
import training
from protocol.site import search
from protocol.sources.glossary import load_glossary
from protocol.sources.versions import load_corpus
from tests.support.env import ROOT


@pytest.fixture(scope="module")
def docs():
    return search.search_documents(load_corpus(ROOT), load_glossary(ROOT), guides.all_guides(),
                                   training.all_modules())


def _by_url(docs, url):
    found = [d for d in docs if d["url"] == url]
    assert len(found) == 1, url
    return found[0]


def test_a_clause_is_found_at_its_own_anchor_with_its_text(docs):
    doc = _by_url(docs, "protocol/2022/#c7-3")
    assert doc["kind"] == "clause" and doc["title"] == "Clause 7.3 · 2022 version (current)"
    assert "any relevant background papers" in doc["text"]
    assert doc["section"] == "7. Members’ Access to Information and to Council Documents"
    assert doc["lead"].startswith("Members have a statutory right to inspect")
    assert doc["lead"].endswith("Sub-Committee meeting.")  # the first sentence alone


def test_clauses_outrank_pages_that_mention_them_and_superseded_text_ranks_lower(docs):
    old = _by_url(docs, "protocol/2008/#c8")
    assert old["kind"] == "superseded-clause" and "(superseded)" in old["title"]
    boost = search.KIND_BOOST
    assert boost["clause"] > boost["guide"] > boost["training"] > boost["page"]
    assert boost["clause"] > boost["superseded-clause"]
    assert len({d["id"] for d in docs}) == len(docs)


def test_a_guide_is_indexed_by_its_title_and_questions():
    guide = guides.all_guides()[0]
    doc = next(d for d in search.search_documents(load_corpus(ROOT), [], [guide], [])
               if d["kind"] == "guide")
    assert doc["url"] == f"guides/{guide.id}/" and doc["title"] == guide.title
    assert doc["keywords"].split("\n") == [q.text for q in guide.questions]


def test_a_training_scenario_keeps_its_options_apart(docs):
    module = training.all_modules()[0]
    question = module.questions[0]
    doc = _by_url(docs, f"training/{module.id}/#quiz-{module.id}-{question.id}-title")
    assert doc["options"] == [o.label for o in question.options]
    assert question.scenario in doc["text"] and question.ask in doc["text"]
    assert not any(o.label in doc["text"] for o in question.options)


def test_the_council_synonyms_are_in_the_index():
    index = search.search_index([])
    assert "complainant" in index["distinct"]  # not a complaint
    groups = [set(g) for g in index["synonyms"]]
    for words in ({"complaint", "unhappy", "grievance"}, {"leaflet", "campaign"},
                  {"papers", "documents"}, {"journalist", "press"}):
        assert any(words <= g for g in groups), words


def test_an_authored_page_is_split_at_its_sections_without_excluded_parts():
    html = ('<h1 id="about">About</h1><p>Opening words.</p>'
            '<h2 id="privacy">Privacy</h2><p>No cookies &amp; no tracking.</p>'
            '<div data-search-exclude><p>Not this.</p></div><script>var x;</script>'
            '<h2 id="empty">Empty</h2>')
    docs = search.page_sections("about/", "About this site", html)
    assert [(d["url"], d["title"], d["text"]) for d in docs] == [
        ("about/", "About this site", "Opening words."),
        ("about/#privacy", "Privacy · About this site", "No cookies & no tracking."),
    ]


def test_the_index_and_the_search_library_are_written(tmp_path):
    site = tmp_path / "site"
    search.write_search(ROOT, site, search.search_index([{"id": 0, "url": "x/", "title": "X"}]))
    data = json.loads((site / "search" / "index.json").read_text(encoding="utf-8"))
    assert data["docs"][0]["title"] == "X"
    for target in search.VENDOR_FILES.values():
        text = (site / "assets" / "js" / "vendor" / target).read_text(encoding="utf-8")
        assert "export" in text and "sourceMappingURL" not in text


def test_a_missing_search_library_says_how_to_get_it(tmp_path):
    with pytest.raises(FileNotFoundError, match="npm ci"):
        search.write_search(tmp_path, tmp_path / "site", search.search_index([]))
