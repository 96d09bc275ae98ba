"""SPARQL as text and bytes: the result formats and their serializers, content negotiation,
the query check that refuses what could reach outside the store, and the answer cache.

Nothing here knows where the data lives: the stores (:mod:`ickg.store`) and the web service
(:mod:`ickg.web`) build on it. Like the stores, it imports nothing heavier than pyoxigraph, so
that a query worker process starts fast.
"""
