"""``ickg query``: run SPARQL against the built store from the command line.

The query goes through the same store object as the endpoint (worker process behind the network
wall, timeout, union default graph with or without the inferred graph) and the same check
(:mod:`ickg.querycheck`: no SERVICE, LOAD or remote graphs), so the command line and HTTP
answer alike.
"""

import json

from ickg import compact_iris, querycheck
from ickg import store as store_module
from ickg.namespaces import PREFIXES, compact

class QueryError(RuntimeError):
    """The query could not be run; the message says why (no store, syntax, timeout)."""


def _cell(binding):
    if binding is None:
        return ""
    if binding["type"] == "uri":
        return compact(binding["value"]) or f"<{binding['value']}>"
    if binding["type"] == "bnode":
        return f"_:{binding['value']}"
    return binding["value"]


def table_text(results):
    """SPARQL JSON results as a plain-text table (one row per solution, aligned columns)."""
    if "boolean" in results:
        return f"{str(results['boolean']).lower()}\n"
    names = results["head"]["vars"]
    rows = [[_cell(b.get(n)) for n in names] for b in results["results"]["bindings"]]
    widths = [max([len(n)] + [len(r[i]) for r in rows]) for i, n in enumerate(names)]
    line = lambda cells: "  ".join(c.ljust(w) for c, w in zip(cells, widths)).rstrip()  # noqa: E731
    out = [line(names), line(["-" * w for w in widths])] + [line(r) for r in rows]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out) + "\n"


def run_query(data_dir, text, *, output_format="table", infer=True, timeout=60.0):
    """The answer to ``text`` over the store of ``data_dir`` as text: a table, SPARQL JSON or CSV.

    CONSTRUCT and DESCRIBE answer in Turtle whatever the format.

    Raises:
        QueryError: no store has been built, the query is refused (SERVICE, LOAD, a remote
            graph, too deep), not valid SPARQL, or it timed out.
    """
    from ickg.datadir import recover_if_idle

    recover_if_idle(data_dir)  # a commit a killed build left half done is finished first
    root = store_module.store_dir(data_dir)
    if store_module.current_version(root) is None:
        raise QueryError(f"no store under {root}: run 'ickg build' first")
    fmt = "csv" if output_format == "csv" else "json"
    # ickg's prefixes need no declaration and compact IRIs may hold '/' (id:program/prisma), as
    # this command prints them; the prepared text is what is checked and run.
    prepared = compact_iris.prepare(text, PREFIXES)
    text = prepared.text
    try:
        with store_module.open_local(root, workers=1) as store:
            info = querycheck.inspect(text, is_local_graph=store.is_local_graph)
            if info.form == "UPDATE":
                raise QueryError("this is a SPARQL Update; 'ickg query' only reads")
            result = store.query(text, infer=infer, timeout=timeout, fmt=fmt,
                                 query_dataset=info.has_dataset_clause)
    except querycheck.RefusedQuery as error:
        raise QueryError(f"refused: {error}") from None
    except store_module.QuerySyntaxError as error:
        raise QueryError(f"the query is not valid SPARQL: {prepared.error_message(str(error))}") from None
    except store_module.QueryTimeout:
        raise QueryError(f"the query ran for more than {timeout:g} s and was stopped") from None
    except store_module.StoreError as error:
        raise QueryError(f"{root}: {' '.join(str(error).split())}") from None
    body = result.body.decode("utf-8")
    if result.form == "graph" or output_format != "table":
        return body if body.endswith("\n") else body + "\n"
    return table_text(json.loads(body))
