"""Repeated ``GET /sparql?query=...`` answered before Flask, byte for byte what Flask answered."""

from __future__ import annotations

from ickg.lru import LRU
from ickg.web.headers import SECURITY_HEADERS


class FastPath:
    """WSGI middleware in front of Flask: replays cached ``GET /sparql?query=...`` answers.

    A cache hit through Flask costs ~0.4 ms of routing, request parsing, query checking and
    negotiation; most of a repeated query's time. This wrapper answers the repeat before any of
    that: it keeps the exact response (status, headers, body) Flask produced for a cacheable
    answer, keyed by the raw query string and the request headers the answer depends on (Accept,
    and Origin for CORS), and replays it, or a 304 when ``If-None-Match`` is exactly its ETag.

    Nothing is stored that Flask did not mark as cacheable (:func:`_query` sets
    ``ickg.fast_path`` in the WSGI environ with the store version it answered from), so
    refusals, errors, volatile queries, HTML pages and remote stores never go through it.
    The store version is checked on every request (a stat of ``CURRENT``, a few
    microseconds): after a new build no old answer is served, and the entries are dropped.
    Any other ``If-None-Match`` form (lists, weak tags, ``*``) and every POST go to Flask.
    Memory: at most CACHE_BYTES, mostly the same body objects the result cache holds.
    """

    HEADERS_304 = frozenset({"etag", "cache-control", "vary", "access-control-allow-origin",
                             "access-control-allow-methods", "access-control-allow-headers",
                             "access-control-expose-headers"}
                            | {name.lower() for name in SECURITY_HEADERS})

    def __init__(self, app, wsgi_app):
        self.app = app
        self.wsgi_app = wsgi_app
        self.max_bytes = int(app.config["CACHE_BYTES"] or 0)
        # key -> (etag header value, headers, headers for 304, body); within CACHE_BYTES
        self._entries = LRU(max_bytes=self.max_bytes,
                            size=lambda key, entry: len(entry[3]) + len(key[0]) + 500, replace=False)
        self._version = None
        self._lock = self._entries.lock  # the version and the entries change together

    def would_answer(self, request):
        """Whether a waitress request (parsed, not yet run) will be answered from these entries.

        Called from waitress's event loop for every request (see ``ickg.web.server._lane_dispatcher``),
        so it only reads: the same checks as :meth:`__call__`, without moving the entry.
        """
        if (request.command != "GET" or request.path != "/sparql" or not request.query
                or not self.max_bytes):
            return False
        headers = request.headers
        key = (request.query, headers.get("ACCEPT"), headers.get("ORIGIN"))
        version = self.app.extensions["ickg.store"].version
        with self._lock:
            entry = self._entries.peek(key) if version == self._version else None
        if entry is None:
            return False
        revalidate = headers.get("IF_NONE_MATCH")
        return revalidate is None or revalidate.strip() == entry[0]

    def __call__(self, environ, start_response):
        if (environ.get("PATH_INFO") != "/sparql" or environ.get("REQUEST_METHOD") != "GET"
                or not self.max_bytes or not environ.get("QUERY_STRING")):
            return self.wsgi_app(environ, start_response)
        version = self.app.extensions["ickg.store"].version
        key = (environ["QUERY_STRING"], environ.get("HTTP_ACCEPT"), environ.get("HTTP_ORIGIN"))
        with self._lock:
            if version != self._version:
                self._entries.clear()
                self._version = version
            entry = self._entries.get(key)
        if entry is not None:
            etag, headers, headers_304, body = entry
            revalidate = environ.get("HTTP_IF_NONE_MATCH")
            if revalidate is None:
                start_response("200 OK", list(headers))
                return [body]
            if revalidate.strip() == etag:
                start_response("304 NOT MODIFIED", list(headers_304))
                return []
        captured = []

        def capture(status, headers, exc_info=None):
            captured[:] = [status, headers]
            return start_response(status, headers, exc_info)

        answer = self.wsgi_app(environ, capture)
        marked = environ.get("ickg.fast_path")
        if marked is None or not captured or not captured[0].startswith("200 "):
            return answer
        try:
            body = b"".join(answer)
        finally:
            if hasattr(answer, "close"):
                answer.close()
        headers = tuple(captured[1])
        names = {name.lower(): value for name, value in headers}
        if "etag" in names and "set-cookie" not in names:
            self._put(marked, key, (names["etag"], headers,
                                    tuple(h for h in headers if h[0].lower() in self.HEADERS_304), body))
        return [body]

    def _put(self, version, key, entry):
        with self._lock:
            if version == self._version:
                self._entries.put(key, entry)
