"""Settings come from the environment and refuse values that make no sense."""

import os
import subprocess
import sys

import pytest

from newsarchive.env import ImproperSetting, env_bool, env_int, env_list
from tests.conftest import PROJECT_DIR


def test_env_bool_reads_yes_and_no_words():
    assert env_bool("DEBUG", environ={"DEBUG": "1"}) is True
    assert env_bool("DEBUG", environ={"DEBUG": "off"}) is False
    assert env_bool("DEBUG", default=True, environ={}) is True


def test_env_bool_fails_loudly_on_a_typo():
    with pytest.raises(ImproperSetting, match="DEBUG='ture'"):
        env_bool("DEBUG", environ={"DEBUG": "ture"})


def test_env_list_splits_on_commas_and_drops_blanks():
    hosts = env_list(
        "ALLOWED_HOSTS", environ={"ALLOWED_HOSTS": "a.example, b.example,,"}
    )
    assert hosts == ["a.example", "b.example"]


def test_env_int_fails_loudly_on_words():
    assert env_int("N", 3, environ={}) == 3
    with pytest.raises(ImproperSetting, match="not a whole number"):
        env_int("N", 3, environ={"N": "many"})


def run_manage(*args, **env):
    environment = {**os.environ, **env}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=PROJECT_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_settings_require_a_secret_key():
    result = run_manage("check", DEBUG="0", SECRET_KEY="")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_settings_pass_the_deployment_checklist():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DEBUG="0",
        SECRET_KEY="a-long-random-production-secret-" + "x" * 40,
        ALLOWED_HOSTS="news.example.org",
    )
    assert result.returncode == 0, result.stderr
