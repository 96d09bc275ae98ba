"""Bibliographic metadata in the citation and page styles beyond the corpus's three, and the
organization and program rules that do not depend on a list of names (issue 12, items 4 and 6).

Each case is a small document written here in one style; the assertions name what a careful
reader records of it, so a reader that stops recognising the style fails here, not only in the
evaluation set's figures.
"""

import pytest

from ickg.extract.document import extract
from ickg.extract.metadata import read_metadata

BODY = "\n\nIntroduction: " + ("The programme linked hospitals and primary care in the region and served older "
                                 "people with complex needs. " * 3)          # a paragraph: the head ends here


def meta_of(head):
    m = read_metadata(head + BODY)
    return {
        "title": m.title.value if m.title else None,
        "authors": [a.family for a in m.authors],
        "year": m.year.value if m.year else None,
        "date": m.date.value if m.date else None,
        "journal": m.journal.label if m.journal else None,
        "volume": m.volume.value if m.volume else None,
        "issue": m.issue.value if m.issue else None,
        "pages": m.pages.value if m.pages else None,
        "publisher": m.publisher.value if m.publisher else None,
        "type": m.type,
    }


STYLES = {
    "a kind of document after the issuing body in a capitals masthead is not the publisher": (
        "SCOTTISH GOVERNMENT — NEWS RELEASE\n\nCommunity link workers reach every practice\n\nPublished: 3 May 2021\n",
        {"title": "Community link workers reach every practice", "publisher": "Scottish Government",
         "date": "2021-05-03"}),
    "a genre line above the title is neither title nor publisher": (
        "Executive summary\n\nShared care records in three counties: what changed\n\nCounty Health Observatory\n",
        {"title": "Shared care records in three counties: what changed", "publisher": "County Health Observatory"}),
    "a site's name above a breadcrumb, a profile's period and a labelled project title": (
        "Région Sud Santé - ARS\nHome > Projects > Frailty\n\nProject: Frailty clinics in rural practices\n"
        "Mar 2020 - Present\n",
        {"title": "Frailty clinics in rural practices", "date": None, "year": None, "publisher": "Région Sud Santé - ARS"}),
    "issuing bodies on one line, acronyms in brackets, above a funding call": (
        "Call for applications\nNational Institute for Health Research (NIHR), Health Services Delivery Board\n"
        "Issued: 2 February 2015\n\nIntegrated community care for older people\n",
        {"title": "Integrated community care for older people", "publisher": "National Institute for Health Research",
         "date": "2015-02-02"}),
    "a master's thesis abstract with a candidate line and a foreign university": (
        "Universidad de Granada\nFaculty of Medicine, Master's Degree in Public Health\nThesis abstract\n\n"
        "Home care teams in Andalusia: a decade of change\n\nCandidate: Lucía Romero\nDefended: June 2021\n",
        {"title": "Home care teams in Andalusia: a decade of change", "authors": ["Romero"],
         "publisher": "Universidad de Granada", "type": "MastersThesis", "date": "2021-06"}),
    "press release, dotted date and a release number": (
        "FEDERAL MINISTRY OF HEALTH\n\nPress release\nNo.: 38/2016\nDate: 20.10.2016\n\n"
        "Innovation Fund: first projects of new forms of care selected\n",
        {"title": "Innovation Fund: first projects of new forms of care selected", "date": "2016-10-20",
         "year": 2016, "volume": None, "type": "PressRelease"}),
    "ministry on the first line, no masthead in capitals": (
        "Ministry of Health and Care Services\n\nPress release\n\nNo.: 112/2011\nDate: 20.12.2011\n\n"
        "A reform for better coordination of services\n",
        {"title": "A reform for better coordination of services", "date": "2011-12-20",
         "publisher": "Ministry of Health and Care Services", "type": "PressRelease"}),
    "Emerald first page: Vol. No. pp. and a Harvard citation": (
        "Journal of Health Organization and Management\nVol. 31 No. 4, 2017\npp. 455-471\n\n"
        "Proactive primary care for chronic conditions in Tuscany\n\nMarco Bellini and Giulia Rossi\n\n"
        "Cite this article: Bellini, M. and Rossi, G. (2017), \"Proactive primary care for chronic conditions in "
        "Tuscany\", Journal of Health Organization and Management, Vol. 31 No. 4, pp. 455-471.\n",
        {"title": "Proactive primary care for chronic conditions in Tuscany", "authors": ["Bellini", "Rossi"],
         "year": 2017, "journal": "Journal of Health Organization and Management", "volume": "31", "issue": "4",
         "pages": "455-471", "publisher": None, "type": "JournalArticle"}),
    "IJIC supplement line without a year": (
        "Integrated care for older people in South Karelia\n\nAnna Virtanen, Mikko Laine\n\n"
        "International Journal of Integrated Care, 19(S1): A143. DOI: 10.9999/ijic.s3143\n\n"
        "19th International Conference on Integrated Care, San Sebastian, April 1-3, 2019\n",
        {"journal": "International Journal of Integrated Care", "volume": "19", "issue": "S1", "pages": "A143",
         "year": 2019, "type": "ConferencePaper"}),
    "IJIC line with a volume, a date and a URN": (
        "Integrated care for chronic patients in Spain\n\nAna Garcia, Jon Etxeberria\n\n"
        "International Journal of Integrated Care – Volume 12, 23 May 2012 – URN:NBN:NL:UI:10-1-113031\n",
        {"journal": "International Journal of Integrated Care", "volume": "12", "year": 2012, "pages": None}),
    "journal line with the year last": (
        "Program of all-inclusive care for the elderly: an innovative model\n\nJohn Eng, Catherine Pedulla\n\n"
        "Journal of the American Geriatrics Society, 45(2), 223-232 (1997)\n",
        {"journal": "Journal of the American Geriatrics Society", "volume": "45", "issue": "2",
         "pages": "223-232", "year": 1997}),
    "one-word journal (BMJ) and its publication date": (
        "Effect of telehealth on use of secondary care and mortality\n\nAdam Steventon, Martin Bardsley\n\n"
        "BMJ 2012;344:e3874 doi: 10.9999/bmj.e3874 (Published 21 June 2012)\n",
        {"journal": "BMJ", "volume": "344", "pages": "e3874", "year": 2012, "date": "2012-06-21"}),
    "Harvard citation without quotes, initials with dots": (
        "Effect of telehealth on use of secondary care\n\nSteventon, A., Bardsley, M. and Billings, J. (2012) "
        "Effect of telehealth on use of secondary care. British Medical Journal, 344, e3874.\n",
        {"authors": ["Steventon", "Bardsley", "Billings"], "journal": "British Medical Journal", "year": 2012}),
    "thesis title page": (
        "Paying for quality in diabetes care in primary care\n\nby\n\nMei-Ling Chou\n\n"
        "A thesis submitted in fulfilment of the requirements for the degree of Doctor of Philosophy\n\n"
        "School of Public Health\nUniversity of Leeds\n\nSeptember 2018\n",
        {"authors": ["Chou"], "date": "2018-09", "publisher": "University of Leeds", "type": "DoctoralThesis"}),
    "book chapter with editors": (
        "Chapter 6\n\nThe community-based integrated care system in Japan\n\nKenji Tanaka and Yuko Morita\n\n"
        "In: Morris J, Kaur P (eds). Integrated care in ageing societies. London: Routledge; 2019. p. 87-104.\n",
        {"title": "The community-based integrated care system in Japan", "authors": ["Tanaka", "Morita"],
         "year": 2019, "pages": "87-104", "publisher": "Routledge", "journal": None, "type": "BookChapter"}),
    "preprint server line longer than a paragraph": (
        "medRxiv preprint doi: https://doi.org/10.9999/2021.03.03.21252801; this version posted March 3, 2021. "
        "The copyright holder for this preprint (which was not certified by peer review) is the author/funder.\n\n"
        "Bundled payment with a warranty for hip and knee replacement\n\nAnna Lindgren¹, Erik Sjöberg¹˒²\n",
        {"title": "Bundled payment with a warranty for hip and knee replacement", "authors": ["Lindgren", "Sjöberg"],
         "date": "2021-03-03", "publisher": "medRxiv", "type": "Preprint"}),
    "report cover: Published by, ISO date": (
        "Working together for well-being: regional partnership boards five years on\n\nReport\n\n"
        "Rhian Davies, Owain Price\n\nPublished by the Wales Institute for Care Research\nCardiff, 2021-06-30\n",
        {"date": "2021-06-30", "publisher": "Wales Institute for Care Research", "type": "ReportDocument",
         "authors": ["Davies", "Price"]}),
    "legislative brief: short title after the kind line, ordinal date": (
        "OREGON LEGISLATIVE POLICY AND RESEARCH OFFICE\n\nBackground Brief\n\nCoordinated Care Organizations\n\n"
        "March 3rd, 2019\n",
        {"title": "Coordinated Care Organizations", "date": "2019-03-03", "type": "ReportDocument"}),
    "audit office cover in capitals": (
        "National Audit Office\n\nReport by the Comptroller and Auditor General\n\n"
        "Health and social care integration\n\nHC 1011 SESSION 2016–17 8 FEBRUARY 2017\n",
        {"title": "Health and social care integration", "date": "2017-02-08", "publisher": "National Audit Office",
         "type": "ReportDocument"}),
    "blog post: site name above its menu, Posted on ... by": (
        "Community Health Matters\n\nHome | Archive | About | Contact\n\n"
        "Social prescribing under one roof: a visit to a community centre\n\n"
        "Posted on 14 April 2014 by Sam Okafor\n\nComments (3)\n",
        {"title": "Social prescribing under one roof: a visit to a community centre", "authors": ["Okafor"],
         "date": "2014-04-14", "publisher": "Community Health Matters"}),
    "How to cite line at the foot, O' and Mc names": (
        "Anticipatory care planning in general practice: a collaborative\n\nFiona McLeod, Liam O'Donoghue\n\n"
        "How to cite: McLeod F, O'Donoghue L. Anticipatory care planning in general practice: a collaborative. "
        "International Journal of Integrated Care. 2019;19(S1):A217.\n",
        {"authors": ["McLeod", "O'Donoghue"], "journal": "International Journal of Integrated Care", "year": 2019,
         "issue": "S1", "pages": "A217"}),
}


@pytest.mark.parametrize("style", list(STYLES))
def test_metadata_in_each_style(style):
    head, expected = STYLES[style]
    found = meta_of(head)
    assert {k: found[k] for k in expected} == expected


def test_a_session_span_is_no_date():
    """"Session 2016-17" is a parliamentary session, not October 2016 nor any month."""
    found = meta_of("Department of Health\n\nHealth and social care integration\n\nHC 1011 Session 2016-17\n")
    assert found["date"] is None


def test_a_chapter_cited_in_a_reference_list_does_not_make_the_article_a_chapter():
    text = ("Integrated care in practice: a review\n\nAnna Berg, Lars Holm" + BODY + "\n\nReferences\n\n"
            "In: Morris J, Kaur P (eds). Integrated care in ageing societies. London: Routledge; 2019. p. 87-104.\n")
    m = read_metadata(text)
    assert m.type != "BookChapter" and m.publisher is None and m.pages is None


@pytest.mark.parametrize("label", ["Sources: ", "Adapted from: ", "References\n\n"])
def test_a_source_cited_at_the_end_is_not_the_documents_own_reference(label):
    """A report that ends by citing the trial it summarises keeps its own (missing) journal and
    year: the cited paper's title, journal and volume are its source's, not its own."""
    text = ("Regional care coordination: rapid review\n\nNorth Valley Health Evidence Unit" + BODY + "\n\n" + label +
            "Okafor T, Lindqvist M. Case management for older people at home: a randomised trial. "
            "Scand J Prim Care 2012;30(2):114-21.\n")
    found = read_metadata(text)
    assert found.journal is None and found.year is None and found.volume is None
    assert found.title is None or "randomised trial" not in found.title.value


def test_a_citation_labelled_source_is_still_the_documents_own():
    """"Source:" (singular) labels a page's own reference as often as a cited one: it is read."""
    found = read_metadata("Case management at home\n\nSource: Okafor T, Lindqvist M. Case management at home. "
                          "Scand J Prim Care 2012;30(2):114-21." + BODY)
    assert (found.year.value, found.volume.value) == (2012, "30")


def entities_of(text):
    return {(e["kind"], e["name"]) for e in extract(text, stem="styles").as_json()["entities"]}


def test_program_named_by_what_it_is():
    found = entities_of("Whānau Ora is a whānau-centred approach to wellbeing that the government launched in 2010.")
    assert ("program", "Whānau Ora") in found


def test_names_listed_after_an_institution_plural():
    found = entities_of("Since 2014 the ministry has funded three commissioning agencies: Te Pou Matakana for the "
                        "North Island, Te Pūtahitanga o Te Waipounamu for the South Island, and Pasifika Futures "
                        "for Pacific families.")
    assert {("organization", "Te Pou Matakana"), ("organization", "Te Pūtahitanga o Te Waipounamu"),
            ("organization", "Pasifika Futures")} <= found


def test_funds_that_pay_for_programs_are_programs_and_others_organizations():
    found = entities_of("The Better Care Fund pools budgets. The report was paid for by the Commonwealth Fund.")
    assert ("program", "Better Care Fund") in found and ("organization", "Commonwealth Fund") in found


def test_government_adjectives_and_new_stay_in_names():
    found = entities_of("The Federal Ministry of Health said the New Zealand Government had agreed.")
    assert {("organization", "Federal Ministry of Health"), ("organization", "New Zealand Government")} <= found


def test_programs_without_a_proper_name_named_by_their_start():
    found = entities_of("In 2001 the insurer introduced a pay-for-performance program for diabetes. "
                        "In 2016 the board started a quality improvement collaborative with 40 practices.")
    assert {("program", "pay-for-performance program for diabetes"),
            ("program", "quality improvement collaborative")} <= found


def test_a_strategy_named_by_what_it_does():
    found = entities_of("The 2011 review Transforming Your Care proposed a shift of care to the community.")
    assert ("program", "Transforming Your Care") in found


def test_one_word_organizations_named_by_apposition():
    found = entities_of("Osakidetza, the Basque public health service, created integrated health organisations. "
                        "In 2009 Eksote (the South Karelia social and health care district) took over services.")
    assert {("organization", "Osakidetza"), ("organization", "Eksote")} <= found


def test_a_glossed_acronym_is_a_term_at_every_mention():
    found = entities_of("Each patient has an individualised plan (PIIC, from the Catalan pla d'intervenció). "
                        "Professionals value the PIIC and the shared record.")
    assert ("organization", "PIIC") not in found


def test_lower_case_names_before_an_acronym_of_another_word_order():
    found = entities_of("In 2011 Osakidetza created integrated health organisations (OSIs) across the region. "
                        "In 1999 the first local health unit (ULS) was created. "
                        "A Strategy to Tackle the Challenge of Chronicity was adopted in 2010.")
    assert {("organization", "integrated health organisations"), ("organization", "local health unit"),
            ("program", "Strategy to Tackle the Challenge of Chronicity")} <= found


def test_initials_name_the_institution_they_abbreviate():
    found = entities_of("United States Government Accountability Office\n\nReport\n\nTitle of the report on plans\n\n"
                        "GAO reviewed the contracts of 10 states and found that the plans differ widely.")
    assert ("organization", "United States Government Accountability Office") in found
    assert ("organization", "GAO") not in found


def test_two_bodies_joined_by_and_are_two():
    found = entities_of("In Highland, NHS Highland and The Highland Council use a lead agency model instead.")
    assert {("organization", "NHS Highland"), ("organization", "Highland Council")} <= found
    found = entities_of("The Department of Health and Social Care published the plan.")
    assert ("organization", "Department of Health and Social Care") in found


def test_issuing_bodies_above_the_title_are_organizations():
    text = ("Australian Government\nDepartment of Health\n\nMedia release\n\nHealth Care Homes to trial a new way of "
            "paying for chronic care\n\nDate published: 31 March 2016\n\n" + "Up to 65,000 Australians will be able "
            "to enrol with a Health Care Home under a two-year trial, the department announced today. " * 3)
    found = entities_of(text)
    assert {("organization", "Australian Government"), ("organization", "Department of Health")} <= found


def test_a_case_study_series_is_a_report_with_its_institute_as_publisher():
    found = meta_of("One organisation for health and social care: a case\n\nCase study series No. 4 | June 2017\n"
                    "Authors: Lena Berg, Olof Strand\nNordic Centre for Welfare Research, Stockholm, Sweden\n")
    assert (found["type"], found["publisher"], found["date"], found["volume"]) == (
        "ReportDocument", "Nordic Centre for Welfare Research", "2017-06", None)


def test_a_glossed_acronym_takes_the_kind_of_its_glosss_head():
    found = entities_of("Each department has a MAIA (the French acronym for a method of integration of services), "
                        "and MAIA teams coordinate care. Care is run by SAS (the Spanish acronym for Andalusian health "
                        "service) in the south. Professionals value the PIIC (the Catalan acronym for individualised "
                        "and shared intervention plan).")
    assert {("program", "MAIA"), ("organization", "SAS")} <= found
    assert not {k for k, name in found if name == "PIIC"}
