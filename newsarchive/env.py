"""Read settings from the environment, failing loudly on a value that makes no sense.

Kept free of Django so that it can be tested without settings.
"""

import os

TRUE_WORDS = {"1", "true", "yes", "on"}
FALSE_WORDS = {"0", "false", "no", "off", ""}


class ImproperSetting(ValueError):
    """An environment variable holds a value we refuse to guess about."""


def env_bool(name, default=False, environ=os.environ):
    raw = environ.get(name)
    if raw is None:
        return default
    word = raw.strip().lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise ImproperSetting(f"{name}={raw!r} is not a yes/no value (use 1 or 0)")


def env_list(name, default=(), environ=os.environ):
    raw = environ.get(name)
    if raw is None:
        return list(default)
    return [item.strip() for item in raw.split(",") if item.strip()]


def env_int(name, default, environ=os.environ):
    raw = environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        return int(raw)
    except ValueError:
        raise ImproperSetting(f"{name}={raw!r} is not a whole number") from None
