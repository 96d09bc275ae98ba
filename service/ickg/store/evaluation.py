"""Evaluation of one query job on a pyoxigraph store, shared by the query worker processes and
the in-memory store: the dataset a job asks for, the serialized answer, and the reply that
crosses the pipe back to the server.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

import pyoxigraph as ox

from ickg.iris import PREFIXES, left_out
from ickg.sparql import formats
from ickg.sparql.describe import describe_triples
from ickg.store import textindex
from ickg.store.errors import OverLimit, QuerySyntaxError, StoreError


# What a worker sends back: ("ok", body, media type, form, rows, truncated) or (status, message).
Reply = tuple[Any, ...]


@dataclass
class QueryResult:
    """A serialized answer and what the web layer says about it."""

    body: bytes
    media_type: str  # the Format's media type actually written
    form: str  # "results", "boolean" or "graph"
    rows: int
    truncated: bool
    max_rows: int | None = None


def _dataset_options(job: dict[str, Any], default_graph_empty: bool = False) -> dict[str, Any]:
    if job.get("default_graphs") is not None or job.get("named_graphs") is not None:
        return {
            "default_graph": [ox.NamedNode(g) for g in job.get("default_graphs") or ()],
            "named_graphs": [ox.NamedNode(g) for g in job.get("named_graphs") or ()],
        }
    if job.get("query_dataset"):
        return {}
    excluded = left_out(infer=job.get("infer", True), extracted=job.get("extracted", False))
    return _default_dataset(tuple(job["all_graphs"]), excluded, default_graph_empty)


@functools.lru_cache(maxsize=64)
def _default_dataset(all_graphs: tuple[str, ...], excluded: frozenset[str],
                     default_graph_empty: bool) -> dict[str, Any]:
    """The default dataset with ``excluded`` left out, made once per store version's graphs.

    Each graph listed in ``default_graph`` costs pyoxigraph one index lookup per triple pattern
    (measured on a 10,000-document store, one-subject SELECT: union 151 µs, seven graphs and the
    default graph 245 µs, the seven alone 191 µs), so the store's own default graph is listed only
    when it holds something, and the terms are made once, not per query.
    """
    if not excluded.intersection(all_graphs):  # nothing to leave out: the union, fastest
        return {"use_default_graph_as_union": True}
    graphs = [ox.NamedNode(g) for g in all_graphs if g not in excluded]
    return {
        "default_graph": graphs if default_graph_empty else [ox.DefaultGraph(), *graphs],
        "named_graphs": graphs,
    }


def default_graph_is_empty(store: ox.Store) -> bool:
    """Whether the store's own default graph holds no triple (a built store's never does: every
    triple is in a named graph); read once when a worker opens a read-only store version."""
    return next(iter(store.quads_for_pattern(None, None, None, ox.DefaultGraph())), None) is None


def _functions(job: dict[str, Any]) -> dict[ox.NamedNode, Any] | None:
    """``ickg:search(?x, "text")`` for a query on a store version with a text index
    (:func:`ickg.store.textindex.sparql_functions`); looked for only when the text names it."""
    if job.get("store_dir") and "search" in job["query"]:
        return textindex.sparql_functions(job["store_dir"]) or None
    return None


def evaluate(store: ox.Store, job: dict[str, Any], *, default_graph_empty: bool = False) -> Reply:
    """Run one query job on a pyoxigraph store and serialize the answer.

    ``default_graph_empty`` says the store's own default graph is empty and stays so (a read-only
    store version, :func:`default_graph_is_empty`): it is then left out of the default dataset.

    Returns a plain tuple (it crosses a pipe): ``("ok", body, media_type, form, rows, truncated)``,
    ``("syntax", message)``, ``("too_large", message)`` (the byte cap), ``("memory", "")``
    (Python's MemoryError under the worker's memory limit) or ``("error", message)``.
    """
    kind = job["kind"]
    fmt = formats.by_name(kind, job["format"]) or formats.table(kind)[0]
    max_rows = job.get("max_rows") or None
    max_bytes = job.get("max_bytes") or None
    try:
        dataset = _dataset_options(job, default_graph_empty)
        described = describe_triples(store, job["query"], dataset)
        result = described if described is not None else store.query(
            job["query"], **dataset, custom_functions=_functions(job))
        if isinstance(result, ox.QueryBoolean):
            if kind != "results":
                fmt = formats.RESULT_FORMATS[0]
            return ("ok", formats.serialize_boolean(bool(result), fmt), fmt.media_type, "boolean", 1, False)
        if isinstance(result, ox.QuerySolutions):
            if kind != "results":
                fmt = formats.RESULT_FORMATS[0]
            names = [v.value for v in result.variables]
            body, rows, truncated = formats.serialize_solutions(names, result, fmt, max_rows=max_rows,
                                                                max_bytes=max_bytes)
            return ("ok", body, fmt.media_type, "results", rows, truncated)
        if kind != "graph":
            fmt = formats.GRAPH_FORMATS[0]
        body, rows, truncated = formats.serialize_triples(
            result, fmt, max_rows=max_rows, prefixes=PREFIXES, max_bytes=max_bytes
        )
        return ("ok", body, fmt.media_type, "graph", rows, truncated)
    except SyntaxError as err:
        return ("syntax", str(err))
    except formats.AnswerTooLarge as err:
        return ("too_large", f"{err}; ask for fewer rows (LIMIT) or shorter values")
    except MemoryError:
        return ("memory", "")
    except (OSError, ValueError, RuntimeError, TypeError) as err:
        return ("error", f"{type(err).__name__}: {err}")


def reply_to_result(reply: Reply, max_rows: int | None, memory_limit: int | None = None) -> QueryResult:
    """The :class:`QueryResult` of a worker's reply, or the exception it stands for."""
    status = reply[0]
    if status == "ok":
        _, body, media_type, form, rows, truncated = reply
        return QueryResult(body, media_type, form, rows, truncated, max_rows)
    if status == "syntax":
        raise QuerySyntaxError(reply[1])
    if status == "too_large":
        raise OverLimit(reply[1])
    if status == "memory":
        raise OverLimit(memory_message(memory_limit))
    raise StoreError(reply[1])


def memory_message(limit: int | None) -> str:
    size = formats.describe_bytes(limit) if limit else "the memory available"
    return (f"the query needed more memory than this endpoint's limit of {size} per query "
            "and was stopped; narrow it (fewer joined patterns, a LIMIT, shorter aggregates)")
