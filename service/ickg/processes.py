"""Child processes that end with the process that started them.

A build starts other processes: extraction workers (:mod:`concurrent.futures`) and the Java
virtual machine that runs HermiT (owlready2 runs ``java`` as a subprocess). When the build is
killed with SIGKILL nothing in it runs any more, so nothing in it can stop them: extraction
workers wait for work forever and a JVM runs on to the end of its classification. Linux can do it
for us: ``prctl(PR_SET_PDEATHSIG, sig)`` asks the kernel to send ``sig`` to a process when its
parent exits, however the parent ends. The request survives ``exec``, so a program started
through :func:`main` (``python -m ickg.processes PARENT PROGRAM ARGS...``) dies with ``PARENT``
too. Elsewhere (no ``prctl``) nothing changes.
"""

from __future__ import annotations

import os
import signal
import sys

PR_SET_PDEATHSIG = 1


def die_with_parent(parent: int | None = None, sig: int = signal.SIGKILL) -> bool:
    """Have the kernel send ``sig`` to this process when its parent exits; whether it could.

    ``parent`` is the pid the parent had: if it is already gone (it died before the request was
    made, and this process was handed to another one), this process exits at once.
    """
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(PR_SET_PDEATHSIG, int(sig), 0, 0, 0) != 0:
            return False
    except (OSError, AttributeError):
        return False
    if parent is not None and os.getppid() != parent:
        os._exit(1)
    return True


def tied_to_this_process(argv: list[str]) -> list[str]:
    """``argv`` as a command line whose program dies with this process (through :func:`main`).

    For the programs a build runs to the end of a stage (``sort``, ``java``): killed with
    SIGKILL, the build could not stop them, and they would go on writing in a staged folder the
    next command removes."""
    return [sys.executable, "-m", "ickg.processes", str(os.getpid()), *argv]


def _worker_initializer(parent, then):
    die_with_parent(parent)
    if then is not None:
        then()


def map_in_workers(function, jobs, *, processes=None, initializer=None, chunksize=1) -> list:
    """``[function(job) for job in jobs]`` on ``processes`` worker processes, in order."""
    return list(iter_in_workers(function, jobs, processes=processes, initializer=initializer,
                                chunksize=chunksize))


def iter_in_workers(function, jobs, *, processes=None, initializer=None, chunksize=1):
    """``function(job) for job in jobs`` on ``processes`` worker processes, yielded in order as
    they come (a caller that consumes them as it goes holds no more than a few at a time).

    The workers die with this process (a killed build leaves none behind), and when the caller
    is interrupted, or stops iterating, the jobs not yet started are dropped instead of run to
    the end.
    """
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(max_workers=processes, initializer=_worker_initializer,
                               initargs=(os.getpid(), initializer))
    try:
        yield from pool.map(function, jobs, chunksize=chunksize)
    except BaseException:
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown()


def main(argv=None):
    """``python -m ickg.processes PARENT PROGRAM ARGS...``: become PROGRAM, dying with PARENT."""
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) < 2:
        print("usage: python -m ickg.processes PARENT-PID PROGRAM [ARGS...]", file=sys.stderr)
        return 2
    die_with_parent(int(args[0]))
    os.execvp(args[1], args[1:])


if __name__ == "__main__":
    sys.exit(main())
