"""Validation: the instance data against the SHACL shapes (:mod:`~ickg.validate.shacl`), its
quotes against their documents (:mod:`~ickg.validate.evidence`), and the ontology against its
quality rules (:mod:`~ickg.validate.qc`: ``queries/qc`` and HermiT, what ``ickg qc`` runs).
"""
