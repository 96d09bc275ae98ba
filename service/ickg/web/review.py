"""The machine's proposals on the pages, and the curator's review in the browser.

**On the pages.** With ``extracted=true`` a resource page (and a document's page) adds a section of
the proposals that name the resource or were found in the document, each marked
"machine-extracted, unreviewed" with its confidence, its quote and the rule that proposed it.
Without it, nothing of the proposals graphs shows (:data:`ickg.iris.EXTRACTED_GRAPHS`). The
resource templates include ``review/proposals.html``, which calls :func:`proposals_about`.

**Review.** When the service has an update token (``--update-token``), a curator on the same
machine signs in once at ``/review/login`` with it and the document page offers accept and reject
beside each proposal; a decision is written into the document's curation file
(:func:`ickg.build.review.decide`), as ``ickg review`` writes it, and takes effect at the next
build. The store stays read-only: nothing but the curation file changes. Guarded three ways:

- **token**: the sign-in sets an HttpOnly, ``SameSite=Strict`` cookie holding an HMAC of the token
  (never the token); or a client sends ``Authorization: Bearer <token>``;
- **loopback only**: every review request from another address than 127.0.0.1 or ::1 is refused;
- **CSRF**: each form carries an HMAC of the session and the document that another site cannot
  read, a cross-site ``Origin`` or ``Sec-Fetch-Site`` is refused, and the cookie is not sent
  cross-site at all.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from urllib.parse import urlencode

from flask import Blueprint, Response, current_app, redirect, render_template, request, url_for

from ickg.iris import DCTERMS, ICKG, OA, PROPOSED_GRAPH, PROPOSED_PROVENANCE_GRAPH, PROV, RDF, RDFS
from ickg.web import queries as vq
from ickg.web.links import href

bp = Blueprint("review", __name__)

TRUE_VALUES = ("", "1", "true", "yes", "on")
COOKIE = "ickg_review"
LOOPBACK = ("127.0.0.1", "::1", "::ffff:127.0.0.1")
MAX_PROPOSALS = 500


def extracted_requested() -> bool:
    """Whether the page was asked for with ``extracted=true``."""
    return request.args.get("extracted", "false").strip().lower() in TRUE_VALUES


# ---------------------------------------------------------------------------------------------
# Proposals on the pages


def _select(text: str) -> list[dict]:
    """Rows of a SELECT over the whole store, proposals included (cached per store version)."""
    return vq.select(text, extracted=True, limit_rows=MAX_PROPOSALS * 4)


def proposals_about(iri: str, *, always: bool = False) -> list[dict]:
    """The proposals that name ``iri`` (as subject or object) or were found in it (a document),
    grouped by proposal: id, subject/property/object with labels, confidence, rule, quotes.
    Empty unless the page was asked for with ``extracted=true`` (or ``always``)."""
    if not (always or extracted_requested()):
        return []
    ref = vq.iri_ref(iri)
    # each quote is a target of the annotation, its words its document's text at its offsets
    # (ickg.curate.proposals); a document's page shows the quotes found in it
    rows = _select(f"""SELECT ?id ?s ?p ?o ?sl ?ol ?conf ?rule ?start ?end ?doc ?hedge WHERE {{
  GRAPH <{PROPOSED_PROVENANCE_GRAPH}> {{
    {{ ?st <{RDF}subject> {ref} }} UNION {{ ?st <{RDF}object> {ref} }}
    UNION {{ ?quote <{OA}hasSource> {ref} . ?ann <{OA}hasTarget> ?quote }}
    ?ann <{OA}hasBody> ?st ; <{ICKG}confidence> ?conf ;
         <{DCTERMS}identifier> ?id ; <{PROV}wasAttributedTo> ?agent ; <{OA}hasTarget> ?quote .
    ?quote <{OA}hasSource> ?doc ; <{OA}start> ?start ; <{OA}end> ?end .
    ?agent <{RDFS}label> ?rule .
    ?st <{RDF}subject> ?s ; <{RDF}predicate> ?p ; <{RDF}object> ?o .
    OPTIONAL {{ ?ann <{ICKG}hedgeCue> ?hedge }}
  }}
  OPTIONAL {{ GRAPH <{PROPOSED_GRAPH}> {{ ?s <{RDFS}label> ?sl }} }}
  OPTIONAL {{ GRAPH <{PROPOSED_GRAPH}> {{ ?o <{RDFS}label> ?ol }} }}
}} ORDER BY DESC(?conf) ?id ?start LIMIT {MAX_PROPOSALS * 4}""")
    found: dict[str, dict] = {}
    for row in vq.with_quotes(rows):
        pid = row["id"].value
        item = found.get(pid)
        if item is None:
            item = found[pid] = {"id": pid, "s": row["s"], "p": row["p"], "o": row["o"],
                                 "s_label": row["sl"].value if row.get("sl") else None,
                                 "o_label": row["ol"].value if row.get("ol") else None,
                                 "confidence": float(row["conf"].value), "rule": row["rule"].value,
                                 "doc": row["doc"], "quotes": []}
        quote = {"exact": row["exact"].value, "start": int(row["start"].value), "end": int(row["end"].value),
                 "hedge": row["hedge"].value if row.get("hedge") else None, "doc": row["doc"]}
        if quote not in item["quotes"]:
            item["quotes"].append(quote)
    out = list(found.values())[:MAX_PROPOSALS]
    session = review_session()
    stem = _document_stem(iri)
    if session and stem is not None:  # decided since the last build: no longer offered
        decided = _decided(stem)
        out = [item for item in out if item["id"] not in decided]
        for item in out:
            item["csrf"] = _csrf(session, stem)
            item["stem"] = stem
    return out


def proposals_exist(iri: str) -> bool:
    """Whether a proposal names ``iri`` (a thing only proposals know has a page with extracted=true)."""
    ref = vq.iri_ref(iri)
    rows = _select(f"""SELECT ?x WHERE {{ GRAPH <{PROPOSED_GRAPH}> {{
  {{ {ref} ?p ?o }} UNION {{ ?s ?p {ref} }} BIND(1 AS ?x) }} }} LIMIT 1""")
    return bool(rows)


def _document_stem(iri: str) -> str | None:
    from urllib.parse import unquote

    from ickg.iris import ID

    prefix = ID + "document/"
    return unquote(iri[len(prefix):]) if iri.startswith(prefix) else None


def _data_dir():
    from ickg.settings import default_data_dir

    if current_app.config.get("STORE_URL") or current_app.config.get("STORE") is not None:
        return None
    return current_app.config.get("DATA_DIR") or default_data_dir()


def _decided(stem: str) -> set[str]:
    from ickg.build.paths import curation_dir
    from ickg.curate.proposals import review_state

    return review_state(curation_dir(_data_dir()), stem).decided


# ---------------------------------------------------------------------------------------------
# The guard


def _token() -> str | None:
    token = current_app.config.get("UPDATE_TOKEN")
    return str(token) if token else None


def _mac(*parts: str) -> str:
    key = (_token() or "").encode()
    return hmac.new(key, "\x1f".join(parts).encode(), hashlib.sha256).hexdigest()


def review_session() -> str | None:
    """The review session of this request (its cookie's value when valid), else None: no token
    configured, not from loopback, no data directory, or no valid cookie."""
    if not _token() or request.remote_addr not in LOOPBACK or _data_dir() is None:
        return None
    cookie = request.cookies.get(COOKIE, "")
    expected = _mac("review-session")
    return cookie if cookie and hmac.compare_digest(cookie, expected) else None


def _csrf(session: str, stem: str) -> str:
    return _mac("csrf", session, stem)


def _refusal(status: int, message: str) -> Response:
    return Response(message.rstrip("\n") + "\n", status=status, mimetype="text/plain")


def _guard() -> Response | None:
    """A refusal for a review request that may not go on, or None."""
    if not _token():
        return _refusal(403, "Review in the browser is disabled: the service has no update token.")
    if request.remote_addr not in LOOPBACK:
        return _refusal(403, "Review is open to the loopback interface only.")
    if _data_dir() is None:
        return _refusal(403, "Review needs the service's own data directory (not a remote store).")
    if request.method == "POST":
        site = request.headers.get("Sec-Fetch-Site")
        origin = request.headers.get("Origin")
        if site not in (None, "same-origin", "none") or (origin and origin.rstrip("/") != request.host_url.rstrip("/")):
            return _refusal(403, "Refused: a review request must come from this service's own pages.")
    return None


def _bearer_ok() -> bool:
    scheme, _, value = request.headers.get("Authorization", "").partition(" ")
    token = _token()
    return bool(token) and scheme.lower() == "bearer" and hmac.compare_digest(value.strip().encode(), token.encode())


def _local_path(target: str | None) -> str:
    """A path of this service to go back to (never another host)."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return url_for("review.login")
    return target


@bp.route("/review/login", methods=["GET", "POST"])
def login():
    refused = _guard()
    if refused is not None:
        return refused
    back = _local_path(request.values.get("next"))
    if request.method == "GET":
        return render_template("review/login.html", next=back, signed_in=review_session() is not None)
    given = request.form.get("token", "")
    if not hmac.compare_digest(given.encode(), (_token() or "").encode()):
        return render_template("review/login.html", next=back, error="That is not the update token."), 401
    response = redirect(back, code=303)
    response.set_cookie(COOKIE, _mac("review-session"), httponly=True, samesite="Strict",
                        secure=request.is_secure, path="/")
    return response


@bp.route("/review/logout", methods=["POST"])
def logout():
    refused = _guard()
    if refused is not None:
        return refused
    response = redirect(url_for("review.login"), code=303)
    response.delete_cookie(COOKIE, path="/")
    return response


@bp.route("/review/decide", methods=["POST"])
def decide():
    """Accept or reject one proposal of one document; back to the document page."""
    from ickg.build.review import ReviewError, decide as decide_proposal
    from ickg.mint import document_iri

    refused = _guard()
    if refused is not None:
        return refused
    stem = request.form.get("document", "")
    pid = request.form.get("id", "")
    action = request.form.get("action", "")
    if _bearer_ok():
        pass  # not a browser's ambient credential: no CSRF to fear
    else:
        session = review_session()
        if session is None:
            return _refusal(401, "Sign in at /review/login with the update token first.")
        if not hmac.compare_digest(request.form.get("csrf", ""), _csrf(session, stem)):
            return _refusal(403, "Refused: the form's check value is missing or wrong (reload the page).")
    if action not in ("accept", "reject"):
        return _refusal(400, "action must be accept or reject")
    try:
        decision, = decide_proposal(_data_dir(), stem, [(action, pid)],
                                    reason=request.form.get("reason", "") or "rejected in the browser review")
    except ReviewError as error:
        return _refusal(409, str(error))
    current_app.logger.info("review: %s %s of %s -> %s", decision.action, pid, stem, decision.path)
    page = href(str(document_iri(stem)))
    return redirect(page + "?" + urlencode({"extracted": "true", "decided": f"{decision.action} {pid}"})
                    + "#proposals", code=303)


def init_app(app) -> None:
    """Make :func:`proposals_about` and :func:`review_session` available to templates."""
    app.add_template_global(proposals_about, "proposals_about")
    app.add_template_global(review_session, "review_session")
    app.add_template_global(extracted_requested, "extracted_requested")


@bp.record_once
def _register(state) -> None:
    init_app(state.app)
