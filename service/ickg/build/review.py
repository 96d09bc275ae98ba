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
from typing import Any, Iterator

from ickg.build import datadir
from ickg.build.paths import corpus_dir, corpus_paths, curation_dir
from ickg.curate.proposals import Proposal
from ickg.curate.review import (Decision, Edits, ReviewError, StoreTriples, accept, find_document, is_closed,
                                pending_proposals, read_record, reject)

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


def decide(data_dir: str | os.PathLike[str], document: str, proposal_id: str, action: str, *,
           edits: Edits | None = None, reason: str = "") -> Decision:
    """Accept, edit or reject one pending proposal of ``document``, under the data directory's lock.

    Raises:
        ReviewError: no such document or pending proposal, or the curation checks refuse the
            statement (nothing is written).
    """
    if action not in ACTIONS:
        raise ReviewError(f"{action!r} is not a review action ({', '.join(ACTIONS)})")
    data_dir = Path(data_dir)
    with datadir.exclusive(data_dir, "review"):
        (record, proposals), = pending_in(data_dir, document)
        chosen = next((p for p in proposals if p.id == proposal_id), None)
        if chosen is None:
            if is_closed(curation_dir(data_dir), record.stem):
                raise ReviewError(f"{record.file_name}: its curation file was written by hand, so the "
                                  "document has no proposals to review")
            raise ReviewError(f"{record.file_name}: no pending proposal {proposal_id} "
                              "(decided already, or not proposed: list them with 'ickg review DOCUMENT')")
        if action == "reject":
            return reject(record, chosen, curation_dir(data_dir), reason=reason)
        return accept(record, chosen, curation_dir(data_dir), edits=edits if action == "edit" else None)


__all__ = ["ACTIONS", "Decision", "Edits", "ReviewError", "decide", "pending_in"]
