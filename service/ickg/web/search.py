"""Search: ``/search?q=`` (HTML) and its JSON twin ``/search.json?q=`` (or ``/search?q=&format=json``).

On the embedded store the text index of the live store version answers (:mod:`ickg.store.textindex`):
labels, definitions, evidence quotes, what a resource is linked to, and document text, ranked by
BM25 with labels first, each hit with a snippet whose matches are marked. A result is a resource:
its best hit decides its place, and up to two more hits show where else it matched; a quote
links to the sentence highlighted on its document's page. Each result is named in words: its
label, the labels of its asserted classes, and the concept schemes it is in, so that three
concepts called "case management" read as those of three schemes.

A remote store is searched with the text index its build left in the data directory
(:mod:`ickg.store.remote_index`) while the store carries that build's mark, so it answers as the
embedded store does. A store without a text index (a remote store loaded from another data
directory or machine, or changed since; the in-memory store of tests) is searched by a SPARQL
scan of labels and document texts (``CONTAINS``), ranked by how the label matches: slower, and
without definitions or quotes, but the same page and the same JSON (``"engine": "scan"``).

Parameters: ``q`` (the search text, :func:`ickg.store.textindex.fts_query`), ``limit`` (results,
default 20, at most 200), ``kind`` (comma-separated kinds of text to search: label, altLabel,
definition, quote, related, text). A search text past the limits is answered 400 with the reason, a
search that runs out of time 503.

The JSON::

    {"q": "...", "engine": "index" | "scan", "results": [
       {"iri": ..., "label": ..., "types": [{"iri": ..., "label": ...}],
        "schemes": [{"iri": ..., "label": ...}], "score": 17.97,
        "href": "/id/program/prisma", "hits": [
           {"kind": "quote", "score": ..., "snippet": "escaped HTML with <mark>",
            "document": ..., "start": ..., "end": ..., "href": "/id/document/...?quote=s-e#cs"}]}]}

Joining search hits into SPARQL: put the ``iri`` values into ``VALUES ?x { ... }``, or call
``ickg:search(?x, "text")`` in a query on the embedded store (the README shows both).
"""

from __future__ import annotations

import json
import re
import threading
from urllib.parse import urlencode

from flask import Blueprint, Response, render_template, request
from markupsafe import Markup

from ickg.store import LocalStore, RemoteStore, textindex
from ickg.web import queries as vq
from ickg.web.errors import error_page
from ickg.web.extension import get_store
from ickg.web.links import compact, href

bp = Blueprint("search", __name__)

DEFAULT_LIMIT = 20  # results on a page (a page of 20 renders in a third of the time of 50)
MAX_LIMIT = 200
HITS_PER_RESULT = 3
SEARCH_TIMEOUT = 5.0  # seconds of SQLite work per search (the progress handler stops it)


# What the page calls each kind of hit (the JSON keeps the index's names).
KIND_WORDS = {"label": "name", "altLabel": "also called", "definition": "definition", "quote": "quote",
              "related": "linked to", "text": "document text"}


class BadSearch(ValueError):
    """A request parameter that cannot be searched with; the message names it."""


# ---------------------------------------------------------------------------------------------
# The text index of the live version


_indexes: dict = {}
_indexes_lock = threading.Lock()


def text_index(store) -> textindex.TextIndex | None:
    """The text index of ``store``'s live version, or None for a store that has none (in
    memory; remote, unless the data directory holds the index of the build the remote store
    carries: :mod:`ickg.store.remote_index`). Opened once per version; the previous version's
    stays open for the requests still using it, older ones are dropped.

    Raises:
        textindex.IndexMissing: the live version of a local store has no index.
    """
    if isinstance(store, RemoteStore):
        return store.text_index()
    if not isinstance(store, LocalStore):
        return None
    path = store.path
    with _indexes_lock:
        index = _indexes.get(path)
        if index is None:
            index = textindex.open_index(path)
            _indexes[path] = index
            for old in list(_indexes)[:-2]:
                del _indexes[old]
        return index


# ---------------------------------------------------------------------------------------------
# Routes


@bp.route("/search.json", endpoint="search_json")
@bp.route("/search")  # the endpoint "search.search", which forms and links name, is this one
def search():
    wants_json = request.path.endswith(".json") or request.args.get("format") == "json"
    q = " ".join((request.args.get("q") or "").split())
    try:
        limit, kinds = _parameters()
        # kept per store version with the viewer's query results: a search repeated (the page,
        # then its JSON twin) costs a dictionary look-up
        engine, results, described = vq.memo("search", _found, q, limit, tuple(kinds or ()))
    except (BadSearch, textindex.SearchQueryError) as err:
        return _refused(400, "Cannot search for that", str(err), q, wants_json)
    except textindex.SearchTimeout as err:
        return _refused(503, "The search took too long", str(err), q, wants_json, retry_after=1)
    except textindex.IndexMissing:
        return _refused(503, "No text index", "This store version has no text index: `ickg build` makes one "
                        "(and `ickg serve` makes one for a store built before indexes existed).", q, wants_json)
    if wants_json:
        body = {"q": q, "engine": engine, "results": [_json_result(r, described) for r in results]}
        return Response(json.dumps(body, ensure_ascii=False, indent=1) + "\n", mimetype="application/json",
                        headers={"Link": f'<{_twin("text/html")}>; rel="alternate"; type="text/html"'})
    more = None
    if len(results) == limit and limit < MAX_LIMIT:
        args = {k: v for k, v in request.args.items(multi=True) if k != "limit"}
        more = request.script_root + "/search?" + urlencode({**args, "limit": min(MAX_LIMIT, limit * 5)})
    response = Response(render_template("search/search.html", q=q, engine=engine, kinds=kinds, more=more,
                                        results=[_page_result(r, described) for r in results]),
                        mimetype="text/html")
    response.headers["Link"] = f'<{_twin("application/json")}>; rel="alternate"; type="application/json"'
    return response


def _parameters():
    raw = request.args.get("limit")
    limit = DEFAULT_LIMIT
    if raw:
        if not raw.isdigit() or not 1 <= int(raw) <= MAX_LIMIT:
            raise BadSearch(f"limit must be a whole number from 1 to {MAX_LIMIT}, not {raw[:20]!r}")
        limit = int(raw)
    kinds = [k for part in request.args.getlist("kind") for k in part.split(",") if k]
    unknown = [k for k in kinds if k not in textindex.KIND_NAMES]
    if unknown:
        raise BadSearch(f"kind {unknown[0][:40]!r} is not one of {', '.join(textindex.KIND_NAMES)}")
    return limit, kinds or None


def _twin(media_type):
    args = {k: v for k, v in request.args.items(multi=True) if k != "format"}
    path = "/search.json" if media_type == "application/json" else "/search"
    return request.script_root + path + ("?" + urlencode(args) if args else "")


def _refused(status, title, message, q, wants_json, retry_after=None):
    if wants_json:
        response = Response(json.dumps({"q": q, "error": message}, ensure_ascii=False) + "\n", status=status,
                            mimetype="application/json")
    else:
        response = error_page(status, title, message)
    if retry_after:
        response.headers["Retry-After"] = str(retry_after)
    return response


# ---------------------------------------------------------------------------------------------
# Finding


def _found(q, limit, kinds):
    """(engine, results, their descriptions) for ``q``: what a search page shows."""
    if not q:
        return "index", [], {}
    engine, results = find(q, limit=limit, kinds=list(kinds) or None)
    return engine, results, describe(results, text_index(get_store()) if engine == "index" else None)


def find(q: str, *, limit: int = DEFAULT_LIMIT, kinds=None) -> tuple[str, list[textindex.Result]]:
    """("index" or "scan", the results for ``q``) on the current app's store."""
    index = text_index(get_store())
    if index is not None:
        return "index", index.search(q, limit=limit, per_resource=HITS_PER_RESULT, kinds=kinds,
                                     timeout=SEARCH_TIMEOUT)
    textindex.fts_query(q)  # the same limits on the text as the index
    return "scan", scan(q, limit=limit, kinds=kinds)


def describe(results, index=None) -> dict[str, textindex.Described]:
    """{iri: Described} for the results and their documents, every name in words: from the text
    index, which records labels, classes and schemes (no query to the store: a search does not
    wait for a query worker), or for a scan by SPARQL (asserted classes and schemes, then every
    label). A class or scheme without a label is named from its IRI (:func:`words_for`)."""
    iris = {r.resource for r in results} | {h.document for r in results for h in r.hits if h.document}
    if index is not None:
        recorded = index.describe(iris)
    else:
        recorded = _described_by_queries(iris, {r.resource for r in results})
    out = {}
    for iri in iris:
        found = recorded.get(iri) or textindex.Described()
        out[iri] = textindex.Described(found.label or words_for(iri),
                                       [(t, label or words_for(t)) for t, label in found.types],
                                       [(s, label or words_for(s)) for s, label in found.schemes])
    return out


def words_for(iri: str) -> str:
    """A name in words for an IRI the graph does not label: the viewer's built-in name
    (``owl:Class`` is "class"), else the IRI's last segment with its camel case and dashes
    spread into words (``org:Organization`` is "organization", ``fabio:JournalArticle`` "journal
    article"); the compact IRI only when the segment has no letters."""
    builtin = vq.BUILTIN_LABELS.get(iri)
    if builtin:
        return builtin
    tail = re.split(r"[/#]", iri.rstrip("/#"))[-1]
    spaced = re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", " ", tail).replace("_", " ").replace("-", " ")
    words = " ".join(w if w.isupper() and len(w) > 1 else w.lower() for w in spaced.split())
    return words if re.search(r"[^\W\d]", words) else compact(iri)


def _described_by_queries(iris, resources) -> dict[str, textindex.Described]:
    """What the text index records, asked of the store: the classes and schemes (else defining
    ontologies) the graphs state (not the inferred superclasses, not the generic classes), and
    every label."""
    named = sorted(i for i in resources if not i.startswith("_:"))
    types, schemes = {}, {}
    if named:
        defined = {}
        for row in vq.select(f"""SELECT ?x ?p ?t WHERE {{ {vq.values('x', named)}
  VALUES ?p {{ rdf:type skos:inScheme rdfs:isDefinedBy }} ?x ?p ?t FILTER isIRI(?t) }} LIMIT 5000""", infer=False):
            x, p, t = row["x"].value, row["p"].value, row["t"].value
            if p.endswith("inScheme"):
                schemes.setdefault(x, set()).add(t)
            elif p.endswith("isDefinedBy"):
                defined.setdefault(x, set()).add(t)
            elif t not in textindex.GENERIC_TYPES:
                types.setdefault(x, set()).add(t)
        for x, ontologies in defined.items():  # a concept is named by its scheme, else by its ontology
            schemes.setdefault(x, ontologies)
    wanted = set(iris) | {t for ts in (*types.values(), *schemes.values()) for t in ts}
    known = vq.labels(i for i in wanted if not i.startswith("_:"))  # the graph's labels, built-in names
    return {iri: textindex.Described(known.get(iri), [(t, known.get(t)) for t in sorted(types.get(iri, ()))],
                                     [(t, known.get(t)) for t in sorted(schemes.get(iri, ()))])
            for iri in iris}


def _hit_href(hit):
    if hit.document and hit.start is not None:
        return f"{href(hit.document)}?{urlencode({'quote': f'{hit.start}-{hit.end}'})}#c{hit.start}"
    if hit.document:
        return href(hit.document)
    return None


def _page_result(result, described):
    about = described[result.resource]
    hits = [{"kind": KIND_WORDS.get(h.kind, h.kind), "score": h.score, "snippet": Markup(h.snippet),
             "href": _hit_href(h), "document": described[h.document].label if h.document else None}
            for h in result.hits]
    return {"iri": result.resource, "href": href(result.resource), "label": about.label, "score": result.score,
            "types": [label for _, label in about.types][:3],
            "schemes": [{"label": label, "href": href(iri)} for iri, label in about.schemes][:2], "hits": hits}


def _json_result(result, described):
    about = described[result.resource]
    hits = []
    for hit in result.hits:
        out = {"kind": hit.kind, "score": hit.score, "snippet": hit.snippet}
        if hit.document:
            out["document"] = hit.document
        if hit.start is not None:
            out["start"], out["end"] = hit.start, hit.end
        link = _hit_href(hit)
        if link:
            out["href"] = link
        hits.append(out)
    return {"iri": result.resource, "label": about.label,
            "types": [{"iri": t, "label": label} for t, label in about.types],
            "schemes": [{"iri": t, "label": label} for t, label in about.schemes],
            "score": result.score, "kind": result.hits[0].kind, "snippet": result.hits[0].snippet,
            "href": href(result.resource), "hits": hits}


# ---------------------------------------------------------------------------------------------
# The scan, for stores without a text index


SCAN_LABELS = ("http://www.w3.org/2000/01/rdf-schema#label", "http://www.w3.org/2004/02/skos/core#prefLabel",
               "http://purl.org/dc/terms/title", "http://www.w3.org/2004/02/skos/core#altLabel")


def scan(q: str, *, limit: int = DEFAULT_LIMIT, kinds=None) -> list[textindex.Result]:
    """Results for ``q`` by SPARQL ``CONTAINS`` over labels and document texts: every word of the
    query (lower-cased, quotes and ``*`` dropped) must occur. Labels are scored by how they match
    (the whole label, its start, a word start, anywhere), documents by their number of matches."""
    words = [w for w in re.split(r"[\s\"*]+", q.lower()) if w and not w.startswith("-")][:textindex.MAX_TERMS]
    if not words:
        return []
    phrase = " ".join(words)
    results = {}
    if not kinds or {"label", "altLabel"} & set(kinds):
        for row in vq.search_labels(words):
            if not row["x"].is_iri:
                continue
            kind = "altLabel" if row["p"].value.endswith("altLabel") else "label"
            if kinds and kind not in kinds:
                continue
            text = row["l"].value
            score = _label_score(text.lower(), phrase, words) - (5 if kind == "altLabel" else 0)
            hit = textindex.Hit(row["x"].value, kind, score, _marked(text, words), "")
            _keep(results, hit)
    if not kinds or "text" in kinds:
        for row in vq.search_documents(words):
            text = row["text"].value
            lower = text.lower()
            count = sum(lower.count(w) for w in words)
            at = lower.find(words[0])
            start = max(0, at - 90)
            piece = ("…" if start else "") + text[start:at + 160] + ("…" if at + 160 < len(text) else "")
            hit = textindex.Hit(row["doc"].value, "text", round(count / (1 + len(words)), 4), _marked(piece, words),
                                "", row["doc"].value, at, at + len(words[0]))
            _keep(results, hit)
    ranked = sorted(results.values(), key=lambda r: -r.score)
    return ranked[:limit]


def _keep(results, hit):
    result = results.setdefault(hit.resource, textindex.Result(hit.resource, []))
    result.hits.append(hit)
    result.hits.sort(key=lambda h: -h.score)
    del result.hits[HITS_PER_RESULT:]


def _label_score(text, phrase, words):
    if text == phrase:
        return 100
    if text.startswith(phrase):
        return 80
    if re.search(r"\b" + re.escape(phrase), text):
        return 60
    if phrase in text:
        return 45
    hits = sum(1 for w in words if re.search(r"\b" + re.escape(w), text))
    return 20 + 5 * hits - min(len(text), 200) / 100


def _marked(text, words):
    """``text`` as escaped HTML with every occurrence of ``words`` in ``<mark>``."""
    pattern = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)), re.IGNORECASE)
    out, last = [], 0
    for match in pattern.finditer(text):
        out.append(Markup.escape(text[last:match.start()]))
        out.append(Markup("<mark>") + Markup.escape(match.group()) + Markup("</mark>"))
        last = match.end()
    out.append(Markup.escape(text[last:]))
    return str(Markup("").join(out))
