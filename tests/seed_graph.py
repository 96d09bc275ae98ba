"""The seed graph the viewer tests and benchmark run on: what ``ickg build`` makes of
``graph_data/`` (ontology, extraction, curation, validation, reasoning), read back from its store.

There is no stand-in: if the build fails, :func:`build_data_dir` raises with the build's own
message, and every test that needs the seed graph fails with it.
"""

import shutil
import subprocess
import sys
import tempfile
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parent.parent
GRAPH_DATA = ROOT / "graph_data"


class BuildFailed(AssertionError):
    """``ickg build`` of the seed data failed; the message is its stderr."""


def build_data_dir(target):
    """``graph_data`` copied to ``target`` (without build products) and built with the real
    command line. Returns ``(target, the command's stdout)``."""
    target = Path(target)
    shutil.copytree(GRAPH_DATA, target, ignore=shutil.ignore_patterns("build"))
    done = subprocess.run([sys.executable, "-m", "ickg", "build", "--release", "--data-dir", str(target)],
                          cwd=target.parent, capture_output=True, text=True, timeout=900)
    if done.returncode != 0:
        raise BuildFailed(f"ickg build of {target} failed:\n{done.stderr}")
    return target, done.stdout


def quads_of(data_dir):
    """Every quad of the live store version of a built data directory."""
    from ickg.store import current_version, store_dir

    root = store_dir(data_dir)
    store = ox.Store.read_only(str(root / current_version(root)))
    return list(store.quads_for_pattern(None, None, None, None))


@lru_cache(maxsize=1)
def seed_quads():
    """The seed dataset as a tuple of pyoxigraph quads (built once per process, for the benchmark;
    the tests share the session's built data directory instead)."""
    folder = Path(tempfile.mkdtemp(prefix="ickg-seed-"))
    try:
        data, _ = build_data_dir(folder / "graph_data")
        return tuple(quads_of(data))
    finally:
        shutil.rmtree(folder, ignore_errors=True)


HOSTILE_LABEL = '<script>alert("ickg")</script> Hostile & "quoted" programme'
HOSTILE_IRI = "https://w3id.org/ickg/id/program/hostile-test"


def hostile_quads():
    """A program whose label and comment are markup, for the escaping tests (asserted graph)."""
    from ickg.namespaces import ASSERTED_GRAPH, ICKG

    g = ox.NamedNode(str(ASSERTED_GRAPH))
    s = ox.NamedNode(HOSTILE_IRI)
    return [
        ox.Quad(s, ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), ox.NamedNode(str(ICKG.Program)), g),
        ox.Quad(s, ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"), ox.Literal(HOSTILE_LABEL, language="en"), g),
        ox.Quad(s, ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#comment"),
                ox.Literal('<img src=x onerror="alert(1)"> and </textarea><b>bold</b>'), g),
        ox.Quad(s, ox.NamedNode(str(ICKG.locatedIn)), ox.NamedNode("https://w3id.org/ickg/id/jurisdiction/canada"), g),
    ]
