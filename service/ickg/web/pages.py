"""Pages over the whole graph: home, search, the comparison matrix (HTML and CSV) and the
ontology's documentation.

Routes: ``/`` (home), ``/search?q=``, ``/compare`` and ``/compare.csv``. The ontology's
documentation is the HTML representation of the ontology IRI (``/ontology``, see
:mod:`ickg.web.resource`); the document view is :mod:`ickg.web.documents`.
"""

import csv
import io
import re

from flask import Blueprint, Response, current_app, render_template, request, send_from_directory

from ickg.namespaces import ICKG, INFERRED_GRAPH, ONTOLOGY_IRI
from ickg.web import queries as vq
from ickg.web.links import RDF_FORMATS, Labeller, compact, href, rdf_href, why_url

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
    return render_template("pages/ontology.html", **data, schemes=schemes, labeller=labeller,
                           alternates=[(ext, f.media_type, rdf_href(str(ONTOLOGY_IRI), ext)) for ext, f in RDF_FORMATS])


__all__ = ["bp", "ontology_documentation", "comparison_table"]
