"""The typed public API type-checks: mypy over the modules ``[tool.mypy]`` of pyproject.toml lists
(the stores, the SPARQL formats and negotiation, the base modules, the stage entry points and
``ickg.open``). A few seconds; CI runs it with the rest of the suite."""

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def test_mypy_passes_on_the_typed_modules(tmp_path):
    pytest.importorskip("mypy", reason="mypy is in the test extra: pip install '.[test]'")
    done = subprocess.run([sys.executable, "-m", "mypy", "--cache-dir", str(tmp_path / "cache"),
                           "--no-error-summary"], cwd=REPO, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr


def test_mypy_finds_a_type_error(tmp_path):
    # The check can fail: a call against the typed API with the wrong type is reported.
    pytest.importorskip("mypy")
    bad = tmp_path / "bad.py"
    bad.write_text("from ickg.store import open_local\nopen_local('x', workers='two')\n")
    done = subprocess.run([sys.executable, "-m", "mypy", "--cache-dir", str(tmp_path / "cache"), "--config-file",
                           str(REPO / "pyproject.toml"), str(bad)], cwd=REPO, capture_output=True, text=True,
                          timeout=600)
    assert done.returncode == 1 and 'incompatible type "str"' in done.stdout, done.stdout + done.stderr
