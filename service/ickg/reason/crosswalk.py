"""Crosswalk reasoning: a concept of one typology stands in for the concepts mapped to it.

The typologies of integration are SKOS concept schemes (``ickg-concepts.ttl``) mapped to one
another with SKOS mapping properties (``ickg-mappings.ttl``). Crosswalk reasoning lets a query
phrased with any typology's concept find the items tagged with a mapped concept of another:
a program that ``ickg:practisesIntegrationType`` GKEN's *clinical integration* is found by a query
for the Rainbow Model's *clinical integration* when the two are mapped.

**How.** It is materialised, as part of the reasoner's closure, by one rule:

    ickg-crosswalk:  x P c ,  c M c'  =>  x P c'
        for every *tagging* property P and every *counted* mapping property M

**Which properties are carried** is declared in the ontology, not here: a tagging property is one
the ontology marks ``ickg:carriedByMappings true`` (practises, supports or exemplifies an
integration type; a recommendation advocates one). Nothing else crosses a mapping: that a page
defines GKEN's clinical integration, or that a goal motivates it, says nothing about the Rainbow
Model's concept, however close the two are. A concept is never inferred to map to itself.
A mapping fills a gap only: an item already tagged with a concept of the target scheme (case
management supports Kodner's service delivery domain, by the class axiom) is not given a second
concept of that scheme through a mapping (Kodner's clinical domain, close to GKEN's clinical
integration). Hedges and confidence travel with the tags: an inferred triple carries the weakest claim
qualifier of its premises and the lowest confidence of the mappings it rests on
(:meth:`ickg.reason.materialise.ReasoningResult.qualifications`).

applied once, to the tags of the OWL 2 RL closure, which is then closed again over the new tags
(a second stratum: one mapping hop, so close matches do not chain into ever looser ones, and the
result does not depend on the order in which rules fire). The counted mapping properties also get
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

from rdflib.namespace import SKOS

from ickg.namespaces import ICKG
from ickg.reason.catalogue import CROSSWALK_RULE, SKOS_MAPPING_AXIOMS

# The annotation by which the ontology marks a tagging property.
CARRIED_BY_MAPPINGS = ICKG.carriedByMappings

DEFAULT_STRENGTHS = (SKOS.exactMatch, SKOS.closeMatch)
ALLOWED_STRENGTHS = (SKOS.exactMatch, SKOS.closeMatch, SKOS.broadMatch, SKOS.relatedMatch)

class Crosswalk:
    """Which SKOS mapping properties carry a concept's tags over to the concepts mapped to it.

    Args:
        strengths: the counted mapping properties (default exactMatch and closeMatch).
        carried: the tagging properties; by default those the reasoner's input marks
            ``ickg:carriedByMappings true`` (the ontology does).
    """

    def __init__(self, strengths=DEFAULT_STRENGTHS, carried=None):
        strengths = tuple(strengths)
        for s in strengths:
            if s == SKOS.narrowMatch:
                raise ValueError("skos:narrowMatch cannot count: an item about a broad concept is "
                                 "not thereby about each narrower one; count skos:broadMatch")
            if s not in ALLOWED_STRENGTHS:
                raise ValueError(f"not a SKOS mapping property the crosswalk knows: {s}")
        self.properties = frozenset(strengths)
        self.carried = None if carried is None else frozenset(carried)

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

    # -- called by ickg.reason.rules.Reasoner once the closure is complete --------------------

    def tagging_properties(self, reasoner):
        """The ids of the properties whose triples cross mappings: those given, or those the
        reasoner's input marks ``ickg:carriedByMappings true``."""
        terms = reasoner.terms
        if self.carried is not None:
            return {terms.encode(p) for p in self.carried}
        marked = terms.ids.get(CARRIED_BY_MAPPINGS)
        if marked is None:
            return set()
        out = set()
        for p, values in reasoner.pso.get(marked, {}).items():
            if any(v < 0 and terms.decode(v).toPython() is True for v in values):
                out.add(p)
        return out

    @staticmethod
    def _schemes(reasoner):
        """{concept id: scheme id} from skos:inScheme and skos:topConceptOf in the reasoner's input."""
        ids = reasoner.terms.ids
        out = {}
        for prop in (SKOS.topConceptOf, SKOS.inScheme):
            p = ids.get(prop)
            for c, schemes in reasoner.pso.get(p, {}).items() if p is not None else ():
                for s in schemes:
                    out.setdefault(c, s)
        return out

    def conclusions(self, reasoner):
        """``[(x P c', (x P c, c M c'))]``: what the crosswalk concludes from the reasoner's
        tables, known or not, in the order :meth:`apply_all` adds them. An incremental change
        (:func:`ickg.reason.materialise.update_closure`) first takes the second stratum out of
        the tables, so that these are the conclusions of the first stratum's closure alone, as
        in a full run.
        """
        terms = reasoner.terms
        tagging = self.tagging_properties(reasoner)
        counted = [terms.encode(p) for p in sorted(self.properties)]
        matches = {}
        for m in counted:
            for c, targets in reasoner.pso.get(m, {}).items():
                for c2 in targets:
                    if c2 != c:
                        matches.setdefault(c, []).append((m, c2))
        scheme = self._schemes(reasoner)
        new = []
        for p, by_o in reasoner.pos.items():
            if p not in tagging:
                continue
            by_s = reasoner.pso[p]
            for c in matches.keys() & by_o.keys():
                for x in by_o[c]:
                    # schemes x is already tagged in (before this stratum): a mapping fills a gap,
                    # it never adds a second concept of a scheme the item has a concept of
                    tagged_in = {scheme.get(o) for o in by_s.get(x, ())} - {None}
                    for m, c2 in matches[c]:
                        if scheme.get(c2) not in tagged_in:
                            new.append(((x, p, c2), ((x, p, c), (c, m, c2))))
        return new

    def apply_all(self, reasoner):
        """Add ``x P c'`` for every tag ``x P c`` of the closure and counted match ``c M c'``.

        Returns the number of triples added (the reasoner then closes over them).
        """
        new = self.conclusions(reasoner)
        for triple, premises in new:
            reasoner._add(triple, CROSSWALK_RULE, premises)
        return len(new)
