"""The data directory's writers: one at a time, and changes that land whole or not at all.

``ickg build``, ``ickg ingest`` and ``ickg import`` change three things together: input files
(``corpus/``, ``imports/``), the release files (``release/``) and the store version
(``build/store/``). Each change is staged first and committed in one step, so that whatever
moment a command is killed at (SIGKILL, power cut, disk full), the inputs, the release and the
store afterwards all hold either the previous build or the new one::

    build/lock               held (flock) by the command that writes; it says who: "pid command"
    build/staging/<v>/       one change being staged: inputs/, release/, tmp/ (its temporary files)
    build/store/.staged-<v>  its new store version (:func:`ickg.store.stage_version`)
    build/journal.json       written once everything above is staged: the commit point
    build/committed.json     which build the live store and the release files hold

A :class:`Change` stages; :meth:`Change.commit` writes the journal (to a temporary name, fsynced,
then renamed: the rename is the commit) and rolls it forward: the store version is promoted,
staged inputs and release files are renamed into place, ``committed.json`` is rewritten and the
journal removed. Every step of the roll-forward can be done twice, so when a command dies half
way the next one finishes it: whoever takes the lock next (:func:`exclusive`), and the commands
that only read (``serve``, ``query``, ``explain``) when no writer holds it
(:func:`recover_if_idle`), roll a journal forward, or, when there is none, roll back what a dead
command staged (its staging directory and store version) before doing anything else.

One writer at a time: :func:`exclusive` takes ``build/lock`` for the whole command, including the
checks that depend on what is already there (an ingest's duplicate check). A second command
**waits** for the first, saying once on stderr which command (pid) it waits for, then runs:
two ingests started together both land, one after the other, and the same content under two
names is refused the second time. The lock is the kernel's (``flock``), so a killed holder
releases it at once.

While a change is staged the process's temporary files (:mod:`tempfile`: the build's N-Quads
spool, HermiT's input) go into its staging directory, so that nothing of a killed build stays
outside the data directory, and the next command removes it.
"""

from __future__ import annotations

import errno
import fcntl
import hashlib
import json
import os
import re
import shutil
import sys
import tempfile
import threading
import time
from contextlib import contextmanager
from pathlib import Path

from ickg import store as store_module
from ickg.build.paths import build_dir, release_dir
from ickg.store import remote_index

LOCK = "lock"
JOURNAL = "journal.json"
COMMITTED = "committed.json"
STAGING = "staging"
# Input folders a change may add files to, relative to the data directory.
INPUT_FOLDERS = ("corpus", "imports")


class Interrupted(BaseException):
    """The command was asked to stop (SIGTERM); raised so that staged changes are dropped."""


# ---------------------------------------------------------------------------------------------
# One writer at a time

# Locks this thread holds: realpath of the lock file -> depth. Re-entrant within a thread; another
# thread of the process opens the file again, and flock makes it wait like another process.
_local = threading.local()


def _held():
    if not hasattr(_local, "held"):
        _local.held = {}
    return _local.held


def lock_holder(data_dir) -> str | None:
    """Who holds ``build/lock``, as its holder wrote it: "`ickg build` (pid 123)", if it says."""
    try:
        text = (build_dir(data_dir) / LOCK).read_text(encoding="utf-8").split()
    except OSError:
        return None
    if not text or not text[0].isdigit():
        return None
    return f"`ickg {' '.join(text[1:]) or 'command'}` (pid {text[0]})"


@contextmanager
def exclusive(data_dir, command: str, *, on_wait=None):
    """Hold the data directory's write lock for the ``with`` block, waiting for it if need be.

    Re-entrant within a process (``ingest`` holds it around the build it runs). Once taken, a
    commit a dead command left half done is finished, or its staged change removed
    (:func:`recover`).

    Args:
        command: what is running, for the message another command prints while it waits.
        on_wait: called once with a one-line message if the lock is held by another process
            (default: print it on stderr).
    """
    folder = build_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    key = os.path.realpath(folder / LOCK)
    held = _held()
    if key in held:
        held[key] += 1
        try:
            yield
        finally:
            held[key] -= 1
        return
    handle = open(key, "a+", encoding="utf-8")
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = lock_holder(data_dir) or "another ickg command"
            message = f"ickg: waiting for {holder} to finish with {Path(data_dir)}"
            (on_wait or (lambda m: print(m, file=sys.stderr, flush=True)))(message)
            fcntl.flock(handle, fcntl.LOCK_EX)
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()} {command}\n")
        handle.flush()
        held[key] = 1
        try:
            recover(data_dir)
            yield
        finally:
            del held[key]
            handle.seek(0)
            handle.truncate()
            handle.flush()
    finally:
        handle.close()  # releases the flock


def holds_lock(data_dir) -> bool:
    """Whether this thread holds the data directory's write lock."""
    return os.path.realpath(build_dir(data_dir) / LOCK) in _held()


def recover_if_idle(data_dir) -> bool:
    """Finish or undo what a dead writer left, if there is something and no writer is running.

    For the commands that only read: they do not wait for a running build (it finishes its own
    commit), and a data directory they cannot write is left as it is. Returns whether it ran.
    """
    folder = build_dir(data_dir)
    staging = folder / STAGING
    if not (folder / JOURNAL).exists() and not (staging.is_dir() and any(staging.iterdir())):
        return False
    if holds_lock(data_dir):
        return False
    try:
        handle = open(folder / LOCK, "a+", encoding="utf-8")
    except OSError:
        return False
    key = os.path.realpath(folder / LOCK)
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        _held()[key] = 1
        try:
            recover(data_dir)
        except OSError:
            return False
        finally:
            _held().pop(key, None)
        return True
    finally:
        handle.close()


# ---------------------------------------------------------------------------------------------
# Staging and committing


def _sha256(path):
    digest = hashlib.sha256()
    with open(path, "rb") as data:
        for block in iter(lambda: data.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _fsync_file(path):
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_tree(folder):
    for path in sorted(Path(folder).rglob("*")):
        if path.is_file() and not path.is_symlink():
            _fsync_file(path)
    store_module.fsync_directory(folder)


def _write_atomically(path, data: bytes):
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        with open(tmp, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    store_module.fsync_directory(path.parent)


class Change:
    """One change of the data directory, staged piece by piece and committed in one step.

    Use it under :func:`exclusive` and as a context manager: leaving the ``with`` block without
    :meth:`commit` (an error, an interrupt) removes everything staged. ::

        with exclusive(data_dir, "build"), Change(data_dir) as change:
            change.add_input("corpus/new.txt", data)
            write_release(build, change.release_dir)
            change.stage_store(nquads_path)
            change.commit()
    """

    def __init__(self, data_dir, *, release_names=()):
        """``release_names``: every name a release file can have; the commit removes those the
        new release does not have (a graph that became empty)."""
        self.data_dir = Path(data_dir)
        self.release_names = sorted(release_names)
        if not holds_lock(self.data_dir):
            raise RuntimeError("a Change needs the data directory's lock (datadir.exclusive)")
        self.version = store_module.new_version_name()
        self.dir = build_dir(self.data_dir) / STAGING / self.version
        self.tmp = self.dir / "tmp"
        self.release_dir = self.dir / "release"
        self.inputs = []  # paths relative to the data directory
        self.removes = []  # input files the commit takes away (relative paths)
        self.store_staged = False
        self.committed = False
        self._tempdir = None

    def __enter__(self):
        self.tmp.mkdir(parents=True)
        self.release_dir.mkdir()
        self._tempdir, tempfile.tempdir = tempfile.tempdir, str(self.tmp)
        return self

    def __exit__(self, *exc):
        tempfile.tempdir = self._tempdir
        if not self.committed:
            self.abort()

    def input_path(self, relative) -> Path:
        """Where the staged copy of an input file (``corpus/x.txt``) lives until the commit."""
        return self.dir / "inputs" / relative

    def add_input(self, relative: str, data: bytes) -> Path:
        """Stage ``data`` as the new input file ``relative`` (``corpus/<name>`` or ``imports/<name>``)."""
        parts = Path(relative).parts
        if len(parts) != 2 or parts[0] not in INPUT_FOLDERS or parts[1].startswith("."):
            raise ValueError(f"{relative}: not a file name under {' or '.join(INPUT_FOLDERS)}")
        path = self.input_path(relative)
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "xb") as out:
            out.write(data)
        os.chmod(path, 0o644)
        self.inputs.append(str(Path(relative)))
        return path

    def remove_input(self, relative: str) -> None:
        """Take the live input file ``relative`` away at the commit (``ickg import --replace`` of a
        file under another suffix: one graph, one file)."""
        parts = Path(relative).parts
        if len(parts) != 2 or parts[0] not in INPUT_FOLDERS or parts[1].startswith("."):
            raise ValueError(f"{relative}: not a file name under {' or '.join(INPUT_FOLDERS)}")
        self.removes.append(str(Path(relative)))

    def view(self) -> Path:
        """A data directory as it will be after the commit, for the build to read: symbolic
        links to the live inputs, and to the staged ones."""
        view = self.dir / "view"
        view.mkdir(exist_ok=True)
        adding = {Path(r).parts[0] for r in self.inputs + self.removes}
        for name in ("corpus", "curation", "imports"):
            live = self.data_dir / name
            if name not in adding:
                if live.is_dir():
                    (view / name).symlink_to(live.resolve())
                continue
            (view / name).mkdir()
            if live.is_dir():
                for path in live.iterdir():
                    if not path.name.startswith(".") and f"{name}/{path.name}" not in self.removes:
                        (view / name / path.name).symlink_to(path.resolve())
            for relative in self.inputs:
                if Path(relative).parts[0] == name:
                    target = view / relative
                    target.unlink(missing_ok=True)
                    target.symlink_to(self.input_path(relative).resolve())
        return view

    def stage_store(self, source, *, format=None, to_graph=None) -> str:
        """Build the new store version (not live until the commit)."""
        store_module.stage_version(store_module.store_dir(self.data_dir), source, version=self.version,
                                   format=format, to_graph=to_graph)
        self.store_staged = True
        return self.version

    def stage_store_path(self) -> Path:
        """Where the build loads the new store version itself (not live until the commit)."""
        self.store_staged = True
        root = store_module.store_dir(self.data_dir)
        root.mkdir(parents=True, exist_ok=True)
        return store_module.staged_path(root, self.version)

    def commit(self):
        """Write the journal (the commit point), then roll it forward."""
        release = None
        files = sorted(p for p in self.release_dir.iterdir() if not p.name.startswith("."))
        if files:
            release = {p.name: _sha256(p) for p in files}
        if self.inputs:
            _fsync_tree(self.dir / "inputs")
        if release:
            _fsync_tree(self.release_dir)
        journal = {
            "version": self.version,
            "store": self.store_staged,
            "release": release,
            "release_removes": [n for n in self.release_names if release and n not in release],
            "inputs": self.inputs,
            "removes": self.removes,
            "time": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        }
        _write_atomically(build_dir(self.data_dir) / JOURNAL,
                          (json.dumps(journal, indent=1, sort_keys=True) + "\n").encode("utf-8"))
        self.committed = True
        _roll_forward(self.data_dir, journal)

    def abort(self):
        """Remove everything staged (nothing live was touched)."""
        if self.store_staged:
            shutil.rmtree(store_module.staged_path(store_module.store_dir(self.data_dir), self.version),
                          ignore_errors=True)
        shutil.rmtree(self.dir, ignore_errors=True)


def _roll_forward(data_dir, journal):
    """Finish the commit ``journal`` describes. Every step may already have been done."""
    data_dir = Path(data_dir)
    folder = build_dir(data_dir)
    staging = folder / STAGING / journal["version"]
    root = store_module.store_dir(data_dir)
    if journal.get("store") and not journal.get("store_done"):
        store_module.promote_version(root, journal["version"])
        # Once live, a SPARQL Update may replace the version: never point back to it.
        journal = dict(journal, store_done=True)
        _write_atomically(folder / JOURNAL, (json.dumps(journal, indent=1, sort_keys=True) + "\n").encode("utf-8"))
    for relative in journal.get("inputs") or ():
        staged = staging / "inputs" / relative
        if staged.exists():
            (data_dir / relative).parent.mkdir(parents=True, exist_ok=True)
            os.replace(staged, data_dir / relative)
    for relative in journal.get("removes") or ():
        (data_dir / relative).unlink(missing_ok=True)
    release = journal.get("release")
    if release:
        target = release_dir(data_dir)
        target.mkdir(parents=True, exist_ok=True)
        for name in release:
            staged = staging / "release" / name
            if staged.exists():
                os.replace(staged, target / name)
        for name in journal.get("release_removes") or ():
            (target / name).unlink(missing_ok=True)
    changed_inputs = (journal.get("inputs") or []) + (journal.get("removes") or [])
    for relative in {Path(r).parts[0] for r in changed_inputs} | ({"release"} if release else set()):
        store_module.fsync_directory(data_dir / relative)
    record = committed(data_dir) or {}
    if journal.get("store"):
        record["store"] = journal["version"]
    if release:
        record["release"] = {"version": journal["version"], "files": release}
    record["time"] = journal.get("time")
    _write_atomically(folder / COMMITTED, (json.dumps(record, indent=1, sort_keys=True) + "\n").encode("utf-8"))
    (folder / JOURNAL).unlink(missing_ok=True)
    store_module.fsync_directory(folder)
    shutil.rmtree(staging, ignore_errors=True)


def committed(data_dir) -> dict | None:
    """What ``build/committed.json`` says: ``{"store": version, "release": {"version", "files"}}``."""
    try:
        return json.loads((build_dir(data_dir) / COMMITTED).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def recover(data_dir):
    """Roll forward a journal a dead command left, else remove what it staged. Needs the lock.

    Also removes the temporary files earlier versions of ickg left when killed (``.ickg*`` in
    ``release/``, ``.<name>.*`` in ``corpus/``, ``.ingest-*`` in the data directory), and the
    text index a remote load (``--store-url``) staged in ``build/remote/`` and never promoted.
    """
    data_dir = Path(data_dir)
    folder = build_dir(data_dir)
    journal_path = folder / JOURNAL
    if journal_path.exists():
        try:
            journal = json.loads(journal_path.read_text(encoding="utf-8"))
        except ValueError:
            journal = None  # cannot happen (written whole, then renamed); roll back
            journal_path.unlink()
        if journal is not None:
            _roll_forward(data_dir, journal)
    for tmp in folder.glob(f".{JOURNAL}.tmp-*"):
        tmp.unlink(missing_ok=True)
    for tmp in folder.glob(f".{COMMITTED}.tmp-*"):
        tmp.unlink(missing_ok=True)
    staging = folder / STAGING
    if staging.is_dir():
        for path in staging.iterdir():
            shutil.rmtree(path, ignore_errors=True)
    store_module.drop_unpromoted(store_module.store_dir(data_dir))
    remote_index.drop_staged(data_dir)
    for path in release_dir(data_dir).glob(".ickg*"):
        _remove(path)
    corpus = data_dir / "corpus"
    if corpus.is_dir():
        for path in corpus.glob(".*.txt.*"):
            _remove(path)
    for path in data_dir.glob(".ingest-*"):
        _remove(path)


def _remove(path):
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


# ---------------------------------------------------------------------------------------------
# Errors


def io_error_message(error: OSError, path=None) -> str:
    """One line for an I/O error: the path it concerns and the reason, ``no space left on device``
    when the disk is full (pyoxigraph's errors carry the reason in their text, not ``errno``).
    ``path`` is named when the error does not say which file it was (``os.write``)."""
    text = " ".join(str(error).split())
    where = error.filename
    if where is None:
        found = re.search(r"(?:file|directory)[^:]*: ([^:]+): ", text)
        where = found.group(1) if found else path
    full = error.errno in (errno.ENOSPC, errno.EDQUOT) or "No space left on device" in text \
        or "Disk quota exceeded" in text
    if full:
        reason = "no space left on device"
    elif error.strerror:
        reason = error.strerror[:1].lower() + error.strerror[1:]
    else:
        reason = text
    return f"{where}: {reason}" if where else reason
