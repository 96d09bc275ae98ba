"""`ickg import` and the build read only the files they are given: no connection, ever.

Each hostile file points at a loopback listener that counts the connections it receives; the
command (a real subprocess of `python -m ickg import`) must leave it at 0. Failed imports leave
nothing in imports/, and a name taken by a different file is refused unless --replace.
"""

import socket
import subprocess
import sys
import threading

import pytest
from rdflib import Graph

from ickg.reason import dl
from ickg.extract.rdf import ImportError_, parse_import
from ickg.offline import NetworkRefused, no_network


class Listener:
    """A TCP listener on 127.0.0.1 that accepts and counts every connection."""

    def __init__(self):
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.requests = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def url(self, path):
        return f"http://127.0.0.1:{self.port}/{path}"

    def _serve(self):
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except socket.timeout:
                continue
            except OSError:
                return
            conn.settimeout(1)
            try:
                self.requests.append(conn.recv(300))
            except OSError:
                self.requests.append(b"")
            conn.close()

    def close(self):
        self._stop.set()
        self._thread.join(timeout=5)
        self.sock.close()


@pytest.fixture
def listener():
    listening = Listener()
    yield listening
    listening.close()


def ickg_import(*args, cwd):
    return subprocess.run([sys.executable, "-m", "ickg", "import", *map(str, args)], cwd=cwd,
                          capture_output=True, text=True, timeout=300)


def owl_imports_file(path, listener):
    # The import claims an import for ickg's own ontology too: owlready2 follows the imports of
    # the first ontology it reads (ickg's, in a build), so both are hostile.
    path.write_text(f"""
        @prefix owl: <http://www.w3.org/2002/07/owl#> .
        <http://example.org/imp> a owl:Ontology ; owl:imports <{listener.url('x.owl')}> .
        <https://w3id.org/ickg/ontology> owl:imports <{listener.url('y.owl')}> .
        <http://example.org/A> a owl:Class .
        """, encoding="utf-8")
    return path


def jsonld_remote_context_file(path, listener):
    path.write_text(f'{{"@context": "{listener.url("ctx")}", "@id": "http://example.org/a", '
                    f'"name": "x"}}', encoding="utf-8")
    return path


def xml_external_entity_file(path, listener):
    path.write_text(f"""<?xml version="1.0"?>
<!DOCTYPE rdf:RDF [ <!ENTITY ext SYSTEM "{listener.url('entity')}"> ]>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/">
  <rdf:Description rdf:about="http://example.org/e"><ex:p>&ext;</ex:p></rdf:Description>
</rdf:RDF>
""", encoding="utf-8")
    return path


def test_owl_imports_are_reported_not_fetched_by_the_import_and_its_build(tmp_path, listener):
    source = owl_imports_file(tmp_path / "imp.ttl", listener)
    data = tmp_path / "data"
    done = ickg_import("--data-dir", data, source, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "graph/import/imp" in done.stdout
    assert f"owl:imports <{listener.url('x.owl')}>" in done.stderr
    assert "not fetched" in done.stderr and "Traceback" not in done.stderr
    assert [p.name for p in (data / "imports").iterdir()] == ["imp.ttl"]
    assert listener.requests == []


def test_a_remote_jsonld_context_is_refused_naming_the_file(tmp_path, listener):
    source = jsonld_remote_context_file(tmp_path / "ctx.jsonld", listener)
    data = tmp_path / "data"
    done = ickg_import("--data-dir", data, source, cwd=tmp_path)
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "ctx.jsonld" in lines[0] and listener.url("ctx") in lines[0], done.stderr
    assert "context" in lines[0]
    assert not (data / "imports").exists() or list((data / "imports").iterdir()) == []
    assert listener.requests == []


def test_an_xml_external_entity_is_refused_naming_the_file(tmp_path, listener):
    source = xml_external_entity_file(tmp_path / "ent.rdf", listener)
    data = tmp_path / "data"
    done = ickg_import("--data-dir", data, source, cwd=tmp_path)
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "ent.rdf:2" in lines[0] and "external XML entity" in lines[0], done.stderr
    assert not (data / "imports").exists() or list((data / "imports").iterdir()) == []
    assert listener.requests == []


def test_internal_xml_entities_still_parse(tmp_path):
    path = tmp_path / "onto.owl"
    path.write_text("""<?xml version="1.0"?>
<!DOCTYPE rdf:RDF [ <!ENTITY ex "http://example.org/"> ]>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/">
  <rdf:Description rdf:about="&ex;e"><ex:p rdf:resource="&ex;f"/></rdf:Description>
</rdf:RDF>
""", encoding="utf-8")
    assert len(parse_import(path)) == 1


def test_inline_jsonld_contexts_still_parse(tmp_path):
    path = tmp_path / "inline.jsonld"
    path.write_text('{"@context": {"name": "http://example.org/name"}, "@id": "http://example.org/a", '
                    '"name": "x"}', encoding="utf-8")
    assert len(parse_import(path)) == 1


def test_nested_and_imported_jsonld_contexts_are_refused(tmp_path):
    nested = tmp_path / "nested.jsonld"
    nested.write_text('{"@context": {"knows": {"@id": "http://example.org/knows", '
                      '"@context": ["http://127.0.0.1:9/c"]}}, "@id": "http://example.org/a"}', encoding="utf-8")
    imported = tmp_path / "imported.jsonld"
    imported.write_text('{"@context": {"@import": "http://127.0.0.1:9/c"}, "@id": "http://example.org/a"}',
                        encoding="utf-8")
    for path in (nested, imported):
        with pytest.raises(ImportError_, match="http://127.0.0.1:9/c"):
            parse_import(path)


def test_no_network_refuses_what_the_prescan_does_not_know(listener):
    # The second wall: rdflib's own JSON-LD loader, called directly, is stopped before connecting.
    with pytest.raises(NetworkRefused):
        with no_network():
            Graph().parse(data=f'{{"@context": "{listener.url("ctx")}", "@id": "http://example.org/a"}}',
                          format="json-ld")
    with pytest.raises(NetworkRefused):
        with no_network():
            socket.create_connection(("127.0.0.1", listener.port), timeout=1)
    assert listener.requests == []


@pytest.mark.java
def test_hermit_gets_no_owl_imports_and_names_them(tmp_path, listener):
    if not dl.java_available():
        pytest.skip("no Java")
    graph = Graph().parse(owl_imports_file(tmp_path / "imp.ttl", listener), format="turtle")
    report = dl.classify(list(graph))
    assert report.ran and report.consistent, report.message
    assert any(listener.url("x.owl") in w for w in report.warnings)
    assert listener.url("x.owl") in report.message
    assert listener.requests == []


def test_a_failed_import_leaves_nothing_and_later_builds_work(tmp_path):
    data = tmp_path / "data"
    clash = tmp_path / "clash.ttl"
    clash.write_text("""@prefix ickg: <https://w3id.org/ickg/ontology/> .
        <https://w3id.org/ickg/id/x> a ickg:Program , ickg:Barrier .""", encoding="utf-8")
    done = ickg_import("--data-dir", data, clash, cwd=tmp_path)
    assert done.returncode == 1 and "clash.ttl" in done.stderr and "Traceback" not in done.stderr
    assert [p.name for p in (data / "imports").glob("*")] == []
    fine = tmp_path / "fine.ttl"
    fine.write_text("<http://example.org/a> <http://example.org/b> <http://example.org/c> .", encoding="utf-8")
    done = ickg_import("--data-dir", data, fine, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert [p.name for p in (data / "imports").iterdir()] == ["fine.ttl"]


def test_a_taken_name_is_refused_unless_replace(tmp_path):
    data = tmp_path / "data"
    first, second = tmp_path / "a" / "extra.ttl", tmp_path / "b" / "extra.nt"
    first.parent.mkdir()
    second.parent.mkdir()
    first.write_text("<http://example.org/a> <http://example.org/b> <http://example.org/c> .", encoding="utf-8")
    second.write_text("<http://example.org/a> <http://example.org/b> <http://example.org/d> .\n", encoding="utf-8")
    assert ickg_import("--data-dir", data, "--no-build", first, cwd=tmp_path).returncode == 0
    again = ickg_import("--data-dir", data, "--no-build", first, cwd=tmp_path)
    assert again.returncode == 0, again.stderr  # the same file again is not a clash
    # A different file for the same graph (graph/import/extra), under another suffix too.
    refused = ickg_import("--data-dir", data, "--no-build", second, cwd=tmp_path)
    assert refused.returncode == 1
    assert "imports/extra.ttl" in refused.stderr and "--replace" in refused.stderr
    assert [p.name for p in (data / "imports").iterdir()] == ["extra.ttl"]
    replaced = ickg_import("--data-dir", data, "--no-build", "--replace", second, cwd=tmp_path)
    assert replaced.returncode == 0, replaced.stderr
    assert [p.name for p in (data / "imports").iterdir()] == ["extra.nt"]
    assert "example.org/d" in (data / "imports" / "extra.nt").read_text(encoding="utf-8")


def test_a_replacement_whose_build_fails_puts_the_old_file_back(tmp_path):
    data = tmp_path / "data"
    good = tmp_path / "x.ttl"
    good.write_text("<http://example.org/a> <http://example.org/b> <http://example.org/c> .", encoding="utf-8")
    assert ickg_import("--data-dir", data, "--no-build", good, cwd=tmp_path).returncode == 0
    bad = tmp_path / "new" / "x.ttl"
    bad.parent.mkdir()
    bad.write_text("""@prefix ickg: <https://w3id.org/ickg/ontology/> .
        <https://w3id.org/ickg/id/x> a ickg:Program , ickg:Barrier .""", encoding="utf-8")
    done = ickg_import("--data-dir", data, "--replace", bad, cwd=tmp_path)
    assert done.returncode == 1 and "nothing changed" in done.stderr
    assert [p.name for p in (data / "imports").iterdir()] == ["x.ttl"]
    assert (data / "imports" / "x.ttl").read_bytes() == good.read_bytes()


def test_a_name_that_cannot_name_a_graph_is_refused(tmp_path):
    spaced = tmp_path / "my data.ttl"
    spaced.write_text("<http://example.org/a> <http://example.org/b> <http://example.org/c> .", encoding="utf-8")
    done = ickg_import("--data-dir", tmp_path / "data", "--no-build", spaced, cwd=tmp_path)
    assert done.returncode == 1 and "my data" in done.stderr and "graph/import/" in done.stderr


def test_validate_reads_files_without_fetching_their_context(tmp_path, listener):
    source = jsonld_remote_context_file(tmp_path / "ctx.jsonld", listener)
    done = subprocess.run([sys.executable, "-m", "ickg", "validate", str(source)], cwd=tmp_path,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 1 and "ctx.jsonld" in done.stderr and "Traceback" not in done.stderr
    assert listener.requests == []
