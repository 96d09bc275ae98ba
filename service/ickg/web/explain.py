"""Blueprint "explain": why the graph holds a triple, as JSON or as a page for the viewer.

``GET /explain?s=<IRI>&p=<IRI>&o=<IRI or N3 literal>`` answers with the explanation of
:func:`ickg.explain.explanation.explain`: the rule and premises of an inferred triple, recursively down to
asserted triples, each with its evidence quotes. ``format=json`` or ``Accept: application/json``
gives JSON; browsers get HTML. Terms may also be prefixed names (``ickg:locatedIn``).

Status codes: 400 when a term is missing or unreadable, 404 when the graph neither asserts nor
infers the triple (the body still says so, in the format asked for).
"""

from flask import Blueprint, jsonify, render_template, request
from rdflib import URIRef

from ickg.explain.explanation import UnknownTerm, explain as explain_triple, parse_term
from ickg.reason.catalogue import RULES
from ickg.web.extension import get_store
from ickg.web import queries as vq

bp = Blueprint("explain", __name__)


def _wants_json():
    fmt = request.args.get("format", "").lower()
    if fmt:
        return fmt in ("json", "application/json")
    best = request.accept_mimetypes.best_match(["text/html", "application/json"])
    return best == "application/json"


@bp.route("/explain")
def explain():
    as_json = _wants_json()
    missing = [name for name in ("s", "p", "o") if not request.args.get(name)]
    if missing:
        return _error(f"missing parameter(s): {', '.join(missing)} (give s, p and o)", as_json)
    triple = []
    for name in ("s", "p", "o"):
        try:
            term = _term(request.args[name])
        except (UnknownTerm, ValueError) as error:
            return _error(f"{name}: {error}", as_json)
        if name != "o" and not isinstance(term, URIRef):
            return _error(f"{name}: a {'subject' if name == 's' else 'predicate'} is an IRI, not a literal", as_json)
        triple.append(term)
    explanation = explain_triple(get_store(), *triple)
    status = 404 if explanation["status"] == "absent" else 200
    if as_json:
        response = jsonify(explanation)
        response.status_code = status
        response.vary.add("Accept")
        return response
    body = render_template("explain/explain.html", e=explanation, rules=RULES)
    return body, status, {"Vary": "Accept"}


def _term(text):
    """:func:`ickg.explain.explanation.parse_term`, refusing IRIs (and datatypes) that are not plain IRIs."""
    term = parse_term(text)
    for iri in (term, getattr(term, "datatype", None)):
        if isinstance(iri, URIRef):
            try:
                vq.iri_ref(iri)
            except ValueError:
                raise ValueError("not an IRI (an absolute IRI has no spaces, <, >, \", \\ or "
                                 "control characters)") from None
    return term


def _error(message, as_json):
    if as_json:
        response = jsonify({"error": message})
        response.status_code = 400
        return response
    return render_template("explain/explain.html", e=None, error=message), 400
