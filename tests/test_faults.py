"""Faults: `ickg build` and `ickg ingest` killed at every stage, or out of disk, leave the data
directory whole.

Each case starts from a built data directory (the previous build, A), gives the command a new
document (the new build, B) and stops it: SIGKILL when a stage is seen running from outside
(its worker processes, HermiT's JVM, files appearing in the staging directory or the staged
store version), SIGKILL by the process itself at each rename of the commit, or a full disk (a
small tmpfs). Then, every time:

- the next command (`ickg query`, which finishes or undoes what the dead one left) serves a
  store that, with the corpus and the release files, is exactly A or exactly B, never a mix,
  and ``build/committed.json`` names the served version and the release files' digests;
- no process the killed command started is left (extraction workers, the JVM);
- the next build (or the ingest again) succeeds, gives B, and leaves no temporary file: nothing
  in the staging area, no staged store version, no dot-file in ``release/`` or ``corpus/``,
  nothing in the commands' TMPDIR.

Nothing in the product knows about this test: kill points are found by watching processes and
files, and the commit-step kills wrap ``os.replace``/``os.rename`` in the killed process only.
"""

import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import synthetic  # noqa: E402

from ickg.build import datadir
from ickg import store as store_module

NEW_DOCUMENT = """Hospital at home in Catalonia: an evaluation

Abstract
The Catalan hospital-at-home programme linked two hospitals and primary care teams in Catalonia,
Spain. Case management and shared clinical records supported clinical integration for older
adults with heart failure.
"""

# The new document of the cases killed while extraction or validation runs: the short one followed
# by forty synthetic abstracts, so that those stages last a few hundred milliseconds. With the short
# one alone a three-document build extracts and validates in tens of milliseconds, less than the
# kill watcher needs to tell an extraction worker from a child about to run another program
# (WORKER_AFTER), and on an idle machine the command ended before the stage was seen.
LONG_DOCUMENT = NEW_DOCUMENT + "\n\n" + "\n\n".join(text for _, text in synthetic.generate(40, seed=11))

pytestmark = pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="needs Linux /proc")


# ---------------------------------------------------------------------------------------------
# Running commands


def environment(tmp):
    tmp.mkdir(exist_ok=True)
    return dict(os.environ, TMPDIR=str(tmp), PYTHONUNBUFFERED="1")


def ickg(*args, env, timeout=300):
    return subprocess.run([sys.executable, "-m", "ickg", *args], capture_output=True, text=True,
                          env=env, timeout=timeout)


def start(args, env):
    return subprocess.Popen([sys.executable, "-m", "ickg", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env)


def children(pid):
    """Direct children of ``pid`` with their command lines."""
    out = {}
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return out
    for task in tasks:
        try:
            pids = Path(f"/proc/{pid}/task/{task}/children").read_text().split()
        except OSError:
            continue
        for child in pids:
            try:
                out[int(child)] = Path(f"/proc/{child}/cmdline").read_bytes().replace(b"\0", b" ")
            except OSError:
                pass
    return out


def alive(pid):
    """Running (not gone, not a zombie waiting to be reaped)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state not in ("Z", "X")


def staged_release_files(data):
    return [p for p in (data / "build" / "staging").glob("*/release/*")]


def staged_store(data):
    return list((data / "build" / "store").glob(".staged-*"))


# A child counts as an extraction worker once it has held the command's own command line (a
# fork that never runs another program) this long: a child started with subprocess (the text
# index's follower, HermiT's wrapper, sort) holds it too for the few milliseconds before its exec,
# and taken for a worker it made "extract" and "validate" fire before extraction had begun.
WORKER_AFTER = 0.05


class StageMissed(AssertionError):
    """The command ended before the stage it was to be killed in was seen running."""


def kill_at(process, data, point, *, timeout=240):
    """SIGKILL ``process`` when ``point`` is seen running; return the processes it had started."""
    deadline = time.monotonic() + timeout
    workers_seen = extraction_ended = None
    own = b"".join(os.fsencode(arg) + b" " for arg in process.args)  # as children() reads it
    forked = {}  # pid -> when first seen holding the command's own command line
    while time.monotonic() < deadline:
        if process.poll() is not None:
            out, err = process.communicate()
            raise StageMissed(f"the command ended (rc {process.returncode}) before the {point} stage "
                              f"was seen; stderr: {err[-2000:]}")
        kids = children(process.pid)
        now = time.monotonic()
        for pid, cmd in kids.items():
            if cmd == own:
                forked.setdefault(pid, now)
            else:
                forked.pop(pid, None)
        workers = {pid for pid in kids if now - forked.get(pid, now) >= WORKER_AFTER}
        java = {pid for pid, cmd in kids.items() if b"HermiT" in cmd or b"java" in cmd}
        if workers:
            workers_seen = True
        elif workers_seen and extraction_ended is None:
            extraction_ended = time.monotonic()
        hit = False
        if point == "extract":
            hit = bool(workers)
        elif point == "validate":  # validation starts as the extraction workers end
            hit = (extraction_ended is not None and time.monotonic() - extraction_ended > 0.1
                   and not staged_release_files(data))
        elif point == "hermit":  # the JVM itself (not the script that starts it) is running
            hit = any(kids[pid].split(b" ")[0].endswith(b"java") and b"HermiT" in kids[pid] for pid in java)
        elif point == "release":
            hit = bool(staged_release_files(data))
        elif point == "store":
            hit = bool(staged_store(data))
        else:
            raise ValueError(point)
        if hit:
            started = set(kids)
            for pid in started:
                started |= set(children(pid))
            process.send_signal(signal.SIGKILL)
            process.communicate()
            assert process.returncode == -signal.SIGKILL
            return started
        time.sleep(0.003)
    process.kill()
    pytest.fail(f"the {point} stage was not seen within {timeout} s")


def killed_in_stage(new_case, point, command, *, ready=None, attempts=3):
    """Run ``command(data, new)`` on a fresh copy of the previous build and SIGKILL it in ``point``;
    return ``(case, before, started)``.

    A stage of a two- or three-document build lasts tens of milliseconds, so the command now and
    then ends before its stage was seen from outside (seen once in four runs of the fault tests on
    a lightly loaded machine, "extract" and "validate"): that attempt proves nothing either way and
    the kill is tried again on a new copy, up to ``attempts`` times; never seen at all, it fails.
    ``ready(case)`` prepares a copy before its snapshot (a build's new corpus file). The new document
    is LONG_DOCUMENT where the stage is extraction or validation."""
    document = LONG_DOCUMENT if point in ("extract", "validate") else NEW_DOCUMENT
    for attempt in range(attempts):
        case = new_case(document)
        data, new, env, tmp = case
        if ready is not None:
            ready(case)
        before = snapshot(data)
        try:
            return case, before, kill_at(start(command(data, new), env), data, point)
        except StageMissed:
            if attempt == attempts - 1:
                raise


# A driver that runs the real command line and SIGKILLs itself at the n-th rename of the commit:
# step 0 is the rename that writes build/journal.json (the commit point), the next ones promote
# the store version, point CURRENT to it, rewrite the journal, move the inputs and the release
# files in and write build/committed.json.
CRASH_DRIVER = r"""
import os, signal, sys
data, crash_at, args = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
journal = os.path.join(os.path.realpath(data), "build", "journal.json")
steps = [None]

def step(real):
    def call(src, dst, *rest, **options):
        if steps[0] is None and os.path.realpath(dst) == journal:
            steps[0] = 0
        if steps[0] is not None:
            if steps[0] == crash_at:
                os.kill(os.getpid(), signal.SIGKILL)
            steps[0] += 1
        return real(src, dst, *rest, **options)
    return call

os.replace, os.rename = step(os.replace), step(os.rename)
from ickg.cli import cli
cli(args, prog_name="ickg")
"""


def crash_in_commit(args, data, crash_at, env):
    return subprocess.run([sys.executable, "-c", CRASH_DRIVER, str(data), str(crash_at), *args],
                          capture_output=True, text=True, env=env, timeout=300)


# ---------------------------------------------------------------------------------------------
# What the data directory holds


def digests(folder):
    folder = Path(folder)
    if not folder.is_dir():
        return {}
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.iterdir()) if p.is_file() and not p.name.startswith(".")}


COUNTS = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g"


def served_counts(data, env):
    """Quads per named graph in the store `ickg query` serves (running it recovers first); every
    graph, the unreviewed proposals' too (--extracted)."""
    result = ickg("query", COUNTS, "--format", "json", "--extracted", "--data-dir", str(data), env=env)
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)["results"]["bindings"]
    return {row["g"]["value"]: int(row["n"]["value"]) for row in rows}


def stored_counts(data):
    """The same, read from the live store version directly."""
    root = store_module.store_dir(data)
    store = ox.Store.read_only(str(root / store_module.current_version(root)))
    out = {}
    for quad in store.quads_for_pattern(None, None, None, None):
        if isinstance(quad.graph_name, ox.NamedNode):
            out[quad.graph_name.value] = out.get(quad.graph_name.value, 0) + 1
    return dict(sorted(out.items()))


def snapshot(data, counts=None):
    return {"corpus": digests(data / "corpus"), "release": digests(data / "release"),
            "store": counts if counts is not None else stored_counts(data)}


def assert_recorded(data):
    """build/committed.json names the live store version and the release files' digests."""
    record = datadir.committed(data)
    assert record is not None
    assert record["store"] == store_module.current_version(store_module.store_dir(data))
    assert record["release"]["files"] == digests(data / "release")


def assert_no_leftovers(data, tmp):
    build = data / "build"
    assert not (build / "journal.json").exists()
    assert not list((build / "staging").iterdir()), list((build / "staging").iterdir())
    root = build / "store"
    current = store_module.current_version(root)
    hidden = [p.name for p in root.iterdir() if p.name.startswith(".") and p.name != ".lock"]
    assert hidden == [], hidden
    versions = [p.name for p in root.iterdir() if p.is_dir()]
    assert current in versions and len(versions) <= 2, versions  # the live one and the previous
    for folder in (data, data / "release", data / "corpus", build):
        dots = [p.name for p in folder.iterdir() if p.name.startswith(".")]
        assert dots == [], f"{folder}: {dots}"
    assert not list(tmp.iterdir()), f"left in TMPDIR: {list(tmp.iterdir())}"


def assert_gone(pids):
    deadline = time.monotonic() + 5
    while any(alive(pid) for pid in pids) and time.monotonic() < deadline:
        time.sleep(0.05)
    left = [pid for pid in pids if alive(pid)]
    assert not left, f"processes of the killed command still running: {left}"


# ---------------------------------------------------------------------------------------------
# Fixtures


@pytest.fixture(scope="module")
def template(two_document_data_dir):
    """A data directory with two documents, built (no HermiT): the previous build of every case
    (conftest's ``two_document_data_dir``, built once per run; every case copies it)."""
    return two_document_data_dir


@pytest.fixture()
def new_case(template, tmp_path):
    """Makes a copy of the template, the new document beside it, and the commands' environment:
    each call a new copy in a folder of its own."""
    made = []

    def make(document=NEW_DOCUMENT):
        root = tmp_path / f"case{len(made)}" if made else tmp_path
        made.append(root)
        root.mkdir(exist_ok=True)
        data = root / "data"
        shutil.copytree(template, data, symlinks=True)
        new = root / "catalonia.txt"
        new.write_text(document, encoding="utf-8")
        return data, new, environment(root / "tmp"), root / "tmp"

    return make


@pytest.fixture()
def case(new_case):
    """A copy of the template, the new document beside it, and the commands' environment."""
    return new_case()


def check_whole_then_finish(data, before, env, tmp, finish):
    """After a stopped command: A or B served, recorded, then ``finish`` gives B and cleans up."""
    middle = snapshot(data, served_counts(data, env))
    assert_recorded(data)
    result = finish()
    assert result.returncode == 0, result.stderr
    after = snapshot(data)
    assert after != before
    assert middle in (before, after), "store, release and corpus disagree after the fault"
    assert_recorded(data)
    assert_no_leftovers(data, tmp)
    return middle == after


# ---------------------------------------------------------------------------------------------
# Builds and ingests killed while a stage runs


# No "store" point for a build: its mark, the staged store version, is made by the text index's
# follower before extraction starts, so it fired before the "extract" case does, with less
# running (no worker) and the same things staged (build/staging/<v>/ and the staged version,
# both removed whole by the same roll-back). The store's bulk load is under way at the
# "validate" point; ingests keep their "store" case, which fires during their extraction.
@pytest.mark.parametrize("point", ["extract", "validate", "release"])
def test_a_build_killed_during_a_stage_leaves_the_previous_build_whole(new_case, point):
    (data, new, env, tmp), before, started = killed_in_stage(
        new_case, point, lambda data, new: ["build", "--release", "--no-dl", "--data-dir", str(data)],
        ready=lambda case: shutil.copy(case[1], case[0] / "corpus" / case[1].name))
    build = ["build", "--release", "--no-dl", "--data-dir", str(data)]
    if point == "extract":  # killed with the text index's follower and at least one worker running
        assert len(started) >= 2, started
    assert_gone(started)
    committed = check_whole_then_finish(data, before, env, tmp, lambda: ickg(*build, env=env))
    assert not committed  # killed before the commit: rolled back


@pytest.mark.java
def test_a_build_killed_during_hermit_leaves_no_jvm(case):
    if shutil.which("java") is None:
        pytest.skip("no Java runtime")
    data, new, env, tmp = case
    shutil.copy(new, data / "corpus" / new.name)
    before = snapshot(data)
    build = ["build", "--release", "--data-dir", str(data)]
    # An empty folder of HermiT reports, so that the JVM starts even when another test kept B's
    # report; the finishing build uses the run's folder (and keeps B's report for the cases after).
    killed_env = dict(env, ICKG_CACHE_DIR=str(data.parent / "empty-cache"))
    started = kill_at(start(build, killed_env), data, "hermit")
    assert started, "HermiT's JVM was not seen"
    assert_gone(started)
    assert not check_whole_then_finish(data, before, env, tmp, lambda: ickg(*build, env=env))


@pytest.mark.parametrize("point", ["extract", "store"])
def test_an_ingest_killed_during_a_stage_adds_nothing(new_case, point):
    (data, new, env, tmp), before, started = killed_in_stage(
        new_case, point, lambda data, new: ["ingest", "--release", str(new), "--data-dir", str(data)])
    ingest = ["ingest", "--release", str(new), "--data-dir", str(data)]
    if point == "extract":  # killed with the text index's follower and at least one worker running
        assert len(started) >= 2, started
    assert_gone(started)
    assert not check_whole_then_finish(data, before, env, tmp, lambda: ickg(*ingest, env=env))
    assert (data / "corpus" / new.name).read_bytes() == new.read_bytes()


# ---------------------------------------------------------------------------------------------
# Killed inside the commit: before the commit point rolled back, after it rolled forward


# 0: the rename that commits (rolled back); 2: the store version renamed, CURRENT not yet moved;
# 5: half the release files moved (both rolled forward).
@pytest.mark.parametrize("crash_at", [0, 2, 5])
def test_a_build_killed_inside_its_commit_is_finished_or_undone_by_the_next_command(case, crash_at):
    data, new, env, tmp = case
    shutil.copy(new, data / "corpus" / new.name)
    before = snapshot(data)
    build = ["build", "--release", "--no-dl", "--data-dir", str(data)]
    killed = crash_in_commit(build, data, crash_at, env)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    assert (data / "build" / "journal.json").exists() == (crash_at > 0)
    committed = check_whole_then_finish(data, before, env, tmp, lambda: ickg(*build, env=env))
    assert committed == (crash_at > 0)


@pytest.mark.parametrize("crash_at", [4])
def test_an_ingest_killed_inside_its_commit_lands_whole_or_not_at_all(case, crash_at):
    data, new, env, tmp = case
    before = snapshot(data)
    killed = crash_in_commit(["ingest", "--release", str(new), "--data-dir", str(data)], data, crash_at, env)
    assert killed.returncode == -signal.SIGKILL, killed.stderr

    def finish():  # the ingest again, or (it landed) the build it ran: with HermiT, as ingest does
        if (data / "corpus" / new.name).exists():
            return ickg("build", "--release", "--data-dir", str(data), env=env)
        return ickg("ingest", str(new), "--data-dir", str(data), env=env)

    committed = check_whole_then_finish(data, before, env, tmp, finish)
    assert committed == (crash_at > 0)
    assert (data / "corpus" / new.name).read_text(encoding="utf-8") == NEW_DOCUMENT


# ---------------------------------------------------------------------------------------------
# Out of disk


def mount_tmpfs(folder, megabytes):
    folder.mkdir()
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={megabytes}m", "tmpfs", str(folder)],
                            capture_output=True, text=True)
    if result.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({result.stderr.strip()}); needs root")


def fill(folder, leave):
    """Write a file taking all the free space of ``folder``'s file system but ``leave`` bytes."""
    stats = os.statvfs(folder)
    free = stats.f_bavail * stats.f_frsize
    filler = folder / "filler"
    with open(filler, "wb") as out:
        out.truncate(0)
        block = b"\0" * (1 << 20)
        remaining = free - leave
        while remaining > 0:
            out.write(block[:min(len(block), remaining)])
            remaining -= len(block)
    return filler


@pytest.mark.skipif(os.geteuid() != 0, reason="mounting a tmpfs needs root")
# With this much space left, the new build runs out (measured, 2 MiB since the compact provenance
# made the store smaller): writing the store version. The ingest's build keeps a small store open
# between its stages (ickg.build.stages.REOPEN_ABOVE), which writes less: with 1 MiB it now
# completes, with 768 KiB it runs out in the staging folder, with 512 KiB writing the store
# version's log. (With 256 KiB: the N-Quads spool, during extraction.)
@pytest.mark.parametrize("command, free_kib", [("build", 2048), ("ingest", 512)])
def test_a_full_disk_fails_in_one_line_and_changes_nothing(template, tmp_path, command, free_kib):
    disk = tmp_path / "disk"
    mount_tmpfs(disk, 64)
    try:
        data = disk / "data"
        shutil.copytree(template, data, symlinks=True)
        new = tmp_path / "catalonia.txt"
        new.write_text(NEW_DOCUMENT, encoding="utf-8")
        env = environment(tmp_path / "tmp")
        if command == "build":
            shutil.copy(new, data / "corpus" / new.name)
            args = ["build", "--release", "--no-dl", "--data-dir", str(data)]
        else:
            args = ["ingest", str(new), "--data-dir", str(data)]
        before = snapshot(data)
        filler = fill(disk, free_kib * 1024)
        result = ickg(*args, env=env)
        assert result.returncode == 1
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
        assert "no space left on device" in lines[0] and str(data) in lines[0], lines[0]
        assert snapshot(data, served_counts(data, env)) == before
        assert_recorded(data)
        filler.unlink()
        finish = ickg(*args, env=env)
        assert finish.returncode == 0, finish.stderr
        assert snapshot(data) != before
        assert_recorded(data)
        assert_no_leftovers(data, tmp_path / "tmp")
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=False)
