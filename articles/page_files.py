"""Which files the commands read: the pages named, and those found in folders named.

Kept free of Django: both commands and the benchmark helpers walk paths the same way.
"""
from dataclasses import dataclass
from pathlib import Path

from articles.extraction.types import ExtractionError

PAGE_SUFFIXES = (".html", ".htm", ".txt")
NO_PAGES = "no pages (.html, .htm, .txt, or those gzipped) in this folder"


@dataclass(frozen=True)
class PageFile:
    path: Path
    error: str = ""  # why nothing can be read here; empty for a file to read


class PageTooLarge(ExtractionError):
    """Refused like any page that holds no article: one line, the batch goes on."""


def is_page(path: Path) -> bool:
    name = path.name.lower().removesuffix(".gz")
    return name.endswith(PAGE_SUFFIXES)


def find_pages(paths) -> list[PageFile]:
    """Files as named, folders searched recursively in sorted order, each path once.

    A path that does not exist, or a folder with no pages, comes back with an error
    rather than raising: the other paths are still worth importing.
    """
    found = []
    for raw in paths:
        found.extend(_pages_at(Path(raw)))
    return list(dict.fromkeys(found))


def _pages_at(path: Path) -> list[PageFile]:
    if path.is_dir():
        pages = [PageFile(page) for page in _pages_in_folder(path)]
        return pages or [PageFile(path, NO_PAGES)]
    if path.is_file():
        return [PageFile(path)]
    if path.exists():
        return [PageFile(path, "not a file or folder")]
    return [PageFile(path, "no such file or folder")]


def _pages_in_folder(folder: Path) -> list[Path]:
    # Hidden files and folders (.git, editor back-ups) are not pages.
    return sorted(
        path
        for path in folder.rglob("*")
        if path.is_file()
        and is_page(path)
        and not any(part.startswith(".") for part in path.relative_to(folder).parts)
    )


def read_page_file(path: Path, max_bytes: int) -> bytes:
    """The file's bytes; refuses one larger than `max_bytes` before reading it all.

    A gzipped page is never smaller once unpacked, so its packed size is checked too.
    """
    size = path.stat().st_size
    if size > max_bytes:
        raise PageTooLarge(f"the file is larger than {max_bytes} bytes ({size})")
    return path.read_bytes()


def one_line(message: str) -> str:
    """A message on a single line, for a report that prints one line per file."""
    return " ".join(str(message).split()) or "no reason given"
