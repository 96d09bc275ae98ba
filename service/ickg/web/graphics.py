"""A picture of a resource's neighbourhood, drawn on the server as SVG (no JavaScript).

The resource sits in the middle; those pointing at it stand on the left, those it points to on
the right, each group of links labelled once with its property, drawn dashed when inferred.
Where each piece goes is decided by :mod:`ickg.web.placement` (texts measured, columns stacked,
no overlaps); this module only reads the links from the page's context and writes the SVG.
Every node is a link to its page; names too long for the picture are shortened, the full name in
the node's ``<title>``. Literals are left out (the page lists them).

Routes: ``/neighbourhood.svg?iri=...`` gives the picture as a standalone SVG file; resource pages
embed the same markup inline, so that its links work without a script.
"""

from collections import Counter

from flask import Blueprint, Response, request
from markupsafe import Markup, escape

from ickg.iris import BASE
from ickg.web import placement
from ickg.web import queries as vq
from ickg.web.errors import error_page
from ickg.web.links import compact, href
from ickg.web.placement import CENTRE_FONT, LABEL_FONT, NODE_FONT, NOTE_FONT, Link, text_height
from ickg.web.view import resource_context

bp = Blueprint("graphics", __name__)

MAX_NEIGHBOURS = 16
SCHEME_BASE = BASE + "scheme/"


def _edges(context):
    """([Link] preferring asserted links, one per neighbour, at most MAX_NEIGHBOURS; how many more)."""
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
                edges.append(Link(direction, labeller(group.prop), value.label, value.inferred,
                                  href(value.term.value), f"{value.label} ({compact(value.term.value)})",
                                  value.term.value))
    edges.sort(key=lambda e: (e.inferred, e.direction == "in", e.label.lower(), e.node.lower()))
    edges, hidden = edges[:MAX_NEIGHBOURS], max(0, len(edges) - MAX_NEIGHBOURS)
    _tell_apart(edges)
    return edges, hidden


def _tell_apart(links):
    """Same-named neighbours (a concept in three typologies) get their scheme: "clinical integration — gken"."""
    counts = Counter(link.node.lower() for link in links)
    for link in links:
        if counts[link.node.lower()] > 1:
            iri = link.iri or ""
            rest = iri[len(SCHEME_BASE):] if iri.startswith(SCHEME_BASE) else ""
            tag = rest.split("/", 1)[0] if rest.count("/") == 1 else compact(iri)
            link.node = f"{link.node} — {tag}"


def _n(x):
    return f"{x:.1f}"


def _text(lines, x, box, size, *, anchor="middle", bold=False, fill="#1d232a", extra=""):
    """A <text> of one or more lines centred vertically in ``box`` (baselines from the face's ascent)."""
    line_h = text_height(size) + placement.LINE_GAP
    block = len(lines) * text_height(size) + (len(lines) - 1) * placement.LINE_GAP
    first = box.cy - block / 2 + placement.ASCENT * size
    weight = ' font-weight="bold"' if bold else ""
    spans = "".join(f'<tspan x="{_n(x)}" y="{_n(first + i * line_h)}">{escape(line)}</tspan>'
                    for i, line in enumerate(lines))
    return (f'<text x="{_n(x)}" y="{_n(first)}" text-anchor="{anchor}" font-size="{size:g}"{weight} '
            f'fill="{fill}"{extra}>{spans}</text>')


def neighbourhood_svg(iri, context, *, standalone=False):
    """SVG markup (a Markup string) of the neighbourhood of ``iri`` from its page context."""
    labeller = context["labeller"]
    links, hidden = _edges(context)
    name = labeller(iri)
    pic = placement.layout(name, links, hidden=hidden, empty_note="no links to other resources")
    w, h = pic.width, pic.height
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="neighbourhood" viewBox="0 0 {_n(w)} {_n(h)}" '
             f'width="{_n(w)}" height="{_n(h)}" role="img" font-family="{escape(placement.FONT_FAMILY)}" '
             f'font-size="{NODE_FONT:g}">',
             f"<title>{escape('Neighbourhood of ' + name)}</title>",
             '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" '
             'orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="#7b8794"/></marker></defs>']
    for seg in pic.segments:
        dash = ' stroke-dasharray="5 4"' if seg.dashed else ""
        arrow = ' marker-end="url(#arrow)"' if seg.arrow else ""
        parts.append(f'<line x1="{_n(seg.x1)}" y1="{_n(seg.y1)}" x2="{_n(seg.x2)}" y2="{_n(seg.y2)}" '
                     f'stroke="#9aa5b1" stroke-width="1.2"{arrow}{dash}/>')
    for group in pic.groups:
        box = group.label_box
        full = group.label + (" (inferred)" if group.inferred else "")
        direction = "points to" if group.direction == "out" else "is pointed at by"
        parts.append(f'<g class="link-label"><title>{escape(f"{name} {direction}: {full}")}</title>'
                     + _text([group.text], box.x + box.w / 2, box, LABEL_FONT, fill="#52606d",
                             extra=' paint-order="stroke" stroke="#fff" stroke-width="3"') + "</g>")
        for node in group.nodes:
            link, b = node.link, node.box
            fill = "#f4f1fb" if link.inferred else "#fff"
            stroke = "#7a5cb0" if link.inferred else "#1f5f8b"
            parts.append(f'<a href="{escape(link.href or "")}"><g class="node">'
                         f'<title>{escape(link.title or link.node)}</title>'
                         f'<rect x="{_n(b.x)}" y="{_n(b.y)}" width="{_n(b.w)}" height="{_n(b.h)}" rx="12" '
                         f'fill="{fill}" stroke="{stroke}"/>'
                         + _text(node.lines, b.x + b.w / 2, b, NODE_FONT) + "</g></a>")
    c = pic.centre
    parts.append(f'<g class="centre"><title>{escape(name)} ({escape(compact(iri))})</title>'
                 f'<rect x="{_n(c.x)}" y="{_n(c.y)}" width="{_n(c.w)}" height="{_n(c.h)}" rx="16" fill="#1f5f8b"/>'
                 + _text(pic.centre_lines, c.x + c.w / 2, c, CENTRE_FONT, bold=True, fill="#fff") + "</g>")
    if pic.note:
        b = pic.note_box
        parts.append('<g class="note">' + _text([pic.note], b.x + b.w / 2, b, NOTE_FONT, fill="#52606d") + "</g>")
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
    return Response(vq.memo("neighbourhood file", _standalone_svg, iri), mimetype="image/svg+xml")


def _standalone_svg(iri: str) -> str:
    """The SVG file of ``iri``'s neighbourhood: kept per store version and mount point by the
    route (:func:`ickg.web.queries.memo`), as it reads nothing else of the request and a resource's
    page context and layout cost ~9 ms to make again."""
    context = resource_context(iri)
    context["labeller"].fetch()
    return str(neighbourhood_svg(iri, context, standalone=True))
