"""The suite's own plan for pytest-xdist (tests/conftest.py) kept in step with the modules."""

import re
from pathlib import Path
from types import SimpleNamespace

from conftest import MODULE_SECONDS, REMOTE_STORE_MODULES, _named_test_modules, _xdist_unit

TESTS = Path(__file__).resolve().parent
# a module asks for a real remote store by the fixture's name, or by getfixturevalue(f"{kind}_server")
USES_A_REMOTE_STORE = re.compile(r"\b(?:oxigraph|virtuoso)_server\b|getfixturevalue\(f\"\{[^}]*\}_server\"\)")


def test_every_module_using_the_remote_store_servers_is_in_their_one_unit():
    using = {path.stem for path in TESTS.glob("test_*.py")
             if path.name != Path(__file__).name and USES_A_REMOTE_STORE.search(path.read_text(encoding="utf-8"))}
    assert using == REMOTE_STORE_MODULES
    assert {_xdist_unit(f"tests/{name}.py") for name in using} == {_xdist_unit("tests/test_remote_cli.py")}
    assert _xdist_unit("tests/test_faults.py") == "tests/test_faults.py"


def test_the_module_costs_name_modules_that_exist():
    assert set(MODULE_SECONDS) <= {path.stem for path in TESTS.glob("test_*.py")}


def _named(*args, cwd=TESTS.parent):
    return _named_test_modules(SimpleNamespace(args=list(args), invocation_params=SimpleNamespace(dir=cwd)))


def test_the_workers_share_out_the_rewriting_of_only_the_modules_the_command_names():
    every = set(TESTS.glob("test_*.py"))
    assert len(every) > 100
    assert _named("tests") == every == _named(".") == _named(str(TESTS.parent.parent))
    named = _named("tests/test_words.py", "tests/test_api.py::test_x")
    assert named == {TESTS / "test_words.py", TESTS / "test_api.py"}
    assert _named("test_words.py", cwd=TESTS) == {TESTS / "test_words.py"}
    assert _named("tests/conftest.py", "tests/seed_graph.py", "benchmarks", "tests/test_none_such.py") == set()
