"""Shared fixtures: a small dataset, real stores on disk, the Flask app, and a live waitress server.

``live_server`` is a factory: ``live_server(store)`` (or ``live_server(DATA_DIR=path)``, or with any
other config key of :mod:`ickg.web`) starts the real waitress server in a thread on 127.0.0.1 with
an ephemeral port and returns an object with ``.url`` (``http://127.0.0.1:PORT``), ``.app`` and
``.store``. Servers are stopped at the end of the test; a store passed in stays the caller's.
"""

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import Future
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace

import pyoxigraph as ox
import pytest

from ickg.store import open_local, replace_local_store
from remote_stores import oxigraph_server, virtuoso_server  # noqa: F401 (session fixtures: real remote stores)
from threaded_server import stop

# ickg.namespaces (rdflib) and ickg.web (Flask) are imported where they are used: the controller
# of an xdist run imports this file for its hooks alone, before it starts the workers, and those
# two took 1.1 of its 1.2 s (CPU and wall, in the serial start of every run; ci41).

# The variables the run sets for itself and for every process it starts; put back at its end.
_RUN_ENV = ("ICKG_CACHE_DIR", "PYTHONDONTWRITEBYTECODE", "PYTHONPYCACHEPREFIX")


def pytest_configure(config):
    """One fresh folder of the user's cache for the whole run (``ICKG_CACHE_DIR``), and one of
    Python's bytecode where writing it is turned off and none was installed (:func:`_needs_bytecode_folder`).

    ``ickg`` keeps HermiT's reports, the ontology's N-Triples and its compacted JSON-LD in the
    user's cache (:mod:`ickg.usercache`), so a test run would otherwise read files left by earlier
    runs, or by the user's own builds. The run starts with an empty folder that its commands share
    (xdist workers inherit the variable from the controller, which sets it before they start) and
    that is removed at the end; each file in it is named by a digest of what it is made from.
    """
    config._ickg_configured = time.time()  # written to --cpu-report at the end, see _report_line
    if hasattr(config, "workerinput"):
        return
    folder = tempfile.mkdtemp(prefix="ickg-test-cache-")
    config._ickg_env = {name: os.environ.get(name) for name in _RUN_ENV}
    config._ickg_cache = folder
    os.environ["ICKG_CACHE_DIR"] = folder
    if _needs_bytecode_folder():
        del os.environ["PYTHONDONTWRITEBYTECODE"]
        os.environ["PYTHONPYCACHEPREFIX"] = os.path.join(folder, "bytecode")


def _has_bytecode(module):
    """The bytecode file Python would read for ``module`` (found, not imported) is there."""
    import importlib.util

    spec = importlib.util.find_spec(module)
    origin = getattr(spec, "origin", None)
    return bool(origin) and origin.endswith(".py") and Path(importlib.util.cache_from_source(origin)).is_file()


def _needs_bytecode_folder():
    """Whether the run should keep bytecode in a folder of its own (``PYTHONPYCACHEPREFIX``).

    Where ``PYTHONDONTWRITEBYTECODE`` is set and the modules the commands import have no bytecode
    (an editable install, a virtual environment installed without compiling), every Python
    process the run starts (each ``ickg`` command, server, query worker, xdist worker: several
    hundred) compiles ickg, rdflib, Flask, PyLD, pySHACL and the rest from source again: 0.8 CPU-s
    and 1.1 s of a two-document build's 3.0 CPU-s and 3.4 s. In one folder of its own the first
    process to import a module compiles it and the others read it; nothing is written beside the
    sources, Python checks each file against its source as always, and the folder goes with the
    run's cache. Where the install compiled the bytecode (``uv pip install --compile-bytecode``, as
    ``.ci/run`` does), a folder would only compile everything once more: the run leaves it alone.
    """
    if not os.environ.get("PYTHONDONTWRITEBYTECODE") or os.environ.get("PYTHONPYCACHEPREFIX"):
        return False
    return not all(_has_bytecode(module) for module in ("ickg.cli", "rdflib.graph", "flask.app"))


def pytest_unconfigure(config):
    """Put back the run's variables and remove its cache; with ``--cpu-report``, when each process
    got here (its session fixtures torn down: the end of a run is their teardown too)."""
    for event, when in (("configured", config._ickg_configured), ("unconfigured", time.time())):
        _report_line(config, {"event": event, "time": round(when, 3),
                              "worker": os.environ.get("PYTEST_XDIST_WORKER", "")})
    folder = getattr(config, "_ickg_cache", None)
    if folder is None:
        return
    for name, before in config._ickg_env.items():
        if before is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = before
    shutil.rmtree(folder, ignore_errors=True)


RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
RDFS_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")

PROGRAM_COUNT = 12


def sample_quads():
    """A small dataset spread over the named graphs the service knows.

    Twelve programs in ASSERTED_GRAPH (label, type, a partner organization), their mentions in
    MENTIONS_GRAPH, a class in ONTOLOGY_GRAPH, and one inferred type per program in INFERRED_GRAPH,
    so that infer=true and infer=false give different counts.
    """
    from ickg.namespaces import ASSERTED_GRAPH, ICKG, ID, INFERRED_GRAPH, MENTIONS_GRAPH, ONTOLOGY_GRAPH

    asserted, mentions, ontology, inferred = (ox.NamedNode(str(g)) for g in (
        ASSERTED_GRAPH, MENTIONS_GRAPH, ONTOLOGY_GRAPH, INFERRED_GRAPH))
    program_class = ox.NamedNode(str(ICKG["Program"]))
    initiative = ox.NamedNode(str(ICKG["Initiative"]))
    partner = ox.NamedNode(str(ICKG["partner"]))
    quads = [
        ox.Quad(program_class, RDF_TYPE, ox.NamedNode("http://www.w3.org/2002/07/owl#Class"), ontology),
        ox.Quad(program_class, RDFS_LABEL, ox.Literal("Program", language="en"), ontology),
    ]
    for i in range(PROGRAM_COUNT):
        program = ox.NamedNode(str(ID[f"program/{i}"]))
        org = ox.NamedNode(str(ID[f"org/{i}"]))
        quads += [
            ox.Quad(program, RDF_TYPE, program_class, asserted),
            ox.Quad(program, RDFS_LABEL, ox.Literal(f"Programme {i} \"quoted\", with comma", language="en"), asserted),
            ox.Quad(program, partner, org, asserted),
            ox.Quad(org, RDFS_LABEL, ox.Literal(f"Organisation {i}"), asserted),
            ox.Quad(program, ox.NamedNode(str(ICKG["mentionedIn"])), ox.Literal(f"doc-{i}"), mentions),
            ox.Quad(program, RDF_TYPE, initiative, inferred),
        ]
    return quads


@pytest.fixture(scope="session")
def dataset_quads():
    return sample_quads()


@pytest.fixture(scope="session")
def store_root(tmp_path_factory, dataset_quads):
    """A built store (``build/store`` layout) holding :func:`sample_quads`, shared read-only."""
    root = tmp_path_factory.mktemp("data") / "build" / "store"
    replace_local_store(root, dataset_quads)
    return root


@pytest.fixture(scope="session")
def local_store(store_root):
    """The on-disk store over :func:`sample_quads`, with its worker processes (shared, read-only)."""
    store = open_local(store_root, workers=2)
    yield store
    store.close()


@pytest.fixture
def app(local_store):
    from ickg.web import create_app

    return create_app({"STORE": local_store, "TESTING": True})


@pytest.fixture
def client(app):
    return app.test_client()


@dataclass
class LiveServer:
    url: str
    app: object
    server: object
    thread: threading.Thread

    @property
    def store(self):
        return self.app.extensions["ickg.store"]

    @property
    def sparql(self):
        return self.url + "/sparql"


@pytest.fixture
def live_server():
    """Factory: start the real waitress server over a store on 127.0.0.1, ephemeral port."""
    started = []

    from ickg.web import create_app, create_server

    def start(store=None, **config):
        app = create_app({"STORE": store, "TESTING": True, **config})
        server = create_server(app, host="127.0.0.1", port=0, threads=8)
        thread = threading.Thread(target=server.run, name="waitress", daemon=True)
        thread.start()
        live = LiveServer(f"http://127.0.0.1:{server.effective_port}", app, server, thread)
        started.append((live, store is None))
        return live

    yield start
    for live, owns_store in started:
        stop(live.server, live.thread)
        if owns_store:
            live.store.close()


# ---------------------------------------------------------------------------------------------
# Work done once per run. The README's command runs the suite in one process; under pytest-xdist
# (`-n 2 --dist loadfile`, if installed) each worker is its own pytest session, so a session fixture
# would run once per worker: the expensive ones (the seed build, ickg qc, ickg validate) run in the
# first worker that needs them, under a file lock in the run's shared temporary folder, and the
# other workers read the result.


def _run_folder(tmp_path_factory):
    """The run's temporary folder, shared by every xdist worker: pytest-N/, the parent of each
    worker's popen-gwN/ (without xdist, the session's own folder)."""
    if not os.environ.get("PYTEST_XDIST_WORKER"):
        return tmp_path_factory.getbasetemp()
    return tmp_path_factory.getbasetemp().parent


@contextmanager
def _run_lock(tmp_path_factory, name):
    """The run-wide folder and an exclusive lock on ``name`` in it (a no-op lock without xdist)."""
    if not os.environ.get("PYTEST_XDIST_WORKER"):
        yield _run_folder(tmp_path_factory)
        return
    import fcntl

    shared = _run_folder(tmp_path_factory)
    with open(shared / f"{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield shared


# ---------------------------------------------------------------------------------------------
# Tests that time themselves against load they make (slow queries holding every query worker, a
# timeout that must fire and free its core within seconds) are marked ``alone``. In one process
# nothing runs beside them but the head start; under pytest-xdist the other workers wait
# between two of their tests while one runs, so that what it measures is the server it loads, not
# a neighbour's build. A run-wide readers-writer lock: every test holds it shared, an ``alone``
# test exclusive, and both pass a turnstile first, so that the exclusive one is not kept waiting
# by the other worker's stream of shared ones. Setup and teardown are inside the lock: a fixture
# starting a server or a build is a test's work too. The ``alone`` tests' own time is serial
# (about 20 s of the run), and each taking of the lock exclusive waits first for the test the other
# worker is running (a drain): so the alone tests run back to back, in one unit (ALONE_UNIT), and
# keep the lock from one to the next.


def _alone(item) -> bool:
    return item is not None and item.get_closest_marker("alone") is not None


_HELD_ALONE: list = []  # the machine lock's file, kept exclusive from one ``alone`` test to the next


@contextmanager
def _share_of_the_machine(item, nextitem):
    """Under xdist: the machine shared with the other workers' tests, or alone for an ``alone`` one.

    An ``alone`` test followed by another keeps the lock for it: taking it again would first wait
    for the test the other worker started meanwhile (a drain of 1-8 s in a whole run, with this
    worker idle), and the turnstile lets the other worker start one between any two."""
    if not os.environ.get("PYTEST_XDIST_WORKER"):
        yield
        return
    import fcntl

    alone = _alone(item)
    if _HELD_ALONE:  # the previous test was alone, and so is this one
        machine = _HELD_ALONE.pop()
        item._ickg_machine_wait = 0.0
    else:
        shared = _run_folder(item.config._tmp_path_factory)
        machine = open(shared / "machine.lock", "a")
        with open(shared / "machine.turnstile", "a") as turnstile:
            asked = time.time()
            fcntl.flock(turnstile, fcntl.LOCK_EX)
            try:
                fcntl.flock(machine, fcntl.LOCK_EX if alone else fcntl.LOCK_SH)
            finally:
                fcntl.flock(turnstile, fcntl.LOCK_UN)
            item._ickg_machine_wait = time.time() - asked
    keep = False
    try:
        yield
        keep = alone and _alone(nextitem)
    finally:
        if keep:
            _HELD_ALONE.append(machine)
        else:
            fcntl.flock(machine, fcntl.LOCK_UN)
            machine.close()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item, nextitem):
    with _share_of_the_machine(item, nextitem), _cpu_recorded(item):
        return (yield)


def pytest_addoption(parser):
    parser.addoption("--cpu-report", metavar="FILE", default=None,
                     help="append one JSON line per test to FILE: its wall seconds and the CPU-s of the "
                          "test's process (setup, call and teardown, the session fixtures it starts "
                          "included) and of the children it waited for")


@contextmanager
def _cpu_recorded(item):
    """With ``--cpu-report FILE``: the test's own CPU (``RUSAGE_SELF``: the xdist worker's threads,
    the in-process servers' included) and its waited-for children's (``RUSAGE_CHILDREN``: commands
    it ran; not the query workers or servers still running), so that the suite's in-process share
    can be told from the commands' by test. Each worker appends its lines; written under an
    exclusive lock so that lines do not interleave."""
    if not item.config.getoption("--cpu-report"):
        yield
        return
    import resource

    def sample():
        me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
        return time.perf_counter(), me.ru_utime + me.ru_stime, kids.ru_utime + kids.ru_stime

    _WAITED_FOR_RUN.clear()
    start = time.time()
    before = sample()
    try:
        yield
    finally:
        after = sample()
        _report_line(item.config, {
            "test": item.nodeid, "wall": round(after[0] - before[0], 3),
            "self": round(after[1] - before[1], 3), "children": round(after[2] - before[2], 3),
            "worker": os.environ.get("PYTEST_XDIST_WORKER", ""),
            "start": round(start, 3), "end": round(start + after[0] - before[0], 3),
            "alone": item.get_closest_marker("alone") is not None,
            "machine_wait": round(getattr(item, "_ickg_machine_wait", 0.0), 3),
            "once_per_run_wait": {name: round(s, 3) for name, s in _WAITED_FOR_RUN.items()}})


def _report_line(config, record):
    """Append ``record`` (a dict) as one JSON line to the ``--cpu-report`` file, if any, under an
    exclusive lock so that the workers' lines do not interleave.

    Nothing is written before the xdist workers have read their command line: a worker takes the
    value of an option it does not know yet (this one, until it reads this file) for a test path
    when a file of that name exists, and then looks for its tests there."""
    path = config.getoption("--cpu-report")
    if not path:
        return
    import fcntl

    with open(path, "a") as report:
        fcntl.flock(report, fcntl.LOCK_EX)
        report.write(json.dumps(record) + "\n")


def pytest_collection_finish(session):
    """With ``--cpu-report``: when each process had collected (its start-up and collection end here)."""
    _report_line(session.config, {"event": "collected", "time": round(time.time(), 3),
                                  "worker": os.environ.get("PYTEST_XDIST_WORKER", "")})


def pytest_sessionfinish(session):
    _report_line(session.config, {"event": "finished", "time": round(time.time(), 3),
                                  "worker": os.environ.get("PYTEST_XDIST_WORKER", "")})


def once_per_run(tmp_path_factory, name, make):
    """``make(folder)``'s JSON-able result, computed once per run whatever the number of xdist
    workers, in a new folder of the run's temporary directory. A failure is not kept: the next
    worker that asks tries again (and fails with the same message). When the head start below
    has it under way, its result (or its error) is the one returned."""
    asked = time.time()
    try:
        started = _HEAD_START.get(name)
        if started is not None:
            return started.result()
        return _once_per_run_now(tmp_path_factory, name, make)
    finally:
        _WAITED_FOR_RUN[name] = _WAITED_FOR_RUN.get(name, 0.0) + time.time() - asked


_WAITED_FOR_RUN: dict = {}  # name -> seconds the running test waited in once_per_run for it (--cpu-report)


def _once_per_run_now(tmp_path_factory, name, make):
    with _run_lock(tmp_path_factory, name) as shared:
        done = shared / f"{name}.json"
        if done.exists():
            return json.loads(done.read_text())
        result = make(Path(tempfile.mkdtemp(prefix=f"{name}-", dir=shared)))
        done.write_text(json.dumps(result))
        return result


# ---------------------------------------------------------------------------------------------
# The commands run once per run, and their head start. Each is a real command line taking tens of
# seconds, mostly waiting on one core (a build's HermiT, ickg qc's). As soon as the tests are
# collected, the ones the session needs start one after another in a background thread, at nice 10,
# while the modules that need none of them run first (pytest_collection_modifyitems): on CI's two
# cores they use the core the tests leave idle, and yield it when a test wants both. Their fixtures
# then wait for the result (once_per_run). Under xdist each worker has the thread, and the file locks
# of once_per_run make one of them run each command while the others wait for its result; there the
# thread is not niced, as no core is left idle by the tests: at nice 10 the seed build would hardly
# move until a test waits for it, and two workers could end up waiting for it together.


def _seed_build(folder):
    from seed_graph import build_data_dir

    data, output = build_data_dir(folder / "graph_data")
    return [str(data), output]


def _two_documents(folder):
    data = folder / "data"
    (data / "corpus").mkdir(parents=True)
    for path in sorted((Path(__file__).resolve().parent.parent / "graph_data" / "corpus").glob("00[04]_*.txt")):
        shutil.copy(path, data / "corpus" / path.name)
    done = subprocess.run([sys.executable, "-m", "ickg", "build", "--release", "--no-dl", "--data-dir", str(data)],
                          capture_output=True, text=True, timeout=600, env=dict(os.environ, PYTHONUNBUFFERED="1"))
    assert done.returncode == 0, done.stderr
    return str(data)


def _seed_validation(folder, data_dir):
    env = dict(os.environ, ICKG_PROGRESS="1")  # progress lines even though stderr is a pipe
    done = subprocess.run([sys.executable, "-m", "ickg", "validate", "--data-dir", str(data_dir)],
                          capture_output=True, text=True, timeout=600, cwd=folder, env=env)
    return {"returncode": done.returncode, "stdout": done.stdout, "stderr": done.stderr}


def _qc(folder):
    done = subprocess.run([sys.executable, "-m", "ickg", "qc", "--format", "json"], capture_output=True,
                          text=True, timeout=600)
    assert done.returncode in (0, 1), done.stderr
    return json.loads(done.stdout)


def _validate_after_build(folder):
    return _seed_validation(folder, _HEAD_START["built"].result()[0])


# name in once_per_run -> (the fixture that returns it, what computes it), in the order they are
# started when several are needed: the ones the early modules need first.
HEAD_START = {
    "qc": ("qc_report", _qc),
    "two-documents": ("two_document_data_dir", _two_documents),
    "built": ("built_data_dir", _seed_build),
    "validate": ("seed_validation", _validate_after_build),
}
_HEAD_START: dict = {}  # name -> Future of its once_per_run result, once started
_HEAD_START_NICE = 10


def _module_weight(items):
    """0: the module needs none of the once-per-run commands; 1: only the quick or early ones; 2: the seed build."""
    names = set().union(*(getattr(item, "fixturenames", ()) for item in items))
    if names & {"built_data_dir", "seed_validation"}:
        return 2
    return 1 if names & {fixture for fixture, _ in HEAD_START.values()} else 0


def pytest_collection_modifyitems(session, config, items):
    """Modules in collection order, those needing none of the once-per-run commands first, the ones
    needing the seed build last, so that the head start has the time to finish. Each module's
    tests stay together and in order (under xdist, but for the ``alone`` ones of the alone unit, see
    :func:`_xdist_order`). Under xdist, the longest first within each of those two parts."""
    modules = {}
    for item in items:
        modules.setdefault(item.nodeid.split("::", 1)[0], []).append(item)
    if os.environ.get("PYTEST_XDIST_WORKER"):
        ordered = _xdist_order(modules)
    else:
        ordered = sorted(modules.values(), key=_module_weight)
    items[:] = [item for module in ordered for item in module]


# ---------------------------------------------------------------------------------------------
# Under pytest-xdist (`python -m pytest -q -n 2`, pytest-xdist is in the test extra), work goes to
# the workers a unit at a time: a whole module, so that its module fixtures (a server, a build)
# start once, and the remote-store modules as one unit, so that one Oxigraph and one Virtuoso
# serve the run instead of one per worker, and no two workers load and clear the same server at
# once; likewise the browser modules, so that one Chromium serves them. Units go out longest
# first, so that the two workers end together instead of one running
# the last long module alone: first the ones that need no seed build (the head start builds it
# meanwhile), then the ones that do. The collection order (every worker collects the same) is
# the order the units are handed out in; an explicit `--dist` other than `load` keeps xdist's own.

# Each long module's seconds: its tests' walls summed (setup, call and teardown), from session 40's
# whole run with `--cpu-report` on an idle machine (2,241 tests, `-n 2`), less what was fixed since:
# test_spilled_support's 116 s cancelled write (0.2 s now) and test_sparql_processes' 11 s granian
# stop (ci41). Only their order is used; a module not listed counts as short. A seed-build
# module's sum includes its wait for the head start's build. Refreshed from the order of ci33's
# figures (load 5-8), the two orders give the same end on a simulation of that run's walls
# (222.6 and 221.8 s, the workers ending 1.8 and 0.1 s apart): the many short modules handed out
# last even the workers out either way.
MODULE_SECONDS = {
    "test_faults": 37, "test_incremental": 26, "test_web_hygiene": 26, "test_remote_cli": 25,
    "test_ontology_quality_can_fail": 15, "test_sparql_fairness": 15, "test_publish": 12,
    "test_validate_local": 12, "test_viewer": 12, "test_attacks": 11, "test_build_ontology_kept": 11,
    "test_import_local_only": 10, "test_neighbourhood_svg": 10, "test_sparql_processes": 9,
    "test_extract_speedups": 9, "test_build_paths": 9, "test_datadir": 9, "test_portable_queries": 8,
    "test_sparql_protocol": 8, "test_serve_granian": 8, "test_ingest": 7, "test_cli_talks": 7,
    "test_proposals": 7, "test_browser": 6, "test_support_delta": 6, "test_review": 6,
    "test_extraction_eval": 6, "test_dask_build": 6, "test_typing": 5, "test_editor": 5, "test_citations": 5,
    "test_closure_file": 5, "test_validate": 5, "test_sparql_safety": 4, "test_editor_browser": 4,
    "test_reason": 4, "test_remote_load": 4, "test_textindex": 4, "test_remote_index": 4,
}
# The modules that use the session's Oxigraph and Virtuoso servers (tests/remote_stores.py): one unit.
REMOTE_STORE_MODULES = {"test_remote_cli", "test_portable_queries", "test_remote_load", "test_remote_index",
                        "test_remote_store", "test_remote_credentials"}
REMOTE_STORES_UNIT = "remote stores"
# The modules that drive the session's Chromium (conftest's ``browser``): one unit, so that one
# worker starts Chromium once. Handed out as separate modules, both workers started one: in a
# whole run (ci37, sampled) Chromium's processes took 79 CPU-s, of which the two browser
# processes 27 and their GPU processes 8, beside 39 for the pages' renderers. test_citations and
# test_neighbourhood_svg borrow test_browser's page fixtures, so they belong to the unit too.
BROWSER_MODULES = {"test_browser", "test_pages_browser", "test_editor_browser", "test_citations",
                   "test_neighbourhood_svg"}
BROWSER_UNIT = "browser"
# The modules holding ``alone`` tests: one unit, whose modules' other tests come first and then
# every alone test, back to back, so that the lock is taken once for all of them
# (:func:`_share_of_the_machine`): every taking costs a drain, this worker idle until the other
# worker's current test ends. Handed out as two runs (each module's alone tests last or first, in
# turn), the lock was taken twice a run: drains of 0.9-7.4 s each time (base42's runs, ci42). The
# alone tests use function-scoped fixtures only, so leaving a module and coming back to it for its
# alone test starts nothing twice (test_serve_granian's module server serves its other tests).
ALONE_MODULES = {"test_attacks", "test_serve_granian", "test_sparql_fairness", "test_sparql_safety"}
ALONE_UNIT = "alone"


def _xdist_unit(module_path):
    """The unit of work a module (``tests/test_x.py``) is handed out in: its path, or the remote
    stores' or the browser's unit."""
    stem = Path(module_path).stem
    if stem in REMOTE_STORE_MODULES:
        return REMOTE_STORES_UNIT
    if stem in ALONE_MODULES:
        return ALONE_UNIT
    return BROWSER_UNIT if stem in BROWSER_MODULES else module_path


def _xdist_order(modules):
    """``modules`` ({path: its items}) as lists of items in the order they are handed out: the
    units, those needing no seed build first, each part longest first; within a unit, the modules
    needing no seed build first, each with its tests in order but its ``alone`` ones, which come
    after all of the unit's other tests, together."""
    units = {}
    for path, module in modules.items():
        units.setdefault(_xdist_unit(path), []).append(module)

    def key(unit):
        seconds = sum(MODULE_SECONDS.get(Path(module[0].nodeid.split("::", 1)[0]).stem, 0) for module in unit)
        return max(_module_weight(module) for module in unit) == 2, -seconds

    out = []
    for unit in sorted(units.values(), key=key):
        unit = sorted(unit, key=_module_weight)
        out += [[item for item in module if not _alone(item)] for module in unit]
        out.append([item for module in unit for item in module if _alone(item)])
    return [items for items in out if items]


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config, log):
    """Units as :func:`_xdist_unit` says, handed out in the collection's order (no reordering by size)."""
    if config.getvalue("dist") != "load":
        return None
    from xdist.scheduler import LoadScopeScheduling

    class ByUnit(LoadScopeScheduling):
        def _split_scope(self, nodeid):
            return _xdist_unit(nodeid.split("::", 1)[0])

    config.option.loadscopereorder = False
    return ByUnit(config, log)


@pytest.fixture(scope="session", autouse=True)
def head_start(request, tmp_path_factory):
    """Start the once-per-run commands the collected tests need, in a background thread at nice 10
    (without xdist). Under xdist every worker's thread goes through them in the same order, each under its file
    lock: the first to take a lock runs the command, the others wait for it and read its result."""
    if os.environ.get("ICKG_TEST_NO_HEAD_START"):
        yield
        return
    first_use = {}  # name -> index of the first test that needs it
    for index, item in enumerate(request.session.items):
        for name, (fixture, _) in HEAD_START.items():
            if fixture in getattr(item, "fixturenames", ()):
                first_use.setdefault(name, index)
    jobs = sorted(first_use, key=first_use.get)  # stable: the seed build before its validation
    if not jobs:
        yield
        return
    futures = {name: Future() for name in jobs}
    stop = threading.Event()
    native_id = []

    def run():
        native_id.append(threading.get_native_id())
        if not os.environ.get("PYTEST_XDIST_WORKER"):  # under xdist every core has a test: a fair share
            os.setpriority(os.PRIO_PROCESS, native_id[0], _HEAD_START_NICE)  # this thread and its commands
        for name in jobs:
            future = futures[name]
            if stop.is_set():
                future.cancel()
                continue
            future.set_running_or_notify_cancel()
            try:
                future.set_result(_once_per_run_now(tmp_path_factory, name, HEAD_START[name][1]))
            except BaseException as error:  # the fixture that waits for it raises it
                future.set_exception(error)

    _HEAD_START.update(futures)
    thread = threading.Thread(target=run, name="ickg-head-start", daemon=True)
    thread.start()
    yield
    stop.set()  # the session is over: start nothing more
    if os.environ.get("PYTEST_XDIST_WORKER") and not request.session.shouldstop:
        thread.join()  # another worker may be waiting for the command under way: let it finish
    if thread.is_alive() and native_id:  # no test waited for its command (stopped early, -x): end it
        try:
            pids = Path(f"/proc/self/task/{native_id[0]}/children").read_text().split()  # this thread's children
        except OSError:
            pids = []
        for pid in pids:
            try:
                os.kill(int(pid), signal.SIGKILL)  # an ickg command: its workers and JVM end with it
            except ProcessLookupError:
                pass
    thread.join()
    _HEAD_START.clear()


# ---------------------------------------------------------------------------------------------
# The seed graph (tests/seed_graph.py), for the viewer's tests: one on-disk store and one real
# waitress server per session, both read-only.


@pytest.fixture(scope="session")
def built_data_dir(tmp_path_factory):
    """``graph_data`` copied and built once per run with the real command (``ickg build``,
    HermiT included): ``(data directory, the command's output)``. Shared and read-only: a test that
    changes a data directory copies this one or makes its own. Each xdist worker gets its own copy
    of the one build, so that no worker's tests can see another's at work."""
    built, output = once_per_run(tmp_path_factory, "built", _seed_build)
    if not os.environ.get("PYTEST_XDIST_WORKER"):
        return Path(built), output
    mine = tmp_path_factory.mktemp("built") / "graph_data"
    shutil.copytree(built, mine, symlinks=True)
    return mine, output


@pytest.fixture(scope="session")
def two_document_data_dir(tmp_path_factory):
    """A data directory holding graph_data's documents 000 and 004 (no curation), built once per run
    with ``ickg build --release --no-dl``: the previous build the ingest and fault tests start from.
    Read-only: those tests copy it."""
    return Path(once_per_run(tmp_path_factory, "two-documents", _two_documents))


@pytest.fixture(scope="session")
def seed_validation(tmp_path_factory, built_data_dir):
    """``python -m ickg validate --data-dir`` of the built seed data (OWL 2 RL, HermiT, SHACL; progress
    lines on), run once per run for the tests that read its report: ``.returncode``, ``.stdout``, ``.stderr``."""
    return SimpleNamespace(**once_per_run(tmp_path_factory, "validate",
                                          lambda folder: _seed_validation(folder, built_data_dir[0])))


@pytest.fixture(scope="session")
def seed_dataset(built_data_dir):
    """The seed graph: every quad of the built data directory's store, plus the escaping-test program."""
    from seed_graph import hostile_quads, quads_of

    return quads_of(built_data_dir[0]) + hostile_quads()


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory, seed_dataset):
    """An on-disk store over the seed graph (plus the escaping-test program), with its workers."""
    root = tmp_path_factory.mktemp("seed") / "build" / "store"
    replace_local_store(root, seed_dataset)
    store = open_local(root, workers=2)
    yield store
    store.close()


@pytest.fixture(scope="session")
def seed_server(seed_store):
    """The real waitress server over :func:`seed_store` on 127.0.0.1 (ephemeral port), whole session."""
    from ickg.web import create_app, create_server

    app = create_app({"STORE": seed_store, "TESTING": True})
    server = create_server(app, host="127.0.0.1", port=0, threads=8)
    thread = threading.Thread(target=server.run, name="waitress-seed", daemon=True)
    thread.start()
    yield LiveServer(f"http://127.0.0.1:{server.effective_port}", app, server, thread)
    stop(server, thread)


# ---------------------------------------------------------------------------------------------
# The ontology's quality checks, run once per session the way users run them (`ickg qc`), HermiT
# included: tests/test_ontology_quality.py asserts on each check, the can-fail tests compare with it.


@pytest.fixture(scope="session")
def qc_report(tmp_path_factory):
    """``{check name: {"passed", "skipped", "rows", "description"}}`` of ``python -m ickg qc`` (run once per run)."""
    return {check["name"]: check for check in once_per_run(tmp_path_factory, "qc", _qc)["checks"]}


# ---------------------------------------------------------------------------------------------
# One headless Chromium (Debian's /usr/bin/chromium, driven by Playwright) for every browser test of
# the session; each test gets its own context (tests/test_browser.py's ``page``).

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.skip(f"Chromium is not installed at {CHROMIUM} (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()
