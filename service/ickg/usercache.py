"""The user's cache: what a command computed from inputs alone, kept by a digest of those inputs.

One folder per user, shared by every data directory, that only saves time: HermiT's reports
(:func:`ickg.reason.dl.classify_cached`), the release's compacted JSON-LD of the ontology
(:func:`ickg.build.release.write_release`), the extraction patterns' compiled code
(:mod:`ickg.extract.regex`), the lexicon (:func:`ickg.extract.lexicon.default_lexicon`) and the
vocabulary (:func:`ickg.curate.vocabulary.default_vocabulary`) are read again by the next
command that would compute the very same bytes; the last three checked by a SHA-256 written
before them (:func:`keep_checked`, :func:`keep_pickled`). Each file is named by a
SHA-256 of everything it is made from, so a file is never read for other inputs; deleting the
folder only costs time. The folder follows the XDG base directory convention:
``$ICKG_CACHE_DIR/<kind>`` when set (the test suite sets one fresh folder per run), else
``$XDG_CACHE_HOME/ickg/<kind>``, else ``~/.cache/ickg/<kind>``.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

CACHE_ENV = "ICKG_CACHE_DIR"


def cache_dir(kind: str) -> Path:
    """The folder of the user's cache where files of ``kind`` (``"hermit"``, ``"jsonld"``) are kept."""
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV]) / kind
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "ickg" / kind


def named(kind: str, suffix: str, *parts: str | bytes) -> Path:
    """The file of ``kind`` made from ``parts`` (every input it is made from: a version, a digest,
    a module's source), named by a SHA-256 of them, each part length-prefixed so that no two lists
    of parts give the same name."""
    digest = hashlib.sha256(kind.encode() + b"\0")
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        digest.update(b"%d\0" % len(data))
        digest.update(data)
    return cache_dir(kind) / f"{digest.hexdigest()[:40]}{suffix}"


def read_kept(path: Path) -> bytes | None:
    """The bytes kept at ``path``, marked recently used; None if there are none."""
    try:
        data = path.read_bytes()
        os.utime(path)  # recently used: kept longest
    except OSError:
        return None
    return data


def keep(path: Path, data: bytes, *, kept: int) -> None:
    """Write ``data`` to ``path`` (beside it, then renamed: a reader sees all of it or nothing)
    and drop all but the ``kept`` most recently used files of its folder with its suffix. A
    folder that cannot be written is only slower: nothing is raised."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}")
        tmp.write_bytes(data)
        os.replace(tmp, path)
        files = sorted(path.parent.glob(f"*{path.suffix}"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in files[kept:]:
            old.unlink(missing_ok=True)
    except OSError:
        pass


def read_checked(path: Path) -> bytes | None:
    """The body kept at ``path`` by :func:`keep_checked`: None when there is none, or its first 32
    bytes are not the SHA-256 of the rest (cut short, damaged)."""
    data = read_kept(path)
    if data is None or len(data) < 32 or hashlib.sha256(data[32:]).digest() != data[:32]:
        return None
    return data[32:]


def keep_checked(path: Path, body: bytes, *, kept: int) -> None:
    """:func:`keep` ``body`` after its SHA-256, which :func:`read_checked` checks."""
    keep(path, hashlib.sha256(body).digest() + body, kept=kept)


def read_pickled(path: Path, kind: type[T]) -> T | None:
    """The ``kind`` object pickled at ``path`` by :func:`keep_pickled`; None when there is none,
    it does not check, or it is no ``kind`` (its file is named by the source of the module that
    defines ``kind``, so a stale one is not expected: only slower)."""
    import pickle

    body = read_checked(path)
    if body is None:
        return None
    try:
        value = pickle.loads(body)
    except (pickle.UnpicklingError, AttributeError, ImportError, EOFError, TypeError, ValueError):
        return None
    return value if isinstance(value, kind) else None


def keep_pickled(path: Path, value: object, *, kept: int) -> None:
    """Keep ``value`` pickled at ``path``, checked (:func:`keep_checked`)."""
    import pickle

    keep_checked(path, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL), kept=kept)
