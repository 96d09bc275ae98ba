"""The suite's own plan for pytest-xdist (tests/conftest.py) kept in step with the modules."""

import re
from pathlib import Path

from conftest import ALONE_MODULES, ALONE_UNIT, MODULE_SECONDS, REMOTE_STORE_MODULES, _xdist_unit

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


def test_every_module_with_an_alone_test_is_in_the_alone_unit():
    marked = {path.stem for path in TESTS.glob("test_*.py")
              if path.name != Path(__file__).name and "@pytest.mark.alone" in path.read_text(encoding="utf-8")}
    assert marked == ALONE_MODULES
    assert {_xdist_unit(f"tests/{name}.py") for name in marked} == {ALONE_UNIT}
