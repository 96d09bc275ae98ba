"""Extraction: documents in, records out, every value with the character spans that state it.

A document is read (:mod:`~ickg.extract.readers`: plain text, HTML, PDF, PubMed and JATS XML),
its layout found (:mod:`~ickg.extract.layout`: site chrome, sections, sentences), and then what it
says about itself (:mod:`~ickg.extract.metadata`) and what it names: concepts of the ontology
(:mod:`~ickg.extract.lexicon`), places (:mod:`~ickg.extract.gazetteer`,
:mod:`~ickg.extract.places`), actors and conditions (:mod:`~ickg.extract.actors`), acronyms and
candidate entities (:mod:`~ickg.extract.entities`) and rule-based statements
(:mod:`~ickg.extract.statements`). :mod:`~ickg.extract.document` puts it together into one
:class:`~ickg.extract.document.DocumentRecord`. Nothing is stored: :mod:`ickg.model` turns
records into RDF.
"""
