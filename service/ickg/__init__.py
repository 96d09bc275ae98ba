"""ickg: the Integrated Care Knowledge Graph.

Data flows one way: documents -> extraction -> RDF with provenance -> validation ->
reasoning -> store -> SPARQL endpoint and linked-data pages. Each stage is a module of
:mod:`ickg.pipeline`; :mod:`ickg.store` holds the graph the service reads and
:mod:`ickg.web` serves it.
"""

__version__ = "0.1.0"
__all__ = ["__version__"]
