"""`manage.py evaluate_extraction` on a tiny gold set of our own: the real pipeline."""

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>{title}</h1>
<p>{first}</p>
<p>{second}</p>
<p>{third}</p>
</article>
<footer>Copyright Example Daily. All rights reserved.</footer></body></html>
"""

PAGES = {
    "bridge": PAGE.format(
        title="Mayor opens the new river bridge",
        first="Mayor Ana Ruiz opened the new river bridge in Lyon, France, on "
        "Monday morning after three years of building work.",
        second='"This bridge joins two halves of our city at last," Ruiz told the '
        "crowd that had gathered on the east bank.",
        third="Engineers said the bridge would carry twenty thousand cars a day "
        "once the work on the approach roads is finished next year.",
    ),
    "harbour": PAGE.format(
        title="Harbour workers end their strike",
        first="Dock workers in Porto, Portugal, returned to work on Tuesday after "
        "a strike that lasted nine days and halted shipping.",
        second='"We got what we asked for, and more," said union leader Tomas '
        "Lima, who led the talks with the port authority.",
        third="The port authority said ships waiting offshore would be unloaded "
        "within a week as crews work extra shifts.",
    ),
}

GOLD = {
    "bridge": {
        "url": "https://example.org/bridge",
        "people": [{"name": "Ana Ruiz", "mentions": ["Ana Ruiz", "Ruiz"]}],
        "countries": [{"iso2": "FR", "seen_as": ["France", "Lyon"]}],
        "quotes": [
            {
                "text": "This bridge joins two halves of our city at last,",
                "speaker": "Ana Ruiz",
                "speaker_type": "person",
            }
        ],
    },
    "harbour": {
        "url": "https://example.org/harbour",
        "people": [{"name": "Tomas Lima", "mentions": ["Tomas Lima"]}],
        "countries": [{"iso2": "PT", "seen_as": ["Portugal", "Porto"]}],
        "quotes": [
            {
                "text": "We got what we asked for, and more,",
                "speaker": "Tomas Lima",
                "speaker_type": "person",
            },
            # Words that appear nowhere on the page: a quote no pipeline can find.
            {
                "text": "Nobody on this page ever said these words aloud",
                "speaker": "Tomas Lima",
                "speaker_type": "person",
            },
        ],
    },
}


@pytest.fixture
def user_gold(tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    for page_id, html in PAGES.items():
        (pages / f"{page_id}.html").write_text(html, encoding="utf-8")
    gold_file = tmp_path / "gold.json"
    gold_file.write_text(json.dumps(GOLD), encoding="utf-8")
    return gold_file, pages


def run(*args, jobs: int = 1) -> str:
    out = StringIO()
    call_command("evaluate_extraction", *args, "--jobs", str(jobs), stdout=out)
    return out.getvalue()


def test_it_scores_a_users_own_gold_and_writes_the_figures(user_gold, tmp_path):
    gold_file, pages = user_gold
    json_path = tmp_path / "results" / "figures.json"
    output = run(
        "--gold",
        str(gold_file),
        "--pages",
        str(pages),
        "--json",
        str(json_path),
        "--resamples",
        "50",
    )
    results = json.loads(json_path.read_text("utf-8"))
    assert list(results["sets"]) == ["gold"]
    entry = results["sets"]["gold"]
    assert entry["documents"] == 2
    assert entry["errors"] == []
    figures = entry["figures"]
    # One of the three gold quotes is on no page: recall cannot pass 2/3.
    assert figures["quote_recall"]["value"] <= 2 / 3
    for figure in figures.values():
        assert figure["value"] is None or 0.0 <= figure["value"] <= 1.0
    assert "quote_f1" in output and "speaker_accuracy" in output


def test_it_writes_the_markdown_table_and_the_misses(user_gold, tmp_path):
    gold_file, pages = user_gold
    markdown, misses = tmp_path / "table.md", tmp_path / "misses.json"
    run(
        *("--gold", str(gold_file), "--pages", str(pages), "--resamples", "0"),
        *("--markdown", str(markdown), "--misses", str(misses)),
    )
    assert "| gold | quote_f1 |" in markdown.read_text("utf-8")
    harbour = json.loads(misses.read_text("utf-8"))["gold"]["harbour"]
    assert any("Nobody on this page" in miss for miss in harbour)


def test_one_worker_and_two_give_the_same_figures(user_gold, tmp_path):
    gold_file, pages = user_gold
    paths = {1: tmp_path / "first.json", 2: tmp_path / "second.json"}
    for jobs, path in paths.items():
        run(
            *("--gold", str(gold_file), "--pages", str(pages)),
            *("--json", str(path), "--resamples", "30"),
            jobs=jobs,
        )
    first, second = (json.loads(p.read_text("utf-8"))["sets"] for p in paths.values())
    assert first == second


def test_gold_without_pages_is_refused(user_gold):
    gold_file, _ = user_gold
    with pytest.raises(CommandError, match="--gold and --pages"):
        run("--gold", str(gold_file))


def test_a_missing_shared_folder_is_explained(tmp_path):
    with pytest.raises(CommandError, match="no shared data at .*--gold FILE"):
        run("--set", "body", "--shared", str(tmp_path / "absent"))


def test_a_gold_page_missing_from_the_folder_is_named(user_gold, tmp_path):
    gold_file, pages = user_gold
    (pages / "harbour.html").unlink()
    with pytest.raises(CommandError, match="harbour"):
        run("--gold", str(gold_file), "--pages", str(pages))


@pytest.mark.shared
def test_it_runs_a_shared_set_limited_to_a_few_pages(shared_dir, tmp_path):
    json_path = tmp_path / "quotes.json"
    run(
        "--set",
        "quotes",
        "--shared",
        str(shared_dir),
        "--limit",
        "2",
        "--resamples",
        "0",
        "--json",
        str(json_path),
    )
    entry = json.loads(json_path.read_text("utf-8"))["sets"]["quotes"]
    assert entry["documents"] == 2
    assert entry["figures"]["quote_f1"]["interval"] is None


def test_a_page_the_pipeline_cannot_read_is_reported_not_fatal(user_gold, tmp_path):
    gold_file, pages = user_gold
    (pages / "harbour.html").write_bytes(b"\x00\x01\x02 not a page")
    json_path = tmp_path / "figures.json"
    output = run(
        *("--gold", str(gold_file), "--pages", str(pages)),
        *("--json", str(json_path), "--resamples", "0"),
    )
    entry = json.loads(json_path.read_text("utf-8"))["sets"]["gold"]
    assert entry["documents"] == 2
    assert [error.split(":")[0] for error in entry["errors"]] == ["harbour.html"]
    assert "1 refused" in output
