"""Virtuoso's SQL client, ``isql-vt``, driven without putting a password on its command line.

``isql-vt HOST:PORT USER PASSWORD`` is how Virtuoso's documentation runs it, and it shows the
password to every user of the machine (``ps``). Given no password, isql asks for one on its
controlling terminal. So the command runs here on a pseudo-terminal of its own (a new session
whose controlling tty is that pty, echo off) and the password is typed into it when isql asks;
the SQL follows on the same terminal. Nothing of the password reaches argv, the environment or
a file.

Used for Virtuoso's bulk loader (``ld_dir`` + ``rdf_loader_run``) when the store runs on the
machine of the command, and by the tests to administer their own Virtuoso.
"""

from __future__ import annotations

import fcntl
import os
import select
import shutil
import subprocess
import termios
import time

ISQL_NAMES = ("isql-vt", "isql-v", "isql")


class IsqlError(RuntimeError):
    """isql could not log in, or a statement failed; the message is isql's (no password in it)."""


def isql_binary() -> str | None:
    """The path of Virtuoso's isql, or None (``isql`` alone is only taken when it is Virtuoso's)."""
    for name in ISQL_NAMES:
        path = shutil.which(name)
        if path and (name != "isql" or _is_virtuoso(path)):
            return path
    return None


def _is_virtuoso(path: str) -> bool:
    try:
        out = subprocess.run([path, "-?"], capture_output=True, timeout=5, stdin=subprocess.DEVNULL)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return b"Virtuoso" in out.stdout + out.stderr


def _controlling_tty():  # runs in the child between fork and exec
    os.setsid()
    fcntl.ioctl(0, termios.TIOCSCTTY, 0)


def run_isql(address: str, user: str, password: str | None, script: str, *, timeout: float = 3600.0) -> str:
    """Run ``script`` (SQL statements, each ending with ``;`` on its own line) as ``user``.

    Returns isql's output. Raises :class:`IsqlError` on a failed login or on the first
    ``*** Error`` isql prints, :class:`TimeoutError` (the process is killed) after ``timeout``.
    """
    binary = isql_binary()
    if binary is None:
        raise IsqlError("Virtuoso's isql (isql-vt) is not installed on this machine")
    master, slave = os.openpty()
    attrs = termios.tcgetattr(slave)
    attrs[3] &= ~(termios.ECHO | termios.ECHONL)
    termios.tcsetattr(slave, termios.TCSANOW, attrs)
    env = {k: v for k, v in os.environ.items() if k in ("PATH", "HOME", "LANG", "LC_ALL", "TERM")}
    try:
        proc = subprocess.Popen([binary, address, user], stdin=slave, stdout=slave, stderr=slave,
                                preexec_fn=_controlling_tty, env=env, close_fds=True)
    finally:
        os.close(slave)
    out = bytearray()
    pending = b""
    logged_in = False
    prompts = 0
    deadline = time.monotonic() + timeout
    try:
        while True:
            if time.monotonic() > deadline:
                proc.kill()
                raise TimeoutError(f"isql on {address} did not finish in {timeout:.0f} s")
            readable, writable, _ = select.select([master], [master] if pending else [], [], 0.2)
            if writable:
                written = os.write(master, pending[:1024])
                pending = pending[written:]
            if readable:
                try:
                    chunk = os.read(master, 65536)
                except OSError:  # EIO: the child closed the terminal
                    break
                if not chunk:
                    break
                out += chunk
                if not logged_in:
                    asked = out.lower().count(b"enter password")
                    if asked > prompts:
                        prompts = asked
                        if prompts > 1 or password is None:
                            proc.kill()
                            raise IsqlError(f"isql: login as {user} on {address} refused (bad credentials)")
                        pending = password.encode() + b"\n"
                    elif b"SQL>" in out or b"Connected to" in out:
                        logged_in = True
                        del out[:]
                        pending += script.rstrip().encode() + b"\nEXIT;\n"
            elif not writable and proc.poll() is not None:
                break
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        os.close(master)
    text = out.decode("utf-8", errors="replace").replace("\r\n", "\n")
    if not logged_in:
        raise IsqlError(f"isql: could not connect to {address}: {_first_error(text) or text.strip()[-300:]}")
    error = _first_error(text)
    if error:
        raise IsqlError(f"isql on {address}: {error}")
    return text


def _first_error(text: str) -> str | None:
    lines = text.splitlines()
    for i, line in enumerate(lines):
        if "*** Error" in line:
            return " ".join(x.strip() for x in lines[i:i + 2])
    return None
