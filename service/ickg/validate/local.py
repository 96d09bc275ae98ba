"""Validation per document, in the extraction workers: the shapes of what a document wrote.

Most of what a build validates is what one document wrote: its evidence annotations (offsets,
source, hedge), its mention annotations (spans, body, source), the reified statements it
quotes (subject, predicate, object, evidence, declared sources), its quotes and spans against its
text, and the sources of the triples it asserts. Checked on the whole store they cost most of the validation stage (at 10,000
documents, 68 CPU-s of queries against RocksDB); checked by the worker that wrote them, on an
in-memory store of a chunk of documents, the same queries cost a fraction of that, and the
workers share the cores while extraction runs.

**Why the store's verdict is the same.** :data:`LOCAL_SHAPES` target their nodes by predicate
(``sh:targetObjectsOf ickg:hasEvidence``, ``sh:targetSubjectsOf ickg:span``,
``sh:targetSubjectsOf rdf:subject``). A worker checks, for each chunk, everything its
documents wrote (``populate_many``'s ``check``): the text they spool and their statements'
lines. The store holds exactly that, plus the quads no worker checked (the ontology, the
asserted graph, curation, imports, documents kept in memory), and of each reified statement the
lines of one document only (the first that stated it; ``ickg.build.stages``). So for a node a
worker checked:

- an annotation is minted from its document's IRI (``ickg.mint.evidence_iri_text``,
  ``mention_iri_text``), which no other document shares (the build checks that the stems are
  distinct): every quad about it that those checks read (:func:`local_predicates`) was written
  by its document and checked with it;
- a statement's lines on the store are one document's, checked with that document (a subset
  of what its chunk held: a value that passed or a count of one stays so), and its evidence
  links (``ickg:hasEvidence``) come from every document stating it: more of them only helps
  the one check reading them (at least one evidence or declared source);
- ``sh:class`` only gets truer with more data (and a class hierarchy with more subclasses).

The sources of the asserted triples (``check_sources``: each has a statement with an evidence
quote or a declared source) are checked the same way: a triple a document asserted has, on the
store, the statement its chunk found (the same IRI, minted from the triple; its lines those of a
document that stated it, which wrote them only to quote it or to give its declared source, so
that quote or source is on the store too), and more statements only supply more sources. The
asserted triples no worker checked (a kept document's, the curation's: :attr:`Unsettled.asserted`)
are checked on the store.

What only the unchecked quads can change is named by :class:`Unsettled`: every node such a
quad has as subject (or, for ``ickg:hasEvidence``, object) with one of those predicates, and
every annotation whose source is one (a document given another text). The store's checks of
:data:`LOCAL_SHAPES` and of the quotes run for those nodes only (``compiled_shapes(among=...)``,
``check_evidence(among=...)``). A chunk where anything failed has the build run every check on
the whole store, as before, so that a failing build's report is the store's, word for word.
"""

from __future__ import annotations

import functools
import re
from typing import Iterable

import pyoxigraph as ox
from rdflib import Graph, URIRef

from ickg import iris
from ickg.namespaces import SH
from ickg.validate.evidence import check_evidence, check_sources
from ickg.validate import lines
from ickg.validate.shapes import Check, UnsupportedShape, compiled_shapes, subclasses_in, violations

SHAPES = iris.BASE + "shapes/"
# The node shapes whose focus nodes a document's own quads describe (see the module's docstring).
LOCAL_SHAPES = frozenset(URIRef(SHAPES + name) for name in ("EvidenceShape", "MentionShape", "StatementShape"))

# What the quote and span checks (ickg.validate.evidence) read of an annotation, beside the shapes.
_EVIDENCE_SUBJECT_PREDICATES = (iris.OA + "hasSource", iris.OA + "start", iris.OA + "end", iris.OA + "exact",
                                iris.OA + "prefix", iris.OA + "suffix", iris.ICKG + "fullText",
                                iris.ICKG + "span")
_EVIDENCE_OBJECT_PREDICATES = (iris.ICKG + "hasEvidence",)


def local_predicates(shapes: Graph) -> tuple[frozenset[str], frozenset[str]]:
    """The predicates (IRIs) the checks of :data:`LOCAL_SHAPES` and of the quotes read: those
    whose subject the quad concerns, and those whose object it concerns (a target by
    ``sh:targetObjectsOf``, an inverse path).

    Raises:
        ValueError: a local shape targets a class (its nodes would not be found by predicate).
    """
    subjects, objects = set(_EVIDENCE_SUBJECT_PREDICATES), set(_EVIDENCE_OBJECT_PREDICATES)
    for shape in LOCAL_SHAPES:
        if shapes.value(shape, SH.targetClass) is not None:
            raise ValueError(f"{shape}: a shape checked per document must target by predicate")
        subjects.update(map(str, shapes.objects(shape, SH.targetSubjectsOf)))
        objects.update(map(str, shapes.objects(shape, SH.targetObjectsOf)))
        for prop in shapes.objects(shape, SH.property):
            path = shapes.value(prop, SH.path)
            inverse = shapes.value(path, SH.inversePath) if path is not None else None
            if isinstance(path, URIRef):
                subjects.add(str(path))
            elif isinstance(inverse, URIRef):
                objects.add(str(inverse))
            for key in (SH.lessThan, SH.lessThanOrEquals):
                subjects.update(map(str, shapes.objects(prop, key)))
    return frozenset(subjects), frozenset(objects)


class Unsettled:
    """The nodes of :data:`LOCAL_SHAPES` that the documents' own checks do not settle: those the
    quads no worker checked say something about (see the module's docstring). Fed with those
    quads as the build meets them; :attr:`nodes` are pyoxigraph terms."""

    def __init__(self, shapes: Graph | None = None) -> None:
        from ickg import resources

        self.subjects, self.objects = local_predicates(shapes if shapes is not None else resources.shapes_graph())
        self.nodes: set = set()
        self.asserted: set = set()  # asserted triples no worker checked the sources of

    def add_asserted(self, quads: Iterable) -> None:
        """Asserted triples (rdflib-term quads or triples) whose sources no worker checked: a
        kept document's, the curation's."""
        from ickg.terms import to_ox

        self.asserted.update(tuple(to_ox(t) for t in q[:3]) for q in quads)

    def add_quads(self, quads: Iterable) -> None:
        """rdflib-term quads (or triples)."""
        from ickg.terms import to_ox

        subjects, objects = self.subjects, self.objects
        for q in quads:
            p = str(q[1])
            if p in subjects:
                self.nodes.add(to_ox(q[0]))
            if p in objects:
                self.nodes.add(to_ox(q[2]))


@functools.lru_cache(maxsize=1)
def _subclasses():
    """``cls -> set`` of the classes at or below ``cls`` in the ontology (read once per process)."""
    from ickg import resources

    ontology = ox.Store()
    ontology.load(resources.ontology_ntriples().encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)
    return subclasses_in(ontology, "union")


@functools.lru_cache(maxsize=1)
def _local_checks() -> tuple[Check, ...]:
    """The checks of :data:`LOCAL_SHAPES`, compiled once per process against the ontology's classes."""
    from ickg import resources

    return tuple(compiled_shapes(resources.shapes_graph(), _subclasses(), only=LOCAL_SHAPES))


@functools.lru_cache(maxsize=1)
def _lines_plan() -> lines.Plan | None:
    """:data:`LOCAL_SHAPES` as tests of a chunk's lines (:mod:`ickg.validate.lines`), read once
    per process; None if they use what those tests cannot decide (every chunk goes to the store)."""
    from ickg import resources

    try:
        return lines.Plan.of(resources.shapes_graph(), _subclasses(), LOCAL_SHAPES)
    except UnsupportedShape:
        return None


_OWN_VARIABLES = re.compile(r"\?(value|other|less[0-9]+)\b")  # a part's own (Check.part)


def merged_screens(checks: Iterable[Check]) -> tuple[str, ...]:
    """One query for the checks over the same focus nodes, made of their parts
    (:attr:`~ickg.validate.shapes.Check.part`), that finds a row exactly when one part does; a
    check with no part keeps its own screen, if it has one, as it is.

    Each part left-joins every focus node with its values for one property (or with none), so
    each focus node has at least one row in each; with each part's variables renamed apart, the
    merged query's rows for a focus node are every combination of the parts' rows, and one of
    them meets one part's condition (``||``: the conditions never err) exactly when that part
    has a row. On a chunk that conforms, the store then walks the annotations once per kind
    instead of once per property: the property shapes' screens (10 in 3 queries: about 0.18 ms
    less a document), and the checks no screen stood for, which ran each on its own (an
    annotation's start below its end, a hedge cue's datatype, a statement's sources: 4 more
    queries, about 0.1 ms a document)."""
    groups: dict[str, dict[tuple[str, str], None]] = {}
    kept: list[str] = []
    for check in checks:
        if check.part is not None:
            focus, values, condition = check.part
            groups.setdefault(focus, {})[(values, condition)] = None
        elif check.screen is not None and check.screen not in kept:
            kept.append(check.screen)
    for focus, parts in groups.items():
        renamed = [tuple(_OWN_VARIABLES.sub(lambda v, i=i: f"?{v[1]}_{i}", text) for text in part)
                   for i, part in enumerate(parts)]
        joins = "".join(f" {values}" for values, _ in renamed if values)
        kept.append(f"SELECT ?focus WHERE {{ {focus}{joins} "
                    f"FILTER({' || '.join(f'({c})' for _, c in renamed)}) }} LIMIT 1")
    return tuple(kept)


@functools.lru_cache(maxsize=1)
def _screened() -> tuple[tuple[str, ...], tuple[Check, ...]]:
    """The local checks' merged screens, and the checks no screen stands for."""
    checks = _local_checks()
    return merged_screens(checks), tuple(c for c in checks if c.screen is None and c.part is None)


def documents_conform(texts: Iterable[bytes | str]) -> bool:
    """Whether what some documents wrote (N-Quads, UTF-8 bytes or ``str``: each document's
    mentions and provenance text, its statements' lines and its asserted quads) has a source for
    each asserted triple and holds to :data:`LOCAL_SHAPES` and its quotes and spans to the
    documents' text. The extraction workers' check (``populate_many``'s ``check``, on
    :attr:`ickg.model.populate.ChunkText.texts`), on this thread: first on the lines themselves
    (:mod:`ickg.validate.lines`, which only ever says "conforms" or "ask the store"), then, unless
    they conform, loaded into a store in memory and checked by the same queries as the whole
    store's (:func:`store_conforms`), so that the verdict is the store's."""
    data = b"".join(t.encode("utf-8") if isinstance(t, str) else t for t in texts)
    if not data:
        return True
    # First the lines themselves, with no store: True only when the store's checks surely find
    # nothing; otherwise the store decides
    plan = _lines_plan()
    if plan is not None:
        try:
            if lines.conforms(plan, data.decode("utf-8")):
                return True
        except UnicodeDecodeError:
            pass
    return store_conforms(data)


def store_conforms(data: bytes) -> bool:
    """:func:`documents_conform` of N-Quads ``data`` (UTF-8) decided on a store in memory, by
    the same queries as the whole store's."""
    store = ox.Store()
    # In memory (a little cheaper than bulk_load), and lenient: the lines are ickg's own writers'
    # (minted IRIs, escaped literals), and the store they go to parses them strictly anyway
    # (a third less CPU than the strict parse, which checks every IRI again).
    store.load(input=data, format=ox.RdfFormat.N_QUADS, lenient=True)
    screens, unscreened = _screened()
    if any(any(True for _ in store.query(screen, use_default_graph_as_union=True)) for screen in screens):
        checks = list(_local_checks())  # something may be amiss: every check, as violations() runs them
    else:  # no screened check can find anything (a screen finds a superset of what its checks find)
        checks = list(unscreened)
    if violations(store, None, "union", threads=1, checks=checks):
        return False
    return not check_evidence(store, None, "union") and not check_sources(store)


def prepare_tables() -> None:
    """Make the local checks' merged screens and their plan on lines now, as first use would.

    Called before worker processes are forked, so that they inherit the tables instead of each
    making its own."""
    _screened()
    _lines_plan()
