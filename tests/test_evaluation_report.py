"""The printed table and the Markdown table of an evaluation run."""

from articles.evaluation.report import markdown_table, table

RESULTS = {
    "sets": {
        "quotes": {
            "description": "quote pages",
            "documents": 3,
            "errors": ["c.html: no article text found"],
            "figures": {
                "quote_f1": {"value": 0.97, "interval": [0.91, 0.99]},
                "speaker_accuracy": {"value": 0.5, "interval": None},
                "quote_recall": {"value": None, "interval": None},
            },
        }
    },
    "speed": {"pipeline_share_of_trafilatura": 0.2},
}


def test_the_table_marks_each_target_met_or_missed():
    lines = table(RESULTS).splitlines()
    quote_f1 = next(line for line in lines if "quote_f1" in line)
    speakers = next(line for line in lines if "speaker_accuracy" in line)
    assert "0.970" in quote_f1 and "[0.910, 0.990]" in quote_f1
    assert quote_f1.endswith("ok")
    assert speakers.endswith("MISSED")


def test_the_table_says_how_many_pages_were_refused():
    assert "(3 documents, 1 refused)" in table(RESULTS)


def test_a_figure_without_data_prints_a_dash():
    line = next(row for row in table(RESULTS).splitlines() if "quote_recall" in row)
    assert line.split()[2] == "-"


def test_the_markdown_table_has_one_row_per_figure():
    rows = markdown_table(RESULTS).splitlines()
    assert len(rows) == 2 + 3 + 1
    assert "| quotes | quote_f1 | 0.970 | 0.910 – 0.990 | >= 0.950 (met) |" in rows
    assert rows[-1].startswith("| speed | pipeline_share_of_trafilatura | 0.200 |")


def test_with_an_earlier_run_each_line_shows_the_figure_before():
    earlier = {"sets": {"quotes": {"figures": {"quote_f1": {"value": 0.8}}}}}
    lines = table(RESULTS, earlier).splitlines()
    assert next(line for line in lines if "quote_f1" in line).endswith(
        "(before: 0.800)"
    )
    speaker = next(line for line in lines if "speaker_accuracy" in line)
    assert speaker.endswith("(before: -)")
