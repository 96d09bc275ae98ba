"""Incremental `ickg ingest` and `ickg remove`: the store they leave equals a full rebuild.

The seed data directory (built once per session by ``ickg build``) gets new documents, a changed
uncurated one and a changed curated one (its curation file must still apply), a review decision
(a curation file changed after the build), and loses one, all through the real commands, each taking the incremental path (``ickg.build.delta``: it says so on
stderr). Then a fresh copy of ``graph_data`` with the same corpus is built from scratch, and the
two stores' datasets are compared quad for quad, blank nodes (the ontology's) canonicalised by
RDFC-1.0. Nothing is excluded from the comparison: the store holds no build time or version id
(those live in ``build/committed.json`` and the version's directory name).
"""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from ickg.mint import document_iri
from ickg.store import current_version, store_dir

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "benchmarks"))

import synthetic  # noqa: E402  (the benchmark's documents: authors, journals and places shared across documents)

CURATED = "003_2e7f07f9be8b457e.txt"  # a seed document with a curation file


def ickg(*args, cwd=None):
    env = dict(os.environ, ICKG_PROGRESS="1")
    return subprocess.run([sys.executable, "-m", "ickg", *args], capture_output=True, text=True,
                          timeout=900, cwd=cwd, env=env)


_STARTED: list = []  # the background commands of the test under way


@pytest.fixture(autouse=True)
def _no_command_left_running():
    """A test that fails before it waits for its background build leaves no build running."""
    yield
    while _STARTED:
        process = _STARTED.pop()
        if process.poll() is None:
            process.kill()
            process.wait()


def ickg_started(*args, out):
    """``ickg *args`` started in the background, its output in files under ``out``; the returned
    function waits for it and returns it as ``ickg`` would. A test's from-scratch build runs on
    the second core while the incremental commands run on the first."""
    env = dict(os.environ, ICKG_PROGRESS="1")
    out.mkdir()
    with open(out / "stdout", "w") as stdout, open(out / "stderr", "w") as stderr:
        process = subprocess.Popen([sys.executable, "-m", "ickg", *args], stdout=stdout, stderr=stderr,
                                   text=True, env=env)
    _STARTED.append(process)

    def joined():
        try:
            code = process.wait(timeout=900)
        finally:
            if process.poll() is None:
                process.kill()
        return subprocess.CompletedProcess(process.args, code, (out / "stdout").read_text(),
                                           (out / "stderr").read_text())
    return joined


def dataset(data_dir):
    """Every quad of the live store version, blank nodes canonicalised (RDFC-1.0)."""
    root = store_dir(data_dir)
    store = ox.Store.read_only(str(root / current_version(root)))
    data = ox.Dataset(store.quads_for_pattern(None, None, None, None))
    data.canonicalize(ox.CanonicalizationAlgorithm.RDFC_1_0)
    return {str(q) for q in data}


def differences(a, b):
    """The first few quads each side holds alone, for a readable failure."""
    return {"only incremental": sorted(a - b)[:5], "only full": sorted(b - a)[:5],
            "counts": (len(a - b), len(b - a))}


@pytest.fixture
def data(built_data_dir, tmp_path):
    target = tmp_path / "graph_data"
    shutil.copytree(built_data_dir[0], target)
    return target


def test_ingest_replace_and_remove_leave_the_store_a_full_rebuild_makes(data, tmp_path):
    docs = dict(synthetic.generate(3, seed=3))
    new = tmp_path / "new"
    new.mkdir()
    for name, text in docs.items():
        (new / name).write_text(text, encoding="utf-8")
    first, second, third = sorted(docs)

    done = ickg("ingest", "--data-dir", str(data), *(str(new / n) for n in sorted(docs)))
    assert done.returncode == 0, done.stderr
    assert "incremental" in done.stderr  # the delta, not a full build
    assert f"{first}: " in done.stdout  # the candidates are listed as before

    # Re-ingest of changed files: an uncurated one, and a curated one whose curation still applies.
    changed = tmp_path / "changed"
    changed.mkdir()
    (changed / second).write_text(docs[second].replace("Canada", "Denmark")
                                  + "\nThe programme was evaluated in Sweden.\n", encoding="utf-8")
    (changed / CURATED).write_text((data / "corpus" / CURATED).read_text(encoding="utf-8")
                                   + "\nIntegrated care in Norway was also studied.\n", encoding="utf-8")
    done = ickg("ingest", "--replace", "--data-dir", str(data), str(changed / second), str(changed / CURATED))
    assert done.returncode == 0, done.stderr
    assert "incremental" in done.stderr

    # A review after that changes a curation file; the next incremental change (the remove) builds
    # the curation and that document's proposals again, as a full build of the new state would.
    listed = ickg("review", "--data-dir", str(data), "--format", "json", second)
    assert listed.returncode == 0, listed.stderr
    proposals = json.loads(listed.stdout)[0]["proposals"]
    assert proposals, "the synthetic document has proposals to review"
    assert any(proposals[0]["id"] in q for q in dataset(data))  # shown until rejected
    done = ickg("review", "--data-dir", str(data), second, "--reject", proposals[0]["id"], "--reason", "a test")
    assert done.returncode == 0, done.stderr

    done = ickg("remove", "--data-dir", str(data), str(document_iri(Path(first).stem)))
    assert done.returncode == 0, done.stderr
    assert "incremental" in done.stderr
    assert not (data / "corpus" / first).exists()

    # The from-scratch build of the state the incremental commands ended in. HermiT's reports are
    # kept by the user's cache (the run's ICKG_CACHE_DIR), each under a digest of HermiT's exact
    # input: where the remove handed HermiT what the full build hands it, the JVM is not run a
    # second time on the same input (7 CPU-s); any other input runs HermiT as before.
    full = tmp_path / "full"
    shutil.copytree(REPO / "graph_data", full, ignore=shutil.ignore_patterns("build"))
    shutil.rmtree(full / "curation")
    shutil.copytree(data / "curation", full / "curation")  # with the review's decision
    for path in (new / third, changed / second, changed / CURATED):
        shutil.copy(path, full / "corpus" / path.name)
    done = ickg("build", "--data-dir", str(full))
    assert done.returncode == 0, done.stderr
    same_inputs(full, data)  # the full build had the state the incremental commands ended in

    incremental, rebuilt = dataset(data), dataset(full)
    assert incremental == rebuilt, differences(incremental, rebuilt)
    # The comparison can fail: the changed documents' words are in both, the removed one in neither.
    assert any("Norway" in q and "fullText" in q for q in rebuilt)
    assert not any(Path(first).stem in q for q in incremental)
    assert not any(proposals[0]["id"] in q for q in incremental)  # the rejected proposal is gone


def test_remove_of_an_unknown_or_curated_document_is_one_line_and_changes_nothing(data):
    root = store_dir(data)
    before = current_version(root)
    done = ickg("remove", "--data-dir", str(data), "no-such-document.txt")
    assert done.returncode != 0
    assert done.stderr.strip().count("\n") == 0 and "no-such-document.txt" in done.stderr
    assert "no such document" in done.stderr
    done = ickg("remove", "--data-dir", str(data), CURATED)
    assert done.returncode != 0
    assert "curation" in done.stderr and done.stderr.strip().count("\n") == 0
    assert current_version(root) == before
    assert (data / "corpus" / CURATED).is_file()


# ---------------------------------------------------------------------------------------------
# The kept closure (closure.pickle) changed by delete/re-derive/add, and the curated hedge

J = "https://w3id.org/ickg/id/jurisdiction/"
PART_OF = "https://w3id.org/ickg/ontology/partOf"


def inferred(data_dir):
    """The inferred graph of the live store version, as (s, p, o) strings."""
    from ickg.namespaces import INFERRED_GRAPH

    root = store_dir(data_dir)
    store = ox.Store.read_only(str(root / current_version(root)))
    return {(q.subject.value, q.predicate.value, q.object.value)
            for q in store.quads_for_pattern(None, None, None, ox.NamedNode(str(INFERRED_GRAPH)))}


def rebuild_started(tmp_path, *flags, corpus, curation=()):
    """A full ``ickg build`` of the given corpus and curation files in a fresh directory, started
    now, beside the incremental commands it is compared with (on the second core). The returned
    function waits for it and returns that directory; :func:`same_inputs` then checks that it
    built what the incremental commands ended with."""
    full = tmp_path / "full"
    for folder, paths in (("corpus", corpus), ("curation", curation)):
        for path in paths:
            (full / folder).mkdir(parents=True, exist_ok=True)
            shutil.copy(path, full / folder / Path(path).name)
    joined = ickg_started("build", *flags, "--data-dir", str(full), out=tmp_path / "full-build")

    def built():
        done = joined()
        assert done.returncode == 0, done.stderr
        return full
    return built


def same_inputs(full, data):
    """The corpus and curation files of the two data directories, byte for byte."""
    def inputs(folder):
        return {f"{part}/{p.name}": p.read_bytes() for part in ("corpus", "curation")
                if (folder / part).is_dir() for p in (folder / part).iterdir()}
    assert inputs(full) == inputs(data)


def test_the_kept_closure_changed_by_ingest_replace_and_remove_equals_a_full_rebuild(two_document_data_dir, tmp_path):
    data = tmp_path / "data"
    shutil.copytree(two_document_data_dir, data)  # documents 000 and 004, built --no-dl
    new = tmp_path / "new"
    new.mkdir()
    (new / "toronto_study.txt").write_text(
        "Integrated care in Toronto\n\nA study of integrated care programmes in Toronto and in Copenhagen.\n",
        encoding="utf-8")
    (new / "montreal_study.txt").write_text(
        "Integrated care in Montreal\n\nA study of integrated care programmes in Montreal and in Toronto.\n",
        encoding="utf-8")
    changed = tmp_path / "changed"
    changed.mkdir()
    (changed / "montreal_study.txt").write_text(
        (new / "montreal_study.txt").read_text(encoding="utf-8") + "Care in Quebec was also studied.\n",
        encoding="utf-8")
    # the state the commands below end in (the two documents and the changed Montreal study),
    # built from scratch meanwhile
    full_build = rebuild_started(tmp_path, "--no-dl", corpus=[*sorted((data / "corpus").iterdir()),
                                                             changed / "montreal_study.txt"])
    for name in ("toronto_study.txt", "montreal_study.txt"):
        done = ickg("ingest", "--data-dir", str(data), str(new / name))
        assert done.returncode == 0, done.stderr
        assert "incremental closure" in done.stderr, done.stderr  # changed, not computed again
    both = inferred(data)
    shared, alone = (J + "toronto", PART_OF, J + "canada"), (J + "copenhagen", PART_OF, J + "europe")
    assert shared in both and alone in both

    done = ickg("ingest", "--replace", "--data-dir", str(data), str(changed / "montreal_study.txt"))
    assert done.returncode == 0, done.stderr
    assert "incremental closure" in done.stderr, done.stderr

    # Toronto is in Canada by both documents; Copenhagen in Europe by the removed one alone.
    done = ickg("remove", "--data-dir", str(data), "toronto_study.txt")
    assert done.returncode == 0, done.stderr
    assert "incremental closure" in done.stderr, done.stderr
    after = inferred(data)
    assert shared in after
    assert alone not in after

    full = full_build()
    same_inputs(full, data)
    incremental, rebuilt_ = dataset(data), dataset(full)
    assert incremental == rebuilt_, differences(incremental, rebuilt_)
    assert inferred(full) == after


def test_a_no_dl_version_stays_no_dl_when_an_ingest_builds_the_curation_again(two_document_data_dir, tmp_path):
    """An ingest keeps the live version's HermiT setting (``ickg ingest`` has no ``--no-dl``): also
    when it computes the closure again because the curation is built again, where it used to
    start HermiT (and keep a state saying so) under a version built ``--no-dl``."""
    from ickg.reason.materialise import load_state

    data = tmp_path / "data"
    shutil.copytree(two_document_data_dir, data)  # documents 000 and 004, built --no-dl, no curation
    name = "000_bb15507378938f7c.txt"
    (data / "curation").mkdir(exist_ok=True)
    shutil.copy(REPO / "graph_data" / "curation" / name, data / "curation" / name)  # curated since
    new = tmp_path / "toronto_study.txt"
    new.write_text("Integrated care in Toronto\n\nA study of integrated care programmes in Toronto.\n",
                   encoding="utf-8")
    root = store_dir(data)
    assert load_state(root / current_version(root)).dl is False
    done = ickg("ingest", "--data-dir", str(data), str(new))
    assert done.returncode == 0, done.stderr
    assert "closure computed again: the curation is built again" in done.stderr, done.stderr
    assert load_state(root / current_version(root)).dl is False


def test_a_curated_hedge_stays_when_an_uncurated_document_states_the_triple_too(tmp_path):
    """Ontario is in Canada by a hedged curated statement (graph_data's 001, its quote given a
    hedge here) and, flatly, by the gazetteer for a new uncurated document that names Ontario:
    the curator's hedge stays on the statement, and Ontario in North America, which follows from
    it, inherits it, in the incremental store and in a full build alike."""
    from rdflib import URIRef

    from ickg.mint import statement_iri

    data = tmp_path / "data"
    (data / "corpus").mkdir(parents=True)
    (data / "curation").mkdir()
    name = "001_81305ce44554847e.txt"
    shutil.copy(REPO / "graph_data" / "corpus" / name, data / "corpus" / name)
    quote = "Ontario part of: Canada\n  quote: across the province of Ontario, Canada. Six pilot programs were selected\n"
    curation = (REPO / "graph_data" / "curation" / name).read_text(encoding="utf-8")
    assert quote in curation
    (data / "curation" / name).write_text(curation.replace(quote, quote + "  hedge: were selected\n"), encoding="utf-8")
    new = tmp_path / "toronto_study.txt"
    new.write_text("Integrated care in Toronto\n\nA study of integrated care programmes in Toronto, Ontario.\n",
                   encoding="utf-8")
    # the state the build and ingest below end in, built from scratch meanwhile
    full_build = rebuild_started(tmp_path, "--no-dl", corpus=[data / "corpus" / name, new],
                                 curation=[data / "curation" / name])
    done = ickg("build", "--no-dl", "--data-dir", str(data))
    assert done.returncode == 0, done.stderr
    done = ickg("ingest", "--data-dir", str(data), str(new))
    assert done.returncode == 0, done.stderr
    full = full_build()
    same_inputs(full, data)

    stated = statement_iri(URIRef(J + "ontario"), URIRef(PART_OF), URIRef(J + "canada"))
    follows = statement_iri(URIRef(J + "ontario"), URIRef(PART_OF), URIRef(J + "north-america"))
    hedged = "https://w3id.org/ickg/scheme/qualifier/hedged"
    for folder in (data, full):
        quads = dataset(folder)
        # the new document states the triple too: the gazetteer is among the statement's sources
        assert any(q.startswith(f"<{stated}> <http://www.w3.org/ns/prov#wasDerivedFrom> <https://w3id.org/ickg/id/source/gazetteer>")
                   for q in quads)
        assert f"<{follows}> <https://w3id.org/ickg/ontology/claimQualifier> <{hedged}> <https://w3id.org/ickg/graph/derivations>" in quads
    incremental, rebuilt_ = dataset(data), dataset(full)
    assert incremental == rebuilt_, differences(incremental, rebuilt_)


# ---------------------------------------------------------------------------------------------
# Killed while it changes the store: the previous version stays served (the fault tests' harness)

from test_faults import (NEW_DOCUMENT, assert_gone, case, check_whole_then_finish, new_case,  # noqa: E402,F401
                         ickg as run, kill_at, snapshot, start, template)


def test_an_incremental_ingest_killed_midway_adds_nothing_and_the_next_one_lands(case):
    data, new, env, tmp = case
    before = snapshot(data)
    ingest = ["ingest", str(new), "--data-dir", str(data)]  # no --release: the incremental path
    env = dict(env, ICKG_PROGRESS="1")
    started = kill_at(start(ingest, env), data, "store")  # its staged version is being written
    assert_gone(started)

    def finish():
        done = run(*ingest, env=env)
        assert "incremental" in done.stderr, done.stderr
        return done

    assert not check_whole_then_finish(data, before, env, tmp, finish)
    assert (data / "corpus" / new.name).read_text(encoding="utf-8") == NEW_DOCUMENT


def test_the_engine_changed_by_delete_rederive_and_add_holds_the_closure_of_a_fresh_run(two_document_data_dir):
    """Reasoner.update, in process, against a fresh run: a few asserted triples of the
    two-document store removed and a few added, at random (8 seeds), the inferred graph and
    every concluded triple compared."""
    import random
    import sqlite3

    from ickg.build.stages import _parsed_nquads
    from ickg.namespaces import ASSERTED_GRAPH
    from ickg.reason import materialise as m
    from ickg.resources import _ontology_ntriples
    from ickg.terms import from_ox

    root = store_dir(two_document_data_dir)
    with sqlite3.connect(str(root / current_version(root) / "support.sqlite")) as conn:
        lines = [t for (t,) in conn.execute("SELECT text FROM line") if t.endswith(f" <{ASSERTED_GRAPH}> .\n")]
    asserted = sorted({q[:3] for q in _parsed_nquads("".join(lines).encode("utf-8"))})
    ontology = [tuple(from_ox(x) for x in (q.subject, q.predicate, q.object))
                for q in ox.parse(_ontology_ntriples().encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)]
    assert len(asserted) > 50
    changed, gone, came = 0, 0, 0
    for seed in range(8):
        rng = random.Random(seed)
        shuffled = asserted[:]
        rng.shuffle(shuffled)
        k = 1 + seed % 4
        added, removed, kept = shuffled[:k], shuffled[k:2 * k], shuffled[2 * k:]
        before = m.materialise(ontology + kept + removed)
        state = m.closure_state(before, ontology, digest="", dl=False)
        change = m.update_closure(state, added, removed)
        if change is None:
            continue  # refused (near a mapped triple): the caller computes it again
        changed += 1
        fresh = m.materialise(ontology + kept + added)
        got = (set(before.inferred_triples) - set(change.gone)) | set(change.came)
        assert got == set(fresh.inferred_triples)
        gone, came = gone + len(change.gone), came + len(change.came)
        decode, fresh_decode = state.engine.terms.triple, fresh.engine.terms.triple
        assert {decode(t) for t in state.engine.derivations} == {fresh_decode(t) for t in fresh.engine.derivations}
    assert changed >= 3  # applied, not always refused (another set of rules used, say)
    assert gone and came  # and it took inferred triples out and put others in


def test_the_ontology_graph_an_incremental_change_checks_is_the_one_the_build_loaded(two_document_data_dir):
    """An ingest validates (and, when it must, reasons) over the ontology parsed from its N-Triples,
    not read back from the live version (a second at 10,000 documents): the same graph, blank
    nodes aside, as the one the full build loaded into the store."""
    from ickg.build import delta
    from ickg.namespaces import ONTOLOGY_GRAPH

    root = store_dir(two_document_data_dir)
    graph = ox.NamedNode(str(ONTOLOGY_GRAPH))
    loaded = ox.Dataset(ox.Store.read_only(str(root / current_version(root))).quads_for_pattern(None, None, None, graph))
    parsed = ox.Dataset(delta._ontology_quads())
    assert len(loaded) > 1000
    for dataset in (loaded, parsed):
        dataset.canonicalize(ox.CanonicalizationAlgorithm.RDFC_1_0)
    assert set(map(str, parsed)) == set(map(str, loaded))


def test_the_known_labels_read_from_the_support_index_are_those_the_store_holds(two_document_data_dir, tmp_path):
    """The candidates' known labels come from the support index's asserted lines (and the
    ontology's N-Triples) instead of the store's label quads: the same set, whatever the case asked."""
    from ickg.build import delta
    from ickg.namespaces import ASSERTED_GRAPH, ONTOLOGY_GRAPH

    root = store_dir(two_document_data_dir)
    version = root / current_version(root)
    shutil.copy(version / "support.sqlite", tmp_path / "support.sqlite")
    store = ox.Store.read_only(str(version))
    held = {q.object.value.casefold() for p in delta._LABELS for g in (ASSERTED_GRAPH, ONTOLOGY_GRAPH)
            for q in store.quads_for_pattern(None, ox.NamedNode(p), None, ox.NamedNode(str(g)))}
    assert len(held) > 100
    asked = {label.upper() for label in held} | {"no such label at all"}
    index = delta._Index(tmp_path)  # the index of a version in tmp_path (the copied base, a new delta)
    try:
        assert delta._labels(index, asked) == held
        assert delta._labels(index, {"NO SUCH LABEL AT ALL"}) == set()
    finally:
        index.commit()


def _seed_reasoner_input(data_dir):
    """The ontology's triples and the asserted graph of a built data directory (its support
    index), as rdflib triples: the reasoner's input of a full build (imports aside)."""
    import sqlite3

    from ickg.build.stages import _parsed_nquads
    from ickg.namespaces import ASSERTED_GRAPH
    from ickg.resources import _ontology_ntriples
    from ickg.terms import from_ox

    root = store_dir(data_dir)
    version = root / current_version(root)
    index = version / "support.sqlite"
    if not index.exists():
        index = version / "support-base.sqlite"
    with sqlite3.connect(str(index)) as conn:
        lines = [t for (t,) in conn.execute("SELECT text FROM line") if t.endswith(f" <{ASSERTED_GRAPH}> .\n")]
    asserted = sorted({q[:3] for q in _parsed_nquads("".join(lines).encode("utf-8"))})
    ontology = [tuple(from_ox(x) for x in (q.subject, q.predicate, q.object))
                for q in ox.parse(_ontology_ntriples().encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)]
    return ontology, asserted


def test_the_crosswalk_computed_again_after_a_change_holds_what_a_fresh_run_concludes(built_data_dir):
    """The seed corpus makes the crosswalk conclude (a program tagged with GKEN's concept is
    tagged with the Rainbow Model's too). In process, over the seed's asserted graph: a tag
    removed (its crosswalk conclusions go), a new item tagged with a mapped concept (the
    crosswalk concludes new tags for it), and a tag in a scheme the crosswalk had filled (the gap
    closes: its conclusion goes). Each change is applied to the kept engine
    (:func:`update_closure`) and the closure and concluded triples compared with a fresh run.
    The sensitive nodes are cleared so that the second stratum's own update is what is tested:
    the command refuses these changes, since the confidences the derivations graph gives
    crosswalk conclusions are not changed incrementally."""
    from rdflib import URIRef

    from ickg.reason import materialise as m
    from ickg.reason.catalogue import CROSSWALK_RULE

    ontology, asserted = _seed_reasoner_input(built_data_dir[0])
    base = m.materialise(ontology + asserted)
    engine = base.engine
    decode = engine.terms.triple
    crosswalked = {decode(t) for t, (rule, _) in engine.derivations.items() if rule == CROSSWALK_RULE}
    assert crosswalked, "the seed corpus makes the crosswalk conclude something"
    tagging = {engine.terms.decode(p) for p in engine.crosswalk.tagging_properties(engine)}
    # a tag whose concept is mapped (the first premise of a crosswalk conclusion), asserted
    stated = set(asserted)
    tag = next(decode(premises[0]) for rule, premises in engine.derivations.values()
               if rule == CROSSWALK_RULE and decode(premises[0]) in stated)
    assert tag[1] in tagging
    newcomer = (URIRef("https://w3id.org/ickg/id/program/a-new-programme"), tag[1], tag[2])
    # another concept of the scheme a crosswalk conclusion filled, given to the same item
    in_scheme = URIRef("http://www.w3.org/2004/02/skos/core#inScheme")
    scheme_of = {s: o for s, p, o in ontology if p == in_scheme}
    x, p, filled = sorted(t for t in crosswalked if t[0] == tag[0])[0]
    other = sorted(c for c, scheme in scheme_of.items() if scheme == scheme_of[filled] and c != filled)[0]
    cases = {"a tag removed": ([], [tag]), "a new item tagged with a mapped concept": ([newcomer], []),
             "the gap a mapping filled closed by a tag of that scheme": ([(x, p, other)], [])}
    changed = []
    for name, (added, removed) in cases.items():
        before = m.materialise(ontology + asserted)
        state = m.closure_state(before, ontology, digest="", dl=False)
        state.sensitive, state.statements = frozenset(), frozenset()
        change = m.update_closure(state, added, removed)
        assert change is not None, name
        fresh = m.materialise(ontology + [t for t in asserted if t not in removed] + added)
        got = (set(before.inferred_triples) - set(change.gone)) | set(change.came)
        assert got == set(fresh.inferred_triples), name
        mine, theirs = state.engine.terms.triple, fresh.engine.terms.triple
        assert {mine(t) for t in state.engine.derivations} == {theirs(t) for t in fresh.engine.derivations}, name
        after = {mine(t) for t, (rule, _) in state.engine.derivations.items() if rule == CROSSWALK_RULE}
        assert after == {theirs(t) for t, (rule, _) in fresh.engine.derivations.items() if rule == CROSSWALK_RULE}, name
        changed.append(after != crosswalked)
    assert changed == [True, True, True]  # each case changed what the crosswalk concludes


# The CLI with the ontology read from another folder (the installed one changed after a build).
_WITH_ONTOLOGY = ("import runpy, sys; from pathlib import Path; import ickg.resources as r; "
                  "folder = Path(sys.argv.pop(1)); r.ontology_dir = lambda: folder; "
                  "runpy.run_module('ickg', run_name='__main__', alter_sys=True)")
# The CLI of an ickg whose extraction rules have another version (an upgrade after the build): the version's
# home (statements.statement, which the statements' sources read) and the package's name for it (the build's).
_WITH_RULES = ("import runpy, sys; import ickg.extract.statements as s, ickg.extract.statements.statement as home; "
               "s.VERSION = home.VERSION = sys.argv.pop(1); "
               "runpy.run_module('ickg', run_name='__main__', alter_sys=True)")


def _changed_inputs(kind, tmp_path):
    """The command prefix of an ickg whose inputs changed after the build, and a string only the
    new inputs put in the store."""
    from ickg.resources import ontology_dir

    if kind == "rules":
        return [sys.executable, "-c", _WITH_RULES, "999"], "@999"
    ontology = tmp_path / "ontology"
    shutil.copytree(Path(str(ontology_dir())), ontology, ignore=shutil.ignore_patterns("__pycache__"))
    edit = ontology / "ickg-edit.ttl"
    edit.write_text(edit.read_text(encoding="utf-8")
                    + '\nickg:Program rdfs:comment "A comment the ontology gained after the build."@en .\n',
                    encoding="utf-8")
    return [sys.executable, "-c", _WITH_ONTOLOGY, str(ontology)], "A comment the ontology gained after the build."


@pytest.mark.parametrize("kind", ["ontology", "rules"])
def test_a_change_after_the_inputs_changed_leaves_the_store_a_full_build_makes(two_document_data_dir, tmp_path, kind):
    """The ontology is in every part of a store version (its graph, the lexicon every document was
    extracted with, the shapes), and the extraction rules in its proposals: an ingest after the
    installed ontology or the rules' version changed builds the corpus again instead of changing
    the version, and the store holds what a full build of the same corpus holds; that build keeps
    the live version's --no-dl, as the delta does (it used to run HermiT)."""
    from ickg.reason import statefile
    from ickg.reason.materialise import CLOSURE_NAME

    data = tmp_path / "data"
    shutil.copytree(two_document_data_dir, data)  # built --no-dl with the installed ontology and rules
    command, only_new = _changed_inputs(kind, tmp_path)
    new = tmp_path / "toronto_study.txt"
    new.write_text("Integrated care in Toronto\n\nA study of integrated care programmes in Toronto.\n",
                   encoding="utf-8")
    env = dict(os.environ, ICKG_PROGRESS="1")
    full = tmp_path / "full"
    (full / "corpus").mkdir(parents=True)
    for path in [*sorted((data / "corpus").iterdir()), new]:
        shutil.copy(path, full / "corpus" / path.name)
    done = subprocess.run([*command, "build", "--no-dl", "--data-dir", str(full)], capture_output=True,
                          text=True, timeout=900, env=env)
    assert done.returncode == 0, done.stderr
    done = subprocess.run([*command, "ingest", "--data-dir", str(data), str(new)], capture_output=True,
                          text=True, timeout=900, env=env)
    assert done.returncode == 0, done.stderr
    root = store_dir(data)
    assert statefile.read_fields(root / current_version(root) / CLOSURE_NAME)["dl"] is False
    same_inputs(full, data)
    incremental, rebuilt_ = dataset(data), dataset(full)
    assert any(only_new in q for q in rebuilt_)
    assert incremental == rebuilt_, differences(incremental, rebuilt_)
    assert "the ontology, imports, crosswalk or extraction rules changed" in done.stderr, done.stderr


def test_an_ingest_far_from_the_crosswalk_changes_the_kept_closure_of_a_corpus_it_concluded_on(tmp_path):
    """The seed corpus makes the crosswalk conclude (its curation tags programmes with mapped
    concepts): a new document far from those tags and from every hedged statement changes the
    kept closure (it used to be computed again whenever the crosswalk had concluded anything),
    and the store equals a full build of the same corpus."""
    from ickg.reason.materialise import load_state

    data = tmp_path / "data"
    shutil.copytree(REPO / "graph_data", data, ignore=shutil.ignore_patterns("build"))
    new = tmp_path / "note.txt"
    new.write_text("Notes on integrated care\n\nA short note on how integrated care programmes are evaluated.\n",
                   encoding="utf-8")
    full_build = rebuild_started(tmp_path, "--no-dl", corpus=[*sorted((data / "corpus").iterdir()), new],
                                 curation=sorted((data / "curation").iterdir()))
    done = ickg("build", "--no-dl", "--data-dir", str(data))
    assert done.returncode == 0, done.stderr
    root = store_dir(data)
    assert load_state(root / current_version(root)).crosswalk_fired  # the crosswalk concluded something
    done = ickg("ingest", "--data-dir", str(data), str(new))
    assert done.returncode == 0, done.stderr
    assert "incremental closure" in done.stderr, done.stderr  # changed, not computed again
    full = full_build()
    same_inputs(full, data)
    incremental, rebuilt_ = dataset(data), dataset(full)
    assert incremental == rebuilt_, differences(incremental, rebuilt_)


def test_a_change_is_refused_where_hermit_concluded_beside_the_crosswalk(built_data_dir, caplog):
    """A full run carries tags over mappings before HermiT's conclusions join the closure; the kept
    engine holds both, so a state whose derivations include HermiT's is not changed in place when
    the crosswalk is on (the closure is computed again, as a full build computes it)."""
    import logging

    from ickg.reason import materialise as m
    from ickg.reason.catalogue import DL_RULE

    ontology, asserted = _seed_reasoner_input(built_data_dir[0])
    kept = m.closure_state(m.materialise(ontology + asserted[1:]), ontology, digest="", dl=False)
    kept.rules = kept.rules | {DL_RULE}
    with caplog.at_level(logging.INFO, logger="ickg.build.progress"):
        assert m.update_closure(kept, [asserted[0]], []) is None
    assert "HermiT concluded something the crosswalk could read" in caplog.text
