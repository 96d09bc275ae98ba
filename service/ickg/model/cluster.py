"""Extraction and population as Dask tasks, for corpora one machine cannot get through.

``ickg build --dask SCHEDULER_ADDRESS`` (``pip install 'ickg[dask]'``) hands the documents to a
Dask cluster in shards of ``shard_docs`` documents. A task gets its shard's file names and bytes
(workers need not see the data directory), extracts and populates each document exactly as a
local worker process does (:func:`ickg.model.populate.record_text`), and returns the shard's
N-Quads text (mentions and provenance) with, per document, the record, the asserted quads and
the reified statements. The client appends each shard's text to the build's spool, the file the
store's bulk loader takes, and the rest of the build (curation, imports, validation, reasoning
once over the whole graph, release, store) goes on as after a local extraction: the result is the
same dataset.

Why shards and a window
    One task per document would cost the scheduler more than the work (a document takes 10 ms);
    shards of a few dozen documents keep each task around a second. At most ``window`` shards
    are in flight, so the client holds a bounded number of document bytes and results whatever
    the corpus size.
"""

from __future__ import annotations

import os
import socket
import tempfile
from pathlib import Path

SHARD_DOCS = 32
CONNECT_TIMEOUT = 15  # seconds to reach the scheduler
FIRST_TRY = 1  # seconds of the first attempt; a port that refuses connections after it is an error at once


class ClusterUnavailable(RuntimeError):
    """The Dask scheduler cannot be reached (the message names its address), or Dask is not installed."""


def _populate_shard(documents: list[tuple[str, bytes, bool]]):
    """On a worker: ``[(file name, bytes, keep)]`` -> ``([Populated], shard N-Quads bytes)``."""
    from ickg.extract.document import extract
    from ickg.extract.lexicon import default_lexicon
    from ickg.model.populate import Populated, publication_iri, record_text

    default_lexicon()
    done, text = [], []
    with tempfile.TemporaryDirectory(prefix="ickg-shard-") as folder:
        for name, data, keep in documents:
            path = Path(folder) / name
            path.write_bytes(data)
            record = extract(path)
            out = record_text(record)
            item = Populated(record.stem, publication_iri(record), record, out.asserted_text, out.statements,
                             out.counts)
            if keep:
                item.text = out.text
            elif out.text:
                text.append(out.text)
            path.unlink()
            done.append(item)
    return done, "".join(text).encode("utf-8")


def _connect(scheduler: str):
    """A ``distributed.Client`` of the scheduler at ``scheduler``, or :class:`ClusterUnavailable`.

    Dask retries a refused connection until its timeout (the scheduler may be starting), which
    made a mistyped port cost the whole :data:`CONNECT_TIMEOUT`. So the first attempt gets
    :data:`FIRST_TRY` seconds; if it fails and the scheduler's TCP port refuses a connection
    now, nothing is listening there and the error comes at once. Otherwise (a slow network, a
    scheduler just coming up) the client tries again for the full :data:`CONNECT_TIMEOUT`.
    """
    from distributed import Client

    def message(reason: BaseException | str) -> str:
        text = reason if isinstance(reason, str) else " ".join(str(reason).split()) or type(reason).__name__
        return f"cannot reach the Dask scheduler at {scheduler}: {text}"

    try:
        return Client(scheduler, set_as_default=False, timeout=FIRST_TRY)
    except (OSError, TimeoutError):
        refused = _refusal(scheduler)
        if refused is not None:
            raise ClusterUnavailable(message(refused)) from None
    try:
        return Client(scheduler, set_as_default=False, timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError) as err:
        raise ClusterUnavailable(message(err)) from None


def _refusal(scheduler: str) -> str | None:
    """Why the TCP address ``scheduler`` refuses connections now (``connection refused``), or None:
    it accepted one, did not answer in time, or is not a plain TCP address (left to the client)."""
    from distributed.comm.addressing import parse_address, parse_host_port

    try:
        scheme, location = parse_address(scheduler)
        if scheme != "tcp":
            return None
        host, port = parse_host_port(location)
        with socket.create_connection((host, port), timeout=FIRST_TRY):
            return None
    except ConnectionRefusedError:
        return "connection refused"
    except (OSError, ValueError, TypeError):
        return None


def populate_on_dask(paths, spool, *, keep=(), scheduler, shard_docs: int = SHARD_DOCS, window: int | None = None):
    """:func:`ickg.model.populate.populate_many`'s contract, on the Dask cluster at ``scheduler``.

    Args:
        scheduler: the scheduler's address (``tcp://host:8786``) or a ``distributed.Client``.
        shard_docs: documents per task.
        window: shards in flight at once (default: twice the cluster's worker threads).

    Returns:
        One :class:`~ickg.model.populate.Populated` per path, in the order of ``paths``.

    Raises:
        ClusterUnavailable: the scheduler cannot be reached, or Dask is not installed (the message
            says how to install it).
        DocumentError: the first document that cannot be read (from the worker that tried).
    """
    try:
        from distributed import Client, as_completed
    except ImportError:
        raise ClusterUnavailable("--dask needs Dask's distributed scheduler: pip install 'ickg[dask]'") from None
    keep = frozenset(keep)
    paths = [Path(p) for p in paths]
    shards = [paths[i:i + shard_docs] for i in range(0, len(paths), shard_docs)]
    own_client = not isinstance(scheduler, Client)
    client = _connect(scheduler) if own_client else scheduler
    try:
        if window is None:
            window = max(2, 2 * sum(client.nthreads().values()))
        results = [None] * len(shards)
        pending = iter(enumerate(shards))
        index_of = {}

        def submit(index, shard):
            documents = [(p.name, p.read_bytes(), p.stem in keep) for p in shard]
            future = client.submit(_populate_shard, documents, pure=False, key=f"ickg-shard-{os.getpid()}-{index}")
            index_of[future.key] = index
            return future

        first = [submit(i, shard) for i, shard in (item for _, item in zip(range(window), pending))]
        running = as_completed(first, loop=client.loop)
        with open(spool, "ab") as out:
            for future in running:
                done, text = future.result()
                results[index_of.pop(future.key)] = done
                out.write(text)
                future.release()
                following = next(pending, None)
                if following is not None:
                    running.add(submit(*following))
    finally:
        if own_client:
            client.close()
    return [item for shard in results for item in shard]
