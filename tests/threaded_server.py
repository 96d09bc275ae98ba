"""Stopping a waitress server that a test runs in a thread of its own."""

import threading


def stop(server, thread: threading.Thread, timeout: float = 5) -> None:
    """Close ``server`` and wait for ``thread`` (the one running ``server.run()``) to end.

    The close is handed to the server's own loop through its trigger, which wakes it: closed
    from another thread, the loop only saw it when its poll timed out (waitress's
    ``asyncore_loop_timeout``, 1 s, whole seconds only), so each test that stopped a server
    waited about a second for nothing (some 25 of them a run, and one per worker at the end).
    """
    if thread.is_alive():
        try:
            server.trigger.pull_trigger(server.close)
        except OSError:
            # The trigger's pipe was closed under it (seen once in CI, EBADF, cause not found):
            # its numbers may belong to another file by now, so they are not closed again.
            server.trigger._closed = True
            server.trigger.del_channel()  # out of the loop's map, so the loop can end
        else:
            thread.join(timeout)
    if thread.is_alive() or server.socket is not None:
        server.close()  # the loop was gone or stuck: closed from here, as before
        thread.join(timeout)
