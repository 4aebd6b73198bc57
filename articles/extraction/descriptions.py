"""Descriptions that stand for a person named just before: "the U.S. president-elect".

"Putin is unlikely to meet with Donald Trump before the U.S. president-elect is
inaugurated": a definite description made of a title ("the president-elect", "the
Russian leader") refers back to the person named last before it, in its sentence or
the one before. Such a description is an alias of that person, never a mention by name.
"""
from articles.extraction.columns import columns

# Nouns that describe a person by office; "the <qualifiers> <noun>" is a description.
OFFICE_NOUNS = {
    "president", "president-elect", "vice-president", "leader", "premier",
    "chancellor", "senator", "governor", "mayor", "minister", "secretary",
    "congressman", "congresswoman", "king", "queen", "pope", "monarch", "prince",
    "princess", "dictator", "candidate", "nominee", "incumbent", "challenger",
}
LONGEST_QUALIFIER = 3  # tokens between "the" and the office noun: "the U.S."


def descriptions_of(doc, name_starts: dict[int, object]) -> dict[object, list[str]]:
    """Each description, by the key of the person it refers to. `name_starts` maps the
    first token of every mention by name to that mention's person key."""
    found = {}
    lowers = columns(doc).lowers
    for the in (i for i, lower in enumerate(lowers) if lower == "the"):
        end = _office_noun_end(doc, the)
        if end is None:
            continue
        person = _named_last_before(doc, the, name_starts)
        if person is not None:
            found.setdefault(person, []).append(doc[the:end].text)
    return found


def _office_noun_end(doc, the: int):
    """Where "the [qualifiers] <office noun>" ends, if a description starts here."""
    for i in range(the + 1, min(the + 2 + LONGEST_QUALIFIER, len(doc))):
        token = doc[i]
        if token.lower_ in OFFICE_NOUNS and token.text.islower():
            end = _hyphenated_end(doc, i + 1)  # "president" "-" "elect"
            after = doc[end] if end < len(doc) else None
            if after is not None and (after.pos_ == "PROPN" or after.lower_ == "of"):
                return None  # a title before a name, or "the president of X"
            return end
        if not (token.ent_type_ in ("GPE", "NORP") or token.pos_ == "ADJ"):
            return None
    return None


def _named_last_before(doc, start: int, name_starts):
    """The person named last before `start`, in its sentence or the one before."""
    sentence = doc[start].sent
    earliest = sentence.start
    if earliest > 0:
        earliest = doc[earliest - 1].sent.start
    for i in range(start - 1, earliest - 1, -1):
        if i in name_starts:
            return name_starts[i]
    return None


def _hyphenated_end(doc, end: int) -> int:
    while (
        end + 1 < len(doc)
        and doc[end].text == "-"
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
    ):
        end += 2
    return end


# Where the words of an apposition stop being its own: a comma, or a clause about
# the person ("an economist who has studied ...").
CLAUSE_DEPS = {"relcl", "acl", "advcl", "ccomp", "conj", "cc"}
LONGEST_APPOSITION = 10  # tokens
ARTICLES = {"the", "a", "an"}


def apposition_after(doc, name_end: int) -> str:
    """What a name ending before token `name_end` is said to be, in the
    apposition after it: "Grace Mwangi, Kenya's trade commissioner, said" gives
    "Kenya's trade commissioner"; "" when there is none."""
    if name_end + 1 >= len(doc) or doc[name_end].text != ",":
        return ""
    last = doc[name_end - 1]
    noun = next((c for c in last.children if c.dep_ == "appos" and c.i > last.i), None)
    if noun is None or noun.pos_ != "NOUN" or not noun.text.islower():
        return ""  # "Ana Lind, 45," or "Ana Lind, Reuters"
    cut = {
        token.i
        for child in noun.children
        if child.dep_ in CLAUSE_DEPS
        for token in child.subtree
    }
    start, end = noun.left_edge.i, noun.left_edge.i
    while end <= noun.right_edge.i and doc[end].text != "," and end not in cut:
        end += 1
    while start < end and doc[start].lower_ in ARTICLES:
        start += 1
    if not start <= noun.i < end or end - start > LONGEST_APPOSITION:
        return ""
    return doc[start:end].text
