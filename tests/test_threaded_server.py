"""The test servers' stop: a server whose trigger pipe was closed under it still stops."""

import os
import threading
import time

from waitress.server import create_server

from threaded_server import stop


def _app(environ, start_response):
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [b"ok"]


def test_a_server_whose_trigger_was_closed_under_it_still_stops():
    server = create_server(_app, host="127.0.0.1", port=0, threads=1)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    os.close(server.trigger.trigger)  # what CI once saw: EBADF at the teardown's pull_trigger
    started = time.monotonic()
    stop(server, thread)
    assert not thread.is_alive()
    assert server.socket is None
    assert time.monotonic() - started < 4
