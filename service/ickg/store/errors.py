"""What can go wrong with a store, as exceptions the web layer maps to status codes."""

class StoreError(RuntimeError):
    """The store could not answer (I/O error, worker crash, remote failure)."""


class QuerySyntaxError(ValueError):
    """The query or update is not valid SPARQL; the message says where."""


class QueryTimeout(TimeoutError):
    """The query ran out of time (or waited too long for a free worker) and was stopped."""


class StoreBusy(QueryTimeout):
    """Refused at once: the slow-query lane (or this client's share of it) is full.

    ``retry_after`` is a whole number of seconds after which a slow slot will have freed (the
    soonest deadline of the slow queries running), for the HTTP ``Retry-After`` header.
    """

    def __init__(self, message: str, retry_after: float = 1) -> None:
        super().__init__(message)
        self.retry_after = max(1, int(retry_after))


class OverLimit(StoreError):
    """The query hit a per-query cap (answer bytes or worker memory); asking again will not help."""


class UpdateNotAllowed(PermissionError):
    """This store does not accept SPARQL Update."""
