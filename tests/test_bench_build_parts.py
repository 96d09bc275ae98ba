"""benchmarks/bench_build_parts.py: the three ways it times `ickg build` differ in the proposals alone."""

import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def test_the_parts_differ_only_in_the_proposals_graphs(tmp_path):
    run = subprocess.run(
        [sys.executable, str(REPO / "benchmarks" / "bench_build_parts.py"), "--documents", "12", "--pairs", "1"],
        capture_output=True, text=True, cwd=tmp_path, timeout=600)
    assert run.returncode == 0, run.stderr[-2000:]
    quads = {part: int(n.replace(",", "")) for part, n in
             re.findall(r"^\s*(full|noprop|norules)\s+round 1 .* quads ([\d,]+)", run.stdout, re.M)}
    facts = re.findall(r"quads outside the proposals' graphs: ([\d,]+), digest (\w+)", run.stdout)
    assert set(quads) == {"full", "noprop", "norules"}, run.stdout
    assert len(facts) == 3 and len(set(facts)) == 1, facts  # the same facts, evidence and mentions
    assert quads["noprop"] == quads["norules"] == int(facts[0][0].replace(",", ""))
    assert quads["full"] > quads["noprop"]  # the proposals are stored only by the full build
