"""Reading a Word document's tracked changes back, independently of the writer: the text a word
processor shows after "accept all changes" or "reject all changes"."""
from __future__ import annotations

import zipfile
from io import BytesIO
from xml.etree import ElementTree as ET

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def document_xml(data: bytes) -> ET.Element:
    with zipfile.ZipFile(BytesIO(data)) as archive:
        return ET.fromstring(archive.read("word/document.xml"))


def _text(element: ET.Element, view: str) -> str:
    """The text of ``element`` as ``view`` ("accept" or "reject") shows it."""
    out = []
    for child in element:
        tag = child.tag
        if tag == W + "del":
            if view == "reject":
                out.append(_text(child, view))
        elif tag == W + "ins":
            if view == "accept":
                out.append(_text(child, view))
        elif tag in (W + "t", W + "delText"):
            out.append(child.text or "")
        elif tag == W + "tab":
            out.append("\t")
        elif tag == W + "pPr":
            continue
        else:
            out.append(_text(child, view))
    return "".join(out)


def _mark_shown(paragraph: ET.Element, view: str) -> bool:
    props = paragraph.find(f"{W}pPr/{W}rPr")
    if props is None:
        return True
    if props.find(W + "del") is not None:
        return view == "reject"
    if props.find(W + "ins") is not None:
        return view == "accept"
    return True


def paragraphs(data: bytes, view: str, *, after_bookmark: str | None = "ComparedText") -> list[str]:
    """The body's paragraphs in ``view``; a paragraph whose mark the view removes runs on into
    the next. With ``after_bookmark``, only from the paragraph holding that bookmark on."""
    body = document_xml(data).find(W + "body")
    found: list[str] = []
    pending = ""
    started = after_bookmark is None
    for paragraph in body.iter(W + "p"):
        if not started:
            marks = paragraph.findall(W + "bookmarkStart")
            if any(m.get(W + "name") == after_bookmark for m in marks):
                started = True
            else:
                continue
        pending += _text(paragraph, view)
        if _mark_shown(paragraph, view):
            found.append(pending)
            pending = ""
    if pending:
        found.append(pending)
    return [p for p in found if p.strip()]


def words(data: bytes, view: str) -> list[str]:
    return " ".join(paragraphs(data, view)).split()
