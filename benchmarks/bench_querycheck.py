"""Benchmark: the SPARQL request check (ickg.sparql.querycheck) on 200 KB worst cases and a typical query.

The check runs on every request in the web process, before any worker sees the text, so its
cost must be linear in the text's length (one 200 KB request used to hold a thread for 104 s)
and negligible for ordinary queries. Each case is a text of about 200,000 characters (the
endpoint's MAX_QUERY_LENGTH) built to defeat a scanner: runs of names and dots, open brackets,
long strings and IRIs, thousands of prefixes, comments. The figure is the median of a few runs
of :func:`ickg.sparql.querycheck.inspect`; a refusal (too deep, escapes...) counts as an answer.

    python benchmarks/bench_querycheck.py            # all cases, medians in ms
    python benchmarks/bench_querycheck.py --size 50000 --repeat 3
"""

import argparse
import statistics
import time

from ickg.sparql import querycheck


def cases(size):
    """(name, text) pairs, each about ``size`` characters."""
    half = size // 2
    return [
        ("a.a.a... (names and dots)", "a." * half),
        ("a:a.a:a... (prefixed names)", "SELECT * WHERE { ?s ?p " + "a:b." * (size // 4) + " }"),
        ("((((... (open parentheses)", "(" * size),
        ("{{{{... (open braces)", "{" * size),
        ("long string", 'SELECT * WHERE { BIND("' + "x" * size + '" AS ?x) }'),
        ("unterminated string", 'SELECT * WHERE { BIND("' + "x" * size),
        ("long IRI", "SELECT * WHERE { <http://example.org/" + "x" * size + "> ?p ?o }"),
        ("unterminated IRI", "SELECT * WHERE { <http://example.org/" + "x" * size),
        ("many prefixes", "".join(f"PREFIX p{i}: <http://example.org/{i}/>\n" for i in range(size // 36))
         + "SELECT * FROM p1:x WHERE { ?s ?p ?o }"),
        ("many FROM", "SELECT * " + "FROM <https://w3id.org/ickg/graph/x> " * (size // 38) + "WHERE {}"),
        ("comments", ("#" + "x" * 70 + "\n") * (size // 72) + "ASK {}"),
        ("words", "SELECT " + "?x " * (size // 3)),
        ("keyword soup", "selectas" * (size // 8)),
        ("backslashes in names", "SELECT * WHERE { ?s ?p " + "a:\\-" * (size // 4) + " }"),
        ("many <", "ASK { FILTER(" + "?a<" * (size // 3) + "1) }"),
        # Aimed at the new check: keywords everywhere in one run, graph clauses to resolve.
        ("keywords in one run (adda...)", "adda" * (size // 4)),
        ("selectas. (keywords and dots)", "selectas." * (size // 9)),
        ("FROM:<n> (distinct clauses)", "PREFIX : <https://w3id.org/ickg/graph/>\nSELECT * "
         + "".join(f"FROM:{i} " for i in range(size // 10)) + "{}"),
        ("8 BASEs, FROM <relative>", "".join(f"BASE <https://w3id.org/ickg/graph/{i}/>\n" for i in range(8))
         + "SELECT * " + "FROM <x> " * (size // 9) + "{}"),
        ("blank node labels _:a.", "_:a." * (size // 4) + "select"),
    ]


TYPICAL = """PREFIX ickg: <https://w3id.org/ickg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?program ?label (COUNT(?partner) AS ?partners)
WHERE {
  ?program a ickg:Program ; rdfs:label ?label .
  OPTIONAL { ?program ickg:partner ?partner }
  FILTER(LANG(?label) = "en")
}
GROUP BY ?program ?label
ORDER BY DESC(?partners)
LIMIT 20
"""


def time_one(text, repeat):
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        try:
            querycheck.inspect(text, is_local_graph=lambda iri: iri.startswith("https://w3id.org/ickg/graph/"))
            outcome = "accepted"
        except querycheck.RefusedQuery as err:
            outcome = "refused: " + str(err)[:50]
        times.append(time.perf_counter() - start)
    return statistics.median(times), outcome


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, default=200_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    for name, text in cases(args.size):
        seconds, outcome = time_one(text, args.repeat)
        print(f"{name:32s} {len(text):>8,d} chars  {seconds * 1000:10.1f} ms  {outcome}")
    seconds, outcome = time_one(TYPICAL, max(args.repeat, 2000))
    print(f"{'typical query':32s} {len(TYPICAL):>8,d} chars  {seconds * 1e6:10.1f} us  {outcome}")


if __name__ == "__main__":
    main()
