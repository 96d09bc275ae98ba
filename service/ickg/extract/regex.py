"""Regular expressions compiled on first use, not at import.

The extraction modules hold about 540 patterns at module level; compiling them all took 0.3 s of
every process that imported :mod:`ickg.extract.document` (``ickg extract``, each command that
builds, each test's subprocess), though a document uses fewer than half of them and a module
imported for a constant (``statements.VERSION``) uses none. :func:`lazy_compile` gives an object
that stands for the compiled pattern: its ``pattern`` is there at once, and the first use of
anything else (``search``, ``finditer``, ``flags``...) compiles it and keeps the compiled
pattern's methods on the object, so that later calls cost what a compiled pattern's do.

A process that forks workers calls :func:`compile_all` first (see
:func:`ickg.extract.document.extraction_tables`): the workers then inherit every compiled pattern
rather than each compiling its own.
"""

from __future__ import annotations

import re
from typing import Any, cast

__all__ = ["compile_all", "lazy_compile"]

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner")


class _Pattern:
    """What :class:`LazyPattern` and :class:`_CompiledPattern` share: the slots, one per method of
    the compiled pattern kept (a bound method), and the attributes read from it."""

    __slots__ = ("pattern", "_flags", "_compiled", *_METHODS)

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern, compiled now if it was not yet."""
        if self._compiled is None:
            compiled = re.compile(self.pattern, self._flags)
            for name in _METHODS:
                setattr(self, name, getattr(compiled, name))
            self._compiled = compiled
            # Without __getattr__ on its class an object's attributes are read by the generic, faster
            # path: a compiled pattern's methods cost what they cost on re.Pattern (about 80 ns a call less)
            self.__class__ = _CompiledPattern
        return self._compiled

    @property
    def flags(self) -> int:
        return self.compiled().flags

    @property
    def groups(self) -> int:
        return self.compiled().groups

    @property
    def groupindex(self) -> Any:
        return self.compiled().groupindex

    def __reduce__(self) -> tuple[Any, ...]:
        return re.compile, (self.pattern, self._flags)

    def __repr__(self) -> str:
        return f"lazy_compile({self.pattern!r}, {self._flags!r})"


class LazyPattern(_Pattern):
    """``re.compile(pattern, flags)``, made when first used (see the module docstring)."""

    __slots__ = ()

    def __getattr__(self, name: str) -> Any:
        # Called only for a method not set yet: the first use compiles.
        if name not in _METHODS:
            raise AttributeError(name)
        return getattr(self.compiled(), name)


class _CompiledPattern(_Pattern):
    """A :class:`LazyPattern` once compiled: its methods are the compiled pattern's."""

    __slots__ = ()


_MADE: list[LazyPattern] = []


def lazy_compile(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """A pattern that compiles ``pattern`` with ``flags`` on its first use; to callers (and to
    mypy) a compiled pattern."""
    made = LazyPattern(pattern, flags)
    _MADE.append(made)
    return cast("re.Pattern[str]", made)


def compile_all() -> None:
    """Compile every pattern :func:`lazy_compile` has given so far (before forking workers)."""
    for made in _MADE:
        made.compiled()
