"""The extraction workers' chunk check read from the chunk's N-Quads lines, with no store.

:func:`ickg.validate.local.documents_conform` loads each chunk of 64 documents into an in-memory
pyoxigraph store and runs the local shapes' queries and the quote and source checks on it: about
1 ms a synthetic abstract, a seventh of a build worker's CPU, most of it the store inserting some
290 quads a document and joining them back (worker43, ``docs/build.md``). The same verdict can be
read off the lines themselves: they are ickg's own writers', one term per field, and the checks
ask little of them (how many values a node has for a predicate, their datatype, a class among
the chunk's types, offsets against a text's length).

**A screen, not a second judge.** :func:`conforms` says True only when it is sure the store's
checks would find nothing; anything else (a value it cannot read for certain, a line of a form
it does not know, a check it finds failing) is None, and the caller runs the store's check as
before. So a chunk that fails still fails by the store's queries, and only the "conforms"
answers come from here; each test here errs toward None:

- the shapes are read from the shapes graph, not written again (:class:`Plan`, the same
  part of SHACL :mod:`ickg.validate.shapes` compiles, less what this cannot decide one-sidedly:
  a count above one that two spellings of one value could meet, a pattern outside a small
  syntax on which Python's and the store's regular expressions agree; such shapes give no plan,
  and every chunk is checked on the store);
- terms are compared as their N-Triples text: two texts the store reads as one term (``"05"``
  and ``"5"`` of an integer type) count as two values, which only makes a count larger and a
  match rarer; a chunk holding a ``\\u`` escape, where one IRI could be spelt two ways, is
  left to the store whole;
- a number is one only as ``[0-9]{1,18}`` of an integer datatype, a string an untyped literal
  or an ``xsd:string`` one; anything else fails the test it is in.

A line's syntax is read no further than its four terms and its dot: the store the spool goes to
parses every line strictly (the check's own load was lenient, and left IRIs unchecked, for the
same reason).

``tests/test_validate_lines.py`` takes every constraint of the local shapes through a violating
case (left to the store, and found by the plan itself), cases the writers never make that the
store accepts (accepted here too), the writers' chunks of the synthetic and seed corpora, and
random edits of a chunk, on both paths.
"""

from __future__ import annotations

import gc
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Collection, Iterable

from rdflib import Graph, URIRef
from rdflib.collection import Collection as RdfList
from rdflib.namespace import RDF, RDFS, SH

from ickg import iris
from ickg.ntriples import term as nt
from ickg.validate.shapes import _INTEGERS, UnsupportedShape

# What the quote, span and source checks (ickg.validate.evidence) read, as N-Triples text.
_HAS_EVIDENCE = f"<{iris.ICKG}hasEvidence>"
_HAS_SOURCE, _START, _END = f"<{iris.OA}hasSource>", f"<{iris.OA}start>", f"<{iris.OA}end>"
_WORDS = tuple(f"<{iris.OA}{p}>" for p in ("exact", "prefix", "suffix"))
_FULL_TEXT, _SPAN = f"<{iris.ICKG}fullText>", f"<{iris.ICKG}span>"
_TYPE = f"<{iris.RDF_TYPE}>"
_SUBJECT, _PREDICATE, _OBJECT = (f"<{iris.RDF}{p}>" for p in ("subject", "predicate", "object"))
_DERIVED = f"<{iris.PROV}wasDerivedFrom>"
_DECLARED = frozenset((f"<{iris.ICKG}ReferenceSource>", f"<{iris.ICKG}EditorialDecision>"))
_ASSERTED_GRAPH, _PROVENANCE_GRAPH = f"<{iris.ASSERTED_GRAPH}>", f"<{iris.PROVENANCE_GRAPH}>"
_MENTIONS_GRAPH = f"<{iris.MENTIONS_GRAPH}>"
# what the quote and span checks read, in any graph
_EVIDENCE_READ = frozenset((_FULL_TEXT, _SPAN, _START, _END, _HAS_SOURCE, _HAS_EVIDENCE, _TYPE, *_WORDS))
_SOURCES_READ = (_SUBJECT, _PREDICATE, _OBJECT, _HAS_EVIDENCE, _DERIVED, _TYPE)  # in the provenance graph

_XSD_STRING, _LANG_STRING = iris.XSD_STRING, iris.RDF + "langString"
_NUMBER = re.compile(r"[0-9]{1,18}")  # within the store's 64-bit integers
_SPAN_VALUE = re.compile(r"([0-9]{1,18})-([0-9]{1,18})")
_ECHAR = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f", '"': '"', "'": "'", "\\": "\\"}
_ESCAPE = re.compile(r"\\(.)", re.S)
# A \u or \U escape (searched for by a pattern: its scan of a chunk is six times as fast as
# two substring searches, 0.013 against 0.088 ms a document)
_UCHAR = re.compile(r"\\[uU]")
# Patterns read the same by Python's re and the store's (Rust) regex on a value without a line
# end: literal characters, classes, quantifiers, anchors, groups and alternation.
_SAFE_PATTERN = re.compile(r"[\^$\[\]A-Za-z0-9\-_:/#+*?{},|()]*")

_NODE_KEYS = {RDF.type, RDFS.comment, SH.message, SH.name, SH.description, SH.severity,
              SH.targetSubjectsOf, SH.targetObjectsOf, SH.property}
_VALUE_KEYS = {SH["class"], SH.datatype, SH["in"], SH.pattern, SH["or"]}
_PROPERTY_KEYS = _VALUE_KEYS | {SH.path, SH.minCount, SH.maxCount, SH.lessThan, SH.lessThanOrEquals,
                                SH.qualifiedValueShape, SH.qualifiedMinCount, SH.message, SH.name,
                                SH.description, SH.severity, RDFS.comment}


class _Unsure(Exception):
    """A line or a value this module cannot read for certain: the store decides."""


def _literal(text: str) -> tuple[str, str, str | None]:
    """``(lexical form, datatype IRI, language)`` of an N-Triples literal's text."""
    close = text.rfind('"')
    if close < 1 or text[0] != '"':
        raise _Unsure(text)
    body, tail = text[1:close], text[close + 1:]
    if "\\" in body:
        def unescaped(m: re.Match) -> str:
            char = _ECHAR.get(m[1])
            if char is None:
                raise _Unsure(text)
            return char
        body = _ESCAPE.sub(unescaped, body)
    if not tail:
        return body, _XSD_STRING, None
    if tail[0] == "@" and len(tail) > 1:
        return body, _LANG_STRING, tail[1:]
    if tail.startswith("^^<") and tail.endswith(">"):
        return body, tail[3:-1], None
    raise _Unsure(text)


_INTEGER_TYPES = {str(k): v for k, v in _INTEGERS.items()}


def _integer(text: str) -> tuple[int, str] | None:
    """``(value, datatype IRI)`` of an integer literal written as digits (``"12"^^<...#integer>``,
    or a subtype of it), else None (the store may read it otherwise)."""
    close = text.find('"', 1)
    if text[:1] != '"' or text[close + 1:close + 4] != "^^<" or text[-1:] != ">":
        return None
    datatype, lexical = text[close + 4:-1], text[1:close]
    if datatype not in _INTEGER_TYPES or not _NUMBER.fullmatch(lexical):
        return None
    return int(lexical), datatype


@lru_cache(maxsize=100_000)
def _number(text: str) -> int | None:
    """The value of an integer literal written as digits, else None (kept per process: offsets recur)."""
    found = _integer(text)
    return None if found is None else found[0]


class _Column:
    """The lines of one predicate: ``first[s]`` the first object (N-Triples text) of ``s``,
    ``more[s]`` all of them for a subject with several lines. Plain ``str`` to ``str`` dicts for
    the most part, which the garbage collector does not track: a list per subject was some 250
    containers a document, and made the worker's collections more frequent."""

    __slots__ = ("first", "more")

    def __init__(self) -> None:
        self.first: dict[str, str] = {}
        self.more: dict[str, list[str]] = {}

    def of(self, s: str) -> list[str] | tuple[str, ...]:
        """The objects of ``s``."""
        more = self.more.get(s)
        if more is not None:
            return more
        o = self.first.get(s)
        return () if o is None else (o,)

    def objects(self) -> set[str]:
        """Every object."""
        found = set(self.first.values())
        for os in self.more.values():
            found.update(os)
        return found

    def values_of(self, subjects: set[str]) -> set[str]:
        """The objects of ``subjects``."""
        first = self.first
        found = {first[s] for s in subjects if s in first}
        for s in subjects & self.more.keys():
            found.update(self.more[s])
        return found

    def meeting(self, subjects: set[str], values: set[str]) -> set[str]:
        """The ``subjects`` with an object among ``values``."""
        first, more = self.first, self.more
        found = {s for s in subjects if first.get(s) in values}
        found.update(s for s in subjects & more.keys() if not values.isdisjoint(more[s]))
        return found


class _Lines:
    """A chunk's lines by predicate: ``values[p]`` the :class:`_Column` of ``p`` in any graph,
    for the predicates asked; ``provenance[p]`` the provenance graph's, of the statements and
    sources :func:`ickg.validate.evidence.check_sources` reads; the asserted graph's triples."""

    def __init__(self, data: str, predicates: Collection[str]) -> None:
        values = {p: _Column() for p in predicates}
        provenance = {p: _Column() for p in _SOURCES_READ}
        if provenance.keys() - values.keys():
            raise ValueError("the sources check reads a predicate the lines were not asked for")
        asserted: list[tuple[str, str, str]] = []
        rows = data.split("\n")
        if rows[-1] or data.count(" .\n") != len(rows) - 1:
            raise _Unsure("a line that does not end in \" .\"")
        del rows[-1]
        known_graphs = (_PROVENANCE_GRAPH, _MENTIONS_GRAPH)
        asserted_graph, provenance_graph = _ASSERTED_GRAPH, _PROVENANCE_GRAPH
        values_of, provenance_of = values.get, provenance.get
        try:
            for line in rows:
                try:  # most lines: four terms without a space, and the dot
                    s, p, o, g, _ = line.split(" ")
                except ValueError:  # a literal with spaces (or no line of ours: below)
                    s, p, rest = line.split(" ", 2)
                    o, g = rest[:-2].rsplit(" ", 1)
                column = values_of(p)
                if column is not None:
                    held = column.first.setdefault(s, o)
                    if held is not o:  # a second line of s p
                        column.more.setdefault(s, [held]).append(o)
                    if g == provenance_graph:
                        column = provenance_of(p)
                        if column is not None:
                            held = column.first.setdefault(s, o)
                            if held is not o:
                                column.more.setdefault(s, [held]).append(o)
                if g not in known_graphs:
                    if g == asserted_graph:
                        asserted.append((s, p, o))
                    elif g[:1] != "<" or g[-1:] != ">":
                        raise _Unsure(line)
        except ValueError:  # fewer than four terms
            raise _Unsure("a line of fewer than four terms") from None
        self.values, self.provenance, self.asserted = values, provenance, asserted
        self.types = values.get(_TYPE) or _Column()
        self.lengths: dict[str, list[int] | None] = {}  # _lengths
        self._typed: dict[frozenset, set] = {}
        self._over: dict[tuple[str, int], set] = {}

    def typed(self, classes: frozenset) -> set:
        """The nodes with a type among ``classes`` (in any graph)."""
        found = self._typed.get(classes)
        if found is None:
            found = self._typed[classes] = self.types.meeting(set(self.types.first), classes)
        return found

    def over(self, p: str, n: int) -> set:
        """The subjects with more than ``n`` distinct objects of ``p`` (as texts)."""
        found = self._over.get((p, n))
        if found is None:
            column = self.values[p]
            found = set(column.first) if n < 1 else {s for s, os in column.more.items() if len(set(os)) > n}
            self._over[(p, n)] = found
        return found


# A test of values (N-Triples texts) or of focus nodes on a chunk's lines: of the candidates it
# is given, those that surely conform, as the store would find them. Set-wise, so that most of
# the work is set operations over a chunk's nodes, not a Python call per node and constraint.
_Test = Callable[[set, "_Lines"], set]


def _each(tests: list[_Test]) -> _Test:
    """The candidates that pass every one of ``tests``."""
    if not tests:
        return lambda candidates, lines: candidates
    if len(tests) == 1:
        return tests[0]

    def passing(candidates: set, lines: _Lines) -> set:
        for test in tests:
            if not candidates:
                break
            candidates = test(candidates, lines)
        return candidates
    return passing


def _filtered(ok: Callable[[str], bool]) -> _Test:
    """The candidates for which ``ok`` (a test of one term's text, which depends on nothing
    else) holds; its answers kept per process (the same offsets and spans recur)."""
    known: dict[str, bool] = {}

    def passing(candidates: set, lines: _Lines) -> set:
        out = set()
        for v in candidates:
            answer = known.get(v)
            if answer is None:
                try:
                    answer = ok(v)
                except _Unsure:
                    answer = False
                if len(known) < 100_000:
                    known[v] = answer
            if answer:
                out.add(v)
        return out
    return passing


@dataclass(frozen=True)
class Plan:
    """The local shapes as tests of a chunk's lines: for each node shape, its targets (subjects
    or objects of a predicate) and the test its focus nodes must pass."""

    targets: tuple[tuple[str, bool, _Test], ...]  # (predicate, objects?, test of the focus nodes)
    predicates: frozenset[str]                     # what the tests read

    @classmethod
    def of(cls, shapes: Graph, subclasses, only: Collection) -> Plan:
        """The plan of the node shapes ``only`` in ``shapes``; ``subclasses(cls)``: the classes
        at or below ``cls``.

        Raises:
            UnsupportedShape: a shape uses what this module cannot decide on the lines alone.
        """
        reader = _Reader(shapes, subclasses)
        targets = []
        for shape in sorted(only, key=str):
            if shapes.value(shape, SH.targetClass) is not None:
                raise UnsupportedShape(f"{shape}: a target by class")
            test = reader.node(shape)
            for key, objects in ((SH.targetSubjectsOf, False), (SH.targetObjectsOf, True)):
                for predicate in sorted(shapes.objects(shape, key)):
                    targets.append((nt(predicate), objects, test))
                    reader.read.add(nt(predicate))
        return cls(tuple(targets), frozenset(reader.read) | _EVIDENCE_READ)

    def holds(self, lines: _Lines) -> bool:
        """Every focus node of every shape surely conforms."""
        for predicate, objects, test in self.targets:
            column = lines.values[predicate]
            focus = column.objects() if objects else set(column.first)
            if len(test(focus, lines)) != len(focus):
                return False
        return True


class _Reader:
    """Makes :data:`_Test` s of the shapes graph, as ``ickg.validate.shapes._Compiler`` makes
    SPARQL of it (the same constraints, read the same way)."""

    def __init__(self, shapes: Graph, subclasses) -> None:
        self.g, self.subclasses = shapes, subclasses
        self.read: set[str] = set()

    def known(self, shape, keys) -> None:
        unknown = set(self.g.predicates(shape, None)) - keys
        if unknown:
            raise UnsupportedShape(f"{shape}: {', '.join(sorted(map(str, unknown)))} not read on lines")

    def node(self, shape) -> _Test:
        """Nodes that conform to ``shape``: its value constraints on the node, its ``sh:or``,
        each ``sh:property``, and its own path's constraints for a property shape (an
        ``sh:or`` alternative), as ``_Compiler.value_ok`` reads them."""
        if self.g.value(shape, SH.path) is None:
            self.known(shape, _NODE_KEYS | _VALUE_KEYS)
        tests = [self.value(shape)]
        tests += [self.property(prop) for prop in self.g.objects(shape, SH.property)]
        if self.g.value(shape, SH.path) is not None:
            tests.append(self.property(shape))
        return _each(tests)

    def value(self, shape) -> _Test:
        """Values that conform to ``shape``'s constraints on the node itself."""
        g, tests = self.g, list[_Test]()
        for cls in g.objects(shape, SH["class"]):
            below = frozenset(nt(c) for c in self.subclasses(cls))
            self.read.add(_TYPE)
            tests.append(lambda candidates, lines, below=below: candidates & lines.typed(below))
        for dt in g.objects(shape, SH.datatype):
            tests.append(_filtered(_datatype(dt)))
        for lst in g.objects(shape, SH["in"]):
            allowed = frozenset(nt(x) for x in RdfList(g, lst))
            tests.append(lambda candidates, lines, allowed=allowed: candidates & allowed)
        for pattern in g.objects(shape, SH.pattern):
            if not _SAFE_PATTERN.fullmatch(str(pattern)):
                raise UnsupportedShape(f"{shape}: the pattern {pattern!s} is not read on lines")
            tests.append(_filtered(_matches(re.compile(str(pattern)))))
        for lst in g.objects(shape, SH["or"]):
            alternatives = [self.node(alt) for alt in RdfList(g, lst)]
            tests.append(lambda candidates, lines, alts=alternatives:
                         set().union(*(alt(candidates, lines) for alt in alts)))
        return _each(tests)

    def property(self, prop) -> _Test:
        """Focus nodes that conform to the property shape ``prop``."""
        g = self.g
        self.known(prop, _PROPERTY_KEYS)
        path = g.value(prop, SH.path)
        if not isinstance(path, URIRef):
            raise UnsupportedShape(f"{prop}: a path other than an IRI")
        p = nt(path)
        self.read.add(p)
        tests: list[_Test] = []
        lo, hi = g.value(prop, SH.minCount), g.value(prop, SH.maxCount)
        if lo is not None and int(lo) > 1:  # two texts the store reads as one value would pass here
            raise UnsupportedShape(f"{prop}: sh:minCount above 1")
        if lo is not None and int(lo) == 1:
            tests.append(lambda focus, lines: focus & lines.values[p].first.keys())
        if hi is not None:  # distinct texts are at least as many as the store's distinct values
            tests.append(lambda focus, lines, n=int(hi): focus - lines.over(p, n))
        if set(g.predicates(prop, None)) & _VALUE_KEYS:
            ok = self.value(prop)

            def values_conform(focus: set, lines: _Lines) -> set:
                column = lines.values[p]
                values = column.values_of(focus)
                bad = values - ok(values, lines)
                return focus - column.meeting(focus, bad) if bad else focus
            tests.append(values_conform)
        q = g.value(prop, SH.qualifiedValueShape)
        if q is not None:
            n = g.value(prop, SH.qualifiedMinCount)
            if n is None or int(n) != 1:
                raise UnsupportedShape(f"{prop}: a qualified count other than sh:qualifiedMinCount 1")
            qualified = self.node(q)

            def one_qualified(focus: set, lines: _Lines) -> set:
                column = lines.values[p]
                return column.meeting(focus, qualified(column.values_of(focus), lines))
            tests.append(one_qualified)
        for key, strict in ((SH.lessThan, True), (SH.lessThanOrEquals, False)):
            for other in g.objects(prop, key):
                o = nt(other)
                self.read.add(o)
                tests.append(lambda focus, lines, o=o, strict=strict: {
                    f for f in focus
                    if _ordered(lines.values[p].of(f), lines.values[o].of(f), strict)})
        return _each(tests)


def _datatype(dt) -> Callable[[str], bool]:
    if dt in _INTEGERS:
        lo, hi = _INTEGERS[dt]
        named = (iris.XSD + "integer", str(dt))

        def integer(v: str) -> bool:
            found = _integer(v)
            if found is None or found[1] not in named:
                return False
            return (lo is None or found[0] >= lo) and (hi is None or found[0] <= hi)
        return integer
    if str(dt) in (_XSD_STRING, _LANG_STRING):
        return lambda v: v[0] == '"' and _literal(v)[1] == str(dt)
    raise UnsupportedShape(f"sh:datatype {dt} is not read on lines")


def _matches(pattern: re.Pattern) -> Callable[[str], bool]:
    def matches(v: str) -> bool:
        if v[0] == "<" and v[-1] == ">":
            value = v[1:-1]
        elif v[0] == '"':
            value = _literal(v)[0]
        else:
            return False  # a blank node never matches
        return "\n" not in value and pattern.search(value) is not None
    return matches


def _ordered(values: Iterable[str], others: Iterable[str], strict: bool) -> bool:
    for v in values:
        a = _number(v)
        for w in others:
            b = _number(w)
            if a is None or b is None or not (a < b if strict else a <= b):
                return False
    return True


def _lengths(lines: _Lines, source: str) -> list[int] | None:
    """The lengths of ``source``'s texts (code points), or None if it has none or one is no
    literal; each source's worked out once per chunk."""
    if source not in lines.lengths:
        texts = lines.values[_FULL_TEXT].of(source)
        lines.lengths[source] = None if not texts or any(t[0] != '"' for t in texts) else \
            [len(_literal(t)[0]) for t in texts]
    return lines.lengths[source]


def _quotes_inside(lines: _Lines) -> bool:
    """What :func:`ickg.validate.evidence.check_evidence` finds nothing in: every evidence
    annotation's offsets inside each text of each of its documents, every mention span too."""
    values = lines.values
    if any(values[w].first for w in _WORDS):
        return False  # quotes stored as words: the store compares them
    starts, ends, sources = values[_START], values[_END], values[_HAS_SOURCE]
    for annotation in values[_HAS_EVIDENCE].objects():
        for source in sources.of(annotation):
            lengths = _lengths(lines, source)
            for start in starts.of(annotation):
                a = _number(start)
                for end in ends.of(annotation):
                    b = _number(end)
                    if a is None or b is None or lengths is None or not a < b <= min(lengths):
                        return False
    spans = values[_SPAN]
    for mention in spans.first:
        for source in sources.of(mention):
            lengths = _lengths(lines, source)
            for span in spans.of(mention):
                found = _SPAN_VALUE.fullmatch(_literal(span)[0]) if span[0] == '"' else None
                if found is None or lengths is None or not int(found[1]) < int(found[2]) <= min(lengths):
                    return False
    return True


def _sourced(lines: _Lines) -> bool:
    """What :func:`ickg.validate.evidence.check_sources` finds nothing in: each asserted triple
    has, in the provenance graph, a statement of it with an evidence or a declared source."""
    prov = lines.provenance
    subjects, predicates, objects = prov[_SUBJECT], prov[_PREDICATE], prov[_OBJECT]
    types, evidenced, derived = prov[_TYPE], prov[_HAS_EVIDENCE].first, prov[_DERIVED]
    sourced = set()
    for statement in subjects.first:
        if statement not in evidenced and not any(
                not _DECLARED.isdisjoint(types.of(source)) for source in derived.of(statement)):
            continue
        for s in subjects.of(statement):
            for p in predicates.of(statement):
                for o in objects.of(statement):
                    sourced.add((s, p, o))
    return all(triple in sourced for triple in lines.asserted)


def conforms(plan: Plan, data: str) -> bool | None:
    """True when the store's checks of a chunk (:func:`ickg.validate.local.documents_conform`)
    surely find nothing in ``data``, its N-Quads text; None when the store must decide."""
    if _UCHAR.search(data):
        return None  # an IRI or a string may be spelt two ways
    # The collector held off meanwhile: the tables hold some 250 lists a document, none in a
    # cycle, all freed on return; collected as they are made, they were promoted to the older
    # generations and made the worker's full collections more frequent (0.02 -> 0.3 ms a document)
    collecting = gc.isenabled()
    gc.disable()
    try:
        return True if _conform(plan, data) else None
    except _Unsure:
        return None
    finally:
        if collecting:
            gc.enable()


def _conform(plan: Plan, data: str) -> bool:
    lines = _Lines(data, plan.predicates)
    return plan.holds(lines) and _quotes_inside(lines) and _sourced(lines)
