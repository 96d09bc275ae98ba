"""Quality control of the ontology: the rules of docs/domain.md §4 as checks that return rows.

Most rules are SPARQL queries in ``queries/qc/qc-<what>.rq`` (Mondo/ODK style): the first line is
``#description: <one sentence>``, the query selects ``?entity ?property ?value``, and zero rows
means the rule holds. :func:`run_qc` runs them all on a graph. Files moved to ``queries/qc/inactive/``
are not run.

The two rules SPARQL cannot state are here in Python: that the ontology loads in owlready2, and
that HermiT finds it consistent with no unsatisfiable class (:func:`hermit_check`, which needs
a Java runtime). :func:`check_ontology` runs them all, as ``ickg qc`` does (ODK's ``make test``).
"""

from dataclasses import dataclass, field
from pathlib import Path

from ickg.resources import query_files

QC_FOLDER = "qc/"
INACTIVE_FOLDER = "qc/inactive/"


@dataclass(frozen=True)
class QcQuery:
    """One quality check: its name (the file stem), its one-sentence description and its text."""

    name: str
    description: str
    text: str


def qc_queries():
    """The active quality checks, by name (``qc-label-count`` for ``queries/qc/qc-label-count.rq``).

    Raises:
        ValueError: if a file does not start with a ``#description:`` line.
    """
    out = {}
    for relpath, resource in query_files():
        if not relpath.startswith(QC_FOLDER) or relpath.startswith(INACTIVE_FOLDER):
            continue
        text = resource.read_text(encoding="utf-8")
        first = text.splitlines()[0] if text else ""
        if not first.startswith("#description:"):
            raise ValueError(f"queries/{relpath} does not start with '#description:'")
        name = relpath[len(QC_FOLDER) :].removesuffix(".rq")
        out[name] = QcQuery(name, first.removeprefix("#description:").strip(), text)
    return out


def run_qc(graph, *, names=None):
    """Run the quality checks on an rdflib graph.

    Args:
        graph: the ontology (or any graph holding it), e.g. ``ickg.resources.ontology_graph()``.
        names: only these checks (default: all active ones).

    Returns:
        ``{name: [(entity, property, value), ...]}`` for every check run; an empty list is a pass.
    """
    queries = qc_queries()
    if names is not None:
        unknown = set(names) - set(queries)
        if unknown:
            raise KeyError(f"no such quality check: {', '.join(sorted(unknown))}")
        queries = {name: queries[name] for name in names}
    return {
        name: [tuple(row) for row in graph.query(query.text)] for name, query in queries.items()
    }


def failures(results):
    """Only the checks that returned rows, from a :func:`run_qc` result."""
    return {name: rows for name, rows in results.items() if rows}


def format_rows(rows, *, limit=50):
    """Rows as tab-separated lines, for reports and assertion messages."""
    lines = ["\t".join("" if term is None else str(term) for term in row) for row in rows[:limit]]
    if len(rows) > limit:
        lines.append(f"... and {len(rows) - limit} more")
    return "\n".join(lines)


@dataclass
class HermitResult:
    """What HermiT said: consistent or not, and the classes it found unsatisfiable."""

    consistent: bool
    unsatisfiable: list = field(default_factory=list)
    message: str = ""

    @property
    def ok(self):
        return self.consistent and not self.unsatisfiable


def load_in_owlready(source, directory):
    """Load an ontology into a fresh owlready2 World, through N-Triples (owlready2 reads no Turtle).

    Args:
        source: an rdflib graph, or N-Triples text.
        directory: where to write the N-Triples file owlready2 reads.

    Returns:
        ``(world, ontology)``.

    Raises:
        owlready2.OwlReadyOntologyParsingError: if owlready2 cannot read it.
    """
    from owlready2 import World

    path = Path(directory) / "ontology.nt"
    if isinstance(source, str):
        path.write_text(source, encoding="utf-8")
    else:
        source.serialize(destination=str(path), format="nt", encoding="utf-8")
    world = World()
    ontology = world.get_ontology(path.as_uri()).load()
    return world, ontology


def hermit_check(graph):
    """Classify the ontology with HermiT, through :func:`ickg.reason.dl.classify` (the build's path).

    Returns:
        a :class:`HermitResult`; an inconsistent ontology is reported, not raised.

    Raises:
        RuntimeError: if no ``java`` is on the PATH (HermiT is a Java program).
    """
    from ickg.reason.dl import classify

    report = classify(graph, max_triples=len(graph))
    if not report.ran:
        raise RuntimeError(report.message)
    return HermitResult(consistent=bool(report.consistent), unsatisfiable=report.unsatisfiable,
                        message=report.message)

# ---------------------------------------------------------------------------------------------
# Every check at once: what `ickg qc` runs


HERMIT_CHECK = "hermit"
HERMIT_DESCRIPTION = "HermiT finds the ontology consistent, with no unsatisfiable class."


@dataclass
class CheckResult:
    """One check's outcome: its rows (``entity property value`` as strings; none is a pass), or
    why it was skipped."""

    name: str
    description: str
    rows: list = field(default_factory=list)
    skipped: str | None = None

    @property
    def passed(self) -> bool:
        return not self.rows

    def as_json(self) -> dict:
        return {"name": self.name, "description": self.description, "passed": self.passed,
                "skipped": self.skipped, "rows": [list(row) for row in self.rows]}


def check_ontology(graph, *, names=None, dl=True) -> list[CheckResult]:
    """Run the quality checks (``queries/qc``) and, with ``dl``, HermiT on ``graph``.

    ``names`` picks checks by name (``hermit`` is HermiT's). Without Java, HermiT's check is
    skipped and says so; it is not a failure (``ickg build`` treats it alike).
    """
    wanted = None if names is None else [n for n in names if n != HERMIT_CHECK]
    queries = qc_queries()
    results = [CheckResult(name, queries[name].description,
                           [tuple("" if term is None else str(term) for term in row) for row in rows])
               for name, rows in run_qc(graph, names=wanted).items()]
    if dl and (names is None or HERMIT_CHECK in names):
        from ickg.reason.dl import java_available

        if not java_available():
            from ickg.reason.dl import JAVA_MISSING

            results.append(CheckResult(HERMIT_CHECK, HERMIT_DESCRIPTION, skipped=JAVA_MISSING))
        else:
            hermit = hermit_check(graph)
            rows = [] if hermit.consistent else [("the ontology", "consistent", "false")]
            rows += [(str(c), "unsatisfiable", "owl:Nothing") for c in hermit.unsatisfiable]
            results.append(CheckResult(HERMIT_CHECK, HERMIT_DESCRIPTION, rows))
    return results


def report_text(results, *, limit=50) -> str:
    """One line per check (``ok``, ``FAIL`` with its rows, or ``skip`` with why)."""
    lines = []
    for result in results:
        if result.skipped:
            lines.append(f"skip  {result.name}: {result.skipped}")
        elif result.passed:
            lines.append(f"ok    {result.name}")
        else:
            lines.append(f"FAIL  {result.name}: {result.description} ({len(result.rows)} rows)")
            lines += ["      " + line for line in format_rows(result.rows, limit=limit).splitlines()]
    return "\n".join(lines)
