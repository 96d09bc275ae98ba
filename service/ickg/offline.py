"""No connection while reading: a per-thread guard over Python's audit events.

ickg reads what it is given and nothing else: an imported RDF file, an ontology handed to
owlready2 and HermiT, a file ``ickg validate`` parses. Inside :func:`no_network` any attempt of
this thread to connect out or look a name up fails with :class:`NetworkRefused`, whatever
library makes it, so a way to fetch that the readers do not know of fails too instead of
connecting. (The query and update processes have a stronger wall, :mod:`ickg.sandbox`.)
"""

from __future__ import annotations

import contextlib
import sys
import threading
from typing import Iterator


class NetworkRefused(OSError):
    """A connection or name lookup was attempted inside :func:`no_network`."""


# The audit events that precede every outbound connection or name lookup Python makes
# (https://docs.python.org/3/library/audit_events.html); rdflib's security notes name audit
# hooks as the way to stop its parsers reaching out. ``socket.connect`` is refused only for
# Internet addresses (tuples): AF_UNIX pipes between local processes stay allowed.
_NETWORK_EVENTS = frozenset({"socket.connect", "socket.getaddrinfo", "socket.gethostbyname",
                             "socket.gethostbyaddr", "urllib.Request"})
_guard = threading.local()
_hook_lock = threading.Lock()
_hook_installed = False


def _audit(event, args):
    if event not in _NETWORK_EVENTS or not getattr(_guard, "depth", 0):
        return
    if event == "socket.connect" and not isinstance(args[1], tuple):
        return
    target = args[0] if event in ("urllib.Request", "socket.getaddrinfo", "socket.gethostbyname") else args[-1]
    raise NetworkRefused(f"refused to reach out while reading a file ({event} {target!r}): "
                         f"ickg reads what it is given, nothing else")


@contextlib.contextmanager
def no_network() -> Iterator[None]:
    """Within this block (in this thread), any attempt to connect out or look a name up raises
    :class:`NetworkRefused`. Audit hooks cannot be removed, so one is installed per process and
    does nothing outside such a block."""
    global _hook_installed
    with _hook_lock:
        if not _hook_installed:
            sys.addaudithook(_audit)
            _hook_installed = True
    _guard.depth = getattr(_guard, "depth", 0) + 1
    try:
        yield
    finally:
        _guard.depth -= 1


