"""ickg: the Integrated Care Knowledge Graph.

Data flows one way: documents -> extraction -> RDF with provenance -> validation ->
reasoning -> store -> SPARQL endpoint and linked-data pages. Each stage is a package
(:mod:`ickg.extract`, :mod:`ickg.model`, :mod:`ickg.curate`, :mod:`ickg.validate`,
:mod:`ickg.reason`, :mod:`ickg.build`); :mod:`ickg.store` holds the graph the service reads and
:mod:`ickg.web` serves it. ``docs/architecture.md`` draws the floors.

From Python, :func:`open` reads a built data directory::

    >>> import ickg
    >>> kg = ickg.open("graph_data")                                  # doctest: +SKIP
    >>> kg.query("SELECT (COUNT(*) AS ?n) WHERE { ?p a ickg:Program }")  # doctest: +SKIP
    [{'n': 14}]
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ickg.settings import COMMAND_QUERY_TIMEOUT

if TYPE_CHECKING:
    from ickg.api import KnowledgeGraph

__version__ = "0.1.0"
__all__ = ["__version__", "open"]


def open(data_dir: str | Path, *, infer: bool = True,
         timeout: float = COMMAND_QUERY_TIMEOUT, extracted: bool = False) -> KnowledgeGraph:
    """The knowledge graph ``ickg build`` made in ``data_dir``, opened for reading.

    Args:
        data_dir: the data directory (its store is ``data_dir/build/store``).
        infer: include the inferred graph in the default graph of every query.
        timeout: seconds a query may run before its worker process is stopped.
        extracted: include the machine's unreviewed proposals (left out by default).

    Returns:
        A :class:`ickg.api.KnowledgeGraph`: ``query(text)`` gives rows (dicts of Python values),
        ``dataframe(text)`` a pandas DataFrame (pandas is optional), ``dataset()`` an rdflib
        Dataset; ``ask`` and ``construct`` answer ASK and CONSTRUCT queries. Close it (or use it
        in a ``with`` block) to stop its query worker process.

    Raises:
        ickg.api.QueryError: no store has been built in ``data_dir``.
    """
    # Imported here: query worker processes import this package and must stay light.
    from ickg.api import open_data_dir

    return open_data_dir(data_dir, infer=infer, timeout=timeout, extracted=extracted)
