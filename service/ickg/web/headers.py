"""Headers every response carries, and redirects that never send a client's Host header back."""

from __future__ import annotations

from urllib.parse import urlsplit

from flask import Response, current_app, request

# Sent with every response. The pages load only the service's own style sheets (no script, no
# inline style, no frames); forms post only to the service; no page can be framed or sniffed
# into another type, and no URL (queries, IRIs) leaks to other sites as a Referer.
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; object-src 'none'; base-uri 'none'; "
                               "form-action 'self'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
}


def secure(response: Response) -> Response:
    """Add :data:`SECURITY_HEADERS`; make a redirect's ``Location`` independent of ``Host``.

    Werkzeug builds the redirects it makes itself (``/id//x`` to ``/id/x``) as absolute URLs
    from the request's Host header; here they become relative (or based on BASE_URL), so
    whatever a client claims as its host is never sent back as a place to go. The service
    only ever redirects to itself, so every Location is treated so.
    """
    response.headers.update(SECURITY_HEADERS)
    location = response.headers.get("Location")
    if location and _own_location(location) != location:
        response.headers["Location"] = _own_location(location)
        if 300 <= response.status_code < 400:  # werkzeug's body repeats the absolute URL
            response.set_data(f"Redirecting to {response.headers['Location']}\n")
            response.mimetype = "text/plain"
    return response


def _own_location(location):
    parts = urlsplit(location)
    path = "/" + parts.path.lstrip("/\\")  # never "//host" (a protocol-relative URL)
    base = current_app.config.get("BASE_URL")
    if base:
        root = request.script_root
        path = base.rstrip("/") + (path[len(root):] if root and path.startswith(root) else path)
    return path + ("?" + parts.query if parts.query else "")
