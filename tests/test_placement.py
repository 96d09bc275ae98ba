"""The neighbourhood picture's layout (ickg.web.placement) on made-up neighbourhoods of every shape:
no two pieces overlap, everything stays on the canvas, texts fit their boxes, lines cross no text.

The seed graph's own pictures are checked from their SVG in test_neighbourhood_svg.py.
"""

import random

import pytest

from ickg.web import placement
from ickg.web.placement import (LABEL_FONT, LABEL_TEXT_MAX, NODE_FONT, NODE_PAD_X, Box, Link, layout, overlapping,
                                shorten, text_width, wrap)

WORDS = ("care", "integration", "Ontario", "PRISMA", "coordination", "of", "the", "Régie", "régionale",
         "santé", "services", "multidisciplinary", "—", "a", "Interprofessionalcollaborativeteamworkmodel",
         "北京", "x", "(inferred)", "O'Brien", "&", "<b>", "W", "mm", "1999", "i")


def _phrase(rng, most):
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, most)))


def _neighbourhood(rng):
    links = []
    for _ in range(rng.randint(0, 16)):
        links.append(Link(rng.choice(("in", "out")), rng.choice(("has component", "located in", "type",
                          "a very long property name that says a great deal about itself", _phrase(rng, 4))),
                          _phrase(rng, 14), rng.random() < 0.3))
    return _phrase(rng, 9), links, rng.choice((0, 0, 3))


def _crosses(x1, y1, x2, y2, box, inset=0.5):
    """True when the segment passes through the inside of ``box`` (shrunk by ``inset``)."""
    lo_x, hi_x, lo_y, hi_y = box.x + inset, box.right - inset, box.y + inset, box.bottom - inset
    t0, t1 = 0.0, 1.0
    dx, dy = x2 - x1, y2 - y1
    for p, q in ((-dx, x1 - lo_x), (dx, hi_x - x1), (-dy, y1 - lo_y), (dy, hi_y - y1)):
        if p == 0:
            if q < 0:
                return False
            continue
        t = q / p
        if p < 0:
            t0 = max(t0, t)
        else:
            t1 = min(t1, t)
        if t0 > t1:
            return False
    return True


@pytest.mark.parametrize("seed", range(300))
def test_layout_places_nothing_on_top_of_anything(seed):
    rng = random.Random(seed)
    centre, links, hidden = _neighbourhood(rng)
    pic = layout(centre, links, hidden=hidden, empty_note="no links to other resources")
    boxes = pic.boxes()
    assert overlapping(boxes) == []
    for box in boxes:
        assert 0 <= box.x and box.right <= pic.width and 0 <= box.y and box.bottom <= pic.height
    for group in pic.groups:
        assert text_width(group.text, LABEL_FONT) <= LABEL_TEXT_MAX
        assert group.label_box.w >= text_width(group.text, LABEL_FONT)
        for node in group.nodes:
            assert 1 <= len(node.lines) <= 2
            for line in node.lines:
                assert text_width(line, NODE_FONT) <= node.box.w - 2 * NODE_PAD_X + 1e-6
    assert sum(len(g.nodes) for g in pic.groups) == len(links)
    # a line touches at most the two pieces it joins, never runs through another
    for seg in pic.segments:
        through = [b for b in boxes if _crosses(seg.x1, seg.y1, seg.x2, seg.y2, b)]
        assert len(through) <= 2, (seg, through)
        for b in through:   # and only where it starts or ends
            ends = [(seg.x1, seg.y1), (seg.x2, seg.y2)]
            assert any(b.x - 2 <= x <= b.right + 2 and b.y - 2 <= y <= b.bottom + 2 for x, y in ends)


def test_layout_is_deterministic():
    rng = random.Random(7)
    centre, links, hidden = _neighbourhood(rng)
    assert layout(centre, links, hidden=hidden) == layout(centre, list(links), hidden=hidden)


def test_incoming_links_stand_left_and_outgoing_right_when_balanced():
    links = [Link("in", "located in", "PRISMA"), Link("out", "part of", "Canada")]
    pic = layout("Ontario", links)
    by_node = {n.link.node: n.box for g in pic.groups for n in g.nodes}
    assert by_node["PRISMA"].right <= pic.centre.x
    assert by_node["Canada"].x >= pic.centre.right


def test_a_crowded_side_gives_whole_groups_to_the_other():
    links = [Link("out", f"property {k}", f"neighbour {k}-{j}") for k in range(4) for j in range(3)]
    pic = layout("centre", links)
    sides = {g.side for g in pic.groups}
    assert sides == {"left", "right"}
    assert all(len({g.side for g in pic.groups if g.label == p}) == 1 for p in {g.label for g in pic.groups})


def test_one_group_one_label():
    links = [Link("out", "has component", f"component {k}") for k in range(6)]
    pic = layout("PRISMA", links)
    assert len(pic.groups) == 1 and len(pic.groups[0].nodes) == 6


def test_wrap_breaks_at_words_and_shortens_the_rest():
    lines = wrap("Single assessment instrument coupled with a case mix classification system", NODE_FONT, 190)
    assert len(lines) == 2
    assert lines[0] == "Single assessment instrument"
    assert lines[1].endswith("…")
    assert all(text_width(line, NODE_FONT) <= 190 for line in lines)


def test_one_long_word_is_cut_inside():
    word = "Interprofessionalcollaborativeteamworkmodelsforintegratedcare"
    lines = wrap(word, NODE_FONT, 120)
    assert lines[-1].endswith("…") and all(text_width(line, NODE_FONT) <= 120 for line in lines)
    assert shorten(word, NODE_FONT, 60).endswith("…")


def test_text_width_follows_the_letters():
    assert text_width("iiii", 12) < text_width("MMMM", 12)
    assert text_width("é", 12) == text_width("e", 12)
    assert text_width("北", 12) == pytest.approx(12 * placement.MARGIN)
    assert text_width("Bold", 12, bold=True) > text_width("Bold", 12)


def test_boxes_that_touch_do_not_overlap():
    assert not Box(0, 0, 10, 10).overlaps(Box(10, 0, 10, 10))
    assert Box(0, 0, 10, 10).overlaps(Box(9.9, 9.9, 10, 10))
