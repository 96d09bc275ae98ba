"""Benchmark of OWL 2 RL materialisation on synthetic data shaped like ickg's asserted graph.

For each engine and size: wall time of the closure (input already in memory as rdflib terms),
peak resident memory of the process, and the number of inferred triples. Each run is a fresh
subprocess with a time limit, so one slow engine cannot stall the benchmark.

Engines:
    ickg        ickg.reason.rules (ours: records a derivation per inferred triple)
    reasonable  reasonable 0.4.4 (Rust, OWL 2 RL)
    owlrl       owlrl 7.x (pure Python, OWL 2 RL)

Usage:
    python benchmarks/bench_reason.py                       # 100k triples, all engines
    python benchmarks/bench_reason.py --sizes 100000 1000000 --timeout 900
    python benchmarks/bench_reason.py --correctness         # run tests/test_owl2rl.py per engine

The synthetic data: per document, a publication, a source document, two or three programs located
in a province or region (part of a country), each with components (mechanisms of the ontology's
classes, case management among them), partners, a funding model, outcomes, barriers, a target
population, integration types of the seed typologies, years; recommendations addressed to roles.
About 70 asserted triples per document, plus the ontology, concept schemes and mappings.
"""

import argparse
import json
import os
from pathlib import Path
import random
import resource
import subprocess
import sys
import time

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD

HERE = Path(__file__).resolve().parent

ICKG = "https://w3id.org/ickg/ontology/"
ID = "https://w3id.org/ickg/id/"
SCHEME = "https://w3id.org/ickg/scheme/"
ORG = "http://www.w3.org/ns/org#"
FABIO = "http://purl.org/spar/fabio/"

MECHANISMS = ["CaseManagement", "CarePlanning", "CareCoordination", "SingleEntryPoint",
              "StandardizedAssessment", "SharedInformationSystem", "InterdisciplinaryTeam",
              "GovernanceArrangement", "PatientEngagement", "Enabler"]
PROGRAM_CLASSES = ["Program", "CareModel", "PolicyInitiative", "PilotProgram",
                   "IntegratedCareNetwork"]
TYPES = ["gken/clinical-integration", "gken/professional-integration",
         "gken/organizational-integration", "gken/functional-integration",
         "rainbow/clinical-integration", "rainbow/system-integration", "kodner/clinical",
         "kodner/funding", "fulop/clinical"]


def I(ns, local):
    return URIRef(ns + local)


def synthetic(n_triples, seed=1):
    """About ``n_triples`` asserted triples (plus nothing else) of ickg's shape."""
    rnd = random.Random(seed)
    t = []
    a = RDF.type
    countries = [I(ID, f"jurisdiction/country-{i}") for i in range(30)]
    provinces = [I(ID, f"jurisdiction/province-{i}") for i in range(300)]
    for c in countries:
        t += [(c, a, I(ICKG, "Country")), (c, RDFS.label, Literal(c.rsplit("/", 1)[1], lang="en"))]
    for i, p in enumerate(provinces):
        t += [(p, a, I(ICKG, "ProvinceOrState")), (p, I(ICKG, "partOf"), countries[i % 30])]
        if i % 5 == 0:  # some regions inside provinces: a longer partOf chain
            r = I(ID, f"jurisdiction/region-{i}")
            t += [(r, a, I(ICKG, "Region")), (r, I(ICKG, "partOf"), p)]
    roles = [I(ID, f"role/{r}") for r in ("policy-makers", "providers", "payers", "managers")]
    for r in roles:
        t.append((r, a, I(ORG, "Role")))
    d = 0
    while len(t) < n_triples:
        doc = I(ID, f"document/{d:06d}")
        pub = I(ID, f"publication/{d:06d}")
        t += [(doc, a, I(ICKG, "SourceDocument")), (doc, I(ICKG, "isRecordOf"), pub),
              (pub, a, I(FABIO, "JournalArticle")), (pub, I("http://purl.org/dc/terms/", "title"),
                                                     Literal(f"Article {d}", lang="en"))]
        for k in range(rnd.choice((2, 3))):
            prog = I(ID, f"program/{d:06d}-{k}")
            place = rnd.choice(provinces) if rnd.random() < 0.8 else rnd.choice(countries)
            t += [(prog, a, I(ICKG, rnd.choice(PROGRAM_CLASSES))),
                  (prog, RDFS.label, Literal(f"Program {d}-{k}", lang="en")),
                  (prog, I(ICKG, "locatedIn"), place),
                  (prog, I(ICKG, "yearEstablished"), Literal(1990 + rnd.randrange(30), datatype=XSD.integer)),
                  (pub, I(ICKG, "discusses"), prog)]
            if rnd.random() < 0.3:
                t.append((pub, I(ICKG, "citesAsExample"), prog))
            for m in range(rnd.choice((2, 3, 4))):
                comp = I(ID, f"mechanism/{d:06d}-{k}-{m}")
                t += [(prog, I(ICKG, "hasComponent"), comp),
                      (comp, a, I(ICKG, rnd.choice(MECHANISMS))),
                      (comp, RDFS.label, Literal(f"mechanism {m}", lang="en"))]
                if rnd.random() < 0.3:
                    t.append((comp, I(ICKG, "supportsIntegrationType"), I(SCHEME, rnd.choice(TYPES))))
            org = I(ID, f"organization/{d:06d}-{k}")
            t += [(org, a, I(ORG, "Organization")), (prog, I(ICKG, "operatedBy"), org),
                  (org, I(ICKG, "locatedIn"), place), (prog, I(ICKG, "hasPartner"), org)]
            fm = I(ID, f"funding/{d:06d}-{k}")
            t += [(fm, a, I(ICKG, rnd.choice(("BundledFunding", "Capitation", "ProviderIncentive")))),
                  (prog, I(ICKG, "hasFundingModel"), fm)]
            out = I(ID, f"outcome/{d:06d}-{k}")
            t += [(out, a, I(ICKG, "Outcome")), (prog, I(ICKG, "hasOutcome"), out)]
            bar = I(ID, f"barrier/{d:06d}-{k}")
            t += [(bar, a, I(ICKG, "Barrier")), (prog, I(ICKG, "facesBarrier"), bar)]
            pop = I(ID, f"population/{d:06d}-{k}")
            t += [(pop, a, I(ICKG, "TargetPopulation")), (prog, I(ICKG, "targetsPopulation"), pop)]
            if rnd.random() < 0.5:
                t.append((prog, I(ICKG, "practisesIntegrationType"), I(SCHEME, rnd.choice(TYPES))))
        rec = I(ID, f"recommendation/{d:06d}")
        t += [(rec, a, I(ICKG, "Recommendation")), (pub, I(ICKG, "makesRecommendation"), rec),
              (rec, I(ICKG, "addressedTo"), rnd.choice(roles)), (rec, I(ICKG, "ordinal"),
                                                               Literal(1, datatype=XSD.positiveInteger))]
        d += 1
    return t


def ontology_triples():
    from ickg.resources import ontology_graph
    return list(ontology_graph())


# -- engines ---------------------------------------------------------------------------------------

def run_ickg(triples):
    from ickg.reason.materialise import materialise
    start, cpu = time.perf_counter(), time.process_time()
    result = materialise(triples)
    closure = (time.perf_counter() - start, time.process_time() - cpu)
    start, cpu = time.perf_counter(), time.process_time()
    quads = sum(chunk.count(b"\n") for chunk in result.nquads())
    writing = (time.perf_counter() - start, time.process_time() - cpu)
    return len(result.inferred_triples), {
        "derivations": len(result.engine.derivations),
        "inconsistencies": len(result.inconsistencies),
        "closure": [round(x, 2) for x in closure],
        "nquads (wall, cpu; not in the closure figures)": [round(x, 2) for x in writing],
        "quads_written": quads}


def comparable(inferred):
    """Inferred triples as ickg would show them: no blank nodes, nothing trivial."""
    from rdflib import BNode
    from rdflib.namespace import OWL
    trivial_types = {OWL.Thing, RDFS.Resource}
    reflexive = {OWL.sameAs, RDFS.subClassOf, RDFS.subPropertyOf, OWL.equivalentClass,
                 OWL.equivalentProperty}
    n = 0
    for s, p, o in inferred:
        if isinstance(s, BNode) or isinstance(o, BNode):
            continue
        if (p == RDF.type and o in trivial_types) or (s == o and p in reflexive):
            continue
        n += 1
    return n


def run_reasonable(triples):
    import reasonable
    r = reasonable.PyReasoner()
    r.from_graph(triples)
    out = r.reason()
    base = set(triples)
    new = [tuple(x) for x in out if tuple(x) not in base]
    return len(new), {"closure": len(out), "comparable": comparable(new)}


def run_owlrl(triples):
    import owlrl
    from rdflib import Graph
    g = Graph()
    for x in triples:
        g.add(x)
    base = set(g)
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(g)
    new = [t for t in g if t not in base]
    return len(new), {"closure": len(g), "comparable": comparable(new)}


ENGINES = {"ickg": run_ickg, "reasonable": run_reasonable, "owlrl": run_owlrl}


def child(engine, size):
    """One measurement, in this process (called through a subprocess by :func:`main`)."""
    triples = ontology_triples() + synthetic(size)
    start, cpu = time.perf_counter(), time.process_time()
    inferred, extra = ENGINES[engine](triples)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    if engine == "ickg":  # report the closure alone; writing N-Quads is reported apart
        seconds, cpu = extra["closure"]
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"engine": engine, "input": len(triples), "seconds": round(seconds, 2), "cpu": round(cpu, 2),
                      "peak_mb": round(peak_mb), "inferred": inferred, **extra}))


class _AnyRule(dict):
    """Stands in for a derivation map when the engine keeps none (any rule id compares equal)."""

    def __missing__(self, key):
        class Any(str):
            def __eq__(self, other):
                return True
            __hash__ = str.__hash__
        return (Any("?"), ())


def correctness():
    """Run the domain-independent OWL 2 RL tests against each engine (ours is the reference)."""
    import importlib.util
    import traceback

    from rdflib import Graph

    spec = importlib.util.spec_from_file_location("test_owl2rl", HERE.parent / "tests" / "test_owl2rl.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    original = mod.closure

    class Fake:
        def __init__(self, inferred):
            self.inferred_triples = list(inferred)
            self.derivation_map = _AnyRule()
            self.inconsistencies = ["(not reported)"]
            self.consistent = False

    def make(engine):
        def closure(turtle):
            g = Graph().parse(data=mod.PROLOGUE + turtle, format="turtle")
            triples = list(g)
            if engine == "reasonable":
                import reasonable
                r = reasonable.PyReasoner()
                r.from_graph(triples)
                out = {tuple(x) for x in r.reason()} - set(triples)
            else:
                import owlrl
                g2 = Graph()
                for x in triples:
                    g2.add(x)
                owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(g2)
                out = set(g2) - set(triples)
            out = {t for t in out if comparable([t])}  # judge entailments, not noise
            return Fake(out), out
        return closure

    # What only ickg offers, not judged for the others: derivations and clash reports.
    not_applicable = {"test_derivations_end_at_asserted_triples", "test_disjointness_violated",
                      "test_all_disjoint_classes_violated", "test_member_of_nothing",
                      "test_consistent_graph_reports_nothing"}

    tests = [(n, f) for n, f in vars(mod).items() if n.startswith("test_") and callable(f)
             and not hasattr(f, "pytestmark")]
    for engine in ("ickg", "reasonable", "owlrl"):
        mod.closure = original if engine == "ickg" else make(engine)
        failed = []
        judged = [(n, f) for n, f in tests if engine == "ickg" or n not in not_applicable]
        for name, fn in judged:
            try:
                fn()
            except Exception:  # noqa: BLE001 - a benchmark tally, not library code
                failed.append(name + ": " + traceback.format_exc(limit=0).strip().splitlines()[-1][:100])
        print(f"{engine}: {len(judged) - len(failed)}/{len(judged)} entailment tests passed")
        for f in failed:
            print("   FAIL", f)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000])
    parser.add_argument("--engines", nargs="+", default=list(ENGINES))
    parser.add_argument("--timeout", type=int, default=600, help="seconds per run")
    parser.add_argument("--child", nargs=2, metavar=("ENGINE", "SIZE"), help=argparse.SUPPRESS)
    parser.add_argument("--correctness", action="store_true")
    args = parser.parse_args()
    if args.child:
        child(args.child[0], int(args.child[1]))
        return
    if args.correctness:
        correctness()
        return
    print(f"{'engine':<11} {'input':>9} {'seconds':>8} {'cpu s':>8} {'peak MB':>8} {'inferred':>9}")
    for size in args.sizes:
        for engine in args.engines:
            try:
                proc = subprocess.run([sys.executable, __file__, "--child", engine, str(size)],
                                      capture_output=True, text=True, timeout=args.timeout,
                                      env={**os.environ, "PYTHONHASHSEED": "0"})
            except subprocess.TimeoutExpired:
                print(f"{engine:<11} {size:>9} {'>' + str(args.timeout):>8} {'-':>8} {'-':>8} {'-':>9}  (time limit)")
                continue
            if proc.returncode != 0:
                print(f"{engine:<11} {size:>9} failed: {proc.stderr.strip().splitlines()[-1:]}")
                continue
            r = json.loads(proc.stdout.strip().splitlines()[-1])
            print(f"{engine:<11} {r['input']:>9} {r['seconds']:>8} {r['cpu']:>8} {r['peak_mb']:>8} "
                  f"{r['inferred']:>9}  {json.dumps({k: v for k, v in r.items() if k not in ('engine', 'input', 'seconds', 'cpu', 'peak_mb', 'inferred')})}")
            sys.stdout.flush()


if __name__ == "__main__":
    main()
