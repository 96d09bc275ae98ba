"""The web service: a Flask app factory and one blueprint per URL area.

Configuration comes from (later wins): the defaults below, ``ICKG_*`` environment variables
(``ICKG_DATA_DIR=/srv/ickg``, ``ICKG_QUERY_TIMEOUT=10``; values are parsed as JSON when they
can be), and ``test_config``. ``ickg serve`` passes its options as ``test_config``.

Keys:
    STORE           a store object from :mod:`ickg.store` (tests); else one is opened from
    STORE_URL       a remote SPARQL query endpoint (with UPDATE_URL, GSP_URL), else from
    DATA_DIR        the data directory (see :mod:`ickg.store` for its layout and default)
    QUERY_TIMEOUT   seconds a query may run before its worker is killed (30)
    MAX_ROWS        result rows (triples for graphs) returned at most, announced when hit (10000)
    UPDATE_TOKEN    enables SPARQL Update for requests bearing ``Authorization: Bearer <token>``
    CORS_ORIGIN     ``*`` or comma-separated origins allowed to read responses (off)
    MAX_CONTENT_LENGTH   request body limit in bytes (1 MiB); MAX_QUERY_LENGTH in characters
    CACHE_BYTES     memory for cached results, keyed by store version (64 MiB; 0 disables)
    QUERY_WORKERS   query worker processes (one per core)
"""

from importlib import import_module

from flask import Flask, redirect, url_for

from ickg import store as store_module

DEFAULTS = {
    "STORE": None,
    "STORE_URL": None,
    "UPDATE_URL": None,
    "GSP_URL": None,
    "DATA_DIR": None,
    "QUERY_TIMEOUT": 30.0,
    "MAX_ROWS": 10_000,
    "UPDATE_TOKEN": None,
    "CORS_ORIGIN": None,
    "MAX_CONTENT_LENGTH": 1024 * 1024,
    "MAX_QUERY_LENGTH": 200_000,
    "CACHE_BYTES": 64 * 1024 * 1024,
    "QUERY_WORKERS": None,
}

# One module of ickg.web per URL area, each exposing ``bp``. The linked-data viewer adds
# "resource" here when web/resource.py lands.
BLUEPRINTS = ("sparql", "resource", "pages", "graphics", "explain")


def create_app(test_config=None):
    """Build the Flask app over the configured store."""
    app = Flask(__name__)
    app.config.from_mapping(DEFAULTS)
    app.config.from_prefixed_env(prefix="ICKG")
    if test_config is not None:
        app.config.from_mapping(test_config)

    store_module.init_app(app)

    for name in BLUEPRINTS:
        app.register_blueprint(import_module(f"ickg.web.{name}").bp)

    if not any(rule.rule == "/" for rule in app.url_map.iter_rules()):
        app.add_url_rule("/", "index", lambda: redirect(url_for("sparql.endpoint")))
    # Repeated GET /sparql queries are answered before Flask (see ickg.web.sparql.FastPath).
    from ickg.web.sparql import FastPath

    app.wsgi_app = FastPath(app, app.wsgi_app)
    return app


def create_server(app, *, host="127.0.0.1", port=8080, threads=8):
    """A waitress server for ``app`` (not started): ``.run()``, ``.close()``, ``.effective_port``.

    Waitress, not Flask's development server: it serves ``threads`` requests at once and bounds
    request bodies by MAX_CONTENT_LENGTH before the app sees them. ``port=0`` picks a free port.
    The store's query workers are started here so the first query does not pay for them.
    """
    from waitress.server import create_server as waitress_server

    store = app.extensions["ickg.store"]
    if hasattr(store, "start"):
        store.start()
    return waitress_server(
        app,
        host=host,
        port=port,
        threads=threads,
        ident="ickg",
        max_request_body_size=int(app.config["MAX_CONTENT_LENGTH"]),
        connection_limit=max(100, threads * 16),
        channel_timeout=120,
    )


def get_once(app, path):
    """Answer one GET request in-process (``ickg serve --get``): ``(status code, body bytes)``."""
    with app.test_client() as client:
        response = client.get(path)
        return response.status_code, response.get_data()
