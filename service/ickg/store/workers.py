"""Query worker processes in two lanes, so that cheap queries never wait behind slow ones.

Each worker opens the store read-only, answers jobs from an inherited socket, and is killed
(SIGKILL) when its query runs out of time: pyoxigraph cannot interrupt a query from Python, and
a query that runs on after its client was told "timeout" keeps a core busy for nothing. See
:class:`WorkerPool` for the lanes and :mod:`ickg.store` for why.
"""

import gc
import hashlib
import math
import os
import pickle
import select
import signal
import socket
import subprocess
import sys
import threading
import time
from typing import Any
from multiprocessing.connection import Connection

import pyoxigraph as ox

from ickg import sandbox
from ickg.lru import LRU
from ickg.settings import DEFAULTS
from ickg.store.errors import OverLimit, QueryTimeout, StoreBusy, StoreError
from ickg.store.evaluation import default_graph_is_empty, evaluate, memory_message


def _worker_main():
    """Entry point of a query worker: read jobs from the inherited socket, answer each."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C goes to the server, which kills us
    sandbox.install_or_warn("query worker")  # no network from here on (see ickg.sandbox)
    conn = Connection(int(sys.argv[1]))
    stores = {}
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        path = job["store_dir"]
        opened = stores.get(path)
        if opened is None:
            stores.clear()
            gc.collect()
            try:
                store = ox.Store.read_only(path)
                opened = stores[path] = (store, default_graph_is_empty(store))
            except OSError as err:
                conn.send(("error", f"cannot open the store: {err}"))
                continue
        store, empty = opened
        conn.send_bytes(pickle.dumps(evaluate(store, job, default_graph_empty=empty), pickle.HIGHEST_PROTOCOL))


class _Worker:
    """One query worker process, the socket to it and a pidfd that becomes readable when it dies.

    ``lane`` is "fast" or "slow"; ``state`` is "starting" (warming up), "idle" or "busy".
    """

    def __init__(self, *, memory_limit=None, slow=False):
        parent, child = socket.socketpair()
        self.process = subprocess.Popen(
            [sys.executable, "-c", "from ickg.store.workers import _worker_main; _worker_main()", str(child.fileno())],
            pass_fds=[child.fileno()],
            stdin=subprocess.DEVNULL,
            env={**os.environ, "RUST_BACKTRACE": "0"},  # an allocation failure prints one line
        )
        child.close()
        self.conn = Connection(parent.detach())
        self._poller = select.poll()
        self._poller.register(self.conn.fileno(), select.POLLIN)
        self._killing = threading.Lock()
        self.lane = "fast"
        self.state = "busy"
        self.slot = None
        try:
            self.pidfd = os.pidfd_open(self.process.pid)
        except (AttributeError, OSError):  # not Linux >= 5.3: the keeper polls instead
            self.pidfd = None
        if memory_limit:
            _limit_memory(self.process.pid, memory_limit)
        if slow:
            self.demote()

    @property
    def pid(self):
        return self.process.pid

    def send(self, job):
        """Send a job. What ``Connection.send`` sends, without the ``ForkingPickler`` it builds per
        call (a job is plain data): ~30 µs of an uncached query's ~1 ms in the web process."""
        self.conn.send_bytes(pickle.dumps(job, pickle.HIGHEST_PROTOCOL))

    def ready(self, timeout):
        """Whether a reply (or the worker's end) can be read within ``timeout`` seconds (None:
        wait). ``Connection.poll`` would build and register a new selector on every call."""
        if self.conn.closed:
            raise OSError("handle is closed")
        events = self._poller.poll(None if timeout is None else math.ceil(max(0.0, timeout) * 1000))
        return bool(events)

    def demote(self):
        """Move to the slow lane: a lower CPU priority, so cheap queries keep the cores."""
        self.lane = "slow"
        try:
            os.setpriority(os.PRIO_PROCESS, self.process.pid, SLOW_NICE)
        except (AttributeError, OSError):
            pass

    def exit_status(self, wait=1.0):
        """The process's return code once it has exited (negative: killed by that signal)."""
        try:
            return self.process.wait(wait)
        except subprocess.TimeoutExpired:
            return None

    def kill(self):
        """Kill the process and close its socket, once, whichever thread asks first.

        The pool's close and a request thread that saw the worker die may both ask at once; a
        second close of the same descriptor number would fail, or close whatever file took the
        number meanwhile."""
        with self._killing:
            try:
                self.process.send_signal(signal.SIGKILL)
            except ProcessLookupError:
                pass
            self.process.wait()
            self.conn.close()  # a no-op the second time (the handle is None once closed)


def _limit_memory(pid, limit):
    """Cap the data segment (heap and anonymous mappings: RLIMIT_DATA) of worker ``pid``.

    Set from the server with prlimit, so the worker's entry point does not change. RLIMIT_DATA
    rather than RLIMIT_AS: a worker reserves ~450 MB of address space it never touches (thread
    stacks, allocator arenas, the store's files) but writes ~95 MB. Past the limit an allocation
    fails: Python raises MemoryError, Oxigraph's Rust code aborts the process (SIGABRT).
    """
    try:
        import resource

        resource.prlimit(pid, resource.RLIMIT_DATA, (limit, limit))
    except (ImportError, AttributeError, OSError, ValueError):
        pass


SLOW_NICE = 19  # CPU weight ~1/70 of a normal process: slow queries run on what cheap ones leave
SLOW_SPARES = 1  # idle slow-lane workers kept for the next known-slow query (each ~50 MB)
KNOWN_SLOW = 4096  # query texts remembered as slow (LRU)


class _WorkerDied(Exception):
    def __init__(self, error, retry):
        super().__init__(str(error))
        self.error = error
        self.retry = retry


class _Slot:
    """A place in the slow lane, held by one query: who asked, and when it will be stopped."""

    __slots__ = ("client", "deadline")

    def __init__(self, client, deadline):
        self.client = client
        self.deadline = deadline


class WorkerPool:
    """Worker processes in two lanes, so that cheap queries never wait behind slow ones.

    Fast lane: ``size`` warm workers. Every query starts there unless it is known to be slow. A
    query still running after ``slow_after`` seconds is moved, with its worker, to the slow lane
    (the worker's CPU priority is lowered and a fresh fast worker takes its place), if a slow slot
    is free and this client holds fewer than ``per_client`` of them; otherwise it is stopped at
    once with :class:`StoreBusy`. Either way its text is remembered as slow, and the next time it
    goes straight to the slow lane, or is refused at once when that is full, without touching
    the fast lane. A known-slow query that then finishes within ``slow_after`` is forgotten.

    Slow lane: at most ``slow_slots`` queries at once, on workers started on demand (one idle
    spare is kept). ``slow_slots=0`` turns the lanes off: every query runs in the fast lane until
    its timeout, as before.

    Every query keeps its killable timeout: past it, the worker is killed and replaced. A keeper
    thread watches every worker's pidfd, so a worker that dies (killed, out of memory) is removed
    and replaced as soon as it dies, not when next used; a query whose worker died before
    answering is tried once more on another worker, except when it died of the memory limit.
    """

    def __init__(self, size, *, slow_slots=0, slow_after=DEFAULTS["SLOW_AFTER"], per_client=0,
                 memory_limit=None, warm_job=None):
        self.size = max(1, size)
        self.slow_slots = max(0, slow_slots or 0)
        self.slow_after = slow_after
        self.per_client = max(0, per_client or 0)
        self.memory_limit = memory_limit or None
        self._warm_job = warm_job
        self._cond = threading.Condition()
        self._workers = set()
        self._idle = {"fast": [], "slow": []}
        self._slots = set()
        self._known_slow = LRU(max_items=KNOWN_SLOW)  # cost keys of queries that proved slow
        self._closed = False
        self._start_failures = 0  # fast workers in a row that died before they were warm
        self._last_failure = None
        self._last_failure_at = 0.0
        self._wake_lock = threading.Lock()
        self._wake_r, self._wake_w = os.pipe()
        os.set_blocking(self._wake_w, False)
        self._keeper = threading.Thread(target=self._keep, name="ickg-query-workers", daemon=True)
        with self._cond:
            for _ in range(self.size):
                self._start_fast()
        self._keeper.start()

    # -- what tests and benchmarks read ----------------------------------------------------------

    @property
    def pids(self) -> list[int]:
        """Process ids of the live workers, both lanes (tests read their CPU time)."""
        with self._cond:
            return sorted(w.pid for w in self._workers)

    def lane_pids(self, lane: str, state: str | None = None) -> list[int]:
        """Process ids of the workers of ``lane`` ("fast"/"slow"), optionally in one ``state``."""
        with self._cond:
            return sorted(w.pid for w in self._workers if w.lane == lane and state in (None, w.state))

    def wait_ready(self, timeout: float = 30.0) -> bool:
        """Block until the fast lane is warm (every worker started and its store open)."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while len(self._idle["fast"]) < self.size and not self._closed:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return False
                self._cond.wait(remaining)
        return True

    # -- running a query -------------------------------------------------------------------------

    def run(self, job: dict[str, Any], timeout: float | None = None, *, client: str | None = None,
            lanes: bool = True) -> tuple[Any, ...]:
        """Evaluate ``job`` on a worker and return its reply; wait at most ``timeout`` seconds in all.

        ``client`` (the requester's address) is what ``per_client`` counts. ``lanes=False``
        keeps the job in the fast lane until its timeout (for work that must not be refused
        as slow, such as an authorized update).

        Raises:
            StoreBusy: the query is (or proved) slow and the slow lane or this client's share of
                it is full; nothing runs.
            QueryTimeout: no worker was free in time, or the query ran out of time (its worker
                is then killed and replaced).
            OverLimit: the worker died of the memory limit.
            StoreError: the worker died twice, or the pool is closed.
        """
        deadline = None if timeout is None else time.monotonic() + timeout
        key = _cost_key(job)
        try:
            return self._run_once(job, key, deadline, timeout, client, lanes)
        except _WorkerDied as died:
            if not died.retry:
                raise died.error from None
        try:
            return self._run_once(job, key, deadline, timeout, client, lanes)
        except _WorkerDied as died:
            raise died.error from None

    def _run_once(self, job, key, deadline, timeout, client, lanes):
        lanes = lanes and bool(self.slow_slots)
        with self._cond:
            slow = lanes and key in self._known_slow
        worker = self._take_slow(client, deadline) if slow else self._take_fast(deadline, timeout)
        started = time.monotonic()
        # (QueryTimeout is an OSError: the conn calls are wrapped one by one, not the whole.)
        lost = (EOFError, OSError, pickle.PickleError)
        try:
            worker.send(job)
            finished = False
            remaining = None if deadline is None else max(0.0, deadline - time.monotonic())
            may_move = lanes and not slow and (remaining is None or remaining > self.slow_after)
            if may_move:
                finished = worker.ready(self.slow_after)
        except lost as err:
            raise self._died(worker, err) from None
        if may_move and not finished:
            self._remember_slow(key)
            if not self._demote(worker, client, deadline):
                self._discard(worker)
                raise self._busy(f"it ran longer than {self.slow_after:g} s", client)
            remaining = None if deadline is None else max(0.0, deadline - time.monotonic())
        try:
            if not finished:
                finished = worker.ready(remaining)
            reply = worker.conn.recv() if finished else None
        except lost as err:
            raise self._died(worker, err) from None
        if not finished:
            self._discard(worker)
            raise QueryTimeout(f"the query did not finish within {timeout:g} s and was stopped")
        if worker.lane == "slow" and time.monotonic() - started < self.slow_after:
            with self._cond:
                self._known_slow.pop(key, None)  # it was slow once, not now
        if reply[0] == "memory":
            self._discard(worker)  # its heap may be left fragmented at the limit
        else:
            self._release(worker)
        return reply

    def _take_fast(self, deadline, timeout):
        with self._cond:
            while not self._idle["fast"]:
                if self._closed:
                    raise StoreError("the store is closed")
                if self._start_failures >= 3:
                    raise StoreError(f"query workers die as they start ({self._last_failure}); "
                                     "see the server's log")
                remaining = None if deadline is None else deadline - time.monotonic()
                if remaining is not None and remaining <= 0:
                    raise QueryTimeout(f"no query worker became free within {timeout:g} s")
                self._cond.wait(remaining)
            worker = self._idle["fast"].pop()
            worker.state = "busy"
            return worker

    def _take_slow(self, client, deadline):
        with self._cond:
            if self._closed:
                raise StoreError("the store is closed")
            slot = self._claim_slot(client, deadline)
            if slot is None:
                raise self._busy("it proved slow before", client)
            worker = self._idle["slow"].pop() if self._idle["slow"] else None
            if worker is not None:
                worker.state = "busy"
                worker.slot = slot
                return worker
        try:
            worker = _Worker(memory_limit=self.memory_limit, slow=True)
        except OSError as err:
            with self._cond:
                self._slots.discard(slot)
            raise StoreError(f"cannot start a query worker: {err}") from None
        worker.slot = slot
        with self._cond:
            closed = self._closed
            if not closed:
                self._workers.add(worker)
        if closed:
            worker.kill()
            raise StoreError("the store is closed")
        self._wake()
        return worker

    def _claim_slot(self, client, deadline):
        """A slow slot for ``client``, or ``None`` when the lane or the client's share is full."""
        if len(self._slots) >= self.slow_slots:
            return None
        if self.per_client and sum(1 for s in self._slots if s.client == client) >= self.per_client:
            return None
        slot = _Slot(client, deadline)
        self._slots.add(slot)
        return slot

    def _demote(self, worker, client, deadline):
        with self._cond:
            slot = self._claim_slot(client, deadline)
            if slot is None:
                return False
            worker.slot = slot
            worker.demote()
        self._wake()  # the keeper starts a fast worker in its place
        return True

    def _busy(self, why, client):
        with self._cond:
            mine = sum(1 for s in self._slots if s.client == client)
            deadlines = [s.deadline for s in self._slots if s.deadline is not None]
        wait = min(deadlines) - time.monotonic() if deadlines else 5
        if self.per_client and mine >= self.per_client:
            where = f"you already have {mine} slow queries running (the limit per client)"
        else:
            where = f"the {self.slow_slots} places for slow queries are taken"
        return StoreBusy(f"the query was not run because {why} and {where}; retry later",
                         retry_after=math.ceil(min(max(wait, 1), 60)))

    def _remember_slow(self, key):
        with self._cond:
            self._known_slow.put(key, True)

    def _died(self, worker, err):
        """The error for a worker that died before answering, and whether to try once more."""
        status = worker.exit_status()
        self._discard(worker)
        if status == -signal.SIGABRT:  # Rust's answer to a failed allocation: the memory limit
            return _WorkerDied(OverLimit(memory_message(self.memory_limit)), retry=False)
        if self._closed:
            return _WorkerDied(StoreError("the store is closed"), retry=False)
        how = f"killed by signal {-status}" if status is not None and status < 0 else f"lost: {err}"
        return _WorkerDied(StoreError(f"the query worker died before answering ({how})"), retry=True)

    def _release(self, worker):
        """A worker that answered goes back to its lane (a slow one beyond the spare is stopped)."""
        with self._cond:
            if worker.slot is not None:
                self._slots.discard(worker.slot)
                worker.slot = None
            if worker not in self._workers:
                return
            if worker.lane == "fast" or len(self._idle["slow"]) < SLOW_SPARES:
                worker.state = "idle"
                self._idle[worker.lane].append(worker)
                self._cond.notify()
                return
            self._workers.discard(worker)
        worker.kill()
        self._wake()

    def _discard(self, worker):
        """Kill ``worker`` and forget it; the keeper starts a replacement when the fast lane is short."""
        with self._cond:
            if worker.slot is not None:
                self._slots.discard(worker.slot)
                worker.slot = None
            self._workers.discard(worker)
            if worker in self._idle[worker.lane]:
                self._idle[worker.lane].remove(worker)
        worker.kill()
        self._wake()

    # -- the keeper ------------------------------------------------------------------------------

    def _wake(self):
        with self._wake_lock:  # never write to the fd number once closed (it may be reused)
            if self._wake_w is None:
                return
            try:
                os.write(self._wake_w, b"x")
            except (BlockingIOError, OSError):
                pass

    def _start_fast(self):
        """Start a fast worker (with ``self._cond`` held); it joins the lane once warm."""
        worker = _Worker(memory_limit=self.memory_limit)
        self._workers.add(worker)
        try:
            job = self._warm_job() if self._warm_job is not None else None
        except (OSError, StoreError):
            job = None
        if job is None:
            worker.state = "idle"
            self._idle["fast"].append(worker)
            self._cond.notify()
            return
        worker.state = "starting"
        try:
            worker.send(job)
        except OSError:
            pass  # it died at once; the keeper sees its pidfd

    def _keep(self):
        """Replace fast workers that died, were demoted or killed; admit warm ones; reap the dead."""
        poller = select.poll()
        watched = {}  # fd -> (what, worker)
        while True:
            try:
                watched = self._keep_once(poller, watched)
            except Exception as err:  # the keeper must outlive any surprise, or the lane starves
                print(f"ickg: query worker keeper: {type(err).__name__}: {err}", file=sys.stderr)
                time.sleep(0.5)
            if self._closed:
                break
        for _, worker in watched.values():
            if worker is not None and worker.pidfd is not None:
                os.close(worker.pidfd)
                worker.pidfd = None

    def _keep_once(self, poller, watched):
        """One round of the keeper: top up the fast lane, then wait for a death, a warm worker
        or a wake-up. Returns the fds it now watches."""
        retry_soon = False
        with self._cond:
            if self._closed:
                return watched
            short = self.size - sum(1 for w in self._workers if w.lane == "fast")
            if short and self._start_failures:
                # Workers that die as they start (a memory limit too small for them, a broken
                # install) are restarted with growing pauses, not in a busy loop.
                pause = min(5.0, 0.1 * 2 ** self._start_failures)
                if time.monotonic() - self._last_failure_at < pause:
                    short, retry_soon = 0, True
            for _ in range(short):
                try:
                    self._start_fast()
                except OSError as err:
                    print(f"ickg: cannot start a query worker: {err}", file=sys.stderr)
                    retry_soon = True
                    break
            wanted = {self._wake_r: ("wake", None)}
            for w in self._workers:
                if w.pidfd is not None:
                    wanted[w.pidfd] = ("exit", w)
                if w.state == "starting":
                    wanted[w.conn.fileno()] = ("ready", w)
            polled_fallback = any(w.pidfd is None for w in self._workers)
        for fd in set(watched) - set(wanted):
            poller.unregister(fd)
        for fd, entry in wanted.items():
            if watched.get(fd) != entry:
                poller.register(fd, select.POLLIN)
        gone = {w for _, w in watched.values() if w is not None} - {w for _, w in wanted.values()}
        for w in gone:
            if w.pidfd is not None:  # only the keeper closes pidfds: none is in a poll then
                os.close(w.pidfd)
                w.pidfd = None
        events = poller.poll(1000 if polled_fallback else 100 if retry_soon else None)
        for fd, _ in events:
            what, worker = wanted.get(fd, (None, None))
            if what == "wake":
                os.read(self._wake_r, 4096)
            elif what == "exit" and worker.process.poll() is not None:
                self._lost(worker)
            elif what == "ready":
                self._warmed(worker)
        if polled_fallback:
            with self._cond:
                dead = [w for w in self._workers if w.pidfd is None and w.process.poll() is not None]
            for worker in dead:
                self._lost(worker)
        return wanted

    def _warmed(self, worker):
        try:
            worker.conn.recv()
        except (EOFError, OSError, pickle.PickleError):
            self._lost(worker)
            return
        with self._cond:
            if worker in self._workers and worker.state == "starting":
                worker.state = "idle"
                self._idle["fast"].append(worker)
                self._start_failures = 0
                self._cond.notify()

    def _lost(self, worker):
        """A worker exited by itself. Idle or starting: forget it now. Busy: its query's thread
        sees the end of its socket and handles it (a retry, or the memory-limit error)."""
        with self._cond:
            if worker.state == "busy" or worker not in self._workers:
                return
            self._workers.discard(worker)
            if worker in self._idle[worker.lane]:
                self._idle[worker.lane].remove(worker)
            status = worker.exit_status(0.5)
            if worker.state == "starting":
                self._start_failures += 1
                self._last_failure = f"exit status {status}"
                self._last_failure_at = time.monotonic()
                self._cond.notify_all()
        worker.kill()
        when = "as it started" if worker.state == "starting" else "while idle"
        print(f"ickg: query worker {worker.pid} died {when} (status {status}); replaced",
              file=sys.stderr)

    def close(self):
        with self._cond:
            if self._closed:
                return
            self._closed = True
            workers = list(self._workers)
            self._workers.clear()
            self._idle = {"fast": [], "slow": []}
            self._cond.notify_all()
        self._wake()
        for worker in workers:
            worker.kill()
        if self._keeper.is_alive() and self._keeper is not threading.current_thread():
            self._keeper.join(5)
        if not self._keeper.is_alive():
            for worker in workers:
                if worker.pidfd is not None:
                    os.close(worker.pidfd)
                    worker.pidfd = None
        with self._wake_lock:
            os.close(self._wake_w)
            self._wake_w = None
        if not self._keeper.is_alive():
            os.close(self._wake_r)


def _cost_key(job):
    """What makes two jobs cost the same to evaluate: the text and the dataset, not the format."""
    parts = (job.get("query"), job.get("update"), job.get("default_graphs"), job.get("named_graphs"),
             job.get("infer"), job.get("extracted"), job.get("query_dataset"))
    return hashlib.blake2b(repr(parts).encode(), digest_size=16).digest()
