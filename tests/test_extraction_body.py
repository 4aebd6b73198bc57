"""body_paragraphs() and the clean-up rules it applies after trafilatura."""
import json

from trafilatura import load_html

from articles.extraction.body import body_paragraphs, clean_paragraphs

STORY = [
    "The bridge over the river closed on Friday after inspectors found cracks in two "
    "of its supports, the city council said in a statement.",
    "Engineers expect the repairs to take at least six weeks, and buses will carry "
    "commuters across the river by the old road until then.",
    "\"We will not take any risks with people's safety,\" the council's leader said.",
]


def page(*blocks: str) -> str:
    return (
        "<html><head><title>Bridge Closed</title></head><body>"
        '<nav><a href="/">Home</a> <a href="/news">News</a></nav>'
        "<article>" + "".join(blocks) + "</article>"
        "<footer><p>Copyright 2024 The Courier. All rights reserved.</p></footer>"
        "</body></html>"
    )


def paragraphs_of(html: str, **kwargs) -> tuple[list[str], str]:
    return body_paragraphs(load_html(html), **kwargs)


def test_it_keeps_the_article_paragraphs_in_order():
    paragraphs, _ = paragraphs_of(page(*(f"<p>{p}</p>" for p in STORY)))
    assert paragraphs == STORY


def test_paragraphs_are_whitespace_normalised():
    html = page(f"<p>  {STORY[0]}\n\n   </p>", *(f"<p>{p}</p>" for p in STORY[1:]))
    paragraphs, _ = paragraphs_of(html)
    assert paragraphs[0] == STORY[0]


def test_a_card_that_pops_up_over_a_name_is_not_part_of_the_text():
    first = (
        'Council leader <span class="rollover-person"><a class="rollover-person-link"'
        ' href="/people/ana-lind">Ana Lind</a><span class="rollover-person-card">'
        '<img src="lind.jpg"><a href="/people/ana-lind">Ana Lind</a>'
        '<a href="/story/1">Lind backs ferry plan</a></span></span> closed the bridge '
        "over the river on Friday after inspectors found cracks in two supports."
    )
    rest = (f"<p>{p}</p>" for p in STORY[1:])
    paragraphs, _ = paragraphs_of(page(f"<p>{first}</p>", *rest))
    assert paragraphs[0] == (
        "Council leader Ana Lind closed the bridge over the river on Friday after "
        "inspectors found cracks in two supports."
    )


def test_a_caption_that_repeats_in_the_body_is_dropped():
    caption = "Inspectors walk under the closed bridge on Friday morning, in the rain."
    html = page(
        f'<figure><img src="b.jpg" alt="{caption}"><figcaption>{caption}</figcaption>'
        f"</figure><p>{caption}</p>",
        *(f"<p>{p}</p>" for p in STORY),
    )
    paragraphs, _ = paragraphs_of(html)
    assert paragraphs == STORY


def test_the_credits_line_is_taken_from_the_end():
    html = page(*(f"<p>{p}</p>" for p in STORY), "<p><em>With reporting by AP</em></p>")
    paragraphs, credits = paragraphs_of(html)
    assert paragraphs == STORY
    assert credits == "With reporting by AP"


def test_a_short_body_is_replaced_by_the_declared_body():
    declared = "\n".join(STORY * 4)
    html = page("<p>Subscribe to read the whole story about the bridge today.</p>")
    paragraphs, _ = paragraphs_of(html, declared_body=declared)
    assert paragraphs[:3] == STORY


def test_it_drops_widgets_wherever_they_stand():
    widgets = ["Accessibility links", "Skip to main content", "XS SM MD LG", "XS",
               "Share on Facebook", "Share", "Advertisement", "• 16x9 Image"]
    paragraphs, _ = clean_paragraphs(STORY[:1] + widgets + STORY[1:])
    assert paragraphs == STORY


def test_a_sentence_that_mentions_sharing_is_kept():
    sentence = "Share prices fell sharply after the bridge closed, traders said."
    paragraphs, _ = clean_paragraphs([sentence, *STORY])
    assert paragraphs[0] == sentence


def test_the_author_box_and_notices_after_the_credits_are_dropped():
    trailer = [
        "Additional reporting by Jo Park; Editing by Sam Reed",
        "The Courier",
        "The Courier covers the city and its river since 1901.",
        "All rights reserved.",
    ]
    paragraphs, credits = clean_paragraphs(STORY + trailer)
    assert paragraphs == STORY
    assert credits == trailer[0]


def test_a_contributed_to_this_report_line_is_credits():
    line = "Jo Park contributed to this report."
    assert clean_paragraphs(STORY + [line]) == (STORY, line)


def test_legal_notices_at_the_end_are_dropped():
    notices = [
        'The Courier has been declared an "undesirable organization" by a state.',
        "Copyright 2024 The Courier. All rights reserved.",
    ]
    assert clean_paragraphs(STORY + notices) == (STORY, "")


def test_a_credits_line_is_not_the_first_paragraph():
    first = "Reporting by the council shows the bridge was last inspected in 2019."
    paragraphs, credits = clean_paragraphs([first])
    assert (paragraphs, credits) == ([first], "")


def test_a_line_break_inside_a_paragraph_separates_words():
    first = f"<p>{STORY[0]}<br>Then{STORY[1][7:]}</p>"
    html = page(first, *(f"<p>{p}</p>" for p in STORY))
    paragraphs, _ = paragraphs_of(html)
    assert "said in a statement. Then" in paragraphs[0]


def test_bare_addresses_contact_lines_and_shortcodes_are_dropped():
    furniture = [
        "https://courier.example/news/bridge-closed-123",
        "Write to Jo Park at jo.park@courier.example",
        '[button link="https://courier.example/tips"]Send us your tip[/button]',
        "Order Reprints",
        "12 Comments",
    ]
    assert clean_paragraphs(furniture[:2] + STORY + furniture[2:]) == (STORY, "")


def test_a_story_run_into_its_closing_notice_keeps_the_story():
    story = (
        "The county board voted on Tuesday to close the old ferry landing after "
        "inspectors found the pilings had rotted through. Residents asked for a "
        "temporary dock, and the board agreed to study one before the summer "
        "season begins, the chair told reporters after the meeting."
    )
    wire = f"{story} Copyright 2018 The Wire Service. All rights reserved."

    assert clean_paragraphs([*STORY, wire]) == ([*STORY, story], "")
    assert clean_paragraphs([wire]) == ([story], "")


def test_a_short_line_before_a_notice_goes_with_the_notice():
    notice = "Our reporters. Copyright 2018 The Wire Service. All rights reserved."
    assert clean_paragraphs([*STORY, notice]) == (STORY, "")


def test_a_legal_notice_at_the_head_is_dropped():
    notice = "This copy is for your personal, non-commercial use only."
    assert clean_paragraphs([notice, *STORY]) == (STORY, "")


def test_calls_to_subscribe_or_follow_at_the_end_are_dropped():
    closing = [
        "Have a tip? Jo Park may be reached at jo@courier.example.",
        "Get the latest news in your inbox. Subscribe to our newsletters.",
    ]
    assert clean_paragraphs(STORY + closing) == (STORY, "")


def test_a_call_to_subscribe_within_the_article_is_kept():
    inside = "Commuters can sign up for text alerts about the bridge, the council said."
    paragraphs, _ = clean_paragraphs([STORY[0], inside, *STORY[1:]])
    assert inside in paragraphs


def test_a_drop_cap_set_apart_from_its_word_is_put_back():
    first, *rest = STORY
    html = page(
        f"<div><span class='cap'>{first[0]}</span><p><a href='/b'>{first[1:3]}</a>"
        f"{first[3:]}</p></div>",
        *(f"<p>{paragraph}</p>" for paragraph in rest),
    )
    assert paragraphs_of(html)[0] == STORY


def test_a_paragraph_opening_in_lower_case_without_a_drop_cap_stays():
    story = [
        "iPhone sales rose " + STORY[0],
        "Inspectors gave the bridge a grade <b>C</b> rating in their last report.",
        *STORY[1:],
    ]
    html = page(*(f"<p>{paragraph}</p>" for paragraph in story))
    assert paragraphs_of(html)[0][0] == story[0]


def scripted_page(pages: list[list[str]], shown: list[str]) -> str:
    """A page showing `shown` and holding every part of its article as escaped
    HTML in a script's JSON, as pages rendered with JavaScript do."""
    parts = {
        str(number): {"html": "".join(f"&lt;p&gt;{p}&lt;/p&gt;" for p in part)}
        for number, part in enumerate(pages, start=1)
    }
    script = f"<script>var story = {json.dumps({'pages': parts})};</script>"
    return page(script, *(f"<p>{paragraph}</p>" for paragraph in shown))


def test_an_article_shown_in_parts_is_read_whole_from_its_script():
    html = scripted_page([STORY[:1], STORY[1:]], shown=STORY[:1])
    assert paragraphs_of(html)[0] == STORY


def test_a_script_holding_another_article_is_not_read():
    other = ["A different story about the harbour that the page does not show."] * 3
    html = scripted_page([other, other], shown=STORY[:1])
    assert paragraphs_of(html)[0] == STORY[:1]
