"""No overlapping texts in the neighbourhood pictures of the seed graph, checked geometrically.

Every resource of the seed graph that has a page (every ickg IRI outside the bookkeeping graphs)
has its picture fetched from the running service (``/neighbourhood.svg``, the markup resource
pages embed) and parsed. Each piece of the picture gets a box: a node's or the centre's ``<rect>``;
a link label's or the note's text, measured as the layout measures it (advance widths of the face
times the font size, ascent above and descent below each baseline, the text-anchor applied).
The test asserts that no two pieces overlap, that each node's and the centre's text lies inside its
own rect, that every piece is on the canvas and that no line runs through a piece it does not join.

The measure itself is checked in Chromium (``getBBox()`` of every text on the pages of PRISMA,
Ontario, GKEN's clinical integration and the Jurisdiction class, the four pictures users found
overlapping, and of the most crowded pictures of the seed graph): the browser's boxes must lie
inside the measured ones and must not overlap either. Screenshots go to tests/artifacts/ with
``ICKG_TEST_SCREENSHOTS=1`` (test_browser.py's :func:`shot`).
"""

import xml.etree.ElementTree as ET
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import quote

import pytest
import requests

from ickg.web.placement import ASCENT, DESCENT, Box, text_width
from test_browser import _module_tab, page, shot  # noqa: F401 (fixtures)

SVG = "{http://www.w3.org/2000/svg}"
BOOKKEEPING = ("https://w3id.org/ickg/graph/provenance", "https://w3id.org/ickg/graph/derivations")
SHOWN_IN_BROWSER = {
    "prisma": "/id/program/prisma",
    "ontario": "/id/jurisdiction/ontario",
    "gken-clinical-integration": "/scheme/gken/clinical-integration",
    "jurisdiction-class": "/ontology/Jurisdiction",
}


def resource_iris(server):
    query = f"""SELECT DISTINCT ?s WHERE {{ GRAPH ?g {{ ?s ?p ?o }}
  FILTER(?g NOT IN (<{BOOKKEEPING[0]}>, <{BOOKKEEPING[1]}>))
  FILTER(isIRI(?s) && STRSTARTS(STR(?s), "https://w3id.org/ickg/")) }} ORDER BY ?s"""
    r = requests.get(server.sparql, params={"query": query}, headers={"Accept": "application/sparql-results+json"},
                     timeout=60)
    r.raise_for_status()
    return [b["s"]["value"] for b in r.json()["results"]["bindings"]]


def _text_box(text_el):
    """The box of a <text>: each <tspan> line measured at the text's size and weight."""
    size = float(text_el.get("font-size"))
    bold = text_el.get("font-weight") == "bold"
    anchor = text_el.get("text-anchor", "start")
    spans = text_el.findall(SVG + "tspan") or [text_el]
    x0 = y0 = float("inf")
    x1 = y1 = float("-inf")
    for span in spans:
        line = "".join(span.itertext())
        x, y = float(span.get("x")), float(span.get("y"))
        w = text_width(line, size, bold=bold)
        left = {"start": x, "middle": x - w / 2, "end": x - w}[anchor]
        x0, x1 = min(x0, left), max(x1, left + w)
        y0, y1 = min(y0, y - ASCENT * size), max(y1, y + DESCENT * size)
    return Box(x0, y0, x1 - x0, y1 - y0)


def _rect(el):
    return Box(float(el.get("x")), float(el.get("y")), float(el.get("width")), float(el.get("height")))


def _inside(inner, outer, slack=0.01):
    return (outer.x - slack <= inner.x and inner.right <= outer.right + slack
            and outer.y - slack <= inner.y and inner.bottom <= outer.bottom + slack)


def pieces(svg_text):
    """(canvas, [(kind, box)], [(text box, rect)] of texts drawn in a rect, [line segments])."""
    root = ET.fromstring(svg_text.split("?>", 1)[-1].strip().encode())
    _, _, width, height = (float(v) for v in root.get("viewBox").split())
    out, contained = [], []
    for g in root.iter(SVG + "g"):
        cls = g.get("class")
        if cls in ("node", "centre"):
            rect = _rect(g.find(SVG + "rect"))
            out.append((cls, rect))
            contained += [(_text_box(t), rect) for t in g.findall(SVG + "text")]
        elif cls in ("link-label", "note"):
            out += [(cls, _text_box(t)) for t in g.findall(SVG + "text")]
    drawn = sum(1 for _ in root.iter(SVG + "text"))
    assert drawn == len(contained) + sum(1 for kind, _ in out if kind in ("link-label", "note")), \
        "a <text> outside the pieces the test knows"
    lines = [tuple(float(l.get(k)) for k in ("x1", "y1", "x2", "y2")) for l in root.iter(SVG + "line")]
    return Box(0, 0, width, height), out, contained, lines


def _through(seg, box, inset=0.75):
    """True when the segment passes through the inside of ``box`` (shrunk by ``inset``)."""
    x1, y1, x2, y2 = seg
    lo_x, hi_x, lo_y, hi_y = box.x + inset, box.right - inset, box.y + inset, box.bottom - inset
    t0, t1, dx, dy = 0.0, 1.0, x2 - x1, y2 - y1
    for p, q in ((-dx, x1 - lo_x), (dx, hi_x - x1), (-dy, y1 - lo_y), (dy, hi_y - y1)):
        if p == 0:
            if q < 0:
                return False
            continue
        t = q / p
        t0, t1 = (max(t0, t), t1) if p < 0 else (t0, min(t1, t))
        if t0 > t1:
            return False
    return True


def overlaps_in(svg_text):
    """Every geometric fault of one picture, as readable strings (empty: none)."""
    canvas, shown, contained, lines = pieces(svg_text)
    faults = []
    for i, (kind_a, a) in enumerate(shown):
        if not _inside(a, canvas):
            faults.append(f"{kind_a} {a} off the canvas {canvas}")
        for kind_b, b in shown[i + 1:]:
            if a.overlaps(b):
                faults.append(f"{kind_a} {a} overlaps {kind_b} {b}")
    for text_box, rect in contained:
        if not _inside(text_box, rect):
            faults.append(f"text {text_box} sticks out of its box {rect}")
    for seg in lines:
        hit = [(kind, box) for kind, box in shown if _through(seg, box)]
        ends = [(seg[0], seg[1]), (seg[2], seg[3])]
        for kind, box in hit:
            if not any(box.x - 2 <= x <= box.right + 2 and box.y - 2 <= y <= box.bottom + 2 for x, y in ends):
                faults.append(f"line {seg} runs through {kind} {box}")
    return faults


def test_the_geometry_check_sees_an_overlap():
    svg = ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 100">'
           '<g class="node"><rect x="10" y="10" width="120" height="26"/>'
           '<text x="70" y="27" text-anchor="middle" font-size="12"><tspan x="70" y="27">Ontario</tspan></text></g>'
           '<g class="link-label"><text x="100" y="27" text-anchor="middle" font-size="10.5">'
           '<tspan x="100" y="27">located in</tspan></text></g>'
           '<g class="node"><rect x="150" y="10" width="40" height="26"/><text x="170" y="27" text-anchor="middle" '
           'font-size="12"><tspan x="170" y="27">a long name sticking out</tspan></text></g>'
           '<line x1="0" y1="20" x2="300" y2="20"/></svg>')
    faults = overlaps_in(svg)
    assert any("link-label" in f and "overlaps" in f for f in faults)
    assert any("sticks out" in f for f in faults)
    assert any(f.startswith("line") for f in faults)


@pytest.fixture(scope="module")
def seed_pictures(seed_server):
    """{IRI: its standalone picture} for every resource of the seed graph that has a page."""
    iris = resource_iris(seed_server)
    session = requests.Session()

    def fetch(iri):
        r = session.get(seed_server.url + "/neighbourhood.svg", params={"iri": iri}, timeout=60)
        assert r.status_code == 200, (iri, r.status_code)
        return iri, r.text

    with ThreadPoolExecutor(4) as pool:
        return dict(pool.map(fetch, iris))


def test_no_picture_of_the_seed_graph_has_overlapping_pieces(seed_pictures):
    assert len(seed_pictures) > 300   # the whole seed graph, not a sample
    faults = {iri: f for iri, svg in seed_pictures.items() if (f := overlaps_in(svg))}
    assert faults == {}, f"{len(faults)} pictures with overlaps, e.g. {next(iter(faults.items()))}"
    assert sum(svg.count('class="node"') for svg in seed_pictures.values()) > 1000  # pictures with something in them


# ---------------------------------------------------------------------------------------------
# In Chromium: the browser's own text boxes


BBOXES = """() => {
  const svg = document.querySelector('svg.neighbourhood');
  const box = b => ({x: b.x, y: b.y, w: b.width, h: b.height});
  const out = {texts: [], pieces: []};
  for (const g of svg.querySelectorAll('g.node, g.centre, g.link-label, g.note')) {
    const rect = g.querySelector('rect');
    for (const t of g.querySelectorAll('text')) out.texts.push({cls: g.getAttribute('class'), real: box(t.getBBox()),
      rect: rect ? box(rect.getBBox()) : null, markup: t.outerHTML});
    out.pieces.push({cls: g.getAttribute('class'), box: box((rect || g.querySelector('text')).getBBox())});
  }
  return out;
}"""


def _faults_in_chromium(page, name):
    """What Chromium draws outside the measured boxes, or on top of another piece (empty: nothing)."""
    found = page.evaluate(BBOXES)
    assert len(found["texts"]) >= 2, name
    faults = []
    for text in found["texts"]:
        markup = text["markup"]
        if "xmlns=" not in markup.split(">", 1)[0]:    # HTML pages serialise inline SVG without it
            markup = markup.replace("<text", f'<text xmlns="{SVG[1:-1]}"', 1)
        measured = _text_box(ET.fromstring(markup))
        real = Box(**text["real"])
        if not _inside(real, measured, slack=0.5):
            faults.append(f"{name}: {text['markup']} drawn at {real}, measured {measured}")
        if text["rect"] and not _inside(real, Box(**text["rect"])):
            faults.append(f"{name}: {text['markup']} sticks out of its box")
    boxes = [(p["cls"], Box(**p["box"])) for p in found["pieces"]]
    faults += [f"{name}: {a} overlaps {b}" for i, a in enumerate(boxes) for b in boxes[i + 1:] if a[1].overlaps(b[1])]
    return faults


@pytest.mark.browser
@pytest.mark.parametrize("name", sorted(SHOWN_IN_BROWSER))
def test_chromium_draws_the_texts_inside_the_measured_boxes(name, page, seed_server):
    page.goto(seed_server.url + SHOWN_IN_BROWSER[name])
    svg = page.locator("svg.neighbourhood")
    assert svg.count() == 1
    assert page.locator("svg.neighbourhood text").count() >= 5
    assert _faults_in_chromium(page, name) == []
    shot(svg, f"neighbourhood-{name}")


CROWDED = 16


@pytest.mark.browser
def test_chromium_finds_no_overlap_in_the_most_crowded_pictures(page, seed_server, seed_pictures):
    """The pictures with the most texts, drawn by Chromium as the standalone SVG files."""
    crowded = sorted(seed_pictures, key=lambda iri: (-seed_pictures[iri].count("<text"), iri))[:CROWDED]
    assert min(seed_pictures[iri].count("<text") for iri in crowded) >= 10
    faults = []
    for iri in crowded:
        page.goto(f"{seed_server.url}/neighbourhood.svg?iri={quote(iri, safe='')}")
        faults += _faults_in_chromium(page, iri)
        if iri == crowded[0]:
            shot(page.locator("svg").first, "neighbourhood-most-crowded")
    assert faults == []


@pytest.mark.browser
def test_the_chromium_check_sees_an_overlap(page):
    """Two nodes drawn on top of each other, and a text wider than its box, are both reported."""
    page.goto("about:blank")  # set_content writes into an HTML document; the page may show an SVG file
    page.set_content('<svg xmlns="http://www.w3.org/2000/svg" class="neighbourhood" width="300" height="100" '
                     'font-family="sans-serif">'
                     '<g class="node"><rect x="10" y="10" width="120" height="30"/>'
                     '<text x="70" y="30" text-anchor="middle" font-size="12">clinical integration</text></g>'
                     '<g class="node"><rect x="100" y="20" width="40" height="30"/>'
                     '<text x="120" y="40" text-anchor="middle" font-size="12">Ontario and Quebec</text></g></svg>')
    faults = _faults_in_chromium(page, "made-up")
    assert any("overlaps" in f for f in faults)
    assert any("sticks out" in f for f in faults)
