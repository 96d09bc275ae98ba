"""What each inference rule says: the catalogue ``ickg explain``, the derivations graph and the
viewer's explanation pages read, without loading the engine that applies the rules.

Rule ids are those of the OWL 2 RL/RDF tables (https://www.w3.org/TR/owl2-profiles/#OWL_2_RL),
plus ``ickg-crosswalk`` (:mod:`ickg.reason.crosswalk`) and ``dl-hermit`` (:mod:`ickg.reason.dl`).

>>> RULES["prp-trp"]
'A transitive property carries over a path of two steps.'
>>> str(rule_iri("prp-trp"))
'https://w3id.org/ickg/id/rule/prp-trp'
"""

from rdflib import Namespace, URIRef
from rdflib.namespace import OWL, RDF, SKOS

from ickg.mint import RULE as RULE_BASE
from ickg.mint import rule_iri

RULE = Namespace(RULE_BASE)
CROSSWALK_RULE = "ickg-crosswalk"
DL_RULE = "dl-hermit"
OWL2_RL_SPEC = URIRef("https://www.w3.org/TR/owl2-profiles/#Reasoning_in_OWL_2_RL_and_RDF_Graphs_using_Rules")

# What each rule says (after the OWL 2 RL/RDF tables, https://www.w3.org/TR/owl2-profiles/#OWL_2_RL).
RULES = {
    "cax-sco": "A member of a class is a member of its superclasses.",
    "cax-eqc1": "A member of a class is a member of the classes equivalent to it.",
    "cax-dw": "No individual is a member of two disjoint classes.",
    "cax-adc": "No individual is a member of two classes of a set of pairwise disjoint classes.",
    "cls-nothing2": "Nothing is a member of owl:Nothing.",
    "cls-int1": "A member of every class of an intersection is a member of the intersection.",
    "cls-hv1": "A member of a hasValue restriction has that value for the restricted property.",
    "cls-hv2": "Whatever has the value of a hasValue restriction for its property is a member of it.",
    "cls-svf1": "Whatever has a value in a class for a property is a member of the someValuesFrom restriction on them.",
    "cls-svf2": "Whatever has a value for a property is a member of its someValuesFrom owl:Thing restriction.",
    "cls-avf": "Every value, for the property, of a member of an allValuesFrom restriction is a member of its class.",
    "cls-com": "No individual is a member of a class and of its complement.",
    "cls-maxc1": "A member of a max-0 cardinality restriction has no value for its property.",
    "cls-maxc2": "Two values of a member of a max-1 cardinality restriction are the same individual.",
    "cls-maxqc2": "A member of a max-0 qualified cardinality restriction has no value of that class.",
    "cls-maxqc3": "Two values of the class of a max-1 qualified restriction are the same individual.",
    "cls-oo": "Each listed individual is a member of a class defined by enumeration.",
    "prp-dom": "The subject of a property is a member of its domain.",
    "prp-rng": "The object of a property is a member of its range.",
    "prp-spo1": "A triple of a property holds of its superproperties.",
    "prp-spo2": "A chain of properties implies the property it is a chain axiom of.",
    "prp-inv1": "A triple of a property holds of its inverse, reversed.",
    "prp-inv2": "A triple of a property holds of its inverse, reversed.",
    "prp-symp": "A symmetric property holds in both directions.",
    "prp-trp": "A transitive property carries over a path of two steps.",
    "prp-fp": "Two values of a functional property for the same subject are the same individual.",
    "prp-ifp": "Two subjects of an inverse-functional property with the same value are the same individual.",
    "prp-irp": "No individual is related to itself by an irreflexive property.",
    "prp-asyp": "No two individuals are related both ways by an asymmetric property.",
    "prp-pdw": "No two individuals are related by two disjoint properties.",
    "eq-sym": "owl:sameAs is symmetric.",
    "eq-trans": "owl:sameAs is transitive.",
    "eq-rep-s": "What holds of an individual holds of whatever is the same as it (subject).",
    "eq-rep-o": "What holds of an individual holds of whatever is the same as it (object).",
    "eq-diff1": "No two individuals are both the same and different.",
    "scm-sco": "rdfs:subClassOf is transitive.",
    "scm-eqc1": "Equivalent classes are subclasses of each other.",
    "scm-eqc2": "Classes that are subclasses of each other are equivalent.",
    "scm-spo": "rdfs:subPropertyOf is transitive.",
    "scm-eqp1": "Equivalent properties are subproperties of each other.",
    "scm-eqp2": "Properties that are subproperties of each other are equivalent.",
    "scm-dom1": "A property's domain extends to the superclasses of its domain.",
    "scm-dom2": "A property has the domains of its superproperties.",
    "scm-rng1": "A property's range extends to the superclasses of its range.",
    "scm-rng2": "A property has the ranges of its superproperties.",
    "scm-hv": "A hasValue restriction on a subproperty is a subclass of the one on its superproperty.",
    "scm-svf1": "A someValuesFrom restriction is a subclass of the one on a superclass of its filler.",
    "scm-svf2": "A someValuesFrom restriction on a subproperty is a subclass of the one on its superproperty.",
    "scm-avf1": "An allValuesFrom restriction is a subclass of the one on a superclass of its filler.",
    "scm-avf2": "An allValuesFrom restriction on a superproperty is a subclass of the one on its subproperty.",
    "scm-int": "An intersection is a subclass of each of its classes.",
    "scm-uni": "Each class of a union is a subclass of the union.",
    CROSSWALK_RULE: "Whatever a tagging property (one the ontology marks ickg:carriedByMappings) relates to a concept, it relates to the concepts mapped to it by a counted SKOS mapping property (ickg.crosswalk).",
    DL_RULE: "Entailed under the OWL 2 Direct Semantics, as found by the HermiT reasoner (no rule-level derivation).",
}


# The SKOS reference's axioms about the mapping properties (the ones the crosswalk relies on):
# the crosswalk adds them to the closure, and an explanation stops at them as axioms.
SKOS_MAPPING_AXIOMS = (
    (SKOS.exactMatch, RDF.type, OWL.TransitiveProperty),
    (SKOS.exactMatch, RDF.type, OWL.SymmetricProperty),
    (SKOS.closeMatch, RDF.type, OWL.SymmetricProperty),
    (SKOS.relatedMatch, RDF.type, OWL.SymmetricProperty),
    (SKOS.broadMatch, OWL.inverseOf, SKOS.narrowMatch),
)

__all__ = ["RULES", "RULE", "CROSSWALK_RULE", "DL_RULE", "OWL2_RL_SPEC", "SKOS_MAPPING_AXIOMS", "rule_iri"]
