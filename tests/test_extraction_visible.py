"""visible.py: the headline, byline and dates a page shows its reader."""
from datetime import date

from trafilatura import load_html

from articles.extraction.visible import (
    byline_authors,
    fuller_name,
    local_date,
    read_title,
    shown_date,
    split_authors,
    without_site_name,
)


def tree_of(body: str):
    return load_html(f"<html><head></head><body>{body}</body></html>")


def title_of(body: str, declared: list[str], site: str = "The Courier") -> str:
    return read_title(tree_of(body), declared, site=site, url="")


def test_the_visible_headline_wins_when_it_agrees_with_the_declared_title():
    body = "<h1>Flood Waters Rise Across the Northern Valley Towns</h1>"
    assert title_of(body, ["Flood waters rise in the north"]) == (
        "Flood Waters Rise Across the Northern Valley Towns"
    )


def test_a_site_logo_in_h1_is_not_the_headline():
    body = "<h1>The Daily Courier of Riverside</h1>"
    assert title_of(body, ["Flood waters rise in the north"]) == (
        "Flood waters rise in the north"
    )


def test_a_section_label_in_the_headline_is_dropped():
    body = "<h1>Politics | Council Approves the New Budget</h1>"
    assert title_of(body, ["Council Approves the New Budget"]) == (
        "Council Approves the New Budget"
    )


def test_a_headline_repeated_in_a_share_widget_is_not_the_headline():
    body = (
        "<h2>Mayor's Bridge Plan: Council Votes to Close the Old Crossing</h2>"
        "<div class='share-tools'><h1>Council closes the old bridge</h1></div>"
    )
    assert title_of(body, ["Council closes the old bridge"]) == (
        "Mayor's Bridge Plan: Council Votes to Close the Old Crossing"
    )


def test_a_headline_set_in_an_h2_is_read_when_no_h1_agrees():
    body = (
        "<h1>The Daily Courier</h1><h3>Most read stories this week</h3>"
        "<h2>Storm Floods the Harbour Town: Residents Leave Their Homes</h2>"
    )
    assert title_of(body, ["Storm floods harbour town"]) == (
        "Storm Floods the Harbour Town: Residents Leave Their Homes"
    )


def test_a_subheading_sharing_few_title_words_stays_a_subheading():
    body = "<h2>More stories from the harbour this week</h2>"
    assert title_of(body, ["Storm floods harbour town as residents flee"]) == (
        "Storm floods harbour town as residents flee"
    )


def test_the_site_name_leaves_the_declared_title():
    assert without_site_name(
        "Bridge Closes | The Courier", site="The Courier", url=""
    ) == "Bridge Closes"
    assert without_site_name(
        "Bridge Closes - Courier Online", site="", url="https://www.courier.example/a"
    ) == "Bridge Closes"


def test_a_dash_inside_the_title_stays():
    title = "Chapter 1 - The Storm"
    assert without_site_name(title, site="The Courier", url="") == title


def test_bylines_are_read_from_author_links():
    body = '<p>By <a rel="author" href="/ann">Ann Lee</a></p>'
    assert byline_authors(tree_of(body)) == ("Ann Lee",)


def test_a_byline_after_a_lone_by_is_read():
    body = "<div><p><strong>By</strong></p><p>Bo Chan</p></div>"
    assert byline_authors(tree_of(body)) == ("Bo Chan",)


def test_a_heading_that_begins_with_by_is_not_a_byline():
    body = "<h3>By the numbers</h3><p>Some figures.</p>"
    assert byline_authors(tree_of(body)) == ()


def test_commenters_are_not_authors():
    body = '<div id="comments"><span class="author">Cy Dean</span></div>'
    assert byline_authors(tree_of(body)) == ()


def test_a_first_name_is_completed_from_the_byline():
    assert fuller_name("Todd", ("Todd Bates",)) == "Todd Bates"
    assert fuller_name("Ann Lee", ("Bo Chan",)) == "Ann Lee"


def test_the_day_in_the_address_corrects_a_utc_timestamp():
    url = "https://courier.example/2023/11/08/story/"
    assert local_date(date(2023, 11, 9), url) == date(2023, 11, 8)


def test_a_distant_day_in_the_address_does_not_override():
    url = "https://courier.example/2019/01/01/story/"
    assert local_date(date(2023, 11, 9), url) == date(2023, 11, 9)


def test_a_page_showing_only_its_update_date_is_dated_by_it():
    tree = tree_of("<div>Updated Mar 12, 2020 @ 10:42 am</div><p>Text.</p>")
    assert shown_date(tree, date(2019, 10, 15)) == date(2020, 3, 12)


def test_a_page_showing_its_publication_date_keeps_it():
    tree = tree_of(
        "<div>October 15, 2019</div><div>Updated: 12 March 2020</div><p>Text.</p>"
    )
    assert shown_date(tree, date(2019, 10, 15)) == date(2019, 10, 15)


def test_a_job_title_after_the_name_is_dropped():
    body = '<p class="byline">By Ann Lee Staff Writer</p>'
    assert byline_authors(tree_of(body)) == ("Ann Lee",)


def test_a_byline_after_a_separated_by_is_read():
    body = '<div><span>| By </span><span>Cy Dean</span> | <time>May 1</time></div>'
    assert byline_authors(tree_of(body)) == ("Cy Dean",)


def test_the_outlet_after_a_name_is_dropped():
    byline = "Ann Lee And Bo Chan For The Courier"
    assert split_authors(byline) == ("Ann Lee", "Bo Chan")
