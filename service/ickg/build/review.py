"""Review over a data directory: the proposals still to decide, and decisions taken under its lock.

What ``ickg review`` and the document page's review form share: the documents of ``corpus/``,
each proposal as the last build would have proposed it (:mod:`ickg.curate.proposals`, less what
the built store asserts already and what ``curation/`` has decided), and the decision written by
:mod:`ickg.curate.review` while no build or ingest runs. A decision changes only the curation
file; the next ``ickg build`` makes accepted statements facts.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from ickg.build import datadir
from ickg.build.paths import corpus_dir, corpus_paths, curation_dir
from ickg.curate.proposals import Proposal
from ickg.curate.review import (Decision, Edits, Review, ReviewError, StoreTriples, find_document, is_closed,
                                pending_proposals, read_record)

ACTIONS = ("accept", "edit", "reject")


@contextlib.contextmanager
def _asserted(data_dir: Path) -> Iterator[Any]:
    """What the built store asserts (an empty set before the first build)."""
    from ickg.store import current_version, open_local, store_dir

    root = store_dir(data_dir)
    if current_version(root) is None:
        yield frozenset()
        return
    store = open_local(root, workers=1)
    try:
        yield StoreTriples(store)
    finally:
        store.close()


def pending_in(data_dir: str | os.PathLike[str], document: str | None = None) -> list[tuple[Any, list[Proposal]]]:
    """(record, proposals to review) for ``document`` (a corpus file name or stem) or for every
    document open to proposals, in corpus order.

    Raises:
        ReviewError: ``document`` is not in the corpus, or cannot be read.
    """
    data_dir = Path(data_dir)
    if document is not None:
        paths = [find_document(corpus_dir(data_dir), document)]
    else:
        paths = [p for p in corpus_paths(data_dir) if not is_closed(curation_dir(data_dir), p.stem)]
    out = []
    with _asserted(data_dir) as asserted:
        for path in paths:
            record = read_record(path)
            out.append((record, pending_proposals(record, curation_dir(data_dir), asserted)))
    return out


def decide(data_dir: str | os.PathLike[str], document: str, actions: Iterable[tuple[str, str]], *,
           edits: Edits | None = None, reason: str = "") -> list[Decision]:
    """Take ``actions`` ((action, proposal id) pairs: accept, edit or reject) on the pending
    proposals of ``document`` together, under the data directory's lock: the curation file gets
    all of them or, if any is refused, none. ``edits`` go with the ``edit`` actions, ``reason``
    with the ``reject`` ones.

    Accepted statements pass the curation builder's checks and then the SHACL shapes over what
    the document's extraction and curation file state together, so a decision never leaves a
    curation file that the next build refuses (a program accepted without its place, say).

    Raises:
        ReviewError: no such document or pending proposal, or a check refuses (nothing written).
    """
    actions = list(actions)
    for action, _ in actions:
        if action not in ACTIONS:
            raise ReviewError(f"{action!r} is not a review action ({', '.join(ACTIONS)})")
    data_dir = Path(data_dir)
    with datadir.exclusive(data_dir, "review"):
        (record, proposals), = pending_in(data_dir, document)
        by_id = {p.id: p for p in proposals}
        review = Review(record, curation_dir(data_dir))
        for action, proposal_id in actions:
            chosen = by_id.pop(proposal_id, None)
            if chosen is None:
                if is_closed(curation_dir(data_dir), record.stem):
                    raise ReviewError(f"{record.file_name}: its curation file was written by hand, so the "
                                      "document has no proposals to review")
                raise ReviewError(f"{record.file_name}: no pending proposal {proposal_id} (decided already, "
                                  "named twice, or not proposed: list them with 'ickg review DOCUMENT')")
            if action == "reject":
                review.reject(chosen, reason)
            else:
                review.accept(chosen, edits if action == "edit" else None)
        needs_shapes = any(action != "reject" for action, _ in actions)
        return review.save(check=_shapes_check(record) if needs_shapes else None)


def _shapes_check(record: Any) -> Callable[[Any], None]:
    """The SHACL shapes over the document's own extracted quads and its curation file's."""
    def check(curated: Any) -> None:
        from rdflib import Dataset

        from ickg.model.populate import record_quads
        from ickg.validate import shacl

        dataset = Dataset()
        for s, p, o, g in record_quads(record):
            dataset.graph(g).add((s, p, o))
        for quad in curated.quads((None, None, None, None)):
            dataset.add(quad)
        report = shacl.validate(dataset, documents={str(record.iri): record.text})
        if not report.conforms:
            raise ReviewError(f"{record.file_name}: the next build would refuse these statements:\n"
                              f"{report.text()}\n(accept the statements they need too, in the same review: "
                              "a program's place, a recommendation's addressee)")
    return check


__all__ = ["ACTIONS", "Decision", "Edits", "ReviewError", "decide", "pending_in"]
