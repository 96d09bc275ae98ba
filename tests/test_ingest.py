"""`ickg ingest`: what it refuses (links, pipes, directories, control characters, content already
there under any name), the names it accepts (spaces, accents: percent-encoded IRIs), and two
ingests at once (one waits for the other; both land, or the second copy is refused)."""

import json
import os
import shutil
import subprocess
import sys
from urllib.parse import quote

import pytest

from ickg import store as store_module
from ickg.namespaces import ID
from ickg.mint import document_iri

TEXT = """Home care in Denmark: shared records

Abstract
Shared electronic health records in Denmark supported clinical integration of home care and
general practice for older adults.
"""
OTHER = """Hospital at home in France

Abstract
Case management in France reduced barriers between hospitals and community nursing.
"""


def ickg(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "ickg", *args], capture_output=True, text=True,
                          timeout=600, cwd=cwd)


def start(*args):
    return subprocess.Popen([sys.executable, "-m", "ickg", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


@pytest.fixture(scope="module")
def built(two_document_data_dir):
    """Documents 000 and 004 built with ``ickg build --release --no-dl`` (conftest, once per run)."""
    return two_document_data_dir


@pytest.fixture()
def data(built, tmp_path):
    copy = tmp_path / "data"
    shutil.copytree(built, copy, symlinks=True)
    return copy


def documents(data):
    result = ickg("query", "SELECT ?d WHERE { ?d a ickg:SourceDocument }", "--format", "json",
                  "--data-dir", str(data))
    assert result.returncode == 0, result.stderr
    return {b["d"]["value"] for b in json.loads(result.stdout)["results"]["bindings"]}


def assert_refused(data, path, *reasons):
    corpus = sorted(p.name for p in (data / "corpus").iterdir())
    version = store_module.current_version(store_module.store_dir(data))
    result = ickg("ingest", str(path), "--data-dir", str(data))
    assert result.returncode == 1
    line = result.stderr.strip()
    assert "\n" not in line and "Traceback" not in line, result.stderr
    assert str(path) in line and all(reason in line for reason in reasons), line
    assert sorted(p.name for p in (data / "corpus").iterdir()) == corpus
    assert store_module.current_version(store_module.store_dir(data)) == version


def test_ingest_refuses_a_symbolic_link_even_to_a_text_file(data, tmp_path):
    target = tmp_path / "real.txt"
    target.write_text(TEXT, encoding="utf-8")
    (tmp_path / "passwd.txt").symlink_to("/etc/passwd")
    (tmp_path / "link.txt").symlink_to(target)
    assert_refused(data, tmp_path / "passwd.txt", "symbolic link")
    assert_refused(data, tmp_path / "link.txt", "symbolic link")
    assert not any("passwd" in iri for iri in documents(data))


def test_ingest_refuses_pipes_and_directories_without_blocking(data, tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "folder.txt").mkdir()
    assert_refused(data, tmp_path / "pipe.txt", "not a regular file", "named pipe")
    assert_refused(data, tmp_path / "folder.txt", "not a regular file", "directory")


@pytest.mark.parametrize("byte, name", [(b"\x00", "NUL"), (b"\x1b", "ESC"), (b"\x07", "U+0007"),
                                        (b"\x7f", "DEL")])
def test_ingest_refuses_control_bytes_anywhere_naming_the_line(data, tmp_path, byte, name):
    path = tmp_path / "late-control.txt"
    body = TEXT.encode("utf-8") + b"integrated care. " * 600  # past the first 8 KiB
    path.write_bytes(body + b"\nthe end " + byte + b" here\n")
    line = body.count(b"\n") + 2
    assert_refused(data, path, f":{line}:9:", "control character", name)


def test_ingest_refuses_the_same_content_under_another_name(data, tmp_path):
    first = tmp_path / "first.txt"
    first.write_text(TEXT, encoding="utf-8")
    copy = tmp_path / "copy.txt"
    copy.write_text(TEXT, encoding="utf-8")
    result = ickg("ingest", str(first), str(copy), "--data-dir", str(data))
    assert result.returncode == 1 and "copy.txt: already ingested as corpus/first.txt" in result.stderr


def test_ingest_accepts_names_with_spaces_and_accents_and_mints_percent_encoded_iris(data, tmp_path):
    spaced = tmp_path / "home care report.txt"
    spaced.write_text(TEXT, encoding="utf-8")
    accented = tmp_path / "hôpital à domicile.txt"
    accented.write_text(OTHER, encoding="utf-8")
    result = ickg("ingest", str(spaced), str(accented), "--data-dir", str(data))
    assert result.returncode == 0, result.stderr
    assert (data / "corpus" / "hôpital à domicile.txt").read_text(encoding="utf-8") == OTHER
    iris = documents(data)
    assert f"{ID}document/home%20care%20report" in iris
    assert f"{ID}document/h%C3%B4pital%20%C3%A0%20domicile" in iris
    # the document page of the percent-encoded IRI is served (its path quotes the '%')
    page = ickg("serve", "--data-dir", str(data), "--get",
                "/id/document/" + quote("home%20care%20report", safe=""))
    assert page.returncode == 0, page.stderr
    assert b"home care report.txt" in page.stdout.encode("utf-8")


def test_document_iris_encode_every_character_but_the_unreserved_ones():
    assert str(document_iri("000_bb15507378938f7c")) == f"{ID}document/000_bb15507378938f7c"
    assert str(document_iri("a b<c>%\"d\\é")) == f"{ID}document/a%20b%3Cc%3E%25%22d%5C%C3%A9"
    assert document_iri("a b") != document_iri("a%20b")


def test_two_ingests_at_once_run_one_after_the_other_and_both_land(data, tmp_path):
    one, two = tmp_path / "denmark.txt", tmp_path / "france.txt"
    one.write_text(TEXT, encoding="utf-8")
    two.write_text(OTHER, encoding="utf-8")
    first = start("ingest", str(one), "--data-dir", str(data))
    second = start("ingest", str(two), "--data-dir", str(data))
    outputs = {p.pid: p.communicate() for p in (first, second)}
    assert first.returncode == 0 and second.returncode == 0, outputs
    waited = [err for _, err in outputs.values() if "waiting for `ickg ingest`" in err]
    assert len(waited) == 1, outputs
    assert any(f"(pid {pid})" in waited[0] for pid in outputs)
    assert {"denmark.txt", "france.txt"} <= {p.name for p in (data / "corpus").iterdir()}
    iris = documents(data)
    assert f"{ID}document/denmark" in iris and f"{ID}document/france" in iris


def test_the_same_document_ingested_twice_at_once_under_two_names_lands_once(data, tmp_path):
    one, two = tmp_path / "report.txt", tmp_path / "report-copy.txt"
    one.write_text(TEXT, encoding="utf-8")
    two.write_text(TEXT, encoding="utf-8")
    runs = [start("ingest", str(path), "--data-dir", str(data)) for path in (one, two)]
    outputs = [run.communicate() for run in runs]
    codes = sorted(run.returncode for run in runs)
    assert codes == [0, 1], outputs
    refused = next(err for run, (_, err) in zip(runs, outputs) if run.returncode == 1)
    assert "already ingested as corpus/report" in refused
    landed = {p.name for p in (data / "corpus").iterdir()} & {"report.txt", "report-copy.txt"}
    assert len(landed) == 1
    assert len([iri for iri in documents(data) if "/document/report" in iri]) == 1
