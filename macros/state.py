"""What the hooks and the macros share during one build: the loaded Site, and HTML set aside
so Python-Markdown never has to re-parse large generated blocks (it is slow on them)."""
from __future__ import annotations

import re

site = None
_stash: list[str] = []
_PLACEHOLDER = re.compile(r'<div data-stash="(\d+)"></div>')


def reset(new_site) -> None:
    global site
    site = new_site
    _stash.clear()


def stash(html: str) -> str:
    """A placeholder that Markdown passes through untouched; ``restore`` swaps the HTML back."""
    _stash.append(html)
    return f'\n\n<div data-stash="{len(_stash) - 1}"></div>\n\n'


def restore(html: str) -> str:
    return _PLACEHOLDER.sub(lambda m: _stash[int(m.group(1))], html)
