"""Words around people's names: titles, honorifics and the particles inside names."""

# Honorifics say nothing about a role, so they are cut off and not kept as one.
HONORIFICS = {"mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "madam", "mme"}

# Titles and the words a news story puts before a name to say what someone is.
TITLES = HONORIFICS | {
    "president", "vice", "president-elect", "prime", "minister", "premier",
    "chancellor", "secretary", "sen", "senator", "rep", "representative",
    "congressman", "congresswoman", "gov", "governor", "lt", "mayor", "judge",
    "justice", "attorney", "general", "gen", "col", "capt", "captain", "sgt",
    "sergeant", "adm", "admiral", "cmdr", "commander", "maj", "major", "lieutenant",
    "colonel", "officer", "detective", "sheriff", "chief", "prof", "professor",
    "rev", "reverend", "father", "rabbi", "imam", "ayatollah", "cardinal", "bishop",
    "archbishop", "pope", "king", "queen", "prince", "princess", "emperor",
    "empress", "duke", "duchess", "sheikh", "saint", "st", "lord", "lady", "speaker",
    "ambassador", "commissioner", "chairman", "chairwoman", "chair", "ceo",
    "founder", "director", "coach", "democrat", "republican", "del", "leader",
    "spokesman", "spokeswoman", "spokesperson", "minority", "majority", "deputy",
    "former", "acting", "interim", "dictator", "pres",
}

# Titles that stay with a single name: "Pope Francis", "Prince Andrew", "Queen Elizabeth".
KEEPER_TITLES = {
    "pope", "king", "queen", "prince", "princess", "emperor", "empress", "duke",
    "duchess", "sheikh", "saint", "st", "lady",
}

# Capitalised words that belong to a title that follows: "Foreign Minister".
ROLE_WORDS = {
    "foreign", "defense", "defence", "interior", "finance", "health", "state",
    "u.s.", "us", "white", "house", "senate", "supreme", "court", "district",
    "federal", "national", "security", "attorney", "county", "city", "first",
    "executive", "democratic", "republican", "labour", "conservative", "party",
}

# Lower-case words that may stand inside a name: "Ludwig van Beethoven".
PARTICLES = {
    "de", "da", "del", "della", "der", "di", "du", "van", "von", "bin", "ibn", "al",
    "el", "la", "le", "y", "d'", "dos", "das", "ter", "den", "zu",
}


def _bare(word: str) -> str:
    return word.lower().rstrip(".")


def is_title(word: str) -> bool:
    return _bare(word) in TITLES


def is_honorific(word: str) -> bool:
    return _bare(word) in HONORIFICS


def is_keeper_title(word: str) -> bool:
    return _bare(word) in KEEPER_TITLES


def is_role_word(word: str) -> bool:
    return word[:1].isupper() and word.lower() in ROLE_WORDS


def is_name_word(word: str) -> bool:
    """A capitalised word, an initial, or a particle; never digits or symbols."""
    if word.lower() in PARTICLES or word[:1] in "-'’":
        return True
    return word[:1].isupper() and not any(c.isdigit() or c in "/@#&" for c in word)
