"""The Python API: a built data directory opened for reading, from a notebook or a script.

:func:`ickg.open` gives a :class:`KnowledgeGraph` over the store ``ickg build`` made. Its
queries take the same path as the endpoint's and ``ickg query``'s: the query check
(:mod:`ickg.sparql.querycheck`: no SERVICE, LOAD or remote graphs), a worker process behind the
network wall, a timeout, and the union default graph with or without the inferred graph. ::

    import ickg

    with ickg.open("graph_data") as kg:
        rows = kg.query("SELECT ?p ?label WHERE { ?p a ickg:Program ; rdfs:label ?label }")
        table = kg.dataframe("SELECT ...")      # with pandas installed
        dataset = kg.dataset()                  # every named graph, as an rdflib Dataset

ickg's prefixes (``ickg:``, ``id:``, ``rdfs:``, ``skos:``...) may be used without declaring them.
Values come back as Python values: IRIs as ``str``, literals through rdflib's ``toPython()``
(``int``, ``float``, ``Decimal``, ``datetime.date``, ``bool``, else ``str``), unbound as ``None``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ickg import store as store_module
from ickg.iris import PREFIXES, compact
from ickg.settings import COMMAND_QUERY_TIMEOUT
from ickg.sparql import compact_iris, querycheck

if TYPE_CHECKING:
    import pandas
    from rdflib import Dataset, Graph

    from ickg.store import LocalStore, QueryResult


class QueryError(RuntimeError):
    """The query could not be run; the message says why (no store, syntax, timeout)."""


# ---------------------------------------------------------------------------------------------
# The handle


class KnowledgeGraph:
    """The store of one data directory, opened read-only (see :func:`ickg.open`).

    Args:
        data_dir: a data directory ``ickg build`` has built (its store is ``build/store/``).
        infer: include the inferred graph in the default graph (``infer=false`` on the endpoint).
        extracted: include the machine's unreviewed proposals (``extracted=true`` on the endpoint).
        timeout: seconds a query may run before its worker process is stopped.

    Raises:
        QueryError: there is no built store in ``data_dir``.
    """

    def __init__(self, data_dir: str | Path, *, infer: bool = True,
                 timeout: float = COMMAND_QUERY_TIMEOUT, extracted: bool = False) -> None:
        from ickg.build.datadir import recover_if_idle

        self.data_dir = Path(data_dir)
        self.infer = infer
        self.extracted = extracted
        self.timeout = timeout
        recover_if_idle(self.data_dir)  # a commit a killed build left half done is finished first
        self.root = store_module.store_dir(self.data_dir)
        if store_module.current_version(self.root) is None:
            raise QueryError(f"no store under {self.root}: run 'ickg build' first")
        self._store: LocalStore | None = None

    @property
    def store(self) -> LocalStore:
        """The on-disk store (one query worker process, started on first use)."""
        if self._store is None:
            self._store = store_module.open_local(self.root, workers=1)
        return self._store

    @property
    def version(self) -> str:
        """The store version being read (a new build is picked up by the next query)."""
        return self.store.version

    def query(self, text: str, *, infer: bool | None = None) -> list[dict[str, Any]]:
        """The rows of a SELECT query, each a dict from variable name to Python value.

        Raises:
            QueryError: refused, not valid SPARQL, timed out, or not a SELECT query (use
                :meth:`ask` or :meth:`construct`).
        """
        result = self._run(text, "SELECT", infer)
        head_and_rows = json.loads(result.body)
        return [{name: _python(binding.get(name)) for name in head_and_rows["head"]["vars"]}
                for binding in head_and_rows["results"]["bindings"]]

    def ask(self, text: str, *, infer: bool | None = None) -> bool:
        """The answer to an ASK query."""
        return bool(json.loads(self._run(text, "ASK", infer).body)["boolean"])

    def construct(self, text: str, *, infer: bool | None = None) -> "Graph":
        """The triples of a CONSTRUCT or DESCRIBE query, as an rdflib Graph."""
        from rdflib import Graph

        from ickg.namespaces import bind_prefixes

        body = self._run(text, "CONSTRUCT", infer, fmt="ntriples").body
        return bind_prefixes(Graph()).parse(data=body.decode("utf-8"), format="nt")

    def dataframe(self, text: str, *, infer: bool | None = None) -> "pandas.DataFrame":
        """The rows of a SELECT query as a pandas DataFrame, one column per variable.

        Raises:
            ImportError: pandas is not installed (it is optional: ``pip install pandas``).
        """
        try:
            import pandas
        except ImportError:
            raise ImportError("KnowledgeGraph.dataframe needs pandas, which is not installed "
                              "(pip install pandas); KnowledgeGraph.query gives the same rows "
                              "as dicts") from None
        result = self._run(text, "SELECT", infer)
        data = json.loads(result.body)
        names = data["head"]["vars"]
        rows = [[_python(binding.get(name)) for name in names] for binding in data["results"]["bindings"]]
        return pandas.DataFrame(rows, columns=names)

    def dataset(self) -> "Dataset":
        """Every named graph of the store as an rdflib Dataset (read in this process)."""
        import pyoxigraph as ox
        from rdflib import Dataset

        from ickg.namespaces import bind_prefixes
        from ickg.terms import from_ox

        dataset = bind_prefixes(Dataset())
        graphs: dict[str, Any] = {}
        terms: dict[Any, Any] = {}

        def term(t: Any) -> Any:
            found = terms.get(t)
            if found is None:
                found = terms[t] = from_ox(t)
            return found

        for quad in self.store.quads_for_pattern(None, None, None, None):
            name = quad.graph_name
            key = name.value if isinstance(name, ox.NamedNode) else ""
            graph = graphs.get(key)
            if graph is None:
                graph = graphs[key] = dataset.graph(term(name)) if key else dataset.default_context
            graph.add((term(quad.subject), term(quad.predicate), term(quad.object)))
        return dataset

    def close(self) -> None:
        """Stop the query worker process."""
        if self._store is not None:
            self._store.close()
            self._store = None

    def __enter__(self) -> KnowledgeGraph:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<ickg.KnowledgeGraph {self.data_dir}>"

    def _run(self, text: str, form: str, infer: bool | None, *, fmt: str = "json") -> QueryResult:
        result, asked = _query(self.store, text, infer=self.infer if infer is None else infer,
                               timeout=self.timeout, fmt=fmt, root=self.root, extracted=self.extracted)
        wanted = {"SELECT": ("SELECT",), "ASK": ("ASK",), "CONSTRUCT": ("CONSTRUCT", "DESCRIBE")}[form]
        if asked not in wanted:
            method = {"SELECT": "query", "ASK": "ask", "CONSTRUCT": "construct", "DESCRIBE": "construct"}
            raise QueryError(f"this is a {asked} query: use KnowledgeGraph.{method.get(asked, 'query')}()")
        return result


def open_data_dir(data_dir: str | Path, *, infer: bool = True,
                  timeout: float = COMMAND_QUERY_TIMEOUT, extracted: bool = False) -> KnowledgeGraph:
    """A :class:`KnowledgeGraph` over the built store of ``data_dir`` (what :func:`ickg.open` is)."""
    return KnowledgeGraph(data_dir, infer=infer, timeout=timeout, extracted=extracted)


def _python(binding: dict[str, Any] | None) -> Any:
    """A SPARQL JSON binding as a Python value."""
    if binding is None:
        return None
    kind = binding["type"]
    if kind == "uri":
        return binding["value"]
    if kind == "bnode":
        return "_:" + binding["value"]
    if kind in ("literal", "typed-literal"):
        from rdflib import Literal, URIRef

        datatype = binding.get("datatype")
        literal = Literal(binding["value"], lang=binding.get("xml:lang"),
                          datatype=URIRef(datatype) if datatype else None)
        value = literal.toPython()
        return str(value) if isinstance(value, Literal) else value
    return binding["value"]  # an RDF-star triple: its JSON as it came


# ---------------------------------------------------------------------------------------------
# What `ickg query` prints, and the one way both run a query


def _query(store: LocalStore, text: str, *, infer: bool, timeout: float, fmt: str,
           root: Path, extracted: bool = False) -> tuple[QueryResult, str]:
    """Run ``text`` on ``store`` as the endpoint would; the result and the query's form.

    ickg's prefixes need no declaration and compact IRIs may hold '/' (``id:program/prisma``), as
    ``ickg query`` prints them; the prepared text is what is checked and run."""
    prepared = compact_iris.prepare(text, PREFIXES)
    text = prepared.text
    try:
        info = querycheck.inspect(text, is_local_graph=store.is_local_graph)
        if info.form == "UPDATE":
            raise QueryError("this is a SPARQL Update; 'ickg query' and ickg.open() only read")
        result = store.query(text, infer=infer, timeout=timeout, fmt=fmt,
                             query_dataset=info.has_dataset_clause, extracted=extracted)
    except querycheck.RefusedQuery as error:
        raise QueryError(f"refused: {error}") from None
    except store_module.QuerySyntaxError as error:
        raise QueryError(f"the query is not valid SPARQL: {prepared.error_message(str(error))}") from None
    except store_module.QueryTimeout:
        raise QueryError(f"the query ran for more than {timeout:g} s and was stopped") from None
    except store_module.StoreError as error:
        raise QueryError(f"{root}: {' '.join(str(error).split())}") from None
    return result, info.form or ""


def _cell(binding: dict[str, Any] | None) -> str:
    if binding is None:
        return ""
    if binding["type"] == "uri":
        return compact(binding["value"]) or f"<{binding['value']}>"
    if binding["type"] == "bnode":
        return f"_:{binding['value']}"
    return binding["value"]


def table_text(results: dict[str, Any]) -> str:
    """SPARQL JSON results as a plain-text table (one row per solution, aligned columns).

    >>> print(table_text({"head": {"vars": ["x"]}, "results": {"bindings": [
    ...     {"x": {"type": "uri", "value": "https://w3id.org/ickg/id/program/prisma"}}]}}), end="")
    x
    -----------------
    id:program/prisma
    (1 row)
    """
    if "boolean" in results:
        return f"{str(results['boolean']).lower()}\n"
    names = results["head"]["vars"]
    rows = [[_cell(b.get(n)) for n in names] for b in results["results"]["bindings"]]
    widths = [max([len(n)] + [len(r[i]) for r in rows]) for i, n in enumerate(names)]
    line = lambda cells: "  ".join(c.ljust(w) for c, w in zip(cells, widths)).rstrip()  # noqa: E731
    out = [line(names), line(["-" * w for w in widths])] + [line(r) for r in rows]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out) + "\n"


def run_query(data_dir: str | Path, text: str, *, output_format: str = "table", infer: bool = True,
              timeout: float = COMMAND_QUERY_TIMEOUT, extracted: bool = False) -> str:
    """The answer to ``text`` over the store of ``data_dir`` as text: a table, SPARQL JSON or CSV
    (what ``ickg query`` prints); with ``extracted`` the machine's unreviewed proposals are
    included. CONSTRUCT and DESCRIBE answer in Turtle whatever the format.

    Raises:
        QueryError: no store has been built, the query is refused (SERVICE, LOAD, a remote
            graph, too deep), is an update, is not valid SPARQL, or timed out.
    """
    kg = KnowledgeGraph(data_dir, timeout=timeout)
    fmt = "csv" if output_format == "csv" else "json"
    try:
        result, _ = _query(kg.store, text, infer=infer, timeout=timeout, fmt=fmt, root=kg.root,
                           extracted=extracted)
    finally:
        kg.close()
    body = result.body.decode("utf-8")
    if result.form == "graph" or output_format != "table":
        return body if body.endswith("\n") else body + "\n"
    return table_text(json.loads(body))
