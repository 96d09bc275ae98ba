"""A forward-chaining OWL 2 RL reasoner that remembers why it concluded each triple.

The rules are those of the OWL 2 RL/RDF profile (https://www.w3.org/TR/owl2-profiles/#OWL_2_RL),
named by their ids in the tables of section 4.3 (``cax-sco``, ``prp-trp``, ``cls-hv1``...), plus
the SKOS mapping rules of :mod:`ickg.reason.crosswalk`. Evaluation runs in two phases:

1. **Schema.** The schema rules (``scm-*``) run to a fixpoint over the terminological triples
   (subclass, subproperty, domain, range, restrictions...). The result is compiled into lookup
   tables: for each class its superclasses, for each property its superproperties, domains,
   ranges, inverses, the chains it takes part in, and so on.
2. **Data.** Every data triple then goes once through a queue (semi-naive evaluation: each new
   triple is joined only with what is already known). A triple's predicate, or its class for
   ``rdf:type``, selects the rules that can fire, from the tables.

Phase 1 is :mod:`ickg.reason.schema`; the int vocabulary and skolemisation are
:mod:`ickg.reason.terms`; this module holds the engine and its phase 2.

For each triple it adds, the engine keeps the rule and the premises of its *first* derivation.
Because a premise is always known before its conclusion, following premises always ends at
asserted triples: that is what :mod:`ickg.explain.explanation` prints.

Blank nodes (restrictions, lists, anonymous classes) are first replaced by IRIs minted from their
content (:func:`skolemise`), so that a premise such as "case management is a subclass of the
things that support clinical integration" can be named, stored and shown. Triples about such
anonymous nodes are kept out of the inferred graph (they are not statements a user would ask
for) but keep their derivations.

Not covered: datatype rules (``dt-*``), ``prp-key``, ``prp-npa*``, ``eq-diff2/3``,
``eq-rep-p`` and cardinalities other than 0 and 1 (which OWL 2 RL does not need).
"""

from __future__ import annotations

from array import array
from collections import defaultdict, deque

from rdflib import BNode, Literal

from ickg.reason.schema import close_schema, compile_schema
from ickg.reason.terms import (
    DIFFERENT, FIRST, MAPPINGS, NOTHING, REFLEXIVE_TRIVIAL, REST, SAME, SCHEMA_PREDICATES, SCHEMA_TYPES,
    THING, TRIVIAL_TYPES, TYPE, Terms, skolemise, term_key)


def _shown(term):
    """A term as clash messages name it when no labeller is given."""
    return term.n3() if not isinstance(term, Literal) else repr(str(term))


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


class IntTriples:
    """Int triples as one flat array of 64-bit integers (24 bytes a triple, where a list of
    tuples takes about 80): the engine's input, kept after the run, read in order."""

    __slots__ = ("_flat",)

    def __init__(self, triples=()):
        self._flat = array("q")
        for t in triples:
            self._flat.extend(t)

    def __len__(self):
        return len(self._flat) // 3

    def __iter__(self):
        it = iter(self._flat)
        return zip(it, it, it)


def _set_of(one):
    """The set ``{x}`` of a 1-tuple ``(x,)``: built as ``{x}`` is, so that it iterates alike."""
    (x,) = one
    return {x}


class Reasoner:
    """Forward chaining of the OWL 2 RL rules over a set of triples, with derivations.

    Args:
        triples: the input triples (rdflib terms; blank nodes are skolemised here).
        crosswalk: an :class:`ickg.reason.crosswalk.Crosswalk` saying which SKOS mapping properties
            carry a concept's tags over to mapped concepts, or None for no crosswalk reasoning.
        labels: a function term -> short name, used in clash messages.

    After :meth:`run`: ``asserted`` (the input triples, sorted), ``derivations`` (dict from each
    inferred triple to ``(rule, premises)``) and ``clashes`` (list of :class:`Clash`).
    """

    def __init__(self, triples, *, crosswalk=None, labels=None):
        self.terms = terms = Terms()
        ids, encode = terms.ids, terms.encode
        plain, with_bnodes = [], []
        for t in triples:
            if type(t[0]) is BNode or type(t[2]) is BNode:
                with_bnodes.append(t)
            else:
                plain.append(t)
        plain += skolemise(with_bnodes)
        # Ids in the order of the terms' text and triples in the order of their ids: the same
        # input in any order (rdflib's own order changes with the hash seed) gives the same
        # evaluation order, hence the same first derivation of every triple.
        unique = set()
        for t in plain:
            unique.update(t)
        for term in sorted(unique.difference(ids), key=term_key):
            encode(term)
        self.asserted = sorted({(ids[s], ids[p], ids[o]) for s, p, o in plain})
        self.crosswalk = crosswalk
        show = labels or _shown
        self.label = lambda i: show(terms.decode(i))
        self.derivations = {}
        self.clashes = []
        self._clash_keys = set()
        self._no_reflexive = frozenset(ids[m] for m in MAPPINGS if m in ids)

    # -- bookkeeping ---------------------------------------------------------------------------

    def _clash(self, rule, message, premises):
        key = (rule, frozenset(premises))
        if key not in self._clash_keys:
            self._clash_keys.add(key)
            self.clashes.append(Clash(rule, message, [self.terms.triple(t) for t in premises]))

    # -- phase 1: schema -------------------------------------------------------------------------

    def _split(self):
        tbox, abox = {}, []  # a dict keeps the sorted order, and tests membership fast
        for t in self.asserted:
            s, p, o = t
            if p in SCHEMA_PREDICATES or (p == TYPE and o in SCHEMA_TYPES):
                tbox[t] = None
            else:
                abox.append(t)
        return tbox, abox

    def run(self):
        tbox, abox = self._split()
        # kept packed: the tables hold the ids (an int read back from the array is a new object)
        self.asserted = IntTriples(self.asserted)
        schema, first, rest = close_schema(tbox, self.derivations)
        # The data phase reads the tables as attributes of the engine (one lookup in hot loops).
        vars(self).update(vars(compile_schema(schema, first, rest, self.terms)))
        self.schema = schema

        # (each set of one value is a 1-tuple, :meth:`_start`)
        self.pso = defaultdict(dict)   # p -> s -> set(o)
        self.pos = defaultdict(dict)   # p -> o -> set(s)   (non-literal objects)
        self.types = {}                # s -> set(C)
        self._start()
        add = self._add
        for t in abox:
            add(t, None, ())
        del abox  # each triple is then held by the queue only, until it is processed
        for t, prem in self.one_of:
            add(t, "cls-oo", prem)
        self._drain()
        if self.crosswalk is not None:
            # A second stratum, so that the result does not depend on the order of evaluation:
            # one mapping hop from the tags of the closure above, then the closure again (the
            # crosswalk is not applied to its own conclusions, so close matches do not chain).
            self.crosswalk.apply_all(self)
            self._drain()
        return self

    def _start(self, log=None):
        """Set up the data phase's queue and ``_add`` (the one way a triple becomes known) over
        the engine's tables; ``log``, a list, collects every triple that becomes known
        (:meth:`update`)."""
        pso, pos, types = self.pso, self.pos, self.types
        queue = self._queue = deque()
        derivs = self.derivations
        self._plans = {}
        self._class_plans = {}
        no_reflexive = self._no_reflexive

        # A key with one value holds it as a 1-tuple (64 bytes; an empty set is 216): most
        # subjects have one value of a property, and most objects one subject. The second value
        # makes it the set it would have been ({first}, then add), so that every set is built,
        # and iterates, as before.
        def add(t, rule, premises):
            s, p, o = t
            if s < 0 or (s == o and p in no_reflexive):
                return
            if p == TYPE:
                ts = types.get(s)
                if ts is None:
                    types[s] = (o,)
                elif o in ts:
                    return
                elif type(ts) is tuple:
                    ts = types[s] = _set_of(ts)
                    ts.add(o)
                else:
                    ts.add(o)
            else:
                by_s = pso[p]
                os_ = by_s.get(s)
                if os_ is None:
                    by_s[s] = (o,)
                elif o in os_:
                    return
                elif type(os_) is tuple:
                    os_ = by_s[s] = _set_of(os_)
                    os_.add(o)
                else:
                    os_.add(o)
                if o >= 0:
                    by_o = pos[p]
                    ss = by_o.get(o)
                    if ss is None:
                        by_o[o] = (s,)
                    elif type(ss) is tuple:
                        if s not in ss:
                            ss = by_o[o] = _set_of(ss)
                            ss.add(s)
                    else:
                        ss.add(s)
            if rule is not None:
                derivs[t] = (rule, tuple(premises))
            if log is not None:
                log.append(t)
            queue.append(t)

        self._add = add

    def _drain(self):
        queue = self._queue
        process_type = self._process_type
        process_prop = self._process_prop
        while queue:
            t = queue.popleft()
            if t[1] == TYPE:
                process_type(t)
            else:
                process_prop(t)

    def extend(self, triples, rule):
        """Add rdflib triples concluded elsewhere (e.g. by HermiT) under ``rule``, with no
        premises, and close over them. Returns the int triples that were new."""
        encode = self.terms.encode
        before = len(self.derivations)
        for s, p, o in triples:
            self._add((encode(s), encode(p), encode(o)), rule, ())
        self._drain()
        return list(self.derivations)[before:]

    # -- incremental change (ickg ingest, ickg remove) ----------------------------------------

    @classmethod
    def restored(cls, terms, schema, derivations, pso, pos, types, *, crosswalk=None, no_reflexive=frozenset()):
        """An engine after :meth:`run`, made again from what :meth:`update` needs (the state a
        store version keeps, :mod:`ickg.reason.materialise`): its terms, the closed schema (the
        lookup tables are compiled from it again), the derivations and the data tables
        (``pso``: p -> s -> set(o); ``pos``: p -> o -> set(s) for IRI objects; ``types``: s ->
        set(C)); ``no_reflexive``: the mapping properties the run knew (no ``c M c``). An engine
        with clashes is not kept, so the restored one has none."""
        self = cls.__new__(cls)
        self.terms = terms
        self.crosswalk = crosswalk
        self.label = lambda i: _shown(terms.decode(i))
        self.derivations = derivations
        self.clashes = []
        self._clash_keys = set()
        self._no_reflexive = frozenset(no_reflexive)
        first, rest = {}, {}
        for s, p, o in sorted(t for t in schema if t[1] == FIRST or t[1] == REST):  # as close_schema reads them
            (first if p == FIRST else rest)[s] = o
        vars(self).update(vars(compile_schema(schema, first, rest, terms)))
        self.schema = schema
        self.pso = defaultdict(dict, pso)
        self.pos = defaultdict(dict, pos)
        self.types = types
        self._plans, self._class_plans = {}, {}
        return self

    def update(self, added, removed, fixed=frozenset(), retract=()):
        """Change the closure of :meth:`run` by data triples added to and removed from its input,
        as if it were computed again over the new input.

        Delete and re-derive: each removed triple (unless ``fixed``, the ids of input triples
        that stay, such as the ontology's), and each conclusion whose recorded derivation rests
        on a triple that goes, are taken out; every known triple that shares a subject or an
        object with one of them is processed again, so that whatever still follows is concluded
        again (each rule of the engine has a premise sharing a node with its conclusion, and
        processing any premise of a rule instance evaluates the instance); then the added
        triples are processed. The closure (the set of known triples) is then the one a run on
        the new input makes; a triple's recorded derivation may be another of its derivations
        than that run's first (the caller decides whether that matters).

        Args:
            added, removed: int triples (encoded with ``self.terms``), data (not schema) triples.
            retract: concluded triples taken out as removed ones are (the crosswalk's, whose
                second stratum :func:`ickg.reason.materialise.update_closure` computes again):
                what still follows by the rules is concluded again.

        Returns:
            ``(gone, came)``: the triples no longer known, and those newly known (or known again
            after being taken out), as sets of int triples.
        """
        derivs = self.derivations
        removed = [t for t in removed if t not in fixed and self._known(t) and t not in derivs]
        removed += [t for t in retract if t in derivs]
        users = {}
        if removed:
            for t, (_, premises) in derivs.items():
                for prem in premises:
                    users.setdefault(prem, []).append(t)
        out = set(removed)
        todo = list(removed)
        while todo:
            for t in users.get(todo.pop(), ()):
                if t not in out:
                    out.add(t)
                    todo.append(t)
        for t in out:
            self._forget(t)
            derivs.pop(t, None)
        log = []
        self._start(log)
        queue = self._queue
        nodes = {t[0] for t in out} | {t[2] for t in out if t[1] != TYPE and t[2] >= 0}
        if nodes:
            for s in nodes:
                for c in self.types.get(s, ()):
                    queue.append((s, TYPE, c))
            for p, by_s in self.pso.items():
                by_o = self.pos.get(p, {})
                for n in nodes:
                    for o in by_s.get(n, ()):
                        queue.append((n, p, o))
                    for s in by_o.get(n, ()):
                        if s not in nodes:  # (n, p, n2) with both in nodes is queued above
                            queue.append((s, p, n))
        for t in added:
            if t in derivs:  # concluded before, asserted now: known, with no derivation
                del derivs[t]
            else:
                self._add(t, None, ())
        self._drain()
        came = set(log)
        gone = {t for t in out if not self._known(t)}
        return gone, came

    def conclude(self, concluded):
        """Add int triples concluded outside the rules, ``(triple, rule, premises)`` (the
        crosswalk's, :meth:`ickg.reason.crosswalk.Crosswalk.conclusions`), and close over them.
        Returns the triples that became known."""
        log = []
        self._start(log)
        for t, rule, premises in concluded:
            self._add(t, rule, premises)
        self._drain()
        return set(log)

    def _known(self, t):
        s, p, o = t
        if p == TYPE:
            return o in self.types.get(s, ())
        return o in self.pso.get(p, {}).get(s, ())

    def _forget(self, t):
        s, p, o = t
        if p == TYPE:
            ts = self.types.get(s)
            if ts is not None:
                if type(ts) is tuple:  # one value (see _start): the set it would have been
                    ts = self.types[s] = _set_of(ts)
                ts.discard(o)
            return
        by_s = self.pso.get(p, {})
        os_ = by_s.get(s)
        if os_ is not None:
            if type(os_) is tuple:
                os_ = by_s[s] = _set_of(os_)
            os_.discard(o)
        if o >= 0:
            by_o = self.pos.get(p, {})
            ss = by_o.get(o)
            if ss is not None:
                if type(ss) is tuple:
                    ss = by_o[o] = _set_of(ss)
                ss.discard(s)

    def _class_plan(self, c):
        """What can fire on a member of class c: (superclasses, hasValue restrictions, the
        classes disjoint with c or its complement (a set, for a quick test), whether a rarer
        rule may apply)."""
        plan = self._class_plans.get(c)
        if plan is None:
            excluded = frozenset(d for d, _, _ in self.disj.get(c, ())) | \
                frozenset(d for d, _ in self.comp.get(c, ()))
            rare = (c == NOTHING or c in self.avf_by_class or c in self.svf_by_filler
                    or c in self.int_by_member or c in self.maxc_by_class)
            plan = self._class_plans[c] = (self.supc.get(c, ()), self.hv_by_class.get(c, ()),
                                           excluded, rare)
        return plan

    def _process_type(self, t):
        s, _, c = t
        add = self._add
        supc, hv, excluded, rare = self._class_plans.get(c) or self._class_plan(c)
        known = self.types[s]
        for d, prem in supc:
            if d not in known:
                add((s, TYPE, d), "cax-sco", (t, prem))
        for p, v, prem in hv:
            add((s, p, v), "cls-hv1", (t,) + prem)
        if excluded and not excluded.isdisjoint(self.types[s]):
            self._disjointness(t)
        if rare:
            self._process_type_rare(t)

    def _disjointness(self, t):
        s, _, c = t
        types_s = self.types[s]
        for d, prem, rule in self.disj.get(c, ()):
            if d in types_s:
                self._clash(rule, f"{self.label(s)} is a member of both {self.label(c)} and "
                            f"{self.label(d)}, which are disjoint", [t, (s, TYPE, d), prem])
        for d, prem in self.comp.get(c, ()):
            if d in types_s:
                self._clash("cls-com", f"{self.label(s)} is a member of both {self.label(c)} "
                            f"and its complement {self.label(d)}", [t, (s, TYPE, d), prem])

    def _process_type_rare(self, t):
        s, _, c = t
        add = self._add
        if c == NOTHING:
            self._clash("cls-nothing2", f"{self.label(s)} is a member of owl:Nothing", [t])
            return
        for p, f, prem in self.avf_by_class.get(c, ()):
            for y in list(self.pso.get(p, {}).get(s, ())):
                if y >= 0:
                    add((y, TYPE, f), "cls-avf", (t, (s, p, y)) + prem)
        for r, p, prem in self.svf_by_filler.get(c, ()):
            for x in list(self.pos.get(p, {}).get(s, ())):
                add((x, TYPE, r), "cls-svf1", ((x, p, s), t) + prem)
        types_s = self.types.get(s, ())
        for i, members, prem in self.int_by_member.get(c, ()):
            if all(m in types_s for m in members):
                add((s, TYPE, i), "cls-int1", tuple((s, TYPE, m) for m in members) + (prem,))
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
                if y1 < 0 or y2 < 0:
                    continue
                self._add((y1, SAME, y2), "cls-maxc2" if on_class is None else "cls-maxqc3",
                          [(s, TYPE, r), (s, p, y1), (s, p, y2)] + extra(y1) + extra(y2)
                          + list(prem))

    def _plan(self, p):
        """What can fire on a triple of property p: (superproperties, domains, ranges, inverses,
        symmetric premise, transitive premise, whether a rarer rule may apply)."""
        plan = self._plans.get(p)
        if plan is None:
            rare = (p in self.chains or p in self.hv_props or p in self.svf_by_p
                    or p in self.avf_by_p or p in self.func or p in self.ifunc or p in self.irrefl
                    or p in self.asym or p in self.pdw or p in self.maxc_by_p
                    or p == SAME or p == DIFFERENT)
            plan = self._plans[p] = (
                self.supp.get(p, ()), self.dom.get(p, ()), self.rng.get(p, ()),
                self.inv.get(p, ()), self.sym.get(p), self.trans.get(p), rare)
        return plan

    def _process_prop(self, t):
        s, p, o = t
        add = self._add
        supp, dom, rng, inv, sym, trans, rare = self._plans.get(p) or self._plan(p)
        pso = self.pso
        for q, prem in supp:
            if o not in pso[q].get(s, ()):
                add((s, q, o), "prp-spo1", (t, prem))
        if dom:  # most domain conclusions are already known: test before calling add
            known = self.types.get(s, ())
            for c, prem in dom:
                if c not in known:
                    add((s, TYPE, c), "prp-dom", (t, prem))
        if o < 0:
            if rare:
                self._process_literal_rare(t)
            return
        if rng:
            known = self.types.get(o, ())
            for c, prem in rng:
                if c not in known:
                    add((o, TYPE, c), "prp-rng", (t, prem))
        for q, prem, rule in inv:
            if s not in pso[q].get(o, ()):
                add((o, q, s), rule, (t, prem))
        if sym is not None:
            add((o, p, s), "prp-symp", (t, sym))
        if trans is not None:
            for z in list(self.pso[p].get(o, ())):
                add((s, p, z), "prp-trp", (t, (o, p, z), trans))
            for w in list(self.pos[p].get(s, ())):
                add((w, p, o), "prp-trp", ((w, p, s), t, trans))
        if rare:
            self._process_rare(t)

    def _process_literal_rare(self, t):
        s, p, o = t
        if p in self.func:
            for o2 in list(self.pso[p].get(s, ())):
                if o2 != o and o2 < 0 and self.terms.decode(o2).eq(self.terms.decode(o)) is not True:
                    self._clash("prp-fp", f"{self.label(s)} has two values of the functional "
                                f"property {self.label(p)}: {self.label(o)} and "
                                f"{self.label(o2)}", [t, (s, p, o2), self.func[p]])
        self._maxc_on_prop(s, p)

    def _process_rare(self, t):
        s, p, o = t
        add = self._add
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
                if o2 != o and o2 >= 0:
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
        elif p == DIFFERENT:
            if s == o:
                self._clash("eq-diff1", f"{self.label(s)} is said to be different from itself", [t])
            elif o in self.pso[SAME].get(s, ()) or s in self.pso[SAME].get(o, ()):
                self._clash("eq-diff1", f"{self.label(s)} and {self.label(o)} are both the same "
                            "and different", [t, (s, SAME, o)])

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
        if len(members) == 2:  # the common case, without building paths
            x, p, y = t
            add = self._add
            if i == 0:
                second = members[1]
                for z in list(pso[second].get(y, ())):
                    if z >= 0:
                        add((x, q, z), "prp-spo2", (t, (y, second, z), prem))
            else:
                first = members[0]
                for w in list(pos[first].get(x, ())):
                    add((w, q, y), "prp-spo2", ((w, first, x), t, prem))
            return
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
                      for z in pso[prop].get(y, ()) if z >= 0]
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

    def knows(self, triple):
        """Whether an rdflib triple is asserted or concluded."""
        ids = self.terms.ids
        if any(x not in ids for x in triple):
            return False
        s, p, o = (ids[x] for x in triple)
        if (s, p, o) in self.schema:
            return True
        if p == TYPE:
            return o in self.types.get(s, ())
        return o in self.pso.get(p, {}).get(s, ())

    def inferred(self):
        """The inferred triples worth showing (as int triples): not asserted, not trivial, no
        minted IRIs. (Concluded triples are never asserted ones: those are known first.)"""
        genids = self.terms.genids
        if not genids:
            return [t for t in self.derivations if not is_trivial(t)]
        return [t for t in self.derivations
                if t[0] not in genids and t[2] not in genids and t[1] not in genids
                and not is_trivial(t)]


def is_trivial(t):
    s, p, o = t
    return o in TRIVIAL_TYPES if p == TYPE else s == o and p in REFLEXIVE_TRIVIAL
