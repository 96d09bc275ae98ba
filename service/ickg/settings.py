"""The settings of ``ickg serve`` and their defaults: one table, read by the web app's config,
the command line's ``--help`` and the README (``tests/test_docs.py`` keeps the README in step).

Each setting is a Flask config key (``ICKG_<KEY>`` in the environment: values are parsed as JSON
when they can be) and, for most, an option of ``ickg serve``. Later wins: the defaults here, the
environment, the options.

>>> DEFAULTS["QUERY_TIMEOUT"]
30.0
>>> help_text("MAX_ROWS")
'Most result rows returned, announced when hit; 0 for no cap [10000].'
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

MIB = 1024 * 1024


@dataclass(frozen=True)
class Setting:
    """One setting: its config key, default, what it does, and its ``ickg serve`` option."""

    key: str
    default: Any
    help: str
    option: str | None = None
    shown: str | None = None  # the default as --help and the README show it, when not str(default)
    environment: bool = True  # whether ICKG_<KEY> sets it (not for Python objects)

    @property
    def shown_default(self) -> str:
        return self.shown if self.shown is not None else str(self.default)


SETTINGS = (
    Setting("DATA_DIR", None, "Data directory (corpus/, curation/, imports/, release/, build/store/).",
            "--data-dir", "./graph_data if it exists, else ~/.local/share/ickg"),
    Setting("STORE_URL", None, "Query a remote SPARQL 1.1 endpoint instead of the local store.",
            "--store-url", "none"),
    Setting("UPDATE_URL", None, "The remote store's SPARQL Update endpoint.", "--update-url", "none"),
    Setting("GSP_URL", None, "The remote store's Graph Store Protocol endpoint.", "--gsp-url",
            "Oxigraph's /store, Virtuoso's /sparql-graph-crud-auth, else --store-url"),
    Setting("STORE_CREDENTIALS", None, "A file holding the remote store's login as one 'user:password' "
            "line (or set ICKG_STORE_USER and ICKG_STORE_PASSWORD); never in a URL or on the command line.",
            "--store-credentials", "none"),
    Setting("UPDATE_TOKEN", None, "Enable SPARQL Update for requests with 'Authorization: Bearer TOKEN'.",
            "--update-token", "none: read-only"),
    Setting("QUERY_TIMEOUT", 30.0, "Seconds a query may run before it is stopped.", "--timeout", "30"),
    Setting("MAX_ROWS", 10_000, "Most result rows returned, announced when hit; 0 for no cap.", "--max-rows"),
    Setting("CORS_ORIGIN", None, "Allow cross-origin reads from these origins ('*' or comma-separated).",
            "--cors-origin", "none"),
    Setting("BASE_URL", None, "The service's public URL (https://kg.example.org): redirects and the "
            "service description's endpoint are built on it. The Host header is never used.",
            "--base-url", "relative redirects; endpoint https://w3id.org/ickg/sparql"),
    Setting("THREADS", 16, "Requests served at once per process, cached answers aside.", "--threads"),
    Setting("QUERY_WORKERS", None, "Fast-lane query worker processes per server process.",
            "--query-workers", "one per core"),
    Setting("SLOW_QUERY_WORKERS", 4, "Slow-lane places per server process for queries that ran longer "
            "than --slow-after; when all are taken a slow query gets 503 at once.", "--slow-workers",
            "4; 0: no lane"),
    Setting("SLOW_AFTER", 0.25, "Seconds after which a query counts as slow and moves to the slow lane.",
            "--slow-after"),
    Setting("SLOW_PER_CLIENT", 0, "Slow-lane places one client address may hold at once (behind a "
            "reverse proxy every client has the proxy's address).", "--slow-per-client", "0: no limit"),
    Setting("MAX_ANSWER_BYTES", 32 * MIB, "Largest answer sent, e.g. 32M; a larger one fails with 507.",
            "--max-answer-size", "32M; 0: no cap"),
    Setting("WORKER_MEMORY", 512 * MIB, "Memory (RLIMIT_DATA) of each query worker, e.g. 512M; a query "
            "that needs more fails with 507.", "--worker-memory", "512M; 0: no limit"),
    Setting("MAX_CONTENT_LENGTH", MIB, "Largest request body, in bytes.", None, "1 MiB"),
    Setting("MAX_QUERY_LENGTH", 200_000, "Longest query or update text, in characters.", None),
    Setting("CACHE_BYTES", 64 * MIB, "Memory for cached answers, keyed by store version; 0 disables.",
            None, "64 MiB"),
    Setting("STORE", None, "A store object from ickg.store, used as it is (tests, embedding).", None, "none",
            environment=False),
)

BY_KEY = {s.key: s for s in SETTINGS}
DEFAULTS = {s.key: s.default for s in SETTINGS}

# Commands that query once from the command line wait longer than the endpoint: `ickg query` and
# ickg.open() (a person waiting, not a server protecting its cores).
COMMAND_QUERY_TIMEOUT = 60.0


def help_text(key: str) -> str:
    """The ``--help`` line of a setting's option: what it does and, in brackets, its default."""
    setting = BY_KEY[key]
    return f"{setting.help.rstrip('.')} [{setting.shown_default}]."


def markdown_table() -> str:
    """The settings as the README's table (between its ``<!-- settings -->`` markers)."""
    lines = ["| option | environment | default | what it does |", "|---|---|---|---|"]
    for s in SETTINGS:
        option = f"`{s.option}`" if s.option else ""
        environment = f"`ICKG_{s.key}`" if s.environment else f"(Python: `{s.key}`)"
        lines.append(f"| {option} | {environment} | {s.shown_default} | {s.help} |")
    return "\n".join(lines) + "\n"


def default_data_dir() -> Path:
    """``./graph_data`` when it exists here, else ``$XDG_DATA_HOME/ickg`` (``~/.local/share/ickg``)."""
    here = Path.cwd() / "graph_data"
    if here.is_dir():
        return here
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share") / "ickg"
