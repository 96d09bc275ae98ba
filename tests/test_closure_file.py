"""The kept closure's file (``closure.state``): plain data that round-trips, and that a damaged or
hostile file cannot turn into code, a traceback or a wrong store.

The file used to be a pickle, which runs what it names when loaded: a data directory's writer
could run code in the next ingest. These tests put a pickle that would create a file when
unpickled where the closure is kept (under the new name and under the old one), garbage,
a truncated copy, a copy with one byte changed and a well-formed file naming terms it does not
hold; each is refused with its reason, nothing runs, and the ingest still leaves what a full
rebuild makes.
"""

import os
import pickle
import shutil
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from ickg.reason import materialise as m
from ickg.reason import statefile
from ickg.store import current_version, store_dir

REPO = Path(__file__).resolve().parent.parent
STUDY = "Integrated care in Toronto\n\nA study of integrated care programmes in Toronto and in Copenhagen.\n"


def ickg(*args):
    env = dict(os.environ, ICKG_PROGRESS="1")
    return subprocess.run([sys.executable, "-m", "ickg", *args], capture_output=True, text=True, timeout=900, env=env)


def live(data_dir):
    root = store_dir(data_dir)
    return root / current_version(root)


def dataset(data_dir):
    """Every quad of the live store version, blank nodes canonicalised (RDFC-1.0)."""
    data = ox.Dataset(ox.Store.read_only(str(live(data_dir))).quads_for_pattern(None, None, None, None))
    data.canonicalize(ox.CanonicalizationAlgorithm.RDFC_1_0)
    return {str(q) for q in data}


class Touch:
    """Unpickled, it creates ``path`` (what a hostile pickle could do instead: anything)."""

    def __init__(self, path):
        self.path = path

    def __reduce__(self):
        return (Path.touch, (Path(self.path),))


@pytest.fixture(scope="module")
def kept(two_document_data_dir):
    """The closure state of the two-document store's build, as ``ickg build`` kept it."""
    return live(two_document_data_dir) / m.CLOSURE_NAME


def test_the_build_keeps_the_closure_as_plain_data_not_a_pickle(kept):
    data = kept.read_bytes()
    assert data.startswith(statefile.MAGIC)
    assert not list(kept.parent.glob("*.pickle"))
    with pytest.raises(pickle.UnpicklingError):
        pickle.loads(data)


def test_the_closure_state_round_trips(kept, tmp_path):
    state = m.load_state(kept.parent)
    m.save_state(state, tmp_path)
    again = m.load_state(tmp_path)
    a, b = state.engine, again.engine
    assert a.terms.terms == b.terms.terms and a.terms.lit_terms == b.terms.lit_terms
    assert a.terms.ids == b.terms.ids and a.terms.genids == b.terms.genids
    assert a.derivations == b.derivations and a.schema == b.schema
    assert (a.pso, a.pos, a.types) == (b.pso, b.pos, b.types)
    assert repr(a.crosswalk) == repr(b.crosswalk) and a._no_reflexive == b._no_reflexive
    for name in ("digest", "dl", "fixed", "sensitive", "statements", "rules", "data_triples", "crosswalk_fired"):
        assert getattr(state, name) == getattr(again, name), name
    assert len(a.derivations) > 100 and len(a.terms.lit_terms) > 10 and a.terms.genids  # a real closure


def test_the_restored_engine_changes_as_the_one_that_ran(two_document_data_dir):
    """A closure saved and loaded, then changed by the same triples as the engine that computed it,
    concludes the same (the tables compiled again from the kept schema serve as the originals)."""
    import sqlite3

    from ickg.build.stages import _parsed_nquads
    from ickg.namespaces import ASSERTED_GRAPH
    from ickg.resources import _ontology_ntriples
    from ickg.terms import from_ox

    with sqlite3.connect(str(live(two_document_data_dir) / "support.sqlite")) as conn:
        lines = [t for (t,) in conn.execute("SELECT text FROM line") if t.endswith(f" <{ASSERTED_GRAPH}> .\n")]
    asserted = sorted({q[:3] for q in _parsed_nquads("".join(lines).encode("utf-8"))})
    ontology = [tuple(from_ox(x) for x in (q.subject, q.predicate, q.object))
                for q in ox.parse(_ontology_ntriples().encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)]
    applied = 0
    for k in range(1, 6):
        removed, kept_ = asserted[::7][:k], [t for t in asserted if t not in asserted[::7][:k]]
        ran = m.closure_state(m.materialise(ontology + kept_ + removed), ontology, digest="", dl=False)
        folder = Path(os.environ.get("TMPDIR", "/tmp")) / f"ickg-closure-test-{os.getpid()}-{k}"
        folder.mkdir()
        try:
            m.save_state(ran, folder)
            restored = m.load_state(folder)
        finally:
            shutil.rmtree(folder)
        one = m.update_closure(ran, [], removed)
        two = m.update_closure(restored, [], removed)
        assert (one is None) == (two is None)
        if one is not None:
            applied += 1
            assert set(one.gone) == set(two.gone) and set(one.came) == set(two.came)
            decode_a, decode_b = ran.engine.terms.triple, restored.engine.terms.triple
            assert {decode_a(t) for t in ran.engine.derivations} == {decode_b(t) for t in restored.engine.derivations}
    assert applied


def _refused(folder, word):
    with pytest.raises(m.UnusableClosure) as refused:
        m.load_state(folder)
    assert word in str(refused.value), str(refused.value)
    assert "\n" not in str(refused.value)


def test_damaged_truncated_and_hostile_files_are_refused_with_their_reason(kept, tmp_path):
    good = kept.read_bytes()
    target = tmp_path / m.CLOSURE_NAME
    marker = tmp_path / "ran"
    cases = {
        "a pickle": (pickle.dumps(Touch(marker)), "not a closure state file"),
        "garbage": (os.urandom(4096), "not a closure state file"),
        "empty": (b"", "not a closure state file"),
        "truncated": (good[: len(good) // 2], "truncated"),
        "header cut": (good[: len(statefile.MAGIC) + 6], "header"),
        "one byte changed": (good[:-10] + bytes([good[-10] ^ 1]) + good[-9:], "checksum"),
        "another format": (good.replace(b"\n1\n", b"\n99\n", 1), "format 99"),
    }
    for name, (data, word) in cases.items():
        target.write_bytes(data)
        _refused(tmp_path, word)
    assert not marker.exists()

    # Well formed, with its checksum, but naming terms it does not hold: a hostile writer's file.
    fields, sections = statefile.read(kept)
    sections["pso.values"] = statefile.ints([*sections["pso.values"][:-1], 10 ** 9])
    statefile.write(target, fields, sections)
    _refused(tmp_path, "names a term it does not hold")
    fields, sections = statefile.read(kept)
    sections["pos.counts"] = statefile.ints([*sections["pos.counts"][:-1], 10 ** 6])
    statefile.write(target, fields, sections)
    _refused(tmp_path, "table pos does not add up")
    fields, sections = statefile.read(kept)
    sections["pso.counts"] = [str(n) for n in sections["pso.counts"]]  # JSON strings, not integers
    statefile.write(target, fields, sections)
    _refused(tmp_path, "table pso does not add up")
    for iri in ("http://example.org/a b", "http://example.org/a\nb", "relative/iri", "http://example.org/<a>"):
        fields, sections = statefile.read(kept)
        sections["iris"] = sections["iris"] + [iri]
        statefile.write(target, fields, sections)
        _refused(tmp_path, "IRI")
    fields, sections = statefile.read(kept)
    sections["derived_premises"] = statefile.ints([n + 1 for n in sections["derived_premises"]])
    statefile.write(target, fields, sections)
    _refused(tmp_path, "derivations")
    fields, sections = statefile.read(kept)
    del fields["digest"]
    statefile.write(target, fields, sections)
    _refused(tmp_path, "does not fit")

    target.unlink()
    (tmp_path / "closure.pickle").write_bytes(pickle.dumps(Touch(marker)))  # an older ickg's name
    _refused(tmp_path, "older ickg's closure.pickle")
    assert not marker.exists()


def test_an_ingest_over_a_hostile_kept_closure_runs_nothing_and_equals_a_rebuild(two_document_data_dir, tmp_path):
    data = tmp_path / "data"
    shutil.copytree(two_document_data_dir, data)
    marker = tmp_path / "ran"
    version = live(data)
    (version / m.CLOSURE_NAME).write_bytes(pickle.dumps(Touch(marker)))  # as if an attacker wrote it
    (version / "closure.pickle").write_bytes(pickle.dumps(Touch(marker)))
    new = tmp_path / "toronto_study.txt"
    new.write_text(STUDY, encoding="utf-8")

    done = ickg("ingest", "--data-dir", str(data), str(new))
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert "closure computed again: closure.state: not a closure state file" in done.stderr, done.stderr
    assert not marker.exists()
    assert not (live(data) / "closure.pickle").exists()  # the old file is not carried into the new version
    assert m.load_state(live(data)).engine.derivations  # a good closure kept again for the next change

    # The live version's HermiT setting was in the refused file: the closure is computed with the
    # default (HermiT on), as `ickg build` computes it.
    full = tmp_path / "full"
    shutil.copytree(data / "corpus", full / "corpus")
    # HermiT's report the ingest kept (in the run's ICKG_CACHE_DIR) is read again only if the
    # build hands HermiT the very triples the ingest did (ickg.reason.dl.classify_cached)
    done = ickg("build", "--data-dir", str(full))
    assert done.returncode == 0, done.stderr
    incremental, rebuilt = dataset(data), dataset(full)
    assert incremental == rebuilt, (sorted(incremental - rebuilt)[:5], sorted(rebuilt - incremental)[:5])
    assert any("toronto" in q for q in rebuilt)
