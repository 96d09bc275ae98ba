"""`ickg build` tells the wall and CPU seconds of every stage, the build process's own part of
that CPU, and its peak memory so far, in the progress lines that `benchmarks/bench_build.py`
reads; the peak never goes down."""

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import bench_build  # noqa: E402
import synthetic  # noqa: E402

LINE = re.compile(r"^ickg build: (\w+) done \(([\d.]+)s\), CPU ([\d.]+)s \(build process ([\d.]+)s\), "
                  r"peak (\d+) MB$", re.M)


def test_build_prints_wall_cpu_own_cpu_and_peak_for_every_stage(tmp_path):
    synthetic.write_corpus(tmp_path / "data" / "corpus", 4, seed=3)
    done = subprocess.run([sys.executable, "-m", "ickg", "build", "--no-dl", "--data-dir", str(tmp_path / "data")],
                          capture_output=True, text=True, env={**os.environ, "ICKG_PROGRESS": "1"}, timeout=600)
    assert done.returncode == 0, done.stderr
    stages = {name: (float(wall), float(cpu), float(own), int(peak))
              for name, wall, cpu, own, peak in LINE.findall(done.stderr)}
    assert {"extract", "load", "validate", "reason", "compact", "store"} <= set(stages), done.stderr
    assert all(cpu >= 0 for _, cpu, _, _ in stages.values()) and stages["extract"][1] > 0
    # the build process's part: never more than the stage's CPU (each rounded to a tenth)
    assert all(0 <= own <= cpu + 0.1 for _, cpu, own, _ in stages.values()), done.stderr
    peaks = [int(peak) for *_, peak in LINE.findall(done.stderr)]
    assert peaks == sorted(peaks) and peaks[0] > 0
    shown = bench_build.stages(done.stdout, done.stderr)  # what the benchmark prints
    assert re.search(r"validate [\d.]+/[\d.]+\+[\d.]+ \(\d+ MB\)", shown), shown
