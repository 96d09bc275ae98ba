"""The one least-recently-used cache: bounded by a count of entries or by a byte budget.

The endpoint's answers and its replayed responses are bounded by bytes (``CACHE_BYTES``), the
viewer's query results and the slow lane's memory of slow queries by count. Thread-safe; hold
:attr:`LRU.lock` (re-entrant) around a check and a :meth:`LRU.put` that must go together.

>>> cache = LRU(max_items=2)
>>> cache.put("a", 1); cache.put("b", 2); cache.get("a"); cache.put("c", 3)
True
True
1
True
>>> sorted(cache.keys())
['a', 'c']
>>> sized = LRU(max_bytes=100, size=lambda key, value: len(value))
>>> sized.put("big", b"x" * 20)       # more than an eighth of the budget: not kept
False
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Callable, Generic, Hashable, Iterator, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")
_MISSING = object()


class LRU(Generic[K, V]):
    """Least recently used first out.

    Args:
        max_items: the most entries kept (None: no count limit).
        max_bytes: the most bytes kept, as ``size(key, value)`` counts them (None: no byte limit);
            an entry larger than ``largest`` (default: an eighth of the budget) is not kept, so
            one answer cannot flush all the others.
        size: what an entry costs in bytes (needed with ``max_bytes``).
        replace: whether :meth:`put` replaces a value already there (else it keeps the first).
    """

    def __init__(self, *, max_items: int | None = None, max_bytes: int | None = None,
                 size: Callable[[K, V], int] | None = None, largest: int | None = None,
                 replace: bool = True) -> None:
        if max_bytes is not None and size is None:
            raise ValueError("a byte budget needs a size function")
        self.max_items = max_items
        self.max_bytes = max_bytes
        self.largest = largest if largest is not None else (max_bytes // 8 if max_bytes else None)
        self.replace = replace
        self.lock = threading.RLock()
        self._size = size
        self._items: OrderedDict[K, tuple[V, int]] = OrderedDict()
        self._bytes = 0

    @property
    def bytes(self) -> int:
        """What the entries cost, as ``size`` counts it."""
        return self._bytes

    def get(self, key: K, default: V | None = None) -> V | None:
        """The value of ``key`` (now the most recently used), or ``default``."""
        with self.lock:
            item = self._items.get(key)
            if item is None:
                return default
            self._items.move_to_end(key)
            return item[0]

    def peek(self, key: K, default: V | None = None) -> V | None:
        """The value of ``key`` without counting it as a use."""
        with self.lock:
            item = self._items.get(key)
            return default if item is None else item[0]

    def put(self, key: K, value: V) -> bool:
        """Keep ``value`` under ``key``, dropping the least recently used past the limits;
        whether it is kept (False: too large for the budget, or already there and not replaced)."""
        cost = self._size(key, value) if self._size is not None else 0
        if self.largest is not None and cost > self.largest:
            return False
        with self.lock:
            old = self._items.get(key)
            if old is not None:
                if not self.replace:
                    return False
                self._bytes -= old[1]
            self._items[key] = (value, cost)
            self._items.move_to_end(key)
            self._bytes += cost
            while self._items and ((self.max_items is not None and len(self._items) > self.max_items)
                                   or (self.max_bytes is not None and self._bytes > self.max_bytes)):
                _, (_, dropped) = self._items.popitem(last=False)
                self._bytes -= dropped
            return key in self._items

    def pop(self, key: K, default: V | None = None) -> V | None:
        with self.lock:
            item = self._items.pop(key, None)
            if item is None:
                return default
            self._bytes -= item[1]
            return item[0]

    def clear(self) -> None:
        with self.lock:
            self._items.clear()
            self._bytes = 0

    def keys(self) -> list[K]:
        with self.lock:
            return list(self._items)

    def __contains__(self, key: object) -> bool:
        with self.lock:
            return key in self._items

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[K]:
        return iter(self.keys())
