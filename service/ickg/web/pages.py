"""Pages over the whole graph: home, search, the comparison matrix (HTML and CSV), the ontology's
documentation, and the document view (full text with every quote and mention highlighted).

Routes: ``/`` (home), ``/search?q=``, ``/compare`` and ``/compare.csv``. The ontology's
documentation is the HTML representation of the ontology IRI (``/ontology``, see
:mod:`ickg.web.resource`); the document view is that of a document IRI (``/id/document/<stem>``).
"""

import csv
import io
import re
from collections import Counter

from flask import Blueprint, Response, current_app, render_template, request, send_from_directory

from ickg.namespaces import ICKG, INFERRED_GRAPH
from ickg.web import views_queries as vq
from ickg.web.resource import Labeller, compact, href, why_url
from ickg.web.views_queries import Term

bp = Blueprint("pages", __name__)

RDFS = "http://www.w3.org/2000/01/rdf-schema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
OWL = "http://www.w3.org/2002/07/owl#"


# ---------------------------------------------------------------------------------------------
# Home


@bp.route("/")
def home():
    labeller = Labeller()
    counts = vq.category_counts()
    for _, cls, _ in counts:
        labeller.want(cls)
    docs = vq.documents()
    programs = sorted({r["x"].value for r in vq.members(str(ICKG.Program), limit=200)})
    schemes = vq.concept_schemes()
    for iri in programs:
        labeller.want(iri)
    for row in schemes:
        labeller.want(row["s"])
    for row in docs:
        labeller.want(row["doc"])
    labeller.fetch()
    sizes = vq.graph_sizes()
    return render_template(
        "pages/home.html", counts=counts, documents=docs, labeller=labeller,
        programs=sorted(programs, key=lambda i: labeller(i).lower()),
        schemes=sorted(schemes, key=lambda r: labeller(r["s"]).lower()),
        sizes=sizes, total=sum(sizes.values()),
    )


@bp.route("/favicon.ico")
def favicon():
    """The icon browsers ask for by this name (documents that are not HTML pages name none):
    static/favicon.svg drawn at 16, 32 and 48 px, PNG inside ICO."""
    return send_from_directory(current_app.static_folder, "favicon.ico", mimetype="image/vnd.microsoft.icon",
                               max_age=86400)


# ---------------------------------------------------------------------------------------------
# Search

MAX_WORDS = 8


def _words(q):
    return [w for w in re.split(r"\s+", q.lower().strip()) if w][:MAX_WORDS]


def _label_score(label, q, words):
    text = label.lower()
    if text == q:
        return 100
    if text.startswith(q):
        return 80
    if re.search(r"\b" + re.escape(q), text):
        return 60
    if q in text:
        return 45
    hits = sum(1 for w in words if re.search(r"\b" + re.escape(w), text))
    return 20 + 5 * hits - min(len(text), 200) / 100


def _snippets(text, words, *, width=90, most=3):
    """Up to ``most`` pieces of ``text`` around the query words: [(before, match, after)]."""
    lower = text.lower()
    phrase = " ".join(words)
    spots = [m.start() for m in re.finditer(re.escape(phrase), lower)]
    needle_len = len(phrase)
    if not spots:
        spots = [m.start() for m in re.finditer(re.escape(words[0]), lower)]
        needle_len = len(words[0])
    out, last_end = [], -1
    for at in spots:
        if at < last_end:
            continue
        start = max(0, at - width)
        end = min(len(text), at + needle_len + width)
        before = ("…" if start > 0 else "") + " ".join(text[start:at].split(" ")[1:] if start > 0 else text[start:at].split(" "))
        after = text[at + needle_len:end]
        after = (after.rsplit(" ", 1)[0] if end < len(text) else after) + ("…" if end < len(text) else "")
        out.append((" ".join(before.split()), text[at:at + needle_len], " ".join(after.split()), at))
        last_end = end
        if len(out) >= most:
            break
    return out, len(spots)


@bp.route("/search")
def search():
    q = " ".join((request.args.get("q") or "").split())[:200]
    words = _words(q)
    results, doc_hits = [], []
    if words:
        ql = " ".join(words)
        best = {}
        for row in vq.search_labels(words):
            x = row["x"]
            if not x.is_iri:
                continue
            score = _label_score(row["l"].value, ql, words)
            if row["p"].value.endswith("altLabel"):
                score -= 5
            if x.value not in best or score > best[x.value][0]:
                best[x.value] = (score, row["l"].value)
        ranked = sorted(best.items(), key=lambda kv: (-kv[1][0], kv[1][1].lower()))[:100]
        labeller = Labeller()
        type_map = vq.types([iri for iri, _ in ranked])
        for iri, _ in ranked:
            labeller.want(iri)
            for t in type_map.get(iri, [])[:3]:
                labeller.want(t)
        for row in vq.search_documents(words):
            labeller.want(row["doc"])
        labeller.fetch()
        for iri, (score, matched) in ranked:
            results.append({"iri": iri, "label": labeller(iri), "matched": matched, "score": score,
                             "types": [labeller(t) for t in _useful_types(type_map.get(iri, []))][:3]})
        for row in vq.search_documents(words):
            snippets, count = _snippets(row["text"].value, words)
            doc_hits.append({"iri": row["doc"].value, "label": labeller(row["doc"]), "snippets": snippets,
                             "count": count})
        doc_hits.sort(key=lambda d: (-d["count"], d["label"]))
    return render_template("pages/search.html", q=q, results=results, doc_hits=doc_hits)


def _useful_types(type_iris):
    generic = {OWL + "Thing", OWL + "NamedIndividual", RDFS + "Resource", "http://www.w3.org/ns/prov#Entity"}
    return [t for t in type_iris if t not in generic]


# ---------------------------------------------------------------------------------------------
# Comparison matrix


def comparison_table():
    """(dimension names, rows): each row a program with, per dimension, its values."""
    def compute():
        labeller = Labeller()
        prop_dim = {str(ICKG[p]): name for name, props in vq.DIMENSIONS for p in props}
        programs = {}
        for row in vq.comparison():
            x = row["x"].value
            cells = programs.setdefault(x, {})
            labeller.want(x)
            if row.get("p") is None:
                continue
            v, g = row["v"], row["g"].value
            labeller.want(v)
            entry = cells.setdefault(prop_dim[row["p"].value], {}).setdefault((row["p"].value, v), set())
            entry.add(g)
        labeller.fetch()
        rows = []
        for x, cells in programs.items():
            out = {}
            for dim, entries in cells.items():
                values = []
                for (p, v), graphs in entries.items():
                    inferred = graphs == {str(INFERRED_GRAPH)}
                    values.append({
                        "label": labeller(v) if v.is_iri else v.value,
                        "href": href(v.value) if v.is_iri else None,
                        "inferred": inferred,
                        "why": why_url(x, p, v) if inferred else None,
                        "property": compact(p),
                    })
                out[dim] = sorted(values, key=lambda d: (d["inferred"], d["label"].lower()))
            rows.append({"iri": x, "label": labeller(x), "href": href(x), "cells": out})
        rows.sort(key=lambda r: r["label"].lower())
        return rows
    return [name for name, _ in vq.DIMENSIONS], vq.memo("comparison", compute)


@bp.route("/compare")
def compare():
    dims, rows = comparison_table()
    show = request.args.get("inferred", "1") not in ("0", "false", "no")
    return render_template("pages/compare.html", dims=dims, rows=rows, show_inferred=show)


@bp.route("/compare.csv")
def compare_csv():
    dims, rows = comparison_table()
    show = request.args.get("inferred", "1") not in ("0", "false", "no")
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["program", "iri", *dims])
    for row in rows:
        cells = []
        for dim in dims:
            values = [v for v in row["cells"].get(dim, []) if show or not v["inferred"]]
            cells.append("; ".join(v["label"] + (" (inferred)" if v["inferred"] else "") for v in values))
        writer.writerow([row["label"], row["iri"], *cells])
    return Response(out.getvalue(), mimetype="text/csv", headers={
        "Content-Disposition": 'attachment; filename="ickg-programs-comparison.csv"'})


# ---------------------------------------------------------------------------------------------
# Ontology documentation


def ontology_documentation():
    """The HTML documentation of the ontology (the HTML representation of its IRI)."""
    def compute():
        labeller = Labeller()
        terms = {}
        for row in vq.ontology_terms():
            iri = row["term"].value
            t = terms.setdefault(iri, {"iri": iri, "kind": row["kind"].value.rsplit("#", 1)[-1], "label": None,
                                       "definition": None, "parents": set(), "domain": set(), "range": set(),
                                       "sources": set(), "inverse": None})
            if row.get("label") and (t["label"] is None or row["label"].lang == "en"):
                t["label"] = row["label"].value
            if row.get("def") and (t["definition"] is None or row["def"].lang == "en"):
                t["definition"] = row["def"].value
            for key, var in (("parents", "parent"), ("domain", "domain"), ("range", "range"), ("sources", "source")):
                if row.get(var) is not None:
                    t[key].add(row[var])
                    labeller.want(row[var])
            if row.get("inverse"):
                t["inverse"] = row["inverse"].value
                labeller.want(row["inverse"])
        unions = {}
        for row in vq.union_members(None):
            unions.setdefault(row["x"].value, []).append(row["m"])
            labeller.want(row["m"])
        header = vq.ontology_header()
        for row in header:
            labeller.want(row["p"])
        labeller.fetch()

        def refs(terms_):
            out = []
            for term in sorted(terms_, key=lambda x: x.sort_key()):
                if term.is_bnode:
                    out.append({"union": [{"label": labeller(m), "href": href(m.value)} for m in unions.get(term.value, [])
                                          if m.is_iri]})
                elif term.is_iri:
                    out.append({"label": labeller(term), "href": href(term.value), "iri": term.value})
                else:
                    out.append({"label": term.value})
            return out

        ickg_ns = str(ICKG)
        own = [t for t in terms.values() if t["iri"].startswith(ickg_ns)]
        for t in own:
            t["label"] = t["label"] or compact(t["iri"])
            for key in ("parents", "domain", "range", "sources"):
                t[key] = refs(t[key])
            if t["inverse"]:
                t["inverse"] = {"label": labeller(t["inverse"]), "href": href(t["inverse"])}
            t["href"] = href(t["iri"])
            t["anchor"] = t["iri"][len(ickg_ns):]
        classes = sorted((t for t in own if t["kind"] == "Class"), key=lambda t: t["label"].lower())
        properties = sorted((t for t in own if t["kind"] != "Class"), key=lambda t: (t["kind"], t["label"].lower()))
        # class tree: children by parent among ickg classes
        by_iri = {t["iri"]: t for t in classes}
        children = {}
        roots = []
        for t in classes:
            ps = [p["iri"] for p in t["parents"] if p.get("iri") in by_iri]
            if ps:
                for p in ps:
                    children.setdefault(p, []).append(t)
            else:
                roots.append(t)
        meta = [(labeller(r["p"]), r["o"].value, r["o"].is_iri) for r in header]
        return {"classes": classes, "properties": properties, "roots": roots, "children": children, "meta": meta}

    data = vq.memo("ontology-docs", compute)
    schemes = vq.concept_schemes()
    labeller = Labeller()
    for row in schemes:
        labeller.want(row["s"])
    labeller.fetch()
    from ickg.namespaces import ONTOLOGY_IRI
    from ickg.web.resource import RDF_FORMATS, rdf_href
    return render_template("pages/ontology.html", **data, schemes=schemes, labeller=labeller,
                           alternates=[(ext, f.media_type, rdf_href(str(ONTOLOGY_IRI), ext)) for ext, f in RDF_FORMATS])


# ---------------------------------------------------------------------------------------------
# Documents


def document_context(doc, labeller):
    """The document's text cut into segments, each knowing the quotes and mentions covering it."""
    text = vq.document_text(doc) or ""
    anns = []
    for row in vq.document_annotations(doc):
        kind = "evidence" if row["kind"].value == str(ICKG.EvidenceAnnotation) else "mention"
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
        if row["g"].value == str(INFERRED_GRAPH):
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


__all__ = ["bp", "ontology_documentation", "document_context", "comparison_table", "Term"]
