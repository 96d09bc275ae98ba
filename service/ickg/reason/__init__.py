"""Reasoning: the OWL 2 RL closure with a derivation for every inferred triple, the crosswalk
between typologies, and DL classification with HermiT.

:mod:`~ickg.reason.materialise` is what the build calls. The engine: :mod:`~ickg.reason.terms`
(ints for terms, skolemised blank nodes), :mod:`~ickg.reason.schema` (phase 1: the schema closed
and compiled into tables), :mod:`~ickg.reason.rules` (phase 2: the data). Beside it:
:mod:`~ickg.reason.crosswalk` (the SKOS mapping rule), :mod:`~ickg.reason.dl` (HermiT),
:mod:`~ickg.reason.imports` (``owl:imports``, never followed) and :mod:`~ickg.reason.catalogue`
(what each rule says: a leaf that explanations read).
"""
