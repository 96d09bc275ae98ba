"""The build pipeline, one module per stage, in the order data flows through them.

extract (documents -> records) -> curate (hand-written statements -> located quotes) ->
populate (records and statements -> RDF with provenance) -> validate (SHACL and evidence
checks) -> reason (inferred graph) -> publish (release files and the store).
"""
