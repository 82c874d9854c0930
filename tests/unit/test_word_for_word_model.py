"""Every clause of both seed texts appears word for word in the model the site is built from
(the built pages and protocol.json: tests/build/test_word_for_word.py)."""
from __future__ import annotations

import pytest

from tests.support.seedtext import norm

VERSIONS = ["2008", "2022"]


@pytest.mark.parametrize("version", VERSIONS)
def test_model_has_every_seed_clause_word_for_word(seeds, corpus, version):
    seed = seeds.seed_clauses(version)
    model = {c.id: norm(c.text) for c in corpus.get(version).clauses}
    assert list(model) == list(seed), "clause ids and order must match the printed numbering"
    for clause_id, text in seed.items():
        assert model[clause_id] == text, f"{version} clause {clause_id} differs from the source"


def test_2008_introduction_is_on_the_page_but_not_a_clause(seeds, corpus):
    preamble, _ = seeds.seed_2008()
    version = corpus.get("2008")
    assert norm(version.preamble_text) == preamble
    assert all(c.id[0].isdigit() for c in version.clauses)
