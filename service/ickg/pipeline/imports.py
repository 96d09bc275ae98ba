"""``ickg import FILE``: bring another ontology or data set into the graph, and under reasoning.

An imported file keeps its own named graph, ``graph/import/<file stem>``, so it can be queried,
replaced or dropped on its own. It lives in the data directory's ``imports/`` folder, which the
build (:mod:`ickg.pipeline.publish`) reads on every run; reasoning covers the ontology, asserted
and imported graphs together (:func:`ickg.pipeline.reason.reasoning_graphs`), so an imported
ontology's axioms apply to ickg's data and ickg's to the imported data, and nothing in the engine
is specific to health care.

**Nothing is fetched.** An import is read from its file and nowhere else (:func:`parse_import`,
which the build uses too): a JSON-LD ``@context`` (or ``@import``) that names another document
and an RDF/XML external entity are refused with a message, since following them would mean a
network connection (or a read of some other local file) decided by the file's author; and every
parse runs under :func:`no_network`, which makes any connection attempt fail, so a way to fetch
that this module does not know of fails too instead of connecting. ``owl:imports`` is not
followed either: an imported ontology's own imports are whatever else was imported into
``imports/``; the ones that are not are named by :func:`unresolved_imports` (a warning) and left
out, and HermiT is handed the graph without them (:mod:`ickg.pipeline.dl`).

If the build with the new file fails (a parse error, an inconsistency, anything), the file is
taken out again (a replaced file put back) and the store left as it was. A file whose name is
taken by a different one is refused unless ``replace=True`` (``ickg import --replace``).
"""

from __future__ import annotations

import contextlib
import json
import re
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF

from ickg.namespaces import IMPORT_GRAPH


class ImportError_(RuntimeError):
    """The file could not be imported; the message says why. Nothing was changed."""


class NetworkRefused(OSError):
    """A connection or name lookup was attempted inside :func:`no_network`."""


@dataclass
class Imported:
    path: Path
    graph: str
    triples: int
    build: object = None
    warnings: list = field(default_factory=list)


# ---------------------------------------------------------------------------------------------
# No connection while reading: a per-thread guard over Python's audit events.

# The audit events that precede every outbound connection or name lookup Python makes
# (https://docs.python.org/3/library/audit_events.html); rdflib's security notes name audit
# hooks as the way to stop its parsers reaching out. ``socket.connect`` is refused only for
# Internet addresses (tuples): AF_UNIX pipes between local processes stay allowed.
_NETWORK_EVENTS = frozenset({"socket.connect", "socket.getaddrinfo", "socket.gethostbyname",
                             "socket.gethostbyaddr", "urllib.Request"})
_guard = threading.local()
_hook_lock = threading.Lock()
_hook_installed = False


def _audit(event, args):
    if event not in _NETWORK_EVENTS or not getattr(_guard, "depth", 0):
        return
    if event == "socket.connect" and not isinstance(args[1], tuple):
        return
    target = args[0] if event in ("urllib.Request", "socket.getaddrinfo", "socket.gethostbyname") else args[-1]
    raise NetworkRefused(f"refused to reach out while reading a file ({event} {target!r}): "
                         f"ickg reads what it is given, nothing else")


@contextlib.contextmanager
def no_network():
    """Within this block (in this thread), any attempt to connect out or look a name up raises
    :class:`NetworkRefused`. Audit hooks cannot be removed, so one is installed per process and
    does nothing outside such a block."""
    global _hook_installed
    with _hook_lock:
        if not _hook_installed:
            sys.addaudithook(_audit)
            _hook_installed = True
    _guard.depth = getattr(_guard, "depth", 0) + 1
    try:
        yield
    finally:
        _guard.depth -= 1


# ---------------------------------------------------------------------------------------------
# Reading an import file


def import_format(path) -> str | None:
    """rdflib's parser name for an import file, from its suffix (None: not an import format)."""
    from ickg.pipeline.publish import IMPORT_SUFFIXES

    return IMPORT_SUFFIXES.get(Path(path).suffix.lower())


def _context_references(document):
    """The ``@context`` and ``@import`` values of a JSON-LD document that name other documents."""
    found = []
    stack = [document]
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            stack.extend(node)
            continue
        if not isinstance(node, dict):
            continue
        for key, value in node.items():
            if key in ("@context", "@import"):
                for item in value if isinstance(value, list) else [value]:
                    if isinstance(item, str):
                        found.append(item)
            stack.append(value)
    return found


# An external entity is declared with SYSTEM or PUBLIC; internal ones (<!ENTITY owl "...#">,
# common in OWL's RDF/XML) are plain text and stay allowed.
_EXTERNAL_ENTITY = re.compile(rb"<!ENTITY\s+%?\s*[^\s>]+\s+(SYSTEM|PUBLIC)\b")


def parse_import(path, fmt: str | None = None) -> Graph:
    """The triples of an import file, read from the file alone.

    Args:
        path: the file.
        fmt: rdflib's parser name; by default from the suffix.

    Raises:
        ImportError_: one line naming the file: an unknown format, a reference to another
        document (JSON-LD context, XML external entity), or a parse error.
    """
    path = Path(path)
    fmt = fmt or import_format(path)
    if fmt is None:
        from ickg.pipeline.publish import IMPORT_SUFFIXES

        raise ImportError_(f"{path}: unknown RDF format (use one of "
                           f"{', '.join(sorted(IMPORT_SUFFIXES))})")
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise ImportError_(f"{path}: cannot be read: {error.strerror or error}") from error
    if fmt == "json-ld":
        try:
            document = json.loads(raw)
        except (ValueError, RecursionError) as error:
            raise ImportError_(f"{path}: not parsable as json-ld: {error}") from error
        references = _context_references(document)
        if references:
            raise ImportError_(f"{path}: the JSON-LD context {references[0]!r} is another document, "
                               f"which ickg does not fetch; put the context in the file itself")
    if fmt == "xml":
        entity = _EXTERNAL_ENTITY.search(raw)
        if entity:
            line = raw.count(b"\n", 0, entity.start()) + 1
            raise ImportError_(f"{path}:{line}: an external XML entity ({entity.group(1).decode()}), "
                               f"which ickg does not read; put its text in the file itself")
    graph = Graph()
    try:
        with no_network():
            graph.parse(str(path), format=fmt)
    except Exception as error:  # rdflib's parsers raise many unrelated types
        message = " ".join(str(error).split()) or type(error).__name__
        raise ImportError_(f"{path}: not parsable as {fmt}: {message}") from error
    return graph


# ---------------------------------------------------------------------------------------------
# owl:imports


def unresolved_imports(triples, *, also_present=()) -> list[str]:
    """The ``owl:imports`` targets among ``triples`` that no ontology declares.

    An ontology counts as present when a triple (of ``triples`` or ``also_present``) says
    ``<iri> a owl:Ontology`` or names ``<iri>`` as an ``owl:versionIRI``: the packaged ontology
    and any file in ``imports/``. The others are not fetched; the caller says so.
    """
    triples = list(triples)
    wanted = {str(o) for s, p, o in triples if p == OWL.imports and isinstance(o, URIRef)}
    if not wanted:
        return []
    return sorted(wanted - _declared(triples) - _declared(also_present))


def _declared(triples):
    present = set()
    for s, p, o in triples:
        if p == RDF.type and o == OWL.Ontology and isinstance(s, URIRef):
            present.add(str(s))
        elif p == OWL.versionIRI and isinstance(o, URIRef):
            present.add(str(o))
    return present


def unresolved_message(iri: str) -> str:
    return (f"owl:imports <{iri}> is not in imports/ or the ontology: not fetched, left out "
            f"(`ickg import` a local copy to include it)")


# ---------------------------------------------------------------------------------------------
# ickg import

# An import's file stem names its graph (graph/import/<stem>), so it must be a safe IRI segment.
_SAFE_STEM = re.compile(r"[A-Za-z0-9][A-Za-z0-9._~-]{0,127}")


def import_file(data_dir, file, *, build=True, replace=False):
    """Copy ``file`` into ``data_dir/imports/`` and (by default) rebuild the store with it.

    Args:
        data_dir: the data directory.
        file: an RDF or OWL file (.ttl, .nt, .nq, .trig, .owl/.rdf/.xml (RDF/XML), .jsonld, .n3).
        build: rebuild the store (:func:`ickg.pipeline.publish.publish`) right away.
        replace: replace a different file already imported under the same name (the same
            graph, ``graph/import/<stem>``), instead of refusing.

    Returns:
        An :class:`Imported` (where the file went, its named graph, how many triples, the build,
        warnings such as ``owl:imports`` left out).

    Raises:
        ImportError_: unknown format, unparsable file, a reference to another document, a
        different file of the same name already imported (without ``replace``), or a failed
        build (the file is then removed again, a replaced one put back).
    """
    from ickg.pipeline import publish

    source = Path(file)
    if not source.is_file():
        raise ImportError_(f"{source}: not a regular file")
    if not _SAFE_STEM.fullmatch(source.stem):
        raise ImportError_(f"{source}: the name {source.stem!r} would name the graph graph/import/"
                           f"{source.stem}; use letters, digits, '.', '_', '-' and '~' only")
    graph = parse_import(source)
    target = publish.imports_dir(data_dir) / (source.stem + source.suffix.lower())
    content = source.read_bytes()
    taken = [p for p in publish.import_paths(data_dir) if p.stem == source.stem]
    if taken == [target] and target.read_bytes() == content:
        taken = []  # the same file again: just rebuild
    elif taken and not replace:
        names = ", ".join(f"imports/{p.name}" for p in taken)
        raise ImportError_(f"{source}: {names} already holds a different file for graph/import/"
                           f"{source.stem}; use --replace to replace it")
    result = Imported(target, str(IMPORT_GRAPH[source.stem]), len(graph))
    result.warnings = [unresolved_message(iri) for iri in _unresolved_with(graph, data_dir, taken)]

    # The new file, and the removal of one it replaces under another suffix, are committed with
    # the store the build makes from them, under the data directory's lock (ickg.datadir): a
    # failed or killed import leaves imports/ and the store as they were.
    add = {f"imports/{target.name}": content}
    remove = [f"imports/{p.name}" for p in taken if p != target]
    if not build:
        from ickg import datadir

        with datadir.exclusive(data_dir, "import"), datadir.Change(data_dir) as change:
            change.add_input(*next(iter(add.items())))
            for relative in remove:
                change.remove_input(relative)
            change.commit()
        return result
    try:
        result.build = publish.publish(data_dir, add=add, remove=remove, command="import")
    except publish.BuildError as error:
        raise ImportError_(f"{source}: the build with it failed, nothing changed: {error}") from error
    except Exception as error:  # noqa: BLE001 - any failure of the build is reported in one line
        message = " ".join(str(error).split()) or type(error).__name__
        raise ImportError_(f"{source}: the build with it failed, nothing changed: "
                           f"{type(error).__name__}: {message}") from error
    return result


def _unresolved_with(graph, data_dir, replaced):
    """:func:`unresolved_imports` of ``graph``, among the ontology and the other imports."""
    from ickg.pipeline import publish
    from ickg.resources import ontology_graph

    missing = unresolved_imports(graph, also_present=ontology_graph())
    if not missing:
        return []
    others = []
    for path in publish.import_paths(data_dir):
        if path in replaced:
            continue
        try:
            others += parse_import(path).triples((None, None, None))
        except ImportError_:
            continue  # the build will say so
    return [iri for iri in missing if iri not in _declared(others)]
