"""Serialized answers of the endpoint, kept by store version within a byte budget.

The key is everything the answer depends on: ``(store version, query, dataset, infer, format,
row cap)``; a new build changes the version, so no old answer is served after it.
"""

from __future__ import annotations

from typing import Protocol

from ickg.lru import LRU


class Answer(Protocol):
    """What the cache counts of an answer (a :class:`ickg.store.QueryResult`): its bytes."""

    body: bytes

# What an entry costs beyond its body (the key, the result object).
ENTRY_OVERHEAD = 200


def answer_cache(max_bytes: int) -> LRU[tuple, Answer]:
    """An empty answer cache of ``max_bytes`` (0: keeps nothing; callers skip it)."""
    return LRU(max_bytes=max_bytes, size=lambda key, result: len(result.body) + ENTRY_OVERHEAD,
               replace=False)
