"""Editorial notes travel with every quotation of their clause, and with the open data."""
from __future__ import annotations

from protocol.site.clauses import clause_quote
from protocol.site.opendata import protocol_json


def test_a_quoted_clause_carries_its_editorial_note_outside_the_quote(corpus):
    html = str(clause_quote(corpus, "2022", "7.1", status=True))
    quote, _, after = html.partition("</blockquote>")
    assert "memberconcerned" in quote and "Editorial note" not in quote
    assert 'class="editorial-note"' in after
    assert "is printed as one word in the source" in after


def test_the_broken_bullet_of_2_3_is_quoted_with_its_note(corpus):
    html = str(clause_quote(corpus, "2022", "2.3"))
    assert "one sentence runs across a bullet break" in html


def test_a_clause_without_a_note_is_quoted_without_one(corpus):
    assert "editorial-note" not in str(clause_quote(corpus, "2022", "7.3"))


def test_protocol_json_gives_each_clause_its_notes(corpus):
    versions = {v["id"]: v for v in protocol_json(corpus)["versions"]}
    clauses = {c["id"]: c for c in versions["2022"]["clauses"]}
    assert clauses["7.1"]["notes"] == [corpus.get("2022").notes["7.1"]]
    assert clauses["7.3"]["notes"] == []
    assert all(isinstance(c["notes"], list) for v in versions.values() for c in v["clauses"])
