"""Compare two built sites by parsed content: for every page, the sequence of elements with
their attributes and the text between them (whitespace folded, entities decoded, JSON data
compared as data), so two
builds that differ only in escaping style or formatting compare equal.

    python -m tests.support.sitecompare OLD_SITE NEW_SITE

Prints each page that differs with the first differing item, and the pages only one side has;
exits 1 if anything differs. Used to check that a restructuring changed no page.
"""
from __future__ import annotations

import json
import sys
from html.parser import HTMLParser
from pathlib import Path


class _Content(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.items: list[tuple] = []
        self._text: list[str] = []
        self._json = False

    def _flush(self):
        raw = "".join(self._text)
        text = " ".join(raw.split())
        if text and self._json:  # data for scripts: compared as data, not as its spelling
            text = json.dumps(json.loads(raw), sort_keys=True, ensure_ascii=False)
        if text:
            self.items.append(("text", text))
        self._text = []

    def handle_starttag(self, tag, attrs):
        self._flush()
        self._json = tag == "script" and ("type", "application/json") in attrs
        self.items.append(("<", tag, tuple(sorted((k, " ".join((v or "").split()))
                                                  for k, v in attrs))))

    def handle_endtag(self, tag):
        self._flush()
        self._json = False
        self.items.append((">", tag))

    def handle_data(self, data):
        self._text.append(data)


def content(path: Path) -> list[tuple]:
    parser = _Content()
    parser.feed(path.read_text(encoding="utf-8"))
    parser.close()
    parser._flush()
    return parser.items


def compare(old: Path, new: Path) -> list[str]:
    differences = []
    old_pages = {p.relative_to(old) for p in old.rglob("*.html")}
    new_pages = {p.relative_to(new) for p in new.rglob("*.html")}
    for page in sorted(old_pages ^ new_pages):
        differences.append(f"{page}: only in {'old' if page in old_pages else 'new'}")
    for page in sorted(old_pages & new_pages):
        a, b = content(old / page), content(new / page)
        if a != b:
            at = next((k for k, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
            differences.append(f"{page}: item {at}: {a[at:at + 1]} != {b[at:at + 1]}")
    return differences


if __name__ == "__main__":
    found = compare(Path(sys.argv[1]), Path(sys.argv[2]))
    print("\n".join(found) or "no differences")
    sys.exit(1 if found else 0)
