"""Loading gold: the shared sets (when ../shared is there) and a user's own file."""

import gzip
import json

import pytest

from articles.evaluation import gold, runner


def write_user_gold(folder, pages):
    gold_file = folder / "gold.json"
    entries = {
        page_id: {
            "url": f"https://example.org/{page_id}",
            "people": [{"name": "Ana Ruiz", "mentions": ["Ana Ruiz", "Ruiz"]}],
            "countries": [{"iso2": "fr", "seen_as": ["France"]}],
            "quotes": [{"text": "We will see", "speaker": "Ana Ruiz"}],
        }
        for page_id in pages
    }
    gold_file.write_text(json.dumps(entries), encoding="utf-8")
    return gold_file


def test_a_user_gold_file_loads_with_its_pages(tmp_path):
    (tmp_path / "one.html").write_bytes(b"<html></html>")
    (tmp_path / "two.txt.gz").write_bytes(gzip.compress(b"Title\n\nBody"))
    pages = gold.load_quote_pages(write_user_gold(tmp_path, ["one", "two"]), tmp_path)
    assert [page.id for page in pages] == ["one", "two"]
    assert pages[0].countries == frozenset({"FR"})
    assert pages[0].quotes[0].speaker_type == "person"
    assert pages[1].source.filename == "two.txt"
    assert pages[1].source.read() == b"Title\n\nBody"


def test_a_missing_page_is_named(tmp_path):
    with pytest.raises(FileNotFoundError, match="'absent'"):
        gold.load_quote_pages(write_user_gold(tmp_path, ["absent"]), tmp_path)


def test_a_geowebnews_title_line_is_split_from_the_body():
    title, body = gold.split_title_line(
        "TITLE: Rain Falls LINK: http://x.org/a\nIt rained."
    )
    assert (title, body) == ("Rain Falls", "It rained.")


EXPECTED_SIZES = {
    "body": 142,
    "metadata": 81,
    "people": 43,
    "countries": 200,
    "quotes": 40,
}


@pytest.mark.shared
@pytest.mark.parametrize("name", runner.SET_NAMES)
def test_every_shared_set_loads_with_readable_pages(shared_dir, name):
    evaluation_set = runner.SHARED_SETS[name](shared_dir)
    assert len(evaluation_set.documents) == EXPECTED_SIZES[name]
    first, last = evaluation_set.documents[0], evaluation_set.documents[-1]
    assert first.source.read() and last.source.read()


@pytest.mark.shared
def test_geowebnews_bodies_keep_the_gold_offsets(shared_dir):
    """The body we hand over, after its title line, is the text the offsets count in."""
    folder = shared_dir / "eval" / "geowebnews"
    evidence = json.loads((folder / "countries.json").read_text("utf-8"))
    for document in gold.load_country_documents(folder)[:20]:
        raw = (folder / "GeoWebNews" / f"{document.id}.txt").read_text("utf-8")
        shift = len(raw.partition("\n")[0]) + 1
        body = document.source.text.partition("\n\n")[2]
        for row in evidence[document.id]["evidence"]:
            assert body[row["start"] - shift : row["end"] - shift] == row["surface"]


@pytest.mark.shared
def test_gum_documents_are_handed_over_whole(shared_dir):
    people_file = shared_dir / "eval" / "gum-wikinews" / "people.json"
    entries = json.loads(people_file.read_text("utf-8"))
    for document in gold.load_people_documents(people_file):
        assert (
            document.source.text == f"{document.id}\n\n{entries[document.id]['text']}"
        )
