"""benchmarks/bench_search.py's server CPU per request: the CPU of a process tree, every thread
of every descendant counted. On a shared machine a request's wall time is mostly its wait for a
core; this figure is what the benchmark reports beside it, so it must count the worker processes
and threads a request runs in, and not count what ran before."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import bench_search  # noqa: E402

# A parent that starts a child; the child burns BURN CPU-seconds in a thread that then waits, as
# the threads of ``ickg serve``'s pools do between requests (a thread that has ended is not counted:
# its run time leaves ``/proc``), prints its pid and what its process has run, and sleeps until killed.
CHILD = """
import os, sys, threading, time
done = threading.Event()
def burn():
    end = time.thread_time() + float(sys.argv[1])
    while time.thread_time() < end:
        pass
    done.set()
    time.sleep(120)
threading.Thread(target=burn, daemon=True).start()
done.wait()
print(os.getpid(), time.process_time(), flush=True)
time.sleep(120)
"""
PARENT = """
import subprocess, sys
subprocess.run([sys.executable, "-c", sys.argv[1], sys.argv[2]])
"""
BURN = 0.6


def test_tree_cpu_counts_a_grandchild_thread_and_not_what_ran_before():
    parent = subprocess.Popen([sys.executable, "-c", PARENT, CHILD, str(BURN)], stdout=subprocess.PIPE, text=True)
    try:
        pid, child_cpu = parent.stdout.readline().split()  # the child's own figure, once its thread is done
        child_cpu = float(child_cpu)
        counted = bench_search.tree_cpu(parent.pid)
        assert child_cpu >= BURN
        # the parent's interpreter start and the child's: a few tenths of a second at most
        assert child_cpu <= counted <= child_cpu + 3.0
        time.sleep(0.2)
        assert bench_search.tree_cpu(parent.pid) - counted < 0.1  # asleep: nothing more counted
    finally:
        if "pid" in locals():
            os.kill(int(pid), signal.SIGKILL)
        parent.kill()
        parent.wait()
