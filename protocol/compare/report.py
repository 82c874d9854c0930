"""Reports of a comparison: a plain-text redline and an HTML fragment.

Standard library only, so the same renderer runs at build time and in the browser.
"""
from __future__ import annotations

import html
from collections.abc import Callable

from protocol.compare.engine import Comparison, Pair

__all__ = ["render_text", "render_html"]


def _summary_phrases(comparison: Comparison) -> list[str]:
    return [f"{count} {status}" for status, count in comparison.summary().items()]


def _heading_parts(pair: Pair) -> list[tuple[str, str]]:
    """The heading as ("old" | "new" | "text", value) parts, shared by both renderers."""
    parts: list[tuple[str, str]] = []

    def ids(side: str, values: tuple[str, ...]) -> None:
        for k, value in enumerate(values):
            if k:
                parts.append(("text", " + "))
            parts.append((side, value))

    if pair.status == "added":
        ids("new", pair.to_ids)
        parts.append(("text", " added"))
    elif pair.status == "removed":
        ids("old", pair.from_ids)
        parts.append(("text", " removed"))
    elif pair.source == "curated":
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
        parts.append(("text", f" {pair.status}"))
    if pair.moved:
        parts.append(("text", " (moved)"))
    return parts


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


def render_text(comparison: Comparison) -> str:
    """A plain-text report: summary line, then each pair with a ``[-…-]{+…+}`` redline.

    Unchanged clauses that kept their number and place are listed on one line per run.
    """
    versions = ""
    if comparison.from_id is not None or comparison.to_id is not None:
        versions = f"{comparison.from_id or '?'} → {comparison.to_id or '?'}: "
    lines = [versions + ", ".join(_summary_phrases(comparison))]
    quiet: list[str] = []

    def flush() -> None:
        if quiet:
            lines.append("")
            lines.append(f"unchanged ({len(quiet)}): " + ", ".join(quiet))
            quiet.clear()

    for pair in comparison.pairs:
        if pair.status == "unchanged" and not pair.moved and pair.source == "computed":
            quiet.append(" + ".join(pair.to_ids))
            continue
        flush()
        lines.append("")
        lines.append("".join(value for _, value in _heading_parts(pair)))
        if pair.source == "curated":
            lines.append("  " + _curated_note(pair))
        if pair.status != "unchanged":
            for line in _redline_text(pair.ops).split("\n"):
                lines.append(("  " + line) if line else "")
    flush()
    return "\n".join(lines) + "\n"


def _redline_text(ops: list[tuple[str, str]]) -> str:
    out = []
    for op, text in ops:
        if op == "equal":
            out.append(text)
            continue
        body, space = _outside_whitespace(text)
        out.append(("[-" + body + "-]" if op == "delete" else "{+" + body + "+}") + space)
    return "".join(out)


def _html_text(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def _html_ops(ops: list[tuple[str, str]], keep: tuple[str, ...]) -> str:
    out = []
    for op, text in ops:
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
    id_prefix: str = "diff",
    heading_level: int = 3,
) -> str:
    """An HTML fragment showing the comparison.

    A summary list, then one ``<article class="diff-pair">`` per pair with an inline
    redline (``<del>``/``<ins>``) and a side-by-side view hidden behind a toggle button
    (``aria-controls`` names the view; a script flips ``hidden`` and ``aria-expanded``).
    Runs of unchanged pairs are collapsed into ``<details>``. ``from_url``/``to_url`` map
    a clause id to the URL of its anchor. ``id_prefix`` keeps element ids unique when
    several comparisons share a page.
    """
    if not 1 <= heading_level <= 6:
        raise ValueError("heading_level must be between 1 and 6")
    esc = html.escape
    attrs = [f' data-from="{esc(comparison.from_id)}"' if comparison.from_id else "",
             f' data-to="{esc(comparison.to_id)}"' if comparison.to_id else ""]
    out = [f'<div class="diff-report"{"".join(attrs)}>']
    out.append('<ul class="diff-summary">')
    out += [f"<li>{esc(phrase)}</li>" for phrase in _summary_phrases(comparison)]
    out.append("</ul>")
    out.append('<p class="diff-legend">Deleted words are shown <del>struck through</del>, '
               "inserted words <ins>underlined</ins>.</p>")
    old_label = "Old" + (f" ({comparison.from_id})" if comparison.from_id else "")
    new_label = "New" + (f" ({comparison.to_id})" if comparison.to_id else "")

    group: list[tuple[Pair, str]] = []

    def flush() -> None:
        if not group:
            return
        count = len(group)
        first, last = group[0][0], group[-1][0]
        span = " + ".join(first.to_ids)
        if count > 1:
            span += " to " + " + ".join(last.to_ids)
        noun = "clause" if count == 1 else "clauses"
        out.append('<details class="diff-unchanged">')
        out.append(f"<summary>{count} unchanged {noun} ({esc(span)})</summary>")
        out.extend(article for _, article in group)
        out.append("</details>")
        group.clear()

    for number, pair in enumerate(comparison.pairs, start=1):
        article = _html_pair(
            pair, f"{id_prefix}-{number}", heading_level, from_url, to_url, old_label, new_label
        )
        if pair.status == "unchanged":
            group.append((pair, article))
        else:
            flush()
            out.append(article)
    flush()
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
) -> str:
    esc = html.escape
    heading = []
    for side, value in _heading_parts(pair):
        if side == "text":
            heading.append(esc(value))
            continue
        link = from_url if side == "old" else to_url
        if link is None:
            heading.append(f'<span class="diff-id">{esc(value)}</span>')
        else:
            heading.append(f'<a class="diff-id" href="{esc(link(value))}">{esc(value)}</a>')
    data = (
        f' data-status="{esc(pair.status)}" data-moved="{"true" if pair.moved else "false"}"'
        f' data-source="{esc(pair.source)}"'
        f' data-from="{esc(" ".join(pair.from_ids))}" data-to="{esc(" ".join(pair.to_ids))}"'
    )
    lines = [f'<article class="diff-pair" id="{esc(element_id)}"{data}>']
    lines.append(f'<h{heading_level} class="diff-heading">{"".join(heading)}</h{heading_level}>')
    if pair.source == "curated":
        lines.append(f'<p class="diff-rationale">{esc(_curated_note(pair))}</p>')
    inline = _html_ops(pair.ops, ("equal", "delete", "insert"))
    lines.append(f'<div class="diff-inline">{inline}</div>')
    # Side by side only helps where both sides have text that differs.
    if pair.status in ("changed", "split", "merged"):
        side_id = esc(element_id + "-side")
        lines.append(
            f'<button type="button" class="diff-toggle" aria-expanded="false" '
            f'aria-controls="{side_id}">Side by side</button>'
        )
        lines.append(f'<div class="diff-side" id="{side_id}" hidden>')
        lines.append(
            f'<div class="diff-old"><p class="diff-side-label">{esc(old_label)}</p>'
            f'<div class="diff-text">{_html_ops(pair.ops, ("equal", "delete"))}</div></div>'
        )
        lines.append(
            f'<div class="diff-new"><p class="diff-side-label">{esc(new_label)}</p>'
            f'<div class="diff-text">{_html_ops(pair.ops, ("equal", "insert"))}</div></div>'
        )
        lines.append("</div>")
    lines.append("</article>")
    return "\n".join(lines)
