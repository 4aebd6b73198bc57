"""Quotes and their speakers: `find_quotes(doc, people)`.

A quote is the text between double quotation marks that reproduces someone's words.
Scare quotes, titles, nicknames and terms being named are marked the same way, so each
quoted piece is kept only when it reads as speech: a reporting verb governs it, or it is
long enough to be a statement and nothing around it names it as a title or a term.
"""
import re
from bisect import bisect_left

from articles.extraction.attribution import Attribution, SpeakerResolver
from articles.extraction.columns import columns
from articles.extraction.quotemarks import QuotedPiece, find_quoted_pieces
from articles.extraction.types import PARAGRAPH_SEPARATOR as PARAGRAPH_BREAK
from articles.extraction.types import PersonRef, QuoteRef, Span

WORD = re.compile(r"\w+")
# Below this many words a quotation is a fragment ("ready at any moment"), a quote
# only when a reporting verb presents it as someone's words.
STATEMENT_MIN_WORDS = 5
# Words just before an opening mark that present what follows as a name or a term.
NAMING_WORDS = frozenset(
    """dubbed term termed terms phrase word words nicknamed nickname known
    titled entitled named so-called slogan tagline hashtag song songs single album
    film movie show series book hit hits anthem motto label labelled labeled brand
    branded""".split()
)
# Nouns that a quoted name or slogan stands in front of.
LABELLED_NOUNS = frozenset(
    """campaign campaigns slogan slogans tagline motto formula hashtag doctrine
    policy programme program initiative marches rally movement""".split()
)
SMALL_WORDS = frozenset("a an the of to in on and or for with at by as from".split())
# How many tokens after the quote's sentence may still hold its attribution.
ATTRIBUTION_TAIL_TOKENS = 6
SENTENCE_END = ".!?…:"
CLOSERS = "\"”'’ )"


def find_quotes(doc, people: tuple[PersonRef, ...]) -> tuple[QuoteRef, ...]:
    marks = _Marks(doc)
    resolver = SpeakerResolver(doc, people, marks.spans)
    attributions = [
        resolver.attribute(_frame_tokens(marks, piece), piece.start, piece.end)
        for piece in marks.pieces
    ]
    kept = _speech_pieces(marks, attributions)
    speakers = _speakers(marks, attributions, kept, resolver)
    return _distinct(marks, kept, speakers)


class _Marks:
    """The doc with its quoted pieces; `text` is read once (spaCy rebuilds `doc.text`
    on every access)."""

    def __init__(self, doc):
        self.doc = doc
        self.text = columns(doc).text
        self.pieces = find_quoted_pieces(self.text)
        self.spans = [(piece.mark_start, piece.mark_end) for piece in self.pieces]
        self.starts = [start for start, _ in self.spans]
        self.starts_set = set(self.starts)

    def outside(self, tokens) -> list:
        """The tokens that stand outside every quotation."""
        return [token for token in tokens if not self._inside(token.idx)]

    def _inside(self, position: int) -> bool:
        index = bisect_left(self.starts, position + 1) - 1
        return index >= 0 and self.spans[index][0] <= position < self.spans[index][1]


def _speech_pieces(marks: _Marks, attributions) -> list[int]:
    kept: list[int] = []
    for index, piece in enumerate(marks.pieces):
        previous = marks.pieces[kept[-1]] if kept else None
        goes_on = previous is not None and (
            previous.paragraph_start == piece.paragraph_start
            or piece.continues_previous
        )
        if _reads_as_speech(marks, piece, attributions[index], goes_on):
            kept.append(index)
    return kept


def _reads_as_speech(marks, piece, attribution: Attribution, goes_on: bool) -> bool:
    """`goes_on`: the piece follows a quote of the same paragraph or quotation."""
    text = marks.text
    words = text[piece.start : piece.end]
    if _is_heading(text, piece) or _is_title_cased(words):
        return False
    if _named_before(text, piece) or _named_after(text, piece):
        return False
    if len(WORD.findall(words)) >= STATEMENT_MIN_WORDS:
        return True
    if _is_label(marks, piece):
        return False
    if goes_on and _is_sentence(words):
        return True  # '"Open the door!" an officer shouted. "Step out."'
    # "called it a 'witch hunt'" quotes; "residents call it the 'old market'" names.
    if attribution.verb == "call":
        return attribution.speaker is not None
    return attribution.has_reporting_verb


def _is_sentence(words: str) -> bool:
    return words[:1].isupper() and words.rstrip(CLOSERS)[-1:] in ".!?"


def _is_label(marks: _Marks, piece: QuotedPiece) -> bool:
    """A name or a label, not words: only proper nouns ('on "DWTS."'), a possessive
    ('the "whistleblower's" identity'), or a modifier of the noun after it ('the
    "Pose" actor', 'an "irregular" channel')."""
    inner = marks.doc.char_span(piece.start, piece.end, alignment_mode="contract")
    words = [token for token in inner or () if not token.is_punct]
    if not words:
        return False
    if all(word.pos_ == "PROPN" for word in words) or words[-1].tag_ == "POS":
        return True
    if marks.text[piece.end - 2 : piece.end] in {"'s", "’s"}:
        return True
    roots = [word for word in words if not piece.start <= word.head.idx < piece.end]
    return bool(roots) and all(
        root.dep_ in {"compound", "amod", "nmod", "nummod"}
        and root.pos_ != "VERB"
        and root.head.idx >= piece.mark_end
        and root.head.pos_ in {"NOUN", "PROPN"}
        for root in roots
    )


def _is_heading(text: str, piece: QuotedPiece) -> bool:
    """A short paragraph that is little more than the quote, with no sentence end, is
    a heading ("3. 'Not some channel'"); '"We won," he said' without its full stop
    is not."""
    paragraph = text[piece.paragraph_start : piece.paragraph_end].rstrip(CLOSERS)
    around = text[piece.paragraph_start : piece.mark_start] + text[
        piece.mark_end : piece.paragraph_end
    ]
    return (
        len(WORD.findall(paragraph)) <= 12
        and len(WORD.findall(around)) <= 1
        and paragraph[-1:] not in SENTENCE_END
    )


def _named_before(text: str, piece: QuotedPiece) -> bool:
    before = text[max(piece.paragraph_start, piece.mark_start - 40) : piece.mark_start]
    words = WORD.findall(before.lower().replace("so-called", "so_called"))
    return bool(set(words[-3:]) & NAMING_WORDS) or "so_called" in words[-2:]


def _named_after(text: str, piece: QuotedPiece) -> bool:
    """'the "Meth. We're on it." campaign': the quote names what the next noun is."""
    after = text[piece.mark_end : min(piece.paragraph_end, piece.mark_end + 30)]
    return bool(set(WORD.findall(after.lower())[:2]) & LABELLED_NOUNS)


def _is_title_cased(words: str) -> bool:
    """"Listen To The Music": every word but the small ones capitalised."""
    content = [word for word in words.split() if word.lower() not in SMALL_WORDS]
    content = [word for word in content if word[:1].isalpha()]
    return len(content) > 1 and all(word[0].isupper() for word in content)


def _frame_tokens(marks: _Marks, piece: QuotedPiece) -> list:
    """The tokens of the sentences around the piece that stand outside every quote."""
    doc = marks.doc
    span = doc.char_span(piece.start, piece.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return []
    first = span[0].sent.start
    end = span[-1].sent.end
    paragraph = [
        token
        for token in doc[first:end]
        if piece.paragraph_start <= token.idx < piece.paragraph_end
    ]
    return marks.outside(paragraph) + _tail(marks, piece, end)


def _tail(marks: _Marks, piece: QuotedPiece, start: int) -> list:
    """'"...," he said.' is often parsed as a sentence of its own: the sentence that
    starts right after the closing mark counts, else its first few words, up to a
    full stop; none of it when a colon or a quotation mark comes first, as those
    words introduce the next quote ('Smith agreed: "..."')."""
    doc = marks.doc
    if start >= len(doc):
        return []
    if doc[start].idx - piece.mark_end <= 2:
        end = doc[start].sent.end
    else:
        end = min(start + ATTRIBUTION_TAIL_TOKENS, len(doc))
    tail = []
    for token in doc[start:end]:
        if token.idx >= piece.paragraph_end or token.text in {".", "!", "?"}:
            break
        if token.text == ":" or token.idx in marks.starts_set:
            return []
        tail.append(token)
    return marks.outside(tail)


def _speakers(marks: _Marks, attributions, kept, resolver) -> dict[int, str | None]:
    """A piece without its own reporting verb takes the speaker of the quotation it
    continues or of an earlier quote in its paragraph; else of a reporting verb
    earlier in its paragraph, or in the paragraph before when it opens its own
    ("Smith said:", "Smith said the plan would fail." then a quoted paragraph)."""
    speakers: dict[int, str | None] = {}
    for position, index in enumerate(kept):
        piece = marks.pieces[index]
        attribution = attributions[index]
        previous = kept[position - 1] if position else None
        if attribution.has_reporting_verb:
            speakers[index] = attribution.speaker
        elif previous is not None and _shares_speaker(marks.pieces[previous], piece):
            speakers[index] = speakers[previous]
        else:
            speakers[index] = _speaker_before(marks, piece, resolver)
    return speakers


def _shares_speaker(previous: QuotedPiece, piece: QuotedPiece) -> bool:
    """Same paragraph, the same quotation, or a paragraph that opens with a quote right
    after a paragraph that quoted someone: news prose keeps the speaker there."""
    same_paragraph = previous.paragraph_start == piece.paragraph_start
    return same_paragraph or piece.continues_previous or _follows(previous, piece)


def _follows(previous: QuotedPiece, piece: QuotedPiece) -> bool:
    return (
        piece.mark_start == piece.paragraph_start
        and previous.paragraph_end + len(PARAGRAPH_BREAK) >= piece.paragraph_start
    )


def _speaker_before(marks: _Marks, piece: QuotedPiece, resolver) -> str | None:
    start = piece.paragraph_start
    if piece.mark_start == piece.paragraph_start:
        end_of_previous = len(marks.text[: piece.paragraph_start].rstrip())
        start = marks.text.rfind("\n", 0, end_of_previous) + 1
    span = marks.doc.char_span(start, piece.mark_start, alignment_mode="contract")
    if span is None:
        return None
    tokens = marks.outside(span)
    return resolver.attribute(tokens, piece.start, piece.end).speaker


def _distinct(marks: _Marks, kept, speakers) -> tuple[QuoteRef, ...]:
    """Each quote once, where it first stands: a page may repeat one as a pull quote
    or a caption. A repeat that names the speaker lends it to an unattributed first."""
    first: dict[str, QuoteRef] = {}
    for index in kept:
        piece = marks.pieces[index]
        words = marks.text[piece.start : piece.end]
        key = " ".join(WORD.findall(words.lower()))
        known = first.get(key)
        if known is None:
            span = Span(piece.start, piece.end)
            first[key] = QuoteRef(text=words, span=span, speaker=speakers[index])
        elif known.speaker is None and speakers[index] is not None:
            first[key] = QuoteRef(known.text, known.span, speakers[index])
    return tuple(first.values())
