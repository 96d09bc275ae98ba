"""The ``ickg`` command: thin wrappers over :mod:`ickg.pipeline`, :mod:`ickg.store` and :mod:`ickg.web`.

Each command keeps its work in the library; this module only parses options and prints.
"""

import click

from ickg import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="ickg")
def cli():
    """ickg: the Integrated Care Knowledge Graph.

    Documents -> extraction -> RDF with provenance -> validation -> reasoning -> store ->
    SPARQL endpoint and linked-data pages.
    """
