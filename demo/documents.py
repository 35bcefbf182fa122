"""Sample documents: small PDFs written with fpdf2, the same bytes on every run."""

import datetime

from fpdf import FPDF
from wagtail.documents import get_document_model

from demo.images import store_file

# A fixed date, so that the same text always gives the same file (see store_file).
CREATED = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)
# The PDF core fonts only hold Latin-1: typographic dashes and quotes get ASCII stand-ins.
PLAIN = str.maketrans(
    {"\u2013": "-", "\u2014": "-", "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'}
)


def make_pdf(title, lines):
    """An A4 PDF with ``title`` and ``lines`` (a line starting "# " is a heading)."""
    pdf = FPDF(format="A4")
    pdf.set_creation_date(CREATED)
    pdf.set_title(title.translate(PLAIN))
    pdf.set_producer("Casebook sample content")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.multi_cell(0, 8, title.translate(PLAIN), new_x="LMARGIN", new_y="NEXT")
    for line in lines:
        heading = line.startswith("# ")
        pdf.set_font("Helvetica", "B" if heading else "", 12 if heading else 11)
        if heading:
            pdf.ln(3)
        text = (line[2:] if heading else line).translate(PLAIN)
        pdf.multi_cell(
            0, 6, text.encode("latin-1", "replace").decode("latin-1"), new_x="LMARGIN", new_y="NEXT"
        )
    return bytes(pdf.output())


def create_pdf(ctx, spec):
    """The document titled ``spec.title`` (an editor's copy is kept), else newly written."""
    model = get_document_model()
    found = model.objects.filter(title=spec.title).first()
    if found is not None:
        return found
    document = model(title=spec.title, collection=ctx.collection)
    store_file(document, f"{spec.key}.pdf", make_pdf(spec.title, spec.lines))
    document._set_document_file_metadata()
    document.full_clean()
    document.save()
    ctx.tally("documents")
    return document
