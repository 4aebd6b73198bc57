"""The article body rendered from offsets: no database, spans written by hand."""

from articles.rendering import LinkSpan, QuoteSpan, paragraph_bounds, render_body


def span_of(body, words, occurrence=0):
    start = -1
    for _ in range(occurrence + 1):
        start = body.index(words, start + 1)
    return start, start + len(words)


def person(body, words, url="/people/x/", occurrence=0):
    return LinkSpan(*span_of(body, words, occurrence), url, "person")


def quote(body, words, speaker="", url="", anchor="quote-1"):
    return QuoteSpan(*span_of(body, words), anchor, speaker, url)


def test_it_splits_paragraphs_on_blank_lines_and_skips_blank_ones():
    body = "One.\n\nTwo.\n\n\n\nThree."
    assert [body[s:e] for s, e in paragraph_bounds(body)] == ["One.", "Two.", "Three."]


def test_it_links_a_name_to_its_page():
    body = "Ada Lovelace wrote."
    [html] = render_body(body, [person(body, "Ada Lovelace", "/people/ada/")], [])
    link = '<a class="mention mention-person" href="/people/ada/">Ada Lovelace</a>'
    assert html == link + " wrote."


def test_it_escapes_the_text_around_and_inside_links():
    body = "<script>alert(1)</script> met <b>Bob</b>."
    html = render_body(body, [person(body, "<b>Bob</b>")], [])[0]
    assert "<script>" not in html and "<b>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; met " in html
    assert ">&lt;b&gt;Bob&lt;/b&gt;</a>" in html


def test_it_highlights_a_quote_with_names_linked_inside_and_the_speaker_after():
    body = 'She said: "Bob is right." Then she left.'
    quotes = [quote(body, "Bob is right.", "Ada", "/people/ada/")]
    [html] = render_body(body, [person(body, "Bob", "/people/bob/")], quotes)
    assert html.startswith(
        'She said: &quot;<mark class="quote" id="quote-1" title="Said by Ada">'
    )
    assert (
        '<a class="mention mention-person" href="/people/bob/">Bob</a> is right.</mark>'
        in html
    )
    # The speaker follows the closing quotation mark, not the quoted words.
    assert '</mark>&quot;<a class="quote-speaker" href="/people/ada/"' in html


def test_a_quote_without_a_known_speaker_gets_no_speaker_link():
    body = 'Someone said "no".'
    [html] = render_body(body, [], [quote(body, "no")])
    assert (
        "quote-speaker" not in html
        and '<mark class="quote" id="quote-1">no</mark>' in html
    )


def test_a_quote_over_two_paragraphs_is_highlighted_in_each():
    body = 'He said: "First part.\n\nSecond part." The end.'
    first, second = render_body(
        body, [], [quote(body, "First part.\n\nSecond part.", "Ed", "/e/")]
    )
    assert first.endswith(
        '<mark class="quote" id="quote-1" title="Said by Ed">First part.</mark>'
    )
    mark = '<mark class="quote" title="Said by Ed">Second part.</mark>'
    assert second.startswith(mark + '&quot;<a class="quote-speaker"')


def test_it_drops_spans_out_of_range_or_empty_without_failing():
    body = "Short text."
    spans = [
        LinkSpan(5, 500, "/a/", "person"),
        LinkSpan(4, 4, "/b/", "person"),
        LinkSpan(8, 3, "/c/", "person"),
    ]
    bad_quote = QuoteSpan(2, 99, "quote-9")
    assert render_body(body, spans, [bad_quote]) == ["Short text."]


def test_of_two_overlapping_links_it_keeps_the_first_and_loses_no_text():
    body = "Vladimir Putin spoke."
    links = [
        LinkSpan(0, 14, "/putin/", "person"),
        LinkSpan(9, 20, "/other/", "person"),
    ]
    [html] = render_body(body, links, [])
    assert (
        html
        == '<a class="mention mention-person" href="/putin/">Vladimir Putin</a> spoke.'
    )


def test_a_link_straddling_a_quote_edge_is_dropped_and_the_quote_kept():
    body = 'Ada said "Bob is here" today.'
    straddling = LinkSpan(*span_of(body, 'said "Bob'), "/x/", "person")
    [html] = render_body(body, [straddling], [quote(body, "Bob is here")])
    assert "/x/" not in html
    mark = '<mark class="quote" id="quote-1">Bob is here</mark>'
    assert html == f"Ada said &quot;{mark}&quot; today."


def test_overlapping_quotes_keep_the_earlier_one():
    body = 'A: "one two three" end.'
    quotes = [
        quote(body, "two three", anchor="quote-2"),
        quote(body, "one two three", anchor="quote-1"),
    ]
    [html] = render_body(body, [], quotes)
    assert 'id="quote-1"' in html and 'id="quote-2"' not in html


def test_a_link_crossing_a_paragraph_break_is_dropped():
    body = "Ada\n\nLovelace"
    [first, second] = render_body(body, [LinkSpan(0, len(body), "/x/", "person")], [])
    assert (first, second) == ("Ada", "Lovelace")


def test_the_rendered_text_equals_the_body_once_tags_are_removed():
    import re
    from html import unescape

    body = 'Bob said "Ada & Eve won" in France.\n\nThen <Ada> left.'
    links = [
        person(body, "Bob"),
        person(body, "Ada"),
        person(body, "Eve"),
        person(body, "France"),
    ]
    paragraphs = render_body(body, links, [quote(body, "Ada & Eve won", "Bob", "/b/")])
    text = [
        unescape(re.sub(r"<a class=\"quote-speaker\".*?</a>|<[^>]+>", "", p))
        for p in paragraphs
    ]
    assert "\n\n".join(text) == body


def test_no_badge_repeats_a_speaker_already_named_beside_the_quote():
    body = 'Ada Lee spoke. "First words," Lee said. "Second words."\n\n"Third words."'
    ada = "/people/ada/"
    links = [person(body, "Ada Lee", ada), person(body, "Lee", ada, occurrence=1)]
    quotes = [
        quote(body, "First words,", "Ada Lee", ada, "quote-1"),
        quote(body, "Second words.", "Ada Lee", ada, "quote-2"),
        quote(body, "Third words.", "Ada Lee", ada, "quote-3"),
    ]
    first, second = render_body(body, links, quotes)
    assert "quote-speaker" not in first
    # Named in another paragraph only: the badge says who speaks.
    assert second.count('class="quote-speaker"') == 1


def test_a_name_past_a_neighbouring_quote_is_not_an_attribution():
    body = 'Ada Lee said "one" and "two".'
    links = [person(body, "Ada Lee", "/ada/")]
    quotes = [
        quote(body, "one", "Ada Lee", "/ada/", "quote-1"),
        quote(body, "two", "Ada Lee", "/ada/", "quote-2"),
    ]
    [html] = render_body(body, links, quotes)
    assert html.count('class="quote-speaker"') == 1
    assert html.endswith(
        'quote-2" title="Said by Ada Lee">two</mark>&quot;'
        '<a class="quote-speaker" href="/ada/" title="Said by Ada Lee">'
        "Ada Lee</a>."
    )
