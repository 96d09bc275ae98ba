"""The web service: a Flask app factory and one blueprint per URL area.

``ickg serve`` runs :func:`create_server` (waitress) in one process, or with ``--processes N``
N of them forked onto one listening socket (:func:`serve_in_processes`).

Configuration comes from (later wins): the defaults of :mod:`ickg.settings` (the one table of
the settings, their defaults and what they do; the README prints it), ``ICKG_*`` environment
variables (``ICKG_DATA_DIR=/srv/ickg``, ``ICKG_QUERY_TIMEOUT=10``; values are parsed as JSON when
they can be), and ``test_config``. ``ickg serve`` passes its options as ``test_config``. The
store is ``STORE`` when given (a store object: tests), else a remote one (``STORE_URL``), else the
data directory's (``DATA_DIR``).

Why two lanes and two thread pools (measured by ``benchmarks/bench_fairness.py``): with every
query in one pool of workers and threads, four slow queries made every other query wait 20-30 s.
Now a cached GET is answered by threads that do nothing else (:func:`create_server`), a cheap
query finds a fast-lane worker free (slow ones leave that lane after SLOW_AFTER), and slow queries
share a bounded lane, refused at once when it is full rather than queued behind each other.

Every response carries :data:`ickg.web.headers.SECURITY_HEADERS` (an ``after_request`` hook):
what is cached and replayed (:class:`ickg.web.fastpath.FastPath`) was stored with them.
"""

from importlib import import_module

from flask import Flask, redirect, url_for

from ickg import settings
from ickg.web import errors, extension, links
from ickg.web.fastpath import FastPath
from ickg.web.headers import SECURITY_HEADERS, secure
from ickg.web.server import create_server, get_once, listening_socket
from ickg.web.supervisor import serve_in_processes

DEFAULTS = settings.DEFAULTS

# One module of ickg.web per URL area, each exposing ``bp``.
BLUEPRINTS = ("sparql", "resource", "pages", "graphics", "explain", "editor", "review")


def create_app(test_config=None):
    """Build the Flask app over the configured store."""
    app = Flask(__name__)
    app.config.from_mapping(DEFAULTS)
    app.config.from_prefixed_env(prefix="ICKG")
    if test_config is not None:
        app.config.from_mapping(test_config)

    extension.init_app(app)
    links.init_app(app)
    errors.init_app(app)

    for name in BLUEPRINTS:
        app.register_blueprint(import_module(f"ickg.web.{name}").bp)

    if not any(rule.rule == "/" for rule in app.url_map.iter_rules()):
        app.add_url_rule("/", "index", lambda: redirect(url_for("sparql.endpoint")))
    app.after_request(secure)
    # Repeated GET /sparql queries are answered before Flask (see ickg.web.fastpath.FastPath).
    app.wsgi_app = app.extensions["ickg.fast_path"] = FastPath(app, app.wsgi_app)
    return app


__all__ = ["create_app", "create_server", "get_once", "listening_socket", "serve_in_processes",
           "DEFAULTS", "SECURITY_HEADERS", "BLUEPRINTS"]
