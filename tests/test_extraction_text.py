"""read_text(): a page saved as plain text -> title, paragraphs, credits, outlet."""
from articles.extraction.text import read_text

PAGE = """Accessibility links

Breaking News

Harbour Reopens After Storm

The mayor said the harbour "will be open by noon" on a sunny day.
The mayor said the harbour "will be open by noon" on a sunny day.

The harbour reopened on Tuesday after three days of storms kept boats ashore.

The mayor said the harbour "will be open by noon" and it was, to cheers.

With reporting by Coastal Wire
  • 16x9 Image

    CPN

    CPN journalists report the news from forty harbours along the coast.

All rights reserved.

XS
SM
MD
LG"""


def test_the_first_line_that_is_not_boilerplate_is_the_title():
    assert read_text(PAGE).title == "Harbour Reopens After Storm"


def test_a_line_printed_twice_in_a_row_is_dropped_entirely():
    content = read_text(PAGE)
    assert content.paragraphs[0].startswith("The harbour reopened on Tuesday")
    assert not any("on a sunny day" in p for p in content.paragraphs)


def test_a_line_repeated_further_apart_keeps_its_first_copy():
    first = "First line of the story is here."
    text = f"Title\n\n{first}\n\nMiddle.\n\n{first}"
    assert read_text(text).paragraphs == (first, "Middle.")


def test_the_credits_line_leaves_the_body_and_is_reported():
    content = read_text(PAGE)
    assert content.credits == "With reporting by Coastal Wire"
    assert content.paragraphs[-1].endswith("to cheers.")


def test_the_author_box_after_the_credits_leaves_the_body():
    body = "\n".join(read_text(PAGE).paragraphs)
    for boilerplate in ("CPN", "16x9", "rights reserved", "XS", "LG"):
        assert boilerplate not in body


def test_an_organisation_author_box_names_the_outlet():
    assert read_text(PAGE).outlet == "CPN"


def test_a_person_author_box_names_no_outlet():
    text = PAGE.replace("CPN", "Ann Lee")
    assert read_text(text).outlet == ""


def test_text_with_only_boilerplate_has_no_title_or_body():
    content = read_text("Accessibility links\nBreaking News\nXS\nSM")
    assert content.title == ""
    assert content.paragraphs == ()


def test_a_person_author_box_names_the_author():
    text = PAGE.replace("CPN", "Ann Lee")
    assert read_text(text).authors == ("Ann Lee",)


def test_the_copyright_holder_names_the_outlet():
    notice = "© 2024 The Coastal Post Inc. All rights reserved."
    text = PAGE.replace("All rights reserved.", notice).replace("CPN", "Ann Lee")
    assert read_text(text).outlet == "The Coastal Post"


def test_a_foot_without_credits_is_still_read():
    text = (
        "Harbour Reopens\n\nThe harbour reopened on Tuesday after the storm.\n\n"
        "© Copyright 2024 Coastal Post"
    )
    assert read_text(text).outlet == "Coastal Post"


def test_the_byline_and_dateline_under_the_title_leave_the_body():
    text = (
        "Harbour Reopens\n\nBy Ann Lee and Bo Chan\n\nMarch 3, 2024 10:15 GMT\n\n"
        "The harbour reopened on Tuesday after three days of storms."
    )
    content = read_text(text)
    assert content.authors == ("Ann Lee", "Bo Chan")
    assert content.paragraphs == (
        "The harbour reopened on Tuesday after three days of storms.",
    )


def test_a_sentence_that_begins_with_by_stays_in_the_body():
    first = "By Tuesday the harbour had reopened, after three days of storms."
    assert read_text(f"Harbour Reopens\n\n{first}").paragraphs == (first,)


def test_a_line_that_begins_with_by_but_names_no_one_stays():
    first = "By the end of the week the harbour was full again"
    assert read_text(f"Harbour Reopens\n\n{first}").paragraphs == (first,)
