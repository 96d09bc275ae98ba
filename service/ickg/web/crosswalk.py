"""The crosswalk: every SKOS mapping between the typologies of integration, as a scheme × scheme
matrix of counts and as a table (and CSV) of the mappings with their type, confidence and
justification. The pages are routes of :mod:`ickg.web.pages`; a scheme's own page lists its
mappings from :func:`mappings_of_scheme`.
"""

from __future__ import annotations

from ickg.iris import SKOS
from ickg.web import queries as vq
from ickg.web.links import Labeller, scheme_names, words_for

RELATIONS = {
    SKOS + "exactMatch": "exact match", SKOS + "closeMatch": "close match", SKOS + "broadMatch": "broader match",
    SKOS + "narrowMatch": "narrower match", SKOS + "relatedMatch": "related match",
}
# How a mapping was made (SEMAPV's mapping justifications), in words.
JUSTIFICATIONS = {
    "https://w3id.org/semapv/vocab/ManualMappingCuration": "curated by hand",
    "https://w3id.org/semapv/vocab/LexicalMatching": "matched by label",
    "https://w3id.org/semapv/vocab/LogicalReasoning": "found by reasoning",
    "https://w3id.org/semapv/vocab/SemanticSimilarityThresholdMatching": "by semantic similarity",
    "https://w3id.org/semapv/vocab/UnspecifiedMatching": "unspecified",
}
CSV_COLUMNS = ("subject_label", "subject_scheme", "predicate", "object_label", "object_scheme", "confidence",
               "justification", "comment", "subject_id", "predicate_id", "object_id", "mapping_justification")


def justification_words(iri: str | None) -> str:
    """A SEMAPV justification in words ("curated by hand")."""
    if not iri:
        return ""
    return JUSTIFICATIONS.get(iri) or words_for(iri)


def comment_words(comment: str | None) -> str:
    """A mapping's comment without the curation file's "why:" lead-in (the column says so)."""
    text = (comment or "").strip()
    if text.lower().startswith("why:"):
        text = text[4:].strip()
    return text[:1].upper() + text[1:] if text else ""


def all_mappings() -> list[dict]:
    """Every stated mapping between two schemes, labelled, once each (per store version)."""
    def compute():
        labeller = Labeller()
        rows = vq.crosswalk_mappings()
        for r in rows:
            for key in ("source", "target", "ss", "ts"):
                labeller.want(r[key])
        labeller.fetch()
        names = scheme_names()
        seen = {}
        for r in rows:
            key = (r["source"].value, r["rel"].value, r["target"].value)
            item = seen.get(key)
            if item is not None and (item["comment"] or not r.get("comment")):
                continue
            conf = r.get("conf")
            seen[key] = {
                "source": r["source"].value, "source_label": labeller.bare(r["source"]),
                "source_scheme": r["ss"].value, "source_scheme_name": names.get(r["ss"].value) or labeller(r["ss"]),
                "rel": r["rel"].value, "rel_name": RELATIONS[r["rel"].value],
                "target": r["target"].value, "target_label": labeller.bare(r["target"]),
                "target_scheme": r["ts"].value, "target_scheme_name": names.get(r["ts"].value) or labeller(r["ts"]),
                "confidence": float(conf.value) if conf is not None else None,
                "comment": comment_words(r["comment"].value if r.get("comment") else None),
                "justification": r["just"].value if r.get("just") else None,
                "justification_words": justification_words(r["just"].value if r.get("just") else None),
            }
        return sorted(seen.values(), key=lambda m: (m["source_scheme_name"].lower(), m["source_label"].lower(),
                                                     list(RELATIONS).index(m["rel"]), m["target_label"].lower()))
    return vq.memo("crosswalk", compute)


def schemes_in(mappings: list[dict]) -> list[tuple[str, str]]:
    """[(scheme IRI, short name)] of the schemes the mappings join, by name."""
    found = {}
    for m in mappings:
        found[m["source_scheme"]] = m["source_scheme_name"]
        found[m["target_scheme"]] = m["target_scheme_name"]
    return sorted(found.items(), key=lambda kv: kv[1].lower())


def matrix(mappings: list[dict]) -> dict[tuple[str, str], dict]:
    """{(scheme A, scheme B): {"n", "relations": {name: n}}}, symmetric: a mapping counts in both cells."""
    cells: dict[tuple[str, str], dict] = {}
    for m in mappings:
        for a, b in ((m["source_scheme"], m["target_scheme"]), (m["target_scheme"], m["source_scheme"])):
            cell = cells.setdefault((a, b), {"n": 0, "relations": {}})
            cell["n"] += 1
            cell["relations"][m["rel_name"]] = cell["relations"].get(m["rel_name"], 0) + 1
            if a == b:
                break
    return cells


def select(mappings: list[dict], *, scheme: str | None = None, other: str | None = None,
           relation: str | None = None, min_confidence: float | None = None) -> list[dict]:
    """The mappings touching ``scheme`` (and ``other``), of one relation, at least so confident."""
    out = []
    for m in mappings:
        ends = {m["source_scheme"], m["target_scheme"]}
        if scheme and scheme not in ends:
            continue
        if other and (other not in ends or (other == scheme and m["source_scheme"] != m["target_scheme"])):
            continue
        if relation and relation not in (m["rel"], m["rel_name"], m["rel"].rsplit("#", 1)[-1]):
            continue
        if min_confidence is not None and (m["confidence"] is None or m["confidence"] < min_confidence):
            continue
        out.append(m)
    return out


def mappings_of_scheme(scheme: str) -> list[dict]:
    """The mappings from or to the concepts of ``scheme``, with ``scheme``'s concept on the left."""
    out = []
    for m in select(all_mappings(), scheme=scheme):
        if m["source_scheme"] != scheme:
            m = flipped(m)
        out.append(m)
    return out


INVERSE = {"exact match": "exact match", "close match": "close match", "broader match": "narrower match",
           "narrower match": "broader match", "related match": "related match"}


def flipped(m: dict) -> dict:
    """The same mapping read from its target's side (broader becomes narrower)."""
    out = dict(m)
    for a, b in (("source", "target"), ("source_label", "target_label"), ("source_scheme", "target_scheme"),
                 ("source_scheme_name", "target_scheme_name")):
        out[a], out[b] = m[b], m[a]
    out["rel_name"] = INVERSE[m["rel_name"]]
    return out


def csv_rows(mappings: list[dict]):
    """Rows of the CSV (SSSOM's columns, labels first), header included."""
    yield CSV_COLUMNS
    for m in mappings:
        yield (m["source_label"], m["source_scheme_name"], m["rel_name"], m["target_label"], m["target_scheme_name"],
               "" if m["confidence"] is None else f"{m['confidence']:g}", m["justification_words"], m["comment"],
               m["source"], m["rel"], m["target"], m["justification"] or "")


__all__ = ["all_mappings", "matrix", "schemes_in", "select", "mappings_of_scheme", "csv_rows", "justification_words",
           "comment_words", "RELATIONS"]
