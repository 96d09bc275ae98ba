"""Third-party modules that a library imports at start-up but uses rarely, loaded on first use.

rdflib's ``rdflib.term`` imports ``html5rdf`` (an HTML5 parser, 25 modules) only to parse and
write ``rdf:HTML`` literals, which ickg neither makes nor reads: the import took 0.1 of the 0.4
CPU-s of ``import rdflib``, in every command that builds, ingests, checks or queries
(``python -c "import rdflib"``, five alternated runs: 0.34-0.49 -> 0.25-0.31 CPU-s).

:func:`defer` puts a stand-in for such a module into ``sys.modules`` before the library imports
it: the library's ``import`` binds the stand-in, and the first attribute read from it (by
anything) imports the real module and makes the stand-in a copy of it, so every use sees the real
module's behaviour: an ``rdf:HTML`` literal is parsed as before. ``importlib.util.LazyLoader``
cannot do this: the import statement itself reads the module's ``__spec__``, which loads it.
"""

from __future__ import annotations

import importlib
import importlib.util
import _thread
import sys
import types

__all__ = ["defer"]

_LOADING = _thread.RLock()  # two threads' first uses load the module once (_thread: loaded already, threading is not)


class _Deferred(types.ModuleType):
    """A module not loaded yet: any attribute it lacks loads the real one."""

    def __getattr__(self, name: str) -> object:
        return getattr(_load(self), name)


def _load(stand_in: _Deferred) -> types.ModuleType:
    """The real module behind ``stand_in``, imported now if it was not yet; its attributes are
    copied onto the stand-in, which the modules that imported it hold."""
    with _LOADING:
        if sys.modules.get(stand_in.__name__) is stand_in:
            del sys.modules[stand_in.__name__]
            try:
                real = importlib.import_module(stand_in.__name__)
            except BaseException:
                sys.modules[stand_in.__name__] = stand_in
                raise
            stand_in.__dict__.update(real.__dict__)
        return sys.modules[stand_in.__name__]


def defer(name: str) -> bool:
    """Make the top-level module ``name`` load on its first use; whether it will.

    Nothing changes when it is imported already or is not installed (an importer's ``import``
    must then fail as it would have).
    """
    if name in sys.modules or "." in name:
        return False
    try:
        if importlib.util.find_spec(name) is None:
            return False
    except (ImportError, ValueError):
        return False
    stand_in = _Deferred(name)
    stand_in.__spec__ = None
    sys.modules[name] = stand_in
    return True
