"""Benchmark: what issue 12's statement proposals cost `ickg build`, on N synthetic abstracts.

`ickg build` runs, for every document, the statement rules (``ickg.extract.statements.reading``) and
makes, stores and indexes their proposals (``ickg.curate.proposals``), beside everything the build did
before issue 12. This times the command as users run it (the CLI's own entry point, a child process under
``/usr/bin/time -v``, ``ICKG_PROGRESS=1``) three ways, runs alternated so that the machine's drift falls
on all three:

    full      the command as it is
    noprop    the proposals not made (``build_dataset(proposals=False)``): no proposed graphs, no
              proposals in the support and text indexes; the statement rules still run
    norules   that, and every statement rule a no-op but the two whose answers steer the sentence loop
              (``rule_recommendation``, ``rule_study``), as ``bench_rule_ceiling.py``'s "no rules"

The first round prints, for each part, the number and a digest of the store's quads outside the proposals'
graphs: on the synthetic corpus they are the same in the three. (With every statement rule a no-op,
``extract()``'s records outside their statements were also the same on the seeds and on the evaluation set's
194 training documents; but the programs and populations the sentence loop finds feed the entities, so that
is measured, not so by construction, and ``norules`` is a measurement, not a mode of the command.)

    python benchmarks/bench_build_parts.py --documents 10000 --pairs 2
    python benchmarks/bench_build_parts.py --documents 1000 --pairs 3 --parts full noprop

Per run: wall, CPU (user + system of the command and its children), peak RSS of one process, the quads
the store holds and the stages' wall/CPU; then the medians per part.
"""

import argparse
import functools
import os
import re
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

PARTS = ("full", "noprop", "norules")


def child(part: str, data_dir: str) -> None:
    """``ickg build --data-dir data_dir`` through the CLI, with ``part``'s switches set before the
    workers fork (they inherit the patched module)."""
    if part != "full":
        from ickg.build import stages
        stages.build_dataset = functools.partial(stages.build_dataset, proposals=False)
    if part == "norules":
        from bench_rule_ceiling import _install, without_rules
        _install(without_rules())
    from ickg.cli import cli
    cli(["build", "--data-dir", data_dir], prog_name="ickg")


def facts_digest(data_dir: Path) -> tuple[int, str]:
    """The number of quads outside the proposals' graphs in the build's live store version, and a
    digest of them sorted (blank nodes written as one label: the ontology's are minted afresh)."""
    import hashlib

    import pyoxigraph as ox

    from ickg.iris import PROPOSED_GRAPH, PROPOSED_PROVENANCE_GRAPH
    store_dir = data_dir / "build" / "store"
    store = ox.Store.read_only(str(store_dir / (store_dir / "CURRENT").read_text().strip()))
    proposed = (PROPOSED_GRAPH, PROPOSED_PROVENANCE_GRAPH)

    def text(term) -> str:
        return "_:b" if isinstance(term, ox.BlankNode) else str(term)

    lines = sorted(" ".join(map(text, (q.subject, q.predicate, q.object, q.graph_name)))
                   for q in store if getattr(q.graph_name, "value", None) not in proposed)
    return len(lines), hashlib.sha256("\n".join(lines).encode()).hexdigest()[:16]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=10000)
    parser.add_argument("--pairs", type=int, default=2, help="rounds; each runs every part once, order reversed")
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument("--parts", nargs="+", choices=PARTS, default=list(PARTS))
    parser.add_argument("--child", nargs=2, metavar=("PART", "DIR"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return

    import synthetic
    from bench_build import stages, timed_command

    print(f"cores {os.cpu_count()}, python {sys.version.split()[0]}, load average "
          f"{' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    got = {part: [] for part in args.parts}
    with tempfile.TemporaryDirectory(prefix="ickg-parts-") as tmp:
        corpus = Path(tmp) / "corpus"
        synthetic.write_corpus(corpus, args.documents, seed=args.seed)
        for i in range(args.pairs):
            for part in (args.parts if i % 2 == 0 else list(reversed(args.parts))):
                data = Path(tmp) / f"{part}-{i}"
                shutil.copytree(corpus, data / "corpus")
                wall, cpu, max_rss, _, out, err = timed_command(
                    [sys.executable, __file__, "--child", part, str(data)], cwd=tmp)
                quads = int(re.search(r"^ickg build: \d+ documents, (\d+) statements", err, re.M).group(1))
                got[part].append((wall, cpu, max_rss))
                facts = facts_digest(data) if i == 0 else None
                print(f"{part:>8}  round {i + 1}  wall {wall:6.1f}s  CPU {cpu:6.1f}s  peak {max_rss:,.0f} MB  "
                      f"quads {quads:,} ({quads / args.documents:.1f} a document)  load {os.getloadavg()[0]:.1f}")
                print(f"          {stages(out, err)}")
                if facts:
                    print(f"          quads outside the proposals' graphs: {facts[0]:,}, digest {facts[1]}")
                sys.stdout.flush()
                shutil.rmtree(data)
    for part, runs in got.items():
        wall, cpu, rss = (statistics.median(r[k] for r in runs) for k in range(3))
        print(f"{part:>8}  medians of {len(runs)}: wall {wall:6.1f}s  CPU {cpu:6.1f}s  peak {rss:,.0f} MB")


if __name__ == "__main__":
    main()
