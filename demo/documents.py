"""Generated sample documents: small, valid PDFs written with the standard library."""

import textwrap

from wagtail.documents import get_document_model

from demo.images import store_file

PAGE_WIDTH, PAGE_HEIGHT = 595, 842  # A4 in points
MARGIN = 56
LINE_HEIGHT = 15
WRAP = 88
LINES_PER_PAGE = (PAGE_HEIGHT - 2 * MARGIN) // LINE_HEIGHT


def _pdf_text(text):
    """Text for a PDF string in the standard Latin encoding (ASCII stand-ins otherwise)."""
    replacements = {"\u2013": "-", "\u2014": "-", "\u2018": "'", "\u2019": "'", "\u201c": '"'}
    replacements["\u201d"] = '"'
    text = "".join(replacements.get(ch, ch) for ch in text)
    text = text.encode("latin-1", "replace").decode("latin-1")
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _layout(title, lines):
    """[(font, size, text)] wrapped to the page width, title first."""
    rows = [("F2", 16, title), ("F1", 11, "")]
    for line in lines:
        if line.startswith("# "):
            rows += [("F1", 11, ""), ("F2", 12, line[2:])]
        elif not line:
            rows.append(("F1", 11, ""))
        else:
            rows += [("F1", 11, part) for part in textwrap.wrap(line, WRAP)]
    return rows


def make_pdf(title, lines):
    """A minimal multi-page PDF (Helvetica) with ``title`` and ``lines``; deterministic bytes."""
    rows = _layout(title, lines)
    pages = [rows[i : i + LINES_PER_PAGE] for i in range(0, len(rows), LINES_PER_PAGE)]
    objects = []  # bodies; object n is objects[n - 1]

    def add(body):
        objects.append(body)
        return len(objects)

    catalog = add(None)
    page_tree = add(None)
    regular = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    bold = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold >>")
    page_ids = []
    for page_rows in pages:
        commands = ["BT", f"{MARGIN} {PAGE_HEIGHT - MARGIN} Td", f"{LINE_HEIGHT} TL"]
        for font, size, text in page_rows:
            commands.append(f"/{font} {size} Tf ({_pdf_text(text)}) Tj T*")
        commands.append("ET")
        stream = "\n".join(commands).encode("latin-1")
        content = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        page_ids.append(
            add(
                (
                    f"<< /Type /Page /Parent {page_tree} 0 R "
                    f"/MediaBox [0 0 {PAGE_WIDTH} {PAGE_HEIGHT}] "
                    f"/Resources << /Font << /F1 {regular} 0 R /F2 {bold} 0 R >> >> "
                    f"/Contents {content} 0 R >>"
                ).encode()
            )
        )
    objects[catalog - 1] = f"<< /Type /Catalog /Pages {page_tree} 0 R >>".encode()
    kids = " ".join(f"{n} 0 R" for n in page_ids)
    objects[page_tree - 1] = f"<< /Type /Pages /Kids [{kids}] /Count {len(page_ids)} >>".encode()
    info = add(f"<< /Title ({_pdf_text(title)}) /Producer (Casebook sample content) >>".encode())

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        catalog,
        info,
        xref,
    )
    return bytes(out)


def ensure_pdf(ctx, key, title, lines):
    """The document titled ``title``; written as a PDF and saved if missing."""
    model = get_document_model()
    found = model.objects.filter(title=title).first()
    if found is not None:
        return found
    document = model(title=title, collection=ctx.collection)
    store_file(document, f"{key}.pdf", make_pdf(title, lines))
    document._set_document_file_metadata()
    document.full_clean()
    document.save()
    ctx.tally("documents")
    return document
