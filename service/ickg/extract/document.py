"""Documents -> records: what a text says about itself and what it names, with character offsets.

:func:`extract` reads one document (a path, or text already in memory) and returns a
:class:`DocumentRecord`: bibliographic metadata (:mod:`ickg.extract.metadata`), the layout of
sections and sentences with the site chrome left out (:mod:`ickg.extract.layout`), mentions of
the ontology's concepts (:mod:`ickg.extract.lexicon`), jurisdictions
(:mod:`ickg.extract.gazetteer`), acronym definitions and candidate entities
(:mod:`ickg.extract.entities`). Nothing is stored; :mod:`ickg.model.populate` turns records
into RDF. The same bytes always give the same record.
"""

from __future__ import annotations

import functools
import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from ickg.namespaces import FABIO
from ickg.extract.actors import (PROGRAM, find_actor_nouns, find_conditions, find_listed_programs, find_named,
                                 find_persons, is_study_sample, publisher_entity, settle, short_form)
from ickg.extract.entities import find_acronyms, find_candidates
from ickg.extract.places import find_jurisdictions, is_known_place, masthead_places
from ickg.extract.lexicon import default_lexicon, label_key, resolve, tokens_of
from ickg.extract.metadata import read_metadata
from ickg.mint import document_iri, journal_iri, jurisdiction_iri, person_iri, publication_iri
from ickg.extract.readers import MAX_BYTES, DocumentError, Source, decode_text, read_source
from ickg.extract.regex import lazy_compile
from ickg.extract.statements import find_statements
from ickg.extract.layout import find_layout
from ickg.processes import map_in_workers

__all__ = ["DocumentError", "DocumentRecord", "MAX_BYTES", "extract", "extract_many", "read_document"]


@dataclass(slots=True)
class DocumentRecord:
    """Everything extracted from one document. Offsets are code points of ``text``."""

    stem: str
    file_name: str
    text: str
    sha256: str
    metadata: object                   # ickg.extract.metadata.Metadata
    sections: list                     # ickg.extract.layout.Section
    sentences: list                    # (start, end)
    chrome: list                       # (start, end)
    mentions: list                     # ickg.extract.lexicon.Mention
    jurisdictions: list                # ickg.extract.gazetteer.PlaceMention
    acronyms: list                     # ickg.extract.entities.Acronym
    candidates: list                   # ickg.extract.entities.Candidate
    headings: list = field(default_factory=list)
    concepts: list = field(default_factory=list)      # Mention of placeholder IRIs the ontology lacks yet
    format: str = "text"                               # text | html | pdf | pubmed | jats
    pages: list = field(default_factory=list)          # (start, end) of each PDF page
    entities: list = field(default_factory=list)       # ickg.extract.actors.Entity
    statements: list = field(default_factory=list)     # ickg.extract.statements.Statement

    def page_of(self, offset):
        """The 1-based PDF page ``offset`` falls on; None for a document without pages."""
        for number, (start, end) in enumerate(self.pages, 1):
            if start <= offset < end:
                return number
        return None

    @property
    def iri(self):
        return _document_iri(self.stem)

    def as_json(self):
        """The report printed by ``ickg extract --format json``: plain JSON types only."""
        meta = self.metadata
        text = self.text

        def value(f):
            return None if f is None else f.value

        journal = None
        if meta.journal is not None:
            journal = {
                "label": meta.journal.label,
                "title": value(meta.journal.title),
                "abbreviation": value(meta.journal.abbreviation),
                "iri": str(journal_iri(meta.journal)),
            }
        spans = {name: [list(s) for s in getattr(meta, name).spans]
                 for name in ("title", "year", "volume", "issue", "pages", "doi", "pmid", "pmcid", "date",
                              "publisher")
                 if getattr(meta, name) is not None}
        return {
            "document": {"iri": str(self.iri), "stem": self.stem, "file_name": self.file_name,
                         "sha256": self.sha256, "length": len(text)},
            "metadata": {
                "title": value(meta.title),
                "authors": [
                    {"label": p.name, "family_name": p.family, "given_name": p.given,
                     "initials": p.initials, "iri": str(person_iri(p)),
                     "start": p.spans[0][0], "end": p.spans[0][1]}
                    for p in meta.authors
                ],
                "journal": journal,
                "year": value(meta.year),
                "volume": value(meta.volume),
                "issue": value(meta.issue),
                "pages": value(meta.pages),
                "doi": value(meta.doi),
                "pmid": value(meta.pmid),
                "pmcid": value(meta.pmcid),
                "date": value(meta.date),
                "publisher": value(meta.publisher),
                "type": str(FABIO[meta.type]) if meta.type else None,
                "iri": str(publication_iri(self)),
                "spans": spans,
            },
            "sections": [
                {"label": s.heading, "start": s.start, "end": s.end} for s in self.sections
            ],
            "sentences": [{"start": s, "end": e} for s, e in self.sentences],
            "chrome": [{"label": text[s:e], "start": s, "end": e} for s, e in self.chrome],
            "jurisdictions": [
                {"label": m.text, "name": m.place.name, "iri": str(jurisdiction_iri(m.place.slug)),
                 "type": m.place.type, "part_of": str(jurisdiction_iri(m.place.parent)) if m.place.parent else None,
                 "wikidata": m.place.wikidata, "start": m.start, "end": m.end}
                for m in self.jurisdictions
            ],
            "mentions": [
                {"label": m.text, "pref_label": m.pref_label, "iri": m.iri, "start": m.start, "end": m.end}
                for m in self.mentions
            ],
            "concepts": [
                {"label": m.text, "pref_label": m.pref_label, "iri": m.iri, "start": m.start, "end": m.end,
                 "in_ontology": False}
                for m in self.concepts
            ],
            "entities": [
                {"label": e.label, "name": e.name, "type": e.type, "kind": e.kind, "start": e.start,
                 "end": e.end, "aliases": e.aliases, "source": e.source}
                for e in self.entities
            ],
            "statements": [s.as_json(text, self.page_of(s.start)) for s in self.statements],
            "acronyms": [
                {"short": a.short, "long": a.long, "start": min(a.short_start, a.long_start),
                 "end": max(a.short_end, a.long_end), "short_start": a.short_start,
                 "short_end": a.short_end, "long_start": a.long_start, "long_end": a.long_end}
                for a in self.acronyms
            ],
            "candidates": [
                {"label": c.label, "kind": c.kind, "short": c.short, "start": c.start, "end": c.end}
                for c in self.candidates
            ],
        }


# --- reading ---------------------------------------------------------------------------------

def read_document(path: str | os.PathLike[str], *, follow_symlinks: bool = True) -> tuple[str, str]:
    """The text of ``path`` (read as its format says: see :func:`ickg.extract.readers.read_source`)
    and the SHA-256 of its bytes.

    Raises:
        DocumentError: the file cannot be read as a document (the message names it and says why).
    """
    source = read_source(path, follow_symlinks=follow_symlinks)
    return source.text, source.sha256


def decode_document(data, name):
    """``data`` as UTF-8 text, or a :class:`DocumentError` naming ``name`` saying why it is not."""
    return decode_text(data, name)


def extract(path_or_text: str | os.PathLike[str], *, known_labels: Iterable[str] = (), stem: str | None = None,
            lexicon: Any = None) -> DocumentRecord:
    """Extract one document.

    Args:
        path_or_text: a path to a document (plain text, HTML, PDF, PubMed/MEDLINE or JATS XML),
            or UTF-8 text itself (a ``str`` that is not the path of an existing file).
        known_labels: labels of entities already in the graph; they are not reported as candidates.
        stem: the document's name without extension; defaults to the file's stem, or for text to
            ``text-<first 16 hex digits of its SHA-256>``.
        lexicon: a :class:`ickg.extract.lexicon.Lexicon`; defaults to the packaged ontology's.

    Returns:
        A :class:`DocumentRecord`.

    Raises:
        DocumentError: the file cannot be read as a document.
    """
    if isinstance(path_or_text, os.PathLike) or (
            isinstance(path_or_text, str) and "\n" not in path_or_text and len(path_or_text) < 4096
            and os.path.isfile(path_or_text)):
        path = Path(path_or_text)
        source = read_source(path)
        file_name, stem = path.name, stem or path.stem
    else:
        text = path_or_text
        data = text.encode("utf-8")
        digest = hashlib.sha256(data).hexdigest()
        name = stem or f"text-{digest[:16]}"
        source = Source(decode_text(data, name), digest, "text")
        file_name, stem = f"{name}.txt", name
    return extract_source(source, stem=stem, file_name=file_name, known_labels=known_labels, lexicon=lexicon)


def extract_text(text, *, stem, file_name, sha256, known_labels=(), lexicon=None):
    """The record of a text already decoded (see :func:`extract`)."""
    return extract_source(Source(text, sha256, "text"), stem=stem, file_name=file_name,
                          known_labels=known_labels, lexicon=lexicon)


def extract_source(source, *, stem, file_name, known_labels=(), lexicon=None):
    """The record of a :class:`~ickg.extract.readers.Source` (see :func:`extract`)."""
    lexicon = lexicon or default_lexicon()
    text, sha256 = source.text, source.sha256
    meta = read_metadata(text, fields=source.fields, zones=source.zones, form=source.format)
    layout = find_layout(text, metadata_zones=meta.zones)
    chrome = sorted(layout.chrome)
    front = _disjoint(sorted(chrome + [(s, e) for s, e, kind in meta.zones if kind != "title"]))
    tokens = tokens_of(text, front)
    mentions = resolve(lexicon.find(text, excluded=front, tokens=tokens), text, layout.headings)
    not_places = sorted(chrome + [(s, e) for s, e, kind in meta.zones if kind in ("authors", "citation")])
    places = find_jurisdictions(text, excluded=not_places)
    places = sorted(places + [p for p in masthead_places(text) if not any(
        q.start < p.end and p.start < q.end for q in places)], key=lambda p: p.start)
    acronyms = find_acronyms(text, excluded=chrome)

    exclude_keys = {label_key(label) for label in known_labels}
    exclude_keys.update(label_key(m.text) for m in mentions)
    exclude_keys.update(label_key(m.text) for m in places)
    if meta.journal is not None:
        for f in (meta.journal.title, meta.journal.abbreviation):
            if f is not None:
                exclude_keys.add(label_key(f.value))
    not_prose = chrome + layout.headings + [(s, e) for s, e, _ in meta.zones]
    candidates = find_candidates(text, layout.sentences, acronyms,
                                 exclude_keys=exclude_keys, excluded_spans=not_prose)
    mentions = _outside_names(mentions, candidates, acronyms)
    concepts = [m for m in mentions if not m.known]
    mentions = [m for m in mentions if m.known]
    prose = sorted(set(layout.sentences) | {(s, e) for s, e, kind in meta.zones if kind == "title"})
    conditions = find_conditions(text, excluded=front, tokens=tokens)
    named, _ = find_named(text, prose, acronyms, places, meta.zones,
                          excluded=[(s, e) for s, e, kind in meta.zones if kind in ("authors", "citation")])
    entities = conditions + named + find_persons(text, prose)
    entities += find_actor_nouns(text, layout.sentences, entities)
    entities += find_listed_programs(text, layout.sentences, entities)
    title_span = meta.title.spans[0] if meta.title is not None and meta.title.spans else None
    statements, context = find_statements(
        text, sentences=layout.sentences, sections=layout.sections, entities=entities, places=places,
        mentions=mentions + concepts, acronyms=acronyms, title_span=title_span)
    entities += [p for p in context.programs if p not in entities]
    entities += _populations(text, layout.sentences, entities, context.populations_in)
    if meta.publisher is not None:
        spans = meta.publisher.spans
        publisher = publisher_entity(meta.publisher.value, spans[0][0] if spans else None,
                                     spans[0][1] if spans else None, places)
        if publisher is not None:
            entities.append(publisher)
    entities = settle(entities, text)
    _rename_merged(statements, entities)
    entities = _one_program_per_name(statements, entities)
    return DocumentRecord(
        stem=stem, file_name=file_name, text=text, sha256=sha256, metadata=meta,
        sections=layout.sections, sentences=layout.sentences, chrome=chrome,
        mentions=mentions, jurisdictions=places, acronyms=acronyms, candidates=candidates,
        headings=layout.headings, concepts=concepts, format=source.format, pages=source.pages,
        entities=entities, statements=statements,
    )


# The build's writers ask a record for its IRI a dozen times (the annotations, each proposal's):
# percent-encoding the stem each time cost about 40 µs a document.
_document_iri = functools.lru_cache(maxsize=1024)(document_iri)


_SUBGROUP_LEAD = lazy_compile(r"\b(?:largest|smallest|greatest|highest|lowest|biggest|strongest|weakest|most|least|"
                              r"fewer|more|less|lower|higher|better|worse)\b[^.;,]{0,40}\b(?:among|in)[ ]$|\bthan[ ]$")


def _populations(text, sentences, entities, populations_in):
    """The populations the document's prose names, beyond those its statements give a program:
    every phrase of a population's shape (see :func:`ickg.extract.actors.find_populations`) but a
    study's sample ("we compared 9,824 insured people"), once per name."""
    seen = {e.key for e in entities if e.kind == "population"}
    out = []
    for start, end in sentences:
        for e in populations_in(start, end):
            if e.key in seen:
                continue
            if is_study_sample(text, start, end, e.start):
                continue
            if _SUBGROUP_LEAD.search(text[max(start, e.start - 60):e.start]):
                continue                   # "fewer amputations among members with diabetes": a subgroup of results
            seen.add(e.key)
            out.append(e)
    return out


def _rename_merged(statements, entities):
    """A statement's node named by a name that :func:`settle` made another body's alias ("United States
    Veterans Health Administration" beside "Veterans Health Administration", "Harbour Coalition" of
    "Harbour Coalition of Healthcare Providers", "Behavioral Health Division" of "Milwaukee County Behavioral
    Health Division") takes the body's name, so that the document names the body once."""
    keys = {e.key for e in entities}
    by_alias = {label_key(a): e for e in entities if e.kind == "organization" and e.aliases
                for a in e.aliases if " " in a and (a.endswith(" " + e.name) or short_form(a, e.name)
                                                    or e.name.endswith(" " + a))}
    if not by_alias:
        return
    for st in statements:
        for node in (st.subject, st.object):
            host = by_alias.get(label_key(node.get("label") or "")) if isinstance(node, dict) else None
            label = node.get("label") if host is not None else None
            if label and label_key(label) not in keys and (
                    short_form(label, host.name) or host.name.endswith(" " + label) or (
                    label.endswith(" " + host.name) and is_known_place(label[:-len(host.name) - 1]))):
                node["aliases"] = [*node.get("aliases", []), node["label"]]
                node["label"] = host.name


def _one_program_per_name(statements, entities):
    """Programs the document names once each: a program whose name another program has as an alias
    ("Extension for Community Healthcare Outcomes" of "Project ECHO") is that program, and a statement's
    program node named by a program's alias ("PRISMA model" of "PRISMA") takes the program's name.
    Returns the entities left."""
    programs = [e for e in entities if e.kind == "program"]
    if len(programs) < 2 and not any(e.aliases for e in programs):
        return entities
    by_alias = {}
    for e in programs:
        for alias in e.aliases:
            by_alias.setdefault(label_key(alias), e)
    dropped = set()
    for e in programs:
        host = by_alias.get(e.key)
        if host is not None and host is not e and id(host) not in dropped and e.key != host.key:
            dropped.add(id(e))
            host.aliases += [x for x in (*e.aliases, ) if x not in host.aliases and x != host.name]
    left = [e for e in entities if id(e) not in dropped]
    names = {e.key: e for e in left if e.kind == "program"}
    for e in names.values():
        for alias in e.aliases:
            by_alias[label_key(alias)] = e
    for st in statements:
        for node in (st.subject, st.object):
            label = node.get("label") if isinstance(node, dict) and node.get("type") == PROGRAM else None
            host = by_alias.get(label_key(label)) if label else None
            if host is not None and label_key(label) not in names:
                node["aliases"] = [*node.get("aliases", []), *(a for a in (label, *host.aliases)
                                                               if a not in node.get("aliases", []) and a != host.name)]
                node["label"] = host.name
    return left


def _disjoint(spans):
    """Sorted, overlapping spans merged into disjoint ones (what Lexicon.find expects)."""
    out = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def _outside_names(mentions, candidates, acronyms):
    """Mentions that are not a word inside a proper name: "Program" in "Community Health
    Partnership Program" names the program, not the concept of a program."""
    names = [(c.start, c.end) for c in candidates if c.label[:1].isupper()]
    names += [(a.long_start, a.long_end) for a in acronyms if a.long[:1].isupper()]
    if not names:
        return mentions
    return [m for m in mentions
            if not any(s <= m.start and m.end <= e and (m.start, m.end) != (s, e) for s, e in names)]


def extraction_tables() -> None:
    """Make the tables extraction builds once per process, on first use: the lexicon, the
    gazetteer's and the other places' matchers, the conditions', and the modules' patterns
    (:mod:`ickg.extract.regex` compiles them on first use). Called before worker processes are
    forked, it leaves them nothing to make (compiling the places' patterns alone took each
    worker half a CPU-second)."""
    from ickg.extract import actors, gazetteer, places, regex

    default_lexicon()
    gazetteer.prepare_tables()
    places.prepare_tables()
    actors.prepare_tables()
    regex.compile_all()


def _extract_path(args):
    path, known_labels = args
    return extract(Path(path), known_labels=known_labels)


def extract_many(paths: Iterable[str | os.PathLike[str]], *, known_labels: Iterable[str] = (),
                 processes: int | None = None, chunksize: int = 64) -> list[DocumentRecord]:
    """Records of many documents, in order, on ``processes`` worker processes (1: in this one).

    The extraction's tables are made here, once, before the workers are forked; records travel
    back pickled.
    """
    paths = [str(p) for p in paths]
    known_labels = tuple(known_labels)
    if processes == 1 or len(paths) < 2:
        return [extract(Path(p), known_labels=known_labels) for p in paths]
    extraction_tables()  # the workers, forked after, inherit them
    return map_in_workers(_extract_path, [(p, known_labels) for p in paths], processes=processes,
                          initializer=extraction_tables, chunksize=chunksize)
