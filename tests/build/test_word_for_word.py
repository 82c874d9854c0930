"""Every clause of both seed texts appears word for word: in the built page inside the element
that carries its anchor, and in protocol.json (in the model:
tests/unit/test_word_for_word_model.py)."""
from __future__ import annotations

import json
from html.parser import HTMLParser

import pytest

from tests.support.seedtext import norm

VERSIONS = ["2008", "2022"]


class _ClauseTexts(HTMLParser):
    """Collect the text of each `.clause-text` inside each element with a clause anchor id."""

    def __init__(self):
        super().__init__()
        self.stack: list[tuple[str, str | None, bool]] = []  # (tag, anchor id, is clause text)
        self.texts: dict[str, list[str]] = {}
        self.owner: dict[str, str] = {}

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        anchor = attrs.get("id") if "clause" in (attrs.get("class") or "").split() else None
        is_text = "clause-text" in (attrs.get("class") or "").split()
        if tag not in ("br", "img", "input", "meta", "link", "hr"):
            self.stack.append((tag, anchor, is_text))
        if tag in ("p", "li"):  # a block boundary separates words, as on screen
            self.handle_data(" ")

    def handle_endtag(self, tag):
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data):
        if not any(is_text for _, _, is_text in self.stack):
            return
        anchors = [a for _, a, _ in self.stack if a]
        for anchor in anchors[-1:]:  # the innermost clause owns its own text
            self.texts.setdefault(anchor, []).append(data)


def _anchor(clause_id: str) -> str:
    return "c" + clause_id.replace(".", "-")


@pytest.mark.parametrize("version", VERSIONS)
def test_built_page_has_each_clause_inside_its_anchor(seeds, site_dir, version):
    parser = _ClauseTexts()
    parser.feed((site_dir / "protocol" / version / "index.html").read_text(encoding="utf-8"))
    seed = seeds.seed_clauses(version)
    assert set(parser.texts) == {_anchor(c) for c in seed}
    for clause_id, text in seed.items():
        assert norm("".join(parser.texts[_anchor(clause_id)])) == text, clause_id


def test_furniture_of_the_web_page_is_left_out(site_dir):
    html = (site_dir / "protocol" / "2022" / "index.html").read_text(encoding="utf-8")
    for furniture in ("Skip to content</", "Website feedback", "Was this page useful", "Back to top<"):
        assert furniture not in html


@pytest.mark.parametrize("version", VERSIONS)
def test_open_data_has_every_clause_word_for_word(seeds, site_dir, version):
    data = json.loads((site_dir / "api" / "protocol.json").read_text(encoding="utf-8"))
    entry = next(v for v in data["versions"] if v["id"] == version)
    seed = seeds.seed_clauses(version)
    assert [c["id"] for c in entry["clauses"]] == list(seed)
    for clause in entry["clauses"]:
        assert norm(clause["text"]) == seed[clause["id"]]
        assert clause["anchor"] == _anchor(clause["id"])
        assert clause["url"] == f"/protocol/{version}/#{clause['anchor']}"


def test_open_data_shape(site_dir):
    data = json.loads((site_dir / "api" / "protocol.json").read_text(encoding="utf-8"))
    by_id = {v["id"]: v for v in data["versions"]}
    assert by_id["2022"]["current"] is True and by_id["2008"]["current"] is False
    assert by_id["2022"]["title"] == "Constitution Section 16: A Protocol for Member/Officer Relations"
    assert by_id["2008"]["title"] == "Appendix A – Protocol on Member/Officer Relations"
    assert by_id["2022"]["date"] == "2022-01-04" and by_id["2008"]["date"] == "2008-06"
    clauses = {c["id"]: c for c in by_id["2022"]["clauses"]}
    assert clauses["7.3"]["section"] == "7" and by_id["2008"]["clauses"][0]["section"] is None
    # Bullets on their own lines; sub-paragraphs not repeated in their parent.
    assert "\n• Selflessness – serving only the public interest." in clauses["1.6"]["text"]
    assert "Officer support in these circumstances" not in clauses["5.3"]["text"]
    assert clauses["1.1"]["text"].count("\n\n") == 1
    assert by_id["2008"]["preamble"].startswith("This code is intended to offer guidance")
