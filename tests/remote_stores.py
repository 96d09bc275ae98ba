"""Real remote SPARQL stores for the tests: ``oxigraph serve`` and Debian's Virtuoso on loopback.

Each server is started once per test session (fixtures ``oxigraph_server`` and
``virtuoso_server``, imported by ``conftest.py``) on free 127.0.0.1 ports, with its data in a
temporary directory, as a child process of the test run (never a daemon), and stopped at the end.

- Oxigraph: the ``oxigraph`` command of the PyPI package ``oxigraph`` (the test extra), which is
  Oxigraph's server; ``/query``, ``/update``, ``/store`` (Graph Store Protocol), no auth.
- Virtuoso: ``virtuoso-t`` of the Debian package ``virtuoso-opensource`` (7.2.x, in ``.ci/run``),
  run in the foreground with a copy of the packaged ``virtuoso.ini`` rewritten for loopback
  ports, a fresh database directory (which is also its bulk-load directory), no plugins and a
  result cap above the seed graph's size. ``dba``'s password is set to a random one at start;
  ``/sparql-graph-crud-auth`` and ``/sparql-auth`` take it with HTTP digest auth.

Start-up measured here (2 shared cores): Oxigraph ≈ 0.3 s, Virtuoso ≈ 5 s (it creates its
database). Tests that change a server's content clean up after themselves (:meth:`clear`).

Without the binaries the fixtures skip, except under CI (``CI`` set), where a missing server is
a failure: CI installs both, and a skip there would hide a broken install step.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import pytest

VIRTUOSO_INI = Path("/etc/virtuoso-opensource-7/virtuoso.ini")
ICKG_GRAPHS = "https://w3id.org/ickg/graph/"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _missing(what: str):
    message = f"{what} is not installed"
    if os.environ.get("CI"):
        pytest.fail(message + " (CI installs it: see .ci/run)")
    pytest.skip(message)


def _wait_http(url: str, proc: subprocess.Popen, log: Path, seconds: float):
    deadline = time.monotonic() + seconds
    while True:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                response.read()
                return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                raise RuntimeError(f"{url}: server did not start: {log.read_text(errors='replace')[-2000:]}")
            time.sleep(0.05)


@dataclass
class RemoteServer:
    """One running store: its URLs, credentials (if any) and process."""

    kind: str  # "oxigraph" or "virtuoso"
    base: str
    query_url: str
    update_url: str
    gsp_url: str
    proc: subprocess.Popen
    directory: Path
    user: str | None = None
    password: str | None = None
    auth: str | None = None  # "digest" for Virtuoso's /…-auth endpoints
    isql_port: int | None = None
    startup_seconds: float = 0.0
    extra: dict = field(default_factory=dict)

    # -- a small client of its own, so that tests of ickg's remote store do not test it with itself

    def _opener(self):
        if not self.user:
            return urllib.request.build_opener()
        manager = urllib.request.HTTPPasswordMgrWithDefaultRealm()
        manager.add_password(None, self.base, self.user, self.password)
        return urllib.request.build_opener(urllib.request.HTTPDigestAuthHandler(manager))

    def select(self, text: str, *, default_graphs=(), named_graphs=(), timeout=60) -> dict:
        """The SPARQL JSON results document of ``text`` (POSTed form, graphs as protocol parameters)."""
        fields = [("query", text)] + [("default-graph-uri", g) for g in default_graphs]
        fields += [("named-graph-uri", g) for g in named_graphs]
        request = urllib.request.Request(
            self.query_url, data=urllib.parse.urlencode(fields).encode(), method="POST",
            headers={"Accept": "application/sparql-results+json",
                     "Content-Type": "application/x-www-form-urlencoded"})
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return json.loads(response.read())

    def graphs(self) -> list[str]:
        doc = self.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        return sorted(b["g"]["value"] for b in doc["results"]["bindings"])

    def ickg_graphs(self) -> list[str]:
        return [g for g in self.graphs() if g.startswith(ICKG_GRAPHS)]

    def load_nquads(self, path: Path):
        """Load an N-Quads file with the store's own bulk path (not ickg's loader)."""
        if self.kind == "oxigraph":
            request = urllib.request.Request(self.gsp_url, data=Path(path).read_bytes(), method="POST",
                                             headers={"Content-Type": "application/n-quads"})
            with urllib.request.urlopen(request, timeout=300) as response:
                response.read()
            return
        target = self.directory / "load" / Path(path).name
        target.parent.mkdir(exist_ok=True)
        shutil.copyfile(path, target)
        self.isql(f"ld_dir('{target.parent}', '{target.name}', 'urn:ickg:unused');\n"
                  "rdf_loader_run();\ncheckpoint;\n"
                  f"SELECT ll_error FROM DB.DBA.LOAD_LIST WHERE ll_file LIKE '%{target.name}' "
                  "AND ll_error IS NOT NULL;\n")
        self.isql(f"DELETE FROM DB.DBA.LOAD_LIST WHERE ll_file LIKE '%{target.name}';\n")
        target.unlink()

    def clear(self):
        """Drop every ickg graph (on Oxigraph, everything): the server as it started. Oxigraph is
        started again on a new database (same port when free), as ``CLEAR ALL`` leaves RocksDB's
        deletion markers, over which the next data's queries run slower with each load and clear
        (the quality checks went from 2.4 to 35 CPU-s after three)."""
        if self.kind == "oxigraph":
            self.stop()
            if (self.directory / "db").exists():
                shutil.rmtree(self.directory / "db")
            fresh = start_oxigraph(self.directory, port=int(self.base.rsplit(":", 1)[1]))
            for name in ("base", "query_url", "update_url", "gsp_url", "proc", "startup_seconds"):
                setattr(self, name, getattr(fresh, name))
            return
        for graph in self.ickg_graphs():
            self.isql(f"SPARQL CLEAR GRAPH <{graph}>;\n")
        self.isql("checkpoint;\n")

    def update(self, text: str):
        url = self.update_url
        request = urllib.request.Request(url, data=urllib.parse.urlencode({"update": text}).encode(), method="POST",
                                         headers={"Content-Type": "application/x-www-form-urlencoded"})
        with self._opener().open(request, timeout=120) as response:
            response.read()

    def isql(self, script: str) -> str:
        """Run SQL through ``isql-vt`` as dba (Virtuoso only); the password goes over stdin's pty."""
        from ickg.store.isql import run_isql

        return run_isql(f"127.0.0.1:{self.isql_port}", self.user, self.password, script)

    def stop(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)


def start_oxigraph(directory: Path, port: int | None = None) -> RemoteServer:
    """``oxigraph serve`` on ``directory/db``, on ``port`` (another free one if it is taken)."""
    binary = shutil.which("oxigraph")
    if binary is None:
        _missing("the oxigraph command (pip install oxigraph)")
    log = directory / "oxigraph.log"
    started = time.monotonic()
    for attempt in (port, None) if port else (None,):
        port = attempt or free_port()
        with open(log, "ab") as out:
            proc = subprocess.Popen([binary, "serve", "--location", str(directory / "db"),
                                     "--bind", f"127.0.0.1:{port}"],
                                    stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        base = f"http://127.0.0.1:{port}"
        try:
            _wait_http(base + "/query?query=ASK%7B%7D", proc, log, 30)
            if proc.poll() is not None:  # what answered is another process on that port
                raise RuntimeError(f"{base}: oxigraph serve ended: {log.read_text(errors='replace')[-2000:]}")
            break
        except RuntimeError:
            if attempt is None:
                raise
    return RemoteServer("oxigraph", base, base + "/query", base + "/update", base + "/store", proc, directory,
                        startup_seconds=time.monotonic() - started)


def virtuoso_ini(directory: Path, sql_port: int, http_port: int) -> str:
    """The packaged virtuoso.ini, rewritten for a database in ``directory`` and loopback ports."""
    text = VIRTUOSO_INI.read_text()
    text = text.replace("/var/lib/virtuoso-opensource-7/db", str(directory))
    sections = re.split(r"(?m)^(?=\[)", text)
    out = []
    for section in sections:
        name = section.split("]", 1)[0].lstrip("[") if section.startswith("[") else ""
        if name == "Parameters":
            section = re.sub(r"(?m)^ServerPort\s*=.*$", f"ServerPort = 127.0.0.1:{sql_port}", section)
            section = re.sub(r"(?m)^DirsAllowed\s*=.*$", f"DirsAllowed = ., {directory}", section)
            section = re.sub(r"(?m)^NumberOfBuffers\s*=.*$", "NumberOfBuffers = 20000", section)
            section = re.sub(r"(?m)^MaxDirtyBuffers\s*=.*$", "MaxDirtyBuffers = 15000", section)
        elif name == "HTTPServer":
            section = re.sub(r"(?m)^ServerPort\s*=.*$", f"ServerPort = 127.0.0.1:{http_port}", section)
        elif name == "URIQA":
            section = re.sub(r"(?m)^DefaultHost\s*=.*$", f"DefaultHost = 127.0.0.1:{http_port}", section)
        elif name == "SPARQL":
            section = re.sub(r"(?m)^ResultSetMaxRows\s*=.*$", "ResultSetMaxRows = 1000000", section)
        elif name == "Plugins":
            section = re.sub(r"(?m)^Load\d+\s*=.*$", "", section)
        out.append(section)
    return "".join(out)


def start_virtuoso(directory: Path) -> RemoteServer:
    binary = shutil.which("virtuoso-t")
    if binary is None or not VIRTUOSO_INI.is_file() or shutil.which("isql-vt") is None:
        _missing("Virtuoso (apt-get install virtuoso-opensource)")
    sql_port, http_port = free_port(), free_port()
    ini = directory / "virtuoso.ini"
    ini.write_text(virtuoso_ini(directory, sql_port, http_port))
    log = directory / "virtuoso.out"
    started = time.monotonic()
    with open(log, "wb") as out:
        proc = subprocess.Popen([binary, "-f", "-c", str(ini)], cwd=directory, stdout=out,
                                stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{http_port}"
    _wait_http(base + "/sparql?query=ASK%7B%7D", proc, log, 120)
    server = RemoteServer("virtuoso", base, base + "/sparql", base + "/sparql-auth", base + "/sparql-graph-crud-auth",
                          proc, directory, user="dba", password="dba", auth="digest", isql_port=sql_port,
                          startup_seconds=time.monotonic() - started)
    password = secrets.token_urlsafe(12)
    server.isql(f"USER_SET_PASSWORD('dba', '{password}');\n")
    server.password = password
    return server


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory):
    """A real ``oxigraph serve`` on 127.0.0.1 (whole session, empty at start)."""
    server = start_oxigraph(tmp_path_factory.mktemp("oxigraph-server"))
    yield server
    server.stop()


@pytest.fixture(scope="session")
def virtuoso_server(tmp_path_factory):
    """A real Virtuoso 7 on 127.0.0.1 (whole session; only its own system graphs at start)."""
    server = start_virtuoso(tmp_path_factory.mktemp("virtuoso-server"))
    yield server
    server.stop()
