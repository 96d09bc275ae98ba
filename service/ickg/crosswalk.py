"""Crosswalk reasoning: a concept of one typology stands in for the concepts mapped to it.

The typologies of integration are SKOS concept schemes (``ickg-concepts.ttl``) mapped to one
another with SKOS mapping properties (``ickg-mappings.ttl``). Crosswalk reasoning lets a query
phrased with any typology's concept find the items tagged with a mapped concept of another:
a program that ``ickg:practisesIntegrationType`` GKEN's *clinical integration* is found by a query
for the Rainbow Model's *clinical integration* when the two are mapped.

**How.** It is materialised, as part of the reasoner's closure, by one rule:

    ickg-crosswalk:  x P c ,  c M c'  =>  x P c'
        for every predicate P outside SKOS, OWL, RDF and RDFS, and every *counted* mapping property M

applied only to tagging triples that did not themselves come from this rule (one mapping hop,
so close matches do not chain into ever looser ones). The counted mapping properties also get
their SKOS semantics, taken from the SKOS reference (https://www.w3.org/TR/skos-reference/#mapping):
``exactMatch`` is symmetric and transitive, ``closeMatch`` and ``relatedMatch`` symmetric,
``broadMatch`` the inverse of ``narrowMatch``. Materialising (rather than rewriting queries) means
that ``infer=false`` on the endpoint switches the crosswalk off like any other inference, that
plain SPARQL finds the items, and that ``ickg explain`` shows the mapping the answer rests on.

**Which mappings count** is explicit and configurable (:class:`Crosswalk`, the ``strengths``
argument, or a comma-separated list such as ``"exactMatch,closeMatch"`` for
:meth:`Crosswalk.from_names`). The default is ``skos:exactMatch`` and ``skos:closeMatch``: both say
the two concepts can be used interchangeably (close: in some applications). ``skos:broadMatch``
may be added (an item tagged with a concept is then also found under its broader matches);
``skos:relatedMatch`` may be added but is loose; ``skos:narrowMatch`` is refused, since an item
about a broad concept is not thereby about each narrower one (count ``broadMatch`` instead: the
inverse of every narrowMatch is a broadMatch).
"""

from rdflib.namespace import OWL, RDF, RDFS, SKOS

from ickg.pipeline.rules import CROSSWALK_RULE

# Predicates of these vocabularies never tag an item with a concept (typing, schema, mappings,
# axiom annotations): the crosswalk leaves their triples alone.
_NOT_TAGS = (str(SKOS), str(OWL), str(RDF), str(RDFS))

DEFAULT_STRENGTHS = (SKOS.exactMatch, SKOS.closeMatch)
ALLOWED_STRENGTHS = (SKOS.exactMatch, SKOS.closeMatch, SKOS.broadMatch, SKOS.relatedMatch)

# The SKOS reference's axioms about the mapping properties (the ones the crosswalk relies on).
SKOS_MAPPING_AXIOMS = (
    (SKOS.exactMatch, RDF.type, OWL.TransitiveProperty),
    (SKOS.exactMatch, RDF.type, OWL.SymmetricProperty),
    (SKOS.closeMatch, RDF.type, OWL.SymmetricProperty),
    (SKOS.relatedMatch, RDF.type, OWL.SymmetricProperty),
    (SKOS.broadMatch, OWL.inverseOf, SKOS.narrowMatch),
)


class Crosswalk:
    """Which SKOS mapping properties carry a concept's tags over to the concepts mapped to it.

    Args:
        strengths: the counted mapping properties (default exactMatch and closeMatch).
    """

    def __init__(self, strengths=DEFAULT_STRENGTHS):
        strengths = tuple(strengths)
        for s in strengths:
            if s == SKOS.narrowMatch:
                raise ValueError("skos:narrowMatch cannot count: an item about a broad concept is "
                                 "not thereby about each narrower one; count skos:broadMatch")
            if s not in ALLOWED_STRENGTHS:
                raise ValueError(f"not a SKOS mapping property the crosswalk knows: {s}")
        self.properties = frozenset(strengths)

    @classmethod
    def from_names(cls, names):
        """``"exactMatch,closeMatch"`` (or ``skos:``-prefixed names) -> a Crosswalk."""
        out = []
        for name in str(names).split(","):
            name = name.strip().removeprefix("skos:")
            if name:
                out.append(SKOS[name])
        return cls(out)

    def __repr__(self):
        return "Crosswalk(" + ", ".join(sorted("skos:" + p.removeprefix(str(SKOS))
                                               for p in self.properties)) + ")"

    def axioms(self):
        """The SKOS axioms the reasoner needs, added to its input."""
        return list(SKOS_MAPPING_AXIOMS)

    # -- hooks called by ickg.pipeline.rules.Reasoner ---------------------------------------------

    def compile(self, reasoner, add):
        """Prepare a run: the ids of the counted properties, and of the concepts that take part
        in a counted mapping (a set, for a fast membership test)."""
        terms = reasoner.terms
        self._ids = frozenset(terms.encode(p) for p in self.properties)
        narrow = terms.encode(SKOS.narrowMatch) if SKOS.broadMatch in self.properties else None
        self._type = terms.encode(RDF.type)
        self._tag_cache = {}
        concepts = set()
        for s, p, o in reasoner.asserted:
            if p in self._ids or p == narrow:
                concepts.add(s)
                concepts.add(o)
        return concepts

    def is_counted(self, p):
        return p in self._ids

    def _is_tag(self, reasoner, p):
        tag = self._tag_cache.get(p)
        if tag is None:
            tag = self._tag_cache[p] = not str(reasoner.terms.decode(p)).startswith(_NOT_TAGS)
        return tag

    def apply(self, reasoner, t):
        """A tagging triple ``x P c`` was added: tag x with c's counted matches too."""
        x, p, c = t
        if c < 0 or not self._is_tag(reasoner, p):
            return
        if reasoner.derivations.get(t, ("",))[0] == CROSSWALK_RULE:
            return
        for m in self._ids:
            for c2 in list(reasoner.pso.get(m, {}).get(c, ())):
                if c2 != c:
                    reasoner._add((x, p, c2), CROSSWALK_RULE, (t, (c, m, c2)))

    def on_match(self, reasoner, t):
        """A counted mapping ``c M c2`` was added: tag with c2 everything tagged with c."""
        c, m, c2 = t
        if c == c2:
            return
        for p, by_o in list(reasoner.pos.items()):
            if not self._is_tag(reasoner, p):
                continue
            for x in list(by_o.get(c, ())):
                tag = (x, p, c)
                if reasoner.derivations.get(tag, ("",))[0] != CROSSWALK_RULE:
                    reasoner._add((x, p, c2), CROSSWALK_RULE, (tag, t))
