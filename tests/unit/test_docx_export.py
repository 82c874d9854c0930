"""The Word export: a comparison as tracked changes that a committee can accept or reject.

Each document is read back twice: with python-docx (the file opens, its styles and revisions are
what Word shows) and with an independent accept-all / reject-all over the XML
(tests/support/docxread.py): accepting every change must give the newer text word for word,
rejecting every change the older.
"""
from __future__ import annotations

import base64
import json
import zipfile
from io import BytesIO

import docx
import pytest
from hypothesis import given, settings, strategies as st

from protocol.cli import main
from protocol.compare import compare
from protocol.compare.api import compare_draft_docx
from protocol.compare.docx import comparison_data, comparison_docx, version_data
from protocol.compare.draft import read_draft
from tests.support.docxread import W, document_xml, paragraphs, words
from tests.support.synthetic import SimpleClause, make_synthetic_pair


def in_order(version: dict):
    """Each clause of a version as ``(heading, clause)``: ``heading`` is its section's
    ``(id, title)`` before the section's first clause, None for the others."""
    titles = {s["id"]: s["title"] for s in version.get("sections") or []}
    seen: set[str] = set()
    for clause in version["clauses"]:
        section = clause.get("section")
        heading = None
        if section in titles and section not in seen:
            seen.add(section)
            heading = (section, titles[section])
        yield heading, clause


def version_words(version: dict) -> list[str]:
    """A version's words in its own order: introduction, then each section heading ("7." and
    its title) before its first clause, each clause's number and text; bullet marks are not
    words."""
    out = (version.get("preamble") or "").replace("•", " ").split()
    for heading, clause in in_order(version):
        if heading:
            out += [f"{heading[0]}."] + heading[1].split()
        out += [clause["id"]] + [w for w in clause["text"].split() if w != "•"]
    return out


def old_words_in_pair_order(comparison: dict, old: dict) -> list[str]:
    """The older version's words in the order the document puts them: each pair's older clauses
    where the pair stands, each clause once (a moved clause is where it now is)."""
    clauses = {c["id"]: c for c in old["clauses"]}
    out = (old.get("preamble") or "").replace("•", " ").split()
    seen: set[str] = set()
    for pair in comparison["pairs"]:
        ids = pair["from"] if isinstance(pair["from"], list) else [pair["from"]] if pair["from"] else []
        for cid in ids:
            if cid in clauses and cid not in seen:
                seen.add(cid)
                out += [cid] + [w for w in clauses[cid]["text"].split() if w != "•"]
    return out


def revisions(data: bytes) -> list:
    root = document_xml(data)
    return [e for e in root.iter() if e.tag in (W + "ins", W + "del")]


@pytest.fixture(scope="module")
def stored(corpus):
    return {v.id: version_data(v) for v in corpus}


@pytest.fixture(scope="module")
def docx_2008_2022(root, tmp_path_factory):
    out = tmp_path_factory.mktemp("docx") / "committee.docx"
    assert main(["diff", "2008", "2022", "--format", "docx", "-o", str(out),
                 "--root", str(root)]) == 0
    return out.read_bytes()


@pytest.fixture(scope="module")
def json_2008_2022(root, tmp_path_factory):
    out = tmp_path_factory.mktemp("json") / "c.json"
    assert main(["diff", "2008", "2022", "--format", "json", "-o", str(out),
                 "--root", str(root)]) == 0
    return json.loads(out.read_text(encoding="utf-8"))


# -- 2008 -> 2022 --------------------------------------------------------------------------------


def test_accepting_every_change_gives_the_2022_text_word_for_word(docx_2008_2022, stored):
    assert words(docx_2008_2022, "accept") == version_words(stored["2022"])


def test_rejecting_every_change_gives_each_2008_clause_word_for_word_once(
        docx_2008_2022, json_2008_2022, stored):
    rejected = words(docx_2008_2022, "reject")
    assert rejected == old_words_in_pair_order(json_2008_2022, stored["2008"])
    # Every 2008 clause (and the introduction) is there, each once: the same words as the
    # 2008 version, only moved clauses stand elsewhere.
    assert sorted(rejected) == sorted(version_words(stored["2008"]))
    lines = paragraphs(docx_2008_2022, "reject")
    starts = [line.split("\t", 1)[0] for line in lines if "\t" in line]
    assert sorted(starts, key=int) == [c["id"] for c in stored["2008"]["clauses"]]


def test_clause_numbers_and_headings_are_paragraphs_as_in_the_versions(docx_2008_2022):
    accepted = paragraphs(docx_2008_2022, "accept")
    assert "7.\tMembers’ Access to Information" in accepted or any(
        p.startswith("7.\t") for p in accepted)
    assert any(p.startswith("7.3\t") for p in accepted)
    rejected = paragraphs(docx_2008_2022, "reject")
    assert rejected[0].startswith("This code is intended to offer guidance")
    assert not any(p.startswith("7.\t") for p in rejected)  # 2008 has no sections


def test_python_docx_reads_the_cover_and_tracked_changes_dated_2022(docx_2008_2022, json_2008_2022):
    document = docx.Document(BytesIO(docx_2008_2022))
    texts = [p.text for p in document.paragraphs]
    assert texts[0] == "Comparison of the Protocol on Member/Officer Relations: 2008 and 2022"
    assert "Curated correspondences" in texts
    rationale = next(p["rationale"] for p in json_2008_2022["pairs"] if p.get("rationale"))
    assert any(rationale in t for t in texts)
    table = document.tables[0]
    counts = {row.cells[0].text: row.cells[1].text for row in table.rows}
    summary = json_2008_2022["summary"]
    # One row per key of the summary, named in words. Curated pairs whose words differ count
    # under "corresponds", never under "changed" (2008 -> 2022 has no computed changed pair).
    assert len(counts) == len(summary) and not any("_" in label for label in counts)
    for key, label in {"corresponds": "Corresponds", "added": "Added", "removed": "Removed",
                       "split": "Split", "moved": "Moved", "renumbered": "Renumbered",
                       "substantive": "Substantive changes",
                       "headings_added": "Headings added"}.items():
        assert counts[label] == str(summary[key])
    assert counts.get("Changed", "0") == str(summary.get("changed", 0))
    styles = {p.style.name for p in document.paragraphs}
    assert {"Title", "Heading 2", "List Bullet", "Body Text"} <= styles
    changes = revisions(docx_2008_2022)
    assert changes, "no tracked changes"
    assert {c.get(W + "author") for c in changes} == {"2022 version"}
    # Dated 4 January 2022; neighbouring paragraphs two minutes apart, so that LibreOffice
    # does not join their changes into one (and drop the paragraph break between them).
    assert {c.get(W + "date") for c in changes} == {"2022-01-04T00:00:00Z",
                                                    "2022-01-04T00:02:00Z"}
    assert len({c.get(W + "id") for c in changes}) == len(changes)


def test_each_clause_is_one_paragraph_with_its_changes_not_deleted_and_reinserted(
        docx_2008_2022):
    # 2008 clause 6 is 2022 6.1, changed: its paragraph holds both numbers and both texts'
    # words once, with only the differences tracked.
    root = document_xml(docx_2008_2022)
    for paragraph in root.iter(W + "p"):
        deleted = "".join(t.text or "" for t in paragraph.iter(W + "delText"))
        inserted = "".join(t.text or "" for ins in paragraph.iter(W + "ins")
                           for t in ins.iter(W + "t"))
        if deleted.startswith("6") and inserted.startswith("6.1"):
            kept = "".join(t.text or "" for r in paragraph.findall(W + "r")
                           for t in r.iter(W + "t"))
            assert "their role as members of the" in kept  # shared words, written once
            break
    else:
        pytest.fail("no paragraph pairs 2008 clause 6 with 2022 6.1")


def test_the_same_comparison_gives_the_same_bytes(json_2008_2022, stored, docx_2008_2022):
    again = comparison_docx(json_2008_2022, stored["2008"], stored["2022"])
    assert again == comparison_docx(json_2008_2022, stored["2008"], stored["2022"])
    assert again == docx_2008_2022
    with zipfile.ZipFile(BytesIO(again)) as archive:
        assert {info.date_time for info in archive.infolist()} == {(2000, 1, 1, 0, 0, 0)}
        assert archive.testzip() is None


def test_docx_is_never_written_to_the_terminal(capsys, root):
    assert main(["diff", "2008", "2022", "--format", "docx", "--root", str(root)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert "-o FILE" in err


# -- a draft, through the browser's function -----------------------------------------------------


def _draft_text(corpus) -> str:
    """A plain-text draft of the 2022 version with edits a reviewer would make: a rewritten
    sentence, a clause deleted, a clause added, a bullet added and a paragraph split."""
    lines = []
    for clause in corpus.get("2022").clauses:
        text = clause.text
        if clause.id == "7.3":
            text = text.replace("Members", "Councillors", 1) + " This sentence is new."
        if clause.id == "12.3":
            continue
        if clause.id == "1.6":
            text += "\n• Courtesy – being polite at all times."
        if clause.id == "2.1":
            first, _, rest = text.partition(". ")
            text = f"{first}.\n\n{rest}" if rest else text
        lines.append(f"{clause.id} {text}\n")
        if clause.id == "9.3":
            lines.append("9.4 Members should reply to correspondence within ten working days.\n")
    return "\n".join(lines)


@pytest.fixture(scope="module")
def draft_export(corpus, stored):
    text = _draft_text(corpus)
    payload = {"draft": text, "name": "draft.txt", "current": stored["2022"], "outcomes": [],
               "date": "2026-03-01"}
    answer = json.loads(compare_draft_docx(json.dumps(payload)))
    assert answer["ok"], answer
    return answer, read_draft(text, "draft.txt"), base64.b64decode(answer["base64"])


def test_a_drafts_export_accepts_to_the_draft_and_rejects_to_2022(draft_export, stored):
    answer, draft, data = draft_export
    assert answer["filename"] == "protocol-2022-to-draft.docx"
    assert answer["media_type"].endswith("wordprocessingml.document")
    new = version_data(id="Draft", clauses=draft.clauses,
                       sections=getattr(draft, "sections", None) or stored["2022"].get("sections"))
    if not getattr(draft, "sections", None):
        # Headings the draft's reader did not keep are shown as the current version's.
        new["sections"] = stored["2022"].get("sections")
    assert words(data, "accept") == version_words(new)
    assert words(data, "reject") == version_words(stored["2022"])
    assert paragraphs(data, "reject") == version_paragraphs(stored["2022"])
    assert paragraphs(data, "accept") == version_paragraphs(new)
    accepted = paragraphs(data, "accept")
    assert "9.4\tMembers should reply to correspondence within ten working days." in accepted
    assert not any(p.startswith("12.3\t") for p in accepted)
    assert any(p.startswith("12.3\t") for p in paragraphs(data, "reject"))
    changes = revisions(data)
    assert {c.get(W + "author") for c in changes} == {"Draft"}
    assert {c.get(W + "date")[:11] for c in changes} == {"2026-03-01T"}


def test_a_drafts_export_is_the_same_bytes_every_time(draft_export, corpus, stored):
    payload = {"draft": _draft_text(corpus), "name": "draft.txt", "current": stored["2022"],
               "outcomes": [], "date": "2026-03-01"}
    again = json.loads(compare_draft_docx(json.dumps(payload)))
    assert again["base64"] == draft_export[0]["base64"]


def test_a_draft_that_cannot_be_read_gives_its_errors_not_a_file(stored):
    answer = json.loads(compare_draft_docx(json.dumps(
        {"draft": "no numbers here", "name": "d.txt", "current": stored["2022"]})))
    assert answer["ok"] is False and answer["errors"]


# -- what the comparison may hold ----------------------------------------------------------------


def exported(old_clauses, new_clauses):
    """Two lists of clauses compared as versions "a" and "b" and exported to Word:
    ``(comparison, old version, new version, docx bytes)``."""
    comparison = comparison_data(compare(old_clauses, new_clauses, from_label="a", to_label="b"))
    old = version_data(id="a", clauses=old_clauses, sections=[])
    new = version_data(id="b", clauses=new_clauses, sections=[])
    return comparison, old, new, comparison_docx(comparison, old, new)


@pytest.mark.parametrize("seed", range(6))
def test_synthetic_comparisons_accept_to_new_and_reject_to_old(seed):
    old_clauses, new_clauses = make_synthetic_pair(60, edited=0.3, moved=0.1, added_removed=0.15,
                                                   seed=seed)
    comparison, old, new, data = exported(old_clauses, new_clauses)
    assert words(data, "accept") == version_words(new)
    assert words(data, "reject") == old_words_in_pair_order(comparison, old)
    assert sorted(words(data, "reject")) == sorted(version_words(old))


def _version(vid, clauses, sections=(), preamble=""):
    return {"id": vid, "title": f"Version {vid}", "date": "2030-05-01", "preamble": preamble,
            "sections": [{"id": s, "title": t} for s, t in sections],
            "clauses": [{"id": c, "text": t, "section": c.split(".")[0]} for c, t in clauses]}


def test_heading_and_preamble_pairs_and_a_clause_in_two_curated_entries():
    """The pair kinds and list-valued sides of the comparison contract: a renamed heading, an
    introduction that became clause 1.1, and a clause whose text went to two clauses, each
    stated in its own curated entry (its words are written once, with the first)."""
    old = _version("a", [("1.1", "Members may ask officers for advice."),
                         ("2.1", "Officers reply to letters promptly.\n\n• by post\n• by email"),
                         ("2.2", "Old text that is split in two places.")],
                   sections=[("1", "Introduction"), ("2", "Correspondence")],
                   preamble="This protocol guides members and officers.")
    new = _version("b", [("1.1", "This protocol guides members and officers."),
                         ("1.2", "Members may ask officers for advice."),
                         ("2.1", "Officers reply to letters within ten days.\n\n• by email"),
                         ("2.2", "Old text that is split."),
                         ("2.3", "In two places.")],
                   sections=[("1", "Introduction"), ("2", "Letters and email")])
    comparison = {"from": "a", "to": "b", "summary": {"changed": 2}, "pairs": [
        {"kind": "preamble", "from": "preamble", "to": "1.1", "status": "unchanged",
         "source": "curated", "rationale": "The introduction became 1.1.",
         "ops": [{"op": "equal", "text": "This protocol guides members and officers."}]},
        {"kind": "heading", "from": "1", "to": "1", "status": "unchanged", "ops": [
            {"op": "equal", "text": "Introduction"}]},
        {"kind": "clause", "from": "1.1", "to": "1.2", "status": "unchanged", "renumbered": True,
         "ops": [{"op": "equal", "text": "Members may ask officers for advice."}]},
        {"kind": "heading", "from": "2", "to": "2", "status": "changed", "ops": [
            {"op": "delete", "text": "Correspondence"}, {"op": "insert", "text": "Letters and email"}]},
        # Character-level ops, as diff-match-patch may give them.
        {"from": "2.1", "to": "2.1", "status": "changed", "ops": [
            {"op": "equal", "text": "Officers reply to letters "},
            {"op": "delete", "text": "prompt"}, {"op": "insert", "text": "within ten days"},
            {"op": "delete", "text": "ly"},
            {"op": "equal", "text": ".\n\n• by "}, {"op": "delete", "text": "post\n• by "},
            {"op": "equal", "text": "email"}]},
        {"from": "2.2", "to": ["2.2", "2.3"], "status": "split", "source": "curated",
         "rationale": "Split.", "ops": []},
        {"from": ["2.2"], "to": ["2.3"], "status": "changed", "source": "curated",
         "rationale": "The second half.", "ops": []},
    ]}
    data = comparison_docx(comparison, old, new)
    assert words(data, "accept") == version_words(new)
    # The introduction stands where its counterpart, 1.1, now is: after the first heading.
    assert sorted(words(data, "reject")) == sorted(version_words(old))
    assert paragraphs(data, "reject") == [
        "1.\tIntroduction", "This protocol guides members and officers.",
        "1.1\tMembers may ask officers for advice.", "2.\tCorrespondence",
        "2.1\tOfficers reply to letters promptly.", "by post", "by email",
        "2.2\tOld text that is split in two places."]
    accepted = paragraphs(data, "accept")
    assert "2.\tLetters and email" in accepted and "• by email" not in accepted
    assert "by email" in accepted
    assert paragraphs(data, "accept")[:2] == ["1.\tIntroduction",
                                            "1.1\tThis protocol guides members and officers."]


def test_a_removed_clause_stays_after_a_curated_entry_whose_new_piece_stands_further_on():
    """A second curated entry for an old clause whose only newer part not yet written stands
    further on (2008 15 -> 2022 2.3 + 3.4): the removed clause after it in the comparison stays
    where the entry stands (its first newer part), not after that later piece."""
    old = _version("a", [("1.1", "Alpha beta gamma."), ("1.2", "Removed words here."),
                         ("1.3", "Kept words stay.")])
    new = _version("b", [("1.1", "Alpha beta delta."), ("1.2", "Kept words stay."),
                         ("1.3", "Gamma went here.")])
    comparison = {"from": "a", "to": "b", "summary": {"corresponds": 1}, "pairs": [
        {"from": "1.1", "to": "1.1", "status": "changed", "source": "curated", "ops": []},
        {"from": "1.1", "to": ["1.1", "1.3"], "status": "split", "source": "curated",
         "ops": []},
        {"from": "1.2", "to": None, "status": "removed", "ops": []},
        {"from": "1.3", "to": "1.2", "status": "unchanged", "renumbered": True, "ops": []},
    ]}
    data = comparison_docx(comparison, old, new)
    assert words(data, "accept") == version_words(new)
    assert words(data, "reject") == old_words_in_pair_order(comparison, old)
    assert [p.split("\t")[0] for p in paragraphs(data, "reject")] == ["1.1", "1.2", "1.3"]


# -- paragraphs, not only words -------------------------------------------------------------------


def version_paragraphs(version: dict) -> list[str]:
    """A version's paragraphs as a word processor shows them: "7.\tTitle", "7.3\tfirst
    paragraph", then its later paragraphs and bullets (without their mark)."""
    out = [" ".join(p.split()) for p in (version.get("preamble") or "").split("\n\n") if p.strip()]
    for heading, clause in in_order(version):
        if heading:
            out.append(f"{heading[0]}.\t{heading[1]}")
        lines = [" ".join(line.lstrip("•").split()) for line in clause["text"].splitlines()]
        lines = [line for line in lines if line]
        out += [f"{clause['id']}\t{lines[0]}", *lines[1:]]
    return out


def test_accepting_gives_the_2022_paragraphs_and_bullets(docx_2008_2022, stored):
    assert paragraphs(docx_2008_2022, "accept") == version_paragraphs(stored["2022"])


_WORDS = ["members", "officers", "council", "must", "may", "not", "report", "advice", "the",
          "a", "to", "of", "chair", "committee", "(exempt)", "“quoted”", "7.3", "—", "agenda."]


@st.composite
def _clause_texts(draw):
    paragraphs_ = draw(st.lists(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=8),
                                min_size=1, max_size=3))
    bullets = draw(st.lists(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=4),
                            max_size=3))
    text = "\n\n".join(" ".join(p) for p in paragraphs_)
    if bullets:
        text += "\n\n" + "\n".join("• " + " ".join(b) for b in bullets)
    return text


@settings(max_examples=60, deadline=None)
@given(old_texts=st.lists(_clause_texts(), min_size=1, max_size=6),
       new_texts=st.lists(_clause_texts(), min_size=1, max_size=6),
       keep=st.lists(st.booleans(), min_size=6, max_size=6))
def test_any_edit_accepts_to_the_new_paragraphs_and_rejects_to_the_old(old_texts, new_texts,
                                                                         keep):
    # Some new clauses keep an old clause's text, so that pairs are changed, not only added.
    new_texts = [old_texts[k] if keep[k] and k < len(old_texts) else text
                 for k, text in enumerate(new_texts)]
    old_clauses = [SimpleClause(f"1.{k + 1}", t) for k, t in enumerate(old_texts)]
    new_clauses = [SimpleClause(f"1.{k + 1}", t) for k, t in enumerate(new_texts)]
    comparison, old, new, data = exported(old_clauses, new_clauses)
    assert paragraphs(data, "accept") == version_paragraphs(new)
    assert words(data, "reject") == old_words_in_pair_order(comparison, old)
    # Each older clause's paragraphs, in the order its pair stands.
    by_id = {c["id"]: c for c in old["clauses"]}
    order = []
    for pair in comparison["pairs"]:
        ids = pair["from"] if isinstance(pair["from"], list) else [pair["from"]] * bool(pair["from"])
        order += [by_id[i] for i in ids]
    assert paragraphs(data, "reject") == version_paragraphs(dict(old, clauses=order))


def test_neighbouring_paragraphs_changes_are_never_joined_into_one(docx_2008_2022):
    """LibreOffice joins one author's changes made within a minute of each other, even across an
    untouched paragraph break, and then "reject all" drops that break ("issued).3 In general"):
    the changes of neighbouring paragraphs are two minutes apart."""
    body = document_xml(docx_2008_2022).find(W + "body")
    stamps = []
    for paragraph in body.iter(W + "p"):
        found = {e.get(W + "date") for e in paragraph.iter() if e.tag in (W + "ins", W + "del")}
        assert len(found) <= 1
        stamps.append(found.pop() if found else None)
    for before, after in zip(stamps, stamps[1:]):
        assert before is None or after is None or before != after
