"""The model: records and curated statements become RDF, every fact with its provenance.

:mod:`~ickg.model.provenance` says how a triple points back to the characters that state it
(reified statements, Web Annotation evidence and mentions); :mod:`~ickg.model.populate` turns
extraction records into quads in the asserted, mentions and provenance graphs.
"""
