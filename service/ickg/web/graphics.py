"""A picture of a resource's neighbourhood, drawn on the server as SVG (no JavaScript).

The resource sits in the middle; the resources it points to and those pointing at it sit on an
ellipse around it, each edge labelled with its property and drawn dashed when it was inferred.
Every node is a link to its page. Literals are left out (the page lists them).

Routes: ``/neighbourhood.svg?iri=...`` gives the picture as a standalone SVG file; resource pages
embed the same markup inline, so that its links work without a script.
"""

import math

from flask import Blueprint, Response, request
from markupsafe import Markup, escape

from ickg.web import queries as vq
from ickg.web.errors import error_page
from ickg.web.links import compact, href
from ickg.web.view import resource_context

bp = Blueprint("graphics", __name__)

MAX_NEIGHBOURS = 16
WIDTH, HEIGHT = 980, 540


def _short(text, n=30):
    text = " ".join(str(text).split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _edges(context):
    """[(direction, property label, neighbour Value)] preferring asserted links, one per neighbour."""
    labeller = context["labeller"]
    groups = list(context.get("out_groups") or [])
    for _, gs in context.get("dimensions") or []:
        groups += gs
    if context.get("type_group"):
        groups.append(context["type_group"])
    edges, seen = [], set()
    for direction, gs in (("out", groups), ("in", context.get("in_groups") or [])):
        for group in gs:
            for value in group.values:
                if not value.term.is_iri or value.term.value in seen:
                    continue
                seen.add(value.term.value)
                name = group.name if direction == "in" and group.name else labeller(group.prop)
                edges.append((direction, name, value))
    edges.sort(key=lambda e: (e[2].inferred, e[0] == "in"))
    return edges[:MAX_NEIGHBOURS], max(0, len(edges) - MAX_NEIGHBOURS)


def neighbourhood_svg(iri, context, *, standalone=False):
    """SVG markup (a Markup string) of the neighbourhood of ``iri`` from its page context."""
    labeller = context["labeller"]
    edges, hidden = _edges(context)
    cx, cy = WIDTH / 2, HEIGHT / 2
    rx, ry = WIDTH / 2 - 110, HEIGHT / 2 - 45
    parts = []
    head = (f'<svg xmlns="http://www.w3.org/2000/svg" class="neighbourhood" viewBox="0 0 {WIDTH} {HEIGHT}" '
            f'width="{WIDTH}" height="{HEIGHT}" role="img" font-family="system-ui, sans-serif" font-size="12">')
    parts.append(head)
    parts.append(f"<title>{escape('Neighbourhood of ' + labeller(iri))}</title>")
    parts.append('<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" '
                 'orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="#7b8794"/></marker></defs>')
    n = len(edges)
    nodes = []
    for k, (direction, name, value) in enumerate(edges):
        angle = -math.pi / 2 + 2 * math.pi * k / max(n, 1)
        x, y = cx + rx * math.cos(angle), cy + ry * math.sin(angle)
        nodes.append((x, y, direction, name, value))
        dash = ' stroke-dasharray="5 4"' if value.inferred else ""
        if direction == "out":
            x1, y1, x2, y2 = cx, cy, x, y
        else:
            x1, y1, x2, y2 = x, y, cx, cy
        # stop the line short of the target box
        dx, dy = x2 - x1, y2 - y1
        dist = math.hypot(dx, dy) or 1
        shorten = 30
        x2s, y2s = x2 - dx / dist * shorten, y2 - dy / dist * shorten
        x1s, y1s = x1 + dx / dist * 18, y1 + dy / dist * 18
        parts.append(f'<line x1="{x1s:.1f}" y1="{y1s:.1f}" x2="{x2s:.1f}" y2="{y2s:.1f}" stroke="#9aa5b1" '
                     f'stroke-width="1.2" marker-end="url(#arrow)"{dash}/>')
        mx, my = cx + (x - cx) * 0.62, cy + (y - cy) * 0.62 - 4
        label = _short(name, 26) + (" (inferred)" if value.inferred else "")
        parts.append(f'<text x="{mx:.1f}" y="{my:.1f}" text-anchor="middle" fill="#52606d" font-size="10.5" '
                     f'paint-order="stroke" stroke="#fbfbfa" stroke-width="3">{escape(label)}</text>')
    for x, y, direction, name, value in nodes:
        text = _short(value.label, 28)
        w = max(60, 7 * len(text) + 16)
        fill = "#fff" if not value.inferred else "#f4f1fb"
        stroke = "#1f5f8b" if not value.inferred else "#7a5cb0"
        parts.append(f'<a href="{escape(href(value.term.value))}"><g class="node">'
                     f'<title>{escape(value.label)} ({escape(compact(value.term.value))})</title>'
                     f'<rect x="{x - w / 2:.1f}" y="{y - 13:.1f}" width="{w:.1f}" height="26" rx="13" fill="{fill}" '
                     f'stroke="{stroke}"/>'
                     f'<text x="{x:.1f}" y="{y + 4:.1f}" text-anchor="middle" fill="#1d232a">{escape(text)}</text></g></a>')
    center = _short(labeller(iri), 34)
    w = max(90, 7.6 * len(center) + 24)
    parts.append(f'<g class="centre"><rect x="{cx - w / 2:.1f}" y="{cy - 17:.1f}" width="{w:.1f}" height="34" rx="17" '
                 f'fill="#1f5f8b"/><text x="{cx:.1f}" y="{cy + 5:.1f}" text-anchor="middle" fill="#fff" '
                 f'font-weight="600" font-size="13">{escape(center)}</text></g>')
    if hidden:
        parts.append(f'<text x="{WIDTH - 10}" y="{HEIGHT - 10}" text-anchor="end" fill="#52606d" font-size="11">'
                     f'{escape(f"+ {hidden} more links, listed on the page")}</text>')
    if not edges:
        parts.append(f'<text x="{cx}" y="{cy + 40}" text-anchor="middle" fill="#52606d">no links to other resources</text>')
    parts.append("</svg>")
    svg = "".join(parts)
    if standalone:
        svg = '<?xml version="1.0" encoding="UTF-8"?>\n' + svg
    return Markup(svg)


@bp.route("/neighbourhood.svg")
def neighbourhood():
    iri = (request.args.get("iri") or "").strip()
    try:
        vq.iri_ref(iri)
    except ValueError:
        return error_page(400, "Not an IRI", "Give the resource as ?iri=<an absolute IRI>.")
    if not vq.exists(iri):
        return error_page(404, "Nothing known about this IRI", "The graph holds no statement about it.", iri=iri)
    context = resource_context(iri)
    context["labeller"].fetch()
    return Response(str(neighbourhood_svg(iri, context, standalone=True)), mimetype="image/svg+xml")
