"""Programs a build runs to the end of a stage (``sort``, ``java``) die with the build, even when
it is killed with SIGKILL (``ickg.processes.tied_to_this_process``): a killed build otherwise
left its ``sort -u`` running in the staged folder the next command removes."""

import os
import signal
import subprocess
import sys
import time

PARENT = """
import subprocess, sys
from ickg.processes import tied_to_this_process
child = subprocess.Popen(tied_to_this_process(["sleep", "60"]))
print(child.pid, flush=True)
child.wait()
"""


def _running(pid):
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def _gone_within(pid, seconds):
    deadline = time.monotonic() + seconds
    while _running(pid):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def test_a_tied_program_dies_when_its_parent_is_killed():
    parent = subprocess.Popen([sys.executable, "-c", PARENT], stdout=subprocess.PIPE, text=True)
    try:
        child = int(parent.stdout.readline())
        deadline = time.monotonic() + 20
        while not open(f"/proc/{child}/cmdline", "rb").read().startswith(b"sleep"):  # exec'd: tied
            assert time.monotonic() < deadline
            time.sleep(0.02)
        assert _running(child)
        os.kill(parent.pid, signal.SIGKILL)
        parent.wait()
        assert _gone_within(child, 10)
    finally:
        if parent.poll() is None:
            parent.kill()


def test_an_untied_program_outlives_its_killed_parent():
    """The control: without the tie, the same program runs on (what the build's sorts did)."""
    untied = PARENT.replace('tied_to_this_process(["sleep", "60"])', '["sleep", "60"]')
    parent = subprocess.Popen([sys.executable, "-c", untied], stdout=subprocess.PIPE, text=True)
    child = int(parent.stdout.readline())
    try:
        os.kill(parent.pid, signal.SIGKILL)
        parent.wait()
        assert not _gone_within(child, 1)
    finally:
        try:
            os.kill(child, signal.SIGKILL)
        except ProcessLookupError:
            pass
