"""What the three stores share: one interface, the job a query becomes, and what counts as a
graph of theirs."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterable, Iterator, Self, Union

import pyoxigraph as ox

from ickg.iris import GRAPH, left_out
from ickg.sparql import formats
from ickg.sparql.formats import Format

if TYPE_CHECKING:
    from ickg.store.evaluation import QueryResult

LOCAL_GRAPH_SPACE = GRAPH

# What a quad pattern may hold in each position (None: anything), as pyoxigraph types them.
Subject = Union[ox.NamedNode, ox.BlankNode, ox.Triple]
Object = Union[ox.NamedNode, ox.BlankNode, ox.Literal, ox.Triple]
GraphName = Union[ox.NamedNode, ox.BlankNode, ox.DefaultGraph]
Job = dict[str, Any]  # a query job as it crosses the pipe to a worker


class BaseStore:
    """The interface of the three stores (:class:`~ickg.store.local.LocalStore`,
    :class:`~ickg.store.memory.MemoryStore`, :class:`~ickg.store.remote.RemoteStore`).

    ``cacheable``: whether an answer may be kept by store version (a remote store changes
    behind our back). ``accepts_update``: whether :meth:`update` can succeed.
    """

    cacheable = True
    accepts_update = False

    @property
    def version(self) -> str:
        """A name that changes whenever the data may have (the ETag and cache key)."""
        raise NotImplementedError

    def named_graphs(self) -> list[str]:
        """IRIs of the named graphs, sorted."""
        raise NotImplementedError

    def quads_for_pattern(self, subject: Subject | None = None, predicate: ox.NamedNode | None = None,
                          object: Object | None = None, graph_name: GraphName | None = None) -> Iterator[ox.Quad]:
        """pyoxigraph quads matching the pattern, read in this process."""
        raise NotImplementedError

    def query(self, text: str, *, default_graphs: Iterable[str] | None = None,
              named_graphs: Iterable[str] | None = None, infer: bool = True,
              timeout: float | None = None, max_rows: int | None = None, fmt: Format | str = "json",
              query_dataset: bool = False, max_bytes: int | None = None,
              client: str | None = None, extracted: bool = False) -> QueryResult:
        """Evaluate ``text`` and return the serialized answer (see :meth:`LocalStore.query`)."""
        raise NotImplementedError

    def update(self, text: str, *, timeout: float | None = None) -> None:
        """Apply a SPARQL Update."""
        raise NotImplementedError

    def is_local_graph(self, iri: str) -> bool:
        """Whether ``iri`` names a graph of this store (or may name one: anything under graph/)."""
        return iri.startswith(LOCAL_GRAPH_SPACE) or iri in self.named_graphs()

    def _job(self, text: str, *, default_graphs: Iterable[str] | None, named_graphs: Iterable[str] | None,
             infer: bool, max_rows: int | None, fmt: Format | str, query_dataset: bool,
             extracted: bool = False) -> Job:
        chosen = formats.by_name("results", fmt) or formats.by_name("graph", fmt) if isinstance(fmt, str) else fmt
        if chosen is None:
            raise ValueError(f"no such format: {fmt!r}")
        kind = "graph" if chosen in formats.GRAPH_FORMATS else "results"
        return {
            "query": text,
            "default_graphs": list(default_graphs) if default_graphs is not None else None,
            "named_graphs": list(named_graphs) if named_graphs is not None else None,
            "query_dataset": query_dataset,
            "infer": infer,
            "extracted": extracted,
            "all_graphs": self.named_graphs() if left_out(infer=infer, extracted=extracted) else (),
            "kind": kind,
            "format": chosen.name,
            "max_rows": max_rows,
        }

    def close(self) -> None:
        pass

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
