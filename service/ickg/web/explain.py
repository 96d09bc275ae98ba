"""Blueprint "explain": why the graph holds a triple, as JSON or as a page for the viewer.

``GET /explain?s=<IRI>&p=<IRI>&o=<IRI or N3 literal>`` answers with the explanation of
:func:`ickg.explain.explanation.explain`: the rule and premises of an inferred triple, recursively down to
asserted triples, each with its evidence quotes. ``format=json`` or ``Accept: application/json``
gives JSON; browsers get HTML. Terms may also be prefixed names (``ickg:locatedIn``).

Status codes: 400 when a term is missing or unreadable, 404 when the graph neither asserts nor
infers the triple (the body still says so, in the format asked for).

The explanation rebuilds derivations with the OWL 2 RL engine, in rdflib terms: it is imported by
the first explanation asked for, not with the blueprint, so that a process that serves pages and
queries never loads rdflib (a process that imports ickg.web and builds the app: 0.66 CPU-s and
54 MB instead of 0.87 and 61; ``test_a_served_web_process_never_imports_rdflib``).
"""

import re
from functools import cache

from flask import Blueprint, jsonify, render_template, request
from markupsafe import Markup, escape

from ickg.iris import OWL, PREFIXES, RDF, RDFS
from ickg.sparql import negotiation
from ickg.web.links import GENID, Labeller, href
from ickg.web.extension import get_store
from ickg.web import queries as vq

bp = Blueprint("explain", __name__)


def _wants_json():
    fmt = request.args.get("format", "").lower()
    if fmt:
        return fmt in ("json", "application/json")
    best = negotiation.preferred(request.accept_mimetypes, ("text/html", "application/json"))
    return best == "application/json"


@bp.route("/explain")
def explain():
    from rdflib import URIRef

    from ickg.explain.explanation import UnknownTerm, explain as explain_triple
    from ickg.reason.catalogue import RULES

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
    labeller = Labeller()
    _want(explanation, labeller)
    labeller.fetch()
    body = render_template("explain/explain.html", e=explanation, rules=RULES,
                           words=Words(labeller, _genid_names(explanation), _complete(_genid_structure(explanation),
                                                                                     explanation, labeller)),
                           rule_name=rule_name)
    return body, status, {"Vary": "Accept"}


# The rules of the catalogue (ickg.reason.catalogue) by the kind of reasoning they do, in words;
# the catalogue's sentence says what each one does. ickg's own rules are added by _rule_names.
OWL2_RL_RULE_NAMES = {
    "cax-sco": "subclass", "cax-eqc1": "equivalent classes", "cls-int1": "intersection", "cls-hv1": "has-value restriction",
    "cls-hv2": "has-value restriction", "cls-svf1": "some-values restriction", "cls-svf2": "some-values restriction",
    "cls-avf": "all-values restriction", "cls-oo": "enumeration", "prp-dom": "domain", "prp-rng": "range",
    "prp-spo1": "subproperty", "prp-spo2": "property chain", "prp-inv1": "inverse property", "prp-inv2": "inverse property",
    "prp-symp": "symmetric property", "prp-trp": "transitive property", "prp-fp": "functional property",
    "prp-ifp": "inverse-functional property", "eq-sym": "sameness", "eq-trans": "sameness", "eq-rep-s": "sameness",
    "eq-rep-o": "sameness", "scm-sco": "subclass chain", "scm-spo": "subproperty chain", "scm-eqc1": "equivalent classes",
    "scm-eqc2": "equivalent classes", "scm-eqp1": "equivalent properties", "scm-eqp2": "equivalent properties",
    "scm-dom1": "domain", "scm-dom2": "domain", "scm-rng1": "range", "scm-rng2": "range", "scm-hv": "has-value restriction",
    "scm-svf1": "some-values restriction", "scm-svf2": "some-values restriction", "scm-avf1": "all-values restriction",
    "scm-avf2": "all-values restriction", "scm-int": "intersection", "scm-uni": "union",
}


@cache
def _rule_names() -> dict[str, str]:
    """Every rule's kind of reasoning in words, ickg's own rules (their ids live in the catalogue,
    imported when an explanation is first shown) included."""
    from ickg.reason.catalogue import CROSSWALK_RULE, DL_RULE

    return {**OWL2_RL_RULE_NAMES, CROSSWALK_RULE: "crosswalk between typologies",
            DL_RULE: "description logic (HermiT)"}


def rule_name(rule_id: str) -> str:
    """The kind of reasoning a rule does, in words ("transitive property")."""
    return _rule_names().get(rule_id) or rule_id.replace("-", " ")


def _iris(e):
    for key in ("s", "p", "o"):
        term = (e.get("triple") or {}).get(key) or {}
        if term.get("type") == "iri":
            yield term["value"]
        if term.get("datatype"):
            yield term["datatype"]
    for ev in e.get("evidence") or ():
        if ev.get("source"):
            yield ev["source"]
    for src in e.get("sources") or ():
        yield src["source"]
    if e.get("qualifier"):
        yield e["qualifier"]
    for g in e.get("graphs") or ():
        yield g


def _want(e, labeller):
    if not e:
        return
    for iri in _iris(e):
        labeller.want(iri)
    for premise in e.get("premises") or ():
        _want(premise, labeller)


def _genid_structure(e, out=None):
    """{anonymous class IRI: {property: [terms]}} from the premises that build them (onProperty,
    hasValue, unionOf, list members...), so that the page can spell the class out."""
    out = {} if out is None else out
    if e:
        t = e.get("triple") or {}
        if Words.structural(e) or (t.get("p", {}).get("value") == OWL + "propertyChainAxiom"):
            out.setdefault(t["s"]["value"], {}).setdefault(t["p"]["value"], []).append(t["o"])
        for premise in e.get("premises") or ():
            _genid_structure(premise, out)
    return out


def _genid_iris(e, out):
    for key in ("s", "o"):
        term = (e.get("triple") or {}).get(key) or {}
        if term.get("type") == "iri" and term["value"].startswith(GENID):
            out.add(term["value"])
    for premise in e.get("premises") or ():
        _genid_iris(premise, out)
    return out


def _complete(structure, explanation, labeller, rounds=6):
    """``structure`` with what the derivations graph says of the anonymous classes the premises
    do not build (a few bounded queries, one per level of nesting)."""
    wanted = _genid_iris(explanation, set()) if explanation else set()
    asked = set()
    for _ in range(rounds):
        missing = wanted - asked
        if not missing:
            break
        asked |= missing
        wanted = set()
        for row in vq.anonymous_classes(missing):
            o = row["o"]
            term = {"type": "iri" if o.is_iri else "literal", "value": o.value}
            values = structure.setdefault(row["s"].value, {}).setdefault(row["p"].value, [])
            if term not in values:
                values.append(term)
            if o.is_iri:
                labeller.want(o)
                if o.value.startswith(GENID):
                    wanted.add(o.value)
    labeller.fetch()
    return structure


def _genid_names(e, out=None):
    """{anonymous class IRI: its Manchester-syntax name} from every node of the explanation."""
    out = {} if out is None else out
    if e:
        for name, text in (e.get("labels") or {}).items():
            out[_full(name)] = text
        for premise in e.get("premises") or ():
            _genid_names(premise, out)
    return out


_COMPACT = re.compile(r"\b([a-z][a-z0-9]*):([A-Za-z_][\w\-/.]*[\w])")
_STRUCTURAL = {OWL + p for p in ("propertyChainAxiom", "onProperty", "hasValue", "someValuesFrom", "allValuesFrom", "intersectionOf",
                                 "unionOf", "complementOf", "oneOf", "onClass", "maxCardinality",
                                 "maxQualifiedCardinality", "members")} | {RDF + "first", RDF + "rest"}


class Words:
    """Triples of an explanation as sentences: "PRISMA is located in North America", "every
    jurisdiction is a place", with anonymous class expressions spelled out in labels."""

    def __init__(self, labeller, names, structure):
        self.labeller = labeller
        self.names = names
        self.structure = structure

    def term(self, t, *, link=True):
        if t.get("type") == "literal":
            return Markup('<q class="literal">{}</q>').format(t["value"])
        iri = t["value"]
        if iri.startswith(GENID):
            return Markup('<span class="expression">{}</span>').format(self._genid_words(iri))
        label = self.labeller(iri)
        if not link:
            return escape(label)
        return Markup('<a href="{}" title="{}">{}</a>').format(href(iri), iri, label)

    def _genid_words(self, iri, depth=0):
        node = self.structure.get(iri) or {}

        def one(prop):
            values = node.get(OWL + prop) or node.get(RDF + prop) or []
            return values[0] if values else None

        def name(t, quoted=False):
            if t.get("type") == "iri" and t["value"].startswith(GENID) and depth < 5:
                return self._genid_words(t["value"], depth + 1)
            if t.get("type") == "literal":
                return t["value"]
            label = self.labeller(t["value"])
            return f"“{label}”" if quoted else label

        for named in node.get(OWL + "equivalentClass") or []:
            if named.get("type") == "iri" and not named["value"].startswith(GENID):
                return "the " + self.labeller(named["value"]) + "s"
        on = one("onProperty")
        if on is not None:
            prop = name(on, quoted=True)
            if one("hasValue") is not None:
                return f"things whose {prop} is {name(one('hasValue'))}"
            if one("someValuesFrom") is not None:
                return f"things with a {prop} that is a {name(one('someValuesFrom'))}"
            if one("allValuesFrom") is not None:
                return f"things whose every {prop} is a {name(one('allValuesFrom'))}"
        for prop, word in (("unionOf", " or "), ("intersectionOf", " and ")):
            if one(prop) is not None:
                members = self._members(one(prop), depth)
                if members:
                    return word.join(members)
        if one("first") is not None:
            return ", ".join(self._members({"type": "iri", "value": iri}, depth))
        text = self.names.get(iri, "")
        if not text or text.startswith("_:"):
            return "an anonymous class of the ontology"
        text = text.strip()
        if text.startswith("(") and text.endswith(")") and " or " not in text and " and " not in text:
            text = ", ".join(text[1:-1].split())  # an RDF list
        return _COMPACT.sub(lambda m: self._expand(m), text)

    def _members(self, head, depth):
        out, seen = [], set()
        while head and head.get("type") == "iri" and head["value"].startswith(GENID) and head["value"] not in seen:
            seen.add(head["value"])
            node = self.structure.get(head["value"]) or {}
            for first in node.get(RDF + "first") or []:
                if first.get("type") == "iri" and first["value"].startswith(GENID):
                    out.append(self._genid_words(first["value"], depth + 1))
                else:
                    out.append(self.labeller(first["value"]) if first.get("type") == "iri" else first["value"])
            rest = node.get(RDF + "rest") or []
            head = rest[0] if rest else None
        return out

    def _expand(self, match):
        iri = PREFIXES.get(match.group(1))
        return self.labeller(iri + match.group(2)) if iri else match.group(0)

    def sentence(self, e):
        """The triple of explanation ``e`` as a sentence (HTML)."""
        t = e.get("triple")
        if not t:
            return escape("a premise the graph does not describe")
        s, p, o = t["s"], t["p"]["value"], t["o"]
        S, O = self.term(s), self.term(o)
        P = self.term(t["p"], link=False)
        anonymous = o.get("type") == "iri" and o["value"].startswith(GENID)
        if p == OWL + "propertyChainAxiom":
            return Markup("“{}” follows from the chain {}").format(self.term(s, link=False), O)
        if p == RDF + "type" and anonymous:
            return Markup("{} is among {}").format(S, O)
        if p == RDFS + "subClassOf" and anonymous:
            return Markup("every {} is among {}").format(S, O)
        if p == RDF + "type":
            if o.get("value") in PROPERTY_KINDS:
                return Markup("{} is a {}").format(S, PROPERTY_KINDS[o["value"]])
            return Markup("{} is a {}").format(S, O)
        if p == RDFS + "subClassOf":
            return Markup("every {} is a {}").format(S, O)
        if p == RDFS + "subPropertyOf":
            return Markup("whatever is linked by “{}” is also linked by “{}”").format(
                self.term(s, link=False), self.term(o, link=False))
        if p == RDFS + "domain":
            return Markup("whatever has a “{}” is a {}").format(self.term(s, link=False), O)
        if p == RDFS + "range":
            return Markup("every value of “{}” is a {}").format(self.term(s, link=False), O)
        if p == OWL + "inverseOf":
            return Markup("“{}” is the reverse of “{}”").format(self.term(s, link=False), self.term(o, link=False))
        if p == OWL + "equivalentClass":
            return Markup("{} is the same class as {}").format(S, O)
        return Markup('{} <span class="predicate" title="{}">{}</span> {}').format(S, p, P, O)

    @staticmethod
    def structural(e):
        """Whether ``e`` only builds an anonymous class expression (spelled out where it is used)."""
        t = e.get("triple") or {}
        return t.get("p", {}).get("value") in _STRUCTURAL and t.get("s", {}).get("value", "").startswith(GENID)


PROPERTY_KINDS = {
    OWL + "TransitiveProperty": "transitive property: it carries over a chain of links",
    OWL + "SymmetricProperty": "symmetric property: it holds both ways",
    OWL + "FunctionalProperty": "functional property: one value at most",
    OWL + "InverseFunctionalProperty": "inverse-functional property",
}


def _full(name):
    if name.startswith("_:"):
        return name
    prefix, _, local = name.partition(":")
    return PREFIXES.get(prefix, prefix + ":") + local


def _term(text):
    """:func:`ickg.explain.explanation.parse_term`, refusing IRIs (and datatypes) that are not plain IRIs."""
    from rdflib import URIRef

    from ickg.explain.explanation import parse_term

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
