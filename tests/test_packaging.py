"""The distribution carries what the installed `ickg` needs, and the command works from anywhere."""

import subprocess
import sys
import zipfile
from importlib.metadata import entry_points
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


# The wheel as pip makes it (`pip wheel --no-deps --no-build-isolation`): pip hands the source tree
# to the build backend pyproject.toml names (PEP 517's build_wheel, in the tree, in a process of its
# own). The fixture makes that one call itself, without pip's start-up and checks around it: the same
# files (compared on 2026-12-04: the same names and sizes), 0.6 CPU-s instead of 1.6.
BUILD_WHEEL = """
import sys, tomllib, importlib
backend = tomllib.load(open("pyproject.toml", "rb"))["build-system"]["build-backend"]
print(importlib.import_module(backend).build_wheel(sys.argv[1]))
"""


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-c", BUILD_WHEEL, str(out)], check=True, cwd=REPO, capture_output=True)
    (path,) = out.glob("ickg-*.whl")
    with zipfile.ZipFile(path) as zf:
        return set(zf.namelist())


def test_wheel_carries_the_ontology_shapes_and_queries(wheel):
    assert "ickg/ontology/ickg-edit.ttl" in wheel
    assert "ickg/ontology/shapes/ickg-shapes.ttl" in wheel
    assert any(name.startswith("ickg/queries/") and name.endswith(".rq") for name in wheel)


def test_wheel_carries_every_ontology_file_of_the_source_tree(wheel):
    for path in (REPO / "ontology").rglob("*.ttl"):
        assert f"ickg/ontology/{path.relative_to(REPO / 'ontology').as_posix()}" in wheel


def test_wheel_leaves_the_corpus_out(wheel):
    assert not any("graph_data" in name for name in wheel)


def test_every_console_script_of_the_distribution_loads():
    scripts = [ep for ep in entry_points(group="console_scripts") if ep.dist and ep.dist.name == "ickg"]
    assert [ep.name for ep in scripts] == ["ickg"]
    for ep in scripts:
        assert callable(ep.load())


def test_ickg_help_runs_from_an_unrelated_directory(tmp_path):
    # The console script pip installed beside this interpreter (not whatever `ickg` is on PATH).
    script = Path(sys.executable).with_name("ickg")
    assert script.is_file(), f"no console script {script}: is ickg installed in this environment?"
    result = subprocess.run([str(script), "--help"], cwd=tmp_path, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "Integrated Care Knowledge Graph" in result.stdout
    assert "serve" in result.stdout


def test_packaged_ontology_is_readable_from_an_unrelated_directory(tmp_path):
    code = "from ickg.resources import ontology_graph; print(len(ontology_graph()))"
    result = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) > 1000


def test_wheel_carries_every_module_and_data_file_of_the_package(wheel):
    # pyproject.toml lists the packages one by one: a package or a data file left out of it would
    # be missing from a real install (an editable one would not notice).
    source = REPO / "service" / "ickg"
    missing = [path.relative_to(source).as_posix() for path in sorted(source.rglob("*"))
               if path.is_file() and "__pycache__" not in path.parts
               and f"ickg/{path.relative_to(source).as_posix()}" not in wheel]
    assert missing == [], f"not in the wheel: {missing}"
