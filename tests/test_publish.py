"""`ickg build` and `ickg ingest`: the whole pipeline into a real on-disk store, atomically."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ickg import store as store_module
from ickg.build.release import RELEASE_GRAPHS, RELEASE_NAMES

REPO = Path(__file__).resolve().parent.parent
GRAPH_DATA = REPO / "graph_data"
NEW_DOCUMENT = """Care coordination in Manitoba: the Winnipeg Integrated Care Pilot

Abstract
The Winnipeg Integrated Care Pilot (WICP) linked three hospitals and two home-care agencies in
Manitoba, Canada. Case management and a shared electronic health record supported clinical
integration for older adults with multiple chronic conditions.
"""


def ickg(*args, cwd):
    return subprocess.run([sys.executable, "-m", "ickg", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=600)


@pytest.fixture(scope="module")
def built(built_data_dir):
    """graph_data built once per session with the real command line (conftest.built_data_dir)."""
    return built_data_dir


def release_bytes(folder):
    """The release files the build writes (not ``ickg release``'s git-ignored HTML page)."""
    return {p.name: p.read_bytes() for p in sorted(Path(folder).iterdir())
            if p.name in RELEASE_NAMES}


def test_build_reports_every_named_graph(built):
    _, out = built
    for name in ("ontology", "asserted", "mentions", "provenance", "inferred"):
        assert f"https://w3id.org/ickg/graph/{name}" in out
    assert "built 5 documents" in out


def test_build_writes_a_store_that_answers_queries(built):
    data, _ = built
    result = ickg("query", "SELECT (COUNT(*) AS ?n) WHERE { ?d a ickg:SourceDocument }", "--format", "json",
                  "--data-dir", str(data), cwd=data.parent)
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    assert answer["results"]["bindings"][0]["n"]["value"] == "5"


def test_query_prints_a_table_and_csv(built):
    data, _ = built
    q = "SELECT ?doc WHERE { ?doc a ickg:SourceDocument } ORDER BY ?doc LIMIT 2"
    table = ickg("query", q, "--data-dir", str(data), cwd=data.parent).stdout
    assert table.splitlines()[0].strip() == "doc"
    assert "(2 rows)" in table
    csv = ickg("query", q, "--format", "csv", "--data-dir", str(data), cwd=data.parent).stdout
    assert csv.splitlines()[0].strip() == "doc"
    assert csv.splitlines()[1].startswith("https://w3id.org/ickg/id/document/000_")


def test_query_reads_a_query_file_and_reports_bad_sparql(built, tmp_path):
    data, _ = built
    rq = tmp_path / "count.rq"
    rq.write_text("ASK { ?s a ickg:Program }")
    assert ickg("query", str(rq), "--data-dir", str(data), cwd=tmp_path).stdout.strip() == "true"
    bad = ickg("query", "SELECT WHERE {", "--data-dir", str(data), cwd=tmp_path)
    assert bad.returncode != 0
    assert "not valid SPARQL" in bad.stderr


def test_release_files_are_byte_identical_to_the_committed_release(built):
    data, _ = built
    fresh = release_bytes(data / "release")
    committed = release_bytes(GRAPH_DATA / "release")
    assert sorted(fresh) == sorted(committed), "release file names differ: rerun `ickg build`"
    for name in fresh:
        assert fresh[name] == committed[name], f"{name} differs from the committed release: rerun `ickg build`"


def test_release_is_the_same_bytes_whatever_the_hash_seed(built, tmp_path):
    data, _ = built
    # HermiT's report on the session build's input, kept in the run's folder of reports: read
    # again only if this build hands HermiT the very same triples, else HermiT runs
    code = ("import sys; from ickg.build.stages import build_dataset; from ickg.build.release import write_release; "
            "from ickg.reason.dl import reports_dir; "
            "b = build_dataset(sys.argv[1], dl_cache=reports_dir()); write_release(b, sys.argv[2])")
    env = dict(os.environ, PYTHONHASHSEED="12345")
    subprocess.run([sys.executable, "-c", code, str(data), str(tmp_path / "rel")], check=True, env=env)
    assert release_bytes(tmp_path / "rel") == release_bytes(data / "release")


def test_release_jsonld_holds_the_same_dataset_as_the_turtle_files(built):
    from rdflib import Dataset, Graph
    from rdf_compare import isomorphic_graphs

    data, _ = built
    dataset = Dataset()
    dataset.parse(data / "release" / "ickg.jsonld", format="json-ld")
    for name, iri in RELEASE_GRAPHS.items():
        path = data / "release" / name
        if path.exists():
            turtle = Graph().parse(path, format="turtle")
            from_jsonld = Graph()
            for triple in dataset.graph(iri):
                from_jsonld.add(triple)
            assert isomorphic_graphs(turtle, from_jsonld), name


def test_a_failed_build_leaves_the_previous_store_and_release(built, tmp_path):
    # The previous build: a copy of the session's (``ickg build --release`` of graph_data), the
    # test's own to break; building graph_data again here cost ~12 CPU-s.
    data = tmp_path / "graph_data"
    shutil.copytree(built[0], data, symlinks=True)
    root = store_module.store_dir(data)
    version = store_module.current_version(root)
    before = release_bytes(data / "release")

    curation = sorted((data / "curation").glob("003_*.txt"))[0]
    lines = curation.read_text(encoding="utf-8").splitlines()
    quote_line = next(i for i, line in enumerate(lines) if line.strip().startswith("quote:"))
    lines[quote_line] = lines[quote_line].split("quote:")[0] + "quote: a sentence that is in no document"
    curation.write_text("\n".join(lines) + "\n", encoding="utf-8")

    result = ickg("build", "--release", "--data-dir", str(data), "--no-reason", cwd=tmp_path)
    assert result.returncode != 0
    assert f"{curation.name}:{quote_line + 1}:" in result.stderr
    assert store_module.current_version(root) == version
    assert release_bytes(data / "release") == before
    answer = ickg("query", "ASK { ?d a ickg:SourceDocument }", "--data-dir", str(data), cwd=tmp_path)
    assert answer.stdout.strip() == "true"


@pytest.fixture()
def small_data(two_document_data_dir, tmp_path):
    """A data directory with two corpus documents and no curation, of the test's own, which its
    ingest may change: a copy of the run's build of documents 000 and 004 (conftest's
    ``two_document_data_dir``, ``ickg build --release --no-dl``, shared with other modules) rather
    than a build of the same files of this module's own (~10 s on CI's cores)."""
    data = tmp_path / "data"
    shutil.copytree(two_document_data_dir, data, symlinks=True)
    return data


def count_documents(data, cwd):
    out = ickg("query", "SELECT (COUNT(*) AS ?n) WHERE { ?d a ickg:SourceDocument }", "--format", "csv",
               "--data-dir", str(data), cwd=cwd).stdout
    return int(out.splitlines()[1])


def test_ingest_adds_a_document_and_lists_its_candidates(small_data, tmp_path):
    new = tmp_path / "wicp.txt"
    new.write_text(NEW_DOCUMENT, encoding="utf-8")
    result = ickg("ingest", str(new), "--data-dir", str(small_data), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Winnipeg Integrated Care Pilot" in result.stdout
    assert (small_data / "corpus" / "wicp.txt").read_text(encoding="utf-8") == NEW_DOCUMENT
    assert count_documents(small_data, tmp_path) == 3


@pytest.mark.parametrize("name, content, reason", [
    ("empty.txt", b"", "empty"),
    ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    ("latin1.txt", "Qu\u00e9bec's CSSSs".encode("latin-1"), "not UTF-8"),
])
def test_ingest_refuses_bad_files_and_changes_nothing(small_data, tmp_path, name, content, reason):
    bad = tmp_path / name
    bad.write_bytes(content)
    version = store_module.current_version(store_module.store_dir(small_data))
    corpus = sorted(p.name for p in (small_data / "corpus").iterdir())
    result = ickg("ingest", str(bad), "--data-dir", str(small_data), cwd=tmp_path)
    assert result.returncode != 0
    assert name in result.stderr and reason in result.stderr
    assert sorted(p.name for p in (small_data / "corpus").iterdir()) == corpus
    assert store_module.current_version(store_module.store_dir(small_data)) == version


def test_ingest_refuses_a_file_over_20_mb(small_data, tmp_path):
    big = tmp_path / "big.txt"
    with open(big, "wb") as out:
        out.write(b"integrated care " * (21 * 1024 * 1024 // 16))
    result = ickg("ingest", str(big), "--data-dir", str(small_data), cwd=tmp_path)
    assert result.returncode != 0
    assert "big.txt" in result.stderr and "20 MB" in result.stderr
    assert not (small_data / "corpus" / "big.txt").exists()


def test_ingest_refuses_a_document_already_in_the_corpus(small_data, tmp_path):
    again = tmp_path / "copy-of-000.txt"
    shutil.copy(next((small_data / "corpus").glob("000_*.txt")), again)
    result = ickg("ingest", str(again), "--data-dir", str(small_data), cwd=tmp_path)
    assert result.returncode != 0
    assert "already ingested" in result.stderr and "000_" in result.stderr
    assert count_documents(small_data, tmp_path) == 2


@pytest.mark.java
def test_hermits_report_kept_by_the_build_is_read_by_validate(seed_validation):
    """``ickg validate`` hands HermiT what ``ickg build`` handed it: the build's report, kept in
    the user's folder of reports (here the run's ICKG_CACHE_DIR), is read instead of a JVM run."""
    from ickg.reason.dl import KEPT_NOTE, java_available, reports_dir

    if not java_available():
        pytest.skip("no Java")
    assert seed_validation.returncode == 0, seed_validation.stderr
    assert any(line.startswith("HermiT") and line.endswith(KEPT_NOTE) for line in seed_validation.stdout.splitlines()), \
        seed_validation.stdout
    assert list(reports_dir().glob("*.json")), "the build kept no report in the cache folder"


def test_validate_checks_consistency_with_owl2rl_and_hermit(seed_validation, tmp_path):
    good = seed_validation  # ickg validate --data-dir of the seed data (conftest: run once per run)
    assert good.returncode == 0, good.stderr
    assert "OWL 2 RL closure" in good.stdout and "0 inconsistencies" in good.stdout
    assert "HermiT" in good.stdout

    bad = tmp_path / "clash.ttl"
    bad.write_text(
        "@prefix ickg: <https://w3id.org/ickg/ontology/> .\n"
        "<https://w3id.org/ickg/id/program/x> a ickg:Program, ickg:Jurisdiction .\n", encoding="utf-8")
    ontology = tmp_path / "ontology.ttl"
    from ickg.resources import ontology_graph

    ontology_graph().serialize(ontology, format="turtle")
    result = ickg("validate", str(ontology), str(bad), cwd=tmp_path)
    assert result.returncode == 1
    assert "inconsistent" in result.stderr and "program/x" in result.stderr
