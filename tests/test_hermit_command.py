"""The script owlready2 starts HermiT through (``ickg.reason.dl._java_that_dies_with_us``) hands
the JVM owlready2's command line without the tasks the build does not use (-O, -D: the property
hierarchies) and with every other argument as it was, in order. HermiT's report is the same
either way (docs/build.md, cicpu40); test_reason's HermiT tests pin what the report holds."""

import os
import subprocess

import owlready2
import pytest

from ickg.reason import dl

# owlready2's HermiT command line (owlready2/reasoning.py), after its JAVA_EXE, with arguments a
# shell would split or expand if the script lost their quoting.
OWLREADY_ARGS = ["-Xmx2000M", "-cp", "/a dir/HermiT.jar:/b/*", "org.semanticweb.HermiT.cli.CommandLine",
                 "-c", "-O", "-D", "-I", "file:///tmp/an input $HOME.nt", "-Dkept=-O", ""]


@pytest.fixture()
def fake_java(tmp_path, monkeypatch):
    """A ``java`` that prints its arguments, one a line, as owlready2's JAVA_EXE."""
    java = tmp_path / "bin" / "java"
    java.parent.mkdir()
    java.write_text('#!/bin/sh\nfor a do printf "%s\\n" "$a"; done\n')
    java.chmod(0o755)
    monkeypatch.setattr(owlready2, "JAVA_EXE", str(java))
    return java


def run_script(folder):
    with dl._java_that_dies_with_us(str(folder)) as script:
        assert owlready2.JAVA_EXE == script
        return subprocess.run([script, *OWLREADY_ARGS], capture_output=True, text=True, check=True,
                              env=dict(os.environ, HOME="/nowhere")).stdout.split("\n")[:-1]


def test_hermit_is_not_asked_for_the_property_hierarchies(fake_java, tmp_path):
    folder = tmp_path / "run"
    folder.mkdir()
    seen = run_script(folder)
    assert seen[-len(OWLREADY_ARGS) + 2:] == [a for a in OWLREADY_ARGS if a not in ("-O", "-D")]
    assert list(dl.JVM_OPTIONS) == seen[-len(OWLREADY_ARGS) + 2 - len(dl.JVM_OPTIONS):-len(OWLREADY_ARGS) + 2]


def test_without_tasks_to_leave_out_every_argument_is_passed(fake_java, tmp_path, monkeypatch):
    monkeypatch.setattr(dl, "UNUSED_HERMIT_TASKS", ())
    folder = tmp_path / "run"
    folder.mkdir()
    assert run_script(folder)[-len(OWLREADY_ARGS):] == OWLREADY_ARGS
