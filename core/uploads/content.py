"""What an uploaded file is, by its bytes rather than its name.

Signatures come from the ``filetype`` package; the office formats are ZIP archives whose
members say what they hold (filetype reads only the first 8 KB and misses some of them).
"""

import codecs
import zipfile

import filetype

HEAD_BYTES = 8192
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Word 97-2003 and other compound files
_ZIP = (b"PK\x03\x04", b"PK\x05\x06")  # a first member, or an empty archive
# Ogg and Matroska/WebM carry audio, video or both.
_CONTAINERS = (b"OggS", b"\x1a\x45\xdf\xa3")
MEDIA_KINDS = frozenset({"audio", "video"})


def head(file):
    file.seek(0)
    data = file.read(HEAD_BYTES)
    file.seek(0)
    return data


def _sniffed(mime):
    return lambda file: filetype.guess_mime(head(file)) == mime


def _zip_names(file):
    if not head(file).startswith(_ZIP):
        return None
    try:
        with zipfile.ZipFile(file) as archive:
            return archive.namelist()
    except zipfile.BadZipFile:
        return None
    finally:
        file.seek(0)


def _ooxml(folder):
    """Office Open XML (docx, xlsx, pptx): a ZIP with a content-types list and its folder."""

    def check(file):
        names = _zip_names(file) or []
        return "[Content_Types].xml" in names and any(n.startswith(folder) for n in names)

    return check


def _opendocument(mime):
    """OpenDocument: a ZIP whose ``mimetype`` member names the format."""

    def check(file):
        if "mimetype" not in (_zip_names(file) or []):
            return False
        with zipfile.ZipFile(file) as archive, archive.open("mimetype") as member:
            found = member.read(len(mime) + 1)
        file.seek(0)
        return found == mime.encode()

    return check


def _utf8_text(file):
    """Text (csv, txt) is UTF-8 throughout and has no NUL bytes, which text never holds."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        for chunk in file.chunks():
            if b"\0" in chunk:
                return False
            decoder.decode(chunk)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    finally:
        file.seek(0)
    return True


# One check for each extension in WAGTAILDOCS_EXTENSIONS (a test holds them together).
DOCUMENT_CHECKS = {
    "pdf": _sniffed("application/pdf"),
    "rtf": _sniffed("application/rtf"),
    "doc": lambda file: head(file).startswith(_OLE2),
    "docx": _ooxml("word/"),
    "xlsx": _ooxml("xl/"),
    "pptx": _ooxml("ppt/"),
    "odt": _opendocument("application/vnd.oasis.opendocument.text"),
    "zip": lambda file: _zip_names(file) is not None,
    "csv": _utf8_text,
    "txt": _utf8_text,
}
TEXT_EXTENSIONS = frozenset({"csv", "txt"})


def media_kinds(file):
    """{'audio'}, {'video'}, both for containers that carry either, or none."""
    data = head(file)
    kind = (filetype.guess_mime(data) or "").partition("/")[0]
    if kind == "image":  # AVIF and HEIC share MP4's box structure
        return frozenset()
    if data[4:8] == b"ftyp" or data.startswith(_CONTAINERS):  # MP4/QuickTime, Ogg, WebM
        return MEDIA_KINDS
    return MEDIA_KINDS & {kind}
