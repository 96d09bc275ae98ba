"""Phase 1 of the engine: the schema rules (``scm-*``) run to a fixpoint over the terminological
triples, then the closed schema compiled into the lookup tables the data phase reads.
"""

from __future__ import annotations

from collections import defaultdict

from rdflib.namespace import RDFS, XSD

from ickg.reason.terms import (
    ALL_DISJOINT_CLASSES, ASYMMETRIC, AVF, CHAIN, COMPLEMENT, DISJOINT, DOMAIN, EQC, EQP, FIRST,
    FUNCTIONAL, HAS_VALUE, INTERSECTION, INV, INV_FUNCTIONAL, IRREFLEXIVE, MAXC, MAXQC, MEMBERS,
    NOTHING, ONE_OF, ON_CLASS, ON_PROP, PDW, RANGE, REST, SCO, SPO, SVF, SYMMETRIC, THING,
    TRANSITIVE, TRIVIAL_TYPES, TYPE, UNION, rdf_list)


class Tables:
    """What the data phase looks up, per class and per property (filled by :func:`compile_schema`)."""


def close_schema(tbox, derivations):
    """Run the scm-* rules to a fixpoint over the terminological triples.

    Returns ``(schema, first, rest)``: the closed set of schema triples and the ``rdf:first`` /
    ``rdf:rest`` indexes of its lists. Each new schema triple's rule and premises go into
    ``derivations``.
    """
    known = set(tbox)
    derivs = derivations
    first, rest = {}, {}
    for s, p, o in tbox:
        if p == FIRST:
            first[s] = o
        elif p == REST:
            rest[s] = o

    def add(t, rule, premises, new):
        if t in known or t[0] == t[2] and t[1] in (SCO, SPO, EQC,
                                                    EQP):
            return
        if t[1] == SCO and (t[2] == THING or t[0] == NOTHING):
            return
        known.add(t)
        derivs[t] = (rule, tuple(premises))
        new.append(t)

    # scm-int / scm-uni once (lists don't change)
    new = []
    for s, p, o in list(tbox):
        if p == INTERSECTION:
            for c in rdf_list(first, rest, o) or ():
                add((s, SCO, c), "scm-int", [(s, p, o)], new)
        elif p == UNION:
            for c in rdf_list(first, rest, o) or ():
                add((c, SCO, s), "scm-uni", [(s, p, o)], new)
        elif p == EQC:
            add((s, SCO, o), "scm-eqc1", [(s, p, o)], new)
            add((o, SCO, s), "scm-eqc1", [(s, p, o)], new)
        elif p == EQP:
            add((s, SPO, o), "scm-eqp1", [(s, p, o)], new)
            add((o, SPO, s), "scm-eqp1", [(s, p, o)], new)

    while True:
        new = []
        by_p = defaultdict(lambda: defaultdict(set))  # p -> s -> {o}
        for s, p, o in known:
            by_p[p][s].add(o)
        sco, spo = by_p[SCO], by_p[SPO]
        on_prop = {s: next(iter(os)) for s, os in by_p[ON_PROP].items()}
        # scm-sco, scm-eqc2
        for c1, supers in list(sco.items()):
            for c2 in list(supers):
                for c3 in list(sco.get(c2, ())):
                    add((c1, SCO, c3), "scm-sco", [(c1, SCO, c2), (c2, SCO, c3)], new)
                if c1 in sco.get(c2, ()):
                    add((c1, EQC, c2), "scm-eqc2",
                        [(c1, SCO, c2), (c2, SCO, c1)], new)
        # scm-spo, scm-eqp2
        for p1, supers in list(spo.items()):
            for p2 in list(supers):
                for p3 in list(spo.get(p2, ())):
                    add((p1, SPO, p3), "scm-spo", [(p1, SPO, p2), (p2, SPO, p3)], new)
                if p1 in spo.get(p2, ()):
                    add((p1, EQP, p2), "scm-eqp2",
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
        for filler_p, name in ((HAS_VALUE, "hv"), (SVF, "svf"),
                               (AVF, "avf")):
            restrictions = [(r, f, on_prop[r]) for r, fs in by_p[filler_p].items()
                            for f in fs if r in on_prop]
            for c1, y1, p1 in restrictions:
                for c2, y2, p2 in restrictions:
                    if c1 == c2:
                        continue
                    base = [(c1, filler_p, y1), (c1, ON_PROP, p1),
                            (c2, filler_p, y2), (c2, ON_PROP, p2)]
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
            return known, first, rest

# -- compile the schema into lookup tables ---------------------------------------------------

def compile_schema(schema, first, rest, terms):
    """The closed schema as lookup tables for the data phase: for each class its superclasses, for
    each property its superproperties, domains, ranges, inverses, the chains it takes part in, the
    restrictions on it, and so on (a :class:`Tables`)."""
    tables = Tables()
    by_p = defaultdict(lambda: defaultdict(set))
    for s, p, o in schema:
        by_p[p][s].add(o)
    types_of = by_p[TYPE]
    on_prop = {r: next(iter(ps)) for r, ps in by_p[ON_PROP].items()}

    def lst(node):
        return rdf_list(first, rest, node) or []

    # which anonymous classes can lead anywhere (the others are dead ends: not derived)
    useful = set()
    for p in (HAS_VALUE, SVF, AVF, MAXC,
              MAXQC, INTERSECTION, COMPLEMENT):
        useful.update(by_p[p].keys())
    for c, ds in by_p[DISJOINT].items():
        useful.add(c)
        useful.update(ds)
    for node, lists in by_p[MEMBERS].items():
        for l in lists:
            useful.update(lst(l))
    for node, lists in by_p[INTERSECTION].items():
        for l in lists:
            useful.update(lst(l))
    useful.update(f for fs in by_p[SVF].values() for f in fs)
    useful.update(f for fs in by_p[ON_CLASS].values() for f in fs)

    def keep_class(c):
        return c not in TRIVIAL_TYPES and (c not in terms.genids or c in useful)

    tables.supc = defaultdict(list)
    for c, ds in by_p[SCO].items():
        for d in ds:
            if d != c and keep_class(d):
                tables.supc[c].append((d, (c, SCO, d)))
    tables.supp = defaultdict(list)
    for p, qs in by_p[SPO].items():
        for q in qs:
            if q != p:
                tables.supp[p].append((q, (p, SPO, q)))
    tables.dom = defaultdict(list)
    tables.rng = defaultdict(list)
    for rel, table in ((DOMAIN, tables.dom), (RANGE, tables.rng)):
        for p, cs in by_p[rel].items():
            for c in cs:
                if keep_class(c) and c >= 0 and not str(terms.decode(c)).startswith(
                        (str(XSD), str(RDFS.Literal))):
                    table[p].append((c, (p, rel, c)))
    tables.inv = defaultdict(list)
    for p, qs in by_p[INV].items():
        for q in qs:
            tables.inv[p].append((q, (p, INV, q), "prp-inv1"))
            tables.inv[q].append((p, (p, INV, q), "prp-inv2"))

    def typed(kind):
        return {p: (p, TYPE, kind) for p, ts in types_of.items() if kind in ts}

    tables.sym = typed(SYMMETRIC)
    tables.trans = typed(TRANSITIVE)
    tables.func = typed(FUNCTIONAL)
    tables.ifunc = typed(INV_FUNCTIONAL)
    tables.irrefl = typed(IRREFLEXIVE)
    tables.asym = typed(ASYMMETRIC)
    tables.pdw = defaultdict(list)
    for p, qs in by_p[PDW].items():
        for q in qs:
            tables.pdw[p].append((q, (p, PDW, q)))
            tables.pdw[q].append((p, (p, PDW, q)))
    # property chains: p <- p1 o p2 o ... ; indexed by each member property
    tables.chains = defaultdict(list)
    for p, ls in by_p[CHAIN].items():
        for l in ls:
            members = lst(l)
            if len(members) >= 2:
                for i, m in enumerate(members):
                    tables.chains[m].append((i, members, p, (p, CHAIN, l)))
    # restrictions
    tables.hv_by_class = defaultdict(list)
    tables.hv_by_pv = defaultdict(list)
    for r, vs in by_p[HAS_VALUE].items():
        if r in on_prop:
            for v in vs:
                prem = ((r, HAS_VALUE, v), (r, ON_PROP, on_prop[r]))
                tables.hv_by_class[r].append((on_prop[r], v, prem))
                tables.hv_by_pv[(on_prop[r], v)].append((r, prem))
    tables.hv_props = {p for p, v in tables.hv_by_pv}
    tables.svf_by_p = defaultdict(list)
    tables.svf_by_filler = defaultdict(list)
    for r, fs in by_p[SVF].items():
        if r in on_prop:
            for f in fs:
                prem = ((r, SVF, f), (r, ON_PROP, on_prop[r]))
                tables.svf_by_p[on_prop[r]].append((r, f, prem))
                tables.svf_by_filler[f].append((r, on_prop[r], prem))
    tables.avf_by_class = defaultdict(list)
    tables.avf_by_p = defaultdict(list)
    for r, fs in by_p[AVF].items():
        if r in on_prop:
            for f in fs:
                prem = ((r, AVF, f), (r, ON_PROP, on_prop[r]))
                tables.avf_by_class[r].append((on_prop[r], f, prem))
                tables.avf_by_p[on_prop[r]].append((r, f, prem))
    tables.maxc_by_class = defaultdict(list)
    tables.maxc_by_p = defaultdict(list)
    for card_p in (MAXC, MAXQC):
        for r, ns in by_p[card_p].items():
            if r not in on_prop:
                continue
            for n in ns:
                try:
                    n_val = int(terms.decode(n))
                except (TypeError, ValueError):
                    continue
                if n_val > 1:
                    continue
                on_class = next(iter(by_p[ON_CLASS].get(r, ())), None)
                if card_p == MAXQC and on_class is None:
                    continue
                prem = [(r, card_p, n), (r, ON_PROP, on_prop[r])]
                if on_class is not None:
                    prem.append((r, ON_CLASS, on_class))
                entry = (on_prop[r], n_val, on_class if on_class != THING else None, tuple(prem))
                tables.maxc_by_class[r].append(entry)
                tables.maxc_by_p[on_prop[r]].append((r,) + entry)
    # intersections (cls-int1); cls-int2 and cls-uni are covered by scm-int/scm-uni + cax-sco
    tables.int_by_member = defaultdict(list)
    for i, ls in by_p[INTERSECTION].items():
        for l in ls:
            members = lst(l)
            for m in members:
                tables.int_by_member[m].append((i, members, (i, INTERSECTION, l)))
    # disjointness and complements
    tables.disj = defaultdict(list)
    for c, ds in by_p[DISJOINT].items():
        for d in ds:
            tables.disj[c].append((d, (c, DISJOINT, d), "cax-dw"))
            tables.disj[d].append((c, (c, DISJOINT, d), "cax-dw"))
    for node, ls in by_p[MEMBERS].items():
        if ALL_DISJOINT_CLASSES not in types_of.get(node, ()):
            continue
        for l in ls:
            members = lst(l)
            for a in members:
                for b in members:
                    if a != b:
                        tables.disj[a].append((b, (node, MEMBERS, l), "cax-adc"))
    tables.comp = defaultdict(list)
    for c, ds in by_p[COMPLEMENT].items():
        for d in ds:
            tables.comp[c].append((d, (c, COMPLEMENT, d)))
            tables.comp[d].append((c, (c, COMPLEMENT, d)))
    # one-of: each member is an instance (cls-oo)
    tables.one_of = []
    for c, ls in by_p[ONE_OF].items():
        for l in ls:
            for m in lst(l):
                tables.one_of.append(((m, TYPE, c), [(c, ONE_OF, l)]))

# -- phase 2: data -----------------------------------------------------------------------------
    return tables
