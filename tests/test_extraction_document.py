"""read_document(): bytes -> text, through gzip, encodings and hostile files."""
import codecs
import gzip

import pytest

from articles.extraction.document import read_document
from articles.extraction.types import ExtractionError

LIMIT = 1024 * 1024


def read(data: bytes, filename: str = "page.html", max_bytes: int = LIMIT):
    return read_document(data, filename, max_bytes=max_bytes)


def test_it_decodes_utf8_html():
    document = read("<html><body><p>Zürich café</p></body></html>".encode())
    assert "Zürich café" in document.text
    assert document.is_html


def test_it_follows_a_declared_charset():
    html = '<html><head><meta charset="windows-1252"></head><p>“Quoted” – yes</p>'
    assert "“Quoted” – yes" in read(html.encode("cp1252")).text


def test_it_follows_an_http_equiv_declaration():
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; '
        'charset=koi8-r"></head><p>Москва</p></html>'
    )
    assert "Москва" in read(html.encode("koi8_r")).text


def test_it_prefers_utf8_bytes_over_a_wrong_latin1_declaration():
    html = '<html><head><meta charset="iso-8859-1"></head><p>São Paulo</p></html>'
    assert "São Paulo" in read(html.encode("utf-8")).text


def test_it_falls_back_when_undeclared_bytes_are_not_utf8():
    text = "Une journée d'été à Genève, où l'on a parlé français."
    assert read(text.encode("cp1252"), "note.txt").text == text


def test_it_honours_a_byte_order_mark():
    text = "A short note in UTF-16."
    data = codecs.BOM_UTF16_LE + text.encode("utf-16-le")
    assert read(data, "note.txt").text == text


def test_it_decompresses_gzip_by_its_magic_number():
    document = read(gzip.compress(b"<html><p>Inside</p></html>"), "page.html.gz")
    assert "Inside" in document.text
    assert document.is_html


def test_it_reads_a_gz_name_that_holds_plain_html():
    assert "Plain" in read(b"<html><p>Plain</p></html>", "page.html.gz").text


def test_it_stops_a_gzip_bomb_at_the_limit():
    bomb = gzip.compress(b" " * (4 * LIMIT))
    with pytest.raises(ExtractionError, match="larger than .* once decompressed"):
        read(bomb)


def test_it_refuses_a_truncated_gzip_file():
    data = gzip.compress(b"<html><p>" + b"Some words here. " * 500 + b"</p></html>")
    with pytest.raises(ExtractionError, match="truncated gzip file"):
        read(data[: len(data) // 2])


def test_it_refuses_a_damaged_gzip_file():
    with pytest.raises(ExtractionError, match="damaged gzip file"):
        read(b"\x1f\x8b\x08\x00" + b"\xff" * 40)


def test_it_refuses_a_file_over_the_limit():
    with pytest.raises(ExtractionError, match="larger than the limit"):
        read(b"x" * 101, max_bytes=100)


@pytest.mark.parametrize("data", [b"", b"\n\n   \t"])
def test_it_refuses_an_empty_file(data):
    with pytest.raises(ExtractionError, match="empty file"):
        read(data)


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj",
        b"\xff\xd8\xff\xe0\x00\x10JFIF",
        b"GIF89a\x01\x00\x01\x00",
        b"<html>\x00\x00\x00</html>",
    ],
)
def test_it_refuses_binary_data(data):
    with pytest.raises(ExtractionError, match="not a text or HTML page"):
        read(data)


def test_it_refuses_text_that_decodes_to_control_characters():
    with pytest.raises(ExtractionError, match="not a text or HTML page"):
        read(bytes(range(1, 9)) * 100, "noise.txt")


@pytest.mark.parametrize(
    "filename, data, is_html",
    [
        ("story.txt", b"<p>A note about HTML</p>", False),
        ("story.htm", b"Just words", True),
        ("story", b"<!DOCTYPE html><html><body>Hi</body></html>", True),
        ("story", b"Just words, no markup at all.", False),
    ],
)
def test_it_tells_html_from_plain_text(filename, data, is_html):
    assert read(data, filename).is_html is is_html


def test_it_recovers_from_a_wrong_utf8_declaration():
    html = '<html><head><meta charset="utf-8"></head><p>Crème brûlée à Genève</p>'
    assert "Crème brûlée à Genève" in read(html.encode("cp1252")).text


def test_an_unknown_declared_charset_is_ignored():
    html = '<html><head><meta charset="no-such-charset"></head><p>Zürich</p></html>'
    assert "Zürich" in read(html.encode("utf-8")).text
