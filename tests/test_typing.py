"""The typed public API type-checks: mypy over the modules ``[tool.mypy]`` of pyproject.toml lists
(the stores, the SPARQL formats and negotiation, the base modules, the stage entry points and
``ickg.open``). A few seconds; CI runs it with the rest of the suite."""

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def mypy_cache(tmp_path_factory):
    """One mypy cache for the module's two runs: the second reads what the first made of the
    standard library's stubs and ickg's typed modules instead of analysing them again (mypy
    checks each cached module against its source and options: the same answers)."""
    return tmp_path_factory.mktemp("mypy") / "cache"


def test_mypy_passes_on_the_typed_modules(mypy_cache):
    pytest.importorskip("mypy", reason="mypy is in the test extra: pip install '.[test]'")
    done = subprocess.run([sys.executable, "-m", "mypy", "--cache-dir", str(mypy_cache),
                           "--no-error-summary"], cwd=REPO, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr


def test_mypy_finds_a_type_error(tmp_path, mypy_cache):
    # The check can fail: a call against the typed API with the wrong type is reported.
    pytest.importorskip("mypy")
    bad = tmp_path / "bad.py"
    bad.write_text("from ickg.store import open_local\nopen_local('x', workers='two')\n")
    done = subprocess.run([sys.executable, "-m", "mypy", "--cache-dir", str(mypy_cache), "--config-file",
                           str(REPO / "pyproject.toml"), str(bad)], cwd=REPO, capture_output=True, text=True,
                          timeout=600)
    assert done.returncode == 1 and 'incompatible type "str"' in done.stdout, done.stdout + done.stderr
