"""Comparison on the site, without a browser: /compare/ and /compare/draft/ as built, each
clause's history on its version page, and the Python archive the browser runs.
protocol.compare.api (the browser's entry points) run in CPython is in
tests/unit/test_compare_api.py."""
from __future__ import annotations

import json
import re
import zipfile
from html.parser import HTMLParser

from protocol.sources.correspondence import compare_stored


def _read(site_dir, url: str) -> str:
    return (site_dir / url.strip("/") / "index.html").read_text(encoding="utf-8")


class _Elements(HTMLParser):
    """Every element's tag, attributes and text (nested text included), by id."""

    def __init__(self):
        super().__init__()
        self.by_id: dict[str, dict] = {}
        self.all: list[dict] = []
        self._open: list[dict] = []

    def handle_starttag(self, tag, attrs):
        element = {"tag": tag, "attrs": dict(attrs), "text": ""}
        self.all.append(element)
        if "id" in element["attrs"]:
            self.by_id[element["attrs"]["id"]] = element
        if tag not in ("br", "input", "img", "meta", "link", "hr", "wbr", "source"):
            self._open.append(element)

    def handle_endtag(self, tag):
        for k in range(len(self._open) - 1, -1, -1):
            if self._open[k]["tag"] == tag:
                del self._open[k:]
                break

    def handle_data(self, data):
        for element in self._open:
            element["text"] += data


def _parse(html: str) -> _Elements:
    parser = _Elements()
    parser.feed(html)
    return parser


# -- /compare/ --------------------------------------------------------------------------------


def test_compare_page_summary_matches_the_engine(site_dir, root, corpus):
    html = _read(site_dir, "/compare/")
    expected = compare_stored(root, corpus, "2008", "2022").summary()
    row = re.search(r'<tr data-from="2008" data-to="2022">(.*?)</tr>', html).group(1)
    counts = dict(re.findall(r'<td data-count="(\w+)">(\d+)</td>', row))
    for status in ("changed", "corresponds", "added", "removed", "moved", "renumbered", "split",
                   "merged"):
        assert int(counts[status]) == expected.get(status, 0), status
    # Curated pairs whose words differ are counted apart, never as "changed".
    assert counts["changed"] == "0" and counts["corresponds"] == "8"


def test_compare_page_redline_links_and_toggles(site_dir):
    html = _read(site_dir, "/compare/")
    page = _parse(html)
    section = page.by_id["v2008-2022"]
    assert "2008 → 2022" in section["text"]
    assert "<del>" in html and "<ins>" in html
    # The curated pair for support services: "corresponds to", linked to both anchors.
    pair = next(e for e in page.all if e["tag"] == "article"
                and e["attrs"].get("data-from") == "6")
    assert pair["attrs"]["data-to"] == "6.1" and pair["attrs"]["data-source"] == "curated"
    assert "corresponds to" in pair["text"]
    assert 'href="/protocol/2008/#c6"' in html and 'href="/protocol/2022/#c6-1"' in html
    # Each toggle names a side-by-side view that exists and starts hidden.
    toggles = [e for e in page.all if e["tag"] == "button" and "diff-toggle" in
               e["attrs"].get("class", "")]
    assert toggles
    for button in toggles:
        assert button["attrs"]["aria-expanded"] == "false"
        view = page.by_id[button["attrs"]["aria-controls"]]
        assert "hidden" in view["attrs"] and "diff-side" in view["attrs"]["class"]
    # Ids are unique on the page.
    ids = re.findall(r'\sid="([^"]+)"', html)
    assert len(ids) == len(set(ids))
    assert '<script type="module" src="/assets/js/compare.mjs"></script>' in html


def test_compare_page_shows_editorial_notes_beside_their_clauses(site_dir):
    page = _parse(_read(site_dir, "/compare/"))
    for cid, words in (("2.3", "printed as they appear in the source"),
                       ("7.1", '"memberconcerned" is printed as one word')):
        pairs = [e for e in page.all if e["tag"] == "article"
                 and cid in e["attrs"].get("data-to", "").split()]
        assert pairs, cid
        for pair in pairs:
            assert "Editorial note (2022 version" in pair["text"] and words in pair["text"], cid


def test_compare_page_offers_any_two_versions(site_dir, corpus):
    html = _read(site_dir, "/compare/")
    page = _parse(html)
    root = next(e for e in page.all if "data-compare" in e["attrs"])
    assert "data-ready" not in root["attrs"]  # set by the script once Python is live
    for name in ("compare-from", "compare-to"):
        assert page.by_id[name]["tag"] == "select"
    options = re.findall(r'<option value="([^"]+)"', html)
    assert sorted(set(options)) == sorted(v.id for v in corpus)
    data = re.search(r'<script type="application/json" data-compare-curated>(.*?)</script>',
                     html).group(1)
    curated = json.loads(data)
    assert set(curated) == {"2008|2022", "2022|2008"}
    six = next(e for e in curated["2008|2022"] if e["from"] == ["6"])
    assert six["to"] == ["6.1"] and six["rationale"]
    status = next(e for e in page.all if "data-compare-status" in e["attrs"])
    assert "Python is starting" in status["text"]


# -- /compare/draft/ --------------------------------------------------------------------------


def test_draft_page_reads_files_in_the_browser_only(site_dir):
    html = _read(site_dir, "/compare/draft/")
    page = _parse(html)
    form = next(e for e in page.all if "data-draft-form" in e["attrs"])
    assert "action" not in form["attrs"] and "method" not in form["attrs"]
    assert page.by_id["draft-text"]["tag"] == "textarea"
    assert page.by_id["draft-file"]["attrs"]["type"] == "file"
    assert '<label for="draft-text">' in html and '<label for="draft-file">' in html
    root = next(e for e in page.all if "data-compare-draft" in e["attrs"])
    assert root["attrs"]["data-current"] == "2022"
    assert "Python is starting" in next(e for e in page.all
                                        if "data-compare-status" in e["attrs"])["text"]


def test_the_home_page_links_to_compare(site_dir):
    html = (site_dir / "index.html").read_text(encoding="utf-8")
    assert re.search(r'<a href="compare/"[^>]*>Compare versions</a>', html)


# -- history on version pages -----------------------------------------------------------------


def _clause_section(html: str, anchor: str) -> str:
    start = html.index(f'<section class="clause" id="{anchor}"')
    depth, at = 0, start
    for match in re.finditer(r"<(/?)section\b", html[start:]):
        depth += -1 if match.group(1) else 1
        if depth == 0:
            at = start + match.end()
            break
    return html[start:at]


def test_a_clause_shows_its_counterpart_in_the_previous_version(site_dir):
    html = _read(site_dir, "/protocol/2022/")
    clause = _clause_section(html, "c6-1")
    history = re.search(r'<details class="clause-history".*?</details>', clause, re.S).group(0)
    assert "corresponds to 2008 clause 6" in history
    assert 'href="/protocol/2008/#c6"' in history
    assert "<del>" in history and "<ins>" in history
    assert "data-search-exclude" in history
    assert 'href="/compare/#d2008-2022-' in history
    # The history sits outside the clause text.
    text = re.search(r'<div class="clause-text">.*?</div>', clause, re.S).group(0)
    assert "clause-history" not in text
    # A new clause says so; a split names the other part.
    assert "New in the 2022 version" in _clause_section(html, "c7-2")
    assert 'href="/protocol/2022/#c2-2"' in _clause_section(html, "c2-1")


def test_every_counterpart_is_in_a_clauses_history(site_dir):
    # 2008 clause 15 lives on in 1.4 and in the last bullets of 2.3 and 3.4.
    html = _read(site_dir, "/protocol/2008/")
    history = _clause_section(html, "c15")
    assert re.search(r'clause <a href="/protocol/2022/#c1-4">1.4</a> corresponds', history)
    assert re.search(r'clauses <a href="/protocol/2022/#c2-3">2.3</a> \+ '
                     r'<a href="/protocol/2022/#c3-4">3.4</a> corresponds', history)
    later = _read(site_dir, "/protocol/2022/")
    both = _clause_section(later, "c2-3")
    assert "corresponds to 2008 clause 2<" in both and "corresponds to 2008 clause 15<" in both
    # The 2008 introduction is named as such, and links to the page, not to a clause anchor.
    first = _clause_section(later, "c1-1")
    assert "corresponds to the 2008 introduction" in first
    assert "#cpreamble" not in first


def test_a_superseded_clause_points_to_its_successor(site_dir):
    html = _read(site_dir, "/protocol/2008/")
    assert re.search(r'In the 2022 version, clause <a href="/protocol/2022/#c6-1">6.1</a> '
                     "corresponds to this clause", _clause_section(html, "c6"))
    assert "No counterpart in the 2022 version: The 2022 version has no rule on officers " \
           "lobbying" in _clause_section(html, "c5")


# -- the browser's Python ---------------------------------------------------------------------


def test_the_protocol_archive_holds_what_the_draft_needs_and_no_yaml(site_dir):
    with zipfile.ZipFile(site_dir / "assets/python/protocol.zip") as archive:
        names = set(archive.namelist())
    for name in ("protocol/__init__.py", "protocol/compare/draft.py",
                 "protocol/compare/engine.py", "protocol/compare/api.py", "protocol/text/parse.py",
                 "protocol/text/model.py", "protocol/authoring/problems.py",
                 "markdown_it/__init__.py", "markdown_it/main.py", "mdurl/__init__.py",
                 "diff_match_patch/__init__.py", "diff_match_patch/diff_match_patch.py"):
        assert name in names, name
    assert not any(n.startswith(("yaml/", "_yaml")) for n in names)
    assert not any(n.startswith("diff_match_patch/tests/") for n in names)

