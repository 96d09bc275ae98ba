"""Writes ``embrace-report.pdf`` from the text below: a plain PDF with a text layer (Helvetica,
a larger title, a running footer with the page number), made without any PDF library so that
anyone can rerun it (``python tests/data/proposals/make_pdf.py``); the output is byte-identical.

The text was written for the tests of issue 12 (proposals and review) about Embrace, an
integrated care program for older people in Groningen, the Netherlands (public sources:
Spoorenberg et al., BMC Geriatrics 2013;13:62; Uittenbroek et al., J Gen Intern Med
2017;32:516-523); its authors and institute are invented.
"""

from pathlib import Path

TITLE = "Embrace in Groningen: a working paper on integrated elderly care"
PAGES = [
    [("meta", "Working Paper 2018-04 | Northern Institute for Care Studies"),
     ("h", "Summary"),
     ("p", "Embrace is an integrated care program for community-living older adults in the province of "
           "Groningen, the Netherlands, started in 2011. The program targets older adults aged 75 years "
           "and over who live at home."),
     ("h", "How the program works"),
     ("p", "Embrace combines case management, an interdisciplinary team in each general practice and "
           "a care plan for every older adult with complex care needs.")],
    [("h", "Results"),
     ("p", "Embrace improved the quality of care as experienced by older adults. Emergency admissions "
           "were reduced in the frail group."),
     ("h", "Conclusion"),
     ("p", "Embrace is a promising model of integrated care for frail older people.")],
]


def wrap(text, width=88):
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return lines + ([line] if line else [])


def escape(text):
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def page_stream(blocks, number, count, first):
    ops, y = [], 760
    if first:
        ops.append(f"BT /F1 16 Tf 72 {y} Td ({escape(TITLE)}) Tj ET")
        y -= 30
    for kind, text in blocks:
        size = {"h": 13, "meta": 10, "p": 10}[kind]
        if kind == "h":
            y -= 8
        for line in wrap(text):
            ops.append(f"BT /F1 {size} Tf 72 {y} Td ({escape(line)}) Tj ET")
            y -= size + 4
        y -= 6
    ops.append(f"BT /F1 8 Tf 72 40 Td (Page {number} of {count}) Tj ET")
    return "\n".join(ops).encode("latin-1")


def pdf_bytes():
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", None,
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    kids = []
    for number, blocks in enumerate(PAGES, 1):
        stream = page_stream(blocks, number, len(PAGES), number == 1)
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        content = len(objects)
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
                       b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % content)
        kids.append(len(objects))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


if __name__ == "__main__":
    (Path(__file__).resolve().parent / "embrace-report.pdf").write_bytes(pdf_bytes())
