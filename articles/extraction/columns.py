"""A parsed doc's per-token values as plain lists, read once per doc and shared.

Walking a Doc builds a Python Token object for every token, and `doc.text` is
rebuilt token by token on every access. The stages each walk the whole doc, so
they read these columns instead: one `to_array` per doc, cached on the doc.
"""
from dataclasses import dataclass

from spacy.attrs import ENT_IOB, ENT_TYPE, IDX, LOWER, ORTH, POS, SPACY

CACHE_KEY = "articles.extraction.columns"
IOB_NAMES = ("", "I", "O", "B")  # spaCy's codes for token.ent_iob_


@dataclass(frozen=True)
class Columns:
    text: str  # doc.text
    words: list[str]  # token.text
    lowers: list[str]  # token.lower_
    starts: list[int]  # token.idx
    pos: list[str]  # token.pos_
    ent_types: list[str]  # token.ent_type_
    ent_iobs: list[str]  # token.ent_iob_


def columns(doc) -> Columns:
    found = doc.user_data.get(CACHE_KEY)
    if found is None:
        found = doc.user_data[CACHE_KEY] = _read(doc)
    return found


def _read(doc) -> Columns:
    attrs = [ORTH, LOWER, IDX, POS, ENT_TYPE, ENT_IOB, SPACY]
    rows = doc.to_array(attrs).T.tolist() if len(doc) else [[] for _ in attrs]
    orths, lowers, starts, pos, ent_types, iobs, spaces = rows
    strings = doc.vocab.strings
    words = [strings[orth] for orth in orths]
    text = "".join(
        word + " " if space else word for word, space in zip(words, spaces)
    )
    return Columns(
        text=text,
        words=words,
        lowers=[strings[lower] for lower in lowers],
        starts=starts,
        pos=[strings[tag] for tag in pos],
        ent_types=[strings[label] for label in ent_types],
        ent_iobs=[IOB_NAMES[iob] for iob in iobs],
    )
