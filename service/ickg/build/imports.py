"""``ickg import FILE``: bring another ontology or data set into the graph, and under reasoning.

An imported file keeps its own named graph, ``graph/import/<file stem>``, so it can be queried,
replaced or dropped on its own. It lives in the data directory's ``imports/`` folder, which the
build (:mod:`ickg.build.publish`) reads on every run; reasoning covers the ontology, asserted
and imported graphs together (:func:`ickg.reason.materialise.reasoning_graphs`), so an imported
ontology's axioms apply to ickg's data and ickg's to the imported data, and nothing in the engine
is specific to health care.

**Nothing is fetched.** An import is read from its file and nowhere else (:func:`ickg.extract.rdf.parse_import`,
which the build uses too): a JSON-LD ``@context`` (or ``@import``) that names another document
and an RDF/XML external entity are refused with a message, since following them would mean a
network connection (or a read of some other local file) decided by the file's author; and every
parse runs under :func:`ickg.offline.no_network`, which makes any connection attempt fail, so a way to fetch
that this module does not know of fails too instead of connecting. ``owl:imports`` is not
followed either: an imported ontology's own imports are whatever else was imported into
``imports/``; the ones that are not are named by :func:`ickg.reason.imports.unresolved_imports` (a warning) and left
out, and HermiT is handed the graph without them (:mod:`ickg.reason.dl`).

If the build with the new file fails (a parse error, an inconsistency, anything), the file is
taken out again (a replaced file put back) and the store left as it was. A file whose name is
taken by a different one is refused unless ``replace=True`` (``ickg import --replace``).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from ickg.build import datadir
from ickg.build.paths import import_paths, imports_dir
from ickg.build.publish import publish
from ickg.build.stages import BuildError
from ickg.extract.rdf import ImportError_, parse_import
from ickg.namespaces import IMPORT_GRAPH
from ickg.reason.imports import declared_ontologies, unresolved_imports, unresolved_message
from ickg.resources import ontology_graph


@dataclass
class Imported:
    path: Path
    graph: str
    triples: int
    build: object = None
    warnings: list = field(default_factory=list)


# ---------------------------------------------------------------------------------------------
# ickg import

# An import's file stem names its graph (graph/import/<stem>), so it must be a safe IRI segment.
_SAFE_STEM = re.compile(r"[A-Za-z0-9][A-Za-z0-9._~-]{0,127}")


def import_file(data_dir: str | os.PathLike[str], file: str | os.PathLike[str], *, build: bool = True,
                replace: bool = False) -> Imported:
    """Copy ``file`` into ``data_dir/imports/`` and (by default) rebuild the store with it.

    Args:
        data_dir: the data directory.
        file: an RDF or OWL file (.ttl, .nt, .nq, .trig, .owl/.rdf/.xml (RDF/XML), .jsonld, .n3).
        build: rebuild the store (:func:`ickg.build.publish.publish`) right away.
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
    source = Path(file)
    if not source.is_file():
        raise ImportError_(f"{source}: not a regular file")
    if not _SAFE_STEM.fullmatch(source.stem):
        raise ImportError_(f"{source}: the name {source.stem!r} would name the graph graph/import/"
                           f"{source.stem}; use letters, digits, '.', '_', '-' and '~' only")
    graph = parse_import(source)
    target = imports_dir(data_dir) / (source.stem + source.suffix.lower())
    content = source.read_bytes()
    taken = [p for p in import_paths(data_dir) if p.stem == source.stem]
    if taken == [target] and target.read_bytes() == content:
        taken = []  # the same file again: just rebuild
    elif taken and not replace:
        names = ", ".join(f"imports/{p.name}" for p in taken)
        raise ImportError_(f"{source}: {names} already holds a different file for graph/import/"
                           f"{source.stem}; use --replace to replace it")
    result = Imported(target, str(IMPORT_GRAPH[source.stem]), len(graph))
    result.warnings = [unresolved_message(iri) for iri in _unresolved_with(graph, data_dir, taken)]

    # The new file, and the removal of one it replaces under another suffix, are committed with
    # the store the build makes from them, under the data directory's lock (ickg.build.datadir): a
    # failed or killed import leaves imports/ and the store as they were.
    add = {f"imports/{target.name}": content}
    remove = [f"imports/{p.name}" for p in taken if p != target]
    if not build:
        with datadir.exclusive(data_dir, "import"), datadir.Change(data_dir) as change:
            change.add_input(*next(iter(add.items())))
            for relative in remove:
                change.remove_input(relative)
            change.commit()
        return result
    try:
        result.build = publish(data_dir, add=add, remove=remove, command="import")
    except BuildError as error:
        raise ImportError_(f"{source}: the build with it failed, nothing changed: {error}") from error
    except Exception as error:  # noqa: BLE001 - any failure of the build is reported in one line
        message = " ".join(str(error).split()) or type(error).__name__
        raise ImportError_(f"{source}: the build with it failed, nothing changed: "
                           f"{type(error).__name__}: {message}") from error
    return result


def _unresolved_with(graph, data_dir, replaced):
    """:func:`unresolved_imports` of ``graph``, among the ontology and the other imports."""

    missing = unresolved_imports(graph, also_present=ontology_graph())
    if not missing:
        return []
    others = []
    for path in import_paths(data_dir):
        if path in replaced:
            continue
        try:
            others += parse_import(path).triples((None, None, None))
        except ImportError_:
            continue  # the build will say so
    return [iri for iri in missing if iri not in declared_ontologies(others)]
