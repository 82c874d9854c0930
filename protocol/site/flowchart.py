"""A guide's flowchart, drawn at build time from the guide's own Python: an inline SVG (no
library, no CDN, no JavaScript needed to see it) and a text version of the same flow.

``flowchart_html(guide, path=None)`` draws ``<aside class="guide-flow">`` (heading, SVG, text
version) with the templates in ``templates/flowchart/``; ``flow_graph(guide)`` is the laid-out
graph it is drawn from.

The graph comes from ``guide.states()``, so it is exactly what the engine does:

* a node for every reachable question (``q:<id>``) and outcome (``o:<id>``); its layer is the
  shortest number of answers that reaches it, and it links to the no-JavaScript step page of
  that shortest path (``guidepages.step_url``);
* an edge for every (question, option, next node) seen on some path. Routing may depend on
  earlier answers, so one option can have more than one edge (same ``data-edge``, different
  ``data-to``); such edges are dashed and the chart says what that means.

Options of one question that lead to the same node share one drawn line and one label ("Any
answer", "Yes / No" or "3 answers"); each option still has its own ``<g data-edge>`` holding a
copy of the line, which CSS shows only when that option is taken.

In the SVG, each node is ``<g data-node="q:<id>">`` around an ``<a href>``; each edge is
``<g data-edge="<question>=<option>" data-from="q:<id>" data-to="q:<id>|o:<id>">``.
``site_src/assets/js/flowchart.mjs`` marks the reader's route with the classes ``is-visited``,
``is-current`` and ``is-taken`` (and ``aria-current="step"``); ``path=`` marks the same at build
time, for pages drawn without JavaScript. Colours come from ``assets/css/flowchart.css``
(currentColor and theme variables), so the chart follows light and dark schemes.

The SVG is well-formed XML.
"""
from __future__ import annotations

import functools
import itertools
import textwrap
from dataclasses import dataclass, field

from markupsafe import Markup

from guides.engine import GuideError, InvalidAnswers
from protocol.site.guides import step_url
from protocol.site.templates import ENV, render

__all__ = ["flowchart_html", "flow_graph", "FlowGraph", "FlowNode", "FlowEdge", "FlowLink"]

# -- Geometry (SVG user units; one is a CSS pixel at natural size) ---------------------------
NODE_W = 184                       # every node is this wide
PAD_X, PAD_Y = 11, 9               # text inset inside a node
# Every text at least 13 px, the body's small print; the chart is never drawn smaller than this
# (it scrolls sideways instead), and no text is ever cut short: it wraps onto more lines.
FONT, LINE_H = 13, 16              # node text
LABEL_FONT, LABEL_LINE_H = 13, 16  # edge labels
CHAR_W, LABEL_CHAR_W = 6.9, 6.9    # generous average advances, so wrapped text stays inside
H_GAP = 44                         # between nodes in a layer
V_GAP, V_GAP_EACH, V_GAP_MAX = 104, 12, 230  # between layers; grows with the lines crossing
POINT = 12                         # how far an outcome's pointed ends stick out
LABEL_CHARS, LABEL_LINES = 20, 2   # an edge label: characters a line; joined labels longer
                                   # than these lines say "N answers" instead
ARROW_L, ARROW_W = 8, 4.5
ARC_DIP = 48                       # how far below its layer an edge along the layer dips
MARGIN = 8
ARROW = "\u2192"


@dataclass
class FlowNode:
    key: str                     # "q:<id>" or "o:<id>"
    kind: str                    # "question" or "outcome"
    id: str
    text: str                    # the question, or the outcome's title
    path: list                   # the shortest path that reaches it: [(question, option), ...]
    layer: int = 0
    order: int = 0               # place in its layer, left to right
    x: float = 0.0               # centre
    y: float = 0.0               # top
    lines: list = field(default_factory=list)
    height: float = 0.0

    @property
    def bottom(self) -> float:
        return self.y + self.height


@dataclass
class FlowEdge:
    source: str                  # node key of the question
    question: str
    option: str
    label: str                   # the option's full label
    target: str                  # node key it leads to
    rank: tuple = ()             # (question order, option order, first seen)
    conditional: bool = False    # the option leads elsewhere after other earlier answers


@dataclass
class FlowLink:
    """The options of one question that lead to one node: drawn as one line."""
    source: str
    target: str
    edges: list
    label: str = ""              # what the line says
    lines: list = field(default_factory=list)
    curve: tuple = ()            # cubic Bezier: four (x, y)
    arrow: tuple = ()            # three (x, y)
    label_at: tuple | None = None
    label_box: tuple = (0.0, 0.0, 0.0, 0.0)

    @property
    def conditional(self) -> bool:
        return any(e.conditional for e in self.edges)


@dataclass
class FlowGraph:
    nodes: dict                  # key -> FlowNode, in order of first reach (shortest first)
    edges: list                  # FlowEdge, in question then option order
    links: list = field(default_factory=list)

    def layers(self) -> list[list[FlowNode]]:
        out: dict[int, list[FlowNode]] = {}
        for node in self.nodes.values():
            out.setdefault(node.layer, []).append(node)
        return [sorted(out[n], key=lambda node: node.order) for n in sorted(out)]


def _key(state) -> str:
    return f"q:{state.question.id}" if state.question else f"o:{state.outcome.id}"


@functools.lru_cache(maxsize=None)  # one layout per guide, however many step pages draw it
def flow_graph(guide) -> FlowGraph:
    """Nodes, edges and their drawing from every reachable state of ``guide`` (raises
    GuideError if the guide is broken)."""
    states = guide.states()
    nodes: dict[str, FlowNode] = {}
    for state in sorted(states, key=lambda s: len(s.path)):  # stable: ties keep walk order
        key = _key(state)
        if key not in nodes:
            kind, item = (("question", state.question) if state.question
                          else ("outcome", state.outcome))
            text = item.text if kind == "question" else item.title
            nodes[key] = FlowNode(key, kind, item.id, text, list(state.path), len(state.path))
    question_rank = {q.id: n for n, q in enumerate(guide.questions)}
    edges: dict[tuple, FlowEdge] = {}
    for seen, state in enumerate(states):
        if not state.path:
            continue
        qid, oid = state.path[-1]
        target = _key(state)
        if (qid, oid, target) not in edges:
            question = guide.question(qid)
            rank = (question_rank[qid], [o.id for o in question.options].index(oid), seen)
            edges[(qid, oid, target)] = FlowEdge(f"q:{qid}", qid, oid,
                                                 question.option(oid).label, target, rank)
    targets: dict[tuple, int] = {}
    for qid, oid, _ in edges:
        targets[(qid, oid)] = targets.get((qid, oid), 0) + 1
    for (qid, oid, _), edge in edges.items():
        edge.conditional = targets[(qid, oid)] > 1
    graph = FlowGraph(nodes, sorted(edges.values(), key=lambda e: e.rank))
    graph.links = _links(guide, graph)
    _layout(graph)
    _route(graph)
    _place_labels(graph)
    return graph


# -- Text -----------------------------------------------------------------------------------

def _wrap(text: str, width: int) -> list[str]:
    """``text`` in lines of at most ``width`` characters; never shortened."""
    return textwrap.wrap(" ".join(text.split()), width, break_on_hyphens=False) or [""]


def _node_chars(node: FlowNode) -> int:
    inner = NODE_W - 2 * PAD_X - (2 * POINT if node.kind == "outcome" else 0)
    return max(8, int(inner // CHAR_W))


def _link_label(question, edges: list[FlowEdge]) -> str:
    if len(edges) == 1:
        return edges[0].label
    if len(edges) == len(question.options):
        return "Any answer"
    joined = " / ".join(e.label for e in edges)
    wrapped = textwrap.wrap(joined, LABEL_CHARS, break_on_hyphens=False)
    return joined if len(wrapped) <= LABEL_LINES else f"{len(edges)} answers"


def _label_size(lines) -> tuple[float, float]:
    return (max(len(line) for line in lines) * LABEL_CHAR_W + 6, len(lines) * LABEL_LINE_H + 3)


def _links(guide, graph: FlowGraph) -> list[FlowLink]:
    links: dict[tuple, FlowLink] = {}
    for edge in graph.edges:
        links.setdefault((edge.source, edge.target),
                         FlowLink(edge.source, edge.target, [])).edges.append(edge)
    for link in links.values():
        link.label = _link_label(guide.question(link.edges[0].question), link.edges)
        link.lines = _wrap(link.label, LABEL_CHARS)
    return list(links.values())


# -- Layout ---------------------------------------------------------------------------------

def _crossings(pairs) -> int:
    """Crossings among lines given as (source x, target place)."""
    return sum(1 for n, (a, p) in enumerate(pairs) for b, q in pairs[n + 1:]
               if (a - b) * (p - q) < 0)


def _arrange(layer: list[FlowNode], incoming: list[tuple], within: list[FlowLink]) -> list:
    """The order of one layer with the fewest crossings from the layers above and the shortest
    lines within the layer (a line between neighbours is drawn straight across). Small layers
    are searched exhaustively; ties, and big layers, keep the shortest-path tree's order."""
    if len(layer) > 7:
        return layer
    tree = {node.key: n for n, node in enumerate(layer)}

    def cost(order) -> tuple:
        place = {node.key: n for n, node in enumerate(order)}
        spans = sum(abs(place[k.source] - place[k.target]) - 1 for k in within)
        crossings = _crossings([(x, place[key]) for x, key in incoming])
        return (crossings + 3 * spans, sum(abs(place[k] - tree[k]) for k in place))

    return list(min(itertools.permutations(layer), key=cost))


def _layout(graph: FlowGraph) -> None:
    """Order every layer and place every node: x is its centre, y its top."""
    by_layer: dict[int, list[FlowNode]] = {}
    for node in graph.nodes.values():
        node.lines = _wrap(node.text, _node_chars(node))
        marker = 1 if node.kind == "outcome" else 0
        node.height = (len(node.lines) + marker) * LINE_H + 2 * PAD_Y
        by_layer.setdefault(node.layer, []).append(node)
    option_rank = {(e.question, e.option): e.rank[1] for e in graph.edges}
    place: dict[str, int] = {}
    top = 0.0
    for number in sorted(by_layer):
        layer = by_layer[number]
        # Start from the shortest-path tree's order: the parent's place, then the option's.
        layer.sort(key=lambda n: (place.get(f"q:{n.path[-1][0]}", 0) if n.path else 0,
                                  option_rank.get(tuple(n.path[-1]), 0) if n.path else 0, n.key))
        keys = {n.key for n in layer}
        incoming = [(graph.nodes[k.source].x, k.target) for k in graph.links
                    if k.target in keys and graph.nodes[k.source].layer < number]
        within = [k for k in graph.links if k.source in keys and k.target in keys]
        layer[:] = _arrange(layer, incoming, within)
        for n, node in enumerate(layer):
            node.order = place[node.key] = n
        # Room between neighbours for the labels of lines drawn straight across.
        gaps = [float(H_GAP)] * max(0, len(layer) - 1)
        for link in within:
            left, right = sorted((place[link.source], place[link.target]))
            if right - left == 1:
                gaps[left] = max(gaps[left], _label_size(link.lines)[0] + 2 * ARROW_L + 12)
        parents: dict[str, list[float]] = {}
        for x, key in incoming:
            parents.setdefault(key, []).append(x)
        wanted = [sum(parents[n.key]) / len(parents[n.key]) if n.key in parents else 0.0
                  for n in layer]
        # Keep the order and the gaps, then slide the layer to sit under its parents.
        xs: list[float] = []
        for n, want in enumerate(wanted):
            xs.append(want if not xs else max(want, xs[-1] + NODE_W + gaps[n - 1]))
        shift = sum(w - x for w, x in zip(wanted, xs)) / len(xs)
        for node, x in zip(layer, xs):
            node.x, node.y = x + shift, top
        # More lines leaving this layer need more room for their labels.
        leaving = sum(1 for k in graph.links if k.source in keys and
                      (graph.nodes[k.target].layer != number or k not in within))
        gap = min(V_GAP_MAX, V_GAP + V_GAP_EACH * max(0, leaving - 3))
        top += max(n.height for n in layer) + gap


def _ports(count: int, centre: float) -> list[float]:
    """``count`` x positions spread along a node's top or bottom, centred."""
    if count <= 1:
        return [centre]
    spacing = min(22.0, (NODE_W - 2 * POINT - 2 * PAD_X) / (count - 1))
    return [centre + (n - (count - 1) / 2) * spacing for n in range(count)]


def _side_x(node: FlowNode, y: float, right: bool) -> float:
    """Where a horizontal line at ``y`` meets the node's left or right side."""
    inset = 0.0
    if node.kind == "outcome":
        half = node.height / 2
        inset = POINT * min(1.0, abs(y - (node.y + half)) / half)
    return node.x + (1 if right else -1) * (NODE_W / 2 - inset)


def _route(graph: FlowGraph) -> None:
    """Give every link its curve and arrowhead (and a fixed label if it goes straight across)."""
    nodes = graph.nodes

    def across(link: FlowLink) -> bool:
        src, dst = nodes[link.source], nodes[link.target]
        return src.layer == dst.layer and abs(src.order - dst.order) == 1

    out_ports: dict[str, list[FlowLink]] = {}
    in_top: dict[str, list[FlowLink]] = {}
    in_bottom: dict[str, list[FlowLink]] = {}
    pairs: dict[frozenset, list[FlowLink]] = {}
    for link in graph.links:
        if across(link):
            pairs.setdefault(frozenset((link.source, link.target)), []).append(link)
            continue
        out_ports.setdefault(link.source, []).append(link)
        down = nodes[link.target].layer > nodes[link.source].layer
        (in_top if down else in_bottom).setdefault(link.target, []).append(link)
    start: dict[int, float] = {}
    end: dict[int, float] = {}
    for key, links in out_ports.items():
        ordered = sorted(links, key=lambda k: (nodes[k.target].x, k.edges[0].rank))
        for link, x in zip(ordered, _ports(len(ordered), nodes[key].x)):
            start[id(link)] = x
    for pool in (in_top, in_bottom):
        for key, links in pool.items():
            ordered = sorted(links, key=lambda k: (start[id(k)], k.edges[0].rank))
            for link, x in zip(ordered, _ports(len(ordered), nodes[key].x)):
                end[id(link)] = x
    for links in pairs.values():                       # to a neighbour: straight across
        for n, link in enumerate(links, 1):
            src, dst = nodes[link.source], nodes[link.target]
            y = max(src.y, dst.y) + min(src.height, dst.height) * n / (len(links) + 1)
            rightwards = dst.x > src.x
            sx, tip = _side_x(src, y, rightwards), _side_x(dst, y, not rightwards)
            ex = tip - ARROW_L if rightwards else tip + ARROW_L
            link.curve = ((sx, y), (sx + (ex - sx) / 3, y), (sx + 2 * (ex - sx) / 3, y), (ex, y))
            link.arrow = ((tip, y), (ex, y - ARROW_W), (ex, y + ARROW_W))
            width, height = _label_size(link.lines)
            cx = (sx + ex) / 2
            link.label_at = (cx, y - 3 - height / 2)
            link.label_box = (cx - width / 2, y - 3 - height, cx + width / 2, y - 3)
    for link in graph.links:
        if across(link):
            continue
        src, dst = nodes[link.source], nodes[link.target]
        sx, ex, sy = start[id(link)], end[id(link)], src.bottom
        if dst.layer > src.layer:                      # down to a later layer
            ey = dst.y - ARROW_L
            bend = (ey - sy) / 2
            link.curve = ((sx, sy), (sx, sy + bend), (ex, ey - bend), (ex, ey))
            link.arrow = ((ex, dst.y), (ex - ARROW_W, ey), (ex + ARROW_W, ey))
        else:                                          # along a layer, or back up: from below
            ey = dst.bottom + ARROW_L
            low = max(sy, ey) + ARC_DIP
            link.curve = ((sx, sy), (sx, low), (ex, low), (ex, ey))
            link.arrow = ((ex, dst.bottom), (ex - ARROW_W, ey), (ex + ARROW_W, ey))


def _bezier(points, t: float) -> tuple[float, float]:
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = points
    u = 1 - t
    return (u ** 3 * x0 + 3 * u * u * t * x1 + 3 * u * t * t * x2 + t ** 3 * x3,
            u ** 3 * y0 + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t ** 3 * y3)


def _overlap(a, b) -> float:
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    return w * h if w > 0 and h > 0 else 0.0


def _inside(point, box) -> bool:
    return box[0] <= point[0] <= box[2] and box[1] <= point[1] <= box[3]


def _place_labels(graph: FlowGraph) -> None:
    """Put each label on its own line where it covers the fewest nodes, labels and other lines
    (greedy, in drawing order)."""
    taken = [(n.x - NODE_W / 2 - 2, n.y - 2, n.x + NODE_W / 2 + 2, n.bottom + 2)
             for n in graph.nodes.values()]
    taken += [link.label_box for link in graph.links if link.label_at is not None]
    samples = [(id(link), _bezier(link.curve, n / 24)) for link in graph.links
               for n in range(25)]
    for link in graph.links:
        if link.label_at is not None:
            continue
        width, height = _label_size(link.lines)
        best = None
        for t in (0.5, 0.42, 0.58, 0.34, 0.66, 0.27, 0.73, 0.2, 0.8, 0.14, 0.86):
            x, y = _bezier(link.curve, t)
            box = (x - width / 2, y - height / 2, x + width / 2, y + height / 2)
            cost = sum(_overlap(box, other) for other in taken)
            cost += 60 * sum(1 for owner, p in samples if owner != id(link) and _inside(p, box))
            cost += abs(t - 0.5) * 20  # all else equal, nearer the middle
            if best is None or cost < best[0]:
                best = (cost, (x, y), box)
        link.label_at, link.label_box = best[1], best[2]
        taken.append(best[2])


# -- Drawing (templates/flowchart/) ---------------------------------------------------------

def _n(value: float) -> str:
    """A coordinate as SVG text: one decimal, none when it is whole."""
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


ENV.filters["n"] = _n


def _points(points) -> str:
    return " ".join(f"{_n(x)},{_n(y)}" for x, y in points)


def _marks(guide, path) -> tuple[set, str | None, set]:
    """Visited node keys, the current node key and the (question, option, target) edges taken
    for the answers in ``path``, replayed by the engine; nothing if the guide rejects them."""
    if path is None:
        return set(), None, set()
    try:
        state = guide.step(dict(path))
        visited, taken = set(), set()
        for n in range(len(state.path) + 1):
            key = _key(guide.step(dict(state.path[:n])))
            visited.add(key)
            if n:
                taken.add((*state.path[n - 1], key))
    except (InvalidAnswers, GuideError, TypeError, ValueError):
        return set(), None, set()
    return visited, _key(state), taken


def _edge(guide, link: FlowLink, edge: FlowEdge, first: bool, taken: set) -> dict:
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = link.curve
    classes = ["flow-edge"]
    if not first:
        classes.append("flow-edge-copy")   # same line as the first option's: shown when taken
    if link.conditional:
        classes.append("is-conditional")
    if (edge.question, edge.option, edge.target) in taken:
        classes.append("is-taken")
    title = f"{guide.question(edge.question).text} {ARROW} {edge.label}"
    if edge.conditional:
        title += " (where this leads also depends on earlier answers)"
    label = None
    if first:
        lx, ly = link.label_at
        top = ly - (len(link.lines) - 1) * LABEL_LINE_H / 2 + LABEL_FONT * 0.35
        label = {"lines": link.lines, "x": lx, "y": top, "line_h": LABEL_LINE_H}
    return {"edge": edge, "classes": classes, "title": title, "label": label,
            "d": f"M{_n(x0)} {_n(y0)}C{_n(x1)} {_n(y1)} {_n(x2)} {_n(y2)} {_n(x3)} {_n(y3)}",
            "arrow": _points(link.arrow)}


def _node(guide, node: FlowNode, visited: set, current: str | None) -> dict:
    classes = ["flow-node", f"flow-{node.kind}"]
    classes += ["is-visited"] if node.key in visited else []
    classes += ["is-current"] if node.key == current else []
    x0, x1, y0, y1 = node.x - NODE_W / 2, node.x + NODE_W / 2, node.y, node.bottom
    baseline = y0 + PAD_Y + FONT * 0.95
    drawn = {"node": node, "classes": classes, "current": node.key == current,
             "url": step_url(guide, node.path), "line_h": LINE_H, "marker_y": baseline}
    if node.kind == "question":
        return dict(drawn, name=f"Question: {node.text}", baseline=baseline,
                    rect={"x": x0, "y": y0, "width": NODE_W, "height": node.height})
    mid = (y0 + y1) / 2
    points = [(x0 + POINT, y0), (x1 - POINT, y0), (x1, mid), (x1 - POINT, y1), (x0 + POINT, y1),
              (x0, mid)]
    return dict(drawn, name=f"Outcome: {node.text}", baseline=baseline + LINE_H, rect=None,
                points=_points(points))


def _svg(guide, graph: FlowGraph, ids: dict, path) -> Markup:
    visited, current, taken = _marks(guide, path)
    boxes = [(n.x - NODE_W / 2, n.y, n.x + NODE_W / 2, n.bottom) for n in graph.nodes.values()]
    for link in graph.links:
        xs = [p[0] for p in link.curve] + [link.label_box[0], link.label_box[2]]
        ys = [p[1] for p in link.curve] + [link.label_box[1], link.label_box[3]]
        boxes.append((min(xs), min(ys), max(xs), max(ys)))
    left = min(b[0] for b in boxes) - MARGIN
    top = min(b[1] for b in boxes) - MARGIN
    box = {"left": left, "top": top, "width": max(b[2] for b in boxes) + MARGIN - left,
           "height": max(b[3] for b in boxes) + MARGIN - top}
    questions = sum(1 for n in graph.nodes.values() if n.kind == "question")
    return render("flowchart/svg.html", guide=guide, ids=ids, box=box, questions=questions,
                  outcomes=len(graph.nodes) - questions,
                  edges=[_edge(guide, link, edge, n == 0, taken)
                         for link in graph.links for n, edge in enumerate(link.edges)],
                  nodes=[_node(guide, node, visited, current)
                         for layer in graph.layers() for node in layer])


def _text_version(guide, graph: FlowGraph) -> list[dict]:
    """Each question, then each of its answers and where it leads."""
    items = []
    for layer in graph.layers():
        for node in layer:
            if node.kind != "question":
                continue
            answers = []
            for option in guide.question(node.id).options:
                targets = [graph.nodes[e.target] for e in graph.edges
                           if e.question == node.id and e.option == option.id]
                if targets:
                    answers.append({"label": option.label, "targets": targets})
            items.append({"node": node, "answers": answers})
    return items


def flowchart_html(guide, path=None) -> Markup:
    """The flowchart aside for ``guide``. ``path`` ([(question, option), ...]) marks where a
    reader is, for a page drawn without JavaScript; None marks nothing."""
    graph = flow_graph(guide)
    base = f"guide-flow-{guide.id}"
    ids = {"heading": f"{base}-heading", "title": f"{base}-title", "desc": f"{base}-desc"}
    return render("flowchart/aside.html", guide=guide, ids=ids,
                  svg=_svg(guide, graph, ids, path),
                  conditional=any(e.conditional for e in graph.edges),
                  urls={key: step_url(guide, node.path) for key, node in graph.nodes.items()},
                  text_version=_text_version(guide, graph))
