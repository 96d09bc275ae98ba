"""The command line talks: progress and a summary, a clear word on a taken port, a mistyped file
or an empty data directory, help for every option, and release files changed only when asked.
Real processes (``python -m ickg``) over copies of the session's built data directory."""

import os
import re
import shutil
import socket
import subprocess
import sys

import click

from ickg.cli import cli


def ickg(*args, cwd=None, timeout=600):
    env = dict(os.environ, ICKG_PROGRESS="1")  # progress lines even though stderr is a pipe
    return subprocess.run([sys.executable, "-m", "ickg", *args], capture_output=True, text=True,
                          timeout=timeout, cwd=cwd, env=env)


def test_every_option_of_every_command_has_help():
    missing = [f"ickg {name} {param.opts[0]}" for name, command in cli.commands.items()
               for param in command.params
               if isinstance(param, click.Option) and not (param.help or "").strip()]
    assert len(cli.commands) >= 8
    assert not missing, f"options without help: {missing}"


def test_query_of_a_missing_file_says_file_not_found(tmp_path):
    done = ickg("query", "queries/cq1-typo.rq", "--data-dir", str(tmp_path))
    assert done.returncode != 0
    assert "file not found: queries/cq1-typo.rq" in done.stderr
    assert "SPARQL" not in done.stderr and "Traceback" not in done.stderr


def test_serve_on_a_taken_port_says_so_in_one_line_before_building(tmp_path):
    data = tmp_path / "data"
    (data / "corpus").mkdir(parents=True)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = ickg("serve", "--port", str(port), "--data-dir", str(data), timeout=120)
    assert done.returncode != 0
    assert "Traceback" not in done.stderr
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and f"port {port}" in lines[0] and "--port" in lines[0], done.stderr
    assert not (data / "build").exists(), "nothing may be built before the port is checked"


def test_serve_warns_when_the_data_directory_holds_no_documents(tmp_path):
    empty = tmp_path / "elsewhere"
    empty.mkdir()
    done = ickg("serve", "--data-dir", str(empty), "--get", "/sparql?query=ASK%7B%7D", timeout=300)
    assert done.returncode == 0, done.stderr
    assert "warning" in done.stderr and str(empty) in done.stderr and "--data-dir" in done.stderr


def test_serve_says_what_it_serves_and_where(built_data_dir, tmp_path):
    data = tmp_path / "graph_data"
    shutil.copytree(built_data_dir[0], data)
    server = subprocess.Popen([sys.executable, "-m", "ickg", "serve", "--port", "0", "--processes", "1",
                               "--data-dir", str(data)], stderr=subprocess.PIPE, text=True)
    try:
        lines = []
        for line in server.stderr:
            lines.append(line)
            if "SPARQL:" in line:
                break
        text = "".join(lines)
    finally:
        server.terminate()
        server.wait(timeout=30)
    assert re.search(r"store version \S+: \d+ statements, \d+ asserted, \d+ inferred", text), text
    assert re.search(r"pages: +http://127\.0\.0\.1:\d+/", text), text
    assert re.search(r"SPARQL: +http://127\.0\.0\.1:\d+/sparql", text), text
    assert "warning" not in text


def test_build_talks_and_leaves_the_release_files_alone(built_data_dir, tmp_path):
    data = tmp_path / "graph_data"
    shutil.copytree(built_data_dir[0], data)
    marked = data / "release" / "ickg-ontology.ttl"
    marked.write_bytes(marked.read_bytes() + b"\n# a hand-made change the build must not overwrite\n")
    before = {p.name: p.read_bytes() for p in (data / "release").iterdir() if p.is_file()}
    done = ickg("build", "--no-dl", "--data-dir", str(data))
    assert done.returncode == 0, done.stderr
    after = {p.name: p.read_bytes() for p in (data / "release").iterdir() if p.is_file()}
    assert after == before, "ickg build rewrote release files without --release"
    assert re.search(r"ickg build: extract done \(\d+\.\ds\)", done.stderr), done.stderr
    assert re.search(r"ickg build: reason done", done.stderr), done.stderr
    assert re.search(r"ickg build: \d+ documents, \d+ statements \(\d+ inferred\) in \d+\.\ds$",
                     done.stderr.strip().splitlines()[-1]), done.stderr


def test_release_command_rewrites_the_release_files(built_data_dir, tmp_path):
    data = tmp_path / "graph_data"
    shutil.copytree(built_data_dir[0], data)
    marked = data / "release" / "ickg-ontology.ttl"
    marked.write_bytes(marked.read_bytes() + b"\n# stale\n")
    done = ickg("release", "--no-dl", "--data-dir", str(data))
    assert done.returncode == 0, done.stderr
    assert b"# stale" not in marked.read_bytes()
    assert "ickg release: " in done.stderr and "statements" in done.stderr
    assert "DEBUG:" not in done.stderr  # pyLODE's import must not turn on the root logger
    # pyLODE comes with the test extra (ickg[docs]): the page must be there
    html = (data / "release" / "ickg-ontology.html").read_text(encoding="utf-8")
    assert "<html" in html and "Program" in html


def test_validate_tells_its_stages_as_they_run(seed_validation):
    done = seed_validation  # ickg validate --data-dir of the built seed data (conftest: run once per run)
    assert done.returncode == 0, done.stderr
    assert re.search(r"ickg validate: extract done \(\d+\.\ds\)", done.stderr), done.stderr
    assert "ickg validate: checking the SHACL shapes" in done.stderr
