"""Pages over the whole graph: home, the comparison matrix (HTML and CSV) and the ontology's
documentation.

Routes: ``/`` (home), ``/compare`` and ``/compare.csv`` (``/search`` is :mod:`ickg.web.search`).
The ontology's documentation is the HTML representation of the ontology IRI (``/ontology``, see
:mod:`ickg.web.resource`); the document view is :mod:`ickg.web.documents`.
"""

import csv
import io
import re

from flask import Blueprint, Response, current_app, render_template, request, send_from_directory, url_for
from markupsafe import Markup

from ickg.iris import ICKG, ONTOLOGY_IRI
from ickg.web import compare as comparison
from ickg.web import crosswalk, expressions
from ickg.web import queries as vq
from ickg.web.links import RDF_FORMATS, Labeller, href, rdf_href, words_for

bp = Blueprint("pages", __name__)

SKOS = "http://www.w3.org/2004/02/skos/core#"


# ---------------------------------------------------------------------------------------------
# Home


@bp.route("/")
def home():
    labeller = Labeller()
    counts = vq.category_counts()
    for _, cls, _ in counts:
        labeller.want(cls)
    docs = vq.documents()
    programs = sorted({r["x"].value for r in vq.members(ICKG + "Program", limit=200)})
    schemes = vq.concept_schemes()
    for iri in programs:
        labeller.want(iri)
    for row in schemes:
        labeller.want(row["s"])
    for row in docs:
        labeller.want(row["doc"])
        labeller.want(row.get("kind"))
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
# Comparison matrix


OFF = ("0", "false", "no", "off")


def _compare_view():
    """The comparison as the request asks for it: (rows, rows shown, filters chosen, sort, descending,
    with inferred values)."""
    rows = comparison.table()
    show = request.args.get("inferred", "1") not in OFF
    picked = {"jurisdiction": request.args.get("jurisdiction"), "funding": request.args.get("funding"),
              "population": request.args.get("population"), "type": request.args.get("type"),
              "degree": request.args.get("degree")}
    chosen = {key: value for key, value in picked.items() if value}
    by = request.args.get("sort") or None
    descending = request.args.get("desc", "0") not in OFF
    shown = comparison.sort_rows(comparison.apply_filters(rows, chosen, with_inferred=show), by,
                                 descending=descending, with_inferred=show)
    return rows, shown, chosen, by, descending, show


@bp.route("/compare")
def compare():
    rows, shown, chosen, by, descending, show = _compare_view()
    args = {k: v for k, v in request.args.items() if v}

    def with_args(endpoint="pages.compare", **changes):
        merged = {**args, **changes}
        return url_for(endpoint, **{k: v for k, v in merged.items() if v not in (None, "")})

    def sort_url(dim):
        again = by == dim or (by is None and dim == "Program")
        return with_args(sort=dim, desc="1" if again and not descending else None)

    dims = comparison.dimensions()
    rows_html = None
    if not chosen and by in (None, "Program") and not descending:
        # Every program in the default order: the table's body (most of the page's rendering, 5 ms
        # on the seed graph) is the same for every such request of a store version, whatever else
        # the query string holds; one per value of ``show``. Filtered or sorted tables are
        # rendered each time, so that what is kept stays two bodies per version.
        rows_html = vq.memo("comparison-rows", lambda with_inferred: Markup(render_template(
            "pages/_compare_rows.html", rows=shown, dims=dims, show_inferred=with_inferred)), show)
    return render_template("pages/compare.html", dims=dims, rows=shown, total=len(rows),
                           filters=comparison.filter_options(rows), chosen=chosen, sort=by or "Program",
                           desc=descending, show_inferred=show, with_args=with_args, sort_url=sort_url,
                           rows_html=rows_html)


@bp.route("/compare.csv")
def compare_csv():
    _, shown, _, _, _, show = _compare_view()
    layout = request.args.get("layout", "wide")
    excel = request.args.get("excel", "0") not in OFF
    out = io.StringIO()
    if excel:
        out.write("\ufeff")  # spreadsheets read UTF-8 only after a byte order mark
    writer = csv.writer(out, lineterminator="\r\n", quoting=csv.QUOTE_ALL if excel else csv.QUOTE_MINIMAL)
    rows = comparison.csv_long(shown, with_inferred=show) if layout == "long" else comparison.csv_wide(shown, with_inferred=show)
    writer.writerows(rows)
    name = "ickg-programs-comparison" + ("-long" if layout == "long" else "") + ".csv"
    return Response(out.getvalue(), mimetype="text/csv", headers={
        "Content-Disposition": f'attachment; filename="{name}"'})


# ---------------------------------------------------------------------------------------------
# Crosswalk


def _crosswalk_filters():
    args = request.args
    try:
        min_conf = float(args["min_confidence"]) if args.get("min_confidence") else None
    except ValueError:
        min_conf = None
    relation = args.get("relation") or None
    if relation and relation not in crosswalk.RELATIONS.values():
        relation = None
    return {"scheme": args.get("scheme") or None, "other": args.get("other") or None,
            "relation": relation, "min_confidence": min_conf}


@bp.route("/crosswalk")
def crosswalk_page():
    mappings = crosswalk.all_mappings()
    schemes = crosswalk.schemes_in(mappings)
    filters = _crosswalk_filters()
    chosen = crosswalk.select(mappings, **filters)
    if filters["scheme"]:
        chosen = [m if m["source_scheme"] == filters["scheme"] else crosswalk.flipped(m) for m in chosen]
    names = dict(schemes)
    mapping_table = None
    if not any(value is not None for value in filters.values()):
        # Every mapping: the list (most of the page's rendering) is the same for every unfiltered
        # request of a store version, whatever else the query string holds; a filtered list is
        # rendered each time.
        mapping_table = vq.memo("crosswalk-list", lambda: Markup(render_template(
            "pages/_mapping_table.html", scheme_mappings=chosen)))
    return render_template("pages/crosswalk.html", schemes=schemes, cells=crosswalk.matrix(mappings),
                           scheme_mappings=chosen, total=len(mappings), filters=filters, names=names,
                           relations=list(crosswalk.RELATIONS.values()),
                           csv_args={k: v for k, v in request.args.items() if v}, mapping_table=mapping_table)


@bp.route("/crosswalk.csv")
def crosswalk_csv():
    chosen = crosswalk.select(crosswalk.all_mappings(), **_crosswalk_filters())
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerows(crosswalk.csv_rows(chosen))
    return Response(out.getvalue(), mimetype="text/csv", headers={
        "Content-Disposition": 'attachment; filename="ickg-crosswalk.csv"'})


# ---------------------------------------------------------------------------------------------
# Ontology documentation


def _first_sentence(text, most=110):
    """The definition's first sentence, cut at a word if long (the one-line summary of a term)."""
    text = " ".join((text or "").split())
    head = re.split(r"(?<=[.;])\s", text, maxsplit=1)[0]
    if len(head) > most:
        head = head[:most].rsplit(" ", 1)[0] + "…"
    return head


def ontology_documentation():
    """The HTML documentation of the ontology (the HTML representation of its IRI), rendered once per
    store version and mount point (:func:`ickg.web.queries.memo`): it reads nothing else of the request, and its template takes
    about 70 ms (two hundred terms, each a macro call)."""
    return vq.memo("ontology-page", _render_ontology_documentation)


def _render_ontology_documentation():
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
        table = expressions.blank_nodes()
        for t in terms.values():
            for key in ("parents", "domain", "range"):
                for term in t[key]:
                    expressions.want(term, labeller, table)
        header = vq.ontology_header()
        for row in header:
            labeller.want(row["p"])
        labeller.fetch()

        def refs(terms_):
            out = []
            for term in sorted(terms_, key=lambda x: x.sort_key()):
                if term.is_bnode:
                    out.append({"words": expressions.in_words(term, labeller, table=table)})
                elif term.is_iri:
                    out.append({"label": labeller(term), "href": href(term.value), "iri": term.value})
                else:
                    out.append({"label": term.value})
            return out

        ickg_ns = str(ICKG)
        own = [t for t in terms.values() if t["iri"].startswith(ickg_ns)]
        for t in own:
            t["label"] = t["label"] or words_for(t["iri"])
            t["summary"] = _first_sentence(t["definition"])
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
        meta = [(labeller(r["p"]), labeller(r["o"]) if r["o"].is_iri else r["o"].value, r["o"].value if r["o"].is_iri else None)
                for r in header]
        return {"classes": classes, "properties": properties, "roots": roots, "children": children, "meta": meta}

    data = compute()  # once per store version and mount point: ontology_documentation keeps the page
    schemes = vq.concept_schemes()
    labeller = Labeller()
    for row in schemes:
        labeller.want(row["s"])
    labeller.fetch()
    return render_template("pages/ontology.html", **data, schemes=schemes, labeller=labeller,
                           alternates=[(ext, f.media_type, rdf_href(ONTOLOGY_IRI, ext)) for ext, f in RDF_FORMATS])


__all__ = ["bp", "ontology_documentation"]
