"""Where the pieces of a neighbourhood picture go, so that no two texts or boxes overlap.

The picture shows one resource and the resources linked to it. The layout is a left-to-right
reading of the links, built in columns rather than found by a force simulation, so that every
position follows from the sizes of the texts and no overlap can arise:

    [node] ──label──▶ ┐                   ┌ ──label──▶ [node]
    [node] ──────────▶┤ label ─▶ CENTRE ─▶ label ├──────────▶ [node]
                                                 └──────────▶ [node]

1. **Measure.** Every text is measured as it will be drawn: the sum of its characters' advance
   widths (DejaVu Sans, the face named first in the picture, whose metrics Verdana and Bitstream
   Vera share; other characters count as one em) times the font size. Node names longer than
   :data:`NODE_TEXT_MAX` are wrapped onto two lines at word breaks and shortened with "…";
   link labels are kept to one line of :data:`LABEL_TEXT_MAX`. The full texts go into each
   piece's ``<title>``.
2. **Group.** Links with the same direction, property and kind (asserted or inferred) form one
   group with one label, so a property that links six resources is named once.
3. **Stack.** Resources pointing at the centre stand on the left, those it points to on the
   right (when one side holds far more rows, whole groups move to the other side, their arrows
   still pointing the right way). Each side is a column of node boxes stacked top to bottom
   with a fixed gap, groups apart by a larger one; a group's label sits in the column between
   the centre and the nodes, level with the middle of its group. Node boxes of one column
   cannot overlap (they are stacked), labels cannot overlap (each is at most one line high and
   groups are at least one row apart), and the columns are separated horizontally by the widest
   piece of the column before them plus a gap.
4. **Connect.** A line from the centre to each group's label and from the label to each of the
   group's nodes; lines run only through the gaps between columns, so they cross no text.

Nothing here draws: :mod:`ickg.web.graphics` turns a :class:`Picture` into SVG. The geometry test
measures the SVG's texts with :func:`text_width` and :func:`text_height` again and checks that no
two pieces overlap, and a browser test checks the measure against Chromium's ``getBBox()``.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

FONT_FAMILY = "'DejaVu Sans', Verdana, 'Bitstream Vera Sans', sans-serif"

# Advance widths of DejaVu Sans in thousandths of an em, measured with Chromium's canvas
# measureText at 1000 px, for the printable ASCII characters (space to ~) and a few punctuation marks.
_CHARS = "".join(chr(c) for c in range(32, 127)) + "’‘“”—–…·•"
_NORMAL = (318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337, 636, 636, 636, 636,
           636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531, 1000, 684, 686, 698, 770, 632, 575, 775,
           752, 295, 295, 656, 557, 863, 748, 787, 603, 787, 695, 635, 611, 732, 684, 989, 685, 611, 685, 390,
           337, 390, 838, 500, 500, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579, 278, 974, 634, 612,
           635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838, 318, 318, 518, 518, 1000,
           500, 1000, 318, 590)
_BOLD = (348, 456, 521, 838, 696, 1002, 872, 306, 457, 457, 523, 838, 380, 415, 380, 365, 696, 696, 696, 696,
         696, 696, 696, 696, 696, 696, 400, 400, 838, 838, 838, 580, 1000, 774, 762, 734, 830, 683, 683, 821,
         837, 372, 372, 775, 637, 995, 837, 850, 733, 850, 770, 720, 682, 812, 774, 1103, 771, 724, 725, 457,
         365, 457, 838, 500, 500, 675, 716, 593, 716, 678, 435, 716, 712, 343, 343, 665, 343, 1042, 712, 687,
         716, 716, 493, 595, 478, 712, 652, 924, 645, 652, 582, 712, 365, 712, 838, 380, 380, 657, 657, 1000,
         500, 1000, 380, 639)
_WIDTHS = {False: dict(zip(_CHARS, _NORMAL)), True: dict(zip(_CHARS, _BOLD))}
UNKNOWN_WIDTH = 1000       # any other character: a full em (wider than any Latin letter of the face)
ASCENT, DESCENT = 0.93, 0.24  # of the em, above and below the baseline (the face's line box)
MARGIN = 1.04              # 4 % spare on every measured width

NODE_FONT, LABEL_FONT, CENTRE_FONT, NOTE_FONT = 12.0, 10.5, 13.0, 11.0
NODE_TEXT_MAX, LABEL_TEXT_MAX, CENTRE_TEXT_MAX = 190.0, 170.0, 260.0
NODE_PAD_X, NODE_PAD_Y, LINE_GAP = 11.0, 6.0, 2.0
ROW_GAP, GROUP_GAP = 8.0, 14.0
GAP_TO_LABELS, GAP_TO_NODES, OUTER = 34.0, 30.0, 14.0
LABEL_PAD = 3.0            # clear space around a link label (its halo)


def _char_width(char: str, bold: bool) -> int:
    table = _WIDTHS[bold]
    if char in table:
        return table[char]
    base = unicodedata.normalize("NFKD", char)[:1]   # é as e
    if base in table:
        return table[base]
    return 0 if unicodedata.combining(char) else UNKNOWN_WIDTH


def text_width(text: str, size: float, *, bold: bool = False) -> float:
    """The width ``text`` takes at ``size`` px, a little more than the browser draws."""
    return sum(_char_width(c, bold) for c in text) * size / 1000 * MARGIN


def text_height(size: float) -> float:
    """The height of one line of text at ``size`` px (ascent plus descent)."""
    return (ASCENT + DESCENT) * size


def shorten(text: str, size: float, max_width: float, *, bold: bool = False) -> str:
    """``text`` cut at a word (or a character, for one long word) with "…" to fit ``max_width``."""
    text = " ".join(str(text).split())
    if text_width(text, size, bold=bold) <= max_width:
        return text
    words = text.split(" ")
    while len(words) > 1:
        words.pop()
        candidate = " ".join(words).rstrip(",;:—–-") + "…"
        if text_width(candidate, size, bold=bold) <= max_width:
            return candidate
    cut = text
    while cut and text_width(cut + "…", size, bold=bold) > max_width:
        cut = cut[:-1]
    return cut.rstrip() + "…"


def wrap(text: str, size: float, max_width: float, *, max_lines: int = 2, bold: bool = False) -> list[str]:
    """``text`` broken at words into at most ``max_lines`` lines of ``max_width``, the last shortened."""
    words = " ".join(str(text).split()).split(" ")
    lines: list[str] = []
    while words and len(lines) < max_lines - 1:
        line = words.pop(0)
        while words and text_width(line + " " + words[0], size, bold=bold) <= max_width:
            line += " " + words.pop(0)
        if text_width(line, size, bold=bold) > max_width:    # one word longer than a line
            words.insert(0, line)
            break
        lines.append(line)
    if words:
        lines.append(shorten(" ".join(words), size, max_width, bold=bold))
    return [line for line in lines if line] or [""]


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    @property
    def cy(self) -> float:
        return self.y + self.h / 2

    def overlaps(self, other: "Box") -> bool:
        """True when the two boxes share some area (touching edges do not count)."""
        return (self.x < other.right and other.x < self.right and self.y < other.bottom and other.y < self.bottom)


@dataclass
class Link:
    """One neighbour: which way the link runs, the property's name, the neighbour's name."""

    direction: str          # "out": centre -> node; "in": node -> centre
    label: str
    node: str
    inferred: bool = False
    href: str | None = None
    title: str | None = None    # the neighbour's full description, for its <title>
    iri: str | None = None


@dataclass
class Node:
    link: Link
    box: Box
    lines: list[str]


@dataclass
class Group:
    direction: str
    label: str
    inferred: bool
    side: str = "right"
    text: str = ""
    label_box: Box | None = None
    nodes: list[Node] = field(default_factory=list)


@dataclass
class Segment:
    x1: float
    y1: float
    x2: float
    y2: float
    arrow: bool
    dashed: bool


@dataclass
class Picture:
    width: float
    height: float
    centre: Box
    centre_lines: list[str]
    groups: list[Group]
    segments: list[Segment]
    note: str | None = None
    note_box: Box | None = None

    def boxes(self) -> list[Box]:
        """Every piece that must not overlap another: centre, nodes, labels, note."""
        out = [self.centre]
        for g in self.groups:
            out += [n.box for n in g.nodes]
            if g.label_box is not None:
                out.append(g.label_box)
        if self.note_box is not None:
            out.append(self.note_box)
        return out


def node_size(lines: list[str]) -> tuple[float, float]:
    w = max(text_width(line, NODE_FONT) for line in lines) + 2 * NODE_PAD_X
    h = len(lines) * text_height(NODE_FONT) + (len(lines) - 1) * LINE_GAP + 2 * NODE_PAD_Y
    return max(w, 44.0), h


def label_size(text: str) -> tuple[float, float]:
    return text_width(text, LABEL_FONT) + 2 * LABEL_PAD, text_height(LABEL_FONT) + 2 * LABEL_PAD


def _groups(links: list[Link]) -> list[Group]:
    groups: dict[tuple, Group] = {}
    for link in links:
        key = (link.direction, link.label, link.inferred)
        if key not in groups:
            label = shorten(link.label + (" (inferred)" if link.inferred else ""), LABEL_FONT, LABEL_TEXT_MAX)
            groups[key] = Group(link.direction, link.label, link.inferred, text=label)
        lines = wrap(link.node, NODE_FONT, NODE_TEXT_MAX)
        w, h = node_size(lines)
        groups[key].nodes.append(Node(link, Box(0, 0, w, h), lines))
    for g in groups.values():
        g.nodes.sort(key=lambda n: n.link.node.lower())
    return sorted(groups.values(), key=lambda g: (g.inferred, g.direction == "in", g.label.lower()))


def _height(groups: list[Group]) -> float:
    rows = [n.box.h for g in groups for n in g.nodes]
    if not rows:
        return 0.0
    return sum(rows) + ROW_GAP * (len(rows) - len(groups)) + GROUP_GAP * (len(groups) - 1)


def _sides(groups: list[Group]) -> tuple[list[Group], list[Group]]:
    """(left, right): incoming groups left, outgoing right, then whole groups moved across while
    that lowers the taller column."""
    left = [g for g in groups if g.direction == "in"]
    right = [g for g in groups if g.direction == "out"]
    while True:
        tall, short = (left, right) if _height(left) > _height(right) else (right, left)
        if len(tall) < 2:
            break
        moved = tall[-1]
        if max(_height(tall[:-1]), _height(short + [moved])) >= max(_height(tall), _height(short)):
            break
        tall.pop()
        short.append(moved)
    for g in left:
        g.side = "left"
    for g in right:
        g.side = "right"
    return left, right


def layout(centre: str, links: list[Link], *, hidden: int = 0, empty_note: str | None = None) -> Picture:
    """Place the centre, the link labels and the neighbours (see the module's description)."""
    groups = _groups(links)
    left, right = _sides(groups)
    centre_lines = wrap(centre, CENTRE_FONT, CENTRE_TEXT_MAX, bold=True)
    cw = max(text_width(line, CENTRE_FONT, bold=True) for line in centre_lines) + 32
    ch = len(centre_lines) * text_height(CENTRE_FONT) + (len(centre_lines) - 1) * LINE_GAP + 16

    def widths(side):
        labels = max((label_size(g.text)[0] for g in side), default=0.0)
        nodes = max((n.box.w for g in side for n in g.nodes), default=0.0)
        return labels, nodes

    (l_lab, l_node), (r_lab, r_node) = widths(left), widths(right)
    left_w = l_node + GAP_TO_NODES + l_lab + GAP_TO_LABELS if left else 0.0
    right_w = r_node + GAP_TO_NODES + r_lab + GAP_TO_LABELS if right else 0.0
    note = f"+ {hidden} more links, listed on the page" if hidden else (empty_note if not links else None)
    note_w = text_width(note, NOTE_FONT) if note else 0.0
    note_h = text_height(NOTE_FONT) if note else 0.0
    content_w = max(left_w + cw + right_w, note_w)
    width = content_w + 2 * OUTER
    body_h = max(_height(left), _height(right), ch)
    height = body_h + 2 * OUTER + (note_h + 10 if note else 0)

    x0 = OUTER + (content_w - (left_w + cw + right_w)) / 2
    cx = x0 + left_w + cw / 2
    cy = OUTER + body_h / 2
    centre_box = Box(cx - cw / 2, cy - ch / 2, cw, ch)
    segments: list[Segment] = []

    def place(side_groups, side):
        total = _height(side_groups)
        y = cy - total / 2
        sign = 1 if side == "right" else -1
        edge_x = centre_box.right if side == "right" else centre_box.x
        label_x = edge_x + sign * GAP_TO_LABELS             # the label column's inner edge
        lab_w, _ = widths(side_groups)
        node_x = label_x + sign * (lab_w + GAP_TO_NODES)     # the node column's inner edge
        count = len(side_groups)
        for k, g in enumerate(side_groups):
            top = y
            for n in g.nodes:
                x = node_x if side == "right" else node_x - n.box.w
                n.box = Box(x, y, n.box.w, n.box.h)
                y += n.box.h + ROW_GAP
            y += GROUP_GAP - ROW_GAP
            mid = (top + g.nodes[-1].box.bottom) / 2
            lw, lh = label_size(g.text)
            g.label_box = Box(label_x if side == "right" else label_x - lw, mid - lh / 2, lw, lh)
            # where the group's line meets the centre: spread along the centre's side
            attach_y = centre_box.y + 6 + (centre_box.h - 12) * (k + 1) / (count + 1)
            near = g.label_box.x if side == "right" else g.label_box.right
            far = g.label_box.right if side == "right" else g.label_box.x
            dashed = g.inferred
            if g.direction == "out":
                segments.append(Segment(edge_x, attach_y, near, mid, False, dashed))
                for n in g.nodes:
                    inner = n.box.x if side == "right" else n.box.right
                    segments.append(Segment(far, mid, inner - sign * 1.5, n.box.cy, True, dashed))
            else:
                segments.append(Segment(near, mid, edge_x + sign * 1.5, attach_y, True, dashed))
                for n in g.nodes:
                    inner = n.box.x if side == "right" else n.box.right
                    segments.append(Segment(inner, n.box.cy, far, mid, False, dashed))

    place(left, "left")
    place(right, "right")
    note_box = None
    if note:
        note_box = Box(width / 2 - note_w / 2, height - OUTER - note_h, note_w, note_h)
    return Picture(width, height, centre_box, centre_lines, groups, segments, note, note_box)


def overlapping(boxes: list[Box]) -> list[tuple[int, int]]:
    """Index pairs of the boxes that overlap."""
    return [(i, j) for i in range(len(boxes)) for j in range(i + 1, len(boxes)) if boxes[i].overlaps(boxes[j])]


__all__ = ["FONT_FAMILY", "Box", "Link", "Picture", "layout", "text_width", "text_height", "wrap", "shorten",
           "overlapping", "NODE_FONT", "LABEL_FONT", "CENTRE_FONT", "NOTE_FONT"]
