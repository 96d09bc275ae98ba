"""Where a data directory keeps what: the inputs a build reads and the outputs it writes.

::

    corpus/        the documents, as received (``.txt``, ``.html``, ``.xml``, ``.pdf``)
    curation/      hand-written statements, one file per document (``<stem>.txt``)
    imports/       RDF and OWL files ``ickg import`` added, one named graph each
    release/       the release files of the last build
    build/         the store (``build/store/``), the lock, the staging area and the journal,
                   and the ontology's N-Triples kept for the next command (``build/ontology/``;
                   HermiT's reports are kept in the user's cache, :func:`ickg.reason.dl.reports_dir`)
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rdflib import URIRef

# The two functions that need rdflib import what they use when called: the commands that only
# read a data directory (``ickg query``, ``serve``, ``explain``) reach this module through
# ickg.build.datadir, and rdflib (with ickg.namespaces) was a tenth of a second of their start.

DOCUMENT_SUFFIXES = (".txt", ".html", ".htm", ".xml", ".pdf")   # ickg.extract.readers reads each


def build_dir(data_dir) -> Path:
    return Path(data_dir) / "build"


def ontology_kept_dir(data_dir) -> Path:
    """Where the ontology's N-Triples are kept between commands (:func:`ickg.resources.keep_ontology_in`)."""
    return build_dir(data_dir) / "ontology"


def corpus_dir(data_dir) -> Path:
    return Path(data_dir) / "corpus"


def curation_dir(data_dir) -> Path:
    return Path(data_dir) / "curation"


def imports_dir(data_dir) -> Path:
    return Path(data_dir) / "imports"


def release_dir(data_dir) -> Path:
    return Path(data_dir) / "release"


def corpus_paths(data_dir) -> list[Path]:
    """The corpus documents in a stable order (by file name)."""
    folder = corpus_dir(data_dir)
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix in DOCUMENT_SUFFIXES and p.is_file())


def import_paths(data_dir) -> list[Path]:
    from ickg.extract.rdf import IMPORT_SUFFIXES

    folder = imports_dir(data_dir)
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix in IMPORT_SUFFIXES and p.is_file())


def import_graph_name(path) -> URIRef:
    """The named graph of an imported file: ``graph/import/<file stem>``."""
    from ickg.namespaces import IMPORT_GRAPH

    return IMPORT_GRAPH[Path(path).stem]
