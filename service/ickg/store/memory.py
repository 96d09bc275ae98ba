"""A pyoxigraph in-memory store, for tests and small scripts."""

from __future__ import annotations

import secrets
from typing import Callable, Iterable, Iterator

import pyoxigraph as ox

from ickg.sparql.formats import Format
from ickg.store.base import BaseStore, GraphName, Object, Subject
from ickg.store.errors import QuerySyntaxError
from ickg.store.evaluation import QueryResult, evaluate, reply_to_result


class MemoryStore(BaseStore):
    """A pyoxigraph in-memory store, for tests and small scripts.

    Queries and updates run in the calling thread: ``timeout`` is not enforced, and the network
    wall of the worker processes (:mod:`ickg.sandbox`) is not around them. So every text goes
    through :func:`ickg.sparql.querycheck.inspect` first, which refuses SERVICE, LOAD and remote
    graphs (:class:`ickg.sparql.querycheck.RefusedQuery`).
    """

    accepts_update = True

    def __init__(self, quads: Iterable[ox.Quad] = ()) -> None:
        self.store = ox.Store()
        self._version = 0
        self._token = secrets.token_hex(4)
        self._graphs: list[str] | None = None
        if quads:
            self.add(quads)

    def _changed(self) -> None:
        self._version += 1
        self._graphs = None

    def add(self, quads: Iterable[ox.Quad]) -> None:
        """Add pyoxigraph quads."""
        self.store.extend(quads)
        self._changed()

    def load(self, data: bytes | str, *, format: ox.RdfFormat = ox.RdfFormat.N_QUADS,
             to_graph: str | None = None) -> None:
        """Parse RDF ``data`` (bytes or str) into the store."""
        self.store.load(data, format=format, to_graph=ox.NamedNode(to_graph) if to_graph else None)
        self._changed()

    @property
    def version(self) -> str:
        return f"mem-{self._token}-{self._version}"

    def named_graphs(self) -> list[str]:
        if self._graphs is None:
            self._graphs = sorted(g.value for g in self.store.named_graphs() if isinstance(g, ox.NamedNode))
        return self._graphs

    def quads_for_pattern(self, subject: Subject | None = None, predicate: ox.NamedNode | None = None,
                          object: Object | None = None, graph_name: GraphName | None = None) -> Iterator[ox.Quad]:
        return self.store.quads_for_pattern(subject, predicate, object, graph_name)

    def __len__(self) -> int:
        return len(self.store)

    def query(self, text: str, *, default_graphs: Iterable[str] | None = None,
              named_graphs: Iterable[str] | None = None, infer: bool = True,
              timeout: float | None = None, max_rows: int | None = None, fmt: Format | str = "json",
              query_dataset: bool = False, max_bytes: int | None = None,
              client: str | None = None, extracted: bool = False) -> QueryResult:
        _check(text, self.is_local_graph)
        job = self._job(text, default_graphs=default_graphs, named_graphs=named_graphs, infer=infer,
                        max_rows=max_rows, fmt=fmt, query_dataset=query_dataset, extracted=extracted)
        job["max_bytes"] = max_bytes
        return reply_to_result(evaluate(self.store, job), max_rows)

    def update(self, text: str, *, timeout: float | None = None) -> None:
        _check(text, self.is_local_graph)
        try:
            self.store.update(text)
        except SyntaxError as err:
            raise QuerySyntaxError(str(err)) from None
        self._changed()


def _check(text: str, is_local_graph: Callable[[str], bool]) -> None:
    """:func:`ickg.sparql.querycheck.inspect` (imported here: worker processes never need it)."""
    from ickg.sparql import querycheck

    querycheck.inspect(text, is_local_graph=is_local_graph)
