"""The package's layout holds: no import cycle, and no module imports a floor above its own.

The floors are the table of ``docs/architecture.md`` (the one place they are written): top floor
first, each row naming the packages and modules on it. Every import of every module counts,
those inside functions too (a lazy import is still a dependency). A module may import:

- a module on a lower floor;
- a module of its own package, or (``front`` and ``base``, whose rows list modules) of its floor.

Two packages sharing a floor (``validate`` and ``explain``, ``curate`` and ``reason``) are
siblings and import neither each other. The failure message names each offending edge with its
file and line.
"""

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
PACKAGE = REPO / "service" / "ickg"
ARCHITECTURE = REPO / "docs" / "architecture.md"


def floors():
    """``[(floor name, [module or package names])]`` from the table of docs/architecture.md."""
    text = ARCHITECTURE.read_text(encoding="utf-8")
    table = re.search(r"<!-- floors -->(.*?)<!-- /floors -->", text, re.S)
    assert table, f"{ARCHITECTURE}: no <!-- floors --> table"
    rows = []
    for line in table.group(1).splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) < 2 or not cells[1].startswith("`"):
            continue
        rows.append((cells[0], re.findall(r"`([\w.]+)`", cells[1])))
    return rows


def modules():
    """``{dotted name: path}`` of every module of the package (a package by its ``__init__``)."""
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found[name] = path
    return found


def imports(name, path, known):
    """``[(imported module, line)]``: every import statement of the module, resolved to the
    longest known module name (``from ickg.store import open_local`` -> ``ickg.store``)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([node.module] if node.module else []))
            targets = [f"{base}.{alias.name}" for alias in node.names]
        else:
            continue
        for target in targets:
            while target and target not in known:
                target = target.rpartition(".")[0]
            if target and target != name:
                out.append((target, node.lineno))
    return out


def placement(floor_rows, known):
    """``{module: (floor index, entry)}``: the floor of each module and the table entry it falls
    under (the longest listed prefix)."""
    entries = {entry: index for index, (_, names) in enumerate(floor_rows) for entry in names}
    placed = {}
    for name in known:
        # A subpackage's row covers its modules; the top package ``ickg`` is only its __init__.
        entry = max((e for e in entries if name == e or ("." in e and name.startswith(e + "."))),
                    key=len, default=None)
        if entry is not None:
            placed[name] = (entries[entry], entry)
    return placed


_EDGES = {}  # package folder -> its edges


def edges():
    """``{module: imports(...)}`` of the package, parsed once per folder and process: the floors'
    test and the cycles' test read the same modules (2.6 CPU-s of parsing each time); the tests that
    point ``PACKAGE`` at a package of their own get that package's."""
    if PACKAGE not in _EDGES:
        known = modules()
        _EDGES[PACKAGE] = {name: imports(name, path, known) for name, path in known.items()}
    return _EDGES[PACKAGE]


def test_every_module_has_a_floor():
    known = modules()
    placed = placement(floors(), known)
    missing = sorted(set(known) - set(placed))
    assert not missing, f"modules on no floor of docs/architecture.md: {missing}"


def test_no_module_imports_a_floor_above_or_a_sibling():
    rows = floors()
    known = modules()
    placed = placement(rows, known)
    bad = []
    for name, targets in edges().items():
        if name not in placed:
            continue
        floor, entry = placed[name]
        for target, line in targets:
            if target not in placed:
                continue
            target_floor, target_entry = placed[target]
            where = f"{_shown(known[name])}:{line}"
            if target_floor < floor:
                bad.append(f"{where}: {name} ({rows[floor][0]}) imports {target} "
                           f"({rows[target_floor][0]}, a floor above)")
            elif target_floor == floor and entry != target_entry and _is_package(target_entry, known):
                bad.append(f"{where}: {name} imports {target}, a sibling on the floor {rows[floor][0]}")
    assert not bad, "imports against the floors of docs/architecture.md:\n" + "\n".join(bad)


def _shown(path):
    return path.relative_to(REPO) if path.is_relative_to(REPO) else path


def _is_package(entry, known):
    """A subpackage's row (``ickg.store``); the top package ``ickg`` is a module of its floor."""
    return "." in entry and entry in known and known[entry].name == "__init__.py"


def test_no_import_cycle():
    graph = {name: {t for t, _ in targets} for name, targets in edges().items()}
    cycles = _strongly_connected(graph)
    lines = []
    known = modules()
    for cycle in cycles:
        members = set(cycle)
        for name in sorted(members):
            for target, line in edges()[name]:
                if target in members:
                    lines.append(f"{_shown(known[name])}:{line}: {name} imports {target}")
    assert not cycles, "import cycles:\n" + "\n".join(lines)


def _strongly_connected(graph):
    """The strongly connected components of more than one module (Tarjan, iterative)."""
    index, low, on_stack, stack, out = {}, {}, set(), [], []
    counter = 0
    for root in graph:
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in graph:
                    continue
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    out.append(sorted(component))
    return out


# -- the checks can fail ------------------------------------------------------------------------


def test_an_upward_import_is_found(tmp_path, monkeypatch):
    # A store module that reached up to the build (as ensure_store once did) is reported by name.
    fake = tmp_path / "ickg"
    (fake / "store").mkdir(parents=True)
    (fake / "build").mkdir()
    for folder in (fake, fake / "store", fake / "build"):
        (folder / "__init__.py").write_text("")
    (fake / "build" / "publish.py").write_text("def publish(d): pass\n")
    (fake / "store" / "versions.py").write_text("def ensure(d):\n    from ickg.build.publish import publish\n")
    monkeypatch.setattr(sys.modules[__name__], "PACKAGE", fake)
    with pytest.raises(AssertionError, match=r"ickg.store.versions \(store\) imports ickg.build.publish"):
        test_no_module_imports_a_floor_above_or_a_sibling()


def test_a_cycle_is_found(tmp_path, monkeypatch):
    fake = tmp_path / "ickg"
    (fake / "web").mkdir(parents=True)
    (fake / "__init__.py").write_text("")
    (fake / "web" / "__init__.py").write_text("")
    (fake / "web" / "pages.py").write_text("from ickg.web.resource import href\n")
    (fake / "web" / "resource.py").write_text("def href(x):\n    from ickg.web import pages\n")
    monkeypatch.setattr(sys.modules[__name__], "PACKAGE", fake)
    with pytest.raises(AssertionError, match=r"ickg.web.pages imports ickg.web.resource"):
        test_no_import_cycle()


# -- what the layering buys ---------------------------------------------------------------------


def test_a_query_worker_starts_without_rdflib():
    # The store and SPARQL floors use ickg.iris (strings), never rdflib: a worker process that
    # replaces a killed one starts in half the time.
    code = "import sys, ickg.store.workers, ickg.store.updates; print('rdflib' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"



def test_a_served_web_process_never_imports_rdflib(built_data_dir, tmp_path):
    # `ickg serve` (granian, two forked server processes, their query workers) answers a page and
    # a query; the web works on IRIs as strings (ickg.iris) and on pyoxigraph's answers, and only
    # /explain, which runs the OWL 2 RL engine, loads rdflib when it is asked. PYTHONPROFILEIMPORTTIME
    # makes every Python process of the server list on stderr each module its import statements
    # load, those the command line loads before it serves and those a request loads too.
    import os
    import socket
    import time
    import urllib.parse
    import urllib.request

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    url = f"http://127.0.0.1:{port}"
    query = url + "/sparql?" + urllib.parse.urlencode({"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"})
    log = tmp_path / "stderr.txt"
    with open(log, "w") as stderr:
        proc = subprocess.Popen([sys.executable, "-m", "ickg", "serve", "--data-dir", str(built_data_dir[0]),
                                 "--port", str(port), "--processes", "2", "--query-workers", "1"],
                                cwd=tmp_path, stderr=stderr, env={**os.environ, "PYTHONPROFILEIMPORTTIME": "1"})
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(query, timeout=20) as answer:
                    assert answer.status == 200 and b'"n"' in answer.read()
                break
            except OSError:
                assert proc.poll() is None and time.monotonic() < deadline, log.read_text()[-3000:]
                time.sleep(0.05)
        # a page citing its quotes by author, year and section: the sections are cut by the extraction's
        # layout and metadata readers, which slug labels with ickg.iris, not with rdflib's ickg.mint
        with urllib.request.urlopen(url + "/id/program/network-clinics", timeout=20) as page:
            assert page.status == 200 and page.headers["Content-Type"] == "text/html; charset=utf-8"
            assert b'class="source"' in page.read()
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    imported = [line for line in log.read_text().splitlines() if line.startswith("import time:")]
    assert any(line.endswith("ickg.web.view") for line in imported)  # the pages' modules
    assert any(line.endswith("ickg.store.workers") for line in imported)
    assert [line for line in imported if "rdflib" in line] == []
