"""DL reasoning with HermiT (through owlready2): classification and consistency checking.

The OWL 2 RL closure (:mod:`ickg.reason.rules`) is sound but not complete for OWL 2 DL: it
cannot, for instance, place a class under a union or find that a class can have no members.
HermiT can. :func:`classify` hands it the ontology (and the data, up to a size) and reports:

- whether the whole is consistent, and which named classes are unsatisfiable;
- the subclass relations and class memberships HermiT infers, as rdflib triples, which
  :func:`ickg.reason.materialise.materialise` adds to the inferred graph under the rule
  ``dl-hermit`` (HermiT gives no rule-level derivation, so the explanation stops there).

HermiT is written in Java: without a ``java`` executable on the PATH nothing runs and the report
says so plainly (``skipped`` with a message), instead of failing the build. owlready2 starts the
JVM itself (``subprocess`` on ``owlready2.JAVA_EXE``); :func:`_java_that_dies_with_us` points that
at a small script which runs ``java`` through :mod:`ickg.processes`, so the JVM is killed with the
build even when the build is killed with SIGKILL (no orphaned JVM), and without the JVM's
``/tmp/hsperfdata_*`` files. The JVM compiles with its quick compiler only
(:data:`JVM_OPTIONS`): a HermiT run is seconds long, over before the optimising compiler's work
pays back. HermiT is not asked for the property hierarchies, which the build does not use
(:data:`UNUSED_HERMIT_TASKS`: half the JVM's CPU).

Literals whose datatype is outside the OWL 2 datatype map (``xsd:gYear``, ``xsd:date``...) are
left out of what HermiT sees, since it rejects them; they carry no class-level meaning here.

**Local only.** owlready2 downloads every ``owl:imports`` target it is given (and HermiT's
OWL API would too): what it is handed here (:func:`load_local`) has no ``owl:imports`` and no
owlready2 ``python_module`` annotation (which would import a Python module), every ontology the
build knows being in the triples already; targets no ontology among them declares are named in
the report's ``warnings``. The load also runs under :func:`ickg.offline.no_network`.
"""

from contextlib import contextmanager
from dataclasses import dataclass, field
import functools
import json
import os
import shlex
import shutil
import stat
import tempfile
import time
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, XSD

from ickg import usercache
from ickg.processes import tied_to_this_process
from ickg.reason.terms import SCHEMA_PREDICATES, SCHEMA_TYPES, VOCAB

JAVA_MISSING = ("Java was not found on the PATH: HermiT classification and DL consistency "
                "checking were skipped (the OWL 2 RL closure and its consistency checks still "
                "ran). Install a Java runtime (e.g. `apt-get install default-jre-headless`) to "
                "enable them.")

# The OWL 2 datatype map (https://www.w3.org/TR/owl2-syntax/#Datatype_Maps), plus rdf:langString.
OWL2_DATATYPES = frozenset(URIRef(x) for x in (
    *(str(XSD) + n for n in (
        "decimal", "integer", "nonNegativeInteger", "nonPositiveInteger", "positiveInteger",
        "negativeInteger", "long", "int", "short", "byte", "unsignedLong", "unsignedInt",
        "unsignedShort", "unsignedByte", "double", "float", "string", "normalizedString",
        "token", "language", "Name", "NCName", "NMTOKEN", "boolean", "hexBinary",
        "base64Binary", "anyURI", "dateTime", "dateTimeStamp")),
    str(RDF.PlainLiteral), str(RDF.XMLLiteral), str(RDFS.Literal), str(OWL.real),
    str(OWL.rational), str(RDF.langString)))


@dataclass
class DLReport:
    """What HermiT found (or why it did not run).

    Attributes:
        ran: whether HermiT ran.
        message: one plain sentence for the build log.
        consistent: None when it did not run.
        unsatisfiable: named classes that can have no member.
        inferred: subclass relations and class memberships HermiT infers (rdflib triples).
        scope: "ontology and data" or "ontology only" (data above the size limit).
        dropped_literals: triples left out for their datatype.
        seconds: time HermiT took (JVM start included).
        warnings: ``owl:imports`` targets that were not in the input, left out, not fetched.
    """
    ran: bool
    message: str
    consistent: object = None
    unsatisfiable: list = field(default_factory=list)
    inferred: list = field(default_factory=list)
    scope: str = ""
    dropped_literals: int = 0
    seconds: float = 0.0
    warnings: list = field(default_factory=list)

    @property
    def inconsistencies(self):
        out = []
        if self.consistent is False:
            out.append("HermiT: the ontology and data are inconsistent (OWL 2 Direct Semantics) [dl-hermit]")
        out += [f"HermiT: the class {c} is unsatisfiable (can have no member) [dl-hermit]"
                for c in self.unsatisfiable]
        return out


def java_available():
    return shutil.which("java") is not None


def _schema_only(triples):
    out = []
    for t in triples:
        s, p, o = t
        if p in _SCHEMA_P or (p == RDF.type and o in _SCHEMA_T):
            out.append(t)
    return out


_SCHEMA_P = frozenset(VOCAB[i] for i in SCHEMA_PREDICATES)
_SCHEMA_T = frozenset(VOCAB[i] for i in SCHEMA_TYPES)

# What owlready2 acts on when it loads an ontology: owl:imports (downloaded) and its
# python_module annotation (imported as Python code). Neither reaches it.
OWLREADY_ACTIONS = frozenset({OWL.imports, URIRef(
    "http://www.lesfleursdunormal.fr/static/_downloads/owlready_ontology.owl#python_module")})


def load_local(graph, directory):
    """Load an rdflib graph into a fresh owlready2 World without reaching out.

    The graph is written as N-Triples without :data:`OWLREADY_ACTIONS` triples and loaded with
    ``only_local=True`` under :func:`ickg.offline.no_network`.

    Returns:
        ``(world, ontology)``.
    """
    from owlready2 import World

    from ickg.offline import no_network

    local = Graph()
    for triple in graph:
        if triple[1] not in OWLREADY_ACTIONS:
            local.add(triple)
    path = os.path.join(directory, "input.nt")
    local.serialize(path, format="nt", encoding="utf-8")
    world = World()
    with no_network():
        onto = world.get_ontology("file://" + path).load(only_local=True)
    return world, onto


def classify(triples, *, max_triples=50_000):
    """Classify ``triples`` (ontology + data) with HermiT and check their consistency.

    Args:
        triples: rdflib triples.
        max_triples: above this many non-schema triples only the ontology's schema is
            classified (HermiT's tableau does not scale to large ABoxes in a build).

    Returns:
        A :class:`DLReport`.
    """
    if not java_available():
        return DLReport(False, JAVA_MISSING)
    from owlready2 import OwlReadyInconsistentOntologyError, sync_reasoner

    from ickg.reason.imports import unresolved_imports, unresolved_message

    triples = list(triples)
    warnings = [unresolved_message(iri) for iri in unresolved_imports(triples)]
    schema = _schema_only(triples)
    if len(triples) - len(schema) > max_triples:
        chosen, scope = schema, "ontology only"
    else:
        chosen, scope = triples, "ontology and data"
    graph = Graph()
    dropped = 0
    for s, p, o in chosen:
        if isinstance(o, Literal) and o.datatype is not None and o.datatype not in OWL2_DATATYPES:
            dropped += 1
            continue
        graph.add((s, p, o))
    # owlready2 needs every class and property declared; the ontology declares its own terms.
    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        world, onto = load_local(graph, tmp)
        before = set(world.graph.execute("SELECT s, p, o FROM quads").fetchall())
        try:
            with onto, _java_that_dies_with_us(tmp):
                sync_reasoner(world, infer_property_values=False, debug=0)
        except OwlReadyInconsistentOntologyError:
            return DLReport(True, f"HermiT ({scope}): INCONSISTENT" + _noted(warnings), consistent=False,
                            scope=scope, dropped_literals=dropped,
                            seconds=time.perf_counter() - start, warnings=warnings)
        after = set(world.graph.execute("SELECT s, p, o FROM quads").fetchall())
        unsat = sorted(str(c.iri) for c in world.inconsistent_classes()
                       if hasattr(c, "iri") and c.iri != str(OWL.Nothing))
        inferred = []
        keep = {RDF.type, RDFS.subClassOf, OWL.equivalentClass}
        for s, p, o in after - before:
            if not (isinstance(s, int) and isinstance(o, int) and s > 0 and o > 0):
                continue  # blank nodes and literals
            triple = (URIRef(world._unabbreviate(s)), URIRef(world._unabbreviate(p)),
                      URIRef(world._unabbreviate(o)))
            if triple[1] in keep and triple[2] not in (OWL.Thing, OWL.NamedIndividual) \
                    and triple[0] != triple[2]:
                inferred.append(triple)
        world.close()
    seconds = time.perf_counter() - start
    message = (f"HermiT ({scope}, {len(graph)} triples): consistent, {len(unsat)} unsatisfiable "
               f"classes, {len(inferred)} inferred subclass/membership triples in {seconds:.1f}s"
               + _noted(warnings))
    return DLReport(True, message, consistent=True, unsatisfiable=unsat, inferred=sorted(inferred),
                    scope=scope, dropped_literals=dropped, seconds=seconds, warnings=warnings)


# Bump when what a kept report holds changes (how classify() chooses HermiT's input is in the key:
# this module's own source is hashed into it).
CACHE_FORMAT = 3
KEPT_REPORTS = 64  # the cache folder keeps the last few reports (the user's recent inputs)
KEPT_NOTE = " (kept from an earlier run on the same input)"


def reports_dir() -> Path:
    """The folder where HermiT's reports are kept: one per user, shared by every data directory.

    A report depends only on HermiT's exact input (the key of :func:`classify_cached`), not on
    the data directory that asked for it, so two builds of the same corpus in two folders, an
    ``ickg validate`` after an ``ickg build``, or a new data directory made from a known
    corpus read the report instead of starting the JVM again (3-8 CPU-s). The folder is the
    user's cache's ``hermit`` (:func:`ickg.usercache.cache_dir`: ``$ICKG_CACHE_DIR/hermit`` when
    set, else ``$XDG_CACHE_HOME/ickg/hermit``, else ``~/.cache/ickg/hermit``). Deleting it only
    costs HermiT runs.
    """
    return usercache.cache_dir("hermit")


def classify_cached(triples, *, max_triples=50_000, cache_dir=None):
    """:func:`classify`, its report kept in ``cache_dir`` and read again for the same input.

    HermiT is deterministic: the same input gives the same report. A rebuild whose HermiT input
    did not change (a re-run, a curation edit that changes no triple HermiT sees, an ingest of
    a large build, where HermiT sees the ontology alone) reads ``<cache_dir>/<key>.json``
    instead of starting the JVM again (3-6 s here). The key is a SHA-256 of exactly what
    :func:`classify` hands HermiT (the schema, or ontology and data below ``max_triples`` data
    triples; blank nodes named by their content, :func:`ickg.reason.terms.skolemise`; every
    triple counted, duplicates included), the unresolved imports, the version of owlready2
    (which ships HermiT) and a digest of this module's source (which decides HermiT's input and
    options): any change of input or of this code runs HermiT. Only the last
    :data:`KEPT_REPORTS` reports are kept.
    """
    triples = list(triples)
    if cache_dir is None or not java_available():
        return classify(triples, max_triples=max_triples)
    path = Path(cache_dir) / f"{_input_key(triples, max_triples)}.json"
    try:
        kept = json.loads(path.read_text(encoding="utf-8"))
        kept["inferred"] = [tuple(URIRef(x) for x in t) for t in kept["inferred"]]
        report = DLReport(**kept)
        report.message += KEPT_NOTE
        os.utime(path)  # recently used: kept longest
        return report
    except (OSError, ValueError, TypeError):
        pass
    report = classify(triples, max_triples=max_triples)
    if report.ran:
        _keep(report, path)
    return report


def _input_key(triples, max_triples):
    """The cache key of :func:`classify_cached`: a hex SHA-256 of what HermiT would be handed."""
    import hashlib
    from importlib.metadata import version

    from ickg.reason.imports import unresolved_imports, unresolved_message
    from ickg.reason.terms import skolemise

    schema = _schema_only(triples)
    scope, chosen = ("ontology only", schema) if len(triples) - len(schema) > max_triples \
        else ("ontology and data", triples)
    warnings = sorted(unresolved_message(iri) for iri in unresolved_imports(triples))
    digest = hashlib.sha256(json.dumps([CACHE_FORMAT, version("owlready2"), _source_digest(), scope,
                                        warnings]).encode("utf-8"))
    for line in sorted(" ".join(t.n3() for t in triple) for triple in skolemise(chosen)):
        digest.update(line.encode("utf-8") + b"\n")
    return digest.hexdigest()


@functools.lru_cache(maxsize=1)
def _source_digest():
    """A SHA-256 of this module's source: a kept report is read only by the code that made it."""
    import hashlib

    return hashlib.sha256(Path(__file__).read_bytes()).hexdigest()


def _keep(report, path):
    """Write ``report`` to ``path`` (atomically) and drop all but the last kept reports."""
    data = dict(vars(report), inferred=[[str(x) for x in t] for t in report.inferred])
    usercache.keep(path, json.dumps(data).encode("utf-8"), kept=KEPT_REPORTS)


def _noted(warnings):
    return "".join(f"; {w}" for w in warnings)


# -XX:TieredStopAtLevel=1: C1 only. The optimising C2 compiler's threads cost more CPU than its
# code saves in a run of seconds: HermiT on the seed build's input (640 KB) took 5.1 CPU-s and
# 17 s with the defaults, 2.8 CPU-s and 8 s with C1 alone (JDK 17, 2 cores, medians of 3); on
# the largest input a build hands it (45 documents, 780 KB, just under the data limit) 6.8 and
# 4.4 CPU-s, 21 and 13 s; on the ontology alone (a large build) 1.3 and 0.7 CPU-s.
JVM_OPTIONS = ("-XX:-UsePerfData", "-XX:TieredStopAtLevel=1")

# HermiT's tasks that owlready2's sync_reasoner always asks for and classify() does not use: -O and
# -D classify the object and data properties, and classify() keeps only class memberships,
# subclass and equivalent-class triples (-c, -I: the classes' hierarchy and the individuals'
# types; consistency is checked before any task). The script of _java_that_dies_with_us leaves
# them out of HermiT's command line: on the seed build's input the JVM took 2.1-2.3 CPU-s and 3 s
# instead of 4.0 CPU-s and 6-7 s, the same report; `ickg build` of graph_data with HermiT 5.94 ->
# 3.84 CPU-s (three runs alternated with the command that passed them, medians).
UNUSED_HERMIT_TASKS = ("-O", "-D")


@contextmanager
def _java_that_dies_with_us(folder):
    """While active, owlready2 starts ``java`` through a script in ``folder`` that makes the JVM
    die with this process (:func:`ickg.processes.die_with_parent`) and leaves HermiT's tasks that
    :func:`classify` does not use out of its command line (:data:`UNUSED_HERMIT_TASKS`)."""
    import owlready2

    java = shutil.which(owlready2.JAVA_EXE) or shutil.which("java") or owlready2.JAVA_EXE
    script = os.path.join(folder, "java")
    command = tied_to_this_process([java, *JVM_OPTIONS])
    unused = "|".join(shlex.quote(task) for task in UNUSED_HERMIT_TASKS)
    # the arguments again without HermiT's unused tasks (UNUSED_HERMIT_TASKS), then the JVM
    leave_out = f'for a do shift; case "$a" in {unused}) ;; *) set -- "$@" "$a" ;; esac; done\n' if unused else ""
    with open(script, "w", encoding="utf-8") as out:
        out.write("#!/bin/sh\n" + leave_out + "exec " + " ".join(shlex.quote(c) for c in command) + ' "$@"\n')
    os.chmod(script, stat.S_IRWXU)
    if not os.access(script, os.X_OK):  # a noexec temporary directory: plain java, unguarded
        yield java
        return
    previous, owlready2.JAVA_EXE = owlready2.JAVA_EXE, script
    try:
        yield script
    finally:
        owlready2.JAVA_EXE = previous
