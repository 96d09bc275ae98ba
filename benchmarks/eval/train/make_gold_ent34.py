"""Gold files of the training documents written by helper ent34 (issue 12, session 34): two
held-out documents in styles and countries the set lacked (a Malaysian ministry press statement
with an upper-case masthead and a dateline; a journal abstract under a "vol. N, no. N, pp. N-N"
citation line with lettered affiliations). Their gold was written, and the extractor scored on
them, before any recogniser was tuned in that session; they are kept apart from make_gold.py so
that two helpers adding documents do not edit one file. Same conventions and helpers as
make_gold.py.

    python benchmarks/eval/train/make_gold_ent34.py
"""

import json

from make_gold import CM, COND, GOLD, METHOD, ORG, OUT, PI, POP, PP, BAR, MECH, C, E, S, build

DOCUMENTS = {}

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


def main():
    GOLD.mkdir(exist_ok=True)
    for name, spec in DOCUMENTS.items():
        gold = build(name, spec)
        (GOLD / f"{name}.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"{name}: {len(gold['statements'])} statements")


if __name__ == "__main__":
    main()
