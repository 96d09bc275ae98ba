"""The programs compared: one row per program, one column per dimension (location, population,
funding, integration type and degree, components, mechanisms, goals, outcomes, barriers, actors),
each value with its status (stated or inferred), its claim qualifier and its quotes with their
citations; rows filtered and sorted as the reader asks; CSV in a wide and a long form.

The routes are in :mod:`ickg.web.pages` (``/compare``, ``/compare.csv``).
"""

from __future__ import annotations

from ickg.iris import ICKG, INFERRED_GRAPH
from ickg.web import publications
from ickg.web import queries as vq
from ickg.web.links import Labeller, href, why_url

# Filters: (request parameter, dimension, what the reader picks).
FILTERS = (
    ("jurisdiction", "Location", "Jurisdiction"),
    ("funding", "Funding", "Funding model"),
    ("population", "Population", "Population"),
    ("type", "Integration type", "Integration type"),
    ("degree", "Degree", "Degree of integration"),
)
# Qualifiers of a claim that is not stated as plain fact (scheme/qualifier/...), by their last segment.
UNQUALIFIED = {"asserted", "stated"}


def dimensions() -> list[str]:
    return [name for name, _ in vq.DIMENSIONS]


def citations_of(docs, labeller) -> dict[str, dict]:
    """{document IRI: {"short", "full", "label"}}: "Embuldeniya et al. (2017)" and the APA
    reference, from :func:`ickg.web.publications.document_citation` (the one home of citations);
    a document that records no publication is cited by its name."""
    out = {}
    for doc in docs:
        label = labeller(doc)
        cited = publications.document_citation(doc)
        short, full = cited if cited is not None else (label, label)
        out[doc] = {"short": short, "full": full, "label": label}
    return out


def table() -> list[dict]:
    """Every program with its cells ({dimension: [values]}), once per store version."""
    def compute():
        labeller = Labeller()
        prop_dim = {ICKG + p: name for name, props in vq.DIMENSIONS for p in props}
        programs: dict[str, dict] = {}
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
        quotes: dict[tuple, list] = {}
        qualifiers: dict[tuple, set] = {}
        docs = set()
        for r in vq.comparison_evidence():
            key = (r["x"].value, r["p"].value, r["v"].value)
            docs.add(r["doc"].value)
            start, end = int(r["start"].value), int(r["end"].value)
            quotes.setdefault(key, []).append({
                "exact": r["exact"].value, "doc": r["doc"].value, "start": start, "end": end,
                "href": f"{href(r['doc'].value)}?quote={start}-{end}#c{start}",
                "hedge": r["hedge"].value if r.get("hedge") else None})
            if r.get("qual"):
                qualifiers.setdefault(key, set()).add(r["qual"].value)
                labeller.want(r["qual"])
        for r in vq.comparison_qualifiers():
            qualifiers.setdefault((r["x"].value, r["p"].value, r["v"].value), set()).add(r["qual"].value)
            labeller.want(r["qual"])
        labeller.fetch()
        cites = citations_of(docs, labeller)
        rows = []
        for x, cells in programs.items():
            out = {}
            for dim, entries in cells.items():
                values = []
                for (p, v), graphs in entries.items():
                    key = (x, p, v.value)
                    inferred = graphs == {INFERRED_GRAPH}
                    quals = sorted(q for q in qualifiers.get(key, ()) if q.rsplit("/", 1)[-1] not in UNQUALIFIED)
                    qs = quotes.get(key, [])
                    for q in qs:
                        q["citation"] = cites[q["doc"]]["short"]
                        q["reference"] = cites[q["doc"]]["full"]
                    values.append({
                        "label": labeller(v) if v.is_iri else v.value,
                        "iri": v.value if v.is_iri else None,
                        "href": href(v.value) if v.is_iri else None,
                        "inferred": inferred,
                        "why": why_url(x, p, v),
                        "property": labeller(p),
                        "qualifiers": [labeller(q) for q in quals],
                        "hedged": bool(quals) or any(q["hedge"] for q in qs),
                        "hedges": sorted({q["hedge"] for q in qs if q["hedge"]}),
                        "quotes": qs,
                    })
                # asserted before inferred, then by name
                out[dim] = sorted(values, key=lambda d: (d["inferred"], d["label"].lower()))
            rows.append({"iri": x, "label": labeller(x), "href": href(x), "cells": out})
        rows.sort(key=lambda r: r["label"].lower())
        return rows
    return vq.memo("comparison-table", compute)


def filter_options(rows) -> list[dict]:
    """[{key, dimension, name, options: [(iri, label)]}] for the filter menus, from what the rows hold."""
    out = []
    for key, dim, name in FILTERS:
        seen = {}
        for row in rows:
            for v in row["cells"].get(dim, []):
                if v["iri"]:
                    seen[v["iri"]] = v["label"]
        out.append({"key": key, "dimension": dim, "name": name,
                    "options": sorted(seen.items(), key=lambda kv: kv[1].lower())})
    return out


def apply_filters(rows, chosen: dict[str, str], *, with_inferred: bool = True):
    """The rows holding, in each filtered dimension, the value picked (an inferred location counts:
    a program in Ontario is in Canada)."""
    dims = {key: dim for key, dim, _ in FILTERS}
    out = []
    for row in rows:
        keep = True
        for key, iri in chosen.items():
            values = row["cells"].get(dims[key], [])
            if not any(v["iri"] == iri and (with_inferred or not v["inferred"]) for v in values):
                keep = False
                break
        if keep:
            out.append(row)
    return out


def sort_rows(rows, by: str | None, *, descending: bool = False, with_inferred: bool = True):
    """Rows by program name, or by the first value of a dimension (programs without one last),
    or by how many values a dimension holds (``by="n:Components"``)."""
    if not by or by == "Program":
        return sorted(rows, key=lambda r: r["label"].lower(), reverse=descending)
    count = by.startswith("n:")
    dim = by[2:] if count else by
    if dim not in dimensions():
        return rows

    def values(r):
        return [v for v in r["cells"].get(dim, []) if with_inferred or not v["inferred"]]

    if count:
        return sorted(rows, key=lambda r: (len(values(r)), r["label"].lower()), reverse=not descending)
    filled = [r for r in rows if values(r)]
    empty = [r for r in rows if not values(r)]
    filled.sort(key=lambda r: (values(r)[0]["label"].lower(), r["label"].lower()), reverse=descending)
    return filled + sorted(empty, key=lambda r: r["label"].lower())


def _value_text(v):
    text = v["label"]
    notes = []
    if v["inferred"]:
        notes.append("inferred")
    notes.extend(v["qualifiers"] or (["hedged"] if v["hedged"] else []))
    return text + (f" ({', '.join(notes)})" if notes else "")


def csv_wide(rows, *, with_inferred: bool):
    """One row a program: each dimension's values, then the quotes behind them with their citations."""
    dims = dimensions()
    yield ["program", "iri", *dims, *[f"{d}: quotes" for d in dims]]
    for row in rows:
        cells, sources = [], []
        for dim in dims:
            values = [v for v in row["cells"].get(dim, []) if with_inferred or not v["inferred"]]
            cells.append("; ".join(_value_text(v) for v in values))
            sources.append(" | ".join(f"{v['label']}: “{q['exact']}” ({q['reference']}, characters {q['start']}–{q['end']})"
                                      for v in values for q in v["quotes"]))
        yield [row["label"], row["iri"], *cells, *sources]


LONG_COLUMNS = ("program", "program_iri", "dimension", "property", "value", "value_iri", "status", "qualifier",
                "quote", "citation", "reference", "document_iri", "start", "end")


def csv_long(rows, *, with_inferred: bool):
    """One row a value and quote (tidy data: one observation a line, for spreadsheets and pandas)."""
    yield list(LONG_COLUMNS)
    for row in rows:
        for dim in dimensions():
            for v in row["cells"].get(dim, []):
                if v["inferred"] and not with_inferred:
                    continue
                base = [row["label"], row["iri"], dim, v["property"], v["label"], v["iri"] or "",
                        "inferred" if v["inferred"] else "stated", "; ".join(v["qualifiers"]) or ("hedged" if v["hedged"] else "")]
                if not v["quotes"]:
                    yield base + ["", "", "", "", "", ""]
                for q in v["quotes"]:
                    yield base + [q["exact"], q["citation"], q["reference"], q["doc"], q["start"], q["end"]]


__all__ = ["FILTERS", "table", "dimensions", "filter_options", "apply_filters", "sort_rows", "csv_wide", "csv_long",
           "citations_of", "LONG_COLUMNS"]
