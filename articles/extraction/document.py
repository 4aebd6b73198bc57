"""Bytes of a saved page -> its text, and whether that text is HTML.

Saved pages are hostile input: they may be gzipped (or a gzip bomb), cut short,
binary, empty, or in an encoding they do not declare. Every such case ends in an
ExtractionError whose message says what is wrong in one line.
"""
import codecs
import re
import zlib
from dataclasses import dataclass

from charset_normalizer import from_bytes

from articles.extraction.types import ExtractionError

GZIP_MAGIC = b"\x1f\x8b"
# Signatures of files that are certainly not pages: images, PDF, archives, office
# files. Other binary formats almost always hold a NUL byte early on.
BINARY_SIGNATURES = (
    b"%PDF-",
    b"\x89PNG",
    b"\xff\xd8\xff",
    b"GIF87a",
    b"GIF89a",
    b"PK\x03\x04",
    b"\xd0\xcf\x11\xe0",
    b"7z\xbc\xaf",
    b"Rar!\x1a",
)
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# The replacement character, and control characters other than tab, newline,
# carriage return and form feed.
UNREADABLE = re.compile("[\ufffd\x00-\x08\x0b\x0e-\x1f]")
# <meta charset="x"> and <meta http-equiv="Content-Type" content="...; charset=x">.
DECLARED_CHARSET = re.compile(
    rb"""<meta[^>]{0,300}?charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE
)
HTML_EXTENSIONS = (".html", ".htm", ".xhtml", ".shtml")
HTML_MARKUP = re.compile(r"<(?:!doctype\s+html|html|head|body|p|div|article)\b", re.I)
# Single-byte encodings that any byte string decodes in: a declaration of one of
# these is often wrong when the bytes are valid UTF-8, which is far more telling.
LATIN_FAMILY = {"cp1252", "iso8859_15"}
LATIN_CODE_PAGES = {
    "cp1250",
    "cp1252",
    "cp1254",
    "cp1257",
    "latin_1",
    "iso8859_2",
    "iso8859_9",
    "iso8859_15",
    "mac_latin2",
    "mac_roman",
}
SNIFF_BYTES = 4096


@dataclass(frozen=True)
class Document:
    text: str
    is_html: bool


def read_document(data: bytes, filename: str, *, max_bytes: int) -> Document:
    """Raises ExtractionError for an empty, oversized, damaged or binary file."""
    if len(data) > max_bytes:
        raise ExtractionError(f"file is larger than the limit of {max_bytes} bytes")
    # The magic number decides, not the name: a page saved as .gz but left
    # uncompressed is still a page.
    name = filename.lower().removesuffix(".gz")
    if data.startswith(GZIP_MAGIC):
        data = gunzip(data, max_bytes=max_bytes)
    if not data.strip():
        raise ExtractionError("empty file")
    text = decode(data)
    return Document(text=text, is_html=looks_like_html(text, name))


def gunzip(data: bytes, *, max_bytes: int) -> bytes:
    """Decompresses at most max_bytes, so that a gzip bomb stops early."""
    decompressor = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        content = decompressor.decompress(data, max_bytes + 1)
    except zlib.error:
        raise ExtractionError("damaged gzip file") from None
    if len(content) > max_bytes:
        raise ExtractionError(
            f"page is larger than {max_bytes} bytes once decompressed"
        )
    if not decompressor.eof:
        raise ExtractionError("truncated gzip file")
    return content


def decode(data: bytes) -> str:
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return checked_text(data.decode(encoding, errors="replace"))
    if looks_binary(data):
        raise ExtractionError("not a text or HTML page (binary data)")
    declared = declared_encoding(data)
    for encoding in candidate_encodings(declared):
        try:
            return checked_text(data.decode(encoding))
        except (UnicodeDecodeError, LookupError):
            continue
    return checked_text(data.decode(guessed_encoding(data), errors="replace"))


def guessed_encoding(data: bytes) -> str:
    """charset_normalizer's guess, except that among the Latin code pages, which
    short texts cannot tell apart, windows-1252 wins: it is by far the commonest."""
    guess = from_bytes(data[:65536]).best()
    if guess is None or guess.encoding in LATIN_CODE_PAGES:
        try:
            data.decode("cp1252")
            return "cp1252"
        except UnicodeDecodeError:
            pass
    return guess.encoding if guess else "cp1252"


def candidate_encodings(declared: str | None) -> list[str]:
    if declared is None:
        return ["utf-8"]
    if declared in LATIN_FAMILY:
        return ["utf-8", declared]
    return [declared, "utf-8"]


def declared_encoding(data: bytes) -> str | None:
    match = DECLARED_CHARSET.search(data[:SNIFF_BYTES])
    if not match:
        return None
    try:
        name = codecs.lookup(match.group(1).decode("ascii", "replace")).name
    except LookupError:
        return None
    # Browsers read a declared Latin-1 as windows-1252; so do we.
    name = name.replace("-", "_")
    if name in {"iso8859_1", "latin_1", "ascii"}:
        return "cp1252"
    # A page cannot truly be UTF-16 if its declaration reads as ASCII.
    return "utf-8" if name.startswith("utf_16") or name.startswith("utf_32") else name


def looks_binary(data: bytes) -> bool:
    head = data[:SNIFF_BYTES]
    return head.startswith(BINARY_SIGNATURES) or b"\x00" in head


def checked_text(text: str) -> str:
    """Refuses text that decoded into mostly replacement or control characters."""
    sample = text[:SNIFF_BYTES]
    unreadable = len(UNREADABLE.findall(sample))  # a regex: far cheaper than a loop
    if unreadable > len(sample) / 10:
        raise ExtractionError("not a text or HTML page (unreadable characters)")
    return text


def looks_like_html(text: str, name: str) -> bool:
    if name.endswith(".txt"):
        return False
    if name.endswith(HTML_EXTENSIONS):
        return True
    return bool(HTML_MARKUP.search(text[:SNIFF_BYTES]))
