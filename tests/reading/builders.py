"""Builders for the reader tests: .docx (python-docx + raw XML where python-docx has no
API), .pdf (reportlab, STSong-Light CID font, or raw PDF objects), zips and zip bombs.
Everything is built in memory; conftest.py turns the common ones into fixtures."""

from __future__ import annotations

import io
import struct
import zipfile

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = nsdecls("w")
FULL_NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)


# ---------------------------------------------------------------- docx helpers


def body_append(document, xml: str) -> None:
    """Append a raw block-level element to the body (before the final w:sectPr)."""
    element = parse_xml(xml)
    body = document.element.body
    sect = body.find(f"{{{W_NS}}}sectPr")
    if sect is not None:
        sect.addprevious(element)
    else:
        body.append(element)


def run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def para(inner: str, ppr: str = "") -> str:
    return f"<w:p {FULL_NS}>{ppr}{inner}</w:p>"


def numbered(text: str, num_id: int, ilvl: int = 0) -> str:
    ppr = f'<w:pPr><w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr></w:pPr>'
    return para(run(text), ppr)


def add_numbering(document, abstract_id: int, num_id: int, levels: list[tuple[str, str, int]],
                  start_override: dict[int, int] | None = None, new_abstract: bool = True) -> None:
    """Add w:abstractNum (levels: (numFmt, lvlText, start) per ilvl) and a w:num to it."""
    numbering = document.part.numbering_part.element
    if new_abstract:
        lvls = "".join(
            f'<w:lvl w:ilvl="{i}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/></w:lvl>'
            for i, (fmt, text, start) in enumerate(levels)
        )
        abstract = parse_xml(f'<w:abstractNum {NS} w:abstractNumId="{abstract_id}">{lvls}</w:abstractNum>')
        first_num = numbering.find(f"{{{W_NS}}}num")
        if first_num is not None:
            first_num.addprevious(abstract)
        else:
            numbering.append(abstract)
    overrides = "".join(
        f'<w:lvlOverride w:ilvl="{ilvl}"><w:startOverride w:val="{value}"/></w:lvlOverride>'
        for ilvl, value in (start_override or {}).items()
    )
    numbering.append(
        parse_xml(f'<w:num {NS} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>{overrides}</w:num>')
    )


def docx_bytes(document) -> bytes:
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def rezip(data: bytes, drop: set[str] = frozenset(), add: dict[str, bytes] | None = None) -> bytes:
    """Copy a zip, dropping and adding members."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename not in drop:
                dst.writestr(info.filename, src.read(info))
        for name, blob in (add or {}).items():
            dst.writestr(name, blob)
    return out.getvalue()


def patch_declared_size(data: bytes, member: str, size: int) -> bytes:
    """Rewrite the uncompressed size a zip's central directory declares for `member`."""
    buf = bytearray(data)
    pos = buf.find(b"PK\x01\x02")
    target = member.encode()
    while pos >= 0:
        name_len, extra_len, comment_len = struct.unpack("<HHH", buf[pos + 28 : pos + 34])
        name = bytes(buf[pos + 46 : pos + 46 + name_len])
        if name == target:
            buf[pos + 24 : pos + 28] = struct.pack("<I", size)
            return bytes(buf)
        pos = buf.find(b"PK\x01\x02", pos + 46 + name_len + extra_len + comment_len)
    raise KeyError(member)


def minimal_docx(text: str = "第一条 合同期限为一年。") -> bytes:
    document = docx.Document()
    document.add_paragraph(text)
    return docx_bytes(document)


def real_bomb_docx(inflated_mb: int = 32) -> bytes:
    """A docx whose document.xml really inflates to `inflated_mb` MB of zeros-like XML."""
    base = minimal_docx()
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(base)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename == "word/document.xml":
                member = zipfile.ZipInfo("word/document.xml")
                member.compress_type = zipfile.ZIP_DEFLATED
                with dst.open(member, "w", force_zip64=True) as handle:
                    chunk = b" " * (1024 * 1024)
                    for _ in range(inflated_mb):
                        handle.write(chunk)
            else:
                dst.writestr(info.filename, src.read(info))
    return out.getvalue()


def _zip_by_hand(members: list[tuple[str, int, bytes, int, int]]) -> bytes:
    """Assemble a zip from (name, method, raw data, crc, uncompressed size) members."""
    out = bytearray()
    central = bytearray()
    for name, method, raw, crc, size in members:
        encoded = name.encode()
        offset = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, method, 0, 0x21, crc, len(raw), size, len(encoded), 0)
        out += encoded + raw
        central += struct.pack(
            "<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, method, 0, 0x21, crc, len(raw), size,
            len(encoded), 0, 0, 0, 0, 0, offset,
        )
        central += encoded
    start = len(out)
    out += central
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members), len(central), start, 0)
    return bytes(out)


def deflate_bomb_docx(inflated_mb: int = 1024) -> bytes:
    """A docx whose document.xml truly inflates to `inflated_mb` MB, built in milliseconds.

    One MB of spaces is deflated with a full flush (byte-aligned, dictionary reset), so the
    same compressed chunk can be repeated. The CRC is not computed (that would mean
    hashing the whole inflated size): a reader that inflated the member would spend the
    memory before ever reaching the CRC check, which is what the memory test guards.
    """
    import zlib

    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    chunk = comp.compress(b" " * (1024 * 1024)) + comp.flush(zlib.Z_FULL_FLUSH)
    tail = comp.flush(zlib.Z_FINISH)
    raw = chunk * inflated_mb + tail
    members = []
    with zipfile.ZipFile(io.BytesIO(minimal_docx())) as src:
        for info in src.infolist():
            if info.filename == "word/document.xml":
                members.append((info.filename, zipfile.ZIP_DEFLATED, raw, 0, inflated_mb * 1024 * 1024))
            else:
                blob = src.read(info)
                members.append((info.filename, zipfile.ZIP_STORED, blob, zlib.crc32(blob), len(blob)))
    return _zip_by_hand(members)


def lying_bomb_docx(declared: int = 1024 * 1024 * 1024) -> bytes:
    """A small docx whose central directory claims document.xml inflates to `declared` bytes."""
    return patch_declared_size(minimal_docx(), "word/document.xml", declared)


# ---------------------------------------------------------------- pdf helpers

_FONT = "STSong-Light"


def _register_font() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    if _FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(_FONT))


def wrap_cjk(text: str, width: float, size: float = 12) -> list[str]:
    """Break `text` into lines no wider than `width` points (character by character)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    _register_font()
    lines, current = [], ""
    for ch in text:
        if current and stringWidth(current + ch, _FONT, size) > width:
            lines.append(current)
            current = ch
        else:
            current += ch
    if current:
        lines.append(current)
    return lines


def make_pdf(pages: list[list[str | list[str]]], *, header: str | None = None, footer: str | None = None,
             encrypt: str | None = None, size: float = 12, width: float = 300,
             paragraph_gap: float = 0.0) -> bytes:
    """One PDF page per entry; each entry is a list of paragraphs, wrapped to `width`.

    A paragraph given as a list of strings is drawn as exactly those lines (no wrapping).
    `footer` may contain {page} and {pages}. A paragraph "" leaves a blank line.
    """
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    _register_font()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, encrypt=encrypt, invariant=1)
    _, height = A4
    for page_no, paragraphs in enumerate(pages, start=1):
        if header:
            c.setFont(_FONT, 9)
            c.drawString(72, height - 40, header)
        c.setFont(_FONT, size)
        y = height - 80
        for paragraph in paragraphs:
            lines = paragraph if isinstance(paragraph, list) else wrap_cjk(paragraph, width, size)
            for line in lines or [""]:
                c.drawString(72, y, line)
                y -= size * 1.5
            y -= paragraph_gap
        if footer:
            c.setFont(_FONT, 9)
            c.drawCentredString(A4[0] / 2, 30, footer.format(page=page_no, pages=len(pages)))
        c.showPage()
    c.save()
    return buf.getvalue()


def image_only_pdf(pages: int = 1) -> bytes:
    """A 'scanned' PDF: drawings, no text at all."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    for _ in range(pages):
        c.setFillGray(0.6)
        c.rect(72, 300, 400, 400, fill=1)
        c.showPage()
    c.save()
    return buf.getvalue()


def raw_pdf(objects: list[bytes]) -> bytes:
    """Assemble a PDF from object bodies (object i+1 = objects[i]) with a correct xref."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def cid_garbage_pdf(glyphs: int = 60) -> bytes:
    """Text drawn with an Identity-H font that has no ToUnicode map: pdfminer can only
    report '(cid:NN)' glyph codes -- the typical garbage text layer."""
    codes = "".join(f"{0x0100 + i:04X}" for i in range(glyphs)).encode()
    content = b"BT /F1 12 Tf 72 700 Td <" + codes + b"> Tj ET"
    return raw_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type0 /BaseFont /NoUnicode /Encoding /Identity-H /DescendantFonts [6 0 R] >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /NoUnicode "
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 1000 >>",
    ])


def one_page_pdf(content: bytes, repeat: int = 1) -> bytes:
    """One page whose Flate content stream is `content` repeated `repeat` times (compressed as it
    goes, so a stream of many MB never exists uncompressed here)."""
    import zlib

    packer = zlib.compressobj(9)
    stream = b"".join(packer.compress(content) for _ in range(repeat)) + packer.flush()
    return raw_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Filter /FlateDecode /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ])


def pdf_with_scanned_pages(pages: list[list[str] | None]) -> bytes:
    """One PDF page per entry: lines of text, or None for a 'scanned' page (a picture, no text)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    _register_font()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    for page in pages:
        if page is None:
            c.setFillGray(0.6)
            c.rect(72, 300, 400, 400, fill=1)
        else:
            c.setFont(_FONT, 12)
            for i, line in enumerate(page):
                c.drawString(72, 760 - 20 * i, line)
        c.showPage()
    c.save()
    return buf.getvalue()


def owner_password_pdf(paragraphs: list[str]) -> bytes:
    """A PDF that opens without a password but has an owner password forbidding copy and print."""
    from reportlab.lib import pdfencrypt

    lock = pdfencrypt.StandardEncryption("", ownerPassword="owner", canCopy=0, canPrint=0, strength=128)
    return make_pdf([paragraphs], encrypt=lock)


def borderless_table_pdf(before: list[str], rows: list[list[str]], after: list[str], *,
                         columns: tuple[float, ...] = (72, 180, 330), size: float = 12) -> bytes:
    """One page: paragraphs, then a table drawn as text at column positions with no ruling
    lines (as word processors export "no border" tables), then more paragraphs."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    _register_font()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setFont(_FONT, size)
    y = A4[1] - 80
    for paragraph in before:
        for line in wrap_cjk(paragraph, 420, size):
            c.drawString(72, y, line)
            y -= size * 1.5
    for row in rows:
        for x, cell in zip(columns, row):
            c.drawString(x, y, cell)
        y -= size * 1.5
    for paragraph in after:
        for line in wrap_cjk(paragraph, 420, size):
            c.drawString(72, y, line)
            y -= size * 1.5
    c.showPage()
    c.save()
    return buf.getvalue()
