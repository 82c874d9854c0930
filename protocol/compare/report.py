"""Reports of a comparison: a plain-text redline and an HTML fragment.

Pure Python, so the same renderer runs at build time and in the browser.

What both say, and the tests hold them to:

- the summary counts clause pairs by what they count as (curated pairs whose words differ as
  "corresponding", never as "changed"), then moves, renumberings, substantive and editorial
  changes, and renamed, added and removed headings;
- a moved clause is never collapsed and says where it went: "moved from 9.2 (section 9) to
  10.4 (section 10)"; a clause renumbered in place says "renumbered";
- unchanged clauses that kept their place are collapsed into runs; changes that are only
  editorial (quotes, dashes, spacing, capitals) are collected in their own collapsed group;
- in a split or merge, a label marks where each clause begins, and the side-by-side view has
  one row per clause;
- a clause with editorial notes in the stored version it comes from (``from_notes`` /
  ``to_notes``: clause id -> notes, the notes shown on that version's page) shows them beside
  its pair: "Editorial note (2022 version): ...".
"""
from __future__ import annotations

import html
from collections.abc import Callable, Iterable, Mapping

from protocol.compare.engine import PREAMBLE, Comparison, Pair

__all__ = ["render_text", "render_html", "summary_phrases", "not_in_draft_sentence",
           "pair_title", "ranges"]

_PHRASES = (
    ("unchanged", "unchanged", "unchanged"),
    ("changed", "changed", "changed"),
    ("corresponds", "curated correspondence", "curated correspondences"),
    ("split", "split", "split"),
    ("merged", "merged", "merged"),
    ("added", "added", "added"),
    ("removed", "removed", "removed"),
    ("moved", "moved", "moved"),
    ("renumbered", "renumbered", "renumbered"),
    ("substantive", "substantive change", "substantive changes"),
    ("editorial", "editorial change only", "editorial changes only"),
    ("headings_renamed", "heading renamed", "headings renamed"),
    ("headings_added", "heading added", "headings added"),
    ("headings_removed", "heading removed", "headings removed"),
    ("headings_moved", "heading moved", "headings moved"),
)


def summary_phrases(comparison: Comparison) -> list[str]:
    """The summary as phrases: "3 changed", "1 moved", "2 substantive changes", ..."""
    counts = comparison.summary()
    phrases = []
    for key, one, many in _PHRASES:
        count = counts.get(key, 0)
        if count or key == "moved":
            phrases.append(f"{count} {one if count == 1 else many}")
    return phrases


def ranges(numbers: list[str]) -> str:
    """"1-6 and 8-12" for ["1", ..., "6", "8", ..., "12"]."""
    runs: list[list[int]] = []
    others: list[str] = []
    for number in numbers:
        if not number.isdigit():
            others.append(number)
            continue
        value = int(number)
        if runs and runs[-1][1] == value - 1:
            runs[-1][1] = value
        else:
            runs.append([value, value])
    parts = [str(a) if a == b else f"{a}-{b}" for a, b in runs] + others
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " and " + parts[-1]


def not_in_draft_sentence(comparison: Comparison) -> str | None:
    """"Sections 1-6 and 8-12 are not in the draft and were not compared", or None."""
    missing = comparison.not_in_draft
    if not missing:
        return None
    unit = "Section" if comparison.not_in_draft_unit == "section" else "Clause"
    noun = unit if len(missing) == 1 else unit + "s"
    verb = "is" if len(missing) == 1 else "are"
    return f"{noun} {ranges(list(missing))} {verb} not in the draft and were not compared"


def _where(clause_id: str, section: str | None, kind: str) -> str:
    if clause_id == PREAMBLE:
        return "the preamble"
    if kind == "heading":
        return clause_id
    return f"{clause_id} (section {section})" if section else clause_id


def _heading_parts(pair: Pair) -> list[tuple[str, str]]:
    """The heading as ("old" | "new" | "text", value) parts, shared by both renderers."""
    parts: list[tuple[str, str]] = []

    def ids(side: str, values: tuple[str, ...]) -> None:
        for k, value in enumerate(values):
            if k:
                parts.append(("text", " + "))
            parts.append((side, value))

    heading = pair.kind == "heading"
    if heading:
        parts.append(("text", "Heading of section "))
    if pair.status == "added":
        ids("new", pair.to_ids)
        parts.append(("text", " added"))
    elif pair.status == "removed":
        ids("old", pair.from_ids)
        parts.append(("text", " removed"))
    elif pair.source == "curated" and not heading:
        ids("old", pair.from_ids)
        parts.append(("text", " corresponds to "))
        ids("new", pair.to_ids)
        if pair.status != "changed":
            parts.append(("text", f" ({pair.status})"))
    else:
        ids("old", pair.from_ids)
        if pair.from_ids != pair.to_ids:
            parts.append(("text", " → "))
            ids("new", pair.to_ids)
        if heading:  # a heading's words are its title: a changed one is renamed
            parts.append(("text", " renamed" if pair.status == "changed" else " unchanged"))
        else:
            parts.append(("text", f" {pair.status}"))
    if pair.substance == "editorial":
        parts.append(("text", " (editorial only)"))
    if pair.moved and pair.from_ids and pair.to_ids:
        parts.append(("text", ", moved from "
                      + _where(pair.from_ids[0], pair.from_section, pair.kind) + " to "
                      + _where(pair.to_ids[0], pair.to_section, pair.kind)))
    elif pair.renumbered and pair.source == "computed":
        parts.append(("text", " (renumbered)"))
    return parts


def pair_title(pair: Pair) -> str:
    """The pair's heading as plain text ("9.2 → 10.4 unchanged, moved from ...")."""
    return "".join("Preamble" if side != "text" and value == PREAMBLE else value
                   for side, value in _heading_parts(pair))


def _curated_note(pair: Pair) -> str:
    if pair.rationale:
        return f"Curated correspondence: {pair.rationale}"
    return "Curated correspondence."


def _outside_whitespace(text: str) -> tuple[str, str]:
    """Split trailing whitespace off a changed run so markers hug the words."""
    stripped = text.rstrip()
    if not stripped:
        return text, ""  # a whitespace-only change (a paragraph break) must stay visible
    return stripped, text[len(stripped):]


def _collapsed(pair: Pair) -> bool:
    """Unchanged and in its place: shown only in a collapsed run."""
    return pair.status == "unchanged" and not pair.moved and pair.source == "computed"


def _editorial(pair: Pair) -> bool:
    """A computed change of quotes, dashes, spacing or capitals alone, in its place."""
    return (pair.substance == "editorial" and not pair.moved and pair.source == "computed"
            and pair.status == "changed")


# ----------------------------------------------------------------------- boundaries


def _boundaries(pair: Pair) -> list[tuple[str, int, str]]:
    """Where a clause after the first begins: ("old" | "new", offset in that side's text, id)."""
    marks = []
    if len(pair.from_ids) > 1:
        marks += [("old", at, cid) for at, cid in zip(pair.from_starts[1:], pair.from_ids[1:])]
    if len(pair.to_ids) > 1:
        marks += [("new", at, cid) for at, cid in zip(pair.to_starts[1:], pair.to_ids[1:])]
    return marks


def _marked_ops(pair: Pair) -> list[tuple[str, str]]:
    """The ops with ("boundary", id) entries where a clause of a split or merge begins. An op
    that spans a boundary is cut there; a boundary falls on the side whose text it is in."""
    marks = _boundaries(pair)
    if not marks:
        return list(pair.ops)
    old_marks = sorted((at, cid) for side, at, cid in marks if side == "old")
    new_marks = sorted((at, cid) for side, at, cid in marks if side == "new")
    out: list[tuple[str, str]] = []
    old_at = new_at = 0
    for op, text in pair.ops:
        rest = text
        while rest:
            cut = len(rest)
            label = None
            if op in ("equal", "delete") and old_marks and old_at < old_marks[0][0] < old_at + cut:
                cut, label = old_marks[0][0] - old_at, "old"
            if op in ("equal", "insert") and new_marks and new_at < new_marks[0][0] < new_at + cut:
                cut, label = new_marks[0][0] - new_at, "new"
            if op in ("equal", "delete") and old_marks and old_marks[0][0] == old_at:
                out.append(("boundary", old_marks.pop(0)[1]))
                continue
            if op in ("equal", "insert") and new_marks and new_marks[0][0] == new_at:
                out.append(("boundary", new_marks.pop(0)[1]))
                continue
            piece, rest = rest[:cut], rest[cut:]
            out.append((op, piece))
            if op in ("equal", "delete"):
                old_at += len(piece)
            if op in ("equal", "insert"):
                new_at += len(piece)
            del label
    for _, cid in old_marks + new_marks:  # a boundary at the very end (an empty clause)
        out.append(("boundary", cid))
    return out


def _rows(pair: Pair) -> list[tuple[str, str, list[tuple[str, str]]]]:
    """The side-by-side rows: (old label, new label, ops), one row per clause of a split or
    merge, so the columns line up clause by clause."""
    rows: list[tuple[str, str, list[tuple[str, str]]]] = []
    old_label = pair.from_ids[0] if pair.from_ids else ""
    new_label = pair.to_ids[0] if pair.to_ids else ""
    current: list[tuple[str, str]] = []
    old_ids, new_ids = set(pair.from_ids[1:]), set(pair.to_ids[1:])
    for op, text in _marked_ops(pair):
        if op == "boundary":
            rows.append((old_label, new_label, current))
            current = []
            old_label = text if text in old_ids else ""
            new_label = text if text in new_ids else ""
            continue
        current.append((op, text))
    rows.append((old_label, new_label, current))
    return rows


# --------------------------------------------------------------------- editorial notes

Notes = Mapping[str, "str | Iterable[str]"]


def _note_list(notes: Notes | None, clause_id: str) -> list[str]:
    if not notes or clause_id == PREAMBLE:
        return []
    found = notes.get(clause_id)
    if not found:
        return []
    if isinstance(found, str):
        found = [found]
    return [note.strip() for note in found if isinstance(note, str) and note.strip()]


def _pair_notes(pair: Pair, comparison: Comparison, from_notes: Notes | None,
                to_notes: Notes | None) -> list[tuple[str, str, str, str]]:
    """The editorial notes beside ``pair``: (label, clause id, note, accessible name), old side
    first. The label is "Editorial note (2022 version)", naming the clause too when its side
    has several; the accessible name always names the clause."""
    if pair.kind == "heading":
        return []
    out = []
    for ids, notes, version in ((pair.from_ids, from_notes, comparison.from_id),
                                (pair.to_ids, to_notes, comparison.to_id)):
        for cid in ids:
            for note in _note_list(notes, cid):
                where = [f"{version} version"] if version else []
                if len(ids) > 1:
                    where.append(f"clause {cid}")
                label = "Editorial note" + (f" ({', '.join(where)})" if where else "")
                about = f"Editorial note on clause {cid}" + (f", {version} version"
                                                               if version else "")
                out.append((label, cid, note, about))
    return out


# ----------------------------------------------------------------------------- text


def render_text(comparison: Comparison, *, from_notes: Notes | None = None,
                to_notes: Notes | None = None) -> str:
    """A plain-text report: summary line, then each pair with a ``[-…-]{+…+}`` redline.

    Unchanged clauses that kept their place are listed on one line per run; editorial-only
    changes are listed together at the end. A clause's editorial notes (``from_notes`` /
    ``to_notes``: clause id -> notes) follow its pair, or its run, as ``[Editorial note
    (2022 version): …]`` lines (naming the clause in a run of unchanged clauses).
    """
    versions = ""
    if comparison.from_id is not None or comparison.to_id is not None:
        versions = f"{comparison.from_id or '?'} → {comparison.to_id or '?'}: "
    lines = [versions + ", ".join(summary_phrases(comparison))]
    partial = not_in_draft_sentence(comparison)
    if partial:
        lines.append(partial + ".")
    quiet: list[str] = []
    quiet_notes: list[str] = []
    editorial: list[Pair] = []

    def notes_of(pair: Pair) -> list[tuple[str, str, str, str]]:
        return _pair_notes(pair, comparison, from_notes, to_notes)

    def flush() -> None:
        if quiet:
            lines.append("")
            lines.append(f"unchanged ({len(quiet)}): " + ", ".join(quiet))
            lines.extend(quiet_notes)
            quiet.clear()
            quiet_notes.clear()

    def show(pair: Pair) -> None:
        lines.append("")
        lines.append(pair_title(pair))
        if pair.source == "curated":
            lines.append("  " + _curated_note(pair))
        if pair.status != "unchanged":
            for line in _redline_text(_marked_ops(pair)).split("\n"):
                lines.append(("  " + line) if line else "")
        lines.extend(f"  [{label}: {' '.join(note.split())}]"
                     for label, _, note, _ in notes_of(pair))

    for pair in comparison.pairs:
        if _collapsed(pair):
            quiet.append(("heading " if pair.kind == "heading" else "") + " + ".join(pair.to_ids))
            quiet_notes.extend(f"  [{label} on {cid}: {' '.join(note.split())}]"
                               for label, cid, note, _ in notes_of(pair))
            continue
        if _editorial(pair):
            editorial.append(pair)
            continue
        flush()
        show(pair)
    flush()
    if editorial:
        lines.append("")
        lines.append(f"Editorial changes only ({len(editorial)}): quotes, dashes, spacing or "
                     "capitals")
        for pair in editorial:
            show(pair)
    return "\n".join(lines) + "\n"


def _redline_text(ops: list[tuple[str, str]]) -> str:
    out = []
    for op, text in ops:
        if op == "equal":
            out.append(text)
            continue
        if op == "boundary":
            out.append(f"[{text}] ")
            continue
        body, space = _outside_whitespace(text)
        out.append(("[-" + body + "-]" if op == "delete" else "{+" + body + "+}") + space)
    return "".join(out)


# ----------------------------------------------------------------------------- HTML


def _html_text(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def _html_ops(ops: list[tuple[str, str]], keep: tuple[str, ...]) -> str:
    out = []
    for op, text in ops:
        if op == "boundary":
            out.append(f'<span class="diff-boundary">{html.escape(text)}</span> ')
            continue
        if op not in keep:
            continue
        if op == "equal":
            out.append(_html_text(text))
            continue
        tag = "del" if op == "delete" else "ins"
        body, space = _outside_whitespace(text)
        out.append(f"<{tag}>{_html_text(body)}</{tag}>{_html_text(space)}")
    return "".join(out)


def render_html(
    comparison: Comparison,
    *,
    from_url: Callable[[str], str] | None = None,
    to_url: Callable[[str], str] | None = None,
    from_section_url: Callable[[str], str] | None = None,
    to_section_url: Callable[[str], str] | None = None,
    id_prefix: str = "diff",
    heading_level: int = 3,
    from_notes: Notes | None = None,
    to_notes: Notes | None = None,
) -> str:
    """An HTML fragment showing the comparison.

    A summary list, then one ``<article class="diff-pair">`` per pair with an inline
    redline (``<del>``/``<ins>``) and a side-by-side table hidden behind a toggle button
    (``aria-controls`` names the view; a script flips ``hidden`` and ``aria-expanded``).
    Runs of unchanged pairs are collapsed into ``<details class="diff-unchanged">``, editorial
    changes into one ``<details class="diff-editorial">``. ``from_url``/``to_url`` map a
    clause id to the URL of its anchor, ``*_section_url`` a section number. ``id_prefix``
    keeps element ids unique when several comparisons share a page. ``from_notes``/``to_notes``
    map a clause id to the editorial notes of the version it comes from (a string or a list);
    each is shown in the clause's pair as an ``<aside class="editorial-note diff-note">``.
    """
    if not 1 <= heading_level <= 6:
        raise ValueError("heading_level must be between 1 and 6")
    esc = html.escape
    attrs = [f' data-from="{esc(comparison.from_id)}"' if comparison.from_id else "",
             f' data-to="{esc(comparison.to_id)}"' if comparison.to_id else ""]
    out = [f'<div class="diff-report"{"".join(attrs)}>']
    out.append('<ul class="diff-summary">')
    out += [f"<li>{esc(phrase)}</li>" for phrase in summary_phrases(comparison)]
    out.append("</ul>")
    partial = not_in_draft_sentence(comparison)
    if partial:
        out.append(f'<p class="diff-partial" data-not-in-draft>{esc(partial)}.</p>')
    out.append('<p class="diff-legend">Deleted words are shown <del>struck through</del>, '
               "inserted words <ins>underlined</ins>.</p>")
    old_label = "Old" + (f" ({comparison.from_id})" if comparison.from_id else "")
    new_label = "New" + (f" ({comparison.to_id})" if comparison.to_id else "")
    links = {"old": from_url, "new": to_url}
    section_links = {"old": from_section_url, "new": to_section_url}

    group: list[tuple[Pair, str]] = []
    editorial: list[tuple[Pair, str]] = []

    def flush() -> None:
        if not group:
            return
        count = len(group)
        first, last = group[0][0], group[-1][0]

        def name(pair: Pair) -> str:
            return ("heading " if pair.kind == "heading" else "") + " + ".join(pair.to_ids)

        span = name(first)
        if count > 1:
            span += " to " + name(last)
        noun = "item" if any(p.kind == "heading" for p, _ in group) else "clause"
        noun += "" if count == 1 else "s"
        out.append('<details class="diff-unchanged">')
        out.append(f"<summary>{count} unchanged {noun} ({esc(span)})</summary>")
        out.extend(article for _, article in group)
        out.append("</details>")
        group.clear()

    for number, pair in enumerate(comparison.pairs, start=1):
        pick = section_links if pair.kind == "heading" else links
        article = _html_pair(pair, f"{id_prefix}-{number}", heading_level, pick["old"],
                             pick["new"], old_label, new_label,
                             _pair_notes(pair, comparison, from_notes, to_notes))
        if _collapsed(pair):
            group.append((pair, article))
        elif _editorial(pair):
            editorial.append((pair, article))
        else:
            flush()
            out.append(article)
    flush()
    if editorial:
        ids = ", ".join(" + ".join(p.to_ids) for p, _ in editorial)
        noun = "change" if len(editorial) == 1 else "changes"
        out.append('<details class="diff-editorial">')
        out.append(f"<summary>{len(editorial)} editorial {noun} only: quotes, dashes, spacing "
                   f"or capitals ({esc(ids)})</summary>")
        out.extend(article for _, article in editorial)
        out.append("</details>")
    out.append("</div>")
    return "\n".join(out) + "\n"


def _html_pair(
    pair: Pair,
    element_id: str,
    heading_level: int,
    from_url: Callable[[str], str] | None,
    to_url: Callable[[str], str] | None,
    old_label: str,
    new_label: str,
    notes: list[tuple[str, str, str, str]] = (),
) -> str:
    esc = html.escape
    heading = []
    for side, value in _heading_parts(pair):
        if side == "text":
            heading.append(esc(value))
            continue
        link = from_url if side == "old" else to_url
        shown = "Preamble" if value == PREAMBLE else value
        if link is None or value == PREAMBLE:
            heading.append(f'<span class="diff-id">{esc(shown)}</span>')
        else:
            heading.append(f'<a class="diff-id" href="{esc(link(value))}">{esc(shown)}</a>')
    data = (
        f' data-kind="{esc(pair.kind)}"'
        f' data-status="{esc(pair.status)}" data-moved="{"true" if pair.moved else "false"}"'
        f' data-renumbered="{"true" if pair.renumbered else "false"}"'
        f' data-source="{esc(pair.source)}"'
        + (f' data-substance="{esc(pair.substance)}"' if pair.substance else "")
        + f' data-from="{esc(" ".join(pair.from_ids))}" data-to="{esc(" ".join(pair.to_ids))}"'
    )
    lines = [f'<article class="diff-pair" id="{esc(element_id)}"{data}>']
    lines.append(f'<h{heading_level} class="diff-heading">{"".join(heading)}</h{heading_level}>')
    if pair.source == "curated":
        lines.append(f'<p class="diff-rationale">{esc(_curated_note(pair))}</p>')
    inline = _html_ops(_marked_ops(pair), ("equal", "delete", "insert"))
    lines.append(f'<div class="diff-inline">{inline}</div>')
    # Side by side only helps where both sides have text that differs.
    if pair.status in ("changed", "split", "merged") and pair.kind != "heading":
        side_id = esc(element_id + "-side")
        lines.append(
            f'<button type="button" class="diff-toggle" aria-expanded="false" '
            f'aria-controls="{side_id}">Side by side</button>'
        )
        lines.append(f'<div class="diff-side" id="{side_id}" hidden>')
        lines.append('<table class="diff-side-table">')
        lines.append(f'<thead><tr><th scope="col" class="diff-old">{esc(old_label)}</th>'
                     f'<th scope="col" class="diff-new">{esc(new_label)}</th></tr></thead>')
        lines.append("<tbody>")
        for old_id, new_id, ops in _rows(pair):
            cells = []
            for cls, side, cid, keep in (
                    ("diff-old", old_label, old_id, ("equal", "delete")),
                    ("diff-new", new_label, new_id, ("equal", "insert"))):
                label = (f'<span class="diff-row-label">{esc(cid)}</span> '
                         if cid and cid != PREAMBLE and pair.kind != "heading" else "")
                # data-side names the column where a narrow screen stacks the two cells.
                cells.append(f'<td class="{cls}" data-side="{esc(side)}">{label}'
                             f"{_html_ops(ops, keep)}</td>")
            lines.append(f"<tr>{''.join(cells)}</tr>")
        lines.append("</tbody></table>")
        lines.append("</div>")
    for label, _, note, about in notes:
        lines.append(f'<aside class="editorial-note diff-note" data-search-exclude '
                     f'aria-label="{esc(about)}"><p><strong>{esc(label)}:</strong> '
                     f"{_html_text(note)}</p></aside>")
    lines.append("</article>")
    return "\n".join(lines)
