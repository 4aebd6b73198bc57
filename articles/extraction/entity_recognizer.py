"""The model's entity recogniser, run with its own weights and its own greedy
decisions, but decoded here: a pipeline component that replaces spaCy's `ner`.

Why: spaCy's compiled decoder asks every one of the 74 moves (B-, I-, L-, U- for
18 labels, and O) whether it is valid at every token, and each such question
takes and releases Python's global lock twice (the code Cython generated for
the state's accessors does). That lock traffic was over half the recogniser's
time here, more than its network.

What the decoder computes is simple enough to do in whole arrays. The network
sees three tokens: the next token, and, while an entity is open, the entity's
first token and the token before the next. With no entity open, the scores at a
token depend on that token alone, so they are computed for all tokens at once;
only inside an entity (a few tokens each) does it step token by token, and
there only two moves are valid: go on (I-) or close (L-). The validity rules are
spaCy's for a document with no preset entities (ner.pyx): nothing begins or is
a unit on white space, an entity does not cross a sentence start, and the last
token cannot begin one.

The annotations come out as spaCy's: checked entity by entity on the corpus
bodies (tests/test_extraction_nlp.py). A model whose recogniser is built
otherwise keeps spaCy's: see Unsupported.
"""

import numpy
from spacy.attrs import IS_SPACE, SENT_START
from spacy.tokens import Span

from articles.extraction.maxout import largest_piece

# The features the recogniser's network reads for each state: next token, first
# token of the open entity, token before the next.
FEATURE_COUNT = 3


class Unsupported(ValueError):
    """The recogniser is not the kind this decoder reproduces."""


class GreedyEntityRecognizer:
    def __init__(self, ner):
        model = ner.model
        if (
            model.name != "parser_model"
            or not model.attrs.get("has_upper")
            or model.attrs.get("unseen_classes")
            or model.get_ref("lower").get_dim("nF") != FEATURE_COUNT
        ):
            raise Unsupported(f"entity recogniser model {model.name!r}")
        self.tok2vec = model.get_ref("tok2vec")
        self.lower = model.get_ref("lower")
        self.feature_bias = self.lower.get_param("b")  # (hidden, pieces)
        upper = model.get_ref("upper")
        self.weights, self.bias = upper.get_param("W"), upper.get_param("b")

        names = [ner.moves.get_class_name(i) for i in range(ner.moves.n_moves)]
        moves = [name.partition("-")[0] for name in names]
        self.labels = [name.partition("-")[2] for name in names]
        if set(moves) - {"B", "I", "L", "U", "O", ""}:
            raise Unsupported(f"entity moves {sorted(set(moves))}")
        # A move without a label ("U-") only marks a preset blocked token: never
        # valid here.
        labelled = numpy.array([bool(label) for label in self.labels])
        self.is_out = numpy.array([move == "O" for move in moves])
        self.is_begin = numpy.array([move == "B" for move in moves]) & labelled
        self.is_unit = numpy.array([move == "U" for move in moves]) & labelled
        self.inside_move = {self.labels[i]: i for i, m in enumerate(moves) if m == "I"}
        self.last_move = {self.labels[i]: i for i, m in enumerate(moves) if m == "L"}

    def __call__(self, doc):
        spans = [
            Span(doc, start, end, label=label) for start, end, label in self.find(doc)
        ]
        doc.set_ents(spans, default="outside")
        return doc

    def pipe(self, docs, batch_size=None):
        for doc in docs:
            yield self(doc)

    def find(self, doc) -> list[tuple[int, int, str]]:
        """(start, end, label) of each entity, in order."""
        if not len(doc):
            return []
        features = self.lower.predict(self.tok2vec.predict([doc]))
        padding, per_token = features[0], features[1:]  # (tokens, 3, hidden, pieces)
        columns = doc.to_array([SENT_START, IS_SPACE])
        # An entity may go on past a token only if the next token exists and does
        # not start a sentence.
        can_continue = numpy.zeros(len(doc), dtype=bool)
        can_continue[:-1] = columns[1:, 0] != 1
        can_start = columns[:, 1] == 0  # not white space

        # The move at each token when no entity is open. (Sums in spaCy's order,
        # so that the floats come out the same.)
        unmaxed = per_token[:, 0] + padding[1] + padding[2] + self.feature_bias
        scores = largest_piece(unmaxed) @ self.weights.T + self.bias
        valid = (
            self.is_out
            | (can_start[:, None] & self.is_unit)
            | ((can_start & can_continue)[:, None] & self.is_begin)
        )
        best = numpy.where(valid, scores, -numpy.inf).argmax(axis=1)

        entities, position = [], 0
        for start in numpy.flatnonzero(~self.is_out[best]).tolist():
            if start < position:
                continue  # inside the entity found last
            label = self.labels[best[start]]
            if self.is_unit[best[start]]:
                end = start + 1
            else:
                end = self._entity_end(per_token, start, label, can_continue)
            entities.append((start, end, label))
            position = end
        return entities

    def _entity_end(self, per_token, start, label, can_continue) -> int:
        """Steps through an entity begun at `start` until it is closed."""
        moves = [self.inside_move[label], self.last_move[label]]
        weights, bias = self.weights[moves], self.bias[moves]
        first_token = per_token[start, 1]
        position = start + 1
        while True:
            unmaxed = (
                per_token[position, 0] + first_token + per_token[position - 1, 2]
            ) + self.feature_bias
            go_on, close = largest_piece(unmaxed) @ weights.T + bias
            # The first of equal scores wins, as in spaCy's argmax.
            keep = go_on > close or (go_on == close and moves[0] < moves[1])
            if not (can_continue[position] and keep):
                return position + 1
            position += 1
