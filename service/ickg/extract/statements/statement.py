"""The proposed statement and the terms every rule writes it in: the rules' :data:`VERSION`, the
ontology's IRIs and the classes a described thing may take.

One home for what a rule's output is made of, so that the families of rules (the other modules of this
package) and :func:`~ickg.extract.statements.reading.find_statements` agree on it.
"""

from dataclasses import dataclass, field

from ickg.quotes import quote_of


VERSION = "20"
ICKG = "https://w3id.org/ickg/ontology/"
ORG_NS = "http://www.w3.org/ns/org#"
XSD = "http://www.w3.org/2001/XMLSchema#"
QUALIFIER = "https://w3id.org/ickg/scheme/qualifier/"
SCHEME = "https://w3id.org/ickg/scheme/"
STUDY, EVALUATION, STUDY_DESIGN, METHOD = ICKG + "Study", ICKG + "Evaluation", ICKG + "StudyDesign", ICKG + "ResearchMethod"
RECOMMENDATION, BARRIER, OUTCOME, GOAL = ICKG + "Recommendation", ICKG + "Barrier", ICKG + "Outcome", ICKG + "Goal"
MECHANISM, FUNDING, SECTOR, CONTEXT = ICKG + "Mechanism", ICKG + "FundingModel", ICKG + "CareSector", ICKG + "Context"
JURISDICTION, ROLE = ICKG + "Jurisdiction", ORG_NS + "Role"


MECHANISM_CLASSES = {ICKG + c for c in ("Mechanism", "CareCoordination", "CaseManagement", "CarePlanning",
                                        "SharedInformationSystem", "InterdisciplinaryTeam", "SingleEntryPoint",
                                        "StandardizedAssessment", "PatientEngagement", "GovernanceArrangement",
                                        "MicroMechanism", "Enabler")}
FUNDING_CLASSES = {ICKG + c for c in ("FundingModel", "BundledFunding", "Capitation", "PooledBudget",
                                      "SharedSavings", "GlobalBudget", "FeeForService", "PayForPerformance",
                                      "ProviderIncentive")}


@dataclass(slots=True)
class Statement:
    """A proposed statement: ``subject predicate object``, stated by ``text[start:end]``."""

    subject: dict
    predicate: str
    object: dict
    start: int
    end: int
    rule: str
    confidence: float
    hedge: dict | None = None
    extra: dict = field(default_factory=dict)
    scored_by: str | None = None        # the confidence table's version (ickg.extract.statements.confidence)

    def as_json(self, text, page=None):
        quote = quote_of(text, self.start, self.end)
        out = {"subject": self.subject, "predicate": self.predicate, "object": self.object,
               "quote": quote["exact"], "start": self.start, "end": self.end,
               "prefix": quote["prefix"], "suffix": quote["suffix"],
               "confidence": self.confidence, "source": f"ickg-rules/{self.rule}@{VERSION}"}
        if self.scored_by:
            out["confidence_source"] = self.scored_by
        if self.hedge:
            out["hedge"] = self.hedge
        if page is not None:
            out["page"] = page
        return out


def node(label, type_, iri=None):
    out = {"label": label, "type": type_}
    if iri:
        out["iri"] = iri
    return out


def place_node(place):
    from ickg.namespaces import ID

    return {"label": place.name, "type": ICKG + place.type, "iri": str(ID[f"jurisdiction/{place.slug}"])}


def literal(value, datatype="integer"):
    return {"value": value, "datatype": XSD + datatype}
