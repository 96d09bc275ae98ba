"""The ``ickg`` command: thin wrappers over the stage packages, :mod:`ickg.store` and :mod:`ickg.web`.

Each command keeps its work in the library; this module only parses options and prints.
"""

import functools
import os
import signal
import threading
import time
from pathlib import Path

import click

from ickg import __version__, settings


def _refusals():
    """The errors a command reports in their own words. An ``except`` clause evaluates this only
    when an exception reaches it, so :mod:`ickg.build.stages` (a tenth of a second of imports)
    is not imported by every ``ickg serve``, ``remove`` or ``review`` that never fails."""
    from ickg.build.stages import BuildError
    from ickg.store import StoreError

    return (BuildError, StoreError)


def one_line_errors(name, *, stop_on_sigterm=True):
    """Make every failure of the command ``name`` one line on stderr, never a traceback.

    Refusals (a bad document, an invalid graph) keep their own message; an I/O error says the
    path and the reason (``no space left on device``); anything else is reported as an internal
    error with its type and message (``ICKG_DEBUG=1`` shows the traceback). With
    ``stop_on_sigterm`` SIGTERM stops the command the way Ctrl-C does, so what it staged is
    removed before it exits (SIGKILL is left to the next command: :mod:`ickg.build.datadir`).
    """
    def decorate(function):
        @functools.wraps(function)
        def run(*args, **kwargs):
            from ickg.build import datadir

            previous = None
            if stop_on_sigterm and threading.current_thread() is threading.main_thread():
                def interrupt(signum, frame):
                    raise datadir.Interrupted()

                previous = signal.signal(signal.SIGTERM, interrupt)
            try:
                return function(*args, **kwargs)
            except (click.ClickException, click.exceptions.Exit, click.exceptions.Abort, SystemExit):
                raise
            except (KeyboardInterrupt, datadir.Interrupted) as error:  # BaseExceptions: before the import below
                click.echo(f"ickg {name}: interrupted; the data directory keeps the previous build "
                           "(or this one, if it was already committed)", err=True)
                raise SystemExit(143 if isinstance(error, datadir.Interrupted) else 130) from None
            except _refusals() as error:
                raise click.ClickException(str(error)) from None
            except OSError as error:
                raise click.ClickException(f"{name}: {datadir.io_error_message(error)}") from None
            except Exception as error:  # noqa: BLE001 -- the one place every other failure ends
                if os.environ.get("ICKG_DEBUG"):
                    raise
                message = " ".join(str(error).split())
                raise click.ClickException(f"{name}: internal error: {type(error).__name__}: {message} "
                                           "(ICKG_DEBUG=1 shows the traceback)") from None
            finally:
                if previous is not None:
                    signal.signal(signal.SIGTERM, previous)
        return run
    return decorate


DATA_DIR_OPTION = click.option(
    "--data-dir", envvar="ICKG_DATA_DIR", type=click.Path(file_okay=False),
    help=settings.help_text("DATA_DIR"))


def setting_option(key, *names, **kwargs):
    """The ``ickg serve`` option of a setting of :mod:`ickg.settings`, with its help and default."""
    return click.option(settings.BY_KEY[key].option, *names, help=settings.help_text(key), **kwargs)


def chatty() -> bool:
    """Whether progress lines go to stderr: on a terminal, or with ICKG_PROGRESS=1 (as git does).

    A pipe or a CI log gets only results and, on failure, the one-line error.
    """
    import sys

    return sys.stderr.isatty() or os.environ.get("ICKG_PROGRESS") == "1"


def note(line: str) -> None:
    """A progress line on stderr, when :func:`chatty`."""
    if chatty():
        click.echo(line, err=True)


def talking(command):
    """Print each build stage on stderr as it finishes (``ickg build: extract done (3.1s)``).

    The stages log to ``ickg.build.progress`` (:mod:`ickg.build.stages`); a build takes 10-20 s,
    and a command silent that long looks hung. Plain lines, so logs and pipes read them too.
    """
    import contextlib
    import logging

    @contextlib.contextmanager
    def listening():
        logger = logging.getLogger("ickg.build.progress")
        handler = logging.StreamHandler()  # stderr
        handler.setFormatter(logging.Formatter(f"ickg {command}: %(message)s"))
        if chatty():
            logger.addHandler(handler)
        level, logger.level = logger.level, logging.INFO
        try:
            yield
        finally:
            logger.removeHandler(handler)
            logger.setLevel(level)

    return listening()


def summary(command, build, seconds):
    """The last line of build, ingest and the first serve: documents, statements, inferred, time."""
    from ickg.iris import INFERRED_GRAPH

    counts = build.counts()
    inferred = counts.get(INFERRED_GRAPH, 0)
    return (f"ickg {command}: {build.documents} documents, {sum(counts.values())} statements "
            f"({inferred} inferred) in {seconds:.1f}s")


def port_taken(host, port):
    """A one-line message if ``host``:``port`` cannot be bound now, else None (checked before building)."""
    import socket

    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except OSError as error:
        return f"cannot listen on {host}: {error.strerror or error}"
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except OSError as error:
            return (f"port {port} on {host} is in use ({error.strerror or error}); "
                    f"choose another with --port N (e.g. --port {port + 1})")
    return None


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="ickg")
def cli():
    """ickg: the Integrated Care Knowledge Graph.

    Documents -> extraction -> RDF with provenance -> validation -> reasoning -> store ->
    SPARQL endpoint and linked-data pages.
    """


def _base_url(value):
    """``--base-url``: an absolute http(s) URL without query or fragment, or None."""
    if value is None:
        return None
    from urllib.parse import urlsplit

    parts = urlsplit(value)
    if (parts.scheme not in ("http", "https") or not parts.netloc or parts.query or parts.fragment
            or any(c in value for c in ' <>"\\{}|^`') or not value.isprintable()):
        raise click.BadParameter(f"{value!r} is not an absolute http(s) URL without query or fragment")
    return value.rstrip("/")


class ByteSize(click.ParamType):
    """A size in bytes: ``1048576``, ``512K``, ``32M``, ``1G`` (powers of 1024); ``0`` for none."""

    name = "size"

    def __init__(self, minimum=0):
        self.minimum = minimum

    UNITS = {"": 1, "b": 1, "k": 1 << 10, "kb": 1 << 10, "kib": 1 << 10, "m": 1 << 20, "mb": 1 << 20,
             "mib": 1 << 20, "g": 1 << 30, "gb": 1 << 30, "gib": 1 << 30}

    def convert(self, value, param, ctx):
        if isinstance(value, int):
            return value
        text = str(value).strip().lower()
        number = text.rstrip("kmgib")
        unit = text[len(number):]
        try:
            size = float(number) * self.UNITS[unit]
        except (ValueError, KeyError):
            self.fail(f"{value!r} is not a size (examples: 1048576, 512K, 32M, 1G)", param, ctx)
        if size < 0:
            self.fail(f"{value!r} is negative", param, ctx)
        if 0 < size < self.minimum:
            self.fail(f"{value!r} is less than {self.minimum >> 20} MiB, too little to start with "
                      "(0 for no limit)", param, ctx)
        return int(size)


@cli.command()
@DATA_DIR_OPTION
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to bind (loopback only by default).")
@click.option("--port", default=8080, show_default=True, type=click.IntRange(0, 65535),
              help="TCP port to listen on (0: any free port); checked before anything is built.")
@setting_option("STORE_URL", envvar="ICKG_STORE_URL")
@setting_option("UPDATE_URL")
@setting_option("GSP_URL")
@setting_option("STORE_CREDENTIALS", type=click.Path(dir_okay=False), metavar="FILE")
@setting_option("UPDATE_TOKEN", envvar="ICKG_UPDATE_TOKEN")
@setting_option("QUERY_TIMEOUT", "timeout", type=float)
@setting_option("MAX_ROWS", type=int)
@setting_option("CORS_ORIGIN")
@setting_option("BASE_URL", envvar="ICKG_BASE_URL", metavar="URL",
                callback=lambda ctx, param, value: _base_url(value))
@setting_option("THREADS", type=click.IntRange(1, 1024))
@click.option("--processes", type=click.IntRange(1, 64),
              help="Server processes sharing the port, each with its own query workers and cache "
                   "[2 with two cores or more, else 1].")
@setting_option("QUERY_WORKERS", type=click.IntRange(1, 256))
@setting_option("SLOW_QUERY_WORKERS", "slow_workers", type=click.IntRange(0, 256))
@setting_option("SLOW_AFTER", type=click.FloatRange(0.01), metavar="SECONDS")
@setting_option("SLOW_PER_CLIENT", type=click.IntRange(0, 256))
@setting_option("MAX_ANSWER_BYTES", "max_answer_size", type=ByteSize(), metavar="SIZE")
@setting_option("WORKER_MEMORY", type=ByteSize(minimum=128 << 20), metavar="SIZE")
@click.option("--server", "front", type=click.Choice(["granian", "waitress"]), default=None,
              help="HTTP server: granian (Rust, several times faster on cached answers; needs fork; the "
                   "default where processes can fork) or waitress (pure Python, a thread lane of its own "
                   "for cached answers; the default elsewhere); see docs/serving.md.")
@click.option("--get", "get_path", metavar="PATH",
              help="Answer one GET request in-process, print the body, exit 0 only on 2xx.")
@one_line_errors("serve", stop_on_sigterm=False)
def serve(data_dir, host, port, store_url, update_url, gsp_url, store_credentials, update_token, timeout, max_rows,
          cors_origin, base_url, threads, processes, query_workers, slow_workers, slow_after, slow_per_client,
          max_answer_size, worker_memory, front, get_path):
    """Serve the SPARQL endpoint (and the viewer) with granian, or waitress.

    Builds the store first if there is none. The live store version is opened and queried
    before anything is served: a damaged store is refused with a message naming it (run
    `ickg build` to make a new one).
    """
    import sys

    from ickg.web import create_app, create_server, get_once, listening_socket, serve_in_processes
    from ickg.web.supervisor import default_front

    if get_path is None:
        problem = port_taken(host, port)
        if problem:
            raise click.ClickException(problem)
    if not store_url:
        from ickg.build.paths import corpus_paths
        from ickg.build.publish import ensure_store
        from ickg.store import check_version, current_version, store_dir

        folder = _data_dir(data_dir)
        documents = len(corpus_paths(folder)) if Path(folder).is_dir() else 0
        first = current_version(store_dir(folder)) is None
        if not documents and first:  # a built store without its corpus is served as it is
            click.echo(f"ickg serve: warning: {folder} holds no documents (no corpus/); serving the "
                       "ontology alone. Point at a data directory with --data-dir DIR (or ICKG_DATA_DIR).",
                       err=True)
        if first:
            note(f"ickg serve: no store yet in {folder}; building it once "
                       f"({documents} documents)...")
        clock = time.perf_counter()
        with talking("serve"):
            check_version(ensure_store(folder))
        if first:
            click.echo(f"ickg serve: store built in {time.perf_counter() - clock:.1f}s", err=True)
    options = {
        "DATA_DIR": data_dir, "STORE_URL": store_url, "UPDATE_URL": update_url, "GSP_URL": gsp_url,
        "STORE_CREDENTIALS": store_credentials,
        "UPDATE_TOKEN": update_token, "QUERY_TIMEOUT": timeout, "MAX_ROWS": max_rows,
        "CORS_ORIGIN": cors_origin, "QUERY_WORKERS": query_workers, "THREADS": threads, "BASE_URL": base_url,
        "SLOW_QUERY_WORKERS": slow_workers, "SLOW_AFTER": slow_after, "SLOW_PER_CLIENT": slow_per_client,
        "MAX_ANSWER_BYTES": max_answer_size, "WORKER_MEMORY": worker_memory,
    }
    config = {k: v for k, v in options.items() if v is not None}
    app = create_app(config)
    store = app.extensions["ickg.store"]
    what = serving(store) if get_path is None else ""
    if get_path is None and getattr(store, "indexes", None) is not None:  # a remote store: how it is searched
        click.echo("ickg serve: " + store.indexes.describe(), err=True)
    try:
        if get_path is not None:
            status, body = get_once(app, get_path)
            sys.stdout.buffer.write(body)
            sys.stdout.flush()
            if not 200 <= status < 300:
                click.echo(f"HTTP {status}", err=True)
                raise SystemExit(1)
            return
        if processes is None:  # measured on 2 cores: 2 processes beat 1 and 3 (benchmarks/bench_sparql.py)
            processes = min(2, os.cpu_count() or 1) if hasattr(os, "fork") else 1
        if (front or default_front()) == "granian":
            from ickg.web.supervisor import serve_with_granian

            sock = listening_socket(host, port)
            click.echo(where(host, sock.getsockname()[1], what + f", {processes} processes, granian"), err=True)
            store.close()  # each worker opens its own
            raise SystemExit(serve_with_granian(config, sock, processes=processes, threads=threads))
        if processes > 1:
            # The store exists now (create_app built it if needed); each child opens its own.
            sock = listening_socket(host, port)
            click.echo(where(host, sock.getsockname()[1], what + f", {processes} processes"), err=True)
            raise SystemExit(serve_in_processes(lambda: create_app(config), sock,
                                                processes=processes, threads=threads))
        server = create_server(app, host=host, port=port, threads=threads)
        click.echo(where(host, server.effective_port, what), err=True)
        try:
            server.run()
        except KeyboardInterrupt:
            pass
    finally:
        store.close()


def serving(store) -> str:
    """What ``ickg serve`` serves: the store version and its statement counts (asserted, inferred).

    The graphs' IRIs as strings (:mod:`ickg.iris`): the served process never imports rdflib."""
    from ickg.iris import ASSERTED_GRAPH, INFERRED_GRAPH

    text = f"store version {store.version}"
    try:
        import pyoxigraph as ox

        def count(graph):
            return sum(1 for _ in store.quads_for_pattern(None, None, None, ox.NamedNode(graph)))

        text += (f": {len(store)} statements, {count(ASSERTED_GRAPH)} asserted, "
                 f"{count(INFERRED_GRAPH)} inferred")
    except (TypeError, NotImplementedError, AttributeError):  # a remote store: no local count
        pass
    return text


def where(host, port, what) -> str:
    """The start-up lines of ``ickg serve``: what it serves and the addresses of pages and endpoint."""
    shown = f"[{host}]" if ":" in host else host
    return (f"ickg serve: serving {what}\n"
            f"  pages:  http://{shown}:{port}/\n"
            f"  SPARQL: http://{shown}:{port}/sparql  (Ctrl-C stops)")


@cli.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=str))
@click.option("--format", "output_format", type=click.Choice(["json", "turtle", "trig"]), default="json",
              show_default=True, help="json: the extraction report; turtle/trig: the RDF it would add.")
@click.option("--known-label", "known_labels", multiple=True, metavar="LABEL",
              help="A name already in the graph, not to be reported as a candidate (repeatable).")
def extract(file, output_format, known_labels):
    """Extract metadata, sections, mentions, places, acronyms and candidates from FILE; store nothing."""
    import json

    from ickg.extract.document import DocumentError
    from ickg.extract.document import extract as extract_document

    try:
        record = extract_document(Path(file), known_labels=known_labels)
    except DocumentError as error:
        raise click.ClickException(str(error)) from None
    if output_format == "json":
        click.echo(json.dumps(record.as_json(), ensure_ascii=False, indent=2))
        return
    from ickg.model.populate import record_dataset

    dataset = record_dataset([record])
    if output_format == "trig":
        click.echo(dataset.serialize(format="trig"))
    else:
        from rdflib import Graph

        from ickg.namespaces import bind_prefixes

        graph = bind_prefixes(Graph())
        for s, p, o, _ in dataset.quads((None, None, None, None)):
            graph.add((s, p, o))
        click.echo(graph.serialize(format="turtle"))


@cli.command()
@click.argument("files", nargs=-1, type=click.Path(exists=True, dir_okay=False, path_type=str))
@DATA_DIR_OPTION
def validate(files, data_dir):
    """Check the graph against the SHACL shapes and every quote against its document.

    With FILES (N-Quads, TriG, Turtle...), validates their union; otherwise builds DATA_DIR in
    memory (extraction + curation; the stored inferences are not added) and validates that, then
    reasons over it (OWL 2 RL) to check it is consistent. Stores nothing. Exits 1 with
    one line per problem.
    """
    from ickg.validate import shacl

    if files:
        import warnings

        from rdflib import Dataset
        from rdflib.util import guess_format

        from ickg.offline import no_network

        data = Dataset()
        for file in files:
            fmt = {"nq": "nquads", "trig": "trig"}.get(file.rsplit(".", 1)[-1]) or guess_format(file)
            try:
                with warnings.catch_warnings(), no_network():  # (a JSON-LD context is not fetched)
                    warnings.simplefilter("ignore", DeprecationWarning)  # rdflib's N-Quads parser
                    data.parse(file, format=fmt or "turtle")
            except Exception as error:  # rdflib parsers raise many types
                raise click.ClickException(f"{file}: cannot be parsed: {error}") from None
    else:
        from ickg.build.stages import BuildError, build_dataset

        data_dir = _data_dir(data_dir)
        if not Path(data_dir).is_dir():
            raise click.ClickException(f"{data_dir}: no such data directory")
        note(f"ickg validate: building {data_dir} in memory...")
        try:
            with talking("validate"):
                data = build_dataset(data_dir, reason=False, validate=False, proposals=False).dataset()
        except BuildError as error:
            raise click.ClickException(str(error)) from None
        note("ickg validate: checking the SHACL shapes, then consistency (OWL 2 RL)...")
    report = shacl.validate(data)
    from ickg.reason.materialise import consistency_report

    # Files are read into the default graph: reason over all of it. A built data directory keeps
    # its named graphs, and reasoning reads the ontology, asserted and imported ones; HermiT's
    # report on the same input as the last build's is read from the user's cache of reports.
    if files:
        consistent, lines = consistency_report(shacl.union_graph(data))
    else:
        from ickg.reason.dl import reports_dir

        consistent, lines = consistency_report(data, dl_cache=reports_dir())
    if not report.conforms or not consistent:
        click.echo("\n".join(([] if report.conforms else [report.text()]) + lines), err=True)
        raise SystemExit(1)
    click.echo("\n".join([report.text()] + lines))


@cli.command()
@click.argument("files", nargs=-1, type=click.Path(exists=True, dir_okay=False, path_type=str))
@click.option("--check", "names", multiple=True, metavar="NAME",
              help="Run only this check (repeatable): a queries/qc file name such as qc-label-count, "
                   "or hermit.")
@click.option("--no-dl", is_flag=True, help="Skip HermiT (it needs Java).")
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="text: one line per check; json: every check with its rows.")
def qc(files, names, no_dl, output_format):
    """Check the ontology against its quality rules: every queries/qc check returns no row, and
    HermiT finds it consistent with no unsatisfiable class.

    Without FILES, checks the packaged ontology (TBox, concept schemes, mappings); with FILES
    (Turtle), their union. Prints one line per check; exits 1 when any fails, with its rows.
    """
    import json

    from rdflib import Graph

    from ickg.resources import ontology_graph
    from ickg.validate.qc import check_ontology, report_text

    if files:
        graph = Graph()
        for file in files:
            try:
                graph.parse(file, format="turtle")
            except Exception as error:  # rdflib parsers raise many types
                raise click.ClickException(f"{file}: cannot be parsed: {error}") from None
    else:
        graph = ontology_graph()
    try:
        results = check_ontology(graph, names=list(names) or None, dl=not no_dl)
    except KeyError as error:
        raise click.ClickException(str(error.args[0])) from None
    if output_format == "json":
        click.echo(json.dumps({"checks": [r.as_json() for r in results]}, indent=1, ensure_ascii=False))
    else:
        click.echo(report_text(results))
    if not all(r.passed for r in results):
        raise SystemExit(1)


def _data_dir(data_dir):
    from ickg.settings import default_data_dir

    return Path(data_dir) if data_dir else default_data_dir()


def remote_store_options(function):
    """``--store-url``, ``--gsp-url`` and ``--store-credentials`` of ``ickg build`` and ``ickg ingest``."""
    for option in reversed((
            click.option("--store-url", envvar="ICKG_STORE_URL", metavar="URL",
                         help="Load the remote store whose SPARQL query endpoint is URL instead of the local one "
                              "(Oxigraph server, Virtuoso, any SPARQL 1.1 + Graph Store Protocol store)."),
            click.option("--gsp-url", help="The remote store's Graph Store Protocol endpoint (default: Oxigraph's "
                                           "/store, Virtuoso's /sparql-graph-crud-auth, else --store-url)."),
            click.option("--store-credentials", type=click.Path(dir_okay=False), metavar="FILE",
                         help=settings.help_text("STORE_CREDENTIALS")))):
        function = option(function)
    return function


def _echo_remote_load(result):
    report = result.remote_load
    if report is not None:
        resumed = f", resumed after batch {report.resumed_from}" if report.resumed_from else ""
        click.echo(f"loaded {report.quads} quads into the remote store ({report.method}, {report.batches} batches"
                   f"{resumed}, {report.seconds:.2f}s)")


RELEASE_OPTION = click.option(
    "--release/--no-release", default=False, show_default=True,
    help="Also rewrite the release files (DATA_DIR/release/, tracked by git); `ickg release` does "
         "only that.")
def _publish(command, folder, **options):
    """Run :func:`ickg.build.publish.publish` talking: the stages as they finish, then a summary."""
    from ickg.build.paths import corpus_paths
    from ickg.build.publish import publish

    note(f"ickg {command}: building {folder} ({len(corpus_paths(folder))} documents)...")
    clock = time.perf_counter()
    with talking(command):
        result = publish(folder, command=command, **options)
    return result, time.perf_counter() - clock


@cli.command()
@DATA_DIR_OPTION
@remote_store_options
@RELEASE_OPTION
@click.option("--no-reason", is_flag=True, help="Skip the OWL 2 RL materialisation.")
@click.option("--no-dl", is_flag=True, help="Skip HermiT classification and consistency checking (needs Java).")
@click.option("--dask", "dask_scheduler", metavar="ADDRESS",
              help="Extract on the Dask cluster whose scheduler is at ADDRESS (tcp://host:8786); "
                   "pip install 'ickg[dask]'.")
@click.option("--dask-shard-docs", type=click.IntRange(1), metavar="N",
              help="Documents per Dask task [32: ickg.model.cluster.SHARD_DOCS].")
@one_line_errors("build")
def build(data_dir, store_url, gsp_url, store_credentials, release, no_reason, no_dl, dask_scheduler,
          dask_shard_docs):
    """Build ontology + corpus + curation into the store, atomically (with --release, the release files too).

    A failed build (a quote not in its document, an invalid graph, an inconsistency, a full
    disk) or a killed one changes nothing: the previous release and store stay, together. One
    build or ingest at a time per data directory: a second one waits for the first. The
    git-tracked release files change only when asked (--release, or `ickg release`).
    """
    folder = _data_dir(data_dir)
    result, seconds = _publish("build", folder, store_url=store_url, gsp_url=gsp_url, release=release,
                               reason=not no_reason, dl=not no_dl, store_credentials=store_credentials,
                               dask=dask_scheduler, dask_shard_docs=dask_shard_docs)
    if dask_scheduler:
        click.echo(f"extracted on the Dask cluster at {dask_scheduler}")
    _echo_remote_load(result)
    for graph, count in result.counts().items():
        click.echo(f"{count:>9} quads  {graph}")
    if result.reasoning is not None and result.reasoning.dl_report is not None:
        click.echo(f"HermiT: {result.reasoning.dl_report.message}")
    stages = ", ".join(f"{name} {seconds:.2f}s" for name, seconds in result.timings.items())
    click.echo(f"built {result.documents} documents from {folder} ({stages})")
    if release:
        click.echo(f"release files written to {Path(folder) / 'release'}")
    click.echo(summary("build", result, seconds), err=True)


@cli.command()
@DATA_DIR_OPTION
@click.option("--no-dl", is_flag=True, help="Skip HermiT classification and consistency checking (needs Java).")
@one_line_errors("release")
def release(data_dir, no_dl):
    """Write the release files (DATA_DIR/release/: ontology, schemes, graph, JSON-LD) from a fresh build.

    The release and the store are built and swapped in together, so the files published are
    the graph served. `ickg build` and `ickg ingest` leave the release alone unless given --release.
    """
    folder = _data_dir(data_dir)
    result, seconds = _publish("release", folder, release=True, dl=not no_dl)
    out = Path(folder) / "release"
    click.echo(ontology_documentation(out), err=True)
    for path in sorted(out.iterdir()):
        if path.is_file():
            click.echo(f"{path.stat().st_size:>10} bytes  {path}")
    click.echo(summary("release", result, seconds), err=True)


def ontology_documentation(release_dir: Path) -> str:
    """Write ``ickg-ontology.html`` (pyLODE) beside the release's ontology file; say what was done.

    pyLODE renders the ontology file alone (the merged graph with its eleven schemes comes out
    garbled); it is optional (``pip install ickg[docs]``), and is run with the network shut
    (:func:`ickg.offline.no_network`), so a missing package or a failure skips the page with a
    note instead of failing the release.
    """
    import contextlib
    import io
    import logging

    from ickg.offline import no_network

    source, target = release_dir / "ickg-ontology.ttl", release_dir / "ickg-ontology.html"
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    try:
        from pylode import OntPub
    except Exception as error:  # noqa: BLE001 -- absent or broken: pyLODE 3.4.1 fails on import
        return f"ickg release: no HTML documentation (pyLODE unavailable: {type(error).__name__}; pip install 'ickg[docs]')"
    finally:  # pyLODE's supermodel profile calls logging.basicConfig(level=DEBUG) on import
        root.handlers[:] = handlers
        root.setLevel(level)
    try:
        with no_network(), contextlib.redirect_stdout(io.StringIO()):
            html = OntPub(ontology=str(source)).make_html()
        partial = target.with_name("." + target.name + ".partial")
        partial.write_text(html, encoding="utf-8")
        partial.replace(target)
    except Exception as error:  # noqa: BLE001 -- documentation is a courtesy, never a failed release
        return f"ickg release: no HTML documentation ({source}: pyLODE: {type(error).__name__}: {error})"
    return f"ickg release: ontology documentation {target}"


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=False))
@DATA_DIR_OPTION
@remote_store_options
@RELEASE_OPTION
@click.option("--replace", is_flag=True,
              help="A file whose name is in the corpus replaces it (re-ingest of a changed document).")
@one_line_errors("ingest")
def ingest(files, data_dir, store_url, gsp_url, store_credentials, release, replace):
    """Add documents to the corpus and the store; list the candidate entities found in them.

    Nothing is added if any file is refused (not a regular file, a symbolic link, empty, binary,
    not UTF-8, control characters, over 20 MB, already ingested under any name) or the build
    with them fails. Ingests and builds of one data directory run one at a time. A local store
    changes by the new documents alone (the same data as a full build); --release and a remote
    store take the full build.
    """
    from ickg.build.ingest import ingest as ingest_documents
    from ickg.build.review import pending_in

    folder = _data_dir(data_dir)
    note(f"ickg ingest: adding {len(files)} file(s) to {folder} and rebuilding...")
    clock = time.perf_counter()
    with talking("ingest"):
        added = ingest_documents(folder, files, store_url=store_url, gsp_url=gsp_url,
                                 store_credentials=store_credentials, release=release, replace=replace)
    seconds = time.perf_counter() - clock
    candidates = proposed = 0
    for item in added:
        candidates += len(item.candidates)
        click.echo(f"{item.path}: {len(item.candidates)} candidate entities for a curator")
        for candidate in item.candidates:
            click.echo(f"  {candidate.start:>6}-{candidate.end:<6} {candidate.label}")
        if item.proposed is None:  # a full build: read them back
            (_, proposals), = pending_in(folder, item.path.name)
            item.proposed = len(proposals)
        proposed += item.proposed
        click.echo(f"{item.path}: {item.proposed} proposed statements, unreviewed "
                   f"(ickg review {item.path.name})")
    click.echo(f"ickg ingest: added {len(added)} document(s) in {seconds:.1f}s: {candidates} candidate "
               f"entities, {proposed} proposed statements; review them with `ickg review DOCUMENT` "
               f"(decisions go to {Path(folder) / 'curation'})", err=True)


@cli.command()
@click.argument("documents", nargs=-1, required=True)
@DATA_DIR_OPTION
@one_line_errors("remove")
def remove(documents, data_dir):
    """Take documents (corpus file names or document IRIs) out of the corpus and the store.

    What only they stated goes: their mentions and provenance, the asserted triples no other
    document or curation states, the inferences that no longer follow; one commit, or nothing.
    """
    from ickg.build.ingest import remove as remove_documents

    folder = _data_dir(data_dir)
    clock = time.perf_counter()
    with talking("remove"):
        names = remove_documents(folder, documents)
    click.echo(f"ickg remove: removed {len(names)} document(s) in {time.perf_counter() - clock:.1f}s: "
               + ", ".join(names), err=True)


@cli.command()
@click.argument("document", required=False)
@DATA_DIR_OPTION
@click.option("--accept", "accepted", multiple=True, metavar="ID", help="Accept this proposal (repeatable).")
@click.option("--reject", "rejected", multiple=True, metavar="ID", help="Reject this proposal (repeatable).")
@click.option("--reason", default="", help="Why the proposals given with --reject are wrong (kept in the file).")
@click.option("--edit", "edited", metavar="ID",
              help="Accept this proposal with the corrections given by the options below.")
@click.option("--subject", help="With --edit: the subject's name, as the document writes it.")
@click.option("--object", "object_", metavar="TEXT", help="With --edit: the object's name (or value).")
@click.option("--object-class", metavar="CLASS", help="With --edit: the object's class (label or name).")
@click.option("--property", "property_", metavar="PROPERTY", help="With --edit: the property (label or name).")
@click.option("--quote", metavar="WORDS", help="With --edit: the words of the document that state it.")
@click.option("--build", "rebuild", is_flag=True, help="Rebuild after the decisions, so accepted statements are facts now.")
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="text: one proposal a line with its quote; json: the proposals as data.")
@one_line_errors("review")
def review(document, data_dir, accepted, rejected, reason, edited, subject, object_, object_class, property_,
           quote, rebuild, output_format):
    """List the machine's proposals for DOCUMENT (or every document open to them); accept, edit or reject.

    Proposals are statements extraction found in documents without a hand-written curation file;
    they stay out of the default answers until reviewed. A decision is written into the document's
    curation file (curation/<stem>.txt) in the curation format, so the git diff of curation/ is the
    review record: an accepted statement is checked like a hand-written one (quote in the text,
    domain and range) and becomes a curated fact with its quote at the next build; a rejected one
    is kept there so it is not proposed again.
    """
    import json

    from ickg.build.review import Edits, ReviewError, decide, pending_in

    folder = _data_dir(data_dir)
    edits = Edits(subject=subject, object=object_, object_class=object_class, property=property_, quote=quote)
    if edits.any() and not edited:
        raise click.UsageError("--subject, --object, --object-class, --property and --quote go with --edit ID")
    actions = [("accept", pid) for pid in accepted] + [("reject", pid) for pid in rejected]
    if edited:
        actions.append(("edit", edited))
    try:
        if actions:
            if document is None:
                raise click.UsageError("name the DOCUMENT whose proposals you decide")
            for decision in decide(folder, document, actions, edits=edits, reason=reason):
                click.echo(f"{decision.action} {decision.proposal.id} -> {decision.path}")
            if rebuild:
                from ickg.build.publish import publish

                publish(folder, release=False, command="review")
                click.echo("rebuilt: accepted statements are curated facts now")
            else:
                click.echo("run 'ickg build' to make accepted statements facts")
            return
        found = pending_in(folder, document)
    except ReviewError as error:
        raise click.ClickException(str(error)) from None
    if output_format == "json":
        click.echo(json.dumps([{"document": record.file_name, "proposals": [p.as_json(record.text) for p in props]}
                               for record, props in found], ensure_ascii=False, indent=1))
        return
    from ickg.iris import compact

    for record, props in found:
        click.echo(f"corpus/{record.file_name}: {len(props)} proposals to review (machine-extracted, unreviewed)")
        for p in props:
            obj = p.object.get("label", p.object.get("value"))
            click.echo(f"  {p.id}  {p.confidence:.2f}  {p.subject.get('label')} | "
                       f"{compact(p.predicate) or p.predicate} | {obj}")
            start, end = p.quotes[0]
            click.echo(f"      \"{' '.join(record.text[start:end].split())}\" [{start}-{end}] {p.source}")


def query_text(argument: str) -> str:
    """The query ``ickg query`` runs: a file's text, or ``argument`` itself when it is query text.

    Decided before any parsing, so a mistyped file name reads "file not found: NAME" rather than
    "not valid SPARQL": an argument on one line without spaces or braces that ends in .rq/.sparql
    or names a path (has a "/") is a file name.
    """
    path = Path(argument)
    looks_like_file = ("\n" not in argument and "{" not in argument and " " not in argument.strip()
                       and (argument.endswith((".rq", ".sparql")) or "/" in argument or path.exists()))
    if not looks_like_file:
        return argument
    if not path.is_file():
        raise click.ClickException(f"file not found: {argument}")
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise click.ClickException(f"{argument}: cannot be read: {error}") from None


@cli.command()
@click.argument("query")
@DATA_DIR_OPTION
@click.option("--format", "output_format", type=click.Choice(["table", "json", "csv"]), default="table",
              show_default=True, help="table: aligned text with compact IRIs; json: SPARQL results JSON; csv.")
@click.option("--no-infer", is_flag=True, help="Leave the inferred graph out of the default graph.")
@click.option("--extracted", is_flag=True,
              help="Include the machine's unreviewed proposals (left out unless asked for; see ickg review).")
@click.option("--timeout", type=float, default=settings.COMMAND_QUERY_TIMEOUT, show_default=True,
              help="Seconds before the query is stopped.")
def query(query, data_dir, output_format, no_infer, extracted, timeout):
    """Run a SPARQL query (a .rq file or the query text) against the built store.

    ickg's prefixes (ickg:, id:, skos:...) need no PREFIX line, and IRIs can be written as this
    command prints them (id:jurisdiction/quebec).
    """
    from ickg.api import QueryError, run_query

    text = query_text(query)
    try:
        click.echo(run_query(_data_dir(data_dir), text, output_format=output_format,
                             infer=not no_infer, timeout=timeout, extracted=extracted), nl=False)
    except QueryError as error:
        raise click.ClickException(str(error)) from None


@cli.command()
@click.argument("subject")
@click.argument("predicate")
@click.argument("object")
@DATA_DIR_OPTION
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="text: the explanation in words; json: as data.")
def explain(subject, predicate, object, data_dir, output_format):
    """Why the graph holds SUBJECT PREDICATE OBJECT: rule, premises, evidence quotes.

    Terms are IRIs (<...> optional) or prefixed names (ickg:locatedIn, id:program/prisma, a for
    rdf:type). Reads the built store in the data directory.
    """
    import json

    from ickg.explain.explanation import UnknownTerm, explain as explain_triple, parse_term, render_text
    from ickg.store import StoreError, current_version, open_local, store_dir

    try:
        triple = [parse_term(x) for x in (subject, predicate, object)]
    except UnknownTerm as error:
        raise click.ClickException(str(error)) from None
    from ickg.build.datadir import recover_if_idle

    recover_if_idle(_data_dir(data_dir))
    root = store_dir(_data_dir(data_dir))
    if current_version(root) is None:
        raise click.ClickException(f"no built store under {root}: run `ickg build` first")
    try:
        store = open_local(root)
        explanation = explain_triple(store, *triple)
    except StoreError as error:
        raise click.ClickException(str(error)) from None
    if output_format == "json":
        click.echo(json.dumps(explanation, indent=2, ensure_ascii=False))
    else:
        click.echo(render_text(explanation))
    if explanation["status"] == "absent":
        raise SystemExit(1)


@cli.command(name="import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=str))
@DATA_DIR_OPTION
@click.option("--no-build", is_flag=True, help="Only copy the file into imports/; build later.")
@click.option("--replace", is_flag=True,
              help="Replace a different file already imported under the same name (same graph).")
def import_(file, data_dir, no_build, replace):
    """Add an RDF or OWL FILE (any ontology or data set) in its own named graph; reasoning covers it.

    The file is checked, copied into the data directory's imports/ folder and the store rebuilt:
    its triples go into graph/import/<file stem>, and the OWL 2 RL closure is recomputed over
    ontology + asserted + imported graphs. Nothing is fetched: owl:imports of ontologies that are
    not imported too are left out (with a warning), and a JSON-LD context that names another
    document is refused.
    """
    from ickg.build.imports import ImportError_, import_file

    try:
        result = import_file(_data_dir(data_dir), file, build=not no_build, replace=replace)
    except ImportError_ as error:
        raise click.ClickException(str(error)) from None
    for warning in result.warnings:
        click.echo(f"warning: {warning}", err=True)
    click.echo(f"{result.triples} triples -> <{result.graph}> ({result.path})")
    if result.build is not None and result.build.reasoning is not None:
        click.echo(f"{len(result.build.reasoning.inferred_triples)} inferred triples after the rebuild")
