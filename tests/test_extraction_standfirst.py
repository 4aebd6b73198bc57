"""standfirst.py: the summary under the headline opens the body."""
from trafilatura import load_html

from articles.extraction.body import body_paragraphs
from articles.extraction.standfirst import with_standfirst
from tests.test_extraction_body import STORY, page

STANDFIRST = "Repairs will keep the crossing shut for six weeks while buses run instead"


def standfirst_page(between: str, standfirst_tag: str) -> str:
    """The headline, then `between`, then the standfirst, then the story."""
    return page(
        "<header><h1>Bridge Closed</h1>",
        between,
        f"{standfirst_tag}{STANDFIRST}</{standfirst_tag[1:3]}>",
        "</header>",
        *(f"<p>{paragraph}</p>" for paragraph in STORY),
    )


def body_with_standfirst(html: str) -> list[str]:
    tree = load_html(html)
    return with_standfirst(tree, "Bridge Closed", body_paragraphs(tree)[0])


def test_a_standfirst_directly_under_the_headline_opens_the_body():
    body = body_with_standfirst(standfirst_page("", "<p>"))
    assert body[0] == STANDFIRST
    assert body[1:] == STORY


def test_a_standfirst_marked_as_such_opens_the_body_after_a_byline():
    byline = "<p>By Ann Lee, March 3, 2024</p><figcaption>The old bridge</figcaption>"
    body = body_with_standfirst(standfirst_page(byline, "<h2 class='dek'>"))
    assert body[0] == STANDFIRST


def test_an_unmarked_paragraph_after_other_text_is_not_a_standfirst():
    body = body_with_standfirst(standfirst_page("<p>Share</p>", "<p>"))
    assert STANDFIRST not in body


def test_a_byline_under_the_headline_is_not_a_standfirst():
    tree = load_html(page(
        "<h1>Bridge Closed</h1><p>By Ann Lee and Bo Chan, 3 March 2024 at 10:15</p>",
        *(f"<p>{paragraph}</p>" for paragraph in STORY),
    ))
    assert with_standfirst(tree, "Bridge Closed", list(STORY)) == STORY


def test_a_list_of_names_under_the_headline_is_not_a_standfirst():
    names = "Ann Lee, Staff Writer, The Courier & Bo Chan, Senior Editor, Courier Media"
    tree = load_html(page(
        f"<h1>Bridge Closed</h1><p>{names}</p>",
        *(f"<p>{paragraph}</p>" for paragraph in STORY),
    ))
    assert with_standfirst(tree, "Bridge Closed", list(STORY)) == STORY


def test_a_standfirst_repeating_the_first_paragraph_is_not_added_twice():
    tree = load_html(page(
        "<h1>Bridge Closed</h1>",
        *(f"<p>{paragraph}</p>" for paragraph in STORY),
    ))
    assert with_standfirst(tree, "Bridge Closed", list(STORY)) == STORY
