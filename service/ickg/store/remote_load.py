"""Loading a dataset into a remote store in bounded batches, resumably, or with the store's bulk loader.

Why batches
    The old loader held the whole dataset in memory and sent each graph in one PUT. Oxigraph's
    ``/store`` is transactional, so one large body costs the server many times its size in RAM,
    and Virtuoso's maintainers steer large loads to its bulk loader. Here the source (an N-Quads
    file, normally the build's spool) is parsed as a stream and sent in batches of at most
    ``batch_quads`` quads: N-Quads POSTed to Oxigraph's ``/store`` (its bulk-load path,
    ``?no_transaction``, for batches without blank nodes), N-Triples per graph POSTed through
    the Graph Store Protocol to any other store. Each graph of the source first replaces the
    store's graph of that name (a GSP DELETE before its first batch); other graphs are left alone.

Blank nodes
    A blank-node label means one node within one request only. So the quads that mention blank
    nodes are set aside (on disk) and sent after the others, each connected group of them in one
    batch (a group larger than a batch goes alone), and such batches are always transactional.

Retries and resuming
    A batch that fails on the way (connection refused or reset, timeout, 429/502/503/504) is sent
    again after 0.5, 1, 2, 4... seconds, ``retries`` times. Sending a batch twice is harmless: the
    store holds sets of quads, and blank-node batches are atomic. A load that still fails leaves a
    state file (``state_path``) saying which dataset it was loading (:func:`source_digest`), where
    to and how far it got, and a copy of the source beside it; the next load of the same dataset
    to the same store (the next build of the same data: its spool may list the quads in another
    order) sends the batches still to send from that copy.

The store's own bulk loader
    Virtuoso on this machine (a loopback URL, ``isql-vt`` installed, a login): the batches are
    written as files into a directory Virtuoso may read (its ``DirsAllowed``), then ``ld_dir`` and
    ``rdf_loader_run`` load them in parallel through isql (:mod:`ickg.store.isql`), after the target
    graphs are cleared. isql's address is ``$ICKG_VIRTUOSO_ISQL`` (default: the store's host,
    port 1111).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import secrets
import shutil
import tempfile
import time
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from ickg.store.errors import QueryTimeout, StoreError
from ickg.store.remote_http import (RETRY_STATUSES, CredentialsError, RemoteHTTP, RemoteRefused, RemoteTimeout,
                                    RemoteUnavailable, is_loopback, redact)

BATCH_QUADS = 50_000
ENV_ISQL = "ICKG_VIRTUOSO_ISQL"


@dataclass
class LoadReport:
    """What a load did: quads and batches sent, per graph counts, the path taken, the time."""

    method: str
    quads: int = 0
    batches: int = 0
    resumed_from: int = 0
    graphs: dict = field(default_factory=dict)
    seconds: float = 0.0


@dataclass
class Target:
    """Where a load goes: the store's kind, its GSP URL, its HTTP client and (Virtuoso) isql address."""

    kind: str  # "oxigraph", "virtuoso" or "generic"
    gsp_url: str
    http: RemoteHTTP
    isql: str | None = None


# ---------------------------------------------------------------------------------------------
# Reading the source as batches


def _quads(source, format):
    if isinstance(source, (str, os.PathLike)):
        return ox.parse(path=str(source), format=format)
    if isinstance(source, (bytes, bytearray, memoryview)):
        return ox.parse(input=bytes(source), format=format or ox.RdfFormat.N_QUADS)
    return iter(source)


def _has_bnode(quad) -> bool:
    return isinstance(quad.subject, ox.BlankNode) or isinstance(quad.object, ox.BlankNode)


def batches(source, *, format=None, batch_quads=BATCH_QUADS, workdir=None):
    """Yield ``(has_blank_nodes, [Quad])`` batches of ``source``: first the quads without blank
    nodes, ``batch_quads`` at a time, then the others in whole connected groups.

    Memory: one batch, plus one dictionary entry per distinct blank node.
    """
    workdir = Path(workdir or tempfile.gettempdir())
    side = None
    side_count = 0
    batch = []
    try:
        for quad in _quads(source, format):
            if _has_bnode(quad):
                if side is None:
                    side = tempfile.NamedTemporaryFile(prefix="ickg-bnodes-", suffix=".nq", dir=workdir, delete=False)
                ox.serialize([quad], side, format=ox.RdfFormat.N_QUADS)
                side_count += 1
                continue
            batch.append(quad)
            if len(batch) >= batch_quads:
                yield False, batch
                batch = []
        if batch:
            yield False, batch
        batch = []
        if side is not None:
            side.close()
            yield from _bnode_batches(Path(side.name), side_count, batch_quads, workdir)
    finally:
        if side is not None:
            side.close()
            Path(side.name).unlink(missing_ok=True)


def _bnode_batches(path: Path, count: int, batch_quads: int, workdir: Path):
    if count <= batch_quads:
        yield True, list(ox.parse(path=str(path), format=ox.RdfFormat.N_QUADS))
        return
    parent: dict[str, str] = {}

    def find(x):
        root = x
        while parent.get(root, root) != root:
            root = parent[root]
        while parent.get(x, x) != root:
            parent[x], x = root, parent[x]
        return root

    for quad in ox.parse(path=str(path), format=ox.RdfFormat.N_QUADS):
        nodes = [t.value for t in (quad.subject, quad.object) if isinstance(t, ox.BlankNode)]
        roots = [find(n) for n in nodes]
        for r in roots[1:]:
            if r != roots[0]:
                parent[r] = roots[0]
    buckets = max(1, -(-count // batch_quads))
    files = [tempfile.NamedTemporaryFile(prefix="ickg-bnodes-", suffix=".nq", dir=workdir, delete=False)
             for _ in range(buckets)]
    try:
        for quad in ox.parse(path=str(path), format=ox.RdfFormat.N_QUADS):
            node = quad.subject if isinstance(quad.subject, ox.BlankNode) else quad.object
            root = find(node.value)
            bucket = int.from_bytes(hashlib.blake2b(root.encode(), digest_size=4).digest(), "big") % buckets
            ox.serialize([quad], files[bucket], format=ox.RdfFormat.N_QUADS)
        for f in files:
            f.close()
        for f in files:
            quads = list(ox.parse(path=f.name, format=ox.RdfFormat.N_QUADS))
            if quads:
                yield True, quads
    finally:
        for f in files:
            f.close()
            Path(f.name).unlink(missing_ok=True)


def _graph_key(graph) -> str:
    return graph.value if isinstance(graph, ox.NamedNode) else "default"


# ---------------------------------------------------------------------------------------------
# State of a load, for resuming


_BNODE_LABEL = re.compile(rb"_:[A-Za-z0-9_][A-Za-z0-9_.-]*")


def source_digest(source, format=None) -> str | None:
    """A digest of a file or bytes source that names its dataset, not its bytes (None for quads in
    memory: such a load is not resumable).

    For N-Quads and N-Triples, the sum of the lines' hashes with blank-node labels blanked out:
    the same quads in another order, or with other labels, give the same digest, as two builds
    of the same data do (extraction workers append in the order they finish, rdflib relabels
    blank nodes). Other formats: SHA-256 of the bytes.
    """
    line_based = format in (None, ox.RdfFormat.N_QUADS, ox.RdfFormat.N_TRIPLES)
    if isinstance(source, (str, os.PathLike)):
        line_based = line_based and (format is not None or str(source).endswith((".nq", ".nt")))
        with open(source, "rb") as data:
            return _lines_digest(data) if line_based else _bytes_digest(iter(lambda: data.read(1 << 20), b""))
    if isinstance(source, (bytes, bytearray, memoryview)):
        raw = bytes(source)
        return _lines_digest(raw.splitlines()) if line_based else _bytes_digest([raw])
    return None


def _bytes_digest(blocks) -> str:
    h = hashlib.sha256()
    for block in blocks:
        h.update(block)
    return "sha256:" + h.hexdigest()


def _lines_digest(lines) -> str:
    total, count = 0, 0
    for line in lines:
        line = line.strip()
        if not line or line.startswith(b"#"):
            continue
        if b"_:" in line:
            line = _BNODE_LABEL.sub(b"_:", line)
        total += int.from_bytes(hashlib.blake2b(line, digest_size=16).digest(), "big")
        count += 1
    return f"quads:{count}:{total % (1 << 128):032x}"


class _State:
    def __init__(self, path, digest, target, batch_quads):
        self.path = Path(path) if path and digest else None
        self.key = {"source": digest, "target": redact(target), "batch_quads": batch_quads}
        self.done = 0
        self.cleared = set()
        if self.path and self.path.is_file():
            try:
                saved = json.loads(self.path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                saved = {}
            if all(saved.get(k) == v for k, v in self.key.items()):
                self.done = int(saved.get("done", 0))
                self.cleared = set(saved.get("cleared", ()))

    def save(self):
        if self.path is None:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps({**self.key, "done": self.done, "cleared": sorted(self.cleared)}), encoding="utf-8")
        os.replace(tmp, self.path)

    def finish(self):
        if self.path is not None:
            self.path.unlink(missing_ok=True)


# ---------------------------------------------------------------------------------------------
# Sending


def _with_retries(send, retries: int, what: str):
    delay = 0.5
    failure: StoreError | QueryTimeout
    for attempt in range(retries + 1):
        try:
            return send()
        except (RemoteUnavailable, RemoteTimeout) as err:
            failure = err
        except RemoteRefused as err:
            if err.status not in RETRY_STATUSES:
                raise
            failure = err
        if attempt == retries:
            raise type(failure)(f"{failure} (after {retries + 1} attempts at {what})") from None
        time.sleep(delay)
        delay = min(delay * 2, 10.0)


def _graph_url(gsp_url: str, key: str) -> str:
    joiner = "&" if "?" in gsp_url else "?"
    return gsp_url + joiner + ("default" if key == "default" else "graph=" + urllib.parse.quote(key, safe=""))


def clear_graph(target: Target, key: str, retries: int):
    """Remove the graph ``key`` (an IRI, or "default") from the store; no such graph is fine."""

    def send():
        try:
            target.http.request("DELETE", _graph_url(target.gsp_url, key))
        except RemoteRefused as err:
            if err.status != 404:  # no such graph yet: nothing to clear
                raise

    _with_retries(send, retries, f"clearing {key}")


def add_triples(target: Target, graph: str, triples: list, retries: int):
    """Add ``triples`` to the named graph ``graph`` (Graph Store Protocol POST)."""
    body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
    url = _graph_url(target.gsp_url, graph)
    _with_retries(lambda: target.http.request("POST", url, data=body, headers={"Content-Type": "text/turtle"}),
                  retries, f"writing {graph}")


def _send_batch(target: Target, quads: list, has_bnodes: bool, retries: int):
    if target.kind == "oxigraph":
        body = ox.serialize(quads, format=ox.RdfFormat.N_QUADS)
        url = target.gsp_url if has_bnodes else target.gsp_url + ("&" if "?" in target.gsp_url else "?") + "no_transaction"
        _with_retries(lambda: target.http.request("POST", url, data=body,
                                                  headers={"Content-Type": "application/n-quads"}),
                      retries, "a batch")
        return
    by_graph: dict[str, list[ox.Triple]] = {}
    for q in quads:
        by_graph.setdefault(_graph_key(q.graph_name), []).append(ox.Triple(q.subject, q.predicate, q.object))
    for key, triples in by_graph.items():
        body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
        url = _graph_url(target.gsp_url, key)
        _with_retries(lambda: target.http.request("POST", url, data=body, headers={"Content-Type": "text/turtle"}),
                      retries, f"a batch of {key}")


def load(target: Target, source, *, format=None, batch_quads: int = BATCH_QUADS, state_path=None,
         retries: int = 5, bulk: str = "auto", workdir=None) -> LoadReport:
    """Load ``source`` (a path to an RDF dataset, its bytes, or pyoxigraph quads) into ``target``.

    Each graph of the source replaces the store's graph of the same name; see the module's
    docstring for batches, blank nodes, retries, resuming and ``bulk`` ("auto": the store's own
    bulk loader when it can be used; "never": always the Graph Store Protocol).
    """
    started = time.monotonic()
    if bulk != "never" and target.kind == "virtuoso" and virtuoso_bulk_possible(target):
        report = _virtuoso_bulk(target, source, format=format, batch_quads=batch_quads, workdir=workdir)
        report.seconds = round(time.monotonic() - started, 3)
        return report
    state = _State(state_path, source_digest(source, format) if state_path else None, target.gsp_url, batch_quads)
    kept = state.path.with_suffix(".nq") if state.path is not None else None
    if state.done and kept is not None and kept.is_file():
        # Resuming: the batches done were taken from the source as it was then, kept beside the
        # state; this source holds the same dataset (the digest says so), perhaps in another order.
        source, format = kept, ox.RdfFormat.N_QUADS
    report = LoadReport("gsp-" + ("bulk" if target.kind == "oxigraph" else "graphs"), resumed_from=state.done)
    try:
        for index, (has_bnodes, quads) in enumerate(batches(source, format=format, batch_quads=batch_quads,
                                                            workdir=workdir)):
            for key in sorted({_graph_key(q.graph_name) for q in quads} - state.cleared):
                clear_graph(target, key, retries)
                state.cleared.add(key)
                state.save()
            for q in quads:
                key = _graph_key(q.graph_name)
                report.graphs[key] = report.graphs.get(key, 0) + 1
            report.quads += len(quads)
            if index < state.done:
                continue
            _send_batch(target, quads, has_bnodes, retries)
            report.batches += 1
            state.done = index + 1
            state.save()
    except BaseException:
        if kept is not None and state.path is not None and state.path.is_file():
            _keep(source, format, kept)
        raise
    state.finish()
    if kept is not None:
        kept.unlink(missing_ok=True)
    report.seconds = round(time.monotonic() - started, 3)
    return report


def _keep(source, format, kept: Path) -> None:
    """Keep the source of a failed load beside its state (N-Quads), for the next load to resume."""
    if isinstance(source, (str, os.PathLike)) and Path(source) == kept:
        return
    tmp = kept.with_suffix(".nq.tmp")
    if isinstance(source, (str, os.PathLike)) and format in (None, ox.RdfFormat.N_QUADS) and str(source).endswith(".nq"):
        shutil.copyfile(source, tmp)
    elif isinstance(source, (bytes, bytearray, memoryview)) and format in (None, ox.RdfFormat.N_QUADS):
        tmp.write_bytes(bytes(source))
    else:
        with open(tmp, "wb") as out:
            ox.serialize(_quads(source, format), out, format=ox.RdfFormat.N_QUADS)
    os.replace(tmp, kept)


# ---------------------------------------------------------------------------------------------
# Virtuoso's bulk loader, through isql, when the store runs on this machine


def _isql_address(target: Target) -> str:
    if target.isql:
        return target.isql
    env = os.environ.get(ENV_ISQL)
    if env:
        return env
    host = urllib.parse.urlsplit(target.gsp_url).hostname or "localhost"
    return f"{host}:1111"


def virtuoso_bulk_possible(target: Target) -> bool:
    from ickg.store.isql import isql_binary

    return (is_loopback(target.gsp_url) and target.http.credentials is not None
            and isql_binary() is not None)


def _isql(target: Target, script: str, timeout: float = 24 * 3600) -> str:
    from ickg.store.isql import run_isql

    creds = target.http.credentials
    if creds is None:
        raise CredentialsError("Virtuoso's bulk loader needs a login (ICKG_STORE_USER, ICKG_STORE_PASSWORD)")
    return run_isql(_isql_address(target), creds.user, creds.password, script, timeout=timeout)


def _sql_string(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _allowed_directory(target: Target) -> Path:
    """A directory Virtuoso may read (``DirsAllowed``) that this process can write."""
    out = _isql(target, "SELECT 'ICKG:' || server_root();\n"
                        "SELECT 'ICKG:' || virtuoso_ini_item_value('Parameters', 'DirsAllowed');\n", timeout=60)
    root, allowed = (re.findall(r"ICKG:(.*)", out) + ["", ""])[:2]
    candidates = []
    for item in allowed.split(","):
        item = item.strip()
        if not item:
            continue
        path = Path(root.strip()) / item if not os.path.isabs(item) else Path(item)
        candidates.append(path)
    for path in candidates:
        if path.is_dir() and os.access(path, os.W_OK):
            return path
    raise StoreError(f"Virtuoso's DirsAllowed ({allowed.strip() or 'empty'}) has no directory this user can "
                     "write: add one to its virtuoso.ini for bulk loads, or load with --no-bulk-load")


def _virtuoso_bulk(target: Target, source, *, format, batch_quads, workdir) -> LoadReport:
    report = LoadReport("virtuoso-bulk")
    base = _allowed_directory(target)
    folder = base / f"ickg-load-{secrets.token_hex(6)}"
    folder.mkdir()
    os.chmod(folder, 0o755)
    try:
        for index, (_, quads) in enumerate(batches(source, format=format, batch_quads=batch_quads, workdir=workdir)):
            with open(folder / f"part-{index:06d}.nq", "wb") as out:
                ox.serialize(quads, out, format=ox.RdfFormat.N_QUADS)
            for q in quads:
                key = _graph_key(q.graph_name)
                report.graphs[key] = report.graphs.get(key, 0) + 1
            report.quads += len(quads)
            report.batches += 1
        clears = "".join(f"SPARQL CLEAR GRAPH <{g}>;\n" for g in sorted(report.graphs) if g != "default")
        pattern = _sql_string(str(folder) + "/%")
        answer = _isql(target, "log_enable(3, 1);\n" + clears
                    + f"ld_dir({_sql_string(str(folder))}, '*.nq', 'urn:ickg:default');\n"
                    "rdf_loader_run();\ncheckpoint;\n"
                    f"SELECT 'ICKGERR:' || ll_file || ': ' || ll_error FROM DB.DBA.LOAD_LIST "
                    f"WHERE ll_file LIKE {pattern} AND ll_error IS NOT NULL;\n"
                    f"DELETE FROM DB.DBA.LOAD_LIST WHERE ll_file LIKE {pattern};\n")
        errors = re.findall(r"ICKGERR:(.*)", answer)
        if errors:
            raise StoreError(f"Virtuoso's bulk loader refused {len(errors)} file(s): {errors[0].strip()}")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return report
