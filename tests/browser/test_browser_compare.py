"""Comparison in a real browser: the /compare/ redline and its keyboard-operable side-by-side
toggle, any two versions compared on demand by Python in the browser, and "Check a draft" with a
pasted or opened draft (including one that tries to inject markup).

Pyodide is started once per page: each of the two pages is loaded once for the whole module and
its tests run in order on it.
"""
from __future__ import annotations

import json
import re
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

import guides
from protocol.compare.report import pair_title, summary_phrases
from protocol.sources.correspondence import compare_stored

pytestmark = pytest.mark.browser

READY = 90_000  # ms: Pyodide takes several seconds to start


class Tab:
    """One page kept open for several tests, with every request and console error it saw."""

    def __init__(self, browser, server, url):
        self.context = browser.new_context()
        self.page = self.context.new_page()
        self.server = server
        self.requests: list[tuple[str, str]] = []
        self.errors: list[str] = []
        self.page.on("request", lambda r: self.requests.append((r.method, r.url)))
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.goto(server + url)

    def foreign(self) -> list[str]:
        here = urlsplit(self.server).netloc
        return [u for _, u in self.requests if urlsplit(u).scheme in ("http", "https", "ws", "wss")
                and urlsplit(u).netloc != here]

    def close(self):
        self.context.close()


@pytest.fixture(scope="module")
def compare_tab(browser, server):
    tab = Tab(browser, server, "/compare/")
    yield tab
    assert tab.foreign() == []
    assert tab.errors == []
    tab.close()


@pytest.fixture(scope="module")
def draft_tab(browser, server):
    tab = Tab(browser, server, "/compare/draft/")
    yield tab
    assert tab.foreign() == []
    assert tab.errors == []
    # Nothing was sent anywhere: every request reads one of the site's own files (GET, or the
    # HEAD with which the Python worker checks that Pyodide's files are there), with no body.
    assert {method for method, _ in tab.requests} <= {"GET", "HEAD"}
    assert "GET" in {method for method, _ in tab.requests}
    tab.close()


# -- /compare/ --------------------------------------------------------------------------------


def test_while_python_starts_the_page_says_so(compare_tab):
    page = compare_tab.page
    root = page.locator("[data-compare]")
    status = page.locator("[data-compare-status]")
    if root.get_attribute("data-ready") is None:  # Pyodide takes seconds: normally still starting
        expect(status).to_contain_text("Python is starting")
    expect(root).to_have_attribute("data-ready", "true", timeout=READY)
    expect(status).to_contain_text("Ready")


def test_the_redline_is_readable(compare_tab, root, corpus):
    page = compare_tab.page
    comparison = compare_stored(root, corpus, "2008", "2022")
    expected = comparison.summary()
    row = page.locator('.compare-summary tr[data-from="2008"][data-to="2022"]')
    for status in ("changed", "corresponds", "added", "removed", "moved", "renumbered", "split",
                   "merged"):
        expect(row.locator(f'td[data-count="{status}"]')).to_have_text(
            str(expected.get(status, 0)))
    section = page.locator("#v2008-2022")
    expect(section.locator(".diff-summary li")).to_have_text(summary_phrases(comparison))
    pair = section.locator('article.diff-pair[data-from="6"]')
    expect(pair.locator(".diff-heading")).to_have_text("6 corresponds to 6.1")
    # A moved clause says where it came from and went.
    moved = section.locator('article.diff-pair[data-from="13"]')
    expect(moved.locator(".diff-heading")).to_have_text(
        "13 corresponds to 3.3, moved from 13 to 3.3 (section 3)")
    expect(moved).to_be_visible()
    expect(pair.locator(".diff-rationale")).to_contain_text("Curated correspondence:")
    # Insertions and deletions are marked up, and shown by more than colour.
    deleted = pair.locator(".diff-inline del").first
    inserted = pair.locator(".diff-inline ins").first
    expect(deleted).to_be_visible()
    expect(inserted).to_be_visible()
    assert "line-through" in deleted.evaluate("e => getComputedStyle(e).textDecorationLine")
    assert "underline" in inserted.evaluate("e => getComputedStyle(e).textDecorationLine")
    # Clause numbers link to the clause in its version.
    expect(pair.locator('.diff-heading a[href="/protocol/2008/#c6"]')).to_have_text("6")
    expect(pair.locator('.diff-heading a[href="/protocol/2022/#c6-1"]')).to_have_text("6.1")


def test_side_by_side_toggles_from_the_keyboard(compare_tab):
    page = compare_tab.page
    pair = page.locator('#v2008-2022 article.diff-pair[data-from="6"]')
    button = pair.locator("button.diff-toggle")
    view = page.locator(f'#{button.get_attribute("aria-controls")}')
    expect(button).to_have_attribute("aria-expanded", "false")
    expect(view).to_be_hidden()
    # Tab from the last link before it (the clause number in the heading) reaches the button.
    pair.locator('.diff-heading a[href="/protocol/2022/#c6-1"]').focus()
    page.keyboard.press("Tab")
    expect(button).to_be_focused()
    page.keyboard.press("Enter")
    expect(button).to_have_attribute("aria-expanded", "true")
    expect(view).to_be_visible()
    expect(view.locator("th.diff-old")).to_have_text("Old (2008)")
    expect(view.locator("th.diff-new")).to_have_text("New (2022)")
    expect(view.locator(".diff-old del").first).to_be_visible()
    expect(view.locator(".diff-new ins").first).to_be_visible()
    assert view.locator(".diff-old ins").count() == 0 and view.locator(".diff-new del").count() == 0
    # Side by side: the two texts sit next to each other on a wide screen.
    old_box = view.locator("td.diff-old").bounding_box()
    new_box = view.locator("td.diff-new").bounding_box()
    assert new_box["x"] > old_box["x"] + old_box["width"] - 1
    page.keyboard.press("Space")
    expect(button).to_have_attribute("aria-expanded", "false")
    expect(view).to_be_hidden()
    expect(button).to_be_focused()


def test_any_two_versions_on_demand_2022_to_2008(compare_tab, root, corpus):
    page = compare_tab.page
    expect(page.locator("[data-compare]")).to_have_attribute("data-ready", "true", timeout=READY)
    page.select_option("#compare-from", "2022")
    page.select_option("#compare-to", "2008")
    page.locator("form[data-compare-form] button[type=submit]").click()
    result = page.locator("[data-compare-result]")
    expected = compare_stored(root, corpus, "2022", "2008")
    expect(result.locator(".diff-summary li")).to_have_text(summary_phrases(expected),
                                                            timeout=30_000)
    expect(result.locator("h3").first).to_be_focused()
    # Curated pairs read backwards: 2.1 + 2.2 merged into 2008 clause 1.
    merged = result.locator('article.diff-pair[data-to="1"]')
    expect(merged).to_have_attribute("data-status", "merged")
    expect(merged).to_have_attribute("data-source", "curated")
    expected_pair = next(p for p in expected.pairs if p.to_ids == ("1",))
    expect(merged.locator(".diff-heading")).to_have_text(pair_title(expected_pair))
    # Headings are compared too (2008 has none): each 2022 heading is removed.
    expect(result.locator('article.diff-pair[data-kind="heading"][data-status="removed"]')
           ).to_have_count(12)
    expect(result.locator("article.diff-pair")).to_have_count(len(expected.pairs))
    # Its side-by-side toggles work too.
    button = result.locator("button.diff-toggle").first
    button.focus()
    page.keyboard.press("Enter")
    expect(page.locator(f'#{button.get_attribute("aria-controls")}')).to_be_visible()


def test_a_version_against_itself_collapses_unchanged_clauses(compare_tab):
    page = compare_tab.page
    page.select_option("#compare-from", "2022")
    page.select_option("#compare-to", "2022")
    page.locator("form[data-compare-form] button[type=submit]").click()
    result = page.locator("[data-compare-result]")
    expect(result.locator(".diff-summary li")).to_have_text(["57 unchanged", "0 moved"],
                                                            timeout=30_000)
    collapsed = result.locator("details.diff-unchanged")
    expect(collapsed).to_have_count(1)
    expect(collapsed.locator("summary")).to_have_text("69 unchanged items (heading 1 to 12.3)")
    expect(collapsed.locator("article.diff-pair").first).to_be_hidden()
    collapsed.locator("summary").click()
    expect(collapsed.locator("article.diff-pair").first).to_be_visible()


# -- /compare/draft/ --------------------------------------------------------------------------


def _draft_2022(root, old: str, new: str) -> str:
    text = (root / "docs/protocol/2022.md").read_text(encoding="utf-8")
    assert text.count(old) == 1
    return text.replace(old, new)


def _plain_2022(corpus, old: str = "", new: str = "") -> str:
    """The 2022 version as numbered plain text, as a council document would give it."""
    version = corpus.get("2022")
    lines = []
    for section in version.sections:
        lines.append(f"{section.number}. {section.title}")
        lines += [f"{c.id} {c.text}" for c in version.clauses if c.section == section.number]
    text = "\n\n".join(lines)
    if old:
        assert text.count(old) == 1
        text = text.replace(old, new)
    return text


def _citing(version: str, clause: str) -> list[tuple[str, str]]:
    return sorted((g.id, o.id) for g in guides.all_guides() for o in g.outcomes
                  if (version, clause) in o.cites)


def _submit(page, text: str):
    page.locator("#draft-text").fill(text)
    page.locator("form[data-draft-form] button[type=submit]").click()


def test_check_a_draft_shows_the_changes_and_the_guides(draft_tab, root):
    page = draft_tab.page
    root_el = page.locator("[data-compare-draft]")
    status = page.locator("[data-compare-status]")
    if root_el.get_attribute("data-ready") is None:
        expect(status).to_contain_text("Python is starting")
    # Pasted before Python is ready: the comparison appears once it is.
    _submit(page, _draft_2022(root, "Members have a statutory right",
                              "Members have a legal right"))
    expect(root_el).to_have_attribute("data-ready", "true", timeout=READY)
    result = page.locator("[data-draft-result]")
    pair = result.locator('article.diff-pair[data-from="7.3"]')
    expect(pair).to_have_attribute("data-status", "changed", timeout=30_000)
    expect(pair.locator(".diff-inline del")).to_have_text(["statutory"])
    expect(pair.locator(".diff-inline ins")).to_have_text(["legal"])
    expect(result.locator(".diff-summary li")).to_have_text(["56 unchanged", "1 changed",
                                                             "0 moved", "1 substantive change"])
    expect(result.locator('article.diff-pair[data-status="changed"]')).to_have_count(1)
    expect(pair.locator('.diff-heading a[href="/protocol/2022/#c7-3"]')).to_have_text("7.3")
    # The guide outcomes that cite 7.3, each linked to its guide.
    expected = _citing("2022", "7.3")
    items = result.locator(".draft-outcomes li[data-outcome]")
    expect(items).to_have_count(len(expected))
    got = sorted((items.nth(k).get_attribute("data-guide"), items.nth(k).get_attribute(
        "data-outcome")) for k in range(items.count()))
    assert got == expected
    guide_id, outcome_id = expected[0]
    item = result.locator(f'.draft-outcomes li[data-guide="{guide_id}"][data-outcome="{outcome_id}"]')
    expect(item.locator(f'a[href="/guides/{guide_id}/"]')).to_have_text(guides.get(guide_id).title)
    expect(item).to_contain_text(guides.get(guide_id).outcome(outcome_id).title)
    expect(result.locator("h2").first).to_be_focused()
    expect(status).to_contain_text("Compared your draft")


def test_check_a_draft_in_plain_numbered_text(draft_tab, corpus):
    page = draft_tab.page
    _submit(page, _plain_2022(corpus, "political neutrality", "strict political neutrality"))
    result = page.locator("[data-draft-result]")
    pair = result.locator('article.diff-pair[data-status="changed"]')
    expect(pair).to_have_count(1, timeout=30_000)
    expect(pair).to_have_attribute("data-from", "3.3")
    expect(pair.locator(".diff-inline ins")).to_have_text(["strict"])
    expect(result).to_contain_text("numbered text")
    expected = _citing("2022", "3.3")
    expect(result.locator(".draft-outcomes li[data-outcome]")).to_have_count(len(expected))


def test_a_draft_cannot_inject_markup(draft_tab, corpus):
    page = draft_tab.page
    page.evaluate("window.__xss = 0")
    payload = ('<script>window.__xss = 1</script> <img src=x onerror="window.__xss = 2"> '
               '<a href="javascript:window.__xss=3">link</a>')
    _submit(page, _plain_2022(corpus, "Members have a statutory right",
                              f"Members have {payload} a statutory right"))
    result = page.locator("[data-draft-result]")
    pair = result.locator('article.diff-pair[data-from="7.3"]')
    expect(pair).to_have_attribute("data-status", "changed", timeout=30_000)
    # The payload is shown as the words it is, inside an insertion, and nothing ran.
    expect(pair.locator(".diff-inline ins")).to_contain_text("<script>window.__xss = 1</script>")
    expect(pair.locator(".diff-inline ins")).to_contain_text('<img src=x onerror="window.__xss = 2">')
    assert result.locator("script, img, a[href^='javascript']").count() == 0
    assert page.evaluate("window.__xss") == 0
    # The error path shows the parser's messages as text too.
    _submit(page, '## 1. Intro\n\n### 1.1\n\nText <img src=x onerror="window.__xss = 4">\n')
    errors = page.locator("[data-draft-errors]")
    expect(errors).to_be_visible(timeout=30_000)
    expect(errors).to_contain_text("draft:5: inline markup (html_inline) is not allowed")
    expect(errors).to_be_focused()
    assert errors.locator("img").count() == 0
    assert page.evaluate("window.__xss") == 0
    # Still nothing ran once a later draft has gone to Python and its result is shown: an image
    # made from either payload would have failed to load, and run its handler, by then.
    _submit(page, _plain_2022(corpus, "political neutrality", "strict political neutrality"))
    expect(result.locator('article.diff-pair[data-status="changed"]')).to_have_attribute(
        "data-from", "3.3", timeout=30_000)
    assert page.evaluate("window.__xss") == 0


def test_open_a_draft_from_a_file(draft_tab, root, tmp_path):
    page = draft_tab.page
    draft = tmp_path / "revised-2022.md"
    draft.write_text(_draft_2022(root, "CLT memberconcerned.", "CLT member concerned."), encoding="utf-8")
    page.locator("#draft-file").set_input_files(str(draft))
    result = page.locator("[data-draft-result]")
    pair = result.locator('article.diff-pair[data-status="changed"]')
    expect(pair).to_have_count(1, timeout=30_000)
    expect(pair).to_have_attribute("data-from", "7.1")
    expect(pair.locator(".diff-inline del")).to_have_text(["memberconcerned"])
    expect(pair.locator(".diff-inline ins")).to_have_text(["member concerned"])
    assert "member concerned" in page.locator("#draft-text").input_value()


def _section_7(corpus) -> str:
    version = corpus.get("2022")
    section = next(s for s in version.sections if s.number == "7")
    lines = [f"{section.number}. {section.title}"]
    lines += [f"{c.id} {c.text}" for c in version.clauses if c.section == "7"]
    return "\n\n".join(lines)


def test_a_one_section_draft_can_be_compared_on_its_own(draft_tab, corpus):
    page = draft_tab.page
    _submit(page, _section_7(corpus))
    result = page.locator("[data-draft-result]")
    offer = result.locator(".draft-left-out")
    expect(offer).to_contain_text("Sections 1-6 and 8-12 are not in your draft", timeout=30_000)
    expect(result.locator('article.diff-pair[data-kind="clause"][data-status="removed"]')
           ).to_have_count(46)
    offer.locator("button").click()
    expect(page.locator("#draft-partial")).to_be_checked()
    expect(result.locator(".diff-partial")).to_have_text(
        "Sections 1-6 and 8-12 are not in the draft and were not compared.", timeout=30_000)
    expect(result.locator(".diff-summary li")).to_have_text(["11 unchanged", "0 moved"])
    expect(result.locator('article.diff-pair[data-status="removed"]')).to_have_count(0)
    expect(result.locator(".draft-outcomes")).to_contain_text(
        "No decision guide cites a clause this draft changes.")
    page.locator("#draft-partial").uncheck()


def test_a_number_typed_twice_is_shown_beside_the_text(draft_tab):
    page = draft_tab.page
    _submit(page, "7. Access\n\n  5. Five.\n\n  6. Six.\n\n  6. Six again.\n")
    errors = page.locator("[data-draft-errors]")
    expect(errors).to_contain_text(
        "draft:7: number 6. is typed twice (first at line 5); number each clause once",
        timeout=30_000)
    textarea = page.locator("#draft-text")
    expect(textarea).to_have_attribute("aria-invalid", "true")
    assert "draft-errors" in textarea.get_attribute("aria-describedby").split()
    # Beside the text: right below the box, aligned with it.
    box, under = textarea.bounding_box(), errors.bounding_box()
    assert 0 <= under["y"] - (box["y"] + box["height"]) < 40
    assert abs(under["x"] - box["x"]) < 2
    # A draft that reads clears the error and its description.
    _submit(page, "7.1 One.\n")
    expect(page.locator("[data-draft-result] .diff-summary")).to_be_visible(timeout=30_000)
    expect(errors).to_be_hidden()
    expect(textarea).not_to_have_attribute("aria-invalid", "true")


def test_text_copied_from_the_version_page_compares_as_unchanged(draft_tab):
    page = draft_tab.page
    source = draft_tab.context.new_page()
    source.goto(draft_tab.server + "/protocol/2022/")
    copied = source.evaluate("""() => {
        const range = document.createRange();
        range.selectNodeContents(document.querySelector("article"));
        const selection = getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
        return selection.toString(); }""")
    source.close()
    assert "•" not in copied  # the page's bullets are list markers, not copied
    _submit(page, copied)
    result = page.locator("[data-draft-result]")
    expect(result.locator(".diff-summary li")).to_have_text(["57 unchanged", "0 moved"],
                                                            timeout=30_000)


def test_an_empty_draft_is_an_error_summary(draft_tab):
    page = draft_tab.page
    _submit(page, "   ")
    errors = page.locator("[data-draft-errors]")
    expect(errors).to_be_visible()
    expect(errors).to_contain_text("Paste the text of a draft")
    expect(errors).to_be_focused()


def test_the_draft_results_pass_axe(draft_tab, corpus):
    from tests.support.axe import axe_violations

    page = draft_tab.page
    _submit(page, _plain_2022(corpus, "political neutrality", "strict political neutrality"))
    expect(page.locator('[data-draft-result] article.diff-pair[data-status="changed"]')
           ).to_have_count(1, timeout=30_000)
    page.locator("[data-draft-result] button.diff-toggle").first.click()
    assert axe_violations(page) == []


def test_the_compare_results_pass_axe(compare_tab):
    from tests.support.axe import axe_violations

    page = compare_tab.page
    page.locator("#v2008-2022 button.diff-toggle").first.click()
    assert axe_violations(page) == []
