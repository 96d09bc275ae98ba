"""Write the gold files of the training documents (benchmarks/eval/train/gold/*.json) from the
compact descriptions below: what a careful reader records, by the conventions of
benchmarks/eval/README.md. Offsets of mentions and quotes are computed here from the documents,
so a description names only texts; a mention written ``re:PATTERN`` is a regular expression (to
leave out, say, a place inside an organization's name).

The training documents are for tuning the extractor, alongside the development part; they were
written for this purpose in styles and about programs that neither the corpus nor the test part
has. Facts about the programs are from public sources (listed in train/README.md); the
bibliographic wrapping, people and study results are invented.

    python benchmarks/eval/train/make_gold.py          # rewrite every gold file
"""

import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

ORG, PROG, POP, COND = "org:Organization", "ickg:Program", "ickg:TargetPopulation", "ickg:ClinicalCondition"
CM, PI, PP = "ickg:CareModel", "ickg:PolicyInitiative", "ickg:PilotProgram"
MECH, BAR, OUT, GOAL = "ickg:Mechanism", "ickg:Barrier", "ickg:Outcome", "ickg:Goal"
STUDY, METHOD, REC = "ickg:Study", "ickg:ResearchMethod", "ickg:Recommendation"
YEAR = "xsd:integer"


def E(label, type_, names=None, aliases=(), types_accept=()):
    e = {"label": label, "type": type_, "names": names or [label, *aliases]}
    if aliases:
        e["aliases"] = list(aliases)
    if types_accept:
        e["types_accept"] = list(types_accept)
    return e


def C(label, iri, names=None, accept=()):
    c = {"label": label, "iri": iri, "names": names or [label]}
    if accept:
        c["accept"] = list(accept)
    return c


def S(subject, predicate, obj, quote, hedge=None):
    def node(x):
        if isinstance(x, int):
            return {"value": x, "datatype": YEAR}
        if isinstance(x, dict):
            return x
        return {"label": x[0], "type": x[1], **({"iri": x[2]} if len(x) > 2 else {})}
    st = {"subject": node(subject), "predicate": predicate, "object": node(obj), "quote": quote}
    if hedge:
        st["hedge"] = {"cue": hedge[0], "qualifier": hedge[1]}
    return st


HEDGED, ASPIRATIONAL, PRELIMINARY = "qualifier:hedged", "qualifier:aspirational", "qualifier:preliminary"

DOCUMENTS = {}
# As in the dev gold files, a publisher is among the organizations, and generic phrases ("chronic conditions", "mental health") are populations'
# words, not clinical conditions; a condition is a named disease or the table's kind of condition.

# --- a ministry web page ---------------------------------------------------------------------------
OHT = ("Ontario Health Teams", CM)
DOCUMENTS["train-ministry-ontario-health-teams.txt"] = dict(
    style="ministry-web-page",
    metadata={"title": "Ontario Health Teams: connecting care in your community", "authors": [],
              "date": "2019-12-02", "year": 2019, "journal": None, "publisher": "Ministry of Health",
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:WebPage"},
    jurisdictions=[E("Ontario", "ickg:ProvinceOrState", [r"re:\bOntario\b(?! Health)(?!\.ca)"])],
    organizations=[E("Ministry of Health", ORG), E("Ontario Health", ORG, [r"re:\bOntario Health\b(?! Teams?)"]),
                   E("hospitals", ORG), E("primary care providers", ORG), E("community support services", ORG)],
    programs=[E("Ontario Health Teams", CM, ["Ontario Health Teams", "Ontario Health Team"], types_accept=[PI])],
    populations=[E("people with complex chronic conditions", POP),
                 E("people with mental health and addictions challenges", POP),
                 E("frail older adults living at home", POP)],
    conditions=[],
    concepts=[C("care coordination", "ickg:CareCoordination"),
              C("care plan", "ickg:CarePlanning", accept=["kodner:joint-care-planning"]),
              C("integrated funding envelope", "ickg:BundledFunding")],
    statements=[
        S(OHT, "ickg:locatedIn", ("Ontario", "ickg:ProvinceOrState"),
          "Ontario is changing the way patients receive care. Ontario Health Teams, a new model of organizing and delivering health care"),
        S(OHT, "ickg:hasPartner", ("hospitals", ORG), "bring together hospitals, primary care providers, home care and community support services"),
        S(OHT, "ickg:hasPartner", ("primary care providers", ORG), "bring together hospitals, primary care providers, home care and community support services"),
        S(OHT, "ickg:hasPartner", ("community support services", ORG), "bring together hospitals, primary care providers, home care and community support services"),
        S(OHT, "ickg:establishedBy", ("Connecting Care Act, 2019", "ickg:Legislation"), "The model was introduced under the Connecting Care Act, 2019"),
        S(("Ontario Health", ORG), "ickg:establishedBy", ("Connecting Care Act, 2019", "ickg:Legislation"),
          "the Connecting Care Act, 2019, which also created Ontario Health, a provincial agency that oversees the health system"),
        S(OHT, "ickg:numberOfPrograms", {"value": 24, "datatype": "xsd:nonNegativeInteger"},
          "Today the Ministry of Health approved the first 24 Ontario Health Teams across the province."),
        S(OHT, "ickg:yearEstablished", 2019, "Today the Ministry of Health approved the first 24 Ontario Health Teams across the province."),
        S(OHT, "ickg:initiatedBy", ("Ministry of Health", ORG), "Today the Ministry of Health approved the first 24 Ontario Health Teams across the province."),
        S(OHT, "ickg:targetsPopulation", ("people with complex chronic conditions", POP),
          "teams will focus on people with complex chronic conditions, people with mental health and addictions challenges, and frail older adults living at home"),
        S(OHT, "ickg:targetsPopulation", ("people with mental health and addictions challenges", POP),
          "teams will focus on people with complex chronic conditions, people with mental health and addictions challenges, and frail older adults living at home"),
        S(OHT, "ickg:targetsPopulation", ("frail older adults living at home", POP),
          "teams will focus on people with complex chronic conditions, people with mental health and addictions challenges, and frail older adults living at home"),
        S(OHT, "ickg:hasComponent", ("navigation and care coordination services", "ickg:CareCoordination"), "24/7 navigation and care coordination services"),
        S(OHT, "ickg:hasComponent", ("single care plan", "ickg:CarePlanning"), "a single care plan shared by every provider on the team"),
        S(OHT, "ickg:hasComponent", ("digital access to their own health records", "ickg:SharedInformationSystem"),
          "digital access to their own health records and virtual visits"),
        S(OHT, "ickg:hasComponent", ("virtual visits", MECH), "digital access to their own health records and virtual visits"),
        S(OHT, "ickg:hasFundingModel", ("integrated funding envelope", "ickg:BundledFunding"),
          "Teams will be funded through an integrated funding envelope over time"),
        S(OHT, "ickg:hasGoal", ("reduce hallway health care", GOAL),
          "The ministry expects that teams will reduce hallway health care and avoidable emergency department visits.",
          ("expects", ASPIRATIONAL)),
        S(OHT, "ickg:hasGoal", ("reduce avoidable emergency department visits", GOAL),
          "The ministry expects that teams will reduce hallway health care and avoidable emergency department visits.",
          ("expects", ASPIRATIONAL)),
        S(OHT, "ickg:facesBarrier", ("separate patient record systems", BAR),
          "separate patient record systems and short-term contracts for home care are likely to slow the work", ("likely", HEDGED)),
        S(OHT, "ickg:facesBarrier", ("short-term contracts for home care", BAR),
          "separate patient record systems and short-term contracts for home care are likely to slow the work", ("likely", HEDGED)),
    ])

# --- a press release -------------------------------------------------------------------------------
PHN = ("Primary Health Networks", PI)
DOCUMENTS["train-press-primary-health-networks.txt"] = dict(
    style="press-release",
    metadata={"title": "Thirty-one Primary Health Networks to start on 1 July", "authors": [],
              "date": "2015-04-10", "year": 2015, "journal": None, "publisher": "Department of Health",
              "publisher_accept": ["Australian Government Department of Health"],
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:PressRelease"},
    jurisdictions=[E("Canberra", "ickg:Municipality")],
    organizations=[E("Department of Health", ORG, ["DEPARTMENT OF HEALTH", "Department of Health"]),
                   E("Medicare Locals", ORG), E("Commonwealth", ORG),
                   E("Local Hospital Networks", ORG), E("general practitioners", ORG), E("hospitals", ORG),
                   E("Aboriginal Community Controlled Health Services", ORG),
                   E("clinical council", ORG), E("community advisory committee", ORG)],
    programs=[E("Primary Health Networks", PI, ["Primary Health Networks", "PHN", "PHNs"], aliases=["PHNs"])],
    populations=[E("patients at risk of poor health outcomes", POP, ["those at risk of poor health outcomes"]),
                 E("Aboriginal and Torres Strait Islander people", POP, ["Aboriginal and Torres Strait Islander"])],
    conditions=[],
    concepts=[C("coordination of care", "ickg:CareCoordination")],
    statements=[
        S(PHN, "ickg:numberOfPrograms", {"value": 31, "datatype": "xsd:nonNegativeInteger"},
          "Thirty-one Primary Health Networks (PHNs) will replace the 61 Medicare Locals from 1 July 2015"),
        S(PHN, "ickg:yearEstablished", 2015, "Thirty-one Primary Health Networks (PHNs) will replace the 61 Medicare Locals from 1 July 2015"),
        S(PHN, "ickg:initiatedBy", ("Department of Health", ORG),
          "Thirty-one Primary Health Networks (PHNs) will replace the 61 Medicare Locals from 1 July 2015, the Department of Health said today."),
        S(PHN, "ickg:hasFundingModel", ("funded by the Commonwealth to commission services", "ickg:FundingModel"),
          "funded by the Commonwealth to commission services rather than deliver them"),
        S(PHN, "ickg:hasGoal", ("increase the efficiency and effectiveness of medical services", GOAL),
          "Their two objectives are to increase the efficiency and effectiveness of medical services for patients"),
        S(PHN, "ickg:hasGoal", ("improve the coordination of care", GOAL),
          "to improve the coordination of care so that patients receive the right care in the right place at the right time"),
        S(PHN, "ickg:targetsPopulation", ("patients at risk of poor health outcomes", POP),
          "medical services for patients, particularly those at risk of poor health outcomes"),
        S(PHN, "ickg:hasComponent", ("clinical council", "ickg:GovernanceArrangement"),
          "Each PHN will have a clinical council and a community advisory committee"),
        S(PHN, "ickg:hasComponent", ("community advisory committee", "ickg:GovernanceArrangement"),
          "Each PHN will have a clinical council and a community advisory committee"),
        S(PHN, "ickg:hasPartner", ("general practitioners", ORG),
          "Networks will work with general practitioners, hospitals and Aboriginal Community Controlled Health Services"),
        S(PHN, "ickg:hasPartner", ("hospitals", ORG),
          "Networks will work with general practitioners, hospitals and Aboriginal Community Controlled Health Services"),
        S(PHN, "ickg:hasPartner", ("Aboriginal Community Controlled Health Services", ORG),
          "Networks will work with general practitioners, hospitals and Aboriginal Community Controlled Health Services"),
        S(PHN, "ickg:targetsPopulation", ("Aboriginal and Torres Strait Islander people", POP),
          "priorities that include mental health, Aboriginal and Torres Strait Islander health"),
        S(PHN, "ickg:hasGoal", ("cut administration", GOAL),
          "the change was intended to cut administration and put more funding into frontline services", ("intended to", ASPIRATIONAL)),
    ])

# --- a conference abstract -------------------------------------------------------------------------
ECHO = ("Project ECHO", PI)
DOCUMENTS["train-conf-project-echo.txt"] = dict(
    style="conference-abstract",
    metadata={"title": "Telementoring primary care for hepatitis C in rural New Mexico: ten years of Project ECHO",
              "authors": [{"family": "Alvarez", "given": None, "initials": "M"},
                          {"family": "Begay", "given": None, "initials": "T"},
                          {"family": "Sandoval", "given": None, "initials": "R"}],
              "date": None, "year": 2014,
              "journal": {"title": "International Journal of Integrated Care", "abbreviation": None},
              "publisher": None, "volume": "14", "issue": "8", "pages": "e021", "doi": None, "pmid": None,
              "type": "fabio:ConferencePaper", "type_accept": ["fabio:Abstract"]},
    jurisdictions=[E("New Mexico", "ickg:ProvinceOrState"), E("Albuquerque", "ickg:Municipality"),
                   E("USA", "ickg:Country"), E("Brussels", "ickg:Municipality")],
    organizations=[E("Center for Rural Health Innovation", ORG),
                   E("University of New Mexico Health Sciences Center", ORG),
                   E("rural clinics", ORG, ["rural clinics", "remote clinics"]), E("prisons", ORG),
                   E("Health departments", ORG)],
    programs=[E("Project ECHO", PI, ["Project ECHO", "ECHO", "Extension for Community Healthcare Outcomes"],
                aliases=["Extension for Community Healthcare Outcomes"], types_accept=[PP, CM])],
    populations=[E("people with hepatitis C in rural New Mexico", POP, ["people with hepatitis C"])],
    conditions=[E("hepatitis C", COND, ["hepatitis C"])],
    concepts=[],
    statements=[
        S(ECHO, "ickg:yearEstablished", 2003, "a telementoring program launched in 2003 at the University of New Mexico Health Sciences Center"),
        S(ECHO, "ickg:operatedBy", ("University of New Mexico Health Sciences Center", ORG),
          "a telementoring program launched in 2003 at the University of New Mexico Health Sciences Center"),
        S(ECHO, "ickg:locatedIn", ("New Mexico", "ickg:ProvinceOrState"), "Many people with hepatitis C in rural New Mexico had no access to specialist treatment."),
        S(ECHO, "ickg:focusesOnCondition", ("hepatitis C", COND), "Many people with hepatitis C in rural New Mexico had no access to specialist treatment."),
        S(ECHO, "ickg:targetsPopulation", ("people with hepatitis C in rural New Mexico", POP),
          "Many people with hepatitis C in rural New Mexico had no access to specialist treatment."),
        S(ECHO, "ickg:hasPartner", ("rural clinics", ORG), "links primary care clinicians in rural clinics and prisons with a specialist team in Albuquerque"),
        S(ECHO, "ickg:hasPartner", ("prisons", ORG), "links primary care clinicians in rural clinics and prisons with a specialist team in Albuquerque"),
        S(ECHO, "ickg:hasComponent", ("weekly teleECHO clinics held by videoconference", MECH), "In weekly teleECHO clinics held by videoconference"),
        S(ECHO, "ickg:hasComponent", ("short didactic presentations", MECH), "Clinicians also receive short didactic presentations"),
        S(ECHO, "ickg:hasComponent", ("case-based learning", MECH), "the program follows a case-based learning approach"),
        S(("review of patient records", STUDY), "ickg:sampleSize", 407,
          "We reviewed the records of 407 patients with chronic hepatitis C treated between 2004 and 2008."),
        S(("review of patient records", STUDY), "ickg:usesMethod", ("records", METHOD),
          "We reviewed the records of 407 patients with chronic hepatitis C treated between 2004 and 2008."),
        S(("review of patient records", STUDY), "ickg:evaluates", ECHO,
          "We reviewed the records of 407 patients with chronic hepatitis C treated between 2004 and 2008."),
        S(ECHO, "ickg:hasOutcome", ("cure rates similar to those at the university clinic", OUT),
          "Cure rates at ECHO sites were similar to those at the university clinic"),
        S(ECHO, "ickg:hasOutcome", ("waiting times for treatment fell", OUT), "waiting times for treatment fell"),
        S(ECHO, "ickg:hasOutcome", ("greater confidence in managing hepatitis C", OUT),
          "Clinicians reported greater confidence in managing hepatitis C."),
        S(ECHO, "ickg:facesBarrier", ("limited broadband connections in remote clinics", BAR),
          "Limited broadband connections in remote clinics remain a barrier."),
        S(("fund protected time for primary care clinicians to join the clinics", REC), "ickg:addressedTo", ("Health departments", ORG),
          "Health departments should fund protected time for primary care clinicians to join the clinics."),
    ])

# --- a structured abstract (PubMed-style headings) -------------------------------------------------
HH = ("Medicaid health homes", PI)
CMHC = ("community mental health center health homes", CM)
DOCUMENTS["train-sabs-medicaid-health-homes.txt"] = dict(
    style="structured-abstract",
    metadata={"title": "Community mental health centers as health homes: hospital use among Medicaid enrollees with serious mental illness in Missouri",
              "authors": [{"family": "Okafor", "given": None, "initials": "CN"},
                          {"family": "Lindgren", "given": None, "initials": "PA"},
                          {"family": "Reyes-Moreno", "given": None, "initials": "D"}],
              "date": None, "year": 2017, "journal": {"title": None, "abbreviation": "Am J Integr Behav Health"},
              "publisher": None, "volume": "12", "issue": "4", "pages": "233-41", "doi": "10.9999/ajibh.2017.0412",
              "pmid": None, "type": "fabio:JournalArticle"},
    jurisdictions=[E("Missouri", "ickg:ProvinceOrState")],
    organizations=[E("community mental health centers", ORG, ["community mental health centers", "community mental health center", "centers"]),
                   E("primary care practices", ORG), E("States", ORG, ["states", "States"])],
    programs=[E("Medicaid health homes", PI, ["Medicaid health homes", "health homes", "health home"]),
              E("community mental health center health homes", CM,
                ["community mental health center health homes", "community mental health center health home"])],
    populations=[E("adults with serious mental illness", POP, ["adults with serious mental illness", "enrollees with serious mental illness", "Medicaid enrollees with serious mental illness"]),
                 E("enrollees with chronic conditions", POP)],
    conditions=[E("serious mental illness", COND), E("diabetes", COND), E("high blood pressure", COND)],
    concepts=[C("care management", "ickg:CaseManagement", ["care management", "care manager"], accept=["kodner:case-management", "who-ipchs:case-management"]),
              C("care coordination", "ickg:CareCoordination"),
              C("cohort study", "design:cohort-study", ["retrospective cohort study"])],
    statements=[
        S(HH, "ickg:establishedBy", ("Section 2703 of the Affordable Care Act", "ickg:Legislation"),
          "Section 2703 of the Affordable Care Act allowed states to create Medicaid health homes"),
        S(HH, "ickg:targetsPopulation", ("enrollees with chronic conditions", POP), "Medicaid health homes for enrollees with chronic conditions"),
        S(HH, "ickg:hasFundingModel", ("90% federal match for health home services", "ickg:FundingModel"),
          "with a 90% federal match for health home services during the first eight quarters"),
        S(HH, "ickg:locatedIn", ("Missouri", "ickg:ProvinceOrState"), "Missouri was among the first states to implement health homes, in January 2012"),
        S(HH, "ickg:yearEstablished", 2012, "Missouri was among the first states to implement health homes, in January 2012"),
        S(HH, "ickg:hasPartner", ("community mental health centers", ORG), "in community mental health centers and in primary care practices"),
        S(HH, "ickg:hasPartner", ("primary care practices", ORG), "in community mental health centers and in primary care practices"),
        S(CMHC, "ickg:targetsPopulation", ("adults with serious mental illness", POP),
          "enrollment in a community mental health center health home was associated with lower hospital use among adults with serious mental illness"),
        S(CMHC, "ickg:focusesOnCondition", ("serious mental illness", COND), "among adults with serious mental illness"),
        S(("retrospective cohort study", STUDY), "ickg:hasStudyDesign", ("cohort study", "ickg:StudyDesign", "design:cohort-study"),
          "We conducted a retrospective cohort study using Medicaid claims"),
        S(("retrospective cohort study", STUDY), "ickg:usesMethod", ("Medicaid claims", METHOD), "We conducted a retrospective cohort study using Medicaid claims"),
        S(("retrospective cohort study", STUDY), "ickg:sampleSize", 8462,
          "We conducted a retrospective cohort study using Medicaid claims for 8,462 enrollees with serious mental illness"),
        S(("retrospective cohort study", STUDY), "ickg:evaluates", CMHC,
          "We conducted a retrospective cohort study using Medicaid claims for 8,462 enrollees with serious mental illness who entered the health home in its first year"),
        S(CMHC, "ickg:hasComponent", ("comprehensive care management", "ickg:CaseManagement"), "Health homes provided comprehensive care management"),
        S(CMHC, "ickg:hasComponent", ("care coordination", "ickg:CareCoordination"), "Health homes provided comprehensive care management, care coordination"),
        S(CMHC, "ickg:hasComponent", ("health promotion", MECH), "care coordination, health promotion"),
        S(CMHC, "ickg:hasComponent", ("transitional care after hospital discharge", MECH), "transitional care after hospital discharge"),
        S(CMHC, "ickg:hasComponent", ("referral to community and social support services", MECH), "referral to community and social support services"),
        S(CMHC, "ickg:hasComponent", ("nurse care managers and primary care liaisons", "ickg:InterdisciplinaryTeam"),
          "delivered by nurse care managers and primary care liaisons embedded in the centers"),
        S(CMHC, "ickg:hasOutcome", ("fewer inpatient admissions", OUT), "Enrollees had fewer inpatient admissions and fewer emergency department visits"),
        S(CMHC, "ickg:hasOutcome", ("fewer emergency department visits", OUT), "Enrollees had fewer inpatient admissions and fewer emergency department visits"),
        S(CMHC, "ickg:hasOutcome", ("adherence to antipsychotic medication improved", OUT), "Adherence to antipsychotic medication improved"),
        S(CMHC, "ickg:hasOutcome", ("screening for diabetes and high blood pressure increased", OUT),
          "screening for diabetes and high blood pressure increased"),
        S(CMHC, "ickg:hasFundingModel", ("payment per member per month", "ickg:Capitation"),
          "the payment per member per month was set for the whole program"),
        S(CMHC, "ickg:facesBarrier", ("high staff turnover", BAR),
          "centers with high staff turnover struggled to fill care manager posts"),
        S(("link health home payments to measured outcomes", REC), "ickg:addressedTo", ("States", ORG),
          "States should link health home payments to measured outcomes."),
    ])

# --- an executive summary --------------------------------------------------------------------------
ICP = ("Integrated Care Partnerships", "ickg:IntegratedCareNetwork")
TYC = ("Transforming Your Care", PI)
DOCUMENTS["train-exec-northern-ireland-icps.txt"] = dict(
    style="executive-summary",
    metadata={"title": "Integrated by design? Health and social care in Northern Ireland after Transforming Your Care",
              "authors": [], "date": "2018-09", "year": 2018, "journal": None,
              "publisher": "Belfast Centre for Public Service Research",
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None,
              "type": "fabio:ReportDocument", "type_accept": ["fabio:ExecutiveSummary"]},
    jurisdictions=[E("Northern Ireland", "ickg:Region", types_accept=["ickg:Country"])],
    organizations=[E("Belfast Centre for Public Service Research", ORG),
                   E("Health and Social Care Trusts", ORG), E("Health and Social Care Board", ORG),
                   E("health boards", ORG), E("local councils", ORG), E("Department of Health", ORG),
                   E("general practitioners", ORG, ["general practitioners", "general practice"]),
                   E("community pharmacists", ORG), E("social care providers", ORG), E("voluntary organisations", ORG),
                   E("Trusts", ORG, [r"re:(?<=2\. )Trusts\b"])],
    programs=[E("Integrated Care Partnerships", "ickg:IntegratedCareNetwork", ["Integrated Care Partnerships", "ICPs"],
                aliases=["ICPs"], types_accept=[PI]),
              E("Transforming Your Care", PI)],
    populations=[E("people with diabetes", POP), E("frail older people", POP), E("people at the end of life", POP),
                 E("people with respiratory conditions", POP)],
    conditions=[E("diabetes", COND), E("chronic obstructive pulmonary disease", COND)],
    concepts=[C("structural integration", "ickg:IntegrationType", ["structurally integrated", "Structural integration"]),
              C("care pathways", "who-ipchs:care-pathways", ["shared care pathways"]),
              C("pooled budget", "ickg:PooledBudget")],
    statements=[
        S(("Health and Social Care Trusts", ORG), "ickg:yearEstablished", 2007,
          "Since 2007 five Health and Social Care Trusts (Belfast, Northern, South Eastern, Southern and Western) have provided hospital, community health and social care services"),
        S(("Health and Social Care Trusts", ORG), "ickg:locatedIn", ("Northern Ireland", "ickg:Region"),
          "Northern Ireland has had structurally integrated health and social care since 1973"),
        S(TYC, "ickg:yearEstablished", 2011, "The 2011 review Transforming Your Care proposed a shift of care from hospitals to the community."),
        S(TYC, "ickg:hasGoal", ("shift of care from hospitals to the community", GOAL),
          "The 2011 review Transforming Your Care proposed a shift of care from hospitals to the community."),
        S(TYC, "ickg:hasComponent", ICP, "Its main vehicle is a network of 17 Integrated Care Partnerships (ICPs)"),
        S(ICP, "ickg:numberOfPrograms", {"value": 17, "datatype": "xsd:nonNegativeInteger"},
          "Its main vehicle is a network of 17 Integrated Care Partnerships (ICPs)"),
        S(ICP, "ickg:hasPartner", ("general practitioners", ORG), "collaborative networks of general practitioners, community pharmacists"),
        S(ICP, "ickg:hasPartner", ("community pharmacists", ORG), "collaborative networks of general practitioners, community pharmacists"),
        S(ICP, "ickg:hasPartner", ("social care providers", ORG), "nurses, social care providers, hospital specialists, voluntary organisations and service users"),
        S(ICP, "ickg:hasPartner", ("voluntary organisations", ORG), "nurses, social care providers, hospital specialists, voluntary organisations and service users"),
        S(ICP, "ickg:yearEstablished", 2013, "voluntary organisations and service users, set up in 2013"),
        S(ICP, "ickg:targetsPopulation", ("people with diabetes", POP), "The partnerships plan care for people with diabetes, frail older people"),
        S(ICP, "ickg:targetsPopulation", ("frail older people", POP), "The partnerships plan care for people with diabetes, frail older people"),
        S(ICP, "ickg:targetsPopulation", ("people at the end of life", POP), "people at the end of life"),
        S(ICP, "ickg:targetsPopulation", ("people with respiratory conditions", POP), "people with respiratory conditions such as chronic obstructive pulmonary disease"),
        S(ICP, "ickg:focusesOnCondition", ("diabetes", COND), "The partnerships plan care for people with diabetes"),
        S(ICP, "ickg:focusesOnCondition", ("chronic obstructive pulmonary disease", COND), "people with respiratory conditions such as chronic obstructive pulmonary disease"),
        S(("interviews and review of plans", STUDY), "ickg:sampleSize", 46, "We interviewed 46 managers and clinicians and reviewed the partnerships' plans."),
        S(("interviews and review of plans", STUDY), "ickg:usesMethod", ("interviews", METHOD), "We interviewed 46 managers and clinicians and reviewed the partnerships' plans."),
        S(("interviews and review of plans", STUDY), "ickg:evaluates", ICP, "We interviewed 46 managers and clinicians and reviewed the partnerships' plans."),
        S(ICP, "ickg:hasOutcome", ("improved relationships between general practice and community services", OUT),
          "the partnerships improved relationships between general practice and community services"),
        S(ICP, "ickg:hasComponent", ("shared care pathways", "ickg:Mechanism"), "introduced shared care pathways and multidisciplinary case reviews"),
        S(ICP, "ickg:hasComponent", ("multidisciplinary case reviews", "ickg:InterdisciplinaryTeam"), "introduced shared care pathways and multidisciplinary case reviews"),
        S(ICP, "ickg:facesBarrier", ("no budget of their own", BAR), "they had no budget of their own"),
        S(ICP, "ickg:facesBarrier", ("participation depended on short-term sessional payments", BAR),
          "general practitioners' participation depended on short-term sessional payments"),
        S(("give each partnership a pooled budget for its priority groups", REC), "ickg:addressedTo", ("Department of Health", ORG),
          "The Department of Health should give each partnership a pooled budget for its priority groups."),
        S(("give each partnership a pooled budget for its priority groups", REC), "ickg:advocates", ("pooled budget", "ickg:PooledBudget"),
          "The Department of Health should give each partnership a pooled budget for its priority groups."),
        S(("share patient records with general practice", REC), "ickg:addressedTo", ("Trusts", ORG),
          "Trusts should share patient records with general practice."),
        S(("give each partnership a pooled budget for its priority groups", REC), "ickg:ordinal",
          {"value": 1, "datatype": "xsd:positiveInteger"}, "1. The Department of Health should give"),
        S(("share patient records with general practice", REC), "ickg:ordinal",
          {"value": 2, "datatype": "xsd:positiveInteger"}, "2. Trusts should share"),
    ])

# --- a news item -----------------------------------------------------------------------------------
MSSP = ("Medicare Shared Savings Program", PI)
DOCUMENTS["train-news-mssp-acos.txt"] = dict(
    style="news-item",
    metadata={"title": "Medicare's shared savings program turns five: more ACOs, modest savings",
              "authors": [{"family": "Ortiz", "given": "Daniel", "initials": "D"}],
              "date": "2017-03-03", "year": 2017, "journal": None, "publisher": "Capitol Health Daily",
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:NewsItem"},
    jurisdictions=[E("Washington", "ickg:Municipality", ["WASHINGTON"])],
    organizations=[E("Capitol Health Daily", ORG, ["CAPITOL HEALTH DAILY"]),
                   E("Centers for Medicare & Medicaid Services", ORG, ["Centers for Medicare & Medicaid Services", "CMS"], aliases=["CMS"]),
                   E("accountable care organizations", ORG, ["accountable care organizations", "Accountable care organizations", "ACOs", "ACO"]),
                   E("hospitals", ORG)],
    programs=[E("Medicare Shared Savings Program", PI, ["Medicare Shared Savings Program", "shared savings program"])],
    populations=[E("Medicare fee-for-service beneficiaries", POP), E("high-risk patients", POP)],
    conditions=[],
    concepts=[C("shared savings", "ickg:SharedSavings", ["shared savings", "share of the savings"]),
              C("fee-for-service", "ickg:FeeForService"),
              C("care managers", "ickg:CaseManagement", accept=["kodner:case-management", "who-ipchs:case-management"])],
    statements=[
        S(MSSP, "ickg:operatedBy", ("Centers for Medicare & Medicaid Services", ORG),
          "the Medicare Shared Savings Program has become one of the largest value-based payment programs run by the Centers for Medicare & Medicaid Services (CMS)"),
        S(MSSP, "ickg:establishedBy", ("Affordable Care Act", "ickg:Legislation"), "The program, created by the Affordable Care Act of 2010, began in 2012."),
        S(MSSP, "ickg:yearEstablished", 2012, "The program, created by the Affordable Care Act of 2010, began in 2012."),
        S(MSSP, "ickg:hasPartner", ("accountable care organizations", ORG),
          "Five years after the first accountable care organizations signed up, the Medicare Shared Savings Program"),
        S(MSSP, "ickg:targetsPopulation", ("Medicare fee-for-service beneficiaries", POP),
          "held accountable for the cost and quality of care of at least 5,000 Medicare fee-for-service beneficiaries"),
        S(MSSP, "ickg:hasFundingModel", ("shared savings", "ickg:SharedSavings"),
          "keep a share of the savings when spending falls below a benchmark and quality standards are met"),
        S(MSSP, "ickg:hasOutcome", ("modest savings", OUT), "analysts say the savings are modest"),
        S(MSSP, "ickg:hasOutcome", ("physician-led ACOs save more than those led by hospitals", OUT),
          "Physician-led ACOs appear to save more than those led by hospitals", ("appear to", HEDGED)),
        S(MSSP, "ickg:hasComponent", ("claims data", "ickg:SharedInformationSystem"),
          "The program relies on claims data that CMS sends each ACO every quarter"),
        S(MSSP, "ickg:hasComponent", ("care managers who follow high-risk patients", "ickg:CaseManagement"),
          "care managers who follow high-risk patients"),
        S(MSSP, "ickg:hasComponent", ("annual reports on quality measures", MECH), "annual reports on quality measures"),
        S(MSSP, "ickg:facesBarrier", ("benchmarks penalize ACOs that were already efficient", BAR),
          "Critics say the benchmarks penalize ACOs that were already efficient."),
        S(MSSP, "ickg:facesBarrier", ("hospitals lose revenue when admissions fall", BAR),
          "those led by hospitals, which lose revenue when admissions fall"),
    ])

# --- an unstructured abstract (APA) ----------------------------------------------------------------
# an organization that is also a model: a statement typed either way matches (as in the dev gold)
KP = {"label": "Kaiser Permanente", "type": ORG, "types_accept": [CM]}
KPM = {"label": "Kaiser Permanente", "type": CM, "types_accept": [ORG]}
DOCUMENTS["train-uabs-kaiser.txt"] = dict(
    style="unstructured-abstract",
    metadata={"title": "Prepaid group practice and the electronic record: Kaiser Permanente's integrated delivery system in Northern California",
              "authors": [{"family": "Whitfield", "given": None, "initials": "AR"},
                          {"family": "Nakamura", "given": None, "initials": "K"}],
              "date": None, "year": 2012, "journal": {"title": "Journal of Integrated Health Systems", "abbreviation": None},
              "publisher": None, "volume": "7", "issue": "2", "pages": "88-101", "doi": "10.9999/jihs.2012.0702",
              "pmid": None, "type": "fabio:JournalArticle"},
    jurisdictions=[E("Northern California", "ickg:Region"), E("Oakland", "ickg:Municipality"),
                   E("California", "ickg:ProvinceOrState", [r"re:(?<=Oakland, )California"])],
    organizations=[E("Kaiser Permanente", ORG, ["Kaiser Permanente"], types_accept=[CM]),
                   E("Kaiser Foundation Health Plan", ORG), E("Permanente Medical Group", ORG),
                   E("Kaiser Foundation Hospitals", ORG)],
    programs=[E("Kaiser Permanente", CM, ["Kaiser Permanente"], types_accept=[ORG])],
    populations=[E("members with diabetes, heart failure and coronary artery disease", POP, ["members with diabetes"]),
                 E("low-income families", POP)],
    conditions=[E("diabetes", COND), E("heart failure", COND), E("coronary artery disease", COND)],
    concepts=[C("capitated payment", "ickg:Capitation", ["capitated"], accept=["kodner:prepaid-capitation"]),
              C("electronic health record", "ickg:SharedInformationSystem", accept=["kodner:shared-clinical-records", "kodner:integrated-information-systems"]),
              C("case study", "design:case-study"),
              C("care managers", "ickg:CaseManagement", accept=["kodner:case-management", "who-ipchs:case-management"])],
    statements=[
        S(KP, "ickg:yearEstablished", 1945, "Kaiser Permanente, an integrated delivery system founded in 1945"),
        S(KP, "ickg:locatedIn", ("Oakland", "ickg:Municipality"), "based in Oakland, California"),
        S(("Oakland", "ickg:Municipality"), "ickg:partOf", ("California", "ickg:ProvinceOrState"), "Oakland, California"),
        S(("Kaiser Foundation Health Plan", ORG), "org:subOrganizationOf", KP,
          "combines a health plan, hospitals and medical groups under one organization. Kaiser Foundation Health Plan contracts with the Permanente Medical Group"),
        S(KPM, "ickg:hasFundingModel", ("capitated payment", "ickg:Capitation"),
          "the Permanente Medical Group, which receives a capitated payment for all the care of its members"),
        S(KPM, "ickg:locatedIn", ("Northern California", "ickg:Region"), "the system in Northern California used its electronic health record"),
        S(KPM, "ickg:hasComponent", ("electronic health record, KP HealthConnect", "ickg:SharedInformationSystem"),
          "used its electronic health record, KP HealthConnect, completed across the region in 2010"),
        S(KPM, "ickg:focusesOnCondition", ("diabetes", COND), "population management for members with diabetes, heart failure and coronary artery disease"),
        S(KPM, "ickg:focusesOnCondition", ("heart failure", COND), "population management for members with diabetes, heart failure and coronary artery disease"),
        S(KPM, "ickg:focusesOnCondition", ("coronary artery disease", COND), "population management for members with diabetes, heart failure and coronary artery disease"),
        S(KPM, "ickg:targetsPopulation", ("members with diabetes, heart failure and coronary artery disease", POP),
          "population management for members with diabetes, heart failure and coronary artery disease"),
        S(("case study of Kaiser Permanente in Northern California", STUDY), "ickg:hasStudyDesign", ("case study", "ickg:StudyDesign", "design:case-study"),
          "This case study describes how the system in Northern California used its electronic health record"),
        S(("case study of Kaiser Permanente in Northern California", STUDY), "ickg:evaluates", KPM,
          "This case study describes how the system in Northern California used its electronic health record"),
        S(("case study of Kaiser Permanente in Northern California", STUDY), "ickg:usesMethod", ("interviews", METHOD),
          "Using interviews with 31 physicians and managers and internal performance reports"),
        S(("case study of Kaiser Permanente in Northern California", STUDY), "ickg:usesMethod", ("internal performance reports", METHOD),
          "Using interviews with 31 physicians and managers and internal performance reports"),
        S(("case study of Kaiser Permanente in Northern California", STUDY), "ickg:sampleSize", 31,
          "Using interviews with 31 physicians and managers"),
        S(KPM, "ickg:hasComponent", ("disease registries", MECH), "disease registries, outreach by care managers and secure e-mail between patients and physicians"),
        S(KPM, "ickg:hasComponent", ("outreach by care managers", "ickg:CaseManagement"), "disease registries, outreach by care managers and secure e-mail"),
        S(KPM, "ickg:hasComponent", ("secure e-mail between patients and physicians", MECH), "secure e-mail between patients and physicians"),
        S(KPM, "ickg:hasOutcome", ("higher rates of blood pressure control", OUT), "were associated with higher rates of blood pressure control"),
        S(KPM, "ickg:enabledBy", ("shared financial incentives between the health plan and the medical group", "ickg:ProviderIncentive"),
          "Shared financial incentives between the health plan and the medical group are probably the main enabler of this integration",
          ("probably", HEDGED)),
        S(KPM, "ickg:facesBarrier", ("high cost of membership limits access for low-income families", BAR),
          "the high cost of membership limits access for low-income families"),
    ])

# --- a PubMed record with a structured abstract ----------------------------------------------------
GRACE = ("GRACE", CM)
TRIAL = ("randomized controlled trial of GRACE", STUDY)
DOCUMENTS["train-pubmed-grace.xml"] = dict(
    style="pubmed-xml",
    metadata={"title": "Home-based geriatric care management for low-income seniors in Indianapolis: a secondary analysis of the GRACE trial",
              "authors": [{"family": "Haverkamp", "given": "Laura J", "initials": "LJ"},
                          {"family": "Osei", "given": "Kwame", "initials": "K"}],
              "date": "2019-04", "year": 2019,
              "journal": {"title": "Journal of geriatric care integration", "abbreviation": "J Geriatr Care Integr"},
              "publisher": None, "volume": "9", "issue": "2", "pages": "114-22", "doi": "10.9999/jgci.2019.0114",
              "pmid": "99000611", "type": "fabio:JournalArticle"},
    jurisdictions=[E("Indianapolis", "ickg:Municipality"), E("Indiana", "ickg:ProvinceOrState", [r"re:(?<=Indianapolis, )Indiana\b"])],
    organizations=[E("Indiana University", ORG), E("community health centers", ORG), E("Health plans", ORG)],
    programs=[E("GRACE", CM, ["GRACE", "Geriatric Resources for Assessment and Care of Elders"],
                aliases=["Geriatric Resources for Assessment and Care of Elders"])],
    populations=[E("low-income seniors", POP), E("seniors at high risk of hospitalization", POP)],
    conditions=[E("depression", COND), E("dementia", COND)],
    concepts=[C("care management", "ickg:CaseManagement", accept=["kodner:case-management", "who-ipchs:case-management"]),
              C("care plan", "ickg:CarePlanning", ["individualized care plan"], accept=["kodner:joint-care-planning"]),
              C("interdisciplinary team", "ickg:InterdisciplinaryTeam", ["interdisciplinary geriatrics team"],
                accept=["kodner:multidisciplinary-teamwork"]),
              C("randomized controlled trial", "design:clinical-trial"),
              C("fee-for-service", "ickg:FeeForService")],
    statements=[
        S(GRACE, "ickg:targetsPopulation", ("low-income seniors", POP), "a model of primary care for low-income seniors"),
        S(GRACE, "ickg:initiatedBy", ("Indiana University", ORG), "a model of primary care for low-income seniors developed at Indiana University"),
        S(GRACE, "ickg:hasComponent", ("nurse practitioner and a social worker who visit the patient at home", "ickg:InterdisciplinaryTeam"),
          "pairs each patient with a nurse practitioner and a social worker who visit the patient at home"),
        S(GRACE, "ickg:hasComponent", ("in-home geriatric assessment", MECH), "The support team carried out an in-home geriatric assessment"),
        S(GRACE, "ickg:hasComponent", ("individualized care plan", "ickg:CarePlanning"),
          "developed an individualized care plan with an interdisciplinary geriatrics team"),
        S(GRACE, "ickg:hasComponent", ("interdisciplinary geriatrics team", "ickg:InterdisciplinaryTeam"),
          "developed an individualized care plan with an interdisciplinary geriatrics team"),
        S(GRACE, "ickg:hasComponent", ("care protocols for common geriatric conditions", MECH),
          "using 12 care protocols for common geriatric conditions"),
        S(GRACE, "ickg:focusesOnCondition", ("depression", COND), "common geriatric conditions such as falls, depression and dementia"),
        S(GRACE, "ickg:focusesOnCondition", ("dementia", COND), "common geriatric conditions such as falls, depression and dementia"),
        S(GRACE, "ickg:locatedIn", ("Indianapolis", "ickg:Municipality"), "recruited from six community health centers in Indianapolis, Indiana"),
        S(("Indianapolis", "ickg:Municipality"), "ickg:partOf", ("Indiana", "ickg:ProvinceOrState"), "Indianapolis, Indiana"),
        S(TRIAL, "ickg:hasStudyDesign", ("randomized controlled trial", "ickg:StudyDesign", "design:clinical-trial"),
          "We analysed data from a randomized controlled trial of 951 adults"),
        S(TRIAL, "ickg:sampleSize", 951, "We analysed data from a randomized controlled trial of 951 adults"),
        S(TRIAL, "ickg:evaluates", GRACE, "We analysed data from a randomized controlled trial of 951 adults"),
        S(GRACE, "ickg:hasOutcome", ("fewer emergency department visits", OUT),
          "GRACE patients had fewer emergency department visits and fewer hospital admissions in the second year"),
        S(GRACE, "ickg:hasOutcome", ("fewer hospital admissions", OUT),
          "GRACE patients had fewer emergency department visits and fewer hospital admissions in the second year"),
        S(GRACE, "ickg:hasOutcome", ("better quality of care", OUT), "Patients and physicians reported better quality of care."),
        S(GRACE, "ickg:hasOutcome", ("reduce acute care use among high-risk low-income seniors", OUT),
          "Home-based care management may reduce acute care use among high-risk low-income seniors.", ("may", HEDGED)),
        S(GRACE, "ickg:facesBarrier", ("cost of the support teams", BAR),
          "The cost of the support teams is a barrier for practices paid fee-for-service."),
        S(("target the model at seniors at high risk of hospitalization", REC), "ickg:addressedTo", ("Health plans", ORG),
          "Health plans should target the model at seniors at high risk of hospitalization."),
        S(("target the model at seniors at high risk of hospitalization", REC), "ickg:targetsPopulation",
          ("seniors at high risk of hospitalization", POP), "Health plans should target the model at seniors at high risk of hospitalization."),
    ])

# --- a web page --------------------------------------------------------------------------------------
AHS = ("Alberta Health Services", ORG)
PCN = ("Primary Care Networks", CM)
DOCUMENTS["train-html-alberta-pcn.html"] = dict(
    style="html-page",
    metadata={"title": "Primary Care Networks in Alberta: family doctors and one provincial health authority",
              "authors": [{"family": "Raman", "given": "Priya", "initials": "P"}],
              "date": "2017-09-12", "year": 2017, "journal": None, "publisher": "Northern Health Systems Review",
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:WebPage"},
    jurisdictions=[E("Alberta", "ickg:ProvinceOrState", [r"re:\bAlberta\b(?! Health)"]), E("Canada", "ickg:Country"),
                   E("Calgary", "ickg:Municipality")],
    organizations=[E("Alberta Health Services", ORG, ["Alberta Health Services", "AHS"], aliases=["AHS"]),
                   E("regional health authorities", ORG), E("Northern Health Systems Review", ORG),
                   E("family physicians", ORG, ["family physicians", "family doctors"])],
    programs=[E("Primary Care Networks", CM, ["Primary Care Networks", "PCNs"], aliases=["PCNs"], types_accept=[PI])],
    populations=[E("patients with diabetes", POP)],
    conditions=[E("diabetes", COND)],
    concepts=[C("per-capita grant", "ickg:Capitation", accept=["kodner:prepaid-capitation"]),
              C("fee-for-service", "ickg:FeeForService")],
    statements=[
        S(AHS, "ickg:yearEstablished", 2008,
          "Alberta Health Services (AHS), created in 2008 when nine regional health authorities and three provincial agencies were merged"),
        S(AHS, "ickg:locatedIn", ("Alberta", "ickg:ProvinceOrState"), "It runs hospitals, continuing care and public health for the whole of Alberta."),
        S(AHS, "ickg:responsibleFor", ("hospitals", "ickg:CareSector"), "It runs hospitals, continuing care and public health for the whole of Alberta."),
        S(AHS, "ickg:responsibleFor", ("continuing care", "ickg:CareSector"), "It runs hospitals, continuing care and public health for the whole of Alberta."),
        S(AHS, "ickg:responsibleFor", ("public health", "ickg:CareSector"), "It runs hospitals, continuing care and public health for the whole of Alberta."),
        S(PCN, "ickg:yearEstablished", 2005, "Since 2005 family physicians in Alberta have joined Primary Care Networks (PCNs)"),
        S(PCN, "ickg:locatedIn", ("Alberta", "ickg:ProvinceOrState"), "Since 2005 family physicians in Alberta have joined Primary Care Networks (PCNs)"),
        S(PCN, "ickg:hasPartner", ("family physicians", ORG), "Since 2005 family physicians in Alberta have joined Primary Care Networks (PCNs)"),
        S(PCN, "ickg:hasPartner", AHS, "groups of family doctors who work with Alberta Health Services to provide primary care"),
        S(PCN, "ickg:numberOfPrograms", {"value": 40, "datatype": "xsd:nonNegativeInteger"},
          "About 40 networks now cover most of the province's family physicians."),
        S(PCN, "ickg:hasFundingModel", ("per-capita grant", "ickg:Capitation"),
          "Each network receives a per-capita grant for every patient enrolled with its physicians"),
        S(PCN, "ickg:hasComponent", ("nurses, dietitians, pharmacists and mental health workers", "ickg:InterdisciplinaryTeam"),
          "uses it to employ nurses, dietitians, pharmacists and mental health workers who work alongside the doctors"),
        S(PCN, "ickg:hasComponent", ("chronic disease management", MECH),
          "Networks also offer chronic disease management, self-management programs and after-hours care."),
        S(PCN, "ickg:hasComponent", ("self-management programs", MECH),
          "Networks also offer chronic disease management, self-management programs and after-hours care."),
        S(PCN, "ickg:hasComponent", ("after-hours care", MECH),
          "Networks also offer chronic disease management, self-management programs and after-hours care."),
        S(("evaluation in Calgary", "ickg:Evaluation"), "ickg:evaluates", PCN,
          "An evaluation in Calgary found that patients with diabetes in networks had better blood sugar control."),
        S(PCN, "ickg:hasOutcome", ("better blood sugar control", OUT),
          "An evaluation in Calgary found that patients with diabetes in networks had better blood sugar control."),
        S(PCN, "ickg:hasOutcome", ("easier to work with allied health professionals", OUT),
          "Physicians say the networks made it easier to work with allied health professionals"),
        S(PCN, "ickg:facesBarrier", ("per-capita grant has not changed in years", BAR), "the per-capita grant has not changed in years"),
        S(PCN, "ickg:facesBarrier", ("governance differs widely between networks", BAR), "governance differs widely between networks"),
    ])

# --- a JATS article ----------------------------------------------------------------------------------
HAH = ("Hospital at Home", CM)
COHORT = ("prospective cohort study of patients aged 65 or older", STUDY)
DOCUMENTS["train-jats-hospital-at-home.xml"] = dict(
    style="jats-xml",
    metadata={"title": "Hospital at Home for older adults with acute illness: a cohort study in three health systems",
              "authors": [{"family": "Whitcombe", "given": "Helen", "initials": "H"},
                          {"family": "Adeyemi", "given": "Tunde", "initials": "T"},
                          {"family": "Lindahl", "given": "Erik", "initials": "E"}],
              "date": "2021-06-14", "year": 2021,
              "journal": {"title": "Journal of Acute and Integrated Care", "abbreviation": "J Acute Care Integr"},
              "publisher": "Harbour Scientific Publishing", "volume": "6", "issue": "2", "pages": "88-97",
              "doi": "10.9999/jaci.2021.0047", "pmid": None, "type": "fabio:JournalArticle"},
    jurisdictions=[E("Baltimore", "ickg:Municipality"), E("Maryland", "ickg:ProvinceOrState"),
                   E("Portland", "ickg:Municipality"), E("Oregon", "ickg:ProvinceOrState"), E("USA", "ickg:Country")],
    organizations=[E("Center for Home-Based Acute Care", ORG), E("Institute of Geriatric Services Research", ORG),
                   E("Johns Hopkins University", ORG), E("Harbour Scientific Publishing", ORG), E("Payers", ORG)],
    programs=[E("Hospital at Home", CM)],
    populations=[E("older adults", POP, ["older adults"])],
    conditions=[E("community-acquired pneumonia", COND), E("heart failure", COND),
                E("chronic obstructive pulmonary disease", COND), E("cellulitis", COND)],
    concepts=[C("cohort study", "design:cohort-study", ["prospective cohort study"]),
              C("fee-for-service", "ickg:FeeForService")],
    statements=[
        S(HAH, "ickg:initiatedBy", ("Johns Hopkins University", ORG), "a model developed at Johns Hopkins University in the 1990s"),
        S(HAH, "ickg:hasGoal", ("substitute for an acute hospital admission", GOAL),
          "provides hospital-level care in the patient's home as a substitute for an acute hospital admission"),
        S(HAH, "ickg:targetsPopulation", ("older adults", POP), "It is aimed at older adults with community-acquired pneumonia"),
        S(HAH, "ickg:focusesOnCondition", ("community-acquired pneumonia", COND), "It is aimed at older adults with community-acquired pneumonia"),
        S(HAH, "ickg:focusesOnCondition", ("heart failure", COND), "community-acquired pneumonia, heart failure, chronic obstructive pulmonary disease or cellulitis"),
        S(HAH, "ickg:focusesOnCondition", ("chronic obstructive pulmonary disease", COND),
          "community-acquired pneumonia, heart failure, chronic obstructive pulmonary disease or cellulitis"),
        S(HAH, "ickg:focusesOnCondition", ("cellulitis", COND), "community-acquired pneumonia, heart failure, chronic obstructive pulmonary disease or cellulitis"),
        S(COHORT, "ickg:hasStudyDesign", ("prospective cohort study", "ickg:StudyDesign", "design:cohort-study"),
          "We conducted a prospective cohort study of 612 patients aged 65 or older in three health systems"),
        S(COHORT, "ickg:sampleSize", 612, "We conducted a prospective cohort study of 612 patients aged 65 or older in three health systems"),
        S(COHORT, "ickg:evaluates", HAH, "comparing patients treated at home with similar patients admitted to hospital"),
        S(COHORT, "ickg:usesMethod", ("medical records", METHOD), "using medical records and patient surveys"),
        S(COHORT, "ickg:usesMethod", ("patient surveys", METHOD), "using medical records and patient surveys"),
        S(HAH, "ickg:hasOutcome", ("shorter episodes of care", OUT), "Patients treated at home had shorter episodes of care, fewer cases of delirium and lower costs"),
        S(HAH, "ickg:hasOutcome", ("fewer cases of delirium", OUT), "Patients treated at home had shorter episodes of care, fewer cases of delirium and lower costs"),
        S(HAH, "ickg:hasOutcome", ("lower costs", OUT), "Patients treated at home had shorter episodes of care, fewer cases of delirium and lower costs"),
        S(HAH, "ickg:hasOutcome", ("higher satisfaction", OUT), "they reported higher satisfaction"),
        S(HAH, "ickg:hasComponent", ("physician visits at home", MECH),
          "Hospital at Home relies on physician visits at home, daily nurse visits, remote monitoring and mobile diagnostic tests."),
        S(HAH, "ickg:hasComponent", ("daily nurse visits", MECH),
          "Hospital at Home relies on physician visits at home, daily nurse visits, remote monitoring and mobile diagnostic tests."),
        S(HAH, "ickg:hasComponent", ("remote monitoring", MECH),
          "Hospital at Home relies on physician visits at home, daily nurse visits, remote monitoring and mobile diagnostic tests."),
        S(HAH, "ickg:hasComponent", ("mobile diagnostic tests", MECH),
          "Hospital at Home relies on physician visits at home, daily nurse visits, remote monitoring and mobile diagnostic tests."),
        S(HAH, "ickg:facesBarrier", ("low payment under fee-for-service Medicare", BAR),
          "Low payment under fee-for-service Medicare was the main barrier to adoption."),
        S(("pay for the acute episode at home as they pay for an admission", REC), "ickg:addressedTo", ("Payers", ORG),
          "Payers should pay for the acute episode at home as they pay for an admission."),
    ])

# --- an executive summary with numbered recommendations ---------------------------------------------
REFORM = ("structural reform", PI)
HCA = ("health care agreements", PI)
DOCUMENTS["train-exec-denmark-municipalities.txt"] = dict(
    style="executive-summary",
    metadata={"title": "Municipalities, regions and the patient in between: Danish health care after the 2007 structural reform",
              "authors": [], "date": "2016-03", "year": 2016, "journal": None,
              "publisher": "Nordic Centre for Health Governance",
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None,
              "type": "fabio:ReportDocument", "type_accept": ["fabio:ExecutiveSummary", "fabio:WorkingPaper"]},
    jurisdictions=[],
    organizations=[E("Nordic Centre for Health Governance", ORG), E("municipalities", ORG, ["municipalities", "Municipalities"]),
                   E("regions", ORG, ["regions", "regions"]), E("Ministry of Health", ORG),
                   E("general practitioners", ORG), E("hospitals", ORG)],
    programs=[E("structural reform", PI, ["structural reform"]), E("health care agreements", PI)],
    populations=[E("people with chronic conditions", POP)],
    conditions=[E("diabetes", COND), E("chronic obstructive pulmonary disease", COND)],
    concepts=[C("discharge planning", "ickg:CarePlanning", accept=["kodner:joint-care-planning"])],
    statements=[
        S(REFORM, "ickg:yearEstablished", 2007, "The structural reform that took effect on 1 January 2007"),
        S(REFORM, "ickg:hasComponent", ("merged 271 municipalities into 98", MECH),
          "merged 271 municipalities into 98 and replaced 14 counties with five regions"),
        S(REFORM, "ickg:hasComponent", ("replaced 14 counties with five regions", MECH),
          "merged 271 municipalities into 98 and replaced 14 counties with five regions"),
        S(("regions", ORG), "ickg:responsibleFor", ("hospitals", "ickg:CareSector"), "The regions run the hospitals and pay general practitioners"),
        S(("municipalities", ORG), "ickg:responsibleFor", ("prevention", "ickg:CareSector"),
          "the municipalities became responsible for prevention, rehabilitation outside hospital, home care and nursing homes"),
        S(("municipalities", ORG), "ickg:responsibleFor", ("rehabilitation outside hospital", "ickg:CareSector"),
          "the municipalities became responsible for prevention, rehabilitation outside hospital, home care and nursing homes"),
        S(("municipalities", ORG), "ickg:responsibleFor", ("home care", "ickg:CareSector"),
          "the municipalities became responsible for prevention, rehabilitation outside hospital, home care and nursing homes"),
        S(("municipalities", ORG), "ickg:responsibleFor", ("nursing homes", "ickg:CareSector"),
          "the municipalities became responsible for prevention, rehabilitation outside hospital, home care and nursing homes"),
        S(REFORM, "ickg:hasFundingModel", ("municipal co-payment for hospital care", "ickg:ProviderIncentive"),
          "Municipalities also pay part of the cost of their residents' hospital care, an incentive intended to make them invest in prevention."),
        S(REFORM, "ickg:hasGoal", ("make municipalities invest in prevention", GOAL),
          "an incentive intended to make them invest in prevention", ("intended to", ASPIRATIONAL)),
        S(HCA, "ickg:hasPartner", ("regions", ORG), "Each region and the municipalities in its area agree health care agreements"),
        S(HCA, "ickg:hasPartner", ("municipalities", ORG), "Each region and the municipalities in its area agree health care agreements"),
        S(HCA, "ickg:hasComponent", ("discharge planning", "ickg:CarePlanning"), "The agreements cover discharge planning, rehabilitation and the care of people with chronic conditions"),
        S(HCA, "ickg:targetsPopulation", ("people with chronic conditions", POP),
          "the care of people with chronic conditions such as diabetes and chronic obstructive pulmonary disease"),
        S(HCA, "ickg:focusesOnCondition", ("diabetes", COND), "chronic conditions such as diabetes and chronic obstructive pulmonary disease"),
        S(HCA, "ickg:focusesOnCondition", ("chronic obstructive pulmonary disease", COND),
          "chronic conditions such as diabetes and chronic obstructive pulmonary disease"),
        S(("review of health care agreements and interviews", STUDY), "ickg:evaluates", HCA,
          "We reviewed the health care agreements of all five regions and interviewed 38 managers and clinicians."),
        S(("review of health care agreements and interviews", STUDY), "ickg:sampleSize", 38,
          "We reviewed the health care agreements of all five regions and interviewed 38 managers and clinicians."),
        S(HCA, "ickg:hasOutcome", ("improved the planning of discharges", OUT), "The agreements improved the planning of discharges"),
        S(HCA, "ickg:facesBarrier", ("electronic messages between hospitals and municipalities were often incomplete", BAR),
          "electronic messages between hospitals and municipalities were often incomplete"),
        S(REFORM, "ickg:facesBarrier", ("municipal co-payment for hospital care was too small to change behaviour", BAR),
          "the municipal co-payment for hospital care was too small to change behaviour"),
        S(("give general practitioners a named contact in every municipality", REC), "ickg:addressedTo", ("regions", ORG),
          "The regions should give general practitioners a named contact in every municipality."),
        S(("give general practitioners a named contact in every municipality", REC), "ickg:ordinal",
          {"value": 1, "datatype": "xsd:positiveInteger"}, "1. The regions should give"),
        S(("replace the co-payment with a shared budget for rehabilitation", REC), "ickg:addressedTo", ("Ministry of Health", ORG),
          "The Ministry of Health should replace the co-payment with a shared budget for rehabilitation."),
        S(("replace the co-payment with a shared budget for rehabilitation", REC), "ickg:ordinal",
          {"value": 2, "datatype": "xsd:positiveInteger"}, "2. The Ministry of Health should replace"),
    ])

# --- a press release with a dotted date and a release number -----------------------------------------
INNOF = ("Innovation Fund", PI)
DOCUMENTS["train-press-germany-innovation-fund.txt"] = dict(
    style="press-release",
    metadata={"title": "Innovation Fund: first projects of new forms of care selected", "authors": [],
              "date": "2016-10-20", "year": 2016, "journal": None, "publisher": "Federal Ministry of Health",
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:PressRelease"},
    jurisdictions=[E("Berlin", "ickg:Municipality")],
    organizations=[E("Federal Ministry of Health", ORG, ["FEDERAL MINISTRY OF HEALTH", "Federal Ministry of Health"]),
                   E("Innovation Committee", ORG), E("Federal Joint Committee", ORG, ["Federal Joint Committee", "G-BA"], aliases=["G-BA"]),
                   E("statutory health insurance funds", ORG), E("Health Fund", ORG), E("hospitals", ORG),
                   E("office-based physicians", ORG), E("care services", ORG)],
    programs=[E("Innovation Fund", PI)],
    populations=[E("older people", POP)],
    conditions=[],
    concepts=[],
    statements=[
        S(INNOF, "ickg:establishedBy", ("Statutory Health Insurance Care Structures Act", "ickg:Legislation"),
          "The Innovation Fund was created by the Statutory Health Insurance Care Structures Act of 2015."),
        S(INNOF, "ickg:yearEstablished", 2015, "The Innovation Fund was created by the Statutory Health Insurance Care Structures Act of 2015."),
        S(INNOF, "ickg:operatedBy", ("Innovation Committee", ORG),
          "The Innovation Committee at the Federal Joint Committee (G-BA) has selected the first projects to be funded by the Innovation Fund"),
        S(("Innovation Committee", ORG), "org:subOrganizationOf", ("Federal Joint Committee", ORG),
          "The Innovation Committee at the Federal Joint Committee (G-BA)"),
        S(INNOF, "ickg:hasGoal", ("improve cross-sectoral care between hospitals, office-based physicians and care services", GOAL),
          "Funded projects should improve cross-sectoral care between hospitals, office-based physicians and care services."),
        S(INNOF, "ickg:targetsPopulation", ("older people", POP),
          "The first call gave priority to care models in rural areas, to telemedicine and to patient groups such as older people."),
        S(INNOF, "ickg:hasComponent", ("evaluation of each project by an independent institute", MECH),
          "Each project is evaluated by an independent institute"),
    ])

# --- a conference abstract: abbreviated journal, supplement issue "s2", venue line ---------------------
SLAINTE = ("Sláintecare", PI)
DOCUMENTS["train-conf-slaintecare.txt"] = dict(
    style="conference-abstract",
    metadata={"title": "Sláintecare: planning integrated community care for Ireland",
              "authors": [{"family": "Brennan", "given": "Ciara", "initials": "C"},
                          {"family": "O'Donoghue", "given": "Liam", "initials": "L"}],
              "date": None, "year": 2018, "journal": {"title": None, "abbreviation": "Int J Integr Care"},
              "publisher": None, "volume": "18", "issue": "s2", "pages": "A312", "doi": "10.9999/ijic.s2312", "pmid": None,
              "type": "fabio:ConferencePaper", "type_accept": ["fabio:Abstract"]},
    jurisdictions=[E("Ireland", "ickg:Country"), E("Dublin", "ickg:Municipality"), E("Utrecht", "ickg:Municipality")],
    organizations=[E("Health Service Executive", ORG), E("Department of Health", ORG),
                   E("Oireachtas Committee on the Future of Healthcare", ORG),
                   E("Sláintecare Programme Office", ORG),
                   E("Community Healthcare Organisations", ORG, ["Community Healthcare Organisations", "CHOs"], aliases=["CHOs"]),
                   E("general practitioners", ORG), E("hospital consultants", ORG), E("hospital groups", ORG)],
    programs=[E("Sláintecare", PI, [r"re:Sláintecare(?! Programme)"])],
    populations=[E("older people", POP), E("people with chronic diseases", POP)],
    conditions=[],
    concepts=[C("single assessment of need", "ickg:StandardizedAssessment", accept=["kodner:uniform-comprehensive-assessment"])],
    statements=[
        S(SLAINTE, "ickg:initiatedBy", ("Oireachtas Committee on the Future of Healthcare", ORG),
          "In May 2017 the Oireachtas Committee on the Future of Healthcare published the Sláintecare Report"),
        S(SLAINTE, "ickg:locatedIn", ("Ireland", "ickg:Country"),
          "a ten-year plan for a universal, single-tier health and social care system in Ireland"),
        S(SLAINTE, "ickg:hasGoal", ("universal, single-tier health and social care system", GOAL),
          "a ten-year plan for a universal, single-tier health and social care system in Ireland"),
        S(SLAINTE, "ickg:hasGoal", ("shift care from hospitals to primary and community care", GOAL),
          "shifts care from hospitals to primary and community care"),
        S(("Sláintecare Programme Office", ORG), "org:subOrganizationOf", ("Department of Health", ORG),
          "The Department of Health set up a Sláintecare Programme Office to lead implementation"),
        S(("Community Healthcare Organisations", ORG), "org:subOrganizationOf", ("Health Service Executive", ORG),
          "the Health Service Executive delivers community services through nine Community Healthcare Organisations (CHOs)"),
        S(SLAINTE, "ickg:hasComponent", ("community specialist teams", "ickg:InterdisciplinaryTeam"),
          "the CHOs plan community specialist teams for older people and for people with chronic diseases"),
        S(SLAINTE, "ickg:targetsPopulation", ("older people", POP),
          "the CHOs plan community specialist teams for older people and for people with chronic diseases"),
        S(SLAINTE, "ickg:targetsPopulation", ("people with chronic diseases", POP),
          "the CHOs plan community specialist teams for older people and for people with chronic diseases"),
        S(SLAINTE, "ickg:hasPartner", ("general practitioners", ORG), "working with general practitioners and hospital consultants"),
        S(SLAINTE, "ickg:hasPartner", ("hospital consultants", ORG), "working with general practitioners and hospital consultants"),
        S(SLAINTE, "ickg:hasComponent", ("single assessment of need for home support", "ickg:StandardizedAssessment"),
          "a single assessment of need for home support"),
        S(SLAINTE, "ickg:facesBarrier", ("separation of hospital groups and community organisations", BAR),
          "the separation of hospital groups and community organisations and the shortage of general practitioners may slow integration",
          ("may", HEDGED)),
        S(SLAINTE, "ickg:facesBarrier", ("shortage of general practitioners", BAR),
          "the separation of hospital groups and community organisations and the shortage of general practitioners may slow integration",
          ("may", HEDGED)),
    ])

# --- a journal article's first page in Emerald's style: "Vol. 31 No. 4, 2017 / pp. 455-471" ---------
SDI = ("Sanità d'Iniziativa", PI)
TUSCANY_STUDY = ("cohort study", STUDY)
DOCUMENTS["train-jhom-tuscany.txt"] = dict(
    style="journal-first-page",
    metadata={"title": "Proactive primary care for chronic conditions in Tuscany: the Sanità d'Iniziativa",
              "authors": [{"family": "Bellini", "given": "Marco", "initials": "M"},
                          {"family": "Rossi", "given": "Giulia", "initials": "G"}],
              "date": None, "year": 2017, "journal": {"title": "Journal of Health Organization and Management", "abbreviation": None},
              "publisher": None, "volume": "31", "issue": "4", "pages": "455-471", "doi": "10.9999/JHOM-11-2016-0214",
              "pmid": None, "type": "fabio:JournalArticle"},
    jurisdictions=[E("Tuscany", "ickg:Region", [r"re:\bTuscany\b(?! Region)"]), E("Pisa", "ickg:Municipality"),
                   E("Italy", "ickg:Country")],
    organizations=[E("Tuscany Region", ORG), E("Laboratorio Management e Sanità", ORG),
                   E("Sant'Anna School of Advanced Studies", ORG), E("Emerald Publishing Limited", ORG),
                   E("general practitioners", ORG), E("practice nurses", ORG)],
    programs=[E("Sanità d'Iniziativa", PI, types_accept=[CM]), E("Expanded Chronic Care Model", CM)],
    populations=[E("patients with diabetes, heart failure, chronic obstructive pulmonary disease and previous stroke", POP,
                   ["patients with diabetes, heart failure, chronic obstructive pulmonary disease and previous stroke"])],
    conditions=[E("diabetes", COND), E("heart failure", COND), E("chronic obstructive pulmonary disease", COND),
                E("stroke", COND)],
    concepts=[C("care pathways", "who-ipchs:care-pathways"), C("cohort study", "design:cohort-study")],
    statements=[
        S(SDI, "ickg:initiatedBy", ("Tuscany Region", ORG),
          "the proactive care programme for chronic conditions that the Tuscany Region introduced in its regional health plan 2008-2010"),
        S(SDI, "ickg:locatedIn", ("Tuscany", "ickg:Region"), "Proactive primary care for chronic conditions in Tuscany: the Sanità d'Iniziativa"),
        S(SDI, "ickg:hasComponent", ("general practitioners in teams that work with practice nurses", "ickg:InterdisciplinaryTeam"),
          "the programme organises general practitioners in teams that work with practice nurses"),
        S(SDI, "ickg:hasComponent", ("care pathways", MECH), "through care pathways"),
        S(SDI, "ickg:hasComponent", ("regular check-ups", MECH), "call them for regular check-ups"),
        *[S(SDI, "ickg:focusesOnCondition", (c, COND),
            "who follow patients with diabetes, heart failure, chronic obstructive pulmonary disease and previous stroke")
          for c in ("diabetes", "heart failure", "chronic obstructive pulmonary disease", "stroke")],
        S(SDI, "ickg:targetsPopulation",
          ("patients with diabetes, heart failure, chronic obstructive pulmonary disease and previous stroke", POP),
          "who follow patients with diabetes, heart failure, chronic obstructive pulmonary disease and previous stroke"),
        S(TUSCANY_STUDY, "ickg:sampleSize", 14200, "A cohort study compared 14,200 patients of general practitioners who joined the programme"),
        S(TUSCANY_STUDY, "ickg:hasStudyDesign", ("cohort study", "ickg:StudyDesign", "design:cohort-study"),
          "A cohort study compared 14,200 patients of general practitioners who joined the programme"),
        S(TUSCANY_STUDY, "ickg:evaluates", SDI,
          "A cohort study compared 14,200 patients of general practitioners who joined the programme"),
        S(SDI, "ickg:hasOutcome", ("more recommended tests", OUT), "Patients in the programme had more recommended tests"),
        S(SDI, "ickg:hasOutcome", ("hospital admissions did not fall", OUT), "hospital admissions did not fall"),
    ])

# --- a doctoral thesis's title page and abstract -------------------------------------------------------
P4P = ("pay-for-performance program for diabetes", PI)
NHI = ("National Health Insurance", PI)
THESIS = ("this thesis", STUDY)
DOCUMENTS["train-thesis-taiwan-p4p.txt"] = dict(
    style="thesis",
    metadata={"title": "Paying for quality in diabetes care: Taiwan's pay-for-performance program in primary care",
              "authors": [{"family": "Chou", "given": "Mei-Ling", "initials": "ML"}],
              "date": "2018-09", "year": 2018, "journal": None, "publisher": "University of Leeds",
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None,
              "type": "fabio:DoctoralThesis", "type_accept": ["fabio:Thesis"]},
    jurisdictions=[E("Taiwan", "ickg:Country")],
    organizations=[E("University of Leeds", ORG), E("School of Public Health", ORG),
                   E("Bureau of National Health Insurance", ORG), E("physicians", ORG, ["Physicians", "physicians"]),
                   E("clinics", ORG)],
    programs=[E("pay-for-performance program for diabetes", PI, ["pay-for-performance program"]),
              E("National Health Insurance", PI, [r"re:(?<!of )National Health Insurance"])],
    populations=[E("patients with diabetes", POP)],
    conditions=[E("diabetes", COND)],
    concepts=[C("pay-for-performance", "ickg:PayForPerformance", ["pay-for-performance"]),
              C("case management", "ickg:CaseManagement", accept=["kodner:case-management", "who-ipchs:case-management"])],
    statements=[
        S(NHI, "ickg:yearEstablished", 1995, "a single-payer scheme that began in 1995"),
        S(NHI, "ickg:locatedIn", ("Taiwan", "ickg:Country"), "Taiwan's National Health Insurance"),
        S(P4P, "ickg:yearEstablished", 2001, "introduced a pay-for-performance program for diabetes in 2001"),
        S(P4P, "ickg:operatedBy", ("Bureau of National Health Insurance", ORG),
          "introduced a pay-for-performance program for diabetes in 2001, run by the Bureau of National Health Insurance"),
        S(P4P, "ickg:focusesOnCondition", ("diabetes", COND), "a pay-for-performance program for diabetes"),
        S(P4P, "ickg:targetsPopulation", ("patients with diabetes", POP), "Physicians who enrol patients with diabetes"),
        S(P4P, "ickg:hasFundingModel", ("bonus payments", "ickg:PayForPerformance"),
          "bonus payments when their patients complete a care protocol of regular examinations"),
        S(P4P, "ickg:hasComponent", ("case management", MECH), "receive fees for case management"),
        S(P4P, "ickg:hasComponent", ("care protocol of regular examinations", MECH),
          "when their patients complete a care protocol of regular examinations"),
        S(THESIS, "ickg:sampleSize", 68400, "This thesis uses national claims data for 68,400 patients with type 2 diabetes"),
        S(THESIS, "ickg:sampleSize", 24, "interviews with 24 physicians"),
        S(THESIS, "ickg:usesMethod", ("national claims data", METHOD), "This thesis uses national claims data for 68,400 patients"),
        S(THESIS, "ickg:usesMethod", ("interviews", METHOD), "interviews with 24 physicians"),
        S(P4P, "ickg:hasOutcome", ("more recommended tests", OUT), "Enrolled patients received more recommended tests"),
        S(P4P, "ickg:hasOutcome", ("fewer hospital admissions", OUT),
          "had fewer hospital admissions than patients who were not enrolled"),
        S(P4P, "ickg:facesBarrier", ("heavy paperwork", BAR), "Physicians said that the paperwork was heavy"),
        S(P4P, "ickg:facesBarrier", ("bonus payments too small to change how most clinics work", BAR),
          "the bonus payments were too small to change how most clinics work"),
    ])

# --- a book chapter: "In: Editors (eds). Book. Place: Publisher; year. p. 87-104." -------------------
CBICS = ("community-based integrated care system", PI)
LTCI = ("long-term care insurance", PI)
DOCUMENTS["train-chapter-japan-cbic.txt"] = dict(
    style="book-chapter",
    metadata={"title": "The community-based integrated care system in Japan",
              "authors": [{"family": "Tanaka", "given": "Kenji", "initials": "K"},
                          {"family": "Morita", "given": "Yuko", "initials": "Y"}],
              "date": None, "year": 2019, "journal": None, "publisher": "Routledge",
              "volume": None, "issue": None, "pages": "87-104", "doi": "10.9999/9781138999016-6", "pmid": None,
              "type": "fabio:BookChapter"},
    jurisdictions=[E("Japan", "ickg:Country")],
    organizations=[E("municipalities", ORG, ["municipalities", "municipality"]), E("community general support centres", ORG),
                   E("national government", ORG), E("Routledge", ORG)],
    programs=[E("community-based integrated care system", PI, types_accept=[CM]),
              E("long-term care insurance", PI)],
    populations=[E("people aged 65 and over", POP), E("older people and their families", POP)],
    conditions=[],
    concepts=[C("single point of contact", "ickg:SingleEntryPoint"),
              C("care managers", "ickg:CaseManagement", accept=["kodner:case-management", "who-ipchs:case-management"])],
    statements=[
        S(LTCI, "ickg:yearEstablished", 2000, "Japan's long-term care insurance, which began in April 2000"),
        S(LTCI, "ickg:locatedIn", ("Japan", "ickg:Country"), "Japan's long-term care insurance, which began in April 2000"),
        S(LTCI, "ickg:operatedBy", ("municipalities", ORG),
          "made municipalities the insurers of long-term care for people aged 65 and over"),
        S(LTCI, "ickg:targetsPopulation", ("people aged 65 and over", POP),
          "made municipalities the insurers of long-term care for people aged 65 and over"),
        S(CBICS, "ickg:hasComponent", ("community general support centres", "ickg:SingleEntryPoint"),
          "From 2006 municipalities set up community general support centres, staffed by public health nurses, social workers and care managers, as a single point of contact"),
        S(CBICS, "ickg:targetsPopulation", ("older people and their families", POP),
          "as a single point of contact for older people and their families"),
        S(CBICS, "ickg:initiatedBy", ("national government", ORG),
          "which the national government asked every municipality to build by 2025"),
        S(CBICS, "ickg:locatedIn", ("Japan", "ickg:Country"), "The community-based integrated care system in Japan"),
        S(CBICS, "ickg:hasGoal",
          ("provide housing, medical care, long-term care, prevention and livelihood support within about 30 minutes of home", GOAL),
          "is meant to provide housing, medical care, long-term care, prevention and livelihood support within about 30 minutes of home",
          ("is meant to", ASPIRATIONAL)),
        S(CBICS, "ickg:hasComponent", ("local care meetings", MECH),
          "Local care meetings bring together physicians, home-visit nurses, care managers and volunteers to discuss individual cases."),
        S(CBICS, "ickg:facesBarrier", ("shortage of care workers", BAR), "a shortage of care workers is the main barrier"),
    ])

# --- a preprint's first page: "medRxiv preprint doi: ...; this version posted March 3, 2021." ---------
ORTHO = ("OrthoChoice", PI)
ORTHO_STUDY = ("cohort study of 26,000 hip and knee replacements", STUDY)
DOCUMENTS["train-preprint-orthochoice.txt"] = dict(
    style="preprint",
    metadata={"title": "Bundled payment with a warranty for hip and knee replacement: ten years of OrthoChoice in Stockholm",
              "authors": [{"family": "Lindgren", "given": "Anna", "initials": "A"},
                          {"family": "Sjöberg", "given": "Erik", "initials": "E"}],
              "date": "2021-03-03", "year": 2021, "journal": None, "publisher": "medRxiv",
              "publisher_accept": ["Cold Spring Harbor Laboratory"],
              "volume": None, "issue": None, "pages": None, "doi": "10.9999/2021.03.03.21252801", "pmid": None,
              "type": "fabio:Preprint"},
    jurisdictions=[E("Stockholm", "ickg:Region", [r"re:\bStockholm\b(?! County)(?! Region)"], types_accept=["ickg:Municipality"]),
                   E("Sweden", "ickg:Country")],
    organizations=[E("Stockholm County Council", ORG), E("Karolinska Institutet", ORG),
                   E("Department of Learning, Informatics, Management and Ethics", ORG), E("Stockholm Region", ORG),
                   E("providers", ORG, ["provider", "providers"])],
    programs=[E("OrthoChoice", PI, types_accept=[CM])],
    populations=[E("patients without severe other disease", POP)],
    conditions=[],
    concepts=[C("bundled payment", "ickg:BundledFunding", ["bundled payment", "Bundled payment"]),
              C("cohort study", "design:cohort-study")],
    statements=[
        S(ORTHO, "ickg:yearEstablished", 2009, "In January 2009 Stockholm County Council introduced OrthoChoice"),
        S(ORTHO, "ickg:initiatedBy", ("Stockholm County Council", ORG), "In January 2009 Stockholm County Council introduced OrthoChoice"),
        S(ORTHO, "ickg:locatedIn", ("Stockholm", "ickg:Region"), "ten years of OrthoChoice in Stockholm"),
        S(ORTHO, "ickg:hasFundingModel", ("bundled payment", "ickg:BundledFunding"),
          "OrthoChoice, a bundled payment for elective hip and knee replacement"),
        S(ORTHO, "ickg:targetsPopulation", ("patients without severe other disease", POP),
          "a bundled payment for elective hip and knee replacement in patients without severe other disease"),
        S(ORTHO, "ickg:hasComponent", ("warranty for complications", MECH), "the provider pays for complications under a warranty"),
        S(ORTHO, "ickg:hasComponent", ("free choice of provider", MECH), "Patients choose their provider freely."),
        S(ORTHO_STUDY, "ickg:sampleSize", 26000, "We conducted a cohort study of 26,000 hip and knee replacements in Stockholm from 2006 to 2018"),
        S(ORTHO_STUDY, "ickg:hasStudyDesign", ("cohort study", "ickg:StudyDesign", "design:cohort-study"),
          "We conducted a cohort study of 26,000 hip and knee replacements"),
        S(ORTHO_STUDY, "ickg:evaluates", ORTHO, "We conducted a cohort study of 26,000 hip and knee replacements in Stockholm from 2006 to 2018"),
        S(ORTHO_STUDY, "ickg:usesMethod", ("Swedish Hip and Knee Arthroplasty Registers", METHOD),
          "using the Swedish Hip and Knee Arthroplasty Registers"),
        S(ORTHO, "ickg:hasOutcome", ("complications and revisions fell", OUT), "After the reform, complications and revisions fell"),
        S(ORTHO, "ickg:hasOutcome", ("waiting times fell", OUT), "waiting times fell"),
        S(ORTHO, "ickg:hasOutcome", ("more patients were operated on", OUT), "more patients were operated on"),
        S(ORTHO, "ickg:hasOutcome", ("cost per patient fell by about a fifth", OUT), "the cost per patient fell by about a fifth"),
        S(ORTHO, "ickg:hasOutcome", ("improved value in elective orthopaedic care", OUT),
          "Bundled payment with a warranty appears to have improved value in elective orthopaedic care", ("appears to", HEDGED)),
        S(ORTHO, "ickg:facesBarrier", ("providers selected healthier patients", BAR), "providers selected healthier patients"),
    ])

# --- a report's cover: "Published by the ...", an ISO date, an ISBN -------------------------------------
RPB = ("regional partnership boards", PI)
ICF = ("Integrated Care Fund", PI)
RPB_STUDY = ("interviews with 42 board members", STUDY)
ICF_QUOTE = ("The Welsh Government's Integrated Care Fund pays for projects for older people with complex needs, people with dementia, "
             "people with learning disabilities, young carers and children with complex needs.")
RPB_BARRIERS = ("short-term grants, different budget cycles of health and social services and the weak voice of the third sector "
                "limit what they achieve")
DOCUMENTS["train-report-wales-rpb.txt"] = dict(
    style="report",
    metadata={"title": "Working together for well-being: regional partnership boards in Wales five years on",
              "authors": [{"family": "Davies", "given": "Rhian", "initials": "R"}, {"family": "Price", "given": "Owain", "initials": "O"}],
              "date": "2021-06-30", "year": 2021, "journal": None, "publisher": "Wales Institute for Care Research",
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:ReportDocument"},
    jurisdictions=[E("Wales", "ickg:Region", [r"re:(?<!\()\bWales\b(?!\))(?! Institute)"], types_accept=["ickg:Country"]),
                   E("Cardiff", "ickg:Municipality")],
    organizations=[E("Wales Institute for Care Research", ORG), E("local health boards", ORG), E("local authorities", ORG),
                   E("third sector", ORG), E("Welsh Government", ORG),
                   E("regional partnership boards", ORG, ["regional partnership boards"], types_accept=[PI])],
    programs=[E("regional partnership boards", PI, ["regional partnership boards"], types_accept=[ORG]),
              E("Integrated Care Fund", PI)],
    populations=[E("older people with complex needs", POP), E("people with dementia", POP),
                 E("people with learning disabilities", POP), E("young carers", POP), E("children with complex needs", POP)],
    conditions=[E("dementia", COND), E("learning disabilities", COND)],
    concepts=[C("pooled funds", "ickg:PooledBudget")],
    statements=[
        S(RPB, "ickg:establishedBy", ("Social Services and Well-being (Wales) Act 2014", "ickg:Legislation"),
          "The Social Services and Well-being (Wales) Act 2014, in force since 6 April 2016, requires seven regional partnership boards"),
        S(RPB, "ickg:numberOfPrograms", {"value": 7, "datatype": "xsd:nonNegativeInteger"},
          "requires seven regional partnership boards"),
        S(RPB, "ickg:yearEstablished", 2016,
          "The Social Services and Well-being (Wales) Act 2014, in force since 6 April 2016, requires seven regional partnership boards"),
        S(RPB, "ickg:locatedIn", ("Wales", "ickg:Region"), "regional partnership boards in Wales five years on"),
        *[S(RPB, "ickg:hasPartner", (o, ORG),
            "to bring together local health boards, local authorities, the third sector, carers and people who use services")
          for o in ("local health boards", "local authorities", "third sector")],
        S(RPB, "ickg:hasComponent", ("area plans", MECH), "The boards must assess the care and support needs of their population and publish area plans"),
        S(RPB, "ickg:hasFundingModel", ("pooled funds for care home places for older people", "ickg:PooledBudget"),
          "they must set up pooled funds for care home places for older people"),
        S(ICF, "ickg:initiatedBy", ("Welsh Government", ORG), "The Welsh Government's Integrated Care Fund"),
        *[S(ICF, "ickg:targetsPopulation", (p, POP), ICF_QUOTE)
          for p in ("older people with complex needs", "people with dementia", "people with learning disabilities", "young carers",
                    "children with complex needs")],
        *[S(ICF, "ickg:focusesOnCondition", (c, COND), ICF_QUOTE) for c in ("dementia", "learning disabilities")],
        S(RPB_STUDY, "ickg:sampleSize", 42, "We interviewed 42 board members."),
        S(RPB_STUDY, "ickg:usesMethod", ("interviews", METHOD), "We interviewed 42 board members."),
        S(RPB_STUDY, "ickg:evaluates", RPB, "We interviewed 42 board members."),
        S(RPB, "ickg:hasOutcome", ("improved joint planning", OUT), "Boards have improved joint planning"),
        S(RPB, "ickg:facesBarrier", ("short-term grants", BAR), RPB_BARRIERS),
        S(RPB, "ickg:facesBarrier", ("different budget cycles of health and social services", BAR), RPB_BARRIERS),
        S(RPB, "ickg:facesBarrier", ("weak voice of the third sector", BAR), RPB_BARRIERS),
        S(("give the boards funding for at least three years", REC), "ickg:addressedTo", ("Welsh Government", ORG),
          "We recommend that the Welsh Government give the boards funding for at least three years."),
    ])

# --- an HTML page: "Published 3rd March 2019", "Last updated: ...", a breadcrumb --------------------------
WO = ("Whānau Ora", PI)
WO_AGENCIES = ("Since 2014 Te Puni Kōkiri has funded three commissioning agencies: Te Pou Matakana for the North Island, "
               "Te Pūtahitanga o Te Waipounamu for the South Island, and Pasifika Futures for Pacific families.")
DOCUMENTS["train-html-whanau-ora.html"] = dict(
    style="html-page",
    metadata={"title": "Whānau Ora: a whānau-centred approach", "authors": [],
              "date": "2019-03-03", "year": 2019, "journal": None, "publisher": "Te Puni Kōkiri",
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:WebPage"},
    jurisdictions=[E("North Island", "ickg:Region"), E("South Island", "ickg:Region")],
    organizations=[E("Te Puni Kōkiri", ORG), E("New Zealand Government", ORG), E("Te Pou Matakana", ORG),
                   E("Te Pūtahitanga o Te Waipounamu", ORG), E("Pasifika Futures", ORG), E("government agencies", ORG)],
    programs=[E("Whānau Ora", PI, types_accept=[CM])],
    populations=[E("whānau", POP, [r"re:\bwhānau\b(?!-)"], aliases=["extended families"]), E("Pacific families", POP)],
    conditions=[],
    concepts=[C("navigators", "who-ipchs:health-navigators")],
    statements=[
        S(WO, "ickg:yearEstablished", 2010, "that the New Zealand Government launched in 2010"),
        S(WO, "ickg:initiatedBy", ("New Zealand Government", ORG), "that the New Zealand Government launched in 2010"),
        S(WO, "ickg:targetsPopulation", ("whānau", POP), "Whānau Ora supports whānau (extended families) to set their own goals"),
        *[S(WO, "ickg:hasPartner", (o, ORG), WO_AGENCIES)
          for o in ("Te Pou Matakana", "Te Pūtahitanga o Te Waipounamu", "Pasifika Futures")],
        S(("Te Pou Matakana", ORG), "ickg:locatedIn", ("North Island", "ickg:Region"), "Te Pou Matakana for the North Island"),
        S(("Te Pūtahitanga o Te Waipounamu", ORG), "ickg:locatedIn", ("South Island", "ickg:Region"),
          "Te Pūtahitanga o Te Waipounamu for the South Island"),
        S(WO, "ickg:targetsPopulation", ("Pacific families", POP), "Pasifika Futures for Pacific families"),
        S(WO, "ickg:hasComponent", ("navigators", MECH),
          "The agencies fund navigators, who work with whānau to plan and reach their goals across health, education, housing and income."),
        S(("review in 2019", "ickg:Evaluation"), "ickg:evaluates", WO,
          "A review in 2019 found that whānau who worked with navigators made progress on their goals"),
        S(WO, "ickg:hasOutcome", ("whānau who worked with navigators made progress on their goals", OUT),
          "whānau who worked with navigators made progress on their goals"),
        S(WO, "ickg:facesBarrier", ("government agencies had not shared responsibility for Whānau Ora as intended", BAR),
          "government agencies had not shared responsibility for Whānau Ora as intended"),
    ])

# --- a legislature's background brief: masthead, "March 3rd, 2019" ----------------------------------------
CCO = ("Coordinated Care Organizations", CM)
CCO_LAW = "The Legislative Assembly created them with House Bill 3650 (2011) and Senate Bill 1580 (2012)"
DOCUMENTS["train-briefing-oregon-cco.txt"] = dict(
    style="government-briefing",
    metadata={"title": "Coordinated Care Organizations", "authors": [],
              "date": "2019-03-03", "year": 2019, "journal": None, "publisher": "Legislative Policy and Research Office",
              "publisher_accept": ["Oregon Legislative Policy and Research Office"],
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None,
              "type": "fabio:BriefReport", "type_accept": ["fabio:ReportDocument"]},
    jurisdictions=[E("Oregon", "ickg:ProvinceOrState", [r"re:\bOregon\b(?! Health)"]), E("Salem", "ickg:Municipality")],
    organizations=[E("Legislative Policy and Research Office", ORG,
                     ["OREGON LEGISLATIVE POLICY AND RESEARCH OFFICE", "Legislative Policy and Research Office"]),
                   E("Legislative Assembly", ORG), E("Oregon Health Authority", ORG, ["Oregon Health Authority", "OHA"], aliases=["OHA"]),
                   E("Centers for Medicare & Medicaid Services", ORG),
                   E("health care providers", ORG, ["physical, behavioral and dental health care providers"]),
                   E("Medicaid", ORG, types_accept=[PI])],
    programs=[E("Coordinated Care Organizations", CM, ["Coordinated Care Organizations", "Coordinated care organizations", "CCOs", "CCO"],
                aliases=["CCOs"], types_accept=[PI, ORG]),
              E("Oregon Health Plan", PI, ["Oregon Health Plan", "OHP"], aliases=["OHP"]),
              ],
    populations=[E("people who receive Medicaid coverage through the Oregon Health Plan", POP,
                   ["people who receive Medicaid coverage through the Oregon Health Plan", "OHP members"])],
    conditions=[],
    concepts=[C("global budget", "ickg:GlobalBudget"), C("incentive metrics", "ickg:PayForPerformance")],
    statements=[
        S(CCO, "ickg:establishedBy", ("House Bill 3650", "ickg:Legislation"), CCO_LAW),
        S(CCO, "ickg:establishedBy", ("Senate Bill 1580", "ickg:Legislation"), CCO_LAW),
        S(CCO, "ickg:initiatedBy", ("Legislative Assembly", ORG), CCO_LAW),
        S(CCO, "ickg:yearEstablished", 2012, "the first CCOs began serving members in August 2012"),
        S(CCO, "ickg:targetsPopulation", ("people who receive Medicaid coverage through the Oregon Health Plan", POP),
          "serve people who receive Medicaid coverage through the Oregon Health Plan (OHP)"),
        S(CCO, "ickg:hasFundingModel", ("global budget", "ickg:GlobalBudget"),
          "Each CCO receives a global budget from the Oregon Health Authority (OHA)"),
        S(CCO, "ickg:hasComponent", ("community advisory council", "ickg:GovernanceArrangement"), "Every CCO has a community advisory council"),
        S(CCO, "ickg:hasFundingModel", ("quality pool", "ickg:PayForPerformance"), "a quality pool rewards CCOs that meet incentive metrics"),
        S(CCO, "ickg:hasOutcome", ("emergency department visits by OHP members fell", OUT),
          "Emergency department visits by OHP members fell after CCOs began"),
        S(CCO, "ickg:facesBarrier", ("integration of dental and behavioral care has been slower", BAR),
          "integration of dental and behavioral care has been slower"),
    ])


# --- a conference abstract cited only in its "How to cite" line at the foot ---------------------------
ACP = ("quality improvement collaborative", PP)
DOCUMENTS["train-conf-scotland-anticipatory.txt"] = dict(
    style="conference-abstract",
    metadata={"title": "Anticipatory care planning in general practice in Lanarkshire: lessons from a quality improvement collaborative",
              "authors": [{"family": "McLeod", "given": "Fiona", "initials": "F"},
                          {"family": "MacDonald", "given": "Graham", "initials": "G"}],
              "date": None, "year": 2019,
              "journal": {"title": "International Journal of Integrated Care", "abbreviation": None},
              "publisher": None, "volume": "19", "issue": "S1", "pages": "A217", "doi": "10.9999/ijic.s3217", "pmid": None,
              "type": "fabio:ConferencePaper", "type_accept": ["fabio:Abstract", "fabio:JournalArticle"]},
    jurisdictions=[E("Lanarkshire", "ickg:Region", [r"re:\bLanarkshire\b(?<!NHS Lanarkshire)"]),
                   E("Bothwell", "ickg:Municipality"), E("Scotland", "ickg:Region", types_accept=["ickg:Country"])],
    organizations=[E("NHS Lanarkshire", ORG), E("general practices", ORG, ["general practices", "Practices", "practices"])],
    programs=[E("quality improvement collaborative", PP, ["quality improvement collaborative"], types_accept=[PI])],
    populations=[E("people with long-term conditions", POP), E("residents of care homes", POP,
                 ["resident of a care home", "care home residents", "residents"])],
    conditions=[],
    concepts=[C("anticipatory care plans", "ickg:CarePlanning", ["Anticipatory care plans", "anticipatory care plan",
                                                                  "anticipatory care planning", "Anticipatory care planning"],
                accept=["kodner:joint-care-planning"])],
    statements=[
        S(ACP, "ickg:yearEstablished", 2016, "In 2016 NHS Lanarkshire started a quality improvement collaborative"),
        S(ACP, "ickg:initiatedBy", ("NHS Lanarkshire", ORG), "In 2016 NHS Lanarkshire started a quality improvement collaborative"),
        S(ACP, "ickg:hasPartner", ("general practices", ORG), "in which 40 general practices aimed to offer an anticipatory care plan"),
        S(ACP, "ickg:hasGoal", ("offer an anticipatory care plan to every resident of a care home", GOAL),
          "40 general practices aimed to offer an anticipatory care plan to every resident of a care home"),
        S(ACP, "ickg:targetsPopulation", ("residents of care homes", POP),
          "40 general practices aimed to offer an anticipatory care plan to every resident of a care home"),
        S(ACP, "ickg:hasComponent", ("plan-do-study-act cycles", MECH), "Practices used plan-do-study-act cycles"),
        S(ACP, "ickg:hasComponent", ("shared template in the electronic record", MECH), "a shared template in the electronic record"),
        S(ACP, "ickg:hasComponent", ("monthly learning sessions", MECH), "monthly learning sessions"),
        S(ACP, "ickg:hasOutcome", ("share of care home residents with a plan rose from 22% to 81%", OUT),
          "The share of care home residents with a plan rose from 22% to 81%."),
        S(ACP, "ickg:hasOutcome", ("admissions of residents fell", OUT),
          "Admissions of residents fell in the practices that completed most plans, although other changes may have contributed.",
          ("may have", HEDGED)),
        S(ACP, "ickg:facesBarrier", ("lack of time for conversations with families", BAR),
          "The lack of time for conversations with families was the main barrier."),
    ])

# --- an audit office's report: issuer, addressee line, month, report number ----------------------------
DSNP = ("Dual-eligible special needs plans", CM)
GAO_STUDY = ("review of the contracts of 10 states", STUDY)
DOCUMENTS["train-exec-gao-dsnp.txt"] = dict(
    style="executive-summary",
    metadata={"title": "Dual-eligible special needs plans: state contracts and the integration of benefits", "authors": [],
              "date": "2018-05", "year": 2018, "journal": None, "publisher": "United States Government Accountability Office",
              "publisher_accept": ["Government Accountability Office", "GAO"],
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None,
              "type": "fabio:ReportDocument", "type_accept": ["fabio:ExecutiveSummary"]},
    jurisdictions=[],
    organizations=[E("United States Government Accountability Office", ORG, ["United States Government Accountability Office", "GAO"],
                     aliases=["GAO"]),
                   E("Centers for Medicare & Medicaid Services", ORG, ["Centers for Medicare & Medicaid Services", "CMS"], aliases=["CMS"]),
                   E("state Medicaid agencies", ORG, ["state Medicaid agencies", "Medicaid agency"]), E("states", ORG, [r"re:\bstates\b"]),
                   E("Medicare", ORG, [r"re:\bMedicare\b(?! Advantage)(?! Improvements)(?! &)"], types_accept=[PI]),
                   E("Medicaid", ORG, [r"re:(?<!& )(?<!state )\bMedicaid\b(?! agenc)"], types_accept=[PI])],
    programs=[E("Dual-eligible special needs plans", CM, ["Dual-eligible special needs plans", "D-SNPs", "D-SNP"], aliases=["D-SNPs"],
                types_accept=[PI]),
              E("Medicare Advantage", PI), E("fully integrated plans", CM)],
    populations=[E("people who are eligible for both Medicare and Medicaid", POP)],
    conditions=[],
    concepts=[C("care coordinator", "ickg:CareCoordination", ["care coordinator"])],
    statements=[
        S(DSNP, "ickg:targetsPopulation", ("people who are eligible for both Medicare and Medicaid", POP),
          "Medicare Advantage plans for people who are eligible for both Medicare and Medicaid"),
        S(DSNP, "ickg:establishedBy", ("Medicare Improvements for Patients and Providers Act of 2008", "ickg:Legislation"),
          "The Medicare Improvements for Patients and Providers Act of 2008 requires every D-SNP to have a contract with the Medicaid agency of each state in which it operates."),
        S(DSNP, "ickg:hasPartner", ("state Medicaid agencies", ORG),
          "requires every D-SNP to have a contract with the Medicaid agency of each state in which it operates"),
        S(GAO_STUDY, "ickg:conductedBy", ("United States Government Accountability Office", ORG),
          "GAO reviewed the contracts of 10 states"),
        S(GAO_STUDY, "ickg:sampleSize", 10, "GAO reviewed the contracts of 10 states"),
        S(GAO_STUDY, "ickg:evaluates", DSNP, "GAO reviewed the contracts of 10 states"),
        S(GAO_STUDY, "ickg:usesMethod", ("interviews", METHOD),
          "interviewed officials of the Centers for Medicare & Medicaid Services (CMS), state Medicaid agencies and plans"),
        S(DSNP, "ickg:hasOutcome", ("most contracts required little more than sharing information on enrollees", OUT),
          "Most contracts required little more than sharing information on enrollees."),
        S(("fully integrated plans", CM), "ickg:hasComponent", ("one care coordinator", MECH), "gave enrollees one care coordinator"),
        S(DSNP, "ickg:facesBarrier", ("separate Medicare and Medicaid rules for appeals and enrollment", BAR),
          "Separate Medicare and Medicaid rules for appeals and enrollment remain a barrier to integration."),
        S(("give states guidance on contract provisions that promote the integration of benefits", REC), "ickg:addressedTo",
          ("Centers for Medicare & Medicaid Services", ORG),
          "GAO recommends that CMS give states guidance on contract provisions that promote the integration of benefits."),
    ])

# --- an unstructured abstract under a Harvard citation with "pp." and "201-9" -----------------------------
MP = ("model practices", CM)
SLO_STUDY = ("analysis of the records of 312 model practices and survey of 214 nurse practitioners", STUDY)
SLO_CONDITIONS = "follow patients with stable chronic diseases such as hypertension, type 2 diabetes, asthma and chronic obstructive pulmonary disease"
DOCUMENTS["train-uabs-slovenia-model-practices.txt"] = dict(
    style="unstructured-abstract",
    metadata={"title": "Nurse practitioners in family medicine model practices in Slovenia: an evaluation of the first four years",
              "authors": [{"family": "Kovač", "given": None, "initials": "J"}, {"family": "Novak", "given": None, "initials": "M"},
                          {"family": "Horvat", "given": None, "initials": "A"}],
              "date": None, "year": 2016, "journal": {"title": "Zdravstveno Varstvo", "abbreviation": None},
              "publisher": None, "volume": "55", "issue": "3", "pages": "201-209", "doi": "10.9999/sjph-2016-0027", "pmid": None,
              "type": "fabio:JournalArticle"},
    jurisdictions=[E("Slovenia", "ickg:Country", [r"re:\bSlovenia\b(?<!Institute of Slovenia)"])],
    organizations=[E("Health Insurance Institute of Slovenia", ORG), E("health centres", ORG)],
    programs=[E("model practices", CM, ["model practices"], types_accept=[PI])],
    populations=[E("patients with stable chronic diseases", POP), E("adults", POP, [r"re:\badults\b"])],
    conditions=[E("hypertension", COND), E("type 2 diabetes", COND), E("asthma", COND), E("chronic obstructive pulmonary disease", COND)],
    concepts=[],
    statements=[
        S(MP, "ickg:yearEstablished", 2011, "In 2011 Slovenia began to turn family medicine practices into model practices"),
        S(MP, "ickg:locatedIn", ("Slovenia", "ickg:Country"), "In 2011 Slovenia began to turn family medicine practices into model practices"),
        S(MP, "ickg:hasComponent", ("registered nurse practitioner added to the team", "ickg:InterdisciplinaryTeam"),
          "by adding a registered nurse practitioner, for half of full-time, to the team of the family physician and the practice nurse"),
        S(MP, "ickg:hasFundingModel", ("the Health Insurance Institute of Slovenia pays for the additional nurse", "ickg:FundingModel"),
          "The Health Insurance Institute of Slovenia pays for the additional nurse."),
        S(MP, "ickg:hasComponent", ("screening for cardiovascular risk factors", MECH),
          "The nurse practitioners screen adults for cardiovascular risk factors"),
        S(MP, "ickg:targetsPopulation", ("patients with stable chronic diseases", POP), SLO_CONDITIONS),
        *[S(MP, "ickg:focusesOnCondition", (c, COND), SLO_CONDITIONS)
          for c in ("hypertension", "type 2 diabetes", "asthma", "chronic obstructive pulmonary disease")],
        S(MP, "ickg:hasComponent", ("protocols agreed with the physicians", MECH), "using protocols agreed with the physicians"),
        S(SLO_STUDY, "ickg:sampleSize", 312, "We analysed the records of 312 model practices"),
        S(SLO_STUDY, "ickg:sampleSize", 214, "surveyed 214 nurse practitioners"),
        S(SLO_STUDY, "ickg:usesMethod", ("survey", METHOD), "surveyed 214 nurse practitioners"),
        S(SLO_STUDY, "ickg:evaluates", MP, "We analysed the records of 312 model practices and surveyed 214 nurse practitioners."),
        S(MP, "ickg:hasOutcome", ("screening for cardiovascular risk rose in every region", OUT),
          "Screening for cardiovascular risk rose in every region"),
        S(MP, "ickg:hasOutcome", ("physicians had more time for patients with complex problems", OUT),
          "physicians had more time for patients with complex problems"),
        S(MP, "ickg:facesBarrier", ("unclear roles", BAR), "Nurse practitioners reported unclear roles"),
        S(MP, "ickg:facesBarrier", ("lack of space in health centres", BAR), "a lack of space in health centres"),
    ])

# --- a blog post: "Posted on 14 April 2014 by ...", comments, "Filed under" -----------------------------
BBB = ("Bromley by Bow Centre", ORG)
SP = ("social prescribing service", CM)
DOCUMENTS["train-blog-bromley-by-bow.txt"] = dict(
    style="blog-post",
    metadata={"title": "Social prescribing under one roof: a visit to the Bromley by Bow Centre",
              "authors": [{"family": "Okafor", "given": "Sam", "initials": "S"}],
              "date": "2014-04-14", "year": 2014, "journal": None, "publisher": "Community Health Matters",
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None,
              "type": "fabio:WebPage", "type_accept": ["fabio:NewsItem"]},
    jurisdictions=[E("Tower Hamlets", "ickg:Municipality"), E("east London", "ickg:Region", types_accept=["ickg:Municipality"])],
    organizations=[E("Bromley by Bow Centre", ORG, types_accept=[CM]), E("Bromley by Bow Health Partnership", ORG),
                   E("Community Health Matters", ORG), E("general practice", ORG, ["general practice"])],
    programs=[E("social prescribing service", CM, ["social prescribing service"], types_accept=[PI]),
              E("Bromley by Bow Centre", CM, [r"re:Bromley by Bow Centre"], types_accept=[ORG])],
    populations=[E("people with lonely or difficult lives", POP)],
    conditions=[E("anxiety", COND), E("depression", COND), E("long-term pain", COND)],
    concepts=[],
    statements=[
        S(BBB, "ickg:yearEstablished", 1984, "began in 1984 as a church-based community project"),
        S(BBB, "ickg:locatedIn", ("Tower Hamlets", "ickg:Municipality"), "The Bromley by Bow Centre in Tower Hamlets, east London"),
        S(("Bromley by Bow Centre", CM), "ickg:hasPartner", ("Bromley by Bow Health Partnership", ORG),
          "now shares its site with a general practice, the Bromley by Bow Health Partnership"),
        S(SP, "ickg:operatedBy", BBB, "Doctors there can refer patients to the centre's social prescribing service"),
        S(SP, "ickg:hasComponent", ("link workers", MECH),
          "whose link workers connect people with lonely or difficult lives to gardening, adult learning, arts, debt advice and employment support"),
        S(SP, "ickg:targetsPopulation", ("people with lonely or difficult lives", POP), "connect people with lonely or difficult lives"),
        S(SP, "ickg:hasOutcome", ("most people referred took part in at least one activity", OUT),
          "most people referred took part in at least one activity"),
        S(SP, "ickg:facesBarrier", ("funding for link workers depends on short-term grants", BAR),
          "Funding for link workers depends on short-term grants, which makes it hard to keep staff."),
    ])



# --- a policy brief (written for the second round of tuning, gold before any run) --------------------
CCO = {"label": "coordinated care organizations", "type": CM, "types_accept": [PI, ORG]}
CCO_ORG = {"label": "coordinated care organizations", "type": ORG, "types_accept": [CM, PI]}
DOCUMENTS["train-brief-oregon-ccos.txt"] = dict(
    style="policy-brief",
    metadata={"title": "Coordinated care organizations in Oregon: what five years of a global budget have taught",
              "authors": [], "date": "2017-09", "year": 2017, "journal": None,
              "publisher": "Northwest Health Policy Forum", "volume": None, "issue": None, "pages": None,
              "doi": None, "pmid": None, "type": "fabio:ReportDocument", "type_accept": ["fabio:BriefReport"]},
    jurisdictions=[E("Oregon", "ickg:ProvinceOrState", [r"re:\bOregon\b(?! Health)"]),
                   E("Portland", "ickg:Municipality")],
    organizations=[E("Northwest Health Policy Forum", ORG), E("Oregon Health Authority", ORG),
                   E("coordinated care organizations", ORG, ["coordinated care organizations", "CCOs", "CCO"],
                     types_accept=[CM, PI]),
                   E("federal government", ORG), E("clinics", ORG), E("legislature", ORG)],
    programs=[E("coordinated care organizations", CM, ["coordinated care organizations", "CCOs", "CCO"],
                aliases=["CCOs"], types_accept=[PI, ORG]),
              E("Oregon Health Plan", PI)],
    populations=[E("members of the Oregon Health Plan", POP, ["members of the Oregon Health Plan",
                                                                "Medicaid member"])],
    conditions=[],
    concepts=[C("global budget", "ickg:GlobalBudget"),
              C("community advisory council", "ickg:GovernanceArrangement"),
              C("quality pool", "ickg:PayForPerformance", ["quality pool", "incentive measures"])],
    statements=[
        S(CCO, "ickg:locatedIn", ("Oregon", "ickg:ProvinceOrState"),
          "Oregon's coordinated care organizations (CCOs) are local networks"),
        S(CCO, "ickg:targetsPopulation", ("members of the Oregon Health Plan", POP),
          "local networks that deliver care to members of the Oregon Health Plan"),
        S(CCO, "ickg:establishedBy", ("Senate Bill 1580", "ickg:Legislation"), "They were created by Senate Bill 1580"),
        S(CCO, "ickg:yearEstablished", 2012, "the first CCOs began serving members in August 2012"),
        S(CCO, "ickg:numberOfPrograms", {"value": 16, "datatype": "xsd:nonNegativeInteger"},
          "Today 16 CCOs cover almost every Medicaid member in the state."),
        S(CCO, "ickg:hasFundingModel", ("global budget", "ickg:GlobalBudget"),
          "Each CCO receives a global budget from the Oregon Health Authority"),
        S(CCO_ORG, "ickg:responsibleFor", ("physical care", "ickg:CareSector"),
          "is responsible for physical, behavioral and dental care"),
        S(CCO_ORG, "ickg:responsibleFor", ("behavioral care", "ickg:CareSector"),
          "is responsible for physical, behavioral and dental care"),
        S(CCO_ORG, "ickg:responsibleFor", ("dental care", "ickg:CareSector"),
          "is responsible for physical, behavioral and dental care"),
        S(CCO, "ickg:hasGoal", ("reduce the growth of Medicaid spending per member by two percentage points", GOAL),
          "The state agreed with the federal government to reduce the growth of Medicaid spending per member by two percentage points"),
        S(CCO, "ickg:hasComponent", ("community advisory council", "ickg:GovernanceArrangement"),
          "CCOs must have a community advisory council"),
        S(CCO, "ickg:hasComponent", ("traditional health workers", MECH),
          "many employ traditional health workers such as community health workers and peer support specialists"),
        S(CCO, "ickg:hasFundingModel", ("quality pool", "ickg:PayForPerformance"),
          "A share of each budget is paid from a quality pool to CCOs that meet incentive measures."),
        S(CCO, "ickg:hasOutcome", ("fewer emergency department visits", OUT),
          "Evaluations report fewer emergency department visits and lower spending on inpatient care."),
        S(CCO, "ickg:hasOutcome", ("lower spending on inpatient care", OUT),
          "Evaluations report fewer emergency department visits and lower spending on inpatient care."),
        S(CCO, "ickg:facesBarrier", ("integration of behavioral health remains uneven", BAR),
          "integration of behavioral health remains uneven"),
        S(CCO, "ickg:facesBarrier", ("some CCOs lack the data systems to share information with clinics", BAR),
          "some CCOs lack the data systems to share information with clinics"),
    ])

# --- a research letter (second round, gold before any run) -----------------------------------------
CTI = ("Care Transitions Intervention", CM)
RCT = {"label": "randomized controlled trial of 750 patients", "type": STUDY,
       "aliases": ["randomized controlled trial"]}
DOCUMENTS["train-letter-care-transitions.txt"] = dict(
    style="research-letter",
    metadata={"title": "Coaching older patients through the move from hospital to home: the Care Transitions "
                       "Intervention in a health plan in Colorado",
              "authors": [{"family": "Lindqvist", "given": "Hannah R.", "initials": "HR"},
                          {"family": "Osei", "given": "Peter J.", "initials": "PJ"}],
              "date": None, "year": 2008, "journal": {"title": None, "abbreviation": "J Hosp Transit Care"},
              "publisher": None, "volume": "3", "issue": "2", "pages": "41-44", "doi": "10.9999/jhtc.2008.0112",
              "pmid": None, "type": "fabio:JournalArticle", "type_accept": ["fabio:BriefReport"]},
    jurisdictions=[E("Colorado", "ickg:ProvinceOrState", [r"re:\bColorado\b"]), E("Aurora", "ickg:Municipality"),
                   E("Denver", "ickg:Municipality")],
    organizations=[E("University of Colorado", ORG),
                   E("Division of Health Care Policy and Research", ORG),
                   E("health maintenance organization", ORG, ["health maintenance organization", "health plan"])],
    programs=[E("Care Transitions Intervention", CM, types_accept=[PI, PP])],
    populations=[E("patients aged 65 years or older", POP),
                 E("older adults with chronic illness", POP),
                 E("patients with dementia", POP)],
    conditions=[E("dementia", COND)],
    concepts=[C("randomized controlled trial", "design:clinical-trial"),
              C("personal health record", "ickg:SharedInformationSystem"),
              C("medication self-management", "ickg:PatientEngagement")],
    statements=[
        S(CTI, "ickg:initiatedBy", ("University of Colorado", ORG),
          "developed by Eric Coleman at the University of Colorado"),
        S(CTI, "ickg:targetsPopulation", ("patients aged 65 years or older", POP),
          "gives patients aged 65 years or older a transition coach"),
        S(CTI, "ickg:hasComponent", ("transition coach", "ickg:CareCoordination"),
          "gives patients aged 65 years or older a transition coach, an advanced practice nurse who visits them in hospital and at home"),
        S(CTI, "ickg:hasComponent", ("telephone follow-up for 28 days", MECH), "follows up by telephone for 28 days"),
        S(CTI, "ickg:hasComponent", ("medication self-management", "ickg:PatientEngagement"),
          "The intervention rests on four pillars: medication self-management"),
        S(CTI, "ickg:hasComponent", ("patient-held personal health record", "ickg:SharedInformationSystem"),
          "a patient-held personal health record"),
        S(CTI, "ickg:hasComponent", ("timely follow-up with the primary care physician or specialist", MECH),
          "timely follow-up with the primary care physician or specialist"),
        S(CTI, "ickg:hasComponent", ("knowledge of the red flags that signal a worsening condition", MECH),
          "knowledge of the red flags that signal a worsening condition"),
        S(CTI, "ickg:hasGoal", ("help patients and their caregivers take an active role in their care", GOAL),
          "Its aim is to help patients and their caregivers take an active role in their care.", ("aim is to", ASPIRATIONAL)),
        S(RCT, "ickg:hasStudyDesign", ("randomized controlled trial", "ickg:StudyDesign", "design:clinical-trial"),
          "We conducted a randomized controlled trial of 750 patients"),
        S(RCT, "ickg:sampleSize", 750, "We conducted a randomized controlled trial of 750 patients"),
        S(RCT, "ickg:evaluates", CTI, "We conducted a randomized controlled trial of 750 patients"),
        S(CTI, "ickg:locatedIn", ("Denver", "ickg:Municipality"),
          "750 patients admitted to a hospital of a health maintenance organization in Denver"),
        S(CTI, "ickg:hasOutcome", ("lower rehospitalization rates at 30 and 90 days", OUT),
          "Patients in the intervention group had lower rehospitalization rates at 30 and 90 days than controls"),
        S(CTI, "ickg:hasOutcome", ("lower hospital costs", OUT), "their hospital costs were lower"),
        S(CTI, "ickg:facesBarrier", ("coaching hard to provide to patients with dementia or without a telephone", BAR),
          "Coaching was hard to provide to patients with dementia or without a telephone."),
    ])

# --- a blog post (second round, gold before any run) -----------------------------------------------
PN = ("ParkinsonNet", CM)
DOCUMENTS["train-blog-parkinsonnet.txt"] = dict(
    style="blog-post",
    metadata={"title": "ParkinsonNet: how a Dutch network brought specialist allied care closer to home",
              "authors": [{"family": "Vermeulen", "given": "Ellen", "initials": "E"}],
              "date": "2016-05-12", "year": 2016, "journal": None, "publisher": "Care Innovation Notes",
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:WebPage",
              "type_accept": ["fabio:BlogPost"]},
    jurisdictions=[E("Netherlands", "ickg:Country"), E("Nijmegen", "ickg:Municipality")],
    organizations=[E("Radboud University Medical Center", ORG), E("Health insurers", ORG),
                   E("Care Innovation Notes", ORG)],
    programs=[E("ParkinsonNet", CM, types_accept=[PI])],
    populations=[E("people with Parkinson's disease", POP, ["person with Parkinson's disease"])],
    conditions=[E("Parkinson's disease", COND)],
    concepts=[C("cluster randomized trial", "design:clinical-trial")],
    statements=[
        S(PN, "ickg:yearEstablished", 2004, "ParkinsonNet, founded in 2004"),
        S(PN, "ickg:initiatedBy", ("Radboud University Medical Center", ORG),
          "founded in 2004 by neurologist Bas Bloem and Marten Munneke at Radboud University Medical Center in Nijmegen"),
        S(PN, "ickg:locatedIn", ("Netherlands", "ickg:Country"),
          "ParkinsonNet: how a Dutch network brought specialist allied care closer to home"),
        S(PN, "ickg:focusesOnCondition", ("Parkinson's disease", COND),
          "trains a limited number of physiotherapists, speech therapists and occupational therapists in each region in evidence-based guidelines for Parkinson's disease"),
        S(PN, "ickg:targetsPopulation", ("people with Parkinson's disease", POP),
          "a person with Parkinson's disease in the Netherlands who needed physiotherapy"),
        S(PN, "ickg:hasComponent", ("training of therapists in evidence-based guidelines", MECH),
          "The network trains a limited number of physiotherapists, speech therapists and occupational therapists in each region in evidence-based guidelines"),
        S(PN, "ickg:hasComponent", ("referral by neurologists only to trained therapists", MECH),
          "Neurologists refer patients only to these therapists"),
        S(PN, "ickg:hasComponent", ("online directory", MECH), "listed in an online directory"),
        S(PN, "ickg:hasComponent", ("online community", "ickg:SharedInformationSystem"),
          "An online community lets professionals share experience"),
        S(PN, "ickg:numberOfPrograms", {"value": 70, "datatype": "xsd:nonNegativeInteger"},
          "By 2016 there were about 70 regional networks covering the whole country."),
        S(PN, "ickg:hasFundingModel", ("insurers pay for the training and coordination", "ickg:FundingModel"),
          "Health insurers pay for the training and coordination."),
        S(PN, "ickg:hasPartner", ("Health insurers", ORG), "Health insurers pay for the training and coordination."),
        S(PN, "ickg:hasOutcome", ("outcomes at least as good as in usual care", OUT),
          "outcomes for patients were at least as good as in usual care while costs were lower"),
        S(PN, "ickg:hasOutcome", ("lower costs", OUT), "costs were lower"),
        S(PN, "ickg:hasOutcome", ("fewer hip fractures", OUT), "patients in the networks had fewer hip fractures"),
        S(PN, "ickg:facesBarrier", ("therapists outside the network lost patients and objected", BAR),
          "some therapists outside the network lost patients and objected"),
    ])


# --- an annual quality report (third round, gold before any run) ------------------------------------
HELP = ("Hospital Elder Life Program", CM)
DOCUMENTS["train-report-help-delirium.txt"] = dict(
    style="annual-report",
    metadata={"title": "Annual Quality Report 2018", "authors": [], "date": None, "year": 2018, "journal": None,
              "publisher": "Riverside Health System", "volume": None, "issue": None, "pages": None, "doi": None,
              "pmid": None, "type": "fabio:ReportDocument"},
    jurisdictions=[],
    organizations=[E("Riverside Health System", ORG), E("Yale University", ORG),
                   E("acute hospitals", ORG)],
    programs=[E("Hospital Elder Life Program", CM, ["Hospital Elder Life Program", "HELP"], aliases=["HELP"],
                types_accept=[PI])],
    populations=[E("patients aged 70 years or older with at least one risk factor for delirium", POP),
                 E("hospitalized older adults", POP), E("older inpatients", POP)],
    conditions=[E("delirium", COND)],
    concepts=[C("interdisciplinary team", "ickg:InterdisciplinaryTeam")],
    statements=[
        S(HELP, "ickg:initiatedBy", ("Yale University", ORG), "a model of care developed at Yale University"),
        S(HELP, "ickg:operatedBy", ("acute hospitals", ORG),
          "In 2016 our two acute hospitals adopted the Hospital Elder Life Program (HELP)"),
        S(HELP, "ickg:hasGoal", ("prevent delirium and functional decline in hospitalized older adults", GOAL),
          "to prevent delirium and functional decline in hospitalized older adults"),
        S(HELP, "ickg:focusesOnCondition", ("delirium", COND),
          "to prevent delirium and functional decline in hospitalized older adults"),
        S(HELP, "ickg:targetsPopulation", ("patients aged 70 years or older with at least one risk factor for delirium", POP),
          "The program targets patients aged 70 years or older with at least one risk factor for delirium."),
        S(HELP, "ickg:hasComponent", ("interdisciplinary team", "ickg:InterdisciplinaryTeam"),
          "An elder life specialist and a geriatric nurse specialist lead an interdisciplinary team"),
        S(HELP, "ickg:hasComponent", ("trained volunteers", MECH), "supported by trained volunteers"),
        S(HELP, "ickg:hasComponent", ("daily orientation", MECH), "Volunteers deliver daily orientation"),
        S(HELP, "ickg:hasComponent", ("therapeutic activities", MECH), "daily orientation, therapeutic activities"),
        S(HELP, "ickg:hasComponent", ("early mobilization", MECH), "therapeutic activities, early mobilization"),
        S(HELP, "ickg:hasComponent", ("help with vision and hearing", MECH), "help with vision and hearing"),
        S(HELP, "ickg:hasComponent", ("non-drug sleep protocol", MECH), "a non-drug sleep protocol"),
        S(HELP, "ickg:hasOutcome", ("rate of delirium on medical wards fell", OUT),
          "the rate of delirium on our medical wards fell"),
        S(HELP, "ickg:hasOutcome", ("shorter average length of stay", OUT), "the average length of stay was shorter"),
        S(HELP, "ickg:facesBarrier", ("volunteer turnover", BAR), "Volunteer turnover was the main difficulty"),
    ])

# --- a page of frequently asked questions (third round, gold before any run) -------------------------
PIONEERS = ("integrated care pioneers", PI)
PIRU_EVAL = {"label": "independent evaluation by the Policy Innovation Research Unit", "type": "ickg:Evaluation",
             "aliases": ["independent evaluation"]}
DOCUMENTS["train-faq-integration-pioneers.txt"] = dict(
    style="faq-page",
    metadata={"title": "Integrated care pioneers: frequently asked questions", "authors": [], "date": None,
              "year": None, "journal": None, "publisher": None, "volume": None, "issue": None, "pages": None,
              "doi": None, "pmid": None, "type": "fabio:WebPage"},
    jurisdictions=[E("England", "ickg:Region", types_accept=["ickg:Country"])],
    organizations=[E("Department of Health", ORG), E("NHS England", ORG), E("Local Government Association", ORG),
                   E("Policy Innovation Research Unit", ORG), E("councils", ORG),
                   E("general practices", ORG)],
    programs=[E("integrated care pioneers", PI, ["Integrated care pioneers", "integrated care pioneers", "pioneers",
                                                 "Pioneers"], aliases=["pioneers"]),
              E("Better Care Fund", PI)],
    populations=[],
    conditions=[],
    concepts=[C("multidisciplinary teams", "ickg:InterdisciplinaryTeam"),
              C("shared care records", "ickg:SharedInformationSystem")],
    statements=[
        S(PIONEERS, "ickg:locatedIn", ("England", "ickg:Region"), "The pioneers are local areas in England"),
        S(PIONEERS, "ickg:hasGoal", ("join up health and social care around the needs of patients", GOAL),
          "chosen to show how health and social care can be joined up around the needs of patients"),
        S(PIONEERS, "ickg:yearEstablished", 2013, "The programme was launched in May 2013"),
        S(PIONEERS, "ickg:initiatedBy", ("Department of Health", ORG),
          "The programme was launched in May 2013 by the Department of Health"),
        S(PIONEERS, "ickg:hasPartner", ("NHS England", ORG),
          "its national partners, including NHS England and the Local Government Association"),
        S(PIONEERS, "ickg:hasPartner", ("Local Government Association", ORG),
          "its national partners, including NHS England and the Local Government Association"),
        S(PIONEERS, "ickg:numberOfPrograms", {"value": 14, "datatype": "xsd:nonNegativeInteger"},
          "Fourteen areas were chosen in November 2013 from more than 100 applications."),
        S(PIONEERS, "ickg:numberOfPrograms", {"value": 25, "datatype": "xsd:nonNegativeInteger"},
          "A second wave in January 2015 brought the total to 25."),
        S(PIONEERS, "ickg:hasComponent", ("expert advice", MECH), "They get expert advice"),
        S(PIONEERS, "ickg:hasComponent", ("help to use the Better Care Fund", MECH), "help to use the Better Care Fund"),
        S(PIONEERS, "ickg:hasComponent", ("freedom to try new ways of paying for care", MECH),
          "freedom to try new ways of paying for care"),
        S(PIONEERS, "ickg:hasComponent", ("multidisciplinary teams", "ickg:InterdisciplinaryTeam"),
          "Many pioneers have set up multidisciplinary teams around groups of general practices"),
        S(PIONEERS, "ickg:hasComponent", ("shared care records", "ickg:SharedInformationSystem"),
          "shared care records between the NHS and councils"),
        S(PIRU_EVAL, "ickg:evaluates", PIONEERS,
          "An independent evaluation by the Policy Innovation Research Unit found that progress was slower than expected."),
        S(PIRU_EVAL, "ickg:conductedBy", ("Policy Innovation Research Unit", ORG),
          "An independent evaluation by the Policy Innovation Research Unit"),
        S(PIONEERS, "ickg:hasOutcome", ("progress slower than expected", OUT), "progress was slower than expected"),
        S(PIONEERS, "ickg:facesBarrier", ("national rules on payment and data sharing", BAR),
          "Pioneers said national rules on payment and data sharing held them back."),
    ])

# --- a plain-language summary (third round, gold before any run) -------------------------------------
IMPACT = ("IMPACT", CM)
IMPACT_RCT = {"label": "randomized controlled trial with 1,801 patients", "type": STUDY,
              "aliases": ["randomized controlled trial", "IMPACT trial"]}
DOCUMENTS["train-pls-impact-depression.txt"] = dict(
    style="plain-language-summary",
    metadata={"title": "Collaborative care for older adults with depression in primary care: the IMPACT trial",
              "authors": [], "date": None, "year": None, "journal": None, "publisher": None, "volume": None,
              "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:Abstract",
              "type_accept": ["fabio:JournalArticle"]},
    jurisdictions=[E("United States", "ickg:Country")],
    organizations=[E("University of Washington", ORG), E("primary care clinics", ORG)],
    programs=[E("IMPACT", CM, ["IMPACT", "Improving Mood-Promoting Access to Collaborative Treatment"],
                aliases=["Improving Mood-Promoting Access to Collaborative Treatment"], types_accept=[PI])],
    populations=[E("older adults with depression", POP),
                 E("patients aged 60 or older with depression", POP)],
    conditions=[E("depression", COND, [r"re:\b[Dd]epression\b"])],
    concepts=[C("randomized controlled trial", "design:clinical-trial")],
    statements=[
        S(IMPACT, "ickg:initiatedBy", ("University of Washington", ORG),
          "a collaborative care program developed at the University of Washington"),
        S(IMPACT, "ickg:focusesOnCondition", ("depression", COND),
          "Collaborative care for older adults with depression in primary care: the IMPACT trial"),
        S(IMPACT, "ickg:targetsPopulation", ("older adults with depression", POP),
          "Collaborative care for older adults with depression in primary care: the IMPACT trial"),
        S(IMPACT, "ickg:hasComponent", ("depression care manager", "ickg:CaseManagement"),
          "A depression care manager, usually a nurse or psychologist, works with the patient's primary care doctor and a consulting psychiatrist."),
        S(IMPACT, "ickg:hasComponent", ("consulting psychiatrist", MECH),
          "works with the patient's primary care doctor and a consulting psychiatrist"),
        S(IMPACT, "ickg:hasComponent", ("education", MECH), "The care manager offers education"),
        S(IMPACT, "ickg:hasComponent", ("support with antidepressant medication", MECH),
          "support with antidepressant medication"),
        S(IMPACT, "ickg:hasComponent", ("problem-solving treatment", MECH),
          "a brief psychotherapy called problem-solving treatment"),
        S(IMPACT, "ickg:hasComponent", ("tracks symptoms with a standard questionnaire", MECH),
          "tracks symptoms with a standard questionnaire"),
        S(IMPACT, "ickg:hasComponent", ("stepped care", MECH), "Treatment is stepped up when patients do not improve."),
        S(IMPACT_RCT, "ickg:hasStudyDesign", ("randomized controlled trial", "ickg:StudyDesign", "design:clinical-trial"),
          "They carried out a randomized controlled trial with 1,801 patients"),
        S(IMPACT_RCT, "ickg:sampleSize", 1801, "a randomized controlled trial with 1,801 patients"),
        S(IMPACT_RCT, "ickg:sampleSize", 18, "in 18 primary care clinics"),
        S(IMPACT_RCT, "ickg:evaluates", IMPACT,
          "They carried out a randomized controlled trial with 1,801 patients aged 60 or older with depression"),
        S(IMPACT, "ickg:locatedIn", ("United States", "ickg:Country"),
          "in 18 primary care clinics in five states of the United States"),
        S(IMPACT, "ickg:hasOutcome", ("large reduction in depressive symptoms", OUT),
          "45% of patients in collaborative care had a large reduction in depressive symptoms, compared with 19% in usual care"),
        S(IMPACT, "ickg:hasOutcome", ("more satisfied with depression treatment", OUT),
          "Patients in collaborative care were also more satisfied with their depression treatment."),
        S(IMPACT, "ickg:facesBarrier", ("clinics needed to fund the care manager", BAR),
          "Clinics needed to fund the care manager, which many could not do without new payment arrangements."),
    ])


# --- an encyclopedia entry (fourth round, gold before any run) ---------------------------------------
HBPC = ("Home-Based Primary Care", CM)
HBPC_EVAL = {"label": "national evaluation of 9,425 veterans", "type": "ickg:Evaluation",
             "aliases": ["national evaluation"]}
DOCUMENTS["train-encyclopedia-va-hbpc.txt"] = dict(
    style="encyclopedia-entry",
    metadata={"title": "Home-Based Primary Care (Veterans Health Administration)", "authors": [], "date": None,
              "year": None, "journal": None, "publisher": "Integrated Care Encyclopedia", "volume": None,
              "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:WebPage"},
    jurisdictions=[E("United States", "ickg:Country")],
    organizations=[E("Veterans Health Administration", ORG, ["Veterans Health Administration", "VHA", "VA"],
                     aliases=["VHA"]),
                   E("VA medical centers", ORG, ["VA medical centers", "medical center"]),
                   E("Integrated Care Encyclopedia", ORG)],
    programs=[E("Home-Based Primary Care", CM, ["Home-Based Primary Care", "HBPC"], aliases=["HBPC"],
                types_accept=[PI])],
    populations=[E("veterans with complex chronic disease", POP),
                 E("patients too ill or disabled to travel to a clinic", POP, ["too ill or disabled to travel to a clinic"])],
    conditions=[],
    concepts=[C("interdisciplinary team", "ickg:InterdisciplinaryTeam"), C("care plans", "ickg:CarePlanning")],
    statements=[
        S(HBPC, "ickg:operatedBy", ("Veterans Health Administration", ORG),
          "Home-Based Primary Care (HBPC) is a program of the United States Veterans Health Administration (VHA)"),
        S(HBPC, "ickg:locatedIn", ("United States", "ickg:Country"),
          "Home-Based Primary Care (HBPC) is a program of the United States Veterans Health Administration (VHA)"),
        S(HBPC, "ickg:targetsPopulation", ("veterans with complex chronic disease", POP),
          "primary care in the homes of veterans with complex chronic disease"),
        S(HBPC, "ickg:yearEstablished", 1972, "It began in 1972"),
        S(HBPC, "ickg:hasComponent", ("interdisciplinary team", "ickg:InterdisciplinaryTeam"),
          "Each HBPC program is led by an interdisciplinary team"),
        S(HBPC, "ickg:hasComponent", ("weekly review of care plans", "ickg:CarePlanning"),
          "The team meets every week to review care plans."),
        S(HBPC, "ickg:targetsPopulation", ("patients too ill or disabled to travel to a clinic", POP),
          "Patients are eligible when they are too ill or disabled to travel to a clinic."),
        S(HBPC_EVAL, "ickg:evaluates", HBPC, "A national evaluation of 9,425 veterans"),
        S(HBPC_EVAL, "ickg:sampleSize", 9425, "A national evaluation of 9,425 veterans"),
        S(HBPC, "ickg:hasOutcome", ("total VA costs fell by 12%", OUT), "total VA costs fell by 12% after enrollment"),
        S(HBPC, "ickg:hasOutcome", ("hospital days fell by a quarter", OUT), "hospital days fell by a quarter"),
        S(HBPC, "ickg:facesBarrier", ("rural programs have trouble recruiting staff", BAR),
          "Rural programs have trouble recruiting staff"),
        S(HBPC, "ickg:facesBarrier", ("travel time limits the number of visits", BAR),
          "travel time limits the number of visits a clinician can make"),
    ])

# --- a members' newsletter (fourth round, gold before any run) ---------------------------------------
PCH = ("primary care home", CM)
PCH_EVAL = {"label": "evaluation by Nuffield Trust researchers", "type": "ickg:Evaluation", "aliases": ["evaluation"]}
DOCUMENTS["train-newsletter-primary-care-home.txt"] = dict(
    style="newsletter",
    metadata={"title": "Primary care home: two years on", "authors": [], "date": "2017", "year": 2017, "journal": None,
              "publisher": "National Association of Primary Care", "publisher_accept": ["NAPC"], "volume": None,
              "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:NewsItem"},
    jurisdictions=[E("England", "ickg:Region", types_accept=["ickg:Country"])],
    organizations=[E("National Association of Primary Care", ORG, ["National Association of Primary Care", "NAPC"],
                     aliases=["NAPC"]),
                   E("general practices", ORG), E("community nurses", ORG), E("mental health services", ORG),
                   E("social care", ORG, [r"re:social care(?= and the voluntary)"]), E("voluntary sector", ORG),
                   E("Nuffield Trust", ORG)],
    programs=[E("primary care home", CM, ["primary care home", "Primary care home"], aliases=["primary care home model"],
                types_accept=[PI])],
    populations=[E("registered population of 30,000 to 50,000 people", POP)],
    conditions=[],
    concepts=[C("shared budgets", "ickg:PooledBudget")],
    statements=[
        S(PCH, "ickg:initiatedBy", ("National Association of Primary Care", ORG),
          "The primary care home model was launched by the National Association of Primary Care (NAPC) in 2015"),
        S(PCH, "ickg:yearEstablished", 2015,
          "The primary care home model was launched by the National Association of Primary Care (NAPC) in 2015"),
        S(PCH, "ickg:numberOfPrograms", {"value": 15, "datatype": "xsd:nonNegativeInteger"}, "with 15 rapid test sites in England"),
        S(PCH, "ickg:numberOfPrograms", {"value": 200, "datatype": "xsd:nonNegativeInteger"},
          "By 2017 more than 200 sites had joined the programme."),
        S(PCH, "ickg:locatedIn", ("England", "ickg:Region"), "with 15 rapid test sites in England"),
        S(PCH, "ickg:hasPartner", ("general practices", ORG),
          "Each primary care home brings together general practices, community nurses, mental health services, social care and the voluntary sector"),
        S(PCH, "ickg:hasPartner", ("community nurses", ORG),
          "Each primary care home brings together general practices, community nurses, mental health services, social care and the voluntary sector"),
        S(PCH, "ickg:hasPartner", ("mental health services", ORG),
          "Each primary care home brings together general practices, community nurses, mental health services, social care and the voluntary sector"),
        S(PCH, "ickg:hasPartner", ("social care", ORG),
          "Each primary care home brings together general practices, community nurses, mental health services, social care and the voluntary sector"),
        S(PCH, "ickg:hasPartner", ("voluntary sector", ORG),
          "Each primary care home brings together general practices, community nurses, mental health services, social care and the voluntary sector"),
        S(PCH, "ickg:targetsPopulation", ("registered population of 30,000 to 50,000 people", POP),
          "to serve a registered population of 30,000 to 50,000 people"),
        S(PCH, "ickg:hasComponent", ("integrated workforce with a strong focus on partnerships", MECH),
          "an integrated workforce with a strong focus on partnerships"),
        S(PCH, "ickg:hasComponent", ("combined focus on personalisation of care and population health", MECH),
          "a combined focus on personalisation of care and population health"),
        S(PCH, "ickg:hasComponent", ("aligned clinical and financial drivers", MECH), "aligned clinical and financial drivers"),
        S(PCH, "ickg:hasComponent", ("care for a defined registered population", MECH), "care for a defined registered population"),
        S(PCH_EVAL, "ickg:evaluates", PCH, "An evaluation by Nuffield Trust researchers found that staff at the test sites reported better joint working"),
        S(PCH_EVAL, "ickg:conductedBy", ("Nuffield Trust", ORG), "An evaluation by Nuffield Trust researchers"),
        S(PCH, "ickg:hasOutcome", ("better joint working", OUT), "staff at the test sites reported better joint working"),
        S(PCH, "ickg:facesBarrier", ("shared budgets remain rare", BAR), "shared budgets remain rare"),
        S(PCH, "ickg:facesBarrier", ("information systems still do not talk to each other", BAR),
          "information systems still do not talk to each other"),
    ])

# --- board minutes (fourth round, gold before any run) -----------------------------------------------
VW = ("virtual ward", CM)
DOCUMENTS["train-minutes-virtual-ward.txt"] = dict(
    style="board-minutes",
    metadata={"title": "Minutes of the Board meeting held in public, 14 March 2019", "authors": [],
              "date": "2019-03-14", "year": 2019, "journal": None, "publisher": "Northfield Community Health NHS Trust",
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:ReportDocument"},
    jurisdictions=[E("Croydon", "ickg:Municipality")],
    organizations=[E("Northfield Community Health NHS Trust", ORG), E("GP practices", ORG)],
    programs=[E("virtual ward", CM, ["virtual ward", "Virtual ward"], types_accept=[PP])],
    populations=[E("patients over 75 years old with a frailty score of 6 or more", POP),
                 E("patients at high risk of emergency admission", POP),
                 E("patients with heart failure", POP), E("frail older people", POP)],
    conditions=[E("heart failure", COND)],
    concepts=[C("care plan", "ickg:CarePlanning")],
    statements=[
        S(VW, "ickg:targetsPopulation", ("patients at high risk of emergency admission", POP),
          "patients at high risk of emergency admission are cared for at home"),
        S(VW, "ickg:targetsPopulation", ("patients over 75 years old with a frailty score of 6 or more", POP),
          "The ward will serve patients over 75 years old with a frailty score of 6 or more."),
        S(VW, "ickg:hasComponent", ("community matron", MECH), "A community matron will lead a team"),
        S(VW, "ickg:hasComponent", ("team of nurses, a pharmacist, a social worker and a GP", "ickg:InterdisciplinaryTeam"),
          "a team of nurses, a pharmacist, a social worker and a GP with a special interest in older people"),
        S(VW, "ickg:hasComponent", ("care plan", "ickg:CarePlanning"), "Each patient will have a care plan"),
        S(VW, "ickg:hasComponent", ("daily ward round by telephone or video", MECH), "a daily ward round by telephone or video"),
        S(VW, "ickg:hasComponent", ("remote monitoring of oxygen levels", MECH),
          "remote monitoring of oxygen levels will be offered to patients with heart failure"),
        S(VW, "ickg:focusesOnCondition", ("heart failure", COND),
          "remote monitoring of oxygen levels will be offered to patients with heart failure"),
        S(VW, "ickg:yearEstablished", 2019, "The pilot will run for twelve months from 1 May 2019"),
        S(VW, "ickg:hasFundingModel", ("winter pressures allocation", "ickg:FundingModel"),
          "will be funded from the trust's winter pressures allocation"),
        S(VW, "ickg:facesBarrier", ("GP practices might not refer enough patients", BAR),
          "the risk that GP practices might not refer enough patients", ("might", HEDGED)),
    ])


# --- a structured abstract, plain author line (fifth round, gold before any run) ---------------------
FHS = ("Family Health Strategy", PI)
FHS_STUDY = {"label": "longitudinal ecological study", "type": STUDY,
             "aliases": ["analysis of hospital admission records"]}
DOCUMENTS["train-sabs-brazil-family-health.txt"] = dict(
    style="structured-abstract",
    metadata={"title": "Family health teams and avoidable hospitalization in Brazil: a longitudinal ecological study",
              "authors": [{"family": "Rocha", "given": None, "initials": "LM"},
                          {"family": "Azevedo", "given": None, "initials": "PF"},
                          {"family": "Lindqvist", "given": None, "initials": "K"}],
              "date": None, "year": 2012, "journal": {"title": None, "abbreviation": "Rev Panam Atenc Prim"},
              "publisher": None, "volume": "8", "issue": "3", "pages": "112-120", "doi": None, "pmid": None,
              "type": "fabio:JournalArticle"},
    jurisdictions=[E("Brazil", "ickg:Country", [r"re:\bBrazil\b"])],
    organizations=[E("Ministry of Health", ORG), E("Unified Health System", ORG, ["Unified Health System", "SUS"],
                                                     aliases=["SUS"]),
                   E("municipalities", ORG, ["Municipalities", "municipalities"])],
    programs=[E("Family Health Strategy", PI, ["Family Health Strategy", "Estratégia Saúde da Família",
                                               "Family Health Program"],
                aliases=["Estratégia Saúde da Família", "Family Health Program"], types_accept=[CM])],
    populations=[E("people of a defined territory", POP)],
    conditions=[E("asthma", COND), E("heart failure", COND)],
    concepts=[],
    statements=[
        S(FHS, "ickg:locatedIn", ("Brazil", "ickg:Country"), "Brazil's Family Health Strategy (Estratégia Saúde da Família)"),
        S(FHS, "ickg:initiatedBy", ("Ministry of Health", ORG), "launched by the Ministry of Health in 1994"),
        S(FHS, "ickg:yearEstablished", 1994, "launched by the Ministry of Health in 1994"),
        S(FHS, "ickg:hasComponent", ("family health team of a physician, a nurse, a nursing assistant and four to six "
                                     "community health workers", "ickg:InterdisciplinaryTeam"),
          "Each family health team of a physician, a nurse, a nursing assistant and four to six community health workers"),
        S(FHS, "ickg:targetsPopulation", ("people of a defined territory", POP),
          "is responsible for the people of a defined territory"),
        S(FHS, "ickg:operatedBy", ("municipalities", ORG), "Municipalities run the teams with federal per-capita funding."),
        S(FHS, "ickg:hasFundingModel", ("federal per-capita funding", "ickg:Capitation"),
          "Municipalities run the teams with federal per-capita funding."),
        S(FHS_STUDY, "ickg:evaluates", FHS, "We analysed hospital admission records of 5,507 municipalities from 1999 to 2007"),
        S(FHS_STUDY, "ickg:sampleSize", 5507, "We analysed hospital admission records of 5,507 municipalities"),
        S(FHS_STUDY, "ickg:usesMethod", ("hospital admission records", METHOD), "We analysed hospital admission records"),
        S(FHS, "ickg:hasOutcome", ("fewer hospitalizations for ambulatory care-sensitive conditions", OUT),
          "Higher coverage was associated with fewer hospitalizations for ambulatory care-sensitive conditions"),
        S(FHS, "ickg:hasOutcome", ("reduce avoidable hospital use", OUT),
          "Expanding family health teams may reduce avoidable hospital use", ("may", HEDGED)),
        S(FHS, "ickg:facesBarrier", ("high turnover of physicians", BAR), "high turnover of physicians limits continuity of care"),
    ])

# --- a ministry press release (fifth round, gold before any run) -------------------------------------
ICS = ("integrated care systems", PI)
DOCUMENTS["train-press-england-ics.txt"] = dict(
    style="press-release",
    metadata={"title": "Integrated care systems go live across England", "authors": [], "date": "2022-07-01",
              "year": 2022, "journal": None, "publisher": "Department of Health and Social Care", "volume": None,
              "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:PressRelease"},
    jurisdictions=[E("England", "ickg:Region", types_accept=["ickg:Country"])],
    organizations=[E("Department of Health and Social Care", ORG, ["DEPARTMENT OF HEALTH AND SOCIAL CARE",
                                                                  "Department of Health and Social Care"]),
                   E("NHS organisations", ORG), E("local authorities", ORG), E("voluntary sector", ORG),
                   E("integrated care boards", ORG, ["Integrated care boards", "ICBs"], aliases=["ICBs"]),
                   E("clinical commissioning groups", ORG), E("integrated care partnerships", ORG), E("NHS", ORG,
                                                                                                      [r"re:\bNHS\b(?! organisations)"])],
    programs=[E("integrated care systems", PI, ["integrated care systems", "Integrated care systems", "ICSs", "ICS"],
                aliases=["ICSs"])],
    populations=[],
    conditions=[],
    concepts=[],
    statements=[
        S(ICS, "ickg:numberOfPrograms", {"value": 42, "datatype": "xsd:nonNegativeInteger"},
          "From today, 42 integrated care systems (ICSs) covering the whole of England"),
        S(ICS, "ickg:locatedIn", ("England", "ickg:Region"), "42 integrated care systems (ICSs) covering the whole of England"),
        S(ICS, "ickg:establishedBy", ("Health and Care Act 2022", "ickg:Legislation"),
          "are established on a statutory footing under the Health and Care Act 2022"),
        S(ICS, "ickg:hasPartner", ("NHS organisations", ORG),
          "Each ICS brings together NHS organisations, local authorities and the voluntary sector"),
        S(ICS, "ickg:hasPartner", ("local authorities", ORG),
          "Each ICS brings together NHS organisations, local authorities and the voluntary sector"),
        S(ICS, "ickg:hasPartner", ("voluntary sector", ORG),
          "Each ICS brings together NHS organisations, local authorities and the voluntary sector"),
        S(ICS, "ickg:hasComponent", ("integrated care boards", "ickg:GovernanceArrangement"),
          "Integrated care boards (ICBs) take over the commissioning functions of clinical commissioning groups"),
        S(ICS, "ickg:hasComponent", ("integrated care partnerships", "ickg:GovernanceArrangement"),
          "integrated care partnerships will set a strategy for the health and wellbeing of the local population"),
        S(ICS, "ickg:hasGoal", ("improve outcomes in population health", GOAL),
          "The reforms aim to improve outcomes in population health", ("aim to", ASPIRATIONAL)),
        S(ICS, "ickg:hasGoal", ("tackle inequalities in access and experience", GOAL),
          "The reforms aim to improve outcomes in population health, tackle inequalities in access and experience",
          ("aim to", ASPIRATIONAL)),
        S(ICS, "ickg:hasGoal", ("help the NHS support broader social and economic development", GOAL),
          "The reforms aim to improve outcomes in population health, tackle inequalities in access and experience, "
          "and help the NHS support broader social and economic development", ("aim to", ASPIRATIONAL)),
        S(ICS, "ickg:facesBarrier", ("workforce shortages", BAR),
          "Leaders have warned that workforce shortages could slow progress.", ("could", HEDGED)),
    ])

# --- a news item with a dateline and no headline (fifth round, gold before any run) ------------------
CBIC = ("community-based integrated care system", PI)
SURVEY = {"label": "survey of 1,741 municipalities", "type": STUDY, "aliases": ["survey"]}
DOCUMENTS["train-news-japan-community-care.txt"] = dict(
    style="news-item",
    metadata={"title": None, "authors": [], "date": None, "year": None, "journal": None, "publisher": None,
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:NewsItem"},
    jurisdictions=[E("Japan", "ickg:Country"), E("Tokyo", "ickg:Municipality", ["TOKYO"])],
    organizations=[E("Ministry of Health, Labour and Welfare", ORG, ["Ministry of Health, Labour and Welfare", "ministry"]),
                   E("municipalities", ORG, ["municipality", "municipalities", "Municipalities"]),
                   E("community general support centers", ORG), E("long-term care providers", ORG)],
    programs=[E("community-based integrated care system", PI, types_accept=[CM]),
              E("long-term care insurance scheme", PI)],
    populations=[E("older people", POP)],
    conditions=[],
    concepts=[],
    statements=[
        S(CBIC, "ickg:locatedIn", ("Japan", "ickg:Country"),
          "Japan is racing to finish building its community-based integrated care system before 2025"),
        S(CBIC, "ickg:initiatedBy", ("Ministry of Health, Labour and Welfare", ORG),
          "The system, promoted by the Ministry of Health, Labour and Welfare"),
        S(CBIC, "ickg:operatedBy", ("municipalities", ORG),
          "asks each municipality to make housing, medical care, long-term care, prevention and daily-life support available"),
        S(CBIC, "ickg:hasComponent", ("housing", MECH), "make housing, medical care, long-term care"),
        S(CBIC, "ickg:hasComponent", ("medical care", MECH), "housing, medical care, long-term care"),
        S(CBIC, "ickg:hasComponent", ("long-term care", MECH), "medical care, long-term care, prevention"),
        S(CBIC, "ickg:hasComponent", ("prevention", MECH), "long-term care, prevention and daily-life support"),
        S(CBIC, "ickg:hasComponent", ("daily-life support", MECH), "prevention and daily-life support"),
        S(CBIC, "ickg:targetsPopulation", ("older people", POP), "within a 30-minute journey of older people's homes"),
        S(CBIC, "ickg:hasComponent", ("community general support centers", MECH),
          "Municipalities set up community general support centers"),
        S(CBIC, "ickg:hasComponent", ("regional care meetings", MECH),
          "Many towns also hold regional care meetings where professionals discuss individual cases."),
        S(SURVEY, "ickg:evaluates", CBIC, "according to a survey of 1,741 municipalities by the ministry"),
        S(SURVEY, "ickg:sampleSize", 1741, "a survey of 1,741 municipalities"),
        S(CBIC, "ickg:facesBarrier", ("rural municipalities struggle to find enough care workers", BAR),
          "rural municipalities struggle to find enough care workers"),
        S(CBIC, "ickg:facesBarrier", ("cooperation between doctors and long-term care providers remains limited", BAR),
          "cooperation between doctors and long-term care providers remains limited"),
    ])


# --- an HTML page with chrome (sixth round, gold before any run) -------------------------------------
GBH = ("Gesundheit für Billstedt/Horn", CM)
DOCUMENTS["train-html-billstedt-kiosk.html"] = dict(
    style="html-page",
    metadata={"title": "A health kiosk for two deprived districts of Hamburg",
              "authors": [{"family": "Petersen", "given": "Jana", "initials": "J"}],
              "date": "2018-09-03", "year": 2018, "journal": None, "publisher": "Urban Health Notes", "volume": None,
              "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:WebPage",
              "type_accept": ["fabio:NewsItem"]},
    jurisdictions=[E("Hamburg", "ickg:Municipality", types_accept=["ickg:ProvinceOrState"]),
                   E("Germany", "ickg:Country")],
    organizations=[E("OptiMedis", ORG), E("Innovation Fund", ORG), E("local physicians", ORG),
                   E("social services", ORG), E("Urban Health Notes", ORG)],
    programs=[E("Gesundheit für Billstedt/Horn", CM, types_accept=[PI])],
    populations=[E("patients with chronic conditions", POP)],
    conditions=[],
    concepts=[C("shared care plan", "ickg:CarePlanning")],
    statements=[
        S(GBH, "ickg:locatedIn", ("Hamburg", "ickg:Municipality"),
          "Gesundheit für Billstedt/Horn is a regional integrated care network in two of the poorest districts of Hamburg, Germany."),
        S(GBH, "ickg:yearEstablished", 2017, "It was started in 2017"),
        S(GBH, "ickg:initiatedBy", ("OptiMedis", ORG), "It was started in 2017 by the management company OptiMedis"),
        S(GBH, "ickg:hasPartner", ("local physicians", ORG), "by the management company OptiMedis with local physicians"),
        S(GBH, "ickg:hasFundingModel", ("funded by the federal Innovation Fund", "ickg:FundingModel"),
          "it is funded for its first years by the federal Innovation Fund"),
        S(GBH, "ickg:hasComponent", ("health kiosk", MECH), "At its centre is a health kiosk"),
        S(GBH, "ickg:hasComponent", ("nurses and counsellors who speak Turkish, Russian, Polish and other languages of the area", MECH),
          "nurses and counsellors who speak Turkish, Russian, Polish and other languages of the area advise patients referred by their doctors"),
        S(GBH, "ickg:hasComponent", ("health courses", MECH), "The network also runs health courses"),
        S(GBH, "ickg:hasComponent", ("links doctors with social services", MECH), "links doctors with social services"),
        S(GBH, "ickg:hasComponent", ("shared care plan", "ickg:CarePlanning"),
          "keeps a shared care plan for patients with chronic conditions"),
        S(GBH, "ickg:targetsPopulation", ("patients with chronic conditions", POP),
          "keeps a shared care plan for patients with chronic conditions"),
        S(GBH, "ickg:hasOutcome", ("patients felt better able to manage their health", OUT),
          "Early figures suggest that patients who visited the kiosk felt better able to manage their health.",
          ("Early figures suggest", PRELIMINARY)),
        S(GBH, "ickg:hasOutcome", ("helped with language barriers", OUT), "Doctors say the network has helped with language barriers"),
        S(GBH, "ickg:facesBarrier", ("long-term funding after the Innovation Fund period is not yet secured", BAR),
          "long-term funding after the Innovation Fund period is not yet secured"),
    ])

# --- an opinion piece (sixth round, gold before any run) ---------------------------------------------
PCC = ("primary care clusters", PI)
DOCUMENTS["train-oped-wales-clusters.txt"] = dict(
    style="opinion-piece",
    metadata={"title": "Wales bet on primary care clusters. It is time to give them real power",
              "authors": [{"family": "Morgan", "given": "Gareth", "initials": "G"}], "date": None, "year": None,
              "journal": None, "publisher": None, "volume": None, "issue": None, "pages": None, "doi": None,
              "pmid": None, "type": "fabio:NewsItem"},
    jurisdictions=[E("Wales", "ickg:Region", [r"re:\bWales\b"], types_accept=["ickg:Country"])],
    organizations=[E("Welsh Government", ORG), E("local health boards", ORG, ["local health board", "health board",
                                                                          "Health boards"]),
                   E("general practices", ORG, ["general practice", "practices"])],
    programs=[E("primary care clusters", PI, ["primary care clusters", "clusters", "Clusters"], types_accept=[CM])],
    populations=[E("populations of about 30,000 to 50,000 people", POP)],
    conditions=[],
    concepts=[],
    statements=[
        S(PCC, "ickg:yearEstablished", 2015,
          "Since 2015 every general practice in Wales has belonged to one of 64 primary care clusters"),
        S(PCC, "ickg:locatedIn", ("Wales", "ickg:Region"),
          "Since 2015 every general practice in Wales has belonged to one of 64 primary care clusters"),
        S(PCC, "ickg:numberOfPrograms", {"value": 64, "datatype": "xsd:nonNegativeInteger"},
          "every general practice in Wales has belonged to one of 64 primary care clusters"),
        S(PCC, "ickg:hasPartner", ("general practices", ORG),
          "every general practice in Wales has belonged to one of 64 primary care clusters, local groups of practices"),
        S(PCC, "ickg:targetsPopulation", ("populations of about 30,000 to 50,000 people", POP),
          "plan services together for populations of about 30,000 to 50,000 people"),
        S(PCC, "ickg:initiatedBy", ("Welsh Government", ORG), "The clusters were set up by the Welsh Government"),
        S(PCC, "ickg:hasPartner", ("local health boards", ORG), "each local health board supports the clusters in its area"),
        S(PCC, "ickg:hasFundingModel", ("small annual budget from the health board", "ickg:FundingModel"),
          "Clusters receive a small annual budget from the health board to spend on local priorities."),
        S(PCC, "ickg:hasComponent", ("pharmacists, physiotherapists and mental health workers", "ickg:InterdisciplinaryTeam"),
          "employ pharmacists, physiotherapists and mental health workers who work across the practices"),
        S(PCC, "ickg:hasComponent", ("social prescribing schemes", MECH), "some have started social prescribing schemes"),
        S(PCC, "ickg:facesBarrier", ("clusters have no legal status", BAR), "clusters have no legal status"),
        S(PCC, "ickg:facesBarrier", ("no control over most of the money spent on their populations", BAR),
          "no control over most of the money spent on their populations"),
        S(PCC, "ickg:facesBarrier", ("health boards still hold the budgets for community services", BAR),
          "Health boards still hold the budgets for community services."),
    ])


# --- a working paper summary (seventh round, gold before any run) ------------------------------------
SNIC = ("Sistema Nacional Integrado de Cuidados", PI)
DOCUMENTS["train-wp-uruguay-care-system.txt"] = dict(
    style="working-paper",
    metadata={"title": "Building a care system from scratch: Uruguay's Sistema Nacional Integrado de Cuidados",
              "authors": [], "date": None, "year": 2019, "journal": None,
              "publisher": "Centre for Social Policy Studies", "volume": None, "issue": None, "pages": None,
              "doi": None, "pmid": None, "type": "fabio:WorkingPaper"},
    jurisdictions=[E("Uruguay", "ickg:Country", [r"re:\bUruguay\b"]), E("Montevideo", "ickg:Municipality")],
    organizations=[E("Centre for Social Policy Studies", ORG), E("national care board", ORG),
                   E("Ministry of Social Development", ORG)],
    programs=[E("Sistema Nacional Integrado de Cuidados", PI, ["Sistema Nacional Integrado de Cuidados", "SNIC",
                                                             "National Integrated Care System"],
                aliases=["SNIC", "National Integrated Care System"])],
    populations=[E("people who depend on others in daily life", POP),
                 E("older people with severe dependency", POP), E("people with disabilities", POP),
                 E("children up to three years old", POP), E("people with severe dependency", POP),
                 E("older people living at home", POP), E("families with lower incomes", POP, ["Families with lower incomes"])],
    conditions=[],
    concepts=[],
    statements=[
        S(SNIC, "ickg:establishedBy", ("Law 19.353", "ickg:Legislation"),
          "In November 2015 Uruguay passed Law 19.353, which created the Sistema Nacional Integrado de Cuidados (SNIC)"),
        S(SNIC, "ickg:yearEstablished", 2015,
          "In November 2015 Uruguay passed Law 19.353, which created the Sistema Nacional Integrado de Cuidados (SNIC)"),
        S(SNIC, "ickg:locatedIn", ("Uruguay", "ickg:Country"),
          "In November 2015 Uruguay passed Law 19.353, which created the Sistema Nacional Integrado de Cuidados (SNIC)"),
        S(SNIC, "ickg:targetsPopulation", ("older people with severe dependency", POP),
          "older people with severe dependency, people with disabilities and children up to three years old"),
        S(SNIC, "ickg:targetsPopulation", ("people with disabilities", POP),
          "older people with severe dependency, people with disabilities and children up to three years old"),
        S(SNIC, "ickg:targetsPopulation", ("children up to three years old", POP),
          "older people with severe dependency, people with disabilities and children up to three years old"),
        S(SNIC, "ickg:operatedBy", ("national care board", ORG),
          "It is led by a national care board chaired by the Ministry of Social Development."),
        S(SNIC, "ickg:hasComponent", ("personal assistants for people with severe dependency", MECH),
          "The SNIC offers personal assistants for people with severe dependency"),
        S(SNIC, "ickg:hasComponent", ("telecare service for older people living at home", MECH),
          "a telecare service for older people living at home"),
        S(SNIC, "ickg:hasComponent", ("day care centres", MECH), "day care centres"),
        S(SNIC, "ickg:hasComponent", ("training courses for care workers", MECH), "training courses for care workers"),
        S(SNIC, "ickg:hasFundingModel", ("larger subsidy for personal assistants for families with lower incomes", "ickg:FundingModel"),
          "Families with lower incomes receive a larger subsidy for personal assistants."),
        S(SNIC, "ickg:hasOutcome", ("more than 5,000 people had a personal assistant", OUT),
          "By 2019 more than 5,000 people had a personal assistant."),
        S(SNIC, "ickg:facesBarrier", ("coverage is still low outside Montevideo", BAR), "Coverage is still low outside Montevideo"),
        S(SNIC, "ickg:facesBarrier", ("budget has grown more slowly than demand", BAR), "the budget has grown more slowly than demand"),
    ])

# --- a parliamentary answer (seventh round, gold before any run) -------------------------------------
HITH = ("Hospital in the Home", CM)
DOCUMENTS["train-answer-hospital-in-the-home.txt"] = dict(
    style="parliamentary-answer",
    metadata={"title": "Question 482: Hospital in the Home", "authors": [], "date": "2019-08-06", "year": 2019,
              "journal": None, "publisher": "Legislative Council", "volume": None, "issue": None, "pages": None,
              "doi": None, "pmid": None, "type": "fabio:ReportDocument"},
    jurisdictions=[E("Victoria", "ickg:ProvinceOrState", [r"re:\bVictoria(?:'s)?\b"]),
                   E("Northern Victoria", "ickg:Region")],
    organizations=[E("Legislative Council", ORG), E("health services", ORG, ["health service"]),
                   E("residential aged care facility", ORG)],
    programs=[E("Hospital in the Home", CM, ["Hospital in the Home", "HITH"], aliases=["HITH"], types_accept=[PI])],
    populations=[],
    conditions=[],
    concepts=[C("activity-based funding", "ickg:FeeForService", accept=["ickg:FundingModel"])],
    statements=[
        S(HITH, "ickg:yearEstablished", 1994,
          "Hospital in the Home (HITH) has been part of Victoria's public health system since 1994."),
        S(HITH, "ickg:locatedIn", ("Victoria", "ickg:ProvinceOrState"),
          "Hospital in the Home (HITH) has been part of Victoria's public health system since 1994."),
        S(HITH, "ickg:hasGoal", ("substitute for an admission to a ward", GOAL),
          "as a substitute for an admission to a ward"),
        S(HITH, "ickg:hasComponent", ("acute care in the patient's home", MECH),
          "It provides acute care in the patient's home"),
        S(HITH, "ickg:hasFundingModel", ("activity-based funding", "ickg:FeeForService", "ickg:FeeForService"),
          "HITH services are funded through the same activity-based funding as other admissions"),
        S(HITH, "ickg:operatedBy", ("health services", ORG), "Each health service runs its own HITH unit"),
        S(HITH, "ickg:hasComponent", ("nurses and doctors who visit daily", MECH),
          "staffed by nurses and doctors who visit daily"),
        S(HITH, "ickg:hasOutcome", ("high satisfaction", OUT), "Patients report high satisfaction"),
        S(HITH, "ickg:hasOutcome", ("readmission rates similar to those of ward care", OUT),
          "readmission rates are similar to those of ward care"),
    ])

# --- a textbook case vignette (seventh round, gold before any run) -----------------------------------
FFF = ("Fresh Food Farmacy", CM)
GEIS = {"label": "Geisinger", "type": ORG}
DOCUMENTS["train-vignette-fresh-food-farmacy.txt"] = dict(
    style="case-vignette",
    metadata={"title": "Food as medicine: Geisinger's Fresh Food Farmacy", "authors": [], "date": None, "year": None,
              "journal": None, "publisher": None, "volume": None, "issue": None, "pages": None, "doi": None,
              "pmid": None, "type": "fabio:BookChapter"},
    jurisdictions=[E("Pennsylvania", "ickg:ProvinceOrState"), E("Shamokin", "ickg:Municipality")],
    organizations=[E("Geisinger", ORG, [r"re:\bGeisinger\b"]), E("local food banks", ORG), E("insurers", ORG)],
    programs=[E("Fresh Food Farmacy", CM, types_accept=[PI])],
    populations=[E("patients with type 2 diabetes who are food insecure", POP)],
    conditions=[E("type 2 diabetes", COND), E("diabetes", COND, [r"re:\bdiabetes self"])],
    concepts=[],
    statements=[
        S(FFF, "ickg:operatedBy", ("Geisinger", ORG), "In 2017 Geisinger, an integrated health system in Pennsylvania, opened the Fresh Food Farmacy"),
        S(FFF, "ickg:yearEstablished", 2017, "In 2017 Geisinger, an integrated health system in Pennsylvania, opened the Fresh Food Farmacy"),
        S(FFF, "ickg:locatedIn", ("Shamokin", "ickg:Municipality"), "opened the Fresh Food Farmacy in Shamokin"),
        S(FFF, "ickg:targetsPopulation", ("patients with type 2 diabetes who are food insecure", POP),
          "for patients with type 2 diabetes who are food insecure"),
        S(FFF, "ickg:focusesOnCondition", ("type 2 diabetes", COND), "for patients with type 2 diabetes who are food insecure"),
        S(FFF, "ickg:hasComponent", ("fresh food for ten meals a week", MECH),
          "Patients receive enough fresh food for ten meals a week for themselves and their families"),
        S(FFF, "ickg:hasComponent", ("diabetes self-management education", "ickg:PatientEngagement", ),
          "diabetes self-management education"),
        S(FFF, "ickg:hasComponent", ("visits with a dietitian", MECH), "visits with a dietitian"),
        S(FFF, "ickg:hasComponent", ("care from a nurse and a community health worker", MECH),
          "care from a nurse and a community health worker"),
        S(FFF, "ickg:hasOutcome", ("average HbA1c fell from 9.6% to 7.5%", OUT),
          "Among the first participants, average HbA1c fell from 9.6% to 7.5% within a year."),
        S(FFF, "ickg:hasPartner", ("local food banks", ORG), "The program depends on local food banks for supplies"),
        S(FFF, "ickg:facesBarrier", ("hard to reach patients who live far from the site", BAR),
          "it has been hard to reach patients who live far from the site"),
    ])


# --- a conference poster abstract (eighth round, gold before any run) --------------------------------
GCIC = {"label": "Gold Coast Integrated Care programme", "type": PP, "types_accept": [CM, PI]}
DOCUMENTS["train-conf-gold-coast.txt"] = dict(
    style="conference-abstract",
    metadata={"title": "Did integrated care reduce hospital use? Two years of the Gold Coast Integrated Care programme",
              "authors": [{"family": "Hartley", "given": "Megan", "initials": "M"},
                          {"family": "Rao", "given": "Sunil", "initials": "S"},
                          {"family": "Ferreira", "given": "Tomás", "initials": "T"}],
              "date": None, "year": 2018, "journal": None, "publisher": None, "volume": None, "issue": None,
              "pages": None, "doi": None, "pmid": None, "type": "fabio:ConferencePaper", "type_accept": ["fabio:Abstract"]},
    jurisdictions=[E("Utrecht", "ickg:Municipality"), E("Gold Coast", "ickg:Municipality", [r"re:Gold Coast(?= Integrated| Health)|Gold Coast(?=, Australia)"]),
                   E("Australia", "ickg:Country"), E("Queensland", "ickg:ProvinceOrState")],
    organizations=[E("International Foundation for Integrated Care", ORG), E("Griffith University", ORG),
                   E("Gold Coast Health", ORG), E("general practices", ORG, ["General practices", "general practices"])],
    programs=[E("Gold Coast Integrated Care programme", PP, types_accept=[CM, PI])],
    populations=[E("patients with chronic and complex conditions who were at high risk of hospital admission", POP)],
    conditions=[],
    concepts=[C("care coordinator", "ickg:CareCoordination"), C("shared care record", "ickg:SharedInformationSystem")],
    statements=[
        S(GCIC, "ickg:operatedBy", ("Gold Coast Health", ORG), "run by Gold Coast Health in Queensland from 2015 to 2017"),
        S(GCIC, "ickg:locatedIn", ("Queensland", "ickg:ProvinceOrState"), "run by Gold Coast Health in Queensland from 2015 to 2017"),
        S(GCIC, "ickg:yearEstablished", 2015, "run by Gold Coast Health in Queensland from 2015 to 2017"),
        S(GCIC, "ickg:yearEnded", 2017, "run by Gold Coast Health in Queensland from 2015 to 2017"),
        S(GCIC, "ickg:targetsPopulation", ("patients with chronic and complex conditions who were at high risk of hospital admission", POP),
          "enrolled patients with chronic and complex conditions who were at high risk of hospital admission"),
        S(GCIC, "ickg:hasComponent", ("care coordinator", "ickg:CareCoordination"), "Enrolled patients had a care coordinator"),
        S(GCIC, "ickg:hasComponent", ("shared care record", "ickg:SharedInformationSystem"),
          "a shared care record accessible to their general practitioner and the hospital"),
        S(GCIC, "ickg:hasComponent", ("rapid access to a coordination centre", MECH),
          "rapid access to a coordination centre staffed by nurses and specialists"),
        S(GCIC, "ickg:hasFundingModel", ("additional payments for longer consultations", "ickg:ProviderIncentive"),
          "General practices received additional payments for longer consultations."),
        S(GCIC, "ickg:hasOutcome", ("emergency department presentations fell", OUT),
          "emergency department presentations fell compared with matched controls"),
        S(GCIC, "ickg:hasOutcome", ("hospital admissions did not change", OUT), "hospital admissions did not change"),
        S(GCIC, "ickg:hasOutcome", ("improved access to coordinated care", OUT), "The programme improved access to coordinated care"),
        S(GCIC, "ickg:facesBarrier", ("recruiting general practices was slow", BAR), "recruiting general practices was slow"),
    ])

# --- an executive summary (eighth round, gold before any run) ----------------------------------------
HL = ("Health Links", PI)
HL_REVIEW = {"label": "review based on interviews with 54 partners and provincial administrative data",
             "type": "ickg:Evaluation", "aliases": ["review"]}
DOCUMENTS["train-exec-ontario-health-links.txt"] = dict(
    style="executive-summary",
    metadata={"title": "Health Links in Ontario: coordinating care for high-needs patients", "authors": [], "date": None,
              "year": None, "journal": None, "publisher": None, "volume": None, "issue": None, "pages": None,
              "doi": None, "pmid": None, "type": "fabio:ExecutiveSummary"},
    jurisdictions=[E("Ontario", "ickg:ProvinceOrState", [r"re:\bOntario\b(?! Ministry)"])],
    organizations=[E("Ontario Ministry of Health and Long-Term Care", ORG,
                     ["Ontario Ministry of Health and Long-Term Care", "Ministry"]),
                   E("Local Health Integration Networks", ORG, ["Local Health Integration Networks", "LHINs"],
                     aliases=["LHINs"]),
                   E("hospitals", ORG), E("community agencies", ORG), E("primary care", ORG, [r"re:primary care(?=, hospitals)"]),
                   E("home care", ORG, [r"re:home care(?= and community)"])],
    programs=[E("Health Links", PI, types_accept=[CM])],
    populations=[E("patients with the most complex needs", POP), E("high-needs patients", POP)],
    conditions=[],
    concepts=[C("coordinated care plan", "ickg:CarePlanning", ["coordinated care plan", "coordinated care plans"])],
    statements=[
        S(HL, "ickg:yearEstablished", 2012, "In December 2012 the Ontario Ministry of Health and Long-Term Care launched Health Links"),
        S(HL, "ickg:initiatedBy", ("Ontario Ministry of Health and Long-Term Care", ORG),
          "In December 2012 the Ontario Ministry of Health and Long-Term Care launched Health Links"),
        S(HL, "ickg:locatedIn", ("Ontario", "ickg:ProvinceOrState"), "Health Links in Ontario"),
        S(HL, "ickg:hasPartner", ("primary care", ORG),
          "local partnerships of primary care, hospitals, home care and community agencies"),
        S(HL, "ickg:hasPartner", ("hospitals", ORG), "local partnerships of primary care, hospitals, home care and community agencies"),
        S(HL, "ickg:hasPartner", ("home care", ORG), "local partnerships of primary care, hospitals, home care and community agencies"),
        S(HL, "ickg:hasPartner", ("community agencies", ORG),
          "local partnerships of primary care, hospitals, home care and community agencies"),
        S(HL, "ickg:targetsPopulation", ("patients with the most complex needs", POP),
          "plan care around patients with the most complex needs"),
        S(HL, "ickg:hasComponent", ("individualized coordinated care plan", "ickg:CarePlanning"),
          "give each of them an individualized coordinated care plan"),
        S(HL, "ickg:operatedBy", ("Local Health Integration Networks", ORG),
          "The Local Health Integration Networks (LHINs) fund and oversee the partnerships"),
        S(HL, "ickg:numberOfPrograms", {"value": 82, "datatype": "xsd:nonNegativeInteger"},
          "by 2016 there were 82 Health Links across the province"),
        S(HL_REVIEW, "ickg:evaluates", HL, "This review, based on interviews with 54 partners and on provincial administrative data"),
        S(HL_REVIEW, "ickg:usesMethod", ("interviews", METHOD), "interviews with 54 partners"),
        S(HL_REVIEW, "ickg:usesMethod", ("provincial administrative data", METHOD), "provincial administrative data"),
        S(HL_REVIEW, "ickg:sampleSize", 54, "interviews with 54 partners"),
        S(HL, "ickg:hasOutcome", ("improved communication between providers", OUT),
          "coordinated care plans improved communication between providers"),
        S(HL, "ickg:hasOutcome", ("patients valued having a single contact person", OUT),
          "patients valued having a single contact person"),
        S(HL, "ickg:hasOutcome", ("effects on emergency visits not consistent", OUT),
          "Effects on emergency visits were not consistent across Health Links."),
        S({"label": "set common indicators so that Health Links can be compared", "type": REC}, "ickg:addressedTo",
          ("Ontario Ministry of Health and Long-Term Care", ORG),
          "The Ministry should set common indicators so that Health Links can be compared."),
    ])


# === issue 12, helper stmtq: six documents in styles the set lacked, gold written before any run =========

# --- a systematic-review abstract (Vancouver author line, journal line with doi) -----------------------
TCM = {"label": "Transitional Care Model", "type": CM, "aliases": ["nurse-led transitional care", "transitional care"]}
TCM_REVIEW = {"label": "systematic review of fourteen trials", "type": STUDY,
              "aliases": ["systematic review", "systematic review and meta-analysis"]}
TCM_OBJECTIVE = "To assess whether nurse-led transitional care reduces readmissions of older adults with heart failure."
TCM_NURSE = "assigns an advanced practice registered nurse to older adults at high risk of poor outcomes after a hospital stay"
DOCUMENTS["train-sysrev-transitional-care.txt"] = dict(
    style="systematic-review-abstract",
    metadata={"title": "Nurse-led transitional care for older adults with heart failure: a systematic review and meta-analysis",
              "authors": [{"family": "Brennan", "given": None, "initials": "C"}, {"family": "Iyer", "given": None, "initials": "R"},
                          {"family": "Marsh", "given": None, "initials": "D"}],
              "date": None, "year": 2019, "journal": {"title": None, "abbreviation": "J Integr Nurs Care"},
              "publisher": None, "volume": "12", "issue": "4", "pages": "233-241", "doi": "10.9999/jinc.2019.0412", "pmid": None,
              "type": "fabio:JournalArticle", "type_accept": ["fabio:Abstract"]},
    jurisdictions=[],
    organizations=[E("University of Pennsylvania School of Nursing", ORG), E("health systems", ORG, ["Health systems"])],
    programs=[E("Transitional Care Model", CM, ["Transitional Care Model", "Nurse-led transitional care", "nurse-led transitional care"],
                aliases=["nurse-led transitional care", "transitional care"])],
    populations=[E("older adults at high risk of poor outcomes after a hospital stay", POP),
                 E("older adults with heart failure", POP)],
    conditions=[E("heart failure", COND)],
    concepts=[],
    statements=[
        S(TCM, "ickg:initiatedBy", ("University of Pennsylvania School of Nursing", ORG),
          "The Transitional Care Model, developed at the University of Pennsylvania School of Nursing in the 1990s"),
        S(TCM, "ickg:hasComponent", ("advanced practice registered nurse", "ickg:CaseManagement"), TCM_NURSE),
        S(TCM, "ickg:targetsPopulation", ("older adults at high risk of poor outcomes after a hospital stay", POP), TCM_NURSE),
        S(TCM, "ickg:hasComponent", ("visits in hospital", MECH), "The nurse visits the patient in hospital"),
        S(TCM, "ickg:hasComponent", ("home visits after discharge", MECH), "makes home visits after discharge"),
        S(TCM, "ickg:hasComponent", ("telephone access seven days a week", MECH), "can be reached by telephone seven days a week"),
        S(TCM, "ickg:targetsPopulation", ("older adults with heart failure", POP), TCM_OBJECTIVE),
        S(TCM, "ickg:focusesOnCondition", ("heart failure", COND), TCM_OBJECTIVE),
        S(TCM_REVIEW, "ickg:evaluates", TCM, TCM_OBJECTIVE),
        S(TCM_REVIEW, "ickg:hasStudyDesign", ("systematic review", "ickg:StudyDesign", "design:systematic-review"),
          "a systematic review and meta-analysis"),
        S(TCM_REVIEW, "ickg:usesMethod", ("random-effects meta-analysis", METHOD),
          "risk ratios were pooled in a random-effects meta-analysis"),
        S(TCM_REVIEW, "ickg:sampleSize", 3920, "Fourteen trials with 3,920 patients met the inclusion criteria."),
        S(TCM, "ickg:hasOutcome", ("reduced all-cause readmissions at six months", OUT),
          "Transitional care reduced all-cause readmissions at six months (risk ratio 0.73)"),
        S(TCM, "ickg:hasOutcome", ("lowered total costs", OUT), "lowered total costs in four of the six trials that reported costs"),
        S(TCM, "ickg:hasOutcome", ("effects on mortality were not significant", OUT), "Effects on mortality were not significant."),
        S(TCM, "ickg:hasOutcome", ("probably reduces readmissions of older adults with heart failure", OUT),
          "Nurse-led transitional care probably reduces readmissions of older adults with heart failure", ("probably", HEDGED)),
        S({"label": "pay for transitional care visits after discharge", "type": REC}, "ickg:addressedTo", ("health systems", ORG),
          "Health systems should pay for transitional care visits after discharge."),
    ])

# --- a WHO-style country profile (no author, no date; labelled header lines) ------------------------------
EBAIS = {"label": "Equipos Básicos de Atención Integral en Salud", "type": CM,
         "aliases": ["EBAIS", "basic integrated health care teams"], "types_accept": [PI]}
CCSS = {"label": "Caja Costarricense de Seguro Social", "type": ORG, "aliases": ["CCSS"]}
EBAIS_START = "In 1995 Costa Rica reorganized primary care around Equipos Básicos de Atención Integral en Salud (EBAIS)"
DOCUMENTS["train-profile-costa-rica-ebais.txt"] = dict(
    style="country-profile",
    metadata={"title": "Costa Rica: primary health care country profile", "authors": [], "date": None, "year": None,
              "journal": None, "publisher": None, "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None,
              "type": "fabio:ReportDocument", "type_accept": ["fabio:WebPage"]},
    jurisdictions=[E("Costa Rica", "ickg:Country", [r"re:\bCosta Rica\b", "COSTA RICA"]),
                   E("Latin America", "ickg:SupranationalRegion", types_accept=["ickg:Region"])],
    organizations=[E("Caja Costarricense de Seguro Social", ORG, ["Caja Costarricense de Seguro Social", "CCSS"], aliases=["CCSS"])],
    programs=[E("Equipos Básicos de Atención Integral en Salud", CM,
                ["Equipos Básicos de Atención Integral en Salud", "EBAIS", "basic integrated health care teams"],
                aliases=["EBAIS", "basic integrated health care teams"], types_accept=[PI])],
    populations=[E("families at risk", POP)],
    conditions=[E("diabetes", COND), E("hypertension", COND)],
    concepts=[],
    statements=[
        S(EBAIS, "ickg:locatedIn", ("Costa Rica", "ickg:Country"), EBAIS_START),
        S(EBAIS, "ickg:yearEstablished", 1995, EBAIS_START),
        S(EBAIS, "ickg:operatedBy", CCSS, "Main purchaser and provider: Caja Costarricense de Seguro Social (CCSS)"),
        S(EBAIS, "ickg:hasComponent", ("responsibility for a defined geographic area", MECH),
          "Each EBAIS is responsible for a defined geographic area of about 4,000 to 4,500 people"),
        S(EBAIS, "ickg:hasComponent",
          ("team of a physician, a nurse, a primary care technical assistant, a medical records clerk and a pharmacist",
           "ickg:InterdisciplinaryTeam"),
          "A team is made up of a physician, a nurse, a primary care technical assistant (ATAP), a medical records clerk and a pharmacist."),
        S(EBAIS, "ickg:hasComponent", ("household visits by the primary care technical assistant", MECH),
          "The ATAP visits every household in the area"),
        S(EBAIS, "ickg:targetsPopulation", ("families at risk", POP), "giving priority to families at risk"),
        S(EBAIS, "ickg:numberOfPrograms", {"value": 1000, "datatype": "xsd:nonNegativeInteger"},
          "About 1,000 EBAIS now cover the whole country."),
        S(EBAIS, "ickg:hasComponent", ("referral to health area clinics and hospitals", "ickg:CareCoordination"),
          "EBAIS refer patients to health area clinics and to regional and national hospitals"),
        S(EBAIS, "ickg:hasComponent", ("single electronic health record", "ickg:SharedInformationSystem"),
          "since 2018 every patient has a single electronic health record"),
        S(EBAIS, "ickg:hasFundingModel", ("budgets for each health area", "ickg:FundingModel"),
          "it pays the teams through budgets for each health area"),
        S(EBAIS, "ickg:hasOutcome", ("lower child mortality", OUT),
          "The roll-out of EBAIS was associated with lower child mortality and lower adult mortality."),
        S(EBAIS, "ickg:hasOutcome", ("lower adult mortality", OUT),
          "The roll-out of EBAIS was associated with lower child mortality and lower adult mortality."),
        S(EBAIS, "ickg:facesBarrier", ("long waiting lists for specialist care", BAR), "Long waiting lists for specialist care persist."),
        S(EBAIS, "ickg:facesBarrier", ("ageing population with more chronic disease", BAR),
          "An ageing population with more chronic disease, such as diabetes and hypertension, is putting pressure on the teams."),
    ])

# --- a health system's report to its communities (masthead, no author) ----------------------------------
MHI = {"label": "Mental Health Integration", "type": CM, "aliases": ["MHI"]}
IHC = ("Intermountain Healthcare", ORG)
MHI_START = ("Intermountain Healthcare, a not-for-profit health system in Utah and Idaho, began to roll out Mental Health "
             "Integration (MHI) in its primary care clinics in 2003")
MHI_OUTCOMES = "Patients of MHI clinics had fewer emergency department visits and fewer hospital admissions"
DOCUMENTS["train-statement-intermountain-mhi.txt"] = dict(
    style="health-system-annual-statement",
    metadata={"title": "2016 Report to Our Communities", "authors": [], "date": None, "year": 2016, "journal": None,
              "publisher": "Intermountain Healthcare", "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None,
              "type": "fabio:ReportDocument"},
    jurisdictions=[E("Utah", "ickg:ProvinceOrState"), E("Idaho", "ickg:ProvinceOrState")],
    organizations=[E("Intermountain Healthcare", ORG)],
    programs=[E("Mental Health Integration", CM, ["Mental Health Integration", "MHI"], aliases=["MHI"])],
    populations=[],
    conditions=[E("depression", COND)],
    concepts=[],
    statements=[
        S(MHI, "ickg:operatedBy", IHC, MHI_START),
        S(MHI, "ickg:yearEstablished", 2003, MHI_START),
        S(IHC, "ickg:locatedIn", ("Utah", "ickg:ProvinceOrState"), "Intermountain Healthcare, a not-for-profit health system in Utah and Idaho"),
        S(IHC, "ickg:locatedIn", ("Idaho", "ickg:ProvinceOrState"), "Intermountain Healthcare, a not-for-profit health system in Utah and Idaho"),
        S(MHI, "ickg:hasComponent", ("depression screening", "ickg:StandardizedAssessment"), "Every adult patient is screened for depression"),
        S(MHI, "ickg:focusesOnCondition", ("depression", COND), "Every adult patient is screened for depression"),
        S(MHI, "ickg:hasComponent", ("team of the primary care physician, a care manager and a mental health specialist",
                                     "ickg:InterdisciplinaryTeam"),
          "the primary care physician, a care manager and a mental health specialist work as one team"),
        S(MHI, "ickg:hasComponent", ("one shared electronic record", "ickg:SharedInformationSystem"), "share one electronic record"),
        S(MHI, "ickg:hasComponent", ("care plan agreed with the patient and family", "ickg:CarePlanning"),
          "agree a care plan with the patient and family"),
        S(MHI, "ickg:hasFundingModel", ("the clinics' operating budgets", "ickg:FundingModel"),
          "The clinics pay for the program from their operating budgets rather than through separate billing."),
        S(("study of 113,452 patients", STUDY), "ickg:sampleSize", 113452, "A study of 113,452 patients"),
        S(("study of 113,452 patients", STUDY), "ickg:evaluates", MHI,
          "A study of 113,452 patients, published in JAMA in 2016, compared our clinics with and without MHI."),
        S(MHI, "ickg:hasOutcome", ("fewer emergency department visits", OUT), MHI_OUTCOMES),
        S(MHI, "ickg:hasOutcome", ("fewer hospital admissions", OUT), MHI_OUTCOMES),
        S(MHI, "ickg:hasOutcome", ("total payments for their care were lower", OUT), "total payments for their care were lower"),
        S(MHI, "ickg:facesBarrier", ("finding time for team meetings", BAR), "finding time for team meetings remains hard"),
        S(MHI, "ickg:facesBarrier", ("commercial insurers do not yet recognise the model", BAR),
          "some commercial insurers do not yet recognise the model"),
        S(MHI, "ickg:hasGoal", ("bring MHI to every primary care clinic", GOAL),
          "Our goal for the next three years is to bring MHI to every primary care clinic in the system."),
    ])

# --- a grant progress report (funder masthead, numbered sections, no author) -----------------------------
HH = {"label": "Hennepin Health", "type": CM, "types_accept": [ORG, PI]}
HH_PARTNERS = ("a partnership of Hennepin County Medical Center, Metropolitan Health Plan, NorthPoint Health & Wellness Center "
               "and the county's Human Services and Public Health Department")
HH_HOUSING = "Care coordinators screened members for housing needs and referred those without stable housing to county housing programs."
DOCUMENTS["train-grant-hennepin-health.txt"] = dict(
    style="grant-report",
    metadata={"title": "Interim Grant Report, Year 2", "authors": [], "date": None, "year": None, "journal": None,
              "publisher": "Prairie Health Foundation", "publisher_accept": ["PRAIRIE HEALTH FOUNDATION"],
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:ReportDocument"},
    jurisdictions=[E("Hennepin County", "ickg:Region", [r"re:\bHennepin County\b(?! Medical)"], types_accept=["ickg:Municipality"]),
                   E("Minnesota", "ickg:ProvinceOrState")],
    organizations=[E("Prairie Health Foundation", ORG, ["PRAIRIE HEALTH FOUNDATION"]),
                   E("Hennepin Health", ORG, [r"re:\bHennepin Health\b"], types_accept=[CM]),
                   E("Hennepin County Medical Center", ORG), E("Metropolitan Health Plan", ORG),
                   E("NorthPoint Health & Wellness Center", ORG), E("Human Services and Public Health Department", ORG)],
    programs=[E("Hennepin Health", CM, [r"re:\bHennepin Health\b"], types_accept=[ORG, PI])],
    populations=[E("low-income adults without dependent children", POP),
                 E("members without stable housing", POP, ["those without stable housing"])],
    conditions=[],
    concepts=[],
    statements=[
        S(HH, "ickg:locatedIn", ("Hennepin County", "ickg:Region"),
          "Hennepin Health is a safety-net accountable care organization in Hennepin County, Minnesota."),
        S(HH, "ickg:yearEstablished", 2012, "It began in January 2012 as a partnership"),
        *[S(HH, "ickg:hasPartner", (o, ORG), HH_PARTNERS)
          for o in ("Hennepin County Medical Center", "Metropolitan Health Plan", "NorthPoint Health & Wellness Center",
                    "Human Services and Public Health Department")],
        S(HH, "ickg:targetsPopulation", ("low-income adults without dependent children", POP),
          "It serves low-income adults without dependent children who became eligible for Medicaid through the state's early expansion."),
        S(HH, "ickg:hasFundingModel", ("fixed amount per member per month for the total cost of care", "ickg:Capitation"),
          "The state pays the partnership a fixed amount per member per month for the total cost of care"),
        S(HH, "ickg:hasComponent", ("social workers and community health workers in primary care teams", "ickg:InterdisciplinaryTeam"),
          "social workers and community health workers joined the primary care teams of two clinics"),
        S(HH, "ickg:hasComponent", ("care coordinators", "ickg:CareCoordination"), "Care coordinators screened members for housing needs"),
        S(HH, "ickg:hasComponent", ("screening for housing needs", MECH), "Care coordinators screened members for housing needs"),
        S(HH, "ickg:hasComponent", ("referral to county housing programs", MECH),
          "referred those without stable housing to county housing programs"),
        S(HH, "ickg:targetsPopulation", ("members without stable housing", POP), HH_HOUSING),
        S(HH, "ickg:hasComponent", ("shared data warehouse", "ickg:SharedInformationSystem"),
          "A shared data warehouse now combines medical, behavioral health and social service records."),
        S(HH, "ickg:hasOutcome", ("emergency department visits fell by 9.1 percent", OUT), "emergency department visits fell by 9.1 percent"),
        S(HH, "ickg:hasOutcome", ("outpatient visits rose by 3.3 percent", OUT), "outpatient visits rose by 3.3 percent"),
        S(HH, "ickg:facesBarrier", ("few affordable housing units were available", BAR), "Few affordable housing units were available"),
        S(HH, "ickg:facesBarrier", ("data-sharing agreements between the partners took longer than planned", BAR),
          "data-sharing agreements between the partners took longer than planned"),
        S(HH, "ickg:hasGoal", ("extend housing screening to all members", GOAL), "We intend to extend housing screening to all members.",
          ("intend to", ASPIRATIONAL)),
    ])

# --- a question-and-answer interview in a newsletter ---------------------------------------------------
FROME = ("Frome model", CM)
HCM = {"label": "Health Connections Mendip", "type": ORG, "types_accept": [CM]}
FROME_START = "It began in 2013 at Frome Medical Practice in Somerset."
DOCUMENTS["train-interview-frome.txt"] = dict(
    style="interview",
    metadata={"title": "Compassion as medicine: ten minutes with a Frome GP", "authors": [], "date": "2018-06", "year": 2018,
              "journal": {"title": "Primary Care Voices", "abbreviation": None}, "publisher": None,
              "volume": None, "issue": "23", "pages": None, "doi": None, "pmid": None,
              "type": "fabio:NewsItem", "type_accept": ["fabio:JournalArticle", "fabio:WebPage"]},
    jurisdictions=[E("Frome", "ickg:Municipality", [r"re:\bFrome\b(?! Medical)(?! model)(?! GP)"]),
                   E("Somerset", "ickg:Region", types_accept=["ickg:ProvinceOrState"])],
    organizations=[E("Frome Medical Practice", ORG), E("Health Connections Mendip", ORG, types_accept=[CM]),
                   E("commissioners", ORG, ["Commissioners"])],
    programs=[E("Frome model", CM)],
    populations=[E("people who are isolated and unwell", POP),
                 E("people with long-term conditions who are lonely or have little support at home", POP)],
    conditions=[],
    concepts=[],
    statements=[
        S(FROME, "ickg:yearEstablished", 2013, FROME_START),
        S(FROME, "ickg:initiatedBy", ("Frome Medical Practice", ORG), FROME_START),
        S(FROME, "ickg:locatedIn", ("Somerset", "ickg:Region"), FROME_START),
        S(FROME, "ickg:operatedBy", HCM,
          "The answer was Health Connections Mendip, a community development service that works alongside the practice."),
        S(FROME, "ickg:targetsPopulation", ("people who are isolated and unwell", POP),
          "how a whole town could look after people who are isolated and unwell"),
        S(FROME, "ickg:hasComponent", ("health connectors", MECH),
          "Health connectors, employed by the service, meet patients referred by GPs and nurses and help them set goals and find support."),
        S(FROME, "ickg:hasComponent", ("community connectors", MECH),
          "Community connectors are volunteers, such as hairdressers, shopkeepers and librarians, who learn to point people to groups and services."),
        S(FROME, "ickg:hasComponent", ("directory of more than 400 local groups", MECH), "We also keep a directory of more than 400 local groups"),
        S(FROME, "ickg:hasComponent", ("talking cafés", MECH), "we run talking cafés"),
        S(FROME, "ickg:targetsPopulation", ("people with long-term conditions who are lonely or have little support at home", POP),
          "mostly people with long-term conditions who are lonely or have little support at home"),
        S(FROME, "ickg:hasOutcome", ("emergency admissions from Frome fell by 14 percent", OUT),
          "Between 2013 and 2017 emergency admissions from Frome fell by 14 percent while they rose by 28.5 percent across Somerset."),
        S(FROME, "ickg:facesBarrier", ("health connectors depended on grants renewed year by year", BAR),
          "The health connectors depended on grants renewed year by year"),
        S(FROME, "ickg:facesBarrier", ("some colleagues were sceptical at first", BAR), "some colleagues were sceptical at first"),
        S({"label": "fund community development as part of primary care", "type": REC}, "ickg:addressedTo", ("commissioners", ORG),
          "Commissioners should fund community development as part of primary care, not as an extra."),
    ])

# --- a textbook box (chapter heading, no author or citation) ----------------------------------------------
CCM = ("Chronic Care Model", CM)
ICIC = ("Improving Chronic Illness Care", PI)
CCM_ELEMENTS = ("The model has six elements: health system organization, community resources, self-management support, "
                "delivery system design, decision support and clinical information systems.")
CCM_EVIDENCE = ("practices that redesigned their care along the model improved the quality of care for patients with diabetes, "
                "heart failure, asthma and depression")
DOCUMENTS["train-textbook-chronic-care-model.txt"] = dict(
    style="textbook-box",
    metadata={"title": "Managing long-term conditions in primary care", "authors": [], "date": None, "year": None, "journal": None,
              "publisher": None, "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None,
              "type": "fabio:BookChapter"},
    jurisdictions=[E("Seattle", "ickg:Municipality"), E("United States", "ickg:Country")],
    organizations=[E("MacColl Institute for Healthcare Innovation", ORG), E("Robert Wood Johnson Foundation", ORG)],
    programs=[E("Chronic Care Model", CM), E("Improving Chronic Illness Care", PI, types_accept=[PP])],
    populations=[E("people with chronic illness", POP)],
    conditions=[E("diabetes", COND), E("heart failure", COND), E("asthma", COND), E("depression", COND)],
    concepts=[],
    statements=[
        S(CCM, "ickg:initiatedBy", ("MacColl Institute for Healthcare Innovation", ORG),
          "The Chronic Care Model was developed in the late 1990s at the MacColl Institute for Healthcare Innovation in Seattle."),
        S(CCM, "ickg:targetsPopulation", ("people with chronic illness", POP), "planned, proactive care for people with chronic illness"),
        S(CCM, "ickg:hasComponent", ("health system organization", "ickg:GovernanceArrangement"), CCM_ELEMENTS),
        S(CCM, "ickg:hasComponent", ("community resources", MECH), CCM_ELEMENTS),
        S(CCM, "ickg:hasComponent", ("self-management support", "ickg:PatientEngagement"), CCM_ELEMENTS),
        S(CCM, "ickg:hasComponent", ("delivery system design", MECH), CCM_ELEMENTS),
        S(CCM, "ickg:hasComponent", ("decision support", MECH), CCM_ELEMENTS),
        S(CCM, "ickg:hasComponent", ("clinical information systems", "ickg:SharedInformationSystem"), CCM_ELEMENTS),
        S(CCM, "ickg:hasGoal", ("productive interactions between informed, activated patients and a prepared, proactive practice team", GOAL),
          "Its aim is productive interactions between informed, activated patients and a prepared, proactive practice team."),
        S(ICIC, "ickg:initiatedBy", ("Robert Wood Johnson Foundation", ORG),
          "the Robert Wood Johnson Foundation spread the model through its Improving Chronic Illness Care program"),
        S(ICIC, "ickg:locatedIn", ("United States", "ickg:Country"),
          "In the United States the Robert Wood Johnson Foundation spread the model through its Improving Chronic Illness Care program"),
        S(ICIC, "ickg:hasComponent", ("quality improvement collaboratives", MECH),
          "teams from many practices learned together in quality improvement collaboratives"),
        S(CCM, "ickg:hasOutcome", ("improved the quality of care", OUT), CCM_EVIDENCE),
        *[S(CCM, "ickg:focusesOnCondition", (c, COND), CCM_EVIDENCE) for c in ("diabetes", "heart failure", "asthma", "depression")],
        S(CCM, "ickg:facesBarrier", ("small practices find it hard to put all six elements in place", BAR),
          "Small practices find it hard to put all six elements in place"),
        S(CCM, "ickg:facesBarrier", ("fee-for-service payment does not reward the time that planned care takes", BAR),
          "fee-for-service payment does not reward the time that planned care takes"),
    ])


# --- round two (helper stmtq): a patient-organisation leaflet, an evaluation report's findings, a conference
# panel summary; gold written before any run -------------------------------------------------------------
AN = {"label": "Admiral Nurses", "type": CM, "aliases": ["Admiral Nurse"]}
AN_EMPLOYERS = ("Most Admiral Nurses are employed by NHS trusts, local councils, hospices and care home providers that fund "
                "the posts in partnership with Dementia UK")
AN_PEOPLE = "They give practical, clinical and emotional support to family carers and to people living with dementia"
AN_GAP = ("There are not yet Admiral Nurses in every area, because each post depends on a local organisation agreeing to "
          "pay for it.")
DOCUMENTS["train-leaflet-admiral-nurses.txt"] = dict(
    style="patient-leaflet",
    metadata={"title": "Caring for someone with dementia? Admiral Nurses are here for you", "authors": [], "date": None,
              "year": None, "journal": None, "publisher": "Dementia UK", "volume": None, "issue": None, "pages": None,
              "doi": None, "pmid": None, "type": "fabio:ReportDocument", "type_accept": ["fabio:WebPage"]},
    jurisdictions=[],
    organizations=[E("Dementia UK", ORG), E("NHS trusts", ORG), E("local councils", ORG), E("hospices", ORG),
                   E("care home providers", ORG), E("memory clinics", ORG)],
    programs=[E("Admiral Nurses", CM, ["Admiral Nurses", "Admiral Nurse"], aliases=["Admiral Nurse"])],
    populations=[E("family carers", POP), E("people living with dementia", POP)],
    conditions=[E("dementia", COND, [r"re:\bdementia\b(?! nurses)(?! UK)(?! Helpline)"])],
    concepts=[],
    statements=[
        S(AN, "ickg:initiatedBy", ("Dementia UK", ORG), "Dementia UK, the charity that developed the service in 1990"),
        S(AN, "ickg:yearEstablished", 1990, "Dementia UK, the charity that developed the service in 1990"),
        S(AN, "ickg:targetsPopulation", ("family carers", POP), AN_PEOPLE),
        S(AN, "ickg:targetsPopulation", ("people living with dementia", POP), AN_PEOPLE),
        S(AN, "ickg:focusesOnCondition", ("dementia", COND), AN_PEOPLE),
        *[S(AN, "ickg:operatedBy", (o, ORG), AN_EMPLOYERS)
          for o in ("NHS trusts", "local councils", "hospices", "care home providers")],
        S(AN, "ickg:hasFundingModel", ("posts funded by local organisations in partnership with Dementia UK", "ickg:FundingModel"),
          "care home providers that fund the posts in partnership with Dementia UK"),
        S(AN, "ickg:hasComponent", ("Admiral Nurse Dementia Helpline", MECH),
          "Others answer the charity's national Admiral Nurse Dementia Helpline."),
        S(AN, "ickg:hasComponent", ("assessment of the carer's needs", "ickg:StandardizedAssessment"),
          "An Admiral Nurse will assess your needs as a carer"),
        S(AN, "ickg:hasComponent", ("help to plan ahead", "ickg:CarePlanning"), "help you plan ahead"),
        S(AN, "ickg:hasComponent", ("links with other services", "ickg:CareCoordination"), "link you with other services"),
        S(AN, "ickg:hasPartner", ("memory clinics", ORG), "They work closely with your GP, social workers and memory clinics."),
        S(AN, "ickg:hasOutcome", ("families feel less alone and better able to cope", OUT),
          "Families who have an Admiral Nurse tell us they feel less alone and better able to cope."),
        S(AN, "ickg:facesBarrier", ("not yet Admiral Nurses in every area", BAR), AN_GAP),
        S(AN, "ickg:facesBarrier", ("each post depends on a local organisation agreeing to pay for it", BAR), AN_GAP),
    ])

ICPILOTS = {"label": "Integrated Care Pilots", "type": PP, "types_accept": [PI, CM]}
ICP_EVAL = {"label": "national evaluation of the Integrated Care Pilots", "type": "ickg:Evaluation",
            "aliases": ["survey of staff and patients"]}
ICP_START = "Between April 2009 and March 2011 the Department of Health in England supported sixteen Integrated Care Pilots."
ICP_LEADS = "The pilots were led by primary care trusts, NHS trusts, general practices and local authorities"
ICP_WAYS = ("case management of older people at risk of emergency admission, multidisciplinary teams around general "
            "practices, care pathways for long-term conditions such as diabetes and chronic obstructive pulmonary disease, "
            "and closer work between health and social care")
ICP_REC = "Commissioners should give integration projects at least three to five years and plan their evaluation from the start."
DOCUMENTS["train-findings-integrated-care-pilots.txt"] = dict(
    style="evaluation-findings",
    metadata={"title": "National evaluation of the Department of Health's Integrated Care Pilots", "authors": [], "date": None,
              "year": None, "journal": None, "publisher": None, "volume": None, "issue": None, "pages": None, "doi": None,
              "pmid": None, "type": "fabio:ReportDocument"},
    jurisdictions=[E("England", "ickg:Region")],
    organizations=[E("Department of Health", ORG), E("primary care trusts", ORG), E("NHS trusts", ORG),
                   E("general practices", ORG), E("local authorities", ORG), E("commissioners", ORG, ["Commissioners"])],
    programs=[E("Integrated Care Pilots", PP, types_accept=[PI, CM])],
    populations=[E("older people at risk of emergency admission", POP)],
    conditions=[E("diabetes", COND), E("chronic obstructive pulmonary disease", COND)],
    concepts=[],
    statements=[
        S(ICPILOTS, "ickg:initiatedBy", ("Department of Health", ORG), ICP_START),
        S(ICPILOTS, "ickg:locatedIn", ("England", "ickg:Region"), ICP_START),
        S(ICPILOTS, "ickg:yearEstablished", 2009, ICP_START),
        S(ICPILOTS, "ickg:yearEnded", 2011, ICP_START),
        S(ICPILOTS, "ickg:numberOfPrograms", {"value": 16, "datatype": "xsd:nonNegativeInteger"}, ICP_START),
        *[S(ICPILOTS, "ickg:operatedBy", (o, ORG), ICP_LEADS)
          for o in ("primary care trusts", "NHS trusts", "general practices", "local authorities")],
        S(ICPILOTS, "ickg:hasComponent", ("case management of older people at risk of emergency admission", "ickg:CaseManagement"), ICP_WAYS),
        S(ICPILOTS, "ickg:hasComponent", ("multidisciplinary teams around general practices", "ickg:InterdisciplinaryTeam"), ICP_WAYS),
        S(ICPILOTS, "ickg:hasComponent", ("care pathways for long-term conditions", MECH), ICP_WAYS),
        S(ICPILOTS, "ickg:hasComponent", ("closer work between health and social care", MECH), ICP_WAYS),
        S(ICPILOTS, "ickg:targetsPopulation", ("older people at risk of emergency admission", POP),
          "case management of older people at risk of emergency admission"),
        S(ICPILOTS, "ickg:focusesOnCondition", ("diabetes", COND),
          "care pathways for long-term conditions such as diabetes and chronic obstructive pulmonary disease"),
        S(ICPILOTS, "ickg:focusesOnCondition", ("chronic obstructive pulmonary disease", COND),
          "care pathways for long-term conditions such as diabetes and chronic obstructive pulmonary disease"),
        S(ICP_EVAL, "ickg:evaluates", ICPILOTS, "We surveyed staff in all pilots and patients in six of them."),
        S(ICP_EVAL, "ickg:usesMethod", ("survey", METHOD), "We surveyed staff in all pilots and patients in six of them."),
        S(ICPILOTS, "ickg:hasOutcome", ("better communication with other professionals", OUT),
          "Staff reported better communication with other professionals"),
        S(ICPILOTS, "ickg:hasOutcome", ("care had become more coordinated", OUT), "said that care had become more coordinated"),
        S(ICPILOTS, "ickg:hasOutcome", ("patients did not report the same improvement", OUT), "Patients did not report the same improvement"),
        S(ICPILOTS, "ickg:hasOutcome", ("some patients felt less involved in decisions about their care", OUT),
          "some felt less involved in decisions about their care"),
        S(ICPILOTS, "ickg:hasOutcome", ("emergency admissions rose by 2 percent", OUT),
          "emergency admissions in the case management sites rose by 2 percent"),
        S(ICPILOTS, "ickg:hasOutcome", ("elective admissions fell by 4 percent", OUT), "Elective admissions fell by 4 percent"),
        S(ICPILOTS, "ickg:hasOutcome", ("outpatient attendances fell by 20 percent", OUT), "outpatient attendances by 20 percent"),
        S(ICPILOTS, "ickg:facesBarrier", ("two years was too short to change how services were organised", BAR),
          "Two years was too short for many pilots to change how services were organised."),
        S(ICPILOTS, "ickg:facesBarrier", ("information systems that could not share records", BAR),
          "Information systems that could not share records"),
        S(ICPILOTS, "ickg:facesBarrier", ("lack of a stable budget for joint work", BAR),
          "the lack of a stable budget for joint work held the pilots back"),
        S({"label": "give integration projects at least three to five years", "type": REC}, "ickg:addressedTo",
          ("commissioners", ORG), ICP_REC),
        S({"label": "plan their evaluation from the start", "type": REC}, "ickg:addressedTo", ("commissioners", ORG), ICP_REC),
    ])

BPCI = {"label": "Bundled Payments for Care Improvement", "type": PI, "aliases": ["BPCI"], "types_accept": [PP]}
BPCI_START = "the Bundled Payments for Care Improvement initiative (BPCI), which the CMS Innovation Center launched in 2013"
BPCI_WHO = ("hospitals, physician groups and post-acute care providers agree to be accountable for the total Medicare "
            "payments for an episode of care")
BPCI_REC = "urging CMS to make the models simpler and to keep them voluntary until the evidence is clearer"
DOCUMENTS["train-panel-bpci.txt"] = dict(
    style="panel-summary",
    metadata={"title": "Panel summary: paying for episodes of care", "authors": [], "date": "2016-10-14", "year": 2016,
              "journal": None, "publisher": None, "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None,
              "type": "fabio:ReportDocument", "type_accept": ["fabio:ConferencePaper", "fabio:WebPage"]},
    jurisdictions=[E("Chicago", "ickg:Municipality")],
    organizations=[E("CMS Innovation Center", ORG), E("CMS", ORG, [r"re:\bCMS\b(?! Innovation)"]), E("hospitals", ORG),
                   E("physician groups", ORG), E("post-acute care providers", ORG)],
    programs=[E("Bundled Payments for Care Improvement", PI, ["Bundled Payments for Care Improvement", "BPCI"],
                aliases=["BPCI"], types_accept=[PP])],
    populations=[],
    conditions=[],
    concepts=[],
    statements=[
        S(BPCI, "ickg:initiatedBy", ("CMS Innovation Center", ORG), BPCI_START),
        S(BPCI, "ickg:yearEstablished", 2013, BPCI_START),
        *[S(BPCI, "ickg:hasPartner", (o, ORG), BPCI_WHO) for o in ("hospitals", "physician groups", "post-acute care providers")],
        S(BPCI, "ickg:hasFundingModel",
          ("accountability for total Medicare payments for an episode of care against a target price", "ickg:BundledFunding"),
          "agree to be accountable for the total Medicare payments for an episode of care, such as a hip or knee replacement, "
          "against a target price"),
        S(BPCI, "ickg:hasComponent", ("nurse navigators to follow patients after discharge", MECH),
          "hired nurse navigators to follow patients after discharge"),
        S(BPCI, "ickg:hasComponent", ("preferred networks of skilled nursing facilities", MECH),
          "agreed preferred networks of skilled nursing facilities"),
        S(BPCI, "ickg:hasOutcome", ("Medicare payments per episode fell", OUT), "for joint replacement, Medicare payments per episode fell"),
        S(BPCI, "ickg:hasOutcome", ("fewer patients went to institutional post-acute care", OUT),
          "fewer patients went to institutional post-acute care"),
        S(BPCI, "ickg:hasOutcome", ("no sign of worse quality", OUT), "with no sign of worse quality"),
        S(BPCI, "ickg:facesBarrier", ("small hospitals find it hard to bear the financial risk", BAR),
          "small hospitals find it hard to bear the financial risk"),
        S(BPCI, "ickg:facesBarrier", ("target prices are complex", BAR), "the target prices are complex"),
        S({"label": "make the models simpler", "type": REC}, "ickg:addressedTo", ("CMS", ORG), BPCI_REC),
        S({"label": "keep them voluntary until the evidence is clearer", "type": REC}, "ickg:addressedTo", ("CMS", ORG), BPCI_REC),
    ])


# --- round three (helper stmtq): a fact sheet and a policy tracker entry; gold written before any run ----
HEP = {"label": "Health Extension Program", "type": PI, "types_accept": [CM]}
HEP_BARRIERS = ("High workloads, limited career paths for health extension workers and weak referral links with health "
                "centres limit what the program can do.")
DOCUMENTS["train-factsheet-ethiopia-hep.txt"] = dict(
    style="fact-sheet",
    metadata={"title": "Ethiopia's Health Extension Program", "authors": [], "date": None, "year": None, "journal": None,
              "publisher": None, "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None,
              "type": "fabio:ReportDocument", "type_accept": ["fabio:WebPage"]},
    jurisdictions=[E("Ethiopia", "ickg:Country")],
    organizations=[E("Federal Ministry of Health", ORG), E("health centres", ORG)],
    programs=[E("Health Extension Program", PI, types_accept=[CM])],
    populations=[E("rural households", POP)],
    conditions=[],
    concepts=[],
    statements=[
        S(HEP, "ickg:initiatedBy", ("Federal Ministry of Health", ORG), "Launched: 2003, by the Federal Ministry of Health"),
        S(HEP, "ickg:yearEstablished", 2003, "Launched: 2003, by the Federal Ministry of Health"),
        S(HEP, "ickg:locatedIn", ("Ethiopia", "ickg:Country"), "Ethiopia's Health Extension Program"),
        S(HEP, "ickg:targetsPopulation", ("rural households", POP),
          "The Health Extension Program brings basic preventive and curative services to rural households."),
        S(HEP, "ickg:hasComponent", ("two salaried health extension workers in each kebele", MECH),
          "Two salaried health extension workers, women recruited from the community and trained for one year, staff a "
          "health post in each kebele."),
        S(HEP, "ickg:hasComponent", ("household visits", MECH), "They spend much of their time visiting households"),
        S(HEP, "ickg:hasComponent", ("model families", MECH),
          "train model families who then pass on what they have learned to their neighbours"),
        S(HEP, "ickg:hasComponent", ("16 packages of services", MECH),
          "The 16 packages cover hygiene and environmental sanitation, disease prevention and control, family health and "
          "health education."),
        S(HEP, "ickg:hasComponent", ("referral to health centres", "ickg:CareCoordination"),
          "Health extension workers refer patients to health centres"),
        S(HEP, "ickg:hasOutcome", ("coverage of antenatal care, immunisation and latrines rose steeply", OUT),
          "Coverage of antenatal care, immunisation and latrines rose steeply after the program began"),
        S(HEP, "ickg:hasOutcome", ("maternal and child deaths fell", OUT), "maternal and child deaths fell"),
        S(HEP, "ickg:facesBarrier", ("high workloads", BAR), HEP_BARRIERS),
        S(HEP, "ickg:facesBarrier", ("limited career paths for health extension workers", BAR), HEP_BARRIERS),
        S(HEP, "ickg:facesBarrier", ("weak referral links with health centres", BAR), HEP_BARRIERS),
        S(HEP, "ickg:hasGoal", ("upgrade health extension workers to a higher level of training", GOAL),
          "The ministry plans to upgrade health extension workers to a higher level of training."),
    ])

MHACO = {"label": "MassHealth Accountable Care Organization program", "type": PI,
         "aliases": ["accountable care organizations", "ACOs", "ACO"], "types_accept": [CM]}
MH_START = ("On 1 March 2018 MassHealth, the Massachusetts Medicaid program, moved about 850,000 members into 17 "
            "accountable care organizations.")
MH_PARTNERS = ("ACOs work with Community Partners, community-based organizations that coordinate care for members with "
               "serious behavioral health needs or long-term services and supports.")
MH_EVAL = "An interim evaluation found that ACOs had hired community health workers and care managers"
DOCUMENTS["train-tracker-masshealth-acos.txt"] = dict(
    style="policy-tracker-entry",
    metadata={"title": "Policy tracker entry 112", "authors": [], "date": "2019-06-10", "year": 2019, "journal": None,
              "publisher": None, "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None,
              "type": "fabio:WebPage", "type_accept": ["fabio:ReportDocument"]},
    jurisdictions=[E("Massachusetts", "ickg:ProvinceOrState"), E("United States", "ickg:Country")],
    organizations=[E("MassHealth", ORG, [r"re:\bMassHealth\b(?! Accountable)"], types_accept=[PI]),
                   E("primary care providers", ORG), E("hospitals", ORG), E("Community Partners", ORG)],
    programs=[E("MassHealth Accountable Care Organization program", PI,
                ["MassHealth Accountable Care Organization program", "accountable care organizations", "ACOs", "ACO"],
                aliases=["accountable care organizations", "ACOs", "ACO"], types_accept=[CM]),
              E("Delivery System Reform Incentive Payment program", PI)],
    populations=[E("members with serious behavioral health needs or long-term services and supports", POP)],
    conditions=[],
    concepts=[],
    statements=[
        S(MHACO, "ickg:locatedIn", ("Massachusetts", "ickg:ProvinceOrState"), "Jurisdiction: Massachusetts, United States"),
        S(MHACO, "ickg:yearEstablished", 2018, MH_START),
        S(MHACO, "ickg:initiatedBy", ("MassHealth", ORG), MH_START),
        S(MHACO, "ickg:numberOfPrograms", {"value": 17, "datatype": "xsd:nonNegativeInteger"}, MH_START),
        S(MHACO, "ickg:hasPartner", ("primary care providers", ORG), "Each ACO is a group of primary care providers, hospitals and other providers"),
        S(MHACO, "ickg:hasPartner", ("hospitals", ORG), "Each ACO is a group of primary care providers, hospitals and other providers"),
        S(MHACO, "ickg:hasPartner", ("Community Partners", ORG), MH_PARTNERS),
        S(MHACO, "ickg:targetsPopulation",
          ("members with serious behavioral health needs or long-term services and supports", POP), MH_PARTNERS),
        S(MHACO, "ickg:hasFundingModel",
          ("about 1.8 billion dollars over five years from a Delivery System Reform Incentive Payment program", "ickg:FundingModel"),
          "The program is supported by about 1.8 billion dollars over five years from a Delivery System Reform Incentive "
          "Payment program under the state's section 1115 waiver."),
        S(MHACO, "ickg:hasFundingModel", ("shared savings and losses against a total cost of care benchmark", "ickg:SharedSavings"),
          "ACOs share savings and losses against a total cost of care benchmark."),
        S({"label": "interim evaluation", "type": "ickg:Evaluation"}, "ickg:evaluates", MHACO, MH_EVAL),
        S(MHACO, "ickg:hasComponent", ("community health workers", MECH), MH_EVAL),
        S(MHACO, "ickg:hasComponent", ("care managers", "ickg:CaseManagement"), MH_EVAL),
        S(MHACO, "ickg:facesBarrier", ("data sharing between ACOs and Community Partners remained difficult", BAR),
          "data sharing between ACOs and Community Partners remained difficult"),
    ])


# --- a congress poster with labelled headings (Context / What was done / What happened / Lessons) -------
WSC = ("wellbeing services counties", PI)
WSC_ORG = {"label": "wellbeing services counties", "type": ORG, "types_accept": [PI, CM]}
WSC_STUDY = ("survey of 430 managers in six counties", STUDY)
WSC_SURVEY = ("In a survey of 430 managers in six counties, most reported that referrals between health and social "
              "services had become easier.")
WSC_DUTIES = "Each county is responsible for primary and specialised health care, social welfare and rescue services in its area."
WSC_PARTS = ("Counties have merged health centres and social welfare offices into joint service centres and formed home care "
             "teams for older people.")
DOCUMENTS["train-poster-finland-wellbeing-counties.txt"] = dict(
    style="conference-poster",
    metadata={"title": "From more than 300 municipalities to 21 counties: the first year of Finland's wellbeing services counties",
              "authors": [{"family": "Virtanen", "given": "Aino", "initials": "A"},
                          {"family": "Lehtonen", "given": "Juha", "initials": "J"}],
              "date": None, "year": 2024, "journal": None, "publisher": None,
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None,
              "type": "fabio:ConferencePaper", "type_accept": ["fabio:Abstract"]},
    jurisdictions=[E("Finland", "ickg:Country"), E("Antwerp", "ickg:Municipality"), E("Tampere", "ickg:Municipality")],
    organizations=[E("Institute for Regional Care Research", ORG), E("municipalities", ORG),
                   E("hospital districts", ORG), E("City of Helsinki", ORG), E("central government", ORG),
                   E("Ministry of Social Affairs and Health", ORG),
                   E("wellbeing services counties", ORG, ["wellbeing services counties"], types_accept=[PI])],
    programs=[E("wellbeing services counties", PI, ["wellbeing services counties"], types_accept=[ORG, CM]),
              E("health and social services reform", PI)],
    populations=[E("older people", POP)],
    conditions=[],
    concepts=[],
    statements=[
        S(WSC, "ickg:locatedIn", ("Finland", "ickg:Country"), "the first year of Finland's wellbeing services counties"),
        S(WSC, "ickg:numberOfPrograms", {"value": 21, "datatype": "xsd:nonNegativeInteger"},
          "moved these duties to 21 wellbeing services counties on 1 January 2023"),
        S(WSC, "ickg:yearEstablished", 2023, "moved these duties to 21 wellbeing services counties on 1 January 2023"),
        S(WSC, "ickg:establishedBy", ("Act on Wellbeing Services Counties", "ickg:Legislation"),
          "The reform rests on the Act on Wellbeing Services Counties, passed in 2021."),
        *[S(WSC_ORG, "ickg:responsibleFor", (x, "ickg:CareSector"), WSC_DUTIES)
          for x in ("primary health care", "specialised health care", "social welfare", "rescue services")],
        S(WSC, "ickg:hasFundingModel", ("funded mainly by the central government", "ickg:FundingModel"),
          "The counties are funded mainly by the central government and cannot levy taxes."),
        S(WSC, "ickg:hasComponent", ("joint service centres", MECH), WSC_PARTS),
        S(WSC, "ickg:hasComponent", ("home care teams for older people", MECH), WSC_PARTS),
        S(WSC_STUDY, "ickg:sampleSize", 430, WSC_SURVEY),
        S(WSC_STUDY, "ickg:usesMethod", ("survey", METHOD), WSC_SURVEY),
        S(WSC_STUDY, "ickg:evaluates", WSC, WSC_SURVEY),
        S(WSC, "ickg:hasOutcome", ("referrals between health and social services had become easier", OUT), WSC_SURVEY),
        S(WSC, "ickg:facesBarrier", ("staff shortages", BAR), "staff shortages and budget deficits have slowed the work"),
        S(WSC, "ickg:facesBarrier", ("budget deficits", BAR), "staff shortages and budget deficits have slowed the work"),
        S(("give the counties budgets that run for several years", REC), "ickg:addressedTo",
          ("Ministry of Social Affairs and Health", ORG),
          "We recommend that the Ministry of Social Affairs and Health give the counties budgets that run for several years."),
    ])

# --- a parliamentary written answer (question number, "Answer published on", question and answer) ------
CPTS = ("territorial professional health communities", PI)
CPTS_MEMBERS = ("A CPTS is formed on the initiative of health professionals of an area: general practitioners, specialists, "
                "nurses, pharmacists and physiotherapists, who may be joined by hospitals and social care services.")
CPTS_MISSIONS = ("access to a regular doctor for every patient, same-day appointments for unscheduled care, and coordinated "
                 "care pathways for patients with chronic disease")
CPTS_LAW = "were created by the law of 26 January 2016 on the modernisation of the health system"
CPTS_SLOW = "the time needed to write a project and the lack of administrative support slow their start"
DOCUMENTS["train-answer-france-cpts.txt"] = dict(
    style="parliamentary-answer",
    metadata={"title": "Question No. 2741 from a member on local coordination of primary care", "authors": [],
              "date": "2020-05-14", "year": 2020, "journal": None, "publisher": None,
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None,
              "type": "fabio:ReportDocument", "type_accept": ["fabio:WebPage"]},
    jurisdictions=[],
    organizations=[E("health insurance fund", ORG), E("regional health agencies", ORG), E("hospitals", ORG),
                   E("social care services", ORG), E("general practitioners", ORG), E("specialists", ORG),
                   E("nurses", ORG), E("pharmacists", ORG), E("physiotherapists", ORG)],
    programs=[E("territorial professional health communities", PI,
                ["territorial professional health communities", "Territorial professional health communities", "CPTS",
                 "communautés professionnelles territoriales de santé"],
                aliases=["CPTS", "communautés professionnelles territoriales de santé"], types_accept=[CM, ORG]),
              E("Ma santé 2022", PI)],
    populations=[E("patients with chronic disease", POP)],
    conditions=[],
    concepts=[],
    statements=[
        S(CPTS, "ickg:establishedBy", ("law of 26 January 2016 on the modernisation of the health system", "ickg:Legislation"),
          CPTS_LAW),
        S(CPTS, "ickg:yearEstablished", 2016, CPTS_LAW),
        *[S(CPTS, "ickg:hasPartner", (o, ORG), CPTS_MEMBERS)
          for o in ("general practitioners", "specialists", "nurses", "pharmacists", "physiotherapists", "hospitals",
                    "social care services")],
        S(CPTS, "ickg:hasGoal", ("1,000 communities by 2022", GOAL),
          "The Ma santé 2022 plan set the target of 1,000 communities by 2022.", ("target", ASPIRATIONAL)),
        S(CPTS, "ickg:hasFundingModel", ("annual sum for the missions it takes on", "ickg:FundingModel"),
          "the health insurance fund pays each CPTS an annual sum for the missions it takes on"),
        S(CPTS, "ickg:hasComponent", ("access to a regular doctor for every patient", MECH), CPTS_MISSIONS),
        S(CPTS, "ickg:hasComponent", ("same-day appointments for unscheduled care", MECH), CPTS_MISSIONS),
        S(CPTS, "ickg:hasComponent", ("coordinated care pathways for patients with chronic disease", MECH), CPTS_MISSIONS),
        S(CPTS, "ickg:targetsPopulation", ("patients with chronic disease", POP), CPTS_MISSIONS),
        S(CPTS, "ickg:hasComponent", ("prevention campaigns", MECH), "Communities also run prevention campaigns."),
        S(CPTS, "ickg:facesBarrier", ("time needed to write a project", BAR), CPTS_SLOW),
        S(CPTS, "ickg:facesBarrier", ("lack of administrative support", BAR), CPTS_SLOW),
        S(("lack of administrative support", BAR), "ickg:mitigatedBy", ("support of each project by the regional health agencies", MECH),
          "The government has therefore asked the regional health agencies to support each project."),
    ])

# --- a regional health authority's web page (breadcrumb, language menu, "Last updated") -----------------
PRISMA = ("PRISMA", CM)
PRISMA_STUDY = ("quasi-experimental study", STUDY)
PRISMA_DOOR = ("A single entry point: one telephone number for the hospital, the local community service centres (CLSC) "
               "and community organizations")
PRISMA_CM = "A case manager follows each person with complex needs and draws up an individualized service plan"
PRISMA_RESULT = ("frail older people in the PRISMA areas had less functional decline and fewer emergency department visits "
                 "than those in comparison areas")
PRISMA_ORIGIN = ("The model was developed by researchers of the Université de Sherbrooke with the health and social services "
                 "network of the Eastern Townships")
DOCUMENTS["train-web-estrie-prisma.txt"] = dict(
    style="regional-health-authority-web-page",
    metadata={"title": "PRISMA: one door for seniors losing their autonomy", "authors": [],
              "date": None, "year": None, "journal": None, "publisher": "CIUSSS de l'Estrie - CHUS",
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:WebPage"},
    jurisdictions=[E("Estrie", "ickg:Region", [r"re:(?<!l')\bEstrie\b(?! - CHUS)", "Eastern Townships"],
                     aliases=["Eastern Townships"])],
    organizations=[E("CIUSSS de l'Estrie - CHUS", ORG), E("Université de Sherbrooke", ORG),
                   E("health and social services network", ORG), E("hospital", ORG),
                   E("local community service centres", ORG, ["local community service centres", "CLSC"], aliases=["CLSC"]),
                   E("community organizations", ORG)],
    programs=[E("PRISMA", CM, ["PRISMA", "Program of Research to Integrate Services for the Maintenance of Autonomy"],
                aliases=["Program of Research to Integrate Services for the Maintenance of Autonomy"])],
    populations=[E("seniors who are losing their autonomy", POP,
                   ["seniors who are losing their autonomy", "seniors losing their autonomy"]),
                 E("person with complex needs", POP), E("frail older people", POP)],
    conditions=[],
    concepts=[C("single entry point", "ickg:SingleEntryPoint"),
              C("case manager", "ickg:CaseManagement", accept=["kodner:case-management", "who-ipchs:case-management"]),
              C("individualized service plan", "ickg:CarePlanning", accept=["kodner:joint-care-planning"]),
              C("same assessment tool", "ickg:StandardizedAssessment", accept=["kodner:uniform-comprehensive-assessment"]),
              C("computerized clinical chart", "ickg:SharedInformationSystem",
                accept=["kodner:shared-clinical-records", "kodner:integrated-information-systems"]),
              C("joint governance board", "ickg:GovernanceArrangement"),
              C("quasi-experimental study", "design:quasi-experimental-study")],
    statements=[
        S(PRISMA, "ickg:locatedIn", ("Estrie", "ickg:Region"),
          "In the Estrie region, services for seniors who are losing their autonomy are organised with the PRISMA model"),
        S(PRISMA, "ickg:targetsPopulation", ("seniors who are losing their autonomy", POP),
          "In the Estrie region, services for seniors who are losing their autonomy are organised with the PRISMA model"),
        S(PRISMA, "ickg:initiatedBy", ("Université de Sherbrooke", ORG), PRISMA_ORIGIN),
        S(PRISMA, "ickg:initiatedBy", ("health and social services network", ORG), PRISMA_ORIGIN),
        S(PRISMA, "ickg:yearEstablished", 2001, "was implemented in three areas of the region from 2001"),
        S(PRISMA, "ickg:hasComponent", ("single entry point", "ickg:SingleEntryPoint"), PRISMA_DOOR),
        *[S(PRISMA, "ickg:hasPartner", (o, ORG), PRISMA_DOOR)
          for o in ("hospital", "local community service centres", "community organizations")],
        S(PRISMA, "ickg:hasComponent", ("case manager", "ickg:CaseManagement"), PRISMA_CM),
        S(PRISMA, "ickg:hasComponent", ("individualized service plan", "ickg:CarePlanning"), PRISMA_CM),
        S(PRISMA, "ickg:targetsPopulation", ("person with complex needs", POP), PRISMA_CM),
        S(PRISMA, "ickg:hasComponent", ("SMAF", "ickg:StandardizedAssessment"),
          "Every professional uses the same assessment tool, the SMAF (Functional Autonomy Measurement System)"),
        S(PRISMA, "ickg:hasComponent", ("computerized clinical chart", "ickg:SharedInformationSystem"),
          "A computerized clinical chart lets the partners share information"),
        S(PRISMA, "ickg:hasComponent", ("joint governance board", "ickg:GovernanceArrangement"),
          "Managers of the partner organizations sit on a joint governance board"),
        S(PRISMA_STUDY, "ickg:hasStudyDesign",
          ("quasi-experimental study", "ickg:StudyDesign", "design:quasi-experimental-study"), "In a quasi-experimental study"),
        S(PRISMA_STUDY, "ickg:evaluates", PRISMA, "In a quasi-experimental study, frail older people in the PRISMA areas"),
        S(PRISMA, "ickg:hasOutcome", ("less functional decline", OUT), PRISMA_RESULT),
        S(PRISMA, "ickg:hasOutcome", ("fewer emergency department visits", OUT), PRISMA_RESULT),
        S(PRISMA, "ickg:operatedBy", ("CIUSSS de l'Estrie - CHUS", ORG),
          "Since 2015 the CIUSSS de l'Estrie - CHUS, which merged the region's health and social services establishments, "
          "coordinates the model."),
    ])

# --- a funder's call for applications (notice of funding opportunity, summary) -------------------------
AHC = ("Accountable Health Communities Model", PP)
AHC_CONSORTIUM = ("A bridge organization leads a consortium of clinical delivery sites, the state Medicaid agency and "
                  "community service providers in its area.")
AHC_FUNDS = "CMS expects to award up to $157 million in cooperative agreements over five years."
DOCUMENTS["train-call-accountable-health-communities.txt"] = dict(
    style="funding-call",
    metadata={"title": "Accountable Health Communities Model", "authors": [],
              "date": "2016-01-05", "year": 2016, "journal": None, "publisher": "Centers for Medicare & Medicaid Services",
              "publisher_accept": ["CMS", "Center for Medicare and Medicaid Innovation"],
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None,
              "type": "fabio:ReportDocument", "type_accept": ["fabio:WebPage"]},
    jurisdictions=[],
    organizations=[E("Centers for Medicare & Medicaid Services", ORG, ["Centers for Medicare & Medicaid Services", "CMS"],
                     aliases=["CMS"]),
                   E("Center for Medicare and Medicaid Innovation", ORG),
                   E("community-based organizations", ORG, ["Community-based organizations"]), E("hospitals", ORG),
                   E("health systems", ORG), E("institutions of higher education", ORG), E("local government entities", ORG),
                   E("tribal organizations", ORG),
                   E("bridge organizations", ORG, ["bridge organizations", "bridge organization"]),
                   E("clinical delivery sites", ORG, ["clinical delivery sites", "Clinical delivery sites"]),
                   E("state Medicaid agency", ORG), E("community service providers", ORG)],
    programs=[E("Accountable Health Communities Model", PP, types_accept=[CM, PI]),
              E("Awareness track", "ickg:Program"), E("Assistance track", "ickg:Program"), E("Alignment track", "ickg:Program"),
              E("Medicare", PI, [r"re:\bMedicare(?= and Medicaid beneficiaries)"]),
              E("Medicaid", PI, [r"re:\bMedicaid(?= beneficiaries)"])],
    populations=[E("community-dwelling Medicare and Medicaid beneficiaries", POP), E("high-risk beneficiaries", POP)],
    conditions=[],
    concepts=[C("navigators", "who-ipchs:health-navigators"), C("advisory board", "ickg:GovernanceArrangement")],
    statements=[
        S(AHC, "ickg:initiatedBy", ("Centers for Medicare & Medicaid Services", ORG), AHC_FUNDS),
        S(AHC, "ickg:hasFundingModel", ("cooperative agreements", "ickg:FundingModel"), AHC_FUNDS),
        S(AHC, "ickg:targetsPopulation", ("community-dwelling Medicare and Medicaid beneficiaries", POP),
          "addressing the health-related social needs of community-dwelling Medicare and Medicaid beneficiaries"),
        S(AHC, "ickg:hasGoal", ("reduce health care costs and use", GOAL),
          "The Accountable Health Communities Model tests whether systematically identifying and addressing the health-related "
          "social needs of community-dwelling Medicare and Medicaid beneficiaries reduces health care costs and use."),
        S(AHC, "ickg:hasComponent", ("screening for five core needs", MECH),
          "Clinical delivery sites will screen beneficiaries for five core needs"),
        S(AHC, "ickg:operatedBy", ("bridge organizations", ORG), "may apply to serve as bridge organizations"),
        *[S(AHC, "ickg:hasPartner", (o, ORG), AHC_CONSORTIUM)
          for o in ("clinical delivery sites", "state Medicaid agency", "community service providers")],
        S(AHC, "ickg:hasComponent", ("Awareness track", "ickg:Program"),
          "In the Awareness track they refer beneficiaries to community services"),
        S(AHC, "ickg:hasComponent", ("Assistance track", "ickg:Program"),
          "in the Assistance track navigators help high-risk beneficiaries reach those services"),
        S(AHC, "ickg:hasComponent", ("Alignment track", "ickg:Program"),
          "the Alignment track adds an advisory board that aligns community services with local needs"),
        S(("Assistance track", "ickg:Program"), "ickg:hasComponent", ("navigators", "ickg:CareCoordination"),
          "in the Assistance track navigators help high-risk beneficiaries reach those services"),
        S(("Assistance track", "ickg:Program"), "ickg:targetsPopulation", ("high-risk beneficiaries", POP),
          "in the Assistance track navigators help high-risk beneficiaries reach those services"),
        S(("Alignment track", "ickg:Program"), "ickg:hasComponent", ("advisory board", "ickg:GovernanceArrangement"),
          "the Alignment track adds an advisory board that aligns community services with local needs"),
    ])

# --- a professional-network profile's project entry (headline, hashtags, skills) -----------------------
PATHWAY = {"label": "Pathway teams", "type": CM, "types_accept": [ORG]}
PATHWAY_TEAM = "a GP, nurses and a housing worker visit homeless patients on the wards and plan their discharge with them"
PATHWAY_START = "The first Pathway team started at University College Hospital in London in 2009"
PATHWAY_AUDIT = ("audit of 312 admissions", STUDY)
PATHWAY_RESULT = "In our audit of 312 admissions, fewer patients were discharged to the street once the team was involved."
DOCUMENTS["train-profile-pathway-homeless.txt"] = dict(
    style="professional-profile-project",
    metadata={"title": "Pathway homeless hospital team",
              "authors": [{"family": "Lewis", "given": "Hannah", "initials": "H"}],
              "date": None, "year": None, "journal": None, "publisher": None,
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:WebPage"},
    jurisdictions=[E("London", "ickg:Municipality"), E("England", "ickg:Region", types_accept=["ickg:Country"])],
    organizations=[E("Pathway", ORG, [r"re:\bPathway\b(?! team)(?! homeless)"], types_accept=[CM]),
                   E("University College Hospital", ORG), E("hospitals", ORG), E("local authorities", ORG),
                   E("housing providers", ORG), E("NHS trusts", ORG)],
    programs=[E("Pathway teams", CM, ["Pathway homeless hospital team", "Pathway team", "Pathway teams"], types_accept=[ORG])],
    populations=[E("people experiencing homelessness", POP), E("homeless patients", POP)],
    conditions=[],
    concepts=[C("care navigators", "who-ipchs:health-navigators")],
    statements=[
        S(PATHWAY, "ickg:targetsPopulation", ("people experiencing homelessness", POP),
          "Pathway is a charity that helps hospitals improve care for people experiencing homelessness"),
        S(PATHWAY, "ickg:yearEstablished", 2009, PATHWAY_START),
        S(PATHWAY, "ickg:locatedIn", ("London", "ickg:Municipality"), PATHWAY_START),
        S(PATHWAY, "ickg:locatedIn", ("England", "ickg:Region"), "Today there are Pathway teams in hospitals across England"),
        S(PATHWAY, "ickg:hasComponent", ("a GP, nurses and a housing worker", "ickg:InterdisciplinaryTeam"), PATHWAY_TEAM),
        S(PATHWAY, "ickg:hasComponent", ("plan their discharge with them", "ickg:CarePlanning"), PATHWAY_TEAM),
        S(PATHWAY, "ickg:targetsPopulation", ("homeless patients", POP), PATHWAY_TEAM),
        S(PATHWAY, "ickg:hasComponent", ("care navigators with lived experience of homelessness", MECH),
          "care navigators with lived experience of homelessness work in the teams"),
        S(PATHWAY_AUDIT, "ickg:sampleSize", 312, PATHWAY_RESULT),
        S(PATHWAY_AUDIT, "ickg:evaluates", PATHWAY, PATHWAY_RESULT),
        S(PATHWAY, "ickg:hasOutcome", ("fewer patients were discharged to the street", OUT), PATHWAY_RESULT),
        *[S(PATHWAY, "ickg:hasPartner", (o, ORG), "Partners: local authorities, housing providers and the NHS trusts that host the teams")
          for o in ("local authorities", "housing providers", "NHS trusts")],
    ])

# --- a master's thesis abstract (university masthead, candidate and supervisor lines, "Defended:") -------
CDS = {"label": "community health houses", "type": CM, "aliases": ["Case della Salute"], "types_accept": [ORG, PI]}
CDS_THESIS = ("this thesis", STUDY)
CDS_STAFF = ("Community health houses (Case della Salute) bring general practitioners, nurses, specialists and social workers "
             "together in one building.")
CDS_START = "The Emilia-Romagna region began opening them in 2010"
CDS_CLINICS = "Each house offers nurse-led clinics for chronic diseases such as diabetes and heart failure"
DOCUMENTS["train-thesis-emilia-case-della-salute.txt"] = dict(
    style="thesis-abstract",
    metadata={"title": "Community health houses in Emilia-Romagna: who uses them, and for what?",
              "authors": [{"family": "Ferrari", "given": "Giulia", "initials": "G"}],
              "date": "2022-03", "year": 2022, "journal": None, "publisher": "Università di Bologna",
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None,
              "type": "fabio:MastersThesis", "type_accept": ["fabio:Thesis"]},
    jurisdictions=[E("Emilia-Romagna", "ickg:Region"), E("province of Bologna", "ickg:Region", types_accept=["ickg:Municipality"])],
    organizations=[E("Università di Bologna", ORG), E("School of Medicine", ORG), E("Emilia-Romagna region", ORG),
                   E("local health authorities", ORG, ["local health authorities", "Aziende USL"], aliases=["Aziende USL"]),
                   E("general practitioners", ORG), E("nurses", ORG, [r"re:\bnurses\b(?=, specialists)"]),
                   E("specialists", ORG), E("social workers", ORG)],
    programs=[E("community health houses", CM, ["Community health houses", "Case della Salute", "community health houses"],
                aliases=["Case della Salute"], types_accept=[ORG, PI])],
    populations=[E("patients with diabetes", POP)],
    conditions=[E("diabetes", COND), E("heart failure", COND)],
    concepts=[C("single point of access", "ickg:SingleEntryPoint")],
    statements=[
        S(CDS, "ickg:locatedIn", ("Emilia-Romagna", "ickg:Region"), CDS_START),
        S(CDS, "ickg:initiatedBy", ("Emilia-Romagna region", ORG), CDS_START),
        S(CDS, "ickg:yearEstablished", 2010, CDS_START),
        *[S(CDS, "ickg:hasPartner", (o, ORG), CDS_STAFF)
          for o in ("general practitioners", "nurses", "specialists", "social workers")],
        S(CDS, "ickg:hasComponent", ("nurse-led clinics for chronic diseases", MECH), CDS_CLINICS),
        S(CDS, "ickg:focusesOnCondition", ("diabetes", COND), CDS_CLINICS),
        S(CDS, "ickg:focusesOnCondition", ("heart failure", COND), CDS_CLINICS),
        S(CDS, "ickg:hasComponent", ("single point of access to health and social services", "ickg:SingleEntryPoint"),
          "a single point of access to health and social services"),
        S(CDS_THESIS, "ickg:evaluates", CDS, "This thesis studied the houses of the province of Bologna."),
        S(CDS_THESIS, "ickg:sampleSize", 48000, "We analysed the administrative records of 48,000 patients with diabetes"),
        S(CDS_THESIS, "ickg:sampleSize", 22, "interviewed 22 professionals"),
        S(CDS_THESIS, "ickg:usesMethod", ("administrative records", METHOD),
          "We analysed the administrative records of 48,000 patients with diabetes"),
        S(CDS_THESIS, "ickg:usesMethod", ("interviews", METHOD), "interviewed 22 professionals"),
        S(CDS, "ickg:hasOutcome", ("patients followed in nurse-led clinics received more of the recommended tests", OUT),
          "Patients followed in nurse-led clinics received more of the recommended tests than other patients"),
        S(CDS, "ickg:hasOutcome", ("better teamwork", OUT), "Professionals described better teamwork"),
        S(CDS, "ickg:facesBarrier", ("separate information systems", BAR), "but also separate information systems and a shortage of nurses"),
        S(CDS, "ickg:facesBarrier", ("shortage of nurses", BAR), "but also separate information systems and a shortage of nurses"),
    ])


# --- helper stmt7 (issue 12): four documents in styles the set lacks, gold written before any run ---------
# --- a health-technology-assessment rapid summary (unit masthead, labelled sections, bullet list) --------
SIPA = ("SIPA", CM)
SIPA_TRIAL = ("randomised controlled trial of 1,230 older people", STUDY)
DOCUMENTS["train-hta-sipa.txt"] = dict(
    style="hta-summary",
    metadata={"title": "Integrated community care for frail older people: the SIPA model (Montreal, Quebec)", "authors": [],
              "date": None, "year": None, "journal": None, "publisher": "Northern Health Technology Appraisal Unit",
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:ReportDocument"},
    jurisdictions=[E("Montreal", "ickg:Municipality"), E("Quebec", "ickg:ProvinceOrState", [r"re:\bQuebec\b"])],
    organizations=[E("Northern Health Technology Appraisal Unit", ORG, ["NORTHERN HEALTH TECHNOLOGY APPRAISAL UNIT"]),
                   E("local community health centres", ORG, ["local community health centre", "CLSC"], aliases=["CLSC"]),
                   E("regional health authorities", ORG)],
    programs=[E("SIPA", CM, ["SIPA", "Système de services intégrés pour personnes âgées en perte d'autonomie"],
                aliases=["Système de services intégrés pour personnes âgées en perte d'autonomie"])],
    populations=[E("frail older people living at home", POP, ["frail older people living at home", "Frail older people aged 65 or over with disabilities"])],
    conditions=[],
    concepts=[C("case management", "ickg:CaseManagement", accept=["kodner:case-management", "who-ipchs:case-management"]),
              C("multidisciplinary team", "ickg:InterdisciplinaryTeam", ["multidisciplinary team"],
                accept=["kodner:multidisciplinary-teamwork"]),
              C("randomised controlled trial", "design:clinical-trial")],
    statements=[
        S(SIPA, "ickg:targetsPopulation", ("frail older people living at home", POP),
          "a model of integrated care for frail older people living at home"),
        S(SIPA, "ickg:locatedIn", ("Montreal", "ickg:Municipality"),
          "It was tested in two local community health centre (CLSC) territories of Montreal between 1999 and 2001."),
        S(("Montreal", "ickg:Municipality"), "ickg:partOf", ("Quebec", "ickg:ProvinceOrState"), "Montreal, Quebec"),
        S(SIPA, "ickg:yearEstablished", 1999,
          "It was tested in two local community health centre (CLSC) territories of Montreal between 1999 and 2001."),
        S(SIPA, "ickg:yearEnded", 2001,
          "It was tested in two local community health centre (CLSC) territories of Montreal between 1999 and 2001."),
        S(SIPA, "ickg:hasComponent", ("community-based multidisciplinary team", "ickg:InterdisciplinaryTeam"),
          "The model is built around a community-based multidisciplinary team that holds clinical responsibility for all health and social services"),
        S(SIPA, "ickg:hasComponent", ("case management by a nurse or social worker", "ickg:CaseManagement"),
          "case management by a nurse or social worker"),
        S(SIPA, "ickg:hasComponent", ("geriatrician and family physicians working with the team", MECH),
          "a geriatrician and family physicians working with the team"),
        S(SIPA, "ickg:hasComponent", ("24-hour on-call cover by the team", MECH), "24-hour on-call cover by the team"),
        S(SIPA, "ickg:hasComponent", ("intensive home care and rapid response at home", MECH), "intensive home care and rapid response at home"),
        S(SIPA, "ickg:hasComponent", ("protocols for care in hospital and at discharge", MECH), "protocols for care in hospital and at discharge"),
        S(SIPA_TRIAL, "ickg:hasStudyDesign", ("randomised controlled trial", "ickg:StudyDesign", "design:clinical-trial"),
          "A randomised controlled trial of 1,230 older people"),
        S(SIPA_TRIAL, "ickg:sampleSize", 1230, "A randomised controlled trial of 1,230 older people"),
        S(SIPA_TRIAL, "ickg:evaluates", SIPA, "A randomised controlled trial of 1,230 older people"),
        S(SIPA, "ickg:hasOutcome", ("use of hospital beds by people waiting for a nursing home place fell by half", OUT),
          "Use of hospital beds by people waiting for a nursing home place fell by half."),
        S(SIPA, "ickg:hasOutcome", ("community services increased without any rise in total costs", OUT),
          "Community services increased without any rise in total costs."),
        S(SIPA, "ickg:hasOutcome", ("satisfaction of patients and carers was higher", OUT),
          "Satisfaction of patients and carers was higher."),
        S(SIPA, "ickg:hasOutcome", ("no difference in health or functional status", OUT),
          "No difference in health or functional status was found."),
        S(SIPA, "ickg:hasFundingModel", ("own budget for community services", "ickg:FundingModel"),
          "the teams had their own budget for community services"),
        S(("test the model in one further territory before wider adoption", REC), "ickg:addressedTo", ("regional health authorities", ORG),
          "The unit recommends that regional health authorities test the model in one further territory before wider adoption."),
    ])

# --- a hospital board paper (agenda item, "Paper for: decision", numbered paragraphs, lettered list) --------
EHCH = ("enhanced health in care homes", CM)
DOCUMENTS["train-boardpaper-care-homes.txt"] = dict(
    style="board-paper",
    metadata={"title": "Enhanced health in care homes: adopting the national framework across the borough", "authors": [],
              "date": "2019-03-07", "year": 2019, "journal": None, "publisher": "Westmere Community Health NHS Trust",
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:ReportDocument"},
    jurisdictions=[],
    organizations=[E("Westmere Community Health NHS Trust", ORG, ["Westmere Community Health NHS Trust", r"re:(?<=the )Trust\b"]),
                   E("clinical commissioning group", ORG), E("borough council", ORG),
                   E("general practices", ORG, ["general practices", "general practice"]), E("NHS England", ORG),
                   E("care homes", ORG, ["care homes", "care home"])],
    programs=[E("enhanced health in care homes", CM, ["enhanced health in care homes", "Enhanced health in care homes"],
                types_accept=[PI]),
              E("new care models programme", PI), E("care home vanguards", PP)],
    populations=[E("residents of care homes", POP, ["Residents of care homes"])],
    conditions=[E("dementia", COND)],
    concepts=[C("multidisciplinary team support", "ickg:InterdisciplinaryTeam", ["multidisciplinary team support"],
                accept=["kodner:multidisciplinary-teamwork"])],
    statements=[
        S(EHCH, "ickg:hasPartner", ("clinical commissioning group", ORG),
          "to be run with the clinical commissioning group, the borough council and the general practices of the borough"),
        S(EHCH, "ickg:hasPartner", ("borough council", ORG),
          "to be run with the clinical commissioning group, the borough council and the general practices of the borough"),
        S(EHCH, "ickg:hasPartner", ("general practices", ORG),
          "to be run with the clinical commissioning group, the borough council and the general practices of the borough"),
        S(EHCH, "ickg:hasPartner", ("Westmere Community Health NHS Trust", ORG),
          "This paper asks the Board to approve the Trust's part in the borough's enhanced health in care homes service"),
        S(EHCH, "ickg:initiatedBy", ("NHS England", ORG),
          "NHS England published the framework for enhanced health in care homes in 2016."),
        S(EHCH, "ickg:yearEstablished", 2016, "NHS England published the framework for enhanced health in care homes in 2016."),
        S(EHCH, "ickg:targetsPopulation", ("residents of care homes", POP),
          "Residents of care homes account for a high share of emergency admissions of people aged over 85."),
        *[S(EHCH, "ickg:hasComponent", (c, t), q) for c, t, q in (
            ("enhanced primary care support", MECH, "enhanced primary care support"),
            ("multidisciplinary team support, including coordinated health and social care", "ickg:InterdisciplinaryTeam",
             "multidisciplinary team support, including coordinated health and social care"),
            ("falls, reablement and rehabilitation", MECH, "falls, reablement and rehabilitation"),
            ("high quality end-of-life care and dementia care", MECH, "high quality end-of-life care and dementia care"),
            ("joined-up commissioning and collaboration between health and social care", "ickg:GovernanceArrangement",
             "joined-up commissioning and collaboration between health and social care"),
            ("workforce development", MECH, "workforce development"),
            ("data, IT and technology", "ickg:SharedInformationSystem", "data, IT and technology"),
            ("each care home aligned with one general practice", MECH, "each care home will be aligned with one general practice"),
            ("weekly multidisciplinary home round", MECH, "a weekly multidisciplinary home round will be held in every home"))],
        S(EHCH, "ickg:focusesOnCondition", ("dementia", COND), "high quality end-of-life care and dementia care"),
        S(EHCH, "ickg:facesBarrier", ("high turnover of care home staff", BAR),
          "High turnover of care home staff and separate record systems in the homes may limit the benefit.", ("may", HEDGED)),
        S(EHCH, "ickg:facesBarrier", ("separate record systems in the homes", BAR),
          "High turnover of care home staff and separate record systems in the homes may limit the benefit.", ("may", HEDGED)),
    ])

# --- a charity's report, one chapter excerpted (report masthead, bullets with "•", a recommendation) ------------
TRIESTE = ("Trieste model", CM)
TRIESTE_NET = ("Its network rests on four community mental health centres, each open 24 hours a day, seven days a week, "
               "with a few beds for people in crisis; a small psychiatric unit in the general hospital; supported housing; "
               "and social cooperatives that employ service users.")
DOCUMENTS["train-ngo-trieste.txt"] = dict(
    style="ngo-report-excerpt",
    metadata={"title": "Community, not confinement: alternatives to psychiatric institutions in Europe", "authors": [],
              "date": None, "year": 2020, "journal": None, "publisher": "Open Doors Mental Health Alliance",
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:ReportDocument"},
    jurisdictions=[E("Trieste", "ickg:Municipality"), E("Italy", "ickg:Country"), E("Europe", "ickg:Region", [r"re:\bEurope\b"])],
    organizations=[E("Open Doors Mental Health Alliance", ORG),
                   E("Department of Mental Health", ORG),
                   E("local health authority", ORG), E("San Giovanni psychiatric hospital", ORG),
                   E("community mental health centres", ORG), E("social cooperatives", ORG),
                   E("general practitioners", ORG), E("social services", ORG), E("WHO", ORG), E("national governments", ORG)],
    programs=[E("Trieste model", CM)],
    populations=[E("people with complex needs", POP), E("people in crisis", POP)],
    conditions=[],
    concepts=[],
    statements=[
        S(TRIESTE, "ickg:locatedIn", ("Trieste", "ickg:Municipality"), "The Trieste model: mental health care without an asylum"),
        S(TRIESTE, "ickg:operatedBy", ("Department of Mental Health", ORG),
          "Today the Department of Mental Health of the local health authority serves a population of about 236,000."),
        S(("Department of Mental Health", ORG), "org:subOrganizationOf", ("local health authority", ORG),
          "the Department of Mental Health of the local health authority"),
        *[S(TRIESTE, "ickg:hasComponent", (c, MECH), TRIESTE_NET) for c in (
            "four community mental health centres, each open 24 hours a day", "small psychiatric unit in the general hospital",
            "supported housing", "social cooperatives that employ service users")],
        S(TRIESTE, "ickg:hasPartner", ("general practitioners", ORG),
          "The centres work with families, general practitioners and the city's social services"),
        S(TRIESTE, "ickg:hasPartner", ("social services", ORG),
          "The centres work with families, general practitioners and the city's social services"),
        S(TRIESTE, "ickg:hasComponent", ("same team follows a person at home, in crisis and in hospital", "ickg:InterdisciplinaryTeam"),
          "the same team follows a person at home, in crisis and in hospital"),
        S(TRIESTE, "ickg:hasComponent", ("open access without waiting lists", MECH), "open access without waiting lists"),
        S(TRIESTE, "ickg:hasComponent", ("continuity of care by one team", MECH), "continuity of care by one team"),
        S(TRIESTE, "ickg:hasFundingModel", ("single budget for the department", "ickg:FundingModel"),
          "a single budget for the department, most of it spent in the community rather than on beds"),
        S(TRIESTE, "ickg:hasFundingModel", ("personal health budgets", "ickg:FundingModel"),
          "personal health budgets for people with complex needs"),
        S(TRIESTE, "ickg:targetsPopulation", ("people with complex needs", POP), "personal health budgets for people with complex needs"),
        S(TRIESTE, "ickg:hasOutcome", ("rates of compulsory treatment among the lowest in Italy", OUT),
          "Staff told us that rates of compulsory treatment in Trieste are among the lowest in Italy."),
        S(TRIESTE, "ickg:facesBarrier", ("regional budget cuts", BAR),
          "Staff warned that regional budget cuts and the retirement of the founding generation of workers could weaken it.",
          ("could", HEDGED)),
        S(TRIESTE, "ickg:facesBarrier", ("retirement of the founding generation of workers", BAR),
          "Staff warned that regional budget cuts and the retirement of the founding generation of workers could weaken it.",
          ("could", HEDGED)),
        S(("fund community mental health centres open around the clock before building new inpatient beds", REC),
          "ickg:addressedTo", ("national governments", ORG),
          "We recommend that national governments fund community mental health centres open around the clock before building new inpatient beds."),
    ])

# --- a journal editorial (EDITORIAL label, single author, journal line, doi URL, first person) ---------------
EMBRACE = ("Embrace", CM)
EMB_TRIAL = ("cluster randomised trial", STUDY)
EMB_TRIAL_Q = "The cluster randomised trial enrolled 1,456 people aged 75 years or older from fifteen general practices."
DOCUMENTS["train-editorial-embrace.txt"] = dict(
    style="journal-editorial",
    metadata={"title": "When integrated care for older people does not show results: lessons from Embrace",
              "authors": [{"family": "Bosma", "given": "Hendrika", "initials": "H"}],
              "date": None, "year": 2018, "journal": {"title": "Journal of Primary Care and Ageing", "abbreviation": None},
              "publisher": None, "volume": "12", "issue": "3", "pages": "141-143", "doi": "10.9999/jpca.2018.0141",
              "pmid": None, "type": "fabio:Editorial", "type_accept": ["fabio:JournalArticle"]},
    jurisdictions=[E("Netherlands", "ickg:Country"), E("Westerkwartier", "ickg:Region")],
    organizations=[E("University Medical Center Groningen", ORG), E("general practices", ORG, ["general practices", "general practices"]),
                   E("Funders", ORG)],
    programs=[E("Embrace", CM)],
    populations=[E("community-living older people", POP), E("people aged 75 years or older", POP)],
    conditions=[],
    concepts=[C("self-management support", "ccm:self-management-support"),
              C("cluster randomised trial", "design:clinical-trial")],
    statements=[
        S(EMBRACE, "ickg:targetsPopulation", ("community-living older people", POP),
          "a model of integrated care for community-living older people"),
        S(EMBRACE, "ickg:locatedIn", ("Netherlands", "ickg:Country"),
          "a model of integrated care for community-living older people in the north of the Netherlands"),
        S(EMBRACE, "ickg:locatedIn", ("Westerkwartier", "ickg:Region"),
          "general practices in the Westerkwartier region"),
        S(EMBRACE, "ickg:initiatedBy", ("University Medical Center Groningen", ORG),
          "Embrace was developed by the University Medical Center Groningen with general practices in the Westerkwartier region"),
        S(EMBRACE, "ickg:hasPartner", ("general practices", ORG),
          "Embrace was developed by the University Medical Center Groningen with general practices in the Westerkwartier region"),
        S(EMBRACE, "ickg:hasComponent", ("Chronic Care Model", MECH), "it combines the Chronic Care Model with population health management"),
        S(EMBRACE, "ickg:hasComponent", ("population health management", MECH),
          "it combines the Chronic Care Model with population health management"),
        S(EMBRACE, "ickg:hasComponent", ("three risk profiles", "ickg:StandardizedAssessment"),
          "Older people are first sorted into three risk profiles (robust, frail and complex care needs)."),
        S(EMBRACE, "ickg:hasComponent",
          ("elderly care team of a general practitioner, an elderly care physician and case managers", "ickg:InterdisciplinaryTeam"),
          "An elderly care team of a general practitioner, an elderly care physician and case managers then takes charge of those with complex needs."),
        S(EMBRACE, "ickg:hasComponent", ("prevention and self-management support programme", MECH),
          "everyone receives a prevention and self-management support programme"),
        S(EMB_TRIAL, "ickg:hasStudyDesign", ("cluster randomised trial", "ickg:StudyDesign", "design:clinical-trial"), EMB_TRIAL_Q),
        S(EMB_TRIAL, "ickg:sampleSize", 1456, EMB_TRIAL_Q),
        S(EMB_TRIAL, "ickg:evaluates", EMBRACE, EMB_TRIAL_Q),
        S(EMBRACE, "ickg:hasOutcome", ("no difference in quality of life", OUT),
          "the authors found no difference in quality of life or in self-management abilities between the groups"),
        S(EMBRACE, "ickg:hasOutcome", ("no difference in self-management abilities", OUT),
          "the authors found no difference in quality of life or in self-management abilities between the groups"),
        S(EMBRACE, "ickg:hasOutcome", ("costs were not lower", OUT), "Costs were not lower either."),
        S(EMBRACE, "ickg:facesBarrier", ("caseloads of case managers too large", BAR),
          "Case managers also said that their caseloads were too large."),
        S(("expect integrated care to change services before it changes outcomes", REC), "ickg:addressedTo", ("Funders", ORG),
          "Funders, in turn, should expect integrated care to change services before it changes outcomes."),
    ])


# --- fresh documents of helper stmt10 (issue 12, statements): written with their gold committed before the
# extractor was first run on them, in kinds of document the set lacked, to measure how the rules carry over.

FUNDING_MODEL = "ickg:FundingModel"

# --- a trial registry record (labelled fields, brief summary, arms, posted results) ------------------------
CAPABLE = ("CAPABLE", CM)
CAP_TRIAL = ("randomized trial of a home-based program to reduce disability in low-income older adults", STUDY)
DOCUMENTS["train-registry-capable.txt"] = dict(
    style="trial-registry-record",
    metadata={"title": "CAPABLE: Community Aging in Place, Advancing Better Living for Elders", "authors": [],
              "date": None, "year": None, "journal": None, "publisher": None,
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:WebPage"},
    jurisdictions=[E("Baltimore", "ickg:Municipality"), E("Maryland", "ickg:ProvinceOrState"),
                   E("United States", "ickg:Country")],
    organizations=[E("Johns Hopkins University School of Nursing", ORG), E("National Institute on Aging", ORG)],
    programs=[E("CAPABLE", CM, ["CAPABLE", "Community Aging in Place, Advancing Better Living for Elders"],
                aliases=["Community Aging in Place, Advancing Better Living for Elders"])],
    populations=[E("low-income older adults who have difficulty with daily activities", POP,
                   ["low-income older adults who have difficulty with daily activities", "low-income older adults"])],
    conditions=[],
    concepts=[],
    statements=[
        S(CAPABLE, "ickg:targetsPopulation", ("low-income older adults who have difficulty with daily activities", POP),
          "CAPABLE is a home-based program for low-income older adults who have difficulty with daily activities."),
        S(CAPABLE, "ickg:hasComponent", ("home visits by an occupational therapist", MECH),
          "an occupational therapist makes up to six home visits"),
        S(CAPABLE, "ickg:hasComponent", ("home visits by a registered nurse", MECH), "a registered nurse up to four"),
        S(CAPABLE, "ickg:hasComponent", ("home repairs and modifications by a handyman", MECH),
          "a handyman provides up to $1,300 of home repairs and modifications"),
        S(CAPABLE, "ickg:hasComponent", ("goals set by the participant", "ickg:PatientEngagement"),
          "The participant sets the goals, and the team works on them together."),
        S(CAPABLE, "ickg:locatedIn", ("Baltimore", "ickg:Municipality"), "Location: Baltimore, Maryland, United States"),
        S(("Baltimore", "ickg:Municipality"), "ickg:partOf", ("Maryland", "ickg:ProvinceOrState"), "Baltimore, Maryland"),
        S(CAP_TRIAL, "ickg:evaluates", CAPABLE,
          "A randomized trial of a home-based program to reduce disability in low-income older adults"),
        S(CAP_TRIAL, "ickg:hasStudyDesign", ("randomized trial", "ickg:StudyDesign", "design:clinical-trial"),
          "A randomized trial of a home-based program to reduce disability in low-income older adults"),
        S(CAP_TRIAL, "ickg:sampleSize", 300, "Enrollment: 300 participants"),
        S(CAP_TRIAL, "ickg:conductedBy", ("Johns Hopkins University School of Nursing", ORG),
          "Sponsor: Johns Hopkins University School of Nursing"),
        S(CAPABLE, "ickg:hasOutcome", ("disability in activities of daily living was lower", OUT),
          "At five months, disability in activities of daily living was lower in the CAPABLE group than in the control group."),
        S(CAPABLE, "ickg:hasOutcome", ("depressive symptoms were lower", OUT), "Depressive symptoms were also lower."),
    ])

# --- presentation slides (slide numbers, bullets, a title slide with venue and speaker) --------------------
IAPT = ("Improving Access to Psychological Therapies", PI)
IAPT_DEMO = ("two demonstration sites", PP)
DOCUMENTS["train-slides-iapt.txt"] = dict(
    style="presentation-slides",
    metadata={"title": "Improving Access to Psychological Therapies (IAPT): ten years of talking therapies in England",
              "authors": [{"family": "Natarajan", "given": "Priya", "initials": "P"}],
              "date": "2018-06-12", "year": 2018, "journal": None, "publisher": None,
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:ConferencePaper"},
    jurisdictions=[E("England", "ickg:Country"), E("Leeds", "ickg:Municipality"), E("Doncaster", "ickg:Municipality"),
                   E("Newham", "ickg:Municipality")],
    organizations=[E("Northern Mental Health Network", ORG), E("Department of Health", ORG), E("NICE", ORG),
                   E("Commissioners", ORG), E("IAPT services", ORG)],
    programs=[E("Improving Access to Psychological Therapies", PI,
                ["Improving Access to Psychological Therapies", r"re:\bIAPT\b(?! services)"], aliases=["IAPT"]),
              E("two demonstration sites", PP)],
    populations=[E("adults with depression and anxiety disorders", POP, ["Adults with depression and anxiety disorders"])],
    conditions=[E("depression", COND), E("anxiety disorders", COND)],
    concepts=[],
    statements=[
        S(IAPT, "ickg:locatedIn", ("England", "ickg:Country"),
          "Improving Access to Psychological Therapies (IAPT): ten years of talking therapies in England"),
        S(IAPT, "ickg:yearEstablished", 2008, "Launched by the Department of Health in 2008"),
        S(IAPT, "ickg:initiatedBy", ("Department of Health", ORG), "Launched by the Department of Health in 2008"),
        S(IAPT, "ickg:hasFundingModel", ("£173 million over three years to train new therapists", FUNDING_MODEL),
          "Funding of £173 million over three years to train new therapists"),
        S(IAPT_DEMO, "ickg:locatedIn", ("Doncaster", "ickg:Municipality"),
          "Built on two demonstration sites, in Doncaster and Newham, from 2006"),
        S(IAPT_DEMO, "ickg:locatedIn", ("Newham", "ickg:Municipality"),
          "Built on two demonstration sites, in Doncaster and Newham, from 2006"),
        S(IAPT_DEMO, "ickg:yearEstablished", 2006, "Built on two demonstration sites, in Doncaster and Newham, from 2006"),
        S(IAPT, "ickg:targetsPopulation", ("adults with depression and anxiety disorders", POP),
          "Adults with depression and anxiety disorders"),
        S(IAPT, "ickg:focusesOnCondition", ("depression", COND), "Adults with depression and anxiety disorders"),
        S(IAPT, "ickg:focusesOnCondition", ("anxiety disorders", COND), "Adults with depression and anxiety disorders"),
        S(IAPT, "ickg:hasComponent", ("self-referral without seeing a GP", MECH), "People can refer themselves without seeing a GP"),
        S(IAPT, "ickg:hasComponent", ("stepped care", MECH),
          "Stepped care: low-intensity guided self-help first, high-intensity therapy when needed"),
        S(IAPT, "ickg:hasComponent", ("cognitive behavioural therapy", MECH),
          "Therapies recommended by NICE, chiefly cognitive behavioural therapy"),
        S(IAPT, "ickg:hasComponent", ("session-by-session outcome measures", MECH),
          "Session-by-session outcome measures recorded for every patient"),
        S(IAPT, "ickg:hasComponent", ("employment advisers", MECH), "Employment advisers work alongside therapists"),
        S(IAPT, "ickg:hasOutcome", ("about one million people a year start treatment", OUT),
          "About one million people a year now start treatment"),
        S(IAPT, "ickg:hasOutcome", ("national recovery rate reached 50%", OUT), "The national recovery rate reached 50% in 2017"),
        S(IAPT, "ickg:facesBarrier", ("long waits for high-intensity therapy", BAR), "Long waits for high-intensity therapy in some areas"),
        S(IAPT, "ickg:facesBarrier", ("high turnover of psychological wellbeing practitioners", BAR),
          "High turnover of psychological wellbeing practitioners"),
        S(IAPT, "ickg:facesBarrier", ("little integration with physical health care", BAR), "Little integration with physical health care"),
        S(("fund integrated services for people with long-term physical conditions", REC), "ickg:addressedTo", ("Commissioners", ORG),
          "Commissioners should fund integrated services for people with long-term physical conditions"),
        S(("publish their waiting times for high-intensity therapy", REC), "ickg:addressedTo", ("IAPT services", ORG),
          "IAPT services should publish their waiting times for high-intensity therapy"),
    ])

# --- podcast show notes (episode number, host and guest, links) ------------------------------------------------
AHCS = ("At Home/Chez Soi", PP)
AHCS_TRIAL = ("randomized trial", STUDY)
DOCUMENTS["train-podcast-at-home-chez-soi.txt"] = dict(
    style="podcast-show-notes",
    metadata={"title": "Housing first, then treatment. What At Home/Chez Soi taught Canada", "authors": [],
              "date": "2019-05-09", "year": 2019, "journal": None, "publisher": "The Care Between podcast",
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:WebPage"},
    jurisdictions=[E("Canada", "ickg:Country", [r"re:\bCanada\b(?!,)"]), E("Vancouver", "ickg:Municipality"),
                   E("Winnipeg", "ickg:Municipality"), E("Toronto", "ickg:Municipality"),
                   E("Montreal", "ickg:Municipality"), E("Moncton", "ickg:Municipality")],
    organizations=[E("Mental Health Commission of Canada", ORG), E("Government of Canada", ORG),
                   E("The Care Between podcast", ORG), E("assertive community treatment teams", ORG)],
    programs=[E("At Home/Chez Soi", PP)],
    populations=[E("people who were homeless and living with a mental illness", POP)],
    conditions=[],
    concepts=[C("intensive case management", "ickg:CaseManagement", ["intensive case management"],
                accept=["kodner:case-management", "who-ipchs:case-management"]),
              C("randomized trial", "design:clinical-trial")],
    statements=[
        S(AHCS, "ickg:operatedBy", ("Mental Health Commission of Canada", ORG),
          "the research demonstration project that the Mental Health Commission of Canada ran from 2009 to 2013"),
        S(AHCS, "ickg:yearEstablished", 2009,
          "the research demonstration project that the Mental Health Commission of Canada ran from 2009 to 2013"),
        S(AHCS, "ickg:yearEnded", 2013,
          "the research demonstration project that the Mental Health Commission of Canada ran from 2009 to 2013"),
        S(AHCS, "ickg:hasFundingModel", ("$110 million from the Government of Canada", FUNDING_MODEL),
          "with $110 million from the Government of Canada"),
        S(AHCS, "ickg:targetsPopulation", ("people who were homeless and living with a mental illness", POP),
          "The project offered housing first to people who were homeless and living with a mental illness"),
        *[S(AHCS, "ickg:locatedIn", (city, "ickg:Municipality"), "in five cities: Vancouver, Winnipeg, Toronto, Montreal and Moncton")
          for city in ("Vancouver", "Winnipeg", "Toronto", "Montreal", "Moncton")],
        S(AHCS, "ickg:hasComponent", ("housing first", MECH), "The project offered housing first"),
        S(AHCS, "ickg:hasComponent", ("rent supplement", MECH),
          "Participants got a rent supplement so that they could live in a private-market apartment of their choice"),
        S(AHCS, "ickg:hasComponent", ("no requirement to accept treatment first", MECH), "with no requirement to accept treatment first"),
        S(AHCS, "ickg:hasComponent", ("assertive community treatment teams", "ickg:InterdisciplinaryTeam"),
          "People with high needs were supported by assertive community treatment teams"),
        S(AHCS, "ickg:hasComponent", ("intensive case management", "ickg:CaseManagement"),
          "people with moderate needs by intensive case management"),
        S(AHCS_TRIAL, "ickg:evaluates", AHCS, "More than 2,000 people took part in the randomized trial"),
        S(AHCS_TRIAL, "ickg:hasStudyDesign", ("randomized trial", "ickg:StudyDesign", "design:clinical-trial"),
          "More than 2,000 people took part in the randomized trial"),
        S(AHCS_TRIAL, "ickg:sampleSize", 2000, "More than 2,000 people took part in the randomized trial"),
        S(AHCS, "ickg:hasOutcome", ("participants in housing first spent 73% of their time in stable housing", OUT),
          "participants in housing first spent 73% of their time in stable housing, against 32% in usual care"),
        S(AHCS, "ickg:hasOutcome", ("somewhat better quality of life", OUT), "They also reported a somewhat better quality of life."),
        S(AHCS, "ickg:facesBarrier", ("finding enough affordable apartments", BAR),
          "Élise thinks that finding enough affordable apartments was the hardest part.", ("thinks", HEDGED)),
        S(AHCS, "ickg:facesBarrier", ("teams had to look for new funding when the project ended", BAR),
          "In several cities, the teams had to look for new funding when the project ended."),
    ])

# --- a social-media thread (numbered posts, handle, first person) ---------------------------------------------
BEPIL = ("integrated care pilots", PP)
BEPLAN = ("Integrated care for better health", PI)
BEPILQ = "Every pilot brings together GPs, hospitals, home nursing services, social services and patient associations"
DOCUMENTS["train-thread-belgium-pilots.txt"] = dict(
    style="social-media-thread",
    metadata={"title": None, "authors": [], "date": "2019-10-03", "year": 2019, "journal": None,
              "publisher": "Health Policy Watch Belgium",
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:WebPage"},
    jurisdictions=[E("Belgium", "ickg:Country", [r"re:\bBelgium\b(?!\))"])],
    organizations=[E("Health Policy Watch Belgium", ORG), E("federal and regional health ministers", ORG),
                   E("GPs", ORG), E("hospitals", ORG), E("home nursing services", ORG), E("social services", ORG),
                   E("patient associations", ORG), E("INAMI-RIZIV", ORG, ["INAMI-RIZIV", "national health insurance institute"],
                                                     aliases=["national health insurance institute"]),
                   E("insurers", ORG)],
    programs=[E("integrated care pilots", PP, ["integrated care pilots", "pilot projects", r"re:\bpilots?\b"]),
              E("Integrated care for better health", PI)],
    populations=[E("people with chronic diseases", POP), E("people with complex needs", POP)],
    conditions=[],
    concepts=[C("case management", "ickg:CaseManagement", ["Case management"],
                accept=["kodner:case-management", "who-ipchs:case-management"])],
    statements=[
        S(BEPIL, "ickg:locatedIn", ("Belgium", "ickg:Country"), "Belgium's integrated care pilots"),
        S(BEPLAN, "ickg:initiatedBy", ("federal and regional health ministers", ORG),
          "In October 2015 the federal and regional health ministers adopted a joint plan, \"Integrated care for better health\""),
        S(BEPLAN, "ickg:yearEstablished", 2015,
          "In October 2015 the federal and regional health ministers adopted a joint plan, \"Integrated care for better health\""),
        S(BEPLAN, "ickg:targetsPopulation", ("people with chronic diseases", POP),
          "\"Integrated care for better health\", for people with chronic diseases"),
        S(BEPIL, "ickg:numberOfPrograms", {"value": 12, "datatype": "xsd:nonNegativeInteger"},
          "Twelve were selected and started work on 1 January 2018"),
        S(BEPIL, "ickg:yearEstablished", 2018, "Twelve were selected and started work on 1 January 2018"),
        *[S(BEPIL, "ickg:hasPartner", (who, ORG), BEPILQ)
          for who in ("GPs", "hospitals", "home nursing services", "social services", "patient associations")],
        S(BEPIL, "ickg:hasComponent", ("case management for people with complex needs", "ickg:CaseManagement"),
          "Case management for people with complex needs"),
        S(BEPIL, "ickg:targetsPopulation", ("people with complex needs", POP), "Case management for people with complex needs"),
        S(BEPIL, "ickg:hasComponent", ("medication reviews", MECH), "medication reviews"),
        S(BEPIL, "ickg:hasComponent", ("shared electronic records", "ickg:SharedInformationSystem"), "shared electronic records"),
        S(BEPIL, "ickg:hasComponent", ("self-management support", MECH), "self-management support"),
        S(BEPIL, "ickg:hasFundingModel", ("fixed sum for coordination", FUNDING_MODEL), "each pilot gets a fixed sum for coordination"),
        S(BEPIL, "ickg:hasFundingModel", ("savings reinvested in the project", "ickg:SharedSavings"),
          "the savings it makes on health care spending in its region can be reinvested in the project"),
        S(BEPIL, "ickg:facesBarrier", ("GPs find it hard to free time for meetings", BAR), "GPs find it hard to free time for meetings"),
        S(BEPIL, "ickg:facesBarrier", ("data from the insurers arrive more than a year late", BAR),
          "data from the insurers arrive more than a year late"),
    ])

# --- a workshop rapporteur's report (prepared by, venue and date line, Background / Discussion / Recommendations) --
WBOT = ("ward-based primary health care outreach teams", PI)
PHCRE = ("re-engineering of primary health care", PI)
DOCUMENTS["train-workshop-south-africa-wbphcot.txt"] = dict(
    style="workshop-report",
    metadata={"title": "Ward-based outreach teams in South Africa: lessons from three districts",
              "authors": [{"family": "Mokoena", "given": "Thandiwe", "initials": "T"}],
              "date": None, "year": 2017, "journal": None, "publisher": "Primary Health Care Learning Network",
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:ReportDocument"},
    jurisdictions=[E("South Africa", "ickg:Country"), E("Pretoria", "ickg:Municipality")],
    organizations=[E("Primary Health Care Learning Network", ORG), E("National Department of Health", ORG),
                   E("clinics", ORG, ["clinics", "clinic"]), E("provinces", ORG), E("district health managers", ORG)],
    programs=[E("ward-based primary health care outreach teams", PI,
                ["Ward-based primary health care outreach teams", "WBPHCOTs", "Ward-based outreach teams"],
                aliases=["WBPHCOTs", "ward-based outreach teams"]),
              E("re-engineering of primary health care", PI)],
    populations=[],
    conditions=[E("HIV", COND), E("tuberculosis", COND), E("hypertension", COND), E("diabetes", COND)],
    concepts=[],
    statements=[
        S(WBOT, "ickg:locatedIn", ("South Africa", "ickg:Country"), "Ward-based outreach teams in South Africa"),
        S(PHCRE, "ickg:initiatedBy", ("National Department of Health", ORG),
          "the re-engineering of primary health care that the National Department of Health began in 2011"),
        S(PHCRE, "ickg:yearEstablished", 2011,
          "the re-engineering of primary health care that the National Department of Health began in 2011"),
        S(WBOT, "ickg:hasComponent", ("team led by a professional nurse with six community health workers", "ickg:InterdisciplinaryTeam"),
          "Each team is led by a professional nurse and has six community health workers"),
        S(WBOT, "ickg:hasComponent", ("visits to households in a ward", MECH), "who visit households in a ward"),
        S(WBOT, "ickg:hasComponent", ("screening for illness", MECH), "screen for illness"),
        S(WBOT, "ickg:hasComponent", ("follow-up of people on treatment", MECH), "follow up people on treatment"),
        S(WBOT, "ickg:hasComponent", ("referral to clinics", MECH), "refer them to clinics"),
        S(WBOT, "ickg:hasComponent", ("link to a clinic", MECH),
          "teams are linked to a clinic, with the nurse team leader reporting to the clinic's operational manager"),
        *[S(WBOT, "ickg:focusesOnCondition", (c, COND),
            "The teams focus on maternal and child health, HIV and tuberculosis, and a growing number of people with hypertension and diabetes.")
          for c in ("HIV", "tuberculosis", "hypertension", "diabetes")],
        S(WBOT, "ickg:facesBarrier", ("short contracts and low stipends of community health workers", BAR),
          "the short contracts and low stipends of community health workers"),
        S(WBOT, "ickg:facesBarrier", ("lack of transport for team leaders", BAR), "a lack of transport for team leaders"),
        S(WBOT, "ickg:hasOutcome", ("raised the share of people with HIV who stay on antiretroviral treatment", OUT),
          "home visits by its teams had raised the share of people with HIV who stay on antiretroviral treatment, but the figures had not yet been checked",
          ("had not yet been checked", PRELIMINARY)),
        S(("set a single employment model for community health workers", REC), "ickg:addressedTo", ("National Department of Health", ORG),
          "The workshop asked the National Department of Health to set a single employment model for community health workers"),
        S(("give each team leader access to transport", REC), "ickg:addressedTo", ("district health managers", ORG),
          "asked district health managers to give each team leader access to transport"),
    ])

# --- a job advertisement (vacancy, reference, closing date, "you will" duties, requirements) ----------------------
GC = ("Guided Care", CM)
GC_TRIAL = ("cluster randomized trial in the Baltimore-Washington area", STUDY)
DOCUMENTS["train-job-guided-care.txt"] = dict(
    style="job-advertisement",
    metadata={"title": "Guided Care Nurse (Registered Nurse), full time", "authors": [],
              "date": None, "year": None, "journal": None, "publisher": "Riverbend Family Medicine",
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:WebPage"},
    jurisdictions=[E("Dayton", "ickg:Municipality"), E("Ohio", "ickg:ProvinceOrState"),
                   E("Baltimore-Washington area", "ickg:Region")],
    organizations=[E("Riverbend Family Medicine", ORG), E("Johns Hopkins University", ORG),
                   E("Miami Valley Health Foundation", ORG), E("hospitals", ORG), E("home health agencies", ORG)],
    programs=[E("Guided Care", CM)],
    populations=[E("older people with several chronic conditions", POP),
                 E("patients most at risk of heavy use of health care", POP,
                   ["patients who are most at risk of heavy use of health care"])],
    conditions=[],
    concepts=[C("care guide", "ickg:CarePlanning", ["care guide", "action plan"], accept=["kodner:joint-care-planning"]),
              C("cluster randomized trial", "design:clinical-trial")],
    statements=[
        S(GC, "ickg:operatedBy", ("Riverbend Family Medicine", ORG), "Riverbend Family Medicine is adopting Guided Care"),
        S(GC, "ickg:locatedIn", ("Dayton", "ickg:Municipality"), "Riverbend Family Medicine, Dayton, Ohio"),
        S(("Dayton", "ickg:Municipality"), "ickg:partOf", ("Ohio", "ickg:ProvinceOrState"), "Dayton, Ohio"),
        S(GC, "ickg:targetsPopulation", ("older people with several chronic conditions", POP),
          "a model of primary care for older people with several chronic conditions"),
        S(GC, "ickg:initiatedBy", ("Johns Hopkins University", ORG), "that was developed at Johns Hopkins University"),
        S(GC, "ickg:targetsPopulation", ("patients most at risk of heavy use of health care", POP),
          "to care for about 55 of their patients who are most at risk of heavy use of health care"),
        S(GC, "ickg:hasComponent", ("nurse working with three physicians", "ickg:InterdisciplinaryTeam"),
          "you will work with three of our physicians"),
        S(GC, "ickg:hasComponent", ("comprehensive assessment of each patient at home", "ickg:StandardizedAssessment"),
          "carry out a comprehensive assessment of each patient at home"),
        S(GC, "ickg:hasComponent", ("evidence-based care guide and action plan", "ickg:CarePlanning"),
          "write an evidence-based care guide and an action plan with the patient, the family and the physician"),
        S(GC, "ickg:hasComponent", ("monthly monitoring by telephone", MECH), "monitor each patient at least monthly, mostly by telephone"),
        S(GC, "ickg:hasComponent", ("coaching in self-management", MECH), "coach patients in self-management"),
        S(GC, "ickg:hasComponent", ("six-week chronic disease self-management course", MECH),
          "refer them to a six-week chronic disease self-management course"),
        S(GC, "ickg:hasComponent", ("coordination of care across hospitals, specialists and home health agencies", "ickg:CareCoordination"),
          "coordinate care across hospitals, specialists and home health agencies"),
        S(GC, "ickg:hasComponent", ("smooth transition from hospital to home", MECH), "smooth the transition from hospital to home"),
        S(GC, "ickg:hasComponent", ("education and support of family caregivers", MECH), "educate and support family caregivers"),
        S(GC, "ickg:hasFundingModel", ("grant from the Miami Valley Health Foundation", FUNDING_MODEL),
          "The post is funded for two years by a grant from the Miami Valley Health Foundation."),
        S(GC_TRIAL, "ickg:evaluates", GC, "In a cluster randomized trial in the Baltimore-Washington area, patients in Guided Care"),
        S(GC_TRIAL, "ickg:hasStudyDesign", ("cluster randomized trial", "ickg:StudyDesign", "design:clinical-trial"),
          "In a cluster randomized trial in the Baltimore-Washington area"),
        S(GC, "ickg:hasOutcome", ("patients rated the quality of their chronic care higher", OUT),
          "patients in Guided Care rated the quality of their chronic care higher than patients in usual care"),
    ])


# --- second round of helper stmt10 (issue 12, statements): written, with their gold committed, after the rules
# had been changed on dev, train and the six documents above, before the extractor first ran on them; their
# first run is a held-out check of those changes.

# --- a teaching case (module line, "Prepared for the course", case text, numbered discussion questions) -------
NFP = ("Nurse-Family Partnership", CM)
NFP_TRIAL = ("Memphis trial", STUDY)
DOCUMENTS["train-teachingcase-nurse-family-partnership.txt"] = dict(
    style="teaching-case",
    metadata={"title": "Nurse home visiting for first-time mothers: the Nurse-Family Partnership", "authors": [],
              "date": None, "year": 2021, "journal": None, "publisher": "School of Public Health",
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:ReportDocument"},
    jurisdictions=[E("Elmira", "ickg:Municipality"), E("New York", "ickg:ProvinceOrState"), E("Memphis", "ickg:Municipality")],
    organizations=[E("School of Public Health", ORG), E("Local agencies", ORG, ["Local agencies"]),
                   E("national office", ORG)],
    programs=[E("Nurse-Family Partnership", CM)],
    populations=[E("low-income women expecting their first child", POP), E("first-time mothers", POP)],
    conditions=[],
    concepts=[],
    statements=[
        S(NFP, "ickg:initiatedBy", {"label": "David Olds", "type": "foaf:Person"},
          "The Nurse-Family Partnership grew out of a trial that David Olds began in Elmira, New York, in 1977."),
        S(NFP, "ickg:yearEstablished", 1977,
          "The Nurse-Family Partnership grew out of a trial that David Olds began in Elmira, New York, in 1977."),
        S(("Elmira", "ickg:Municipality"), "ickg:partOf", ("New York", "ickg:ProvinceOrState"), "Elmira, New York"),
        S(NFP, "ickg:targetsPopulation", ("low-income women expecting their first child", POP),
          "The program serves low-income women expecting their first child."),
        S(NFP, "ickg:hasComponent", ("home visits by a registered nurse from early pregnancy until the child's second birthday", MECH),
          "A registered nurse visits each mother at home from early pregnancy until the child's second birthday"),
        S(NFP, "ickg:hasComponent", ("visit guidelines", MECH),
          "The nurses follow visit guidelines on the mother's health, child development and the family's plans for work and schooling."),
        S(NFP, "ickg:hasComponent", ("caseload of no more than 25 families", MECH),
          "Each nurse carries a caseload of no more than 25 families"),
        S(NFP, "ickg:hasComponent", ("weekly meetings with a nurse supervisor", MECH), "meets weekly with a nurse supervisor"),
        S(NFP, "ickg:hasComponent", ("links to benefits, housing and other community services", MECH),
          "Nurses also link families to benefits, housing and other community services."),
        S(NFP_TRIAL, "ickg:evaluates", NFP, "In the Memphis trial, which enrolled 1,139 women"),
        S(NFP_TRIAL, "ickg:sampleSize", 1139, "In the Memphis trial, which enrolled 1,139 women"),
        S(NFP, "ickg:hasOutcome", ("children of visited mothers had fewer injuries", OUT),
          "children of visited mothers had fewer injuries"),
        S(NFP, "ickg:hasOutcome", ("fewer closely spaced second pregnancies", OUT),
          "the mothers had fewer closely spaced second pregnancies"),
        S(NFP, "ickg:operatedBy", ("Local agencies", ORG),
          "Local agencies that adopt the model must follow its standards and report their data to the national office."),
    ])

# --- a government budget document's project summary (labelled fields: sponsoring agency, started, status) -----
LHW = ("Lady Health Workers Programme", PI)
DOCUMENTS["train-budget-lady-health-workers.txt"] = dict(
    style="budget-project-summary",
    metadata={"title": "Health Division: project summaries (excerpt)", "authors": [],
              "date": None, "year": None, "journal": None, "publisher": None,
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:ReportDocument"},
    jurisdictions=[],
    organizations=[E("Ministry of Health", ORG), E("provinces", ORG), E("government health facility", ORG)],
    programs=[E("Lady Health Workers Programme", PI,
                ["Lady Health Workers Programme", "National Programme for Family Planning and Primary Health Care"],
                aliases=["National Programme for Family Planning and Primary Health Care"])],
    populations=[E("rural and urban poor households", POP), E("mothers and children", POP)],
    conditions=[E("diarrhoea", COND)],
    concepts=[],
    statements=[
        S(LHW, "ickg:initiatedBy", ("Ministry of Health", ORG), "Sponsoring agency: Ministry of Health"),
        S(LHW, "ickg:yearEstablished", 1994, "Started: 1994"),
        S(LHW, "ickg:targetsPopulation", ("rural and urban poor households", POP),
          "to extend primary health care and family planning to rural and urban poor households"),
        S(LHW, "ickg:hasGoal", ("extend primary health care and family planning to rural and urban poor households", GOAL),
          "to extend primary health care and family planning to rural and urban poor households"),
        S(LHW, "ickg:hasGoal", ("improve the health of mothers and children", GOAL), "to improve the health of mothers and children"),
        S(LHW, "ickg:hasComponent", ("lady health workers trained from their own communities", MECH),
          "The programme trains women from their own communities as lady health workers."),
        S(LHW, "ickg:hasComponent", ("worker attached to a government health facility", MECH),
          "Each worker is attached to a government health facility"),
        S(LHW, "ickg:hasComponent", ("antenatal and postnatal care", MECH),
          "Her work covers antenatal and postnatal care, family planning, immunization, and treatment of minor illnesses such as diarrhoea."),
        S(LHW, "ickg:hasComponent", ("family planning", MECH),
          "Her work covers antenatal and postnatal care, family planning, immunization, and treatment of minor illnesses such as diarrhoea."),
        S(LHW, "ickg:hasComponent", ("immunization", MECH),
          "Her work covers antenatal and postnatal care, family planning, immunization, and treatment of minor illnesses such as diarrhoea."),
        S(LHW, "ickg:hasComponent", ("treatment of minor illnesses", MECH),
          "Her work covers antenatal and postnatal care, family planning, immunization, and treatment of minor illnesses such as diarrhoea."),
        S(LHW, "ickg:hasComponent", ("register of households", MECH), "She keeps a register of her households and visits each regularly."),
        S(LHW, "ickg:hasOutcome", ("more than 100,000 lady health workers deployed", OUT),
          "More than 100,000 lady health workers are now deployed across the country."),
        S(LHW, "ickg:hasOutcome", ("households more likely to use modern contraception", OUT),
          "households served by a lady health worker were more likely to use modern contraception"),
        S(LHW, "ickg:facesBarrier", ("late payment of salaries", BAR),
          "Workers have repeatedly protested over late payment of their salaries"),
        S(LHW, "ickg:facesBarrier", ("weak supervision in remote districts", BAR), "supervision is weak in remote districts"),
    ])

# --- a newsletter digest (issue line, numbered items each about another program, subscription footer) ----------
RED = ("Project RED", CM)
RED_TRIAL = ("randomized trial of 749 patients", STUDY)
CCNC = ("Community Care of North Carolina", PI)
DOCUMENTS["train-digest-transitions.txt"] = dict(
    style="newsletter-digest",
    metadata={"title": None, "authors": [], "date": "2019-03-14", "year": 2019, "journal": None,
              "publisher": "Care Transitions Weekly", "publisher_accept": ["CARE TRANSITIONS WEEKLY"],
              "volume": None, "issue": "212", "pages": None, "doi": None, "pmid": None, "type": "fabio:NewsItem"},
    jurisdictions=[E("North Carolina", "ickg:ProvinceOrState", [r"re:North Carolina(?='s)"])],
    organizations=[E("Care Transitions Weekly", ORG, ["CARE TRANSITIONS WEEKLY"]), E("Boston Medical Center", ORG),
                   E("primary care practices", ORG), E("state", ORG, [r"re:\bThe state\b"])],
    programs=[E("Project RED", CM, ["Project RED", "Re-Engineered Discharge"], aliases=["Re-Engineered Discharge"]),
              E("Community Care of North Carolina", PI)],
    populations=[E("Medicaid patients", POP), E("patients with chronic illnesses", POP)],
    conditions=[],
    concepts=[C("randomized trial", "design:clinical-trial")],
    statements=[
        S(RED, "ickg:initiatedBy", ("Boston Medical Center", ORG),
          "Project RED (Re-Engineered Discharge), developed at Boston Medical Center"),
        S(RED, "ickg:hasComponent", ("nurse discharge advocate", MECH), "gives each patient a nurse discharge advocate"),
        S(RED, "ickg:hasComponent", ("after-hospital care plan", "ickg:CarePlanning"),
          "a nurse discharge advocate who prepares an after-hospital care plan with the patient"),
        S(RED, "ickg:hasComponent", ("pharmacist telephone call two to four days after discharge", MECH),
          "A pharmacist then telephones the patient two to four days after discharge to review medicines."),
        S(RED_TRIAL, "ickg:evaluates", RED, "In the original randomized trial of 749 patients"),
        S(RED_TRIAL, "ickg:hasStudyDesign", ("randomized trial", "ickg:StudyDesign", "design:clinical-trial"),
          "In the original randomized trial of 749 patients"),
        S(RED_TRIAL, "ickg:sampleSize", 749, "In the original randomized trial of 749 patients"),
        S(RED, "ickg:hasOutcome", ("hospital use within 30 days of discharge was 30% lower", OUT),
          "hospital use within 30 days of discharge was 30% lower in the intervention group"),
        S(CCNC, "ickg:locatedIn", ("North Carolina", "ickg:ProvinceOrState"), "North Carolina's Medicaid networks"),
        S(CCNC, "ickg:hasPartner", ("primary care practices", ORG),
          "Community Care of North Carolina organizes primary care practices into 14 regional networks for Medicaid patients."),
        S(CCNC, "ickg:targetsPopulation", ("Medicaid patients", POP),
          "Community Care of North Carolina organizes primary care practices into 14 regional networks for Medicaid patients."),
        S(CCNC, "ickg:hasComponent", ("14 regional networks", MECH),
          "Community Care of North Carolina organizes primary care practices into 14 regional networks for Medicaid patients."),
        S(CCNC, "ickg:hasComponent", ("care managers and pharmacists", MECH),
          "The networks employ care managers and pharmacists who work with the practices on patients with chronic illnesses."),
        S(CCNC, "ickg:targetsPopulation", ("patients with chronic illnesses", POP),
          "The networks employ care managers and pharmacists who work with the practices on patients with chronic illnesses."),
        S(CCNC, "ickg:hasFundingModel", ("monthly fee per enrolled patient", "ickg:Capitation"),
          "The state pays the networks a monthly fee per enrolled patient to cover this work."),
    ])


# === helper ents5 (issue 12, entities): six documents, gold written before the extractor first ran on them ====
# Kinds of document the set lacked (podcast show notes, a job advertisement, a government office memorandum, a district
# health bulletin, a notice of award, slide text), about programs in countries and settings it had few of.

# --- podcast show notes (episode line, timestamps) -----------------------------------------------------------
LUOHU = {"label": "Luohu Hospital Group", "type": ORG, "types_accept": [CM]}
LUOHU_P = {"label": "Luohu Hospital Group", "type": CM, "types_accept": [ORG]}   # an organization that is also a model
LUOHU_M = ("Luohu model", CM)
LUOHU_MERGER = ("In August 2015 the Luohu District government merged its five public hospitals and 23 community health "
                "centres into one legal entity, the Luohu Hospital Group")
DOCUMENTS["train-podcast-luohu.txt"] = dict(
    style="podcast-show-notes",
    metadata={"title": "China's Luohu model: one hospital group, one budget for a district", "authors": [],
              "date": "2021-05-09", "year": 2021, "journal": None, "publisher": None,
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:WebPage"},
    jurisdictions=[E("Shenzhen", "ickg:Municipality"), E("Guangdong Province", "ickg:ProvinceOrState"),
                   E("China", "ickg:Country", [r"re:\bChina(?='s)|(?<=, )China\b"]),
                   E("Luohu District", "ickg:Region", [r"re:(?<=residents of )Luohu District"], types_accept=["ickg:Municipality"])],
    organizations=[E("Luohu Hospital Group", ORG, types_accept=[CM]), E("Luohu District government", ORG),
                   E("public hospitals", ORG), E("community health centres", ORG),
                   E("Shenzhen Medical Insurance Bureau", ORG)],
    programs=[E("Luohu model", CM), E("Luohu Hospital Group", CM, types_accept=[ORG])],
    populations=[E("residents with hypertension or diabetes", POP, ["Residents with hypertension or diabetes"]),
                 E("older people aged 65 and over", POP)],
    conditions=[E("hypertension", COND), E("diabetes", COND)],
    concepts=[C("global budget", "ickg:GlobalBudget")],
    statements=[
        S(LUOHU, "ickg:locatedIn", ("Shenzhen", "ickg:Municipality"), "the Luohu Hospital Group in Shenzhen"),
        S(("Shenzhen", "ickg:Municipality"), "ickg:partOf", ("Guangdong Province", "ickg:ProvinceOrState"),
          "Shenzhen, a city in Guangdong Province, China"),
        S(("Guangdong Province", "ickg:ProvinceOrState"), "ickg:partOf", ("China", "ickg:Country"), "Guangdong Province, China"),
        S(LUOHU, "ickg:yearEstablished", 2015, LUOHU_MERGER),
        S(LUOHU_P, "ickg:initiatedBy", ("Luohu District government", ORG), LUOHU_MERGER),
        S(LUOHU_P, "ickg:hasPartner", ("public hospitals", ORG), LUOHU_MERGER),
        S(LUOHU_P, "ickg:hasPartner", ("community health centres", ORG), LUOHU_MERGER),
        S(LUOHU, "ickg:locatedIn", ("Luohu District", "ickg:Region"), "serves about one million residents of Luohu District"),
        S(LUOHU_P, "ickg:hasComponent", ("family doctor teams", "ickg:InterdisciplinaryTeam"),
          "Family doctor teams in the community health centres sign up residents"),
        S(LUOHU_P, "ickg:hasComponent", ("shared service centres", MECH),
          "the group moved its laboratories, imaging and disinfection into shared service centres that every site uses"),
        S(LUOHU_P, "ickg:targetsPopulation", ("residents with hypertension or diabetes", POP),
          "Residents with hypertension or diabetes are followed by the same team"),
        S(LUOHU_P, "ickg:focusesOnCondition", ("hypertension", COND), "Residents with hypertension or diabetes are followed by the same team"),
        S(LUOHU_P, "ickg:focusesOnCondition", ("diabetes", COND), "Residents with hypertension or diabetes are followed by the same team"),
        S(LUOHU_P, "ickg:targetsPopulation", ("older people aged 65 and over", POP),
          "older people aged 65 and over are offered a yearly health check"),
        S(LUOHU_P, "ickg:hasComponent", ("yearly health check", MECH), "older people aged 65 and over are offered a yearly health check"),
        S(LUOHU_P, "ickg:hasFundingModel", ("global budget", "ickg:GlobalBudget"),
          "The Shenzhen Medical Insurance Bureau pays the group a global budget for the insured residents who are signed up with it"),
        S(LUOHU_P, "ickg:hasOutcome", ("share of residents signed up with a family doctor rose", OUT),
          "The share of residents signed up with a family doctor rose after the merger"),
        S(LUOHU_M, "ickg:facesBarrier", ("hard to copy in districts with less money", BAR),
          "the model may be hard to copy in districts with less money than Shenzhen", ("may", HEDGED)),
    ])

# --- a job advertisement (posting number, location line, "About us", "Your role") ------------------------------
HFQR = ("Home First/Quick Response", CM)
HFQR_START = ("The Ministry of Health started the program in 2012 in the Regina Qu'Appelle, Saskatoon, Prince Albert Parkland "
              "and Sun Country health regions.")
QR_TEAM = "A Quick Response team of a registered nurse, an occupational therapist and a home care aide"
DOCUMENTS["train-jobad-saskatchewan.txt"] = dict(
    style="job-advertisement",
    metadata={"title": "Registered Nurse, Home First/Quick Response Program", "authors": [],
              "date": None, "year": None, "journal": None, "publisher": "Saskatchewan Health Authority",
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:WebPage"},
    jurisdictions=[E("Saskatchewan", "ickg:ProvinceOrState", [r"re:\bSaskatchewan\b(?! (Health|Union|Registered))"]),
                   E("Prince Albert", "ickg:Municipality", [r"re:\bPrince Albert\b(?! Parkland)"]),
                   E("Regina Qu'Appelle", "ickg:Region"), E("Saskatoon", "ickg:Region", types_accept=["ickg:Municipality"]),
                   E("Prince Albert Parkland", "ickg:Region"), E("Sun Country", "ickg:Region")],
    organizations=[E("Saskatchewan Health Authority", ORG), E("regional health authorities", ORG),
                   E("Ministry of Health", ORG), E("Saskatchewan Union of Nurses", ORG, aliases=["SUN"]),
                   E("community pharmacies", ORG), E("paramedic service", ORG, ["local paramedic service"]),
                   E("Saskatchewan Registered Nurses Association", ORG)],
    programs=[E("Home First/Quick Response", CM, ["Home First/Quick Response Program", "Home First/Quick Response"])],
    populations=[E("seniors with complex needs", POP)],
    conditions=[],
    concepts=[C("care plan", "ickg:CarePlanning", accept=["kodner:joint-care-planning"]),
              C("interRAI Home Care assessment", "ickg:StandardizedAssessment")],
    statements=[
        S(("Saskatchewan Health Authority", ORG), "ickg:yearEstablished", 2017,
          "The Saskatchewan Health Authority was formed on 4 December 2017"),
        S(("Saskatchewan Health Authority", ORG), "ickg:locatedIn", ("Saskatchewan", "ickg:ProvinceOrState"),
          "It delivers hospital, long-term care, home care and public health services across Saskatchewan."),
        S(HFQR, "ickg:targetsPopulation", ("seniors with complex needs", POP),
          "Home First/Quick Response helps seniors with complex needs to return home from hospital"),
        S(HFQR, "ickg:initiatedBy", ("Ministry of Health", ORG), HFQR_START),
        S(HFQR, "ickg:yearEstablished", 2012, HFQR_START),
        *[S(HFQR, "ickg:locatedIn", (r, "ickg:Region"), HFQR_START)
          for r in ("Regina Qu'Appelle", "Saskatoon", "Prince Albert Parkland", "Sun Country")],
        S(HFQR, "ickg:hasComponent", ("Quick Response team", "ickg:InterdisciplinaryTeam"), QR_TEAM),
        S(HFQR, "ickg:hasComponent", ("short-term intensive support at home", MECH), "provides short-term intensive support at home"),
        S(HFQR, "ickg:hasComponent", ("interRAI Home Care assessment", "ickg:StandardizedAssessment"),
          "Assess clients at home or on the ward with the interRAI Home Care assessment"),
        S(HFQR, "ickg:hasComponent", ("care plan", "ickg:CarePlanning"),
          "Develop a care plan with the client, the family and the family physician"),
        S(HFQR, "ickg:hasPartner", ("community pharmacies", ORG), "Arrange services with community pharmacies and the local paramedic service"),
        S(HFQR, "ickg:hasPartner", ("paramedic service", ORG), "Arrange services with community pharmacies and the local paramedic service"),
    ])

# --- a government office memorandum (file number, "Dated the 20th September, 2019", numbered paragraphs) -----
HWC = {"label": "Health and Wellness Centres", "type": CM, "aliases": ["HWCs", "HWC"]}
HWC_SCREEN = "All persons aged 30 years and above are to be screened for hypertension, diabetes and three common cancers (oral, breast and cervical)."
DOCUMENTS["train-memo-india-hwc.txt"] = dict(
    style="office-memorandum",
    metadata={"title": "Screening for common non-communicable diseases at Ayushman Bharat Health and Wellness Centres",
              "authors": [], "date": "2019-09-20", "year": 2019, "journal": None,
              "publisher": "Ministry of Health and Family Welfare",
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:ReportDocument"},
    jurisdictions=[E("New Delhi", "ickg:Municipality"), E("Bihar", "ickg:ProvinceOrState"),
                   E("Uttar Pradesh", "ickg:ProvinceOrState")],
    organizations=[E("Ministry of Health and Family Welfare", ORG), E("Government of India", ORG),
                   E("Sub Health Centres", ORG, ["Sub Health Centres", "Sub Health Centre"]),
                   E("Primary Health Centres", ORG, ["Primary Health Centres", "Primary Health Centre"]),
                   E("State Health Societies", ORG), E("States/UTs", ORG, ["States/UTs", r"re:\bStates(?= concerned|, including)"]),
                   E("teleconsultation hubs", ORG)],
    programs=[E("Health and Wellness Centres", CM, ["Ayushman Bharat Health and Wellness Centres", "Health and Wellness Centres",
                                                    "HWCs", "HWC"], aliases=["HWCs", "HWC"]),
              E("Ayushman Bharat", PI, [r"re:\bAyushman Bharat(?! Health)"]), E("National Health Mission", PI, types_accept=[ORG])],
    populations=[E("persons aged 30 years and above", POP)],
    conditions=[E("hypertension", COND), E("diabetes", COND),
                E("common cancers", COND, ["three common cancers (oral, breast and cervical)"])],
    concepts=[C("performance-linked payments", "ickg:PayForPerformance", ["Performance-linked payments"])],
    statements=[
        S(HWC, "ickg:numberOfPrograms", {"value": 150000, "datatype": "xsd:nonNegativeInteger"},
          "1,50,000 Sub Health Centres and Primary Health Centres are to be transformed into Health and Wellness Centres (HWCs) by December 2022"),
        S(HWC, "ickg:hasComponent", ("led by a Community Health Officer", MECH),
          "Each HWC at the level of a Sub Health Centre will be led by a Community Health Officer"),
        S(HWC, "ickg:targetsPopulation", ("persons aged 30 years and above", POP), HWC_SCREEN),
        S(HWC, "ickg:focusesOnCondition", ("hypertension", COND), HWC_SCREEN),
        S(HWC, "ickg:focusesOnCondition", ("diabetes", COND), HWC_SCREEN),
        S(HWC, "ickg:focusesOnCondition", ("common cancers", COND), HWC_SCREEN),
        S(HWC, "ickg:hasComponent", ("screening for hypertension, diabetes and three common cancers", MECH), HWC_SCREEN),
        S(HWC, "ickg:hasComponent", ("referral to the medical officer of the Primary Health Centre", MECH),
          "Persons who screen positive are to be referred to the medical officer of the Primary Health Centre"),
        S(HWC, "ickg:hasComponent", ("teleconsultation hubs", MECH), "to link the HWCs with teleconsultation hubs"),
        S(HWC, "ickg:hasFundingModel", ("performance-linked payments to the primary health care team", "ickg:PayForPerformance"),
          "Performance-linked payments to the primary health care team will be released by the State Health Societies."),
        S(HWC, "ickg:facesBarrier", ("delays in the recruitment of Community Health Officers", BAR),
          "Delays in the recruitment of Community Health Officers have been reported by several States"),
    ])

# --- a district health directorate's quarterly bulletin (masthead, quarter and issue line) ------------------
CHPS = {"label": "Community-based Health Planning and Services", "type": PI, "aliases": ["CHPS"]}
NAVRONGO = ("Navrongo experiment", PP)
CHPS_ORIGIN = ("It grew out of the Navrongo experiment, which the Navrongo Health Research Centre began in the old "
               "Kassena-Nankana District in 1994")
CHPS_CARE = ("visits households to give immunisation, family planning, antenatal and postnatal care, and treatment of malaria, "
             "pneumonia and diarrhoea in children under five")
CHPS_PROBLEMS = ("stock-outs of family planning commodities and the lack of motorbikes for home visits are the main problems")
DOCUMENTS["train-bulletin-ghana-chps.txt"] = dict(
    style="health-bulletin",
    metadata={"title": "Bringing care to the doorstep: CHPS in our district", "authors": [],
              "date": None, "year": 2018, "journal": None, "publisher": "Kassena-Nankana West District Health Directorate",
              "publisher_accept": ["Ghana Health Service"],
              "volume": None, "issue": "7", "pages": None, "doi": None, "pmid": None, "type": "fabio:NewsItem"},
    jurisdictions=[E("Ghana", "ickg:Country", ["Ghana's"]), E("Kassena-Nankana District", "ickg:Region"),
                   E("Upper East Region", "ickg:Region"), E("Paga", "ickg:Municipality"), E("Chiana", "ickg:Municipality")],
    organizations=[E("Kassena-Nankana West District Health Directorate", ORG,
                     ["KASSENA-NANKANA WEST DISTRICT HEALTH DIRECTORATE", "Directorate"]),
                   E("Ghana Health Service", ORG), E("Navrongo Health Research Centre", ORG),
                   E("Community Health Management Committee", ORG), E("District Assembly", ORG), E("UNICEF", ORG),
                   E("Health Information Unit", ORG)],
    programs=[E("Community-based Health Planning and Services", PI, ["Community-based Health Planning and Services", "CHPS"],
                aliases=["CHPS"]),
              E("Navrongo experiment", PP)],
    populations=[E("rural communities", POP), E("children under five", POP)],
    conditions=[E("malaria", COND), E("pneumonia", COND), E("diarrhoea", COND)],
    concepts=[],
    statements=[
        S(CHPS, "ickg:locatedIn", ("Ghana", "ickg:Country"), "Community-based Health Planning and Services (CHPS) is Ghana's national strategy"),
        S(CHPS, "ickg:targetsPopulation", ("rural communities", POP), "taking primary health care to rural communities"),
        S(NAVRONGO, "ickg:operatedBy", ("Navrongo Health Research Centre", ORG), CHPS_ORIGIN),
        S(NAVRONGO, "ickg:locatedIn", ("Kassena-Nankana District", "ickg:Region"), CHPS_ORIGIN),
        S(NAVRONGO, "ickg:yearEstablished", 1994, CHPS_ORIGIN),
        S(CHPS, "ickg:initiatedBy", ("Ghana Health Service", ORG), "the Ghana Health Service adopted it as national policy in 1999"),
        S(CHPS, "ickg:yearEstablished", 1999, "the Ghana Health Service adopted it as national policy in 1999"),
        S(CHPS, "ickg:hasComponent", ("Community Health Officer lives in a CHPS compound", MECH),
          "a Community Health Officer lives in a CHPS compound built by the community"),
        S(CHPS, "ickg:hasComponent", ("household visits", MECH), CHPS_CARE),
        S(CHPS, "ickg:targetsPopulation", ("children under five", POP), CHPS_CARE),
        *[S(CHPS, "ickg:focusesOnCondition", (c, COND), CHPS_CARE) for c in ("malaria", "pneumonia", "diarrhoea")],
        S(CHPS, "ickg:hasComponent", ("community health volunteers", MECH), "Community health volunteers help with home visits"),
        S(CHPS, "ickg:hasComponent", ("Community Health Management Committee", "ickg:GovernanceArrangement"),
          "a Community Health Management Committee chosen by the community plans the work with the officer"),
        S(CHPS, "ickg:facesBarrier", ("stock-outs of family planning commodities", BAR), CHPS_PROBLEMS),
        S(CHPS, "ickg:facesBarrier", ("lack of motorbikes for home visits", BAR), CHPS_PROBLEMS),
        S(CHPS, "ickg:facesBarrier", ("compounds with no electricity", BAR),
          "several compounds in the Upper East Region still have no electricity"),
        S(CHPS, "ickg:hasPartner", ("District Assembly", ORG), "The Directorate thanks the District Assembly, UNICEF and the chiefs"),
        S(CHPS, "ickg:hasPartner", ("UNICEF", ORG), "The Directorate thanks the District Assembly, UNICEF and the chiefs"),
    ])

# --- a state agency's notice of award (division line, "Awarded:" list, labelled paragraphs) ---------------------
HOP = ("Healthy Opportunities Pilots", PP)
HOP_NETWORK = ("Each Network Lead will build a network of human service organizations, such as food banks, housing agencies "
               "and legal aid groups")
HOP_WAIVER = ("The pilots were authorized in 2018 by the state's section 1115 Medicaid waiver, approved by the Centers for "
              "Medicare & Medicaid Services")
DOCUMENTS["train-notice-nc-healthy-opportunities.txt"] = dict(
    style="notice-of-award",
    metadata={"title": "Healthy Opportunities Pilots: Network Leads", "authors": [],
              "date": "2021-05-27", "year": 2021, "journal": None,
              "publisher": "North Carolina Department of Health and Human Services", "publisher_accept": ["NCDHHS"],
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:PressRelease"},
    jurisdictions=[E("United States", "ickg:Country")],
    organizations=[E("North Carolina Department of Health and Human Services", ORG,
                     ["North Carolina Department of Health and Human Services", "NCDHHS"], aliases=["NCDHHS"]),
                   E("Division of Health Benefits", ORG), E("Access East, Inc.", ORG, ["Access East, Inc."], aliases=["Access East"]),
                   E("Community Care of the Lower Cape Fear", ORG), E("Impact Health", ORG),
                   E("Centers for Medicare & Medicaid Services", ORG), E("human service organizations", ORG),
                   E("food banks", ORG), E("housing agencies", ORG), E("legal aid groups", ORG),
                   E("Medicaid health plans", ORG), E("Network Leads", ORG, ["Network Leads", "Network Lead"])],
    programs=[E("Healthy Opportunities Pilots", PP), E("Medicaid", PI, [r"re:\bMedicaid\b(?! (waiver|health plans|funds|enrollees))"])],
    populations=[E("Medicaid enrollees", POP), E("people enrolled in Medicaid", POP)],
    conditions=[E("high-risk pregnancy", COND)],
    concepts=[],
    statements=[
        S(HOP, "ickg:initiatedBy", ("North Carolina Department of Health and Human Services", ORG),
          "The North Carolina Department of Health and Human Services (NCDHHS) announces the three organizations selected as Network Leads for the Healthy Opportunities Pilots"),
        *[S(HOP, "ickg:hasPartner", (o, ORG), q) for o, q in (
            ("Access East, Inc.", "Access East, Inc., for the pilot region in the northeast of the state"),
            ("Community Care of the Lower Cape Fear", "Community Care of the Lower Cape Fear, for the pilot region in the southeast"),
            ("Impact Health", "Impact Health, for the pilot region in the west"),
            ("Medicaid health plans", "work with the Medicaid health plans, which will identify eligible members"))],
        S(HOP, "ickg:targetsPopulation", ("people enrolled in Medicaid", POP),
          "paying for evidence-based, non-medical services for people enrolled in Medicaid"),
        S(HOP, "ickg:hasComponent", ("paying for evidence-based, non-medical services", MECH),
          "paying for evidence-based, non-medical services for people enrolled in Medicaid"),
        S(HOP, "ickg:yearEstablished", 2018, HOP_WAIVER),
        S(HOP, "ickg:hasComponent", ("network of human service organizations", MECH), HOP_NETWORK),
        S(HOP, "ickg:targetsPopulation", ("Medicaid enrollees", POP),
          "Eligible members are Medicaid enrollees in the pilot regions who have at least one physical or behavioral health risk factor"),
        S(HOP, "ickg:focusesOnCondition", ("high-risk pregnancy", COND), "such as a high-risk pregnancy or multiple chronic conditions"),
        S(HOP, "ickg:hasComponent", ("screening for social risk factors", MECH),
          "at least one social risk factor: housing instability, food insecurity, transportation insecurity or interpersonal violence"),
    ])

# --- slide text ("Slide 1", "Slide 2: Why change?", bullets, a workshop line for venue and date) -------------
AARDRAM = ("Aardram Mission", PI)
FHC = {"label": "Family Health Centres", "type": CM, "aliases": ["FHCs", "FHC"]}
FHC_GROUPS = "Extra attention to elderly people, adolescents and pregnant women"
FHC_CLINICS = "Clinics for diabetes, hypertension and chronic obstructive pulmonary disease"
FHC_BARRIERS = "Staff shortages and the slow rollout of electronic health records remain challenges"
DOCUMENTS["train-slides-kerala-aardram.txt"] = dict(
    style="slide-text",
    metadata={"title": "Aardram Mission: turning primary health centres into Family Health Centres", "authors": [],
              "date": "2018-03-12", "year": 2018, "journal": None, "publisher": "Kerala State Health Systems Resource Centre",
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:ConferencePaper"},
    jurisdictions=[E("Kerala", "ickg:ProvinceOrState", [r"re:(?<!Government of )\bKerala\b(?! State Health)(?! missions)"]),
                   E("Thiruvananthapuram", "ickg:Municipality"), E("India", "ickg:Country")],
    organizations=[E("Kerala State Health Systems Resource Centre", ORG), E("Government of Kerala", ORG),
                   E("primary health centres", ORG, ["primary health centres", "Primary health centres"]),
                   E("grama panchayat", ORG), E("hospitals", ORG)],
    programs=[E("Aardram Mission", PI, ["Aardram Mission", "Aardram"]),
              E("Family Health Centres", CM, ["Family Health Centres", "FHCs", "FHC"], aliases=["FHCs", "FHC"]),
              E("Nava Kerala missions", PI)],
    populations=[E("elderly people", POP), E("adolescents", POP), E("pregnant women", POP)],
    conditions=[E("diabetes", COND), E("hypertension", COND), E("chronic obstructive pulmonary disease", COND)],
    concepts=[C("electronic health records", "ickg:SharedInformationSystem")],
    statements=[
        S(AARDRAM, "ickg:initiatedBy", ("Government of Kerala", ORG), "Launched by the Government of Kerala in November 2016"),
        S(AARDRAM, "ickg:yearEstablished", 2016, "Launched by the Government of Kerala in November 2016"),
        S(AARDRAM, "ickg:locatedIn", ("Kerala", "ickg:ProvinceOrState"), "Launched by the Government of Kerala in November 2016"),
        S(FHC, "ickg:numberOfPrograms", {"value": 170, "datatype": "xsd:nonNegativeInteger"},
          "Phase 1 (2017-18): 170 primary health centres to become Family Health Centres (FHCs)"),
        S(FHC, "ickg:hasComponent", ("at least three doctors and more nurses", "ickg:InterdisciplinaryTeam"),
          "Each FHC: at least three doctors and more nurses"),
        S(FHC, "ickg:hasComponent", ("outpatient clinic open until 6 pm", MECH), "outpatient clinic open until 6 pm"),
        S(FHC, "ickg:hasComponent", ("registration of every family in the area, with yearly screening for risk factors", MECH),
          "Registration of every family in the area, with yearly screening for risk factors"),
        *[S(FHC, "ickg:focusesOnCondition", (c, COND), FHC_CLINICS)
          for c in ("diabetes", "hypertension", "chronic obstructive pulmonary disease")],
        *[S(FHC, "ickg:targetsPopulation", (p, POP), FHC_GROUPS) for p in ("elderly people", "adolescents", "pregnant women")],
        S(FHC, "ickg:hasComponent", ("grama panchayat funds and oversees its FHC", "ickg:GovernanceArrangement"),
          "The grama panchayat funds and oversees its FHC"),
        S(FHC, "ickg:hasOutcome", ("outpatient attendance went up", OUT), "Outpatient attendance at FHCs went up"),
        S(FHC, "ickg:facesBarrier", ("staff shortages", BAR), FHC_BARRIERS),
        S(FHC, "ickg:facesBarrier", ("slow rollout of electronic health records", BAR), FHC_BARRIERS),
    ])


# --- ents5, second round (gold before any run, after tuning on the first six): a radio bulletin's transcript,
# a health department's thread of numbered posts, a city's notice to residents --------------------------------
WBOT = {"label": "ward-based primary health care outreach teams", "type": CM, "aliases": ["ward-based outreach teams"]}
PHCRE = ("re-engineering of primary health care", PI)
WBOT_FOLLOW = "the teams follow up pregnant women, children under five and people living with HIV"
WBOT_CHECK = "They also check blood pressure and blood sugar for people with hypertension or diabetes."
WBOT_TEAM = ("In each ward, a team of community health workers led by a professional nurse visits every household, "
             "registers its members and refers those who need care to the local clinic.")
WBOT_BARRIER = ("But community health workers say their stipends are often paid late, and some teams have no transport to "
                "reach villages far from the clinic.")
DOCUMENTS["train-radio-south-africa-outreach.txt"] = dict(
    style="radio-transcript",
    metadata={"title": None, "authors": [], "date": "2019-09-12", "year": 2019, "journal": None, "publisher": None,
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:NewsItem"},
    jurisdictions=[E("North West", "ickg:ProvinceOrState", ["North West"]), E("Bojanala", "ickg:Region")],
    organizations=[E("National Department of Health", ORG),
                   E("provincial Department of Health", ORG, [r"re:provincial Department of Health"])],
    programs=[E("ward-based primary health care outreach teams", CM,
                ["ward-based primary health care outreach teams", "ward-based outreach teams"],
                aliases=["ward-based outreach teams"]),
              E("re-engineering of primary health care", PI), E("Integrated School Health Programme", PI),
              E("district clinical specialist teams", CM)],
    populations=[E("pregnant women", POP), E("children under five", POP), E("people living with HIV", POP),
                 E("people with hypertension or diabetes", POP),
                 E("patients who have stopped their tuberculosis treatment", POP)],
    conditions=[E("HIV", COND), E("tuberculosis", COND), E("hypertension", COND), E("diabetes", COND)],
    concepts=[],
    statements=[
        S(PHCRE, "ickg:initiatedBy", ("National Department of Health", ORG),
          "the re-engineering of primary health care that the National Department of Health began in 2011"),
        S(PHCRE, "ickg:yearEstablished", 2011,
          "the re-engineering of primary health care that the National Department of Health began in 2011"),
        S(WBOT, "ickg:locatedIn", ("North West", "ickg:ProvinceOrState"),
          "takes us to the North West province, where ward-based outreach teams are knocking on doors"),
        S(WBOT, "ickg:locatedIn", ("Bojanala", "ickg:Region"), "In Bojanala district the teams follow up"),
        S(WBOT, "ickg:hasComponent", ("team of community health workers led by a professional nurse", "ickg:InterdisciplinaryTeam"),
          WBOT_TEAM),
        S(WBOT, "ickg:hasComponent", ("visits every household and registers its members", MECH), WBOT_TEAM),
        S(WBOT, "ickg:hasComponent", ("refers those who need care to the local clinic", MECH), WBOT_TEAM),
        *[S(WBOT, "ickg:targetsPopulation", (p, POP), WBOT_FOLLOW)
          for p in ("pregnant women", "children under five", "people living with HIV")],
        S(WBOT, "ickg:focusesOnCondition", ("HIV", COND), WBOT_FOLLOW),
        S(WBOT, "ickg:focusesOnCondition", ("tuberculosis", COND),
          "they trace patients who have stopped their tuberculosis treatment"),
        S(WBOT, "ickg:targetsPopulation", ("patients who have stopped their tuberculosis treatment", POP),
          "they trace patients who have stopped their tuberculosis treatment"),
        S(WBOT, "ickg:targetsPopulation", ("people with hypertension or diabetes", POP), WBOT_CHECK),
        S(WBOT, "ickg:focusesOnCondition", ("hypertension", COND), WBOT_CHECK),
        S(WBOT, "ickg:focusesOnCondition", ("diabetes", COND), WBOT_CHECK),
        S(WBOT, "ickg:hasOutcome", ("more mothers come for antenatal care early", OUT),
          "more mothers now come for antenatal care early"),
        S(WBOT, "ickg:facesBarrier", ("stipends often paid late", BAR), WBOT_BARRIER),
        S(WBOT, "ickg:facesBarrier", ("no transport to reach villages far from the clinic", BAR), WBOT_BARRIER),
    ])

PCNK = {"label": "Primary Care Network", "type": CM, "aliases": ["PCN", "PCNs"]}
PCN_HUB = "A PCN links a hub, usually a sub-county hospital, with spokes: the dispensaries and health centres around it."
PCN_PRIORITIES = ("Priorities for our PCNs: mothers and newborns, people with hypertension or diabetes, and people living "
                  "with HIV.")
DOCUMENTS["train-thread-kenya-pcn.txt"] = dict(
    style="social-media-thread",
    metadata={"title": None, "authors": [], "date": "2024-03-14", "year": 2024, "journal": None,
              "publisher": "Kisumu County Department of Health", "publisher_accept": ["@KisumuHealth"],
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:WebPage"},
    jurisdictions=[E("Kisumu County", "ickg:Region", [r"re:\bKisumu County\b(?! Department)"])],
    organizations=[E("Kisumu County Department of Health", ORG), E("Ministry of Health", ORG),
                   E("Social Health Authority", ORG), E("National Hospital Insurance Fund", ORG),
                   E("national government", ORG), E("county governments", ORG),
                   E("dispensaries", ORG), E("health centres", ORG, ["health centres", "health centre"])],
    programs=[E("Primary Care Network", CM, ["Primary Care Network", "PCN", "PCNs"], aliases=["PCN", "PCNs"])],
    populations=[E("mothers and newborns", POP), E("people with hypertension or diabetes", POP),
                 E("people living with HIV", POP)],
    conditions=[E("hypertension", COND), E("diabetes", COND), E("HIV", COND)],
    concepts=[C("multidisciplinary team", "ickg:InterdisciplinaryTeam", accept=["kodner:multidisciplinary-teamwork"])],
    statements=[
        S(PCNK, "ickg:hasComponent", ("hub, usually a sub-county hospital, with spokes", MECH), PCN_HUB),
        S(PCNK, "ickg:hasPartner", ("dispensaries", ORG), PCN_HUB),
        S(PCNK, "ickg:hasPartner", ("health centres", ORG), PCN_HUB),
        S(PCNK, "ickg:hasComponent", ("multidisciplinary team from the hub", "ickg:InterdisciplinaryTeam"),
          "A multidisciplinary team from the hub (a medical officer, clinical officers, nurses, a pharmacist and a nutritionist) visits the spokes on a schedule."),
        S(PCNK, "ickg:hasComponent", ("community health promoters", MECH),
          "Community health promoters link every household to its nearest facility."),
        S(PCNK, "ickg:initiatedBy", ("Ministry of Health", ORG), "The Ministry of Health published guidelines for PCNs in 2021."),
        S(PCNK, "ickg:yearEstablished", 2021, "The Ministry of Health published guidelines for PCNs in 2021."),
        S(PCNK, "ickg:locatedIn", ("Kisumu County", "ickg:Region"), "Kisumu County now has seven"),
        S(PCNK, "ickg:numberOfPrograms", {"value": 7, "datatype": "xsd:nonNegativeInteger"}, "Kisumu County now has seven"),
        S(PCNK, "ickg:hasFundingModel", ("services paid for by the Social Health Authority", "ickg:FundingModel"),
          "services at PCN facilities will be paid for by the Social Health Authority"),
        *[S(PCNK, "ickg:targetsPopulation", (p, POP), PCN_PRIORITIES)
          for p in ("mothers and newborns", "people with hypertension or diabetes", "people living with HIV")],
        *[S(PCNK, "ickg:focusesOnCondition", (c, COND), PCN_PRIORITIES) for c in ("hypertension", "diabetes", "HIV")],
    ])

ICC = {"label": "integrated community care", "type": PP}
ICC_PILOT = ("Bucheon is one of the eight local governments chosen by the Ministry of Health and Welfare for the pilot "
             "projects of integrated community care")
ICC_PARTNERS = "The National Health Insurance Service and local hospitals and welfare centres take part."
DOCUMENTS["train-notice-korea-community-care.txt"] = dict(
    style="notice-to-residents",
    metadata={"title": "Integrated community care: support to keep living at home", "authors": [],
              "date": "2019-06-03", "year": 2019, "journal": None, "publisher": "Bucheon City Hall",
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:WebPage"},
    jurisdictions=[E("Bucheon", "ickg:Municipality", [r"re:\bBucheon\b(?! City Hall)"])],
    organizations=[E("Bucheon City Hall", ORG), E("Welfare Policy Division", ORG), E("Ministry of Health and Welfare", ORG),
                   E("local governments", ORG), E("community service centre", ORG, ["community service centre"]),
                   E("public health centre", ORG), E("National Health Insurance Service", ORG),
                   E("local hospitals", ORG), E("welfare centres", ORG)],
    programs=[E("integrated community care", PP, ["integrated community care", "Integrated community care"])],
    populations=[E("older residents who need care", POP), E("older people leaving hospital", POP, ["Older people leaving hospital"])],
    conditions=[],
    concepts=[C("care plan", "ickg:CarePlanning", ["care plan"], accept=["kodner:joint-care-planning"])],
    statements=[
        S(ICC, "ickg:locatedIn", ("Bucheon", "ickg:Municipality"), ICC_PILOT),
        S(ICC, "ickg:initiatedBy", ("Ministry of Health and Welfare", ORG), ICC_PILOT),
        S(ICC, "ickg:yearEstablished", 2019, "which begin in June 2019 and run until 2022"),
        S(ICC, "ickg:yearEnded", 2022, "which begin in June 2019 and run until 2022"),
        S(ICC, "ickg:targetsPopulation", ("older residents who need care", POP), "The pilot is for older residents who need care"),
        S(ICC, "ickg:hasGoal", ("older people stay in their own homes and neighbourhoods", GOAL),
          "so that they can stay in their own homes and neighbourhoods instead of moving to a hospital or a care facility"),
        S(ICC, "ickg:hasComponent", ("care window in every community service centre", "ickg:SingleEntryPoint"),
          "Every community service centre (dong office) will have a care window"),
        S(ICC, "ickg:hasComponent", ("care coordinator assesses the needs", MECH),
          "a care coordinator assesses the needs of the older person"),
        S(ICC, "ickg:hasComponent", ("single care plan", "ickg:CarePlanning"), "draws up a single care plan"),
        S(ICC, "ickg:hasComponent", ("home visits by nurses from the public health centre", MECH),
          "Home visits by nurses from the public health centre"),
        S(ICC, "ickg:hasComponent", ("meal delivery", MECH), "meal delivery"),
        S(ICC, "ickg:hasComponent", ("repairs that make homes safer", MECH), "repairs that make homes safer"),
        S(ICC, "ickg:targetsPopulation", ("older people leaving hospital", POP),
          "Older people leaving hospital will be contacted before discharge."),
        S(ICC, "ickg:hasComponent", ("contact before discharge", MECH),
          "Older people leaving hospital will be contacted before discharge."),
        *[S(ICC, "ickg:hasPartner", (o, ORG), ICC_PARTNERS)
          for o in ("National Health Insurance Service", "local hospitals", "welfare centres")],
    ])



# --- ext12 (issue 12, helper ext12): four documents in styles the set lacked, gold written before the
# extractor first ran on them: a minister's speech, explanatory notes on sections of an act, a consultation
# response letter, a book review --------------------------------------------------------------------------
CISSS = {"label": "integrated health and social services centres", "type": CM, "aliases": ["CISSS"],
         "types_accept": [ORG]}
CIUSSS = {"label": "integrated university health and social services centre", "type": CM, "aliases": ["CIUSSS"],
          "types_accept": [ORG]}
BILL10 = ("Act to modify the organization and governance of the health and social services network", "ickg:Legislation")
QC_ACT = ("A year ago, on 1 April 2015, the Act to modify the organization and governance of the health and social "
          "services network came into force.")
QC_MERGE = ("It abolished the regional health and social services agencies and merged the institutions of each region "
            "into integrated health and social services centres (CISSS).")
QC_SAP = ("one telephone number, one assessment, and one case manager who follows the person at home, in hospital and "
          "in residential care")
QC_BARRIERS = ("the merged centres are very large, that staff have lost their bearings, and that the cultures of the "
               "former institutions are slow to blend")
QC_RESP = ("Each centre is now responsible for the health and well-being of the whole population of its territory, from "
           "the local community service centre to the hospital and the residential and long-term care centre.")
DOCUMENTS["train-speech-quebec-integrated-centres.txt"] = dict(
    style="speech-transcript",
    metadata={"title": "Integrated centres, one year on", "authors": [],
              "date": "2016-05-05", "year": 2016, "journal": None, "publisher": None,
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:WebPage"},
    jurisdictions=[E("Quebec", "ickg:ProvinceOrState", ["Quebec"]), E("Québec City", "ickg:Municipality")],
    organizations=[E("Association of Health and Social Services Managers", ORG),
                   E("regional health and social services agencies", ORG),
                   E("local community service centre", ORG), E("hospital", ORG, [r"re:\bthe hospital\b"]),
                   E("residential and long-term care centre", ORG), E("ministry", ORG, [r"re:\bthe ministry\b"])],
    programs=[E("integrated health and social services centres", CM,
                ["integrated health and social services centres", "CISSS", "integrated centres"],
                aliases=["CISSS"], types_accept=[ORG]),
              E("integrated university health and social services centre", CM,
                ["integrated university health and social services centre", "CIUSSS"], aliases=["CIUSSS"],
                types_accept=[ORG]),
              E("single point of access for older people", PROG, ["single point of access for older people"])],
    populations=[E("older people who are losing their autonomy", POP)],
    conditions=[],
    concepts=[C("single point of access", "ickg:SingleEntryPoint"),
              C("case manager", "ickg:CaseManagement", accept=["kodner:case-management", "who-ipchs:case-management"])],
    statements=[
        S(CISSS, "ickg:establishedBy", BILL10, QC_ACT),
        S(CISSS, "ickg:yearEstablished", 2015, QC_ACT),
        S(CISSS, "ickg:locatedIn", ("Quebec", "ickg:ProvinceOrState"), "Today Quebec has 13 CISSS and 9 CIUSSS."),
        S(CISSS, "ickg:numberOfPrograms", {"value": 13, "datatype": "xsd:nonNegativeInteger"}, "Today Quebec has 13 CISSS and 9 CIUSSS."),
        S(CIUSSS, "ickg:numberOfPrograms", {"value": 9, "datatype": "xsd:nonNegativeInteger"}, "Today Quebec has 13 CISSS and 9 CIUSSS."),
        S(CISSS, "ickg:hasComponent", ("merged the institutions of each region", "ickg:GovernanceArrangement"), QC_MERGE),
        S(CISSS, "ickg:hasComponent", ("responsible for the health and well-being of the whole population of its territory",
                                      "ickg:GovernanceArrangement"), QC_RESP),
        *[S(CISSS, "ickg:hasPartner", (o, ORG), QC_RESP)
          for o in ("local community service centre", "hospital", "residential and long-term care centre")],
        S(CISSS, "ickg:hasComponent", ("two levels of management instead of three", "ickg:GovernanceArrangement"),
          "The network now has two levels of management instead of three"),
        S(CISSS, "ickg:hasComponent", ("management and accountability agreement", "ickg:GovernanceArrangement"),
          "every centre reports to the ministry through a management and accountability agreement"),
        S(CISSS, "ickg:hasComponent", ("single point of access for older people", "ickg:SingleEntryPoint"),
          "the centre has set up a single point of access for older people who are losing their autonomy"),
        S(("single point of access for older people", PROG), "ickg:targetsPopulation",
          ("older people who are losing their autonomy", POP),
          "a single point of access for older people who are losing their autonomy"),
        S(("single point of access for older people", PROG), "ickg:hasComponent",
          ("one case manager who follows the person at home, in hospital and in residential care", "ickg:CaseManagement"), QC_SAP),
        S(CISSS, "ickg:facesBarrier", ("merged centres are very large", BAR), QC_BARRIERS),
        S(CISSS, "ickg:facesBarrier", ("staff have lost their bearings", BAR), QC_BARRIERS),
        S(CISSS, "ickg:facesBarrier", ("cultures of the former institutions are slow to blend", BAR), QC_BARRIERS),
        S(CISSS, "ickg:hasGoal", ("waiting times for a family doctor go down", GOAL),
          "We will also have to show that waiting times for a family doctor go down."),
    ])

CARE_ACT = ("Care Act 2014", "ickg:Legislation")
S3 = ("integration of care and support with health services", PI)
S3_DUTY = ("duty to promote integration of care and support with health services", "ickg:Mandate")
S3_TEXT = ("Section 3 requires a local authority to carry out its care and support functions with a view to integrating "
           "care and support with health provision and health-related provision")
S3_PRACTICE = "In practice this means joint assessments with the NHS, shared care records and jointly commissioned services."
S6_PARTNERS = ("The relevant partners include district councils, NHS bodies such as clinical commissioning groups and NHS "
               "trusts, the police and prisons.")
DOCUMENTS["train-explanatory-care-act-integration.txt"] = dict(
    style="explanatory-notes",
    metadata={"title": "Explanatory notes on sections 3, 6 and 7: integration and co-operation", "authors": [],
              "date": "2015-01", "year": 2015, "journal": None, "publisher": "Adult Social Care Learning Exchange",
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:ReportDocument"},
    jurisdictions=[E("England", "ickg:Country", types_accept=["ickg:Region"])],
    organizations=[E("Adult Social Care Learning Exchange", ORG),
                   E("local authorities", ORG, ["local authorities", "local authority", "authorities"]),
                   E("NHS", ORG, [r"re:\bNHS\b(?! bodies)(?! trusts)"]), E("district councils", ORG),
                   E("clinical commissioning groups", ORG), E("NHS trusts", ORG), E("police", ORG), E("prisons", ORG)],
    programs=[E("integration of care and support with health services", PI)],
    populations=[E("adults with care needs", POP), E("carers", POP, [r"re:\bcarers\b"])],
    conditions=[],
    concepts=[C("shared care records", "ickg:SharedInformationSystem"),
              C("joint assessments", "ickg:StandardizedAssessment", accept=["kodner:uniform-comprehensive-assessment"]),
              C("jointly commissioned services", "ickg:GovernanceArrangement")],
    statements=[
        S(S3_DUTY, "ickg:imposedBy", CARE_ACT, "three duties that Part 1 of the Care Act 2014 places on local authorities in England"),
        S(S3, "ickg:establishedBy", CARE_ACT, "three duties that Part 1 of the Care Act 2014 places on local authorities in England"),
        S(S3, "ickg:operatedBy", ("local authorities", ORG), S3_TEXT),
        S(S3, "ickg:targetsPopulation", ("adults with care needs", POP),
          "promote the well-being of adults with care needs and of carers"),
        S(S3, "ickg:targetsPopulation", ("carers", POP), "promote the well-being of adults with care needs and of carers"),
        S(S3, "ickg:hasComponent", ("joint assessments with the NHS", "ickg:StandardizedAssessment"), S3_PRACTICE),
        S(S3, "ickg:hasComponent", ("shared care records", "ickg:SharedInformationSystem"), S3_PRACTICE),
        S(S3, "ickg:hasComponent", ("jointly commissioned services", "ickg:GovernanceArrangement"), S3_PRACTICE),
        S(S3, "ickg:hasGoal", ("help prevent or delay the development of needs for care and support", GOAL),
          "help prevent or delay the development of needs for care and support"),
        S(S3, "ickg:locatedIn", ("England", "ickg:Country"), "three duties that Part 1 of the Care Act 2014 places on local authorities in England"),
        S(S3, "ickg:yearEstablished", 2015, "The duties apply from 1 April 2015."),
        S(S3, "ickg:facesBarrier", ("authorities are likely to interpret them in different ways", BAR),
          "authorities are likely to interpret them in different ways", ("likely", HEDGED)),
        S(S3, "ickg:facesBarrier", ("budgets for health and for social care remain separate", BAR),
          "Budgets for health and for social care remain separate, which may limit how far integration can go.",
          ("may", HEDGED)),
    ])

CVC = {"label": "Coordinated Veterans' Care Program", "type": PROG, "aliases": ["CVC"]}
CVC_TEAM = ("Each enrolled veteran has a general practitioner who leads the care team and a nurse coordinator, usually a "
            "practice nurse, who agrees a comprehensive care plan with the veteran")
CVC_PAY = ("The Department pays the practice an enrolment payment and a quarterly care coordination payment for each "
           "veteran.")
DOCUMENTS["train-letter-cvc-consultation.txt"] = dict(
    style="consultation-response-letter",
    metadata={"title": "Consultation on the future of the Coordinated Veterans' Care Program",
              "authors": [{"family": "O'Donnell", "given": "Margaret", "initials": "M"}],
              "date": "2019-08-14", "year": 2019, "journal": None, "publisher": "Northern Rivers Veterans' Health Alliance",
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:Letter"},
    jurisdictions=[E("Lismore", "ickg:Municipality"), E("New South Wales", "ickg:ProvinceOrState", ["New South Wales", "NSW"]),
                   E("Canberra", "ickg:Municipality"), E("Australian Capital Territory", "ickg:ProvinceOrState", ["ACT"]),
                   E("Northern Rivers", "ickg:Region", [r"re:Northern Rivers(?! Veterans)"])],
    organizations=[E("Northern Rivers Veterans' Health Alliance", ORG),
                   E("Department of Veterans' Affairs", ORG, ["Department of Veterans' Affairs", "Department"]),
                   E("general practices", ORG), E("community nurses", ORG), E("ex-service organisations", ORG),
                   E("small rural practices", ORG)],
    programs=[E("Coordinated Veterans' Care Program", PROG,
                ["Coordinated Veterans' Care Program", "Coordinated Veterans' Care (CVC) Program", "CVC"], aliases=["CVC"])],
    populations=[E("Gold Card holders with chronic conditions who are at risk of unplanned hospitalisation", POP),
                 E("White Card holders with an accepted mental health condition", POP)],
    conditions=[],
    concepts=[C("care plan", "ickg:CarePlanning", ["care plan"], accept=["kodner:joint-care-planning"]),
              C("care coordination", "ickg:CareCoordination")],
    statements=[
        S(CVC, "ickg:initiatedBy", ("Department of Veterans' Affairs", ORG),
          "the Department of Veterans' Affairs began the Coordinated Veterans' Care (CVC) Program in May 2011"),
        S(CVC, "ickg:yearEstablished", 2011,
          "the Department of Veterans' Affairs began the Coordinated Veterans' Care (CVC) Program in May 2011"),
        S(CVC, "ickg:targetsPopulation", ("Gold Card holders with chronic conditions who are at risk of unplanned hospitalisation", POP),
          "It is for Gold Card holders with chronic conditions who are at risk of unplanned hospitalisation."),
        S(CVC, "ickg:hasComponent", ("general practitioner who leads the care team", "ickg:InterdisciplinaryTeam"), CVC_TEAM),
        S(CVC, "ickg:hasComponent", ("nurse coordinator", "ickg:CareCoordination"), CVC_TEAM),
        S(CVC, "ickg:hasComponent", ("comprehensive care plan", "ickg:CarePlanning"), CVC_TEAM),
        S(CVC, "ickg:hasComponent", ("regular contact by telephone", MECH), "keeps in regular contact by telephone"),
        S(CVC, "ickg:hasFundingModel", ("enrolment payment and a quarterly care coordination payment", "ickg:FundingModel"), CVC_PAY),
        S(CVC, "ickg:operatedBy", ("general practices", ORG),
          "Our alliance brings together general practices, community nurses and ex-service organisations"),
        S(CVC, "ickg:hasOutcome", ("fewer crises that end in an emergency department", OUT),
          "our practices see fewer crises that end in an emergency department"),
        S(CVC, "ickg:facesBarrier", ("time needed to complete the care plan forms", BAR),
          "the time needed to complete the care plan forms is a real obstacle for small rural practices"),
        S(("extend eligibility to White Card holders with an accepted mental health condition", REC), "ickg:addressedTo",
          ("Department of Veterans' Affairs", ORG), "Extend eligibility to White Card holders with an accepted mental health condition."),
        S(("extend eligibility to White Card holders with an accepted mental health condition", REC), "ickg:targetsPopulation",
          ("White Card holders with an accepted mental health condition", POP),
          "Extend eligibility to White Card holders with an accepted mental health condition."),
        S(("pay for a yearly home visit by the nurse coordinator", REC), "ickg:addressedTo", ("Department of Veterans' Affairs", ORG),
          "Pay for a yearly home visit by the nurse coordinator for veterans who can no longer travel to the practice."),
        S(("simplify the paperwork", REC), "ickg:addressedTo", ("Department of Veterans' Affairs", ORG), "Simplify the paperwork"),
    ])

VISN = {"label": "Veterans Integrated Service Networks", "type": CM, "aliases": ["VISNs"], "types_accept": [ORG]}
VISN_SHIFT = ("Networks shifted care from hospital wards to outpatient clinics, enrolled every patient with a primary care "
              "provider, and were judged on published performance measures.")
DOCUMENTS["train-review-vha-visns.txt"] = dict(
    style="book-review",
    metadata={"title": "The Network Year: How Veterans' Health Care Was Remade, 1995-2000",
              "authors": [{"family": "Vasquez", "given": "Elena", "initials": "E"}],
              "date": None, "year": 2021, "journal": None, "publisher": None,
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:BookReview"},
    jurisdictions=[],
    organizations=[E("Veterans Health Administration", ORG, ["Veterans Health Administration", "VHA"], aliases=["VHA"]),
                   E("Riverbank University Press", ORG)],
    programs=[E("Veterans Integrated Service Networks", CM, ["Veterans Integrated Service Networks", "VISNs"],
                aliases=["VISNs"], types_accept=[ORG])],
    populations=[],
    conditions=[],
    concepts=[C("electronic health record", "ickg:SharedInformationSystem",
                accept=["kodner:shared-clinical-records", "kodner:integrated-information-systems"])],
    statements=[
        S(VISN, "ickg:yearEstablished", 1995,
          "In 1995 the VHA replaced its regional structure with 22 Veterans Integrated Service Networks (VISNs)"),
        S(VISN, "ickg:initiatedBy", ("Veterans Health Administration", ORG),
          "In 1995 the VHA replaced its regional structure with 22 Veterans Integrated Service Networks (VISNs)"),
        S(VISN, "ickg:numberOfPrograms", {"value": 22, "datatype": "xsd:nonNegativeInteger"},
          "In 1995 the VHA replaced its regional structure with 22 Veterans Integrated Service Networks (VISNs)"),
        S(VISN, "ickg:hasFundingModel", ("budget for the veterans of its area", "ickg:GlobalBudget"),
          "each given a budget for the veterans of its area and made accountable for their care"),
        S(VISN, "ickg:hasFundingModel", ("Veterans Equitable Resource Allocation", "ickg:FundingModel"),
          "Funding followed patients through the Veterans Equitable Resource Allocation system, introduced in 1997."),
        S(VISN, "ickg:hasComponent", ("shifted care from hospital wards to outpatient clinics", MECH), VISN_SHIFT),
        S(VISN, "ickg:hasComponent", ("enrolled every patient with a primary care provider", MECH), VISN_SHIFT),
        S(VISN, "ickg:hasComponent", ("published performance measures", MECH), VISN_SHIFT),
        S(VISN, "ickg:hasComponent", ("electronic health record, VistA", "ickg:SharedInformationSystem"),
          "The electronic health record, VistA, let clinicians across a network see the same record."),
        S(VISN, "ickg:hasOutcome", ("inpatient beds were cut by more than half", OUT),
          "Harrow reports that inpatient beds were cut by more than half and that quality scores rose"),
        S(VISN, "ickg:hasOutcome", ("quality scores rose", OUT),
          "Harrow reports that inpatient beds were cut by more than half and that quality scores rose"),
        S(VISN, "ickg:facesBarrier", ("network directors' resistance to closing hospital beds", BAR),
          "network directors' resistance to closing hospital beds"),
    ])

# --- helper ext12b (issue 12): five documents in styles the set lacked, gold written before the extractor ran on them ---
DEAL = {"label": "Deal", "type": PI, "types_accept": [CM]}
HWP = {"label": "Healthier Wigan Partnership", "type": CM, "types_accept": [ORG]}
WIGAN_PRACTICES = ("The programme rests on three practices: asset-based conversations with residents, place-based teams in "
                   "seven service delivery footprints, and investment in community groups.")
WIGAN_HWP = ("In 2017 the council, Wrightington, Wigan and Leigh NHS Foundation Trust and Wigan Borough Clinical "
             "Commissioning Group formed the Healthier Wigan Partnership")
WIGAN_RISKS = ("Progress has been hampered by short-term NHS funding and by the difficulty of sharing care records between "
               "the council and the trust")
DOCUMENTS["train-cabinet-wigan-deal.txt"] = dict(
    style="council-cabinet-report",
    metadata={"title": "The Deal: progress on health and care", "authors": [],
              "date": "2019-03-14", "year": 2019, "journal": None, "publisher": "Wigan Council",
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:ReportDocument"},
    jurisdictions=[E("Wigan", "ickg:Municipality", [r"re:\bWigan(?= borough)"])],
    organizations=[E("Wigan Council", ORG, ["Wigan Council", "WIGAN COUNCIL", r"re:\b[Tt]he council\b"]),
                   E("Wrightington, Wigan and Leigh NHS Foundation Trust", ORG,
                     ["Wrightington, Wigan and Leigh NHS Foundation Trust", r"re:\bthe trust\b"]),
                   E("Wigan Borough Clinical Commissioning Group", ORG),
                   E("community and voluntary groups", ORG, ["community and voluntary groups", "community groups"]),
                   E("Cabinet", ORG, [r"re:\bCabinet\b"])],
    programs=[E("Deal", PI, [r"re:\b[Tt]he Deal\b(?! for)"], types_accept=[CM]),
              E("Healthier Wigan Partnership", CM, types_accept=[ORG]),
              E("Deal for Communities Investment Fund", PROG, types_accept=[MECH])],
    populations=[],
    conditions=[],
    concepts=[C("pooled budget", "ickg:PooledBudget", ["pools commissioning budgets"])],
    statements=[
        S(DEAL, "ickg:initiatedBy", ("Wigan Council", ORG),
          "the informal agreement between Wigan Council and the residents of Wigan borough"),
        S(DEAL, "ickg:locatedIn", ("Wigan", "ickg:Municipality"),
          "the informal agreement between Wigan Council and the residents of Wigan borough"),
        S(DEAL, "ickg:yearEstablished", 2011, "The Deal was launched in 2011"),
        S(DEAL, "ickg:hasComponent", ("asset-based conversations with residents", MECH), WIGAN_PRACTICES),
        S(DEAL, "ickg:hasComponent", ("place-based teams in seven service delivery footprints", "ickg:InterdisciplinaryTeam"),
          WIGAN_PRACTICES),
        S(DEAL, "ickg:hasComponent", ("investment in community groups", MECH), WIGAN_PRACTICES),
        S(DEAL, "ickg:hasComponent", ("Deal for Communities Investment Fund", MECH),
          "The Deal for Communities Investment Fund has given more than £10 million to community and voluntary groups since 2015."),
        S(DEAL, "ickg:hasOutcome", ("saved £115 million while freezing council tax", OUT),
          "Since 2011 the council has saved £115 million while freezing council tax for five years."),
        S(DEAL, "ickg:hasOutcome", ("Permanent admissions to residential care have fallen by a quarter", OUT),
          "Permanent admissions to residential care have fallen by a quarter since 2016."),
        S(DEAL, "ickg:hasOutcome", ("Fewer residents now report that they are lonely", OUT),
          "Fewer residents now report that they are lonely."),
        S(HWP, "ickg:yearEstablished", 2017, WIGAN_HWP),
        *[S(HWP, "ickg:hasPartner", (o, ORG), WIGAN_HWP)
          for o in ("Wigan Council", "Wrightington, Wigan and Leigh NHS Foundation Trust",
                    "Wigan Borough Clinical Commissioning Group")],
        S(HWP, "ickg:hasFundingModel", ("pools commissioning budgets", "ickg:PooledBudget"),
          "The partnership pools commissioning budgets"),
        S(HWP, "ickg:hasComponent", ("integrated community teams", "ickg:InterdisciplinaryTeam"),
          "brings community nurses, social workers and mental health staff together in integrated community teams"),
        S(DEAL, "ickg:facesBarrier", ("short-term NHS funding", BAR), WIGAN_RISKS),
        S(DEAL, "ickg:facesBarrier", ("difficulty of sharing care records between the council and the trust", BAR), WIGAN_RISKS),
        S(DEAL, "ickg:facesBarrier", ("turnover of home care staff", BAR), "A further barrier is the turnover of home care staff."),
        S(("extend the Deal for Communities Investment Fund for a further two years", REC), "ickg:addressedTo", ("Cabinet", ORG),
          "Cabinet is recommended to extend the Deal for Communities Investment Fund for a further two years."),
    ])

CCA = {"label": "Commonwealth Care Alliance", "type": CM, "types_accept": [ORG]}
SCO = ("Senior Care Options plan", PROG)
ONECARE = ("One Care plan", PROG)
CCA_SCO = "Its Senior Care Options plan, offered since 2004, covers members aged 65 and over."
CCA_ONE = ("Its One Care plan, launched in October 2013 as part of a federal demonstration for dual eligibles, covers adults "
           "aged 21 to 64 with disabilities.")
CCA_TEAM = ("Each member has a care partner who leads a team of nurses, nurse practitioners, behavioral health clinicians and "
            "community health workers.")
DOCUMENTS["train-feature-commonwealth-care-alliance.txt"] = dict(
    style="health-plan-news-feature",
    metadata={"title": "A care team that comes to the door",
              "authors": [{"family": "Whitcombe", "given": "Dana", "initials": "D"}],
              "date": "2018-10-09", "year": 2018, "journal": None, "publisher": None,
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:NewsItem"},
    jurisdictions=[E("Boston", "ickg:Municipality"), E("Massachusetts", "ickg:ProvinceOrState")],
    organizations=[E("Commonwealth Care Alliance", ORG, types_accept=[CM]), E("MassHealth", ORG),
                   E("Centers for Medicare & Medicaid Services", ORG)],
    programs=[E("Commonwealth Care Alliance", CM, types_accept=[ORG]),
              E("Senior Care Options plan", PROG, ["Senior Care Options plan", "Senior Care Options"]),
              E("One Care plan", PROG, ["One Care plan", "One Care"])],
    populations=[E("people eligible for both Medicare and Medicaid", POP,
                   ["people in Massachusetts who are eligible for both Medicare and Medicaid", "dual eligibles"]),
                 E("members aged 65 and over", POP), E("adults aged 21 to 64 with disabilities", POP)],
    conditions=[],
    concepts=[C("care plan", "ickg:CarePlanning", ["care plan"], accept=["kodner:joint-care-planning"]),
              C("capitated payment", "ickg:Capitation", ["capitated payment"]),
              C("fee-for-service", "ickg:FeeForService")],
    statements=[
        S(CCA, "ickg:locatedIn", ("Boston", "ickg:Municipality"),
          "a nonprofit health plan and care delivery organization based in Boston"),
        S(CCA, "ickg:yearEstablished", 2003, "Founded in 2003"),
        S(CCA, "ickg:locatedIn", ("Massachusetts", "ickg:ProvinceOrState"),
          "it serves people in Massachusetts who are eligible for both Medicare and Medicaid"),
        S(CCA, "ickg:targetsPopulation", ("people eligible for both Medicare and Medicaid", POP),
          "it serves people in Massachusetts who are eligible for both Medicare and Medicaid"),
        S(SCO, "ickg:operatedBy", ("Commonwealth Care Alliance", ORG), "Commonwealth Care Alliance runs two plans. Its Senior Care Options plan"),
        S(SCO, "ickg:yearEstablished", 2004, CCA_SCO),
        S(SCO, "ickg:targetsPopulation", ("members aged 65 and over", POP), CCA_SCO),
        S(ONECARE, "ickg:operatedBy", ("Commonwealth Care Alliance", ORG), "Commonwealth Care Alliance runs two plans."),
        S(ONECARE, "ickg:yearEstablished", 2013, CCA_ONE),
        S(ONECARE, "ickg:targetsPopulation", ("adults aged 21 to 64 with disabilities", POP), CCA_ONE),
        S(CCA, "ickg:hasComponent", ("care partner", "ickg:CareCoordination"), CCA_TEAM),
        S(CCA, "ickg:hasComponent", ("team of nurses, nurse practitioners, behavioral health clinicians and community health workers",
                                    "ickg:InterdisciplinaryTeam"), CCA_TEAM),
        S(CCA, "ickg:hasComponent", ("visits members at home", MECH), "The team visits members at home"),
        S(CCA, "ickg:hasComponent", ("individualized care plan", "ickg:CarePlanning"), "writes an individualized care plan with them"),
        S(CCA, "ickg:hasFundingModel", ("fixed monthly amount for each member", "ickg:Capitation"),
          "The plan is paid a fixed monthly amount for each member"),
        S(CCA, "ickg:hasPartner", ("MassHealth", ORG),
          "under a three-way contract with MassHealth and the Centers for Medicare & Medicaid Services"),
        S(CCA, "ickg:hasPartner", ("Centers for Medicare & Medicaid Services", ORG),
          "under a three-way contract with MassHealth and the Centers for Medicare & Medicaid Services"),
        S(ONECARE, "ickg:hasOutcome", ("members spend fewer days in hospital than before they enrolled", OUT),
          "members in One Care spend fewer days in hospital than they did before they enrolled"),
        S(ONECARE, "ickg:facesBarrier", ("members needed far more services than the payment rates assumed", BAR),
          "In the demonstration's first years the plan lost money, because many members needed far more services than the payment rates assumed."),
        S(CCA, "ickg:facesBarrier", ("Finding enough behavioral health staff", BAR),
          "Finding enough behavioral health staff also remains a challenge."),
    ])

FHT = {"label": "Family Health Teams", "type": CM}
FHT_TEAM = ("family doctors, nurse practitioners, registered nurses, dietitians, social workers, pharmacists and other "
            "professionals work together to care for the patients enrolled with them")
FHT_DO = "Teams offer chronic disease management programs, health promotion, after-hours clinics and help with finding other services."
FHT_PAY = ("Most family doctors in a team are paid mainly through capitation, a set amount for each enrolled patient, with "
           "bonuses for preventive care.")
DOCUMENTS["train-timeline-ontario-fhts.txt"] = dict(
    style="government-timeline-page",
    metadata={"title": "Family Health Teams: a timeline", "authors": [],
              "date": None, "year": None, "journal": None, "publisher": None,
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:WebPage"},
    jurisdictions=[E("Ontario", "ickg:ProvinceOrState", [r"re:\bOntario\b(?!\.ca)"])],
    organizations=[E("Ministry of Health and Long-Term Care", ORG,
                     ["Ministry of Health and Long-Term Care", r"re:\b[Tt]he ministry\b"])],
    programs=[E("Family Health Teams", CM, ["Family Health Teams"])],
    populations=[],
    conditions=[],
    concepts=[C("capitation", "ickg:Capitation")],
    statements=[
        S(FHT, "ickg:hasComponent", ("family doctors, nurse practitioners, registered nurses, dietitians, social workers, "
                                    "pharmacists and other professionals work together", "ickg:InterdisciplinaryTeam"), FHT_TEAM),
        S(FHT, "ickg:initiatedBy", ("Ministry of Health and Long-Term Care", ORG),
          "The Ministry of Health and Long-Term Care announces Family Health Teams"),
        S(FHT, "ickg:hasGoal", ("improve access to primary care", GOAL), "as part of its plan to improve access to primary care"),
        S(FHT, "ickg:yearEstablished", 2005,
          "April 2005\nThe first 52 Family Health Teams are approved in communities across Ontario."),
        S(FHT, "ickg:locatedIn", ("Ontario", "ickg:ProvinceOrState"),
          "The first 52 Family Health Teams are approved in communities across Ontario."),
        S(FHT, "ickg:hasComponent", ("quality improvement plans", MECH),
          "Family Health Teams are asked to develop quality improvement plans each year."),
        S(FHT, "ickg:numberOfPrograms", {"value": 184, "datatype": "xsd:nonNegativeInteger"}, "There are 184 Family Health Teams."),
        S(FHT, "ickg:hasComponent", ("led by physicians, by the community or by both", "ickg:GovernanceArrangement"),
          "A team can be led by physicians, by the community or by both."),
        S(FHT, "ickg:hasFundingModel", ("capitation", "ickg:Capitation"), FHT_PAY),
        S(FHT, "ickg:hasFundingModel", ("bonuses for preventive care", "ickg:PayForPerformance"), FHT_PAY),
        S(FHT, "ickg:hasFundingModel", ("salaries of the other health professionals", "ickg:FundingModel"),
          "The ministry funds the salaries of the other health professionals directly."),
        *[S(FHT, "ickg:hasComponent", (c, MECH), FHT_DO)
          for c in ("chronic disease management programs", "health promotion", "after-hours clinics",
                    "help with finding other services")],
        S(FHT, "ickg:hasOutcome", ("patients rate their access to care highly", OUT),
          "An evaluation found that patients of Family Health Teams rate their access to care highly."),
        S(FHT, "ickg:facesBarrier", ("difficulty recruiting nurse practitioners", BAR),
          "Some teams have had difficulty recruiting nurse practitioners"),
        S(FHT, "ickg:facesBarrier", ("space in older clinic buildings", BAR),
          "space in older clinic buildings has been a barrier to adding staff"),
    ])

DHC = {"label": "District Health Centres", "type": CM, "aliases": ["DHCs"]}
DHCE = ("DHC Expresses", PROG)
DHC_FIRST = "The Government set up the first District Health Centre in Kwai Tsing in September 2019."
DHC_WORKS = ("works through a core centre, satellite centres and a network of private doctors, physiotherapists, dietitians "
             "and other providers in the district")
DHC_SERVICES = ("DHCs provide health promotion, health risk assessment, screening for hypertension and diabetes, and community "
                "rehabilitation for people discharged after a stroke, a hip fracture or a heart attack")
DHC_EXPRESS = "In 2021 the Government opened smaller interim centres, known as DHC Expresses, in eleven districts"
DOCUMENTS["train-panel-hk-district-health-centres.txt"] = dict(
    style="legislature-panel-findings",
    metadata={"title": "Findings on District Health Centres", "authors": [],
              "date": None, "year": None, "journal": None, "publisher": "Legislative Council Panel on Health Services",
              "publisher_accept": ["Subcommittee on Primary Healthcare Development"],
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:ReportDocument"},
    jurisdictions=[E("Hong Kong", "ickg:Region", ["Hong Kong"], types_accept=["ickg:Country", "ickg:ProvinceOrState"]),
                   E("Kwai Tsing", "ickg:Region", ["Kwai Tsing"], types_accept=["ickg:Municipality"])],
    organizations=[E("Legislative Council Panel on Health Services", ORG),
                   E("Subcommittee on Primary Healthcare Development", ORG,
                     ["Subcommittee on Primary Healthcare Development", r"re:\b[Tt]he Subcommittee\b"]),
                   E("Health Bureau", ORG), E("Government", ORG, [r"re:\b[Tt]he Government\b"]),
                   E("non-governmental organization", ORG), E("private doctors", ORG)],
    programs=[E("District Health Centres", CM, ["District Health Centres", "District Health Centre", r"re:\bDHCs?\b(?! Express)"],
                aliases=["DHCs"]),
              E("DHC Expresses", PROG)],
    populations=[E("people discharged after a stroke, a hip fracture or a heart attack", POP)],
    conditions=[E("hypertension", COND), E("diabetes", COND), E("stroke", COND), E("hip fracture", COND),
                E("heart attack", COND)],
    concepts=[C("electronic health record", "ickg:SharedInformationSystem", ["electronic health record sharing system"],
                accept=["kodner:shared-clinical-records", "kodner:integrated-information-systems"])],
    statements=[
        S(DHC, "ickg:locatedIn", ("Hong Kong", "ickg:Region"), "the development of District Health Centres (DHCs) in Hong Kong"),
        S(DHC, "ickg:yearEstablished", 2019, DHC_FIRST),
        S(DHC, "ickg:initiatedBy", ("Government", ORG), DHC_FIRST),
        S(DHC, "ickg:locatedIn", ("Kwai Tsing", "ickg:Region"), DHC_FIRST),
        S(DHC, "ickg:operatedBy", ("non-governmental organization", ORG),
          "Each DHC is run by a non-governmental organization under a service contract with the Government"),
        S(DHC, "ickg:hasComponent", ("core centre", MECH), DHC_WORKS),
        S(DHC, "ickg:hasComponent", ("satellite centres", MECH), DHC_WORKS),
        S(DHC, "ickg:hasComponent", ("network of private doctors, physiotherapists, dietitians and other providers", MECH), DHC_WORKS),
        S(DHCE, "ickg:yearEstablished", 2021, DHC_EXPRESS),
        S(DHCE, "ickg:numberOfPrograms", {"value": 11, "datatype": "xsd:nonNegativeInteger"}, DHC_EXPRESS),
        S(DHC, "ickg:hasGoal", ("set up a DHC in all 18 districts", GOAL),
          "The Government aims to set up a DHC in all 18 districts.", ("aims to", ASPIRATIONAL)),
        S(DHC, "ickg:hasComponent", ("health promotion", MECH), DHC_SERVICES),
        S(DHC, "ickg:hasComponent", ("health risk assessment", "ickg:StandardizedAssessment"), DHC_SERVICES),
        S(DHC, "ickg:hasComponent", ("screening for hypertension and diabetes", MECH), DHC_SERVICES),
        S(DHC, "ickg:hasComponent", ("community rehabilitation", MECH), DHC_SERVICES),
        *[S(DHC, "ickg:focusesOnCondition", (c, COND), DHC_SERVICES)
          for c in ("hypertension", "diabetes", "stroke", "hip fracture", "heart attack")],
        S(DHC, "ickg:targetsPopulation", ("people discharged after a stroke, a hip fracture or a heart attack", POP), DHC_SERVICES),
        S(DHC, "ickg:facesBarrier", ("public awareness of DHCs remains low", BAR), "public awareness of DHCs remains low"),
        S(DHC, "ickg:facesBarrier", ("shortage of allied health professionals", BAR),
          "the shortage of allied health professionals in Hong Kong has made it hard for operators to fill posts"),
        S(DHC, "ickg:hasGoal", ("become the hubs of a district-based primary healthcare system", GOAL),
          "proposes that DHCs become the hubs of a district-based primary healthcare system", ("proposes", ASPIRATIONAL)),
        S(("set clear performance indicators for every DHC", REC), "ickg:addressedTo", ("Health Bureau", ORG),
          "The Subcommittee recommends that the Health Bureau set clear performance indicators for every DHC."),
        S(("allow DHC members to share their health records with the private doctors in the network", REC), "ickg:addressedTo",
          ("Government", ORG),
          "The Subcommittee recommends that the Government allow DHC members to share their health records with the private "
          "doctors in the network"),
    ])

VBP = {"label": "Blueprint for Health", "type": CM, "aliases": ["Vermont Blueprint for Health"], "types_accept": [PI]}
SASH = {"label": "Support and Services at Home", "type": PROG, "aliases": ["SASH"]}
VBP_WHAT = ("The Vermont Blueprint for Health is a state program that supports primary care practices to work as "
            "patient-centered medical homes, backed by community health teams that the practices share.")
VBP_PILOTS = "Pilots began in 2008 in three communities: St. Johnsbury, Burlington and Barre."
VBP_PAYERS = ("The community health teams are funded jointly by the insurers: Medicaid, the commercial plans and, from 2011, "
              "Medicare through a federal demonstration.")
VBP_SASH = ("Support and Services at Home, or SASH, places a care coordinator and a wellness nurse in affordable housing sites "
            "to help older residents stay at home.")
DOCUMENTS["train-webinar-vermont-blueprint.txt"] = dict(
    style="webinar-transcript",
    metadata={"title": "Lessons from the Vermont Blueprint for Health", "authors": [],
              "date": "2017-09-12", "year": 2017, "journal": None, "publisher": None,
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:WebPage"},
    jurisdictions=[E("Vermont", "ickg:ProvinceOrState"), E("St. Johnsbury", "ickg:Municipality"),
                   E("Burlington", "ickg:Municipality"), E("Barre", "ickg:Municipality")],
    organizations=[E("primary care practices", ORG, ["primary care practices", r"re:\b[Pp]ractices\b"]),
                   E("National Committee for Quality Assurance", ORG), E("insurers", ORG), E("Medicaid", ORG),
                   E("commercial plans", ORG), E("Medicare", ORG)],
    programs=[E("Blueprint for Health", CM, ["Vermont Blueprint for Health", "Blueprint for Health", r"re:\bBlueprint\b"],
                aliases=["Vermont Blueprint for Health"], types_accept=[PI]),
              E("Support and Services at Home", PROG, ["Support and Services at Home", "SASH"], aliases=["SASH"])],
    populations=[E("older residents", POP, ["older residents", "older people"])],
    conditions=[],
    concepts=[C("care coordinator", "ickg:CareCoordination", ["care coordinator", "care coordinators"])],
    statements=[
        S(VBP, "ickg:locatedIn", ("Vermont", "ickg:ProvinceOrState"), "The Vermont Blueprint for Health is a state program"),
        S(VBP, "ickg:hasPartner", ("primary care practices", ORG), VBP_WHAT),
        S(VBP, "ickg:hasComponent", ("patient-centered medical homes", MECH), VBP_WHAT),
        S(VBP, "ickg:hasComponent", ("community health teams that the practices share", "ickg:InterdisciplinaryTeam"), VBP_WHAT),
        S(VBP, "ickg:yearEstablished", 2006, "It was established in statute in 2006."),
        *[S(VBP, "ickg:locatedIn", (p, "ickg:Municipality"), VBP_PILOTS) for p in ("St. Johnsbury", "Burlington", "Barre")],
        S(VBP, "ickg:hasFundingModel", ("enhanced per-person-per-month payment", "ickg:PayForPerformance"),
          "Practices receive an enhanced per-person-per-month payment that rises with their score on the medical home "
          "standards of the National Committee for Quality Assurance."),
        S(VBP, "ickg:hasFundingModel", ("community health teams funded jointly by the insurers", "ickg:FundingModel"),
          "The community health teams are funded jointly by the insurers"),
        *[S(VBP, "ickg:hasPartner", (o, ORG), VBP_PAYERS) for o in ("Medicaid", "commercial plans", "Medicare")],
        S(SASH, "ickg:hasComponent", ("care coordinator and a wellness nurse in affordable housing sites", "ickg:CareCoordination"),
          VBP_SASH),
        S(SASH, "ickg:targetsPopulation", ("older residents", POP), VBP_SASH),
        S(VBP, "ickg:hasOutcome", ("lower total expenditures per person than comparison practices", OUT),
          "participating practices had lower total expenditures per person than comparison practices. Those findings are "
          "preliminary", ("preliminary", PRELIMINARY)),
        S(VBP, "ickg:facesBarrier", ("getting usable data out of practices' electronic health records", BAR),
          "Practices used many different electronic health records, and getting usable data out of them was a barrier for years."),
    ])


# --- helper ext12b, second round: written after the rules were tuned on the five above, gold before any run ---
SMR = ("public hospital reform", PI)
SMG = ("county health group", CM)
SM_HG = "Since 2017 each county has formed a health group that joins the county hospital with the township health centres and village clinics."
SM_CITY = ("The city government removed the mark-up that public hospitals charged on drugs, bought drugs in bulk at lower "
           "prices, and put hospital doctors on an annual salary that no longer depends on what they prescribe.")
SM_OUT = "Hospital staff told us that drug spending fell sharply after 2012 and that doctors' incomes rose."
SM_BAR = ("Township health centres are short of general practitioners, and many patients still bypass them and go straight "
          "to the county hospital.")
DOCUMENTS["train-studytour-sanming.txt"] = dict(
    style="study-tour-report",
    metadata={"title": "Study tour report: Sanming, Fujian Province, China", "authors": [],
              "date": None, "year": None, "journal": None, "publisher": None,
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:ReportDocument"},
    jurisdictions=[E("Sanming", "ickg:Municipality"), E("Fujian Province", "ickg:ProvinceOrState"), E("China", "ickg:Country")],
    organizations=[E("Regional Health Partnership Board", ORG, ["Regional Health Partnership Board", r"re:\b[Tt]he Board\b"]),
                   E("city government", ORG), E("public hospitals", ORG), E("county hospital", ORG),
                   E("township health centres", ORG, ["township health centres", "Township health centres"]),
                   E("village clinics", ORG), E("Commissioners", ORG)],
    programs=[E("public hospital reform", PI, ["public hospital reform"]),
              E("county health group", CM, ["health group", "county health groups"])],
    populations=[],
    conditions=[],
    concepts=[C("fixed annual budget", "ickg:GlobalBudget")],
    statements=[
        S(SMR, "ickg:locatedIn", ("Sanming", "ickg:Municipality"), "Sanming began its reform in 2012"),
        S(SMR, "ickg:yearEstablished", 2012, "Sanming began its reform in 2012"),
        S(SMR, "ickg:initiatedBy", ("city government", ORG), SM_CITY),
        S(SMR, "ickg:hasComponent", ("removed the mark-up that public hospitals charged on drugs", MECH), SM_CITY),
        S(SMR, "ickg:hasComponent", ("bought drugs in bulk at lower prices", MECH), SM_CITY),
        S(SMR, "ickg:hasFundingModel", ("annual salary that no longer depends on what they prescribe", "ickg:FundingModel"), SM_CITY),
        S(SMR, "ickg:hasFundingModel", ("single fund managed by one agency", "ickg:PooledBudget"),
          "The city merged its separate insurance schemes into a single fund managed by one agency."),
        S(SMG, "ickg:yearEstablished", 2017, SM_HG),
        *[S(SMG, "ickg:hasPartner", (o, ORG), SM_HG) for o in ("county hospital", "township health centres", "village clinics")],
        S(SMG, "ickg:hasFundingModel", ("fixed annual budget", "ickg:GlobalBudget"),
          "The insurance fund pays each group a fixed annual budget for the people of its county"),
        S(SMR, "ickg:hasOutcome", ("drug spending fell sharply after 2012", OUT), SM_OUT),
        S(SMR, "ickg:hasOutcome", ("doctors' incomes rose", OUT), SM_OUT),
        S(SMR, "ickg:facesBarrier", ("Township health centres are short of general practitioners", BAR), SM_BAR),
        S(SMR, "ickg:facesBarrier", ("patients still bypass them and go straight to the county hospital", BAR), SM_BAR),
        S(("consider a single budget for hospital and community services in one district", REC), "ickg:addressedTo",
          ("Regional Health Partnership Board", ORG),
          "The Board should consider a single budget for hospital and community services in one district."),
        S(("consider a single budget for hospital and community services in one district", REC), "ickg:ordinal",
          {"value": 1, "datatype": "xsd:positiveInteger"}, "1. The Board should consider"),
        S(("pay salaried doctors without any link to the volume of prescriptions", REC), "ickg:addressedTo",
          ("Commissioners", ORG), "Commissioners should pay salaried doctors without any link to the volume of prescriptions."),
        S(("pay salaried doctors without any link to the volume of prescriptions", REC), "ickg:ordinal",
          {"value": 2, "datatype": "xsd:positiveInteger"}, "2. Commissioners should pay"),
    ])

UCS = {"label": "Universal Coverage Scheme", "type": PI, "types_accept": [CM]}
UCS_WHAT = ("The Universal Coverage Scheme gives people in Thailand who are not covered by the schemes for civil servants or "
            "private-sector employees free access to a package of health services.")
UCS_POP = "people not covered by the schemes for civil servants or private-sector employees"
DOCUMENTS["train-keyfacts-thailand-ucs.txt"] = dict(
    style="audit-key-facts",
    metadata={"title": "Universal Coverage Scheme: key facts", "authors": [],
              "date": None, "year": None, "journal": None, "publisher": None,
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:ReportDocument"},
    jurisdictions=[E("Thailand", "ickg:Country")],
    organizations=[E("National Health Security Office", ORG),
                   E("contracting unit for primary care", ORG, ["contracting unit for primary care", "contracting unit"]),
                   E("district hospital", ORG, ["district hospital", "district hospitals"]),
                   E("health centres", ORG), E("higher-level hospitals", ORG)],
    programs=[E("Universal Coverage Scheme", PI, types_accept=[CM])],
    populations=[E(UCS_POP, POP, ["people in Thailand who are not covered by the schemes for civil servants or private-sector employees"])],
    conditions=[],
    concepts=[C("capitation", "ickg:Capitation", ["capitation payment", "capitation rate"]), C("global budget", "ickg:GlobalBudget")],
    statements=[
        S(UCS, "ickg:locatedIn", ("Thailand", "ickg:Country"), UCS_WHAT),
        S(UCS, "ickg:targetsPopulation", (UCS_POP, POP), UCS_WHAT),
        S(UCS, "ickg:yearEstablished", 2002, "It was introduced in 2002"),
        S(UCS, "ickg:operatedBy", ("National Health Security Office", ORG),
          "The National Health Security Office, set up under the National Health Security Act of 2002, buys services for the members of the scheme."),
        S(("National Health Security Office", ORG), "ickg:establishedBy", ("National Health Security Act of 2002", "ickg:Legislation"),
          "The National Health Security Office, set up under the National Health Security Act of 2002"),
        S(UCS, "ickg:hasFundingModel", ("capitation payment", "ickg:Capitation"),
          "each contracting unit for primary care receives a capitation payment for every person registered with it"),
        S(UCS, "ickg:hasFundingModel", ("global budget by diagnosis-related groups", "ickg:GlobalBudget"),
          "inpatient services are paid from a global budget by diagnosis-related groups"),
        S(UCS, "ickg:hasComponent", ("each member registers with one contracting unit", MECH),
          "Each member registers with one contracting unit, usually a district hospital and its health centres."),
        S(UCS, "ickg:hasComponent", ("referred to higher-level hospitals by their unit", MECH),
          "members are referred to higher-level hospitals by their unit"),
        S(UCS, "ickg:hasOutcome", ("Out-of-pocket spending on health fell", OUT),
          "Out-of-pocket spending on health fell after the scheme began."),
        S(UCS, "ickg:hasOutcome", ("Fewer households were pushed into poverty by health spending", OUT),
          "Fewer households were pushed into poverty by health spending."),
        S(UCS, "ickg:facesBarrier", ("Rural district hospitals struggle to keep doctors", BAR),
          "Rural district hospitals struggle to keep doctors."),
        S(UCS, "ickg:facesBarrier", ("capitation rate may not keep up with the cost of care for an ageing population", BAR),
          "The capitation rate may not keep up with the cost of care for an ageing population.", ("may", HEDGED)),
    ])


# --- helper ents12 (issue 12, entities): four held-out documents, gold written before the extractor first ran on them ---
HARP = {"label": "Hospital Admission Risk Program", "type": PI, "aliases": ["HARP"], "types_accept": [CM]}
HARP_POP = ("people with chronic heart failure, chronic obstructive pulmonary disease or diabetes who have been admitted "
            "to hospital more than once in the past year")
HARP_CLIENTS = ("HARP clients are people with chronic heart failure, chronic obstructive pulmonary disease or diabetes who "
                "have been admitted to hospital more than once in the past year, and older people with complex health and "
                "social needs.")
HARP_WHERE = ("HARP is delivered by the metropolitan health services in Melbourne and by regional health services in the "
              "Barwon South West, Gippsland, Grampians, Hume and Loddon Mallee regions.")
HARP_CC = ("Health services and community health services employ the HARP care coordinators, who assess each client, agree a "
           "care plan with the client's general practitioner and link the client with home nursing, allied health and the "
           "Home and Community Care program.")
HARP_REGIONS = ("Barwon South West", "Gippsland", "Grampians", "Hume", "Loddon Mallee")
DOCUMENTS["train-budgetnote-victoria-harp.txt"] = dict(
    style="budget-note",
    metadata={"title": "Hospital Admission Risk Program (HARP)", "authors": [], "date": "2016-05", "year": 2016,
              "journal": None, "publisher": "Department of Health and Human Services", "volume": None, "issue": None,
              "pages": None, "doi": None, "pmid": None, "type": "fabio:BriefReport", "type_accept": ["fabio:ReportDocument"]},
    jurisdictions=[E("Victoria", "ickg:ProvinceOrState", [r"re:(?<!Ambulance )\bVictoria\b"]),
                   E("Melbourne", "ickg:Municipality"),
                   *[E(r, "ickg:Region") for r in HARP_REGIONS]],
    organizations=[E("Department of Health and Human Services", ORG, ["Department of Health and Human Services", r"re:\bdepartment\b"]),
                   E("health services", ORG, [r"re:(?<!community )\b[Hh]ealth services?\b"]),
                   E("community health services", ORG),
                   E("general practitioner", ORG, ["general practitioner", "general practice"]),
                   E("Primary Care Partnership", ORG), E("Ambulance Victoria", ORG), E("Primary Health Networks", ORG)],
    programs=[E("Hospital Admission Risk Program", PI, ["Hospital Admission Risk Program", "HARP"], aliases=["HARP"],
                types_accept=[CM]),
              E("Hospital Demand Management Strategy", PI), E("Home and Community Care program", PROG)],
    populations=[E("Victorians with chronic and complex conditions", POP), E(HARP_POP, POP),
                 E("older people with complex health and social needs", POP)],
    conditions=[E("chronic heart failure", COND), E("chronic obstructive pulmonary disease", COND), E("diabetes", COND)],
    concepts=[C("care coordinators", "ickg:CareCoordination"),
              C("care plan", "ickg:CarePlanning", accept=["kodner:joint-care-planning"]),
              C("referral pathways", "who-ipchs:care-pathways")],
    statements=[
        S(HARP, "ickg:yearEstablished", 2001, "has helped Victorians with chronic and complex conditions stay out of hospital since 2001"),
        S(HARP, "ickg:targetsPopulation", ("Victorians with chronic and complex conditions", POP),
          "has helped Victorians with chronic and complex conditions stay out of hospital"),
        S(HARP, "ickg:hasGoal", ("reduce avoidable emergency department presentations and admissions", GOAL),
          "It was set up under the Hospital Demand Management Strategy to reduce avoidable emergency department presentations and admissions."),
        S(HARP, "ickg:targetsPopulation", (HARP_POP, POP), HARP_CLIENTS),
        S(HARP, "ickg:targetsPopulation", ("older people with complex health and social needs", POP), HARP_CLIENTS),
        *[S(HARP, "ickg:focusesOnCondition", (c, COND), HARP_CLIENTS)
          for c in ("chronic heart failure", "chronic obstructive pulmonary disease", "diabetes")],
        S(HARP, "ickg:operatedBy", ("health services", ORG), HARP_CC),
        S(HARP, "ickg:operatedBy", ("community health services", ORG), HARP_CC),
        S(HARP, "ickg:hasComponent", ("care coordinators", "ickg:CareCoordination"), HARP_CC),
        S(HARP, "ickg:hasComponent", ("care plan agreed with the client's general practitioner", "ickg:CarePlanning"), HARP_CC),
        S(HARP, "ickg:hasComponent", ("link the client with home nursing, allied health and the Home and Community Care program", MECH),
          HARP_CC),
        S(HARP, "ickg:locatedIn", ("Melbourne", "ickg:Municipality"), HARP_WHERE),
        *[S(HARP, "ickg:locatedIn", (r, "ickg:Region"), HARP_WHERE) for r in HARP_REGIONS],
        S(HARP, "ickg:hasPartner", ("Primary Care Partnership", ORG),
          "In rural areas the program is often run jointly with the local Primary Care Partnership."),
        S(HARP, "ickg:hasFundingModel", ("block grant to each health service", "ickg:FundingModel"),
          "The program is funded through a block grant to each health service rather than by activity."),
        S(HARP, "ickg:hasOutcome", ("fewer emergency presentations among clients in the year after enrolment", OUT),
          "An evaluation commissioned by the department found fewer emergency presentations among clients in the year after enrolment"),
        S(HARP, "ickg:facesBarrier", ("referrals from general practice remain low", BAR), "referrals from general practice remain low"),
    ])

CMO = {"label": "Montefiore Care Management Organization", "type": CM, "aliases": ["CMO"], "types_accept": [ORG]}
PIONEER = {"label": "Pioneer ACO Model", "type": PI, "aliases": ["Pioneer Accountable Care Organizations", "Pioneer ACO"],
           "types_accept": [PP]}
MF = ("Montefiore Health System", ORG)
MF_CMO = ("Its care management subsidiary, the Montefiore Care Management Organization, or CMO, was set up in 1996 to take "
          "on risk contracts with health plans, and today it coordinates care for more than 400,000 people in the Bronx, "
          "Westchester County and the Hudson Valley region.")
MF_PIONEER = ("In 2012 Montefiore became one of the first 32 Pioneer Accountable Care Organizations chosen by the Centers for "
              "Medicare & Medicaid Services (CMS).")
MF_FOCUS = ("The CMO's nurse care managers and social workers focus on frail elderly patients, adults aged 65 and over who "
            "live alone, and patients with two or more chronic conditions such as heart failure, asthma or diabetes.")
MF_CM = ("Care managers visit patients at home, reconcile their medications after discharge from hospital and arrange "
         "transport to appointments.")
DOCUMENTS["train-annualreport-montefiore.txt"] = dict(
    style="annual-report",
    metadata={"title": "Caring for the Bronx and beyond", "authors": [], "date": None, "year": 2015, "journal": None,
              "publisher": "Montefiore Health System", "volume": None, "issue": None, "pages": None, "doi": None,
              "pmid": None, "type": "fabio:ReportDocument"},
    jurisdictions=[E("Bronx", "ickg:Municipality", ["Bronx"]),
                   E("Westchester County", "ickg:Region", ["Westchester County", "Westchester"]),
                   E("Hudson Valley", "ickg:Region", ["Hudson Valley region"])],
    organizations=[E("Montefiore Health System", ORG, ["Montefiore Health System",
                                                       r"re:\bMontefiore\b(?! Health System)(?! Care Management)"]),
                   E("Montefiore Care Management Organization", ORG, ["Montefiore Care Management Organization", "CMO"],
                     aliases=["CMO"], types_accept=[CM]),
                   E("health plans", ORG),
                   E("Centers for Medicare & Medicaid Services", ORG, ["Centers for Medicare & Medicaid Services", "CMS"],
                     aliases=["CMS"]),
                   E("nursing homes", ORG), E("home care agencies", ORG), E("primary care practices", ORG),
                   E("New York State Department of Health", ORG), E("Albert Einstein College of Medicine", ORG)],
    programs=[E("Montefiore Care Management Organization", CM, ["Montefiore Care Management Organization", "CMO"],
                aliases=["CMO"], types_accept=[ORG]),
              E("Pioneer ACO Model", PI, ["Pioneer Accountable Care Organizations", "Pioneer model", "Pioneer ACO"],
                aliases=["Pioneer Accountable Care Organizations", "Pioneer ACO"], types_accept=[PP])],
    populations=[E("frail elderly patients", POP), E("adults aged 65 and over who live alone", POP),
                 E("patients with two or more chronic conditions", POP), E("Medicare beneficiaries", POP)],
    conditions=[E("heart failure", COND), E("asthma", COND), E("diabetes", COND)],
    concepts=[C("care management", "ickg:CaseManagement", ["care management", "care managers", "Care managers"],
                accept=["kodner:case-management", "who-ipchs:case-management"]),
              C("shared savings", "ickg:SharedSavings", ["shares in the savings"])],
    statements=[
        S(CMO, "org:subOrganizationOf", MF, "Its care management subsidiary, the Montefiore Care Management Organization"),
        S(CMO, "ickg:yearEstablished", 1996, "the Montefiore Care Management Organization, or CMO, was set up in 1996"),
        S(CMO, "ickg:hasPartner", ("health plans", ORG), "was set up in 1996 to take on risk contracts with health plans"),
        S(CMO, "ickg:locatedIn", ("Bronx", "ickg:Municipality"), MF_CMO),
        S(CMO, "ickg:locatedIn", ("Westchester County", "ickg:Region"), MF_CMO),
        S(CMO, "ickg:locatedIn", ("Hudson Valley", "ickg:Region"), MF_CMO),
        S(PIONEER, "ickg:yearEstablished", 2012, MF_PIONEER),
        S(PIONEER, "ickg:initiatedBy", ("Centers for Medicare & Medicaid Services", ORG), MF_PIONEER),
        S(PIONEER, "ickg:numberOfPrograms", {"value": 32, "datatype": "xsd:nonNegativeInteger"}, MF_PIONEER),
        S(PIONEER, "ickg:operatedBy", MF, MF_PIONEER),
        S(PIONEER, "ickg:hasFundingModel", ("shares in the savings it achieves against a spending benchmark", "ickg:SharedSavings"),
          "the health system shares in the savings it achieves against a spending benchmark"),
        S(PIONEER, "ickg:targetsPopulation", ("Medicare beneficiaries", POP), "for about 23,000 Medicare beneficiaries"),
        S(CMO, "ickg:targetsPopulation", ("frail elderly patients", POP), MF_FOCUS),
        S(CMO, "ickg:targetsPopulation", ("adults aged 65 and over who live alone", POP), MF_FOCUS),
        S(CMO, "ickg:targetsPopulation", ("patients with two or more chronic conditions", POP), MF_FOCUS),
        *[S(CMO, "ickg:focusesOnCondition", (c, COND), MF_FOCUS) for c in ("heart failure", "asthma", "diabetes")],
        S(CMO, "ickg:hasComponent", ("nurse care managers and social workers", "ickg:CaseManagement"), MF_FOCUS),
        S(CMO, "ickg:hasComponent", ("visit patients at home", MECH), MF_CM),
        S(CMO, "ickg:hasComponent", ("reconcile their medications after discharge from hospital", MECH), MF_CM),
        S(CMO, "ickg:hasComponent", ("arrange transport to appointments", MECH), MF_CM),
        S(PIONEER, "ickg:hasOutcome", ("kept spending below its benchmark", OUT),
          "In its first two performance years the Pioneer ACO kept spending below its benchmark and met its quality targets."),
        S(PIONEER, "ickg:hasOutcome", ("met its quality targets", OUT),
          "In its first two performance years the Pioneer ACO kept spending below its benchmark and met its quality targets."),
        S(CMO, "ickg:facesBarrier", ("Sharing data with nursing homes and home care agencies in Westchester remains difficult", BAR),
          "Sharing data with nursing homes and home care agencies in Westchester remains difficult, because each uses a "
          "different electronic record."),
    ])

PCN = {"label": "primary care networks", "type": PI, "aliases": ["PCN"], "types_accept": [CM]}
PCN_FIRST = ("The first networks will be in Burnaby, the Comox Valley, Prince George, Richmond and South Okanagan "
             "Similkameen.")
PCN_LINKS = ("Each primary care network, or PCN, links the family practices, nurse practitioners and community health "
             "services of one area with the services of the regional health authority.")
PCN_PLANNED = ("The networks are planned jointly by the ministry, the local health authority and the area's Division of "
               "Family Practice")
PCN_PRIORITY = ("The networks will give priority to patients without a regular family doctor, people with complex medical "
                "and psychosocial needs, and frail seniors.")
PCN_PLACES = (("Burnaby", "ickg:Municipality"), ("Comox Valley", "ickg:Region"), ("Prince George", "ickg:Municipality"),
              ("Richmond", "ickg:Municipality"), ("South Okanagan Similkameen", "ickg:Region"))
DOCUMENTS["train-wire-bc-primary-care-networks.txt"] = dict(
    style="news-wire",
    metadata={"title": "B.C. to open first primary care networks in five communities", "authors": [],
              "date": "2019-04-15", "year": 2019, "journal": None, "publisher": "Pacific Health Wire", "volume": None,
              "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:NewsItem"},
    jurisdictions=[E("British Columbia", "ickg:ProvinceOrState", ["British Columbia", r"re:\bB\.C\."]),
                   E("Victoria", "ickg:Municipality", ["VICTORIA"]),
                   *[E(p, t) for p, t in PCN_PLACES]],
    organizations=[E("Ministry of Health", ORG, ["Ministry of Health", r"re:\bministry\b"]),
                   E("Pacific Health Wire", ORG),
                   E("family practices", ORG, ["family practices", r"re:\bpractices'"]),
                   E("nurse practitioners", ORG), E("community health services", ORG),
                   E("regional health authority", ORG, ["regional health authority", "local health authority"]),
                   E("Division of Family Practice", ORG, ["Division of Family Practice", "Divisions of Family Practice"]),
                   E("General Practice Services Committee", ORG), E("Doctors of BC", ORG),
                   E("Fraser Health", ORG), E("Island Health", ORG), E("Northern Health", ORG),
                   E("doctors' groups", ORG, ["Doctors' groups"])],
    programs=[E("primary care networks", PI, ["primary care networks", "primary care network", "PCN"], aliases=["PCN"],
                types_accept=[CM])],
    populations=[E("patients without a regular family doctor", POP),
                 E("people with complex medical and psychosocial needs", POP), E("frail seniors", POP)],
    conditions=[],
    concepts=[],
    statements=[
        S(PCN, "ickg:locatedIn", ("British Columbia", "ickg:ProvinceOrState"),
          "British Columbia will open its first primary care networks this year"),
        S(PCN, "ickg:yearEstablished", 2019, "British Columbia will open its first primary care networks this year"),
        S(PCN, "ickg:hasGoal", ("connect more residents with a family doctor or nurse practitioner", GOAL),
          "as it tries to connect more residents with a family doctor or nurse practitioner", ("tries to", ASPIRATIONAL)),
        *[S(PCN, "ickg:hasPartner", (o, ORG), PCN_LINKS)
          for o in ("family practices", "nurse practitioners", "community health services", "regional health authority")],
        *[S(PCN, "ickg:locatedIn", p, PCN_FIRST) for p in PCN_PLACES],
        S(PCN, "ickg:hasPartner", ("Ministry of Health", ORG), PCN_PLANNED),
        S(PCN, "ickg:hasPartner", ("Division of Family Practice", ORG), PCN_PLANNED),
        S(PCN, "ickg:hasComponent", ("nurses, social workers, clinical pharmacists and physiotherapists who will join the "
                                     "practices' teams", "ickg:InterdisciplinaryTeam"),
          "New funding will pay for nurses, social workers, clinical pharmacists and physiotherapists who will join the practices' teams."),
        *[S(PCN, "ickg:targetsPopulation", (p, POP), PCN_PRIORITY)
          for p in ("patients without a regular family doctor", "people with complex medical and psychosocial needs", "frail seniors")],
        S(PCN, "ickg:operatedBy", ("Island Health", ORG), "Island Health will lead the Comox Valley network"),
        S(PCN, "ickg:operatedBy", ("Northern Health", ORG), "Northern Health the Prince George network"),
        S(PCN, "ickg:facesBarrier", ("shortage of family physicians in rural areas", BAR),
          "a shortage of family physicians in rural areas could slow the work", ("could", HEDGED)),
    ])

CFPT = ("collaborative family practice teams", CM)
NS_STUDY = ("retrospective cohort study", STUDY)
NS_RESULTS = ("Patients of teams had 11% fewer emergency department visits than patients of solo physicians (rate ratio 0.89).")
DOCUMENTS["train-sabs-nova-scotia-teams.txt"] = dict(
    style="structured-abstract",
    metadata={"title": "Collaborative family practice teams and emergency department use by older adults in Nova Scotia: "
                       "a retrospective cohort study",
              "authors": [{"family": "MacIsaac", "given": None, "initials": "R"},
                          {"family": "Boudreau", "given": None, "initials": "L"},
                          {"family": "Chiasson", "given": None, "initials": "P"}],
              "date": None, "year": 2019, "journal": {"title": None, "abbreviation": "Can J Prim Care Res"},
              "publisher": None, "volume": "7", "issue": "2", "pages": "112-120", "doi": "10.9999/cjpcr.2019.0112",
              "pmid": None, "type": "fabio:JournalArticle"},
    jurisdictions=[E("Nova Scotia", "ickg:ProvinceOrState", [r"re:\bNova Scotia\b(?! Health Authority)"]),
                   E("Central Zone", "ickg:Region"), E("Western Zone", "ickg:Region"),
                   E("Halifax", "ickg:Municipality"), E("Canada", "ickg:Country")],
    organizations=[E("district health authorities", ORG),
                   E("Nova Scotia Health Authority", ORG, ["Nova Scotia Health Authority", "NSHA"], aliases=["NSHA"]),
                   E("Department of Health and Wellness", ORG),
                   E("Department of Family Medicine, Dalhousie University", ORG,
                     ["Department of Family Medicine", "Dalhousie University"]),
                   E("IWK Health Centre", ORG)],
    programs=[E("collaborative family practice teams", CM, ["collaborative family practice teams", "Collaborative family practice teams"])],
    populations=[E("patients aged 65 and over", POP, ["patients aged 65 and over", "older adults"]),
                 E("frail elderly patients", POP, ["Frail elderly patients"]),
                 E("patients with two or more chronic conditions", POP)],
    conditions=[E("chronic obstructive pulmonary disease", COND), E("heart failure", COND)],
    concepts=[C("cohort study", "design:cohort-study", ["retrospective cohort study", "Retrospective cohort study"]),
              C("fee for service", "ickg:FeeForService")],
    statements=[
        S(("Nova Scotia Health Authority", ORG), "ickg:yearEstablished", 2015,
          "In 2015 Nova Scotia replaced its nine district health authorities with a single provincial authority, the Nova Scotia Health Authority (NSHA)."),
        S(CFPT, "ickg:locatedIn", ("Nova Scotia", "ickg:ProvinceOrState"),
          "Collaborative family practice teams and emergency department use by older adults in Nova Scotia"),
        S(CFPT, "ickg:hasComponent", ("family physicians work with family practice nurses, nurse practitioners and other providers",
                                      "ickg:InterdisciplinaryTeam"),
          "in which family physicians work with family practice nurses, nurse practitioners and other providers"),
        S(CFPT, "ickg:targetsPopulation", ("patients aged 65 and over", POP),
          "whether patients aged 65 and over who are enrolled with collaborative family practice teams"),
        S(NS_STUDY, "ickg:evaluates", CFPT,
          "To assess whether patients aged 65 and over who are enrolled with collaborative family practice teams use emergency "
          "departments less than similar patients of physicians in solo practice."),
        S(NS_STUDY, "ickg:hasStudyDesign", ("cohort study", "ickg:StudyDesign", "design:cohort-study"),
          "Retrospective cohort study of physician billing and emergency department records"),
        S(NS_STUDY, "ickg:usesMethod", ("physician billing and emergency department records", METHOD),
          "Retrospective cohort study of physician billing and emergency department records"),
        S(NS_STUDY, "ickg:sampleSize", 18342, "We included 18,342 patients aged 65 and over"),
        S(NS_STUDY, "ickg:sampleSize", 7921, "of whom 7,921 were enrolled with 41 teams"),
        S(CFPT, "ickg:hasOutcome", ("11% fewer emergency department visits than patients of solo physicians", OUT), NS_RESULTS),
        S(CFPT, "ickg:hasOutcome", ("lower emergency department use by older adults", OUT),
          "Collaborative family practice teams were associated with lower emergency department use by older adults."),
        S(CFPT, "ickg:focusesOnCondition", ("chronic obstructive pulmonary disease", COND),
          "in particular those with chronic obstructive pulmonary disease or heart failure"),
        S(CFPT, "ickg:focusesOnCondition", ("heart failure", COND),
          "in particular those with chronic obstructive pulmonary disease or heart failure"),
        S(CFPT, "ickg:hasFundingModel", ("alternative payment plans", "ickg:FundingModel"),
          "Teams whose physicians were paid through alternative payment plans rather than fee for service had the largest reductions."),
        S(CFPT, "ickg:facesBarrier", ("Limited after-hours access", BAR),
          "Limited after-hours access and the lack of an electronic record shared between teams and hospitals may limit the effect.",
          ("may", HEDGED)),
        S(CFPT, "ickg:facesBarrier", ("lack of an electronic record shared between teams and hospitals", BAR),
          "Limited after-hours access and the lack of an electronic record shared between teams and hospitals may limit the effect.",
          ("may", HEDGED)),
    ])


# --- helper ents12, second round: written after the rules were changed on dev and train, gold before any run ---
ACC = {"label": "Accountable Care Collaborative", "type": PI, "aliases": ["ACC"], "types_accept": [CM]}
HFC = ("Health First Colorado", PI)
ACC_POPS = ("members with complex medical and behavioral health needs", "children and youth in foster care",
            "adults leaving the Department of Corrections")
ACC_WHO = ("Members with complex medical and behavioral health needs, children and youth in foster care, and adults "
           "leaving the Department of Corrections will be connected with a care coordinator in their first month.")
ACC_PAY = ("Each RAE will pay primary care medical providers a per-member-per-month fee for care coordination and will "
           "manage a capitated behavioral health benefit.")
ACC_R2 = "Northeast Health Partners will serve Region 2, which includes Larimer County and Weld County"
ACC_R1 = "Rocky Mountain Health Plans will serve Region 1 on the Western Slope, including Grand Junction"
DOCUMENTS["train-bulletin-colorado-acc.txt"] = dict(
    style="email-bulletin",
    metadata={"title": "Accountable Care Collaborative: what changes on July 1", "authors": [], "date": "2018-06-12",
              "year": 2018, "journal": None, "publisher": "Department of Health Care Policy and Financing",
              "publisher_accept": ["Health First Colorado Partner Bulletin"], "volume": None, "issue": None,
              "pages": None, "doi": None, "pmid": None, "type": "fabio:NewsItem"},
    jurisdictions=[E("Colorado", "ickg:ProvinceOrState", [r"re:(?<!First )\bColorado\b"]),
                   E("Region 2", "ickg:Region"), E("Region 1", "ickg:Region"),
                   E("Larimer County", "ickg:Region"), E("Weld County", "ickg:Region"),
                   E("Western Slope", "ickg:Region"), E("Grand Junction", "ickg:Municipality"),
                   E("Denver", "ickg:Municipality"), E("Pueblo", "ickg:Municipality")],
    organizations=[E("Department of Health Care Policy and Financing", ORG,
                     ["Department of Health Care Policy and Financing", r"re:\bDepartment\b(?! of)"]),
                   E("Regional Care Collaborative Organizations", ORG, ["Regional Care Collaborative Organizations", "RCCOs"],
                     aliases=["RCCOs"]),
                   E("primary care medical providers", ORG), E("behavioral health organizations", ORG),
                   E("Regional Accountable Entities", ORG, ["Regional Accountable Entities", "RAEs", "RAE"], aliases=["RAEs"]),
                   E("Northeast Health Partners", ORG), E("Rocky Mountain Health Plans", ORG),
                   E("Department of Corrections", ORG)],
    programs=[E("Accountable Care Collaborative", PI, ["Accountable Care Collaborative", "ACC"], aliases=["ACC"],
                types_accept=[CM]),
              E("Health First Colorado", PI, [r"re:\bHealth First Colorado\b(?! Partner)"])],
    populations=[E(p, POP, [p[:1].upper() + p[1:], p] if p.startswith("members") else None) for p in ACC_POPS],
    conditions=[],
    concepts=[C("care coordination", "ickg:CareCoordination", ["care coordination", "care coordinator"]),
              C("capitated", "ickg:Capitation")],
    statements=[
        S(ACC, "ickg:yearEstablished", 2011, "The ACC began in 2011"),
        S(HFC, "ickg:hasComponent", ACC, "The ACC began in 2011 as the core of Health First Colorado, the state's Medicaid program."),
        S(ACC, "ickg:locatedIn", ("Colorado", "ickg:ProvinceOrState"),
          "Colorado's Department of Health Care Policy and Financing (the Department) is writing to explain the next phase of "
          "the Accountable Care Collaborative"),
        S(ACC, "ickg:hasPartner", ("Regional Care Collaborative Organizations", ORG),
          "seven Regional Care Collaborative Organizations (RCCOs) have connected members with primary care medical providers"),
        S(ACC, "ickg:hasPartner", ("Regional Accountable Entities", ORG),
          "From July 1, 2018, seven Regional Accountable Entities (RAEs) will take over both jobs in each region."),
        S(("Regional Accountable Entities", ORG), "ickg:yearEstablished", 2018,
          "From July 1, 2018, seven Regional Accountable Entities (RAEs) will take over"),
        S(ACC, "ickg:hasFundingModel", ("per-member-per-month fee for care coordination", "ickg:FundingModel"), ACC_PAY),
        S(ACC, "ickg:hasFundingModel", ("capitated behavioral health benefit", "ickg:Capitation"), ACC_PAY),
        S(ACC, "ickg:operatedBy", ("Northeast Health Partners", ORG), ACC_R2),
        S(ACC, "ickg:operatedBy", ("Rocky Mountain Health Plans", ORG), ACC_R1),
        S(ACC, "ickg:locatedIn", ("Larimer County", "ickg:Region"), ACC_R2),
        S(ACC, "ickg:locatedIn", ("Weld County", "ickg:Region"), ACC_R2),
        S(ACC, "ickg:locatedIn", ("Grand Junction", "ickg:Municipality"), ACC_R1),
        *[S(ACC, "ickg:targetsPopulation", (p, POP), ACC_WHO) for p in ACC_POPS],
        S(ACC, "ickg:hasComponent", ("care coordinator in their first month", "ickg:CareCoordination"), ACC_WHO),
        S(ACC, "ickg:facesBarrier", ("new attribution rules are hard to follow", BAR),
          "Some providers have told us that the new attribution rules are hard to follow."),
    ])

MHT = ("My Health Teams", CM)
MHT_STUDY = ("study", STUDY)
MHT_INTRO = ("My Health Teams were introduced by Manitoba Health, Seniors and Active Living together with the regional "
             "health authorities from 2014.")
MHT_LINKS = ("Each team links family physicians and nurse practitioners in one area with shared staff such as mental "
             "health workers, dietitians and pharmacists.")
DOCUMENTS["train-univpress-manitoba-teams.txt"] = dict(
    style="university-press-release",
    metadata={"title": "Team-based primary care linked to fewer repeat hospital stays in Manitoba, study finds",
              "authors": [], "date": "2018-10-09", "year": 2018, "journal": None, "publisher": None, "volume": None,
              "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:PressRelease"},
    jurisdictions=[E("Manitoba", "ickg:ProvinceOrState", [r"re:(?<!Research )\bManitoba\b(?! Health)", r"re:\bMan\.(?= -)"]),
                   E("Winnipeg", "ickg:Municipality", ["WINNIPEG", "Winnipeg"]),
                   E("Brandon", "ickg:Municipality"), E("Steinbach", "ickg:Municipality")],
    organizations=[E("Prairie Centre for Primary Care Research", ORG),
                   E("Manitoba Health, Seniors and Active Living", ORG),
                   E("regional health authorities", ORG), E("family physicians", ORG), E("nurse practitioners", ORG),
                   E("Research Manitoba", ORG)],
    programs=[E("My Health Teams", CM, ["My Health Teams"], types_accept=[PI])],
    populations=[E("adults aged 65 and over", POP),
                 E("patients with heart failure or chronic obstructive pulmonary disease", POP,
                   ["Patients with heart failure or chronic obstructive pulmonary disease"]),
                 E("people with several chronic conditions", POP, ["People with several chronic conditions"]),
                 E("seniors living alone", POP)],
    conditions=[E("heart failure", COND), E("chronic obstructive pulmonary disease", COND)],
    concepts=[],
    statements=[
        S(MHT, "ickg:locatedIn", ("Manitoba", "ickg:ProvinceOrState"), "one of Manitoba's My Health Teams"),
        S(MHT, "ickg:initiatedBy", ("Manitoba Health, Seniors and Active Living", ORG), MHT_INTRO),
        S(MHT, "ickg:initiatedBy", ("regional health authorities", ORG), MHT_INTRO),
        S(MHT, "ickg:yearEstablished", 2014, MHT_INTRO),
        S(MHT, "ickg:hasPartner", ("family physicians", ORG), MHT_LINKS),
        S(MHT, "ickg:hasPartner", ("nurse practitioners", ORG), MHT_LINKS),
        S(MHT, "ickg:hasComponent", ("shared staff such as mental health workers, dietitians and pharmacists",
                                     "ickg:InterdisciplinaryTeam"), MHT_LINKS),
        S(MHT_STUDY, "ickg:evaluates", MHT, "according to a study by researchers at the Prairie Centre for Primary Care Research"),
        S(MHT_STUDY, "ickg:conductedBy", ("Prairie Centre for Primary Care Research", ORG),
          "a study by researchers at the Prairie Centre for Primary Care Research"),
        S(MHT_STUDY, "ickg:sampleSize", 6104, "The researchers compared 6,104 adults aged 65 and over"),
        S(MHT, "ickg:hasOutcome", ("less likely to return to hospital within 30 days of discharge", OUT),
          "were less likely to return to hospital within 30 days of discharge"),
    ])

# --- helper stmt12 (issue 12, statements), round 1: four documents in styles the set lacked, gold written before the
# extractor first ran on them (a parliamentary committee report, a quality-improvement case study, a country brief
# in the WHO Regional Office's style and a health insurer's program page).
STP = {"label": "Sustainability and transformation partnerships", "type": PI, "aliases": ["STPs"], "types_accept": [CM]}
ICSYS = {"label": "integrated care systems", "type": CM, "aliases": ["accountable care systems"], "types_accept": [PI]}
STP_WITH = ("STPs bring together NHS providers, clinical commissioning groups and local authorities, and many also involve "
            "the voluntary sector.")
STP_GAPS = ("close the three gaps named in the Five Year Forward View: the health and wellbeing gap, the care and quality gap, "
            "and the finance and efficiency gap")
STP_BACK = ("the absence of a legal basis, poor engagement with the public and the pressure on social care budgets had held "
            "the partnerships back")
ICS_2017 = ("In June 2017 NHS England announced that eight of the most advanced partnerships would become \"accountable care "
            "systems\", later renamed integrated care systems.")
STP_REC1 = ("give the partnerships a statutory footing", REC)
STP_REC2 = ("require every partnership to hold its board meetings in public", REC)
DOCUMENTS["train-committee-stps.txt"] = dict(
    style="parliamentary-committee-report",
    metadata={"title": "Integrated care: organisations, partnerships and systems", "authors": [],
              "date": "2018-06-11", "year": 2018, "journal": None, "publisher": "House of Commons",
              "publisher_accept": ["Health and Social Care Committee"],
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:ReportDocument"},
    jurisdictions=[E("England", "ickg:Region", types_accept=["ickg:Country"])],
    organizations=[E("House of Commons", ORG), E("Health and Social Care Committee", ORG), E("NHS England", ORG),
                   E("NHS organisations", ORG), E("councils", ORG), E("NHS providers", ORG, [r"re:\bNHS providers\b"]),
                   E("clinical commissioning groups", ORG), E("local authorities", ORG), E("voluntary sector", ORG),
                   E("Local Government Association", ORG),  # "NHS Providers" (the members' body) is one name with "NHS providers" by rule L
                   E("Government", ORG, [r"re:\bGovernment\b"])],
    programs=[E("Sustainability and transformation partnerships", PI,
                ["Sustainability and transformation partnerships", "sustainability and transformation partnerships", "STPs"],
                aliases=["STPs"], types_accept=[CM]),
              E("integrated care systems", CM, ["integrated care systems", "accountable care systems"],
                aliases=["accountable care systems"], types_accept=[PI])],
    populations=[],
    conditions=[],
    concepts=[],
    statements=[
        S(STP, "ickg:yearEstablished", 2016, "Sustainability and transformation partnerships (STPs) were formed in 2016"),
        S(STP, "ickg:initiatedBy", ("NHS England", ORG),
          "when NHS England and five other national bodies asked local NHS organisations and councils to plan together"),
        S(STP, "ickg:numberOfPrograms", {"value": 44, "datatype": "xsd:nonNegativeInteger"},
          "to plan together for the populations of 44 areas of England"),
        S(STP, "ickg:locatedIn", ("England", "ickg:Region"), "to plan together for the populations of 44 areas of England"),
        S(STP, "ickg:hasPartner", ("NHS providers", ORG), STP_WITH),
        S(STP, "ickg:hasPartner", ("clinical commissioning groups", ORG), STP_WITH),
        S(STP, "ickg:hasPartner", ("local authorities", ORG), STP_WITH),
        S(STP, "ickg:hasPartner", ("voluntary sector", ORG), STP_WITH),
        S(STP, "ickg:hasGoal", ("close the health and wellbeing gap", GOAL), STP_GAPS),
        S(STP, "ickg:hasGoal", ("close the care and quality gap", GOAL), STP_GAPS),
        S(STP, "ickg:hasGoal", ("close the finance and efficiency gap", GOAL), STP_GAPS),
        S(STP, "ickg:hasOutcome", ("improved relationships between local leaders", OUT),
          "the partnerships had improved relationships between local leaders"),
        S(STP, "ickg:facesBarrier", ("absence of a legal basis", BAR), STP_BACK),
        S(STP, "ickg:facesBarrier", ("poor engagement with the public", BAR), STP_BACK),
        S(STP, "ickg:facesBarrier", ("pressure on social care budgets", BAR), STP_BACK),
        S(STP, "ickg:facesBarrier", ("councils treated as junior partners", BAR),
          "councils had too often been treated as junior partners in STPs"),
        S(STP, "ickg:facesBarrier", ("lacked the staff and the funding to carry out their plans", BAR),
          "the partnerships lacked the staff and the funding to carry out their plans"),
        S(ICSYS, "ickg:yearEstablished", 2017, ICS_2017),
        S(ICSYS, "ickg:initiatedBy", ("NHS England", ORG), ICS_2017),
        S(ICSYS, "ickg:numberOfPrograms", {"value": 8, "datatype": "xsd:nonNegativeInteger"}, ICS_2017),
        S(STP_REC1, "ickg:addressedTo", ("Government", ORG),
          "We recommend that the Government brings forward legislation to give the partnerships a statutory footing by 2020."),
        S(STP_REC1, "ickg:ordinal", {"value": 1, "datatype": "xsd:positiveInteger"}, "1. The lack of a legal basis"),
        S(STP_REC2, "ickg:addressedTo", ("NHS England", ORG),
          "We recommend that NHS England requires every partnership to hold its board meetings in public."),
        S(STP_REC2, "ickg:ordinal", {"value": 2, "datatype": "xsd:positiveInteger"}, "2. Local communities have had little say"),
    ])

CPC = {"label": "Community Paramedicine at Clinic program", "type": CM, "aliases": ["CP@clinic"], "types_accept": [PI]}
CPC_STUDY = ("cluster randomized controlled trial in 30 subsidized housing buildings", STUDY)
CPC_DEV = ("The Community Paramedicine at Clinic program (CP@clinic) was developed in 2011 by researchers at McMaster "
           "University's Department of Family Medicine with Hamilton Paramedic Service.")
CPC_CHECK = "At each session they check blood pressure, assess the risk of diabetes and falls, and give advice on healthy living."
CPC_TRIAL = "The team tested the program in a cluster randomized controlled trial in 30 subsidized housing buildings."
DOCUMENTS["train-qicase-cp-clinic.txt"] = dict(
    style="quality-improvement-case-study",
    metadata={"title": "Bringing the paramedic to the building: the Community Paramedicine at Clinic program in Hamilton, Ontario",
              "authors": [{"family": "Okafor", "given": None, "initials": "M"},
                          {"family": "Desrochers", "given": None, "initials": "L"}],
              "date": None, "year": 2019, "journal": None, "publisher": "Centre for Care Improvement",
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:ReportDocument"},
    jurisdictions=[E("Hamilton", "ickg:Municipality", [r"re:\bHamilton\b(?! Paramedic)"]), E("Ontario", "ickg:ProvinceOrState", [r"re:\bOntario\b(?! Quality)"]),
                   E("Quebec", "ickg:ProvinceOrState"), E("Prince Edward Island", "ickg:ProvinceOrState")],
    organizations=[E("Ontario Quality Forum", ORG), E("Centre for Care Improvement", ORG),
                   E("McMaster University's Department of Family Medicine", ORG,
                     ["McMaster University's Department of Family Medicine"], aliases=["McMaster University"]),
                   E("Hamilton Paramedic Service", ORG), E("family physician", ORG, ["family physician", "family physicians"])],
    programs=[E("Community Paramedicine at Clinic program", CM,
                ["Community Paramedicine at Clinic program", "CP@clinic"], aliases=["CP@clinic"], types_accept=[PI])],
    populations=[E("older adults living in subsidized housing buildings", POP,
                   ["Older adults living in subsidized housing buildings"]),
                 E("residents at high risk", POP)],
    conditions=[E("high blood pressure", COND, aliases=["hypertension"]), E("diabetes", COND, [r"re:\bdiabetes\b"])],
    concepts=[],
    statements=[
        S(CPC, "ickg:yearEstablished", 2011, CPC_DEV),
        S(CPC, "ickg:initiatedBy", ("McMaster University's Department of Family Medicine", ORG), CPC_DEV),
        S(CPC, "ickg:hasPartner", ("Hamilton Paramedic Service", ORG), CPC_DEV),
        S(CPC, "ickg:locatedIn", ("Hamilton", "ickg:Municipality"), "the Community Paramedicine at Clinic program in Hamilton, Ontario"),
        S(CPC, "ickg:targetsPopulation", ("older adults living in subsidized housing buildings", POP),
          "Older adults living in subsidized housing buildings in Hamilton call 911 far more often than other seniors"),
        S(CPC, "ickg:hasComponent", ("free weekly drop-in sessions", MECH),
          "Community paramedics hold free weekly drop-in sessions in the common room of each building."),
        S(CPC, "ickg:hasComponent", ("check blood pressure", MECH), CPC_CHECK),
        S(CPC, "ickg:hasComponent", ("assess the risk of diabetes and falls", "ickg:StandardizedAssessment"), CPC_CHECK),
        S(CPC, "ickg:hasComponent", ("advice on healthy living", MECH), CPC_CHECK),
        S(CPC, "ickg:hasComponent", ("results are sent to the resident's family physician", "ickg:SharedInformationSystem"),
          "the results are sent to the resident's family physician"),
        S(CPC, "ickg:hasComponent", ("residents at high risk are referred to community programs", MECH),
          "residents at high risk are referred to community programs"),
        S(CPC, "ickg:focusesOnCondition", ("high blood pressure", COND), "Many have high blood pressure, diabetes or a history of falls"),
        S(CPC, "ickg:focusesOnCondition", ("diabetes", COND), "assess the risk of diabetes and falls"),
        S(CPC_STUDY, "ickg:evaluates", CPC, CPC_TRIAL),
        S(CPC_STUDY, "ickg:hasStudyDesign", ("cluster randomized controlled trial", "ickg:StudyDesign", "design:clinical-trial"), CPC_TRIAL),
        S(CPC_STUDY, "ickg:sampleSize", 30, CPC_TRIAL),
        S(CPC, "ickg:hasOutcome", ("fewer ambulance calls", OUT),
          "Buildings that had the weekly sessions recorded fewer ambulance calls than buildings that did not"),
        S(CPC, "ickg:hasOutcome", ("residents' blood pressure improved", OUT), "residents' blood pressure improved"),
        S(CPC, "ickg:hasComponent", ("shared database", "ickg:SharedInformationSystem"),
          "Paramedics logged each visit in a shared database"),
        S(CPC, "ickg:facesBarrier", ("paramedics were not always able to reach family physicians", BAR),
          "Paramedics were not always able to reach family physicians"),
        S(CPC, "ickg:facesBarrier", ("some residents did not want their results shared", BAR),
          "some residents did not want their results shared"),
        S(CPC, "ickg:facesBarrier", ("short-term research grants", BAR),
          "Short-term research grants made it hard to keep the sessions going once a study ended."),
        S(CPC, "ickg:locatedIn", ("Quebec", "ickg:ProvinceOrState"),
          "The program has since spread to other Ontario communities and to sites in Quebec and Prince Edward Island."),
        S(CPC, "ickg:locatedIn", ("Prince Edward Island", "ickg:ProvinceOrState"),
          "The program has since spread to other Ontario communities and to sites in Quebec and Prince Edward Island."),
        S(CPC, "ickg:locatedIn", ("Ontario", "ickg:ProvinceOrState"), "the Community Paramedicine at Clinic program in Hamilton, Ontario"),
        S(CPC, "ickg:hasGoal", ("lower the demand for emergency services", GOAL),
          "the program could lower the demand for emergency services if it is funded as part of ordinary paramedic services",
          ("could", HEDGED)),
    ])

EFM = {"label": "family medicine", "type": PI, "types_accept": [CM]}
QBS = {"label": "quality bonus system", "type": "ickg:PayForPerformance", "aliases": ["QBS"]}
QBS_P = {"label": "quality bonus system", "type": PI, "aliases": ["QBS"], "types_accept": [CM]}
EHIF = {"label": "Estonian Health Insurance Fund", "type": ORG, "aliases": ["EHIF"]}
EST_PAY = ("The EHIF pays each practice through a mix of a monthly capitation fee, a basic allowance for the practice, "
           "fee-for-service payments for selected tests and procedures, and, since 2006, a quality bonus.")
QBS_INTRO = ("The quality bonus system (QBS) was introduced by the EHIF in 2006 to strengthen prevention and chronic disease "
             "management in family practice.")
QBS_TARGETS = ("for the follow-up of patients with type 2 diabetes, hypertension and hypothyroidism")
DOCUMENTS["train-countrybrief-estonia.txt"] = dict(
    style="country-brief",
    metadata={"title": "Estonia: family medicine and the quality bonus system", "authors": [],
              "date": None, "year": 2018, "journal": None, "publisher": "WHO Regional Office for Europe",
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:ReportDocument",
              "type_accept": ["fabio:BriefReport"]},
    jurisdictions=[E("Estonia", "ickg:Country"), E("Copenhagen", "ickg:Municipality")],
    organizations=[E("WHO Regional Office for Europe", ORG),
                   E("Estonian Health Insurance Fund", ORG, ["Estonian Health Insurance Fund", "EHIF"], aliases=["EHIF"]),
                   E("Ministry of Social Affairs", ORG), E("family physicians", ORG, [r"re:\b[Ff]amily physicians?\b"]),
                   E("family nurses", ORG), E("hospitals", ORG), E("municipalities", ORG)],
    programs=[E("family medicine", PI, [r"re:\b[Ff]amily medicine\b"], types_accept=[CM]),
              E("quality bonus system", PI, [r"re:\b[Qq]uality bonus system\b", "QBS"], aliases=["QBS"], types_accept=[CM])],
    populations=[E("patients with type 2 diabetes, hypertension and hypothyroidism", POP),
                 E("people with several chronic conditions", POP)],
    conditions=[E("type 2 diabetes", COND), E("hypertension", COND), E("hypothyroidism", COND)],
    concepts=[C("capitation", "ickg:Capitation", ["capitation fee"]),
              C("fee-for-service", "ickg:FeeForService", ["fee-for-service payments"]),
              C("quality bonus", "ickg:PayForPerformance")],
    statements=[
        S(EFM, "ickg:locatedIn", ("Estonia", "ickg:Country"),
          "Estonia built its primary health care on family medicine after independence in 1991."),
        S(EFM, "ickg:yearEstablished", 1998, "From 1998 family medicine was introduced as a specialty"),
        S(EFM, "ickg:hasComponent", ("registers with a family physician", MECH),
          "every resident registers with a family physician on a list of about 1,600 people"),
        S(EFM, "ickg:hasComponent", ("family nurses", "ickg:InterdisciplinaryTeam"), "Family physicians work with family nurses"),
        S(EFM, "ickg:hasComponent", ("gatekeepers to specialist care", MECH), "act as gatekeepers to specialist care"),
        S(EFM, "ickg:hasFundingModel", ("monthly capitation fee", "ickg:Capitation"), EST_PAY),
        S(EFM, "ickg:hasFundingModel", ("fee-for-service payments for selected tests and procedures", "ickg:FeeForService"), EST_PAY),
        S(EFM, "ickg:hasFundingModel", ("quality bonus", "ickg:PayForPerformance"), EST_PAY),
        S(EFM, "ickg:operatedBy", EHIF, "the Estonian Health Insurance Fund (EHIF) purchases services on behalf of the insured"),
        S(QBS_P, "ickg:initiatedBy", EHIF, QBS_INTRO),
        S(QBS_P, "ickg:yearEstablished", 2006, QBS_INTRO),
        S(QBS_P, "ickg:hasGoal", ("strengthen prevention and chronic disease management in family practice", GOAL), QBS_INTRO),
        S(QBS_P, "ickg:targetsPopulation", ("patients with type 2 diabetes, hypertension and hypothyroidism", POP), QBS_TARGETS),
        S(QBS_P, "ickg:focusesOnCondition", ("type 2 diabetes", COND), QBS_TARGETS),
        S(QBS_P, "ickg:focusesOnCondition", ("hypertension", COND), QBS_TARGETS),
        S(QBS_P, "ickg:focusesOnCondition", ("hypothyroidism", COND), QBS_TARGETS),
        S(QBS_P, "ickg:hasOutcome", ("more than 90% of family physicians took part", OUT),
          "By 2015 more than 90% of family physicians took part."),
        S(EFM, "ickg:hasComponent", ("nationwide health information system", "ickg:SharedInformationSystem"),
          "Since 2008 a nationwide health information system has held each patient's records from family practices and hospitals"),
        S(EFM, "ickg:hasComponent", ("prescriptions issued electronically", "ickg:SharedInformationSystem"),
          "since 2010 almost all prescriptions have been issued electronically"),
        S(EFM, "ickg:facesBarrier", ("workforce of family physicians is ageing", BAR), "The workforce of family physicians is ageing"),
        S(EFM, "ickg:facesBarrier", ("rural practices find it hard to recruit", BAR), "rural practices find it hard to recruit"),
        S(EFM, "ickg:facesBarrier", ("care for people with several chronic conditions remains fragmented", BAR),
          "Care for people with several chronic conditions remains fragmented between primary care, specialists and social care"),
        S(("municipalities", ORG), "ickg:responsibleFor", ("social care", "ickg:CareSector"),
          "social care, which is run by the municipalities"),
    ])

BCBSM = {"label": "Blue Cross Blue Shield of Michigan", "type": ORG}
BPCMH = {"label": "Patient-Centered Medical Home program", "type": CM, "types_accept": [PI]}
PGIP = {"label": "Physician Group Incentive Program", "type": PI, "aliases": ["PGIP"], "types_accept": [CM]}
PDCM = {"label": "Provider-Delivered Care Management", "type": PI, "types_accept": ["ickg:CaseManagement", CM]}
BC_OFFER = ("Designated practices offer 24-hour access to a clinician, extended office hours, patient registries, care "
            "management for patients with chronic conditions and coordination with specialists and hospitals.")
BC_SERVES = ("The program serves Blue Cross commercial members and Medicare Advantage members who see a designated primary "
             "care physician.")
BC_FOCUS = ("Care management focuses on members with diabetes, heart failure, asthma and chronic obstructive pulmonary disease.")
BC_EVAL = ("An evaluation by the University of Michigan found that adult members of designated practices had lower rates of "
           "emergency department visits and of high-tech imaging than members of other practices.")
DOCUMENTS["train-insurer-bcbsm-pcmh.txt"] = dict(
    style="health-insurer-program-page",
    metadata={"title": "Patient-Centered Medical Home program", "authors": [], "date": None, "year": 2019,
              "journal": None, "publisher": "Blue Cross Blue Shield of Michigan",
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:WebPage"},
    jurisdictions=[E("Michigan", "ickg:ProvinceOrState", [r"re:(?<!Shield of )(?<!University of )\bMichigan\b"]),
                   E("United States", "ickg:Country")],
    organizations=[E("Blue Cross Blue Shield of Michigan", ORG),
                   E("physician organizations", ORG, [r"re:\bphysician organizations?\b"]),
                   E("primary care practices", ORG, ["primary care practices", "Designated practices", "designated practices"]),
                   E("University of Michigan", ORG), E("Blue Cross and Blue Shield Association", ORG)],
    programs=[E("Patient-Centered Medical Home program", CM,
                ["Patient-Centered Medical Home program", "Patient-Centered Medical Home"], types_accept=[PI]),
              E("Physician Group Incentive Program", PI, ["Physician Group Incentive Program", "PGIP"], aliases=["PGIP"],
                types_accept=[CM]),
              E("Provider-Delivered Care Management", PI, types_accept=[CM])],
    populations=[E("Blue Cross commercial members", POP), E("Medicare Advantage members", POP),
                 E("patients with chronic conditions", POP), E("patients who have complex needs", POP),
                 E("members with diabetes, heart failure, asthma and chronic obstructive pulmonary disease", POP)],
    conditions=[E("diabetes", COND), E("heart failure", COND), E("asthma", COND), E("chronic obstructive pulmonary disease", COND)],
    concepts=[C("care management", "ickg:CaseManagement", ["care management", "Care management"]),
              C("patient registries", "ickg:SharedInformationSystem")],
    statements=[
        S(BPCMH, "ickg:locatedIn", ("Michigan", "ickg:ProvinceOrState"),
          "to work with physician organizations across Michigan on improving the quality of care"),
        S(PGIP, "ickg:hasComponent", BPCMH, "It is part of the Physician Group Incentive Program (PGIP)"),
        S(PGIP, "ickg:yearEstablished", 2005, "the Physician Group Incentive Program (PGIP), which we launched in 2005"),
        S(PGIP, "ickg:initiatedBy", BCBSM, "the Physician Group Incentive Program (PGIP), which we launched in 2005"),
        S(BPCMH, "ickg:operatedBy", BCBSM, "Blue Cross Blue Shield of Michigan's Patient-Centered Medical Home program"),
        S(PGIP, "ickg:hasPartner", ("physician organizations", ORG),
          "to work with physician organizations across Michigan on improving the quality of care"),
        S(BPCMH, "ickg:yearEstablished", 2009, "Since 2009 we have designated primary care practices"),
        S(BPCMH, "ickg:hasPartner", ("primary care practices", ORG), "Since 2009 we have designated primary care practices"),
        S(BPCMH, "ickg:hasComponent", ("24-hour access to a clinician", MECH), BC_OFFER),
        S(BPCMH, "ickg:hasComponent", ("extended office hours", MECH), BC_OFFER),
        S(BPCMH, "ickg:hasComponent", ("patient registries", "ickg:SharedInformationSystem"), BC_OFFER),
        S(BPCMH, "ickg:hasComponent", ("care management for patients with chronic conditions", "ickg:CaseManagement"), BC_OFFER),
        S(BPCMH, "ickg:hasComponent", ("coordination with specialists and hospitals", "ickg:CareCoordination"), BC_OFFER),
        S(BPCMH, "ickg:hasPartner", ("physician organizations", ORG),
          "Practices take part through their physician organizations, which receive incentive funds to build these capabilities."),
        S(BPCMH, "ickg:hasFundingModel", ("incentive funds", "ickg:ProviderIncentive"),
          "which receive incentive funds to build these capabilities"),
        S(BPCMH, "ickg:hasFundingModel", ("higher fees for office visits", "ickg:PayForPerformance"),
          "Practices that earn designation are paid higher fees for office visits."),
        S(BPCMH, "ickg:hasComponent", PDCM,
          "Since 2012, Provider-Delivered Care Management lets practices bill for the services of nurses, social workers and "
          "other care managers"),
        S(PDCM, "ickg:yearEstablished", 2012, "Since 2012, Provider-Delivered Care Management"),
        S(BPCMH, "ickg:targetsPopulation", ("Blue Cross commercial members", POP), BC_SERVES),
        S(BPCMH, "ickg:targetsPopulation", ("Medicare Advantage members", POP), BC_SERVES),
        S(BPCMH, "ickg:focusesOnCondition", ("diabetes", COND), BC_FOCUS),
        S(BPCMH, "ickg:focusesOnCondition", ("heart failure", COND), BC_FOCUS),
        S(BPCMH, "ickg:focusesOnCondition", ("asthma", COND), BC_FOCUS),
        S(BPCMH, "ickg:focusesOnCondition", ("chronic obstructive pulmonary disease", COND), BC_FOCUS),
        S(("evaluation by the University of Michigan", STUDY), "ickg:evaluates", BPCMH, BC_EVAL),
        S(("evaluation by the University of Michigan", STUDY), "ickg:conductedBy", ("University of Michigan", ORG), BC_EVAL),
        S(BPCMH, "ickg:hasOutcome", ("lower rates of emergency department visits", OUT), BC_EVAL),
        S(BPCMH, "ickg:hasOutcome", ("lower rates of high-tech imaging", OUT), BC_EVAL),
    ])

# --- helper stmt12, round 2: two documents written after the rule changes of this session, gold committed before
# the extractor first ran on them (a municipal health department's public account, a sickness fund's member magazine).
CESFAM = {"label": "family health centres", "type": CM, "aliases": ["CESFAM"], "types_accept": [PI, ORG]}
MAIS = {"label": "Model of Integral Family and Community Health", "type": CM, "types_accept": [PI]}
CVHP = {"label": "Cardiovascular Health Program", "type": PI, "types_accept": [CM]}
CES_TEAMS = ("Teams visit families at home, run preventive check-ups and lead health committees with local community "
             "organisations.")
CES_PAY = ("Most of our income comes from the per capita payment, a monthly amount for each registered resident that the "
           "Ministry of Health transfers through the National Health Fund (FONASA).")
CVHP_WHO = "In 2019 the Cardiovascular Health Program followed 6,830 people with hypertension, type 2 diabetes or high cholesterol."
DOCUMENTS["train-publicaccount-chile-cesfam.txt"] = dict(
    style="municipal-public-account",
    metadata={"title": "Public Account 2019 (Cuenta Pública): Primary health care", "authors": [],
              "date": "2020-04-28", "year": 2020, "journal": None, "publisher": "Municipal Health Department",
              "publisher_accept": ["Municipality of Los Ríos Altos"],
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:ReportDocument"},
    jurisdictions=[E("Chile", "ickg:Country")],
    organizations=[E("Municipality of Los Ríos Altos", ORG, ["MUNICIPALITY OF LOS RÍOS ALTOS"]),
                   E("Municipal Health Department", ORG), E("Municipal Council", ORG),
                   E("municipalities", ORG), E("Ministry of Health", ORG),
                   E("National Health Fund", ORG, ["National Health Fund", "FONASA"], aliases=["FONASA"]),
                   E("local community organisations", ORG), E("hospital of Los Ríos Altos", ORG)],
    programs=[E("family health centres", CM, ["family health centres", "CESFAM"], aliases=["CESFAM"], types_accept=[PI, ORG]),
              E("Model of Integral Family and Community Health", CM, types_accept=[PI]),
              E("Cardiovascular Health Program", PI, types_accept=[CM])],
    populations=[E("people with hypertension, type 2 diabetes or high cholesterol", POP)],
    conditions=[E("hypertension", COND), E("type 2 diabetes", COND, ["type 2 diabetes", r"re:(?<=poorly controlled )diabetes"]),
                E("high cholesterol", COND)],
    concepts=[C("per capita payment", "ickg:Capitation")],
    statements=[
        S(("municipalities", ORG), "ickg:responsibleFor", ("primary health care", "ickg:CareSector"),
          "Chile's municipalities have run the country's primary health care centres"),
        S(CESFAM, "ickg:locatedIn", ("Chile", "ickg:Country"),
          "Chile's municipalities have run the country's primary health care centres"),
        S(CESFAM, "ickg:operatedBy", ("Municipal Health Department", ORG),
          "Our department runs three family health centres (CESFAM) and two rural health posts"),
        S(CESFAM, "ickg:numberOfPrograms", {"value": 3, "datatype": "xsd:nonNegativeInteger"},
          "Our department runs three family health centres (CESFAM)"),
        S(MAIS, "ickg:initiatedBy", ("Ministry of Health", ORG),
          "Our centres work under the Model of Integral Family and Community Health of the Ministry of Health."),
        S(MAIS, "ickg:hasComponent", CESFAM,
          "Our centres work under the Model of Integral Family and Community Health of the Ministry of Health."),
        S(CESFAM, "ickg:hasComponent", ("registered population divided into sectors", MECH),
          "Each CESFAM divides its registered population into sectors"),
        S(CESFAM, "ickg:hasComponent", ("team of a family doctor, a nurse, a midwife, a social worker and community health workers",
                                        "ickg:InterdisciplinaryTeam"),
          "each sector is cared for by the same team of a family doctor, a nurse, a midwife, a social worker and community "
          "health workers"),
        S(CESFAM, "ickg:hasComponent", ("visit families at home", MECH), CES_TEAMS),
        S(CESFAM, "ickg:hasComponent", ("run preventive check-ups", MECH), CES_TEAMS),
        S(CESFAM, "ickg:hasComponent", ("lead health committees with local community organisations", MECH), CES_TEAMS),
        S(CESFAM, "ickg:hasPartner", ("local community organisations", ORG), CES_TEAMS),
        S(CESFAM, "ickg:hasFundingModel", ("per capita payment", "ickg:Capitation"), CES_PAY),
        S(CESFAM, "ickg:hasFundingModel", ("contribution from the municipal budget", "ickg:FundingModel"),
          "The municipality adds its own contribution from the municipal budget."),
        S(CVHP, "ickg:targetsPopulation", ("people with hypertension, type 2 diabetes or high cholesterol", POP), CVHP_WHO),
        S(CVHP, "ickg:focusesOnCondition", ("hypertension", COND), CVHP_WHO),
        S(CVHP, "ickg:focusesOnCondition", ("type 2 diabetes", COND), CVHP_WHO),
        S(CVHP, "ickg:focusesOnCondition", ("high cholesterol", COND), CVHP_WHO),
        S(CVHP, "ickg:hasComponent", ("regular controls with a nurse and a doctor", MECH),
          "Patients receive regular controls with a nurse and a doctor"),
        S(CVHP, "ickg:hasComponent", ("poorly controlled diabetes referred to the hospital", MECH),
          "those with poorly controlled diabetes are referred to the hospital of Los Ríos Altos"),
        S(CVHP, "ickg:hasPartner", ("hospital of Los Ríos Altos", ORG),
          "those with poorly controlled diabetes are referred to the hospital of Los Ríos Altos"),
        S(CESFAM, "ickg:hasOutcome", ("share of registered residents who had a preventive check-up rose to 38%", OUT),
          "The share of registered residents who had a preventive check-up rose to 38% in 2019."),
        S(CESFAM, "ickg:facesBarrier", ("waiting times for a first appointment remain long", BAR),
          "Waiting times for a first appointment remain long"),
        S(CESFAM, "ickg:facesBarrier", ("per capita payment does not cover the cost of caring for an ageing population", BAR),
          "the per capita payment does not cover the cost of caring for an ageing population with several chronic conditions"),
    ])

HZV = {"label": "GP-centred care", "type": PI, "aliases": ["Hausarztzentrierte Versorgung", "HZV"], "types_accept": [CM]}
SPEC = {"label": "specialist contracts", "type": PI, "types_accept": [CM]}
HZV_STUDY = ("evaluation by the Universities of Heidelberg and Frankfurt", STUDY)
HZV_PARTIES = ("The contract was agreed between the AOK, the Hausärzteverband Baden-Württemberg and MEDI Baden-Württemberg "
               "under section 73b of the Social Code Book V.")
HZV_CHOOSE = ("Members who sign up choose one family doctor, who coordinates their care and refers them to specialists when "
              "needed.")
HZV_OFFER = "Practices taking part offer evening appointments for working people and keep waiting times short."
HZV_PAY = ("Family doctors are paid a flat fee for each enrolled member each quarter, with an extra payment for members with "
           "chronic conditions.")
HZV_VERAH = ("The contract also pays practices to employ trained practice assistants (VERAH), who visit patients with chronic "
             "conditions at home.")
HZV_EVAL = ("An evaluation by the Universities of Heidelberg and Frankfurt found that chronically ill members in GP-centred "
            "care were admitted to hospital less often than similar members outside it.")
DOCUMENTS["train-magazine-hzv-bw.txt"] = dict(
    style="sickness-fund-member-magazine",
    metadata={"title": "Your GP keeps track of everything", "authors": [], "date": None, "year": 2019,
              "journal": {"title": "gesund+leben", "abbreviation": None}, "publisher": "AOK Baden-Württemberg",
              "volume": None, "issue": "3", "pages": None, "doi": None, "pmid": None, "type": "fabio:NewsItem"},
    jurisdictions=[E("Baden-Württemberg", "ickg:ProvinceOrState", [r"re:(?<=care in )Baden-Württemberg"]),
                   E("Reutlingen", "ickg:Municipality")],
    organizations=[E("AOK Baden-Württemberg", ORG, ["AOK Baden-Württemberg", r"re:\bAOK\b(?! Baden)"], aliases=["AOK"]),
                   E("Hausärzteverband Baden-Württemberg", ORG), E("MEDI Baden-Württemberg", ORG),
                   E("Universities of Heidelberg and Frankfurt", ORG),
                   E("practices", ORG, [r"re:\b[Pp]ractices\b"]), E("specialists", ORG, [r"re:\bspecialists\b"])],
    programs=[E("GP-centred care", PI, ["GP-centred care", "Hausarztzentrierte Versorgung", "HZV"],
                aliases=["Hausarztzentrierte Versorgung", "HZV"], types_accept=[CM]),
              E("specialist contracts", PI, types_accept=[CM])],
    populations=[E("members of AOK Baden-Württemberg", POP), E("working people", POP),
                 E("chronically ill members", POP)],
    conditions=[],
    concepts=[],
    statements=[
        S(HZV, "ickg:yearEstablished", 2008, "Since 2008 members of AOK Baden-Württemberg can sign up for GP-centred care"),
        S(HZV, "ickg:targetsPopulation", ("members of AOK Baden-Württemberg", POP),
          "Since 2008 members of AOK Baden-Württemberg can sign up for GP-centred care"),
        S(HZV, "ickg:locatedIn", ("Baden-Württemberg", "ickg:ProvinceOrState"), "Ten years of GP-centred care in Baden-Württemberg"),
        S(HZV, "ickg:hasPartner", {"label": "AOK Baden-Württemberg", "type": ORG, "aliases": ["AOK"]}, HZV_PARTIES),
        S(HZV, "ickg:hasPartner", ("Hausärzteverband Baden-Württemberg", ORG), HZV_PARTIES),
        S(HZV, "ickg:hasPartner", ("MEDI Baden-Württemberg", ORG), HZV_PARTIES),
        S(HZV, "ickg:establishedBy", ("section 73b of the Social Code Book V", "ickg:Legislation"), HZV_PARTIES),
        S(HZV, "ickg:hasOutcome", ("more than a million members take part", OUT), "More than a million of our members now take part."),
        S(HZV, "ickg:hasComponent", ("one family doctor who coordinates their care", "ickg:CareCoordination"), HZV_CHOOSE),
        S(HZV, "ickg:hasComponent", ("refers them to specialists when needed", MECH), HZV_CHOOSE),
        S(HZV, "ickg:hasComponent", ("evening appointments for working people", MECH), HZV_OFFER),
        S(HZV, "ickg:hasComponent", ("keep waiting times short", MECH), HZV_OFFER),
        S(HZV, "ickg:targetsPopulation", ("working people", POP), HZV_OFFER),
        S(HZV, "ickg:hasComponent", SPEC,
          "Since 2010 separate specialist contracts, for example in cardiology, link the family doctors with specialists in "
          "the region."),
        S(SPEC, "ickg:yearEstablished", 2010, "Since 2010 separate specialist contracts"),
        S(SPEC, "ickg:hasPartner", ("specialists", ORG), "link the family doctors with specialists in the region"),
        S(HZV, "ickg:hasFundingModel", ("flat fee for each enrolled member each quarter", "ickg:Capitation"), HZV_PAY),
        S(HZV, "ickg:hasFundingModel", ("extra payment for members with chronic conditions", "ickg:FundingModel"), HZV_PAY),
        S(HZV, "ickg:hasComponent", ("trained practice assistants (VERAH)", MECH), HZV_VERAH),
        S(HZV, "ickg:hasComponent", ("visit patients with chronic conditions at home", MECH), HZV_VERAH),
        S(HZV_STUDY, "ickg:evaluates", HZV, HZV_EVAL),
        S(HZV_STUDY, "ickg:conductedBy", ("Universities of Heidelberg and Frankfurt", ORG), HZV_EVAL),
        S(HZV, "ickg:hasOutcome", ("chronically ill members admitted to hospital less often", OUT), HZV_EVAL),
        S(HZV, "ickg:facesBarrier", ("paperwork heavy", BAR), "Practices still find the paperwork heavy"),
        S(HZV, "ickg:facesBarrier", ("some specialists are not yet part of the contracts", BAR),
          "some specialists are not yet part of the contracts"),
    ])


# --- a section of a hospital's annual report (fictional hospital, real model) ----------------------------
ACE = {"label": "Acute Care for Elders unit", "type": CM, "aliases": ["ACE unit", "ACE"], "types_accept": [PI]}
FRAILTY = ("frailty strategy", PI)
ACE_TRIAL = ("randomized trial of 651 patients", STUDY)
ACE_TRIAL_Q = "tested there in a randomized trial of 651 patients"
ACE_PRIORITIES = "set three priorities: fewer falls, fewer delayed discharges and better care on the wards"
DOCUMENTS["train-annualreport-ace-unit.txt"] = dict(
    style="hospital-annual-report",
    metadata={"title": "Annual Report 2018-19", "authors": [], "date": None, "year": None, "journal": None,
              "publisher": "Lakeside General Hospital", "volume": None, "issue": None, "pages": None, "doi": None,
              "pmid": None, "type": "fabio:ReportDocument"},
    jurisdictions=[],
    organizations=[E("Lakeside General Hospital", ORG), E("University Hospitals of Cleveland", ORG),
                   E("board", ORG, [r"re:\bboard\b"])],
    programs=[E("Acute Care for Elders unit", CM, ["Acute Care for Elders", "ACE unit", r"re:\bACE\b"],
                aliases=["ACE unit", "ACE"], types_accept=[PI]),
              E("frailty strategy", PI)],
    populations=[E("patients aged 70 or older admitted as emergencies", POP)],
    conditions=[],
    concepts=[],
    statements=[
        S(FRAILTY, "ickg:yearEstablished", 2016, "Our frailty strategy, agreed by the board in 2016"),
        S(FRAILTY, "ickg:hasGoal", ("fewer falls", GOAL), ACE_PRIORITIES),
        S(FRAILTY, "ickg:hasGoal", ("fewer delayed discharges", GOAL), ACE_PRIORITIES),
        S(FRAILTY, "ickg:hasGoal", ("better care on the wards", GOAL), ACE_PRIORITIES),
        S(ACE, "ickg:yearEstablished", 2018, "In June 2018 we opened a 24-bed Acute Care for Elders (ACE) unit"),
        S(ACE, "ickg:targetsPopulation", ("patients aged 70 or older admitted as emergencies", POP),
          "for patients aged 70 or older admitted as emergencies"),
        S(ACE, "ickg:initiatedBy", ("University Hospitals of Cleveland", ORG),
          "The model was developed at University Hospitals of Cleveland in the early 1990s"),
        S(ACE_TRIAL, "ickg:evaluates", ACE, ACE_TRIAL_Q),
        S(ACE_TRIAL, "ickg:sampleSize", 651, ACE_TRIAL_Q),
        S(ACE_TRIAL, "ickg:hasStudyDesign", ("randomized trial", "ickg:StudyDesign", "design:clinical-trial"), ACE_TRIAL_Q),
        S(ACE, "ickg:hasComponent", ("ward prepared for older people", MECH),
          "The ward itself is prepared for older people, with handrails, raised toilet seats and large clocks and calendars."),
        S(ACE, "ickg:hasComponent", ("daily nursing protocols for mobility, continence, nutrition, sleep and skin care", MECH),
          "Nurses follow daily protocols for mobility, continence, nutrition, sleep and skin care."),
        S(ACE, "ickg:hasComponent", ("planning for discharge from the day of admission", MECH),
          "Planning for discharge starts on the day of admission."),
        S(ACE, "ickg:hasComponent", ("geriatrician's review of each patient's medicines", MECH),
          "A geriatrician reviews each patient's medicines to stop those that harm older people."),
        S(ACE, "ickg:hasComponent",
          ("team of a geriatrician, nurses, a physiotherapist, an occupational therapist, a pharmacist and a social worker",
           "ickg:InterdisciplinaryTeam"),
          "A team of a geriatrician, nurses, a physiotherapist, an occupational therapist, a pharmacist and a social worker "
          "meets every weekday"),
        S(ACE, "ickg:hasOutcome", ("cared for 1,140 patients", OUT), "In its first nine months the unit cared for 1,140 patients."),
        S(ACE, "ickg:hasOutcome", ("fewer patients went home less able to dress, wash and walk", OUT),
          "Fewer patients went home less able to dress, wash and walk than before admission"),
        S(ACE, "ickg:hasOutcome", ("average length of stay fell from 9.8 to 8.1 days", OUT),
          "the average length of stay fell from 9.8 to 8.1 days"),
        S(ACE, "ickg:facesBarrier", ("recruiting enough experienced nurses remains hard", BAR),
          "Recruiting enough experienced nurses remains hard"),
        S(ACE, "ickg:facesBarrier", ("patients waiting in the emergency department start their stay elsewhere", BAR),
          "patients who wait in the emergency department for a bed on Ward 7 often start their stay elsewhere"),
        S(ACE, "ickg:hasGoal", ("open a second ACE unit at the Westfield site", GOAL),
          "Next year we aim to open a second ACE unit at our Westfield site.", ("aim to", ASPIRATIONAL)),
    ])

# --- a foundation's grant announcement --------------------------------------------------------------------
AFHS = ("Age-Friendly Health Systems", PI)
AFHS_GRANT = ("The John A. Hartford Foundation today announced a grant to the Institute for Healthcare Improvement (IHI) to "
              "lead Age-Friendly Health Systems")
AFHS_AIM = "an initiative to make care for older adults safer and better in hospitals and medical practices across the United States"
AFHS_PARTNERS = ("IHI will carry out the work in partnership with the American Hospital Association and the Catholic Health "
                 "Association of the United States.")
AFHS_4M = "prevent, identify and manage dementia, depression and delirium"
AFHS_SITES = ("Five health systems have tested the 4Ms at prototype sites: Anne Arundel Medical Center, Ascension, Kaiser "
              "Permanente, Providence St. Joseph Health and Trinity Health.")
DOCUMENTS["train-grant-age-friendly.txt"] = dict(
    style="foundation-grant-announcement",
    metadata={"title": "Hartford Foundation funds Age-Friendly Health Systems", "authors": [], "date": "2017-09-12",
              "year": 2017, "journal": None, "publisher": "John A. Hartford Foundation",
              "publisher_accept": ["THE JOHN A. HARTFORD FOUNDATION"],
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:PressRelease"},
    jurisdictions=[E("New York", "ickg:Municipality"),
                   E("United States", "ickg:Country", [r"re:(?<=across the )United States", r"re:\bUS\b"])],
    organizations=[E("John A. Hartford Foundation", ORG, ["JOHN A. HARTFORD FOUNDATION", "John A. Hartford Foundation",
                                                         r"re:(?<!A\. )Hartford Foundation"],
                     aliases=["Hartford Foundation"]),
                   E("Institute for Healthcare Improvement", ORG, ["Institute for Healthcare Improvement", "IHI"], aliases=["IHI"]),
                   E("American Hospital Association", ORG), E("Catholic Health Association of the United States", ORG),
                   E("Anne Arundel Medical Center", ORG), E("Ascension", ORG), E("Kaiser Permanente", ORG),
                   E("Providence St. Joseph Health", ORG), E("Trinity Health", ORG),
                   E("hospitals", ORG), E("medical practices", ORG)],
    programs=[E("Age-Friendly Health Systems", PI)],
    populations=[E("older adults", POP)],
    conditions=[E("dementia", COND), E("depression", COND), E("delirium", COND)],
    concepts=[],
    statements=[
        S(AFHS, "ickg:initiatedBy", ("John A. Hartford Foundation", ORG), AFHS_GRANT),
        S(AFHS, "ickg:operatedBy", {"label": "Institute for Healthcare Improvement", "type": ORG, "aliases": ["IHI"]}, AFHS_GRANT),
        S(AFHS, "ickg:hasGoal", ("make care for older adults safer and better", GOAL), AFHS_AIM),
        S(AFHS, "ickg:targetsPopulation", ("older adults", POP), AFHS_AIM),
        S(AFHS, "ickg:locatedIn", ("United States", "ickg:Country"), AFHS_AIM),
        S(AFHS, "ickg:hasPartner", ("American Hospital Association", ORG), AFHS_PARTNERS),
        S(AFHS, "ickg:hasPartner", ("Catholic Health Association of the United States", ORG), AFHS_PARTNERS),
        S(AFHS, "ickg:hasComponent", ("framework called the 4Ms", MECH), "The initiative rests on a framework called the 4Ms."),
        S(AFHS, "ickg:hasComponent", ("ask older adults what matters most to them and align care with their goals", MECH),
          "Care teams ask older adults what matters most to them and align care with their goals"),
        S(AFHS, "ickg:hasComponent", ("review medications", MECH),
          "review medications and avoid those that interfere with what matters, mobility or mentation"),
        S(AFHS, "ickg:hasComponent", ("prevent, identify and manage dementia, depression and delirium", MECH), AFHS_4M),
        S(AFHS, "ickg:hasComponent", ("help older adults move safely every day", MECH), "help older adults move safely every day"),
        S(AFHS, "ickg:focusesOnCondition", ("dementia", COND), AFHS_4M),
        S(AFHS, "ickg:focusesOnCondition", ("depression", COND), AFHS_4M),
        S(AFHS, "ickg:focusesOnCondition", ("delirium", COND), AFHS_4M),
        *[S(AFHS, "ickg:hasPartner", (o, ORG), AFHS_SITES)
          for o in ("Anne Arundel Medical Center", "Ascension", "Kaiser Permanente", "Providence St. Joseph Health", "Trinity Health")],
        S(AFHS, "ickg:hasGoal", ("20 percent of US hospitals and medical practices age-friendly by 2020", GOAL),
          "The goal is for 20 percent of US hospitals and medical practices to be age-friendly by 2020."),
        S(AFHS, "ickg:hasComponent", ("action communities run by IHI", MECH),
          "Teams that join will share their results in action communities run by IHI."),
        S(AFHS, "ickg:facesBarrier", ("no time in the visit for a conversation about what matters", BAR),
          "many practices have no time in the visit for a conversation about what matters"),
        S(AFHS, "ickg:facesBarrier", ("electronic records seldom have a place to note it", BAR),
          "electronic records seldom have a place to note it"),
    ])

# --- a policy monitor's country update: a program named in German with an English gloss -------------------
PVE = {"label": "primary care units", "type": PI, "aliases": ["Primärversorgungseinheiten", "PVE"], "types_accept": [CM]}
PCA = ("Primary Care Act", "ickg:Legislation")
MARIAHILF = {"label": "PHC Medizin Mariahilf", "type": PP, "types_accept": [ORG]}
PVE_PAY = ("They are contracted by the social health insurance funds, which pay a mix of per capita fees, fees for services and "
           "a lump sum for the team's coordination.")
PVE_FIRST = "The first unit, PHC Medizin Mariahilf, opened in Vienna in 2015 as a pilot"
PVE_WHERE = "By early 2019 fewer than 20 units were working, most of them in Vienna and Upper Austria."
DOCUMENTS["train-monitor-austria-pve.txt"] = dict(
    style="policy-monitor-update",
    metadata={"title": "Primary care units take shape two years after the Primary Care Act", "authors": [],
              "date": "2019-03-14", "year": 2019, "journal": None, "publisher": None,
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:WebPage"},
    jurisdictions=[E("Austria", "ickg:Country", [r"re:(?<!Upper )\bAustria\b"]),
                   E("Vienna", "ickg:Municipality", types_accept=["ickg:ProvinceOrState"]),
                   E("Upper Austria", "ickg:ProvinceOrState")],
    organizations=[E("parliament", ORG), E("social health insurance funds", ORG,
                                          ["social health insurance funds", r"re:(?<=the )insurance funds"]),
                   E("federal and regional governments", ORG),
                   E("PHC Medizin Mariahilf", ORG, types_accept=[PP])],
    programs=[E("primary care units", PI, ["primary care units", "Primärversorgungseinheiten", r"re:\bPVE\b"],
                aliases=["Primärversorgungseinheiten", "PVE"], types_accept=[CM]),
              E("PHC Medizin Mariahilf", PP, types_accept=[ORG])],
    populations=[],
    conditions=[],
    concepts=[],
    statements=[
        S(PVE, "ickg:establishedBy", PCA,
          "In 2017 Austria's parliament passed the Primary Care Act (Primärversorgungsgesetz), which lets general practitioners, "
          "nurses and other health professionals work together in Primärversorgungseinheiten (PVE)"),
        S(PVE, "ickg:locatedIn", ("Austria", "ickg:Country"), "In 2017 Austria's parliament passed the Primary Care Act"),
        S(PVE, "ickg:hasComponent", ("core team of general practitioners, registered nurses and practice assistants",
                                     "ickg:InterdisciplinaryTeam"),
          "Its core team is made up of general practitioners, registered nurses and practice assistants"),
        S(PVE, "ickg:hasComponent", ("open long hours, including early mornings and evenings", MECH),
          "The units must be open long hours, including early mornings and evenings"),
        S(PVE, "ickg:hasComponent", ("home visits", MECH), "offer home visits"),
        S(PVE, "ickg:hasPartner", ("social health insurance funds", ORG), "They are contracted by the social health insurance funds"),
        S(PVE, "ickg:hasFundingModel", ("per capita fees", "ickg:Capitation"), PVE_PAY),
        S(PVE, "ickg:hasFundingModel", ("fees for services", "ickg:FeeForService"), PVE_PAY),
        S(PVE, "ickg:hasFundingModel", ("lump sum for the team's coordination", "ickg:FundingModel"), PVE_PAY),
        S(PVE, "ickg:yearEstablished", 2015, PVE_FIRST),
        S(MARIAHILF, "ickg:yearEstablished", 2015, PVE_FIRST),
        S(MARIAHILF, "ickg:locatedIn", {"label": "Vienna", "type": "ickg:Municipality"}, PVE_FIRST),
        S(PVE, "ickg:locatedIn", {"label": "Vienna", "type": "ickg:Municipality"}, PVE_WHERE),
        S(PVE, "ickg:locatedIn", ("Upper Austria", "ickg:ProvinceOrState"), PVE_WHERE),
        S(PVE, "ickg:hasGoal", ("75 units by 2021", GOAL),
          "The federal and regional governments and the insurance funds agreed in their joint target-based governance to have "
          "75 units by 2021."),
        S(PVE, "ickg:facesBarrier", ("many GPs in rural areas prefer to stay in single-handed practices", BAR),
          "Many GPs in rural areas prefer to stay in single-handed practices"),
        S(PVE, "ickg:facesBarrier", ("finding premises large enough for a team is hard", BAR),
          "finding premises large enough for a team is hard"),
    ])


# --- a professional association's position statement: a program named in French with an English gloss ----
GMF = {"label": "family medicine groups", "type": CM, "aliases": ["Groupes de médecine de famille", "GMF"],
       "types_accept": [PI]}
GMF_START = "Since 2002, family doctors in Quebec have been able to join Groupes de médecine de famille (GMF)"
GMF_NURSES = ("Nurses in the groups follow patients with diabetes, high blood pressure and other chronic conditions, and adjust "
              "their treatment under collective prescriptions.")
DOCUMENTS["train-position-quebec-gmf.txt"] = dict(
    style="position-statement",
    metadata={"title": "Nurses in family medicine groups: the next step", "authors": [], "date": "2017-06", "year": 2017,
              "journal": None, "publisher": "Quebec Association of Primary Care Nurses",
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:ReportDocument"},
    jurisdictions=[E("Quebec", "ickg:ProvinceOrState", [r"re:(?<=in )Quebec\b"])],
    organizations=[E("Quebec Association of Primary Care Nurses", ORG, ["Quebec Association of Primary Care Nurses",
                                                                        r"re:(?<=The )Association\b"]),
                   E("Clair Commission", ORG),
                   E("Ministry of Health and Social Services", ORG, ["Ministry of Health and Social Services",
                                                                     r"re:(?<=the )Ministry(?= fund)"]),
                   E("Régie de l'assurance maladie du Québec", ORG)],
    programs=[E("family medicine groups", CM, ["family medicine groups", "Groupes de médecine de famille", r"re:\bGMF\b"],
                aliases=["Groupes de médecine de famille", "GMF"], types_accept=[PI])],
    populations=[E("registered patients", POP),
                 E("patients with diabetes, high blood pressure and other chronic conditions", POP)],
    conditions=[E("diabetes", COND), E("high blood pressure", COND)],
    concepts=[],
    statements=[
        S(GMF, "ickg:yearEstablished", 2002, GMF_START),
        S(GMF, "ickg:locatedIn", ("Quebec", "ickg:ProvinceOrState"), GMF_START),
        S(GMF, "ickg:hasComponent", ("family doctors work together with nurses", "ickg:InterdisciplinaryTeam"),
          "several family doctors work together with nurses"),
        S(GMF, "ickg:hasComponent", ("patients register with a doctor of the group", MECH),
          "patients register with a doctor of the group"),
        S(GMF, "ickg:hasComponent", ("appointments in the evening and at weekends", MECH),
          "The groups offer appointments in the evening and at weekends"),
        S(GMF, "ickg:hasGoal", ("registered patients do not have to go to an emergency department for minor problems", GOAL),
          "so that registered patients do not have to go to an emergency department for minor problems"),
        S(GMF, "ickg:targetsPopulation", ("registered patients", POP),
          "so that registered patients do not have to go to an emergency department for minor problems"),
        S(GMF, "ickg:hasFundingModel", ("nurses and running costs paid according to the number of patients registered",
                                        "ickg:FundingModel"),
          "The Ministry of Health and Social Services provides nurses and pays part of the groups' running costs, according to "
          "the number of patients registered."),
        S(GMF, "ickg:hasFundingModel", ("fee-for-service payments", "ickg:FeeForService"),
          "Doctors keep their fee-for-service payments from the Régie de l'assurance maladie du Québec."),
        S(GMF, "ickg:hasComponent", ("nurses follow patients with chronic conditions under collective prescriptions", MECH),
          GMF_NURSES),
        S(GMF, "ickg:targetsPopulation", ("patients with diabetes, high blood pressure and other chronic conditions", POP),
          GMF_NURSES),
        S(GMF, "ickg:focusesOnCondition", ("diabetes", COND), GMF_NURSES),
        S(GMF, "ickg:focusesOnCondition", ("high blood pressure", COND), GMF_NURSES),
        S(GMF, "ickg:facesBarrier", ("nurses spend too much time on tasks that clerical staff could do", BAR),
          "Nurses spend too much of their time on tasks that clerical staff could do"),
        S(GMF, "ickg:facesBarrier", ("many groups have no shared electronic record with the local hospital", BAR),
          "many groups have no shared electronic record with the local hospital"),
        S(("fund a social worker in every group", REC), "ickg:addressedTo", ("Ministry of Health and Social Services", ORG),
          "We recommend that the Ministry fund a social worker in every group."),
    ])

# --- a research grant application's summary page: a French acronym glossed in French and English -------
PAERPA = {"label": "PAERPA", "type": PP, "aliases": ["Personnes âgées en risque de perte d'autonomie"], "types_accept": [PI]}
PAERPA_START = ("PAERPA (Personnes âgées en risque de perte d'autonomie, older people at risk of losing their independence) is a "
                "national pilot that the French Ministry of Health launched in 2014 in nine territories under the 2013 social "
                "security financing act.")
PAERPA_STUDY = ("controlled evaluation in three pilot territories", STUDY)
PAERPA_COMPARE = ("We will compare hospital readmissions, emergency visits and adverse drug events of people aged 75 and over in "
                  "three pilot territories with those in matched territories")
PAERPA_EARLY = "Early reports suggest that the plans were used far less than expected"
DOCUMENTS["train-application-paerpa.txt"] = dict(
    style="grant-application",
    metadata={"title": "Did PAERPA change the care of older people at risk of losing their independence? A controlled "
                       "evaluation in three pilot territories",
              "authors": [], "date": None, "year": None, "journal": None, "publisher": None,
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:ReportDocument"},
    jurisdictions=[],
    organizations=[E("Loire Valley Institute for Ageing Research", ORG), E("Ministry of Health", ORG),
                   E("general practitioners", ORG)],
    programs=[E("PAERPA", PP, ["PAERPA", "Personnes âgées en risque de perte d'autonomie"],
                aliases=["Personnes âgées en risque de perte d'autonomie"], types_accept=[PI])],
    populations=[E("people aged 75 and over whose health or social situation may deteriorate", POP,
                   ["people aged 75 and over whose health or social situation may deteriorate"]),
                 E("older people at risk of losing their independence", POP)],
    conditions=[],
    concepts=[],
    statements=[
        S(PAERPA, "ickg:initiatedBy", ("Ministry of Health", ORG), PAERPA_START),
        S(PAERPA, "ickg:yearEstablished", 2014, PAERPA_START),
        S(PAERPA, "ickg:establishedBy", ("2013 social security financing act", "ickg:Legislation"), PAERPA_START),
        S(PAERPA, "ickg:targetsPopulation", ("people aged 75 and over whose health or social situation may deteriorate", POP),
          "It is aimed at people aged 75 and over whose health or social situation may deteriorate."),
        S(PAERPA, "ickg:hasComponent", ("personalised health plan drawn up by the family doctor, a nurse and a pharmacist",
                                        "ickg:CarePlanning"),
          "For each patient, the family doctor, a nurse and a pharmacist draw up a personalised health plan together."),
        S(PAERPA, "ickg:hasComponent", ("territorial support coordination unit", "ickg:SingleEntryPoint"),
          "In each territory a territorial support coordination unit gives professionals one telephone number for information, "
          "advice and help in organising care."),
        S(PAERPA, "ickg:hasComponent", ("temporary places in nursing homes after a hospital stay", MECH),
          "The pilot also pays for temporary places in nursing homes after a hospital stay."),
        S(PAERPA, "ickg:facesBarrier", ("plans were used far less than expected", BAR), PAERPA_EARLY, ("suggest", HEDGED)),
        S(PAERPA, "ickg:facesBarrier", ("general practitioners found the paperwork for the plan too heavy", BAR),
          PAERPA_EARLY + ", and that general practitioners found the paperwork for the plan too heavy", ("suggest", HEDGED)),
        S(PAERPA_STUDY, "ickg:evaluates", PAERPA, PAERPA_COMPARE),
        S(PAERPA_STUDY, "ickg:usesMethod", ("national health insurance data", METHOD),
          "using national health insurance data for 2012-2018"),
        S(PAERPA_STUDY, "ickg:sampleSize", 120000, "(about 120,000 people)"),
        S(PAERPA_STUDY, "ickg:usesMethod", ("interviews", METHOD), "We will also interview 40 professionals."),
        S(PAERPA_STUDY, "ickg:sampleSize", 40, "We will also interview 40 professionals."),
    ])


# --- a contract notice (procurement): a model named with its abbreviation, a pathway of it tendered ----------
D2A = {"label": "Discharge to Assess", "type": CM, "aliases": ["D2A"], "types_accept": [PI]}
D2A_SEEK = ("The Council and NHS Westmere Clinical Commissioning Group seek a provider for the home-based part of the county's "
            "Discharge to Assess (D2A) service.")
D2A_WHAT = ("patients who no longer need hospital care are discharged as soon as they are medically fit, and their long-term "
            "needs are assessed at home rather than on a ward")
D2A_P1 = ("reablement and home care starting on the day of discharge, for up to six weeks, for adults who can return home with "
          "support")
DOCUMENTS["train-tender-discharge-to-assess.txt"] = dict(
    style="contract-notice",
    metadata={"title": "Discharge to Assess home-based recovery service (pathway 1)", "authors": [], "date": None, "year": None,
              "journal": None, "publisher": "Westmere County Council",
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:ReportDocument"},
    jurisdictions=[E("Westmere", "ickg:Municipality", [r"re:(?<=Town: )Westmere"]), E("United Kingdom", "ickg:Country")],
    organizations=[E("Westmere County Council", ORG, ["Westmere County Council", r"re:(?<=The )Council\b"]),
                   E("NHS Westmere Clinical Commissioning Group", ORG,
                     ["NHS Westmere Clinical Commissioning Group", "clinical commissioning group"]),
                   E("provider", ORG, [r"re:\bprovider\b"])],
    programs=[E("Discharge to Assess", CM, ["Discharge to Assess", "D2A"], aliases=["D2A"], types_accept=[PI])],
    populations=[E("patients who no longer need hospital care", POP), E("adults who can return home with support", POP)],
    conditions=[],
    concepts=[C("pooled budget", "ickg:PooledBudget")],
    statements=[
        S(D2A, "ickg:hasPartner", ("Westmere County Council", ORG), D2A_SEEK),
        S(D2A, "ickg:hasPartner", ("NHS Westmere Clinical Commissioning Group", ORG), D2A_SEEK),
        S(D2A, "ickg:hasComponent", ("discharge as soon as patients are medically fit", MECH), D2A_WHAT),
        S(D2A, "ickg:hasComponent", ("assessment of long-term needs at home", MECH), D2A_WHAT),
        S(D2A, "ickg:targetsPopulation", ("patients who no longer need hospital care", POP), D2A_WHAT),
        S(D2A, "ickg:hasComponent", ("reablement and home care from the day of discharge for up to six weeks", MECH), D2A_P1),
        S(D2A, "ickg:targetsPopulation", ("adults who can return home with support", POP), D2A_P1),
        S(D2A, "ickg:hasComponent", ("carers working with occupational therapists and the community nursing team",
                                     "ickg:InterdisciplinaryTeam"),
          "Carers will work with the council's occupational therapists and the community nursing team"),
        S(D2A, "ickg:hasComponent", ("trusted assessor from the hospital agrees the first care plan", MECH),
          "a trusted assessor from the hospital will agree the first care plan"),
        S(D2A, "ickg:hasFundingModel", ("pooled budget held by the council and the clinical commissioning group", "ickg:PooledBudget"),
          "The service is funded from a pooled budget held by the council and the clinical commissioning group."),
        S(D2A, "ickg:facesBarrier", ("shortage of care workers", BAR),
          "The current service cannot start care on the day of discharge for about a third of patients because of a shortage "
          "of care workers."),
    ])

# --- a letter to the editor of a local newspaper ---------------------------------------------------------
LINK = {"label": "social prescribing link workers", "type": PI,
        "aliases": ["link workers", "link worker", "social prescribing"], "types_accept": [CM]}
LINK_START = ("Since 2019 every primary care network in England has been able to employ social prescribing link workers, paid in "
              "full by the NHS through the Additional Roles Reimbursement Scheme.")
LINK_PLAN = ("The NHS Long Term Plan promised 1,000 link workers by 2020/21 and 900,000 people referred to social prescribing by "
             "2023/24.")
LINK_WHO = ("the link worker sees patients whom the doctors refer with loneliness, debt or housing problems, or with long-term "
            "conditions such as diabetes that medicine alone does not improve")
DOCUMENTS["train-letter-social-prescribing.txt"] = dict(
    style="letter-to-the-editor",
    metadata={"title": "Link workers deserve a permanent place", "authors": [{"family": "Marsh", "given": "Helen", "initials": "H"}],
              "date": "2022-03-14", "year": 2022, "journal": {"title": "The Harbour Gazette", "abbreviation": None},
              "publisher": None, "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None,
              "type": "fabio:Letter"},
    jurisdictions=[E("England", "ickg:Region", types_accept=["ickg:Country"])],
    organizations=[E("primary care networks", ORG, ["primary care network"]), E("NHS", ORG, [r"re:\bNHS\b(?! Long)"]),
                   E("Harbourside Medical Practice", ORG)],
    programs=[E("social prescribing link workers", PI, ["social prescribing link workers", r"re:\b[Ll]ink workers?\b"],
                aliases=["link workers", "link worker", "social prescribing"], types_accept=[CM]),
              E("NHS Long Term Plan", PI)],
    populations=[E("patients with loneliness, debt or housing problems", POP,
                   ["patients whom the doctors refer with loneliness, debt or housing problems"]),
                 E("patients with long-term conditions", POP, ["long-term conditions such as diabetes"])],
    conditions=[E("diabetes", COND)],
    concepts=[],
    statements=[
        S(LINK, "ickg:yearEstablished", 2019, LINK_START),
        S(LINK, "ickg:locatedIn", {"label": "England", "type": "ickg:Region", "types_accept": ["ickg:Country"]}, LINK_START),
        S(LINK, "ickg:operatedBy", ("primary care networks", ORG), LINK_START),
        S(LINK, "ickg:hasFundingModel", ("paid in full by the NHS through the Additional Roles Reimbursement Scheme",
                                         "ickg:FundingModel"), LINK_START),
        S(LINK, "ickg:hasGoal", ("1,000 link workers by 2020/21", GOAL), LINK_PLAN),
        S(LINK, "ickg:hasGoal", ("900,000 people referred to social prescribing by 2023/24", GOAL), LINK_PLAN),
        S(LINK, "ickg:targetsPopulation", ("patients with loneliness, debt or housing problems", POP), LINK_WHO),
        S(LINK, "ickg:targetsPopulation", ("patients with long-term conditions", POP), LINK_WHO),
        S(LINK, "ickg:focusesOnCondition", ("diabetes", COND), LINK_WHO),
        S(LINK, "ickg:hasComponent", ("up to an hour with each patient", MECH), "She spends up to an hour with each of them"),
        S(LINK, "ickg:hasComponent", ("connects patients with walking groups, debt advice, lunch clubs and volunteering", MECH),
          "connects them with walking groups, debt advice, lunch clubs and volunteering"),
        S(LINK, "ickg:hasOutcome", ("patients feel less alone", OUT), "Our patients tell us that they feel less alone"),
        S(LINK, "ickg:hasOutcome", ("fewer patients come back to the surgery every week", OUT),
          "fewer of them come back to the surgery every week"),
        S(LINK, "ickg:facesBarrier", ("link workers are on short contracts", BAR), "Link workers are on short contracts"),
        S(LINK, "ickg:facesBarrier", ("local groups depend on small grants that are being cut", BAR),
          "the local groups they send patients to depend on small grants that are being cut"),
    ])


# --- a state health department's media release naming local health districts (issue 12, ents30) ----------
NSWIC = {"label": "NSW Integrated Care Strategy", "type": PI, "aliases": ["integrated care"], "types_accept": [CM]}
NSWIC_START = ("The NSW Government will invest $120 million over six years in the NSW Integrated Care Strategy, the Minister "
               "for Health announced in Sydney today.")
NSWIC_SITES = ("Western NSW Local Health District, Western Sydney Local Health District and Central Coast Local Health "
               "District will be the first demonstrator sites.")
NSWIC_WITH = ("Each district will work with general practitioners, its Medicare Local, ambulance services and "
              "non-government organisations")
NSWIC_TOOLS = ("The demonstrators will use shared care plans, care coordinators and risk stratification to find patients at "
               "risk of hospitalisation in the next twelve months.")
NSWIC_WS = ("In Western Sydney the first patients enrolled will be adults with diabetes, heart failure or chronic obstructive "
            "pulmonary disease.")
NSWIC_CC = ("On the Central Coast the focus is frail older people and people with complex needs who are often admitted to "
            "Gosford Hospital.")
DOCUMENTS["train-media-nsw-integrated-care.txt"] = dict(
    style="state-media-release",
    metadata={"title": "Three local health districts to lead integrated care in New South Wales", "authors": [],
              "date": "2014-06-12", "year": 2014, "journal": None, "publisher": "NSW Health",
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:PressRelease"},
    jurisdictions=[E("New South Wales", "ickg:ProvinceOrState", [r"re:(?<=integrated care in )New South Wales"]),
                   E("Sydney", "ickg:Municipality", [r"re:(?<=announced in )Sydney"]),
                   E("Western Sydney", "ickg:Region", [r"re:(?<=In )Western Sydney"]),
                   E("Central Coast", "ickg:Region", [r"re:(?<=On the )Central Coast"]),
                   E("Dubbo", "ickg:Municipality"), E("Bourke", "ickg:Municipality")],
    organizations=[E("NSW Health", ORG, ["NSW Health"]), E("NSW Government", ORG),
                   E("Western NSW Local Health District", ORG), E("Western Sydney Local Health District", ORG),
                   E("Central Coast Local Health District", ORG), E("general practitioners", ORG),
                   E("Medicare Local", ORG), E("ambulance services", ORG), E("non-government organisations", ORG),
                   E("Gosford Hospital", ORG), E("Ministry of Health", ORG, ["Ministry of Health", r"re:(?<=to the )Ministry\b"]),
                   E("Aboriginal Community Controlled Health Services", ORG), E("Agency for Clinical Innovation", ORG)],
    programs=[E("NSW Integrated Care Strategy", PI, ["NSW Integrated Care Strategy"], types_accept=[CM])],
    populations=[E("patients at risk of hospitalisation in the next twelve months", POP),
                 E("adults with diabetes, heart failure or chronic obstructive pulmonary disease", POP),
                 E("frail older people", POP), E("people with complex needs", POP)],
    conditions=[E("diabetes", COND), E("heart failure", COND), E("chronic obstructive pulmonary disease", COND)],
    concepts=[C("shared care plans", "ickg:CarePlanning", accept=["kodner:joint-care-planning"]),
              C("care coordinators", "ickg:CareCoordination")],
    statements=[
        S(NSWIC, "ickg:initiatedBy", ("NSW Government", ORG), NSWIC_START),
        S(NSWIC, "ickg:yearEstablished", 2014, NSWIC_START),
        S(NSWIC, "ickg:hasFundingModel", ("$120 million over six years", "ickg:FundingModel"), NSWIC_START),
        S(NSWIC, "ickg:locatedIn", ("New South Wales", "ickg:ProvinceOrState"),
          "Three local health districts to lead integrated care in New South Wales"),
        S(NSWIC, "ickg:operatedBy", ("Western NSW Local Health District", ORG), NSWIC_SITES),
        S(NSWIC, "ickg:operatedBy", ("Western Sydney Local Health District", ORG), NSWIC_SITES),
        S(NSWIC, "ickg:operatedBy", ("Central Coast Local Health District", ORG), NSWIC_SITES),
        S(NSWIC, "ickg:hasPartner", ("general practitioners", ORG), NSWIC_WITH),
        S(NSWIC, "ickg:hasPartner", ("Medicare Local", ORG), NSWIC_WITH),
        S(NSWIC, "ickg:hasPartner", ("ambulance services", ORG), NSWIC_WITH),
        S(NSWIC, "ickg:hasPartner", ("non-government organisations", ORG), NSWIC_WITH),
        S(NSWIC, "ickg:hasComponent", ("shared care plans", "ickg:CarePlanning"), NSWIC_TOOLS),
        S(NSWIC, "ickg:hasComponent", ("care coordinators", "ickg:CareCoordination"), NSWIC_TOOLS),
        S(NSWIC, "ickg:hasComponent", ("risk stratification", MECH), NSWIC_TOOLS),
        S(NSWIC, "ickg:targetsPopulation", ("patients at risk of hospitalisation in the next twelve months", POP), NSWIC_TOOLS),
        S(NSWIC, "ickg:targetsPopulation", ("adults with diabetes, heart failure or chronic obstructive pulmonary disease", POP),
          NSWIC_WS),
        S(NSWIC, "ickg:focusesOnCondition", ("diabetes", COND), NSWIC_WS),
        S(NSWIC, "ickg:focusesOnCondition", ("heart failure", COND), NSWIC_WS),
        S(NSWIC, "ickg:focusesOnCondition", ("chronic obstructive pulmonary disease", COND), NSWIC_WS),
        S(NSWIC, "ickg:hasComponent", ("telehealth", MECH), "the district will use telehealth"),
        S(NSWIC, "ickg:targetsPopulation", ("frail older people", POP), NSWIC_CC),
        S(NSWIC, "ickg:targetsPopulation", ("people with complex needs", POP), NSWIC_CC),
    ])

# --- a provincial auditor general's summary naming regional health authorities (issue 12, ents30) -----------
EMP = {"label": "Extra-Mural Program", "type": CM, "aliases": ["EMP"], "types_accept": [PI]}
EMP_START = ("3.1 The Extra-Mural Program (EMP) is New Brunswick's home health care program. Created in 1981, it sends nurses, "
             "occupational therapists, physiotherapists, respiratory therapists, social workers and dietitians to people in "
             "their homes")
EMP_RHA = ("the program was delivered by the province's two regional health authorities, Horizon Health Network and Vitalité "
           "Health Network")
EMP_MED = ("Since January 2018 the Department of Health has contracted Medavie Health Services New Brunswick to manage the "
           "program")
EMP_WHO = ("The program serves patients discharged from hospital, people with chronic illness who need nursing care at home, "
           "and people receiving palliative care.")
EMP_AUDIT = ("audit of the Extra-Mural Program", STUDY)
EMP_FOUND = ("However, the department did not verify the performance data that the contractor reported, and nurses in "
             "northern New Brunswick still could not see hospital discharge summaries electronically.")
DOCUMENTS["train-auditor-nb-extramural.txt"] = dict(
    style="auditor-report-summary",
    metadata={"title": "Department of Health: Extra-Mural Program", "authors": [], "date": None, "year": None,
              "journal": None, "publisher": "Auditor General of New Brunswick",
              "publisher_accept": ["Office of the Auditor General of New Brunswick"],
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None,
              "type": "fabio:ReportDocument", "type_accept": ["fabio:ExecutiveSummary"]},
    jurisdictions=[E("New Brunswick", "ickg:ProvinceOrState",
                     [r"re:(?<!Auditor General of )(?<!Health Services )(?<!Ambulance )\bNew Brunswick\b"]),
                   E("Fredericton", "ickg:Municipality"), E("Moncton", "ickg:Municipality"), E("Bathurst", "ickg:Municipality"),
                   E("northern New Brunswick", "ickg:Region", types_accept=["ickg:ProvinceOrState"])],
    organizations=[E("Auditor General of New Brunswick", ORG),
                   E("Department of Health", ORG, ["Department of Health", r"re:\b[Tt]he department\b"]),
                   E("Horizon Health Network", ORG), E("Vitalité Health Network", ORG),
                   E("regional health authorities", ORG, ["regional health authorities", "health authorities"]),
                   E("Medavie Health Services New Brunswick", ORG, ["Medavie Health Services New Brunswick", "the contractor"]),
                   E("Ambulance New Brunswick", ORG), E("EM/ANB Inc.", ORG, ["EM/ANB Inc"]),
                   E("special care homes", ORG), E("schools", ORG), E("hospitals", ORG, [r"re:\b[Hh]ospitals\b"])],
    programs=[E("Extra-Mural Program", CM, ["Extra-Mural Program", "EMP", "Extra-Mural"], aliases=["EMP"], types_accept=[PI])],
    populations=[E("patients discharged from hospital", POP),
                 E("people with chronic illness who need nursing care at home", POP),
                 E("people receiving palliative care", POP),
                 E("residents of rural and northern communities", POP, ["Residents of rural and northern communities"])],
    conditions=[],
    concepts=[],
    statements=[
        S(EMP, "ickg:locatedIn", ("New Brunswick", "ickg:ProvinceOrState"), EMP_START),
        S(EMP, "ickg:yearEstablished", 1981, EMP_START),
        S(EMP, "ickg:hasComponent", ("nurses, therapists, social workers and dietitians visit people at home",
                                     "ickg:InterdisciplinaryTeam"), EMP_START),
        S(EMP, "ickg:operatedBy", ("Horizon Health Network", ORG), EMP_RHA),
        S(EMP, "ickg:operatedBy", ("Vitalité Health Network", ORG), EMP_RHA),
        S(EMP, "ickg:operatedBy", ("Medavie Health Services New Brunswick", ORG), EMP_MED),
        S(EMP, "ickg:targetsPopulation", ("patients discharged from hospital", POP), EMP_WHO),
        S(EMP, "ickg:targetsPopulation", ("people with chronic illness who need nursing care at home", POP), EMP_WHO),
        S(EMP, "ickg:targetsPopulation", ("people receiving palliative care", POP), EMP_WHO),
        S(EMP_AUDIT, "ickg:evaluates", EMP, "3.4 We reviewed referrals from 2016 to 2019"),
        S(EMP_AUDIT, "ickg:sampleSize", 27, "interviewed 27 staff of the program"),
        S(EMP, "ickg:hasOutcome", ("share of referrals seen within the target time rose after 2018", OUT),
          "the share of referrals seen within the target time rose after 2018"),
        S(EMP, "ickg:facesBarrier", ("the department did not verify the performance data that the contractor reported", BAR),
          EMP_FOUND),
        S(EMP, "ickg:facesBarrier", ("nurses could not see hospital discharge summaries electronically", BAR), EMP_FOUND),
        S(("verify the performance data reported under the contract", REC), "ickg:addressedTo", ("Department of Health", ORG),
          "3.6 We recommend that the Department of Health verify the performance data reported under the contract."),
        S(("give Extra-Mural staff electronic access to discharge summaries", REC), "ickg:addressedTo",
          ("regional health authorities", ORG),
          "3.7 We recommend that the department and the regional health authorities give Extra-Mural staff electronic access "
          "to discharge summaries."),
    ])

# --- a county agency's program page naming managed care plans and nonprofits (issue 12, ents30) ------------
ECM = {"label": "Enhanced Care Management", "type": CM, "types_accept": [PI]}
CALAIM = {"label": "CalAIM", "type": PI, "aliases": ["California Advancing and Innovating Medi-Cal"]}
CAL_PLANS = ("Since January 2022, Medi-Cal managed care plans have been responsible for two new benefits: Enhanced Care "
             "Management and Community Supports.")
CAL_CONTRACT = ("The plans contract with local providers, including community health centers such as LifeLong Medical Care "
                "and Roots Community Health Center, and nonprofits such as Abode Services.")
CAL_CS = ("Community Supports are services that a plan may offer instead of more costly care, such as housing transition "
          "navigation, recuperative care after a hospital stay and medically tailored meals for members with diabetes or "
          "heart failure.")
DOCUMENTS["train-county-alameda-calaim.txt"] = dict(
    style="county-program-page",
    metadata={"title": "CalAIM: Enhanced Care Management and Community Supports", "authors": [], "date": None, "year": None,
              "journal": None, "publisher": "Alameda County Health Care Services Agency",
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:WebPage"},
    jurisdictions=[E("California", "ickg:ProvinceOrState", [r"re:(?<=\()California\b"]),
                   E("Alameda County", "ickg:Region", [r"re:(?<=that )Alameda County", r"re:(?<=In )Alameda County"],
                     types_accept=["ickg:Municipality"]),
                   E("Oakland", "ickg:Municipality"), E("Hayward", "ickg:Municipality"), E("Fremont", "ickg:Municipality")],
    organizations=[E("Alameda County Health Care Services Agency", ORG),
                   E("California Department of Health Care Services", ORG),
                   E("Medi-Cal managed care plans", ORG, ["Medi-Cal managed care plans", "managed care plans"]),
                   E("Alameda Alliance for Health", ORG), E("Anthem Blue Cross", ORG),
                   E("community health centers", ORG), E("LifeLong Medical Care", ORG),
                   E("Roots Community Health Center", ORG), E("Abode Services", ORG), E("nonprofits", ORG)],
    programs=[E("CalAIM", PI, ["CalAIM", "California Advancing and Innovating Medi-Cal"],
                aliases=["California Advancing and Innovating Medi-Cal"]),
              E("Enhanced Care Management", CM, types_accept=[PI]), E("Community Supports", CM, types_accept=[PI]),
              E("Whole Person Care", PP, types_accept=[PI]), E("AC Care Connect", PP, types_accept=[PI]),
              E("Medi-Cal", PI, [r"re:\bMedi-Cal\b(?! managed)(?! members)"], types_accept=[PROG])],
    populations=[E("Medi-Cal members", POP, ["Medi-Cal members", "members"]),
                 E("adults experiencing homelessness", POP),
                 E("adults at risk of avoidable hospital or emergency department use", POP),
                 E("adults with serious mental illness or substance use disorder", POP),
                 E("individuals transitioning from incarceration", POP),
                 E("members with diabetes or heart failure", POP)],
    conditions=[E("serious mental illness", COND), E("substance use disorder", COND), E("diabetes", COND),
                E("heart failure", COND)],
    concepts=[C("care coordination", "ickg:CareCoordination", ["coordinates their health and social services"])],
    statements=[
        S(CALAIM, "ickg:initiatedBy", ("California Department of Health Care Services", ORG),
          "led by the California Department of Health Care Services"),
        S(CALAIM, "ickg:yearEstablished", 2022, CAL_PLANS),
        S(CALAIM, "ickg:hasComponent", ECM, CAL_PLANS),
        S(CALAIM, "ickg:hasComponent", ("Community Supports", CM), CAL_PLANS),
        S(ECM, "ickg:operatedBy", ("Medi-Cal managed care plans", ORG), CAL_PLANS),
        S(ECM, "ickg:hasPartner", ("LifeLong Medical Care", ORG), CAL_CONTRACT),
        S(ECM, "ickg:hasPartner", ("Roots Community Health Center", ORG), CAL_CONTRACT),
        S(ECM, "ickg:hasPartner", ("Abode Services", ORG), CAL_CONTRACT),
        S(ECM, "ickg:hasComponent", ("lead care manager who coordinates health and social services", "ickg:CaseManagement"),
          "Enhanced Care Management gives members a lead care manager who coordinates their health and social services."),
        S(ECM, "ickg:targetsPopulation", ("adults experiencing homelessness", POP), "adults experiencing homelessness"),
        S(ECM, "ickg:targetsPopulation", ("adults at risk of avoidable hospital or emergency department use", POP),
          "adults at risk of avoidable hospital or emergency department use"),
        S(ECM, "ickg:targetsPopulation", ("adults with serious mental illness or substance use disorder", POP),
          "adults with serious mental illness or substance use disorder"),
        S(ECM, "ickg:targetsPopulation", ("individuals transitioning from incarceration", POP),
          "individuals transitioning from incarceration"),
        S(("Community Supports", CM), "ickg:hasComponent", ("housing transition navigation", MECH), CAL_CS),
        S(("Community Supports", CM), "ickg:hasComponent", ("recuperative care after a hospital stay", MECH), CAL_CS),
        S(("Community Supports", CM), "ickg:hasComponent", ("medically tailored meals", MECH), CAL_CS),
        S(("Community Supports", CM), "ickg:focusesOnCondition", ("diabetes", COND), CAL_CS),
        S(("Community Supports", CM), "ickg:focusesOnCondition", ("heart failure", COND), CAL_CS),
        S(("AC Care Connect", PP), "ickg:locatedIn", {"label": "Alameda County", "type": "ickg:Region",
                                                     "types_accept": ["ickg:Municipality"]},
          "the pilot program that Alameda County ran as AC Care Connect from 2016 to 2021"),
        S(("AC Care Connect", PP), "ickg:yearEstablished", 2016,
          "the pilot program that Alameda County ran as AC Care Connect from 2016 to 2021"),
        S(("AC Care Connect", PP), "ickg:yearEnded", 2021,
          "the pilot program that Alameda County ran as AC Care Connect from 2016 to 2021"),
    ])

# --- a Danish municipality's annual report, English summary (issue 12, ents30) -----------------------------
LLL = {"label": "Life Long Living", "type": CM, "aliases": ["Længst muligt i eget liv"], "types_accept": [PI, PP]}
LLL_START = ("In 2008 Fredericia Municipality began the project \"Længst muligt i eget liv\" (Life Long Living).")
LLL_COURSE = ("for up to twelve weeks a team of home helpers, occupational therapists and physiotherapists trains them in the "
              "daily tasks they want to manage again")
LLL_WHO = ("The course is offered to citizens who apply for home help for the first time and to older people who have lost "
           "function after a hospital stay.")
LLL_BAR = ("However, hospital discharge letters often arrive late, and the teams find it hard to recruit occupational "
           "therapists.")
DOCUMENTS["train-municipality-fredericia-reablement.txt"] = dict(
    style="municipal-annual-report",
    metadata={"title": "Annual report on health and care, English summary", "authors": [], "date": None, "year": None,
              "journal": None, "publisher": "Fredericia Municipality",
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:ReportDocument"},
    jurisdictions=[E("Fredericia", "ickg:Municipality", [r"re:(?<=nursing homes in )Fredericia"]),
                   E("Taulov", "ickg:Municipality")],
    organizations=[E("Fredericia Municipality", ORG, ["Fredericia Municipality", r"re:\b[Tt]he municipality\b"]),
                   E("Local Government Denmark", ORG, ["Local Government Denmark", "KL"], aliases=["KL"]),
                   E("Region of Southern Denmark", ORG), E("Danish municipalities", ORG),
                   E("nursing homes", ORG)],
    programs=[E("Life Long Living", CM, ["Life Long Living", "Længst muligt i eget liv"],
                aliases=["Længst muligt i eget liv"], types_accept=[PI, PP])],
    populations=[E("older citizens", POP, ["older citizens"]),
                 E("citizens who apply for home help for the first time", POP),
                 E("older people who have lost function after a hospital stay", POP),
                 E("people with dementia", POP, ["People with dementia"]), E("citizens receiving end-of-life care", POP),
                 E("citizens in nursing homes", POP)],
    conditions=[E("dementia", COND)],
    concepts=[C("interdisciplinary team", "ickg:InterdisciplinaryTeam",
                ["team of home helpers, occupational therapists and physiotherapists"])],
    statements=[
        S(LLL, "ickg:yearEstablished", 2008, LLL_START),
        S(LLL, "ickg:initiatedBy", ("Fredericia Municipality", ORG), LLL_START),
        S(LLL, "ickg:locatedIn", ("Fredericia", "ickg:Municipality"), LLL_START),
        S(LLL, "ickg:hasComponent", ("reablement course before home help", MECH),
          "the municipality first offers them a reablement course"),
        S(LLL, "ickg:hasComponent", ("team of home helpers, occupational therapists and physiotherapists",
                                     "ickg:InterdisciplinaryTeam"), LLL_COURSE),
        S(LLL, "ickg:targetsPopulation", ("citizens who apply for home help for the first time", POP), LLL_WHO),
        S(LLL, "ickg:targetsPopulation", ("older people who have lost function after a hospital stay", POP), LLL_WHO),
        S(LLL, "ickg:hasPartner", ("Region of Southern Denmark", ORG),
          "the Region of Southern Denmark works with the municipality on discharges from hospital"),
        S(LLL, "ickg:hasOutcome", ("about half of the citizens needed no home help afterwards", OUT),
          "About half of them needed no home help afterwards"),
        S(LLL, "ickg:hasOutcome", ("citizens are more satisfied", OUT),
          "Staff report that citizens are more satisfied when they are helped to do things themselves."),
        S(LLL, "ickg:facesBarrier", ("hospital discharge letters often arrive late", BAR), LLL_BAR),
        S(LLL, "ickg:facesBarrier", ("hard to recruit occupational therapists", BAR), LLL_BAR),
    ])


# --- a state agency's news release with a dateline, naming regional bodies and managed care plans (ents30, held out) --
MTP = {"label": "Medicaid Transformation Project", "type": PI}
ACH = {"label": "Accountable Communities of Health", "type": CM, "aliases": ["Accountable Community of Health"],
       "types_accept": [PI]}
MTP_START = ("The Centers for Medicare & Medicaid Services has approved Washington's Medicaid Transformation Project, a "
             "five-year agreement that lets the state invest in new ways of delivering care to Apple Health clients.")
MTP_ACH = ("nine Accountable Communities of Health will lead regional work to integrate physical and behavioral health care, "
           "improve care transitions and address the opioid crisis")
MTP_WITH = ("Each Accountable Community of Health brings together hospitals, clinics, tribes, county governments, social "
            "service agencies and the managed care organizations that serve its region, among them Molina Healthcare and "
            "Community Health Plan of Washington.")
MTP_NEW = ("The project also creates services for people with long-term care needs who are not yet eligible for Medicaid, "
           "and supportive housing and supported employment for adults with complex behavioral health needs.")
DOCUMENTS["train-release-washington-achs.txt"] = dict(
    style="state-agency-news-release",
    metadata={"title": "Federal approval launches Medicaid Transformation Project", "authors": [],
              "date": "2017-01-10", "year": 2017, "journal": None, "publisher": "Washington State Health Care Authority",
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:PressRelease"},
    jurisdictions=[E("Washington", "ickg:ProvinceOrState", ["Washington's"]),
                   E("Olympia", "ickg:Municipality", ["OLYMPIA", r"re:(?<=Communications, )Olympia"]),
                   E("Spokane", "ickg:Region", [r"re:(?<=In )Spokane"], types_accept=["ickg:Municipality"]),
                   E("Ferry", "ickg:Region", [r"re:\bFerry\b"]), E("Stevens", "ickg:Region", [r"re:\bStevens\b"]),
                   E("Pend Oreille", "ickg:Region"), E("King County", "ickg:Region"),
                   E("Olympic Peninsula", "ickg:Region")],
    organizations=[E("Washington State Health Care Authority", ORG,
                     ["Washington State Health Care Authority", "Health Care Authority", "HCA"], aliases=["HCA"]),
                   E("Centers for Medicare & Medicaid Services", ORG), E("hospitals", ORG), E("clinics", ORG),
                   E("tribes", ORG), E("county governments", ORG), E("social service agencies", ORG),
                   E("managed care organizations", ORG), E("Molina Healthcare", ORG),
                   E("Community Health Plan of Washington", ORG), E("Better Health Together", ORG),
                   E("HealthierHere", ORG), E("Olympic Community of Health", ORG)],
    programs=[E("Medicaid Transformation Project", PI),
              E("Accountable Communities of Health", CM, ["Accountable Communities of Health", "Accountable Community of Health"],
                aliases=["Accountable Community of Health"], types_accept=[PI]),
              E("Apple Health", PI, [r"re:Apple Health(?= clients)"])],
    populations=[E("Apple Health clients", POP),
                 E("people with long-term care needs who are not yet eligible for Medicaid", POP),
                 E("adults with complex behavioral health needs", POP)],
    conditions=[],
    concepts=[],
    statements=[
        S(MTP, "ickg:locatedIn", ("Washington", "ickg:ProvinceOrState"), MTP_START),
        S(MTP, "ickg:yearEstablished", 2017, "For immediate release: January 10, 2017"),
        S(MTP, "ickg:targetsPopulation", ("Apple Health clients", POP), MTP_START),
        S(MTP, "ickg:hasComponent", ACH, MTP_ACH),
        S(ACH, "ickg:hasGoal", ("integrate physical and behavioral health care", GOAL), MTP_ACH),
        S(ACH, "ickg:hasGoal", ("improve care transitions", GOAL), MTP_ACH),
        S(ACH, "ickg:hasGoal", ("address the opioid crisis", GOAL), MTP_ACH),
        S(ACH, "ickg:hasPartner", ("hospitals", ORG), MTP_WITH),
        S(ACH, "ickg:hasPartner", ("clinics", ORG), MTP_WITH),
        S(ACH, "ickg:hasPartner", ("tribes", ORG), MTP_WITH),
        S(ACH, "ickg:hasPartner", ("county governments", ORG), MTP_WITH),
        S(ACH, "ickg:hasPartner", ("social service agencies", ORG), MTP_WITH),
        S(ACH, "ickg:hasPartner", ("Molina Healthcare", ORG), MTP_WITH),
        S(ACH, "ickg:hasPartner", ("Community Health Plan of Washington", ORG), MTP_WITH),
        S(MTP, "ickg:targetsPopulation", ("people with long-term care needs who are not yet eligible for Medicaid", POP), MTP_NEW),
        S(MTP, "ickg:targetsPopulation", ("adults with complex behavioral health needs", POP), MTP_NEW),
        S(MTP, "ickg:hasComponent", ("supportive housing", MECH), MTP_NEW),
        S(MTP, "ickg:hasComponent", ("supported employment", MECH), MTP_NEW),
    ])

# --- a regional newspaper's report naming a national programme's local team (ents30, held out) ----------------------
ECC = {"label": "Enhanced Community Care", "type": PI, "types_accept": [CM]}
ECC_OPEN = ("A community specialist team for older people has opened in Mallow as part of the HSE's Enhanced Community Care "
            "programme, which is recruiting thousands of staff to move care out of hospitals and closer to home.")
ECC_NET = ("The programme, funded by the Department of Health from 2021, divides the country into 96 community healthcare "
           "networks, each serving about 50,000 people.")
ECC_TEAM = ("The Mallow team brings together a consultant geriatrician from Cork University Hospital with nurses, "
            "physiotherapists, occupational therapists and social workers.")
ECC_WHO = ("It will see older people with complex needs referred by general practitioners, and frail older people at risk "
           "of admission.")
ECC_KERRY = "A separate chronic disease team in Kerry will treat patients with COPD, asthma, diabetes and heart failure."
ECC_BAR = ("recruitment of therapists has been slow, and that some hubs in Cork and Limerick are still waiting for "
           "buildings")
DOCUMENTS["train-report-ireland-enhanced-community-care.txt"] = dict(
    style="regional-newspaper-report",
    metadata={"title": "New team to keep older people out of Cork hospitals", "authors": [], "date": "2022-06-14",
              "year": 2022, "journal": {"title": "The Munster Examiner", "abbreviation": None}, "publisher": None,
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:NewsItem"},
    jurisdictions=[E("Mallow", "ickg:Municipality", [r"re:(?<=opened in )Mallow"]),
                   E("Cork", "ickg:Region", [r"re:\bCork\b(?! University)(?! Kerry)"], types_accept=["ickg:Municipality"]),
                   E("Ireland", "ickg:Country"), E("Kerry", "ickg:Region", [r"re:(?<=team in )Kerry"]),
                   E("Limerick", "ickg:Municipality", types_accept=["ickg:Region"])],
    organizations=[E("HSE", ORG, ["HSE"]), E("Department of Health", ORG),
                   E("community healthcare networks", ORG), E("Cork University Hospital", ORG),
                   E("general practitioners", ORG, ["general practitioners", "Local GPs"]),
                   E("Cork Kerry Community Healthcare", ORG), E("Mallow General Hospital", ORG)],
    programs=[E("Enhanced Community Care", PI, ["Enhanced Community Care"], types_accept=[CM])],
    populations=[E("older people with complex needs", POP), E("frail older people at risk of admission", POP),
                 E("patients with COPD, asthma, diabetes and heart failure", POP)],
    conditions=[E("COPD", COND), E("asthma", COND), E("diabetes", COND), E("heart failure", COND)],
    concepts=[],
    statements=[
        S(ECC, "ickg:initiatedBy", ("HSE", ORG), ECC_OPEN),
        S(ECC, "ickg:hasComponent", ("community specialist team for older people", "ickg:InterdisciplinaryTeam"), ECC_OPEN),
        S(ECC, "ickg:hasGoal", ("move care out of hospitals and closer to home", GOAL), ECC_OPEN),
        S(ECC, "ickg:hasFundingModel", ("funded by the Department of Health", "ickg:FundingModel"), ECC_NET),
        S(ECC, "ickg:yearEstablished", 2021, ECC_NET),
        S(ECC, "ickg:hasComponent", ("96 community healthcare networks", MECH), ECC_NET),
        S(ECC, "ickg:locatedIn", ("Ireland", "ickg:Country"),
          "It is also setting up 30 specialist teams for older people and 30 for chronic disease across Ireland"),
        S(ECC, "ickg:hasComponent", ("consultant geriatrician with nurses, physiotherapists, occupational therapists and "
                                     "social workers", "ickg:InterdisciplinaryTeam"), ECC_TEAM),
        S(ECC, "ickg:hasPartner", ("Cork University Hospital", ORG), ECC_TEAM),
        S(ECC, "ickg:targetsPopulation", ("older people with complex needs", POP), ECC_WHO),
        S(ECC, "ickg:targetsPopulation", ("frail older people at risk of admission", POP), ECC_WHO),
        S(ECC, "ickg:targetsPopulation", ("patients with COPD, asthma, diabetes and heart failure", POP), ECC_KERRY),
        S(ECC, "ickg:focusesOnCondition", ("COPD", COND), ECC_KERRY),
        S(ECC, "ickg:focusesOnCondition", ("asthma", COND), ECC_KERRY),
        S(ECC, "ickg:focusesOnCondition", ("diabetes", COND), ECC_KERRY),
        S(ECC, "ickg:focusesOnCondition", ("heart failure", COND), ECC_KERRY),
        S(ECC, "ickg:facesBarrier", ("recruitment of therapists has been slow", BAR), ECC_BAR),
        S(ECC, "ickg:facesBarrier", ("some hubs are still waiting for buildings", BAR), ECC_BAR),
    ])


# --- an evaluation report's executive summary with bullet lists -------------------------------------------
GHC = {"label": "patient-centered medical home", "type": PP, "aliases": ["medical home pilot", "pilot"], "types_accept": [CM, PI]}
GHC_START = ("Group Health Cooperative, a consumer-governed health system in Washington State, tested a patient-centered medical "
             "home at one of its clinics in Seattle from 2006.")
GHC_EVAL = ("two-year evaluation of the Group Health medical home pilot", STUDY)
DOCUMENTS["train-evalsummary-group-health-medical-home.txt"] = dict(
    style="evaluation-executive-summary",
    metadata={"title": "Redesigning primary care around the patient: two-year evaluation of the Group Health medical home pilot",
              "authors": [], "date": "2011-03", "year": 2011, "journal": None,
              "publisher": "Cascade Center for Primary Care Evaluation",
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:ExecutiveSummary"},
    jurisdictions=[E("Washington State", "ickg:ProvinceOrState"), E("Seattle", "ickg:Municipality")],
    organizations=[E("Cascade Center for Primary Care Evaluation", ORG),
                   E("Group Health Cooperative", ORG, ["Group Health Cooperative", r"re:\bGroup Health\b(?! Cooperative)(?! medical)"]),
                   E("Health plans", ORG)],
    programs=[E("patient-centered medical home", PP, ["patient-centered medical home", "medical home pilot"],
                aliases=["medical home pilot", "pilot"], types_accept=[CM, PI])],
    populations=[E("patients who were overdue for tests or had not been seen after a hospital stay", POP)],
    conditions=[E("ambulatory care-sensitive conditions", COND)],
    concepts=[],
    statements=[
        S(GHC, "ickg:operatedBy", ("Group Health Cooperative", ORG), GHC_START),
        S(GHC, "ickg:locatedIn", ("Seattle", "ickg:Municipality"), GHC_START),
        S(GHC, "ickg:yearEstablished", 2006, GHC_START),
        S(GHC, "ickg:hasGoal", ("improve patients' experience and the quality of care", GOAL),
          "The pilot aimed to improve patients' experience and the quality of care"),
        S(GHC, "ickg:hasGoal", ("reduce burnout among staff", GOAL), "while reducing burnout among staff"),
        S(GHC, "ickg:hasComponent", ("smaller panels of 1,800 patients per physician", MECH),
          "smaller panels, from about 2,300 to 1,800 patients per physician"),
        S(GHC, "ickg:hasComponent", ("longer appointments of 30 minutes", MECH), "longer appointments of 30 minutes instead of 20"),
        S(GHC, "ickg:hasComponent", ("daily huddles of each care team", "ickg:InterdisciplinaryTeam"),
          "daily huddles of each care team to plan the day's work"),
        S(GHC, "ickg:hasComponent", ("secure e-mail and telephone visits", MECH),
          "secure e-mail and telephone visits in place of many office visits"),
        S(GHC, "ickg:hasComponent", ("outreach by the team to patients who were overdue for tests", MECH),
          "outreach by the team to patients who were overdue for tests or had not been seen after a hospital stay"),
        S(GHC, "ickg:targetsPopulation", ("patients who were overdue for tests or had not been seen after a hospital stay", POP),
          "outreach by the team to patients who were overdue for tests or had not been seen after a hospital stay"),
        S(GHC, "ickg:hasComponent", ("added staff", MECH),
          "The clinic also added staff, including physicians, physician assistants, nurses and clinical pharmacists."),
        S(GHC_EVAL, "ickg:evaluates", GHC, "two-year evaluation of the Group Health medical home pilot"),
        S(GHC, "ickg:hasOutcome", ("emergency department visits were 29 percent lower", OUT),
          "emergency department visits were 29 percent lower"),
        S(GHC, "ickg:hasOutcome", ("hospital admissions for ambulatory care-sensitive conditions were 11 percent lower", OUT),
          "hospital admissions for ambulatory care-sensitive conditions were 11 percent lower"),
        S(GHC, "ickg:hasOutcome", ("patients rated their care more highly on access and coordination", OUT),
          "patients rated their care more highly on access and coordination"),
        S(GHC, "ickg:hasOutcome", ("staff reported less emotional exhaustion", OUT), "staff reported less emotional exhaustion"),
        S(GHC, "ickg:hasOutcome", ("total costs were about the same", OUT), "total costs were about the same"),
        S(GHC, "ickg:facesBarrier", ("reducing panel sizes meant that other clinics had to take on patients", BAR),
          "Reducing panel sizes meant that other clinics had to take on patients."),
        S(GHC, "ickg:facesBarrier", ("secure messaging added to physicians' workload", BAR),
          "Some physicians found secure messaging added to their workload."),
        S(("pay practices for e-mail and telephone visits", REC), "ickg:addressedTo", ("Health plans", ORG),
          "Health plans in the state should pay practices for e-mail and telephone visits."),
        S(("track staff workload as it spreads the model", REC), "ickg:addressedTo", ("Group Health Cooperative", ORG),
          "Group Health should track staff workload as it spreads the model."),
    ])

# --- a parliamentary written question and its answer ------------------------------------------------------
HCH = {"label": "Health Care Home", "type": CM, "aliases": ["Health Care Homes"], "types_accept": [PI]}
HCH_START = ("The Health Care Home model was first introduced by Pinnacle Midlands Health Network in 2011 and was taken up by "
             "Capital & Coast District Health Board in 2014.")
HCH_WAYS = ("Practices offer extended opening hours, an online patient portal where patients can see their test results and order "
            "repeat prescriptions, and proactive care plans for patients with high needs.")
DOCUMENTS["train-writtenq-nz-health-care-home.txt"] = dict(
    style="parliamentary-written-question",
    metadata={"title": "What progress has been made in rolling out the Health Care Home model in general practice, and what has "
                       "it achieved?",
              "authors": [], "date": "2019-06-21", "year": 2019, "journal": None, "publisher": "New Zealand Parliament",
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:WebPage"},
    jurisdictions=[],
    organizations=[E("New Zealand Parliament", ORG, ["NEW ZEALAND PARLIAMENT"]), E("Pinnacle Midlands Health Network", ORG),
                   E("Capital & Coast District Health Board", ORG), E("general practices", ORG),
                   E("District health boards", ORG), E("Minister of Health", ORG)],
    programs=[E("Health Care Home", CM, ["Health Care Home", "Health Care Homes"], aliases=["Health Care Homes"],
                types_accept=[PI])],
    populations=[E("patients with high needs", POP)],
    conditions=[],
    concepts=[C("capitation", "ickg:Capitation"), C("care plans", "ickg:CarePlanning", ["care plans"])],
    statements=[
        S(HCH, "ickg:initiatedBy", ("Pinnacle Midlands Health Network", ORG), HCH_START),
        S(HCH, "ickg:yearEstablished", 2011, HCH_START),
        S(HCH, "ickg:hasPartner", ("Capital & Coast District Health Board", ORG), HCH_START),
        S(HCH, "ickg:hasComponent", ("call-back by a doctor or nurse who resolves problems by telephone", MECH),
          "Patients who phone the practice for a same-day appointment are called back by a doctor or nurse, who resolves many "
          "problems by telephone."),
        S(HCH, "ickg:hasComponent", ("extended opening hours", MECH), HCH_WAYS),
        S(HCH, "ickg:hasComponent", ("online patient portal", "ickg:SharedInformationSystem", ),
          HCH_WAYS),
        S(HCH, "ickg:hasComponent", ("proactive care plans", "ickg:CarePlanning"), HCH_WAYS),
        S(HCH, "ickg:targetsPopulation", ("patients with high needs", POP), HCH_WAYS),
        S(HCH, "ickg:hasComponent", ("redesigned reception and administrative work", MECH),
          "Reception and administrative work is redesigned to free clinical time."),
        S(HCH, "ickg:hasFundingModel", ("additional payments to participating practices on top of capitation", "ickg:FundingModel"),
          "District health boards fund the programme through additional payments to participating practices on top of capitation."),
        S(HCH, "ickg:hasOutcome", ("enrolled patients attend emergency departments less often", OUT),
          "Early evaluation suggests that enrolled patients of Health Care Homes attend emergency departments less often than "
          "patients of other practices.", ("suggests", HEDGED)),
        S(HCH, "ickg:facesBarrier", ("the cost of the changes in the first year", BAR),
          "the main difficulty is the cost of the changes in the first year"),
    ])

# --- a news article quoting a manager ----------------------------------------------------------------------
CCHT = {"label": "Care Coordination/Home Telehealth", "type": PI, "aliases": ["Home Telehealth"], "types_accept": [CM]}
CCHT_START = ("Veterans Health Administration's Care Coordination/Home Telehealth program, which the department rolled out "
              "nationally in 2003")
CCHT_WHO = ("The program serves veterans with chronic conditions such as diabetes, heart failure, high blood pressure and chronic "
            "obstructive pulmonary disease, as well as depression and post-traumatic stress disorder.")
CCHT_COORD = ("Each coordinator, usually a nurse or social worker, looks after a caseload of about 150 patients and works with the "
              "veteran's primary care team to change medicines or arrange a visit.")
CCHT_CUT = ("The department says the program has cut hospital admissions among enrolled veterans by about a fifth and bed days by "
            "a quarter, and that veterans are highly satisfied with it.")
CCHT_BAR = ("Veterans in rural areas without a landline or broadband have trouble sending their readings, and some older veterans "
            "find the devices confusing at first.")
DOCUMENTS["train-newsquote-va-home-telehealth.txt"] = dict(
    style="news-article-quoting-a-manager",
    metadata={"title": "Veterans manage their illnesses from the living room, with a nurse watching the numbers",
              "authors": [{"family": "Mendes", "given": "Carla", "initials": "C"}],
              "date": "2010-11-17", "year": 2010, "journal": {"title": "Desert Sun Courier", "abbreviation": None},
              "publisher": None, "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None,
              "type": "fabio:NewsItem"},
    jurisdictions=[E("Tucson", "ickg:Municipality", ["TUCSON"])],
    organizations=[E("Veterans Health Administration", ORG), E("Veterans Affairs medical center", ORG),
                   E("primary care team", ORG)],
    programs=[E("Care Coordination/Home Telehealth", PI, ["Care Coordination/Home Telehealth"], aliases=["Home Telehealth"],
                types_accept=[CM])],
    populations=[E("veterans with chronic conditions", POP), E("veterans in rural areas without a landline or broadband", POP, ["Veterans in rural areas without a landline or broadband"])],
    conditions=[E("diabetes", COND), E("heart failure", COND), E("high blood pressure", COND),
                E("chronic obstructive pulmonary disease", COND), E("depression", COND),
                E("post-traumatic stress disorder", COND)],
    concepts=[C("care coordination", "ickg:CareCoordination", ["Care Coordination"])],
    statements=[
        S(CCHT, "ickg:operatedBy", ("Veterans Health Administration", ORG), CCHT_START),
        S(CCHT, "ickg:yearEstablished", 2003, CCHT_START),
        S(CCHT, "ickg:targetsPopulation", ("veterans with chronic conditions", POP), CCHT_WHO),
        S(CCHT, "ickg:focusesOnCondition", ("diabetes", COND), CCHT_WHO),
        S(CCHT, "ickg:focusesOnCondition", ("heart failure", COND), CCHT_WHO),
        S(CCHT, "ickg:focusesOnCondition", ("high blood pressure", COND), CCHT_WHO),
        S(CCHT, "ickg:focusesOnCondition", ("chronic obstructive pulmonary disease", COND), CCHT_WHO),
        S(CCHT, "ickg:focusesOnCondition", ("depression", COND), CCHT_WHO),
        S(CCHT, "ickg:focusesOnCondition", ("post-traumatic stress disorder", COND), CCHT_WHO),
        S(CCHT, "ickg:hasComponent", ("daily questions and measurements sent from a device at home", MECH),
          "answers a few questions on a small box beside his television and steps on a scale"),
        S(CCHT, "ickg:hasComponent", ("care coordinator with a caseload of about 150 patients", "ickg:CareCoordination"),
          CCHT_COORD),
        S(CCHT, "ickg:hasComponent", ("coordinator works with the veteran's primary care team", "ickg:InterdisciplinaryTeam"),
          CCHT_COORD),
        S(CCHT, "ickg:hasOutcome", ("cut hospital admissions by about a fifth", OUT), CCHT_CUT),
        S(CCHT, "ickg:hasOutcome", ("cut bed days by a quarter", OUT), CCHT_CUT),
        S(CCHT, "ickg:hasOutcome", ("veterans are highly satisfied", OUT), CCHT_CUT),
        S(CCHT, "ickg:hasOutcome", ("costs much less per patient than home-based primary care or nursing home care", OUT),
          "It costs much less per patient each year than home-based primary care or nursing home care."),
        S(CCHT, "ickg:facesBarrier", ("veterans in rural areas without a landline or broadband have trouble sending readings", BAR),
          CCHT_BAR),
        S(CCHT, "ickg:facesBarrier", ("some older veterans find the devices confusing", BAR), CCHT_BAR),
        S(CCHT, "ickg:facesBarrier", ("training enough coordinators", BAR), "The hard part is training enough coordinators."),
    ])

# --- a program's "About us" web page (plain text, breadcrumb and footer) ------------------------------------
HL = {"label": "Health Leads", "type": PROG, "types_accept": [ORG, CM]}
HL_HOW = ("Our trained Advocates then work with each patient to find food, heating assistance, housing, child care and legal "
          "help in their community, and follow up by phone until the need is met.")
HL_WHERE = ("We work with hospitals and community health centers across the United States, including clinics in Boston, New York, "
            "Baltimore, Chicago and Washington, D.C.")
HL_LEARN = ("Patients who worked with an Advocate were more often connected to the resources they needed, and many reported lower "
            "blood pressure and less stress.")
DOCUMENTS["train-aboutus-health-leads.txt"] = dict(
    style="about-us-page",
    metadata={"title": "Our story", "authors": [], "date": None, "year": 2018, "journal": None, "publisher": "Health Leads",
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:WebPage"},
    jurisdictions=[E("United States", "ickg:Country"), E("Boston", "ickg:Municipality", [r"re:\bBoston\b(?! Medical)"]),
                   E("New York", "ickg:Municipality"), E("Baltimore", "ickg:Municipality"), E("Chicago", "ickg:Municipality"),
                   E("Washington, D.C.", "ickg:Municipality")],
    organizations=[E("Health Leads", ORG, types_accept=[CM]), E("Boston Medical Center", ORG), E("hospitals", ORG),
                   E("community health centers", ORG)],
    programs=[E("Health Leads", PROG, types_accept=[ORG, CM])],
    populations=[E("patients with unmet social needs", POP, ["unmet social needs"])],
    conditions=[],
    concepts=[],
    statements=[
        S(HL, "ickg:hasGoal", ("connect patients with the basic resources they need to be healthy", GOAL),
          "connects patients with the basic resources they need to be healthy"),
        S(HL, "ickg:yearEstablished", 1996, "It was founded in 1996 at Boston Medical Center"),
        S(HL, "ickg:hasPartner", ("Boston Medical Center", ORG), "It was founded in 1996 at Boston Medical Center"),
        S(HL, "ickg:hasComponent", ("clinicians screen patients for unmet social needs", MECH),
          "Doctors, nurses and other clinicians screen patients for unmet social needs"),
        S(HL, "ickg:targetsPopulation", ("patients with unmet social needs", POP),
          "Doctors, nurses and other clinicians screen patients for unmet social needs"),
        S(HL, "ickg:hasComponent", ("clinicians prescribe basic resources", MECH),
          "\"prescribe\" basic resources just as they prescribe medicine"),
        S(HL, "ickg:hasComponent", ("Advocates find food, heating assistance, housing, child care and legal help", MECH), HL_HOW),
        S(HL, "ickg:hasComponent", ("follow up by phone until the need is met", MECH), HL_HOW),
        S(HL, "ickg:hasPartner", ("hospitals", ORG), HL_WHERE),
        S(HL, "ickg:hasPartner", ("community health centers", ORG), HL_WHERE),
        S(HL, "ickg:locatedIn", ("Boston", "ickg:Municipality"), HL_WHERE),
        S(HL, "ickg:locatedIn", ("New York", "ickg:Municipality"), HL_WHERE),
        S(HL, "ickg:locatedIn", ("Baltimore", "ickg:Municipality"), HL_WHERE),
        S(HL, "ickg:locatedIn", ("Chicago", "ickg:Municipality"), HL_WHERE),
        S(HL, "ickg:locatedIn", ("Washington, D.C.", "ickg:Municipality"), HL_WHERE),
        S(HL, "ickg:hasComponent", ("free screening toolkit", MECH), "Our screening toolkit is free for any health system to use."),
        S(HL, "ickg:hasOutcome", ("patients more often connected to the resources they needed", OUT), HL_LEARN),
        S(HL, "ickg:hasOutcome", ("lower blood pressure", OUT), HL_LEARN),
        S(HL, "ickg:hasOutcome", ("less stress", OUT), HL_LEARN),
        S(HL, "ickg:hasOutcome", ("clinicians more willing to ask about social needs", OUT),
          "Clinicians tell us that they are more willing to ask about social needs when they know someone can help."),
        S(HL, "ickg:facesBarrier", ("social needs services are rarely covered by insurance", BAR),
          "Many health systems still find it hard to pay for this work, because social needs services are rarely covered by "
          "insurance."),
    ])


# --- an award citation (jury's text, no author or date line) ------------------------------------------------
NPLC = {"label": "Sudbury District Nurse Practitioner Clinics", "type": CM, "types_accept": [ORG, PI]}
NPLC_START = ("When the Sudbury District Nurse Practitioner Clinics opened in Sudbury in 2007, they became the first clinic in "
              "Canada led by nurse practitioners.")
NPLC_TEAM = ("They work in teams with registered nurses, a pharmacist, a dietitian and a social worker, and with collaborating "
             "family physicians who see patients with complex problems.")
NPLC_OFFER = ("Patients are offered same-day appointments, chronic disease management for diabetes and lung disease, and health "
              "promotion programs.")
NPLC_BAR = ("Nurse practitioners could not at first admit patients to hospital or order some diagnostic tests, and recruiting "
            "collaborating physicians remains difficult in the north.")
DOCUMENTS["train-citation-sudbury-np-clinic.txt"] = dict(
    style="award-citation",
    metadata={"title": "2019 Primary Care Innovation Award: Citation", "authors": [], "date": None, "year": 2019,
              "journal": None, "publisher": "Northern Ontario Primary Care Forum",
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:WebPage"},
    jurisdictions=[E("Sudbury", "ickg:Municipality", [r"re:(?<=opened in )Sudbury"]), E("Canada", "ickg:Country")],
    organizations=[E("Northern Ontario Primary Care Forum", ORG),
                   E("Sudbury District Nurse Practitioner Clinics", ORG, types_accept=[CM]),
                   E("Ministry of Health and Long-Term Care", ORG)],
    programs=[E("Sudbury District Nurse Practitioner Clinics", CM, types_accept=[ORG, PI]),
              E("nurse practitioner-led clinics", PI)],
    populations=[E("people in the district who had no family doctor", POP), E("registered patients", POP)],
    conditions=[E("diabetes", COND), E("lung disease", COND)],
    concepts=[],
    statements=[
        S(NPLC, "ickg:yearEstablished", 2007, NPLC_START),
        S(NPLC, "ickg:locatedIn", ("Sudbury", "ickg:Municipality"), NPLC_START),
        S(NPLC, "ickg:hasGoal", ("give care to people in the district who had no family doctor", GOAL),
          "The clinic was created to give care to the thousands of people in the district who had no family doctor."),
        S(NPLC, "ickg:targetsPopulation", ("people in the district who had no family doctor", POP),
          "The clinic was created to give care to the thousands of people in the district who had no family doctor."),
        S(NPLC, "ickg:hasComponent", ("nurse practitioners are the main providers of primary care", MECH),
          "In these clinics, nurse practitioners are the main providers of primary care."),
        S(NPLC, "ickg:hasComponent", ("teams with registered nurses, a pharmacist, a dietitian and a social worker",
                                      "ickg:InterdisciplinaryTeam"), NPLC_TEAM),
        S(NPLC, "ickg:hasComponent", ("collaborating family physicians who see patients with complex problems", MECH), NPLC_TEAM),
        S(NPLC, "ickg:hasFundingModel", ("salaries rather than fees for each visit", "ickg:FundingModel"),
          "The clinics are funded by the ministry through salaries rather than fees for each visit."),
        S(NPLC, "ickg:hasComponent", ("same-day appointments", MECH), NPLC_OFFER),
        S(NPLC, "ickg:hasComponent", ("chronic disease management for diabetes and lung disease", MECH), NPLC_OFFER),
        S(NPLC, "ickg:hasComponent", ("health promotion programs", MECH), NPLC_OFFER),
        S(NPLC, "ickg:focusesOnCondition", ("diabetes", COND), NPLC_OFFER),
        S(NPLC, "ickg:focusesOnCondition", ("lung disease", COND), NPLC_OFFER),
        S(NPLC, "ickg:hasOutcome", ("cares for more than 5,000 registered patients", OUT),
          "the clinic now cares for more than 5,000 registered patients"),
        S(NPLC, "ickg:hasOutcome", ("patients report high satisfaction with their care", OUT),
          "patients report high satisfaction with their care"),
        S(NPLC, "ickg:facesBarrier", ("nurse practitioners could not admit patients to hospital or order some diagnostic tests",
                                      BAR), NPLC_BAR),
        S(NPLC, "ickg:facesBarrier", ("recruiting collaborating physicians remains difficult in the north", BAR), NPLC_BAR),
    ])

# --- an NGO's impact report section ------------------------------------------------------------------------
RCHW = {"label": "community health worker programme", "type": PI, "types_accept": [CM]}
RCHW_START = ("Since 1995 the Ministry of Health has relied on volunteers elected by their own villages, and today every village "
              "has three community health workers")
RCHW_PAIR = ("The pair diagnose and treat malaria, pneumonia and diarrhoea in children under five at home, under the national "
             "strategy for integrated community case management.")
RCHW_COOP = ("Each worker is supervised by a health centre, and workers are organised into cooperatives that receive "
             "performance-based payments from the government.")
RCHW_OUT = ("Over that period more children with fever were treated within a day, and more women gave birth in a health "
            "facility.")
DOCUMENTS["train-impact-rwanda-chw.txt"] = dict(
    style="impact-report",
    metadata={"title": "Community health workers in Rwanda", "authors": [], "date": None, "year": 2016, "journal": None,
              "publisher": "Healthy Hills Partnership",
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:ReportDocument"},
    jurisdictions=[E("Rwanda", "ickg:Country")],
    organizations=[E("Healthy Hills Partnership", ORG), E("Ministry of Health", ORG), E("health centre", ORG),
                   E("cooperatives", ORG)],
    programs=[E("community health worker programme", PI, ["community health worker programme"], types_accept=[CM])],
    populations=[E("children under five", POP), E("pregnant women and newborns", POP)],
    conditions=[E("malaria", COND), E("pneumonia", COND), E("diarrhoea", COND)],
    concepts=[C("pay for performance", "ickg:PayForPerformance", ["performance-based payments"])],
    statements=[
        S(RCHW, "ickg:locatedIn", ("Rwanda", "ickg:Country"),
          "Rwanda's community health worker programme is the backbone of the country's primary health care."),
        S(RCHW, "ickg:yearEstablished", 1995, RCHW_START),
        S(RCHW, "ickg:operatedBy", ("Ministry of Health", ORG), RCHW_START),
        S(RCHW, "ickg:hasComponent", ("volunteers elected by their own villages", MECH), RCHW_START),
        S(RCHW, "ickg:hasComponent", ("three community health workers in every village", MECH), RCHW_START),
        S(RCHW, "ickg:hasComponent", ("worker in charge of maternal health who follows pregnant women and newborns", MECH),
          "a third worker in charge of maternal health, who follows pregnant women and newborns"),
        S(RCHW, "ickg:targetsPopulation", ("pregnant women and newborns", POP),
          "a third worker in charge of maternal health, who follows pregnant women and newborns"),
        S(RCHW, "ickg:hasComponent", ("treatment of malaria, pneumonia and diarrhoea in children under five at home", MECH),
          RCHW_PAIR),
        S(RCHW, "ickg:targetsPopulation", ("children under five", POP), RCHW_PAIR),
        S(RCHW, "ickg:focusesOnCondition", ("malaria", COND), RCHW_PAIR),
        S(RCHW, "ickg:focusesOnCondition", ("pneumonia", COND), RCHW_PAIR),
        S(RCHW, "ickg:focusesOnCondition", ("diarrhoea", COND), RCHW_PAIR),
        S(RCHW, "ickg:hasComponent", ("text messages that report each pregnancy and alert the health centre to emergencies",
                                      "ickg:SharedInformationSystem"),
          "Workers use simple mobile phones to send text messages that report each pregnancy and alert the health centre to "
          "emergencies."),
        S(RCHW, "ickg:hasComponent", ("supervision by a health centre", MECH), RCHW_COOP),
        S(RCHW, "ickg:hasFundingModel", ("performance-based payments", "ickg:PayForPerformance"), RCHW_COOP),
        S(RCHW, "ickg:hasPartner", ("Healthy Hills Partnership", ORG),
          "Our partnership supported the programme in two districts from 2012 to 2016 with training, bicycles and phone "
          "credit."),
        S(RCHW, "ickg:hasOutcome", ("more children with fever were treated within a day", OUT), RCHW_OUT),
        S(RCHW, "ickg:hasOutcome", ("more women gave birth in a health facility", OUT), RCHW_OUT),
        S(RCHW, "ickg:facesBarrier", ("cooperative payments are too small to make up for the time workers spend", BAR),
          "many say that the cooperative payments are too small to make up for the time they spend"),
        S(RCHW, "ickg:facesBarrier", ("supervision visits were irregular in remote sectors", BAR),
          "Supervision visits were also irregular in remote sectors."),
    ])


# --- issue 12, helper stmt31: four documents in new styles, gold written before any run ------------
# --- a regulatory notice with AGENCY / ACTION / SUMMARY fields -------------------------------------
CPCP = ("Comprehensive Primary Care Plus", PP)
CPCP_FEE = ("In both tracks CMS pays practices a monthly care management fee for each Medicare beneficiary they serve, "
            "in addition to fee-for-service payments.")
CPCP_REQ = ("Participating practices must offer 24-hour access to a care team member, risk-stratified care management for "
            "high-risk patients, and follow-up after emergency department visits and hospital discharges.")
DOCUMENTS["train-regnotice-cpc-plus.txt"] = dict(
    style="regulatory-notice",
    metadata={"title": "Notice of a model: Comprehensive Primary Care Plus (CPC+)", "authors": [],
              "date": "2016-04-11", "year": 2016, "journal": None,
              "publisher": "Centers for Medicare & Medicaid Services", "publisher_accept": ["CMS"],
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:ReportDocument"},
    jurisdictions=[],
    organizations=[E("Department of Health and Human Services", ORG, ["DEPARTMENT OF HEALTH AND HUMAN SERVICES", "HHS"]),
                   E("Centers for Medicare & Medicaid Services", ORG, aliases=["CMS"]),
                   E("Center for Medicare and Medicaid Innovation", ORG), E("commercial insurers", ORG),
                   E("state Medicaid agencies", ORG)],
    programs=[E("Comprehensive Primary Care Plus", PP, aliases=["CPC+"], types_accept=[PI, CM]),
              E("Comprehensive Primary Care initiative", PP, types_accept=[PI, CM])],
    populations=[E("high-risk patients", POP)],
    conditions=[],
    concepts=[C("care management", "ickg:CaseManagement", ["care management"]),
              C("fee-for-service payments", "ickg:FeeForService")],
    statements=[
        S(CPCP, "ickg:operatedBy", ("Center for Medicare and Medicaid Innovation", ORG),
          "a five-year primary care model tested by the Center for Medicare and Medicaid Innovation"),
        S(("Comprehensive Primary Care initiative", PP), "ickg:yearEstablished", 2012,
          "the Comprehensive Primary Care initiative, which ran from 2012 to 2016"),
        S(("Comprehensive Primary Care initiative", PP), "ickg:yearEnded", 2016,
          "the Comprehensive Primary Care initiative, which ran from 2012 to 2016"),
        S(CPCP, "ickg:yearEstablished", 2017, "The model begins on January 1, 2017."),
        S(CPCP, "ickg:hasFundingModel", ("monthly care management fee", "ickg:FundingModel"), CPCP_FEE),
        S(CPCP, "ickg:hasFundingModel", ("fee-for-service payments", "ickg:FeeForService"), CPCP_FEE),
        S(CPCP, "ickg:hasFundingModel", ("comprehensive primary care payment", "ickg:FundingModel"),
          "Practices in Track 2 receive part of their fee-for-service payment in advance as a comprehensive primary care payment."),
        S(CPCP, "ickg:hasFundingModel", ("performance-based incentive payment", "ickg:PayForPerformance"),
          "Practices that meet quality and utilization measures keep a performance-based incentive payment."),
        S(CPCP, "ickg:hasPartner", ("commercial insurers", ORG),
          "CMS will work with commercial insurers and state Medicaid agencies in each region"),
        S(CPCP, "ickg:hasPartner", ("state Medicaid agencies", ORG),
          "CMS will work with commercial insurers and state Medicaid agencies in each region"),
        S(CPCP, "ickg:hasComponent", ("24-hour access to a care team member", MECH), CPCP_REQ),
        S(CPCP, "ickg:hasComponent", ("risk-stratified care management for high-risk patients", MECH), CPCP_REQ),
        S(CPCP, "ickg:hasComponent", ("follow-up after emergency department visits and hospital discharges", MECH), CPCP_REQ),
        S(CPCP, "ickg:targetsPopulation", ("high-risk patients", POP), CPCP_REQ),
        S(CPCP, "ickg:hasComponent", ("screen patients for behavioral health needs and social needs", MECH),
          "Practices in Track 2 must also screen patients for behavioral health needs and social needs."),
    ])

# --- an English abstract of an article in Hebrew ----------------------------------------------------
CLALIT = ("Clalit Health Services", ORG)
CPP = ("proactive care programme", PROG)
CLALIT_PP = ("Clalit's proactive care programme uses a predictive model to flag members aged 65 or older at the highest "
             "risk of admission, and primary care nurses then call them to review their medications and arrange home visits.")
CLALIT_STUDY = ("retrospective cohort study", STUDY)
CLALIT_SQ = "We conducted a retrospective cohort study of 41,200 flagged members using Clalit's electronic records."
DOCUMENTS["train-translated-abstract-clalit.txt"] = dict(
    style="translated-abstract",
    metadata={"title": "Proactive care for older members at high risk of hospital admission in Clalit Health Services",
              "authors": [{"family": "Levi", "given": "Noa", "initials": "N"},
                          {"family": "Haddad", "given": "Yusuf", "initials": "Y"},
                          {"family": "Peretz", "given": "Ronen", "initials": "R"}],
              "date": None, "year": 2019, "journal": {"title": "Harefuah Briut", "abbreviation": None},
              "publisher": None, "volume": "12", "issue": "3", "pages": "41-47", "doi": None, "pmid": None,
              "type": "fabio:JournalArticle", "type_accept": ["fabio:Abstract"]},
    jurisdictions=[E("Israel", "ickg:Country"), E("Tel Aviv", "ickg:Municipality")],
    organizations=[E("Clalit Health Services", ORG, ["Clalit Health Services", r"re:\bClalit\b(?! Health| Research)"],
                     aliases=["Clalit"]),
                   E("Clalit Research Institute", ORG), E("health funds", ORG)],
    programs=[E("proactive care programme", PROG, types_accept=[CM])],
    populations=[E("members aged 65 or older at the highest risk of admission", POP)],
    conditions=[],
    concepts=[],
    statements=[
        S(CLALIT, "ickg:yearEstablished", 1911,
          "Founded in 1911, Clalit Health Services is the largest health maintenance organization in Israel"),
        S(CLALIT, "ickg:locatedIn", ("Israel", "ickg:Country"),
          "Clalit Health Services is the largest health maintenance organization in Israel"),
        S(("Clalit Research Institute", ORG), "ickg:yearEstablished", 2010,
          "In 2010 Clalit founded the Clalit Research Institute"),
        S(CPP, "ickg:operatedBy", CLALIT, "Clalit's proactive care programme"),
        S(CPP, "ickg:hasComponent", ("predictive model", MECH), CLALIT_PP),
        S(CPP, "ickg:targetsPopulation", ("members aged 65 or older at the highest risk of admission", POP), CLALIT_PP),
        S(CPP, "ickg:hasComponent", ("primary care nurses review their medications", MECH), CLALIT_PP),
        S(CPP, "ickg:hasComponent", ("home visits", MECH), CLALIT_PP),
        S(CLALIT_STUDY, "ickg:evaluates", CPP, CLALIT_SQ),
        S(CLALIT_STUDY, "ickg:hasStudyDesign", ("cohort study", "ickg:StudyDesign", "design:cohort-study"), CLALIT_SQ),
        S(CLALIT_STUDY, "ickg:sampleSize", 41200, CLALIT_SQ),
        S(CLALIT_STUDY, "ickg:usesMethod", ("electronic records", METHOD), CLALIT_SQ),
        S(CPP, "ickg:hasOutcome", ("Admissions fell by 8% in the first year", OUT), "Admissions fell by 8% in the first year"),
        S(CPP, "ickg:hasOutcome", ("the effect appears to fade after two years", OUT),
          "the effect appears to fade after two years", hedge=("appears to", HEDGED)),
        S(CPP, "ickg:facesBarrier", ("lack of time for proactive calls", BAR),
          "Nurses reported that the lack of time for proactive calls was the main barrier."),
        S(("protect nurses' time for proactive care", REC), "ickg:addressedTo", ("health funds", ORG),
          "We recommend that the health funds protect nurses' time for proactive care."),
    ])

# --- a provider's patient story page ----------------------------------------------------------------
CHS = ("Cherokee Health Systems", ORG)
BHPC = ("blended behavioral health and primary care model", CM)
CHS_START = ("Cherokee Health Systems began in 1960 as a community mental health center in Morristown, Tennessee, "
             "and added primary care in 1984.")
CHS_HOW = ("behavioral health consultants work alongside primary care providers in the same clinic, and patients see them "
           "the same day, without a separate referral")
DOCUMENTS["train-patientstory-cherokee.txt"] = dict(
    style="patient-story-page",
    metadata={"title": "The counselor was right there in the exam room", "authors": [],
              "date": "2022-03", "year": 2022, "journal": None, "publisher": "Cherokee Health Systems",
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:WebPage"},
    jurisdictions=[E("Morristown", "ickg:Municipality"), E("Tennessee", "ickg:ProvinceOrState")],
    organizations=[E("Cherokee Health Systems", ORG, ["Cherokee Health Systems", r"re:\bCherokee\b(?! Health)"],
                     aliases=["Cherokee"]),
                   E("federally qualified health center", ORG)],
    programs=[E("blended behavioral health and primary care model", CM)],
    populations=[],
    conditions=[E("diabetes", COND)],
    concepts=[C("shared health record", "ickg:SharedInformationSystem"), C("care coordinator", "ickg:CareCoordination"),
              C("fee-for-service", "ickg:FeeForService")],
    statements=[
        S(BHPC, "ickg:operatedBy", CHS, "Cherokee's blended behavioral health and primary care model"),
        S(BHPC, "ickg:hasComponent", ("behavioral health consultants work alongside primary care providers in the same clinic",
                                      MECH), CHS_HOW),
        S(BHPC, "ickg:hasComponent", ("same-day visits without a separate referral", MECH), CHS_HOW),
        S(CHS, "ickg:yearEstablished", 1960, CHS_START),
        S(CHS, "ickg:locatedIn", ("Morristown", "ickg:Municipality"), CHS_START),
        S(("Morristown", "ickg:Municipality"), "ickg:partOf", ("Tennessee", "ickg:ProvinceOrState"), "Morristown, Tennessee"),
        S(CHS, "ickg:locatedIn", ("Tennessee", "ickg:ProvinceOrState"),
          "Today it is a federally qualified health center with clinics across Tennessee."),
        S(BHPC, "ickg:hasComponent", ("one shared health record for physical and behavioral health", "ickg:SharedInformationSystem"),
          "Every clinic uses one shared health record for physical and behavioral health."),
        S(BHPC, "ickg:hasComponent", ("care coordinator", "ickg:CareCoordination"),
          "Darlene now meets a care coordinator every month"),
        S(BHPC, "ickg:hasComponent", ("group class on managing diabetes", MECH), "joined a group class on managing diabetes"),
        S(BHPC, "ickg:focusesOnCondition", ("diabetes", COND), "joined a group class on managing diabetes"),
        S(BHPC, "ickg:facesBarrier", ("fee-for-service billing rules often do not pay for a consultant's brief visits", BAR),
          "Our model may be harder to copy elsewhere, because fee-for-service billing rules often do not pay for a "
          "consultant's brief visits.", hedge=("may", HEDGED)),
    ])

# --- an annotated bibliography entry ----------------------------------------------------------------
MFP = ("Money Follows the Person", PP)
MFP_MOVE = ("The demonstration helps Medicaid beneficiaries who have lived in nursing homes or other institutions for at "
            "least 90 days move back to homes in the community.")
MFP_365 = ("For 365 days after each transition, states receive an enhanced federal matching rate for home and "
           "community-based services, and transition coordinators arrange housing, personal care and equipment.")
MFP_EVAL = ("mixed-methods evaluation", STUDY)
MFP_EVQ = ("The report is a mixed-methods evaluation drawing on program data and surveys of participants in 44 states and "
           "the District of Columbia.")
DOCUMENTS["train-annotatedbib-mfp.txt"] = dict(
    style="annotated-bibliography",
    metadata={"title": "Annotated bibliography: rebalancing long-term services and supports", "authors": [],
              "date": "2021", "year": 2021, "journal": None, "publisher": "Long-Term Care Policy Reading Group",
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:ReportDocument"},
    jurisdictions=[E("District of Columbia", "ickg:ProvinceOrState")],
    organizations=[E("Long-Term Care Policy Reading Group", ORG), E("Center for Community Living Research", ORG),
                   E("states", ORG)],
    programs=[E("Money Follows the Person", PP, aliases=["MFP"], types_accept=[PI])],
    populations=[E("Medicaid beneficiaries who have lived in nursing homes or other institutions for at least 90 days", POP)],
    conditions=[],
    concepts=[],
    statements=[
        S(MFP, "ickg:establishedBy", ("Deficit Reduction Act of 2005", "ickg:Legislation"),
          "Money Follows the Person (MFP) was authorized by the Deficit Reduction Act of 2005"),
        S(MFP, "ickg:targetsPopulation",
          ("Medicaid beneficiaries who have lived in nursing homes or other institutions for at least 90 days", POP), MFP_MOVE),
        S(MFP, "ickg:hasGoal", ("move back to homes in the community", GOAL), MFP_MOVE),
        S(MFP, "ickg:hasFundingModel", ("enhanced federal matching rate for home and community-based services",
                                        "ickg:FundingModel"), MFP_365),
        S(MFP, "ickg:hasComponent", ("transition coordinators arrange housing, personal care and equipment", MECH), MFP_365),
        S(MFP_EVAL, "ickg:evaluates", MFP, MFP_EVQ),
        S(MFP_EVAL, "ickg:hasStudyDesign", ("mixed-methods study", "ickg:StudyDesign", "design:mixed-methods-study"), MFP_EVQ),
        S(MFP_EVAL, "ickg:usesMethod", ("program data", METHOD), MFP_EVQ),
        S(MFP_EVAL, "ickg:usesMethod", ("surveys of participants", METHOD), MFP_EVQ),
        S(MFP, "ickg:hasOutcome", ("Quality of life improved after the move", OUT), "Quality of life improved after the move"),
        S(MFP, "ickg:hasOutcome", ("about one in five participants was readmitted to an institution within a year", OUT),
          "about one in five participants was readmitted to an institution within a year"),
        S(MFP, "ickg:facesBarrier", ("shortage of affordable, accessible housing", BAR),
          "A shortage of affordable, accessible housing was the barrier most often reported by states."),
    ])


# --- issue 12, helper stmt33: three documents in new styles, gold written before any run ------------
# --- a peer reviewer's report on a manuscript (manuscript fields, numbered comments) ----------------
HAH = ("Hospital at Home", CM)
HAH_ADMIT = ("It admits adults who present to the emergency department with an exacerbation of heart failure or chronic "
             "obstructive pulmonary disease, with pneumonia, cellulitis or a urinary tract infection")
HAH_CARE = ("Care at home combines daily physician visits, nursing visits at least twice a day, and 30 days of transitional "
            "care after discharge.")
HAH_JOINT = ("the service is run jointly with a home health agency and a community paramedicine service, and works in "
             "partnership with local pharmacies for same-day delivery of medicines")
DOCUMENTS["train-peerreview-hospital-at-home.txt"] = dict(
    style="peer-review-report",
    metadata={"title": "Reviewer report", "authors": [],
              "date": "2019-03-14", "year": 2019, "journal": None, "publisher": None,
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:ReportDocument"},
    jurisdictions=[E("New York City", "ickg:Municipality"), E("Manhattan", "ickg:Municipality", types_accept=["ickg:Region"])],
    organizations=[E("Mount Sinai Health System", ORG), E("Center for Medicare and Medicaid Innovation", ORG),
                   E("home health agency", ORG), E("community paramedicine service", ORG), E("local pharmacies", ORG)],
    programs=[E("Hospital at Home", CM, ["Hospital at Home"], aliases=["Hospital at Home program"], types_accept=[PI, PP])],
    populations=[E("adults who present to the emergency department", POP), E("acutely ill adults", POP)],
    conditions=[E("heart failure", COND), E("chronic obstructive pulmonary disease", COND), E("pneumonia", COND),
                E("cellulitis", COND), E("urinary tract infection", COND)],
    concepts=[],
    statements=[
        S(HAH, "ickg:operatedBy", ("Mount Sinai Health System", ORG),
          "the Hospital at Home program of the Mount Sinai Health System"),
        S(HAH, "ickg:locatedIn", ("Manhattan", "ickg:Municipality"),
          "has offered acute hospital-level care in patients' homes in Manhattan since November 2014"),
        S(HAH, "ickg:yearEstablished", 2014,
          "has offered acute hospital-level care in patients' homes in Manhattan since November 2014"),
        S(HAH, "ickg:hasFundingModel", ("Health Care Innovation Award", "ickg:FundingModel"),
          "The program was started with a Health Care Innovation Award from the Center for Medicare and Medicaid Innovation."),
        S(HAH, "ickg:targetsPopulation", ("adults who present to the emergency department", POP), HAH_ADMIT),
        S(HAH, "ickg:focusesOnCondition", ("heart failure", COND), HAH_ADMIT),
        S(HAH, "ickg:focusesOnCondition", ("chronic obstructive pulmonary disease", COND), HAH_ADMIT),
        S(HAH, "ickg:focusesOnCondition", ("pneumonia", COND), HAH_ADMIT),
        S(HAH, "ickg:focusesOnCondition", ("cellulitis", COND), HAH_ADMIT),
        S(HAH, "ickg:focusesOnCondition", ("urinary tract infection", COND), HAH_ADMIT),
        S(HAH, "ickg:hasComponent", ("daily physician visits", MECH), HAH_CARE),
        S(HAH, "ickg:hasComponent", ("nursing visits at least twice a day", MECH), HAH_CARE),
        S(HAH, "ickg:hasComponent", ("30 days of transitional care after discharge", MECH), HAH_CARE),
        S(HAH, "ickg:hasPartner", ("home health agency", ORG), HAH_JOINT),
        S(HAH, "ickg:hasPartner", ("community paramedicine service", ORG), HAH_JOINT),
        S(HAH, "ickg:hasPartner", ("local pharmacies", ORG), HAH_JOINT),
        S(HAH, "ickg:hasOutcome", ("30-day readmissions were 8.6% among program patients against 15.6% among comparison patients", OUT),
          "30-day readmissions were 8.6% among program patients against 15.6% among comparison patients"),
        S(HAH, "ickg:hasOutcome", ("emergency department revisits were about half as frequent", OUT),
          "emergency department revisits were about half as frequent"),
        S(HAH, "ickg:hasOutcome", ("Patients rated the care they received more highly than comparison patients did", OUT),
          "Patients rated the care they received more highly than comparison patients did."),
        S(HAH, "ickg:facesBarrier", ("absence of a Medicare payment for acute care delivered at home", BAR),
          "the program was hampered by the absence of a Medicare payment for acute care delivered at home"),
        S(HAH, "ickg:facesBarrier", ("Difficulties in recruiting nurses for night shifts", BAR),
          "Difficulties in recruiting nurses for night shifts"),
    ])

# --- a staff bulletin's anniversary look-back (year headings, "us") --------------------------------
SALT = ("Salford Together", PROG)
SALT_PARTNERS = ("The partnership brings together Salford City Council, NHS Salford Clinical Commissioning Group, Salford "
                 "Royal NHS Foundation Trust and Greater Manchester Mental Health NHS Foundation Trust, alongside voluntary "
                 "and community groups.")
SALT_TEAMS = ("Neighbourhood teams of GPs, district nurses and social workers now meet to plan the care of people at risk "
              "of going into hospital")
SALT_ADMIT = ("emergency admissions of people over 65 grew more slowly than in the rest of Greater Manchester between 2014 "
              "and 2018")
DOCUMENTS["train-bulletin-salford-together.txt"] = dict(
    style="staff-bulletin-look-back",
    metadata={"title": "Five years of Salford Together: a look back", "authors": [],
              "date": "2019", "year": 2019, "journal": None, "publisher": None,
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:NewsItem"},
    jurisdictions=[E("Greater Manchester", "ickg:Region", [r"re:\bGreater Manchester\b(?! Mental)"])],
    organizations=[E("Salford City Council", ORG, ["Salford City Council", r"re:(?<=the )council\b"]),
                   E("NHS Salford Clinical Commissioning Group", ORG,
                     ["NHS Salford Clinical Commissioning Group", r"re:(?<=the )clinical commissioning group\b"]),
                   E("Salford Royal NHS Foundation Trust", ORG, ["Salford Royal NHS Foundation Trust", "Salford Royal"],
                     aliases=["Salford Royal"]),
                   E("Greater Manchester Mental Health NHS Foundation Trust", ORG),
                   E("voluntary and community groups", ORG)],
    programs=[E("Salford Together", PROG, types_accept=[CM, PI, "ickg:IntegratedCareNetwork"])],
    populations=[E("older people", POP), E("people at risk of going into hospital", POP), E("people over 65", POP)],
    conditions=[],
    concepts=[C("pooled budget", "ickg:PooledBudget")],
    statements=[
        S(SALT, "ickg:yearEstablished", 2014, "When Salford Together was formed in 2014"),
        S(SALT, "ickg:hasPartner", ("Salford City Council", ORG), SALT_PARTNERS),
        S(SALT, "ickg:hasPartner", ("NHS Salford Clinical Commissioning Group", ORG), SALT_PARTNERS),
        S(SALT, "ickg:hasPartner", ("Salford Royal NHS Foundation Trust", ORG), SALT_PARTNERS),
        S(SALT, "ickg:hasPartner", ("Greater Manchester Mental Health NHS Foundation Trust", ORG), SALT_PARTNERS),
        S(SALT, "ickg:hasPartner", ("voluntary and community groups", ORG), SALT_PARTNERS),
        S(SALT, "ickg:targetsPopulation", ("older people", POP), "The first programme was for older people."),
        S(SALT, "ickg:hasComponent", ("Neighbourhood teams of GPs, district nurses and social workers", MECH), SALT_TEAMS),
        S(SALT, "ickg:targetsPopulation", ("people at risk of going into hospital", POP), SALT_TEAMS),
        S(SALT, "ickg:hasComponent", ("community assets programme", MECH),
          "a community assets programme links older people to local groups and activities"),
        S(SALT, "ickg:hasFundingModel", ("pooled budget", "ickg:PooledBudget"),
          "The council and the clinical commissioning group put their budgets for adult health and social care into a pooled budget."),
        S(SALT, "ickg:operatedBy", ("Salford Royal NHS Foundation Trust", ORG),
          "Salford Royal became the lead provider for adult community health and social care services in the city."),
        S(SALT, "ickg:facesBarrier", ("separate record systems in the council and the trusts", BAR),
          "Much of the early work was held back by separate record systems in the council and the trusts"),
        S(SALT, "ickg:facesBarrier", ("Moving staff between employers also took longer than planned", BAR),
          "Moving staff between employers also took longer than planned."),
        S(SALT, "ickg:hasOutcome", (SALT_ADMIT, OUT), SALT_ADMIT),
        S(SALT, "ickg:hasOutcome", ("fewer older people were placed permanently in care homes", OUT),
          "fewer older people were placed permanently in care homes"),
    ])

# --- an annex's SWOT analysis (Strengths / Weaknesses / Opportunities / Threats bullets) ------------
FPICP = ("Family Physician Integrated Care Project", PI)
FPICP_GROUP = ("Five to ten primary care clinics in a district form a community health care group, which works together "
               "with a contracted community hospital for referrals and shared training.")
DOCUMENTS["train-swot-taiwan-fpicp.txt"] = dict(
    style="swot-analysis",
    metadata={"title": "SWOT analysis: Family Physician Integrated Care Project (Taiwan)", "authors": [],
              "date": "2018-10", "year": 2018, "journal": None, "publisher": None,
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:ReportDocument"},
    jurisdictions=[E("Taiwan", "ickg:Country")],
    organizations=[E("Bureau of National Health Insurance", ORG), E("National Health Insurance Administration", ORG),
                   E("primary care clinics", ORG, ["primary care clinics", "clinics"]),
                   E("contracted community hospital", ORG, ["contracted community hospital", "partner hospital"]),
                   E("regional primary care working group", ORG)],
    programs=[E("Family Physician Integrated Care Project", PI, types_accept=[CM, PP])],
    populations=[E("patients with diabetes and hypertension", POP), E("enrolled members", POP,
                 ["Members enrolled in a group", "enrolled members"])],
    conditions=[E("diabetes", COND), E("hypertension", COND)],
    concepts=[C("case management", "ickg:CaseManagement", accept=["kodner:case-management", "who-ipchs:case-management"]),
              C("fee-for-service payments", "ickg:FeeForService")],
    statements=[
        S(FPICP, "ickg:initiatedBy", ("Bureau of National Health Insurance", ORG),
          "The Family Physician Integrated Care Project was launched by the Bureau of National Health Insurance in 2003."),
        S(FPICP, "ickg:yearEstablished", 2003,
          "The Family Physician Integrated Care Project was launched by the Bureau of National Health Insurance in 2003."),
        S(FPICP, "ickg:locatedIn", ("Taiwan", "ickg:Country"), "Family Physician Integrated Care Project (Taiwan)"),
        S(FPICP, "ickg:hasComponent", ("community health care group", MECH), FPICP_GROUP),
        S(FPICP, "ickg:hasPartner", ("contracted community hospital", ORG), FPICP_GROUP),
        S(FPICP, "ickg:hasComponent", ("24-hour telephone consultation line", MECH),
          "Members enrolled in a group can call a 24-hour telephone consultation line staffed by the group's physicians."),
        S(FPICP, "ickg:hasComponent", ("case management", "ickg:CaseManagement"),
          "Group members share case management for patients with diabetes and hypertension."),
        S(FPICP, "ickg:targetsPopulation", ("patients with diabetes and hypertension", POP),
          "Group members share case management for patients with diabetes and hypertension."),
        S(FPICP, "ickg:focusesOnCondition", ("diabetes", COND),
          "Group members share case management for patients with diabetes and hypertension."),
        S(FPICP, "ickg:focusesOnCondition", ("hypertension", COND),
          "Group members share case management for patients with diabetes and hypertension."),
        S(FPICP, "ickg:hasComponent", ("joint referral and back-referral arrangement with the partner hospital", MECH),
          "A joint referral and back-referral arrangement with the partner hospital."),
        S(FPICP, "ickg:hasFundingModel", ("per-member case management fee", "ickg:FundingModel"),
          "Clinics receive a per-member case management fee on top of fee-for-service payments."),
        S(FPICP, "ickg:hasFundingModel", ("fee-for-service payments", "ickg:FeeForService"),
          "Clinics receive a per-member case management fee on top of fee-for-service payments."),
        S(FPICP, "ickg:facesBarrier", ("Most people can still see any specialist without referral", BAR),
          "Most people can still see any specialist without referral, which weakens the clinics' role as gatekeepers."),
        S(FPICP, "ickg:facesBarrier", ("clinics and hospitals use different information systems", BAR),
          "Obstacles to sharing records: clinics and hospitals use different information systems."),
        S(FPICP, "ickg:facesBarrier", ("Low awareness of the project among enrolled members", BAR),
          "Low awareness of the project among enrolled members."),
        S(FPICP, "ickg:hasOutcome", ("preventable hospitalizations for diabetes among enrolled members were lower than among "
                                     "members not enrolled", OUT),
          "preventable hospitalizations for diabetes among enrolled members were lower than among members not enrolled"),
        S(FPICP, "ickg:hasOutcome", ("member satisfaction with after-hours advice was high", OUT),
          "member satisfaction with after-hours advice was high"),
    ])

# --- issue 12, helper stmt34: two documents in new styles, gold written before any run ------------
# --- a lecture transcript (spoken, "So what is it?", "Write that down") ----------------------------
WRAP = ("Wraparound Milwaukee", PROG)
WRAP_POP = ("It serves children and adolescents with serious emotional and mental health needs who are at risk of going "
            "into residential treatment, psychiatric hospital or a juvenile correctional facility.")
WRAP_POOL = ("The county's child welfare and juvenile justice systems pay in the funds they used to spend on residential "
             "placements, and Medicaid pays a monthly capitation rate for each enrolled child.")
WRAP_NET = ("And the program buys services from a provider network of more than two hundred agencies, so the plan can "
            "include things like in-home therapy, mentoring or crisis respite.")
WRAP_BHD = "The Behavioral Health Division is responsible for paying the providers and for quality review."
DOCUMENTS["train-lecture-wraparound-milwaukee.txt"] = dict(
    style="lecture-transcript",
    metadata={"title": "Paying for integrated care for children", "authors": [],
              "date": None, "year": None, "journal": None, "publisher": None,
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:ReportDocument"},
    jurisdictions=[E("Wisconsin", "ickg:ProvinceOrState"), E("England", "ickg:Country")],
    organizations=[E("Milwaukee County Behavioral Health Division", ORG,
                     ["Milwaukee County Behavioral Health Division", "Behavioral Health Division"]),
                   E("Medicaid", ORG), E("care coordination agencies", ORG),
                   E("provider network", ORG, ["provider network"])],
    programs=[E("Wraparound Milwaukee", PROG, types_accept=[CM, PI])],
    populations=[E("children and adolescents with serious emotional and mental health needs", POP),
                 E("families", POP, ["family", "Families"])],
    conditions=[],
    concepts=[C("pooled budget", "ickg:PooledBudget", ["pooled budget", "pooled budgets"]),
              C("capitation", "ickg:Capitation", ["capitation rate"]),
              C("care coordinator", "ickg:CareCoordination", ["care coordinator", "care coordination"])],
    statements=[
        S(WRAP, "ickg:locatedIn", ("Wisconsin", "ickg:ProvinceOrState"),
          "Tonight I want to take you to Wisconsin, to a program called Wraparound Milwaukee"),
        S(WRAP, "ickg:hasFundingModel", ("pooled budget", "ickg:PooledBudget"),
          "because it is one of the oldest examples of a pooled budget for children anywhere"),
        S(WRAP, "ickg:operatedBy", ("Milwaukee County Behavioral Health Division", ORG),
          "Wraparound Milwaukee is run by the Milwaukee County Behavioral Health Division, and it started in 1995."),
        S(WRAP, "ickg:yearEstablished", 1995,
          "Wraparound Milwaukee is run by the Milwaukee County Behavioral Health Division, and it started in 1995."),
        S(WRAP, "ickg:targetsPopulation", ("children and adolescents with serious emotional and mental health needs", POP), WRAP_POP),
        S(WRAP, "ickg:hasFundingModel", ("capitation", "ickg:Capitation"), WRAP_POOL),
        S(WRAP, "ickg:hasComponent", ("care coordinator", "ickg:CareCoordination"), "Each family gets a care coordinator."),
        S(WRAP, "ickg:hasComponent", ("Child and Family Team", MECH),
          "The care coordinator brings together a Child and Family Team"),
        S(WRAP, "ickg:hasComponent", ("one plan of care", "ickg:CarePlanning"), "The team writes one plan of care."),
        S(WRAP, "ickg:hasComponent", ("provider network of more than two hundred agencies", MECH), WRAP_NET),
        S(WRAP, "ickg:hasComponent", ("Mobile Urgent Treatment Team", MECH),
          "There is also a Mobile Urgent Treatment Team that answers crises around the clock."),
        S(("Milwaukee County Behavioral Health Division", ORG), "ickg:responsibleFor", ("paying the providers", "ickg:CareSector"), WRAP_BHD),
        S(("Milwaukee County Behavioral Health Division", ORG), "ickg:responsibleFor", ("quality review", "ickg:CareSector"), WRAP_BHD),
        S(WRAP, "ickg:hasOutcome", ("the number of children placed in residential treatment fell sharply", OUT),
          "the number of children placed in residential treatment fell sharply"),
        S(WRAP, "ickg:hasOutcome", ("the average cost per child was well below the cost of a residential placement", OUT),
          "the average cost per child was well below the cost of a residential placement"),
        S(WRAP, "ickg:hasOutcome", ("Families also reported higher satisfaction in the annual surveys", OUT),
          "Families also reported higher satisfaction in the annual surveys."),
        S(WRAP, "ickg:facesBarrier", ("Getting four systems to give up control of their money took years of negotiation", BAR),
          "Getting four systems to give up control of their money took years of negotiation."),
        S(WRAP, "ickg:facesBarrier", ("keeping enough providers in the network was a constant struggle", BAR),
          "keeping enough providers in the network was a constant struggle, because the rates are low"),
    ])

# --- an evaluation snapshot for funders (upper-case headings, labelled lines, bullets) ------------
HUB = ("Pathways Community HUB", CM)
HUB_START = "The Community Health Access Project (CHAP) in Mansfield, Ohio, set up the first Pathways Community HUB in 1999."
HUB_PARTNERS = "Partners: local health department, Medicaid managed care plans, hospitals and social service agencies."
HUB_STUDY = ("The reviewers compared the birth records of 115 women served by the HUB with those of women from the same "
             "neighbourhoods who were not served, and interviewed staff from eight agencies.")
REVIEW = ("external review", STUDY)
DOCUMENTS["train-evalsnapshot-pathways-hub.txt"] = dict(
    style="evaluation-snapshot",
    metadata={"title": "Pathways Community HUB, Richland County, Ohio: what an independent review found", "authors": [],
              "date": None, "year": None, "journal": None, "publisher": None,
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:ReportDocument"},
    jurisdictions=[E("Richland County", "ickg:Region", types_accept=["ickg:Municipality"]),
                   E("Ohio", "ickg:ProvinceOrState"), E("Mansfield", "ickg:Municipality")],
    organizations=[E("Community Health Access Project", ORG, ["Community Health Access Project", "CHAP"], aliases=["CHAP"]),
                   E("regional foundation", ORG), E("local health department", ORG),
                   E("Medicaid managed care plans", ORG), E("hospitals", ORG), E("social service agencies", ORG),
                   E("local agencies that employ community health workers", ORG)],
    programs=[E("Pathways Community HUB", CM, ["Pathways Community HUB", "HUB"], aliases=["HUB"], types_accept=[PROG, PI])],
    populations=[E("pregnant women at risk of a poor birth outcome", POP), E("adults with chronic disease", POP)],
    conditions=[E("low birth weight", COND)],
    concepts=[],
    statements=[
        S(HUB, "ickg:initiatedBy", ("Community Health Access Project", ORG), HUB_START),
        S(HUB, "ickg:yearEstablished", 1999, HUB_START),
        S(HUB, "ickg:locatedIn", ("Mansfield", "ickg:Municipality"), HUB_START),
        S(HUB, "ickg:locatedIn", ("Richland County", "ickg:Region"),
          "Pathways Community HUB, Richland County, Ohio: what an independent review found"),
        S(HUB, "ickg:targetsPopulation", ("pregnant women at risk of a poor birth outcome", POP),
          "Target group: pregnant women at risk of a poor birth outcome, and later adults with chronic disease."),
        S(HUB, "ickg:targetsPopulation", ("adults with chronic disease", POP),
          "Target group: pregnant women at risk of a poor birth outcome, and later adults with chronic disease."),
        S(HUB, "ickg:hasComponent", ("community health workers who visit clients at home", MECH),
          "community health workers who visit clients at home and find them housing, food, transport and medical care"),
        S(HUB, "ickg:hasComponent", ("standardised pathways", MECH),
          "standardised \"pathways\", each a set of steps that ends in a measurable result"),
        S(HUB, "ickg:hasFundingModel", ("payment to the agencies for each pathway completed", "ickg:PayForPerformance"),
          "payment to the agencies for each pathway completed, not for each visit"),
        S(HUB, "ickg:hasComponent", ("shared registry", "ickg:SharedInformationSystem"),
          "a shared registry so that two agencies do not serve the same client twice"),
        S(HUB, "ickg:hasPartner", ("local health department", ORG), HUB_PARTNERS),
        S(HUB, "ickg:hasPartner", ("Medicaid managed care plans", ORG), HUB_PARTNERS),
        S(HUB, "ickg:hasPartner", ("hospitals", ORG), HUB_PARTNERS),
        S(HUB, "ickg:hasPartner", ("social service agencies", ORG), HUB_PARTNERS),
        S(REVIEW, "ickg:evaluates", HUB, "findings of an external review commissioned by a regional foundation"),
        S(REVIEW, "ickg:sampleSize", 115, HUB_STUDY),
        S(REVIEW, "ickg:usesMethod", ("birth records", METHOD), HUB_STUDY),
        S(REVIEW, "ickg:usesMethod", ("interviews", METHOD), HUB_STUDY),
        S(HUB, "ickg:hasOutcome", ("Women served by the HUB had fewer low birth weight babies than the comparison group", OUT),
          "Women served by the HUB had fewer low birth weight babies than the comparison group."),
        S(HUB, "ickg:hasOutcome", ("Almost all enrolled women completed their prenatal care pathway", OUT),
          "Almost all enrolled women completed their prenatal care pathway."),
        S(HUB, "ickg:facesBarrier", ("Short-term grants made it hard to keep trained community health workers", BAR),
          "Short-term grants made it hard to keep trained community health workers."),
        S(HUB, "ickg:facesBarrier", ("Entering the same data into several systems took staff time away from clients", BAR),
          "Entering the same data into several systems took staff time away from clients."),
        S(("pay for completed pathways directly", REC), "ickg:addressedTo", ("Medicaid managed care plans", ORG),
          "The reviewers recommend that Medicaid managed care plans pay for completed pathways directly."),
    ])


# Documents added by helper ent34 (issue 12, session 34): held-out documents in styles and countries the
# set lacked, their gold written before any recogniser was tuned on them (folded in from its own script).
ENPHC = {"label": "Enhanced Primary Healthcare", "type": PI, "aliases": ["EnPHC"], "types_accept": [PP, CM]}
ENPHC_START = ("The Ministry of Health Malaysia (MOH) will extend the Enhanced Primary Healthcare (EnPHC) intervention "
               "beyond the twenty public health clinics in Selangor and Johor where it began in 2017.")
ENPHC_FOR = ("EnPHC reorganises care in government health clinics (klinik kesihatan) for adults with hypertension, "
             "type 2 diabetes and hypercholesterolaemia.")
ENPHC_EVAL = {"label": "evaluation by the Institute for Health Systems Research", "type": "ickg:Evaluation"}
ENPHC_COMPARE = ("An evaluation by the Institute for Health Systems Research (IHSR) of the National Institutes of Health "
                 "compared the twenty intervention clinics with twenty control clinics in the same two states.")
DOCUMENTS["train-ent34-press-malaysia-enphc.txt"] = dict(
    style="press-release",
    metadata={"title": "Enhanced Primary Healthcare to reach more clinics after first phase", "authors": [],
              "date": "2019-08-14", "year": 2019, "journal": None, "publisher": "Ministry of Health Malaysia",
              "publisher_accept": ["MOH"], "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None,
              "type": "fabio:PressRelease"},
    jurisdictions=[E("Putrajaya", "ickg:Municipality", ["PUTRAJAYA"]),
                   E("Selangor", "ickg:ProvinceOrState", ["re:Selangor"]),
                   E("Johor", "ickg:ProvinceOrState", ["re:Johor"]),
                   E("Kedah", "ickg:ProvinceOrState"), E("Sabah", "ickg:ProvinceOrState")],
    organizations=[E("Ministry of Health Malaysia", ORG, ["MINISTRY OF HEALTH MALAYSIA", "Ministry of Health Malaysia",
                                                         "MOH", "ministry"], aliases=["MOH"]),
                   E("public health clinics", ORG, ["public health clinics", "government health clinics",
                                                    "klinik kesihatan"], aliases=["government health clinics",
                                                                                  "klinik kesihatan"]),
                   E("Institute for Health Systems Research", ORG, ["Institute for Health Systems Research", "IHSR"],
                     aliases=["IHSR"]),
                   E("National Institutes of Health", ORG),
                   E("State Health Departments of Selangor and Johor", ORG, aliases=["State Health Departments"])],
    programs=[E("Enhanced Primary Healthcare", PI, ["Enhanced Primary Healthcare", "EnPHC"], aliases=["EnPHC"],
                types_accept=[PP, CM])],
    populations=[E("adults with hypertension, type 2 diabetes and hypercholesterolaemia", POP),
                 E("adults aged 40 and above", POP)],
    conditions=[E("hypertension", COND), E("type 2 diabetes", COND), E("hypercholesterolaemia", COND)],
    concepts=[C("care coordinator", "ickg:CareCoordination")],
    statements=[
        S(ENPHC, "ickg:initiatedBy", ("Ministry of Health Malaysia", ORG), ENPHC_START),
        S(ENPHC, "ickg:yearEstablished", 2017, ENPHC_START),
        S(ENPHC, "ickg:locatedIn", ("Selangor", "ickg:ProvinceOrState"), ENPHC_START),
        S(ENPHC, "ickg:locatedIn", ("Johor", "ickg:ProvinceOrState"), ENPHC_START),
        S(ENPHC, "ickg:operatedBy", ("public health clinics", ORG), ENPHC_START),
        S(ENPHC, "ickg:targetsPopulation", ("adults with hypertension, type 2 diabetes and hypercholesterolaemia", POP),
          ENPHC_FOR),
        *[S(ENPHC, "ickg:focusesOnCondition", (c, COND), ENPHC_FOR)
          for c in ("hypertension", "type 2 diabetes", "hypercholesterolaemia")],
        S(ENPHC, "ickg:hasComponent", ("family health team led by a medical officer", "ickg:InterdisciplinaryTeam"),
          "Each patient is registered with a family health team led by a medical officer"),
        S(ENPHC, "ickg:hasComponent", ("care coordinator", "ickg:CareCoordination"),
          "a care coordinator follows up patients who miss their appointments"),
        S(ENPHC, "ickg:hasComponent", ("community screening of adults aged 40 and above", MECH),
          "The clinics also screen adults aged 40 and above in the surrounding communities"),
        S(ENPHC, "ickg:targetsPopulation", ("adults aged 40 and above", POP),
          "The clinics also screen adults aged 40 and above in the surrounding communities"),
        S(ENPHC_EVAL, "ickg:evaluates", ENPHC, ENPHC_COMPARE),
        S(ENPHC_EVAL, "ickg:conductedBy", ("Institute for Health Systems Research", ORG), ENPHC_COMPARE),
        S(ENPHC_EVAL, "ickg:hasStudyDesign", ("controlled before-and-after comparison", "ickg:StudyDesign",
                                               "design:quasi-experimental-study"), ENPHC_COMPARE),
        S(ENPHC, "ickg:hasOutcome", ("more patients had their blood pressure under control", OUT),
          "more patients in the intervention clinics had their blood pressure under control after eighteen months"),
        S(ENPHC, "ickg:facesBarrier", ("staff shortages in busy urban clinics", BAR),
          "staff shortages in busy urban clinics slowed the formation of the teams"),
    ])

NWL = {"label": "North West London Integrated Care Pilot", "type": PP, "types_accept": [PI, CM]}
NWL_START = ("The North West London Integrated Care Pilot was launched in 2011 in the inner boroughs of north west "
             "London by general practices, two acute hospital trusts, two community health providers, two mental "
             "health trusts, three local authorities and two voluntary organisations.")
NWL_FOR = ("The pilot served people aged 75 and over and adults with diabetes registered with about one hundred "
           "general practices.")
NWL_PARTS = ("Its main components were multidisciplinary case conferences, shared care plans held on a single "
             "information system, and an integrated management board on which clinicians from every partner sat.")
NWL_STUDY = {"label": "study of the North West London Integrated Care Pilot", "type": "ickg:Study"}
NWL_METHOD = ("We interviewed 34 professionals and analysed activity data from the pilot's information system.")
DOCUMENTS["train-ent34-article-nwl-icp.txt"] = dict(
    style="journal-abstract",
    metadata={"title": "Two years of the North West London Integrated Care Pilot: what changed for older people "
                       "and people with diabetes?",
              "authors": [{"family": "Okonkwo-Bell", "given": "Harriet", "initials": "H"},
                          {"family": "Menon", "given": "Rajiv", "initials": "R"},
                          {"family": "Gallagher", "given": "Sinead", "initials": "S"}],
              "date": None, "year": 2014, "journal": {"title": "Journal of Integrated Care", "abbreviation": None},
              "publisher": None, "volume": "22", "issue": "4", "pages": "150-161", "doi": "10.9999/jica.2014.0417",
              "pmid": None, "type": "fabio:JournalArticle", "type_accept": ["fabio:Abstract"]},
    jurisdictions=[E("north west London", "ickg:Region", ["north west London"]),
                   E("Canterbury", "ickg:Municipality"),
                   E("London", "ickg:Municipality", [r"re:(?<=, )London(?=, UK)"]),
                   E("UK", "ickg:Country", types_accept=["ickg:Region"])],
    organizations=[E("Centre for Health Services Studies", ORG), E("University of Kent", ORG),
                   E("Department of Primary Care and Public Health", ORG), E("Imperial College London", ORG),
                   E("general practices", ORG), E("acute hospital trusts", ORG), E("community health providers", ORG),
                   E("mental health trusts", ORG), E("local authorities", ORG), E("voluntary organisations", ORG)],
    programs=[E("North West London Integrated Care Pilot", PP, types_accept=[PI, CM])],
    populations=[E("people aged 75 and over", POP), E("adults with diabetes", POP)],
    conditions=[E("diabetes", COND, [r"re:\bdiabetes\b"])],
    concepts=[C("care planning", "ickg:CarePlanning", ["shared care plans", "care planning"])],
    statements=[
        S(NWL, "ickg:yearEstablished", 2011, NWL_START),
        S(NWL, "ickg:locatedIn", ("north west London", "ickg:Region"), NWL_START),
        *[S(NWL, "ickg:hasPartner", (o, ORG), NWL_START)
          for o in ("general practices", "acute hospital trusts", "community health providers", "mental health trusts",
                    "local authorities", "voluntary organisations")],
        S(NWL, "ickg:targetsPopulation", ("people aged 75 and over", POP), NWL_FOR),
        S(NWL, "ickg:targetsPopulation", ("adults with diabetes", POP), NWL_FOR),
        S(NWL, "ickg:focusesOnCondition", ("diabetes", COND), NWL_FOR),
        S(NWL, "ickg:hasComponent", ("multidisciplinary case conferences", "ickg:InterdisciplinaryTeam"), NWL_PARTS),
        S(NWL, "ickg:hasComponent", ("shared care plans", "ickg:CarePlanning"), NWL_PARTS),
        S(NWL, "ickg:hasComponent", ("single information system", "ickg:SharedInformationSystem"), NWL_PARTS),
        S(NWL, "ickg:hasComponent", ("integrated management board", MECH), NWL_PARTS),
        S(NWL, "ickg:hasFundingModel", ("payment for the time spent on care planning", "ickg:FundingModel"),
          "Practices were paid for the time their staff spent on care planning."),
        S(NWL_STUDY, "ickg:evaluates", NWL, NWL_METHOD),
        S(NWL_STUDY, "ickg:usesMethod", ("interviews", METHOD), NWL_METHOD),
        S(NWL_STUDY, "ickg:sampleSize", {"value": 34, "datatype": "xsd:nonNegativeInteger"}, NWL_METHOD),
        S(NWL, "ickg:hasOutcome", ("better relationships across organisations", OUT),
          "Professionals reported better relationships across organisations"),
        S(NWL, "ickg:facesBarrier", ("hard to engage the hospital consultants", BAR),
          "the pilot found it hard to engage the hospital consultants"),
        S(NWL, "ickg:facesBarrier", ("the information system took longer to build than planned", BAR),
          "the information system took longer to build than planned"),
        S(NWL, "ickg:hasOutcome", ("emergency admissions did not fall", OUT),
          "Emergency admissions of the people in the pilot did not fall in its first eighteen months."),
    ])


MOHALLA = {"label": "Aam Aadmi Mohalla Clinics", "type": CM, "aliases": ["Aam Aadmi Mohalla Clinic", "Mohalla Clinic"],
           "types_accept": [PI, PP]}
MC_START = ("Four years after the first Aam Aadmi Mohalla Clinic opened at Peeragarhi in July 2015, the Government of the "
            "National Capital Territory of Delhi runs several hundred of the small clinics across the city.")
MC_TEAM = ("Each clinic has a doctor, a pharmacist and a multi-task worker, and offers consultations, essential medicines "
           "and laboratory tests free of charge.")
DOCUMENTS["train-ent34-news-delhi-mohalla.txt"] = dict(
    style="news-item",
    metadata={"title": "Neighbourhood clinics bring doctors to Delhi's lanes",
              "authors": [{"family": "Nair", "given": "Priya", "initials": "P"}], "date": "2019-03-14", "year": 2019,
              "journal": {"title": "The Civic Ledger", "abbreviation": None}, "publisher": None, "volume": None,
              "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:NewsItem"},
    jurisdictions=[E("Delhi", "ickg:Municipality", [r"re:\bDelhi(?='s lanes)", "NEW DELHI"], aliases=["New Delhi"],
                     types_accept=["ickg:Region", "ickg:ProvinceOrState"]),
                   E("Peeragarhi", "ickg:Municipality", types_accept=["ickg:Region"]),
                   E("Sangam Vihar", "ickg:Municipality", types_accept=["ickg:Region"])],
    organizations=[E("Government of the National Capital Territory of Delhi", ORG),
                   E("Department of Health and Family Welfare", ORG)],
    programs=[E("Aam Aadmi Mohalla Clinics", CM, ["Aam Aadmi Mohalla Clinic"], aliases=["Aam Aadmi Mohalla Clinic",
                                                                                        "Mohalla Clinic"],
                types_accept=[PI, PP])],
    populations=[E("women and older people", POP, ["Women and older people"]),
                 E("patients with diabetes or hypertension", POP, ["Patients with diabetes or hypertension"]),
                 E("residents of resettlement colonies", POP, ["resettlement colonies"])],
    conditions=[E("diabetes", COND), E("hypertension", COND)],
    concepts=[],
    statements=[
        S(MOHALLA, "ickg:yearEstablished", 2015, MC_START),
        S(MOHALLA, "ickg:locatedIn", ("Peeragarhi", "ickg:Municipality"), MC_START),
        S(MOHALLA, "ickg:locatedIn", ("Delhi", "ickg:Municipality"), "runs several hundred of the small clinics across the city"),
        S(MOHALLA, "ickg:operatedBy", ("Government of the National Capital Territory of Delhi", ORG), MC_START),
        S(MOHALLA, "ickg:hasComponent", ("a doctor, a pharmacist and a multi-task worker in each clinic",
                                         "ickg:InterdisciplinaryTeam"), MC_TEAM),
        S(MOHALLA, "ickg:hasComponent", ("consultations, essential medicines and laboratory tests free of charge", MECH),
          MC_TEAM),
        S(MOHALLA, "ickg:hasFundingModel", ("a fixed fee for each patient", "ickg:FundingModel"),
          "The Department of Health and Family Welfare pays the doctors a fixed fee for each patient they see."),
        S(MOHALLA, "ickg:targetsPopulation", ("residents of resettlement colonies", POP),
          "Many clinics are housed in portable cabins or rented rooms in resettlement colonies"),
        S(MOHALLA, "ickg:hasOutcome", ("the clinic saved residents a day's wages", OUT),
          "Residents of Sangam Vihar said the clinic near their homes saved them a day's wages."),
        S(MOHALLA, "ickg:facesBarrier", ("clinics set up faster than the polyclinics and hospitals that should receive "
                                         "their referrals", BAR),
          "the clinics were set up faster than the polyclinics and hospitals that should receive their referrals"),
        S(MOHALLA, "ickg:facesBarrier", ("struggled to find land", BAR), "Some clinics have also struggled to find land."),
    ])

# --- an oral answer in a parliament's record (stmt35, gold before any run) -----------------------------
PCNS = {"label": "primary care networks", "type": PI, "aliases": ["networks", "network"], "types_accept": [CM]}
PCNS_START = ("Primary care networks were introduced in England in July 2019 under the five-year framework for the GP "
              "contract agreed by NHS England and the British Medical Association.")
PCNS_ROLES = ("Through the Additional Roles Reimbursement Scheme, NHS England will fund up to 20,000 additional staff for the "
              "networks by 2024, including clinical pharmacists, social prescribing link workers, physiotherapists and "
              "paramedics.")
PCNS_WITH = ("Networks are expected to work with community services, social care and the voluntary sector to provide more "
             "joined-up care closer to home.")
DOCUMENTS["train-stmt35-hansard-england-pcns.txt"] = dict(
    style="parliamentary-oral-answer",
    metadata={"title": "Primary Care Networks", "authors": [], "date": "2020-01-14", "year": 2020, "journal": None,
              "publisher": "House of Commons", "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None,
              "type": "fabio:WebPage"},
    jurisdictions=[E("England", "ickg:Region", types_accept=["ickg:Country"])],
    organizations=[E("House of Commons", ORG), E("NHS England", ORG), E("British Medical Association", ORG),
                   E("general practices", ORG, ["general practice"]), E("community services", ORG),
                   E("social care", ORG, [r"re:(?<=services, )social care"]), E("voluntary sector", ORG)],
    programs=[E("primary care networks", PI, ["primary care networks", "Primary care networks", "Primary Care Networks",
                                              r"re:\b[Nn]etworks?\b"], aliases=["networks", "network"], types_accept=[CM]),
              E("Additional Roles Reimbursement Scheme", PI)],
    populations=[E("populations of typically 30,000 to 50,000 patients", POP,
                   ["a population of typically 30,000 to 50,000 patients"]),
                 E("patients whose needs are mainly social", POP), E("care homes", POP, ["care homes"])],
    conditions=[],
    concepts=[],
    statements=[
        S(PCNS, "ickg:locatedIn", {"label": "England", "type": "ickg:Region", "types_accept": ["ickg:Country"]}, PCNS_START),
        S(PCNS, "ickg:yearEstablished", 2019, PCNS_START),
        S(PCNS, "ickg:initiatedBy", ("NHS England", ORG), PCNS_START),
        S(PCNS, "ickg:initiatedBy", ("British Medical Association", ORG), PCNS_START),
        S(PCNS, "ickg:numberOfPrograms", {"value": 1250, "datatype": "xsd:nonNegativeInteger"},
          "Almost every general practice in the country has now joined one of about 1,250 networks"),
        S(PCNS, "ickg:hasPartner", ("general practices", ORG),
          "Almost every general practice in the country has now joined one of about 1,250 networks"),
        S(PCNS, "ickg:targetsPopulation", ("populations of typically 30,000 to 50,000 patients", POP),
          "each serving a population of typically 30,000 to 50,000 patients"),
        S(PCNS, "ickg:hasComponent", ("clinical director", MECH), "Each network is led by a clinical director."),
        S(PCNS, "ickg:hasFundingModel", ("Additional Roles Reimbursement Scheme", "ickg:FundingModel"), PCNS_ROLES),
        S(PCNS, "ickg:hasComponent", ("clinical pharmacists", MECH), PCNS_ROLES),
        S(PCNS, "ickg:hasComponent", ("social prescribing link workers", MECH), PCNS_ROLES),
        S(PCNS, "ickg:hasComponent", ("physiotherapists", MECH), PCNS_ROLES),
        S(PCNS, "ickg:hasComponent", ("paramedics", MECH), PCNS_ROLES),
        S(PCNS, "ickg:hasGoal", ("up to 20,000 additional staff for the networks by 2024", GOAL), PCNS_ROLES),
        S(PCNS, "ickg:hasPartner", ("community services", ORG), PCNS_WITH),
        S(PCNS, "ickg:hasPartner", ("social care", ORG), PCNS_WITH),
        S(PCNS, "ickg:hasPartner", ("voluntary sector", ORG), PCNS_WITH),
        S(PCNS, "ickg:hasGoal", ("more joined-up care closer to home", GOAL), PCNS_WITH),
        S(PCNS, "ickg:facesBarrier", ("practices cannot find room for the new staff", BAR),
          "they cannot find room for the new staff"),
        S(PCNS, "ickg:facesBarrier", ("recruiting clinical pharmacists has been slow", BAR),
          "Recruiting clinical pharmacists has also been slow."),
        S(PCNS, "ickg:facesBarrier", ("lack of space in surgeries", BAR),
          "the lack of space in surgeries has held some networks back"),
        S(PCNS, "ickg:hasOutcome", ("link workers have reduced the number of appointments that GPs spend on patients whose "
                                    "needs are mainly social", OUT),
          "Early reports from networks suggest that link workers have reduced the number of appointments that GPs spend on "
          "patients whose needs are mainly social.", ("Early reports from networks suggest", PRELIMINARY)),
        S(PCNS, "ickg:facesBarrier", ("GPs have little time to run a network on top of a full list", BAR),
          "they have little time to run a network on top of a full list"),
        S(PCNS, "ickg:hasComponent", ("structured medication reviews", MECH),
          "from April networks will also be paid to provide structured medication reviews and enhanced health in care homes"),
        S(PCNS, "ickg:hasComponent", ("enhanced health in care homes", MECH),
          "from April networks will also be paid to provide structured medication reviews and enhanced health in care homes"),
    ])

# --- a clinician's blog post (stmt35, gold before any run) ----------------------------------------------
IORA = {"label": "Iora Health", "type": CM, "types_accept": [ORG]}
IORA_START = "Iora Health was founded in Boston in 2010 by the primary care physician Rushika Fernandopulle."
IORA_FIRST = ("Its first practice opened in Las Vegas for members of the Culinary Health Fund, the health plan of the hotel and "
              "casino workers' union.")
IORA_PAY = ("Instead of billing for each visit, the practice receives a fixed monthly fee for each patient from the health plan, "
            "so nobody counts my visits.")
IORA_COACH = ("Every patient is paired with a health coach, who calls them between visits, goes with them to specialist "
              "appointments if they want, and helps them set their own goals.")
DOCUMENTS["train-stmt35-clinicianblog-iora.txt"] = dict(
    style="clinician-blog-post",
    metadata={"title": "Why I left fee-for-service medicine, four years on",
              "authors": [{"family": "Lindgren", "given": "Maya", "initials": "M"}], "date": "2019-03-09", "year": 2019,
              "journal": None, "publisher": "Notes from a Phoenix exam room", "volume": None, "issue": None, "pages": None,
              "doi": None, "pmid": None, "type": "fabio:BlogPost", "type_accept": ["fabio:WebPage"]},
    jurisdictions=[E("Phoenix", "ickg:Municipality", [r"re:(?<=practice in )Phoenix"]),
                   E("Boston", "ickg:Municipality"), E("Las Vegas", "ickg:Municipality")],
    organizations=[E("Iora Health", ORG, ["Iora Health", r"re:\bIora\b(?! Health)"]), E("Culinary Health Fund", ORG),
                   E("hotel and casino workers' union", ORG), E("Medicare Advantage plans", ORG),
                   E("health plan", ORG, [r"re:\bhealth plans?\b"])],
    programs=[E("Iora Health", CM, ["Iora Health"], types_accept=[ORG])],
    populations=[E("older adults in Medicare Advantage plans", POP), E("members of the Culinary Health Fund", POP)],
    conditions=[],
    concepts=[C("fee-for-service", "ickg:FeeForService", ["fee-for-service"])],
    statements=[
        S(IORA, "ickg:yearEstablished", 2010, IORA_START),
        S(IORA, "ickg:locatedIn", ("Boston", "ickg:Municipality"), IORA_START),
        S(IORA, "ickg:locatedIn", ("Las Vegas", "ickg:Municipality"), IORA_FIRST),
        S(IORA, "ickg:hasPartner", ("Culinary Health Fund", ORG), IORA_FIRST),
        S(IORA, "ickg:targetsPopulation", ("members of the Culinary Health Fund", POP), IORA_FIRST),
        S(IORA, "ickg:targetsPopulation", ("older adults in Medicare Advantage plans", POP),
          "Today most of its practices care for older adults in Medicare Advantage plans."),
        S(IORA, "ickg:hasFundingModel", ("fixed monthly fee for each patient", "ickg:Capitation"), IORA_PAY),
        S(IORA, "ickg:hasComponent", ("smaller panel", MECH), "My panel is about half the size it used to be."),
        S(IORA, "ickg:hasComponent", ("health coach", MECH), IORA_COACH),
        S(IORA, "ickg:hasComponent", ("coaches hired from the neighbourhoods served", MECH),
          "The coaches are usually hired from the neighbourhoods we serve"),
        S(IORA, "ickg:hasComponent", ("daily huddle", MECH),
          "Every morning the whole team meets in a short huddle to go through patients who were in hospital or who we are "
          "worried about."),
        S(IORA, "ickg:hasComponent", ("Chirp, an electronic record built around the care team", MECH),
          "We also use Chirp, an electronic record that Iora built itself around the care team rather than around billing."),
        S(IORA, "ickg:hasOutcome", ("patients end up in the emergency department less often", OUT),
          "My patients end up in the emergency department less often than they did in my old practice"),
        S(IORA, "ickg:hasOutcome", ("hospital admissions among members have fallen", OUT),
          "the plans tell us that hospital admissions among our members have fallen"),
        S(IORA, "ickg:facesBarrier", ("finding health coaches who stay is hard", BAR),
          "Finding health coaches who stay is hard"),
        S(IORA, "ickg:facesBarrier", ("only works where a health plan pays a monthly fee up front", BAR),
          "the model only works where a health plan is willing to pay a monthly fee up front"),
    ])

# Documents added by helper ent35 (issue 12, session 35): held-out documents about countries the set lacked
# (Costa Rica, Israel), their gold written before the extractor was run on them or any recogniser tuned.
EBAIS = {"label": "Basic Comprehensive Health Care Teams", "type": CM,
         "aliases": ["EBAIS", "Equipos Básicos de Atención Integral en Salud"], "types_accept": [PI]}
EBAIS_START = ("from 1995, when the Costa Rican Social Security Fund (Caja Costarricense de Seguro Social, CCSS) began "
               "to set up Basic Comprehensive Health Care Teams")
EBAIS_FOR = ("The teams give priority to older adults, pregnant women, children under five and people with "
             "hypertension or diabetes.")
DOCUMENTS["train-ent35-handout-costa-rica-ebais.txt"] = dict(
    style="seminar-handout",
    metadata={"title": "Costa Rica: basic teams, health areas and one social security fund",
              "authors": [{"family": "Mora Solís", "given": "Andrea", "initials": "A"}],
              "date": None, "year": None, "journal": None, "publisher": None,
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:ReportDocument"},
    jurisdictions=[E("Costa Rica", "ickg:Country", ["re:(?<!of )Costa Rica(?!n)"]),
                   E("San José", "ickg:Municipality")],
    organizations=[E("Costa Rican Social Security Fund", ORG, ["Costa Rican Social Security Fund",
                                                                "Caja Costarricense de Seguro Social", "CCSS"],
                     aliases=["CCSS", "Caja Costarricense de Seguro Social"]),
                   E("Ministry of Health", ORG, ["Ministry of Health", "ministry"]),
                   E("World Bank", ORG),
                   E("School of Public Health", ORG),
                   E("University of Costa Rica", ORG),
                   E("hospitals", ORG),
                   E("municipalities", ORG)],
    programs=[E("Basic Comprehensive Health Care Teams", CM, ["Basic Comprehensive Health Care Teams", "EBAIS",
                                                             "Equipos Básicos de Atención Integral en Salud"],
                aliases=["EBAIS", "Equipos Básicos de Atención Integral en Salud"], types_accept=[PI])],
    populations=[E("older adults", POP), E("pregnant women", POP), E("children under five", POP),
                 E("people with hypertension or diabetes", POP)],
    conditions=[E("hypertension", COND), E("diabetes", COND)],
    statements=[
        S(EBAIS, "ickg:yearEstablished", 1995, EBAIS_START),
        S(EBAIS, "ickg:operatedBy", ("Costa Rican Social Security Fund", ORG), EBAIS_START),
        S(EBAIS, "ickg:locatedIn", ("Costa Rica", "ickg:Country"),
          "Costa Rica reorganised the first level of its public health system from 1995"),
        S(EBAIS, "ickg:hasComponent", ("team of a physician, a nursing assistant and a primary care technical "
                                       "assistant", "ickg:InterdisciplinaryTeam"),
          "is made up of a physician, a nursing assistant and a primary care technical assistant (ATAP)"),
        S(EBAIS, "ickg:hasComponent", ("household visits by the primary care technical assistant", MECH),
          "The ATAP visits every household in the sector, records its risks and brings people who need care to "
          "the team"),
        *[S(EBAIS, "ickg:targetsPopulation", (p, POP), EBAIS_FOR)
          for p in ("older adults", "pregnant women", "children under five", "people with hypertension or diabetes")],
        *[S(EBAIS, "ickg:focusesOnCondition", (c, COND), EBAIS_FOR) for c in ("hypertension", "diabetes")],
        S(EBAIS, "ickg:hasOutcome", ("lower child and adult mortality", OUT),
          "studies have associated the reform with lower child and adult mortality"),
    ])

CLALIT_SCORE = {"label": "readmission risk score", "type": CM}
CLALIT_POP = "patients aged 65 and over at high risk of readmission"
CLALIT_FLAG = ("the score is used to flag patients aged 65 and over who are at high risk of returning to hospital "
               "within 30 days")
DOCUMENTS["train-ent35-feature-israel-clalit.txt"] = dict(
    style="news-feature",
    metadata={"title": "One fund, two roles: how Clalit finds patients before they come back",
              "authors": [{"family": "Segal", "given": "Noa", "initials": "N"}],
              "date": None, "year": None, "journal": None, "publisher": None,
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:NewsItem"},
    jurisdictions=[E("Israel", "ickg:Country"), E("Beersheba", "ickg:Municipality", ["BEERSHEBA"]),
                   E("Negev", "ickg:Region", ["re:(?<=in the )Negev"]),
                   E("Southern District", "ickg:Region")],
    organizations=[E("Clalit Health Services", ORG, ["Clalit Health Services", "re:Clalit(?! Health| Research)"],
                     aliases=["Clalit"]),
                   E("Maccabi Healthcare Services", ORG), E("Meuhedet", ORG), E("Leumit Health Services", ORG),
                   E("Soroka University Medical Center", ORG, ["Soroka University Medical Center", "Soroka"],
                     aliases=["Soroka"]),
                   E("Clalit Research Institute", ORG),
                   E("Faculty of Health Sciences of Ben-Gurion University of the Negev", ORG,
                     aliases=["Ben-Gurion University of the Negev"]),
                   E("Ministry of Health", ORG),
                   E("health funds", ORG, ["health funds", "smaller funds"]),
                   E("hospitals", ORG),
                   E("community clinics", ORG)],
    programs=[E("readmission risk score", CM)],
    populations=[E(CLALIT_POP, POP, ["patients aged 65 and over who are at high risk of returning to hospital "
                                     "within 30 days"])],
    statements=[
        S(CLALIT_SCORE, "ickg:initiatedBy", ("Clalit Research Institute", ORG),
          "The Clalit Research Institute built a readmission risk score"),
        S(CLALIT_SCORE, "ickg:hasComponent", ("risk prediction from electronic health records",
                                               "ickg:SharedInformationSystem"),
          "built a readmission risk score from the electronic health records the fund holds on its members"),
        S(CLALIT_SCORE, "ickg:targetsPopulation", (CLALIT_POP, POP), CLALIT_FLAG),
        S(CLALIT_SCORE, "ickg:hasComponent", ("telephone follow-up by community clinic nurses after discharge", MECH),
          "Nurses in the community clinics telephone the flagged patients after discharge"),
        S(CLALIT_SCORE, "ickg:hasComponent", ("medication review", MECH), "review their medicines"),
        S(CLALIT_SCORE, "ickg:operatedBy", ("community clinics", ORG),
          "Nurses in the community clinics telephone the flagged patients after discharge"),
        S(CLALIT_SCORE, "ickg:facesBarrier", ("smaller funds buy most hospital care from others", BAR),
          "the smaller funds, which buy most hospital care from others, cannot easily copy it"),
    ])


# Documents added by helper subj36 (issue 12, session 36): held-out checks of the main program, written and their
# gold recorded before the extractor was run on them: a program whose name is a lower-case brand ("headspace") in
# a journal's book review, and a payment model in a hospital's notes to its financial statements (the hospital is
# the grammatical subject of most sentences, the model is what the note is about).
HS = {"label": "headspace", "type": CM, "aliases": ["National Youth Mental Health Foundation"], "types_accept": [ORG, PI]}
HS_START = ("headspace, the National Youth Mental Health Foundation, was established in 2006 with funding from the "
            "Australian Government")
HS_FOUR = ("each centre offers four kinds of help under one roof: mental health care, physical and sexual health care, "
           "alcohol and other drug services, and support with work and study")
HS_RUN = ("Each is commissioned by a Primary Health Network and operated by a local lead agency, often a community health "
          "organisation, which brings together general practitioners, psychologists, youth workers and vocational workers.")
HS_PROBLEMS = ("long waiting lists at busy centres, difficulty recruiting psychiatrists and other clinicians in regional "
               "areas, and short funding cycles that make it hard for lead agencies to keep staff")
DOCUMENTS["train-subj36-bookreview-headspace.txt"] = dict(
    style="journal-book-review",
    metadata={"title": "Front doors for young minds", "authors": [{"family": "Okafor", "given": "Tamsin", "initials": "T"}],
              "date": None, "year": 2022,
              "journal": {"title": "Australian Journal of Community Health Practice", "abbreviation": None},
              "publisher": None, "volume": "14", "issue": "2", "pages": "77-78", "doi": None, "pmid": None,
              "type": "fabio:BookReview", "type_accept": ["fabio:JournalArticle"]},
    jurisdictions=[E("Australia", "ickg:Country", ["re:(?<=centres across )Australia"]), E("Melbourne", "ickg:Municipality"),
                   E("Perth", "ickg:Municipality")],
    organizations=[E("headspace", ORG, [r"re:(?<![\w-])headspace(?=, the)", "National Youth Mental Health Foundation"],
                     aliases=["National Youth Mental Health Foundation"]),
                   E("Australian Government", ORG), E("Primary Health Network", ORG),
                   E("lead agency", ORG, ["lead agency", "lead agencies"]), E("community health organisation", ORG),
                   E("Carlton Lane Press", ORG)],
    programs=[E("headspace", CM, [r"re:(?<![\w-])headspace\b"], aliases=["National Youth Mental Health Foundation"],
                types_accept=[ORG, PI])],
    populations=[E("young people aged 12 to 25", POP)],
    conditions=[],
    concepts=[],
    statements=[
        S(HS, "ickg:yearEstablished", 2006, HS_START),
        S(HS, "ickg:hasFundingModel", ("funding from the Australian Government", "ickg:FundingModel"), HS_START),
        S(HS, "ickg:locatedIn", ("Australia", "ickg:Country"),
          "the growth of the network to more than 150 centres across Australia"),
        S(HS, "ickg:numberOfPrograms", {"value": 150, "datatype": "xsd:nonNegativeInteger"},
          "the growth of the network to more than 150 centres across Australia"),
        S(HS, "ickg:targetsPopulation", ("young people aged 12 to 25", POP),
          "It was designed for young people aged 12 to 25"),
        *[S(HS, "ickg:hasComponent", (c, MECH), HS_FOUR)
          for c in ("mental health care", "physical and sexual health care", "alcohol and other drug services",
                    "support with work and study")],
        S(HS, "ickg:hasPartner", ("Primary Health Network", ORG), HS_RUN),
        S(HS, "ickg:operatedBy", ("lead agency", ORG), HS_RUN),
        S(HS, "ickg:hasComponent", ("team of general practitioners, psychologists, youth workers and vocational workers",
                                    "ickg:InterdisciplinaryTeam"), HS_RUN),
        S(HS, "ickg:hasComponent", ("walk-in access and referral by a parent, a school or a GP", MECH),
          "Young people can walk in or be referred by a parent, a school or a GP"),
        S(HS, "ickg:hasComponent", ("youth reference group at each centre", "ickg:PatientEngagement"),
          "a youth reference group at each centre advises on how it works"),
        S(HS, "ickg:hasComponent", ("eheadspace, an online and telephone service", MECH),
          "eheadspace, the online and telephone service added for young people who cannot reach a centre"),
        S(HS, "ickg:hasOutcome", ("improvements in psychological distress", OUT),
          "young people who used the centres showed improvements in psychological distress"),
        S(HS, "ickg:facesBarrier", ("long waiting lists at busy centres", BAR), HS_PROBLEMS),
        S(HS, "ickg:facesBarrier", ("difficulty recruiting psychiatrists and other clinicians in regional areas", BAR),
          HS_PROBLEMS),
        S(HS, "ickg:facesBarrier", ("short funding cycles", BAR), HS_PROBLEMS),
    ])

CJR = {"label": "Comprehensive Care for Joint Replacement", "type": PI, "aliases": ["CJR"], "types_accept": [CM, PP]}
CJR_START = ("The Medical Center has participated since April 1, 2016 in the Comprehensive Care for Joint Replacement (CJR) "
             "model, a payment model of the Center for Medicare and Medicaid Innovation")
CJR_EPISODE = ("the Medical Center is held accountable for the cost and quality of an episode of care for Medicare "
               "beneficiaries who undergo a lower extremity joint replacement")
CJR_WHO = "includes the services of physicians, post-acute care providers and home health agencies"
CJR_PATH = ("the Medical Center has set up a joint replacement care pathway with a nurse navigator for each patient, "
            "pre-operative education classes, and a preferred network of skilled nursing facilities and home health "
            "agencies with which it has gainsharing arrangements")
CJR_UNSURE = ("target prices are set partly on regional spending and change each year, and because the Medical Center "
              "cannot control the care that patients receive from providers outside its preferred network")
DOCUMENTS["train-subj36-finnotes-cjr.txt"] = dict(
    style="notes-to-financial-statements",
    metadata={"title": "Notes to the Consolidated Financial Statements", "authors": [], "date": None, "year": 2018,
              "journal": None, "publisher": "Lakeview Regional Medical Center", "volume": None, "issue": None,
              "pages": None, "doi": None, "pmid": None, "type": "fabio:ReportDocument"},
    jurisdictions=[],
    organizations=[E("Lakeview Regional Medical Center", ORG, ["LAKEVIEW REGIONAL MEDICAL CENTER", "Medical Center"],
                     aliases=["Medical Center"]),
                   E("Center for Medicare and Medicaid Innovation", ORG,
                     ["Center for Medicare and Medicaid Innovation", "Innovation Center"], aliases=["Innovation Center"]),
                   E("Centers for Medicare & Medicaid Services", ORG, ["Centers for Medicare & Medicaid Services", "CMS"],
                     aliases=["CMS"]),
                   E("acute care hospitals", ORG), E("physicians", ORG, [r"re:(?<=services of )physicians"]),
                   E("post-acute care providers", ORG), E("home health agencies", ORG),
                   E("skilled nursing facilities", ORG, [r"re:(?<=network of )skilled nursing facilities"])],
    programs=[E("Comprehensive Care for Joint Replacement", PI, ["Comprehensive Care for Joint Replacement", "CJR"],
                aliases=["CJR"], types_accept=[CM, PP])],
    populations=[E("Medicare beneficiaries who undergo a lower extremity joint replacement", POP)],
    conditions=[],
    concepts=[C("fee-for-service", "ickg:FeeForService", ["fee-for-service"])],
    statements=[
        S(CJR, "ickg:yearEstablished", 2016, CJR_START),
        S(CJR, "ickg:initiatedBy", ("Center for Medicare and Medicaid Innovation", ORG), CJR_START),
        S(CJR, "ickg:hasPartner", ("Lakeview Regional Medical Center", ORG), CJR_START),
        S(CJR, "ickg:hasPartner", ("acute care hospitals", ORG),
          "Participation is mandatory for most acute care hospitals in the metropolitan statistical areas selected by CMS"),
        S(CJR, "ickg:targetsPopulation", ("Medicare beneficiaries who undergo a lower extremity joint replacement", POP),
          CJR_EPISODE),
        S(CJR, "ickg:hasFundingModel", ("accountability for the cost and quality of an episode of care against a target "
                                        "price", "ickg:BundledFunding"), CJR_EPISODE),
        S(CJR, "ickg:hasComponent", ("episode from admission to 90 days after discharge", MECH),
          "An episode begins with the admission and ends 90 days after discharge"),
        *[S(CJR, "ickg:hasPartner", (o, ORG), CJR_WHO)
          for o in ("physicians", "post-acute care providers", "home health agencies")],
        S(CJR, "ickg:hasComponent", ("composite quality score", MECH),
          "a composite quality score decides whether the Medical Center is eligible for a reconciliation payment"),
        S(CJR, "ickg:hasComponent", ("joint replacement care pathway", "ickg:CarePlanning"), CJR_PATH),
        S(CJR, "ickg:hasComponent", ("nurse navigator for each patient", "ickg:CaseManagement"), CJR_PATH),
        S(CJR, "ickg:hasComponent", ("pre-operative education classes", MECH), CJR_PATH),
        S(CJR, "ickg:hasComponent", ("preferred network of skilled nursing facilities and home health agencies", MECH),
          CJR_PATH),
        S(CJR, "ickg:hasOutcome", ("share of joint replacement patients discharged to skilled nursing facilities fell from "
                                   "31% to 22%", OUT),
          "The share of joint replacement patients discharged to skilled nursing facilities fell from 31% to 22%."),
        S(CJR, "ickg:facesBarrier", ("target prices change each year", BAR), CJR_UNSURE),
        S(CJR, "ickg:facesBarrier", ("no control over care from providers outside the preferred network", BAR), CJR_UNSURE),
    ])


# Written after subj36's rule changes, its gold recorded before the extractor first ran on it: a check of them on a
# style the set lacked (an Easy Read leaflet: one short sentence a line, questions as headings).
CSP = {"label": "care support points", "type": CM, "aliases": ["Pflegestützpunkte"], "types_accept": [ORG, PI]}
CSP_RUN = "The long-term care insurance funds and the health insurance funds run the care support points."
CSP_FOR = "They also help disabled people and family carers."
DOCUMENTS["train-subj36-easyread-care-support-points.txt"] = dict(
    style="easy-read-leaflet",
    metadata={"title": "Care support points: free advice about care", "authors": [], "date": None, "year": None,
              "journal": None, "publisher": "District Office for Older People and Carers", "volume": None, "issue": None,
              "pages": None, "doi": None, "pmid": None, "type": "fabio:ReportDocument", "type_accept": ["fabio:WebPage"]},
    jurisdictions=[],
    organizations=[E("District Office for Older People and Carers", ORG), E("long-term care insurance funds", ORG),
                   E("health insurance funds", ORG), E("town council", ORG)],
    programs=[E("care support points", CM, [r"re:\b[Cc]are support points?\b", "Pflegestützpunkte"],
                aliases=["Pflegestützpunkte"], types_accept=[ORG, PI])],
    populations=[E("older people who need care", POP), E("disabled people", POP), E("family carers", POP)],
    conditions=[],
    concepts=[],
    statements=[
        S(CSP, "ickg:yearEstablished", 2008, "Care support points were set up by a law in 2008."),
        S(CSP, "ickg:establishedBy", ("Long-Term Care Further Development Act", "ickg:Legislation"),
          "The law is called the Long-Term Care Further Development Act."),
        S(CSP, "ickg:operatedBy", ("long-term care insurance funds", ORG), CSP_RUN),
        S(CSP, "ickg:operatedBy", ("health insurance funds", ORG), CSP_RUN),
        S(CSP, "ickg:hasPartner", ("town council", ORG), "They work together with the town council."),
        S(CSP, "ickg:targetsPopulation", ("older people who need care", POP),
          "Care support points help older people who need care."),
        S(CSP, "ickg:targetsPopulation", ("disabled people", POP), CSP_FOR),
        S(CSP, "ickg:targetsPopulation", ("family carers", POP), CSP_FOR),
        S(CSP, "ickg:hasComponent", ("care adviser", "ickg:CaseManagement"),
          "A care adviser talks with you about what you need."),
        S(CSP, "ickg:hasComponent", ("help with forms for care money", MECH),
          "The care adviser helps you fill in forms for care money."),
        S(CSP, "ickg:hasComponent", ("home visits", MECH), "The care adviser can visit you at home."),
        S(CSP, "ickg:hasComponent", ("finding services near you", "ickg:CareCoordination"),
          "The care adviser finds services near you, like home care, day care and meals."),
        S(CSP, "ickg:hasComponent", ("free advice", MECH), "Advice at a care support point is free."),
        S(CSP, "ickg:facesBarrier", ("people do not know that care support points exist", BAR),
          "Some people do not know that care support points exist."),
        S(CSP, "ickg:facesBarrier", ("in the countryside the nearest care support point can be far away", BAR),
          "In the countryside the nearest care support point can be far away."),
    ])


# Documents added by helper ent36 (issue 12, session 36): held-out documents about countries the set lacked
# (the Philippines, Colombia), in styles it lacked (a provincial advisory, a book review); their gold written
# before the extractor was run on them or any recogniser tuned.
PH_SYSTEMS = {"label": "province-wide and city-wide health systems", "type": CM, "types_accept": [PI]}
PH_ACT = ("Universal Health Care Act", "ickg:Legislation")
PH_SIGNED = "Republic Act No. 11223, the Universal Health Care Act, was signed into law on 20 February 2019"
PH_INTEGRATE = ("asks provinces and highly urbanized cities to integrate their health services into province-wide "
                "and city-wide health systems")
PH_FOLLOW = "follow up pregnant women, children under five and older persons"
DOCUMENTS["train-ent36-advisory-philippines-uhc.txt"] = dict(
    style="provincial-advisory",
    metadata={"title": "What the Universal Health Care Act asks of the province", "authors": [],
              "date": "2021", "year": 2021, "journal": None, "publisher": "Provincial Health Office",
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:ReportDocument"},
    jurisdictions=[E("Iloilo", "ickg:ProvinceOrState", ["Province of Iloilo"]),
                   E("Philippines", "ickg:Country", ["Republic of the Philippines"]),
                   E("Iloilo City", "ickg:Municipality")],
    organizations=[E("Provincial Health Office", ORG, ["PROVINCIAL HEALTH OFFICE"]),
                   E("Department of Health", ORG),
                   E("Philippine Health Insurance Corporation", ORG,
                     ["Philippine Health Insurance Corporation", "PhilHealth"], aliases=["PhilHealth"]),
                   E("Provincial Health Board", ORG),
                   E("Western Visayas Medical Center", ORG),
                   E("district hospitals", ORG, ["district hospitals", "District Hospitals"]),
                   E("rural health units", ORG, ["Rural Health Units", "Rural health units"]),
                   E("municipalities", ORG, ["municipalities", "Municipalities"]),
                   E("primary care provider", ORG)],
    programs=[E("National Health Insurance Program", PI),
              E("province-wide and city-wide health systems", CM, types_accept=[PI])],
    populations=[E("pregnant women", POP), E("children under five", POP), E("older persons", POP)],
    conditions=[],
    statements=[
        S(PH_SYSTEMS, "ickg:establishedBy", PH_ACT, PH_SIGNED),
        S(PH_SYSTEMS, "ickg:yearEstablished", 2019, PH_SIGNED),
        S(PH_SYSTEMS, "ickg:locatedIn", ("Philippines", "ickg:Country"), PH_INTEGRATE),
        S(("National Health Insurance Program", PI), "ickg:establishedBy", PH_ACT,
          "It enrolls every Filipino automatically in the National Health Insurance Program"),
        S(PH_SYSTEMS, "ickg:hasFundingModel", ("Special Health Fund", "ickg:PooledBudget"),
          "pool their funds for health in a Special Health Fund"),
        S(PH_SYSTEMS, "ickg:hasPartner", ("municipalities", ORG),
          "The province and its component municipalities pool their funds for health"),
        S(PH_SYSTEMS, "ickg:hasComponent", ("primary care provider as navigator and gatekeeper", MECH),
          "Each family will be registered with a primary care provider, who acts as navigator and gatekeeper"),
        *[S(PH_SYSTEMS, "ickg:targetsPopulation", (p, POP), PH_FOLLOW)
          for p in ("pregnant women", "children under five", "older persons")],
        S(PH_SYSTEMS, "ickg:facesBarrier", ("shortages of staff in the upland municipalities", BAR),
          "shortages of staff in the upland municipalities are likely to slow the work", ("likely", HEDGED)),
    ])

MIAS = {"label": "Comprehensive Health Care Model", "type": CM, "aliases": ["MIAS"]}
CO_R429 = ("Resolution 429 of 2016", "ickg:Legislation")
CO_ADOPTED = ("Resolution 429 of 2016 adopted the Comprehensive Health Care Policy (Política de Atención Integral "
              "en Salud, PAIS) and its operating model, the Comprehensive Health Care Model (MIAS)")
CO_GUAINIA = ("the department of Guainía, in the Amazon basin, where the model was first tried with dispersed "
              "indigenous communities")
CO_REPLACED = ("In 2019 Resolution 2626 replaced MIAS with the Territorial Comprehensive Action Model (MAITE)")
DOCUMENTS["train-ent36-review-colombia-rias.txt"] = dict(
    style="book-review",
    metadata={"title": "Routes, not referrals: Colombia's experiment with integrated care",
              "authors": [{"family": "Restrepo Gómez", "given": "Lucía", "initials": "L"}],
              "date": None, "year": None, "journal": None, "publisher": None,
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:BookReview"},
    jurisdictions=[E("Colombia", "ickg:Country"), E("Medellín", "ickg:Municipality"),
                   E("Bogotá", "ickg:Municipality"),
                   E("Guainía", "ickg:ProvinceOrState", ["department of Guainía"]),
                   E("Amazon basin", "ickg:Region"), E("Inírida", "ickg:Municipality"),
                   E("Antioquia", "ickg:ProvinceOrState", ["Antioquia Department"])],
    organizations=[E("Faculty of Medicine, Universidad de Antioquia", ORG, aliases=["Universidad de Antioquia"]),
                   E("Editorial Ciudad Andina", ORG),
                   E("Entidades Promotoras de Salud", ORG,
                     ["Entidades Promotoras de Salud", "EPS", "health insurers"], aliases=["EPS", "health insurers"]),
                   E("Ministry of Health and Social Protection", ORG, ["Ministry of Health and Social Protection",
                                                                      "ministry"]),
                   E("hospitals", ORG, ["hospitals", "re:(?<=the )hospital(?= in)"]),
                   E("clinics", ORG),
                   E("departments and districts", ORG)],
    programs=[E("Comprehensive Health Care Policy", PI, ["Comprehensive Health Care Policy",
                                                        "Política de Atención Integral en Salud", "PAIS"],
                aliases=["PAIS", "Política de Atención Integral en Salud"]),
              E("Comprehensive Health Care Model", CM, ["Comprehensive Health Care Model", "MIAS"], aliases=["MIAS"]),
              E("Comprehensive Health Care Routes", CM, ["Comprehensive Health Care Routes",
                                                         "Rutas Integrales de Atención en Salud", "RIAS"],
                aliases=["RIAS", "Rutas Integrales de Atención en Salud"]),
              E("Territorial Comprehensive Action Model", CM, ["Territorial Comprehensive Action Model", "MAITE"],
                aliases=["MAITE"])],
    populations=[E("dispersed indigenous communities", POP)],
    conditions=[E("cardiovascular and metabolic diseases", COND)],
    statements=[
        S(MIAS, "ickg:establishedBy", CO_R429, CO_ADOPTED),
        S(MIAS, "ickg:yearEstablished", 2016, CO_ADOPTED),
        S(("Comprehensive Health Care Policy", PI), "ickg:establishedBy", CO_R429, CO_ADOPTED),
        S(MIAS, "ickg:hasComponent", ("Comprehensive Health Care Routes", CM),
          "which organises care along Comprehensive Health Care Routes"),
        S(("Comprehensive Health Care Routes", CM), "ickg:focusesOnCondition",
          ("cardiovascular and metabolic diseases", COND),
          "routes for groups of events such as cardiovascular and metabolic diseases"),
        S(MIAS, "ickg:locatedIn", ("Guainía", "ickg:ProvinceOrState"), CO_GUAINIA),
        S(MIAS, "ickg:targetsPopulation", ("dispersed indigenous communities", POP), CO_GUAINIA),
        S(MIAS, "ickg:yearEnded", 2019, CO_REPLACED),
        S(("Territorial Comprehensive Action Model", CM), "ickg:establishedBy",
          ("Resolution 2626", "ickg:Legislation"), CO_REPLACED),
        S(("Territorial Comprehensive Action Model", CM), "ickg:yearEstablished", 2019, CO_REPLACED),
    ])

# --- session 37, helper stmt37: three documents held out before any rule change ---------------------------
PRB = {"label": "back-referral program", "type": PROG, "aliases": ["Program Rujuk Balik"]}
PROLANIS = {"label": "Chronic Disease Management Program", "type": PROG,
            "aliases": ["PROLANIS", "Program Pengelolaan Penyakit Kronis"]}
ID_JOIN = ("Harapan Sehat General Hospital today joined the back-referral program (Program Rujuk Balik) in partnership "
           "with BPJS Kesehatan, the national health insurance agency, the Bandung City Health Office and five community "
           "health centres (puskesmas) in eastern Bandung")
ID_JKN = ("BPJS Kesehatan, which has managed Indonesia's national health insurance scheme, Jaminan Kesehatan Nasional "
          "(JKN), since the scheme began on 1 January 2014")
ID_SERVES = "PROLANIS), which serves members with type 2 diabetes and hypertension"
ID_DELIVERED = "PROLANIS is delivered by community health centres, private clinics and family doctors."
JKN = {"label": "Jaminan Kesehatan Nasional", "type": PI, "aliases": ["JKN", "national health insurance scheme"]}
DOCUMENTS["train-stmt37-hospitalpress-indonesia-prolanis.txt"] = dict(
    style="hospital-press-release",
    metadata={"title": "Harapan Sehat joins back-referral partnership for diabetes and hypertension patients",
              "authors": [], "date": "2023-03-14", "year": 2023, "journal": None,
              "publisher": "Harapan Sehat General Hospital",
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:PressRelease"},
    jurisdictions=[E("Bandung", "ickg:Municipality", [r"re:\bBandung\b(?! City Health)"]),
                   E("West Java", "ickg:ProvinceOrState"), E("Indonesia", "ickg:Country", ["Indonesia"])],
    organizations=[E("Harapan Sehat General Hospital", ORG, ["Harapan Sehat General Hospital", r"re:\bHarapan Sehat\b(?! General)"],
                     aliases=["Harapan Sehat"]),
                   E("BPJS Kesehatan", ORG, aliases=["national health insurance agency"]),
                   E("Bandung City Health Office", ORG),
                   E("community health centres", ORG, ["community health centres", "puskesmas"], aliases=["puskesmas"]),
                   E("pharmacies", ORG), E("private clinics", ORG), E("family doctors", ORG),
                   E("internal medicine department", ORG)],
    programs=[E("back-referral program", PROG, ["back-referral program", "Program Rujuk Balik"],
                aliases=["Program Rujuk Balik"]),
              E("Chronic Disease Management Program", PROG, ["Chronic Disease Management Program", "PROLANIS",
                                                            "Program Pengelolaan Penyakit Kronis"],
                aliases=["PROLANIS", "Program Pengelolaan Penyakit Kronis"]),
              E("Jaminan Kesehatan Nasional", PI, ["Jaminan Kesehatan Nasional", "JKN", "national health insurance scheme"],
                aliases=["JKN", "national health insurance scheme"])],
    populations=[E("patients whose chronic disease is stable", POP)],
    conditions=[E("type 2 diabetes", COND), E("hypertension", COND)],
    concepts=[],
    statements=[
        S(PRB, "ickg:hasPartner", ("Harapan Sehat General Hospital", ORG), ID_JOIN),
        S(PRB, "ickg:hasPartner", ("BPJS Kesehatan", ORG), ID_JOIN),
        S(PRB, "ickg:hasPartner", ("Bandung City Health Office", ORG), ID_JOIN),
        S(PRB, "ickg:hasPartner", ("community health centres", ORG), ID_JOIN),
        S(PRB, "ickg:locatedIn", ("Bandung", "ickg:Municipality"), ID_JOIN),
        S(PRB, "ickg:targetsPopulation", ("patients whose chronic disease is stable", POP),
          "The program returns patients whose chronic disease is stable from hospital specialists to primary care."),
        S(PRB, "ickg:operatedBy", ("BPJS Kesehatan", ORG), "It is run by BPJS Kesehatan"),
        S(JKN, "ickg:operatedBy", ("BPJS Kesehatan", ORG), ID_JKN),
        S(JKN, "ickg:locatedIn", ("Indonesia", "ickg:Country"), ID_JKN),
        S(JKN, "ickg:yearEstablished", 2014, ID_JKN),
        S(PRB, "ickg:hasPartner", ("pharmacies", ORG),
          "Their monthly medicines are dispensed by pharmacies contracted by BPJS Kesehatan."),
        S(PROLANIS, "ickg:focusesOnCondition", ("type 2 diabetes", COND), ID_SERVES),
        S(PROLANIS, "ickg:focusesOnCondition", ("hypertension", COND), ID_SERVES),
        S(PROLANIS, "ickg:hasPartner", ("community health centres", ORG), ID_DELIVERED),
        S(PROLANIS, "ickg:hasPartner", ("private clinics", ORG), ID_DELIVERED),
        S(PROLANIS, "ickg:hasPartner", ("family doctors", ORG), ID_DELIVERED),
        S(PROLANIS, "ickg:hasComponent", ("monthly clubs", MECH),
          "Members meet monthly in clubs for health education, group exercise and blood sugar and blood pressure checks"),
        S(PROLANIS, "ickg:hasComponent", ("reminders by text message", MECH), "receive reminders by text message"),
        S(PRB, "ickg:coordinatedThrough", ("Bandung City Health Office", ORG),
          "The partnership is coordinated through the Bandung City Health Office"),
        S(PRB, "ickg:facesBarrier", ("shortages of nurses at the centres", BAR),
          "Shortages of nurses at the centres could slow the first year", ("could", HEDGED)),
    ])

IMSSB = ("IMSS-BIENESTAR program", PROG)
MX_CREATED = ("The program was created in 1979 by IMSS and the General Coordination of the National Plan for Depressed "
              "Zones and Marginalized Groups (COPLAMAR)")
MX_UNITS = "Care is delivered through more than 3,500 rural medical units and 80 rural hospitals."
MX_MAIS = "the program works together with community volunteers and traditional midwives"
DOCUMENTS["train-stmt37-foi-mexico-imss-bienestar.txt"] = dict(
    style="access-to-information-response",
    metadata={"title": "Response to a request for access to public information", "authors": [],
              "date": "2021-08-09", "year": 2021, "journal": None, "publisher": "Instituto Mexicano del Seguro Social",
              "publisher_accept": ["Mexican Social Security Institute", "IMSS"],
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:Letter"},
    jurisdictions=[E("Mexico", "ickg:Country", [r"re:\bMexico\b(?! City)"]), E("Mexico City", "ickg:Municipality")],
    organizations=[E("Mexican Social Security Institute", ORG, ["Mexican Social Security Institute", "Instituto Mexicano del Seguro Social",
                                                               r"re:\bIMSS\b(?!-)"],
                     aliases=["IMSS", "Instituto Mexicano del Seguro Social"]),
                   E("federal government", ORG),
                   E("General Coordination of the National Plan for Depressed Zones and Marginalized Groups", ORG,
                     ["General Coordination of the National Plan for Depressed Zones and Marginalized Groups", r"re:\(COPLAMAR\)"],
                     aliases=["COPLAMAR"]),
                   E("state health services", ORG), E("community volunteers", ORG), E("traditional midwives", ORG),
                   E("National Institute for Transparency, Access to Information and Personal Data Protection", ORG,
                     aliases=["INAI"]),
                   E("Transparency Unit", ORG)],
    programs=[E("IMSS-BIENESTAR program", PROG, ["IMSS-BIENESTAR program", "IMSS-BIENESTAR"], aliases=["IMSS-COPLAMAR"]),
              E("Model of Comprehensive Health Care", CM, ["Model of Comprehensive Health Care", "MAIS"], aliases=["MAIS"])],
    populations=[E("people without social security who live in rural and marginalized areas", POP,
                   ["people without social security who live in rural and marginalized areas"],
                   aliases=["people without social security"])],
    conditions=[],
    concepts=[],
    statements=[
        S(IMSSB, "ickg:operatedBy", ("Mexican Social Security Institute", ORG),
          "The IMSS-BIENESTAR program is operated by the Mexican Social Security Institute (IMSS) on behalf of the federal government."),
        S(IMSSB, "ickg:hasPartner", ("federal government", ORG),
          "It is funded by the federal government through the federal budget"),
        S(IMSSB, "ickg:yearEstablished", 1979, MX_CREATED),
        S(IMSSB, "ickg:initiatedBy", ("Mexican Social Security Institute", ORG), MX_CREATED),
        S(IMSSB, "ickg:initiatedBy", ("General Coordination of the National Plan for Depressed Zones and Marginalized Groups", ORG),
          MX_CREATED),
        S(IMSSB, "ickg:targetsPopulation", ("people without social security who live in rural and marginalized areas", POP),
          "It serves people without social security who live in rural and marginalized areas of Mexico."),
        S(IMSSB, "ickg:locatedIn", ("Mexico", "ickg:Country"),
          "It serves people without social security who live in rural and marginalized areas of Mexico."),
        S(IMSSB, "ickg:hasComponent", ("rural medical units", MECH), MX_UNITS),
        S(IMSSB, "ickg:hasComponent", ("rural hospitals", MECH), MX_UNITS),
        S(IMSSB, "ickg:hasComponent", ("Model of Comprehensive Health Care", CM),
          "Under its Model of Comprehensive Health Care (Modelo de Atencion Integral a la Salud, MAIS)"),
        S(IMSSB, "ickg:hasPartner", ("community volunteers", ORG), MX_MAIS),
        S(IMSSB, "ickg:hasPartner", ("traditional midwives", ORG), MX_MAIS),
        S(("state health services", ORG), "ickg:responsibleFor", ("health care for people without social security", "ickg:CareSector"),
          "the state health services are responsible for health care for people without social security"),
    ])

DELTA = {"label": "Delta", "type": "ickg:IntegratedCareNetwork", "types_accept": [ORG]}
CH_FOUNDED = ("Delta, a network of general practitioners based in Geneva, was founded in 1992 by a group of Geneva "
              "physicians")
DOCUMENTS["train-stmt37-casestudy-geneva-delta.txt"] = dict(
    style="teaching-case-study",
    metadata={"title": "Case study 4. A physicians' network in French-speaking Switzerland: Delta", "authors": [],
              "date": "2020", "year": 2020, "journal": None, "publisher": None,
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:CaseReport",
              "type_accept": ["fabio:InstructionalWork"]},
    jurisdictions=[E("Switzerland", "ickg:Country"), E("Geneva", "ickg:Municipality", types_accept=["ickg:ProvinceOrState"]),
                   E("Vaud", "ickg:ProvinceOrState", ["canton of Vaud"], aliases=["canton of Vaud"])],
    organizations=[E("Delta", ORG, [r"re:\bDelta\b(?! (?:doctor|policy))"], types_accept=["ickg:IntegratedCareNetwork"]),
                   E("private insurers", ORG), E("health insurers", ORG), E("group of Geneva physicians", ORG),
                   E("member physicians", ORG), E("pharmacists", ORG)],
    programs=[E("Delta", "ickg:IntegratedCareNetwork", [r"re:\bDelta\b(?! (?:doctor|policy))"], types_accept=[ORG])],
    populations=[E("insured people who choose a Delta policy", POP, ["Insured people who choose a Delta policy"])],
    conditions=[],
    concepts=[],
    statements=[
        S(DELTA, "ickg:locatedIn", ("Geneva", "ickg:Municipality"), CH_FOUNDED),
        S(DELTA, "ickg:yearEstablished", 1992, CH_FOUNDED),
        S(DELTA, "ickg:initiatedBy", ("group of Geneva physicians", ORG), CH_FOUNDED),
        S(DELTA, "ickg:locatedIn", ("Switzerland", "ickg:Country"),
          "It was one of the first managed care networks in Switzerland."),
        S(DELTA, "ickg:locatedIn", ("Vaud", "ickg:ProvinceOrState"), "Today it also covers the canton of Vaud."),
        S(DELTA, "ickg:targetsPopulation", ("insured people who choose a Delta policy", POP),
          "Insured people who choose a Delta policy agree to consult their Delta doctor first"),
        S(DELTA, "ickg:hasComponent", ("doctor as gatekeeper", MECH),
          "The doctor acts as gatekeeper and coordinates referrals to specialists and hospitals."),
        S(DELTA, "ickg:operatedBy", ("member physicians", ORG), "The network is run by its member physicians."),
        S(DELTA, "ickg:hasPartner", ("health insurers", ORG), "It works in partnership with several health insurers"),
        S(DELTA, "ickg:hasFundingModel", ("budget calculated for its insured patients", "ickg:GlobalBudget"),
          "the network takes responsibility for a budget calculated for its insured patients"),
        S(DELTA, "ickg:hasComponent", ("quality circles", MECH),
          "Member doctors meet in quality circles, led by pharmacists, that review their prescribing"),
        S(DELTA, "ickg:hasOutcome", ("prescribing costs fell", OUT), "Prescribing costs fell after the circles began"),
    ])


# Documents added by helper ent37 (issue 12, session 37): held-out documents about countries the set lacked
# (Poland, Turkey), in styles it lacked (a glossary entry, a mission report); their gold written before the
# extractor was run on them or any recogniser tuned.
KOS = {"label": "KOS-Zawał", "type": CM, "types_accept": [PI],
       "aliases": ["Koordynowana Opieka Specjalistyczna", "Managed Care after Acute Myocardial Infarction", "MC-AMI"]}
KOS_PAYS = ("is a programme of the National Health Fund (Narodowy Fundusz Zdrowia, NFZ) in Poland that pays one "
            "hospital to organise the first year of care after a heart attack")
KOS_PARTS = ("coordinates the care of each patient for 12 months in four parts: treatment of the infarction in "
             "hospital, including coronary revascularisation; electrotherapy where it is needed, such as an "
             "implantable cardioverter-defibrillator; cardiac rehabilitation soon after discharge; and outpatient "
             "visits to a cardiologist")
DOCUMENTS["train-ent37-glossary-poland-kos-zawal.txt"] = dict(
    style="glossary-entry",
    metadata={"title": "KOS-Zawał", "authors": [], "date": None, "year": None, "journal": None,   # "Entry revised:" is a
              # page-update date, not the publication date (../README.md; as train-encyclopedia-va-hbpc.txt)
              "publisher": "Vistula Institute for Health Systems", "volume": None, "issue": None, "pages": None,
              "doi": None, "pmid": None, "type": "fabio:EncyclopediaEntry"},
    jurisdictions=[E("Poland", "ickg:Country"), E("Katowice", "ickg:Municipality")],
    organizations=[E("Vistula Institute for Health Systems", ORG),
                   E("National Health Fund", ORG, ["National Health Fund", "Narodowy Fundusz Zdrowia", "NFZ"],
                     aliases=["NFZ", "Narodowy Fundusz Zdrowia"]),
                   E("Medical University of Silesia", ORG),
                   E("Ministry of Health", ORG),
                   E("hospitals", ORG, ["Hospitals", "coordinating hospital", "participating hospital",
                                        "re:A hospital(?= with a catheterisation)"]),
                   E("rehabilitation centres", ORG)],
    programs=[E("KOS-Zawał", CM, ["KOS-Zawał", "Koordynowana Opieka Specjalistyczna",
                                  "Managed Care after Acute Myocardial Infarction", "MC-AMI"],
                aliases=["Koordynowana Opieka Specjalistyczna", "Managed Care after Acute Myocardial Infarction",
                         "MC-AMI"], types_accept=[PI])],
    populations=[E("patients admitted with an acute myocardial infarction", POP,
                   ["Patients admitted with an acute myocardial infarction"])],
    conditions=[E("myocardial infarction", COND, ["acute myocardial infarction", "heart attack",
                                                  "re:(?<=of the )infarction"])],
    concepts=[C("care coordinator", "ickg:CareCoordination", ["care coordinator"])],
    statements=[
        S(KOS, "ickg:locatedIn", ("Poland", "ickg:Country"), KOS_PAYS),
        S(KOS, "ickg:operatedBy", ("National Health Fund", ORG), KOS_PAYS),
        S(KOS, "ickg:focusesOnCondition", ("myocardial infarction", COND), KOS_PAYS),
        S(KOS, "ickg:yearEstablished", 2017, "It began on 1 October 2017."),
        S(KOS, "ickg:targetsPopulation", ("patients admitted with an acute myocardial infarction", POP),
          "Patients admitted with an acute myocardial infarction who agree, before discharge, to be cared for "
          "under the programme."),
        *[S(KOS, "ickg:hasComponent", (c, MECH), KOS_PARTS)
          for c in ("coronary revascularisation", "electrotherapy", "cardiac rehabilitation",
                    "outpatient visits to a cardiologist")],
        S(KOS, "ickg:hasComponent", ("care coordinator", MECH),
          "A care coordinator in each hospital books the rehabilitation and the visits."),
        S(KOS, "ickg:hasFundingModel", ("single payment for the whole year of care", "ickg:BundledFunding"),
          "The NFZ pays the coordinating hospital a single payment for the whole year of care"),
        S(KOS, "ickg:hasPartner", ("rehabilitation centres", ORG),
          "which it shares with the rehabilitation centres and clinics it works with"),
        S(KOS, "ickg:hasOutcome", ("lower mortality at 12 months", OUT),
          "reported lower mortality at 12 months among those in the programme"),
        S(KOS, "ickg:facesBarrier", ("not every region had a participating hospital", BAR),
          "not every region had a participating hospital in the first years"),
    ])

TR_FM = {"label": "family medicine model", "type": CM, "types_accept": [PI]}
HTP = {"label": "Health Transformation Programme", "type": PI, "aliases": ["HTP"]}
TR_PILOT = "The model was first tried in Düzce province in September 2005 and had reached all 81 provinces by the end of 2010."
TR_TARGETS = ("Payments are reduced when targets for immunisation and for the follow-up of pregnant women, infants "
              "and children are missed.")
DOCUMENTS["train-ent37-missionreport-turkey-family-medicine.txt"] = dict(
    style="mission-report",
    metadata={"title": "Technical support to primary health care, Turkey (second visit)",
              "authors": [{"family": "Kovač", "given": "Anna", "initials": "A"},
                          {"family": "Ortega", "given": "Miguel", "initials": "M"}],
              "date": None, "year": None, "journal": None, "publisher": "Regional Primary Care Exchange",
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:ReportDocument"},
    jurisdictions=[E("Turkey", "ickg:Country"), E("Ankara", "ickg:Municipality"),
                   E("Düzce", "ickg:ProvinceOrState", ["Düzce province"])],
    organizations=[E("Regional Primary Care Exchange", ORG),
                   E("Ministry of Health", ORG),
                   E("Social Security Institution", ORG, ["Social Security Institution", "SGK"], aliases=["SGK"]),
                   E("family health centres", ORG, ["family health centre", "family health centres"]),
                   E("community health centres", ORG, ["Community health centres"]),
                   E("family physicians", ORG, ["family physicians", "Family physicians", "family physician"])],
    programs=[E("Health Transformation Programme", PI, ["Health Transformation Programme", "HTP"], aliases=["HTP"]),
              E("family medicine model", CM, ["family medicine model", "re:(?<=introduced )family medicine"],
                types_accept=[PI]),
              E("general health insurance", PI)],
    populations=[E("pregnant women", POP), E("infants", POP), E("children", POP),
                 E("registered people", POP, ["list of registered people"])],
    conditions=[],
    concepts=[C("capitation", "ickg:Capitation")],
    statements=[
        S(HTP, "ickg:initiatedBy", ("Ministry of Health", ORG),
          "The Ministry of Health launched the Health Transformation Programme in 2003."),
        S(HTP, "ickg:yearEstablished", 2003,
          "The Ministry of Health launched the Health Transformation Programme in 2003."),
        S(HTP, "ickg:hasComponent", ("family medicine model", CM),
          "Its primary care part, the family medicine model"),
        S(TR_FM, "ickg:establishedBy", ("Family Medicine Pilot Implementation Law", "ickg:Legislation"),
          "rests on the Family Medicine Pilot Implementation Law (Law No. 5258) of 2004"),
        S(TR_FM, "ickg:locatedIn", ("Düzce", "ickg:ProvinceOrState"), TR_PILOT),
        S(TR_FM, "ickg:yearEstablished", 2005, TR_PILOT),
        S(TR_FM, "ickg:locatedIn", ("Turkey", "ickg:Country"),
          "how family medicine was introduced under the Health Transformation Programme (HTP)"),
        S(TR_FM, "ickg:hasComponent", ("family health centre", MECH),
          "Each family physician works from a family health centre with at least one member of family health staff"),
        S(TR_FM, "ickg:hasComponent", ("list of registered people", MECH),
          "serves a list of registered people, typically between 3,000 and 4,000"),
        S(TR_FM, "ickg:hasFundingModel", ("capitation", "ickg:Capitation"),
          "Family physicians are paid mainly by capitation."),
        S(TR_FM, "ickg:hasFundingModel", ("payments reduced when targets are missed", "ickg:ProviderIncentive"),
          TR_TARGETS),
        *[S(TR_FM, "ickg:targetsPopulation", (p, POP), TR_TARGETS) for p in ("pregnant women", "infants", "children")],
        S(TR_FM, "ickg:hasPartner", ("community health centres", ORG),
          "Community health centres support the family health centres"),
        S(TR_FM, "ickg:hasOutcome", ("satisfaction with primary care has risen", OUT),
          "Officials reported that satisfaction with primary care has risen since the reform."),
        S(TR_FM, "ickg:facesBarrier", ("lists are too long in the growing districts of large cities", BAR),
          "lists are too long in the growing districts of large cities"),
        S(TR_FM, "ickg:facesBarrier", ("posts in rural districts are hard to fill", BAR),
          "posts in rural districts are hard to fill"),
        S(("general health insurance", PI), "ickg:operatedBy", ("Social Security Institution", ORG),
          "covered by general health insurance, administered by the SGK"),
        S(("general health insurance", PI), "ickg:yearEstablished", 2008,
          "Since 2008 most of the population has been covered by general health insurance"),
    ])

# Documents added by helper ent38 (issue 12, session 38): held-out documents in styles and places the set lacked
# (a US state Medicaid waiver summary, New York; a Swedish municipality's annual report); their gold written before
# the extractor was run on them or any recogniser tuned.
DSRIP = {"label": "Delivery System Reform Incentive Payment program", "type": PI, "aliases": ["DSRIP"]}
DSRIP_WHO = ("Medicaid members and uninsured people in each PPS's area, with particular attention to adults with "
             "serious mental illness, people with two or more chronic conditions and frequent users of emergency "
             "departments")
DSRIP_MENU = ("such as integrating behavioral health into primary care, care transitions to prevent readmissions and "
              "ED care triage for at-risk populations")
DSRIP_PPS = ("Providers formed 25 Performing Provider Systems (PPS), regional networks led mostly by safety-net "
             "hospitals")
DOCUMENTS["train-ent38-waiversummary-new-york-dsrip.txt"] = dict(
    style="medicaid-waiver-summary",
    metadata={"title": "New York: the Delivery System Reform Incentive Payment program (DSRIP)", "authors": [],
              "date": None, "year": None, "journal": None, "publisher": "Empire Health Policy Forum",
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None,   # "No. 7" is a series number
              "type": "fabio:ReportDocument", "type_accept": ["fabio:BriefReport"]},
    jurisdictions=[E("New York", "ickg:ProvinceOrState", [r"re:(?<!Western )\bNew York\b(?! State Department)"]),
                   E("Western New York", "ickg:Region"), E("Southern Tier", "ickg:Region")],
    organizations=[E("Empire Health Policy Forum", ORG),
                   E("Centers for Medicare & Medicaid Services", ORG, aliases=["CMS"]),
                   E("New York State Department of Health", ORG, aliases=["DOH"]),
                   E("Medicaid Redesign Team", ORG, aliases=["MRT"]),
                   E("Performing Provider Systems", ORG, ["Performing Provider Systems", "PPS"], aliases=["PPS"]),
                   E("OneCity Health", ORG), E("NYC Health + Hospitals", ORG),
                   E("Millennium Collaborative Care", ORG), E("Care Compass Network", ORG),
                   E("safety-net hospitals", ORG, ["safety-net hospitals", "re:(?<=between )hospitals"]),
                   E("clinics", ORG), E("skilled nursing facilities", ORG), E("behavioral health providers", ORG),
                   E("community-based organizations", ORG), E("managed care plans", ORG)],
    programs=[E("Delivery System Reform Incentive Payment program", PI,
                ["Delivery System Reform Incentive Payment program", "DSRIP"], aliases=["DSRIP"]),
              E("Partnership Plan", PI), E("Value Based Payment Roadmap", PI)],
    populations=[E("Medicaid members", POP), E("uninsured people", POP),
                 E("adults with serious mental illness", POP),
                 E("people with two or more chronic conditions", POP),
                 E("frequent users of emergency departments", POP)],
    conditions=[E("serious mental illness", COND)],
    concepts=[],
    statements=[
        S(DSRIP, "ickg:locatedIn", ("New York", "ickg:ProvinceOrState"), "State: New York"),
        S(DSRIP, "ickg:operatedBy", ("New York State Department of Health", ORG),
          "Administering agency: New York State Department of Health (DOH)"),
        S(DSRIP, "ickg:yearEstablished", 2015, "Period: April 2015 to March 2020"),
        S(DSRIP, "ickg:yearEnded", 2020, "Period: April 2015 to March 2020"),
        S(DSRIP, "ickg:hasGoal", ("reduce avoidable hospital use by 25 percent over five years", GOAL),
          "The central goal of DSRIP was to reduce avoidable hospital use by 25 percent over five years"),
        S(DSRIP, "ickg:hasPartner", ("Performing Provider Systems", ORG), DSRIP_PPS),
        *[S(DSRIP, "ickg:targetsPopulation", (p, POP), DSRIP_WHO)
          for p in ("Medicaid members", "uninsured people", "adults with serious mental illness",
                    "people with two or more chronic conditions", "frequent users of emergency departments")],
        S(DSRIP, "ickg:focusesOnCondition", ("serious mental illness", COND), DSRIP_WHO),
        *[S(DSRIP, "ickg:hasComponent", (c, MECH), DSRIP_MENU)
          for c in ("integrating behavioral health into primary care", "care transitions to prevent readmissions",
                    "ED care triage")],
        S(DSRIP, "ickg:hasFundingModel", ("payments tied to performance", "ickg:PayForPerformance"),
          "Payments were tied first to reporting and then, increasingly, to performance"),
        S(DSRIP, "ickg:hasOutcome", ("potentially preventable admissions fell", OUT),
          "DOH reported that potentially preventable admissions fell during the demonstration"),
        S(DSRIP, "ickg:facesBarrier", ("funds reached smaller partners late", BAR),
          "smaller partners complained that funds reached them late"),
    ])

TRYGG = {"label": "Trygg hemgång", "type": CM, "aliases": ["Safe Return Home"]}
MOBILE = {"label": "mobile team", "type": CM}
TRYGG_WHO = ("An assistant nurse, an occupational therapist and a physiotherapist visit frail older adults living at "
             "home")
MOBILE_WHO = ("we run a mobile team of a doctor and nurses who see patients with two or more chronic conditions in "
              "their homes")
DOCUMENTS["train-ent38-municipalreport-sweden-discharge.txt"] = dict(
    style="municipal-annual-report",
    metadata={"title": "Annual report 2023 - summary in English", "authors": [], "date": None, "year": 2023,
              "journal": None, "publisher": "Norrvik Municipality",
              "publisher_accept": ["Elderly Care and Health Committee"],
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:ReportDocument"},
    jurisdictions=[E("Norrvik", "ickg:Municipality", [r"re:\bNorrvik\b(?! Municipality)"])],
    organizations=[E("Norrvik Municipality", ORG),
                   E("Elderly Care and Health Committee", ORG),
                   E("Region Västernorrland", ORG),
                   E("municipalities", ORG, ["municipalities"]),
                   E("regions", ORG, [r"re:(?<=while the )regions"]),
                   E("hospitals", ORG, [r"re:(?<=run )hospitals"]),
                   E("health centres", ORG, ["health centres", "health centre"]),
                   E("home care service", ORG, ["home care service"]),
                   E("Sundsvall Hospital", ORG),
                   E("National Board of Health and Welfare", ORG, aliases=["Socialstyrelsen"]),
                   E("Swedish Association of Local Authorities and Regions", ORG, aliases=["SKR"])],
    programs=[E("Ädel reform", PI),
              E("Trygg hemgång", CM, ["Trygg hemgång", "Safe Return Home"], aliases=["Safe Return Home"]),
              E("mobile team", CM, ["mobile team"]),
              E("good and close care", PI, ["good and close care", "God och nära vård"],
                aliases=["God och nära vård"])],
    populations=[E("people aged 65 and over", POP), E("older people", POP, [r"re:(?<=care for )older people"]),
                 E("frail older adults living at home", POP),
                 E("patients with two or more chronic conditions", POP)],
    conditions=[],
    concepts=[C("coordinated individual plan", "ickg:CarePlanning", ["coordinated individual plan"])],
    statements=[
        S(("Ädel reform", PI), "ickg:yearEstablished", 1992,
          "Since the Ädel reform of 1992, Swedish municipalities have been responsible for nursing homes"),
        S(TRYGG, "ickg:operatedBy", ("Norrvik Municipality", ORG),
          "Trygg hemgång (Safe Return Home) is the municipality's team for the first two weeks after discharge."),
        S(TRYGG, "ickg:targetsPopulation", ("frail older adults living at home", POP), TRYGG_WHO),
        S(TRYGG, "ickg:hasComponent", ("home visits by an assistant nurse, an occupational therapist and a "
                                       "physiotherapist", MECH), TRYGG_WHO),
        S(TRYGG, "ickg:hasComponent", ("medicine check with the district nurse", MECH),
          "check medicines with the district nurse"),
        S(TRYGG, "ickg:hasOutcome", ("87 percent stayed at home without readmission within 30 days", OUT),
          "87 percent of them stayed at home without readmission within 30 days"),
        S(MOBILE, "ickg:targetsPopulation", ("patients with two or more chronic conditions", POP), MOBILE_WHO),
        S(MOBILE, "ickg:hasPartner", ("Sundsvall Hospital", ORG),
          "Together with Sundsvall Hospital and the health centres, we run a mobile team"),
        S(MOBILE, "ickg:hasPartner", ("health centres", ORG),
          "Together with Sundsvall Hospital and the health centres, we run a mobile team"),
        S(MOBILE, "ickg:hasGoal", ("reduce emergency visits and hospital stays", GOAL),
          "The team aims to reduce emergency visits and hospital stays for this group."),
    ])

# Documents added by helper ent39 (issue 12, session 39): held-out documents in styles and places the set lacked
# (a foundation's trip report on Iran's rural health houses; a civil-society scorecard on Nigeria's Primary Health Care
# Under One Roof); their gold written before the extractor was run on them or any recogniser tuned.
IR_NET = {"label": "rural primary health care network", "type": CM, "types_accept": [PI]}
IR_FPP = {"label": "Family Physician Programme", "type": PI}
IR_TASKS = ("They vaccinate children, follow pregnant women through pregnancy and after birth, and screen adults over 30 "
            "for high blood pressure and diabetes.")
IR_WHO = ("In 2005 the Family Physician Programme made rural residents and people living in towns of fewer than 20,000 "
          "inhabitants eligible for a named family physician.")
DOCUMENTS["train-ent39-tripreport-iran-health-houses.txt"] = dict(
    style="trip-report",
    metadata={"title": "Learning visit to the rural primary health care network of Fars Province, Islamic Republic of Iran",
              "authors": [], "date": None, "year": None,      # "Visit of 12-16 May 2019" is the visit, not the report
              "journal": None, "publisher": "Tanager Foundation",
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:ReportDocument"},
    jurisdictions=[E("Iran", "ickg:Country", ["Islamic Republic of Iran", r"re:(?<!of )\bIran\b(?! Health)"]),
                   E("Fars Province", "ickg:ProvinceOrState", ["Fars Province", r"re:\bFars\b(?! Province)"]),
                   E("Mazandaran", "ickg:ProvinceOrState"),
                   E("Marvdasht", "ickg:Municipality", [r"re:(?<=near )Marvdasht"])],
    organizations=[E("Tanager Foundation", ORG, ["Tanager Foundation", r"re:(?<=the )Foundation(?= fund)"]),
                   E("Shiraz University of Medical Sciences", ORG),
                   E("Marvdasht district health centre", ORG),
                   E("Iran Health Insurance Organization", ORG, aliases=["Medical Services Insurance Organization"]),
                   E("Ministry of Health and Medical Education", ORG, aliases=["MOHME"]),
                   E("health houses", ORG, ["health houses", "health house"]),
                   E("rural health centres", ORG, ["rural health centres", "rural health centre", "rural centres"]),
                   E("district health centres", ORG, [r"re:(?<=to a )district health centre"]),
                   E("universities of medical sciences", ORG, ["university of medical sciences"]),
                   E("behvarz", ORG, ["behvarz", "community health workers"]),
                   E("family physicians", ORG, ["family physician"]),
                   E("hospitals", ORG, ["district hospital", r"re:\bhospitals(?= rarely)"])],
    programs=[E("rural primary health care network", CM, ["rural primary health care network"], types_accept=[PI]),
              E("Kavar project", PP),
              E("Family Physician Programme", PI, ["Family Physician Programme", "family physician programme"])],
    populations=[E("rural residents", POP),
                 E("people living in towns of fewer than 20,000 inhabitants", POP),
                 E("children", POP, [r"re:(?<=vaccinate )children"]),
                 E("pregnant women", POP), E("adults over 30", POP)],
    conditions=[E("high blood pressure", COND), E("diabetes", COND)],
    concepts=[C("capitation", "ickg:Capitation", ["capitation"])],
    statements=[
        S(IR_NET, "ickg:locatedIn", ("Iran", "ickg:Country"),
          "Iran's rural primary health care network was built in the 1980s"),
        S(("Kavar project", PP), "ickg:locatedIn", ("Fars Province", "ickg:ProvinceOrState"),
          "earlier pilots such as the Kavar project in Fars"),
        S(IR_NET, "ickg:hasComponent", ("health house staffed by one or two behvarz", MECH),
          "Its smallest unit is the health house (khaneh behdasht), staffed by one or two behvarz"),
        S(IR_NET, "ickg:hasComponent", ("rural health centre with a general practitioner", MECH),
          "Several health houses report to a rural health centre with a general practitioner"),
        S(IR_NET, "ickg:operatedBy", ("universities of medical sciences", ORG),
          "each province's university of medical sciences runs both the medical schools and the health network of its "
          "province"),
        S(IR_NET, "ickg:hasComponent", ("household register of every family", MECH),
          "The behvarz keep a household register of every family in their villages."),
        *[S(IR_NET, "ickg:targetsPopulation", (p, POP), IR_TASKS) for p in ("children", "pregnant women", "adults over 30")],
        *[S(IR_NET, "ickg:focusesOnCondition", (c, COND), IR_TASKS) for c in ("high blood pressure", "diabetes")],
        S(IR_NET, "ickg:hasComponent", ("screening for high blood pressure and diabetes", MECH), IR_TASKS),
        S(IR_NET, "ickg:hasOutcome", ("rural infant and maternal mortality fell steeply", OUT),
          "rural infant and maternal mortality fell steeply after the health houses opened"),
        S(IR_FPP, "ickg:yearEstablished", 2005, IR_WHO),
        *[S(IR_FPP, "ickg:targetsPopulation", (p, POP), IR_WHO)
          for p in ("rural residents", "people living in towns of fewer than 20,000 inhabitants")],
        S(IR_FPP, "ickg:hasPartner", ("Iran Health Insurance Organization", ORG),
          "It is financed from the rural insurance fund of the Iran Health Insurance Organization"),
        S(IR_FPP, "ickg:hasFundingModel", ("capitation", "ickg:Capitation"),
          "pays the university a capitation amount for each insured person"),
        S(IR_FPP, "ickg:hasComponent", ("team of a doctor and a midwife", MECH),
          "Each team of a doctor and a midwife is responsible for a defined population"),
        S(IR_FPP, "ickg:hasComponent", ("gatekeeper for referral to specialists", MECH),
          "acts as the gatekeeper for referral to specialists at the district hospital"),
        *[S(IR_FPP, "ickg:locatedIn", (p, "ickg:ProvinceOrState"),
            "Since 2012, Fars and Mazandaran provinces have also piloted the programme in cities.")
          for p in ("Fars Province", "Mazandaran")],
        S(IR_FPP, "ickg:facesBarrier", ("rural centres lose their physicians quickly", BAR),
          "rural centres lose their physicians quickly"),
        S(IR_FPP, "ickg:facesBarrier", ("capitation payments often arrive months late", BAR),
          "capitation payments often arrive months late"),
        S(IR_FPP, "ickg:facesBarrier", ("hospitals rarely send referral feedback back to the family physician", BAR),
          "hospitals rarely send referral feedback back to the family physician"),
        S(("fund refresher training for behvarz on noncommunicable diseases", REC), "ickg:addressedTo",
          ("Tanager Foundation", ORG),
          "We recommend that the Foundation fund refresher training for behvarz on noncommunicable diseases."),
    ])

NG_ONE_ROOF = {"label": "Primary Health Care Under One Roof", "type": PI, "aliases": ["PHCUOR"]}
NG_FUND = {"label": "Basic Health Care Provision Fund", "type": PI, "aliases": ["BHCPF"]}
NG_PILLARS = ("among them a state law that establishes the board, one management for all primary health care staff, a "
              "minimum service package and ward health committees that give communities a voice")
NG_HALF = ("Half of the fund pays for a basic minimum package of health services through the National Health Insurance "
           "Scheme")
NG_WHO = ("The minimum package is meant first for pregnant women, children under five, older people and people with "
          "disabilities.")
NG_BEST = ("In the two best-rated states, Kaduna and Lagos, the state primary health care board now pays the primary "
           "health care workers whom local governments once paid, and one drug supply serves all centres.")
NG_VISIT = "Our volunteers visited 120 primary health care centres in six states between March and June 2022."
NG_SHA = ("State Houses of Assembly that have not done so should pass the law establishing the board, and should "
          "appropriate the counterpart funds in the state budget on time.")
DOCUMENTS["train-ent39-scorecard-nigeria-phcuor.txt"] = dict(
    style="civil-society-scorecard",
    metadata={"title": "Primary Health Care Under One Roof: State Scorecard 2022", "authors": [],
              "date": None, "year": 2022, "journal": None, "publisher": "Coalition for Primary Health Care Accountability",
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None,
              "type": "fabio:ReportDocument", "type_accept": ["fabio:BriefReport"]},
    jurisdictions=[E("Nigeria", "ickg:Country"), E("Abuja", "ickg:Municipality"),
                   E("Kaduna", "ickg:ProvinceOrState"), E("Lagos", "ickg:ProvinceOrState")],
    organizations=[E("Coalition for Primary Health Care Accountability", ORG),
                   E("federal government", ORG),
                   E("states", ORG, [r"re:(?<=the 36 )states"]),
                   E("local government councils", ORG,
                     ["local government councils", "Local government councils", "local governments",
                      "local government areas", "LGAs"], aliases=["LGAs"]),
                   E("National Council on Health", ORG),
                   E("State Primary Health Care Board", ORG,
                     ["State Primary Health Care Board", "state primary health care board", "primary health care board"],
                     aliases=["Development Agency"]),
                   E("National Primary Health Care Development Agency", ORG, aliases=["NPHCDA"]),
                   E("National Health Insurance Scheme", ORG, aliases=["National Health Insurance Authority"]),
                   E("primary health care centres", ORG),
                   E("ward health committees", ORG),
                   E("State Houses of Assembly", ORG)],
    programs=[E("Primary Health Care Under One Roof", PI,
                ["Primary Health Care Under One Roof", "PRIMARY HEALTH CARE UNDER ONE ROOF", "PHCUOR"],
                aliases=["PHCUOR"]),
              E("Basic Health Care Provision Fund", PI, ["Basic Health Care Provision Fund", "BHCPF"],
                aliases=["BHCPF"])],
    populations=[E("pregnant women", POP), E("children under five", POP), E("older people", POP),
                 E("people with disabilities", POP)],
    conditions=[],
    concepts=[],
    statements=[
        S(NG_ONE_ROOF, "ickg:initiatedBy", ("National Council on Health", ORG),
          "adopted by the National Council on Health in 2011"),
        S(NG_ONE_ROOF, "ickg:yearEstablished", 2011, "adopted by the National Council on Health in 2011"),
        S(NG_ONE_ROOF, "ickg:hasComponent", ("single management of all primary health care services, staff and money", MECH),
          "asks every state to bring all primary health care services, staff and money under a single management"),
        *[S(NG_ONE_ROOF, "ickg:hasComponent", (c, MECH), NG_PILLARS)
          for c in ("state law that establishes the board", "minimum service package", "ward health committees")],
        S(NG_FUND, "ickg:establishedBy", ("National Health Act 2014", "ickg:Legislation"),
          "The National Health Act 2014 created the Basic Health Care Provision Fund (BHCPF)"),
        S(NG_FUND, "ickg:yearEstablished", 2014,
          "The National Health Act 2014 created the Basic Health Care Provision Fund (BHCPF)"),
        S(NG_FUND, "ickg:hasFundingModel",
          ("not less than one percent of the federal government's Consolidated Revenue Fund", "ickg:FundingModel"),
          "financed by not less than one percent of the federal government's Consolidated Revenue Fund"),
        S(NG_FUND, "ickg:hasPartner", ("National Health Insurance Scheme", ORG), NG_HALF),
        S(NG_FUND, "ickg:hasComponent", ("basic minimum package of health services", MECH), NG_HALF),
        S(NG_FUND, "ickg:hasPartner", ("National Primary Health Care Development Agency", ORG),
          "45 percent goes through the NPHCDA to primary health care centres"),
        S(NG_FUND, "ickg:hasComponent", ("counterpart funds of 25 million naira", MECH),
          "a state must have a functioning primary health care board and pay counterpart funds of 25 million naira"),
        *[S(NG_FUND, "ickg:targetsPopulation", (p, POP), NG_WHO)
          for p in ("pregnant women", "children under five", "older people", "people with disabilities")],
        S(("visits to primary health care centres", STUDY), "ickg:sampleSize", 120, NG_VISIT),
        S(("visits to primary health care centres", STUDY), "ickg:evaluates", NG_ONE_ROOF, NG_VISIT),
        *[S(NG_ONE_ROOF, "ickg:locatedIn", (p, "ickg:ProvinceOrState"), NG_BEST) for p in ("Kaduna", "Lagos")],
        S(NG_ONE_ROOF, "ickg:hasOutcome",
          ("the state primary health care board pays the primary health care workers whom local governments once paid",
           OUT), NG_BEST),
        S(NG_ONE_ROOF, "ickg:hasOutcome", ("one drug supply serves all centres", OUT), NG_BEST),
        *[S(NG_ONE_ROOF, "ickg:facesBarrier", (b, BAR), b)
          for b in ("boards exist on paper",
                    "local government councils still control the staff and budgets of their centres",
                    "many centres lack water or power", "counterpart funds were paid late or not at all")],
        S(("pass the law establishing the board", REC), "ickg:addressedTo", ("State Houses of Assembly", ORG), NG_SHA),
        S(("appropriate the counterpart funds in the state budget on time", REC), "ickg:addressedTo",
          ("State Houses of Assembly", ORG), NG_SHA),
        S(("transfer their primary health care staff to the board", REC), "ickg:addressedTo",
          ("local government councils", ORG),
          "Local government councils should transfer their primary health care staff to the board."),
    ])

# Documents added by helper stmtA39 (issue 12, session 39): held-out documents in styles and countries the set lacked
# (a research institute's policy dialogue summary, Iran; a development project's results framework annex, Bangladesh);
# their gold written and committed before the extractor was run on them or any rule changed.
RFPP = {"label": "Rural Family Physician Programme", "type": PI, "types_accept": [CM]}
UFPP = {"label": "Urban Family Physician Programme", "type": PP, "types_accept": [PI]}
MOHME = ("Ministry of Health and Medical Education", ORG)
IHIO = ("Iran Health Insurance Organization", ORG)
RFPP_BEGIN = ("The Rural Family Physician Programme was launched in 2005 by the Ministry of Health and Medical Education "
              "together with the insurer now called the Iran Health Insurance Organization")
RFPP_WHO = "It covers villagers and the residents of towns with fewer than 20,000 inhabitants."
RFPP_AIMS = ("The programme aims to give every rural resident a named physician and to reduce out-of-pocket payments "
             "for outpatient care.")
RFPP_STUDY = ("A background study commissioned for the dialogue reviewed 1,240 referral forms from 12 districts and "
              "interviewed 38 family physicians and specialists.")
RFPP_FOUR = ("Participants named four barriers: the high turnover of family physicians in remote districts, payments to "
             "physicians that arrive months late, the lack of feedback from specialists, and patients who bypass the "
             "family physician and go straight to a hospital clinic.")
RFPP_TURNOVER = "the high turnover of family physicians in remote districts"
RFPP_COUNTER = "To counter turnover, the ministry has offered higher capitation rates in deprived districts."
DOCUMENTS["train-stmtA39-dialogue-iran-family-physician.txt"] = dict(
    style="policy-dialogue-summary",
    metadata={"title": "Closing the loop: referral and feedback in Iran's Rural Family Physician Programme",
              "authors": [], "date": "2019-06", "year": 2019, "journal": None,
              "publisher": "Caspian Institute for Health Systems Research",
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None,   # "No. 9" is a series number
              "type": "fabio:ReportDocument", "type_accept": ["fabio:BriefReport"]},
    jurisdictions=[E("Iran", "ickg:Country", [r"re:\bIran\b(?! Health)"]), E("Tehran", "ickg:Municipality"),
                   E("Fars", "ickg:ProvinceOrState"), E("Mazandaran", "ickg:ProvinceOrState")],
    organizations=[E("Caspian Institute for Health Systems Research", ORG),
                   E("Policy Dialogue Unit", ORG),
                   E("Ministry of Health and Medical Education", ORG, ["Ministry of Health and Medical Education",
                                                                      "re:(?<=, )the ministry"]),
                   E("Iran Health Insurance Organization", ORG, ["Iran Health Insurance Organization",
                                                                 "re:the insurer(?= now)", "re:the insurer's"]),
                   E("universities of medical sciences", ORG, ["universities of medical sciences",
                                                               "Universities of medical sciences"]),
                   E("district health networks", ORG), E("rural health centre", ORG),
                   E("health houses", ORG), E("district hospital", ORG)],
    programs=[E("Rural Family Physician Programme", PI, types_accept=[CM]),
              E("Urban Family Physician Programme", PP, ["Urban Family Physician Programme", "urban programme"],
                types_accept=[PI])],
    populations=[E("villagers", POP), E("residents of towns with fewer than 20,000 inhabitants", POP),
                 E("patients with diabetes and hypertension", POP)],
    conditions=[E("diabetes", COND), E("hypertension", COND)],
    concepts=[C("capitation", "ickg:Capitation", accept=["kodner:prepaid-capitation"]),
              C("electronic health record", "ickg:SharedInformationSystem",
                accept=["kodner:shared-clinical-records", "kodner:integrated-information-systems"])],
    statements=[
        S(RFPP, "ickg:locatedIn", ("Iran", "ickg:Country"), "Iran's Rural Family Physician Programme"),
        S(RFPP, "ickg:yearEstablished", 2005, RFPP_BEGIN),
        S(RFPP, "ickg:initiatedBy", MOHME, RFPP_BEGIN),
        S(RFPP, "ickg:hasPartner", IHIO, RFPP_BEGIN),
        S(RFPP, "ickg:targetsPopulation", ("villagers", POP), RFPP_WHO),
        S(RFPP, "ickg:targetsPopulation", ("residents of towns with fewer than 20,000 inhabitants", POP), RFPP_WHO),
        S(RFPP, "ickg:hasComponent", ("team of family physicians and midwives", "ickg:InterdisciplinaryTeam"),
          "Each rural health centre has a team of family physicians and midwives who supervise the health houses"),
        S(RFPP, "ickg:hasComponent", ("community health workers (behvarz)", MECH),
          "community health workers (behvarz) provide vaccination, maternal care and follow-up of chronic patients"),
        S(RFPP, "ickg:hasComponent", ("referral form needed to see a specialist", MECH),
          "a referral form is needed to see a specialist at the district hospital"),
        S(RFPP, "ickg:hasComponent", ("feedback from the specialist to the physician", MECH),
          "the specialist is asked to send feedback to the physician"),
        S(UFPP, "ickg:yearEstablished", 2012,
          "Since 2012 the Urban Family Physician Programme has been piloted in Fars and Mazandaran provinces."),
        S(UFPP, "ickg:locatedIn", ("Fars", "ickg:ProvinceOrState"),
          "Since 2012 the Urban Family Physician Programme has been piloted in Fars and Mazandaran provinces."),
        S(UFPP, "ickg:locatedIn", ("Mazandaran", "ickg:ProvinceOrState"),
          "Since 2012 the Urban Family Physician Programme has been piloted in Fars and Mazandaran provinces."),
        S(RFPP, "ickg:hasGoal", ("give every rural resident a named physician", GOAL), RFPP_AIMS),
        S(RFPP, "ickg:hasGoal", ("reduce out-of-pocket payments for outpatient care", GOAL), RFPP_AIMS),
        S(("background study", STUDY), "ickg:evaluates", RFPP, RFPP_STUDY),
        S(("background study", STUDY), "ickg:sampleSize", 1240, RFPP_STUDY),
        S(("background study", STUDY), "ickg:sampleSize", 38, RFPP_STUDY),
        S(("background study", STUDY), "ickg:usesMethod", ("review of referral forms", METHOD), RFPP_STUDY),
        S(("background study", STUDY), "ickg:usesMethod", ("interviews", METHOD), RFPP_STUDY),
        S(RFPP, "ickg:facesBarrier", ("specialists returned feedback on only a quarter of the referrals", BAR),
          "Specialists returned feedback on only a quarter of the referrals."),
        S(RFPP, "ickg:hasOutcome", ("waiting times for specialist appointments fell from 19 days to 11 days", OUT),
          "waiting times for specialist appointments appear to have fallen from 19 days to 11 days",
          ("appear to", HEDGED)),
        S(RFPP, "ickg:hasOutcome", ("improved continuity of care for patients with diabetes and hypertension", OUT),
          "Physicians reported that the programme had improved continuity of care for patients with diabetes and "
          "hypertension."),
        S(RFPP, "ickg:facesBarrier", ("high turnover of family physicians in remote districts", BAR), RFPP_FOUR),
        S(RFPP, "ickg:facesBarrier", ("payments to physicians that arrive months late", BAR), RFPP_FOUR),
        S(RFPP, "ickg:facesBarrier", ("lack of feedback from specialists", BAR), RFPP_FOUR),
        S(RFPP, "ickg:facesBarrier", ("patients who bypass the family physician", BAR), RFPP_FOUR),
        S(RFPP, "ickg:facesBarrier", ("paper referral forms are often lost between the levels of care", BAR),
          "Several participants said that paper referral forms are often lost between the levels of care."),
        S(RFPP, "ickg:facesBarrier", ("lack of a shared electronic health record", BAR),
          "The lack of a shared electronic health record was said to hamper continuity."),
        S(("high turnover of family physicians in remote districts", BAR), "ickg:mitigatedBy",
          ("higher capitation rates in deprived districts", "ickg:Capitation"), RFPP_COUNTER),
        S(RFPP, "ickg:hasFundingModel", ("capitation", "ickg:Capitation"), RFPP_COUNTER),
        S(("extend the electronic referral system to every district by 2021", REC), "ickg:addressedTo", MOHME,
          "The Ministry of Health and Medical Education should extend the electronic referral system to every "
          "district by 2021."),
        S(("pay specialists only for referrals that they answer with feedback", REC), "ickg:addressedTo", IHIO,
          "The Iran Health Insurance Organization should pay specialists only for referrals that they answer with "
          "feedback."),
        S(("train family physicians and specialists together in the referral rules", REC), "ickg:addressedTo",
          ("universities of medical sciences", ORG),
          "Universities of medical sciences should train family physicians and specialists together in the referral "
          "rules."),
    ])

CCLIN = {"label": "community clinics", "type": CM}
SCCB = {"label": "Support to Community Clinics in Bangladesh", "type": PP}
CCHAT = ("Community Clinic Health Assistance Trust", ORG)
SCCB_LINE = "Project: Support to Community Clinics in Bangladesh, phase II (2019-2023)"
CCLIN_STAFF = ("staffed by a Community Health Care Provider, who works alongside a health assistant and a family "
               "welfare assistant")
CCLIN_SURVEY = ("A baseline household survey of 4,800 households in 16 upazilas measured the use of clinics by women "
                "and children.")
CCLIN_STOCK = "Stock-outs of essential drugs are likely to have fallen since the drug supply was centralised"
CCLIN_RISK = "vacant posts of Community Health Care Providers in hard-to-reach areas"
DOCUMENTS["train-stmtA39-logframe-bangladesh-community-clinics.txt"] = dict(
    style="results-framework-annex",
    metadata={"title": "Results framework and monitoring", "authors": [], "date": "2019-03", "year": 2019,
              "journal": None, "publisher": "Delta Partners for Health",
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None,
              "type": "fabio:ReportDocument"},
    jurisdictions=[E("Bangladesh", "ickg:Country")],
    organizations=[E("Community Clinic Health Assistance Trust", ORG,
                     [r"re:Community Clinic Health Assistance Trust(?! Act)", "re:the trust's"]),
                   E("Delta Partners for Health", ORG),
                   E("government", ORG, ["re:the government(?= revived)"]),
                   E("Upazila Health Complex", ORG),
                   E("community groups", ORG, ["community group", "Community groups", "community groups"]),
                   E("Directorate General of Health Services", ORG),
                   E("Development partners", ORG)],
    programs=[E("community clinics", CM, ["community clinics", "Community clinics", "Community Clinics"]),
              E("Revitalization of Community Health Care Initiatives in Bangladesh", PI),
              E("Support to Community Clinics in Bangladesh", PP)],
    populations=[E("poor women and children", POP)],
    conditions=[],
    concepts=[],
    statements=[
        S(SCCB, "ickg:yearEstablished", 2019, SCCB_LINE),
        S(SCCB, "ickg:yearEnded", 2023, SCCB_LINE),
        S(SCCB, "ickg:locatedIn", ("Bangladesh", "ickg:Country"), SCCB_LINE),
        S(SCCB, "ickg:operatedBy", CCHAT, "Implementing agency: Community Clinic Health Assistance Trust"),
        S(CCLIN, "ickg:locatedIn", ("Bangladesh", "ickg:Country"),
          "Community clinics are the first level of the public health system of Bangladesh."),
        S(CCLIN, "ickg:yearEstablished", 1998, "Some 10,000 clinics were built between 1998 and 2001"),
        S(("Revitalization of Community Health Care Initiatives in Bangladesh", PI), "ickg:yearEstablished", 2009,
          "the government revived them in 2009 through the Revitalization of Community Health Care Initiatives in "
          "Bangladesh"),
        S(CCLIN, "ickg:hasComponent", ("Community Health Care Provider", MECH), CCLIN_STAFF),
        S(CCLIN, "ickg:hasComponent", ("community group of local residents", "ickg:GovernanceArrangement"),
          "A community group of local residents manages each clinic"),
        S(CCLIN, "ickg:hasComponent", ("referral to the Upazila Health Complex", MECH),
          "patients who need more care are referred to the Upazila Health Complex"),
        S(CCLIN, "ickg:operatedBy", CCHAT,
          "Since the Community Clinic Health Assistance Trust Act of 2018, the clinics have been run by the "
          "Community Clinic Health Assistance Trust."),
        S(SCCB, "ickg:hasGoal", ("reduced maternal and child deaths in rural areas", GOAL),
          "Impact: Reduced maternal and child deaths in rural areas."),
        S(SCCB, "ickg:hasGoal", ("higher use of community clinics by poor women and children", GOAL),
          "Outcome 1: Higher use of community clinics by poor women and children."),
        S(SCCB, "ickg:targetsPopulation", ("poor women and children", POP),
          "Outcome 1: Higher use of community clinics by poor women and children."),
        S(SCCB, "ickg:hasGoal", ("essential drugs available in every clinic throughout the year", GOAL),
          "Output 1.1: Essential drugs available in every clinic throughout the year."),
        S(SCCB, "ickg:hasGoal", ("referral slips returned from the Upazila Health Complex for at least half of "
                                 "referred patients", GOAL),
          "Output 1.2: Referral slips returned from the Upazila Health Complex for at least half of referred "
          "patients."),
        S(SCCB, "ickg:hasGoal", ("community groups trained to plan and monitor clinic services", GOAL),
          "Output 1.3: Community groups trained to plan and monitor clinic services."),
        S(("baseline household survey", STUDY), "ickg:sampleSize", 4800, CCLIN_SURVEY),
        S(("baseline household survey", STUDY), "ickg:usesMethod", ("household survey", METHOD), CCLIN_SURVEY),
        S(("baseline household survey", STUDY), "ickg:hasStudyDesign",
          ("household survey", "ickg:StudyDesign", "design:cross-sectional-study"), CCLIN_SURVEY),
        S(("baseline household survey", STUDY), "ickg:evaluates", CCLIN, CCLIN_SURVEY),
        S(CCLIN, "ickg:hasOutcome", ("normal deliveries at clinics with a trained midwife rose from 2,100 in 2016 to "
                                     "3,900 in 2018", OUT),
          "Normal deliveries at clinics with a trained midwife rose from 2,100 in 2016 to 3,900 in 2018."),
        S(CCLIN, "ickg:hasOutcome", ("stock-outs of essential drugs fell", OUT), CCLIN_STOCK, ("likely", HEDGED)),
        S(("stock-outs of essential drugs fell", OUT), "ickg:enabledBy", ("centralised drug supply", MECH),
          CCLIN_STOCK),
        S(SCCB, "ickg:facesBarrier", (CCLIN_RISK, BAR), "Risk: " + CCLIN_RISK + "."),
        S((CCLIN_RISK, BAR), "ickg:mitigatedBy", ("recruitment of providers from the clinic's own union", MECH),
          "Mitigation: recruitment of providers from the clinic's own union."),
        S(SCCB, "ickg:facesBarrier", ("weak links between the clinics and the Upazila Health Complex", BAR),
          "Risk: weak links between the clinics and the Upazila Health Complex."),
        S(SCCB, "ickg:facesBarrier", ("community groups that meet rarely once the project's support ends", BAR),
          "Risk: community groups that meet rarely once the project's support ends."),
        S(("publish each clinic's drug stock every month", REC), "ickg:addressedTo",
          ("Directorate General of Health Services", ORG),
          "The Directorate General of Health Services should publish each clinic's drug stock every month."),
        S(("fund the trust's running costs only against agreed indicators", REC), "ickg:addressedTo",
          ("Development partners", ORG),
          "Development partners should fund the trust's running costs only against agreed indicators."),
    ])

# Documents added by helper stmtB39 (issue 12, session 39): held-out documents about countries the set lacked
# (Argentina, Iran), in styles it lacked (a development bank's results brief, an examination's model answer); their
# gold written before the extractor was run on them or any statement rule changed.
NACER = {"label": "Plan Nacer", "type": PI}
SUMAR = {"label": "Programa SUMAR", "type": PI}
AR_LAUNCH = ("Plan Nacer was launched in 2004 by the national Ministry of Health with financing from the World Bank in "
             "the nine provinces of the Northeast and Northwest")
AR_WHO = ("The program enrolls uninsured pregnant women, women up to 45 days after delivery and children under six "
          "years of age.")
AR_PARTNERS = ("The program relies on provincial ministries of health, provincial purchasing units, public health centres "
               "and hospitals, and an external auditor that checks enrolment and claims.")
AR_SUMAR = ("In 2012 the model was extended as Programa SUMAR to children and adolescents up to 19 years of age and to "
            "women up to 64.")
DOCUMENTS["train-stmtB39-resultsbrief-argentina-plan-nacer.txt"] = dict(
    style="results-brief",
    metadata={"title": "Argentina: paying provinces for results in maternal and child health", "authors": [],
              "date": "2015-03-14", "year": 2015, "journal": None, "publisher": None,
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:BriefReport"},
    jurisdictions=[E("Argentina", "ickg:Country"), E("Northeast", "ickg:Region"), E("Northwest", "ickg:Region"),
                   E("City of Buenos Aires", "ickg:Municipality", types_accept=["ickg:ProvinceOrState"])],
    organizations=[E("Results Communication Unit", ORG), E("Ministry of Health", ORG), E("World Bank", ORG),
                   E("national government", ORG),
                   E("provincial health insurance funds", ORG, ["provincial health insurance fund", "provincial funds"]),
                   E("provincial ministries of health", ORG), E("provincial purchasing units", ORG),
                   E("public health centres", ORG, ["public health centres", r"re:(?<=hospitals and )health centres"]),
                   E("hospitals", ORG, [r"re:\bhospitals\b"]), E("health facilities", ORG), E("external auditor", ORG)],
    programs=[E("Plan Nacer", PI), E("Programa SUMAR", PI)],
    populations=[E("uninsured pregnant women", POP), E("women up to 45 days after delivery", POP),
                 E("children under six years of age", POP), E("children and adolescents up to 19 years of age", POP),
                 E("women up to 64", POP)],
    conditions=[],
    concepts=[],
    statements=[
        S(NACER, "ickg:yearEstablished", 2004, AR_LAUNCH),
        S(NACER, "ickg:initiatedBy", ("Ministry of Health", ORG), AR_LAUNCH),
        S(NACER, "ickg:hasPartner", ("World Bank", ORG), AR_LAUNCH),
        S(NACER, "ickg:locatedIn", ("Northeast", "ickg:Region"), AR_LAUNCH),
        S(NACER, "ickg:locatedIn", ("Northwest", "ickg:Region"), AR_LAUNCH),
        S(NACER, "ickg:locatedIn", ("City of Buenos Aires", "ickg:Municipality"),
          "It was extended to the remaining provinces and the City of Buenos Aires in 2007."),
        S(NACER, "ickg:targetsPopulation", ("uninsured pregnant women", POP), AR_WHO),
        S(NACER, "ickg:targetsPopulation", ("women up to 45 days after delivery", POP), AR_WHO),
        S(NACER, "ickg:targetsPopulation", ("children under six years of age", POP), AR_WHO),
        S(NACER, "ickg:hasFundingModel", ("fixed amount per enrolled beneficiary", "ickg:Capitation"),
          "The national government transfers a fixed amount per enrolled beneficiary to each provincial health insurance fund."),
        S(NACER, "ickg:hasFundingModel", ("payment when the province meets targets for ten tracer indicators",
                                          "ickg:PayForPerformance"),
          "forty percent when the province meets targets for ten tracer indicators"),
        S(NACER, "ickg:hasFundingModel", ("fee for each service on the benefit package", "ickg:FeeForService"),
          "The provincial funds in turn pay health facilities a fee for each service on the benefit package"),
        S(NACER, "ickg:hasPartner", ("provincial ministries of health", ORG), AR_PARTNERS),
        S(NACER, "ickg:hasPartner", ("provincial purchasing units", ORG), AR_PARTNERS),
        S(NACER, "ickg:hasPartner", ("public health centres", ORG), AR_PARTNERS),
        S(NACER, "ickg:hasPartner", ("hospitals", ORG), AR_PARTNERS),
        S(NACER, "ickg:hasPartner", ("external auditor", ORG), AR_PARTNERS),
        S(NACER, "ickg:hasOutcome", ("babies born to enrolled mothers 19 percent less likely to have low birth weight", OUT),
          "babies born to enrolled mothers were 19 percent less likely to have low birth weight"),
        S(NACER, "ickg:hasOutcome", ("in-hospital neonatal mortality among beneficiaries fell by 74 percent", OUT),
          "in-hospital neonatal mortality among beneficiaries fell by 74 percent"),
        S(SUMAR, "ickg:yearEstablished", 2012, AR_SUMAR),
        S(SUMAR, "ickg:targetsPopulation", ("children and adolescents up to 19 years of age", POP), AR_SUMAR),
        S(SUMAR, "ickg:targetsPopulation", ("women up to 64", POP), AR_SUMAR),
    ])

RHN = {"label": "rural health network", "type": CM}
RFP = {"label": "rural family physician programme", "type": PI}
UFP = {"label": "urban family physician programme", "type": PP, "types_accept": [PI]}
IR_BUILT = ("From the mid-1980s the Ministry of Health and Medical Education built a network of health houses across "
            "rural Iran.")
IR_SERVICES = ("Health houses provide family planning, immunization, maternal and child care and the follow-up of "
               "diabetes and hypertension")
IR_INTRO = ("The rural family physician programme was introduced in 2005 by the Ministry of Health and Medical Education "
            "together with the Medical Services Insurance Organization")
IR_WHO = "it covers rural residents and people in towns with fewer than 20,000 inhabitants"
IR_GATE = "acts as gatekeeper to specialist and hospital care through a referral system"
IR_URBAN = "An urban family physician programme was piloted in 2012 in Fars and Mazandaran provinces."
IR_WEAK = ("the high turnover of physicians in remote areas and the weak feedback from specialists to family "
           "physicians")
DOCUMENTS["train-stmtB39-examanswer-iran-family-physician.txt"] = dict(
    style="examination-model-answer",
    metadata={"title": "Model answers to the end-of-term examination, question 3", "authors": [],
              "date": None, "year": None, "journal": None, "publisher": None,
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:InstructionalWork",
              "type_accept": ["fabio:ReportDocument"]},
    jurisdictions=[E("Iran", "ickg:Country"), E("Fars", "ickg:ProvinceOrState"), E("Mazandaran", "ickg:ProvinceOrState")],
    organizations=[E("Ministry of Health and Medical Education", ORG),
                   E("Medical Services Insurance Organization", ORG),
                   E("health houses", ORG, ["health houses", "health house", "Health houses"]),
                   E("behvarz", ORG, ["behvarz", "community health workers"], aliases=["community health workers"]),
                   E("rural health centres", ORG, ["rural health centres", "rural health centre"]),
                   E("family physician team", ORG, ["family physician team"])],
    programs=[E("rural health network", CM),
              E("rural family physician programme", PI,
                ["rural family physician programme", r"re:(?<=what its )family physician programme",
                 r"re:(?<=The )family physician programme"]),
              E("urban family physician programme", PP, types_accept=[PI])],
    populations=[E("rural residents", POP), E("people in towns with fewer than 20,000 inhabitants", POP)],
    conditions=[E("diabetes", COND), E("hypertension", COND)],
    concepts=[C("capitation", "ickg:Capitation")],
    statements=[
        S(RHN, "ickg:initiatedBy", ("Ministry of Health and Medical Education", ORG), IR_BUILT),
        S(RHN, "ickg:locatedIn", ("Iran", "ickg:Country"), IR_BUILT),
        S(RHN, "ickg:hasComponent", ("health houses", MECH), IR_BUILT),
        S(RHN, "ickg:hasComponent", ("family planning", MECH), IR_SERVICES),
        S(RHN, "ickg:hasComponent", ("immunization", MECH), IR_SERVICES),
        S(RHN, "ickg:hasComponent", ("maternal and child care", MECH), IR_SERVICES),
        S(RHN, "ickg:hasComponent", ("follow-up of diabetes and hypertension", MECH), IR_SERVICES),
        S(RHN, "ickg:focusesOnCondition", ("diabetes", COND), IR_SERVICES),
        S(RHN, "ickg:focusesOnCondition", ("hypertension", COND), IR_SERVICES),
        S(RFP, "ickg:yearEstablished", 2005, IR_INTRO),
        S(RFP, "ickg:initiatedBy", ("Ministry of Health and Medical Education", ORG), IR_INTRO),
        S(RFP, "ickg:initiatedBy", ("Medical Services Insurance Organization", ORG), IR_INTRO),
        S(RFP, "ickg:targetsPopulation", ("rural residents", POP), IR_WHO),
        S(RFP, "ickg:targetsPopulation", ("people in towns with fewer than 20,000 inhabitants", POP), IR_WHO),
        S(RFP, "ickg:hasComponent", ("registration with a family physician team", MECH),
          "Every enrolled person is registered with a family physician team in a rural health centre."),
        S(RFP, "ickg:hasComponent", ("gatekeeping to specialist and hospital care", MECH), IR_GATE),
        S(RFP, "ickg:hasComponent", ("referral system", MECH), IR_GATE),
        S(RFP, "ickg:hasFundingModel", ("capitation", "ickg:Capitation"), "Teams are paid by capitation"),
        S(RFP, "ickg:hasFundingModel", ("part of the payment withheld until performance targets are met",
                                        "ickg:PayForPerformance"),
          "part of the payment is withheld until performance targets are met"),
        S(UFP, "ickg:yearEstablished", 2012, IR_URBAN),
        S(UFP, "ickg:locatedIn", ("Fars", "ickg:ProvinceOrState"), IR_URBAN),
        S(UFP, "ickg:locatedIn", ("Mazandaran", "ickg:ProvinceOrState"), IR_URBAN),
        S(RFP, "ickg:facesBarrier", ("high turnover of physicians in remote areas", BAR), IR_WEAK),
        S(RFP, "ickg:facesBarrier", ("weak feedback from specialists to family physicians", BAR), IR_WEAK),
    ])


# --- held out by helper prog40 (issue 12, session 40): written before the program finder was changed ---------------
TOMY = {"label": "Local Health Units", "type": CM, "aliases": ["TOMY", "Topikes Monades Ygeias"], "types_accept": [PI]}
GR_SETUP = "The Ministry of Health set up the TOMY in 2017 to give every resident a personal family doctor"
GR_TEAM = ("Each TOMY has a team of general practitioners, internists, paediatricians, nurses, health visitors, a social "
           "worker and administrative staff.")
GR_GATE = "the family doctor acts as gatekeeper, referring patients to health centres and hospitals"
GR_OFFER = ("The units offer prevention, health promotion, vaccination and the follow-up of chronic conditions such as "
            "diabetes and hypertension.")
GR_RISK = ("Recruitment has been slow, because few doctors are trained in general practice and the fixed-term contracts "
           "are not attractive.")
DOCUMENTS["train-prog40-projectfiche-greece-tomy.txt"] = dict(
    style="project-fiche",
    metadata={"title": "Establishment and operation of Local Health Units (TOMY) in the Region of Attica", "authors": [],
              "date": None, "year": None, "journal": None, "publisher": None,
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:ReportDocument"},
    jurisdictions=[E("Attica", "ickg:Region", [r"re:(?<=Region of )Attica", r"re:(?<=opened in )Attica"],
                     aliases=["Region of Attica"])],
    organizations=[E("1st Regional Health Authority of Attica", ORG), E("Ministry of Health", ORG),
                   E("National Organisation for the Provision of Health Services", ORG, aliases=["EOPYY"]),
                   E("health centres", ORG), E("hospitals", ORG, [r"re:\bhospitals\b"]),
                   E("private family doctors", ORG)],
    programs=[E("Local Health Units", CM, ["Local Health Units", "TOMY", "Topikes Monades Ygeias"],
                aliases=["TOMY", "Topikes Monades Ygeias"], types_accept=[PI])],
    populations=[E("residents of its area", POP)],
    conditions=[E("diabetes", COND), E("hypertension", COND)],
    concepts=[],
    statements=[
        S(TOMY, "ickg:yearEstablished", 2017, GR_SETUP),
        S(TOMY, "ickg:initiatedBy", ("Ministry of Health", ORG), GR_SETUP),
        S(TOMY, "ickg:hasGoal", ("every resident has a personal family doctor", GOAL),
          "to give every resident a personal family doctor"),
        S(TOMY, "ickg:hasGoal", ("relieve hospital outpatient departments", GOAL),
          "to relieve hospital outpatient departments"),
        S(TOMY, "ickg:establishedBy", ("Law 4486/2017", "ickg:Legislation"),
          "the first level of the new primary health care network created by Law 4486/2017"),
        S(TOMY, "ickg:locatedIn", ("Attica", "ickg:Region"),
          "Establishment and operation of Local Health Units (TOMY) in the Region of Attica"),
        S(TOMY, "ickg:hasComponent", ("team of general practitioners, internists, paediatricians, nurses, health visitors, "
                                      "a social worker and administrative staff", "ickg:InterdisciplinaryTeam"), GR_TEAM),
        S(TOMY, "ickg:hasComponent", ("registration of the residents of its area", MECH),
          "The team registers the residents of its area"),
        S(TOMY, "ickg:targetsPopulation", ("residents of its area", POP), "The team registers the residents of its area"),
        S(TOMY, "ickg:hasComponent", ("family doctor as gatekeeper", MECH), GR_GATE),
        S(TOMY, "ickg:hasComponent", ("referral to health centres and hospitals", MECH), GR_GATE),
        S(TOMY, "ickg:hasComponent", ("prevention", MECH), GR_OFFER),
        S(TOMY, "ickg:hasComponent", ("health promotion", MECH), GR_OFFER),
        S(TOMY, "ickg:hasComponent", ("vaccination", MECH), GR_OFFER),
        S(TOMY, "ickg:hasComponent", ("follow-up of chronic conditions", MECH), GR_OFFER),
        S(TOMY, "ickg:focusesOnCondition", ("diabetes", COND), GR_OFFER),
        S(TOMY, "ickg:focusesOnCondition", ("hypertension", COND), GR_OFFER),
        S(TOMY, "ickg:hasGoal", ("reduce visits to hospital emergency departments", GOAL),
          "The TOMY are expected to reduce visits to hospital emergency departments."),
        S(TOMY, "ickg:facesBarrier", ("slow recruitment", BAR), "Recruitment has been slow"),
        S(TOMY, "ickg:facesBarrier", ("few doctors trained in general practice", BAR),
          "few doctors are trained in general practice"),
        S(TOMY, "ickg:facesBarrier", ("fixed-term contracts not attractive", BAR),
          "the fixed-term contracts are not attractive"),
    ])

PMF = {"label": "Programa del Médico y Enfermera de la Familia", "type": CM,
       "aliases": ["Family Doctor and Nurse Program"], "types_accept": [PI]}
CU_BEGAN = ("The Programa del Médico y Enfermera de la Familia (Family Doctor and Nurse Program) began in 1984 in the "
            "Lawton neighbourhood of Havana.")
CU_LINKED = ("The consultorios are linked to a policlínico, the area polyclinic, which provides laboratory services, "
             "specialists and a basic work group that supervises the teams.")
CU_CLASS = ("The program classifies every registered person once a year into one of four groups (healthy, at risk, ill, "
            "and disabled), a process called dispensarización, and plans home visits accordingly.")
CU_CRISIS = "In the 1990s the economic crisis caused shortages of medicines and equipment"
DOCUMENTS["train-prog40-studynotes-cuba-family-doctor.txt"] = dict(
    style="course-study-notes",
    metadata={"title": "Primary care led by family doctors: the Cuban case", "authors": [],
              "date": None, "year": None, "journal": None, "publisher": None,
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:InstructionalWork"},
    jurisdictions=[E("Cuba", "ickg:Country", [r"re:\bCuba(?='s)"]),
                   E("Havana", "ickg:Municipality", types_accept=["ickg:ProvinceOrState"]),
                   E("Lawton", "ickg:Region", types_accept=["ickg:Municipality"])],
    organizations=[E("Ministry of Public Health", ORG, aliases=["MINSAP"]),
                   E("consultorios", ORG, ["consultorios", "consultorio"]),
                   E("policlínico", ORG, ["policlínico", "area polyclinic", r"re:(?<=at the )polyclinic"],
                     aliases=["area polyclinic"]),
                   E("basic work group", ORG)],
    programs=[E("Programa del Médico y Enfermera de la Familia", CM,
                ["Programa del Médico y Enfermera de la Familia", "Family Doctor and Nurse Program"],
                aliases=["Family Doctor and Nurse Program"], types_accept=[PI])],
    populations=[],
    conditions=[],
    concepts=[],
    statements=[
        S(PMF, "ickg:yearEstablished", 1984, CU_BEGAN),
        S(PMF, "ickg:locatedIn", ("Lawton", "ickg:Region"), CU_BEGAN),
        S(PMF, "ickg:locatedIn", ("Havana", "ickg:Municipality"), CU_BEGAN),
        S(PMF, "ickg:operatedBy", ("Ministry of Public Health", ORG),
          "The Ministry of Public Health (MINSAP) extended it to the whole country during the following decade."),
        S(PMF, "ickg:hasComponent", ("family doctor and a nurse working together", "ickg:InterdisciplinaryTeam"),
          "A family doctor and a nurse work together in a consultorio"),
        S(PMF, "ickg:hasComponent", ("consultorio", MECH),
          "A family doctor and a nurse work together in a consultorio, a small neighbourhood office"),
        S(PMF, "ickg:hasComponent", ("policlínico", MECH), CU_LINKED),
        S(PMF, "ickg:hasComponent", ("basic work group that supervises the teams", MECH), CU_LINKED),
        S(PMF, "ickg:hasComponent", ("dispensarización", MECH), CU_CLASS),
        S(PMF, "ickg:hasComponent", ("home visits", MECH), CU_CLASS),
        S(PMF, "ickg:hasOutcome", ("infant mortality fell to about 4 per 1,000 live births", OUT),
          "Cuba's infant mortality fell to about 4 per 1,000 live births in the 2010s, which many authors attribute in "
          "part to the program.", hedge=("attribute in part", HEDGED)),
        S(PMF, "ickg:facesBarrier", ("shortages of medicines and equipment", BAR), CU_CRISIS),
        S(PMF, "ickg:facesBarrier", ("doctors posted abroad on medical missions", BAR),
          "many doctors were posted abroad on medical missions"),
    ])

# --- a third held-out document of helper prog40, written after its rule changes and before the extractor ran on it --
PMM = {"label": "Programa Mais Médicos", "type": PI,
       "aliases": ["More Doctors Programme", "Mais Médicos", "More Doctors programme"]}
MPB = {"label": "Médicos pelo Brasil", "type": PI}
BR_CREATED = ("In July 2013 the federal government of Brazil created the Programa Mais Médicos (More Doctors "
              "Programme) by a provisional measure")
BR_PLACED = ("Mais Médicos placed doctors in primary care teams in municipalities that had too few of them, mostly in the "
             "North and Northeast")
BR_REPLACED = "In 2019 the government replaced Mais Médicos with a new programme, Médicos pelo Brasil, created by Law 13,958."
DOCUMENTS["train-prog40-committeebriefing-brazil-mais-medicos.txt"] = dict(
    style="parliamentary-research-briefing",
    metadata={"title": "Brazil's More Doctors programme: lessons for rural recruitment", "authors": [],
              "date": None, "year": None, "journal": None, "publisher": "Parliamentary Research Service",
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:BriefReport"},
    jurisdictions=[E("Brazil", "ickg:Country", [r"re:\bBrazil\b"]), E("North", "ickg:Region", [r"re:(?<=the )North\b"]),
                   E("Northeast", "ickg:Region"), E("Cuba", "ickg:Country", [r"re:\bCuba\b"])],
    organizations=[E("Parliamentary Research Service", ORG, [r"re:PARLIAMENTARY RESEARCH SERVICE"]),
                   E("Standing Committee on Health", ORG), E("federal government", ORG), E("Congress", ORG),
                   E("Ministry of Health", ORG), E("Pan American Health Organization", ORG, aliases=["PAHO"]),
                   E("medical associations", ORG, ["Medical associations"])],
    programs=[E("Programa Mais Médicos", PI, ["Programa Mais Médicos", "More Doctors Programme", r"re:\bMais Médicos",
                                              "More Doctors programme"],
                aliases=["More Doctors Programme", "Mais Médicos", "More Doctors programme"]),
              E("Médicos pelo Brasil", PI)],
    populations=[],
    conditions=[],
    concepts=[],
    statements=[
        S(PMM, "ickg:yearEstablished", 2013, BR_CREATED),
        S(PMM, "ickg:initiatedBy", ("federal government", ORG), BR_CREATED),
        S(PMM, "ickg:locatedIn", ("Brazil", "ickg:Country"), BR_CREATED),
        S(PMM, "ickg:establishedBy", ("Law 12,871", "ickg:Legislation"),
          "which Congress converted into Law 12,871 in October 2013"),
        S(PMM, "ickg:locatedIn", ("North", "ickg:Region"), BR_PLACED),
        S(PMM, "ickg:locatedIn", ("Northeast", "ickg:Region"), BR_PLACED),
        S(PMM, "ickg:hasComponent", ("doctors placed in primary care teams in municipalities that had too few of them",
                                     MECH), BR_PLACED),
        S(PMM, "ickg:hasComponent", ("recruitment of foreign doctors", MECH),
          "Places were offered first to doctors trained in Brazil, then to Brazilian doctors trained abroad and finally "
          "to foreign doctors."),
        S(PMM, "ickg:hasPartner", ("Pan American Health Organization", ORG),
          "Most of the foreign doctors came from Cuba under a cooperation agreement between the Ministry of Health and "
          "the Pan American Health Organization (PAHO)."),
        S(PMM, "ickg:hasOutcome", ("about 18,000 doctors in more than 4,000 municipalities", OUT),
          "At its peak the programme had about 18,000 doctors in more than 4,000 municipalities."),
        S(PMM, "ickg:hasComponent", ("expanded places in medical schools and residency programmes", MECH),
          "The law also expanded places in medical schools and residency programmes."),
        S(PMM, "ickg:facesBarrier", ("medical associations opposed the employment of foreign doctors without "
                                     "revalidation of their diplomas", BAR),
          "Medical associations opposed the employment of foreign doctors without revalidation of their diplomas."),
        S(PMM, "ickg:facesBarrier", ("Cuba ended its participation", BAR),
          "In November 2018 Cuba ended its participation, and about 8,000 Cuban doctors left their posts within weeks."),
        S(PMM, "ickg:yearEnded", 2019, BR_REPLACED),
        S(MPB, "ickg:yearEstablished", 2019, BR_REPLACED),
        S(MPB, "ickg:establishedBy", ("Law 13,958", "ickg:Legislation"), "created by Law 13,958"),
    ])


# --- held-out documents of helper subj40 (issue 12, session 40): written and their gold committed before any rule
# was changed; references to the program by its kind word, a pronoun or a section heading ------------------------
CHCC = {"label": "Chile Crece Contigo", "type": PI, "aliases": ["ChCC", "Chile Grows With You"], "types_accept": [CM]}
BDSP = {"label": "Biopsychosocial Development Support Programme", "type": PI}
CL_WHAT = "is the comprehensive child development support system of Chile"
CL_RUN = "The system is coordinated by the Ministry of Social Development and Family and delivered through the public health network and the municipalities."
CL_BDSP = ("Its entry point is the Biopsychosocial Development Support Programme, which the Ministry of Health runs in "
           "primary care centres: home visits to pregnant women at psychosocial risk, group sessions on childbirth and "
           "parenting, and developmental screening at every well-child visit.")
CL_GUARANTEE = ("Families in the most vulnerable 60 percent of households are guaranteed free nursery and kindergarten "
                "places, technical aids for children with disabilities and preferential access to other public programmes.")
CL_NETWORK = ("In each of the country's municipalities a local network brings together the health centre, the municipal "
              "social services and the nurseries, and a named coordinator refers families between them.")
CL_EVAL = ("An evaluation compared children whose mothers had been visited at home with children of similar families who "
           "had not been.")
CL_HARD = ("It has nevertheless been hard to keep home visits going: many primary care centres lack staff for them, and "
           "turnover of the local coordinators is high.")
DOCUMENTS["train-subj40-lesson-chile-crece-contigo.txt"] = dict(
    style="online-course-lesson",
    metadata={"title": "Lesson 4.2 - Case study: Chile Crece Contigo", "authors": [],
              "date": None, "year": None, "journal": None, "publisher": None,
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:InstructionalWork",
              "type_accept": ["fabio:WebPage"]},
    jurisdictions=[E("Chile", "ickg:Country", [r"re:\bChile\b(?! Crece)(?! Grows)"])],
    organizations=[E("Presidential Advisory Council for the Reform of Childhood Policies", ORG),
                   E("Ministry of Social Development and Family", ORG), E("Ministry of Health", ORG),
                   E("public health network", ORG), E("municipalities", ORG, [r"re:(?<=the )municipalities"]),
                   E("primary care centres", ORG), E("nurseries", ORG, [r"re:(?<=the )nurseries"])],
    programs=[E("Chile Crece Contigo", PI, ["Chile Crece Contigo", "ChCC", "Chile Grows With You"],
                aliases=["ChCC", "Chile Grows With You"], types_accept=[CM]),
              E("Biopsychosocial Development Support Programme", PI)],
    populations=[E("pregnant women at psychosocial risk", POP),
                 E("families in the most vulnerable 60 percent of households", POP,
                   ["Families in the most vulnerable 60 percent of households"]),
                 E("children with disabilities", POP)],
    conditions=[],
    concepts=[],
    statements=[
        S(CHCC, "ickg:locatedIn", ("Chile", "ickg:Country"), CL_WHAT),
        S(CHCC, "ickg:yearEstablished", 2007, "It was created in 2007"),
        S(CHCC, "ickg:establishedBy", ("Law 20.379", "ickg:Legislation"),
          "Law 20.379 of 2009 made it permanent as a subsystem of the Intersectoral Social Protection System."),
        S(CHCC, "ickg:operatedBy", ("Ministry of Social Development and Family", ORG), CL_RUN),
        S(CHCC, "ickg:hasPartner", ("public health network", ORG), CL_RUN),
        S(CHCC, "ickg:hasPartner", ("municipalities", ORG), CL_RUN),
        S(CHCC, "ickg:hasComponent", ("Biopsychosocial Development Support Programme", MECH), CL_BDSP),
        S(BDSP, "ickg:operatedBy", ("Ministry of Health", ORG), CL_BDSP),
        S(BDSP, "ickg:hasPartner", ("primary care centres", ORG), CL_BDSP),
        S(BDSP, "ickg:hasComponent", ("home visits to pregnant women at psychosocial risk", MECH), CL_BDSP),
        S(BDSP, "ickg:targetsPopulation", ("pregnant women at psychosocial risk", POP), CL_BDSP),
        S(BDSP, "ickg:hasComponent", ("group sessions on childbirth and parenting", MECH), CL_BDSP),
        S(BDSP, "ickg:hasComponent", ("developmental screening at every well-child visit", MECH), CL_BDSP),
        S(CHCC, "ickg:hasComponent", ("newborn kit", MECH),
          "Since 2009 every baby born in a public hospital receives a newborn kit with a crib, clothes and materials on early stimulation."),
        S(CHCC, "ickg:targetsPopulation", ("families in the most vulnerable 60 percent of households", POP), CL_GUARANTEE),
        S(CHCC, "ickg:hasComponent", ("free nursery and kindergarten places", MECH), CL_GUARANTEE),
        S(CHCC, "ickg:hasComponent", ("technical aids for children with disabilities", MECH), CL_GUARANTEE),
        S(CHCC, "ickg:targetsPopulation", ("children with disabilities", POP), CL_GUARANTEE),
        S(CHCC, "ickg:hasComponent", ("preferential access to other public programmes", MECH), CL_GUARANTEE),
        S(CHCC, "ickg:hasComponent", ("local network in each municipality", MECH), CL_NETWORK),
        S(CHCC, "ickg:hasComponent", ("named coordinator who refers families", MECH), CL_NETWORK),
        S(CHCC, "ickg:hasPartner", ("nurseries", ORG), CL_NETWORK),
        S(("evaluation of home visits", "ickg:Evaluation"), "ickg:evaluates", CHCC, CL_EVAL),
        S(CHCC, "ickg:hasOutcome",
          ("reduced the share of children with developmental delay at 18 months from 24 percent to 16 percent", OUT),
          "The programme reduced the share of children with developmental delay at 18 months from 24 percent to 16 percent."),
        S(CHCC, "ickg:hasOutcome", ("take-up of the nurseries rose", OUT), "Take-up of the nurseries also rose."),
        S(CHCC, "ickg:facesBarrier", ("referrals made by telephone that left no record", BAR),
          "referrals between the health centre and the municipal social services were often made by telephone and left no record"),
        S(CHCC, "ickg:facesBarrier", ("primary care centres lack staff for home visits", BAR), CL_HARD),
        S(CHCC, "ickg:facesBarrier", ("high turnover of the local coordinators", BAR), CL_HARD),
    ])

SCC = {"label": "shared care clusters", "type": CM, "types_accept": [PI, PP]}
SCC_EVAL = {"label": "quasi-experimental study", "type": STUDY}
LK_TITLE = "Evaluation of shared care clusters in Sri Lankan primary care: a quasi-experimental study."
LK_INTRO = ("The Ministry of Health introduced shared care clusters in Sri Lanka in 2018 to strengthen the management of "
            "non-communicable diseases in primary care.")
LK_LINK = "Each cluster links the primary medical care institutions of an area to an apex hospital."
LK_WHO = "It targets adults with hypertension, diabetes or their risk factors."
LK_FRONT = ("every household is registered with its nearest primary medical care institution, and public health midwives "
            "bring those at risk to the clinic")
LK_CLINIC = ("In the institution, adults are screened at a Healthy Lifestyle Centre, every patient with a chronic condition "
             "is given a personal health record, and a medical officer leads the care team.")
LK_BACK = "referral and discharge letters are exchanged with the apex hospital"
LK_SAMPLE = ("They reviewed the records of 3,120 patients with hypertension or diabetes and surveyed 1,750 patients on their "
             "experience of care.")
LK_STAFF = ("Staff described the personal health record as an extra duty on top of their clinic work, and the institutions "
            "had no shared electronic record with the apex hospital.")
DOCUMENTS["train-subj40-journalclub-srilanka-clusters.txt"] = dict(
    style="journal-club-summary",
    metadata={"title": "Department of Family Medicine - Journal Club", "authors": [],
              "date": "2020-07-09", "year": 2020, "journal": None, "publisher": None,
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:ReportDocument"},
    jurisdictions=[E("Sri Lanka", "ickg:Country")],
    organizations=[E("Department of Family Medicine", ORG), E("Ministry of Health", ORG),
                   E("primary medical care institutions", ORG, ["primary medical care institutions",
                                                                "primary medical care institution"]),
                   E("apex hospital", ORG), E("public health midwives", ORG),
                   E("Healthy Lifestyle Centre", ORG)],
    programs=[E("shared care clusters", CM, ["shared care clusters"], types_accept=[PI, PP])],
    populations=[E("adults with hypertension, diabetes or their risk factors", POP)],
    conditions=[E("hypertension", COND, [r"re:\bhypertension\b"]), E("diabetes", COND, [r"re:\bdiabetes\b"])],
    concepts=[],
    statements=[
        S(SCC, "ickg:initiatedBy", ("Ministry of Health", ORG), LK_INTRO),
        S(SCC, "ickg:yearEstablished", 2018, LK_INTRO),
        S(SCC, "ickg:locatedIn", ("Sri Lanka", "ickg:Country"), LK_INTRO),
        S(SCC, "ickg:hasGoal", ("strengthen the management of non-communicable diseases in primary care", GOAL), LK_INTRO),
        S(SCC, "ickg:hasPartner", ("primary medical care institutions", ORG), LK_LINK),
        S(SCC, "ickg:hasPartner", ("apex hospital", ORG), LK_LINK),
        S(SCC, "ickg:targetsPopulation", ("adults with hypertension, diabetes or their risk factors", POP), LK_WHO),
        S(SCC, "ickg:focusesOnCondition", ("hypertension", COND), LK_WHO),
        S(SCC, "ickg:focusesOnCondition", ("diabetes", COND), LK_WHO),
        S(SCC, "ickg:hasComponent", ("registration of every household with its nearest primary medical care institution", MECH),
          LK_FRONT),
        S(SCC, "ickg:hasPartner", ("public health midwives", ORG), LK_FRONT),
        S(SCC, "ickg:hasComponent", ("screening at a Healthy Lifestyle Centre", MECH), LK_CLINIC),
        S(SCC, "ickg:hasComponent", ("personal health record", MECH), LK_CLINIC),
        S(SCC, "ickg:hasComponent", ("care team led by a medical officer", MECH), LK_CLINIC),
        S(SCC, "ickg:hasComponent", ("referral and discharge letters exchanged with the apex hospital", MECH), LK_BACK),
        S(SCC_EVAL, "ickg:evaluates", SCC, LK_TITLE),
        S(SCC_EVAL, "ickg:hasStudyDesign",
          ("quasi-experimental study", "ickg:StudyDesign", "design:quasi-experimental-study"), LK_TITLE),
        S(SCC_EVAL, "ickg:sampleSize", 3120, LK_SAMPLE),
        S(SCC_EVAL, "ickg:sampleSize", 1750, LK_SAMPLE),
        S(SCC_EVAL, "ickg:usesMethod", ("records", METHOD), LK_SAMPLE),
        S(SCC_EVAL, "ickg:usesMethod", ("survey", METHOD), LK_SAMPLE),
        S(SCC, "ickg:hasOutcome",
          ("blood pressure control among patients with hypertension improved from 48 percent to 57 percent", OUT),
          "Blood pressure control among patients with hypertension improved from 48 percent to 57 percent in the clusters"),
        S(SCC, "ickg:hasOutcome", ("patients more often had an annual HbA1c test", OUT),
          "Patients in the clusters more often had an annual HbA1c test."),
        S(SCC, "ickg:hasOutcome", ("share of patients with diabetes who reached their HbA1c target did not differ", OUT),
          "The share of patients with diabetes who reached their HbA1c target did not differ between the groups."),
        S(SCC, "ickg:facesBarrier", ("personal health record an extra duty on top of clinic work", BAR), LK_STAFF),
        S(SCC, "ickg:facesBarrier", ("no shared electronic record with the apex hospital", BAR), LK_STAFF),
    ])

TOMY_NOTE = {"label": "Local Health Units", "type": CM, "aliases": ["TOMY", "Topikes Monades Ygeias"]}
GR_LAW = ("Law 4486/2017, passed by the Hellenic Parliament in July 2017, reorganised primary health care around the "
          "family doctor and created Local Health Units")
GR_SURVEY = "Our survey of 1,150 registered patients in Attica and Central Macedonia"
DOCUMENTS["train-org40-countrynote-greece-tomy.txt"] = dict(
    style="think-tank-country-note",
    metadata={"title": "Greece: local health units and the family doctor", "authors": [],
              "date": "2019-09", "year": 2019, "journal": None, "publisher": "Centre for Southern European Health Policy",
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None,
              "type": "fabio:ReportDocument", "type_accept": ["fabio:BriefReport"]},
    jurisdictions=[E("Greece", "ickg:Country"), E("Thessaloniki", "ickg:Municipality"),
                   E("Attica", "ickg:Region", types_accept=["ickg:ProvinceOrState"]),
                   E("Central Macedonia", "ickg:Region", types_accept=["ickg:ProvinceOrState"])],
    organizations=[E("Centre for Southern European Health Policy", ORG),
                   E("Hellenic Parliament", ORG),
                   E("health centres", ORG), E("hospitals", ORG),
                   E("Ministry of Health", ORG),
                   E("Regional Health Authorities", ORG, aliases=["YPE"]),
                   E("National Organisation for the Provision of Health Services", ORG, aliases=["EOPYY"]),
                   E("2nd Regional Health Authority of Piraeus and the Aegean", ORG),
                   E("government", ORG, [r"re:(?<=whether the )government", r"re:(?<=Whether the )government"])],
    programs=[E("Local Health Units", CM, ["Local Health Units", "local health units", "TOMY", "Topikes Monades Ygeias"],
                aliases=["TOMY", "Topikes Monades Ygeias"])],
    populations=[E("people living outside the units' areas", POP),
                 E("older people with chronic conditions", POP, ["Older people with chronic conditions"])],
    conditions=[E("diabetes", COND), E("hypertension", COND)],
    concepts=[C("capitation", "ickg:Capitation")],
    statements=[
        S(TOMY_NOTE, "ickg:establishedBy", ("Law 4486/2017", "ickg:Legislation"), GR_LAW),
        S(TOMY_NOTE, "ickg:yearEstablished", 2017, GR_LAW),
        S(TOMY_NOTE, "ickg:locatedIn", ("Greece", "ickg:Country"), "Greece: local health units and the family doctor"),
        S(TOMY_NOTE, "ickg:hasComponent", ("registration of about 2,000 to 2,500 adults with a family doctor", MECH),
          "Each family doctor is meant to register a list of about 2,000 to 2,500 adults"),
        S(TOMY_NOTE, "ickg:hasComponent", ("referral to health centres and hospitals", MECH),
          "to refer them on to health centres and hospitals when needed"),
        S(TOMY_NOTE, "ickg:initiatedBy", ("Ministry of Health", ORG), "The Ministry of Health planned a network of 239 units."),
        S(TOMY_NOTE, "ickg:operatedBy", ("Regional Health Authorities", ORG, ),
          "The seven Regional Health Authorities (YPE) recruit the teams and run the units in their areas"),
        S(TOMY_NOTE, "ickg:hasFundingModel",
          ("fixed-term contracts paid from the European Structural and Investment Funds", "ickg:FundingModel"),
          "Staff are hired on fixed-term contracts paid from the European Structural and Investment Funds"),
        S(TOMY_NOTE, "ickg:hasPartner", ("National Organisation for the Provision of Health Services", ORG),
          "The National Organisation for the Provision of Health Services (EOPYY), the single purchaser of health "
          "services, also contracts private family doctors"),
        S(("survey of registered patients", STUDY), "ickg:sampleSize", 1150, GR_SURVEY),
        S(("survey of registered patients", STUDY), "ickg:evaluates", TOMY_NOTE, GR_SURVEY),
        S(TOMY_NOTE, "ickg:hasOutcome", ("most registered patients satisfied with the time their doctor gave them", OUT),
          "found that most were satisfied with the time their doctor gave them"),
        S(TOMY_NOTE, "ickg:facesBarrier", ("difficulty recruiting doctors", BAR), "The units struggled to recruit doctors"),
        S(TOMY_NOTE, "ickg:facesBarrier", ("short contracts paid less than hospital posts", BAR),
          "because the contracts were short and paid less than hospital posts"),
    ])

FDN = {"label": "Family Doctor and Nurse Programme", "type": CM,
       "aliases": ["Programa del Médico y la Enfermera de la Familia"]}
CU_ELECTIVE_BEGAN = "The Ministry of Public Health (MINSAP) began the programme in 1984 in the Lawton neighbourhood of Havana"
CU_PC = ("Each consultorio belongs to a polyclinic, which sends a basic work group of an internist, a paediatrician, a "
         "gynaecologist, a psychologist and a social worker to review patients with the family doctor")
CU_DISP = ("means that pregnant women, older people living alone and people with hypertension or diabetes are seen at "
           "home on a schedule")
DOCUMENTS["train-org40-electivereport-cuba-family-doctor.txt"] = dict(
    style="medical-student-elective-report",
    metadata={"title": "Elective report", "authors": [{"family": "Okafor", "given": "Hannah", "initials": "H"}],
              "date": None, "year": None, "journal": None, "publisher": None,
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None,
              "type": "fabio:ReportDocument"},
    jurisdictions=[E("Havana", "ickg:Municipality"), E("Cuba", "ickg:Country"),
                   E("Plaza de la Revolución", "ickg:Municipality")],
    organizations=[E("University of Leeds", ORG), E("School of Medicine", ORG),
                   E("Ministry of Public Health", ORG, aliases=["MINSAP"]),
                   E("consultorios", ORG, ["consultorio", "consultorios"]),
                   E("polyclinics", ORG, ["polyclinic"]),
                   E("basic work group", ORG),
                   E("municipal and provincial hospitals", ORG),
                   E("19 de Abril polyclinic", ORG),
                   E("University of Medical Sciences of Havana", ORG),
                   E("Committee for the Defence of the Revolution", ORG),
                   E("Federation of Cuban Women", ORG),
                   E("Pan American Health Organization", ORG, aliases=["PAHO"])],
    programs=[E("Family Doctor and Nurse Programme", CM,
                ["Family Doctor and Nurse Programme", "Programa del Médico y la Enfermera de la Familia"],
                aliases=["Programa del Médico y la Enfermera de la Familia"])],
    populations=[E("whole neighbourhood", POP, [r"re:(?<=for a )whole neighbourhood"]),
                 E("pregnant women", POP), E("older people living alone", POP),
                 E("people with hypertension or diabetes", POP), E("pregnant teenagers", POP)],
    conditions=[E("hypertension", COND), E("diabetes", COND)],
    concepts=[],
    statements=[
        S(FDN, "ickg:initiatedBy", ("Ministry of Public Health", ORG), CU_ELECTIVE_BEGAN),
        S(FDN, "ickg:yearEstablished", 1984, CU_ELECTIVE_BEGAN),
        S(FDN, "ickg:locatedIn", ("Havana", "ickg:Municipality"), CU_ELECTIVE_BEGAN),
        S(FDN, "ickg:locatedIn", ("Cuba", "ickg:Country"),
          "how Cuba's Family Doctor and Nurse Programme (Programa del Médico y la Enfermera de la Familia) organises "
          "primary care"),
        S(FDN, "ickg:hasComponent", ("a doctor and a nurse who live in or near the community they serve", MECH),
          "Its unit is the consultorio: a doctor and a nurse who live in or near the community they serve"),
        S(FDN, "ickg:hasComponent", ("basic work group", MECH), CU_PC),
        S(FDN, "ickg:hasComponent", ("polyclinic", MECH), CU_PC),
        S(FDN, "ickg:hasComponent", ("classification of each person into one of four groups", MECH),
          "Every year the team classifies each person into one of four groups"),
        S(FDN, "ickg:hasComponent", ("home visits", MECH), "plans home visits accordingly"),
        *[S(FDN, "ickg:targetsPopulation", (p, POP), CU_DISP)
          for p in ("pregnant women", "older people living alone", "people with hypertension or diabetes")],
        S(FDN, "ickg:focusesOnCondition", ("hypertension", COND), CU_DISP),
        S(FDN, "ickg:focusesOnCondition", ("diabetes", COND), CU_DISP),
        S(FDN, "ickg:hasPartner", ("Committee for the Defence of the Revolution", ORG),
          "the local Committee for the Defence of the Revolution organised a hypertension screening day"),
        S(FDN, "ickg:hasPartner", ("Federation of Cuban Women", ORG),
          "the Federation of Cuban Women ran a group for pregnant teenagers"),
        S(FDN, "ickg:facesBarrier", ("many doctors serving abroad on medical missions", BAR),
          "many colleagues were serving abroad on medical missions"),
    ])


# --- org41 (issue 12, session 41): two held-out documents, gold written before the extractor ran on them ----------
ORG41_CAH = {"label": "Community Action for Health", "type": PROG, "types_accept": [CM, PI]}
ORG41_CAH_EVAL = {"label": "final evaluation", "type": STUDY}
ORG41_KG_BEGAN = ("Community Action for Health began in 2001 in Naryn oblast as a joint initiative of the Ministry of "
                  "Health and the Swiss Red Cross, funded by the Swiss Agency for Development and Cooperation")
ORG41_KG_VHC = ("Volunteers elected by their village form a village health committee, which chooses local health "
                "priorities and acts on them with the support of the health promotion unit of the nearest Family "
                "Medicine Centre")
ORG41_KG_CAMPAIGNS = ("Committees have run campaigns on hypertension, brucellosis, iodised salt and anaemia in women of "
                      "reproductive age, and organised blood pressure measurement for adults over 40 in their village.")
ORG41_KG_METHODS = ("The evaluator will review project documents and monitoring data, hold focus groups with members of 30 "
                    "village health committees in Naryn, Issyk-Kul and Osh oblasts, and interview staff")
ORG41_KG_MANAS = {"label": "Manas National Health Care Reform Programme", "type": PI}
ORG41_KG_MANAS_Q = ("Kyrgyzstan rebuilt its primary care around family medicine under the Manas National Health Care "
                    "Reform Programme (1996-2005)")
DOCUMENTS["train-org41-tor-kyrgyzstan-village-health-committees.txt"] = dict(
    style="terms-of-reference",
    metadata={"title": 'Final evaluation of the project "Community Action for Health: sustaining village health committees"',
              "authors": [], "date": None, "year": None, "journal": None, "publisher": "Swiss Red Cross",
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:ReportDocument"},
    jurisdictions=[E("Kyrgyzstan", "ickg:Country"), E("Bishkek", "ickg:Municipality"),
                   E("Naryn", "ickg:Region", ["Naryn oblast", r"re:\bNaryn(?=, Issyk)"], types_accept=["ickg:ProvinceOrState"]),
                   E("Issyk-Kul", "ickg:Region", types_accept=["ickg:ProvinceOrState"]),
                   E("Osh", "ickg:Region", ["Osh oblasts"], types_accept=["ickg:ProvinceOrState"])],
    organizations=[E("Swiss Red Cross", ORG), E("Ministry of Health", ORG),
                   E("Swiss Agency for Development and Cooperation", ORG),
                   E("Mandatory Health Insurance Fund", ORG),
                   E("Family Medicine Centres", ORG, ["Family Medicine Centres", "Family Medicine Centre"]),
                   E("Family Group Practices", ORG),
                   E("feldsher-midwife posts", ORG),
                   E("village health committees", ORG, ["village health committees", "village health committee"]),
                   E("health promotion units", ORG, ["health promotion unit", "health promotion units"]),
                   E("Republican Centre for Health Promotion", ORG),
                   E("local self-government bodies", ORG, ["local self-government bodies", "aiyl okmotu"],
                     aliases=["aiyl okmotu"])],
    programs=[E("Community Action for Health", PROG, types_accept=[CM, PI]),
              E("Manas National Health Care Reform Programme", PI),
              E("Manas Taalimi", PI), E("Den Sooluk", PI)],
    populations=[E("women of reproductive age", POP), E("adults over 40", POP),
                 E("people who do not visit health facilities", POP),
                 E("labour migrants' families", POP), E("older people living alone", POP)],
    conditions=[E("hypertension", COND), E("brucellosis", COND), E("anaemia", COND)],
    concepts=[C("capitation", "ickg:Capitation", ["per registered person"], accept=["kodner:prepaid-capitation"])],
    statements=[
        S(ORG41_CAH, "ickg:yearEstablished", 2001, ORG41_KG_BEGAN),
        S(ORG41_CAH, "ickg:locatedIn", ("Naryn", "ickg:Region"), ORG41_KG_BEGAN),
        S(ORG41_CAH, "ickg:initiatedBy", ("Ministry of Health", ORG), ORG41_KG_BEGAN),
        S(ORG41_CAH, "ickg:initiatedBy", ("Swiss Red Cross", ORG), ORG41_KG_BEGAN),
        S(ORG41_CAH, "ickg:hasFundingModel",
          ("funded by the Swiss Agency for Development and Cooperation", "ickg:FundingModel"), ORG41_KG_BEGAN),
        S(ORG41_CAH, "ickg:hasComponent", ("village health committee of elected volunteers", MECH), ORG41_KG_VHC),
        S(ORG41_CAH, "ickg:hasPartner", ("health promotion units", ORG), ORG41_KG_VHC),
        S(ORG41_CAH, "ickg:coordinatedThrough", ("Republican Centre for Health Promotion", ORG),
          "The Republican Centre for Health Promotion trains the staff of these units and coordinates the programme "
          "nationally."),
        S(ORG41_CAH, "ickg:hasComponent", ("campaigns on hypertension, brucellosis, iodised salt and anaemia", MECH),
          ORG41_KG_CAMPAIGNS),
        S(ORG41_CAH, "ickg:hasComponent", ("blood pressure measurement for adults over 40", MECH), ORG41_KG_CAMPAIGNS),
        S(ORG41_CAH, "ickg:focusesOnCondition", ("hypertension", COND), ORG41_KG_CAMPAIGNS),
        S(ORG41_CAH, "ickg:focusesOnCondition", ("brucellosis", COND), ORG41_KG_CAMPAIGNS),
        S(ORG41_CAH, "ickg:focusesOnCondition", ("anaemia", COND), ORG41_KG_CAMPAIGNS),
        S(ORG41_CAH, "ickg:targetsPopulation", ("women of reproductive age", POP), ORG41_KG_CAMPAIGNS),
        S(ORG41_CAH, "ickg:targetsPopulation", ("adults over 40", POP), ORG41_KG_CAMPAIGNS),
        S(ORG41_CAH_EVAL, "ickg:evaluates", ORG41_CAH,
          'Final evaluation of the project "Community Action for Health: sustaining village health committees"'),
        S(ORG41_CAH_EVAL, "ickg:usesMethod", ("focus groups", METHOD), ORG41_KG_METHODS),
        S(ORG41_CAH_EVAL, "ickg:usesMethod", ("document review", METHOD), ORG41_KG_METHODS),
        S(ORG41_CAH_EVAL, "ickg:usesMethod", ("interviews", METHOD), ORG41_KG_METHODS),
        S(ORG41_CAH_EVAL, "ickg:sampleSize", 30, ORG41_KG_METHODS),
        S(ORG41_KG_MANAS, "ickg:locatedIn", ("Kyrgyzstan", "ickg:Country"), ORG41_KG_MANAS_Q),
        S(ORG41_KG_MANAS, "ickg:yearEstablished", 1996, ORG41_KG_MANAS_Q),
        S(ORG41_KG_MANAS, "ickg:yearEnded", 2005, ORG41_KG_MANAS_Q),
    ])

ORG41_USF = {"label": "family health units", "type": CM, "aliases": ["USF", "Unidades de Saúde Familiar"]}
ORG41_PT_OPENED = ("The first family health units (Unidades de Saúde Familiar, USF) opened in 2006, and Decree-Law "
                   "298/2007 gave them their legal form")
ORG41_PT_TEAM = ("A USF is a small team that chooses to work together: family doctors, family nurses and clinical "
                 "secretaries, usually three to eight of each")
ORG41_PT_TARGETS = ("with targets for things like vaccination, diabetes and hypertension surveillance, and home visits")
ORG41_PT_PAY = "so it is partly capitation and partly pay for performance"
ORG41_PT_CMP = ("Comparisons by the Regional Health Administration of the North found that USF model B units did better "
                "on most contracted indicators than the old personalised care units")
DOCUMENTS["train-org41-post-portugal-family-health-units.txt"] = dict(
    style="social-media-post",
    metadata={"title": None, "authors": [{"family": "Figueiredo", "given": "Marta", "initials": "M"}],
              "date": "2021-06-03", "year": 2021, "journal": None, "publisher": None,
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:WebPage"},
    jurisdictions=[E("Porto", "ickg:Municipality"), E("Lisbon", "ickg:Municipality")],
    organizations=[E("USF Ramalde", ORG), E("Ministry of Health", ORG),
                   E("Mission for Primary Health Care", ORG,
                     aliases=["Missão para os Cuidados de Saúde Primários"]),
                   E("health centres", ORG, ["health centres"]),
                   E("National Health Service", ORG),
                   E("Regional Health Administration of the North", ORG,
                     ["Regional Health Administration of the North", "ARS Norte", "regional health administration"],
                     aliases=["ARS Norte"]),
                   E("health centre groupings", ORG,
                     ["health centre groupings", "Agrupamentos de Centros de Saúde", "ACES"],
                     aliases=["ACES", "Agrupamentos de Centros de Saúde"]),
                   E("community care unit", ORG, ["community care unit", "Unidade de Cuidados na Comunidade"],
                     aliases=["Unidade de Cuidados na Comunidade"]),
                   E("public health unit", ORG),
                   E("Hospital de São João", ORG),
                   E("personalised care units", ORG),
                   E("Portuguese Association of General and Family Medicine", ORG)],
    programs=[E("family health units", CM, ["family health units", "Unidades de Saúde Familiar", r"re:\bUSF\b(?! Ramalde)"],
                aliases=["USF", "Unidades de Saúde Familiar"])],
    populations=[E("registered patients", POP), E("housebound patients", POP), E("older people living alone", POP),
                 E("people without a family doctor", POP)],
    conditions=[E("diabetes", COND), E("hypertension", COND)],
    concepts=[C("capitation", "ickg:Capitation", accept=["kodner:prepaid-capitation"]),
              C("pay for performance", "ickg:PayForPerformance")],
    statements=[
        S(ORG41_USF, "ickg:yearEstablished", 2006, ORG41_PT_OPENED),
        S(ORG41_USF, "ickg:establishedBy", ("Decree-Law 298/2007", "ickg:Legislation"), ORG41_PT_OPENED),
        S(ORG41_USF, "ickg:hasComponent", ("team of family doctors, family nurses and clinical secretaries", MECH),
          ORG41_PT_TEAM),
        S(ORG41_USF, "ickg:targetsPopulation", ("registered patients", POP),
          "looking after between 4,000 and 18,000 registered patients"),
        S(ORG41_USF, "ickg:hasComponent", ("a named family doctor and family nurse for each patient", MECH),
          "Each patient has a named family doctor and family nurse."),
        S(ORG41_USF, "ickg:hasComponent", ("yearly contract with targets with the regional health administration", MECH),
          "The teams sign a yearly contract with their regional health administration"),
        S(ORG41_USF, "ickg:focusesOnCondition", ("diabetes", COND), ORG41_PT_TARGETS),
        S(ORG41_USF, "ickg:focusesOnCondition", ("hypertension", COND), ORG41_PT_TARGETS),
        S(ORG41_USF, "ickg:hasFundingModel", ("capitation", "ickg:Capitation"), ORG41_PT_PAY),
        S(ORG41_USF, "ickg:hasFundingModel", ("pay for performance", "ickg:PayForPerformance"), ORG41_PT_PAY),
        S(("comparisons", STUDY), "ickg:evaluates", ORG41_USF, ORG41_PT_CMP),
        S(("comparisons", STUDY), "ickg:conductedBy", ("Regional Health Administration of the North", ORG), ORG41_PT_CMP),
        S(ORG41_USF, "ickg:hasOutcome",
          ("model B units did better on most contracted indicators than the old personalised care units", OUT),
          ORG41_PT_CMP),
        S(ORG41_USF, "ickg:hasOutcome", ("waiting times for an appointment fell", OUT),
          "Waiting times for an appointment fell."),
        S(ORG41_USF, "ickg:facesBarrier", ("the reform stalled after the 2011 bailout", BAR),
          "the reform stalled after the 2011 bailout"),
        S(ORG41_USF, "ickg:facesBarrier", ("many family doctors are retiring", BAR), "many family doctors are retiring"),
    ])


# --- held out by helper crf41 (issue 12, session 41): written and committed before the tagger was trained ---------
CRF41_VHT = {"label": "Village Health Teams", "type": CM, "aliases": ["VHT", "VHTs"]}
CRF41_VHT_SET_UP = ("The Ministry of Health set up Village Health Teams in 2001 under the first Health Sector Strategic "
                    "Plan, as the first level of the national health system")
CRF41_ICCM = ("you will also assess children under five with fever, fast breathing or diarrhoea, treat malaria with ACT, "
              "pneumonia with amoxicillin and diarrhoea with ORS and zinc")
CRF41_ICCM_HELP = "UNICEF and the Malaria Consortium helped the Ministry train iCCM teams in many districts"
DOCUMENTS["train-crf41-orientation-uganda-vht.txt"] = dict(
    style="district-orientation-handout",
    metadata={"title": "Orientation handout for newly selected Village Health Team members", "authors": [],
              "date": None, "year": None, "journal": None, "publisher": "Kasese District Local Government",
              "publisher_accept": ["District Health Office", "Kasese District Health Office"],
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:ReportDocument"},
    jurisdictions=[E("Kasese", "ickg:Municipality", ["re:Kasese(?= DISTRICT)", "re:(?<=Office, )Kasese"],
                     types_accept=["ickg:Region"])],
    organizations=[E("Kasese District Local Government", ORG, ["KASESE DISTRICT LOCAL GOVERNMENT"]),
                   E("District Health Office", ORG, ["DISTRICT HEALTH OFFICE", "District Health Office"]),
                   E("Ministry of Health", ORG),
                   E("health centre", ORG, ["health centre", "Health Centre II", "sub-county health centre"]),
                   E("UNICEF", ORG), E("Malaria Consortium", ORG), E("Save the Children", ORG)],
    programs=[E("Village Health Teams", CM, ["Village Health Teams", "Village Health Team", "VHT", "VHTs"],
                aliases=["VHT", "VHTs"]),
              E("integrated community case management", PROG, ["integrated community case management", "iCCM"],
                aliases=["iCCM"]),
              E("Health Sector Strategic Plan", PI, ["re:first Health Sector Strategic Plan"])],
    populations=[E("households", POP, ["re:(?<=every )household", "re:(?<=closer to )households"]),
                 E("children under five", POP), E("pregnant women", POP),
                 E("mothers and children", POP)],
    conditions=[E("malaria", COND), E("pneumonia", COND), E("diarrhoea", COND)],
    concepts=[],
    statements=[
        S(CRF41_VHT, "ickg:initiatedBy", ("Ministry of Health", ORG), CRF41_VHT_SET_UP),
        S(CRF41_VHT, "ickg:yearEstablished", 2001, CRF41_VHT_SET_UP),
        S(CRF41_VHT, "ickg:hasComponent", ("team of about five volunteers in every village", MECH),
          "Every village is meant to have a team of about five volunteers, at least one of them a woman."),
        S(CRF41_VHT, "ickg:hasComponent", ("monthly visits to every household", MECH),
          "Visit every household in your area at least once a month"),
        S(CRF41_VHT, "ickg:hasComponent", ("village health register", MECH),
          "Keep the village health register and report births and deaths each month to the health facility."),
        S(CRF41_VHT, "ickg:hasComponent", ("mobilisation for immunisation days and outreach clinics", MECH),
          "Mobilise mothers and children for immunisation days and outreach clinics."),
        S(CRF41_VHT, "ickg:hasComponent", ("referral of sick people and pregnant women to the nearest health centre", MECH),
          "Refer sick people and pregnant women to the nearest health centre, with a filled referral note."),
        S(CRF41_VHT, "ickg:hasComponent", ("integrated community case management", PROG), CRF41_ICCM),
        S(CRF41_VHT, "ickg:hasComponent", ("quarterly supervision by the health assistant", MECH),
          "The health assistant of your sub-county health centre supervises the teams every quarter and restocks "
          "iCCM medicines."),
        S(CRF41_VHT, "ickg:targetsPopulation", ("households", POP),
          "Visit every household in your area at least once a month"),
        S(CRF41_VHT, "ickg:targetsPopulation", ("children under five", POP), CRF41_ICCM),
        S(CRF41_VHT, "ickg:focusesOnCondition", ("malaria", COND), CRF41_ICCM),
        S(CRF41_VHT, "ickg:focusesOnCondition", ("pneumonia", COND), CRF41_ICCM),
        S(CRF41_VHT, "ickg:focusesOnCondition", ("diarrhoea", COND), CRF41_ICCM),
        S(CRF41_VHT, "ickg:hasPartner", ("UNICEF", ORG), CRF41_ICCM_HELP),
        S(CRF41_VHT, "ickg:hasPartner", ("Malaria Consortium", ORG), CRF41_ICCM_HELP),
        S(CRF41_VHT, "ickg:hasPartner", ("Save the Children", ORG),
          "Save the Children has supported VHT refresher training in this district"),
        S(CRF41_VHT, "ickg:hasGoal", ("bring health services closer to households", GOAL),
          "The aim of the VHT strategy is to bring health services closer to households"),
        S(CRF41_VHT, "ickg:hasGoal", ("give communities a say in their own health", GOAL),
          "to give communities a say in their own health"),
        S(CRF41_VHT, "ickg:hasOutcome", ("more children with fever treated on the same day", OUT),
          "more children with fever were treated on the same day"),
        S(CRF41_VHT, "ickg:hasOutcome", ("fewer mothers walked long distances to a health centre", OUT),
          "fewer mothers walked long distances to a health centre"),
        S(CRF41_VHT, "ickg:facesBarrier", ("medicines ran out because supplies were late", BAR),
          "Medicines ran out for weeks because supplies to the health centre were late."),
        S(CRF41_VHT, "ickg:facesBarrier", ("volunteers left because the work is unpaid", BAR),
          "Many volunteers left after a year because the work is unpaid and their families need income."),
        S(CRF41_VHT, "ickg:facesBarrier", ("irregular supervision visits", BAR),
          "Supervision visits were irregular when the health assistant had no transport."),
    ])

CRF41_HC = {"label": "health clusters", "type": CM, "aliases": ["integrated health clusters", "regional health clusters"]}
CRF41_HSTP = {"label": "Health Sector Transformation Program", "type": PI}
CRF41_MOC = {"label": "Model of Care", "type": CM}
CRF41_SIX = ("It organises services into six systems of care: keep well, planned procedures, urgent problems, chronic "
             "conditions, safe birth and the last phase of life.")
CRF41_RISKS = "A shortage of Saudi family physicians and nurses, with heavy reliance on expatriate staff."
DOCUMENTS["train-crf41-sectornote-saudi-health-clusters.txt"] = dict(
    style="market-analyst-sector-note",
    metadata={"title": "Saudi Arabia: the health clusters take over",
              "authors": [{"family": "Haddad", "given": "Rania", "initials": "R"}],
              "date": "2024-03-11", "year": 2024, "journal": None, "publisher": "Gulf Healthcare Markets Monitor",
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None,
              "type": "fabio:ReportDocument", "type_accept": ["fabio:BriefReport"]},
    jurisdictions=[E("Saudi Arabia", "ickg:Country"), E("Riyadh", "ickg:Municipality", types_accept=["ickg:Region"]),
                   E("Eastern Province", "ickg:Region", ["re:Eastern(?= clusters)"],
                     types_accept=["ickg:ProvinceOrState"])],
    organizations=[E("Gulf Healthcare Markets Monitor", ORG, ["GULF HEALTHCARE MARKETS MONITOR"]),
                   E("Ministry of Health", ORG, ["Ministry of Health", "Ministry"]),
                   E("Health Holding Company", ORG), E("Council of Ministers", ORG),
                   E("National Health Insurance Center", ORG),
                   E("Seha Virtual Hospital", ORG),
                   E("hospitals", ORG, ["re:(?<=network of )hospitals", "re:(?<=Ministry )hospitals"]),
                   E("primary health care centres", ORG, ["primary health care centres"]),
                   E("private providers", ORG, ["private providers", "private operators"])],
    programs=[E("health clusters", CM, ["health clusters", r"re:(?<!health )clusters"], aliases=["integrated health clusters",
                                                                                 "regional health clusters"]),
              E("Health Sector Transformation Program", PI),
              E("Vision 2030", PI), E("Model of Care", CM)],
    populations=[E("population of about one million people", POP)],
    conditions=[],
    concepts=[],
    statements=[
        S(CRF41_HSTP, "ickg:hasGoal", ("separate the Ministry of Health's role as regulator from the delivery of care", GOAL),
          "Health Sector Transformation Program separates the Ministry of Health's role as regulator from the delivery "
          "of care"),
        S(CRF41_HSTP, "ickg:locatedIn", ("Saudi Arabia", "ickg:Country"), "Saudi Arabia: the health clusters take over"),
        S(CRF41_MOC, "ickg:initiatedBy", ("Ministry of Health", ORG), "The Ministry published a new Model of Care in 2017."),
        S(CRF41_MOC, "ickg:yearEstablished", 2017, "The Ministry published a new Model of Care in 2017."),
        *[S(CRF41_MOC, "ickg:hasComponent", (x, MECH), CRF41_SIX)
          for x in ("keep well", "planned procedures", "urgent problems", "chronic conditions", "safe birth",
                    "last phase of life")],
        S(CRF41_MOC, "ickg:hasComponent", ("integrated health clusters", MECH),
          "Care is to be delivered by integrated health clusters"),
        S(CRF41_HC, "ickg:targetsPopulation", ("population of about one million people", POP),
          "each serving a population of about one million people"),
        S(CRF41_HC, "ickg:hasComponent", ("network of hospitals and primary health care centres", MECH),
          "with its own network of hospitals and primary health care centres"),
        S(CRF41_HC, "ickg:operatedBy", ("Health Holding Company", ORG),
          "The Health Holding Company, created by a Council of Ministers decision in 2022, owns the clusters"),
        S(CRF41_HC, "ickg:hasFundingModel", ("per-capita budget tied to the population they serve", "ickg:Capitation"),
          "Clusters are expected to be paid by a per-capita budget tied to the population they serve",
          hedge=("expected to", ASPIRATIONAL)),
        S(CRF41_HC, "ickg:hasComponent", ("Sehhaty app", MECH),
          "The Sehhaty app lets citizens book primary care appointments and see their records"),
        S(CRF41_HC, "ickg:hasComponent", ("Seha Virtual Hospital", MECH),
          "the Seha Virtual Hospital links specialists to remote hospitals"),
        S(CRF41_HC, "ickg:hasPartner", ("National Health Insurance Center", ORG),
          "The National Health Insurance Center is to act as the purchaser for the clusters."),
        S(CRF41_HC, "ickg:hasOutcome", ("share of the population covered by a primary care visit rose", OUT),
          "the share of the population covered by a primary care visit in the previous year rose"),
        S(CRF41_HC, "ickg:hasOutcome", ("waiting times for outpatient appointments fell", OUT),
          "waiting times for outpatient appointments fell in the first clusters"),
        S(CRF41_HC, "ickg:facesBarrier", ("shortage of Saudi family physicians and nurses", BAR), CRF41_RISKS),
        S(CRF41_HC, "ickg:facesBarrier", ("records in separate information systems", BAR),
          "Hospital and primary care records that still sit in separate information systems in several regions."),
        S(CRF41_HC, "ickg:facesBarrier", ("uncertainty about how the per-capita budgets will be set", BAR),
          "Uncertainty about how the per-capita budgets will be set, which slows contracting with private providers."),
        S(CRF41_HC, "ickg:hasPartner", ("private providers", ORG),
          "The cluster chief executives now sign contracts with private operators"),
    ])

# --- held out by helper role42 (issue 12, session 42): organizations and their roles; gold written and committed
# before the extractor first ran on these documents or any recogniser changed ----------------------------------
ROLE42_GMD = {"label": "Greater Manchester health and social care devolution", "type": PI,
              "aliases": ["health and social care devolution"]}
ROLE42_GM_SIGNED = ("The memorandum of understanding on health and social care devolution was signed on 27 February "
                    "2015 by the ten Greater Manchester councils, the twelve clinical commissioning groups (CCGs) of the "
                    "city region and NHS England.")
ROLE42_GM_BOARD = ("A Strategic Partnership Board, a partnership of the councils, the CCGs, NHS England and the NHS "
                   "trusts and foundation trusts of the area, will oversee the arrangement.")
ROLE42_GM_LCO = ("care outside hospital is to be delivered by a single local care organisation that brings together "
                 "community health services, adult social care and primary care")
ROLE42_GM_AIMS = ("The memorandum aims to improve the health of the 2.8 million people of Greater Manchester as quickly "
                  "as possible and to close a funding gap forecast at about £2 billion by 2021.")
DOCUMENTS["train-role42-mou-greater-manchester.txt"] = dict(
    style="memorandum-briefing",
    metadata={"title": "Briefing for councillors: the Greater Manchester health and social care memorandum in brief",
              "authors": [], "date": "2015-03", "year": 2015, "journal": None, "publisher": "Policy and Scrutiny Team",
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None,
              "type": "fabio:ReportDocument", "type_accept": ["fabio:BriefReport"]},
    jurisdictions=[E("Greater Manchester", "ickg:Region",
                     [r"re:Greater Manchester(?! (?:councils|Combined|Health))"]),
                   E("Manchester", "ickg:Municipality", [r"re:(?<=In )Manchester"])],
    organizations=[E("Policy and Scrutiny Team", ORG),
                   E("Greater Manchester councils", ORG, ["Greater Manchester councils", r"re:(?<=the )councils\b"]),
                   E("clinical commissioning groups", ORG, ["clinical commissioning groups", "CCGs"], aliases=["CCGs"]),
                   E("NHS England", ORG),
                   E("Greater Manchester Combined Authority", ORG, ["Greater Manchester Combined Authority", "GMCA"],
                     aliases=["GMCA"]),
                   E("Strategic Partnership Board", ORG),
                   E("NHS trusts and foundation trusts", ORG),
                   E("Greater Manchester Health and Social Care Partnership", ORG,
                     ["Greater Manchester Health and Social Care Partnership", r"re:(?<=The )Partnership"]),
                   E("local care organisation", ORG)],
    programs=[E("Greater Manchester health and social care devolution", PI, ["health and social care devolution"],
                aliases=["health and social care devolution"])],
    populations=[E("2.8 million people of Greater Manchester", POP)],
    conditions=[],
    concepts=[C("joint commissioning", "kodner:joint-purchasing-or-commissioning")],
    statements=[
        S(ROLE42_GMD, "ickg:hasPartner", ("Greater Manchester councils", ORG), ROLE42_GM_SIGNED),
        S(ROLE42_GMD, "ickg:hasPartner", ("clinical commissioning groups", ORG), ROLE42_GM_SIGNED),
        S(ROLE42_GMD, "ickg:hasPartner", ("NHS England", ORG), ROLE42_GM_SIGNED),
        S(ROLE42_GMD, "ickg:hasPartner", ("Greater Manchester Combined Authority", ORG),
          "The Greater Manchester Combined Authority (GMCA) signed on behalf of the councils."),
        S(ROLE42_GMD, "ickg:yearEstablished", 2016,
          "From 1 April 2016 the partners take joint control of health and social care spending in Greater Manchester"),
        S(ROLE42_GMD, "ickg:locatedIn", ("Greater Manchester", "ickg:Region"),
          "From 1 April 2016 the partners take joint control of health and social care spending in Greater Manchester"),
        S(ROLE42_GMD, "ickg:hasFundingModel", ("joint control of health and social care spending", "ickg:PooledBudget"),
          "the partners take joint control of health and social care spending in Greater Manchester, about £6 billion a year"),
        S(ROLE42_GMD, "ickg:coordinatedThrough", ("Strategic Partnership Board", ORG), ROLE42_GM_BOARD),
        S(ROLE42_GMD, "ickg:hasPartner", ("NHS trusts and foundation trusts", ORG), ROLE42_GM_BOARD),
        S(ROLE42_GMD, "ickg:operatedBy", ("Greater Manchester Health and Social Care Partnership", ORG),
          "It is supported by a small team, the Greater Manchester Health and Social Care Partnership, led by a chief officer."),
        S(ROLE42_GMD, "ickg:hasFundingModel", ("transformation fund of about £450 million, funded by NHS England",
                                                "ickg:FundingModel"),
          "A transformation fund of about £450 million, funded by NHS England, will pay for new models of care"),
        S(ROLE42_GMD, "ickg:hasComponent", ("integrated neighbourhood teams of GPs, community nurses and social workers", MECH),
          "integrated neighbourhood teams of GPs, community nurses and social workers"),
        S(ROLE42_GMD, "ickg:hasComponent", ("local care organisation", MECH), ROLE42_GM_LCO),
        S(("local care organisation", ORG), "ickg:responsibleFor", ("community health services", "ickg:CareSector"),
          ROLE42_GM_LCO),
        S(("local care organisation", ORG), "ickg:responsibleFor", ("adult social care", "ickg:CareSector"), ROLE42_GM_LCO),
        S(("local care organisation", ORG), "ickg:responsibleFor", ("primary care", "ickg:CareSector"), ROLE42_GM_LCO),
        S(ROLE42_GMD, "ickg:targetsPopulation", ("2.8 million people of Greater Manchester", POP), ROLE42_GM_AIMS),
        S(ROLE42_GMD, "ickg:hasGoal", ("improve the health of the 2.8 million people of Greater Manchester", GOAL),
          ROLE42_GM_AIMS),
        S(ROLE42_GMD, "ickg:hasGoal", ("close a funding gap forecast at about £2 billion by 2021", GOAL), ROLE42_GM_AIMS),
        S(ROLE42_GMD, "ickg:facesBarrier", ("a fixed settlement may not cover rising demand", BAR),
          "a fixed settlement may not cover rising demand", ("may", HEDGED)),
        S(ROLE42_GMD, "ickg:facesBarrier", ("the CCGs' different contracting cycles may slow joint commissioning", BAR),
          "the CCGs' different contracting cycles may slow joint commissioning", ("may", HEDGED)),
    ])

ROLE42_APII = {"label": "Arkansas Health Care Payment Improvement Initiative", "type": PI}
ROLE42_AR_PARTNERS = "It is a partnership of Arkansas Medicaid, Arkansas Blue Cross and Blue Shield and QualChoice"
ROLE42_AR_SHARE = ("A PAP whose costs fall below the commendable threshold, and who meets the quality measures, shares in "
                   "the savings; one above the acceptable threshold pays part of the excess back.")
ROLE42_AR_PCMH = {"label": "patient-centered medical homes", "type": CM}
ROLE42_AR_HOMES = ("The payers plan to add patient-centered medical homes, with a per-member per-month payment for care "
                   "coordination, from 2014.")
ROLE42_AR_ACHI = ("The Arkansas Center for Health Improvement (ACHI) will track results across the state and publish a "
                  "yearly report.")
ROLE42_AR_REPORT = {"label": "yearly statewide tracking report", "type": STUDY}
ROLE42_AR_LATER = "Congestive heart failure and total hip and knee replacement follow in October."
DOCUMENTS["train-role42-memberalert-arkansas-payment-improvement.txt"] = dict(
    style="professional-network-member-alert",
    metadata={"title": "Episodes of care: what your practice needs to know before July", "authors": [],
              "date": "2012-05-14", "year": 2012, "journal": None, "publisher": "Delta Practice Managers' Network",
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None,
              "type": "fabio:NewsItem", "type_accept": ["fabio:WebPage"]},
    jurisdictions=[E("Arkansas", "ickg:ProvinceOrState", [r"re:(?<=insurers in )Arkansas"])],
    organizations=[E("Delta Practice Managers' Network", ORG),
                   E("Arkansas Medicaid", ORG), E("Arkansas Blue Cross and Blue Shield", ORG), E("QualChoice", ORG),
                   E("Arkansas Department of Human Services", ORG),
                   E("Arkansas Center for Health Improvement", ORG, ["Arkansas Center for Health Improvement", "ACHI"],
                     aliases=["ACHI"])],
    programs=[E("Arkansas Health Care Payment Improvement Initiative", PI),
              E("patient-centered medical homes", CM)],
    populations=[],
    conditions=[E("upper respiratory infection", COND),
                E("attention deficit hyperactivity disorder", COND,
                  ["attention deficit hyperactivity disorder", "ADHD"], aliases=["ADHD"]),
                E("congestive heart failure", COND, ["Congestive heart failure"])],
    concepts=[C("fee-for-service", "ickg:FeeForService"), C("care coordination", "ickg:CareCoordination")],
    statements=[
        S(ROLE42_APII, "ickg:yearEstablished", 2012,
          "The Arkansas Health Care Payment Improvement Initiative goes live on 1 July 2012."),
        S(ROLE42_APII, "ickg:hasPartner", ("Arkansas Medicaid", ORG), ROLE42_AR_PARTNERS),
        S(ROLE42_APII, "ickg:hasPartner", ("Arkansas Blue Cross and Blue Shield", ORG), ROLE42_AR_PARTNERS),
        S(ROLE42_APII, "ickg:hasPartner", ("QualChoice", ORG), ROLE42_AR_PARTNERS),
        S(ROLE42_APII, "ickg:locatedIn", ("Arkansas", "ickg:ProvinceOrState"),
          "the largest private insurers in Arkansas, joining the public program"),
        S(ROLE42_APII, "ickg:initiatedBy", {"label": "Mike Beebe", "type": "foaf:Person"},
          "Governor Mike Beebe announced the initiative in 2011"),
        S(ROLE42_APII, "ickg:operatedBy", ("Arkansas Department of Human Services", ORG),
          "the Arkansas Department of Human Services runs the Medicaid side"),
        S(ROLE42_APII, "ickg:hasComponent", ("a Principal Accountable Provider for each episode", MECH),
          "For each episode one provider is named the Principal Accountable Provider (PAP)."),
        S(ROLE42_APII, "ickg:hasFundingModel", ("fee-for-service", "ickg:FeeForService"),
          "Claims are still paid fee-for-service"),
        S(ROLE42_APII, "ickg:hasFundingModel", ("shares in the savings", "ickg:SharedSavings"), ROLE42_AR_SHARE),
        S(ROLE42_APII, "ickg:focusesOnCondition", ("upper respiratory infection", COND), "upper respiratory infection"),
        S(ROLE42_APII, "ickg:focusesOnCondition", ("attention deficit hyperactivity disorder", COND),
          "attention deficit hyperactivity disorder (ADHD)"),
        S(ROLE42_APII, "ickg:hasComponent", ("perinatal care episode", MECH), "perinatal care"),
        S(ROLE42_APII, "ickg:focusesOnCondition", ("congestive heart failure", COND), ROLE42_AR_LATER),
        S(ROLE42_APII, "ickg:hasComponent", ("total hip and knee replacement episode", MECH), ROLE42_AR_LATER),
        S(ROLE42_APII, "ickg:hasComponent", ROLE42_AR_PCMH, ROLE42_AR_HOMES, ("plan to", ASPIRATIONAL)),
        S(ROLE42_AR_PCMH, "ickg:hasFundingModel", ("per-member per-month payment for care coordination", "ickg:FundingModel"),
          ROLE42_AR_HOMES, ("plan to", ASPIRATIONAL)),
        S(ROLE42_AR_REPORT, "ickg:evaluates", ROLE42_APII, ROLE42_AR_ACHI),
        S(ROLE42_AR_REPORT, "ickg:conductedBy", ("Arkansas Center for Health Improvement", ORG), ROLE42_AR_ACHI),
        S(ROLE42_APII, "ickg:facesBarrier", ("small practices lack the staff to review the reports", BAR),
          "small practices lack the staff to review the reports"),
        S(ROLE42_APII, "ickg:facesBarrier", ("the risk adjustment for the perinatal episode is unclear", BAR),
          "the risk adjustment for the perinatal episode is unclear"),
    ])

ROLE42_ICC = {"label": "Integrated Comprehensive Care program", "type": CM, "aliases": ["ICC"]}
ROLE42_ICC_START = ("That is the Integrated Comprehensive Care program (ICC), started by St. Joseph's Healthcare Hamilton "
                    "in 2012 for patients having thoracic surgery.")
ROLE42_ICC_MORE = ("the program now also serves patients with chronic obstructive pulmonary disease (COPD) and congestive "
                   "heart failure, and people having hip or knee replacement")
ROLE42_ICC_EVAL = {"label": "evaluation", "type": STUDY}
ROLE42_ICC_EVAL_Q = ("ICC is being evaluated by the Health System Performance Research Network at the University of "
                     "Toronto.")
DOCUMENTS["train-role42-donorreport-hamilton-icc.txt"] = dict(
    style="hospital-foundation-donor-report",
    metadata={"title": "One team, from hospital bed to front door", "authors": [], "date": None, "year": 2016,
              "journal": None, "publisher": "St. Joseph's Healthcare Foundation",
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None,
              "type": "fabio:ReportDocument"},
    jurisdictions=[E("Ontario", "ickg:ProvinceOrState", [r"re:(?<=across )Ontario"])],
    organizations=[E("St. Joseph's Healthcare Foundation", ORG),
                   E("St. Joseph's Healthcare Hamilton", ORG),
                   E("Hamilton Niagara Haldimand Brant Community Care Access Centre", ORG),
                   E("St. Joseph's Home Care", ORG),
                   E("Ontario Ministry of Health and Long-Term Care", ORG),
                   E("Health System Performance Research Network", ORG),
                   E("University of Toronto", ORG)],
    programs=[E("Integrated Comprehensive Care program", CM, ["Integrated Comprehensive Care program", r"re:\bICC\b"],
                aliases=["ICC"])],
    populations=[E("patients having thoracic surgery", POP), E("people having hip or knee replacement", POP)],
    conditions=[E("chronic obstructive pulmonary disease", COND, ["chronic obstructive pulmonary disease", "COPD"],
                  aliases=["COPD"]),
                E("congestive heart failure", COND)],
    concepts=[C("bundled payment", "ickg:BundledFunding", ["bundled payment", "integrated funding models"]),
              C("care plan", "ickg:CarePlanning", accept=["kodner:joint-care-planning"])],
    statements=[
        S(ROLE42_ICC, "ickg:initiatedBy", ("St. Joseph's Healthcare Hamilton", ORG), ROLE42_ICC_START),
        S(ROLE42_ICC, "ickg:yearEstablished", 2012, ROLE42_ICC_START),
        S(ROLE42_ICC, "ickg:targetsPopulation", ("patients having thoracic surgery", POP), ROLE42_ICC_START),
        S(ROLE42_ICC, "ickg:hasFundingModel", ("one bundled payment for each patient's whole episode of care",
                                                "ickg:BundledFunding"),
          "The hospital receives one bundled payment for each patient's whole episode of care, in hospital and at home"),
        S(ROLE42_ICC, "ickg:hasComponent", ("nurse coordinator from admission until sixty days after discharge", MECH),
          "A nurse coordinator follows each patient from admission until sixty days after discharge"),
        S(ROLE42_ICC, "ickg:hasComponent", ("home care and hospital teams work to the same care plan", "ickg:CarePlanning"),
          "home care nurses and therapists work to the same care plan as the hospital team"),
        S(ROLE42_ICC, "ickg:hasComponent", ("phone number to call the team at any hour", MECH),
          "she went home four days later with a phone number she could call at any hour"),
        S(ROLE42_ICC, "ickg:hasComponent", ("remote monitoring kits", MECH),
          "the remote monitoring kits that some patients take home"),
        S(ROLE42_ICC, "ickg:hasPartner", ("Hamilton Niagara Haldimand Brant Community Care Access Centre", ORG),
          "The program was designed with the Hamilton Niagara Haldimand Brant Community Care Access Centre"),
        S(ROLE42_ICC, "ickg:hasPartner", ("St. Joseph's Home Care", ORG),
          "the home visits are delivered by St. Joseph's Home Care"),
        S(ROLE42_ICC, "ickg:locatedIn", ("Ontario", "ickg:ProvinceOrState"),
          "chose ICC as one of six integrated funding models to test across Ontario"),
        S(ROLE42_ICC, "ickg:hasFundingModel", ("integrated funding model", "ickg:BundledFunding"),
          "chose ICC as one of six integrated funding models to test across Ontario"),
        S(ROLE42_ICC, "ickg:targetsPopulation", ("people having hip or knee replacement", POP), ROLE42_ICC_MORE),
        S(ROLE42_ICC, "ickg:focusesOnCondition", ("chronic obstructive pulmonary disease", COND), ROLE42_ICC_MORE),
        S(ROLE42_ICC, "ickg:focusesOnCondition", ("congestive heart failure", COND), ROLE42_ICC_MORE),
        S(ROLE42_ICC_EVAL, "ickg:evaluates", ROLE42_ICC, ROLE42_ICC_EVAL_Q),
        S(ROLE42_ICC_EVAL, "ickg:conductedBy", ("Health System Performance Research Network", ORG), ROLE42_ICC_EVAL_Q),
        S(("Health System Performance Research Network", ORG), "org:subOrganizationOf", ("University of Toronto", ORG),
          ROLE42_ICC_EVAL_Q),
        S(ROLE42_ICC, "ickg:hasOutcome", ("fewer patients returning to the emergency department within sixty days", OUT),
          "Early figures from our own records show fewer patients returning to the emergency department within sixty days.",
          ("Early figures", PRELIMINARY)),
    ])

# --- held out by helper pop42 (issue 12, session 42): target populations; gold written and committed before the
# extractor first ran on these documents or any population rule changed ----------------------------------------------
POP42_HCH = {"label": "Health Care for the Homeless program", "type": PI}
POP42_HCH_SERVES = ("It serves people experiencing homelessness, including people living in shelters, on the street or in "
                    "cars, families in transitional housing and children and youth without a fixed address.")
POP42_HCH_MANY = ("Many of our patients are high-need, high-cost patients: adults with serious mental illness and a "
                  "substance use disorder, and adults aged 50 and over with two or more chronic conditions who are "
                  "growing old on the street.")
POP42_HCH_ROOF = ("Our clinic brings primary care, behavioral health and substance use treatment under one roof, and our "
                  "outreach teams visit encampments and day shelters every week.")
POP42_HCH_RESPITE = ("a medical respite unit gives people discharged from hospital with nowhere safe to recover a bed for "
                     "up to six weeks")
DOCUMENTS["train-pop42-testimony-health-care-homeless.txt"] = dict(
    style="legislative-testimony",
    metadata={"title": "Written testimony to the Senate Committee on Health and Human Services",
              "authors": [{"family": "Whitfield", "given": "Dana", "initials": "D"}], "date": "2023-03-09",
              "year": 2023, "journal": None, "publisher": None, "volume": None, "issue": None, "pages": None,
              "doi": None, "pmid": None, "type": "fabio:ReportDocument"},
    jurisdictions=[],
    organizations=[E("Senate Committee on Health and Human Services", ORG),
                   E("Riverside Community Health Center", ORG),
                   E("Health Resources and Services Administration", ORG,
                     ["Health Resources and Services Administration", "HRSA"], aliases=["HRSA"]),
                   E("Medicaid", ORG, types_accept=[PI]), E("Medicare", ORG, types_accept=[PI])],
    programs=[E("Health Care for the Homeless program", PI, ["Health Care for the Homeless program"])],
    populations=[E("people experiencing homelessness", POP),
                 E("people living in shelters, on the street or in cars", POP),
                 E("families in transitional housing", POP),
                 E("children and youth without a fixed address", POP),
                 E("people discharged from hospital with nowhere safe to recover", POP),
                 E("high-need, high-cost patients", POP),
                 E("adults with serious mental illness and a substance use disorder", POP),
                 E("adults aged 50 and over with two or more chronic conditions", POP),
                 E("dual-eligible beneficiaries", POP)],
    conditions=[E("serious mental illness", COND), E("substance use disorder", COND)],
    concepts=[C("case managers", "ickg:CaseManagement", ["Case managers"], accept=["kodner:case-management", "who-ipchs:case-management"])],
    statements=[
        S(POP42_HCH, "ickg:establishedBy", ("Stewart B. McKinney Homeless Assistance Act of 1987", "ickg:Legislation"),
          "The program was created by the Stewart B. McKinney Homeless Assistance Act of 1987"),
        S(POP42_HCH, "ickg:yearEstablished", 1987,
          "The program was created by the Stewart B. McKinney Homeless Assistance Act of 1987"),
        S(POP42_HCH, "ickg:hasFundingModel", ("grants awarded by HRSA", "ickg:FundingModel"),
          "the Health Resources and Services Administration (HRSA) awards its grants"),
        S(POP42_HCH, "ickg:operatedBy", ("Health Resources and Services Administration", ORG),
          "the Health Resources and Services Administration (HRSA) awards its grants"),
        S(POP42_HCH, "ickg:hasPartner", ("Riverside Community Health Center", ORG),
          "Riverside Community Health Center is one of the health centers funded under the federal Health Care for the "
          "Homeless program."),
        S(POP42_HCH, "ickg:targetsPopulation", ("people experiencing homelessness", POP), POP42_HCH_SERVES),
        S(POP42_HCH, "ickg:targetsPopulation", ("people living in shelters, on the street or in cars", POP),
          POP42_HCH_SERVES),
        S(POP42_HCH, "ickg:targetsPopulation", ("families in transitional housing", POP), POP42_HCH_SERVES),
        S(POP42_HCH, "ickg:targetsPopulation", ("children and youth without a fixed address", POP), POP42_HCH_SERVES),
        S(POP42_HCH, "ickg:hasComponent", ("primary care, behavioral health and substance use treatment under one roof",
                                           MECH), POP42_HCH_ROOF),
        S(POP42_HCH, "ickg:hasComponent", ("outreach teams visit encampments and day shelters", MECH), POP42_HCH_ROOF),
        S(POP42_HCH, "ickg:hasComponent", ("case managers help patients apply for Medicaid and find housing",
                                           "ickg:CaseManagement"),
          "Case managers help patients apply for Medicaid and find housing"),
        S(POP42_HCH, "ickg:hasComponent", ("medical respite unit", MECH), POP42_HCH_RESPITE),
        S(POP42_HCH, "ickg:targetsPopulation", ("people discharged from hospital with nowhere safe to recover", POP),
          POP42_HCH_RESPITE),
        S(POP42_HCH, "ickg:targetsPopulation", ("high-need, high-cost patients", POP), POP42_HCH_MANY),
        S(POP42_HCH, "ickg:targetsPopulation", ("adults with serious mental illness and a substance use disorder", POP),
          POP42_HCH_MANY),
        S(POP42_HCH, "ickg:targetsPopulation", ("adults aged 50 and over with two or more chronic conditions", POP),
          POP42_HCH_MANY),
        S(POP42_HCH, "ickg:focusesOnCondition", ("serious mental illness", COND), POP42_HCH_MANY),
        S(POP42_HCH, "ickg:focusesOnCondition", ("substance use disorder", COND), POP42_HCH_MANY),
        S(POP42_HCH, "ickg:targetsPopulation", ("dual-eligible beneficiaries", POP),
          "About one in five are dual-eligible beneficiaries, covered by both Medicare and Medicaid."),
        S(("survey of patients in the waiting rooms", STUDY), "ickg:sampleSize", 412,
          "Last year we surveyed 412 patients in our waiting rooms"),
        S(POP42_HCH, "ickg:facesBarrier", ("Medicaid does not pay for medical respite care", BAR),
          "Senate Bill 214 would let Medicaid pay for medical respite care and for the time our community health "
          "workers spend with patients."),
        S(POP42_HCH, "ickg:facesBarrier", ("the respite unit may close in June", BAR),
          "Without it, the respite unit may close in June.", ("may", HEDGED)),
        S(("Senate Bill 214", REC), "ickg:addressedTo", ("Senate Committee on Health and Human Services", ORG),
          "I urge you to pass the bill."),
    ])

POP42_CARE = {"label": "Coordinating All Resources Effectively", "type": PP, "aliases": ["CARE"]}
POP42_CARE_JOIN = ("Lakeview Children's Hospital is one of ten children's hospitals taking part in Coordinating All "
                   "Resources Effectively (CARE), a three-year project led by the Children's Hospital Association.")
POP42_CARE_FUND = ("The project is funded by a Health Care Innovation Award of about $23 million from the Center for "
                   "Medicare and Medicaid Innovation (CMS Innovation Center)")
POP42_CARE_WHO = ("Children with medical complexity: children and young people up to 21 years of age with several chronic "
                  "conditions, such as cerebral palsy or a congenital heart defect, who depend on technology such as "
                  "feeding tubes or ventilators, and who see many specialists.")
POP42_CARE_TEAM = ("Each enrolled family gets a care team led by a nurse care coordinator, with a shared plan of care, a "
                   "24-hour phone line and a single point of contact for appointments.")
DOCUMENTS["train-pop42-staffnews-care-award.txt"] = dict(
    style="intranet-staff-news",
    metadata={"title": "We join a national project for children with medical complexity", "authors": [],
              "date": "2014-11-18", "year": 2014, "journal": None, "publisher": "Lakeview Children's Hospital",
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None,
              "type": "fabio:NewsItem", "type_accept": ["fabio:WebPage"]},
    jurisdictions=[],
    organizations=[E("Lakeview Children's Hospital", ORG),
                   E("children's hospitals", ORG, [r"re:(?<=ten )children's hospitals"]),
                   E("Children's Hospital Association", ORG),
                   E("Center for Medicare and Medicaid Innovation", ORG,
                     ["Center for Medicare and Medicaid Innovation", "CMS Innovation Center"],
                     aliases=["CMS Innovation Center"]),
                   E("Medicaid", ORG, [r"re:\bMedicaid\b(?! Innovation)(?! agency)"], types_accept=[PI]),
                   E("state Medicaid agencies", ORG, ["state's Medicaid agency"])],
    programs=[E("Coordinating All Resources Effectively", PP, ["Coordinating All Resources Effectively", r"re:\bCARE\b"],
                aliases=["CARE"])],
    populations=[E("children with medical complexity", POP, ["children with medical complexity",
                                                             "Children with medical complexity"]),
                 E("children and young people up to 21 years of age with several chronic conditions", POP),
                 E("families of children with medical complexity", POP)],
    conditions=[E("cerebral palsy", COND), E("congenital heart defect", COND)],
    concepts=[C("care coordinator", "ickg:CareCoordination"),
              C("plan of care", "ickg:CarePlanning", accept=["kodner:joint-care-planning"]),
              C("single point of contact", "ickg:SingleEntryPoint")],
    statements=[
        S(POP42_CARE, "ickg:hasPartner", ("Lakeview Children's Hospital", ORG), POP42_CARE_JOIN),
        S(POP42_CARE, "ickg:hasPartner", ("children's hospitals", ORG), POP42_CARE_JOIN),
        S(POP42_CARE, "ickg:operatedBy", ("Children's Hospital Association", ORG), POP42_CARE_JOIN),
        S(POP42_CARE, "ickg:hasFundingModel", ("Health Care Innovation Award of about $23 million", "ickg:FundingModel"),
          POP42_CARE_FUND),
        S(POP42_CARE, "ickg:initiatedBy", ("Center for Medicare and Medicaid Innovation", ORG), POP42_CARE_FUND),
        S(POP42_CARE, "ickg:yearEstablished", 2014, POP42_CARE_FUND + ", announced this autumn"),
        S(POP42_CARE, "ickg:targetsPopulation", ("children with medical complexity", POP),
          "Who is the project for? Children with medical complexity"),
        S(POP42_CARE, "ickg:targetsPopulation",
          ("children and young people up to 21 years of age with several chronic conditions", POP), POP42_CARE_WHO),
        S(POP42_CARE, "ickg:focusesOnCondition", ("cerebral palsy", COND), POP42_CARE_WHO),
        S(POP42_CARE, "ickg:focusesOnCondition", ("congenital heart defect", COND), POP42_CARE_WHO),
        S(POP42_CARE, "ickg:hasComponent", ("care team led by a nurse care coordinator", "ickg:CareCoordination"),
          POP42_CARE_TEAM),
        S(POP42_CARE, "ickg:hasComponent", ("shared plan of care", "ickg:CarePlanning"), POP42_CARE_TEAM),
        S(POP42_CARE, "ickg:hasComponent", ("24-hour phone line", MECH), POP42_CARE_TEAM),
        S(POP42_CARE, "ickg:hasComponent", ("single point of contact for appointments", "ickg:SingleEntryPoint"),
          POP42_CARE_TEAM),
        S(POP42_CARE, "ickg:hasPartner", ("state Medicaid agencies", ORG),
          "The teams will also work with each state's Medicaid agency on payment models that pay for coordination."),
        S(POP42_CARE, "ickg:hasComponent", ("payment models that pay for coordination", MECH),
          "The teams will also work with each state's Medicaid agency on payment models that pay for coordination."),
        S(POP42_CARE, "ickg:hasComponent", ("joint appointments", MECH),
          "clinic staff will be asked to book joint appointments"),
        S(POP42_CARE, "ickg:hasGoal", ("cut emergency visits and hospital days for enrolled children", GOAL),
          "The project aims to cut emergency visits and hospital days for enrolled children."),
    ])

POP42_CM = {"label": "Community Matron Service", "type": CM, "aliases": ["community matrons"]}
POP42_CM_INTRO = ("Community matrons were introduced in England in 2005 by the Department of Health's Supporting People "
                  "with Long Term Conditions, which asked primary care trusts to appoint them to case manage patients "
                  "with very high intensity needs.")
POP42_CM_VISIT = ("The matron visits the patient at home, draws up a personalised care plan with them and their carers, "
                  "reviews their medicines with the GP and arranges social care, equipment or respite through the local "
                  "authority.")
DOCUMENTS["train-pop42-referral-community-matrons.txt"] = dict(
    style="referral-criteria-page",
    metadata={"title": "Community Matron Service: referral criteria", "authors": [], "date": "2008-04", "year": 2008,
              "journal": None, "publisher": "Northfield Community Health Services NHS Trust", "volume": None,
              "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:ReportDocument",
              "type_accept": ["fabio:WebPage"]},
    jurisdictions=[E("England", "ickg:Country")],
    organizations=[E("Northfield Community Health Services NHS Trust", ORG),
                   E("Department of Health", ORG),
                   E("primary care trusts", ORG),
                   E("children's community nursing team", ORG),
                   E("local authority", ORG)],
    programs=[E("Community Matron Service", CM, ["Community Matron Service", "Community matrons"],
                aliases=["community matrons"])],
    populations=[E("patients with very high intensity needs", POP),
                 E("adults aged 18 and over registered with a Northfield GP practice", POP),
                 E("people with two or more long-term conditions", POP),
                 E("patients who have had two or more emergency admissions in the past twelve months", POP),
                 E("frail older people living at home who are at high risk of admission", POP),
                 E("housebound patients who take four or more medicines", POP)],
    conditions=[E("heart failure", COND), E("chronic obstructive pulmonary disease", COND, ["COPD"], aliases=["COPD"]),
                E("diabetes", COND)],
    concepts=[C("case manage", "ickg:CaseManagement", accept=["kodner:case-management", "who-ipchs:case-management"]),
              C("single point of contact", "ickg:SingleEntryPoint"),
              C("care plan", "ickg:CarePlanning", accept=["kodner:joint-care-planning"])],
    statements=[
        S(POP42_CM, "ickg:operatedBy", ("Northfield Community Health Services NHS Trust", ORG),
          "Northfield Community Health Services NHS Trust"),
        S(POP42_CM, "ickg:yearEstablished", 2005, POP42_CM_INTRO),
        S(POP42_CM, "ickg:locatedIn", ("England", "ickg:Country"), POP42_CM_INTRO),
        S(POP42_CM, "ickg:initiatedBy", ("Department of Health", ORG), POP42_CM_INTRO),
        S(POP42_CM, "ickg:hasComponent", ("case management", "ickg:CaseManagement"), POP42_CM_INTRO),
        S(POP42_CM, "ickg:targetsPopulation", ("patients with very high intensity needs", POP), POP42_CM_INTRO),
        S(POP42_CM, "ickg:hasComponent", ("caseload of about 50 patients each", MECH),
          "hold a caseload of about 50 patients each"),
        S(POP42_CM, "ickg:hasComponent", ("single point of contact", "ickg:SingleEntryPoint"),
          "act as the single point of contact for them"),
        S(POP42_CM, "ickg:targetsPopulation", ("adults aged 18 and over registered with a Northfield GP practice", POP),
          "adults aged 18 and over registered with a Northfield GP practice"),
        S(POP42_CM, "ickg:targetsPopulation", ("people with two or more long-term conditions", POP),
          "people with two or more long-term conditions, such as heart failure, COPD or diabetes"),
        S(POP42_CM, "ickg:focusesOnCondition", ("heart failure", COND),
          "people with two or more long-term conditions, such as heart failure, COPD or diabetes"),
        S(POP42_CM, "ickg:focusesOnCondition", ("chronic obstructive pulmonary disease", COND),
          "people with two or more long-term conditions, such as heart failure, COPD or diabetes"),
        S(POP42_CM, "ickg:focusesOnCondition", ("diabetes", COND),
          "people with two or more long-term conditions, such as heart failure, COPD or diabetes"),
        S(POP42_CM, "ickg:targetsPopulation",
          ("patients who have had two or more emergency admissions in the past twelve months", POP),
          "patients who have had two or more emergency admissions in the past twelve months"),
        S(POP42_CM, "ickg:targetsPopulation", ("frail older people living at home who are at high risk of admission", POP),
          "frail older people living at home who are at high risk of admission"),
        S(POP42_CM, "ickg:targetsPopulation", ("housebound patients who take four or more medicines", POP),
          "housebound patients who take four or more medicines"),
        S(POP42_CM, "ickg:hasComponent", ("home visits by the matron", MECH), POP42_CM_VISIT),
        S(POP42_CM, "ickg:hasComponent", ("personalised care plan", "ickg:CarePlanning"), POP42_CM_VISIT),
        S(POP42_CM, "ickg:hasComponent", ("medicines review with the GP", MECH), POP42_CM_VISIT),
        S(POP42_CM, "ickg:hasPartner", ("local authority", ORG), POP42_CM_VISIT),
        S(("audit of patients on the caseload", STUDY), "ickg:evaluates", POP42_CM,
          "An audit of 120 patients on the caseload in 2007"),
        S(("audit of patients on the caseload", STUDY), "ickg:sampleSize", 120,
          "An audit of 120 patients on the caseload in 2007"),
        S(POP42_CM, "ickg:hasOutcome", ("fewer emergency admissions in the six months after referral", OUT),
          "found fewer emergency admissions in the six months after referral than in the six months before"),
    ])


# --- held out by helper bar42 (issue 12, session 42): barriers, outcomes, goals and funding models ----------------
# Written, with their gold, before the extractor first ran on them or any rule changed.
BAR42_AQC = {"label": "Alternative Quality Contract", "type": CM, "aliases": ["AQC"], "types_accept": [PI]}
BAR42_AQC_START = ("Blue Cross Blue Shield of Massachusetts launched the AQC in January 2009 with seven provider "
                   "organizations.")
BAR42_AQC_DATA = ("they lacked timely data on what their patients used outside the group", BAR)
BAR42_AQC_RISK = ("smaller groups worry about carrying financial risk", BAR)
DOCUMENTS["train-bar42-testimony-massachusetts-aqc.txt"] = dict(
    style="written-testimony",
    metadata={"title": "Written testimony to the Health Policy Commission",
              "authors": [{"family": "Doyle", "given": "Margaret", "initials": "M"}],
              "date": "2014-10-14", "year": 2014, "journal": None, "publisher": None,
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None,
              "type": "fabio:ReportDocument"},
    jurisdictions=[E("Boston", "ickg:Municipality"),
                   E("Massachusetts", "ickg:ProvinceOrState", [r"re:(?<=across )Massachusetts"]),
                   E("New England", "ickg:Region")],
    organizations=[E("Health Policy Commission", ORG, ["Health Policy Commission", "Commission"]),
                   E("Blue Cross Blue Shield of Massachusetts", ORG),
                   E("provider organizations", ORG, ["provider organizations", "participating group"]),
                   E("Harvard Medical School", ORG),
                   E("hospitals", ORG, [r"re:(?<=lower-priced )hospitals"]),
                   E("imaging centers", ORG)],
    programs=[E("Alternative Quality Contract", CM, ["Alternative Quality Contract", "AQC"], aliases=["AQC"],
                types_accept=[PI])],
    populations=[],
    conditions=[],
    concepts=[C("global budget", "ickg:GlobalBudget"),
              C("shared savings", "ickg:SharedSavings", ["shared savings", "share of the savings"]),
              C("pay-for-performance", "ickg:PayForPerformance"), C("fee-for-service", "ickg:FeeForService")],
    statements=[
        S(BAR42_AQC, "ickg:initiatedBy", ("Blue Cross Blue Shield of Massachusetts", ORG), BAR42_AQC_START),
        S(BAR42_AQC, "ickg:yearEstablished", 2009, BAR42_AQC_START),
        S(BAR42_AQC, "ickg:hasPartner", ("provider organizations", ORG), BAR42_AQC_START),
        S(BAR42_AQC, "ickg:locatedIn", ("Massachusetts", "ickg:ProvinceOrState"),
          "improving the quality and outcomes of care for our members across Massachusetts"),
        S(BAR42_AQC, "ickg:hasGoal", ("slow the growth of health care spending", GOAL),
          "The contract was designed to slow the growth of health care spending"),
        S(BAR42_AQC, "ickg:hasGoal", ("improve the quality and outcomes of care", GOAL),
          "while improving the quality and outcomes of care for our members"),
        S(BAR42_AQC, "ickg:hasFundingModel", ("global budget for the full range of care", "ickg:GlobalBudget"),
          "Each participating group takes a global budget for the full range of care its enrolled members receive"),
        S(BAR42_AQC, "ickg:hasFundingModel", ("share of the savings", "ickg:SharedSavings"),
          "A group that spends less than its budget keeps a share of the savings"),
        S(BAR42_AQC, "ickg:hasFundingModel", ("quality bonuses of up to 10 percent of the budget", "ickg:PayForPerformance"),
          "groups can earn quality bonuses of up to 10 percent of the budget, a pay-for-performance arrangement tied to "
          "64 ambulatory and hospital measures"),
        S(BAR42_AQC, "ickg:hasComponent", ("five-year contracts", MECH), "Contracts last five years"),
        S(("evaluation by researchers at Harvard Medical School", "ickg:Evaluation"), "ickg:evaluates", BAR42_AQC,
          "Researchers at Harvard Medical School have evaluated the AQC since its start."),
        S(("evaluation by researchers at Harvard Medical School", "ickg:Evaluation"), "ickg:conductedBy",
          ("Harvard Medical School", ORG), "Researchers at Harvard Medical School have evaluated the AQC since its start."),
        S(BAR42_AQC, "ickg:hasOutcome", ("medical spending 3.3 percent lower than for a comparison group", OUT),
          "medical spending for AQC enrollees was 3.3 percent lower than for a comparison group in other states"),
        S(BAR42_AQC, "ickg:hasOutcome", ("spending on claims fell by 6.8 percent", OUT),
          "spending on claims for the 2009 groups fell by 6.8 percent relative to that comparison"),
        S(BAR42_AQC, "ickg:hasOutcome",
          ("quality scores for chronic care management and adult preventive care improved", OUT),
          "quality scores for chronic care management and adult preventive care improved more than in the rest of "
          "New England"),
        S(BAR42_AQC, "ickg:facesBarrier", BAR42_AQC_DATA,
          "they lacked timely data on what their patients used outside the group"),
        S(BAR42_AQC_DATA, "ickg:mitigatedBy", ("monthly claims reports", MECH),
          "we now send monthly claims reports, which has eased that gap"),
        S(BAR42_AQC, "ickg:facesBarrier", BAR42_AQC_RISK, "Smaller groups worry about carrying financial risk"),
        S(BAR42_AQC_RISK, "ickg:mitigatedBy", ("contracts with shared savings only and no downside", "ickg:SharedSavings"),
          "for them we offer contracts with shared savings only and no downside"),
    ])

BAR42_FINSAM = {"label": "Finsam", "type": PI, "aliases": ["financial coordination"]}
BAR42_FINSAM_PARTNERS = ("Since 1 January 2004 the Swedish Social Insurance Agency, the Swedish Public Employment "
                         "Service, a region and one or more municipalities may form a coordination association.")
BAR42_FINSAM_AIM = ("Finsam aims to help people of working age who need coordinated support from several agencies to "
                    "find work or to be able to support themselves")
BAR42_FINSAM_ACTIVITIES = ("Associations fund joint activities such as multi-agency teams, work trials with a personal "
                           "coach and early meetings between a client and all four agencies.")
BAR42_FINSAM_CONSENT = ("confidentiality rules prevent the agencies from sharing information about a client without "
                        "consent", BAR)
BAR42_FINSAM_PROPOSE = ("We propose that the Government should allow associations to finance lasting activities, not "
                        "only projects, and should require the Public Employment Service to take part in every association.")
DOCUMENTS["train-bar42-inquirysummary-sweden-finsam.txt"] = dict(
    style="official-inquiry-summary",
    metadata={"title": "Financial coordination in rehabilitation: twenty years of pooled budgets", "authors": [],
              "date": "2024-03", "year": 2024, "journal": None, "publisher": "Inquiry on Coordinated Rehabilitation",
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None,
              "type": "fabio:ReportDocument", "type_accept": ["fabio:ExecutiveSummary"]},
    jurisdictions=[E("Stockholm", "ickg:Municipality"), E("Sweden", "ickg:Country", [r"re:Sweden(?='s)"])],
    organizations=[E("Inquiry on Coordinated Rehabilitation", ORG, ["Inquiry on Coordinated Rehabilitation", "inquiry"]),
                   E("Government", ORG),
                   E("Swedish Social Insurance Agency", ORG),
                   E("Swedish Public Employment Service", ORG,
                     ["Swedish Public Employment Service", "Public Employment Service"]),
                   E("region", ORG, [r"re:\b(?<=a )region\b", r"re:(?<=the )region(?= a)"]),
                   E("municipalities", ORG, [r"re:(?<=more )municipalities", r"re:(?<=the )municipalities"]),
                   E("coordination associations", ORG, ["coordination association", "associations", "association"])],
    programs=[E("Finsam", PI, ["Finsam", "financial coordination"], aliases=["financial coordination"])],
    populations=[E("people of working age who need coordinated support from several agencies", POP)],
    conditions=[],
    concepts=[C("pooled budget", "ickg:PooledBudget", ["pooled budget", "pooled budgets"])],
    statements=[
        S(BAR42_FINSAM, "ickg:establishedBy", ("Act on Financial Coordination of Rehabilitation Measures", "ickg:Legislation"),
          "the Act on Financial Coordination of Rehabilitation Measures (2003:1210), known as Finsam"),
        S(BAR42_FINSAM, "ickg:yearEstablished", 2004, BAR42_FINSAM_PARTNERS),
        S(BAR42_FINSAM, "ickg:hasPartner", ("Swedish Social Insurance Agency", ORG), BAR42_FINSAM_PARTNERS),
        S(BAR42_FINSAM, "ickg:hasPartner", ("Swedish Public Employment Service", ORG), BAR42_FINSAM_PARTNERS),
        S(BAR42_FINSAM, "ickg:hasPartner", ("region", ORG), BAR42_FINSAM_PARTNERS),
        S(BAR42_FINSAM, "ickg:hasPartner", ("municipalities", ORG), BAR42_FINSAM_PARTNERS),
        S(BAR42_FINSAM, "ickg:hasFundingModel", ("pooled budget", "ickg:PooledBudget"),
          "Each association has a pooled budget to which the two state agencies together contribute half, the region a "
          "quarter and the municipalities a quarter."),
        S(BAR42_FINSAM, "ickg:hasComponent", ("board with members from every partner", MECH),
          "The board of the association, with members from every partner, decides how the money is used."),
        S(BAR42_FINSAM, "ickg:hasGoal", ("help people of working age find work or support themselves", GOAL),
          BAR42_FINSAM_AIM),
        S(BAR42_FINSAM, "ickg:targetsPopulation",
          ("people of working age who need coordinated support from several agencies", POP), BAR42_FINSAM_AIM),
        S(BAR42_FINSAM, "ickg:locatedIn", ("Sweden", "ickg:Country"),
          "Today about 80 associations cover nearly all of Sweden's 290 municipalities."),
        S(BAR42_FINSAM, "ickg:numberOfPrograms", {"value": 80, "datatype": "xsd:nonNegativeInteger"},
          "Today about 80 associations cover nearly all of Sweden's 290 municipalities."),
        *[S(BAR42_FINSAM, "ickg:hasComponent", (x, MECH), BAR42_FINSAM_ACTIVITIES)
          for x in ("multi-agency teams", "work trials with a personal coach",
                    "early meetings between a client and all four agencies")],
        S(BAR42_FINSAM, "ickg:hasOutcome",
          ("share of participants in work or studies three months after leaving an activity rose from 28 to 35 percent", OUT),
          "the share of participants who were in work or studies three months after leaving an activity rose from 28 "
          "to 35 percent between 2016 and 2022"),
        S(BAR42_FINSAM, "ickg:hasOutcome", ("fewer cases sent back and forth between agencies", OUT),
          "Partners reported fewer cases sent back and forth between agencies."),
        S(BAR42_FINSAM, "ickg:facesBarrier", BAR42_FINSAM_CONSENT,
          "Confidentiality rules prevent the agencies from sharing information about a client without consent"),
        S(BAR42_FINSAM_CONSENT, "ickg:mitigatedBy", ("joint consent form", MECH),
          "most associations now use a joint consent form, which has reduced the problem"),
        S(BAR42_FINSAM, "ickg:facesBarrier", ("successful activities end when project money runs out", BAR),
          "Much of the work is run as short projects, so successful activities often end when project money runs out."),
        S(BAR42_FINSAM, "ickg:facesBarrier", ("Public Employment Service closed many local offices", BAR),
          "After 2019 the Public Employment Service closed many local offices, which weakened its presence in the "
          "associations."),
        S(("allow associations to finance lasting activities, not only projects", REC), "ickg:addressedTo",
          ("Government", ORG), BAR42_FINSAM_PROPOSE),
        S(("require the Public Employment Service to take part in every association", REC), "ickg:addressedTo",
          ("Government", ORG), BAR42_FINSAM_PROPOSE),
    ])

BAR42_PARHM = {"label": "Pennsylvania Rural Health Model", "type": PI}
BAR42_PARHM_PLAN = ("Ours added a community paramedic program, a walk-in behavioral health clinic and care managers who "
                    "call patients after they leave the hospital.")
BAR42_PARHM_BUDGETS = ("setting budgets for several payers at once remains complicated", BAR)
BAR42_PARHM_STEADY = ("finances steadier during the COVID-19 pandemic than those of neighboring hospitals", OUT)
DOCUMENTS["train-bar42-ceoletter-pennsylvania-rural-health-model.txt"] = dict(
    style="hospital-newsletter-ceo-letter",
    metadata={"title": "A letter from our president",
              "authors": [{"family": "Kessler", "given": "Daniel", "initials": "D"}],
              "date": "2021", "year": 2021, "journal": None, "publisher": "Laurel Valley Community Hospital",
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None,
              "type": "fabio:NewsItem", "type_accept": ["fabio:Letter"]},
    jurisdictions=[E("Pennsylvania", "ickg:ProvinceOrState", [r"re:(?<=hospitals in )Pennsylvania"])],
    organizations=[E("Laurel Valley Community Hospital", ORG, ["LAUREL VALLEY COMMUNITY HOSPITAL"]),
                   E("Pennsylvania Department of Health", ORG),
                   E("Centers for Medicare & Medicaid Services", ORG),
                   E("Medicaid managed care plans", ORG),
                   E("commercial insurers", ORG, ["commercial insurers", "insurer"]),
                   E("rural hospitals", ORG, ["rural hospitals", "participating hospitals"]),
                   E("Rural Health Redesign Center Authority", ORG)],
    programs=[E("Pennsylvania Rural Health Model", PI, ["Pennsylvania Rural Health Model"]),
              E("Medicare", PI, [r"re:Medicare(?= &| and| Medicaid managed|, Medicaid)"])],
    populations=[],
    conditions=[E("asthma", COND), E("COPD", COND), E("COVID-19", COND)],
    concepts=[C("global budget", "ickg:GlobalBudget"), C("fee for service", "ickg:FeeForService"),
              C("care managers", "ickg:CaseManagement")],
    statements=[
        S(BAR42_PARHM, "ickg:hasPartner", ("Laurel Valley Community Hospital", ORG),
          "our board voted to join the Pennsylvania Rural Health Model"),
        S(BAR42_PARHM, "ickg:hasPartner", ("Pennsylvania Department of Health", ORG),
          "The model is a partnership of the Pennsylvania Department of Health and the federal Centers for Medicare & "
          "Medicaid Services."),
        S(BAR42_PARHM, "ickg:hasPartner", ("Centers for Medicare & Medicaid Services", ORG),
          "The model is a partnership of the Pennsylvania Department of Health and the federal Centers for Medicare & "
          "Medicaid Services."),
        S(BAR42_PARHM, "ickg:locatedIn", ("Pennsylvania", "ickg:ProvinceOrState"),
          "It was designed to keep rural hospitals in Pennsylvania open"),
        S(BAR42_PARHM, "ickg:hasGoal", ("keep rural hospitals open", GOAL),
          "It was designed to keep rural hospitals in Pennsylvania open"),
        S(BAR42_PARHM, "ickg:hasGoal", ("improve the health of the communities they serve", GOAL),
          "to improve the health of the communities they serve"),
        S(BAR42_PARHM, "ickg:hasFundingModel", ("global budget", "ickg:GlobalBudget"),
          "participating hospitals receive a global budget: a fixed amount set in advance each year by Medicare, "
          "Medicaid managed care plans and the commercial insurers that have signed on"),
        S(BAR42_PARHM, "ickg:hasPartner", ("Medicaid managed care plans", ORG),
          "a fixed amount set in advance each year by Medicare, Medicaid managed care plans and the commercial insurers "
          "that have signed on"),
        S(BAR42_PARHM, "ickg:hasPartner", ("commercial insurers", ORG),
          "a fixed amount set in advance each year by Medicare, Medicaid managed care plans and the commercial insurers "
          "that have signed on"),
        S(BAR42_PARHM, "ickg:hasComponent", ("transformation plan", MECH),
          "Each hospital in the model writes a transformation plan."),
        *[S(BAR42_PARHM, "ickg:hasComponent", (x, t), BAR42_PARHM_PLAN)
          for x, t in (("community paramedic program", MECH), ("walk-in behavioral health clinic", MECH),
                       ("care managers who call patients after they leave the hospital", "ickg:CaseManagement"))],
        S(BAR42_PARHM, "ickg:hasOutcome", ("readmissions within 30 days fell by 12 percent", OUT),
          "Readmissions within 30 days fell by 12 percent in our first two years"),
        S(BAR42_PARHM, "ickg:hasOutcome", ("emergency visits for asthma and COPD dropped from 410 to 330", OUT),
          "emergency visits for asthma and COPD dropped from 410 to 330"),
        S(BAR42_PARHM, "ickg:hasOutcome", BAR42_PARHM_STEADY,
          "Our finances were steadier during the COVID-19 pandemic than those of neighboring hospitals"),
        S(BAR42_PARHM_STEADY, "ickg:enabledBy", ("budget kept coming when elective surgery stopped", "ickg:GlobalBudget"),
          "because the budget kept coming when elective surgery stopped"),
        S(BAR42_PARHM, "ickg:hasGoal", ("enroll 30 hospitals by 2021", GOAL),
          "The model hoped to enroll 30 hospitals by 2021", ("hoped", ASPIRATIONAL)),
        S(BAR42_PARHM, "ickg:facesBarrier", ("only 18 hospitals have joined", BAR),
          "The model hoped to enroll 30 hospitals by 2021; only 18 have joined."),
        S(BAR42_PARHM, "ickg:facesBarrier", ("not every insurer takes part", BAR), "Not every insurer takes part"),
        S(BAR42_PARHM, "ickg:facesBarrier", BAR42_PARHM_BUDGETS,
          "setting budgets for several payers at once remains complicated"),
        S(BAR42_PARHM_BUDGETS, "ickg:mitigatedBy",
          ("Rural Health Redesign Center Authority helps hospitals and payers agree on their budgets", MECH),
          "The Rural Health Redesign Center Authority, created by the state in 2019, now helps hospitals and payers "
          "agree on their budgets."),
        S(BAR42_PARHM, "ickg:yearEnded", 2024, "The model runs until 2024."),
    ])


# --- held out by helper comp42 (issue 12, session 42): written and committed before the component and population
# rules changed; components in lists, "through A and B", "components are ..." and bulleted lines ----------------------
COMP42_AHCPII = {"label": "Arkansas Health Care Payment Improvement Initiative", "type": PI}
COMP42_AR_PCMH = {"label": "patient-centered medical homes", "type": CM,
                  "aliases": ["medical home program", "medical homes"]}
COMP42_AR_LAUNCH = ("The Arkansas Health Care Payment Improvement Initiative was launched in 2011 by the Arkansas "
                    "Department of Human Services and the state's two largest private insurers, Arkansas Blue Cross and "
                    "Blue Shield and QualChoice")
COMP42_AR_PILLARS = "It rests on two pillars: episode-based payments and patient-centered medical homes."
COMP42_AR_EPISODES = ("Since July 2012 a principal accountable provider has been named for each episode of care, such as an "
                      "upper respiratory infection, a perinatal episode, attention deficit hyperactivity disorder, "
                      "congestive heart failure or a total joint replacement.")
COMP42_AR_DUTIES = ("To keep it a practice must offer 24-hour access to a clinician, identify its high-priority "
                    "beneficiaries, write care plans for them and track their visits to the emergency department.")
COMP42_AR_PAY = ("Participating practices receive a care coordination payment per beneficiary per month, adjusted for "
                 "each patient's risk.")
COMP42_AR_SAVINGS = ("Practices that hold down the total cost of care for their attributed Medicaid beneficiaries can also "
                     "earn shared savings.")
COMP42_AR_REPORT = ("A state progress report for 2015 said that most practices met the required activities and that "
                    "spending per beneficiary rose more slowly than projected.")
DOCUMENTS["train-comp42-factcheck-arkansas-payment-improvement.txt"] = dict(
    style="newspaper-fact-check",
    metadata={"title": "\"A bonus for doing nothing\"? What Arkansas pays primary care doctors for",
              "authors": [{"family": "Whitlock", "given": "Dana", "initials": "D"}],
              "date": "2015-10-09", "year": 2015, "journal": None, "publisher": "The Arkansas Ledger",
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:NewsItem"},
    jurisdictions=[E("Arkansas", "ickg:ProvinceOrState",
                     [r"re:\bArkansas\b(?! Department)(?! Blue)(?! Medicaid)(?! Health Care)"]),
                   E("Conway", "ickg:Municipality")],
    organizations=[E("The Arkansas Ledger", ORG, ["THE ARKANSAS LEDGER"]),
                   E("Arkansas Department of Human Services", ORG),
                   E("Arkansas Blue Cross and Blue Shield", ORG), E("QualChoice", ORG),
                   E("Centers for Medicare & Medicaid Services", ORG),
                   E("Arkansas Medicaid", ORG, types_accept=[PROG])],
    programs=[E("Arkansas Health Care Payment Improvement Initiative", PI),
              E("patient-centered medical homes", CM, ["patient-centered medical homes", "medical home program",
                                                       "Medical homes"],
                aliases=["medical home program", "medical homes"]),
              E("State Innovation Model", PI, ["re:State Innovation Model(?= grant)"])],
    populations=[E("high-priority beneficiaries", POP), E("attributed Medicaid beneficiaries", POP)],
    conditions=[E("upper respiratory infection", COND), E("attention deficit hyperactivity disorder", COND),
                E("congestive heart failure", COND)],
    concepts=[C("episode-based payments", "ickg:BundledFunding"),
              C("care coordination", "ickg:CareCoordination"),
              C("care plans", "ickg:CarePlanning"),
              C("shared savings", "ickg:SharedSavings", ["shared savings", "share in the savings"])],
    statements=[
        S(COMP42_AHCPII, "ickg:yearEstablished", 2011, COMP42_AR_LAUNCH),
        S(COMP42_AHCPII, "ickg:locatedIn", ("Arkansas", "ickg:ProvinceOrState"), COMP42_AR_LAUNCH),
        S(COMP42_AHCPII, "ickg:initiatedBy", ("Arkansas Department of Human Services", ORG), COMP42_AR_LAUNCH),
        S(COMP42_AHCPII, "ickg:initiatedBy", ("Arkansas Blue Cross and Blue Shield", ORG), COMP42_AR_LAUNCH),
        S(COMP42_AHCPII, "ickg:initiatedBy", ("QualChoice", ORG), COMP42_AR_LAUNCH),
        S(COMP42_AHCPII, "ickg:hasFundingModel", ("episode-based payments", "ickg:BundledFunding"), COMP42_AR_PILLARS),
        S(COMP42_AHCPII, "ickg:hasComponent", COMP42_AR_PCMH, COMP42_AR_PILLARS),
        S(COMP42_AHCPII, "ickg:hasFundingModel", ("State Innovation Model grant", "ickg:FundingModel"),
          "In 2013 the Centers for Medicare & Medicaid Services awarded the state a State Innovation Model grant of "
          "about $42 million to spread it."),
        S(COMP42_AHCPII, "ickg:hasComponent", ("principal accountable provider for each episode of care", MECH),
          COMP42_AR_EPISODES),
        S(COMP42_AHCPII, "ickg:focusesOnCondition", ("upper respiratory infection", COND), COMP42_AR_EPISODES),
        S(COMP42_AHCPII, "ickg:focusesOnCondition", ("attention deficit hyperactivity disorder", COND),
          COMP42_AR_EPISODES),
        S(COMP42_AHCPII, "ickg:focusesOnCondition", ("congestive heart failure", COND), COMP42_AR_EPISODES),
        S(COMP42_AHCPII, "ickg:hasFundingModel", ("shared savings and losses against cost thresholds", "ickg:SharedSavings"),
          "their average cost per episode is compared with thresholds: those below share in the savings, those above "
          "pay back part of the excess"),
        S(COMP42_AR_PCMH, "ickg:yearEstablished", 2014, "The medical home program began in Arkansas Medicaid in January 2014."),
        S(COMP42_AR_PCMH, "ickg:hasFundingModel", ("care coordination payment per beneficiary per month", "ickg:FundingModel"),
          COMP42_AR_PAY),
        S(COMP42_AR_PCMH, "ickg:hasComponent", ("care coordination", "ickg:CareCoordination"), COMP42_AR_PAY),
        S(COMP42_AR_PCMH, "ickg:hasComponent", ("24-hour access to a clinician", MECH), COMP42_AR_DUTIES),
        S(COMP42_AR_PCMH, "ickg:hasComponent", ("identification of high-priority beneficiaries", MECH), COMP42_AR_DUTIES),
        S(COMP42_AR_PCMH, "ickg:hasComponent", ("care plans for high-priority beneficiaries", "ickg:CarePlanning"),
          COMP42_AR_DUTIES),
        S(COMP42_AR_PCMH, "ickg:hasComponent", ("tracking of emergency department visits", MECH), COMP42_AR_DUTIES),
        S(COMP42_AR_PCMH, "ickg:targetsPopulation", ("high-priority beneficiaries", POP), COMP42_AR_DUTIES),
        S(COMP42_AR_PCMH, "ickg:targetsPopulation", ("attributed Medicaid beneficiaries", POP), COMP42_AR_SAVINGS),
        S(COMP42_AR_PCMH, "ickg:hasFundingModel", ("shared savings", "ickg:SharedSavings"), COMP42_AR_SAVINGS),
        S(("state progress report", STUDY), "ickg:evaluates", COMP42_AR_PCMH, COMP42_AR_REPORT),
        S(COMP42_AR_PCMH, "ickg:hasOutcome", ("most practices met the required activities", OUT), COMP42_AR_REPORT),
        S(COMP42_AR_PCMH, "ickg:hasOutcome", ("spending per beneficiary rose more slowly than projected", OUT),
          COMP42_AR_REPORT),
        S(COMP42_AR_PCMH, "ickg:facesBarrier", ("heavy reporting workload for small rural practices", BAR),
          "Several small rural practices told us that the reporting workload was heavy and that they had no staff to "
          "spare for it."),
    ])

COMP42_POSSIBLE = {"label": "Possible", "type": CM, "types_accept": [ORG]}
COMP42_NP_RUN = ("Since 2009 Possible has run Bayalpata Hospital there in a public-private partnership with the "
                 "Government of Nepal's Ministry of Health, which now pays a growing share of the running costs.")
COMP42_NP_THROUGH = ("It reaches families through community health workers and an electronic health record shared by the "
                     "hospital and its clinics.")
COMP42_NP_FOLLOWS = ("She follows pregnant women, newborns and children under five, and people with chronic diseases such "
                     "as hypertension, diabetes and depression.")
COMP42_NP_OTHER = ("Other components are group antenatal care, in which expectant mothers meet a nurse-midwife in their own "
                   "village, and a mental health service led by a psychiatrist by telephone.")
COMP42_NP_RESULTS = ("Our records show that more women gave birth in a health facility, and that more patients with "
                     "hypertension had their blood pressure under control.")
DOCUMENTS["train-comp42-donorletter-nepal-possible.txt"] = dict(
    style="charity-supporter-letter",
    metadata={"title": "Supporter update", "authors": [{"family": "Bhandari", "given": "Sita", "initials": "S"}],
              "date": None, "year": 2017, "journal": None, "publisher": "Possible",
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:Letter",
              "type_accept": ["fabio:NewsItem", "fabio:ReportDocument"]},
    jurisdictions=[E("Achham", "ickg:Region"), E("Nepal", "ickg:Country", [r"re:\bNepal\b(?!'s Ministry)"]),
                   E("Dolakha", "ickg:Region"), E("Kathmandu", "ickg:Municipality")],
    organizations=[E("Possible", ORG, [r"re:\bPossible\b"], types_accept=[CM]),
                   E("Bayalpata Hospital", ORG),
                   E("Ministry of Health", ORG, ["Ministry of Health", "Ministry"]),
                   E("Government of Nepal", ORG),
                   E("Female Community Health Volunteers", ORG, types_accept=[PROG]),
                   E("Charikot Hospital", ORG)],
    programs=[E("Possible", CM, [r"re:\bPossible\b"], types_accept=[ORG])],
    populations=[E("pregnant women", POP), E("newborns", POP), E("children under five", POP),
                 E("people with chronic diseases", POP), E("expectant mothers", POP)],
    conditions=[E("hypertension", COND), E("diabetes", COND), E("depression", COND)],
    concepts=[C("electronic health record", "ickg:SharedInformationSystem")],
    statements=[
        S(COMP42_POSSIBLE, "ickg:yearEstablished", 2009, COMP42_NP_RUN),
        S(COMP42_POSSIBLE, "ickg:locatedIn", ("Achham", "ickg:Region"), COMP42_NP_RUN),
        S(COMP42_POSSIBLE, "ickg:hasPartner", ("Ministry of Health", ORG), COMP42_NP_RUN),
        S(COMP42_POSSIBLE, "ickg:hasFundingModel",
          ("the Ministry of Health pays a growing share of the running costs", "ickg:FundingModel"), COMP42_NP_RUN),
        S(COMP42_POSSIBLE, "ickg:hasComponent", ("free care at the hospital for everyone", MECH),
          "Care at the hospital is free for everyone who comes."),
        S(COMP42_POSSIBLE, "ickg:hasComponent", ("community health workers", MECH), COMP42_NP_THROUGH),
        S(COMP42_POSSIBLE, "ickg:hasComponent",
          ("electronic health record shared by the hospital and its clinics", "ickg:SharedInformationSystem"),
          COMP42_NP_THROUGH),
        S(COMP42_POSSIBLE, "ickg:hasComponent", ("visits to every household by a woman from the village", MECH),
          "Each community health worker is a woman from the village she serves, hired, trained and paid by Possible, "
          "who visits every household on her list."),
        S(COMP42_POSSIBLE, "ickg:targetsPopulation", ("pregnant women", POP), COMP42_NP_FOLLOWS),
        S(COMP42_POSSIBLE, "ickg:targetsPopulation", ("newborns", POP), COMP42_NP_FOLLOWS),
        S(COMP42_POSSIBLE, "ickg:targetsPopulation", ("children under five", POP), COMP42_NP_FOLLOWS),
        S(COMP42_POSSIBLE, "ickg:targetsPopulation", ("people with chronic diseases", POP), COMP42_NP_FOLLOWS),
        S(COMP42_POSSIBLE, "ickg:focusesOnCondition", ("hypertension", COND), COMP42_NP_FOLLOWS),
        S(COMP42_POSSIBLE, "ickg:focusesOnCondition", ("diabetes", COND), COMP42_NP_FOLLOWS),
        S(COMP42_POSSIBLE, "ickg:focusesOnCondition", ("depression", COND), COMP42_NP_FOLLOWS),
        S(COMP42_POSSIBLE, "ickg:hasPartner", ("Female Community Health Volunteers", ORG),
          "She works alongside the government's Female Community Health Volunteers."),
        S(COMP42_POSSIBLE, "ickg:hasComponent", ("group antenatal care", MECH), COMP42_NP_OTHER),
        S(COMP42_POSSIBLE, "ickg:targetsPopulation", ("expectant mothers", POP), COMP42_NP_OTHER),
        S(COMP42_POSSIBLE, "ickg:hasComponent", ("mental health service led by a psychiatrist by telephone", MECH),
          COMP42_NP_OTHER),
        S(COMP42_POSSIBLE, "ickg:hasOutcome", ("more women gave birth in a health facility", OUT), COMP42_NP_RESULTS),
        S(COMP42_POSSIBLE, "ickg:hasOutcome",
          ("more patients with hypertension had their blood pressure under control", OUT), COMP42_NP_RESULTS),
        S(COMP42_POSSIBLE, "ickg:facesBarrier", ("roads wash out in the monsoon", BAR),
          "Roads wash out in the monsoon and medicines arrive late."),
        S(COMP42_POSSIBLE, "ickg:facesBarrier", ("medicines arrive late", BAR),
          "Roads wash out in the monsoon and medicines arrive late."),
        S(COMP42_POSSIBLE, "ickg:facesBarrier", ("doctors move to Kathmandu after a year or two", BAR),
          "We lose doctors who move to Kathmandu after a year or two."),
        S(COMP42_POSSIBLE, "ickg:hasGoal", ("bring the same model to more municipalities of Achham", GOAL),
          "With the Ministry we plan to bring the same model to more municipalities of Achham.", ("plan to", ASPIRATIONAL)),
    ])

COMP42_CHEN = {"label": "ChenMed", "type": CM, "types_accept": [ORG]}
COMP42_CM_WHO = ("Our patients are moderate- to low-income seniors, most of them Medicare Advantage members with several "
                 "chronic conditions such as diabetes, heart failure and chronic obstructive pulmonary disease.")
COMP42_CM_FOUNDED = "ChenMed was founded in Miami in 1985 by Dr. James Chen."
COMP42_CM_TEAM = "Each physician works with a care team of a medical assistant, a care promoter and a nurse."
DOCUMENTS["train-comp42-staffemail-chenmed.txt"] = dict(
    style="staff-welcome-email",
    metadata={"title": "Welcome to ChenMed: how we care for our patients",
              "authors": [{"family": "Ortega", "given": "Luis", "initials": "L"}],
              "date": "2019-01-14", "year": 2019, "journal": None, "publisher": None,
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:Letter"},
    jurisdictions=[E("Miami", "ickg:Municipality", [r"re:\bMiami\b(?! Gardens)"]),
                   E("Miami Gardens", "ickg:Municipality"), E("Hialeah", "ickg:Municipality")],
    organizations=[E("ChenMed", ORG, types_accept=[CM]),
                   E("Medicare Advantage health plans", ORG)],
    programs=[E("ChenMed", CM, types_accept=[ORG]),
              E("Medicare Advantage", PROG, [r"re:Medicare Advantage(?! health plans)"])],
    populations=[E("moderate- to low-income seniors", POP),
                 E("Medicare Advantage members with several chronic conditions", POP)],
    conditions=[E("diabetes", COND), E("heart failure", COND), E("chronic obstructive pulmonary disease", COND)],
    concepts=[C("capitation", "ickg:Capitation", ["full-risk capitation"], accept=["kodner:prepaid-capitation"]),
              C("care team", "ickg:InterdisciplinaryTeam")],
    statements=[
        S(COMP42_CHEN, "ickg:targetsPopulation", ("moderate- to low-income seniors", POP), COMP42_CM_WHO),
        S(COMP42_CHEN, "ickg:targetsPopulation", ("Medicare Advantage members with several chronic conditions", POP),
          COMP42_CM_WHO),
        S(COMP42_CHEN, "ickg:focusesOnCondition", ("diabetes", COND), COMP42_CM_WHO),
        S(COMP42_CHEN, "ickg:focusesOnCondition", ("heart failure", COND), COMP42_CM_WHO),
        S(COMP42_CHEN, "ickg:focusesOnCondition", ("chronic obstructive pulmonary disease", COND), COMP42_CM_WHO),
        S(COMP42_CHEN, "ickg:yearEstablished", 1985, COMP42_CM_FOUNDED),
        S(COMP42_CHEN, "ickg:locatedIn", ("Miami", "ickg:Municipality"), COMP42_CM_FOUNDED),
        S(COMP42_CHEN, "ickg:hasFundingModel", ("full-risk capitation", "ickg:Capitation"),
          "Today we are paid through full-risk capitation by Medicare Advantage health plans"),
        S(COMP42_CHEN, "ickg:hasComponent", ("small panels of about 400 patients per primary care physician", MECH),
          "small panels of about 400 patients per primary care physician, instead of the usual 2,000"),
        S(COMP42_CHEN, "ickg:hasComponent", ("a visit at least once a month for the sickest patients", MECH),
          "a visit at least once a month for our sickest patients"),
        S(COMP42_CHEN, "ickg:hasComponent", ("medications dispensed in the center", MECH),
          "medications dispensed in the center at the end of the visit"),
        S(COMP42_CHEN, "ickg:hasComponent", ("door-to-door transportation", MECH),
          "door-to-door transportation to and from every appointment"),
        S(COMP42_CHEN, "ickg:hasComponent", ("same-day appointments", MECH),
          "same-day appointments and a doctor on call at all hours"),
        S(COMP42_CHEN, "ickg:hasComponent", ("a doctor on call at all hours", MECH),
          "same-day appointments and a doctor on call at all hours"),
        S(COMP42_CHEN, "ickg:hasComponent", ("care team of a medical assistant, a care promoter and a nurse",
                                             "ickg:InterdisciplinaryTeam"), COMP42_CM_TEAM),
        S(COMP42_CHEN, "ickg:hasComponent", ("morning huddle to review patients admitted or seen in the emergency department",
                                             MECH),
          "Every morning the team meets in a huddle to review patients who were admitted or seen in the emergency "
          "department overnight."),
        S(COMP42_CHEN, "ickg:hasComponent", ("specialists in cardiology and podiatry on site", MECH),
          "Specialists in cardiology and podiatry see patients on site."),
        S(COMP42_CHEN, "ickg:hasOutcome",
          ("hospital admission rates well below those of comparable Medicare patients", OUT),
          "Our hospital admission rates are well below those of comparable Medicare patients"),
        S(COMP42_CHEN, "ickg:facesBarrier", ("time it takes to get to know a full panel of complex patients", BAR),
          "The hardest part, new doctors say, is the time it takes to get to know a full panel of complex patients in "
          "the first months."),
    ])


# A fourth, written after the rule changes (at bb35877) and committed before the extractor first ran on it, to check
# them on a document they were not taken from.
COMP42_CNCM = {"label": "community nurse case managers", "type": CM,
               "aliases": ["community nurse case manager", "case managers", "case manager"]}
COMP42_AN_CREATED = "The Andalusian Health Service created the role in 2002"
COMP42_AN_CASELOAD = ("Their caseload is people confined to their homes with complex needs, patients receiving palliative "
                      "care, and the family caregivers who look after them")
COMP42_AN_ARRANGES = ("She then arranges what the family lacks: an adapted bed, a wheelchair or a hoist on loan, home help "
                      "from the municipal social services, or a place in a respite programme.")
COMP42_AN_STUDY = ("A controlled study in primary care districts found that patients of case managers got access to "
                   "equipment and services sooner and that the burden reported by their caregivers was lower than in "
                   "comparison districts.")
DOCUMENTS["train-comp42-profile-andalusia-nurse-case-managers.txt"] = dict(
    style="nursing-magazine-practice-profile",
    metadata={"title": "Seville: the nurses who hold the threads together",
              "authors": [{"family": "Herrera", "given": "Lucía", "initials": "L"}],
              "date": None, "year": None, "journal": None, "publisher": "Nursing Practice Today",
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:NewsItem",
              "type_accept": ["fabio:JournalArticle"]},
    jurisdictions=[E("Seville", "ickg:Municipality"),
                   E("Andalusia", "ickg:Region", types_accept=["ickg:ProvinceOrState"])],
    organizations=[E("Nursing Practice Today", ORG, ["NURSING PRACTICE TODAY"]),
                   E("Andalusian Health Service", ORG),
                   E("health centre", ORG, ["health centre"]),
                   E("municipal social services", ORG)],
    programs=[E("community nurse case managers", CM, ["community nurse case manager"],
                aliases=["community nurse case manager", "case managers", "case manager"])],
    populations=[E("people confined to their homes with complex needs", POP),
                 E("patients receiving palliative care", POP), E("family caregivers", POP),
                 E("families caring for dependent relatives at home", POP)],
    conditions=[E("heart failure", COND)],
    concepts=[C("case management", "ickg:CaseManagement", ["community nurse case manager", "case managers"])],
    statements=[
        S(COMP42_CNCM, "ickg:initiatedBy", ("Andalusian Health Service", ORG), COMP42_AN_CREATED),
        S(COMP42_CNCM, "ickg:yearEstablished", 2002, COMP42_AN_CREATED),
        S(COMP42_CNCM, "ickg:targetsPopulation", ("families caring for dependent relatives at home", POP),
          "as part of the regional government's plan to support families caring for dependent relatives at home"),
        S(COMP42_CNCM, "ickg:locatedIn", ("Andalusia", "ickg:Region"),
          "Today every primary care district in Andalusia has these nurses"),
        S(COMP42_CNCM, "ickg:hasComponent",
          ("case managers working from a health centre alongside family doctors and family nurses",
           "ickg:InterdisciplinaryTeam"),
          "each working from a health centre alongside family doctors and family nurses"),
        S(COMP42_CNCM, "ickg:hasComponent", ("telephone call to the family the morning after discharge", MECH),
          "the person who phones his daughter the next morning is often not a doctor but a community nurse case manager"),
        S(COMP42_CNCM, "ickg:targetsPopulation", ("people confined to their homes with complex needs", POP),
          COMP42_AN_CASELOAD),
        S(COMP42_CNCM, "ickg:targetsPopulation", ("patients receiving palliative care", POP), COMP42_AN_CASELOAD),
        S(COMP42_CNCM, "ickg:targetsPopulation", ("family caregivers", POP), COMP42_AN_CASELOAD),
        S(COMP42_CNCM, "ickg:hasComponent",
          ("home visit with a full assessment of the patient's and the caregiver's needs", "ickg:StandardizedAssessment"),
          "A case manager visits the home to carry out a full assessment of the patient's and the caregiver's needs."),
        S(COMP42_CNCM, "ickg:hasComponent", ("an adapted bed, a wheelchair or a hoist on loan", MECH), COMP42_AN_ARRANGES),
        S(COMP42_CNCM, "ickg:hasComponent", ("home help from the municipal social services", MECH), COMP42_AN_ARRANGES),
        S(COMP42_CNCM, "ickg:hasPartner", ("municipal social services", ORG), COMP42_AN_ARRANGES),
        S(COMP42_CNCM, "ickg:hasComponent", ("place in a respite programme", MECH), COMP42_AN_ARRANGES),
        S(COMP42_CNCM, "ickg:hasComponent", ("discharge plan agreed with the hospital liaison nurse", "ickg:CarePlanning"),
          "Before a discharge, she agrees the plan by telephone with the hospital liaison nurse"),
        S(COMP42_CNCM, "ickg:hasComponent", ("training workshops for caregivers", MECH),
          "Caregivers are offered training workshops on moving patients safely and on looking after themselves."),
        S(COMP42_CNCM, "ickg:hasGoal",
          ("stop families falling through the gaps between the hospital, the health centre and social services", GOAL),
          "My job is to stop families falling through the gaps between the hospital, the health centre and social services"),
        S(("controlled study", STUDY), "ickg:evaluates", COMP42_CNCM, COMP42_AN_STUDY),
        S(COMP42_CNCM, "ickg:hasOutcome", ("patients got access to equipment and services sooner", OUT), COMP42_AN_STUDY),
        S(COMP42_CNCM, "ickg:hasOutcome", ("burden reported by caregivers was lower", OUT), COMP42_AN_STUDY),
        S(COMP42_CNCM, "ickg:facesBarrier", ("caseloads have grown faster than the number of posts", BAR),
          "Caseloads have grown faster than the number of posts"),
        S(COMP42_CNCM, "ickg:facesBarrier", ("case managers in rural districts spend much of their day driving", BAR),
          "case managers in rural districts spend much of their day driving"),
    ])


# --- held out by helper subj42 (issue 12, session 42: the program a statement is about) -----------------------------
# Written and committed before the extractor first ran on them or any subject rule changed.
SUBJ42_BRIDGE = {"label": "Bridge Model", "type": CM, "aliases": ["Bridge"]}
SUBJ42_CCTP = {"label": "Community-based Care Transitions Program", "type": PI}
SUBJ42_BR_ORIGIN = "It was developed in 2007 by the Health and Aging team at Rush University Medical Center in Chicago, Illinois"
SUBJ42_BR_SERVES = ("Bridge serves older adults discharged from hospital to their homes, especially patients who live alone or "
                    "depend on a family caregiver, and patients with limited access to community services.")
SUBJ42_BR_PHASE3 = ("Phase three is follow-up for thirty days, in which the coordinator links the patient to the local Area "
                    "Agency on Aging and to home-delivered meals or home care.")
DOCUMENTS["train-subj42-trainingmanual-bridge-model.txt"] = dict(
    style="training-manual-module",
    metadata={"title": "Bridge Care Coordinator Orientation Manual", "authors": [],
              "date": None, "year": None, "journal": None, "publisher": "Rush University Medical Center",
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:InstructionalWork",
              "type_accept": ["fabio:ReportDocument"]},
    jurisdictions=[E("Chicago", "ickg:Municipality"), E("Illinois", "ickg:ProvinceOrState")],
    organizations=[E("Rush University Medical Center", ORG, aliases=["Rush"]),
                   E("Illinois Transitional Care Consortium", ORG),
                   E("community agencies on aging", ORG),
                   E("Area Agency on Aging", ORG)],
    programs=[E("Bridge Model", CM, ["Bridge Model", r"re:\bBridge\b(?! Model| Care Coordinator| care coordinator| patients| sites)"],
                aliases=["Bridge"]),
              E("Community-based Care Transitions Program", PI)],
    populations=[E("older adults discharged from hospital to their homes", POP),
                 E("patients who live alone", POP),
                 E("patients who depend on a family caregiver", POP, ["depend on a family caregiver"]),
                 E("patients with limited access to community services", POP)],
    conditions=[],
    concepts=[C("care coordination", "ickg:CareCoordination", ["care coordinator"])],
    statements=[
        S(SUBJ42_BRIDGE, "ickg:yearEstablished", 2007, SUBJ42_BR_ORIGIN),
        S(SUBJ42_BRIDGE, "ickg:initiatedBy", ("Rush University Medical Center", ORG), SUBJ42_BR_ORIGIN),
        S(SUBJ42_BRIDGE, "ickg:locatedIn", ("Chicago", "ickg:Municipality"), SUBJ42_BR_ORIGIN),
        S(("Chicago", "ickg:Municipality"), "ickg:partOf", ("Illinois", "ickg:ProvinceOrState"), "Chicago, Illinois"),
        S(SUBJ42_BRIDGE, "ickg:hasGoal", ("help older adults move safely from hospital to home", GOAL),
          "to help older adults move safely from hospital to home"),
        S(SUBJ42_BRIDGE, "ickg:operatedBy", ("Illinois Transitional Care Consortium", ORG),
          "The model is now maintained by the Illinois Transitional Care Consortium"),
        S(SUBJ42_BRIDGE, "ickg:hasPartner", ("community agencies on aging", ORG),
          "in which Rush works with community agencies on aging"),
        S(SUBJ42_BRIDGE, "ickg:targetsPopulation", ("older adults discharged from hospital to their homes", POP), SUBJ42_BR_SERVES),
        S(SUBJ42_BRIDGE, "ickg:targetsPopulation", ("patients who live alone", POP), SUBJ42_BR_SERVES),
        S(SUBJ42_BRIDGE, "ickg:targetsPopulation", ("patients who depend on a family caregiver", POP), SUBJ42_BR_SERVES),
        S(SUBJ42_BRIDGE, "ickg:targetsPopulation", ("patients with limited access to community services", POP), SUBJ42_BR_SERVES),
        S(SUBJ42_BRIDGE, "ickg:hasComponent",
          ("care coordinator's visit on the ward before discharge to review the discharge plan", "ickg:CarePlanning"),
          "Phase one begins before discharge: the Bridge care coordinator meets the patient on the ward, reviews the "
          "discharge plan and checks that follow-up appointments are made."),
        S(SUBJ42_BRIDGE, "ickg:hasComponent", ("telephone assessment within two business days of discharge",
                                               "ickg:StandardizedAssessment"),
          "Phase two is a telephone assessment within two business days of discharge"),
        S(SUBJ42_BRIDGE, "ickg:hasComponent", ("follow-up for thirty days linking the patient to community services", MECH),
          SUBJ42_BR_PHASE3),
        S(SUBJ42_BRIDGE, "ickg:hasPartner", ("Area Agency on Aging", ORG), SUBJ42_BR_PHASE3),
        S(SUBJ42_BRIDGE, "ickg:hasComponent", ("master's-level social worker as care coordinator", "ickg:CaseManagement"),
          "Every Bridge care coordinator is a master's-level social worker."),
        S(SUBJ42_BRIDGE, "ickg:hasComponent", ("single point of contact for the patient and family after discharge", MECH),
          "you are the single point of contact for the patient and family after discharge"),
        S(("internal review", STUDY), "ickg:evaluates", SUBJ42_BRIDGE, "In our internal review of the last year"),
        S(SUBJ42_BRIDGE, "ickg:hasOutcome", ("readmissions within 30 days were lower", OUT),
          "readmissions within 30 days were lower among Bridge patients than among similar patients who declined the service"),
        S(SUBJ42_BRIDGE, "ickg:facesBarrier", ("coordinators cannot always reach patients by telephone", BAR),
          "coordinators cannot always reach patients by telephone"),
        S(SUBJ42_BRIDGE, "ickg:facesBarrier", ("some hospitals do not fund the role after grant funding ends", BAR),
          "some hospitals do not fund the role after grant funding ends"),
        S(SUBJ42_CCTP, "ickg:hasFundingModel", ("payment to community organizations for each discharged patient served",
                                                "ickg:FeeForService"),
          "which paid community organizations for each discharged patient they served"),
    ])

SUBJ42_SYMPHONY = {"label": "Symphony Programme", "type": CM, "aliases": ["Symphony"], "types_accept": [PI]}
SUBJ42_SY_PARTNERS = ("It brings together Yeovil District Hospital NHS Foundation Trust, Somerset Clinical Commissioning "
                      "Group, Somerset County Council and local GP practices.")
SUBJ42_SY_HUB = ("The best-known part of the programme is the complex care hub in Yeovil, which looks after people with "
                 "three or more long-term conditions.")
SUBJ42_SY_COACH = ("Each patient there has a health coach, who helps them set their own goals, and a care plan agreed "
                   "with a GP and a nurse.")
SUBJ42_SY_SHS = ("In 2016 the hospital set up Symphony Healthcare Services, a subsidiary company that now runs several GP "
                 "practices that had struggled to recruit partners.")
DOCUMENTS["train-subj42-listeningreport-somerset-symphony.txt"] = dict(
    style="patient-panel-listening-report",
    metadata={"title": "What you told us: our listening report on the Symphony Programme", "authors": [],
              "date": "2017-06", "year": 2017, "journal": None, "publisher": "South Somerset Patients' Panel",
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:ReportDocument"},
    jurisdictions=[E("South Somerset", "ickg:Region"), E("Yeovil", "ickg:Municipality")],
    organizations=[E("South Somerset Patients' Panel", ORG), E("NHS England", ORG),
                   E("Yeovil District Hospital NHS Foundation Trust", ORG),
                   E("Somerset Clinical Commissioning Group", ORG), E("Somerset County Council", ORG),
                   E("local GP practices", ORG), E("Symphony Healthcare Services", ORG),
                   E("vanguard partners", ORG)],
    programs=[E("Symphony Programme", CM, ["Symphony Programme"], aliases=["Symphony"], types_accept=[PI]),
              E("New Care Models programme", PI)],
    populations=[E("people with three or more long-term conditions", POP)],
    conditions=[],
    concepts=[C("care planning", "ickg:CarePlanning", ["care plan"])],
    statements=[
        S(SUBJ42_SYMPHONY, "ickg:yearEstablished", 2015,
          "The Symphony Programme was chosen by NHS England in March 2015 as one of its vanguards"),
        S(SUBJ42_SYMPHONY, "ickg:locatedIn", ("South Somerset", "ickg:Region"),
          "Since 2015 many people in South Somerset have been looked after in a new way."),
        S(SUBJ42_SYMPHONY, "ickg:hasPartner", ("Yeovil District Hospital NHS Foundation Trust", ORG), SUBJ42_SY_PARTNERS),
        S(SUBJ42_SYMPHONY, "ickg:hasPartner", ("Somerset Clinical Commissioning Group", ORG), SUBJ42_SY_PARTNERS),
        S(SUBJ42_SYMPHONY, "ickg:hasPartner", ("Somerset County Council", ORG), SUBJ42_SY_PARTNERS),
        S(SUBJ42_SYMPHONY, "ickg:hasPartner", ("local GP practices", ORG), SUBJ42_SY_PARTNERS),
        S(SUBJ42_SYMPHONY, "ickg:hasComponent", ("complex care hub in Yeovil", "ickg:CareCoordination"), SUBJ42_SY_HUB),
        S(SUBJ42_SYMPHONY, "ickg:targetsPopulation", ("people with three or more long-term conditions", POP), SUBJ42_SY_HUB),
        S(SUBJ42_SYMPHONY, "ickg:hasComponent", ("health coach who helps patients set their own goals", MECH), SUBJ42_SY_COACH),
        S(SUBJ42_SYMPHONY, "ickg:hasComponent", ("care plan agreed with a GP and a nurse", "ickg:CarePlanning"), SUBJ42_SY_COACH),
        S(SUBJ42_SYMPHONY, "ickg:hasComponent", ("enhanced primary care with longer appointments and more help at home", MECH),
          "Practices in the area also offer enhanced primary care, with longer appointments and more help at home."),
        S(("Symphony Healthcare Services", ORG), "org:subOrganizationOf",
          ("Yeovil District Hospital NHS Foundation Trust", ORG), SUBJ42_SY_SHS),
        S(SUBJ42_SYMPHONY, "ickg:hasComponent", ("GP practices run by a hospital subsidiary", MECH), SUBJ42_SY_SHS),
        S(("listening exercise with patients and carers", STUDY), "ickg:evaluates", SUBJ42_SYMPHONY,
          "We spoke with 64 patients and carers."),
        S(("listening exercise with patients and carers", STUDY), "ickg:sampleSize", 64,
          "We spoke with 64 patients and carers."),
        S(SUBJ42_SYMPHONY, "ickg:hasOutcome", ("the hub treated patients' conditions together", OUT),
          "Most said the hub was the first service that treated their conditions together."),
        S(SUBJ42_SYMPHONY, "ickg:hasOutcome", ("patients went to the emergency department less often", OUT),
          "People said they went to the emergency department less often."),
        S(SUBJ42_SYMPHONY, "ickg:facesBarrier", ("hard to get an appointment at the practices run by the subsidiary", BAR),
          "Several people found it hard to get an appointment at the practices run by the subsidiary"),
        S(SUBJ42_SYMPHONY, "ickg:facesBarrier", ("the new services were never explained to carers", BAR),
          "some carers said the new services were never explained to them"),
        S(SUBJ42_SYMPHONY, "ickg:facesBarrier", ("staff turnover in the hub", BAR),
          "Staff turnover in the hub also worried patients."),
        S(("tell patients and carers clearly which services they can use", REC), "ickg:addressedTo",
          ("vanguard partners", ORG),
          "The vanguard partners should tell patients and carers clearly which services they can use"),
        S(("publish waiting times for the practices it runs", REC), "ickg:addressedTo",
          ("Yeovil District Hospital NHS Foundation Trust", ORG),
          "the hospital should publish waiting times for the practices it runs"),
    ])

SUBJ42_LWNA = {"label": "Living Well Network Alliance", "type": CM, "types_accept": [PI]}
SUBJ42_LWC = {"label": "Lambeth Living Well Collaborative", "type": PI}
SUBJ42_LW_PARTNERS = ("The Living Well Network Alliance brings together NHS Lambeth Clinical Commissioning Group, Lambeth "
                      "Council, South London and Maudsley NHS Foundation Trust, Certitude and Thames Reach.")
SUBJ42_LW_SERVES = ("The alliance serves adults in Lambeth with mental health needs, including people with severe mental "
                    "illness.")
SUBJ42_LW_PAID = ("The partners share one budget and are paid against outcomes agreed with people who use services, rather "
                  "than for activity.")
SUBJ42_LW_GOALS = ("We want fewer people placed in hospital beds outside the borough and shorter waits for people in "
                   "crisis.")
DOCUMENTS["train-subj42-commissioning-lambeth-living-well.txt"] = dict(
    style="commissioning-intentions-summary",
    metadata={"title": "Commissioning intentions 2019/20: summary for providers", "authors": [],
              "date": None, "year": None, "journal": None,
              "publisher": "NHS Lambeth Clinical Commissioning Group",
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:ReportDocument"},
    jurisdictions=[E("Lambeth", "ickg:Municipality", [r"re:\bLambeth\b(?! Clinical| Council| Living)"],
                     types_accept=["ickg:Region"])],
    organizations=[E("NHS Lambeth Clinical Commissioning Group", ORG), E("Lambeth Council", ORG),
                   E("South London and Maudsley NHS Foundation Trust", ORG), E("Certitude", ORG),
                   E("Thames Reach", ORG)],
    programs=[E("Living Well Network Alliance", CM, types_accept=[PI]),
              E("Lambeth Living Well Collaborative", PI)],
    populations=[E("adults in Lambeth with mental health needs", POP),
                 E("people with severe mental illness", POP)],
    conditions=[],
    concepts=[C("single entry point", "ickg:SingleEntryPoint", ["single point of access"]),
              C("pooled budget", "ickg:PooledBudget", ["share one budget"])],
    statements=[
        S(SUBJ42_LWNA, "ickg:yearEstablished", 2018,
          "Since 1 April 2018 most adult mental health services in Lambeth have been commissioned through one alliance contract."),
        S(SUBJ42_LWNA, "ickg:locatedIn", ("Lambeth", "ickg:Municipality"),
          "Since 1 April 2018 most adult mental health services in Lambeth have been commissioned through one alliance contract."),
        S(SUBJ42_LWNA, "ickg:hasFundingModel", ("one alliance contract", "ickg:FundingModel"),
          "commissioned through one alliance contract"),
        S(SUBJ42_LWNA, "ickg:hasPartner", ("NHS Lambeth Clinical Commissioning Group", ORG), SUBJ42_LW_PARTNERS),
        S(SUBJ42_LWNA, "ickg:hasPartner", ("Lambeth Council", ORG), SUBJ42_LW_PARTNERS),
        S(SUBJ42_LWNA, "ickg:hasPartner", ("South London and Maudsley NHS Foundation Trust", ORG), SUBJ42_LW_PARTNERS),
        S(SUBJ42_LWNA, "ickg:hasPartner", ("Certitude", ORG), SUBJ42_LW_PARTNERS),
        S(SUBJ42_LWNA, "ickg:hasPartner", ("Thames Reach", ORG), SUBJ42_LW_PARTNERS),
        S(SUBJ42_LWC, "ickg:yearEstablished", 2011,
          "the Lambeth Living Well Collaborative, a partnership of commissioners, providers and people who use services "
          "that began in 2011"),
        S(SUBJ42_LWNA, "ickg:targetsPopulation", ("adults in Lambeth with mental health needs", POP), SUBJ42_LW_SERVES),
        S(SUBJ42_LWNA, "ickg:targetsPopulation", ("people with severe mental illness", POP), SUBJ42_LW_SERVES),
        S(SUBJ42_LWNA, "ickg:hasComponent", ("Living Well Network Hub, a single point of access open to self-referral",
                                             "ickg:SingleEntryPoint"),
          "Its front door is the Living Well Network Hub, a single point of access that anyone can phone, including "
          "people referring themselves."),
        S(SUBJ42_LWNA, "ickg:hasComponent", ("three neighbourhood teams giving focused support close to home",
                                             "ickg:InterdisciplinaryTeam"),
          "Three neighbourhood teams give focused support close to home"),
        S(SUBJ42_LWNA, "ickg:hasComponent", ("peer supporters with their own experience of mental illness", MECH),
          "the staff include peer supporters with their own experience of mental illness"),
        S(SUBJ42_LWNA, "ickg:hasFundingModel", ("one shared budget", "ickg:PooledBudget"), SUBJ42_LW_PAID),
        S(SUBJ42_LWNA, "ickg:hasFundingModel", ("payment against outcomes agreed with people who use services",
                                                "ickg:FundingModel"), SUBJ42_LW_PAID),
        S(SUBJ42_LWNA, "ickg:hasFundingModel", ("risk and reward shared across the alliance", "ickg:FundingModel"),
          "Risk and reward are shared across the alliance."),
        S(SUBJ42_LWNA, "ickg:hasGoal", ("fewer people placed in hospital beds outside the borough", GOAL), SUBJ42_LW_GOALS),
        S(SUBJ42_LWNA, "ickg:hasGoal", ("shorter waits for people in crisis", GOAL), SUBJ42_LW_GOALS),
        S(SUBJ42_LWNA, "ickg:facesBarrier", ("demand at the hub has risen faster than staffing", BAR),
          "Demand at the hub has risen faster than staffing"),
        S(SUBJ42_LWNA, "ickg:facesBarrier", ("housing shortages delay discharge from hospital", BAR),
          "housing shortages delay discharge from hospital"),
    ])


# --- held out by helper when42 (issue 12, session 42): where and when (locatedIn, yearEstablished, yearEnded); gold
# written and committed before the extractor first ran on these documents or any place or period rule changed.
WHEN42_POPP = ("Partnership for Older People Projects", PP)
WHEN42_WPOPP = {"label": "Westmoor Partnership for Older People Project", "type": PP,
                "aliases": ["Westmoor project"]}
WHEN42_PO_FUNDED = ("The Partnership for Older People Projects (POPP) were pilots funded by the Department of Health in "
                    "England to test ways of keeping older people well and independent at home and out of hospital.")
WHEN42_PO_SITES = ("29 sites shared £60 million, the first 19 from May 2006 and ten more from May 2007")
WHEN42_PO_LAUNCH = "The Westmoor project was launched in May 2006 across the five districts of Westmoor County."
WHEN42_PO_RUN = "It was run by Westmoor County Council with Westmoor Primary Care Trust and Age Concern Westmoor."
WHEN42_PO_OFFER = ("It offered a telephone help line, handyperson visits, falls prevention classes and community link "
                   "workers for people aged 65 and over who live alone.")
WHEN42_PO_END = "The pilot ran until March 2009, when the Department of Health grant ended"
WHEN42_PO_EVAL = ("A national evaluation by the Personal Social Services Research Unit at the University of Kent, published "
                  "in 2010, found that the projects reduced emergency hospital bed days and improved the quality of life "
                  "of the older people who used them.")
DOCUMENTS["train-when42-archive-popp.txt"] = dict(
    style="archive-catalogue-entry",
    metadata={"title": "Records of the Westmoor Partnership for Older People Project", "authors": [],
              "date": None, "year": 2015, "journal": None, "publisher": "Westmoor Record Office",
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:WebPage",
              "type_accept": ["fabio:ReportDocument"]},
    jurisdictions=[E("England", "ickg:Country"),
                   E("Westmoor County", "ickg:Region", [r"re:\bWestmoor County\b(?! Council)"])],
    organizations=[E("Westmoor Record Office", ORG),
                   E("Westmoor County Council", ORG),
                   E("Department of Health", ORG),
                   E("primary care trusts", ORG),
                   E("Westmoor Primary Care Trust", ORG),
                   E("Age Concern Westmoor", ORG),
                   E("Personal Social Services Research Unit", ORG),
                   E("University of Kent", ORG)],
    programs=[E("Partnership for Older People Projects", PP, ["Partnership for Older People Projects", "POPP"],
                aliases=["POPP"]),
              E("Westmoor Partnership for Older People Project", PP,
                ["Westmoor Partnership for Older People Project", "Westmoor project"], aliases=["Westmoor project"])],
    populations=[E("older people", POP, [r"re:\bolder people\b(?! who used)"]),
                 E("people aged 65 and over who live alone", POP)],
    conditions=[],
    concepts=[],
    statements=[
        S(WHEN42_POPP, "ickg:initiatedBy", ("Department of Health", ORG), WHEN42_PO_FUNDED),
        S(WHEN42_POPP, "ickg:locatedIn", ("England", "ickg:Country"), WHEN42_PO_FUNDED),
        S(WHEN42_POPP, "ickg:hasGoal",
          ("keeping older people well and independent at home and out of hospital", GOAL), WHEN42_PO_FUNDED),
        S(WHEN42_POPP, "ickg:targetsPopulation", ("older people", POP), WHEN42_PO_FUNDED),
        S(WHEN42_POPP, "ickg:yearEstablished", 2006, WHEN42_PO_SITES),
        S(WHEN42_POPP, "ickg:hasFundingModel", ("£60 million from the Department of Health", "ickg:FundingModel"),
          WHEN42_PO_SITES),
        S(WHEN42_WPOPP, "ickg:yearEstablished", 2006, WHEN42_PO_LAUNCH),
        S(WHEN42_WPOPP, "ickg:locatedIn", ("Westmoor County", "ickg:Region"), WHEN42_PO_LAUNCH),
        S(WHEN42_WPOPP, "ickg:operatedBy", ("Westmoor County Council", ORG), WHEN42_PO_RUN),
        S(WHEN42_WPOPP, "ickg:hasPartner", ("Westmoor Primary Care Trust", ORG), WHEN42_PO_RUN),
        S(WHEN42_WPOPP, "ickg:hasPartner", ("Age Concern Westmoor", ORG), WHEN42_PO_RUN),
        S(WHEN42_WPOPP, "ickg:hasComponent", ("telephone help line", MECH), WHEN42_PO_OFFER),
        S(WHEN42_WPOPP, "ickg:hasComponent", ("handyperson visits", MECH), WHEN42_PO_OFFER),
        S(WHEN42_WPOPP, "ickg:hasComponent", ("falls prevention classes", MECH), WHEN42_PO_OFFER),
        S(WHEN42_WPOPP, "ickg:hasComponent", ("community link workers", MECH), WHEN42_PO_OFFER),
        S(WHEN42_WPOPP, "ickg:targetsPopulation", ("people aged 65 and over who live alone", POP), WHEN42_PO_OFFER),
        S(WHEN42_WPOPP, "ickg:yearEnded", 2009, WHEN42_PO_END),
        S(WHEN42_WPOPP, "ickg:hasFundingModel", ("Department of Health grant", "ickg:FundingModel"), WHEN42_PO_END),
        S(("national evaluation", STUDY), "ickg:evaluates", WHEN42_POPP, WHEN42_PO_EVAL),
        S(("national evaluation", STUDY), "ickg:conductedBy", ("Personal Social Services Research Unit", ORG),
          WHEN42_PO_EVAL),
        S(WHEN42_POPP, "ickg:hasOutcome", ("reduced emergency hospital bed days", OUT), WHEN42_PO_EVAL),
        S(WHEN42_POPP, "ickg:hasOutcome", ("improved the quality of life of the older people who used them", OUT),
          WHEN42_PO_EVAL),
    ])

WHEN42_HCP = {"label": "House Calls Program", "type": CM}
WHEN42_IAH = ("Independence at Home Demonstration", PP)
WHEN42_HC_START = "In 1996 she started the hospital's House Calls Program"
WHEN42_HC_TEAM = ("in which a physician, a nurse practitioner and a social worker visit housebound older patients, with a "
                  "pager answered around the clock")
WHEN42_HC_AREA = ("Within five years the program cared for about 600 patients across the city and neighboring Henrico "
                  "County.")
WHEN42_IAH_LAUNCH = ("Launched by the Centers for Medicare & Medicaid Services in June 2012, the demonstration pays "
                     "home-based primary care practices a share of the savings they achieve for Medicare beneficiaries "
                     "with multiple chronic conditions and limits in daily activities.")
WHEN42_HC_STUDY = ("A study she led, published in 2009, compared her patients with those of a clinic in Baltimore and found "
                   "that they spent fewer days in hospital.")
DOCUMENTS["train-when42-obituary-house-calls.txt"] = dict(
    style="newspaper-obituary",
    metadata={"title": "Dr. Margaret Ellison, 1941-2021: the doctor who brought the hospital home",
              "authors": [{"family": "Reyes", "given": "Daniel", "initials": "D"}],
              "date": "2021-03-09", "year": 2021, "journal": None, "publisher": "The Richmond Courier",
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:NewsItem"},
    jurisdictions=[E("Richmond", "ickg:Municipality", [r"re:\bRichmond\b(?! Courier)"]),
                   E("Virginia", "ickg:ProvinceOrState"), E("Dayton", "ickg:Municipality"),
                   E("Ohio", "ickg:ProvinceOrState"), E("Boston", "ickg:Municipality"),
                   E("Henrico County", "ickg:Region"), E("Baltimore", "ickg:Municipality")],
    organizations=[E("The Richmond Courier", ORG), E("Johns Hopkins", ORG), E("St. Luke's Hospital", ORG),
                   E("Congress", ORG), E("Centers for Medicare & Medicaid Services", ORG)],
    programs=[E("House Calls Program", CM),
              E("Independence at Home Demonstration", PP),
              E("Medicare", PROG, [r"re:\bMedicare(?= beneficiaries)"])],
    populations=[E("housebound older patients", POP),
                 E("Medicare beneficiaries with multiple chronic conditions and limits in daily activities", POP)],
    conditions=[],
    concepts=[C("shared savings", "ickg:SharedSavings", ["share of the savings"])],
    statements=[
        S(WHEN42_HCP, "ickg:yearEstablished", 1996, WHEN42_HC_START),
        S(WHEN42_HCP, "ickg:operatedBy", ("St. Luke's Hospital", ORG), WHEN42_HC_START),
        S(WHEN42_HCP, "ickg:locatedIn", ("Richmond", "ickg:Municipality"),
          "joining St. Luke's Hospital in Richmond in 1978"),
        S(WHEN42_HCP, "ickg:locatedIn", ("Henrico County", "ickg:Region"), WHEN42_HC_AREA),
        S(WHEN42_HCP, "ickg:hasComponent",
          ("home visits by a physician, a nurse practitioner and a social worker", "ickg:InterdisciplinaryTeam"),
          WHEN42_HC_TEAM),
        S(WHEN42_HCP, "ickg:hasComponent", ("pager answered around the clock", MECH), WHEN42_HC_TEAM),
        S(WHEN42_HCP, "ickg:targetsPopulation", ("housebound older patients", POP), WHEN42_HC_TEAM),
        S(WHEN42_IAH, "ickg:establishedBy", ("Affordable Care Act", "ickg:Legislation"),
          "When Congress wrote the Independence at Home Demonstration into the Affordable Care Act of 2010"),
        S(WHEN42_IAH, "ickg:yearEstablished", 2012, WHEN42_IAH_LAUNCH),
        S(WHEN42_IAH, "ickg:initiatedBy", ("Centers for Medicare & Medicaid Services", ORG), WHEN42_IAH_LAUNCH),
        S(WHEN42_IAH, "ickg:hasFundingModel", ("share of the savings", "ickg:SharedSavings"), WHEN42_IAH_LAUNCH),
        S(WHEN42_IAH, "ickg:targetsPopulation",
          ("Medicare beneficiaries with multiple chronic conditions and limits in daily activities", POP),
          WHEN42_IAH_LAUNCH),
        S(WHEN42_IAH, "ickg:hasOutcome", ("participating practices saved more than $25 million in the first year", OUT),
          "In its first year the participating practices saved more than $25 million"),
        S(("study", STUDY), "ickg:evaluates", WHEN42_HCP, WHEN42_HC_STUDY),
        S(WHEN42_HCP, "ickg:hasOutcome", ("patients spent fewer days in hospital", OUT), WHEN42_HC_STUDY),
    ])

WHEN42_CSI = {"label": "Chronic Care Sustainability Initiative", "type": PP, "aliases": ["CSI-RI"]}
WHEN42_RI_CONVENED = ("In 2008 the Rhode Island Office of the Health Insurance Commissioner convened the Chronic Care "
                      "Sustainability Initiative (CSI-RI)")
WHEN42_RI_PAID = ("Blue Cross & Blue Shield of Rhode Island, UnitedHealthcare, Neighborhood Health Plan of Rhode Island and "
                  "the state's Medicaid program paid the practices a per-member-per-month fee, which funded a nurse care "
                  "manager in each practice.")
DOCUMENTS["train-when42-programme-rhode-island-csi.txt"] = dict(
    style="conference-programme-session",
    metadata={"title": "Paying for the medical home together: multi-payer reform in Rhode Island",
              "authors": [{"family": "Whitfield", "given": "Karen", "initials": "K"},
                          {"family": "Albrecht", "given": "Thomas", "initials": "T"}],
              "date": "2019-10-17", "year": 2019, "journal": None, "publisher": None,
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None,
              "type": "fabio:ConferencePaper", "type_accept": ["fabio:Abstract", "fabio:WebPage"]},
    jurisdictions=[E("Providence", "ickg:Municipality", [r"re:\bProvidence\b(?= Hotel)|(?<=Hotel, )Providence|(?<=Health, )Providence"]),
                   E("Rhode Island", "ickg:ProvinceOrState",
                     [r"re:(?<!of )\bRhode Island\b(?! Office)"]),
                   E("Woonsocket", "ickg:Municipality"), E("United States", "ickg:Country"),
                   E("Vermont", "ickg:ProvinceOrState"), E("Pennsylvania", "ickg:ProvinceOrState")],
    organizations=[E("Brown University School of Public Health", ORG),
                   E("Rhode Island Office of the Health Insurance Commissioner", ORG),
                   E("Blue Cross & Blue Shield of Rhode Island", ORG), E("UnitedHealthcare", ORG),
                   E("Neighborhood Health Plan of Rhode Island", ORG),
                   E("Medicaid", ORG, [r"re:\bMedicaid program\b"], types_accept=[PROG]),
                   E("Care Transformation Collaborative of Rhode Island", ORG, types_accept=[PP])],
    programs=[E("Chronic Care Sustainability Initiative", PP, ["Chronic Care Sustainability Initiative", "CSI-RI"],
                aliases=["CSI-RI"]),
              E("patient-centered medical home", CM, ["patient-centered medical home", "medical home"])],
    populations=[],
    conditions=[],
    concepts=[C("case management", "ickg:CaseManagement", ["nurse care manager", "care managers"])],
    statements=[
        S(WHEN42_CSI, "ickg:yearEstablished", 2008, WHEN42_RI_CONVENED),
        S(WHEN42_CSI, "ickg:initiatedBy", ("Rhode Island Office of the Health Insurance Commissioner", ORG),
          WHEN42_RI_CONVENED),
        S(WHEN42_CSI, "ickg:locatedIn", ("Rhode Island", "ickg:ProvinceOrState"),
          "It began with five primary care practices and grew to include practices in all five counties of the state."),
        S(WHEN42_CSI, "ickg:hasComponent", ("patient-centered medical home", CM),
          "in which the major insurers of a state paid for the patient-centered medical home together"),
        S(WHEN42_CSI, "ickg:hasPartner", ("Blue Cross & Blue Shield of Rhode Island", ORG), WHEN42_RI_PAID),
        S(WHEN42_CSI, "ickg:hasPartner", ("UnitedHealthcare", ORG), WHEN42_RI_PAID),
        S(WHEN42_CSI, "ickg:hasPartner", ("Neighborhood Health Plan of Rhode Island", ORG), WHEN42_RI_PAID),
        S(WHEN42_CSI, "ickg:hasPartner", ("Medicaid", ORG), WHEN42_RI_PAID),
        S(WHEN42_CSI, "ickg:hasFundingModel", ("per-member-per-month fee", "ickg:FundingModel"), WHEN42_RI_PAID),
        S(WHEN42_CSI, "ickg:hasComponent", ("nurse care manager in each practice", "ickg:CaseManagement"),
          WHEN42_RI_PAID),
    ])

# --- held out by helper pop43 (issue 12, session 43): populations and conditions; gold written and committed before
# the extractor first ran on these documents or any population rule changed ------------------------------------------
POP43_SS = {"label": "Strong Start for Mothers and Newborns", "type": PI, "aliases": ["Strong Start"],
            "types_accept": [PP]}
POP43_SS_INTRO = ("Three clinics in the state have been selected as sites of Strong Start for Mothers and Newborns, an "
                  "initiative of the Center for Medicare and Medicaid Innovation (CMS Innovation Center) announced in "
                  "February 2012.")
POP43_SS_WHO = ("The initiative serves pregnant women enrolled in Medicaid or the Children's Health Insurance Program "
                "(CHIP) who are at risk of preterm birth.")
POP43_SS_PRIORITY = ("Sites give priority to women with a previous preterm birth, pregnant teenagers, women who smoke "
                     "during pregnancy and women with chronic hypertension or diabetes.")
POP43_SS_SITES = ("The Eastgate Women's Health Center, a federally qualified health center, runs group prenatal care; "
                  "Riverside Birth Center offers birth center care; and Northside Family Clinic is a maternity care home "
                  "working with the county health department.")
POP43_SS_GOAL = ("Strong Start tests whether enhanced prenatal care can reduce preterm births and improve the health of "
                 "newborns.")
POP43_SS_NATION = ("Nationally, 27 awardees run about 200 sites in 32 states, the District of Columbia and Puerto Rico, "
                   "with about $41 million in awards over four years.")
DOCUMENTS["train-pop43-providerbulletin-strong-start.txt"] = dict(
    style="medicaid-provider-bulletin",
    metadata={"title": "Strong Start for Mothers and Newborns: enhanced prenatal care at three clinics", "authors": [],
              "date": "2013-03-15", "year": 2013, "journal": None, "publisher": "Division of Medicaid Services",
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None,
              "type": "fabio:ReportDocument", "type_accept": ["fabio:WebPage"]},
    jurisdictions=[E("District of Columbia", "ickg:ProvinceOrState"), E("Puerto Rico", "ickg:ProvinceOrState")],
    organizations=[E("Division of Medicaid Services", ORG),
                   E("Center for Medicare and Medicaid Innovation", ORG,
                     ["Center for Medicare and Medicaid Innovation", "CMS Innovation Center"],
                     aliases=["CMS Innovation Center"]),
                   E("Medicaid", ORG, [r"re:\bMedicaid\b(?! Services)(?! and Medicaid)(?! Innovation)"], types_accept=[PI]),
                   E("Children's Health Insurance Program", ORG, ["Children's Health Insurance Program", "CHIP"],
                     aliases=["CHIP"], types_accept=[PI]),
                   E("federally qualified health centers", ORG,
                     ["federally qualified health centers", "federally qualified health center"]),
                   E("Eastgate Women's Health Center", ORG), E("Riverside Birth Center", ORG),
                   E("Northside Family Clinic", ORG), E("county health department", ORG),
                   E("Maternal and Child Health Unit", ORG)],
    programs=[E("Strong Start for Mothers and Newborns", PI, ["Strong Start for Mothers and Newborns", r"re:\bStrong Start\b"],
                aliases=["Strong Start"], types_accept=[PP])],
    populations=[E("pregnant women enrolled in Medicaid or the Children's Health Insurance Program (CHIP) who are at risk "
                   "of preterm birth", POP),
                 E("women with a previous preterm birth", POP),
                 E("pregnant teenagers", POP),
                 E("women who smoke during pregnancy", POP),
                 E("women with chronic hypertension or diabetes", POP),
                 E("newborns", POP, [r"re:\bnewborns\b"])],
    conditions=[E("preterm birth", COND, ["preterm birth", "preterm births"]),
                E("hypertension", COND, ["chronic hypertension"]), E("diabetes", COND),
                E("depression", COND)],
    concepts=[C("care coordinator", "ickg:CareCoordination")],
    statements=[
        S(POP43_SS, "ickg:initiatedBy", ("Center for Medicare and Medicaid Innovation", ORG), POP43_SS_INTRO),
        S(POP43_SS, "ickg:yearEstablished", 2012, POP43_SS_INTRO),
        S(POP43_SS, "ickg:hasGoal", ("reduce preterm births and improve the health of newborns", GOAL), POP43_SS_GOAL),
        S(POP43_SS, "ickg:focusesOnCondition", ("preterm birth", COND), POP43_SS_GOAL),
        S(POP43_SS, "ickg:targetsPopulation", ("newborns", POP), POP43_SS_GOAL),
        S(POP43_SS, "ickg:hasFundingModel", ("about $41 million in awards over four years", "ickg:FundingModel"),
          POP43_SS_NATION),
        S(POP43_SS, "ickg:locatedIn", ("District of Columbia", "ickg:ProvinceOrState"), POP43_SS_NATION),
        S(POP43_SS, "ickg:locatedIn", ("Puerto Rico", "ickg:ProvinceOrState"), POP43_SS_NATION),
        S(POP43_SS, "ickg:targetsPopulation",
          ("pregnant women enrolled in Medicaid or the Children's Health Insurance Program (CHIP) who are at risk of "
           "preterm birth", POP), POP43_SS_WHO),
        S(POP43_SS, "ickg:focusesOnCondition", ("preterm birth", COND), POP43_SS_WHO),
        S(POP43_SS, "ickg:targetsPopulation", ("women with a previous preterm birth", POP), POP43_SS_PRIORITY),
        S(POP43_SS, "ickg:targetsPopulation", ("pregnant teenagers", POP), POP43_SS_PRIORITY),
        S(POP43_SS, "ickg:targetsPopulation", ("women who smoke during pregnancy", POP), POP43_SS_PRIORITY),
        S(POP43_SS, "ickg:targetsPopulation", ("women with chronic hypertension or diabetes", POP), POP43_SS_PRIORITY),
        S(POP43_SS, "ickg:focusesOnCondition", ("hypertension", COND), POP43_SS_PRIORITY),
        S(POP43_SS, "ickg:focusesOnCondition", ("diabetes", COND), POP43_SS_PRIORITY),
        S(POP43_SS, "ickg:hasComponent", ("group prenatal care", MECH),
          "group prenatal care, in which eight to twelve women due in the same month meet with a midwife for ten "
          "two-hour sessions"),
        S(POP43_SS, "ickg:hasComponent", ("care at a birth center, with midwives and peer counselors", MECH),
          "care at a birth center, with midwives and peer counselors"),
        S(POP43_SS, "ickg:hasComponent", ("maternity care homes", MECH),
          "maternity care homes, in which a care coordinator links each woman with housing, nutrition and transport "
          "services"),
        S(POP43_SS, "ickg:hasComponent", ("care coordinator links each woman with housing, nutrition and transport "
                                          "services", "ickg:CareCoordination"),
          "maternity care homes, in which a care coordinator links each woman with housing, nutrition and transport "
          "services"),
        S(POP43_SS, "ickg:hasComponent", ("screening for depression and substance use", MECH),
          "All sites screen for depression and substance use at the first visit and again after delivery."),
        S(POP43_SS, "ickg:hasPartner", ("Eastgate Women's Health Center", ORG), POP43_SS_SITES),
        S(POP43_SS, "ickg:hasPartner", ("Riverside Birth Center", ORG), POP43_SS_SITES),
        S(POP43_SS, "ickg:hasPartner", ("Northside Family Clinic", ORG), POP43_SS_SITES),
        S(POP43_SS, "ickg:hasPartner", ("county health department", ORG), POP43_SS_SITES),
        S(POP43_SS, "ickg:hasFundingModel", ("grant to the awardee", "ickg:FundingModel"),
          "The enhanced services are paid from the awardee's grant and are not billed to Medicaid."),
    ])

POP43_HS = {"label": "HealthySteps", "type": CM}
POP43_HS_WHAT = ("HealthySteps is a national program of ZERO TO THREE that puts a child development specialist on the "
                 "pediatric primary care team.")
POP43_HS_BEGAN = ("It began in 1996 with support from the Commonwealth Fund and the American Academy of Pediatrics, and "
                  "today it runs in more than 200 pediatric and family medicine practices across the United States.")
POP43_HS_WHO = ("Every family with a child from birth to age three who gets well-child care at Riverbend is part of "
                "HealthySteps.")
POP43_HS_MORE = ("Families who need more support get more: first-time parents, parents of babies born early or at a low "
                 "birth weight, families facing food or housing insecurity, and mothers with postpartum depression.")
POP43_HS_TIER3 = ("Comprehensive services. Families of children with developmental delays or behavioral concerns, and "
                  "families under stress, receive ongoing visits with the Specialist, who coordinates with early "
                  "intervention services and community agencies.")
DOCUMENTS["train-pop43-welcomepacket-healthysteps.txt"] = dict(
    style="clinic-welcome-packet",
    metadata={"title": "Welcome to HealthySteps: a guide for new parents", "authors": [], "date": None, "year": None,
              "journal": None, "publisher": "Riverbend Pediatrics", "volume": None, "issue": None, "pages": None,
              "doi": None, "pmid": None, "type": "fabio:WebPage", "type_accept": ["fabio:ReportDocument"]},
    jurisdictions=[E("United States", "ickg:Country")],
    organizations=[E("Riverbend Pediatrics", ORG, ["Riverbend Pediatrics", r"re:\bRiverbend\b(?! Pediatrics)"]),
                   E("ZERO TO THREE", ORG), E("Commonwealth Fund", ORG), E("American Academy of Pediatrics", ORG),
                   E("Hallett Family Foundation", ORG), E("community agencies", ORG)],
    programs=[E("HealthySteps", CM, [r"re:\bHealthySteps\b(?! Specialist)(?! line)"])],
    populations=[E("families with a child from birth to age three", POP, ["family with a child from birth to age three"]),
                 E("first-time parents", POP),
                 E("parents of babies born early or at a low birth weight", POP),
                 E("families facing food or housing insecurity", POP),
                 E("mothers with postpartum depression", POP),
                 E("families of children with developmental delays or behavioral concerns", POP,
                   ["Families of children with developmental delays or behavioral concerns"]),
                 E("families under stress", POP)],
    conditions=[E("postpartum depression", COND), E("developmental delay", COND, ["developmental delays"])],
    concepts=[C("coordinates", "ickg:CareCoordination", ["coordinates with early intervention services"])],
    statements=[
        S(POP43_HS, "ickg:operatedBy", ("ZERO TO THREE", ORG), POP43_HS_WHAT),
        S(POP43_HS, "ickg:hasComponent", ("child development specialist on the pediatric primary care team",
                                          "ickg:InterdisciplinaryTeam"), POP43_HS_WHAT),
        S(POP43_HS, "ickg:yearEstablished", 1996, POP43_HS_BEGAN),
        S(POP43_HS, "ickg:hasPartner", ("Commonwealth Fund", ORG), POP43_HS_BEGAN),
        S(POP43_HS, "ickg:hasPartner", ("American Academy of Pediatrics", ORG), POP43_HS_BEGAN),
        S(POP43_HS, "ickg:locatedIn", ("United States", "ickg:Country"), POP43_HS_BEGAN),
        S(POP43_HS, "ickg:hasPartner", ("Riverbend Pediatrics", ORG),
          "Our practice is a HealthySteps site."),
        S(POP43_HS, "ickg:targetsPopulation", ("families with a child from birth to age three", POP), POP43_HS_WHO),
        S(POP43_HS, "ickg:targetsPopulation", ("first-time parents", POP), POP43_HS_MORE),
        S(POP43_HS, "ickg:targetsPopulation", ("parents of babies born early or at a low birth weight", POP),
          POP43_HS_MORE),
        S(POP43_HS, "ickg:targetsPopulation", ("families facing food or housing insecurity", POP), POP43_HS_MORE),
        S(POP43_HS, "ickg:targetsPopulation", ("mothers with postpartum depression", POP), POP43_HS_MORE),
        S(POP43_HS, "ickg:focusesOnCondition", ("postpartum depression", COND), POP43_HS_MORE),
        S(POP43_HS, "ickg:hasComponent", ("universal screening", "ickg:StandardizedAssessment"),
          "Universal screening. At set visits we check your child's development and social-emotional growth, ask "
          "parents about depression and ask about needs such as food, housing and safety."),
        S(POP43_HS, "ickg:hasComponent", ("short-term support", MECH),
          "Short-term support. If a screen shows a concern, or you have questions about sleep, feeding or behavior, the "
          "Specialist offers a consultation, written guidance and referrals."),
        S(POP43_HS, "ickg:hasComponent", ("comprehensive services", MECH), POP43_HS_TIER3),
        S(POP43_HS, "ickg:targetsPopulation",
          ("families of children with developmental delays or behavioral concerns", POP), POP43_HS_TIER3),
        S(POP43_HS, "ickg:targetsPopulation", ("families under stress", POP), POP43_HS_TIER3),
        S(POP43_HS, "ickg:focusesOnCondition", ("developmental delay", COND), POP43_HS_TIER3),
        S(POP43_HS, "ickg:hasComponent", ("coordination with early intervention services and community agencies",
                                          "ickg:CareCoordination"), POP43_HS_TIER3),
        S(POP43_HS, "ickg:hasPartner", ("community agencies", ORG), POP43_HS_TIER3),
        S(POP43_HS, "ickg:hasFundingModel", ("grant from the Hallett Family Foundation", "ickg:FundingModel"),
          "The program at our practice is funded by a grant from the Hallett Family Foundation and by the practice."),
    ])

POP43_LW = {"label": "Living Well", "type": PP, "types_accept": [CM]}
POP43_PIC = {"label": "Personalised Integrated Care Programme", "type": PI, "types_accept": [CM, PP]}
POP43_LW_BEGAN = ("Living Well began in Penwith in 2014 as a pilot run by Cornwall Council, NHS Kernow Clinical "
                  "Commissioning Group, Volunteer Cornwall and Age UK Cornwall and the Isles of Scilly.")
POP43_LW_MODEL = ("It became the model for Age UK's Personalised Integrated Care Programme, which national Age UK has "
                  "since taken to other parts of England.")
POP43_LW_WHO = ("The service is for older people living with two or more long-term conditions, such as heart failure, "
                "chronic obstructive pulmonary disease or dementia, who are at risk of an unplanned hospital admission.")
POP43_LW_TEAM = ("The coordinator then agrees a plan with the person and brings it to a multidisciplinary team meeting "
                 "with the GP, community nurses and a social worker.")
DOCUMENTS["train-pop43-volunteerpage-age-uk-integrated-care.txt"] = dict(
    style="volunteer-recruitment-page",
    metadata={"title": "Volunteer with us: Living Well befrienders", "authors": [], "date": None, "year": None,
              "journal": None, "publisher": "Age UK Cornwall and the Isles of Scilly", "volume": None, "issue": None,
              "pages": None, "doi": None, "pmid": None, "type": "fabio:WebPage"},
    jurisdictions=[E("Cornwall", "ickg:Region", [r"re:(?<=west )Cornwall\b"]), E("Penwith", "ickg:Region"),
                   E("England", "ickg:Country")],
    organizations=[E("Age UK Cornwall and the Isles of Scilly", ORG), E("Cornwall Council", ORG),
                   E("NHS Kernow Clinical Commissioning Group", ORG), E("Volunteer Cornwall", ORG),
                   E("Age UK", ORG, [r"re:\bAge UK\b(?! Cornwall)(?! coordinator)"]),
                   E("GP practices", ORG)],
    programs=[E("Living Well", PP, [r"re:\bLiving Well\b(?! befriender)"], types_accept=[CM]),
              E("Personalised Integrated Care Programme", PI, types_accept=[CM, PP])],
    populations=[E("older people living with two or more long-term conditions who are at risk of an unplanned hospital "
                   "admission", POP, ["older people living with two or more long-term conditions"])],
    conditions=[E("heart failure", COND), E("chronic obstructive pulmonary disease", COND), E("dementia", COND)],
    concepts=[C("multidisciplinary team", "ickg:InterdisciplinaryTeam"),
              C("plan", "ickg:CarePlanning", ["agrees a plan with the person"], accept=["kodner:joint-care-planning"])],
    statements=[
        S(POP43_LW, "ickg:yearEstablished", 2014, POP43_LW_BEGAN),
        S(POP43_LW, "ickg:locatedIn", ("Penwith", "ickg:Region"), POP43_LW_BEGAN),
        S(POP43_LW, "ickg:locatedIn", ("Cornwall", "ickg:Region"),
          "We are recruiting volunteers for our Living Well service in west Cornwall."),
        S(POP43_LW, "ickg:operatedBy", ("Cornwall Council", ORG), POP43_LW_BEGAN),
        S(POP43_LW, "ickg:operatedBy", ("NHS Kernow Clinical Commissioning Group", ORG), POP43_LW_BEGAN),
        S(POP43_LW, "ickg:operatedBy", ("Volunteer Cornwall", ORG), POP43_LW_BEGAN),
        S(POP43_LW, "ickg:operatedBy", ("Age UK Cornwall and the Isles of Scilly", ORG), POP43_LW_BEGAN),
        S(POP43_PIC, "ickg:operatedBy", ("Age UK", ORG), POP43_LW_MODEL),
        S(POP43_PIC, "ickg:locatedIn", ("England", "ickg:Country"), POP43_LW_MODEL),
        S(POP43_LW, "ickg:targetsPopulation",
          ("older people living with two or more long-term conditions who are at risk of an unplanned hospital "
           "admission", POP), POP43_LW_WHO),
        S(POP43_LW, "ickg:focusesOnCondition", ("heart failure", COND), POP43_LW_WHO),
        S(POP43_LW, "ickg:focusesOnCondition", ("chronic obstructive pulmonary disease", COND), POP43_LW_WHO),
        S(POP43_LW, "ickg:focusesOnCondition", ("dementia", COND), POP43_LW_WHO),
        S(POP43_LW, "ickg:hasPartner", ("GP practices", ORG),
          "GP practices find them by looking at who has been admitted to hospital several times in the past year."),
        S(POP43_LW, "ickg:hasComponent", ("guided conversation about what matters to them", MECH),
          "A trained Age UK coordinator visits each person at home for a guided conversation about what matters to them"),
        S(POP43_LW, "ickg:hasComponent", ("plan agreed with the person", "ickg:CarePlanning"), POP43_LW_TEAM),
        S(POP43_LW, "ickg:hasComponent", ("multidisciplinary team meeting with the GP, community nurses and a social "
                                          "worker", "ickg:InterdisciplinaryTeam"), POP43_LW_TEAM),
        S(POP43_LW, "ickg:hasComponent", ("volunteers help people reach their goals", MECH),
          "Volunteers help people reach their goals"),
        S(POP43_LW, "ickg:hasOutcome", ("fewer emergency admissions than before they joined", OUT),
          "In the first year of the pilot, the people supported had fewer emergency admissions than before they joined"),
        S(POP43_LW, "ickg:hasOutcome", ("most said they felt less isolated", OUT), "most said they felt less isolated"),
    ])


# --- held out by helper org43 (issue 12, session 43): organizations and their roles; texts and gold written and
# committed before the extractor first ran on these documents or any organization rule changed --------------------
ORG43_CHA = {"label": "National Community Health Assistant Program", "type": PI, "types_accept": [CM]}
ORG43_CHA_STUDY = {"label": "evaluation of Liberia's National Community Health Assistant Program", "type": STUDY}
ORG43_LR_LAUNCH = "In 2016 Liberia's Ministry of Health launched the National Community Health Assistant Program"
ORG43_LR_WHO = ("to bring primary care to people living more than five kilometres, or about an hour's walk, from the "
                "nearest health facility")
ORG43_LR_CHOSEN = ("Community health assistants (CHAs) are chosen by their communities, trained in four modules and paid a "
                   "monthly incentive.")
ORG43_LR_TREAT = "treat children under five for malaria, pneumonia and diarrhoea"
ORG43_LR_RUN = ("The program is run by the ministry's Community Health Services Division with the county health teams.")
ORG43_LR_LMH = ("Last Mile Health, a non-governmental organisation that began working in Konobo District of Grand Gedeh "
                "County in 2007, helped the ministry write the curriculum and supports the program in several counties.")
ORG43_LR_FUNDS = ("Funding comes from the government and from donors, among them the Global Fund to Fight AIDS, "
                  "Tuberculosis and Malaria, USAID and UNICEF.")
ORG43_LR_METHODS = ("A cohort study followed 412 CHAs in Grand Bassa, Rivercess and Grand Gedeh counties for two years, "
                    "with interviews of 36 CHAs, supervisors and community leaders.")
ORG43_LR_LATE = ("Late payment of the incentive was the reason CHAs most often gave for thinking of leaving, and "
                 "stock-outs of medicines undermined their standing in the village.")
DOCUMENTS["train-org43-awardrecord-liberia-chas.txt"] = dict(
    style="research-award-record",
    metadata={"title": "Keeping community health assistants in post: an evaluation of Liberia's National Community "
                       "Health Assistant Program",
              "authors": [], "date": None, "year": None, "journal": None, "publisher": None,
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:WebPage",
              "type_accept": ["fabio:ReportDocument"]},
    jurisdictions=[E("Liberia", "ickg:Country", [r"re:\bLiberia(?='s)"]),
                   E("Konobo District", "ickg:Region", types_accept=["ickg:Municipality"]),
                   E("Grand Gedeh County", "ickg:Region", ["Grand Gedeh County", r"re:Grand Gedeh(?= counties)"],
                     types_accept=["ickg:ProvinceOrState"]),
                   E("Grand Bassa", "ickg:Region", types_accept=["ickg:ProvinceOrState"]),
                   E("Rivercess", "ickg:Region", types_accept=["ickg:ProvinceOrState"])],
    organizations=[E("University of Liberia", ORG), E("Last Mile Health", ORG),
                   E("London School of Hygiene & Tropical Medicine", ORG), E("Wellcome Trust", ORG),
                   E("Ministry of Health", ORG),
                   E("Community Health Services Division", ORG),
                   E("county health teams", ORG),
                   E("Global Fund to Fight AIDS, Tuberculosis and Malaria", ORG),
                   E("USAID", ORG), E("UNICEF", ORG)],
    programs=[E("National Community Health Assistant Program", PI, types_accept=[CM])],
    populations=[E("people living more than five kilometres from the nearest health facility", POP,
                   [r"re:people living more than five kilometres, or about an hour's walk, from the nearest health facility"]),
                 E("children under five", POP), E("pregnant women", POP), E("people with tuberculosis", POP)],
    conditions=[E("Ebola", COND), E("malaria", COND), E("pneumonia", COND), E("diarrhoea", COND),
                E("tuberculosis", COND, [r"re:(?<=with )tuberculosis"])],
    concepts=[],
    statements=[
        S(ORG43_CHA, "ickg:initiatedBy", ("Ministry of Health", ORG), ORG43_LR_LAUNCH),
        S(ORG43_CHA, "ickg:yearEstablished", 2016, ORG43_LR_LAUNCH),
        S(ORG43_CHA, "ickg:locatedIn", ("Liberia", "ickg:Country"), ORG43_LR_LAUNCH),
        S(ORG43_CHA, "ickg:targetsPopulation",
          ("people living more than five kilometres from the nearest health facility", POP), ORG43_LR_WHO),
        S(ORG43_CHA, "ickg:hasComponent",
          ("community health assistants chosen by their communities, trained and paid a monthly incentive", MECH),
          ORG43_LR_CHOSEN),
        S(ORG43_CHA, "ickg:hasComponent", ("visits to every household in the catchment", MECH),
          "They visit every household in their catchment"),
        S(ORG43_CHA, "ickg:targetsPopulation", ("children under five", POP), ORG43_LR_TREAT),
        S(ORG43_CHA, "ickg:focusesOnCondition", ("malaria", COND), ORG43_LR_TREAT),
        S(ORG43_CHA, "ickg:focusesOnCondition", ("pneumonia", COND), ORG43_LR_TREAT),
        S(ORG43_CHA, "ickg:focusesOnCondition", ("diarrhoea", COND), ORG43_LR_TREAT),
        S(ORG43_CHA, "ickg:targetsPopulation", ("pregnant women", POP), "refer pregnant women to a facility for delivery"),
        S(ORG43_CHA, "ickg:targetsPopulation", ("people with tuberculosis", POP), "follow up people with tuberculosis"),
        S(ORG43_CHA, "ickg:focusesOnCondition", ("tuberculosis", COND), "follow up people with tuberculosis"),
        S(ORG43_CHA, "ickg:hasComponent", ("supervision by a community health services supervisor at the nearest clinic", MECH),
          "Each CHA is supervised by a community health services supervisor, usually a nurse or physician assistant "
          "based at the nearest clinic."),
        S(ORG43_CHA, "ickg:operatedBy", ("Community Health Services Division", ORG), ORG43_LR_RUN),
        S(ORG43_CHA, "ickg:operatedBy", ("county health teams", ORG), ORG43_LR_RUN),
        S(("Community Health Services Division", ORG), "org:subOrganizationOf", ("Ministry of Health", ORG), ORG43_LR_RUN),
        S(ORG43_CHA, "ickg:hasPartner", ("Last Mile Health", ORG), ORG43_LR_LMH),
        S(ORG43_CHA, "ickg:hasFundingModel", ("funding from the government and from donors", "ickg:FundingModel"),
          ORG43_LR_FUNDS),
        S(ORG43_CHA_STUDY, "ickg:evaluates", ORG43_CHA,
          "Keeping community health assistants in post: an evaluation of Liberia's National Community Health "
          "Assistant Program"),
        S(ORG43_CHA_STUDY, "ickg:conductedBy", ("University of Liberia", ORG), "Lead organisation: University of Liberia"),
        S(ORG43_CHA_STUDY, "ickg:hasStudyDesign", ("cohort study", "ickg:StudyDesign", "design:cohort-study"),
          ORG43_LR_METHODS),
        S(ORG43_CHA_STUDY, "ickg:sampleSize", 412, ORG43_LR_METHODS),
        S(ORG43_CHA_STUDY, "ickg:sampleSize", 36, ORG43_LR_METHODS),
        S(ORG43_CHA_STUDY, "ickg:usesMethod", ("interviews", METHOD), ORG43_LR_METHODS),
        S(ORG43_CHA, "ickg:hasOutcome", ("fewer than one CHA in ten left in the first two years", OUT),
          "Fewer than one CHA in ten left in the first two years."),
        S(ORG43_CHA, "ickg:facesBarrier", ("late payment of the incentive", BAR), ORG43_LR_LATE),
        S(ORG43_CHA, "ickg:facesBarrier", ("stock-outs of medicines", BAR), ORG43_LR_LATE),
    ])

ORG43_ASALEE = {"label": "Asalée", "type": PP, "aliases": ["Action de santé libérale en équipe"], "types_accept": [CM]}
ORG43_ASALEE_EVAL = {"label": "evaluation by IRDES", "type": STUDY}
ORG43_FR_BEGAN = ("the Asalée experiment (Action de santé libérale en équipe) began in 2004 in general practices of the "
                  "Deux-Sèvres department, on the initiative of general practitioners and of the URML (the regional union "
                  "of self-employed doctors) of Poitou-Charentes")
ORG43_FR_EVAL = ("the evaluation by IRDES (the French acronym for the Institute for Research and Information in Health "
                 "Economics) found that patients with type 2 diabetes followed by an Asalée nurse had better glycaemic "
                 "control than comparable patients, at no higher cost to the health insurance fund")
ORG43_FR_ART2 = ("a public health nurse working in the general practice takes over, by delegation from the general "
                 "practitioner, the follow-up of patients with type 2 diabetes, the screening of cardiovascular risk, "
                 "spirometry for smokers at risk of chronic obstructive pulmonary disease and the screening of memory "
                 "disorders in people aged 75 and over")
ORG43_FR_RECORD = "The nurse and the doctor hold a shared patient record and meet regularly to review cases."
ORG43_FR_ART3 = ("Nurses' time is paid by the Asalée association out of a flat-rate allocation from the national health "
                 "insurance fund (CNAM); general practices and multiprofessional health centres that join the protocol "
                 "sign an agreement with the association.")
DOCUMENTS["train-org43-order-france-asalee.txt"] = dict(
    style="administrative-order-translation",
    metadata={"title": 'Order No. 2012-118 of 14 June 2012 authorising the cooperation protocol "Asalée" between general '
                       'practitioners and nurses',
              "authors": [], "date": "2012-06-14", "year": 2012, "journal": None,
              "publisher": "Regional Health Agency of Poitou-Charentes",
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:ReportDocument"},
    jurisdictions=[E("Deux-Sèvres", "ickg:Region", types_accept=["ickg:ProvinceOrState"]),
                   E("Poitiers", "ickg:Municipality")],
    organizations=[E("Regional Health Agency of Poitou-Charentes", ORG,
                     ["REGIONAL HEALTH AGENCY OF POITOU-CHARENTES", "Regional Health Agency of Poitou-Charentes"]),
                   E("Haute Autorité de Santé", ORG, ["Haute Autorité de Santé", r"re:\bHAS\b",
                                                      "National Authority for Health"],
                     aliases=["HAS", "National Authority for Health"]),
                   E("URML", ORG, ["URML", "regional union of self-employed doctors"],
                     aliases=["regional union of self-employed doctors"]),
                   E("IRDES", ORG, ["IRDES", "Institute for Research and Information in Health Economics"],
                     aliases=["Institute for Research and Information in Health Economics"]),
                   E("Asalée association", ORG),
                   E("national health insurance fund", ORG, [r"re:(?:national )?health insurance fund", "CNAM"],
                     aliases=["CNAM"]),
                   E("general practices", ORG, [r"re:general practices?\b"]),
                   E("multiprofessional health centres", ORG)],
    programs=[E("Asalée", PP, [r"re:Asalée(?! association)"], aliases=["Action de santé libérale en équipe"],
                types_accept=[CM])],
    populations=[E("patients with type 2 diabetes", POP),
                 E("smokers at risk of chronic obstructive pulmonary disease", POP),
                 E("people aged 75 and over", POP)],
    conditions=[E("type 2 diabetes", COND), E("chronic obstructive pulmonary disease", COND),
                E("memory disorders", COND)],
    concepts=[C("shared patient record", "ickg:SharedInformationSystem")],
    statements=[
        S(ORG43_ASALEE, "ickg:yearEstablished", 2004, ORG43_FR_BEGAN),
        S(ORG43_ASALEE, "ickg:locatedIn", ("Deux-Sèvres", "ickg:Region"), ORG43_FR_BEGAN),
        S(ORG43_ASALEE, "ickg:initiatedBy", ("URML", ORG), ORG43_FR_BEGAN),
        S(ORG43_ASALEE_EVAL, "ickg:evaluates", ORG43_ASALEE, ORG43_FR_EVAL),
        S(ORG43_ASALEE_EVAL, "ickg:conductedBy", ("IRDES", ORG), ORG43_FR_EVAL),
        S(ORG43_ASALEE, "ickg:hasOutcome",
          ("better glycaemic control for patients with type 2 diabetes followed by an Asalée nurse, at no higher cost", OUT),
          ORG43_FR_EVAL),
        S(ORG43_ASALEE, "ickg:operatedBy", ("Asalée association", ORG),
          'The cooperation protocol "Asalée", promoted by the Asalée association, is authorised in the region.'),
        S(ORG43_ASALEE, "ickg:hasComponent",
          ("public health nurse in the general practice taking over follow-up by delegation from the general practitioner",
           MECH), ORG43_FR_ART2),
        S(ORG43_ASALEE, "ickg:hasComponent", ("screening of cardiovascular risk", MECH), ORG43_FR_ART2),
        S(ORG43_ASALEE, "ickg:hasComponent", ("spirometry for smokers at risk of chronic obstructive pulmonary disease", MECH),
          ORG43_FR_ART2),
        S(ORG43_ASALEE, "ickg:hasComponent", ("screening of memory disorders in people aged 75 and over", MECH),
          ORG43_FR_ART2),
        S(ORG43_ASALEE, "ickg:targetsPopulation", ("patients with type 2 diabetes", POP), ORG43_FR_ART2),
        S(ORG43_ASALEE, "ickg:targetsPopulation", ("smokers at risk of chronic obstructive pulmonary disease", POP),
          ORG43_FR_ART2),
        S(ORG43_ASALEE, "ickg:targetsPopulation", ("people aged 75 and over", POP), ORG43_FR_ART2),
        S(ORG43_ASALEE, "ickg:focusesOnCondition", ("type 2 diabetes", COND), ORG43_FR_ART2),
        S(ORG43_ASALEE, "ickg:focusesOnCondition", ("chronic obstructive pulmonary disease", COND), ORG43_FR_ART2),
        S(ORG43_ASALEE, "ickg:focusesOnCondition", ("memory disorders", COND), ORG43_FR_ART2),
        S(ORG43_ASALEE, "ickg:hasComponent", ("shared patient record", "ickg:SharedInformationSystem"), ORG43_FR_RECORD),
        S(ORG43_ASALEE, "ickg:hasComponent", ("regular meetings of nurse and doctor to review cases", MECH), ORG43_FR_RECORD),
        S(ORG43_ASALEE, "ickg:hasFundingModel",
          ("flat-rate allocation from the national health insurance fund", "ickg:FundingModel"), ORG43_FR_ART3),
        S(ORG43_ASALEE, "ickg:hasPartner", ("general practices", ORG), ORG43_FR_ART3),
        S(ORG43_ASALEE, "ickg:hasPartner", ("multiprofessional health centres", ORG), ORG43_FR_ART3),
    ])

ORG43_OSH = {"label": "Oak Street Health", "type": CM, "types_accept": [ORG]}
ORG43_DCM = ("Direct Contracting Model", PP)
ORG43_US_FOUNDED = "We were founded in Chicago in 2012 and opened our first center there in 2013."
ORG43_US_WHO = ("Our patients are older adults, many of them dually eligible for Medicare and Medicaid, living in "
                "medically underserved neighborhoods.")
ORG43_US_PAID = ("We enter into value-based contracts with Medicare Advantage plans, under which we receive a fixed "
                 "per-patient-per-month payment and are responsible for the total cost of our patients' care.")
ORG43_US_PAYERS = ("Humana, our largest payer partner, accounted for a large share of our capitated revenue in 2022; other "
                   "partners include WellCare, Aetna and Cigna.")
ORG43_US_TEAM = ("Each center is staffed by care teams of a primary care physician, a nurse practitioner or physician "
                 "assistant, a medical assistant and a scribe, supported by behavioral health specialists and social "
                 "workers.")
ORG43_US_EXTRAS = ("We provide transportation to appointments, run community events in our centers, and operate a 24/7 "
                   "patient support line.")
ORG43_US_DC = ("Since April 2021 we have also participated in the Direct Contracting Model of the Centers for Medicare & "
               "Medicaid Services (CMS)")
ORG43_US_RISK = ("Our revenue depends on a small number of payers, and changes in Medicare Advantage rates or in CMS's risk "
                 "adjustment model could reduce our revenue.")
DOCUMENTS["train-org43-filing-oak-street-health.txt"] = dict(
    style="securities-filing-excerpt",
    metadata={"title": "ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934",
              "authors": [], "date": None, "year": None, "journal": None, "publisher": "Oak Street Health, Inc.",
              "volume": None, "issue": None, "pages": None, "doi": None, "pmid": None, "type": "fabio:ReportDocument"},
    jurisdictions=[E("Washington, D.C.", "ickg:Municipality", ["Washington, D.C."]), E("Chicago", "ickg:Municipality")],
    organizations=[E("Securities and Exchange Commission", ORG, ["SECURITIES AND EXCHANGE COMMISSION"]),
                   E("Oak Street Health", ORG, ["OAK STREET HEALTH, INC.", "Oak Street Health"], types_accept=[CM]),
                   E("Medicare Advantage plans", ORG),
                   E("Humana", ORG), E("WellCare", ORG), E("Aetna", ORG), E("Cigna", ORG),
                   E("Centers for Medicare & Medicaid Services", ORG,
                     ["Centers for Medicare & Medicaid Services", r"re:\bCMS\b"], aliases=["CMS"]),
                   E("CVS Health Corporation", ORG, ["CVS Health Corporation", r"re:\bCVS Health\b(?! Corporation)"],
                     aliases=["CVS Health"])],
    programs=[E("Oak Street Health", CM, ["OAK STREET HEALTH, INC.", "Oak Street Health"], types_accept=[ORG]),
              E("Medicare Advantage", PROG, [r"re:Medicare Advantage(?! plans)"]),
              E("Direct Contracting Model", PP)],
    populations=[E("adults on Medicare", POP),
                 E("older adults living in medically underserved neighborhoods", POP,
                   [r"re:older adults, many of them dually eligible for Medicare and Medicaid, living in medically "
                    r"underserved neighborhoods"]),
                 E("adults dually eligible for Medicare and Medicaid", POP,
                   [r"re:dually eligible for Medicare and Medicaid"]),
                 E("patients in traditional Medicare", POP)],
    conditions=[],
    concepts=[C("capitation", "ickg:Capitation", ["per-patient-per-month payment", "capitated revenue"],
                accept=["kodner:prepaid-capitation"]),
              C("fee-for-service", "ickg:FeeForService"),
              C("care team", "ickg:InterdisciplinaryTeam", ["care teams"])],
    statements=[
        S(ORG43_OSH, "ickg:targetsPopulation", ("adults on Medicare", POP),
          "Oak Street Health is a network of value-based primary care centers for adults on Medicare."),
        S(ORG43_OSH, "ickg:yearEstablished", 2012, ORG43_US_FOUNDED),
        S(ORG43_OSH, "ickg:locatedIn", ("Chicago", "ickg:Municipality"), ORG43_US_FOUNDED),
        S(ORG43_OSH, "ickg:targetsPopulation", ("older adults living in medically underserved neighborhoods", POP),
          ORG43_US_WHO),
        S(ORG43_OSH, "ickg:targetsPopulation", ("adults dually eligible for Medicare and Medicaid", POP), ORG43_US_WHO),
        S(ORG43_OSH, "ickg:hasPartner", ("Medicare Advantage plans", ORG), ORG43_US_PAID),
        S(ORG43_OSH, "ickg:hasFundingModel", ("fixed per-patient-per-month payment", "ickg:Capitation"), ORG43_US_PAID),
        S(ORG43_OSH, "ickg:hasPartner", ("Humana", ORG), ORG43_US_PAYERS),
        S(ORG43_OSH, "ickg:hasPartner", ("WellCare", ORG), ORG43_US_PAYERS),
        S(ORG43_OSH, "ickg:hasPartner", ("Aetna", ORG), ORG43_US_PAYERS),
        S(ORG43_OSH, "ickg:hasPartner", ("Cigna", ORG), ORG43_US_PAYERS),
        S(ORG43_OSH, "ickg:hasComponent",
          ("care teams of a primary care physician, a nurse practitioner or physician assistant, a medical assistant and "
           "a scribe", "ickg:InterdisciplinaryTeam"), ORG43_US_TEAM),
        S(ORG43_OSH, "ickg:hasComponent", ("behavioral health specialists and social workers", MECH), ORG43_US_TEAM),
        S(ORG43_OSH, "ickg:hasComponent", ("panels smaller than those of a typical fee-for-service practice", MECH),
          "Our panels are smaller than those of a typical fee-for-service practice"),
        S(ORG43_OSH, "ickg:hasComponent", ("visits about once a month on average", MECH),
          "patients are seen on average about once a month"),
        S(ORG43_OSH, "ickg:hasComponent", ("transportation to appointments", MECH), ORG43_US_EXTRAS),
        S(ORG43_OSH, "ickg:hasComponent", ("community events in the centers", MECH), ORG43_US_EXTRAS),
        S(ORG43_OSH, "ickg:hasComponent", ("24/7 patient support line", MECH), ORG43_US_EXTRAS),
        S(ORG43_OSH, "ickg:hasComponent",
          ("Canopy, a technology platform bringing together claims, clinical and social data", "ickg:SharedInformationSystem"),
          "Canopy, our proprietary technology platform, brings together claims, clinical and social data to identify "
          "patients at risk of hospitalization."),
        S(ORG43_DCM, "ickg:operatedBy", ("Centers for Medicare & Medicaid Services", ORG), ORG43_US_DC),
        S(ORG43_OSH, "ickg:hasFundingModel", ("risk-based arrangements for patients in traditional Medicare", "ickg:FundingModel"),
          "which extends risk-based arrangements to patients in traditional Medicare"),
        S(ORG43_OSH, "ickg:targetsPopulation", ("patients in traditional Medicare", POP),
          "which extends risk-based arrangements to patients in traditional Medicare"),
        S(ORG43_OSH, "ickg:facesBarrier", ("revenue depends on a small number of payers", BAR), ORG43_US_RISK),
        S(ORG43_OSH, "ickg:facesBarrier", ("changes in Medicare Advantage rates or in CMS's risk adjustment model", BAR),
          ORG43_US_RISK),
        S(ORG43_OSH, "ickg:facesBarrier", ("new centers take several years to become profitable", BAR),
          "Opening new centers requires substantial investment, and new centers typically take several years to become "
          "profitable."),
    ])


def _mentions(text, names):
    out, seen = [], set()
    for name in names:
        if name.startswith("re:"):
            matches = [(m.start(), m.end()) for m in re.finditer(name[3:], text)]
        else:
            matches = [(m.start(), m.end()) for m in re.finditer(r"(?<![\w])" + re.escape(name) + r"(?![\w])", text)]
        for s, e in matches:
            if (s, e) not in seen:
                seen.add((s, e))
                out.append({"text": text[s:e], "start": s, "end": e})
    if not out:
        raise SystemExit(f"no mention of {names!r}")
    return sorted(out, key=lambda m: m["start"])


def _span(text, quote, where):
    at = text.find(quote)
    if at < 0:
        raise SystemExit(f"{where}: quote not in the document: {quote!r}")
    return at, at + len(quote)


def _visible_text(name):
    """The words a reader sees: the file for plain text; for HTML and XML the scorer's reading (its
    document_text), since offsets there depend on the extractor and gold items carry only text."""
    import sys
    sys.path.insert(0, str(HERE.parents[1]))
    import score_extraction
    return score_extraction.document_text(name)


def build(name, spec):
    plain = name.endswith(".txt")
    text = (DOCS / name).read_text(encoding="utf-8") if plain else _visible_text(name)
    entities = {}
    for kind in ("jurisdictions", "organizations", "programs", "populations", "conditions", "concepts"):
        items = []
        for e in spec.get(kind, []):
            e = dict(e)
            e["mentions"] = _mentions(text, e.pop("names"))
            if not plain:
                e["mentions"] = [{"text": m["text"]} for m in e["mentions"]]
            items.append(e)
        entities[kind] = items
    aliases = {e["label"]: e.get("aliases", []) for kind in entities.values() for e in kind if e.get("aliases")}
    places = {(e["label"], e["type"]): e["types_accept"] for e in entities["jurisdictions"] if e.get("types_accept")}
    statements = []
    for st in spec["statements"]:
        st = dict(st)
        for end in ("subject", "object"):       # a node carries its entity's aliases, as in the dev gold
            if st[end].get("label") in aliases and "aliases" not in st[end]:
                st[end] = {**st[end], "aliases": aliases[st[end]["label"]]}
            place = (st[end].get("label"), st[end].get("type"))  # and a place its entity's accepted types
            if place in places and "types_accept" not in st[end]:
                st[end] = {**st[end], "types_accept": places[place]}
        start, end = _span(" ".join(text.split()), " ".join(st["quote"].split()), name)
        if plain:
            st["start"], st["end"] = _span(text, st["quote"], name)
        statements.append(st)
    fmt = "text" if plain else ("html" if name.endswith(".html") else "xml")
    return {"document": name, "style": spec["style"], "format": fmt, "metadata": spec["metadata"],
            "entities": entities, "statements": statements}


def main():
    GOLD.mkdir(exist_ok=True)
    for name, spec in DOCUMENTS.items():
        gold = build(name, spec)
        (GOLD / f"{name}.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"{name}: {len(gold['statements'])} statements")


if __name__ == "__main__":
    main()
