"""benchmarks/bytecode.py: where writing bytecode is turned off, the benchmarks' commands read
bytecode compiled beforehand into a folder of the run, so that no command's figure holds the
compilation of its sources (0.5-0.6 of the 2.1 CPU-s of one document's ingest into 10,000)."""

import os
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from bytecode import keep_bytecode  # noqa: E402


def test_the_commands_read_bytecode_compiled_before_they_run(tmp_path, monkeypatch):
    package = tmp_path / "src" / "benchpkg"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text("VALUE = 41\n")
    folder = tmp_path / "bytecode"
    monkeypatch.setenv("PYTHONDONTWRITEBYTECODE", "1")
    monkeypatch.delenv("PYTHONPYCACHEPREFIX", raising=False)
    assert keep_bytecode(folder, [sys.executable], paths=[str(tmp_path / "src")])
    assert "PYTHONDONTWRITEBYTECODE" not in os.environ and os.environ["PYTHONPYCACHEPREFIX"] == str(folder)
    # where a process with this environment looks for the module's bytecode: written, before it runs
    code = ("import importlib.util, sys; print(importlib.util.cache_from_source(sys.argv[1]))")
    cached = Path(subprocess.run([sys.executable, "-c", code, str(package / "__init__.py")], check=True,
                                 capture_output=True, text=True).stdout.strip())
    assert cached.is_file() and folder in cached.parents
    written = cached.stat().st_mtime_ns
    out = subprocess.run([sys.executable, "-c", "import benchpkg; print(benchpkg.VALUE)"], check=True,
                         capture_output=True, text=True, cwd=tmp_path / "src").stdout
    assert out.strip() == "41" and cached.stat().st_mtime_ns == written  # read, not compiled again
    assert not (package / "__pycache__").exists()  # nothing beside the sources


def test_nothing_changes_where_bytecode_is_written_or_a_folder_is_chosen(tmp_path, monkeypatch):
    monkeypatch.delenv("PYTHONDONTWRITEBYTECODE", raising=False)
    assert not keep_bytecode(tmp_path, [sys.executable], paths=[str(tmp_path)])
    monkeypatch.setenv("PYTHONDONTWRITEBYTECODE", "1")
    monkeypatch.setenv("PYTHONPYCACHEPREFIX", str(tmp_path / "theirs"))
    assert not keep_bytecode(tmp_path, [sys.executable], paths=[str(tmp_path)])
    assert os.environ["PYTHONDONTWRITEBYTECODE"] == "1" and os.environ["PYTHONPYCACHEPREFIX"] == str(tmp_path / "theirs")
