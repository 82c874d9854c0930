"""The site's HTML, written as Jinja2 templates (``protocol/site/templates/``) with autoescaping:
every value a template prints is escaped unless the code marks it as HTML it built itself.

    render(name, **context) -> Markup    one template, as HTML ready to place in a page
"""
from __future__ import annotations

import json

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from protocol.site.address import url
from protocol.sources.council import Council

__all__ = ["render", "json_script", "ENV", "set_council"]


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
# The council's own details (docs/_data/council.yml): set by Site.load, empty until then.
ENV.globals["council"] = Council()


def set_council(council: Council) -> None:
    ENV.globals["council"] = council


def render(name: str, **context) -> Markup:
    return Markup(ENV.get_template(name).render(**context).strip())
