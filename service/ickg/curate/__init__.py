"""Curation: statements a domain expert writes by hand, each tied to its verbatim quote.

A curation file (:mod:`~ickg.curate.fileformat`; the format is ``graph_data/curation/README.md``)
is read into blocks, its names looked up in the ontology (:mod:`~ickg.curate.vocabulary`), its
quotes located in the document's text (:mod:`~ickg.curate.quotes`), and the result built into
asserted triples with evidence (:mod:`~ickg.curate.builder`, :mod:`ickg.model.provenance`).
"""
