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

# Titles that stay with a single name: "Pope Francis", "Prince Andrew".
KEEPER_TITLES = {
    "pope", "king", "queen", "prince", "princess", "emperor", "empress", "duke",
    "duchess", "sheikh", "saint", "st", "lady",
}

# Words that belong to a title that follows: "Foreign Minister", "opposition
# leader", "Trade Minister".
ROLE_WORDS = {
    "foreign", "defense", "defence", "interior", "finance", "health", "state",
    "u.s.", "us", "white", "house", "senate", "supreme", "court", "district",
    "federal", "national", "security", "attorney", "county", "city", "first",
    "executive", "democratic", "republican", "labour", "conservative", "party",
    # Portfolios and offices: "Economy Minister", "central bank governor".
    "trade", "economy", "economic", "energy", "transport", "transportation",
    "education", "environment", "agriculture", "labor", "culture", "commerce",
    "industry", "development", "housing", "immigration", "home", "treasury",
    "opposition", "central", "bank", "police", "army", "military", "communications",
}

# Lower-case words that may stand inside a name: "Ludwig van Beethoven".
PARTICLES = {
    "de", "da", "del", "della", "der", "di", "du", "van", "von", "bin", "ibn", "al",
    "el", "la", "le", "y", "d'", "dos", "das", "ter", "den", "zu",
}


# Plurals that name political groups: "Virginia Democrats".
PARTY_PLURALS = {
    "democrats", "republicans", "conservatives", "liberals", "socialists", "greens",
    "tories", "independents", "progressives", "libertarians", "communists",
}

# Prefixes after which a name goes on with a capital: "McDonald", "DiCaprio".
NAME_PREFIXES = {"mc", "mac", "de", "di", "da", "la", "le", "van", "von", "du", "o'"}

# Words that stand next to a name in picture credits: "Image: David Shankbone".
CREDIT_WORDS = {
    "image", "photo", "photograph", "picture", "credit", "courtesy", "video",
}

# First words of names that are never a person's: storms, places, projects.
NON_PERSON_LEADS = {
    "cyclone", "hurricane", "typhoon", "storm", "tropical", "mount", "mt", "lake",
    "fort", "camp", "operation", "project", "space", "planet", "hotel", "club",
    "instituto", "institut", "university", "universidad", "college", "school",
    "banco", "radio",
}

# Last words of names of organisations, places and things.
NON_PERSON_HEADS = {
    "productions", "systems", "works", "live", "falls", "pavilion", "road", "street",
    "avenue", "station", "gallery", "cup", "center", "centre", "shuttle", "university",
    "institute", "instituto", "museum", "hospital", "group", "inc", "corp", "company",
    "co", "ltd", "llc", "foundation", "association", "party", "council", "committee",
    "reports", "times", "news", "magazine", "journal", "records", "studios",
    "entertainment", "media", "airlines", "airport", "bank", "partners", "ventures",
    "labs", "technologies", "network", "club", "league", "stadium", "arena", "theatre",
    "theater", "festival", "awards", "prize", "island", "islands", "county", "valley",
    "square", "tower", "building", "school", "college", "academy", "act", "report",
    "project", "program", "programme", "award", "trophy", "series", "show", "agency",
    "department", "ministry", "service", "services", "industries", "holdings", "motors",
    "highway", "boulevard", "mall", "plaza",
}


# Short forms of given names: "Larry Lessig" is "Lawrence Lessig".
NICKNAMES = {
    "al": "albert", "alex": "alexander", "andy": "andrew", "ben": "benjamin",
    "bernie": "bernard", "bill": "william", "billy": "william", "bob": "robert",
    "bobby": "robert", "chris": "christopher", "chuck": "charles", "dan": "daniel",
    "dave": "david", "dick": "richard", "don": "donald", "ed": "edward",
    "jack": "john", "jake": "jacob", "jim": "james", "jimmy": "james", "joe": "joseph",
    "johnny": "john", "ken": "kenneth", "larry": "lawrence", "liz": "elizabeth",
    "matt": "matthew", "mike": "michael", "nick": "nicholas", "pat": "patrick",
    "pete": "peter", "phil": "philip", "rob": "robert", "ron": "ronald",
    "sam": "samuel", "steve": "steven", "ted": "edward", "tim": "timothy",
    "tom": "thomas", "tony": "anthony", "vince": "vincent", "will": "william",
}


def same_given_name(short: str, full: str) -> bool:
    """ "Pat" and "Patrick", "Larry" and "Lawrence", and a one-letter slip in a long
    name, "Kristin" and "Kristen" (all lower case)."""
    if full.startswith(short) or NICKNAMES.get(short) == full:
        return True
    slips = sum(a != b for a, b in zip(short, full))
    return len(short) == len(full) >= 6 and slips == 1


def _bare(word: str) -> str:
    return word.lower().rstrip(".")


def is_title(word: str) -> bool:
    return _bare(word) in TITLES


def is_honorific(word: str) -> bool:
    return _bare(word) in HONORIFICS


def is_keeper_title(word: str) -> bool:
    return _bare(word) in KEEPER_TITLES


def is_role_word(word: str) -> bool:
    return word.lower() in ROLE_WORDS


def is_name_word(word: str) -> bool:
    """A capitalised word, an initial, a particle ("van", "al-Amr", "d'Ettorre")."""
    if any(c.isdigit() or c in "/@#&()[]" for c in word):
        return False
    if word.lower() in PARTICLES or word[:1].isupper():
        return True
    head, _, rest = word.replace("'", "-", 1).partition("-")
    return (head.lower() in PARTICLES or head + "'" in PARTICLES) and rest[:1].isupper()


def is_generational_suffix(word: str) -> bool:
    return word.lower().rstrip(".") in {"jr", "sr", "ii", "iii", "iv"}


def is_party_plural(word: str) -> bool:
    return word.lower() in PARTY_PLURALS


def is_brand_word(word: str) -> bool:
    """A capital after a small letter, as brands write: "SpaceX", "YouTube"; names
    like "McDonald", "DeSantis" or "LaGuardia" have it only after their prefix."""
    for i in range(1, len(word)):
        if word[i].isupper() and word[i - 1].islower():
            return word[:i].lower() not in NAME_PREFIXES
    return False


def is_credit_word(word: str) -> bool:
    return word.lower().rstrip(":") in CREDIT_WORDS


def is_non_person_lead(word: str) -> bool:
    return word.lower() in NON_PERSON_LEADS


def is_non_person_head(word: str) -> bool:
    return word.lower() in NON_PERSON_HEADS
