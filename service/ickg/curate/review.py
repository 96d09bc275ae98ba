"""The curator's review of the machine's proposals: accept, edit or reject, in the curation format.

A decision is written into the document's curation file (``curation/<stem>.txt``), so the git
diff of ``graph_data/curation/`` is the review record:

- **accept** writes the statement as a curator would: the declarations of the things it names
  (``Embrace is a: program "Embrace"`` with a quote that names it) and the statement with its
  quotes, hedge and a ``proposed: <id> <rule>, confidence <c>`` line saying where it came from.
  The next build makes it a curated fact with its quote, about the same resource the proposal
  named;
- **edit** does the same with the curator's corrections (the subject's or object's name, the
  object's class, the property, the quote);
- **reject** writes the statement with a ``rejected: <id> <why>`` line: the build skips it, and
  the id keeps the proposal from coming back.

Nothing is written that the curation builder refuses: the file with the new lines is built against
the document (quotes found in the text, names in their quotes, domain and range) before it
replaces the old one, atomically. Callers hold the data directory's lock while they decide.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Container, Iterable

from rdflib import URIRef
from rdflib.namespace import XSD

from ickg.curate.builder import INTEGER_TYPES, curate_document, document_path
from ickg.curate.fileformat import CURATION_SUFFIX, CurationError, parse_blocks
from ickg.curate.proposals import Proposal, handle_of, pending, review_state
from ickg.curate.quotes import LocatedText
from ickg.curate.vocabulary import Vocabulary, default_vocabulary
from ickg.mint import document_iri, journal_iri, publication_iri, slug
from ickg.namespaces import PREFIXES, SCHEME


class ReviewError(ValueError):
    """A decision that cannot be taken; the message says which proposal or file, and why."""


@dataclass
class Decision:
    """One decision written: what, about which proposal, and the lines added to which file."""

    action: str           # accepted | edited | rejected
    proposal: Proposal
    path: Path
    lines: str


@dataclass
class Edits:
    """A curator's corrections to a proposal before accepting it (None: keep the proposal's)."""

    subject: str | None = None         # the subject's name, as the document writes it
    object: str | None = None          # the object's name, as the document writes it
    object_class: str | None = None    # a class of the ontology, by label or name
    property: str | None = None        # a property of the ontology, by label or name
    quote: str | None = None           # words of the document that state it

    def any(self) -> bool:
        return any(v is not None for v in (self.subject, self.object, self.object_class, self.property,
                                           self.quote))


# ---------------------------------------------------------------------------------------------
# Reading


def find_document(corpus_dir: str | os.PathLike[str], name: str) -> Path:
    """The corpus document ``name`` names: a file name, a stem, or a path to a corpus file."""
    corpus = Path(corpus_dir)
    candidate = Path(name)
    for path in (corpus / candidate.name, corpus / name):
        if path.is_file() and path.parent.resolve() == corpus.resolve():
            return path
    found = document_path(corpus, candidate.stem if candidate.suffix else candidate.name)
    if found is None:
        raise ReviewError(f"{name}: no such document in {corpus}")
    return found


def read_record(path: str | os.PathLike[str]) -> Any:
    """The extraction record of a corpus document (what the build extracts from it)."""
    from ickg.extract.document import DocumentError, extract

    try:
        return extract(Path(path))
    except DocumentError as error:
        raise ReviewError(str(error)) from None


class StoreTriples:
    """``triple in StoreTriples(store)``: whether the built store's asserted graph holds it (the
    build proposes nothing it holds). ``store`` has pyoxigraph's ``quads_for_pattern``."""

    def __init__(self, store: Any) -> None:
        self.store = store

    def __contains__(self, triple: object) -> bool:
        import pyoxigraph as ox

        from ickg.namespaces import ASSERTED_GRAPH
        from ickg.terms import to_ox

        s, p, o = triple  # type: ignore[misc]
        pattern = (to_ox(s), to_ox(p), to_ox(o), ox.NamedNode(str(ASSERTED_GRAPH)))
        return next(iter(self.store.quads_for_pattern(*pattern)), None) is not None


def pending_proposals(record: Any, curation_dir: str | os.PathLike[str],
                      asserted: Container = frozenset(), vocabulary: Vocabulary | None = None) -> list[Proposal]:
    """The proposals of ``record`` still to review (what the build puts in graph/proposed):
    none for a document whose curation file was written by hand."""
    found = pending([record], curation_dir, asserted, vocabulary)
    return found[0][1] if found else []


def is_closed(curation_dir: str | os.PathLike[str], stem: str) -> bool:
    """Whether a hand-written curation file closes the document to proposals."""
    return not review_state(curation_dir, stem).open


# ---------------------------------------------------------------------------------------------
# Writing


class Review:
    """Decisions about one document's proposals, written to its curation file together.

    :meth:`accept` and :meth:`reject` add lines; :meth:`save` builds the file with all of them
    against the document (and runs ``check`` on the result, if given) and only then replaces the
    file, in one rename: a session is written whole or not at all.
    """

    def __init__(self, record: Any, curation_dir: str | os.PathLike[str], vocabulary: Vocabulary | None = None):
        self.vocabulary = vocabulary or default_vocabulary()
        self.writer = _Writer(record, curation_dir, self.vocabulary)
        self.decisions: list[Decision] = []

    def accept(self, proposal: Proposal, edits: Edits | None = None) -> Decision:
        """Add ``proposal`` (corrected by ``edits``) as a curated statement."""
        vocabulary, writer, record = self.vocabulary, self.writer, self.writer.record
        edits = edits or Edits()
        subject, obj = dict(proposal.subject), dict(proposal.object)
        if edits.subject is not None:
            subject["label"] = edits.subject
        if edits.object is not None:
            if "value" in obj:
                obj["value"] = edits.object
            else:
                obj["label"] = edits.object
                if obj.get("iri", "").startswith(str(SCHEME)):
                    obj.pop("iri")
        if edits.object_class is not None:
            cls = vocabulary.classes.get(edits.object_class.strip().lower())
            if cls is None:
                raise ReviewError(f"{edits.object_class!r} is not a class of the ontology")
            obj["type"] = str(cls)
            obj.pop("iri", None)
        predicate = proposal.predicate
        if edits.property is not None:
            prop = vocabulary.properties.get(edits.property.strip().lower())
            if prop is None:
                raise ReviewError(f"{edits.property!r} is not a property of the ontology")
            predicate = str(prop)
        quotes = list(proposal.quotes)
        if edits.quote is not None:
            spans = writer.located.find_all(edits.quote)
            if not spans:
                raise ReviewError(f"quote not found in {record.file_name}: {edits.quote!r}")
            quotes = spans[:1]
        mark = f"{proposal.id} {proposal.source}, confidence {proposal.confidence:g}" + (
            ", edited in review" if edits.any() else "")
        lines = writer.statement(subject, predicate, obj, quotes, proposal.hedge, f"proposed: {mark}")
        return self._add(Decision("edited" if edits.any() else "accepted", proposal, writer.path, lines))

    def reject(self, proposal: Proposal, reason: str = "") -> Decision:
        """Add ``proposal`` as rejected (the build skips it; its id keeps it from coming back)."""
        writer = self.writer
        reason = " ".join(reason.split()) or "rejected in review"
        head = (f"{writer.ref(proposal.subject)} {writer.property_ref(proposal.predicate)}: "
                f"{writer.ref(proposal.object)}")
        lines = [head] + writer.quote_lines(proposal.quotes, None) + [f"  rejected: {proposal.id} {reason}"]
        return self._add(Decision("rejected", proposal, writer.path, "\n".join(lines) + "\n"))

    def _add(self, decision: Decision) -> Decision:
        self.decisions.append(decision)
        return decision

    def save(self, check: Callable[[Any], None] | None = None) -> list[Decision]:
        """Write every decision added, once they pass the curation builder and ``check`` (called
        with the file's built dataset; it raises :class:`ReviewError` to refuse)."""
        if self.decisions:
            self.writer.commit("\n".join(d.lines for d in self.decisions), check)
        return list(self.decisions)


def accept(record: Any, proposal: Proposal, curation_dir: str | os.PathLike[str], *,
           edits: Edits | None = None, vocabulary: Vocabulary | None = None) -> Decision:
    """Write ``proposal`` (corrected by ``edits``) into the document's curation file.

    Raises:
        ReviewError: the statement does not pass the curation checks (the message is the
            builder's, naming the line it would have been); nothing is written.
    """
    review = Review(record, curation_dir, vocabulary)
    decision = review.accept(proposal, edits)
    review.save()
    return decision


def reject(record: Any, proposal: Proposal, curation_dir: str | os.PathLike[str], *, reason: str = "",
           vocabulary: Vocabulary | None = None) -> Decision:
    """Write ``proposal`` into the document's curation file as rejected (the build skips it)."""
    review = Review(record, curation_dir, vocabulary)
    decision = review.reject(proposal, reason)
    review.save()
    return decision


class _Writer:
    """The lines of one decision, written as a curator would write them, then checked and saved."""

    def __init__(self, record: Any, curation_dir: str | os.PathLike[str], vocabulary: Vocabulary) -> None:
        self.record, self.vocabulary = record, vocabulary
        self.text = record.text
        self.located = LocatedText(self.text)
        self.path = Path(curation_dir) / f"{record.stem}{CURATION_SUFFIX}"
        self.existing = self.path.read_text(encoding="utf-8") if self.path.is_file() else ""
        self.declared = {}
        if self.existing:
            for block in parse_blocks(self.path, self.existing):
                if block.rejected is None and block.left.lower().endswith(" is a"):
                    self.declared[block.left[:-5].strip()] = block.right

    # ---- names ------------------------------------------------------------------------------

    def ref(self, node: dict) -> str:
        """How the file names ``node``: a handle, a concept ``scheme/concept``, or a value."""
        if "value" in node:
            datatype = URIRef(node.get("datatype") or XSD.string)
            value = str(node["value"])
            if datatype in INTEGER_TYPES and datatype != XSD.gYear:
                return value
            if datatype == XSD.string:
                return f'"{value}"'
            return f'"{value}"^^{self.compact(datatype)}'
        iri = node.get("iri", "")
        if iri.startswith(str(SCHEME)):
            return iri[len(str(SCHEME)):]
        handle = handle_of(node)
        if iri.startswith(str(PREFIXES["id"])) and slug(handle) != iri.rsplit("/", 1)[-1]:
            return iri.rsplit("/", 1)[-1]  # a handle that makes the resource's own IRI
        return handle

    def compact(self, iri: URIRef) -> str:
        for prefix, namespace in PREFIXES.items():
            if str(iri).startswith(str(namespace)):
                return f"{prefix}:{str(iri)[len(str(namespace)):]}"
        return f"<{iri}>"

    def class_ref(self, cls: URIRef) -> str:
        label = self.vocabulary.label(cls)
        return label if self.vocabulary.classes.get(label.lower()) == cls else self.compact(cls)

    def property_ref(self, prop: str) -> str:
        label = self.vocabulary.label(URIRef(prop))
        return label if self.vocabulary.properties.get(label.lower()) == URIRef(prop) else self.compact(URIRef(prop))

    # ---- lines ------------------------------------------------------------------------------

    def quote_lines(self, quotes: Iterable[tuple[int, int]], hedge: dict | None) -> list[str]:
        out = []
        for start, end in quotes:
            words = LocatedText.normalise(self.text[start:end])
            out.append(f"  quote: {words}")
            spans = self.located.find_all(words)
            if len(spans) > 1:
                later = [i for i, (s, _) in enumerate(spans, 1) if s >= start]
                out.append(f"  occurrence: {later[0] if later else 1}")
            if hedge and self.located.find_all(hedge["cue"], start, end):
                out.append(f"  hedge: {hedge['cue']}")
                out.append(f"  qualifier: {hedge['qualifier'].rsplit('/', 1)[-1]}")
        return out

    def declaration(self, node: dict, quotes: list[tuple[int, int]], mark: str) -> list[str]:
        """``<handle> is a: <class> "<name>"`` with a quote that names it, unless declared already."""
        if "value" in node or node.get("iri", "").startswith(str(SCHEME)):
            return []
        handle = self.ref(node)
        if handle in self.declared:
            return []
        iri = node.get("iri", "")
        cls = URIRef(node["type"] if iri.startswith(str(PREFIXES["id"])) or not iri else iri)
        if iri.startswith(str(PREFIXES["ickg"])):
            cls = URIRef(iri)
        name = " ".join(str(node["label"]).split())
        self.declared[handle] = name
        head = f'{handle} is a: {self.class_ref(cls)} "{name}"'
        for start, end in quotes:  # a quote of the statement that names it
            if self.located.find_all(name, start, end):
                return [head] + self.quote_lines([(start, end)], None) + [f"  {mark}"]
        sentence = self._sentence_naming(name)
        if sentence is not None:
            return [head] + self.quote_lines([sentence], None) + [f"  {mark}"]
        return [f"{handle} is a: {self.class_ref(cls)}"] + self.quote_lines(quotes[:1], None) + [
            "  unnamed: the document describes it without a name; the label is the extraction rule's summary",
            f"  label: {name}", f"  {mark}"]

    def _sentence_naming(self, name: str) -> tuple[int, int] | None:
        spans = self.located.find_all(name)
        if not spans:
            return None
        start, end = spans[0]
        for s, e in self.record.sentences:
            if s <= start and end <= e:
                return s, e
        return start, end

    def statement(self, subject: dict, predicate: str, obj: dict, quotes: list[tuple[int, int]],
                  hedge: dict | None, mark: str) -> str:
        lines = self.declaration(subject, quotes, mark) + self.declaration(obj, quotes, mark)
        lines.append(f"{self.ref(subject)} {self.property_ref(predicate)}: {self.ref(obj)}")
        lines += self.quote_lines(quotes, hedge)
        lines.append(f"  {mark}")
        return "\n".join(lines) + "\n"

    # ---- saving -----------------------------------------------------------------------------

    def commit(self, lines: str, check: Callable[[Any], None] | None = None) -> Path:
        """Check the file with ``lines`` added by building it against the document (and with
        ``check``), then replace the file with it in one rename; on any refusal the file is left
        as it was."""
        if self.existing:
            content = self.existing.rstrip("\n") + "\n\n" + lines
        else:
            content = (f"# Curated statements for corpus/{self.record.file_name}, decided in review "
                       "(ickg review):\n# accepted proposals are statements like any other; rejected "
                       "ones are kept so they are not proposed again.\n\n" + lines)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, staged = tempfile.mkstemp(prefix=f".{self.record.stem}.", suffix=".review", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                out.write(content)
            dataset = self._check(Path(staged))
            if check is not None:
                check(dataset)
            os.replace(staged, self.path)
        except BaseException:
            Path(staged).unlink(missing_ok=True)
            raise
        return self.path

    def _check(self, staged: Path) -> Any:
        """Build the staged file against the document as the build will (same checks)."""
        record = self.record
        journal = journal_iri(record.metadata.journal) if record.metadata.journal is not None else None
        try:
            return curate_document(staged, self.text, document_iri(record.stem), publication=publication_iri(record),
                                   journal=journal, vocabulary=self.vocabulary, document_name=record.file_name)
        except CurationError as error:
            raise ReviewError(f"{self.path}:{error.line}: {error.reason}") from None


__all__ = ["Decision", "Edits", "Review", "ReviewError", "StoreTriples", "accept", "find_document", "is_closed",
           "pending_proposals", "read_record", "reject"]
