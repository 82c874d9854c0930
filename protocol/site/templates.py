"""The site's HTML, written as Jinja2 templates (``protocol/site/templates/``) with autoescaping:
every value a template prints is escaped unless the code marks it as HTML it built itself.

    render(name, **context) -> Markup    one template, as HTML ready to place in a page
"""
from __future__ import annotations

import json

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from protocol.site.address import url

__all__ = ["render", "json_script", "ENV"]


# Inside a <script> element the HTML parser still reacts to "</script" and "<!--": writing
# every <, > and & as a JSON escape keeps data from ever being read as markup.
_SCRIPT_SAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"})


def json_script(data) -> Markup:
    """JSON for a ``<script type="application/json">`` element."""
    return Markup(json.dumps(data, separators=(",", ":"), ensure_ascii=False)
                  .translate(_SCRIPT_SAFE))


ENV = Environment(loader=PackageLoader("protocol.site", "templates"), autoescape=True,
                  undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
ENV.filters["json_script"] = json_script
ENV.globals["url"] = url  # every link to the site's own pages carries its base path


def render(name: str, **context) -> Markup:
    return Markup(ENV.get_template(name).render(**context).strip())
