"""Error pages: a friendly HTML page for browsers, one line of plain text for everyone else.

Registered for the whole app (:func:`init_app`): 404, 405, 500, and the store's errors raised
while a page was put together (a timeout is a 503, a malformed query a 400; a remote store's errors carry their own
status, 502 or 504).
"""

from __future__ import annotations

from flask import Flask, Response, current_app, render_template, request

from ickg.sparql import negotiation
from ickg.store import QuerySyntaxError, QueryTimeout, StoreError


def error_page(status, title, message, *, iri=None):
    response = Response(render_template("resource/error.html", status=status, title=title, message=message, iri=iri),
                        status=status, mimetype="text/html")
    return response


def _wants_html():
    best = negotiation.preferred(request.accept_mimetypes, ("text/html", "text/plain", "application/json"))
    return best in (None, "text/html") and not request.path.startswith("/sparql")


def _not_found(err):
    if not _wants_html():
        return Response("Not found.\n", status=404, mimetype="text/plain")
    return error_page(404, "Page not found", f"There is no page at {request.path}.")


def _not_allowed(err):
    if not _wants_html():
        return Response("Method not allowed.\n", status=405, mimetype="text/plain")
    return error_page(405, "Method not allowed", f"{request.method} is not accepted at {request.path}.")


def _server_error(err):
    if not _wants_html():
        return Response("Internal server error.\n", status=500, mimetype="text/plain")
    return error_page(500, "Something went wrong", "The server could not show this page. The error has been logged.")


def _store_error_handler(err):
    # a remote store's errors carry their own status: 502 (unreachable, failed), 504 (no answer in time)
    status = getattr(err, "http_status", None)
    if isinstance(err, QueryTimeout):
        status, title, message = status or 503, "The graph took too long", "The queries behind this page ran out of time. Try again shortly."
        if status == 504:
            message = f"The store did not answer in time: {err}"
    elif isinstance(err, QuerySyntaxError):
        status, title, message = 400, "Bad request", str(err)
    else:
        status, title, message = status or 500, "The store could not answer", str(err)
    current_app.logger.error("viewer page %s failed: %s", request.path, err)
    if not _wants_html():
        return Response(message + "\n", status=status, mimetype="text/plain")
    return error_page(status, title, message)


def init_app(app: Flask) -> None:
    """Register the error handlers on ``app``."""
    app.register_error_handler(404, _not_found)
    app.register_error_handler(405, _not_allowed)
    app.register_error_handler(500, _server_error)
    for exc in (QueryTimeout, StoreError, QuerySyntaxError):
        app.register_error_handler(exc, _store_error_handler)
