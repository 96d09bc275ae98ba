"""RDF and OWL files read from the file alone: what ``ickg import`` accepts and the build reads.

**Nothing is fetched.** A JSON-LD ``@context`` (or ``@import``) that names another document and
an RDF/XML external entity are refused with a message, since following them would mean a
network connection (or a read of some other local file) decided by the file's author; and every
parse runs under :func:`ickg.offline.no_network`, which makes any connection attempt fail.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from rdflib import Graph

from ickg.extract.regex import lazy_compile
from ickg.offline import no_network

# What an import file may be, by suffix: rdflib's parser name.
IMPORT_SUFFIXES = {".ttl": "turtle", ".nt": "nt", ".nq": "nquads", ".trig": "trig",
                   ".owl": "xml", ".rdf": "xml", ".xml": "xml", ".jsonld": "json-ld",
                   ".n3": "n3"}


class ImportError_(RuntimeError):
    """The file could not be imported; the message says why. Nothing was changed."""



def import_format(path) -> str | None:
    """rdflib's parser name for an import file, from its suffix (None: not an import format)."""
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
_EXTERNAL_ENTITY = lazy_compile(rb"<!ENTITY\s+%?\s*[^\s>]+\s+(SYSTEM|PUBLIC)\b")


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
