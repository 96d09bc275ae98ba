"""Ingest: new documents join the corpus only if the whole build with them succeeds."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from ickg.build import datadir
from ickg.build.paths import DOCUMENT_SUFFIXES, corpus_paths
from ickg.build.publish import publish
from ickg.build.stages import Build, BuildError
from ickg.namespaces import ASSERTED_GRAPH, ONTOLOGY_GRAPH


@dataclass
class Ingested:
    """One document that joined the corpus, with what a curator should look at."""

    path: Path
    record: object
    candidates: list


def read_incoming(file: str | os.PathLike[str]) -> tuple[str, str]:
    """The text and SHA-256 of a file offered to ``ickg ingest``, or a :class:`BuildError` why not.

    Refused: another suffix than ``.txt``; a symbolic link, a directory, a FIFO or a device; an
    empty, binary, non-UTF-8 or over-20-MB file; control characters other than tab, line feed,
    carriage return and form feed anywhere (:func:`ickg.extract.document.read_document`).
    """
    from ickg.extract import document

    file = Path(file)
    if file.suffix not in DOCUMENT_SUFFIXES:
        raise BuildError(f"ingest: {file}: only {', '.join(DOCUMENT_SUFFIXES)} documents can be ingested")
    if file.name.startswith("."):
        raise BuildError(f"ingest: {file}: a hidden file name; rename the file")
    try:
        file.name.encode("utf-8")
    except UnicodeEncodeError:
        raise BuildError(f"ingest: {file!s}: the file name is not UTF-8; rename the file") from None
    try:
        return document.read_document(file, follow_symlinks=False)
    except document.DocumentError as error:
        raise BuildError(f"ingest: {error}") from error


def ingest(data_dir: str | os.PathLike[str], files: Iterable[str | os.PathLike[str]], *,
           store_url: str | None = None, gsp_url: str | None = None, store_credentials: str | None = None,
           processes: int | None = None, release: bool = False) -> list[Ingested]:
    """Add documents to the corpus and rebuild; return an :class:`Ingested` per new document.

    The new files are checked (:func:`read_incoming`), refused if their content is already in
    the corpus (under any name) or their name is taken, and built together with the corpus;
    the corpus files, the release and the store change in one commit (:func:`publish`), or not
    at all. The checks against the corpus run under the data directory's lock, so two ingests
    started together run one after the other: both documents land, and the same content under
    two names is refused the second time.

    Raises:
        BuildError: naming the file and the reason.
    """
    data_dir = Path(data_dir)
    incoming = {}
    for file in files:
        _, digest = read_incoming(file)
        data = Path(file).read_bytes()  # the document as received (a PDF stays a PDF), as checked:
        if hashlib.sha256(data).hexdigest() != digest:
            raise BuildError(f"ingest: {file}: the file changed while it was read; try again")
        incoming[Path(file)] = (data, digest)
    with datadir.exclusive(data_dir, "ingest"):
        known = {hashlib.sha256(p.read_bytes()).hexdigest(): p.name for p in corpus_paths(data_dir)}
        taken = {p.name for p in corpus_paths(data_dir)}
        add = {}
        for file, (data, digest) in incoming.items():
            if digest in known:
                raise BuildError(f"ingest: {file}: already ingested as corpus/{known[digest]}")
            if file.name in taken:
                raise BuildError(f"ingest: {file}: corpus/{file.name} exists with other content; rename the file")
            known[digest] = file.name
            taken.add(file.name)
            add[f"corpus/{file.name}"] = data
        build = publish(data_dir, store_url=store_url, gsp_url=gsp_url, processes=processes, add=add,
                        release=release, command="ingest", store_credentials=store_credentials,
                        keep_records=[file.name for file in incoming])
    labels = known_labels(build)
    new_names = {file.name for file in incoming}
    added = []
    for record in build.records:
        if record.file_name in new_names:
            candidates = [c for c in record.candidates if c.label.casefold() not in labels]
            added.append(Ingested(data_dir / "corpus" / record.file_name, record, candidates))
    return added


def known_labels(build: Build) -> set[str]:
    """Case-folded labels of everything the asserted graph names (not to be proposed again)."""
    from rdflib.namespace import RDFS, SKOS

    wanted = {RDFS.label, SKOS.prefLabel, SKOS.altLabel}
    return {str(o).casefold() for s, p, o, g in build._memory  # always there, even in a bulk build
            if p in wanted and g in (ASSERTED_GRAPH, ONTOLOGY_GRAPH)}
