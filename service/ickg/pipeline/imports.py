"""``ickg import FILE``: bring another ontology or data set into the graph, and under reasoning.

An imported file keeps its own named graph, ``graph/import/<file stem>``, so it can be queried,
replaced or dropped on its own. It lives in the data directory's ``imports/`` folder, which the
build (:mod:`ickg.pipeline.publish`) reads on every run; reasoning covers the ontology, asserted
and imported graphs together (:func:`ickg.pipeline.reason.reasoning_graphs`), so an imported
ontology's axioms apply to ickg's data and ickg's to the imported data, and nothing in the engine
is specific to health care.

If the build with the new file fails (a parse error, an inconsistency), the file is taken out
again and the store left as it was.
"""

from dataclasses import dataclass
from pathlib import Path
import shutil

from rdflib import Graph

from ickg.namespaces import IMPORT_GRAPH


class ImportError_(RuntimeError):
    """The file could not be imported; the message says why. Nothing was changed."""


@dataclass
class Imported:
    path: Path
    graph: str
    triples: int
    build: object = None


def import_file(data_dir, file, *, build=True):
    """Copy ``file`` into ``data_dir/imports/`` and (by default) rebuild the store with it.

    Args:
        data_dir: the data directory.
        file: an RDF or OWL file (.ttl, .nt, .nq, .trig, .owl/.rdf/.xml (RDF/XML), .jsonld, .n3).
        build: rebuild the store (:func:`ickg.pipeline.publish.publish`) right away.

    Returns:
        An :class:`Imported` (where the file went, its named graph, how many triples, the build).

    Raises:
        ImportError_: unknown format, unparsable file, a different file of the same name already
        imported, or a failed build (the file is then removed again).
    """
    from ickg.pipeline import publish

    source = Path(file)
    fmt = publish.IMPORT_SUFFIXES.get(source.suffix.lower())
    if fmt is None:
        raise ImportError_(f"{source}: unknown RDF format (use one of "
                           f"{', '.join(sorted(publish.IMPORT_SUFFIXES))})")
    graph = Graph()
    try:
        graph.parse(str(source), format=fmt)
    except Exception as error:  # rdflib's parsers raise many unrelated types
        raise ImportError_(f"{source}: not parsable as {fmt}: {error}") from error
    folder = publish.imports_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / source.name
    replaced = None
    if target.exists():
        if target.read_bytes() == source.read_bytes():
            pass  # the same file again: just rebuild
        else:
            replaced = target.read_bytes()
    if source.resolve() != target.resolve():
        shutil.copyfile(source, target)
    result = Imported(target, str(IMPORT_GRAPH[target.stem]), len(graph))
    if build:
        try:
            result.build = publish.publish(data_dir)
        except publish.BuildError as error:
            if replaced is not None:
                target.write_bytes(replaced)
            else:
                target.unlink()
            raise ImportError_(f"{source}: the build with it failed, nothing changed: {error}") from error
    return result
