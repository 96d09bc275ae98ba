"""Extraction evaluation: how much of what a careful reader records does ``ickg extract`` find?

Runs ``ickg extract FILE --format json`` on every document of ``benchmarks/eval/documents/`` and
compares its report with the document's gold file (``benchmarks/eval/gold/<document>.json``),
printing precision, recall and F1 per kind (metadata fields, jurisdictions, concepts,
organizations, programs, populations, conditions, statements by predicate, hedges, evidence
pages) on the development and the test part of ``benchmarks/eval/split.json``. The matching rules
are written out in ``benchmarks/eval/README.md`` and implemented below, one function per rule.

The extractor is run through its command, in this process by default (click's runner invokes the
same ``ickg.cli`` command the console script does, without an interpreter start per file), or
with ``--subprocess`` as ``python -m ickg extract`` per file. A file the command refuses (a PDF
today) or a key the report lacks (``statements`` today) scores 0 for what it would have held,
and the reason is listed per document: nothing here crashes on what the extractor cannot do yet.

Usage:
    python benchmarks/score_extraction.py                   # both parts, one table each
    python benchmarks/score_extraction.py --part dev --details   # plus each document's misses
    python benchmarks/score_extraction.py --part train      # the documents written for tuning (train/)
    python benchmarks/score_extraction.py --json            # the figures as JSON (for CI)
    python benchmarks/score_extraction.py --subprocess      # one `python -m ickg extract` per file
    python benchmarks/score_extraction.py --check           # validate the gold files, score nothing
    python benchmarks/score_extraction.py --write-floors    # raise floors.json to today's figures
    python benchmarks/score_extraction.py --part train --miss-causes 5   # why statements are missed, by cause

Only the development part may be looked at while tuning the extractor (see the README).
"""

import argparse
import json
import math
import re
import subprocess
import sys
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
EVAL = HERE / "eval"
DOCUMENTS = EVAL / "documents"
GOLD = EVAL / "gold"
TRAIN = EVAL / "train"                 # documents written for tuning: train/documents, train/gold
SPLIT = EVAL / "split.json"
FLOORS = EVAL / "floors.json"
PLACEHOLDERS = EVAL / "placeholders.json"
ONTOLOGY_FILES = (ROOT / "ontology" / "ickg-edit.ttl", ROOT / "ontology" / "ickg-concepts.ttl")

PREFIXES = {
    "ickg": "https://w3id.org/ickg/ontology/",
    "scheme": "https://w3id.org/ickg/scheme/",
    "level": "https://w3id.org/ickg/scheme/level/",
    "qualifier": "https://w3id.org/ickg/scheme/qualifier/",
    "gken": "https://w3id.org/ickg/scheme/gken/",
    "policy-paper": "https://w3id.org/ickg/scheme/policy-paper/",
    "rainbow": "https://w3id.org/ickg/scheme/rainbow/",
    "kodner": "https://w3id.org/ickg/scheme/kodner/",
    "leutz": "https://w3id.org/ickg/scheme/leutz/",
    "fulop": "https://w3id.org/ickg/scheme/fulop/",
    "who-ipchs": "https://w3id.org/ickg/scheme/who-ipchs/",
    "selfie": "https://w3id.org/ickg/scheme/selfie/",
    "ccm": "https://w3id.org/ickg/scheme/ccm/",
    "breadth": "https://w3id.org/ickg/scheme/breadth/",
    "design": "https://w3id.org/ickg/scheme/study-design/",
    "evidence": "https://w3id.org/ickg/scheme/evidence-level/",
    "dimension": "https://w3id.org/ickg/scheme/policy-paper-design/",
    "org": "http://www.w3.org/ns/org#",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "fabio": "http://purl.org/spar/fabio/",
    "prism": "http://prismstandard.org/namespaces/basic/2.0/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "prov": "http://www.w3.org/ns/prov#",
}

# The kinds of the report, in the order they are printed; the entity kinds are read from gold
# ``entities`` and from the extractor's typed output.
ENTITY_KINDS = ("jurisdictions", "organizations", "programs", "populations", "conditions")
METADATA_FIELDS = ("title", "authors", "author_order", "date", "year", "journal", "publisher",
                   "volume", "issue", "pages", "doi", "pmid", "pmcid", "type")
HEADLINE_KINDS = ("metadata", "jurisdictions", "concepts", "organizations", "programs",
                  "populations", "conditions", "populations+conditions", "statements", "hedges",
                  "evidence_pages")
FORMATS = {".txt": "text", ".html": "html", ".xml": "xml", ".pdf": "pdf"}
# Statements at or above the confidence cut-off chosen on the train part (benchmarks/confidence_model.py
# --write puts it in the extractor's statement_confidence.json): what a curator who filters at it would see.
CUT_KIND = "statements at cut-off"


def expand(name):
    """A full IRI for a CURIE of :data:`PREFIXES` (``ickg:Program``); a full IRI is returned as is."""
    if name is None or "://" in name:
        return name
    prefix, sep, local = name.partition(":")
    if sep and prefix in PREFIXES:
        return PREFIXES[prefix] + local
    return name


def compact(iri):
    """The shortest CURIE of :data:`PREFIXES` for ``iri`` (for printing)."""
    best = iri
    for prefix, namespace in PREFIXES.items():
        if iri.startswith(namespace) and len(iri) - len(namespace) + len(prefix) + 1 < len(best):
            best = f"{prefix}:{iri[len(namespace):]}"
    return best


# --- normalisation and matching rules ---------------------------------------------------------

_SPELLING = [(re.compile(p), r) for p, r in (
    (r"isation", "ization"), (r"is(e|es|ed|ing)$", r"iz\1"), (r"yse([sd]?)$", r"yze\1"),
    (r"centre", "center"), (r"programme", "program"), (r"^(.{3,})our(s?)$", r"\1or\2"),
    (r"^(.{3,})ae", r"\1e"))]


@lru_cache(maxsize=100_000)
def _word_key(word):
    if word.endswith("'s"):
        word = word[:-2]
    if len(word) > 3:
        if word.endswith("ies") and len(word) > 4:
            word = word[:-3] + "y"
        elif word.endswith(("sses", "xes", "ches", "shes")):
            word = word[:-2]
        elif word.endswith("s") and not word.endswith(("ss", "us", "is")):
            word = word[:-1]
    for pattern, replacement in _SPELLING:
        word = pattern.sub(replacement, word)
    return word


def _fold(text):
    text = unicodedata.normalize("NFKD", str(text))
    return "".join(c for c in text if not unicodedata.combining(c)).casefold().replace("’", "'")


@lru_cache(maxsize=100_000)
def label_key(label):
    """A label as a tuple of word keys: case, accents, punctuation, a leading article, plurals and
    British/American spelling do not count ("The care groups" = "care group")."""
    words = re.findall(r"[a-z0-9]+(?:'[a-z]+)?", re.sub(r"[-‐‑‒–—/_]", " ", _fold(label)))
    while words and words[0] in ("the", "a", "an"):
        words.pop(0)
    return tuple(_word_key(w) for w in words)


def _contains(longer, shorter):
    n = len(shorter)
    return any(longer[i:i + n] == shorter for i in range(len(longer) - n + 1))


def labels_match(predicted, gold):
    """Rule L: two labels match when their keys are equal, or when the shorter one's words occur
    in a row in the longer one and make up at least half of its words ("Esther" and "Esther
    network" do; "Canterbury" and "Canterbury District Health Board" do not)."""
    p, g = label_key(predicted), label_key(gold)
    if not p or not g:
        return False
    if p == g:
        return True
    short, long_ = (p, g) if len(p) <= len(g) else (g, p)
    return len(short) * 2 >= len(long_) and _contains(long_, short)


def any_label_match(predicted_labels, gold_labels, exact=False):
    for p in predicted_labels:
        for g in gold_labels:
            if p and g and (label_key(p) == label_key(g) if exact else labels_match(p, g)):
                return True
    return False


@lru_cache(maxsize=100_000)
def quote_key(text):
    """Letters and digits only, folded: line breaks, hyphenation, quotes and spacing do not count.
    Cached: the miss causes compare every missed gold statement's quote with every prediction's,
    folding the same few hundred quotes of a document tens of thousands of times."""
    return re.sub(r"[^a-z0-9]", "", _fold(text))


def quotes_match(predicted, gold):
    """Rule Q: a predicted quote matches a gold quote when one contains the other (as letters and
    digits), and a containing prediction is at most twice the gold quote plus 200 characters long
    (a whole paragraph does not count as the evidence of one fact); or, for a plain-text document,
    when their offsets overlap by at least half of the shorter span."""
    p, g = quote_key(predicted.get("quote") or ""), quote_key(gold["quote"])
    if p and g:
        if p in g:
            return True
        if g in p and len(p) <= 2 * len(g) + 200:
            return True
    ps, pe, gs, ge = predicted.get("start"), predicted.get("end"), gold.get("start"), gold.get("end")
    if all(isinstance(v, int) for v in (ps, pe, gs, ge)):
        overlap = min(pe, ge) - max(ps, gs)
        return overlap > 0 and overlap * 2 >= min(pe - ps, ge - gs)
    return False


def spans_overlap(a, b):
    return a[0] < b[1] and b[0] < a[1]


# --- the ontology: classes, properties, labels --------------------------------------------------

@dataclass
class Ontology:
    """What matching needs from ickg-edit.ttl, ickg-concepts.ttl and the placeholders."""

    superclasses: dict = field(default_factory=dict)     # IRI -> set of direct superclasses
    superproperties: dict = field(default_factory=dict)  # IRI -> set of direct superproperties
    inverse_of: dict = field(default_factory=dict)       # declared inverse IRI -> canonical IRI
    labels: dict = field(default_factory=dict)           # IRI -> list of labels
    classes: set = field(default_factory=set)
    properties: set = field(default_factory=set)
    concepts: set = field(default_factory=set)
    concept_types: dict = field(default_factory=dict)    # concept IRI -> set of class IRIs
    domains: dict = field(default_factory=dict)          # property IRI -> set of class IRIs
    ranges: dict = field(default_factory=dict)
    placeholders: dict = field(default_factory=dict)

    def ancestors(self, iri, table=None):
        table = self.superclasses if table is None else table
        seen, todo = {iri}, [iri]
        while todo:
            for parent in table.get(todo.pop(), ()):
                if parent not in seen:
                    seen.add(parent)
                    todo.append(parent)
        return seen

    def is_a(self, iri, ancestor):
        return ancestor in self.ancestors(iri)

    def compatible_types(self, a, b):
        """Rule T: equal, or one a subclass of the other (a care model is a program)."""
        if not a or not b:
            return True
        a, b = expand(a), expand(b)
        return a == b or self.is_a(a, b) or self.is_a(b, a)

    def canonical(self, predicate):
        """(canonical predicate, swapped): an inverse is read as its declared partner."""
        predicate = expand(predicate)
        if predicate in self.inverse_of:
            return self.inverse_of[predicate], True
        return predicate, False

    def predicates_match(self, predicted, gold):
        """Rule P: equal after reading inverses, or one a sub-property of the other."""
        return (predicted == gold or gold in self.ancestors(predicted, self.superproperties)
                or predicted in self.ancestors(gold, self.superproperties))

    def kind_of_type(self, type_iri):
        """Which entity kind a node of class ``type_iri`` belongs to, or None."""
        if not type_iri:
            return None
        type_iri = expand(type_iri)
        up = self.ancestors(type_iri)
        for kind, top in (("jurisdictions", "ickg:Jurisdiction"), ("organizations", "org:Organization"),
                          ("programs", "ickg:Program"), ("populations", "ickg:TargetPopulation"),
                          ("conditions", "ickg:ClinicalCondition")):
            if expand(top) in up:
                return kind
        return None


def _rdf_list(triples, head):
    rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    items = []
    while head and head != rdf + "nil":
        items += triples.get((head, rdf + "first"), [])
        rest = triples.get((head, rdf + "rest"), [])
        head = rest[0] if rest else None
    return items


@lru_cache(maxsize=1)
def load_ontology():
    import pyoxigraph as ox

    rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    rdfs = "http://www.w3.org/2000/01/rdf-schema#"
    owl = "http://www.w3.org/2002/07/owl#"
    skos = PREFIXES["skos"]
    triples = {}
    for path in ONTOLOGY_FILES:
        with open(path, "rb") as f:
            for t in ox.parse(f, format=ox.RdfFormat.TURTLE):
                s = t.subject.value
                o = t.object.value
                triples.setdefault((s, t.predicate.value), []).append(o)
    onto = Ontology()

    def classes_of(node):
        union = triples.get((node, owl + "unionOf"))
        return set(_rdf_list(triples, union[0])) if union else {node}

    for (s, p), objects in triples.items():
        if p == rdf + "type":
            for o in objects:
                if o == owl + "Class":
                    onto.classes.add(s)
                elif o in (owl + "ObjectProperty", owl + "DatatypeProperty", owl + "AnnotationProperty"):
                    onto.properties.add(s)
                elif o == skos + "Concept":
                    onto.concepts.add(s)
            onto.concept_types.setdefault(s, set()).update(o for o in objects if o != skos + "Concept")
        elif p == rdfs + "subClassOf":
            onto.superclasses.setdefault(s, set()).update(o for o in objects if not o.startswith("_:")
                                                          and "://" in o)
        elif p == rdfs + "subPropertyOf":
            onto.superproperties.setdefault(s, set()).update(objects)
        elif p == owl + "inverseOf":
            for o in objects:
                if onto.inverse_of.get(s) != o:  # a pair declared both ways keeps its first reading
                    onto.inverse_of[o] = s
        elif p in (rdfs + "label", skos + "prefLabel", skos + "altLabel"):
            onto.labels.setdefault(s, []).extend(objects)
        elif p == rdfs + "domain":
            for o in objects:
                onto.domains.setdefault(s, set()).update(classes_of(o))
        elif p == rdfs + "range":
            for o in objects:
                onto.ranges.setdefault(s, set()).update(classes_of(o))
    onto.concept_types = {k: v for k, v in onto.concept_types.items() if k in onto.concepts}
    # Blank-node keys from the parser are "_:..."-less in pyoxigraph's .value; drop non-IRIs.
    onto.classes = {c for c in onto.classes if "://" in c}
    placeholders = json.loads(PLACEHOLDERS.read_text(encoding="utf-8"))
    for curie, spec in placeholders.items():
        if curie.startswith("_"):
            continue
        iri = expand(curie)
        onto.placeholders[iri] = spec
        kind = spec["kind"]
        if kind == "class":
            onto.classes.add(iri)
            if spec.get("subclass_of"):
                onto.superclasses.setdefault(iri, set()).add(expand(spec["subclass_of"]))
        elif kind in ("object property", "datatype property"):
            onto.properties.add(iri)
            if spec.get("domain"):
                onto.domains[iri] = {expand(c) for c in spec["domain"]}
            if spec.get("range"):
                onto.ranges[iri] = {expand(c) for c in spec["range"]}
        elif kind == "concept":
            onto.concepts.add(iri)
            onto.concept_types[iri] = {expand(c) for c in spec.get("types", [])}
        onto.labels.setdefault(iri, []).extend(spec.get("labels", []))
    return onto


def _category_classes(onto):
    """Classes whose own name in a text ("programme", "barriers", "funding model") is the document
    using a category word, not naming a concept it discusses: mentions of them with one of their
    own labels are neither right nor wrong (rule C)."""
    tops = ["ickg:Program", "ickg:Jurisdiction", "ickg:Barrier", "ickg:Outcome", "ickg:TargetPopulation",
            "ickg:Context", "ickg:ContextMechanismOutcome", "ickg:Recommendation", "ickg:Study",
            "ickg:ResearchMethod", "ickg:CareSector", "ickg:ClinicalCondition", "ickg:SourceDocument",
            "ickg:EvidenceAnnotation", "ickg:MentionAnnotation", "ickg:InferenceRule"]
    words = {expand(c) for c in ("ickg:Mechanism", "ickg:Enabler", "ickg:MicroMechanism", "ickg:FundingModel",
                                 "ickg:IntegrationType", "ickg:IntegrationDegree", "ickg:IntegrationLevel",
                                 "ickg:ClaimQualifier", "ickg:StudyDesign", "ickg:Legislation")}
    for cls in onto.classes:
        if any(onto.is_a(cls, expand(t)) for t in tops):
            words.add(cls)
    return words


GENERIC_CONCEPT_CLASSES = {expand(c) for c in ("ickg:IntegrationType", "ickg:IntegrationDegree",
                                               "ickg:IntegrationLevel", "ickg:FundingModel", "ickg:Mechanism")}


# --- documents and gold ------------------------------------------------------------------------

def load_split():
    """split.json's dev and test parts, plus a ``train`` part: every document of train/documents
    (written for tuning, never part of the split; their styles from their gold files)."""
    split = json.loads(SPLIT.read_text(encoding="utf-8"))
    train = sorted(p.name for p in (TRAIN / "documents").glob("*") if p.is_file()) \
        if (TRAIN / "documents").is_dir() else []
    split["parts"]["train"] = train
    return split


def _train_names():
    folder = TRAIN / "documents"
    return {p.name for p in folder.glob("*")} if folder.is_dir() else set()


def document_path(name):
    """Where a document of any part lives (train documents under train/documents)."""
    return (TRAIN / "documents" / name) if name in _train_names() else DOCUMENTS / name


def gold_path(name):
    return (TRAIN / "gold" / f"{name}.json") if name in _train_names() else GOLD / f"{name}.json"


def load_gold(name):
    return json.loads(gold_path(name).read_text(encoding="utf-8"))


def document_format(name):
    return FORMATS.get(Path(name).suffix.lower(), "unknown")


def document_text(name):
    """The text a reader sees in a document, for checking gold quotes: the file for plain text,
    the character data for HTML and XML (markup and scripts dropped), the text layer per page for
    PDF (needs pypdf; None without it)."""
    path = document_path(name)
    fmt = document_format(name)
    if fmt == "text":
        return path.read_text(encoding="utf-8")
    if fmt == "html":
        from html.parser import HTMLParser

        class Visible(HTMLParser):
            def __init__(self):
                super().__init__(convert_charrefs=True)
                self.parts, self.skip = [], 0

            def handle_starttag(self, tag, attrs):
                if tag in ("script", "style"):
                    self.skip += 1

            def handle_endtag(self, tag):
                if tag in ("script", "style") and self.skip:
                    self.skip -= 1

            def handle_data(self, data):
                if not self.skip:
                    self.parts.append(data)

        parser = Visible()
        parser.feed(path.read_text(encoding="utf-8"))
        return " ".join(parser.parts)
    if fmt == "xml":
        import xml.etree.ElementTree as ET

        return " ".join(ET.parse(path).getroot().itertext())
    if fmt == "pdf":
        try:
            from pypdf import PdfReader
        except ImportError:
            return None
        return "\f".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    return None


def pdf_pages(name):
    try:
        from pypdf import PdfReader
    except ImportError:
        return None
    return [page.extract_text() or "" for page in PdfReader(str(document_path(name))).pages]


# --- running the extractor ---------------------------------------------------------------------

def run_extract(path, via="click"):
    """(report dict or None, reason or None) from ``ickg extract PATH --format json``."""
    args = ["extract", str(path), "--format", "json"]
    if via == "subprocess":
        try:
            done = subprocess.run([sys.executable, "-m", "ickg", *args], capture_output=True, text=True,
                                  timeout=120, cwd=ROOT)
        except subprocess.TimeoutExpired:
            return None, "command timed out after 120 s"
        code, out, err = done.returncode, done.stdout, done.stderr
    else:
        from click.testing import CliRunner

        from ickg.cli import cli

        result = CliRunner().invoke(cli, args)
        code, out, err = result.exit_code, result.stdout, result.stderr
        if result.exception is not None and not isinstance(result.exception, SystemExit):
            err = f"{type(result.exception).__name__}: {result.exception}"
    if code != 0:
        message = (err or out).strip().splitlines()
        return None, f"command failed (exit {code}): {message[-1] if message else 'no message'}"
    try:
        return json.loads(out), None
    except json.JSONDecodeError as error:
        return None, f"output is not JSON ({error.msg} at line {error.lineno})"


# --- what the report predicts --------------------------------------------------------------------

def _node_labels(node):
    labels = [node.get("label"), node.get("name"), node.get("text")]
    labels += node.get("aliases") or []
    return [str(x) for x in labels if x]


def predicted_entities(report, onto):
    """{kind: [ {"labels": [...], "span": (s, e) or None, "key": ...} ]} from the report's typed
    output: ``jurisdictions``, an ``entities`` list or per-kind lists (``organizations``,
    ``programs``, ``populations``, ``conditions``) if the report has them, and the subjects and
    objects of ``statements`` by their type."""
    found = {kind: [] for kind in ENTITY_KINDS}

    def add(kind, node, key=None, source=None):
        if kind not in found:
            return
        labels = _node_labels(node)
        if not labels:
            return
        span = (node["start"], node["end"]) if isinstance(node.get("start"), int) and isinstance(
            node.get("end"), int) else None
        found[kind].append({"labels": labels, "span": span, "source": source or node.get("source") or "?",
                            "key": key or node.get("iri") or label_key(node.get("name") or labels[0])})

    for item in report.get("jurisdictions") or []:
        add("jurisdictions", item)
    for kind in ENTITY_KINDS[1:]:
        for item in report.get(kind) or []:
            add(kind, item)
    for item in report.get("entities") or []:
        add(onto.kind_of_type(item.get("type")), item)
    for st in report.get("statements") or []:
        for end in ("subject", "object"):
            node = st.get(end) or {}
            if "label" in node:
                add(onto.kind_of_type(node.get("type")), node, source=f"statement: {st.get('source') or '?'}")
    groups = {}
    for kind, items in found.items():
        merged = {}
        for item in items:
            key = item["key"]
            if key in merged:
                merged[key]["labels"] += [x for x in item["labels"] if x not in merged[key]["labels"]]
                merged[key]["spans"] += [item["span"]] if item["span"] else []
            else:       # the first source is the one that proposed it (entities come before statements)
                merged[key] = {"labels": list(item["labels"]), "spans": [item["span"]] if item["span"] else [],
                               "source": item["source"]}
        groups[kind] = list(merged.values())
    return groups


def predicted_concepts(report, onto, categories):
    """Distinct concepts of the report's ``mentions`` (and a ``concepts`` list if it has one), by
    IRI (by IRI and label for a class left at the ickg level, such as ickg:IntegrationType);
    claim qualifiers go to hedges, category words are set aside (rule C)."""
    qualifier_ns = PREFIXES["qualifier"]
    merged = {}
    for m in (report.get("mentions") or []) + (report.get("concepts") or []):
        iri = expand(m.get("iri"))
        if not iri or iri.startswith(qualifier_ns):
            continue
        surface = m.get("label") or m.get("text") or ""
        if iri in categories and any(label_key(surface) == label_key(x) for x in onto.labels.get(iri, [])):
            continue
        key = (iri, label_key(surface)) if iri in GENERIC_CONCEPT_CLASSES else (iri,)
        entry = merged.setdefault(key, {"iri": iri, "labels": [], "spans": []})
        for x in (surface, m.get("pref_label")):
            if x and x not in entry["labels"]:
                entry["labels"].append(x)
        if isinstance(m.get("start"), int):
            entry["spans"].append((m["start"], m["end"]))
    return list(merged.values())


def predicted_hedges(report):
    """(qualifier IRI, cue) pairs: from statements' ``hedge``/``qualifier`` and qualifier mentions."""
    hedges = []
    for st in report.get("statements") or []:
        hedge = st.get("hedge")
        qualifier = st.get("qualifier")
        cue = None
        if isinstance(hedge, dict):
            cue, qualifier = hedge.get("cue"), hedge.get("qualifier") or qualifier
        elif isinstance(hedge, str):
            cue = hedge
        if cue or qualifier:
            hedges.append((expand(qualifier) if qualifier else None, cue or ""))
    for m in report.get("mentions") or []:
        iri = expand(m.get("iri") or "")
        if iri.startswith(PREFIXES["qualifier"]):
            hedges.append((iri, m.get("label") or ""))
    unique = []
    for h in hedges:
        if not any(h[0] == u[0] and quote_key(h[1]) == quote_key(u[1]) for u in unique):
            unique.append(h)
    return unique


# --- counting ------------------------------------------------------------------------------------

@dataclass
class Count:
    tp_gold: int = 0   # gold items found
    gold: int = 0
    tp_pred: int = 0   # predictions that are right
    pred: int = 0

    def add(self, other):
        self.tp_gold += other.tp_gold
        self.gold += other.gold
        self.tp_pred += other.tp_pred
        self.pred += other.pred

    def figures(self):
        precision = self.tp_pred / self.pred if self.pred else None
        recall = self.tp_gold / self.gold if self.gold else None
        if precision and recall:
            f1 = 2 * precision * recall / (precision + recall)
        else:
            f1 = 0.0 if self.gold or self.pred else None
        return {"tp": self.tp_gold, "gold": self.gold, "tp_pred": self.tp_pred, "pred": self.pred,
                "precision": precision, "recall": recall, "f1": f1}


def _match(gold_items, pred_items, passes):
    """One-to-one matching: for each pass (a predicate on (gold, pred)), each unmatched gold item
    takes the first unmatched prediction that satisfies it. Returns {gold index: pred index}."""
    pairs, used = {}, set()
    for ok in passes:
        for gi, g in enumerate(gold_items):
            if gi in pairs:
                continue
            for pi, p in enumerate(pred_items):
                if pi not in used and ok(g, p):
                    pairs[gi] = pi
                    used.add(pi)
                    break
    return pairs


# --- metadata --------------------------------------------------------------------------------------

def _plain(value):
    return re.sub(r"\s+", "", _fold(value)).replace("–", "-").replace("—", "-") if value is not None else None


def _pages(value):
    """"201-9" and "201–209" are the same range; "A87" stays as it is."""
    value = _plain(value)
    m = re.fullmatch(r"([a-z]*)(\d+)-([a-z]*)(\d+)", value or "")
    if m and len(m.group(4)) < len(m.group(2)):
        value = f"{m.group(1)}{m.group(2)}-{m.group(3)}{m.group(2)[:len(m.group(2)) - len(m.group(4))]}{m.group(4)}"
    return value


def _doi(value):
    if not value:
        return None
    return re.sub(r"^(https?://(dx\.)?doi\.org/|doi:\s*)", "", str(value).strip().casefold())


def _digits(value):
    return re.sub(r"\D", "", str(value)) if value not in (None, "") else None


def _name(value):
    if isinstance(value, dict):
        return value.get("label") or value.get("name") or value.get("title")
    return value


def score_metadata(gold_meta, report):
    """{field: Count} for one document (rule M in the README)."""
    meta = (report or {}).get("metadata") or {}
    out = {f: Count() for f in METADATA_FIELDS}

    def simple(fld, gold_value, pred_value, same):
        c = out[fld]
        c.gold += gold_value is not None
        c.pred += pred_value not in (None, "", [])
        if gold_value is not None and pred_value not in (None, "", []) and same(gold_value, pred_value):
            c.tp_gold += 1
            c.tp_pred += 1

    simple("title", gold_meta.get("title"), meta.get("title"), lambda g, p: label_key(g) == label_key(p))
    simple("date", gold_meta.get("date"), meta.get("date"), lambda g, p: str(p).strip()[:len(g)] == g and len(str(p).strip()) >= len(g))
    simple("year", gold_meta.get("year"), meta.get("year"), lambda g, p: _digits(p) == str(g))
    for fld in ("volume", "issue"):
        simple(fld, gold_meta.get(fld), meta.get(fld), lambda g, p: _plain(g) == _plain(str(p)))
    simple("pages", gold_meta.get("pages"), meta.get("pages"), lambda g, p: _pages(g) == _pages(str(p)))
    simple("doi", gold_meta.get("doi"), meta.get("doi"), lambda g, p: _doi(g) == _doi(p))
    simple("pmid", gold_meta.get("pmid"), meta.get("pmid"), lambda g, p: _digits(g) == _digits(p))
    simple("pmcid", gold_meta.get("pmcid"), meta.get("pmcid"), lambda g, p: _digits(g) == _digits(p))
    publishers = [gold_meta.get("publisher")] + (gold_meta.get("publisher_accept") or [])
    simple("publisher", gold_meta.get("publisher"), _name(meta.get("publisher")),
           lambda g, p: any(label_key(x) == label_key(p) for x in publishers if x))
    types = {expand(t) for t in [gold_meta.get("type")] + (gold_meta.get("type_accept") or []) if t}
    simple("type", gold_meta.get("type"), _name(meta.get("type")), lambda g, p: expand(p) in types)

    journal = meta.get("journal")
    names = []
    if isinstance(journal, dict):
        names = [journal.get(k) for k in ("label", "title", "abbreviation") if journal.get(k)]
    elif isinstance(journal, str):
        names = [journal]
    gold_journal = gold_meta.get("journal")
    gold_names = [gold_journal.get(k) for k in ("title", "abbreviation") if gold_journal and gold_journal.get(k)]
    simple("journal", gold_journal, names or None,
           lambda g, p: any(label_key(a) == label_key(b) for a in p for b in gold_names))

    gold_authors = gold_meta.get("authors") or []
    pred_authors = meta.get("authors") or []

    def family(a):
        return label_key(a.get("family") or a.get("family_name") or a.get("label") or "")

    def initial(a):
        given = a.get("initials") or a.get("given") or a.get("given_name") or ""
        return _fold(given)[:1]

    pairs = _match(gold_authors, pred_authors, [
        lambda g, p: family(g) == family(p) and (not initial(p) or not initial(g) or initial(g) == initial(p))])
    c = out["authors"]
    c.gold, c.pred, c.tp_gold, c.tp_pred = len(gold_authors), len(pred_authors), len(pairs), len(pairs)
    c = out["author_order"]
    if len(gold_authors) >= 2:
        c.gold = 1
        c.pred = int(len(pred_authors) >= 2)
        if [family(a) for a in gold_authors] == [family(a) for a in pred_authors]:
            c.tp_gold = c.tp_pred = 1
    else:
        c.pred = 0
    return out


# --- entities and concepts -----------------------------------------------------------------------

def _gold_names(entity):
    return [entity["label"], *entity.get("aliases", []), *(m["text"] for m in entity.get("mentions", []))]


def score_entities(gold_items, pred_groups, plain_text):
    exact = lambda g, p: any_label_match(p["labels"], _gold_names(g), exact=True)  # noqa: E731

    def lenient(g, p):
        if any_label_match(p["labels"], _gold_names(g)):
            return True
        if plain_text:
            gold_spans = [(m["start"], m["end"]) for m in g.get("mentions", []) if "start" in m]
            return any(spans_overlap(a, b) for a in p["spans"] for b in gold_spans)
        return False

    pairs = _match(gold_items, pred_groups, [exact, lenient])
    return Count(tp_gold=len(pairs), gold=len(gold_items), tp_pred=len(pairs), pred=len(pred_groups)), pairs


def score_concepts(gold_items, pred_items):
    def accepted(g):
        return [expand(g["iri"])] + [expand(x) for x in g.get("accept", [])]

    def names_ok(g, p):
        return expand(g["iri"]) not in GENERIC_CONCEPT_CLASSES or any_label_match(p["labels"], _gold_names(g))

    first = lambda g, p: p["iri"] == expand(g["iri"]) and names_ok(g, p)  # noqa: E731
    second = lambda g, p: p["iri"] in accepted(g) and names_ok(g, p)  # noqa: E731
    pairs = _match(gold_items, pred_items, [first, second])
    return Count(tp_gold=len(pairs), gold=len(gold_items), tp_pred=len(pairs), pred=len(pred_items)), pairs


# --- statements ----------------------------------------------------------------------------------

def _node_ok(gold_node, pred_node, onto):
    """Rule S: a predicted subject or object matches the gold one."""
    if pred_node is None:
        return False
    if "value" in gold_node:
        if "value" not in pred_node:
            return False
        g, p = gold_node["value"], pred_node["value"]
        if isinstance(g, int):
            return _digits(p) == str(g)
        return label_key(str(g)) == label_key(str(p))
    types = [t for t in [gold_node.get("type"), *gold_node.get("types_accept", [])] if t]
    if types and pred_node.get("type") and not any(onto.compatible_types(pred_node["type"], t) for t in types):
        return False
    gold_iri = expand(gold_node.get("iri"))
    pred_iri = expand(pred_node.get("iri"))
    gold_labels = [gold_node.get("label"), *gold_node.get("aliases", [])]
    if gold_iri:
        accepted = {gold_iri} | {expand(x) for x in gold_node.get("accept", [])}
        gold_labels += onto.labels.get(gold_iri, []) if gold_iri not in GENERIC_CONCEPT_CLASSES else []
        if pred_iri and pred_iri in accepted:
            return gold_iri not in GENERIC_CONCEPT_CLASSES or any_label_match(_node_labels(pred_node), gold_labels)
    return any_label_match(_node_labels(pred_node), [x for x in gold_labels if x])


def _oriented(statement, onto):
    """(canonical predicate, subject, object) with an inverse predicate turned around."""
    predicate, swapped = onto.canonical(statement.get("predicate") or "")
    subject, obj = statement.get("subject"), statement.get("object")
    if swapped:
        subject, obj = obj, subject
    return predicate, subject or {}, obj or {}


def statement_matches(gold, predicted, onto):
    """Whether a predicted statement matches a gold one: the predicate, both nodes (rule S) and the
    quote (rule Q). Each is ``(_oriented(statement), statement)``."""
    (gp, gs, go), g_raw = gold
    (pp, ps, po), p_raw = predicted
    return (onto.predicates_match(pp, gp) and _node_ok(gs, ps, onto) and _node_ok(go, po, onto)
            and quotes_match(p_raw, g_raw))


def score_statements(gold_statements, pred_statements, onto):
    """({canonical predicate IRI: Count}, pairs)."""
    gold_items = [(_oriented(s, onto), s) for s in gold_statements]
    pred_items = [(_oriented(s, onto), s) for s in pred_statements]
    pairs = _match(gold_items, pred_items, [lambda g, p: statement_matches(g, p, onto)])
    by_predicate = {}
    for gi, (g, _) in enumerate(gold_items):
        c = by_predicate.setdefault(g[0], Count())
        c.gold += 1
        c.tp_gold += gi in pairs
    matched_pred = set(pairs.values())
    for pi, (p, _) in enumerate(pred_items):
        c = by_predicate.setdefault(p[0], Count())
        c.pred += 1
        c.tp_pred += pi in matched_pred
    return by_predicate, pairs


def score_hedges(gold_statements, report):
    gold = []
    for st in gold_statements:
        hedge = st.get("hedge")
        if hedge and not any(expand(hedge["qualifier"]) == g[0] and quote_key(hedge["cue"]) == quote_key(g[1])
                             for g in gold):
            gold.append((expand(hedge["qualifier"]), hedge["cue"]))
    pred = predicted_hedges(report or {})

    def ok(g, p):
        """Rule H: the qualifier agrees (or the prediction gives none) and one cue contains the other."""
        pc, gc = quote_key(p[1]), quote_key(g[1])
        return (p[0] is None or p[0] == g[0]) and len(pc) >= 3 and len(gc) >= 3 and (pc in gc or gc in pc)

    pairs = _match(gold, pred, [ok])
    return Count(tp_gold=len(pairs), gold=len(gold), tp_pred=len(pairs), pred=len(pred))


# --- why a statement is missed (--miss-causes) ------------------------------------------------------

# The causes, in the order they are tried: the first that holds names the miss. A prediction is "on
# the quote" when its quote and the gold quote overlap (one contains the other as letters and digits,
# at any length, or their offsets overlap), a looser test than rule Q.
MISS_CAUSES = (
    "quote wrong",               # the same triple was proposed, its quote fails rule Q
    "predicate wrong",           # same quote, subject and object; another predicate
    "subject wrong",             # same predicate, object and quote; another subject
    "object wrong",              # same predicate, subject and quote; an object that shares no word
    "object label near-miss",    # ... an object sharing words with the gold one (rule L or type fails)
    "subject and object wrong",  # same predicate and quote, neither node right
    "object never found",        # none of the above, and the object is none of the report's nodes
    "other predicate on quote",  # the object is known; something else was proposed on the quote
    "nothing on the quote",      # the object is known elsewhere; nothing was proposed on the quote
)
WRONG_CAUSES = (
    "duplicate of a right one",  # it matches a gold statement that another prediction took
    "quote wrong",
    "predicate wrong",
    "subject wrong",
    "object wrong",
    "object label near-miss",
    "subject and object wrong",
    "other gold on quote",       # the quote holds gold statements of other predicates only
    "no gold on the quote",      # the gold records nothing on this quote
)


def _on_quote(p_raw, g_raw):
    p, g = quote_key(p_raw.get("quote") or ""), quote_key(g_raw.get("quote") or "")
    if p and g and (p in g or g in p):
        return True
    ps, pe, gs, ge = p_raw.get("start"), p_raw.get("end"), g_raw.get("start"), g_raw.get("end")
    return all(isinstance(v, int) for v in (ps, pe, gs, ge)) and ps < ge and gs < pe


def _shares_words(gold_node, pred_node):
    """Whether two nodes' labels share a content word (a near miss of rule L or of the type)."""
    gold = {w for x in [gold_node.get("label"), *gold_node.get("aliases", [])] if x for w in label_key(str(x))}
    pred = {w for x in _node_labels(pred_node or {}) for w in label_key(x)}
    return bool((gold & pred) - {"of", "and", "the", "for", "in", "to", "care", "health"})


def _node_known(gold_node, report, onto):
    """Whether a gold object is among the report's nodes at all: an entity, a jurisdiction, a
    concept mention, or any statement's subject or object (literals: any statement's value)."""
    nodes = []
    for st in report.get("statements") or []:
        nodes += [st.get("subject") or {}, st.get("object") or {}]
    if "value" in gold_node:
        return any(_node_ok(gold_node, n, onto) for n in nodes if "value" in n)
    nodes += list(report.get("entities") or []) + list(report.get("jurisdictions") or [])
    nodes += [{"label": m.get("label"), "iri": m.get("iri")} for m in report.get("mentions") or []]
    bare = {k: v for k, v in gold_node.items() if k not in ("type", "types_accept")}
    return any(_node_ok(bare, n, onto) for n in nodes if n.get("label") or n.get("iri"))


def _relation(g, p, onto):
    """Which parts of a prediction agree with a gold statement: (predicate, subject, object, rule Q, on quote)."""
    (gp, gs, go), g_raw = g
    (pp, ps, po), p_raw = p
    return (onto.predicates_match(pp, gp), _node_ok(gs, ps, onto), _node_ok(go, po, onto),
            quotes_match(p_raw, g_raw), _on_quote(p_raw, g_raw))


def _cause(rels, g_obj, p_objs):
    """The first cause of MISS_CAUSES (or the shared part of WRONG_CAUSES) that a list of
    relations to the other side shows; None when none does."""
    if any(pr and s and o and not q for pr, s, o, q, _ in rels):
        return "quote wrong"
    if any(not pr and s and o and near for pr, s, o, q, near in rels):
        return "predicate wrong"
    if any(pr and not s and o and near for pr, s, o, q, near in rels):
        return "subject wrong"
    objs = [i for i, (pr, s, o, q, near) in enumerate(rels) if pr and s and not o and near]
    if objs:
        return "object label near-miss" if any(_shares_words(g_obj(i), p_objs(i)) for i in objs) else "object wrong"
    if any(pr and not s and not o and near for pr, s, o, q, near in rels):
        return "subject and object wrong"
    return None


def miss_causes(gold_statements, pred_statements, pairs, report, onto):
    """({cause: count} of missed gold statements, {cause: count} of wrong predictions, examples,
    {"gold predicate -> predicate proposed on its quote": count}): the systematic reasons a
    statement is missed, to choose what to work on."""
    gold_items = [(_oriented(s, onto), s) for s in gold_statements]
    pred_items = [(_oriented(s, onto), s) for s in pred_statements]
    missed, wrong, examples, instead = {}, {}, [], {}
    matched_pred = set(pairs.values())
    for gi, g in enumerate(gold_items):
        if gi in pairs:
            continue
        others = [p for p in pred_items]
        rels = [_relation(g, p, onto) for p in others]
        cause = _cause(rels, lambda i: g[0][2], lambda i: others[i][0][2])
        if cause is None:
            on_quote = [p for r, p in zip(rels, others) if r[4]]
            for r, p in zip(rels, others):
                if r[4] and not r[0]:
                    key = f"{compact(g[0][0])} -> {compact(p[0][0])}"
                    instead[key] = instead.get(key, 0) + 1
            # an object no recogniser found is the first thing to fix, whatever was proposed beside it
            if "iri" not in g[0][2] and not _node_known(g[0][2], report, onto):
                cause = "object never found"
            elif on_quote:
                cause = "other predicate on quote"
            else:
                cause = "nothing on the quote"
        missed[cause] = missed.get(cause, 0) + 1
        examples.append(("missed", cause, g[1]))
    for pi, p in enumerate(pred_items):
        if pi in matched_pred:
            continue
        rels = [_relation(g, p, onto) for g in gold_items]
        if any(all(r[:4]) for r in rels):
            cause = "duplicate of a right one"
        else:
            cause = _cause(rels, lambda i: gold_items[i][0][2], lambda i: p[0][2])
        if cause is None:
            cause = "other gold on quote" if any(r[4] for r in rels) else "no gold on the quote"
        wrong[cause] = wrong.get(cause, 0) + 1
        examples.append(("wrong", cause, p[1]))
    return missed, wrong, examples, instead


def _statement_line(st):
    def node(n):
        n = n or {}
        return str(n.get("label", n.get("value")))
    return (f'{node(st.get("subject"))} | {compact(expand(st.get("predicate") or ""))} | {node(st.get("object"))}'
            f' | "{(st.get("quote") or "")[:110]}"')


def print_causes(result, examples=0, file=sys.stdout):
    """Counts of the causes per part; on train and dev up to ``examples`` statements of each cause."""
    for part, data in result["parts"].items():
        causes = data["causes"]
        print(f"\n== why statements are missed or wrong, {part} part ({data['documents']} documents) ==", file=file)
        for side, order in (("missed", MISS_CAUSES), ("wrong", WRONG_CAUSES)):
            total = sum(causes[side].values())
            print(f"{side} {'gold statements' if side == 'missed' else 'predictions'}: {total}", file=file)
            for cause in order:
                n = causes[side].get(cause, 0)
                by_pred = causes[f"{side} by predicate"].get(cause, {})
                top = ", ".join(f"{k} {v}" for k, v in sorted(by_pred.items(), key=lambda kv: -kv[1])[:5])
                print(f"  {cause:28} {n:5}  ({top})" if n else f"  {cause:28} {n:5}", file=file)
        if causes["instead"]:
            top = sorted(causes["instead"].items(), key=lambda kv: -kv[1])[:12]
            print("proposed on a missed gold statement's quote instead (gold -> proposed, proposals): "
                  + ", ".join(f"{k} {v}" for k, v in top), file=file)
        if part != "test" and examples:
            for side, order in (("missed", MISS_CAUSES), ("wrong", WRONG_CAUSES)):
                for cause in order:
                    shown = [(name, st) for name, s, c, st in causes["examples"] if s == side and c == cause]
                    if shown:
                        print(f"-- {side}, {cause} ({len(shown)}):", file=file)
                        for name, st in shown[:examples]:
                            print(f"   [{name}] {_statement_line(st)}", file=file)


# --- one document, one part ------------------------------------------------------------------------

@dataclass
class DocumentScore:
    name: str
    counts: dict
    reasons: list
    misses: dict
    causes: tuple = ({}, {}, [], {})


def confidence_cutoff():
    """The statements' confidence cut-off chosen on the train part, as the extractor ships it."""
    from ickg.extract.statements import CONFIDENCE_CUTOFF

    return CONFIDENCE_CUTOFF


def score_document(name, report, reason, onto, categories):
    gold = load_gold(name)
    fmt = document_format(name)
    plain_text = fmt == "text"
    counts, misses = {}, {}
    reasons = [reason] if reason else []
    report = report or {}

    for fld, c in score_metadata(gold["metadata"], report if not reason else None).items():
        counts[f"metadata.{fld}"] = c

    entities = predicted_entities(report, onto)
    gold_entities = gold.get("entities", {})
    for kind in ENTITY_KINDS:
        c, pairs = score_entities(gold_entities.get(kind, []), entities[kind], plain_text)
        counts[kind] = c
        misses[kind] = [e["label"] for i, e in enumerate(gold_entities.get(kind, [])) if i not in pairs]
    c, pairs = score_concepts(gold_entities.get("concepts", []), predicted_concepts(report, onto, categories))
    counts["concepts"] = c
    misses["concepts"] = [f'{e["label"]} <{compact(expand(e["iri"]))}>' for i, e in
                          enumerate(gold_entities.get("concepts", [])) if i not in pairs]

    names = [{"labels": [x["label"]] + ([x["short"]] if x.get("short") else []), "spans": []}
             for x in report.get("candidates") or []]
    named = gold_entities.get("organizations", []) + gold_entities.get("programs", [])
    counts["candidates (untyped names)"], _ = score_entities(named, names, False)

    statements = report.get("statements")
    if statements is None and not reason:
        reasons.append("the report has no 'statements' key: every gold statement is missed")
    by_predicate, pairs = score_statements(gold.get("statements", []), statements or [], onto)
    for predicate, c in by_predicate.items():
        counts[f"statements.{compact(predicate)}"] = c
    misses["statements"] = [f'{s["subject"].get("label")} {s["predicate"]} '
                            f'{s["object"].get("label", s["object"].get("value"))}'
                            for i, s in enumerate(gold.get("statements", [])) if i not in pairs]
    kept = [st for st in statements or [] if (st.get("confidence") or 0) >= confidence_cutoff()]
    at_cut = Count()
    for c in score_statements(gold.get("statements", []), kept, onto)[0].values():
        at_cut.add(c)
    counts[CUT_KIND] = at_cut
    counts["hedges"] = score_hedges(gold.get("statements", []), report)

    pages = Count()
    if fmt == "pdf":
        pages.gold = sum(1 for s in gold.get("statements", []) if s.get("page"))
        pages.pred = sum(1 for s in statements or [] if s.get("page"))
        for gi, pi in pairs.items():
            g, p = gold["statements"][gi], (statements or [])[pi]
            if g.get("page") and p.get("page") == g["page"]:
                pages.tp_gold += 1
                pages.tp_pred += 1
    counts["evidence_pages"] = pages

    if not reason and fmt in ("html", "xml"):
        size = len(document_path(name).read_text(encoding="utf-8"))
        if (report.get("document") or {}).get("length") == size:
            reasons.append(f"{fmt.upper()} read as plain text, markup included (no {fmt.upper()} reader)")
    if not reason:
        if not any(counts[k].pred for k in ("organizations", "programs", "populations", "conditions")):
            reasons.append("no typed organizations, programs, populations or conditions in the report "
                           "(no 'entities' list, no typed statement subjects or objects)")
        absent = [f for f in ("date", "publisher", "type") if f not in (report.get("metadata") or {})]
        if absent:
            reasons.append("metadata has no " + ", ".join(repr(f) for f in absent) + " key")
    causes = miss_causes(gold.get("statements", []), statements or [], pairs, report, onto)
    return DocumentScore(name, counts, reasons, misses, causes)


def aggregate(doc_scores):
    total = {}
    for d in doc_scores:
        for kind, c in d.counts.items():
            total.setdefault(kind, Count()).add(c)
    meta = Count()
    for fld in METADATA_FIELDS:
        meta.add(total.get(f"metadata.{fld}", Count()))
    total["metadata"] = meta
    pc = Count()
    pc.add(total["populations"])
    pc.add(total["conditions"])
    total["populations+conditions"] = pc
    st = Count()
    for kind, c in total.items():
        if kind.startswith("statements."):
            st.add(c)
    total["statements"] = st
    return {kind: c.figures() for kind, c in total.items()}


def _causes_of(doc_scores, onto):
    """The miss causes of a part: counts per side and cause, per predicate, and examples."""
    out = {"missed": {}, "wrong": {}, "missed by predicate": {}, "wrong by predicate": {}, "examples": [],
           "instead": {}}
    for d in doc_scores:
        for key, n in d.causes[3].items():
            out["instead"][key] = out["instead"].get(key, 0) + n
        for side, counts in (("missed", d.causes[0]), ("wrong", d.causes[1])):
            for cause, n in counts.items():
                out[side][cause] = out[side].get(cause, 0) + n
        for side, cause, st in d.causes[2]:
            predicate = compact(onto.canonical(st.get("predicate") or "")[0])
            per = out[f"{side} by predicate"].setdefault(cause, {})
            per[predicate] = per.get(predicate, 0) + 1
            out["examples"].append((d.name, side, cause, st))
    return out


def score(parts=("dev", "test"), via="click", only=None):
    """The whole evaluation: {"parts": {part: {"documents", "kinds", "reasons", "misses"}}}.
    ``only``, a set of document names, keeps each part to those (to score held-out documents apart)."""
    onto = load_ontology()
    categories = _category_classes(onto)
    split = load_split()
    if only is not None:
        split["parts"] = {part: [n for n in names if n in only] for part, names in split["parts"].items()}
    result = {"via": via, "command": "ickg extract FILE --format json", "parts": {}}
    for part in parts:
        doc_scores = []
        for name in split["parts"][part]:
            report, reason = run_extract(document_path(name), via=via)
            doc_scores.append(score_document(name, report, reason, onto, categories))
        result["parts"][part] = {
            "documents": len(doc_scores),
            "kinds": aggregate(doc_scores),
            "reasons": {d.name: [r.replace(str(document_path(d.name)), d.name) for r in d.reasons]
                        for d in doc_scores if d.reasons},
            "misses": {d.name: d.misses for d in doc_scores},
            "causes": _causes_of(doc_scores, onto),
        }
    return result


# --- checking the gold files -----------------------------------------------------------------------

def check_gold():
    """Problems with the evaluation set itself (an empty list when it is sound): the split covers
    every document once and every style in both parts; each gold file's IRIs are terms of the
    ontology or listed placeholders; quotes, cues and mention spans are the document's words;
    statements respect the domain and range of their predicate."""
    onto = load_ontology()
    problems = []
    split = load_split()
    docs = {p.name for p in DOCUMENTS.iterdir() if p.is_file()}
    golds = {p.name[:-5] for p in GOLD.glob("*.json")}
    listed = [n for part in ("dev", "test") for n in split["parts"][part]]
    if sorted(listed) != sorted(set(listed)):
        problems.append("split.json lists a document twice")
    for missing in sorted(docs - set(listed)):
        problems.append(f"{missing}: not in split.json")
    for missing in sorted(set(listed) - docs):
        problems.append(f"{missing}: in split.json but not in documents/")
    for missing in sorted(set(listed) - golds):
        problems.append(f"{missing}: no gold file")
    styles = split["styles"]
    for part in ("dev", "test"):
        seen = {styles[n] for n in split["parts"][part] if n in styles}
        for style in sorted(set(styles.values()) - seen):
            problems.append(f"split.json: the {part} part has no document of style {style!r}")
    known = onto.classes | onto.properties | onto.concepts
    train = split["parts"]["train"]
    for missing in sorted(n for n in train if not gold_path(n).exists()):
        problems.append(f"train/{missing}: no gold file")
    for name in listed + train:
        if name in train:
            if not gold_path(name).exists():
                continue
        elif name not in golds or name not in docs:
            continue
        gold = load_gold(name)
        where = f"{'train/' if name in train else ''}gold/{name}.json"
        if name not in train and gold.get("style") != styles.get(name):
            problems.append(f"{where}: style {gold.get('style')!r} differs from split.json's {styles.get(name)!r}")
        text = document_text(name)
        fmt = document_format(name)
        pages = pdf_pages(name) if fmt == "pdf" else None
        flat = quote_key(text) if text is not None else None

        def has(words):
            return flat is None or quote_key(words) in flat

        meta = gold.get("metadata", {})
        if meta.get("type") and not expand(meta["type"]).startswith(PREFIXES["fabio"]):
            problems.append(f"{where}: metadata type {meta['type']} is not a FaBiO class")
        if meta.get("title") and not has(meta["title"]):
            problems.append(f"{where}: title not in the document")
        for a in meta.get("authors", []):
            if not has(a["family"]):
                problems.append(f"{where}: author {a['family']} not in the document")
        for kind, items in gold.get("entities", {}).items():
            for e in items:
                for key in ("type", "iri"):
                    if e.get(key) and expand(e[key]) not in known:
                        problems.append(f"{where}: {kind} {e['label']!r}: {e[key]} is not an ontology term or placeholder")
                for x in e.get("accept", []):
                    if expand(x) not in known:
                        problems.append(f"{where}: {kind} {e['label']!r}: accepted {x} is unknown")
                if not e.get("mentions"):
                    problems.append(f"{where}: {kind} {e['label']!r} has no mention")
                for m in e.get("mentions", []):
                    if not has(m["text"]):
                        problems.append(f"{where}: {kind} mention {m['text']!r} not in the document")
                    if fmt == "text" and "start" in m and text[m["start"]:m["end"]] != m["text"]:
                        problems.append(f"{where}: {kind} mention {m['text']!r} at {m['start']} does not match")
        for i, st in enumerate(gold.get("statements", [])):
            label = f"{where}: statement {i + 1} ({st['subject'].get('label')} {st['predicate']})"
            predicate = expand(st["predicate"])
            if predicate not in onto.properties:
                problems.append(f"{label}: {st['predicate']} is not a property")
                continue
            if not has(st["quote"]):
                problems.append(f"{label}: quote not in the document")
            if fmt == "text" and "start" in st and text[st["start"]:st["end"]] != st["quote"]:
                problems.append(f"{label}: quote offsets do not match")
            if fmt == "pdf":
                if not st.get("page"):
                    problems.append(f"{label}: a PDF quote needs its page")
                elif pages is not None and quote_key(st["quote"]) not in quote_key(pages[st["page"] - 1]):
                    problems.append(f"{label}: quote not on page {st['page']}")
            hedge = st.get("hedge")
            if hedge:
                if quote_key(hedge["cue"]) not in quote_key(st["quote"]):
                    problems.append(f"{label}: hedge cue {hedge['cue']!r} not in the quote")
                if expand(hedge["qualifier"]) not in onto.concepts:
                    problems.append(f"{label}: unknown qualifier {hedge['qualifier']}")
            for end, allowed in (("subject", onto.domains.get(predicate)), ("object", onto.ranges.get(predicate))):
                node = st[end]
                if "value" in node:
                    continue
                node_type = expand(node.get("type"))
                if node_type not in onto.classes:
                    problems.append(f"{label}: {end} type {node.get('type')} is not a class")
                    continue
                if node.get("iri") and expand(node["iri"]) not in known:
                    problems.append(f"{label}: {end} IRI {node['iri']} is unknown")
                if allowed and not any(onto.is_a(node_type, c) for c in allowed):
                    problems.append(f"{label}: {end} type {node.get('type')} outside "
                                    + ", ".join(sorted(compact(c) for c in allowed)))
                kind = onto.kind_of_type(node_type)
                if kind and not any(any_label_match([node["label"], *node.get("aliases", [])], _gold_names(e))
                                    for e in gold.get("entities", {}).get(kind, [])):
                    problems.append(f"{label}: {end} {node['label']!r} is not among the gold {kind}")
    return problems


def gold_as_report(gold):
    """The report a perfect extractor would print for a gold file, in the shape the scorer reads:
    scoring it must give 1.0 everywhere (``--self-check``), which tests the matching rules and the
    consistency of the gold file together."""
    meta = dict(gold["metadata"])
    journal = meta.get("journal")
    report_meta = {k: meta.get(k) for k in ("title", "year", "volume", "issue", "pages", "doi", "pmid", "pmcid",
                                             "date", "publisher", "type")}
    report_meta["authors"] = [{"label": a["family"], "family_name": a["family"], "initials": a.get("initials")}
                              for a in meta.get("authors", [])]
    report_meta["journal"] = None if not journal else {
        "label": journal.get("title") or journal.get("abbreviation"), "title": journal.get("title"),
        "abbreviation": journal.get("abbreviation")}
    entities = gold.get("entities", {})
    return {
        "metadata": report_meta,
        "jurisdictions": [{"label": m["text"], "name": e["label"], **{k: m[k] for k in ("start", "end") if k in m}}
                          for e in entities.get("jurisdictions", []) for m in e["mentions"]],
        "mentions": [{"label": m["text"], "iri": expand(c["iri"]), **{k: m[k] for k in ("start", "end") if k in m}}
                     for c in entities.get("concepts", []) for m in c["mentions"][:1]],
        "entities": [{"label": e["label"], "type": e["type"]}
                     for kind in ("organizations", "programs", "populations", "conditions")
                     for e in entities.get(kind, [])],
        "candidates": [],
        "statements": [dict(st) for st in gold.get("statements", [])],
    }


def self_check(names=None):
    """{document: [kinds below 1.0]} when each gold file is scored against itself (empty when sound)."""
    onto = load_ontology()
    categories = _category_classes(onto)
    split = load_split()
    names = names or [n for part in ("dev", "test", "train") for n in split["parts"][part]]
    problems = {}
    for name in names:
        if not gold_path(name).exists():
            continue                       # check_gold reports it
        d = score_document(name, gold_as_report(load_gold(name)), None, onto, categories)
        bad = [f"{k} {c.figures()['precision']}/{c.figures()['recall']}" for k, c in d.counts.items()
               if not k.startswith("candidates") and k != CUT_KIND and (c.tp_gold != c.gold or c.tp_pred != c.pred)]
        if bad:
            problems[name] = bad
    return problems


# --- floors ----------------------------------------------------------------------------------------

def floor_figures(result):
    """{part: {kind: F1}} for the headline kinds and the metadata fields: what floors.json holds."""
    out = {}
    for part, data in result["parts"].items():
        kinds = data["kinds"]
        names = list(HEADLINE_KINDS) + [f"metadata.{f}" for f in METADATA_FIELDS]
        out[part] = {k: kinds[k]["f1"] for k in names if k in kinds and kinds[k]["f1"] is not None}
    return out


def write_floors(result):
    """Raise floors.json to today's F1 rounded down to two decimals; a floor never goes down."""
    old = json.loads(FLOORS.read_text(encoding="utf-8")) if FLOORS.exists() else {}
    floors = {k: v for k, v in old.items() if k.startswith("_")}
    floors.update({part: kinds for part, kinds in old.items() if not part.startswith("_")})   # a part not scored keeps its floors
    for part, kinds in floor_figures(result).items():
        previous = old.get(part, {})
        floors[part] = {k: max(previous.get(k, 0.0), math.floor(v * 100 + 1e-9) / 100) for k, v in kinds.items()}
        for k, v in previous.items():
            floors[part].setdefault(k, v)
    FLOORS.write_text(json.dumps(floors, indent=2, sort_keys=False, ensure_ascii=False) + "\n", encoding="utf-8")
    return floors


# --- printing ----------------------------------------------------------------------------------------

def _fmt(x):
    return "  -  " if x is None else f"{x:5.2f}"


def print_table(result, details=False, file=sys.stdout):
    for part, data in result["parts"].items():
        print(f"\n== {part} part: {data['documents']} documents "
              f"(ickg extract FILE --format json, via {result['via']}) ==", file=file)
        print(f"{'kind':44} {'P':>5} {'R':>5} {'F1':>5}   found/gold  right/predicted", file=file)
        kinds = data["kinds"]
        order = (["metadata"] + [f"metadata.{f}" for f in METADATA_FIELDS] + list(HEADLINE_KINDS[1:])
                 + ["candidates (untyped names)"] + sorted(k for k in kinds if k.startswith("statements.")))
        order.insert(order.index("statements") + 1, CUT_KIND)
        for kind in order:
            if kind not in kinds:
                continue
            f = kinds[kind]
            indent = "  " if "." in kind and not kind.startswith("populations") else ""
            shown = f"  {kind} (confidence >= {confidence_cutoff()})" if kind == CUT_KIND else indent + kind
            print(f"{shown:44} {_fmt(f['precision'])} {_fmt(f['recall'])} {_fmt(f['f1'])}"
                  f"   {f['tp']:5}/{f['gold']:<5} {f['tp_pred']:5}/{f['pred']:<5}", file=file)
        if data["reasons"]:
            print("why figures are 0 or low:", file=file)
            by_reason = {}
            for name, reasons in data["reasons"].items():
                for r in reasons:
                    by_reason.setdefault(r.replace(str(document_path(name)), name), []).append(name)
            for r, names in by_reason.items():
                where = ", ".join(names) if len(names) <= 3 else f"{len(names)} of {data['documents']} documents"
                print(f"  {r} [{where}]", file=file)
        if details:
            for name, misses in data["misses"].items():
                missed = {k: v for k, v in misses.items() if v}
                if missed:
                    print(f"  missed in {name}:", file=file)
                    for k, v in missed.items():
                        print(f"    {k}: " + "; ".join(v), file=file)


# --- why entities are missed (--entity-causes) -----------------------------------------------------

_CAUSE_STOP = frozenset("the a an of and for in on to with by at de la le du des van von care health".split())
_ACRONYM = re.compile(r"^[A-Z][A-Za-z&]*[A-Z][A-Za-z&]*s?$")

ENTITY_MISS_CAUSES = ("absent: proper name", "absent: generic noun phrase", "absent: acronym or alias only",
                      "typed as another kind", "boundary off (rule L fails)", "untyped candidate only")
ENTITY_FALSE_CAUSES = ("wrong kind", "fragment or too long", "generic noun phrase", "named, not in gold")


def _content_words(labels):
    return {w for label in labels for w in label_key(label) if w not in _CAUSE_STOP and len(w) > 2}


def _is_acronym(text):
    return len(text) <= 10 and bool(_ACRONYM.match(text)) and sum(c.isupper() for c in text) >= 2


def _overlaps(spans, gold):
    gold_spans = [(m["start"], m["end"]) for m in gold.get("mentions", []) if "start" in m]
    return any(spans_overlap(a, b) for a in spans for b in gold_spans)


def classify_entities(name, report, onto):
    """Each missed gold entity and each unmatched prediction of the document, with its cause:
    ``{"missed": [(kind, cause, label)], "false": [(kind, cause, label)]}``. A missed one is
    typed as another kind when a prediction of that kind matches it as score_entities would;
    boundary off when a prediction of its kind shares a content word or a span with it but fails
    rule L; untyped when only the report's ``candidates`` name it; otherwise absent, split by
    whether its text is a proper name, a lower-case noun phrase or an acronym/alias only. A false
    positive is of the wrong kind when it matches a gold entity of another kind, a fragment (or
    too long) when it shares content words or a span with a gold entity of its kind, a generic
    noun phrase when its label starts lower-case, and otherwise a named thing the gold omits."""
    gold = load_gold(name).get("entities", {})
    plain = document_format(name) == "text"
    pred = predicted_entities(report or {}, onto)
    candidates = [{"labels": [x["label"]] + ([x["short"]] if x.get("short") else []), "spans": []}
                  for x in (report or {}).get("candidates") or []]
    pairs = {kind: score_entities(gold.get(kind, []), pred[kind], plain)[1] for kind in ENTITY_KINDS}

    def matches(g, p):
        return any_label_match(p["labels"], _gold_names(g)) or (plain and _overlaps(p["spans"], g))

    def near(g, p):
        # plain text: the spans overlap; otherwise one label's words lie in a row in the other's
        if plain and p["spans"]:
            return _overlaps(p["spans"], g)
        keys = [label_key(x) for x in p["labels"]]
        gold_keys = [label_key(x) for x in _gold_names(g)]
        return any(a and b and (_contains(a, b) or _contains(b, a)) and _content_words([" ".join(min(a, b, key=len))])
                   for a in keys for b in gold_keys)

    missed, false = [], []
    sources = [(kind, p.get("source", "?"), pi in set(pairs[kind].values()))
               for kind in ENTITY_KINDS for pi, p in enumerate(pred[kind])]
    for kind in ENTITY_KINDS:
        used = set(pairs[kind].values())
        for gi, g in enumerate(gold.get(kind, [])):
            if gi in pairs[kind]:
                continue
            others = [k for k in ENTITY_KINDS if k != kind and any(matches(g, p) for p in pred[k])]
            if others:
                cause = "typed as another kind"
            elif any(near(g, p) for p in pred[kind]):
                cause = "boundary off (rule L fails)"
                near_labels = [p["labels"][0] for p in pred[kind] if near(g, p)]
                missed.append((kind, cause, f'{g["label"]} (predicted: {" | ".join(near_labels[:3])})'))
                continue
            elif any(matches(g, c) for c in candidates):
                cause = "untyped candidate only"
            else:
                texts = {m["text"] for m in g.get("mentions", [])} or {g["label"]}
                if all(_is_acronym(t) for t in texts) or (
                        label_key(g["label"]) not in {label_key(t) for t in texts} and not any(
                            labels_match(t, g["label"]) for t in texts)):
                    cause = "absent: acronym or alias only"
                elif g["label"][:1].islower():
                    cause = "absent: generic noun phrase"
                else:
                    cause = "absent: proper name"
            missed.append((kind, cause, g["label"]))
        for pi, p in enumerate(pred[kind]):
            if pi in used:
                continue
            if any(matches(g, p) for k in ENTITY_KINDS if k != kind for g in gold.get(k, [])):
                cause = "wrong kind"
            elif any(near(g, p) for g in gold.get(kind, [])):
                cause = "fragment or too long"
            elif p["labels"][0][:1].islower():
                cause = "generic noun phrase"
            else:
                cause = "named, not in gold"
            false.append((kind, cause, p["labels"][0]))
    return {"missed": missed, "false": false, "sources": sources}


def entity_causes(part, via="click"):
    """Counts of the causes of missed and false entities over a part, and (never for the test
    part, whose texts are for reporting only) the labels behind each count."""
    onto = load_ontology()
    names = load_split()["parts"][part]
    counts = {"missed": {}, "false": {}}
    examples = {"missed": {}, "false": {}}
    by_source = {}      # {kind: {source: [right, predicted]}}: which rule proposes the false ones
    for name in names:
        report, _reason = run_extract(document_path(name), via=via)
        classified = classify_entities(name, report, onto)
        for kind, source, right in classified.pop("sources"):
            tally = by_source.setdefault(kind, {}).setdefault(source, [0, 0])
            tally[0] += right
            tally[1] += 1
        for side, rows in classified.items():
            for kind, cause, label in rows:
                counts[side].setdefault(kind, {}).setdefault(cause, 0)
                counts[side][kind][cause] += 1
                if part != "test":
                    examples[side].setdefault(kind, {}).setdefault(cause, []).append(f"{label} [{name}]")
    return {"part": part, "documents": len(names), "counts": counts, "by_source": by_source,
            "examples": examples if part != "test" else None}


def print_entity_causes(result, examples=False, file=sys.stdout):
    print(f"\n== entity causes, {result['part']} part ({result['documents']} documents) ==", file=file)
    for side, causes in (("missed", ENTITY_MISS_CAUSES), ("false", ENTITY_FALSE_CAUSES)):
        title = "missed gold entities" if side == "missed" else "false positives"
        print(f"{title:30}" + "".join(f"{k[:13]:>14}" for k in ENTITY_KINDS), file=file)
        for cause in causes:
            row = [result["counts"][side].get(k, {}).get(cause, 0) for k in ENTITY_KINDS]
            print(f"  {cause:28}" + "".join(f"{n:>14}" for n in row), file=file)
        if examples and result["examples"]:
            for kind, by_cause in result["examples"][side].items():
                for cause, labels in by_cause.items():
                    print(f"    {side} {kind} / {cause}: " + "; ".join(labels), file=file)
    for kind in ("organizations", "populations"):
        rows = sorted(result.get("by_source", {}).get(kind, {}).items(), key=lambda kv: (kv[1][0] - kv[1][1], kv[0]))
        if rows:
            print(f"{kind} by the rule that proposed them (right/predicted, most wrong first)", file=file)
            for source, (right, predicted) in rows:
                print(f"  {source:60}{right:>6}/{predicted:<6}", file=file)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--part", choices=["dev", "test", "train", "both", "all"], default="both",
                        help="both = dev and test (the default); all = dev, test and train")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--subprocess", action="store_true", help="run `python -m ickg extract` per file")
    parser.add_argument("--details", action="store_true", help="list each document's missed gold items")
    parser.add_argument("--check", action="store_true", help="only validate the gold files")
    parser.add_argument("--self-check", action="store_true",
                        help="score each gold file against itself (must be 1.0 everywhere)")
    parser.add_argument("--write-floors", action="store_true", help="raise floors.json to today's figures")
    parser.add_argument("--documents", nargs="+", metavar="NAME",
                        help="score only these train or dev documents (held-out ones, say); never test ones")
    parser.add_argument("--miss-causes", nargs="?", type=int, const=0, default=None, metavar="N",
                        help="count why gold statements are missed and predictions wrong, by cause; "
                             "on train and dev also list N examples of each cause (never on test)")
    parser.add_argument("--entity-causes", action="store_true",
                        help="count why entities are missed or wrong, per kind (labels too with --details, "
                             "never for the test part)")
    args = parser.parse_args(argv)
    if args.entity_causes:
        parts = {"both": ("dev", "test"), "all": ("dev", "test", "train")}.get(args.part, (args.part,))
        for part in parts:
            print_entity_causes(entity_causes(part, via="subprocess" if args.subprocess else "click"),
                                examples=args.details)
        return 0
    if args.check:
        problems = check_gold()
        for p in problems:
            print(p)
        print(f"{len(problems)} problem(s) in the evaluation set", file=sys.stderr)
        return 1 if problems else 0
    if args.self_check:
        problems = self_check()
        for name, bad in problems.items():
            print(f"{name}: " + "; ".join(bad))
        print(f"{len(problems)} gold file(s) do not score 1.0 against themselves", file=sys.stderr)
        return 1 if problems else 0
    parts = {"both": ("dev", "test"), "all": ("dev", "test", "train")}.get(args.part, (args.part,))
    only = None
    if args.documents:
        split = load_split()
        known = set(split["parts"]["dev"]) | set(split["parts"]["train"])
        for name in args.documents:
            if name in split["parts"]["test"]:
                parser.error(f"--documents: {name} is in the test part, which is for reporting only")
            if name not in known:
                parser.error(f"--documents: no train or dev document named {name}")
        if args.write_floors:
            parser.error("--write-floors needs every document, not --documents")
        only = set(args.documents)
        parts = tuple(part for part in ("dev", "train") if only & set(split["parts"][part]))
    result = score(parts, via="subprocess" if args.subprocess else "click", only=only)
    if args.write_floors:
        if parts[:2] != ("dev", "test"):
            parser.error("--write-floors needs both parts")
        write_floors(result)
    for data in result["parts"].values():
        if args.miss_causes is None or args.json:
            data.pop("causes")
    if args.miss_causes is not None and not args.json:
        print_causes(result, examples=args.miss_causes)
        return 0
    if args.json:
        if not args.details:
            for data in result["parts"].values():
                data.pop("misses")
        print(json.dumps(result, indent=1))
    else:
        print_table(result, details=args.details)
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
