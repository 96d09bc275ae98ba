"""HTTP to a remote SPARQL store: which store it is, how to log in to it, and errors that say what failed.

Credentials
    A store that wants a login (Virtuoso's ``/sparql-graph-crud-auth`` and ``/sparql-auth`` ask
    for HTTP digest auth; a proxy in front of Fuseki or GraphDB may ask for basic auth) gets one
    from the environment, ``ICKG_STORE_USER`` and ``ICKG_STORE_PASSWORD``, or from a file named by
    ``--store-credentials`` or ``ICKG_STORE_CREDENTIALS`` holding one ``user:password`` line.
    Never from the command line or the URL (``http://user:pass@host/`` is refused): both show in
    ``ps`` to every user of the machine, and URLs end up in logs. The scheme, basic or digest, is
    the one the server's 401 asks for. Messages and logs name the URL without any userinfo, and
    :class:`Credentials` never prints its password.

Errors
    :class:`RemoteUnavailable` (the store cannot be reached, or answered 502/503: HTTP 502 in
    front of it), :class:`RemoteTimeout` (no answer in time: 504), :class:`RemoteRefused` (it
    answered with an error status). Each message names the URL and, when there is one, the
    HTTP status and the start of the store's own message.
"""

from __future__ import annotations

import http.client
import os
import socket
import stat
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from ickg.store.errors import QueryTimeout, StoreError

ENV_USER = "ICKG_STORE_USER"
ENV_PASSWORD = "ICKG_STORE_PASSWORD"
ENV_CREDENTIALS = "ICKG_STORE_CREDENTIALS"
RETRY_STATUSES = frozenset({429, 502, 503, 504})


class RemoteUnavailable(StoreError):
    """The remote store cannot be reached (refused, reset, DNS, or a 502/503 from it)."""

    http_status = 502


class RemoteTimeout(QueryTimeout):
    """The remote store did not answer in time."""

    http_status = 504


class RemoteRefused(StoreError):
    """The remote store answered with an error status (``status``); ``body`` is its message."""

    http_status = 502

    def __init__(self, message, status=None, body=b"", headers=None):
        super().__init__(message)
        self.status = status
        self.body = body
        self.headers = headers


class CredentialsError(StoreError):
    """Credentials were asked for in a way ickg refuses, or their file cannot be used."""


@dataclass(frozen=True)
class Credentials:
    user: str
    password: str

    def __repr__(self):
        return f"Credentials(user={self.user!r}, password='***')"

    __str__ = __repr__


def credentials_from(file: str | os.PathLike | None = None, env=None) -> Credentials | None:
    """The store credentials: from ``file`` (or ``$ICKG_STORE_CREDENTIALS``), else from
    ``$ICKG_STORE_USER``/``$ICKG_STORE_PASSWORD``, else None.

    Raises:
        CredentialsError: a file that cannot be read or holds no ``user:password`` line, a user
            without a password (the message names the file or variable, never the secret).
    """
    env = os.environ if env is None else env
    file = file or env.get(ENV_CREDENTIALS)
    if file:
        path = Path(file).expanduser()
        try:
            text = path.read_text(encoding="utf-8")
            mode = path.stat().st_mode
        except OSError as err:
            raise CredentialsError(f"store credentials file {path}: {err.strerror}") from None
        lines = [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
        if not lines or ":" not in lines[0]:
            raise CredentialsError(f"store credentials file {path}: expected one line 'user:password'")
        user, password = lines[0].split(":", 1)
        if mode & (stat.S_IRWXG | stat.S_IRWXO):
            import warnings

            warnings.warn(f"store credentials file {path} can be read by other users (chmod 600 it)", stacklevel=2)
        return Credentials(user, password)
    user = env.get(ENV_USER)
    if user:
        password = env.get(ENV_PASSWORD)
        if password is None:
            raise CredentialsError(f"{ENV_USER} is set but {ENV_PASSWORD} is not")
        return Credentials(user, password)
    return None


def refuse_userinfo(url: str, what: str = "--store-url") -> str:
    """``url`` when it carries no ``user:password@``; else CredentialsError saying where they go."""
    parts = urllib.parse.urlsplit(url)
    if parts.username is not None or parts.password is not None:
        raise CredentialsError(
            f"{what}: put the store's user and password in {ENV_USER}/{ENV_PASSWORD} or in a file named by "
            f"--store-credentials, not in the URL (a URL shows in process lists and logs): {redact(url)}")
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise CredentialsError(f"{what}: not an http(s) URL: {redact(url)}")
    return url


def redact(url: str) -> str:
    """``url`` without its userinfo, for messages and logs."""
    parts = urllib.parse.urlsplit(url)
    if parts.username is None and parts.password is None:
        return url
    host = parts.hostname or ""
    if parts.port:
        host += f":{parts.port}"
    return urllib.parse.urlunsplit((parts.scheme, host, parts.path, parts.query, parts.fragment))


def is_loopback(url: str) -> bool:
    """Whether ``url``'s host is this machine (where the store's own bulk loader can be run)."""
    host = (urllib.parse.urlsplit(url).hostname or "").lower()
    return host in ("localhost", "127.0.0.1", "::1") or host.startswith("127.")


class _BasicAuth(urllib.request.HTTPBasicAuthHandler):
    """Basic auth that leaves a Digest challenge to the digest handler (urllib's raises ValueError)."""

    def http_error_401(self, req, fp, code, msg, headers):
        challenges = " ".join(headers.get_all("www-authenticate") or ()).lower()
        if "basic" not in challenges:
            return None
        return super().http_error_401(req, fp, code, msg, headers)


class _DigestAuth(urllib.request.HTTPDigestAuthHandler):
    """Digest auth whose count of tries starts again with every request.

    urllib's handler resets its count only when the retried request succeeds; one that ends in
    an error status (a GSP DELETE of a graph not there yet: 404) leaves it counted, and after
    six such requests every later one fails with "digest auth failed" without being sent.
    """

    def http_error_401(self, req, fp, code, msg, headers):
        try:
            return super().http_error_401(req, fp, code, msg, headers)
        finally:
            self.reset_retry_count()


class RemoteHTTP:
    """One store's HTTP client: an opener that answers basic and digest challenges."""

    def __init__(self, credentials: Credentials | None = None, *, timeout: float = 60.0):
        self.credentials = credentials
        self.timeout = timeout
        self._manager = urllib.request.HTTPPasswordMgrWithDefaultRealm()
        self._sites: set[str] = set()
        handlers = []
        if credentials is not None:
            handlers = [_BasicAuth(self._manager), _DigestAuth(self._manager)]
        self._opener = urllib.request.build_opener(*handlers)

    def request(self, method: str, url: str, *, data: bytes | None = None, headers: dict | None = None,
                timeout: float | None = None) -> tuple[int, http.client.HTTPMessage, bytes]:
        """(status, headers, body) of one request; errors as :class:`RemoteUnavailable`,
        :class:`RemoteTimeout` or :class:`RemoteRefused`, each naming ``method`` and the URL."""
        timeout = self.timeout if timeout is None else timeout
        shown = redact(url.split("?", 1)[0])
        if self.credentials is not None:
            parts = urllib.parse.urlsplit(url)
            site = f"{parts.scheme}://{parts.netloc}/"
            if site not in self._sites:  # the login is for the store's site only
                self._manager.add_password(None, site, self.credentials.user, self.credentials.password)
                self._sites.add(site)
        request = urllib.request.Request(url, data=data, method=method, headers=headers or {})
        try:
            with self._opener.open(request, timeout=timeout) as response:
                return response.status, response.headers, response.read()
        except urllib.error.HTTPError as err:
            try:
                body = err.read()
            except (OSError, http.client.HTTPException):
                body = b""
            snippet = " ".join(body[:300].decode("utf-8", errors="replace").split())
            message = f"{method} {shown}: HTTP {err.code} {err.reason}" + (f": {snippet}" if snippet else "")
            if err.code == 401:
                message += (f" (the store wants a login: set {ENV_USER} and {ENV_PASSWORD}, or --store-credentials)"
                            if self.credentials is None else " (the store refused the credentials given)")
            if err.code in (502, 503):
                raise RemoteUnavailable(message) from None
            if err.code == 504:
                raise RemoteTimeout(message) from None
            raise RemoteRefused(message, err.code, body, err.headers) from None
        except urllib.error.URLError as err:
            reason = err.reason
            if isinstance(reason, (TimeoutError, socket.timeout)):
                raise RemoteTimeout(f"{method} {shown}: no answer in {timeout:.0f} s") from None
            raise RemoteUnavailable(f"{method} {shown}: cannot reach the store ({reason})") from None
        except (TimeoutError, socket.timeout):
            raise RemoteTimeout(f"{method} {shown}: no answer in {timeout:.0f} s") from None
        except (ConnectionError, http.client.HTTPException) as err:
            raise RemoteUnavailable(f"{method} {shown}: the connection failed ({type(err).__name__}: {err})") from None


def detect_kind(http: RemoteHTTP, url: str) -> str:
    """The kind of store serving ``url``, from the ``Server`` header of its site root's answer."""
    parts = urllib.parse.urlsplit(url)
    root = urllib.parse.urlunsplit((parts.scheme, parts.netloc, "/", "", ""))
    try:
        _, headers, _ = http.request("GET", root, headers={"Accept": "text/html"}, timeout=min(http.timeout, 30))
    except RemoteRefused as err:  # a 404 or 401 still says who answered
        headers = err.headers
    return store_kind(headers.get("Server") if headers is not None else None)


def store_kind(server_header: str | None) -> str:
    """``"oxigraph"``, ``"virtuoso"`` or ``"generic"``, from a response's ``Server`` header."""
    value = (server_header or "").lower()
    if value.startswith("oxigraph"):
        return "oxigraph"
    if value.startswith("virtuoso"):
        return "virtuoso"
    return "generic"


def default_urls(kind: str, query_url: str, *, authenticated: bool) -> dict:
    """The update and Graph Store Protocol URLs a store of ``kind`` has beside ``query_url``.

    Oxigraph: ``/query``, ``/update`` and ``/store``. Virtuoso: ``/sparql``, and with a login
    ``/sparql-auth`` and ``/sparql-graph-crud-auth`` (digest auth), else ``/sparql-graph-crud``
    (which Virtuoso refuses unless its SPARQL user was granted writes). Other stores: no update
    URL, and the query URL for the Graph Store Protocol; say otherwise with --gsp-url/--update-url.
    """
    parts = urllib.parse.urlsplit(query_url)
    path = parts.path.rstrip("/")

    def beside(name):
        head = path.rsplit("/", 1)[0] if "/" in path else ""
        return urllib.parse.urlunsplit((parts.scheme, parts.netloc, f"{head}/{name}", "", ""))

    if kind == "oxigraph":
        return {"update": beside("update"), "gsp": beside("store")}
    if kind == "virtuoso":
        if authenticated:
            return {"update": beside("sparql-auth"), "gsp": beside("sparql-graph-crud-auth")}
        return {"update": None, "gsp": beside("sparql-graph-crud")}
    return {"update": None, "gsp": query_url}
