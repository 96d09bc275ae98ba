"""Synthetic abstracts in the corpus's five styles, for measuring extraction and build throughput.

Each document is assembled from pools of names, places, programs and concept phrases in one of
the shapes the corpus holds: a PubMed-style field list (glued field names), a Mendeley page (author
bullets cut by "et al." and an APA citation), a publisher's page with chrome and a volume/issue
footer, a bare policy text without metadata, and a knowledge-network web page with a menu line.
The same ``(n, seed)`` always gives the same documents, so runs can be compared.

    from benchmarks.synthetic import generate, write_corpus
    docs = generate(1000, seed=7)          # [(file_name, text), ...]
    write_corpus("/tmp/corpus", 10_000, seed=7)

Run as a script to write a corpus: ``python benchmarks/synthetic.py DIR N [--seed S]``.
"""

import argparse
import random
from pathlib import Path

GIVEN = ["Anna", "Bjorn", "Chloe", "Daniel", "Esi", "Farid", "Gabriela", "Hiroshi", "Ingrid", "Jean-Luc",
         "Kavita", "Lars", "Mei", "Nadia", "Omar", "Priya", "Quentin", "Rosa", "Sanjay", "Tove", "Ugo",
         "Valeria", "Wen", "Ximena", "Yusuf", "Zofia"]
FAMILY = ["Abernethy", "Bouchard", "Castellanos", "Dubois", "Eriksen", "Fontaine", "Gagnon", "Hansen",
          "Ibrahim", "Jensen", "Kowalski", "Lindqvist", "Morin", "Nakamura", "Okafor", "Pelletier",
          "Quintero", "Rasmussen", "Sorensen", "Tremblay", "Underwood", "Vasquez", "Wodzinski", "Xu",
          "Yamamoto", "Zimmermann", "Osei-Bonsu", "Tremblay-Roy"]
JOURNALS = [("International Journal of Integrated Care", "Int J Integr Care"),
            ("The Milbank Quarterly", "Milbank Q"),
            ("Health Policy", "Health Policy"),
            ("BMC Health Services Research", "BMC Health Serv Res"),
            ("Journal of Interprofessional Care", "J Interprof Care"),
            ("Scandinavian Journal of Public Health", "Scand J Public Health"),
            ("Healthcare Policy", "Healthc Policy")]
PLACES = ["Ontario", "Quebec", "British Columbia", "Alberta", "Nova Scotia", "Canada", "Denmark", "France",
          "Germany", "the Netherlands", "Sweden", "Norway", "Scotland", "England", "the United States",
          "California", "New York", "Australia", "New Zealand", "Spain", "Catalonia", "Toronto", "Montréal",
          "Copenhagen", "Europe"]
PROGRAMS = [("Local Health Integration Networks", "LHINs"), ("Family Health Teams", "FHTs"),
            ("Community Care Access Centres", "CCACs"), ("Accountable Care Organizations", "ACOs"),
            ("Integrated Health and Social Services Centres", "CISSSs"), ("Health Links", "HL"),
            ("Primary Care Networks", "PCNs"), ("Regional Health Authorities", "RHAs"),
            ("Care Coordination Partnership Program", "CCPP"), ("Hospital at Home Program", "HaH")]
ORGANIZATIONS = ["Ministry of Health and Long-Term Care", "University of Toronto", "Milbank Memorial Fund",
                 "Canadian Institute for Health Information", "Nordic Health Foundation",
                 "Centre for Health Services and Policy Research", "Department of Health and Social Care",
                 "Kaiser Permanente", "Alberta Health Services", "King's Fund"]
CONCEPTS = ["organisational integration", "organizational integration", "clinical integration",
            "functional integration", "professional integration", "system integration", "service integration",
            "normative integration", "case management", "care management", "joint care planning",
            "shared clinical records", "electronic health records", "pooling of funds", "bundled care",
            "integrated funding", "capitation", "patient navigators", "care pathways", "decision support",
            "self-management support", "multidisciplinary teamwork", "the micro level", "the meso level",
            "person-focused care", "population-based care", "physician remuneration", "payment models",
            "care networks", "programmes", "initiatives", "facilitators", "challenges", "barriers"]
VERBS = ["improved", "supported", "complicated", "was associated with", "depended on", "strengthened",
         "did not change", "was enabled by", "reduced the need for", "required"]
OUTCOMES = ["hospital readmissions", "continuity of care", "patient satisfaction", "waiting times",
            "costs of care", "access to primary care", "caregiver burden", "emergency visits"]
HEDGES = ["", "", "", "likely ", "probably ", "in the hope that it ", "appears to have "]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
LONG_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December"]


class _Doc:
    """The random facts of one synthetic document."""

    def __init__(self, rng, index):
        self.rng = rng
        self.index = index
        self.authors = [(rng.choice(GIVEN), rng.choice(FAMILY)) for _ in range(rng.randint(1, 5))]
        self.journal = rng.choice(JOURNALS)
        self.year = rng.randint(1998, 2024)
        self.volume = rng.randint(1, 120)
        self.issue = rng.randint(1, 12)
        first = rng.randint(1, 900)
        self.pages = (first, first + rng.randint(5, 30))
        self.doi = f"10.{rng.randint(1000, 99999)}/syn.{self.year}.{index:06d}"
        self.pmid = str(20_000_000 + index)
        self.place = rng.choice(PLACES)
        self.program = rng.choice(PROGRAMS)
        self.organization = rng.choice(ORGANIZATIONS)
        concepts = rng.sample(CONCEPTS, 3)
        self.title = (f"{concepts[0].capitalize()} and {rng.choice(OUTCOMES)} in {self.place}: "
                      f"{rng.choice(['a realist evaluation', 'a mixed-methods study', 'lessons from ' + self.program[0], 'a policy review'])}")

    def sentence(self):
        rng = self.rng
        a, b = rng.sample(CONCEPTS, 2)
        return (f"{a.capitalize()} {rng.choice(VERBS)} {rng.choice(OUTCOMES)} in {rng.choice(PLACES)}, "
                f"and {rng.choice(HEDGES)}{b} {rng.choice(VERBS)} {rng.choice(OUTCOMES)}.")

    def abstract_sections(self, labels):
        rng = self.rng
        long, short = self.program
        parts = {
            labels[0]: (f"In {self.place}, the {self.organization} introduced {long} ({short}) to coordinate "
                        f"hospital and community care. " + self.sentence()),
            labels[1]: (f"We conducted {rng.randint(12, 80)} interviews with managers and clinicians of {short} "
                        f"and analysed {rng.randint(5, 40)} program documents. " + self.sentence()),
            labels[2]: " ".join(self.sentence() for _ in range(rng.randint(2, 4))),
            labels[3]: self.sentence() + f" Further evaluation of {short} is needed.",
        }
        return parts


def _pubmed(doc):
    rng = doc.rng
    names = []
    for given, family in doc.authors:
        initials = "".join(p[0] for p in given.split("-"))
        names.append(f"{initials} {family}" if rng.random() < 0.2 else f"{family} {initials}")
    sections = doc.abstract_sections(["BACKGROUND", "METHODS", "RESULTS", "CONCLUSIONS"])
    abstract = "".join(f"{k}: {v}" for k, v in sections.items())
    return "\n".join([
        f"{doc.title}.", "",
        f"Title{doc.title}.",
        "Publication TypeJournal Article",
        f"Year of Publication{doc.year}",
        f"Authors{', '.join(names)}",
        f"Journal{doc.journal[1]}",
        f"Volume{doc.volume}",
        f"Issue{doc.issue}",
        f"Pagination{doc.pages[0]}-{doc.pages[1]}",
        f"Date Published{doc.year} {rng.choice(MONTHS)}", "",
        abstract, "",
        f"Alternate Journal{doc.journal[1]}",
        f"PubMed ID{doc.pmid}",
        f"PubMed Central IDPMC{9_000_000 + doc.index}", ""])


def _mendeley(doc):
    rng = doc.rng
    shown = doc.authors[:3]
    bullets = [f"  • {family} {given[0]}" for given, family in shown]
    if len(doc.authors) > 3:
        bullets.append("  • et al.")
    sections = doc.abstract_sections(["Introduction", "Methods", "Results", "Discussion"])
    apa_authors = [f"{family}, {given[0]}." for given, family in doc.authors]
    if len(apa_authors) > 1:
        apa_authors[-1] = "& " + apa_authors[-1]
    citation = (f"{', '.join(apa_authors)} ({doc.year}). {doc.title}. {doc.journal[0]}, {doc.volume}({doc.issue}), "
                f"{doc.pages[0]}-{doc.pages[1]}. https://doi.org/{doc.doi}")
    return "\n".join([
        doc.title, "", *bullets,
        "N/ACitations", "Citations of this article", f"{rng.randint(1, 99)}Readers",
        "Mendeley users who have this article in their library.", "", "Abstract", "",
        " ".join(f"{k}: {v}" for k, v in sections.items()), "", "Cite", "", "CITATION STYLE", "", "APA", "",
        citation, "", "Register to see more suggestions", "",
        "Mendeley helps you to discover research relevant for your work.", "", "Sign up for free", ""])


def _publisher(doc):
    rng = doc.rng
    sections = doc.abstract_sections(["Context", "Methods", "Findings", "Conclusions"])
    return "\n".join([
        "JOURNALS TOPICS PODCASTS EVENTS SUBSCRIBE LOG IN",
        f"The {doc.organization} publishes {doc.journal[0]}, as well as reports and case studies.",
        f"Keep up with news and updates from the {doc.organization}.",
        f"{LONG_MONTHS[doc.issue - 1]} {doc.year} (Volume {doc.volume})",
        "Research Article",
        *[f"{given} {family}" for given, family in doc.authors],
        f"{rng.choice(LONG_MONTHS)} {rng.randint(2023, 2025)}",
        f"{rng.choice(MONTHS)} {rng.randint(1, 28)}, {rng.randint(2023, 2025)}",
        f"Back to {doc.journal[0]}",
        "Policy Points:",
        *[f"{k}: {v}" for k, v in sections.items()],
        f"Keywords: {', '.join(rng.sample(CONCEPTS, 3))}.",
        "Read on Wiley Online Library",
        f"Volume {doc.volume}, Issue {doc.issue} (pages {doc.pages[0]}-{doc.pages[1]}) DOI: {doc.doi} "
        f"Published in {doc.year}", ""])


def _policy(doc):
    rng = doc.rng
    long, short = doc.program
    recommendations = [f"{i}. {doc.sentence()}" for i in range(1, rng.randint(3, 5))]
    return "\n".join([
        "", "", "CONTEXT", "", doc.sentence() + " " + doc.sentence(), "", "OBJECTIVES", "",
        f"This paper offers recommendations to policy makers in {doc.place} on {long} ({short}).", "",
        "FINDINGS", "", " ".join(doc.sentence() for _ in range(rng.randint(3, 6))), "",
        "CONCLUSIONS/RECOMMENDATIONS", "", *recommendations, ""])


def _webpage(doc):
    rng = doc.rng
    long, short = doc.program
    concepts = rng.sample([c for c in CONCEPTS if c.endswith("integration")], 4)
    bullets = [f"  • {c.capitalize()} {rng.choice(VERBS)} {rng.choice(OUTCOMES)}." for c in concepts]
    return "\n".join([
        "HOME READING ROOM ASK GKEN VIDEOS MEDIA ABOUT US",
        "Our Mission: To improve health and the value of healthcare by comparing key drivers",
        "across the globe.", "", "Click for more information.", "", "Overview", "Integration", "",
        "Definition", "", doc.sentence(), "", "Different levels of integration exist:", "", *bullets, "",
        "Country Examples", "",
        f"{short} ({long}) in {doc.place}: {doc.sentence()} The {doc.organization} supported it.", ""])


STYLES = (_pubmed, _mendeley, _publisher, _policy, _webpage)


def generate(n, seed=0):
    """``n`` synthetic documents as ``(file_name, text)`` pairs, the styles in turn.

    Args:
        n: how many documents.
        seed: the random seed; the same (n, seed) gives the same documents.
    """
    rng = random.Random(seed)
    out = []
    for i in range(n):
        style = STYLES[i % len(STYLES)]
        doc = _Doc(rng, i)
        out.append((f"syn{i:06d}_{style.__name__.strip('_')}.txt", style(doc)))
    return out


def write_corpus(directory, n, seed=0):
    """Write ``generate(n, seed)`` into ``directory`` (created if needed); returns the paths."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in generate(n, seed):
        path = directory / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory")
    parser.add_argument("n", type=int)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    print(f"wrote {len(write_corpus(args.directory, args.n, args.seed))} documents to {args.directory}")


def write_text_pdf(path, pages):
    """A PDF whose pages hold ``pages`` (each a list of (font size, line)), in Helvetica, top down.

    The smallest well-formed PDF with a text layer, written by hand so that tests and benchmarks
    need no PDF writer: one content stream per page, a cross-reference table, no compression.
    """
    objects = ["<< /Type /Catalog /Pages 2 0 R >>", None, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    kids = []
    for lines in pages:
        y, ops = 800, []
        for size, line in lines:
            escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            ops.append(f"BT /F1 {size} Tf 50 {y} Td ({escaped}) Tj ET")
            y -= size + 6
        stream = "\n".join(ops)
        objects.append(f"<< /Length {len(stream.encode('latin-1', 'replace'))} >>\nstream\n{stream}\nendstream")
        content = len(objects)
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {content} 0 R "
                       f"/Resources << /Font << /F1 3 0 R >> >> >>")
        kids.append(len(objects))
    objects[1] = f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>"
    out, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1", "replace")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{o:010d} 00000 n \n" for o in offsets).encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    Path(path).write_bytes(out)
    return Path(path)


def article_pdf(path, n_pages=8, seed=0):
    """A full-length article as a PDF: a title, then ``n_pages`` pages of wrapped prose made of
    synthetic abstracts (about 3 KB of text a page)."""
    import textwrap

    docs = generate(n_pages * 2, seed=seed)
    pages, title = [], "Integrated care programmes compared: a synthetic article"
    for i in range(n_pages):
        lines = [(8, "Synthetic Journal | Working Paper"), (8, f"Page {i + 1} of {n_pages}")]
        if i == 0:
            lines.append((16, title))
        for _, text in docs[2 * i:2 * i + 2]:
            prose = " ".join(line for line in text.splitlines() if len(line) > 80)
            lines += [(10, line) for line in textwrap.wrap(prose, 95)[:28]]
        pages.append(lines)
    return write_text_pdf(path, pages)
