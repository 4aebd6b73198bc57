"""Loading gold sets. Each loader returns a list of gold documents; each document
carries a `Source`, the bytes and file name the pipeline will be given.

Plain-text gold (GUM, GeoWebNews) is handed to the pipeline as a `.txt` file whose
first line is a title and whose body is, word for word, the text the gold offsets
refer to: the text reader takes the first line as the title, and the gold names
people and places in the body only.
"""

import gzip
import json
from dataclasses import dataclass, field
from pathlib import Path

PAGE_SUFFIXES = (".html", ".htm", ".txt", ".html.gz", ".htm.gz", ".txt.gz")


@dataclass(frozen=True)
class Source:
    filename: str
    path: Path | None = None
    text: str | None = None

    def read(self) -> bytes:
        """The page's bytes; gzipped files are opened here, so that the pipeline
        and the trafilatura baseline are given the very same HTML."""
        if self.text is not None:
            return self.text.encode("utf-8")
        data = self.path.read_bytes()
        return gzip.decompress(data) if self.path.suffix == ".gz" else data


def text_source(document_id: str, title: str, body: str) -> Source:
    return Source(f"{document_id}.txt", text=f"{title.strip()}\n\n{body}")


def file_source(path: Path) -> Source:
    name = path.name[: -len(".gz")] if path.suffix == ".gz" else path.name
    return Source(name, path=path)


@dataclass(frozen=True)
class BodyPage:
    id: str
    source: Source
    body: str


@dataclass(frozen=True)
class MetadataPage:
    id: str
    source: Source
    title: str
    date: str
    author: str
    with_snippets: tuple[str, ...]
    without_snippets: tuple[str, ...]


@dataclass(frozen=True)
class GoldPerson:
    name: str
    mentions: tuple[str, ...] = ()


@dataclass(frozen=True)
class GoldQuote:
    text: str
    speaker: str | None
    speaker_type: str  # person, organization or unknown


@dataclass(frozen=True)
class PeopleDocument:
    id: str
    source: Source
    people: tuple[GoldPerson, ...]
    genre: str = ""  # GUM: news or interview


@dataclass(frozen=True)
class CountryDocument:
    id: str
    source: Source
    strict: frozenset[str]
    broad: frozenset[str]


@dataclass(frozen=True)
class QuotePage:
    id: str
    source: Source
    people: tuple[GoldPerson, ...]
    countries: frozenset[str]
    quotes: tuple[GoldQuote, ...] = field(default=())


def read_json(path: Path):
    with open(path, encoding="utf-8") as file:
        return json.load(file)


def load_body_pages(corpus_dir: Path) -> list[BodyPage]:
    truth = read_json(corpus_dir / "ground-truth.json")
    return [
        BodyPage(
            page_id,
            file_source(corpus_dir / "html" / f"{page_id}.html"),
            entry["articleBody"],
        )
        for page_id, entry in sorted(truth.items())
    ]


def load_metadata_pages(corpus_dir: Path) -> list[MetadataPage]:
    truth = read_json(corpus_dir / "ground-truth.json")
    return [
        MetadataPage(
            id=entry["file"],
            source=file_source(corpus_dir / "html" / f"{entry['file']}.gz"),
            title=entry["title"],
            date=entry["date"],
            author=entry["author"],
            with_snippets=tuple(entry.get("with") or ()),
            without_snippets=tuple(entry.get("without") or ()),
        )
        for _, entry in sorted(truth.items())
    ]


def gold_people(entries) -> tuple[GoldPerson, ...]:
    return tuple(
        GoldPerson(entry["name"], tuple(entry.get("mentions") or ()))
        for entry in entries
    )


def load_people_documents(people_file: Path) -> list[PeopleDocument]:
    """GUM: the `text` field is the whole document, headline included, and the
    gold spans cover all of it; so the title line we add is the document id and
    the body is the whole text."""
    documents = read_json(people_file)
    return [
        PeopleDocument(
            doc_id,
            text_source(doc_id, doc_id, entry["text"]),
            gold_people(entry["people"]),
            entry.get("genre") or "",
        )
        for doc_id, entry in sorted(documents.items())
    ]


def split_title_line(text: str) -> tuple[str, str]:
    """GeoWebNews files start with "TITLE: ... LINK: ..." on one line; the gold
    counts only what follows that line."""
    first_line, _, body = text.partition("\n")
    title = first_line.removeprefix("TITLE:").split(" LINK:")[0]
    return title.strip(), body


def load_country_documents(geowebnews_dir: Path) -> list[CountryDocument]:
    gold = read_json(geowebnews_dir / "countries.json")
    documents = []
    for article_id, entry in sorted(gold.items(), key=lambda item: int(item[0])):
        raw = (geowebnews_dir / "GeoWebNews" / f"{article_id}.txt").read_text("utf-8")
        title, body = split_title_line(raw)
        documents.append(
            CountryDocument(
                article_id,
                text_source(f"geowebnews-{article_id}", title or article_id, body),
                frozenset(entry["strict"]),
                frozenset(entry["broad"]),
            )
        )
    return documents


def find_page(pages_dir: Path, page_id: str) -> Path:
    for suffix in PAGE_SUFFIXES:
        candidate = pages_dir / f"{page_id}{suffix}"
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(
        f"no page for gold id {page_id!r} in {pages_dir} "
        f"(looked for {', '.join(PAGE_SUFFIXES)})"
    )


def gold_quote(entry: dict) -> GoldQuote:
    speaker = entry.get("speaker") or None
    kind = entry.get("speaker_type") or ("person" if speaker else "unknown")
    return GoldQuote(entry["text"], speaker, kind)


def load_quote_pages(gold_file: Path, pages_dir: Path) -> list[QuotePage]:
    """The format of ../shared/eval/quotes/gold.json (see its GUIDELINES.md):
    {page id: {url, people, countries, quotes}}, the page at pages_dir/<id>.html."""
    gold = read_json(gold_file)
    return [
        QuotePage(
            id=page_id,
            source=file_source(find_page(pages_dir, page_id)),
            people=gold_people(entry.get("people") or ()),
            countries=frozenset(
                c["iso2"].upper() for c in entry.get("countries") or ()
            ),
            quotes=tuple(gold_quote(quote) for quote in entry.get("quotes") or ()),
        )
        for page_id, entry in sorted(gold.items())
    ]
