"""Generators of bad inputs: the robustness corpus, built in memory (nothing is downloaded).

Every builder returns the bytes of one file. :data:`CASES` lists the corpus: a case id, the
file name it is written under (the extension matters to format detection), a builder, the
error kinds a result may carry (``None``: any documented kind) and whether the good text in
it must still give a claim. ``benchmarks/make_corrupt_batch.py`` reuses these builders.

The PDF and DOCX builders write the formats by hand (PDF 1.4 objects and cross-reference
table, ISO 32000-1 §7; the standard security handler revision 2 with RC4, §7.6.3; the
OOXML package parts a DOCX needs, ECMA-376 Part 2), so no writer library is needed.
"""

from __future__ import annotations

import hashlib
import io
import unicodedata
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass

#: A sentence with one claim (real wording, seed 004): good text mixed into the bad inputs.
GOOD = "Tỉnh Khánh Hòa đạt 37,43% dịch vụ công trực tuyến mức 4 trong năm 2020."
GOOD2 = "Tính đến tháng 4/2022, tỷ lệ hồ sơ trực tuyến trung bình của cả nước mới chỉ đạt 24,89%."

MB = 1_000_000


# ----------------------------------------------------------------------------- text


def png_bytes() -> bytes:
    """A real 1×1 PNG (signature, IHDR, IDAT, IEND), padded with binary noise."""

    def chunk(tag: bytes, body: bytes) -> bytes:
        return len(body).to_bytes(4, "big") + tag + body + zlib.crc32(tag + body).to_bytes(4, "big")

    ihdr = (1).to_bytes(4, "big") * 2 + bytes([8, 2, 0, 0, 0])
    idat = zlib.compress(b"\x00\xff\x00\x00")
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")
    return png + bytes(range(256)) * 16


def invalid_utf8() -> bytes:
    """UTF-8 Vietnamese with stray bytes that are not UTF-8 (0xFF, a cut sequence, 0xC0 0x80)."""
    return (GOOD + "\n").encode() + b"\xff\xfe r\xe1\xbb\n" + b"\xc0\x80" + (GOOD2 + "\n").encode()


def all_invalid_utf8() -> bytes:
    """Bytes that are almost all invalid UTF-8 but not control characters (0x80-0xFF)."""
    return bytes(range(0x80, 0x100)) * 64


def utf16_no_bom(byteorder: str = "le") -> bytes:
    """Vietnamese text in UTF-16 without a byte-order mark."""
    return (GOOD + "\n" + GOOD2 + "\n").encode(f"utf-16-{byteorder}")


def nfd_text() -> bytes:
    """The good text in NFD (tone marks as combining characters)."""
    return unicodedata.normalize("NFD", GOOD + "\n" + GOOD2).encode()


def _cp1258(s: str) -> bytes:
    """``s`` in Windows-1258: base letters with their vowel marks precomposed, tones combining."""
    res = []
    for ch in unicodedata.normalize("NFC", s):
        d = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in d if c not in "\u0300\u0301\u0303\u0309\u0323"))
        tones = "".join(c for c in d if c in "\u0300\u0301\u0303\u0309\u0323")
        res.append(base + tones)
    return "".join(res).encode("cp1258")


def mixed_encodings() -> bytes:
    """A UTF-8 paragraph followed by one pasted in Windows-1258 (a legacy Vietnamese code page)."""
    return (GOOD + "\n").encode() + _cp1258("Hà Nội đạt 23,88% dịch vụ công trực tuyến mức 4.\n")


def long_line(n: int = MB) -> bytes:
    """One line of ``n`` bytes with no space (Vietnamese letters and digits)."""
    unit = "đạt37,43%Hòa".encode()
    return (unit * (n // len(unit) + 1))[:n].decode(errors="ignore").encode()


def big_text(n: int) -> bytes:
    """About ``n`` bytes of real-looking Vietnamese text (the good sentences repeated)."""
    para = ((GOOD + " " + GOOD2 + "\n") * 20).encode()
    return para * (n // len(para) + 1)


#: Long runs that tempt regex backtracking: each about 100 kB.
BAIT = {
    "slashes": "1/" * 50_000,
    "percents": "%" * 100_000,
    "so_colon": "Số: " * 25_000,
    "thousand_dots": "1." * 33_000 + "000",
    "thousand_dots_words": "1.000.000 " * 10_000,
    "comma_digits": "1,1" * 33_000 + "%",
    "doc_symbols": "17/NQ-" * 16_000 + "CP",
    "dashes": "-" * 100_000,
    "tu_den": "từ 1% đến " * 10_000,
    "ubnd_tinh": "UBND tỉnh " * 10_000,
    "ngay_thang": "ngày 1 tháng " * 8_000,
    "pipes": "|" * 100_000,
    "digits": "9" * 100_000,
    "spaces_then_x": " " * 100_000 + "x",
    "capitals": "Nguyễn " * 15_000,
    "emails": "a." * 50_000 + "@",
    "phones": "0912 " * 20_000,
}


# ----------------------------------------------------------------------------- PDF


def _rc4(key: bytes, data: bytes) -> bytes:
    s = list(range(256))
    j = 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256
        s[i], s[j] = s[j], s[i]
    out = bytearray()
    i = j = 0
    for b in data:
        i = (i + 1) % 256
        j = (j + s[i]) % 256
        s[i], s[j] = s[j], s[i]
        out.append(b ^ s[(s[i] + s[j]) % 256])
    return bytes(out)


_PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")


def _pdf(page_texts: list[str], *, user_password: str | None = None) -> bytes:
    """A PDF with one page per text (Helvetica, ASCII text), optionally RC4-encrypted (R2)."""
    file_id = hashlib.md5(b"vn_egov_extract robustness").digest()
    key = None
    encrypt_obj = None
    if user_password is not None:
        # ISO 32000-1 §7.6.3.3 algorithms 2, 3 and 4 (revision 2, 40-bit RC4)
        upw = (user_password.encode("latin-1") + _PAD)[:32]
        opw = (b"owner-" + user_password.encode("latin-1") + _PAD)[:32]
        o_value = _rc4(hashlib.md5(opw).digest()[:5], upw)
        perms = (-4).to_bytes(4, "little", signed=True)
        key = hashlib.md5(upw + o_value + perms + file_id).digest()[:5]
        u_value = _rc4(key, _PAD)
        encrypt_obj = (
            f"<< /Filter /Standard /V 1 /R 2 /Length 40 /P -4 /O <{o_value.hex()}> /U <{u_value.hex()}> >>"
        ).encode()

    objects: list[bytes] = []  # object number i+1

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    catalog = add(b"")
    pages = add(b"")
    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    kids = []
    for text in page_texts:
        safe = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        stream = f"BT /F1 12 Tf 72 720 Td ({safe}) Tj ET".encode("latin-1")
        num = len(objects) + 1
        if key is not None:
            obj_key = hashlib.md5(key + num.to_bytes(3, "little") + (0).to_bytes(2, "little")).digest()[:10]
            stream = _rc4(obj_key, stream)
        content = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        page = add(
            b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 %d 0 R >> >> "
            b"/Contents %d 0 R >>" % (pages, font, content)
        )
        kids.append(page)
    objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages
    objects[pages - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids),
        len(kids),
    )
    enc_ref = add(encrypt_obj) if encrypt_obj is not None else None

    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    trailer = b"<< /Size %d /Root %d 0 R /ID [<%s> <%s>]" % (
        len(objects) + 1,
        catalog,
        file_id.hex().encode(),
        file_id.hex().encode(),
    )
    if enc_ref is not None:
        trailer += b" /Encrypt %d 0 R" % enc_ref
    out.write(b"trailer\n" + trailer + b" >>\nstartxref\n%d\n%%%%EOF\n" % xref)
    return out.getvalue()


def pdf_valid() -> bytes:
    """A small valid two-page PDF (ASCII text)."""
    return _pdf(["Ha Noi dat 23,88% nam 2020.", "Trang 2."])


def pdf_truncated() -> bytes:
    """A valid PDF cut at 60% of its length (no cross-reference table, no trailer)."""
    data = _pdf([f"Trang {i}: Ha Noi dat 23,88%." for i in range(20)])
    return data[: len(data) * 6 // 10]


def pdf_encrypted() -> bytes:
    """A PDF encrypted with a user password ("mat-khau") that the reader does not know."""
    return _pdf(["Noi dung mat."], user_password="mat-khau")


def pdf_many_pages(n: int = 2000) -> bytes:
    """A valid PDF of ``n`` pages, each with a line of text."""
    return _pdf([f"Trang {i}: ty le dat {i % 100},5%." for i in range(1, n + 1)])


def pdf_garbage_after_header() -> bytes:
    """The PDF signature followed by random-looking bytes."""
    return b"%PDF-1.7\n" + hashlib.sha256(b"x").digest() * 4000


# ----------------------------------------------------------------------------- DOCX

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    "</Types>"
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="word/document.xml"/></Relationships>'
)
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _part(name: str) -> zipfile.ZipInfo:
    """A ZIP entry with a fixed time stamp, so that a builder gives the same bytes every time."""
    info = zipfile.ZipInfo(name, date_time=(2020, 9, 10, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    return info


def _docx(document_xml: bytes | Callable[[zipfile.ZipFile], None]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(_part("[Content_Types].xml"), _CONTENT_TYPES)
        z.writestr(_part("_rels/.rels"), _RELS)
        if callable(document_xml):
            document_xml(z)
        else:
            z.writestr(_part("word/document.xml"), document_xml)
    return buf.getvalue()


def _paragraphs(texts: list[str], doctype: str = "") -> bytes:
    body = "".join(f"<w:p><w:r><w:t>{t}</w:t></w:r></w:p>" for t in texts)
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>{doctype}'
        f'<w:document xmlns:w="{_W}"><w:body>{body}</w:body></w:document>'
    ).encode()


def docx_valid() -> bytes:
    """A small valid DOCX with the good sentences."""
    return _docx(_paragraphs([GOOD, GOOD2]))


def docx_zip_bomb(expanded: int = 256 * 2**20) -> bytes:
    """A DOCX whose ``word/document.xml`` expands to ``expanded`` bytes (ratio about 1000:1).

    The declared sizes are true: the bomb is in the compression ratio, not in a lying header.
    """

    def write(z: zipfile.ZipFile) -> None:
        head = f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{_W}"><w:body>'.encode()
        tail = b"</w:body></w:document>"
        para = b"<w:p><w:r><w:t>a</w:t></w:r></w:p>" * 30_000
        with z.open(_part("word/document.xml"), "w", force_zip64=True) as fh:
            fh.write(head)
            left = expanded - len(head) - len(tail)
            while left > 0:
                piece = para[:left]
                fh.write(piece)
                left -= len(piece)
            fh.write(tail)

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        z.writestr(_part("[Content_Types].xml"), _CONTENT_TYPES)
        z.writestr(_part("_rels/.rels"), _RELS)
        write(z)
    return buf.getvalue()


def docx_many_entries(n: int = 20_000) -> bytes:
    """A DOCX with ``n`` tiny extra parts (a central directory bomb)."""

    def write(z: zipfile.ZipFile) -> None:
        z.writestr(_part("word/document.xml"), _paragraphs([GOOD]))
        for i in range(n):
            z.writestr(_part(f"word/media/x{i}.bin"), b"")

    return _docx(write)


def docx_xxe(secret_path: str) -> bytes:
    """A DOCX whose document declares an external entity reading ``secret_path`` (XXE)."""
    doctype = f'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file://{secret_path}">]>'
    return _docx(_paragraphs([GOOD, "&xxe;"], doctype=doctype))


def docx_billion_laughs(levels: int = 10) -> bytes:
    """A DOCX with nested internal entities that expand exponentially ("billion laughs")."""
    ents = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">' for i in range(1, levels)
    ]
    doctype = "<!DOCTYPE w:document [" + "".join(ents) + "]>"
    return _docx(_paragraphs([GOOD, f"&lol{levels - 1};"], doctype=doctype))


def docx_truncated() -> bytes:
    """A valid DOCX cut in half (the central directory is lost)."""
    data = docx_valid()
    return data[: len(data) // 2]


# ----------------------------------------------------------------------------- HTML


def html_deep(depth: int = 10_000) -> bytes:
    """HTML with ``depth`` nested ``<div>`` elements around the good sentence."""
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>t</title></head><body>"
        + "<div>" * depth
        + f"<p>{GOOD}</p>"
        + "</div>" * depth
        + "</body></html>"
    ).encode()


def html_unclosed(depth: int = 10_000) -> bytes:
    """HTML with ``depth`` opening tags of mixed kinds and none closed."""
    return ("<!DOCTYPE html><html><body>" + "<div><span><b>" * (depth // 3) + GOOD).encode()


# ----------------------------------------------------------------------------- the corpus


@dataclass(frozen=True)
class Case:
    """One bad input: ``build()`` gives the bytes of file ``name``.

    ``kinds``: the error kinds (any severity) the result may carry; ``None`` allows any
    documented kind. ``claim``: the good text inside must still give at least one claim.
    """

    id: str
    name: str
    build: Callable[[], bytes]
    kinds: frozenset[str] | None = None
    claim: bool = False


_TEXT_OK = frozenset({"decode_error", "encoding_repaired"})

CASES: list[Case] = [
    Case("empty", "empty.txt", lambda: b"", frozenset({"empty_input"})),
    Case("whitespace_only", "blank.txt", lambda: " \n\t \r\n\u00a0\u3000 \n".encode(), frozenset({"empty_input"})),
    Case("png_renamed_txt", "image.txt", png_bytes, frozenset({"not_text"})),
    Case("invalid_utf8", "bad_utf8.txt", invalid_utf8, frozenset({"decode_error"}), claim=True),
    Case(
        "all_invalid_utf8",
        "all_bad.txt",
        all_invalid_utf8,
        frozenset({"not_text", "encoding_repaired", "decode_error"}),
    ),
    Case("utf16_le_no_bom", "u16le.txt", utf16_no_bom, frozenset({"encoding_repaired"}), claim=True),
    Case("utf16_be_no_bom", "u16be.txt", lambda: utf16_no_bom("be"), frozenset({"encoding_repaired"}), claim=True),
    Case("nfd", "nfd.txt", nfd_text, frozenset(), claim=True),
    Case("mixed_encodings", "mixed.txt", mixed_encodings, _TEXT_OK, claim=True),
    Case("nul_bytes", "nul.txt", lambda: b"\x00" * 10_000, frozenset({"not_text", "encoding_repaired"})),
    Case("long_line_1mb", "long_line.txt", long_line, frozenset({"timeout"})),
    *[Case(f"bait_{k}", f"bait_{k}.txt", (lambda v=v: v.encode()), frozenset({"timeout"})) for k, v in BAIT.items()],
    Case("pdf_valid", "ok.pdf", pdf_valid, None),
    Case("pdf_truncated", "truncated.pdf", pdf_truncated, None),
    Case("pdf_encrypted", "encrypted.pdf", pdf_encrypted, None),
    Case("pdf_2000_pages", "pages.pdf", pdf_many_pages, None),
    Case("pdf_garbage", "garbage.pdf", pdf_garbage_after_header, None),
    Case("pdf_renamed_txt", "pdf_inside.txt", pdf_valid, None),
    Case("docx_valid", "ok.docx", docx_valid, None),
    Case("docx_zip_bomb", "bomb.docx", docx_zip_bomb, None),
    Case("docx_many_entries", "entries.docx", docx_many_entries, None),
    Case("docx_billion_laughs", "laughs.docx", docx_billion_laughs, None),
    Case("docx_truncated", "truncated.docx", docx_truncated, None),
    Case("html_deep_10000", "deep.html", html_deep, None),
    Case("html_unclosed_10000", "unclosed.html", html_unclosed, None),
]
