"""The SHACL shapes as SPARQL queries over a pyoxigraph store: one query per constraint.

pySHACL needs the data as rdflib terms, which costs more than the rest of a big build together
(79.6 s of 14 min at 1,000 documents, most of the memory). The shapes of
``ontology/shapes/ickg-shapes.ttl`` use a small part of SHACL Core, and each constraint is a
SPARQL pattern that the store evaluates on its indexes: :func:`compiled_shapes` reads the shapes
graph (still the one home of what the data must carry) and writes, for each constraint, a
``SELECT ?focus ?value`` that returns the violations; :func:`violations` runs them.

Supported: targets ``sh:targetClass`` (with ``rdfs:subClassOf*``), ``sh:targetSubjectsOf`` and
``sh:targetObjectsOf``;
paths that are an IRI or ``sh:inversePath``; ``sh:minCount``, ``sh:maxCount``, ``sh:datatype``,
``sh:class``, ``sh:in``, ``sh:pattern``, ``sh:minLength``, ``sh:minInclusive``,
``sh:maxInclusive``, ``sh:lessThan``, ``sh:lessThanOrEquals``, ``sh:node``, ``sh:or`` and
``sh:qualifiedValueShape`` with ``sh:qualifiedMinCount`` / ``sh:qualifiedMaxCount`` (1).
A shapes file using anything else is refused with a message naming the shape
(:class:`UnsupportedShape`), never silently skipped.

One difference from SHACL on rdflib terms, forced by the store: pyoxigraph keeps the *value* of
an integer, not the subtype that named it (``"5"^^xsd:positiveInteger`` is stored as
``"5"^^xsd:integer``). So ``sh:datatype`` of an integer subtype accepts an integer in the
subtype's range (``xsd:nonNegativeInteger``: an integer ≥ 0), which the shapes mean; a string, a
language-tagged string or an ill-formed number is still refused.
"""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from itertools import count
from typing import Any, Collection, Iterable, Iterator

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, RDFS, XSD

from ickg.namespaces import SH
from ickg.ntriples import term as nt

# Integer subtypes and their ranges (min, max), read as values: the store keeps "5"^^xsd:integer.
_INTEGERS = {XSD.integer: (None, None), XSD.nonNegativeInteger: (0, None), XSD.positiveInteger: (1, None),
             XSD.nonPositiveInteger: (None, 0), XSD.negativeInteger: (None, -1), XSD.long: (None, None),
             XSD.int: (None, None), XSD.short: (None, None), XSD.byte: (None, None),
             XSD.unsignedLong: (0, None), XSD.unsignedInt: (0, None), XSD.unsignedShort: (0, None),
             XSD.unsignedByte: (0, None)}
_VALUE_KEYS = {SH["class"], SH.datatype, SH["in"], SH.pattern, SH.minLength, SH.maxLength, SH.minInclusive,
               SH.maxInclusive, SH.node, SH["or"], SH.nodeKind}
_KNOWN = _VALUE_KEYS | {SH.path, SH.minCount, SH.maxCount, SH.message, SH.property, SH.lessThan,
                        SH.lessThanOrEquals, SH.qualifiedValueShape, SH.qualifiedMinCount,
                        SH.qualifiedMaxCount, SH.targetClass, SH.targetSubjectsOf, SH.targetObjectsOf,
                        RDF.type, RDFS.comment, SH.name, SH.description, SH.severity, SH.flags}


class UnsupportedShape(ValueError):
    """The shapes use a part of SHACL this compiler does not translate (named in the message)."""


@dataclass(frozen=True)
class Check:
    """One constraint as a query: its rows are the violations (``?focus``, maybe ``?value``)."""

    shape: str          # the node shape's IRI
    path: Any           # the property path (an rdflib term, or None for a node-level constraint)
    message: str
    query: str
    has_value: bool
    # A cheaper query that returns a row whenever ``query`` would (and maybe more): when it
    # returns none, ``query`` is not run (:func:`violations`). Shared by the checks of one
    # property shape, so that one pass over the targets screens its counts and values.
    screen: str | None = None
    # What the check's screen needs, for a query that screens every check over the same focus
    # nodes at once (:func:`ickg.validate.local.merged_screens`): ``(focus, values, condition)``,
    # the focus nodes' pattern, left joins of each focus node with its values (over ``?value``
    # and ``?other``; ``""``: none) and a condition, never an error, that some row of a focus
    # node meets whenever the check finds it (and maybe more). None: the check cannot be
    # screened so (a count by GROUP BY, a qualified count).
    part: tuple[str, str, str] | None = None


@dataclass(frozen=True)
class Violation:
    focus: Any          # pyoxigraph terms
    path: Any
    message: str
    value: Any


def _fresh() -> Iterator[str]:
    for i in count():
        yield f"?v{i}"


class _Compiler:
    """Writes SPARQL from the shapes graph; ``?v0``, ``?v1``... name the variables it nests."""

    def __init__(self, shapes: Graph, subclasses):
        self.g = shapes
        self.subclasses = subclasses  # class IRI -> every class at or below it
        self.names = _fresh()

    def items(self, node):
        return list(Collection(self.g, node))

    def check_known(self, shape):
        unknown = set(self.g.predicates(shape, None)) - _KNOWN
        if unknown:
            raise UnsupportedShape(f"shape {_label(shape)}: {', '.join(sorted(map(str, unknown)))} "
                                   "not translated to SPARQL (ickg.validate.shapes)")

    def path(self, shape):
        """The path as an rdflib term (for messages) and as SPARQL."""
        path = self.g.value(shape, SH.path)
        if isinstance(path, URIRef):
            return path, nt(path)
        if isinstance(path, BNode):
            inverse = self.g.value(path, SH.inversePath)
            if isinstance(inverse, URIRef):
                return path, "^" + nt(inverse)
        raise UnsupportedShape(f"shape {_label(shape)}: only IRI and sh:inversePath paths are supported")

    def classes(self, cls):
        return " ".join(nt(c) for c in sorted(self.subclasses(cls)))

    def instance_of(self, cls, var) -> str:
        """``var`` is an instance of ``cls`` or of a class below it (``rdf:type/rdfs:subClassOf*``)."""
        below = sorted(self.subclasses(cls))
        if len(below) == 1:
            return f"EXISTS {{ {var} a {nt(below[0])} }}"
        k = next(self.names)
        return f"EXISTS {{ {var} a {k} FILTER({k} IN ({', '.join(nt(c) for c in below)})) }}"

    def value_ok(self, shape, var, *, values_only=False) -> str:
        """A SPARQL expression: ``var`` conforms to ``shape``. With ``values_only``, only the
        constraints on the node itself (not ``sh:property``, nor the shape's own path)."""
        self.check_known(shape)
        g, parts = self.g, []
        for cls in g.objects(shape, SH["class"]):
            parts.append(self.instance_of(cls, var))
        for dt in g.objects(shape, SH.datatype):
            parts.append(_datatype_ok(dt, var))
        for lst in g.objects(shape, SH["in"]):
            parts.append(f"({var} IN ({', '.join(nt(x) for x in self.items(lst))}))")
        for pattern in g.objects(shape, SH.pattern):
            parts.append(f"(!isBlank({var}) && REGEX(STR({var}), {nt(Literal(str(pattern)))}))")
        for n in g.objects(shape, SH.minLength):
            parts.append(f"(!isBlank({var}) && STRLEN(STR({var})) >= {int(n)})")
        for n in g.objects(shape, SH.maxLength):
            parts.append(f"(!isBlank({var}) && STRLEN(STR({var})) <= {int(n)})")
        for n in g.objects(shape, SH.minInclusive):
            parts.append(f"COALESCE({var} >= {nt(n)}, false)")
        for n in g.objects(shape, SH.maxInclusive):
            parts.append(f"COALESCE({var} <= {nt(n)}, false)")
        for kind in g.objects(shape, SH.nodeKind):
            test = {SH.IRI: "isIRI", SH.Literal: "isLiteral", SH.BlankNode: "isBlank"}.get(kind)
            if test is None:
                raise UnsupportedShape(f"shape {_label(shape)}: sh:nodeKind {kind}")
            parts.append(f"{test}({var})")
        for other in g.objects(shape, SH.node):
            parts.append(self.value_ok(other, var))
        for lst in g.objects(shape, SH["or"]):
            parts.append("(" + " || ".join(self.value_ok(alt, var) for alt in self.items(lst)) + ")")
        if not values_only:
            for prop in g.objects(shape, SH.property):
                parts.append(self.property_ok(prop, var))
            if g.value(shape, SH.path) is not None:  # a property shape (an sh:or alternative)
                parts.append(self.property_ok(shape, var))
        return "(" + " && ".join(parts) + ")" if parts else "true"

    def property_ok(self, prop, focus) -> str:
        """A SPARQL expression: ``focus`` conforms to the property shape ``prop`` (nested)."""
        self.check_known(prop)
        g, (_, path), parts = self.g, self.path(prop), []
        n = g.value(prop, SH.minCount)
        if n is not None and int(n) > 0:
            if int(n) != 1:
                raise UnsupportedShape(f"shape {_label(prop)}: a nested sh:minCount above 1")
            parts.append(f"EXISTS {{ {focus} {path} {next(self.names)} }}")
        n = g.value(prop, SH.maxCount)
        if n is not None:
            parts.append(self.at_most(int(n), focus, path, prop))
        if set(g.predicates(prop, None)) & _VALUE_KEYS:
            v = next(self.names)
            parts.append(f"NOT EXISTS {{ {focus} {path} {v} FILTER(!{self.value_ok(prop, v, values_only=True)}) }}")
        q = g.value(prop, SH.qualifiedValueShape)
        if q is not None:
            lo, hi = g.value(prop, SH.qualifiedMinCount), g.value(prop, SH.qualifiedMaxCount)
            if lo is not None and int(lo) > 0:
                if int(lo) != 1:
                    raise UnsupportedShape(f"shape {_label(prop)}: a nested sh:qualifiedMinCount above 1")
                v = next(self.names)
                parts.append(f"EXISTS {{ {focus} {path} {v} FILTER({self.value_ok(q, v)}) }}")
            if hi is not None:
                parts.append(self.at_most(int(hi), focus, path, prop, q))
        for key, op in ((SH.lessThan, "<"), (SH.lessThanOrEquals, "<=")):
            for other in g.objects(prop, key):
                v, w = next(self.names), next(self.names)
                parts.append(f"NOT EXISTS {{ {focus} {path} {v} . {focus} {nt(other)} {w} "
                             f"FILTER(!COALESCE({v} {op} {w}, false)) }}")
        return "(" + " && ".join(parts) + ")" if parts else "true"

    def at_most(self, n, focus, path, prop, qualified=None):
        if n != 1:
            raise UnsupportedShape(f"shape {_label(prop)}: a nested count limit above 1")
        a, b = next(self.names), next(self.names)
        extra = ""
        if qualified is not None:
            extra = f" && {self.value_ok(qualified, a)} && {self.value_ok(qualified, b)}"
        return f"NOT EXISTS {{ {focus} {path} {a} . {focus} {path} {b} FILTER({a} != {b}{extra}) }}"

    def property_checks(self, shape, prop, focus) -> list[Check]:
        """The top-level checks of one property shape: one query per constraint, so that each
        violation is reported with the constraint's message (and the value, where one is at fault)."""
        self.check_known(prop)
        g = self.g
        path_term, path = self.path(prop)
        message = g.value(prop, SH.message)

        screen = self.property_screen(prop, focus, path)
        values = self.property_part(prop, path)
        part = None if values is None else (focus, *values)

        def check(query, has_value, default, screened=True, own_part=part):
            return Check(str(shape), path_term, str(message) if message is not None else default, query,
                         has_value, screen if screened else None, own_part)

        # Counts of one are a left join and a self-join: several times faster than GROUP BY (and
        # one left join screening them all, with the values, is cheaper still: `screen`).
        out = []
        n = g.value(prop, SH.minCount)
        if n is not None and int(n) == 1:
            out.append(check(f"SELECT DISTINCT ?focus WHERE {{ {focus} OPTIONAL {{ ?focus {path} ?value }} "
                             "FILTER(!BOUND(?value)) }", False, "no value"))
        elif n is not None and int(n) > 1:
            out.append(check(f"SELECT ?focus WHERE {{ {focus} OPTIONAL {{ ?focus {path} ?value }} }} "
                             f"GROUP BY ?focus HAVING (COUNT(DISTINCT ?value) < {int(n)})", False,
                             f"fewer than {int(n)} values", own_part=None))
        n = g.value(prop, SH.maxCount)
        if n is not None and int(n) == 1:
            out.append(check(f"SELECT DISTINCT ?focus WHERE {{ {focus} ?focus {path} ?value , ?other "
                             "FILTER(?value != ?other) }", False, "more than one value"))
        elif n is not None:
            out.append(check(f"SELECT ?focus WHERE {{ {focus} ?focus {path} ?value }} "
                             f"GROUP BY ?focus HAVING (COUNT(DISTINCT ?value) > {int(n)})", False,
                             f"more than {int(n)} values", own_part=None))
        if set(g.predicates(prop, None)) & _VALUE_KEYS:
            out.append(check(f"SELECT DISTINCT ?focus ?value WHERE {{ {focus} ?focus {path} ?value "
                             f"FILTER(!{self.value_ok(prop, '?value', values_only=True)}) }}", True,
                             "a value does not conform"))
        q = g.value(prop, SH.qualifiedValueShape)
        if q is not None:
            lo, hi = g.value(prop, SH.qualifiedMinCount), g.value(prop, SH.qualifiedMaxCount)
            for bound, op in ((lo, "<"), (hi, ">")):
                if bound is not None:
                    out.append(check(f"SELECT ?focus WHERE {{ {focus} OPTIONAL {{ ?focus {path} ?value "
                                     f"FILTER({self.value_ok(q, '?value')}) }} }} GROUP BY ?focus "
                                     f"HAVING (COUNT(DISTINCT ?value) {op} {int(bound)})", False,
                                     "qualified value count out of bounds", screened=False, own_part=None))
        for key, op in ((SH.lessThan, "<"), (SH.lessThanOrEquals, "<=")):
            for other in g.objects(prop, key):
                out.append(check(f"SELECT DISTINCT ?focus ?value WHERE {{ {focus} ?focus {path} ?value . "
                                 f"?focus {nt(other)} ?other FILTER(!COALESCE(?value {op} ?other, false)) }}",
                                 True, f"not {op} {other}", screened=False))
        return out

    def property_part(self, prop, path) -> tuple[str, str] | None:
        """The values and condition of :class:`Check`'s ``part`` for the property shape's checks
        of ``sh:minCount`` 1, ``sh:maxCount`` 1, its values and ``sh:lessThan(OrEquals)``:
        :meth:`property_screen`'s left joins and conditions, and a left join of each focus
        node's values of the other property (``?less0``...: with the values, the rows are every
        pair of the check's), for however many of those checks it has (None for none)."""
        joins, conditions = self._failing(prop, path, compared=True)
        if not conditions:
            return None
        return " ".join(joins), f"({' || '.join(conditions)})"

    def _failing(self, prop, path, *, compared: bool) -> tuple[list[str], list[str]]:
        """The left joins of each focus node's values (``?value``, another value ``?other``, and
        with ``compared`` the other property's of ``sh:lessThan(OrEquals)``) and the conditions,
        never an error, one of which a row meets when the focus node fails ``sh:minCount`` 1,
        ``sh:maxCount`` 1, the value constraints or (``compared``) the comparisons: what
        :meth:`property_screen` and :meth:`property_part` are made of."""
        g, conditions, joins = self.g, [], [f"OPTIONAL {{ ?focus {path} ?value }}"]
        lo, hi = g.value(prop, SH.minCount), g.value(prop, SH.maxCount)
        if lo is not None and int(lo) == 1:
            conditions.append("!BOUND(?value)")
        if hi is not None and int(hi) == 1:
            joins.append(f"OPTIONAL {{ ?focus {path} ?other FILTER(!sameTerm(?value, ?other)) }}")
            conditions.append("BOUND(?other)")
        if set(g.predicates(prop, None)) & _VALUE_KEYS:
            # an error in the test counts as a failure here: the check itself then decides
            ok = self.value_ok(prop, "?value", values_only=True)
            conditions.append(f"(BOUND(?value) && !COALESCE({ok}, false))")
        if compared:
            for key, op in ((SH.lessThan, "<"), (SH.lessThanOrEquals, "<=")):
                for other in g.objects(prop, key):
                    less = f"?less{len(joins)}"
                    joins.append(f"OPTIONAL {{ ?focus {nt(other)} {less} }}")
                    conditions.append(f"(BOUND(?value) && BOUND({less}) && !COALESCE(?value {op} {less}, false))")
        return joins, conditions

    def property_screen(self, prop, focus, path) -> str | None:
        """One query over the targets that finds a focus node failing the property shape's
        ``sh:minCount`` 1, ``sh:maxCount`` 1 or value constraints, if there is one (a superset of
        what their checks find; ``LIMIT 1``): each focus node's values by a left join, and a
        second value that is another term. It streams: no GROUP BY, whose table would grow with
        the targets. Measured at 1,000 documents: about two thirds of the cost of those checks
        run one by one, and none of them needs to run on data that conforms. None for other
        counts, or a property shape with fewer than two such checks (one check alone is cheaper)."""
        lo, hi = self.g.value(prop, SH.minCount), self.g.value(prop, SH.maxCount)
        if (lo is not None and int(lo) > 1) or (hi is not None and int(hi) != 1):
            return None
        joins, conditions = self._failing(prop, path, compared=False)
        if len(conditions) < 2:
            return None
        return f"SELECT ?focus WHERE {{ {focus} {' '.join(joins)} FILTER({' || '.join(conditions)}) }} LIMIT 1"


def _label(shape):
    return str(shape) if isinstance(shape, URIRef) else "(a blank-node shape)"


def _datatype_ok(dt, var) -> str:
    if dt in _INTEGERS:
        lo, hi = _INTEGERS[dt]
        cond = [f"isLiteral({var})", f"DATATYPE({var}) IN ({nt(XSD.integer)}, {nt(dt)})", f"isNumeric({var})"]
        if lo is not None:
            cond.append(f"{var} >= {lo}")
        if hi is not None:
            cond.append(f"{var} <= {hi}")
        return "COALESCE(" + " && ".join(cond) + ", false)"
    if dt == RDF.langString:
        return f'COALESCE(isLiteral({var}) && LANG({var}) != "", false)'
    return f"COALESCE(isLiteral({var}) && DATATYPE({var}) = {nt(dt)}, false)"


def compiled_shapes(shapes: Graph, subclasses, *, only: Collection | None = None, skip: Collection = (),
                    among: Iterable | None = None) -> list[Check]:
    """One :class:`Check` per constraint of every node shape with a target.

    Args:
        shapes: the shapes graph (rdflib; a few hundred triples).
        subclasses: ``cls -> set`` of the classes at or below ``cls`` in the data's hierarchy.
        only, skip: the node shapes (IRIs) to compile, or to leave out (default: all of them).
        among: pyoxigraph terms: the focus nodes are only those of the targets among them
            (:mod:`ickg.validate.local`: the nodes a document's own quads do not settle).

    Raises:
        UnsupportedShape: a shape uses a part of SHACL not translated here.
    """
    c = _Compiler(shapes, subclasses)
    checks = []
    restrict = "" if among is None else f"VALUES ?focus {{ {' '.join(str(t) for t in among)} }} "
    for shape in sorted(set(shapes.subjects(RDF.type, SH.NodeShape)), key=str):
        if (only is not None and shape not in only) or shape in skip:
            continue
        classes = sorted({k for cls in shapes.objects(shape, SH.targetClass) for k in c.subclasses(cls)})
        targets = []
        if len(classes) == 1:
            targets.append(f"?focus a {nt(classes[0])} .")
        elif classes:  # VALUES, not FILTER(?class IN ...): the store looks each class up, not every type
            targets.append(f"VALUES ?class {{ {' '.join(nt(k) for k in classes)} }} ?focus a ?class .")
        targets += [f"?focus {nt(prop)} [] ." for prop in sorted(shapes.objects(shape, SH.targetSubjectsOf))]
        targets += [f"[] {nt(prop)} ?focus ." for prop in sorted(shapes.objects(shape, SH.targetObjectsOf))]
        if not targets:
            continue  # reached only through sh:node
        c.check_known(shape)
        focus = targets[0] if len(targets) == 1 else " UNION ".join(f"{{ {t} }}" for t in targets)
        if len(classes) != 1 or len(targets) > 1:
            # Each focus node once (a subquery, DISTINCT): a target by the objects (or subjects)
            # of a property, or by several classes, reaches a node as often as it is reached (an
            # evidence annotation shared by two statements, a mention with three spans), and
            # every query joined each repeat. Repeats changed no answer (the checks select
            # DISTINCT and count DISTINCT values). Measured at 1,000 documents: the queries over
            # evidence annotations cost 40 % less, over mentions 32 %; over statements (one
            # rdf:subject each) and one class (one rdf:type) the same.
            focus = f"{{ SELECT DISTINCT ?focus WHERE {{ {focus} }} }}"
        focus = f"{{ SELECT DISTINCT ?focus WHERE {{ {restrict}{focus} }} }}"
        if set(shapes.predicates(shape, None)) & _VALUE_KEYS:
            message = shapes.value(shape, SH.message)
            ok = c.value_ok(shape, '?focus', values_only=True)
            checks.append(Check(str(shape), None, str(message or f"does not conform to {shape}"),
                                f"SELECT DISTINCT ?focus WHERE {{ {focus} FILTER(!{ok}) }}",
                                False, part=(focus, "", f"!COALESCE({ok}, false)")))
        for prop in sorted(shapes.objects(shape, SH.property), key=lambda p: str(shapes.value(p, SH.path))):
            checks.extend(c.property_checks(shape, prop, focus))
    return checks


def graph_options(default_graph) -> dict:
    """``store.query`` keywords for the graphs validated: ``"union"`` (every graph of the store,
    as its union default graph) or a list of graphs."""
    if isinstance(default_graph, str) and default_graph == "union":
        return {"use_default_graph_as_union": True}
    return {"default_graph": default_graph}


def subclasses_in(store: ox.Store, default_graph) -> Any:
    """``cls -> set`` of the classes at or below ``cls`` (``rdfs:subClassOf*``) in ``store``."""
    cache: dict = {}

    def below(cls):
        if cls not in cache:
            rows = store.query(f"SELECT DISTINCT ?c WHERE {{ ?c {nt(RDFS.subClassOf)}* {nt(cls)} }}",
                               **graph_options(default_graph))
            found = {URIRef(row["c"].value) for row in rows if isinstance(row["c"], ox.NamedNode)}
            cache[cls] = found | {cls}
        return cache[cls]

    return below


def violations(store: ox.Store, shapes: Graph | None, default_graph, *, threads: int | None = None,
               checks: list[Check] | None = None) -> list[Violation]:
    """Every violation of ``shapes`` in the union of ``default_graph`` (graphs of ``store``, or
    ``"union"``: all of them); or of ``checks``, compiled already.

    The queries run on ``threads`` threads (default: one per core this process may use):
    pyoxigraph lets go of the GIL while it evaluates a query, so they run side by side. The
    screens run first; then the checks whose screen found something, and those without one.
    """
    if checks is None:
        checks = compiled_shapes(shapes, subclasses_in(store, default_graph))
    options = graph_options(default_graph)

    def found(screen):
        return any(True for _ in store.query(screen, **options))

    def rows(check):
        return [Violation(row["focus"], check.path, check.message, row["value"] if check.has_value else None)
                for row in store.query(check.query, **options)]

    if threads == 1:  # here (an extraction worker checking its documents: the cores are busy)
        screened = {screen: found(screen) for screen in dict.fromkeys(c.screen for c in checks if c.screen)}
        return [v for c in checks if c.screen is None or screened[c.screen] for v in rows(c)]
    with ThreadPoolExecutor(threads or usable_cores()) as pool:
        screens = list(dict.fromkeys(c.screen for c in checks if c.screen is not None))
        screened = dict(zip(screens, pool.map(found, screens)))
        wanted = [c for c in checks if c.screen is None or screened[c.screen]]
        return [v for found_rows in pool.map(rows, wanted) for v in found_rows]


def usable_cores() -> int:
    """The cores this process may run on (its CPU affinity), at least one."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)
