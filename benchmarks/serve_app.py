"""The app ``ickg serve`` makes, for another WSGI server's worker processes (gunicorn, granian).

``benchmarks/bench_sparql.py --fronts`` puts these servers in front of the same app, side by
side with ``ickg serve`` (waitress in processes supervised by ``ickg.web.supervisor``). The
config is the JSON object in ICKG_SERVE_CONFIG (keys of ``ickg.settings``); each worker
process calls :func:`app` after its fork and starts its query workers at once, as
``ickg.web.create_server`` does.
"""

import json
import os

from ickg.web import create_app


def app():
    made = create_app(json.loads(os.environ.get("ICKG_SERVE_CONFIG") or "{}"))
    store = made.extensions["ickg.store"]
    if hasattr(store, "start"):
        store.start()
    return made
