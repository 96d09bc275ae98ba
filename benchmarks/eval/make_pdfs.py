"""Writes the evaluation set's PDF documents from the text below (the PDFs are committed; run this
only to change them).

Needs reportlab, which is not a dependency of ickg: ``pip install reportlab`` in a scratch
environment, then ``python benchmarks/eval/make_pdfs.py``. The output is byte-for-byte
reproducible (reportlab's invariant mode: no creation date, a fixed document id). Each page has a
running header and a "Page N of M" footer (and a document-information title that is right for one
PDF, a word processor's file name for another and empty for the third), which a reader of the page text must set aside; the
gold files give the page of every quote, so where a page break falls matters. A ``PAGE`` marker
forces a page break so that the page of each quote does not depend on font metrics.

The texts were written for this evaluation set; the facts about the programs come from the
public sources listed in README.md, while authors, institutes and results of studies are invented.
"""

from pathlib import Path

HERE = Path(__file__).resolve().parent
PAGE = object()

DOCUMENTS = {
    "pdf-german-dmp.pdf": {
        "header": "Berlin Institute for Health System Studies | Policy Brief 3/2018",
        "info_title": "Structured care for chronic illness: a look back at Germany's disease management programmes",
        "blocks": [
            ("title", "Structured care for chronic illness: a look back at Germany's disease management programmes"),
            ("meta", "Policy Brief 3/2018 | March 2018"),
            ("meta", "Authors: Johanna Keller, Lukas Brandauer, Aylin Demir"),
            ("meta", "Berlin Institute for Health System Studies, Berlin, Germany"),
            ("h", "Key points"),
            ("p", "Germany introduced disease management programmes (DMPs) in its statutory health insurance in 2002. "
                  "A DMP is a structured programme of care for one chronic disease that sickness funds offer to their "
                  "insured; enrolment is voluntary for patients and for doctors. The first programme, for type 2 "
                  "diabetes, was followed by programmes for breast cancer, coronary heart disease, type 1 diabetes, "
                  "asthma and chronic obstructive pulmonary disease (COPD). More than six million people are now enrolled."),
            ("p", "Each enrolled patient chooses a coordinating doctor, usually the family doctor, who follows an "
                  "evidence-based treatment plan, documents agreed quality indicators at regular visits and refers "
                  "to specialists at set thresholds. Patients are offered structured education courses. Since 2012 the "
                  "Federal Joint Committee (G-BA), the self-governing body of doctors, hospitals and sickness funds, has "
                  "set the content of the programmes."),
            ("h", "How the programmes are paid for"),
            ("p", "Until 2009 the risk structure compensation scheme between sickness funds paid more for each insured "
                  "person enrolled in a DMP, which gave the funds a strong reason to recruit patients. Since the scheme "
                  "became morbidity-based in 2009, funds receive a flat administrative fee per enrolled person, and "
                  "doctors are paid extra fees for enrolment and documentation on top of fee-for-service payments."),
            ("h", "What we know about results"),
            ("p", "Observational studies have found lower mortality and fewer complications among enrolled patients "
                  "with type 2 diabetes than among those not enrolled. Because healthier and more motivated patients are "
                  "more likely to enrol, these differences are likely to overstate the effect of the programmes. "
                  "Doctors complain about the burden of documentation, and each programme covers only one disease, "
                  "which fits poorly with patients who have several."),
            ("h", "Recommendation"),
            ("p", "The Federal Joint Committee should develop a programme for patients with multiple chronic "
                  "conditions instead of adding further single-disease programmes."),
        ],
    },
    "pdf-caremore.pdf": {
        "header": "CareMore and the extensivist model | Working Paper 2017-06",
        "info_title": "Microsoft Word - WP2017-06_final_v3.docx",
        "blocks": [
            ("title", "Extensivists and care centers: how CareMore organizes care for frail Medicare Advantage members"),
            ("meta", "Working Paper 2017-06 | June 2017"),
            ("meta", "Daniel R. Whitfield, Maria Esposito, Kenji Tanaka"),
            ("meta", "Pacific Center for Health Care Delivery, Los Angeles, California"),
            ("h", "Abstract"),
            ("p", "CareMore is a health plan and care delivery organization founded in 1993 by a physician, Sheldon "
                  "Zinberg, in Downey, California. It enrolls people in Medicare Advantage, the option under which the "
                  "federal Medicare program pays a private plan a monthly capitation for each member, and it uses that "
                  "fixed amount to pay for a model of care aimed at the frailest and most chronically ill members. "
                  "WellPoint, now Anthem, acquired CareMore in 2011, and the model has since been extended from "
                  "Southern California to Arizona and Nevada."),
            ("h", "The model"),
            ("p", "New members receive a comprehensive assessment, called Healthy Start, at one of CareMore's "
                  "neighborhood care centers. Members found to be frail or at high risk are followed by extensivists: "
                  "physicians who care for them in hospital, in skilled nursing facilities and at the care center, "
                  "so that one doctor knows the patient across settings. Nurse practitioners run programs for heart "
                  "failure, chronic obstructive pulmonary disease, diabetes and end-stage renal disease, and the "
                  "care centers offer exercise, wound care and foot care. Transportation to the care center is free."),
            PAGE,
            ("h", "Reported results"),
            ("p", "CareMore reports hospital admission rates and lengths of stay well below the Medicare average for "
                  "its members, and far fewer amputations among members with diabetes. These figures are the "
                  "organization's own and have not been compared with a matched group, so they may reflect the "
                  "members CareMore attracts as much as the care it gives."),
            ("h", "Barriers"),
            ("p", "Extensivists are hard to recruit, because few physicians are trained to work across hospital and "
                  "outpatient settings. Community physicians sometimes resent losing contact with their patients "
                  "during a hospital stay. When CareMore moved into new markets, it found that the model depended on "
                  "a dense population of members close to each care center."),
            ("h", "Implications"),
            ("p", "Capitation made the care centers and the extensivists affordable, because the savings from fewer "
                  "admissions stayed within the organization. Medicare Advantage plans that want to copy the model "
                  "should start with the frailest ten to fifteen percent of members and build care centers where "
                  "those members live."),
        ],
    },
    "pdf-norrtalje.pdf": {
        "header": "Nordic Journal of Health Care Organisation 2019; 7(1): 14-15",
        "blocks": [
            ("meta", "ORIGINAL ARTICLE"),
            ("title", "One owner for hospital, primary care and elder care: the Norrtälje model after ten years"),
            ("meta", "Ingrid Lundberg(1), Ahmed Hassan(2), Britt-Marie Eklund(1)"),
            ("meta", "(1) Department of Public Health Sciences, Uppsala, Sweden. (2) Stockholm Centre for Health Economics, Stockholm, Sweden"),
            ("meta", "Published online: 15 February 2019 | https://doi.org/10.9999/njhco.2019.0714"),
            ("h", "Background"),
            ("p", "In Sweden, county councils run hospitals and primary care, while municipalities run elder care and "
                  "social services. In 2006 Stockholm County Council and the municipality of Norrtälje, north of "
                  "Stockholm, created a joint local authority, the Norrtälje local federation for health and social "
                  "care (KSON, from its Swedish name), to purchase both kinds of care for the residents of Norrtälje. "
                  "The federation owns TioHundra AB, a company that runs Norrtälje Hospital, primary care centres, "
                  "home care and nursing homes. The arrangement began as a trial and was made permanent in 2016."),
            ("h", "Methods"),
            ("p", "A mixed methods evaluation combining register data on hospital use by residents aged 65 and over "
                  "from 2004 to 2016 with 22 interviews with politicians, managers and staff of TioHundra AB."),
            PAGE,
            ("h", "Results"),
            ("p", "Both owners put their money for Norrtälje into one joint budget, which the federation uses to buy "
                  "care from TioHundra AB and from other providers. Care coordinators follow older people with complex "
                  "needs between the hospital, their home and nursing homes, and integrated care pathways were agreed "
                  "for transitions out of hospital. Avoidable hospital admissions of residents aged 65 and over fell "
                  "slightly compared with similar municipalities in Stockholm County, but the difference was not "
                  "statistically significant."),
            ("p", "Interviewees said that the two professional cultures, medical and social care, remained distinct, "
                  "and that separate laws on health care and social services limited what staff could share. Joint "
                  "training days for nurses and care assistants were used to reduce the distance between the cultures."),
            ("h", "Conclusions"),
            ("p", "Joint ownership and a joint budget removed the financial borders between health and social care in "
                  "Norrtälje, but on their own they appear to have done little for clinical integration at the level "
                  "of the patient. The national government should allow health and social care staff to share records "
                  "for common patients."),
        ],
    },
}


def build(name, spec, out_dir=HERE / "documents"):
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer

    styles = getSampleStyleSheet()
    title = ParagraphStyle("t", parent=styles["Title"], fontSize=15, leading=19, alignment=TA_CENTER)
    meta = ParagraphStyle("m", parent=styles["Normal"], fontSize=9, leading=12, alignment=TA_CENTER)
    head = ParagraphStyle("h", parent=styles["Heading2"], fontSize=11.5, leading=14, spaceBefore=8)
    body = ParagraphStyle("b", parent=styles["BodyText"], fontSize=10, leading=13.5)
    story = []
    for block in spec["blocks"]:
        if block is PAGE:
            story.append(PageBreak())
            continue
        kind, text = block
        text = text.replace("&", "&amp;")
        story.append(Paragraph(text, {"title": title, "meta": meta, "h": head, "p": body}[kind]))
        if kind == "title":
            story.append(Spacer(1, 4 * mm))
    total = 1 + sum(1 for b in spec["blocks"] if b is PAGE)

    def decorate(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawString(20 * mm, A4[1] - 12 * mm, spec["header"])
        canvas.drawCentredString(A4[0] / 2, 10 * mm, f"Page {doc.page} of {total}")
        canvas.restoreState()

    path = out_dir / name
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=20 * mm, bottomMargin=18 * mm, invariant=1,
                            title=spec.get("info_title", ""), author="", subject="", creator="", producer="")
    doc.build(story, onFirstPage=decorate, onLaterPages=decorate)
    return path


if __name__ == "__main__":
    for name, spec in DOCUMENTS.items():
        print(build(name, spec))
