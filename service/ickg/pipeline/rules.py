"""A forward-chaining OWL 2 RL reasoner that remembers why it concluded each triple.

The rules are those of the OWL 2 RL/RDF profile (https://www.w3.org/TR/owl2-profiles/#OWL_2_RL),
named by their ids in the tables of section 4.3 (``cax-sco``, ``prp-trp``, ``cls-hv1``...), plus
the SKOS mapping rules of :mod:`ickg.crosswalk`. Evaluation runs in two phases:

1. **Schema.** The schema rules (``scm-*``) run to a fixpoint over the terminological triples
   (subclass, subproperty, domain, range, restrictions...). The result is compiled into lookup
   tables: for each class its superclasses, for each property its superproperties, domains,
   ranges, inverses, the chains it takes part in, and so on.
2. **Data.** Every data triple then goes once through a queue (semi-naive evaluation: each new
   triple is joined only with what is already known). A triple's predicate, or its class for
   ``rdf:type``, selects the rules that can fire, from the tables.

For each triple it adds, the engine keeps the rule and the premises of its *first* derivation.
Because a premise is always known before its conclusion, following premises always ends at
asserted triples: that is what :mod:`ickg.explain` prints.

Blank nodes (restrictions, lists, anonymous classes) are first replaced by IRIs minted from their
content (:func:`skolemise`), so that a premise such as "case management is a subclass of the
things that support clinical integration" can be named, stored and shown. Triples about such
anonymous nodes are kept out of the inferred graph (they are not statements a user would ask
for) but keep their derivations.

Not covered: datatype rules (``dt-*``), ``prp-key``, ``prp-npa*``, ``eq-diff2/3``,
``eq-rep-p`` and cardinalities other than 0 and 1 (which OWL 2 RL does not need).
"""

from collections import defaultdict, deque
import hashlib

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, XSD

from ickg.namespaces import ID

GENID = ID["genid/"]  # prefix of the IRIs minted for blank nodes

TYPE = RDF.type
SCO = RDFS.subClassOf
SPO = RDFS.subPropertyOf
DOMAIN = RDFS.domain
RANGE = RDFS.range
SAME = OWL.sameAs
THING = OWL.Thing
NOTHING = OWL.Nothing

# Predicates whose triples are terminological (schema), evaluated in phase 1.
SCHEMA_PREDICATES = frozenset({
    SCO, SPO, DOMAIN, RANGE, OWL.equivalentClass, OWL.equivalentProperty, OWL.inverseOf,
    OWL.propertyChainAxiom, OWL.onProperty, OWL.hasValue, OWL.someValuesFrom,
    OWL.allValuesFrom, OWL.intersectionOf, OWL.unionOf, OWL.complementOf, OWL.oneOf,
    OWL.disjointWith, OWL.propertyDisjointWith, OWL.members, OWL.maxCardinality,
    OWL.maxQualifiedCardinality, OWL.onClass, OWL.hasKey, RDF.first, RDF.rest,
})
# rdf:type objects that make a triple terminological.
SCHEMA_TYPES = frozenset({
    OWL.Class, RDFS.Class, OWL.Restriction, OWL.ObjectProperty, OWL.DatatypeProperty,
    OWL.AnnotationProperty, RDF.Property, OWL.TransitiveProperty, OWL.SymmetricProperty,
    OWL.FunctionalProperty, OWL.InverseFunctionalProperty, OWL.IrreflexiveProperty,
    OWL.AsymmetricProperty, OWL.ReflexiveProperty, OWL.AllDisjointClasses, OWL.Ontology,
    RDFS.Datatype, OWL.AllDisjointProperties, OWL.AllDifferent,
})
# Conclusions never worth recording (true of everything, or of the thing itself).
_TRIVIAL_TYPES = frozenset({THING, RDFS.Resource})

CROSSWALK_RULE = "ickg-crosswalk"


def is_genid(term):
    return isinstance(term, URIRef) and term.startswith(GENID)


# ---------------------------------------------------------------------------------------------
# Blank nodes -> content-addressed IRIs
# ---------------------------------------------------------------------------------------------

def skolemise(triples):
    """Replace blank nodes by IRIs minted from what they say, so that the same input gives the
    same IRIs on every run. Returns a new list of triples.

    A blank node's IRI is a hash of its outgoing triples (recursively, so a restriction or a list
    is named by its content); blank nodes that say the same thing about the same subjects get
    the same IRI, which for class expressions is exactly right.
    """
    triples = list(triples)
    out_edges = defaultdict(list)
    in_edges = defaultdict(list)
    for s, p, o in triples:
        if isinstance(s, BNode):
            out_edges[s].append((p, o))
        if isinstance(o, BNode):
            in_edges[o].append((s, p))
    memo = {}

    def key(node, depth=0):
        if not isinstance(node, BNode):
            return node.n3()
        if node in memo:
            return memo[node]
        if depth > 50:  # a cycle of blank nodes: fall back to the node's own id
            return "_:" + str(node)
        memo[node] = "_:" + str(node)  # guard while recursing
        parts = sorted(f"{p.n3()} {key(o, depth + 1)}" for p, o in out_edges.get(node, ()))
        if not parts:  # a blank node with no description: name it by where it is used
            parts = sorted(f"^{s.n3() if not isinstance(s, BNode) else '_'} {p.n3()}"
                           for s, p in in_edges.get(node, ()))
        digest = hashlib.sha1("\n".join(parts).encode("utf-8")).hexdigest()[:16]
        memo[node] = digest
        return digest

    def term(node):
        return URIRef(GENID + key(node)) if isinstance(node, BNode) else node

    return [(term(s), p, term(o)) for s, p, o in triples]


def rdf_list(index_first, index_rest, node, limit=10000):
    """The members of an RDF list, given dicts from a list node to its rdf:first / rdf:rest."""
    items = []
    while node is not None and node != RDF.nil and len(items) < limit:
        if node not in index_first:
            return None  # malformed list
        items.append(index_first[node])
        node = index_rest.get(node)
    return items


# ---------------------------------------------------------------------------------------------
# The reasoner
# ---------------------------------------------------------------------------------------------

class Clash:
    """An inconsistency: a rule whose conclusion is 'false', with the triples that fired it."""

    def __init__(self, rule, message, premises):
        self.rule = rule
        self.message = message
        self.premises = tuple(premises)

    def __str__(self):
        return f"{self.message} [{self.rule}]"

    def __repr__(self):
        return f"Clash({self.rule!r}, {self.message!r})"


class Reasoner:
    """Forward chaining of the OWL 2 RL rules over a set of triples, with derivations.

    Args:
        triples: the input triples (rdflib terms; blank nodes are skolemised here).
        crosswalk: an :class:`ickg.crosswalk.Crosswalk` saying which SKOS mapping properties
            carry a concept's tags over to mapped concepts, or None for no crosswalk reasoning.
        labels: a function term -> short name, used in clash messages.

    After :meth:`run`: ``asserted`` (set of input triples), ``derivations`` (dict from each
    inferred triple to ``(rule, premises)``) and ``clashes`` (list of :class:`Clash`).
    """

    def __init__(self, triples, *, crosswalk=None, labels=None):
        self.asserted = set(skolemise(triples))
        self.crosswalk = crosswalk
        self.label = labels or (lambda t: t.n3() if not isinstance(t, Literal) else repr(str(t)))
        self.derivations = {}
        self.clashes = []
        self._clash_keys = set()

    # -- bookkeeping ---------------------------------------------------------------------------

    def _clash(self, rule, message, premises):
        key = (rule, frozenset(premises))
        if key not in self._clash_keys:
            self._clash_keys.add(key)
            self.clashes.append(Clash(rule, message, premises))

    # -- phase 1: schema -------------------------------------------------------------------------

    def _split(self):
        tbox, abox = set(), []
        for t in self.asserted:
            s, p, o = t
            if p in SCHEMA_PREDICATES or (p == TYPE and o in SCHEMA_TYPES):
                tbox.add(t)
            else:
                abox.append(t)
        return tbox, abox

    def _schema(self, tbox):
        """Run the scm-* rules to a fixpoint; returns the closed set of schema triples."""
        known = set(tbox)
        derivs = self.derivations
        first, rest = {}, {}
        for s, p, o in tbox:
            if p == RDF.first:
                first[s] = o
            elif p == RDF.rest:
                rest[s] = o
        self._first, self._rest = first, rest

        def add(t, rule, premises, new):
            if t in known or t[0] == t[2] and t[1] in (SCO, SPO, OWL.equivalentClass,
                                                        OWL.equivalentProperty):
                return
            if t[1] == SCO and (t[2] == THING or t[0] == NOTHING):
                return
            known.add(t)
            derivs[t] = (rule, tuple(premises))
            new.append(t)

        # scm-int / scm-uni once (lists don't change)
        new = []
        for s, p, o in list(tbox):
            if p == OWL.intersectionOf:
                for c in rdf_list(first, rest, o) or ():
                    add((s, SCO, c), "scm-int", [(s, p, o)], new)
            elif p == OWL.unionOf:
                for c in rdf_list(first, rest, o) or ():
                    add((c, SCO, s), "scm-uni", [(s, p, o)], new)
            elif p == OWL.equivalentClass:
                add((s, SCO, o), "scm-eqc1", [(s, p, o)], new)
                add((o, SCO, s), "scm-eqc1", [(s, p, o)], new)
            elif p == OWL.equivalentProperty:
                add((s, SPO, o), "scm-eqp1", [(s, p, o)], new)
                add((o, SPO, s), "scm-eqp1", [(s, p, o)], new)

        while True:
            new = []
            by_p = defaultdict(lambda: defaultdict(set))  # p -> s -> {o}
            for s, p, o in known:
                by_p[p][s].add(o)
            sco, spo = by_p[SCO], by_p[SPO]
            on_prop = {s: next(iter(os)) for s, os in by_p[OWL.onProperty].items()}
            # scm-sco, scm-eqc2
            for c1, supers in list(sco.items()):
                for c2 in list(supers):
                    for c3 in list(sco.get(c2, ())):
                        add((c1, SCO, c3), "scm-sco", [(c1, SCO, c2), (c2, SCO, c3)], new)
                    if c1 in sco.get(c2, ()):
                        add((c1, OWL.equivalentClass, c2), "scm-eqc2",
                            [(c1, SCO, c2), (c2, SCO, c1)], new)
            # scm-spo, scm-eqp2
            for p1, supers in list(spo.items()):
                for p2 in list(supers):
                    for p3 in list(spo.get(p2, ())):
                        add((p1, SPO, p3), "scm-spo", [(p1, SPO, p2), (p2, SPO, p3)], new)
                    if p1 in spo.get(p2, ()):
                        add((p1, OWL.equivalentProperty, p2), "scm-eqp2",
                            [(p1, SPO, p2), (p2, SPO, p1)], new)
            # scm-dom1/2, scm-rng1/2
            for rel, r1, r2 in ((DOMAIN, "scm-dom1", "scm-dom2"), (RANGE, "scm-rng1", "scm-rng2")):
                for prop, classes in list(by_p[rel].items()):
                    for c1 in list(classes):
                        for c2 in list(sco.get(c1, ())):
                            add((prop, rel, c2), r1, [(prop, rel, c1), (c1, SCO, c2)], new)
                for p1, supers in list(spo.items()):
                    for p2 in list(supers):
                        for c in list(by_p[rel].get(p2, ())):
                            add((p1, rel, c), r2, [(p2, rel, c), (p1, SPO, p2)], new)
            # scm-hv, scm-svf1/2, scm-avf1/2 over pairs of restrictions
            for filler_p, name in ((OWL.hasValue, "hv"), (OWL.someValuesFrom, "svf"),
                                   (OWL.allValuesFrom, "avf")):
                restrictions = [(r, f, on_prop[r]) for r, fs in by_p[filler_p].items()
                                for f in fs if r in on_prop]
                for c1, y1, p1 in restrictions:
                    for c2, y2, p2 in restrictions:
                        if c1 == c2:
                            continue
                        base = [(c1, filler_p, y1), (c1, OWL.onProperty, p1),
                                (c2, filler_p, y2), (c2, OWL.onProperty, p2)]
                        if y1 == y2 and p1 != p2 and p2 in spo.get(p1, ()):
                            rule = {"hv": "scm-hv", "svf": "scm-svf2", "avf": "scm-avf2"}[name]
                            if name == "avf":
                                add((c2, SCO, c1), rule, base + [(p1, SPO, p2)], new)
                            else:
                                add((c1, SCO, c2), rule, base + [(p1, SPO, p2)], new)
                        elif p1 == p2 and name != "hv" and y1 != y2 and y2 in sco.get(y1, ()):
                            rule = "scm-svf1" if name == "svf" else "scm-avf1"
                            add((c1, SCO, c2), rule, base + [(y1, SCO, y2)], new)
            if not new:
                return known

    # -- compile the schema into lookup tables ---------------------------------------------------

    def _compile(self, schema):
        first, rest = self._first, self._rest
        by_p = defaultdict(lambda: defaultdict(set))
        for s, p, o in schema:
            by_p[p][s].add(o)
        types_of = by_p[TYPE]
        on_prop = {r: next(iter(ps)) for r, ps in by_p[OWL.onProperty].items()}

        def lst(node):
            return rdf_list(first, rest, node) or []

        # which anonymous classes can lead anywhere (the others are dead ends: not derived)
        useful = set()
        for p in (OWL.hasValue, OWL.someValuesFrom, OWL.allValuesFrom, OWL.maxCardinality,
                  OWL.maxQualifiedCardinality, OWL.intersectionOf, OWL.complementOf):
            useful.update(by_p[p].keys())
        for c, ds in by_p[OWL.disjointWith].items():
            useful.add(c)
            useful.update(ds)
        for node, lists in by_p[OWL.members].items():
            for l in lists:
                useful.update(lst(l))
        for node, lists in by_p[OWL.intersectionOf].items():
            for l in lists:
                useful.update(lst(l))
        useful.update(f for fs in by_p[OWL.someValuesFrom].values() for f in fs)
        useful.update(f for fs in by_p[OWL.onClass].values() for f in fs)

        def keep_class(c):
            return c not in _TRIVIAL_TYPES and (not is_genid(c) or c in useful)

        self.supc = defaultdict(list)
        for c, ds in by_p[SCO].items():
            for d in ds:
                if d != c and keep_class(d):
                    self.supc[c].append((d, (c, SCO, d)))
        self.supp = defaultdict(list)
        for p, qs in by_p[SPO].items():
            for q in qs:
                if q != p:
                    self.supp[p].append((q, (p, SPO, q)))
        self.dom = defaultdict(list)
        self.rng = defaultdict(list)
        for rel, table in ((DOMAIN, self.dom), (RANGE, self.rng)):
            for p, cs in by_p[rel].items():
                for c in cs:
                    if keep_class(c) and c != RDFS.Literal and not c.startswith(str(XSD)):
                        table[p].append((c, (p, rel, c)))
        self.inv = defaultdict(list)
        for p, qs in by_p[OWL.inverseOf].items():
            for q in qs:
                self.inv[p].append((q, (p, OWL.inverseOf, q), "prp-inv1"))
                self.inv[q].append((p, (p, OWL.inverseOf, q), "prp-inv2"))

        def typed(kind):
            return {p: (p, TYPE, kind) for p, ts in types_of.items() if kind in ts}

        self.sym = typed(OWL.SymmetricProperty)
        self.trans = typed(OWL.TransitiveProperty)
        self.func = typed(OWL.FunctionalProperty)
        self.ifunc = typed(OWL.InverseFunctionalProperty)
        self.irrefl = typed(OWL.IrreflexiveProperty)
        self.asym = typed(OWL.AsymmetricProperty)
        self.pdw = defaultdict(list)
        for p, qs in by_p[OWL.propertyDisjointWith].items():
            for q in qs:
                self.pdw[p].append((q, (p, OWL.propertyDisjointWith, q)))
                self.pdw[q].append((p, (p, OWL.propertyDisjointWith, q)))
        # property chains: p <- p1 o p2 o ... ; indexed by each member property
        self.chains = defaultdict(list)
        for p, ls in by_p[OWL.propertyChainAxiom].items():
            for l in ls:
                members = lst(l)
                if len(members) >= 2:
                    for i, m in enumerate(members):
                        self.chains[m].append((i, members, p, (p, OWL.propertyChainAxiom, l)))
        # restrictions
        self.hv_by_class = defaultdict(list)
        self.hv_by_pv = defaultdict(list)
        for r, vs in by_p[OWL.hasValue].items():
            if r in on_prop:
                for v in vs:
                    prem = ((r, OWL.hasValue, v), (r, OWL.onProperty, on_prop[r]))
                    self.hv_by_class[r].append((on_prop[r], v, prem))
                    self.hv_by_pv[(on_prop[r], v)].append((r, prem))
        self.svf_by_p = defaultdict(list)
        self.svf_by_filler = defaultdict(list)
        for r, fs in by_p[OWL.someValuesFrom].items():
            if r in on_prop:
                for f in fs:
                    prem = ((r, OWL.someValuesFrom, f), (r, OWL.onProperty, on_prop[r]))
                    self.svf_by_p[on_prop[r]].append((r, f, prem))
                    self.svf_by_filler[f].append((r, on_prop[r], prem))
        self.avf_by_class = defaultdict(list)
        self.avf_by_p = defaultdict(list)
        for r, fs in by_p[OWL.allValuesFrom].items():
            if r in on_prop:
                for f in fs:
                    prem = ((r, OWL.allValuesFrom, f), (r, OWL.onProperty, on_prop[r]))
                    self.avf_by_class[r].append((on_prop[r], f, prem))
                    self.avf_by_p[on_prop[r]].append((r, f, prem))
        self.maxc_by_class = defaultdict(list)
        self.maxc_by_p = defaultdict(list)
        for card_p in (OWL.maxCardinality, OWL.maxQualifiedCardinality):
            for r, ns in by_p[card_p].items():
                if r not in on_prop:
                    continue
                for n in ns:
                    try:
                        n_val = int(n)
                    except (TypeError, ValueError):
                        continue
                    if n_val > 1:
                        continue
                    on_class = next(iter(by_p[OWL.onClass].get(r, ())), None)
                    if card_p == OWL.maxQualifiedCardinality and on_class is None:
                        continue
                    prem = [(r, card_p, n), (r, OWL.onProperty, on_prop[r])]
                    if on_class is not None:
                        prem.append((r, OWL.onClass, on_class))
                    entry = (on_prop[r], n_val, on_class if on_class != THING else None, tuple(prem))
                    self.maxc_by_class[r].append(entry)
                    self.maxc_by_p[on_prop[r]].append((r,) + entry)
        # intersections (cls-int1); cls-int2 and cls-uni are covered by scm-int/scm-uni + cax-sco
        self.int_by_member = defaultdict(list)
        for i, ls in by_p[OWL.intersectionOf].items():
            for l in ls:
                members = lst(l)
                for m in members:
                    self.int_by_member[m].append((i, members, (i, OWL.intersectionOf, l)))
        # disjointness and complements
        self.disj = defaultdict(list)
        for c, ds in by_p[OWL.disjointWith].items():
            for d in ds:
                self.disj[c].append((d, (c, OWL.disjointWith, d), "cax-dw"))
                self.disj[d].append((c, (c, OWL.disjointWith, d), "cax-dw"))
        for node, ls in by_p[OWL.members].items():
            if OWL.AllDisjointClasses not in types_of.get(node, ()):
                continue
            for l in ls:
                members = lst(l)
                for a in members:
                    for b in members:
                        if a != b:
                            self.disj[a].append((b, (node, OWL.members, l), "cax-adc"))
        self.comp = defaultdict(list)
        for c, ds in by_p[OWL.complementOf].items():
            for d in ds:
                self.comp[c].append((d, (c, OWL.complementOf, d)))
                self.comp[d].append((c, (c, OWL.complementOf, d)))
        # one-of: each member is an instance (cls-oo)
        self.one_of = []
        for c, ls in by_p[OWL.oneOf].items():
            for l in ls:
                for m in lst(l):
                    self.one_of.append(((m, TYPE, c), [(c, OWL.oneOf, l)]))

    # -- phase 2: data -----------------------------------------------------------------------------

    def run(self):
        tbox, abox = self._split()
        schema = self._schema(tbox)
        self._compile(schema)
        self.schema = schema

        pso = self.pso = defaultdict(dict)   # p -> s -> set(o)
        pos = self.pos = defaultdict(dict)   # p -> o -> set(s)   (non-literal objects)
        types = self.types = {}              # s -> set(C)
        queue = deque()
        derivs = self.derivations
        self._crosswalk_map = {}

        def add(t, rule, premises):
            s, p, o = t
            if isinstance(s, Literal):
                return
            if p == TYPE:
                ts = types.get(s)
                if ts is None:
                    types[s] = {o}
                elif o in ts:
                    return
                else:
                    ts.add(o)
            else:
                by_s = pso[p]
                os_ = by_s.get(s)
                if os_ is None:
                    by_s[s] = {o}
                elif o in os_:
                    return
                else:
                    os_.add(o)
                if not isinstance(o, Literal):
                    by_o = pos[p]
                    ss = by_o.get(o)
                    if ss is None:
                        by_o[o] = {s}
                    else:
                        ss.add(s)
            if rule is not None:
                derivs[t] = (rule, tuple(premises))
            queue.append(t)

        self._add = add
        for t in abox:
            add(t, None, ())
        for t, prem in self.one_of:
            add(t, "cls-oo", prem)
        if self.crosswalk is not None:
            self._crosswalk_map = self.crosswalk.compile(self, add)

        process_type = self._process_type
        process_prop = self._process_prop
        while queue:
            t = queue.popleft()
            if t[1] == TYPE:
                process_type(t)
            else:
                process_prop(t)
        return self

    def _process_type(self, t):
        s, _, c = t
        add = self._add
        if c == NOTHING:
            self._clash("cls-nothing2", f"{self.label(s)} is a member of owl:Nothing", [t])
            return
        for d, prem in self.supc.get(c, ()):
            add((s, TYPE, d), "cax-sco", (t, prem))
        for p, v, prem in self.hv_by_class.get(c, ()):
            add((s, p, v), "cls-hv1", (t,) + prem)
        for p, f, prem in self.avf_by_class.get(c, ()):
            for y in list(self.pso.get(p, {}).get(s, ())):
                if not isinstance(y, Literal):
                    add((y, TYPE, f), "cls-avf", (t, (s, p, y)) + prem)
        for r, p, prem in self.svf_by_filler.get(c, ()):
            for x in list(self.pos.get(p, {}).get(s, ())):
                add((x, TYPE, r), "cls-svf1", ((x, p, s), t) + prem)
        types_s = self.types.get(s, ())
        for i, members, prem in self.int_by_member.get(c, ()):
            if all(m in types_s for m in members):
                add((s, TYPE, i), "cls-int1", tuple((s, TYPE, m) for m in members) + (prem,))
        for d, prem, rule in self.disj.get(c, ()):
            if d in types_s:
                self._clash(rule, f"{self.label(s)} is a member of both {self.label(c)} and "
                            f"{self.label(d)}, which are disjoint", [t, (s, TYPE, d), prem])
        for d, prem in self.comp.get(c, ()):
            if d in types_s:
                self._clash("cls-com", f"{self.label(s)} is a member of both {self.label(c)} "
                            f"and its complement {self.label(d)}", [t, (s, TYPE, d), prem])
        for p, n, on_class, prem in self.maxc_by_class.get(c, ()):
            self._check_maxc(s, c, p, n, on_class, prem)

    def _check_maxc(self, s, r, p, n, on_class, prem):
        objs = [y for y in self.pso.get(p, {}).get(s, ())
                if on_class is None or on_class in self.types.get(y, ())]
        rule = "cls-maxqc" if on_class is not None else "cls-maxc"
        extra = (lambda y: [(y, TYPE, on_class)]) if on_class is not None else (lambda y: [])
        if n == 0 and objs:
            y = objs[0]
            self._clash(rule + ("1" if on_class is None else "2"),
                        f"{self.label(s)} has a {self.label(p)} value ({self.label(y)}) although "
                        f"its class {self.label(r)} allows none", [(s, TYPE, r), (s, p, y)]
                        + extra(y) + list(prem))
        elif n == 1 and len(objs) > 1:
            y1 = objs[0]
            for y2 in objs[1:]:
                if isinstance(y1, Literal) or isinstance(y2, Literal):
                    continue
                self._add((y1, SAME, y2), "cls-maxc2" if on_class is None else "cls-maxqc3",
                          [(s, TYPE, r), (s, p, y1), (s, p, y2)] + extra(y1) + extra(y2)
                          + list(prem))

    def _process_prop(self, t):
        s, p, o = t
        add = self._add
        lit = isinstance(o, Literal)
        for q, prem in self.supp.get(p, ()):
            add((s, q, o), "prp-spo1", (t, prem))
        for c, prem in self.dom.get(p, ()):
            add((s, TYPE, c), "prp-dom", (t, prem))
        if lit:
            if p in self.func:
                for o2 in list(self.pso[p].get(s, ())):
                    if o2 != o and isinstance(o2, Literal) and o2.eq(o) is not True:
                        self._clash("prp-fp", f"{self.label(s)} has two values of the functional "
                                    f"property {self.label(p)}: {self.label(o)} and "
                                    f"{self.label(o2)}", [t, (s, p, o2), self.func[p]])
            self._maxc_on_prop(s, p)
            return
        for c, prem in self.rng.get(p, ()):
            add((o, TYPE, c), "prp-rng", (t, prem))
        for q, prem, rule in self.inv.get(p, ()):
            add((o, q, s), rule, (t, prem))
        if p in self.sym:
            add((o, p, s), "prp-symp", (t, self.sym[p]))
        if p in self.trans:
            prem = self.trans[p]
            for z in list(self.pso[p].get(o, ())):
                add((s, p, z), "prp-trp", (t, (o, p, z), prem))
            for w in list(self.pos[p].get(s, ())):
                add((w, p, o), "prp-trp", ((w, p, s), t, prem))
        for i, members, q, prem in self.chains.get(p, ()):
            self._chain(t, i, members, q, prem)
        for r, prem in self.hv_by_pv.get((p, o), ()):
            add((s, TYPE, r), "cls-hv2", (t,) + prem)
        svf = self.svf_by_p.get(p)
        if svf:
            types_o = self.types.get(o, ())
            for r, f, prem in svf:
                if f == THING:
                    add((s, TYPE, r), "cls-svf2", (t,) + prem)
                elif f in types_o:
                    add((s, TYPE, r), "cls-svf1", (t, (o, TYPE, f)) + prem)
        avf = self.avf_by_p.get(p)
        if avf:
            types_s = self.types.get(s, ())
            for r, f, prem in avf:
                if r in types_s:
                    add((o, TYPE, f), "cls-avf", ((s, TYPE, r), t) + prem)
        if p in self.func:
            for o2 in list(self.pso[p].get(s, ())):
                if o2 != o and not isinstance(o2, Literal):
                    add((o, SAME, o2), "prp-fp", (t, (s, p, o2), self.func[p]))
        if p in self.ifunc:
            for s2 in list(self.pos[p].get(o, ())):
                if s2 != s:
                    add((s, SAME, s2), "prp-ifp", (t, (s2, p, o), self.ifunc[p]))
        if p in self.irrefl and s == o:
            self._clash("prp-irp", f"{self.label(s)} is related to itself by the irreflexive "
                        f"property {self.label(p)}", [t, self.irrefl[p]])
        if p in self.asym and s in self.pso[p].get(o, ()):
            self._clash("prp-asyp", f"{self.label(s)} and {self.label(o)} are related both ways by "
                        f"the asymmetric property {self.label(p)}", [t, (o, p, s), self.asym[p]])
        for q, prem in self.pdw.get(p, ()):
            if o in self.pso.get(q, {}).get(s, ()):
                self._clash("prp-pdw", f"{self.label(s)} is related to {self.label(o)} by both "
                            f"{self.label(p)} and {self.label(q)}, which are disjoint properties",
                            [t, (s, q, o), prem])
        self._maxc_on_prop(s, p)
        if p == SAME:
            self._same(t)
        elif p == OWL.differentFrom:
            if s == o:
                self._clash("eq-diff1", f"{self.label(s)} is said to be different from itself", [t])
            elif o in self.pso[SAME].get(s, ()) or s in self.pso[SAME].get(o, ()):
                self._clash("eq-diff1", f"{self.label(s)} and {self.label(o)} are both the same "
                            "and different", [t, (s, SAME, o)])
        if self._crosswalk_map:
            if o in self._crosswalk_map:
                self.crosswalk.apply(self, t)
            if p in self.crosswalk.properties:
                self.crosswalk.on_match(self, t)

    def _maxc_on_prop(self, s, p):
        entries = self.maxc_by_p.get(p)
        if entries:
            types_s = self.types.get(s, ())
            for r, p_, n, on_class, prem in entries:
                if r in types_s:
                    self._check_maxc(s, r, p_, n, on_class, prem)

    def _chain(self, t, i, members, q, prem):
        """prp-spo2: t is the i-th link of a chain members[0] o ... o members[-1] => q."""
        pso, pos = self.pso, self.pos
        # paths leftwards from t's subject and rightwards from t's object
        lefts = [(t[0], [])]
        for k in range(i - 1, -1, -1):
            prop = members[k]
            lefts = [(w, [(w, prop, x)] + path) for x, path in lefts
                     for w in pos[prop].get(x, ())]
            if not lefts:
                return
        rights = [(t[2], [])]
        for k in range(i + 1, len(members)):
            prop = members[k]
            rights = [(z, path + [(y, prop, z)]) for y, path in rights
                      for z in pso[prop].get(y, ()) if not isinstance(z, Literal)]
            if not rights:
                return
        for x, lpath in lefts:
            for z, rpath in rights:
                self._add((x, q, z), "prp-spo2", tuple(lpath + [t] + rpath) + (prem,))

    def _same(self, t):
        s, _, o = t
        add = self._add
        if s == o:
            return
        add((o, SAME, s), "eq-sym", (t,))
        for z in list(self.pso[SAME].get(o, ())):
            if z != s:
                add((s, SAME, z), "eq-trans", (t, (o, SAME, z)))
        # eq-rep-s / eq-rep-o: copy every triple of s to o
        for c in list(self.types.get(s, ())):
            add((o, TYPE, c), "eq-rep-s", ((s, TYPE, c), t))
        for p, by_s in list(self.pso.items()):
            if p == SAME:
                continue
            for y in list(by_s.get(s, ())):
                add((o, p, y), "eq-rep-s", ((s, p, y), t))
            for x in list(self.pos[p].get(s, ())):
                add((x, p, o), "eq-rep-o", ((x, p, s), t))

    # -- results ---------------------------------------------------------------------------------

    def known(self, t):
        s, p, o = t
        if p == TYPE:
            return o in self.types.get(s, ()) or t in self.schema
        return o in self.pso.get(p, {}).get(s, ()) or t in self.schema

    def inferred(self):
        """The inferred triples worth showing: not asserted, not trivial, no minted IRIs."""
        for t in self.derivations:
            if t in self.asserted or is_trivial(t):
                continue
            s, p, o = t
            if is_genid(s) or is_genid(p) or is_genid(o):
                continue
            yield t


def is_trivial(t):
    s, p, o = t
    if p == TYPE:
        return o in _TRIVIAL_TYPES
    if s == o and p in (SAME, SCO, SPO, OWL.equivalentClass, OWL.equivalentProperty):
        return True
    return False
