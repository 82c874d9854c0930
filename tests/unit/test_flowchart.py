"""The guide flowchart (protocol/flowchart.py): drawn at build time from each guide's Python.

No browser: the output is parsed as XML and checked against ``guide.states()``.
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

import guides
from guides.engine import Guide, Option, Outcome, Question
from protocol.site.flowchart import NODE_W, flow_graph, flowchart_html
from protocol.site.guides import step_url

SVG = "{http://www.w3.org/2000/svg}"
CITE = [("2022", "7.3")]
GUIDES = guides.all_guides()


def parse(html: str) -> ET.Element:
    """The whole aside is well-formed XML (so the SVG in it certainly is)."""
    return ET.fromstring(html)


def svg_of(aside: ET.Element) -> ET.Element:
    found = aside.findall(f".//{SVG}svg")
    assert len(found) == 1
    return found[0]


def nodes_of(svg: ET.Element) -> dict[str, ET.Element]:
    groups = [g for g in svg.iter(f"{SVG}g") if "data-node" in g.attrib]
    keys = [g.get("data-node") for g in groups]
    assert len(keys) == len(set(keys)), "each node is drawn once"
    return dict(zip(keys, groups))


def edges_of(svg: ET.Element) -> list[ET.Element]:
    return [g for g in svg.iter(f"{SVG}g") if "data-edge" in g.attrib]


def text_of(element: ET.Element) -> str:
    return " ".join("".join(element.itertext()).split())


def details_of(aside: ET.Element) -> ET.Element:
    details = aside.find("details")
    assert details is not None
    assert text_of(details.find("summary")) == "Text version of the flowchart"
    return details


def node_key(state) -> str:
    return f"q:{state.question.id}" if state.question else f"o:{state.outcome.id}"


# -- Every guide ----------------------------------------------------------------------------

@pytest.fixture(params=GUIDES, ids=[g.id for g in GUIDES])
def guide(request):
    return request.param


@pytest.fixture
def aside(guide):
    return parse(flowchart_html(guide))


def test_the_aside_is_labelled_by_its_heading(guide, aside):
    assert aside.tag == "aside" and aside.get("class") == "guide-flow"
    heading = aside.find("h2")
    assert heading.get("id") == aside.get("aria-labelledby")
    assert text_of(heading) == "How this guide works"


def test_the_svg_is_named_by_its_title_and_desc(guide, aside):
    svg = svg_of(aside)
    title, desc = svg.find(f"{SVG}title"), svg.find(f"{SVG}desc")
    assert svg.get("aria-labelledby") == title.get("id")
    assert svg.get("aria-describedby") == desc.get("id")
    assert guide.title in title.text and desc.text
    assert svg.get("role")
    assert re.fullmatch(r"-?[\d.]+ -?[\d.]+ [\d.]+ [\d.]+", svg.get("viewBox"))


def test_every_question_and_outcome_is_a_node_linking_to_its_step(guide, aside):
    nodes = nodes_of(svg_of(aside))
    expected = ({f"q:{q.id}" for q in guide.questions} | {f"o:{o.id}" for o in guide.outcomes})
    assert set(nodes) == expected
    states = guide.states()
    pages = {step_url(guide, s.path): node_key(s) for s in states}
    shortest = {}
    for state in sorted(states, key=lambda s: len(s.path)):
        shortest.setdefault(node_key(state), step_url(guide, state.path))
    for key, group in nodes.items():
        link = group.find(f"{SVG}a")
        href = link.get("href")
        assert pages.get(href) == key, f"{key}: {href} is not a step page that shows it"
        assert href == shortest[key], f"{key}: links to the shortest path's step"
        name = text_of(link.find(f"{SVG}title"))
        item = guide.question(key[2:]) if key.startswith("q:") else guide.outcome(key[2:])
        assert name == ("Question: " + item.text if key.startswith("q:")
                        else "Outcome: " + item.title)


def test_outcomes_differ_from_questions_in_shape_and_words(guide, aside):
    for key, group in nodes_of(svg_of(aside)).items():
        link = group.find(f"{SVG}a")
        if key.startswith("q:"):
            assert link.find(f"{SVG}rect") is not None
            assert "Outcome" not in [text_of(t) for t in link.findall(f"{SVG}text")]
        else:
            assert link.find(f"{SVG}polygon") is not None and link.find(f"{SVG}rect") is None
            assert text_of(link.findall(f"{SVG}text")[0]) == "Outcome"


def test_every_option_is_an_edge_to_where_it_leads(guide, aside):
    edges = edges_of(svg_of(aside))
    drawn = {(g.get("data-edge"), g.get("data-to")) for g in edges}
    assert len(drawn) == len(edges), "no edge is drawn twice"
    routed = {(f"{s.path[-1][0]}={s.path[-1][1]}", node_key(s)) for s in guide.states() if s.path}
    assert drawn == routed
    options = {f"{q.id}={o.id}" for q in guide.questions for o in q.options}
    assert {edge for edge, _ in drawn} == options
    for g in edges:
        assert g.get("data-from") == "q:" + g.get("data-edge").split("=")[0]
        assert g.find(f"{SVG}path") is not None and g.find(f"{SVG}title") is not None
        question, option = g.get("data-edge").split("=")
        label = guide.question(question).option(option).label
        assert label in text_of(g.find(f"{SVG}title"))


def test_every_line_has_a_label(guide, aside):
    """Options sharing a line share a label; every drawn line (not a copy) has one."""
    for g in edges_of(svg_of(aside)):
        label = g.find(f"{SVG}text")
        if "flow-edge-copy" in g.get("class"):
            assert label is None
        else:
            assert label is not None and text_of(label)


def test_the_text_version_mentions_every_question_option_and_outcome(guide, aside):
    details = details_of(aside)
    text = text_of(details)
    for question in guide.questions:
        assert question.text in text
        for option in question.options:
            assert option.label in text
    for outcome in guide.outcomes:
        assert outcome.title in text
    links = {a.get("data-node-link"): a.get("href") for a in details.iter("a")}
    nodes = nodes_of(svg_of(aside))
    for key, href in links.items():
        assert nodes[key].find(f"{SVG}a").get("href") == href


def test_nodes_do_not_overlap(guide):
    graph = flow_graph(guide)
    boxes = [(n.x - NODE_W / 2, n.y, n.x + NODE_W / 2, n.bottom) for n in graph.nodes.values()]
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1]


def test_output_is_stable(guide):
    # (It no longer has to be one line: generated HTML never passes through Markdown.)
    html = flowchart_html(guide)
    assert flowchart_html(guide) == html


def test_a_path_marks_the_route(guide):
    answers, outcome = guide.paths()[-1]
    svg = svg_of(parse(flowchart_html(guide, list(answers.items()))))
    nodes = nodes_of(svg)
    visited = {k for k, g in nodes.items() if "is-visited" in g.get("class").split()}
    current = [k for k, g in nodes.items() if "is-current" in g.get("class").split()]
    assert visited == {f"q:{q}" for q in answers} | {f"o:{outcome}"}
    assert current == [f"o:{outcome}"]
    assert nodes[f"o:{outcome}"].find(f"{SVG}a").get("aria-current") == "step"
    assert sum(1 for g in svg.iter(f"{SVG}a") if g.get("aria-current")) == 1
    taken = {g.get("data-edge") for g in edges_of(svg) if "is-taken" in g.get("class").split()}
    assert taken == {f"{q}={a}" for q, a in answers.items()}


def test_no_path_marks_nothing_and_a_bad_path_marks_nothing(guide):
    for path in (None, [("no-such-question", "x")]):
        html = flowchart_html(guide, path)
        assert "is-visited" not in html and "is-taken" not in html and "aria-current" not in html


def test_the_start_is_current_for_an_empty_path(guide):
    nodes = nodes_of(svg_of(parse(flowchart_html(guide, []))))
    assert [k for k, g in nodes.items() if "is-current" in g.get("class")] == \
        [f"q:{guide.questions[0].id}"]


# -- Synthetic guides -----------------------------------------------------------------------

LONG = ("A <script>alert('x')</script> & a very long answer that goes on well past what fits "
        "on one line of an edge label")


def _hostile_next(a):
    if a["first"] == "long":
        return "end-&"
    if "second" not in a:
        return "second"
    return "end-&" if a["second"] == "a" else "other"


HOSTILE = Guide(
    id="hostile", title="Tom & Jerry <b>guide</b>", summary="s", audience="member",
    questions=[
        Question("first", "Is <script>alert(1)</script> & \"this\" 'safe'?", options=[
            Option("long", LONG),
            Option("short", "No & <i>never</i>"),
        ]),
        Question("second", "A question whose text is long enough to need wrapping across "
                           "several lines and then some more words, all of which the chart must "
                           "show in full", options=[
            Option("a", "A"),
            Option("b", "B ]]> <!-- -->"),
        ]),
    ],
    outcomes=[
        Outcome("end-&", "The end <script>", "answer", cites=CITE),
        Outcome("other", "Other & more", "answer", cites=CITE),
    ],
    next_step=_hostile_next,
)


def test_labels_and_texts_are_escaped():
    html = flowchart_html(HOSTILE)
    assert "<script" not in html and "<b>" not in html and "<i>" not in html
    assert "<!--" not in html
    aside = parse(html)  # would fail on a stray < or &
    svg = svg_of(aside)
    edge = next(g for g in edges_of(svg) if g.get("data-edge") == "first=long")
    assert LONG in edge.find(f"{SVG}title").text          # full text in the title
    shown = text_of(edge.find(f"{SVG}text"))
    lines = [line.text for line in edge.find(f"{SVG}text").findall(f"{SVG}tspan")]
    assert len(lines) > 1 and "".join(lines).replace(" ", "") == LONG.replace(" ", "")  # wrapped, all of it
    assert shown.startswith("A <script>")                 # as text, not markup
    node = nodes_of(svg)["q:second"]
    assert text_of(node.find(f"{SVG}a").findall(f"{SVG}text")[-1]).endswith("show in full")
    assert "\u2026" not in "".join(svg.itertext())
    assert "Tom & Jerry <b>guide</b>" in svg.find(f"{SVG}title").text
    details = details_of(aside)
    assert LONG in text_of(details) and "The end <script>" in text_of(details)


def test_long_words_still_fit():
    guide = Guide(
        id="words", title="t", summary="s", audience="member",
        questions=[Question("q", "Supercalifragilisticexpialidocious" * 3, options=[
            Option("y", "Antidisestablishmentarianism" * 2)])],
        outcomes=[Outcome("o", "o", "answer", cites=CITE)],
        next_step=lambda a: "o")
    svg = svg_of(parse(flowchart_html(guide)))
    for text in svg.iter(f"{SVG}tspan"):
        assert len(text.text) <= 24


def _depends_next(a):
    """``third`` is asked straight after first=z, or after ``second`` when first=x; what its
    options lead to depends on that, and so does where second=same leads."""
    if a["first"] == "z":
        if "third" not in a:
            return "third"
        return "middle" if a["third"] == "late" else "end"
    if "second" not in a:
        return "second"
    if a["first"] == "x":
        if "third" not in a:
            return "third"
        return "end" if a["third"] == "late" else "middle"
    return "end" if a["second"] == "same" else "middle"


DEPENDS = Guide(
    id="depends", title="Depends", summary="s", audience="member",
    questions=[
        Question("first", "First?", options=[Option("x", "X"), Option("y", "Y"),
                                             Option("z", "Z")]),
        Question("second", "Second?", options=[Option("same", "Same"), Option("alt", "Alt")]),
        Question("third", "Third?", options=[Option("late", "Late"), Option("early", "Early")]),
    ],
    outcomes=[Outcome("end", "End", "answer", cites=CITE),
              Outcome("middle", "Middle", "answer", cites=CITE)],
    next_step=_depends_next,
)


def test_an_option_that_leads_to_different_places_has_an_edge_for_each():
    aside = parse(flowchart_html(DEPENDS))
    svg = svg_of(aside)
    routed = {(f"{s.path[-1][0]}={s.path[-1][1]}", node_key(s))
              for s in DEPENDS.states() if s.path}
    drawn = {(g.get("data-edge"), g.get("data-to")) for g in edges_of(svg)}
    assert drawn == routed
    by_option: dict[str, set] = {}
    for edge, to in drawn:
        by_option.setdefault(edge, set()).add(to)
    conditional = {edge for edge, targets in by_option.items() if len(targets) > 1}
    assert conditional, "the synthetic guide has path-dependent routing"
    for g in edges_of(svg):
        if g.get("data-edge") in conditional:
            assert "is-conditional" in g.get("class")
    assert aside.find("p[@class='guide-flow-legend']") is not None
    assert "depending on earlier answers" in text_of(details_of(aside))
    # and the route is marked along the edge actually taken
    path = [("first", "x"), ("second", "alt"), ("third", "late")]
    marked = svg_of(parse(flowchart_html(DEPENDS, path)))
    taken = {(g.get("data-edge"), g.get("data-to")) for g in edges_of(marked)
             if "is-taken" in g.get("class").split()}
    assert taken == {("first=x", "q:second"), ("second=alt", "q:third"), ("third=late", "o:end")}


def test_a_guide_without_conditional_routes_has_no_legend():
    guide = Guide(id="plain", title="t", summary="s", audience="member",
                  questions=[Question("q", "Q?", options=[Option("y", "Yes"), Option("n", "No")])],
                  outcomes=[Outcome("a", "A", "answer", cites=CITE),
                            Outcome("b", "B", "answer", cites=CITE)],
                  next_step=lambda a: "a" if a["q"] == "y" else "b")
    aside = parse(flowchart_html(guide))
    assert aside.find("p[@class='guide-flow-legend']") is None


def test_options_to_the_same_place_share_one_line_and_label():
    guide = Guide(id="shared", title="t", summary="s", audience="member",
                  questions=[Question("q", "Q?", options=[Option("y", "Yes"), Option("n", "No"),
                                                          Option("m", "Maybe")])],
                  outcomes=[Outcome("a", "A", "answer", cites=CITE),
                            Outcome("b", "B", "answer", cites=CITE)],
                  next_step=lambda a: "a" if a["q"] in ("y", "n") else "b")
    edges = {g.get("data-edge"): g for g in edges_of(svg_of(parse(flowchart_html(guide))))}
    assert "flow-edge-copy" not in edges["q=y"].get("class")
    assert "flow-edge-copy" in edges["q=n"].get("class")
    assert text_of(edges["q=y"].find(f"{SVG}text")) == "Yes / No"
    assert edges["q=y"].find(f"{SVG}path").get("d") == edges["q=n"].find(f"{SVG}path").get("d")
    every = Guide(id="every", title="t", summary="s", audience="member",
                  questions=[Question("q", "Q?", options=[Option("y", "Yes"), Option("n", "No")])],
                  outcomes=[Outcome("a", "A", "answer", cites=CITE)],
                  next_step=lambda a: "a")
    edge = edges_of(svg_of(parse(flowchart_html(every))))[0]
    assert text_of(edge.find(f"{SVG}text")) == "Any answer"
