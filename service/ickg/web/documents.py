"""The document view: a document's full text with every evidence quote and concept mention
highlighted, the statements it supports, and the publication it holds (the HTML representation
of a document IRI, ``/id/document/<stem>``; ``?quote=START-END`` focuses one quote).
"""

from __future__ import annotations

import re
from collections import Counter

from flask import request

from ickg.iris import ICKG, INFERRED_GRAPH
from ickg.web import queries as vq
from ickg.web.links import href


def document_context(doc, labeller):
    """The document's text cut into segments, each knowing the quotes and mentions covering it."""
    text = vq.document_text(doc) or ""
    anns = []
    for row in vq.document_annotations(doc):
        kind = "evidence" if row["kind"].value == ICKG + "EvidenceAnnotation" else "mention"
        start, end = int(row["start"].value), int(row["end"].value)
        if not (0 <= start < end <= len(text)):
            continue
        ann = {"iri": row["ann"].value, "kind": kind, "start": start, "end": end, "body": row["body"]}
        if kind == "evidence" and row.get("s") is not None:
            ann["triple"] = (row["s"], row["p"], row["o"])
            for t in ann["triple"]:
                labeller.want(t)
        else:
            ann["triple"] = None
            labeller.want(row["body"])
        anns.append(ann)
    focus = None
    raw = request.args.get("quote", "")
    if re.fullmatch(r"\d+-\d+", raw):
        a, b = (int(x) for x in raw.split("-"))
        if a < b:
            focus = (a, b)
    labeller.fetch()
    segments = _segments(text, anns, labeller, focus)
    statements = {}
    for ann in anns:
        if ann["triple"] is None:
            continue
        s, p, o = ann["triple"]
        key = (s, p, o)
        item = statements.setdefault(key, {"s": s, "p": p, "o": o, "quotes": []})
        item["quotes"].append((ann["start"], ann["end"], text[ann["start"]:ann["end"]]))
    by_subject = {}
    for item in statements.values():
        item["quotes"].sort()
        by_subject.setdefault(item["s"], []).append(item)
    subjects = sorted(by_subject.items(), key=lambda kv: labeller(kv[0]).lower())
    for _, items in subjects:
        items.sort(key=lambda i: (labeller(i["p"]).lower(), (labeller(i["o"]) if i["o"].is_iri else i["o"].value).lower()))
    mention_counts = Counter(ann["body"].value for ann in anns if ann["kind"] == "mention" and ann["body"].is_iri)
    return {
        "document": {
            "text": text, "segments": segments, "subjects": subjects,
            "evidence_count": sum(1 for a in anns if a["kind"] == "evidence"),
            "mention_count": sum(1 for a in anns if a["kind"] == "mention"),
            "mentioned": sorted(mention_counts.items(), key=lambda kv: (-kv[1], labeller(kv[0]).lower()))[:60],
            "focus": focus,
            "publication": _publication(doc, labeller),
        }
    }


def _publication(doc, labeller):
    rows = vq.select(f"SELECT ?pub WHERE {{ {vq.iri_ref(doc)} ickg:isRecordOf ?pub }} LIMIT 1", infer=False)
    if not rows:
        return None
    pub = rows[0]["pub"].value
    props = []
    for row in vq.outgoing(pub):
        if row["g"].value == INFERRED_GRAPH:
            continue
        labeller.want(row["p"])
        labeller.want(row["o"])
        props.append((row["p"], row["o"]))
    labeller.want(pub)
    labeller.fetch()
    grouped = {}
    for p, o in props:
        grouped.setdefault(p, []).append(o)
    return {"iri": pub, "props": sorted(grouped.items(), key=lambda kv: labeller(kv[0]).lower())}


def _segments(text, anns, labeller, focus):
    bounds = {0, len(text)}
    for a in anns:
        bounds.add(a["start"])
        bounds.add(a["end"])
    if focus:
        bounds.update(x for x in focus if 0 <= x <= len(text))
    points = sorted(bounds)
    starts = {a["start"] for a in anns}
    order = sorted(anns, key=lambda a: a["start"])
    active, i, out = [], 0, []
    for a, b in zip(points, points[1:]):
        while i < len(order) and order[i]["start"] <= a:
            active.append(order[i])
            i += 1
        active = [x for x in active if x["end"] > a]
        covering = active
        seg = {"text": text[a:b], "anchor": f"c{a}" if a in starts or (focus and a == focus[0]) else None,
               "kind": None, "href": None, "title": None,
               "focus": bool(focus and focus[0] <= a and b <= focus[1])}
        evid = [x for x in covering if x["kind"] == "evidence"]
        ments = [x for x in covering if x["kind"] == "mention"]
        if evid:
            seg["kind"] = "evidence"
            inner = min(evid, key=lambda x: x["end"] - x["start"])
            target = inner["triple"][0] if inner["triple"] else inner["body"]
            seg["href"] = href(target.value) if target.is_iri else href(inner["iri"])
            lines = []
            for x in evid[:6]:
                if x["triple"]:
                    s, p, o = x["triple"]
                    lines.append(f"{labeller(s)} — {labeller(p)} — {labeller(o) if o.is_iri else o.value}")
            if len(evid) > 6:
                lines.append(f"… and {len(evid) - 6} more statements")
            seg["title"] = "\n".join(dict.fromkeys(lines))
            if ments:
                seg["kind"] = "evidence mention"
        elif ments:
            seg["kind"] = "mention"
            body = ments[0]["body"]
            seg["href"] = href(body.value) if body.is_iri else None
            seg["title"] = "mentions " + ", ".join(dict.fromkeys(labeller(m["body"]) for m in ments if m["body"].is_iri))
        out.append(seg)
    return out
