"""TagAttributes: what the model's attribute_ruler does, about twenty times cheaper.

The ruler sets each token's coarse tag and morphology (and a few lemmas) with
Matcher rules: about sixty keyed on the fine tag alone, then about a hundred and
twenty exceptions (pronouns, auxiliaries, contractions, "but" as an adverb). Run
by spaCy's Matcher, every rule is tried at every token. Here the tag rules become
a table and the exceptions are tested a rule at a time over whole columns of the
document (tags, words, dependencies) with numpy. The ruler applies its rules in
order, later ones winning, after matching them all on the unchanged document; so
does this. nlp.py checks the result token by token against the ruler's.
"""

import re

import numpy
from spacy.attrs import DEP, IS_SPACE, LOWER, MORPH, POS, TAG
from spacy.pipeline import AttributeRuler
from spacy.tokens._retokenize import set_token_attrs

COLUMNS = {"LOWER": 0, "TAG": 1, "DEP": 2, "IS_SPACE": 3}


class UnsupportedRule(ValueError):
    """A rule using Matcher features this module does not reproduce."""


class TagAttributes:
    def __init__(self, ruler: AttributeRuler):
        rules = list(zip(ruler.patterns, ruler.attrs))
        leading = 0
        while leading < len(rules) and _is_tag_rule(*rules[leading]):
            leading += 1
        self.strings = strings = ruler.vocab.strings
        self.by_tag = {
            strings.add(rule["patterns"][0][0]["TAG"]): (
                attrs.get(POS),
                attrs.get(MORPH),
            )
            for rule, attrs in rules[:leading]
        }
        self.exceptions = [(rule["index"], attrs) for rule, attrs in rules[leading:]]
        # Patterns naming a word are tried where the word is; the few others
        # (on tags, dependencies, whitespace) everywhere at once, with numpy.
        self.by_word: dict[int, list[tuple[int, Pattern]]] = {}
        self.unanchored: list[tuple[int, Pattern]] = []
        for number, (rule, _) in enumerate(rules[leading:]):
            for specs in rule["patterns"]:
                pattern = Pattern(specs, strings)
                if pattern.anchor is None:
                    self.unanchored.append((number, pattern))
                    continue
                for word in pattern.tests[pattern.anchor].words:
                    self.by_word.setdefault(word, []).append((number, pattern))

    def __call__(self, doc):
        if len(doc):
            columns = doc.to_array([LOWER, TAG, DEP, IS_SPACE, POS, MORPH])
            matches = self._exception_matches(columns)
            self._set_from_tags(doc, columns)
            for number, start, end in matches:
                index, attrs = self.exceptions[number]
                set_token_attrs(doc[start:end][index], attrs)
        return doc

    def _set_from_tags(self, doc, columns) -> None:
        tags, where = numpy.unique(columns[:, 1], return_inverse=True)
        for position, tag in enumerate(tags):
            pos, morph = self.by_tag.get(int(tag), (None, None))
            chosen = where == position
            if pos is not None:
                columns[chosen, 4] = pos
            if morph is not None:
                columns[chosen, 5] = morph
        doc.from_array([POS, MORPH], columns[:, 4:])

    def _exception_matches(self, columns) -> list[tuple[int, int, int]]:
        """(rule number, start, end) of every exception match, in rule order."""
        found = set()
        rows = columns[:, :4].tolist()
        for i, row in enumerate(rows):
            for number, pattern in self.by_word.get(row[0], ()):
                start = i - pattern.anchor
                if pattern.fits_at(rows, start, self.strings):
                    found.add((number, start, start + len(pattern.tests)))
        for number, pattern in self.unanchored:
            for start in pattern.starts(columns, self.strings):
                found.add((number, start, start + len(pattern.tests)))
        return sorted(found)


class Pattern:
    """One Matcher pattern: a token test per token, in a row."""

    def __init__(self, specs: list[dict], strings):
        self.tests = [TokenTest(spec, strings) for spec in specs]
        self.anchor = next(
            (i for i, test in enumerate(self.tests) if test.words is not None), None
        )

    def fits_at(self, rows: list, start: int, strings) -> bool:
        if start < 0 or start + len(self.tests) > len(rows):
            return False
        return all(
            test.fits_row(rows[start + offset], strings)
            for offset, test in enumerate(self.tests)
        )

    def starts(self, columns, strings) -> list[int]:
        """Every token position where the pattern matches."""
        length = len(columns) - len(self.tests) + 1
        if length <= 0:
            return []
        fits = numpy.ones(length, dtype=bool)
        for offset, test in enumerate(self.tests):
            fits &= test.fits_column(columns[offset : offset + length], strings)
        return numpy.flatnonzero(fits).tolist()


class TokenTest:
    """One token of a Matcher pattern: equality, IN, NOT_IN or REGEX on the
    lowercase form, the fine tag, the dependency label, or whether it is
    whitespace."""

    def __init__(self, spec: dict, strings):
        self.checks = []  # (column, kind, hashes or regex)
        self.words = None  # the lowercase forms it requires, if it names them
        for name, value in spec.items():
            if name not in COLUMNS:
                raise UnsupportedRule(f"matching on {name}")
            check = _check(COLUMNS[name], name, value, strings)
            self.checks.append(check)
            if name == "LOWER" and check[1] == "in":
                self.words = check[2]

    def fits_row(self, row: list, strings) -> bool:
        for column, kind, wanted in self.checks:
            value = row[column]
            if kind == "in" and value not in wanted:
                return False
            if kind == "not in" and value in wanted:
                return False
            if kind == "regex" and not _matches(wanted, value, strings):
                return False
        return True

    def fits_column(self, columns, strings) -> numpy.ndarray:
        fits = numpy.ones(len(columns), dtype=bool)
        for column, kind, wanted in self.checks:
            values = columns[:, column]
            if kind == "regex":
                unique = numpy.unique(values).tolist()
                kind, wanted = "in", {v for v in unique if _matches(wanted, v, strings)}
            # As the columns hold them: a mix of hashes above and below 2**63
            # would otherwise become floats, and could compare equal.
            hashes = numpy.fromiter(wanted, dtype=numpy.uint64)
            fits &= numpy.isin(values, hashes, invert=kind == "not in")
        return fits


def _matches(regex, value: int, strings) -> bool:
    # A white-space token's lowercase form can be missing from the string store
    # (spaCy does not always add it); no rule's pattern matches white space.
    return value in strings and regex.search(strings[value]) is not None


def _check(column: int, name: str, value, strings) -> tuple:
    if name == "IS_SPACE":
        return (column, "in", frozenset({int(bool(value))}))
    if isinstance(value, str):
        return (column, "in", frozenset({strings.add(value)}))
    if isinstance(value, dict) and len(value) == 1:
        ((operator, operand),) = value.items()
        if operator == "IN":
            return (column, "in", frozenset(strings.add(v) for v in operand))
        if operator == "NOT_IN":
            return (column, "not in", frozenset(strings.add(v) for v in operand))
        if operator == "REGEX":
            return (column, "regex", re.compile(operand))
    raise UnsupportedRule(f"{name}: {value!r}")


def _is_tag_rule(rule: dict, attrs: dict) -> bool:
    patterns = rule["patterns"]
    return (
        set(attrs) <= {POS, MORPH}
        and rule["index"] == 0
        and len(patterns) == 1
        and len(patterns[0]) == 1
        and set(patterns[0][0]) == {"TAG"}
        and isinstance(patterns[0][0]["TAG"], str)
    )
