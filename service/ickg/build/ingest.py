"""Ingest and remove: documents join (or leave) the corpus only if the build with them succeeds.

A local store whose live version has a support index changes by the documents alone
(:func:`ickg.build.delta.apply_delta`): the same dataset as a full build, for work proportional
to the documents. ``--release``, a remote store (``--store-url``: a delta cannot be sent there as
one atomic change) and a version without an index take the full build (:func:`publish`).
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from ickg.build import datadir
from ickg.build.paths import DOCUMENT_SUFFIXES, corpus_dir, corpus_paths, curation_dir
from ickg.build.publish import publish
from ickg.build.stages import Build, BuildError


@dataclass
class Ingested:
    """One document that joined the corpus, with what a curator should look at."""

    path: Path
    record: object
    candidates: list
    proposed: int | None = None  # proposals to review, when the ingest counted them (incremental)


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
           processes: int | None = None, release: bool = False, replace: bool = False) -> list[Ingested]:
    """Add documents to the corpus and rebuild; return an :class:`Ingested` per new document.

    The new files are checked (:func:`read_incoming`), refused if their content is already in
    the corpus (under any name) or their name is taken, and built together with the corpus;
    the corpus files, the release and the store change in one commit (:func:`publish`), or not
    at all. The checks against the corpus run under the data directory's lock, so two ingests
    started together run one after the other: both documents land, and the same content under
    two names is refused the second time. With ``replace``, a file whose name is in the corpus
    replaces it (re-ingest of a changed document): what only the old text stated goes.

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
        present = corpus_paths(data_dir)  # listed and sorted once (10,000 paths: a second each time)
        known = _same_content(present, {len(data) for data, _ in incoming.values()})
        taken = {p.name for p in present}
        stems = {p.stem: p.name for p in present}
        add = {}
        for file, (data, digest) in incoming.items():
            if digest in known:
                raise BuildError(f"ingest: {file}: already ingested as corpus/{known[digest]}")
            if file.name in taken and not (replace and f"corpus/{file.name}" not in add):
                raise BuildError(f"ingest: {file}: corpus/{file.name} exists with other content; rename the file"
                                 " (or give --replace to replace it)")
            if stems.get(file.stem, file.name) != file.name:
                raise BuildError(f"ingest: {file}: corpus/{stems[file.stem]} has the same name before its "
                                 "suffix (the document's IRI); rename the file")
            known[digest] = file.name
            taken.add(file.name)
            stems[file.stem] = file.name
            add[f"corpus/{file.name}"] = data
        records, proposed = None, {}
        if not (release or store_url or gsp_url):
            from ickg.build.delta import apply_delta

            done = apply_delta(data_dir, add=add, command="ingest", processes=processes)
            if done is not None:
                records, labels, proposed = done.records, done.labels, done.proposed
        if records is None:
            local = not (release or store_url or gsp_url)  # the delta was tried: its full build keeps the setting
            build = publish(data_dir, store_url=store_url, gsp_url=gsp_url, processes=processes, add=add,
                            release=release, command="ingest", store_credentials=store_credentials,
                            keep_records=[file.name for file in incoming], dl=live_dl(data_dir) if local else True)
            records, labels = build.records, known_labels(build)
    new_names = {file.name for file in incoming}
    added = []
    for record in records:
        if record.file_name in new_names:
            candidates = [c for c in record.candidates if c.label.casefold() not in labels]
            added.append(Ingested(data_dir / "corpus" / record.file_name, record, candidates,
                                  proposed.get(record.stem)))
    return added


def live_dl(data_dir: str | os.PathLike[str]) -> bool:
    """The live store version's HermiT setting, for the full build an ingest or a remove falls back
    to when the delta cannot serve (the ontology or the rules changed): a ``--no-dl`` build stays so,
    as the delta keeps it (``ickg ingest`` has no ``--no-dl`` of its own). True when there is no live
    version or it records no setting."""
    from ickg.reason import statefile
    from ickg.reason.materialise import CLOSURE_NAME
    from ickg.store import current_version, store_dir

    root = store_dir(data_dir)
    live = current_version(root)
    if live is None:
        return True
    try:
        kept = statefile.read_fields(root / live / CLOSURE_NAME).get("dl")
    except (OSError, statefile.StateFileError):
        return True
    return kept if isinstance(kept, bool) else True


def _same_content(present: list[Path], sizes: set[int]) -> dict[str, str]:
    """SHA-256 -> corpus file name, for the corpus files of one of these ``sizes`` (in bytes):
    a file with the same content as an incoming one has its size, so only those are read and
    hashed, not the whole corpus (0.1 CPU-s at 10,000 documents, and reading every file)."""
    known = {}
    for path in present:
        if path.stat().st_size in sizes:
            known[hashlib.sha256(path.read_bytes()).hexdigest()] = path.name
    return known


def known_labels(build: Build) -> set[str]:
    """Case-folded labels of everything the asserted graph names (not to be proposed again): a
    build given ``keep_records`` collects them before it lets go of its asserted quads."""
    return build.known_labels


def remove(data_dir: str | os.PathLike[str], documents: Iterable[str], *, processes: int | None = None) -> list[str]:
    """Take documents out of the corpus and the store: what only they stated goes (their mentions
    and provenance, the asserted triples no other document or curation states, the inferences
    that no longer follow), in one commit. ``documents``: corpus file names (or stems) or
    document IRIs. Returns the corpus file names removed.

    Raises:
        BuildError: naming the document: not in the corpus, or curated (its curation file would
            have no document).
    """
    from ickg.curate.fileformat import CURATION_SUFFIX
    from ickg.mint import document_iri

    data_dir = Path(data_dir)
    with datadir.exclusive(data_dir, "remove"):
        paths = corpus_paths(data_dir)
        by_key: dict[str, Path] = {}
        for path in paths:
            for key in (path.name, path.stem, str(document_iri(path.stem))):
                by_key.setdefault(key, path)
        names = []
        for document in documents:
            found = by_key.get(document) or by_key.get(document.strip("<>"))
            if found is None:
                raise BuildError(f"remove: {document}: no such document in {corpus_dir(data_dir)} "
                                 "(give a corpus file name or a document IRI)")
            curation = curation_dir(data_dir) / f"{found.stem}{CURATION_SUFFIX}"
            if curation.is_file():
                raise BuildError(f"remove: {document}: curation/{curation.name} is about it; "
                                 "move that curation file away first")
            if found.name not in names:
                names.append(found.name)
        if len(names) == len(paths):
            raise BuildError("remove: that would leave the corpus empty")
        relative = [f"corpus/{name}" for name in names]
        from ickg.build.delta import apply_delta

        if apply_delta(data_dir, remove=relative, command="remove", processes=processes) is None:
            publish(data_dir, remove=relative, processes=processes, release=False, command="remove",
                    dl=live_dl(data_dir))
    return names
