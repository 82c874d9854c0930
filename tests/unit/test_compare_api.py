"""Comparison without the site: protocol.compare.api (the browser's entry points) run here in
CPython, the comparisons the build makes, and drafts read as Markdown or plain numbered text.
What the build writes for comparison is in tests/build/test_compare_site.py."""
from __future__ import annotations

import json
import re

import pytest

import guides
from protocol.compare import compare
from protocol.sources.versions import load_corpus
from protocol.sources.correspondence import compare_stored, consecutive_comparisons
from protocol.compare.api import compare_draft_json, compare_versions_json
from protocol.compare.draft import read_draft, read_plain
from protocol.site.compare import outcomes_json
from protocol.site.opendata import protocol_json
from protocol.authoring import ProblemsError
from tests.support.seedtext import SEED_FILES


# -- what the build compares ------------------------------------------------------------------


def test_the_build_compares_each_version_with_the_one_before_only(root, corpus):
    comparisons = consecutive_comparisons(root, corpus)
    versions = [v.id for v in corpus]
    assert [(c.from_id, c.to_id) for c in comparisons] == list(zip(versions, versions[1:]))


# -- the browser's Python, run in CPython -----------------------------------------------------


def test_the_draft_path_never_imports_yaml(root):
    import subprocess
    import sys

    # load_corpus needs YAML: build the payload here, then run the draft path with YAML blocked.
    corpus = load_corpus(root)
    current = protocol_json(corpus)["versions"][-1]
    payload = json.dumps({"draft": "7.3 Members have a legal right.", "current": current})
    result = subprocess.run([sys.executable, "-c",
                             "import sys, json; sys.modules['yaml'] = None\n"
                             "from protocol.compare.api import compare_draft_json\n"
                             "print(json.loads(compare_draft_json(sys.stdin.read()))['ok'])"],
                            input=payload, capture_output=True, text=True, cwd=root)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "True"


def _current_payload(corpus) -> dict:
    data = protocol_json(corpus)
    return next(v for v in data["versions"] if v["current"])


def _draft_2022(root, old: str, new: str) -> str:
    text = (root / "docs/protocol/2022.md").read_text(encoding="utf-8")
    assert text.count(old) == 1
    return text.replace(old, new)


def test_compare_draft_json_one_word_of_7_3(root, corpus):
    draft = _draft_2022(root, "Members have a statutory right", "Members have a legal right")
    result = json.loads(compare_draft_json(json.dumps(
        {"draft": draft, "name": "2022.md", "current": _current_payload(corpus),
         "outcomes": outcomes_json(guides.all_guides())})))
    assert result["ok"] is True
    assert result["draft"] == {"id": "2022", "format": "markdown", "clauses": 57}
    assert result["changed"] == ["7.3"]
    assert result["comparison"]["summary"] == {"unchanged": 56, "changed": 1, "moved": 0,
                                               "renumbered": 0, "substantive": 1}
    assert "<del>statutory</del> <ins>legal</ins>" in result["html"]
    expected = sorted((g.id, o.id) for g in guides.all_guides() for o in g.outcomes
                      if ("2022", "7.3") in o.cites)
    assert expected
    assert sorted((o["guide"], o["outcome"]) for o in result["outcomes"]) == expected
    assert all(o["clauses"] == ["7.3"] and o["url"].startswith("/guides/")
               for o in result["outcomes"])


def test_compare_draft_json_escapes_everything_from_the_draft(corpus):
    payload = ('7.3 <script>alert(1)</script> Members have <img src=x onerror="alert(2)"> '
               "a right & more")
    result = json.loads(compare_draft_json(json.dumps(
        {"draft": payload, "current": _current_payload(corpus)})))
    assert result["ok"]
    html = result["html"]
    assert "<script" not in html and "<img" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=&quot;alert(2)&quot;&gt;" in html
    assert "&amp; more" in html


def test_compare_draft_json_reports_problems_as_text(corpus):
    result = json.loads(compare_draft_json(json.dumps(
        {"draft": "## 1. Intro\n\n### 1.1\n\nSome <b>bold</b> text.\n", "name": "d.md",
         "current": _current_payload(corpus)})))
    assert result["ok"] is False
    assert result["errors"] == ["d.md:5: inline markup (html_inline) is not allowed in protocol "
                                "text"] * 2
    nothing = json.loads(compare_draft_json(json.dumps(
        {"draft": "no numbers here", "current": _current_payload(corpus)})))
    assert nothing["ok"] is False and "no numbered clauses" in nothing["errors"][0]
    broken = json.loads(compare_draft_json("not json"))
    assert broken["ok"] is False


def test_compare_versions_json_matches_the_build(root, corpus):
    data = protocol_json(corpus)["versions"]
    old, new = (next(v for v in data if v["id"] == i) for i in ("2022", "2008"))
    from protocol.sources.correspondence import load_correspondences

    curated = [{k: e[k] for k in ("from", "to", "rationale")}
               for e in load_correspondences(root, corpus, "2022", "2008")]
    result = json.loads(compare_versions_json(json.dumps(
        {"from": old, "to": new, "curated": curated, "heading_level": 4})))
    assert result["ok"]
    assert result["comparison"] == compare_stored(root, corpus, "2022", "2008").to_json() | {
        "pairs": result["comparison"]["pairs"]}
    assert result["comparison"]["summary"] == compare_stored(root, corpus, "2022",
                                                             "2008").summary()
    assert "<h4 class=\"diff-heading\">" in result["html"]
    assert 'href="/protocol/2008/#c6"' in result["html"]


# -- editorial notes beside their clauses (issue 14) ------------------------------------------

NOTE_2_3 = "The fourth and fifth bullets are printed as they appear in the source"
NOTE_7_1 = "&quot;memberconcerned&quot; is printed as one word in the source"


def _pairs_to(html: str, clause_id: str) -> list[str]:
    """Every ``<article>`` of the redline whose data-to names ``clause_id``."""
    found = [m.group(0) for m in re.finditer(r'<article class="diff-pair"[^>]*>.*?</article>',
                                             html, re.S)
             if clause_id in re.search(r'data-to="([^"]*)"', m.group(0)).group(1).split()]
    assert found, clause_id
    return found


def _assert_2022_notes(html: str) -> None:
    for cid, note in (("2.3", NOTE_2_3), ("7.1", NOTE_7_1)):
        for article in _pairs_to(html, cid):
            aside = re.search(r'<aside class="editorial-note diff-note"[^>]*aria-label='
                              rf'"Editorial note on clause {re.escape(cid)}, 2022 version">'
                              r"<p><strong>Editorial note \(2022 version(, clause [\d.]+)?\):"
                              r"</strong> (.*?)</p></aside>", article)
            assert aside, (cid, article[-600:])
            assert aside.group(2).startswith(note)


def test_the_2008_to_2022_redline_on_compare_shows_the_2022_notes(root, corpus):
    from protocol.site.compare import compare_page

    page = str(compare_page(corpus, consecutive_comparisons(root, corpus), root))
    section = page[page.index('id="v2008-2022"'):]
    _assert_2022_notes(section)
    # The notes are text, never markup: the quotation marks in the 7.1 note are escaped.
    assert '"memberconcerned"' not in section


def test_compare_versions_json_shows_the_notes_the_payload_carries(root, corpus):
    from protocol.sources.correspondence import load_correspondences

    data = protocol_json(corpus)["versions"]
    old, new = (next(v for v in data if v["id"] == i) for i in ("2008", "2022"))
    assert next(c for c in new["clauses"] if c["id"] == "7.1")["notes"]
    curated = [{k: e[k] for k in ("from", "to", "rationale")}
               for e in load_correspondences(root, corpus, "2008", "2022")]
    result = json.loads(compare_versions_json(json.dumps(
        {"from": old, "to": new, "curated": curated})))
    assert result["ok"]
    _assert_2022_notes(result["html"])
    # A payload without notes shows none.
    bare = [{**v, "clauses": [{k: c[k] for k in ("id", "section", "text")}
                              for c in v["clauses"]]} for v in (old, new)]
    result = json.loads(compare_versions_json(json.dumps(
        {"from": bare[0], "to": bare[1], "curated": curated})))
    assert result["ok"] and "editorial-note" not in result["html"]


def test_compare_draft_json_shows_the_current_versions_notes(root, corpus):
    draft = _draft_2022(root, "relations with one another.", "relations with each other.")
    result = json.loads(compare_draft_json(json.dumps(
        {"draft": draft, "current": _current_payload(corpus)})))
    assert result["ok"]
    html = result["html"]
    for cid, note in (("2.3", NOTE_2_3), ("7.1", NOTE_7_1)):
        article = next(a for a in re.findall(r'<article class="diff-pair"[^>]*>.*?</article>',
                                             html, re.S)
                       if re.search(rf'data-from="{re.escape(cid)}"', a))
        assert ("<strong>Editorial note (2022 version):</strong> " + note) in article


# -- reading drafts ---------------------------------------------------------------------------


@pytest.mark.parametrize("version_id", ["2008", "2022"])
def test_the_seed_texts_read_as_plain_text_are_the_stored_versions(seeds, corpus, version_id):
    text = seeds.path(version_id).read_text(encoding="utf-8")
    draft = read_draft(text, SEED_FILES[version_id])
    assert draft.format == "plain"
    stored = corpus.get(version_id).clauses
    assert [(c.id, c.section) for c in draft.clauses] == [(c.id, c.section) for c in stored]
    assert compare(stored, draft.clauses).summary() == {"unchanged": len(stored), "moved": 0,
                                                          "renumbered": 0}


def test_plain_text_numbered_in_full(corpus):
    version = corpus.get("2022")
    lines = []
    for section in version.sections:
        lines.append(f"{section.number}. {section.title}")
        lines += [f"{c.id} {c.text}" for c in version.clauses if c.section == section.number]
    clauses = read_plain("\n\n".join(lines))
    assert [(c.id, c.section) for c in clauses] == [(c.id, c.section) for c in version.clauses]
    assert compare(version.clauses, clauses).summary() == {"unchanged": 57, "moved": 0,
                                                          "renumbered": 0}


def test_plain_text_wrapped_lines_and_paragraphs():
    clauses = read_plain("Title\n\n1.  First clause wraps\nonto a second line.\n\n"
                         "2.  Second clause, 1972 (as amended)\n1972 is not a number here.\n"
                         "    A new paragraph.\n    • a bullet\n    • another\n")
    assert [c.id for c in clauses] == ["1", "2"]
    assert clauses[0].text == "First clause wraps onto a second line."
    assert clauses[1].text == ("Second clause, 1972 (as amended) 1972 is not a number here.\n\n"
                               "A new paragraph.\n\n• a bullet\n• another")


def test_plain_text_problems_have_lines():
    with pytest.raises(ProblemsError) as exc:
        read_plain("7.3 One.\n7.3 Two.\n", "d.txt")
    assert str(exc.value.problems[0]) == "d.txt:2: clause 7.3 is numbered twice (first at line 1)"
