import pytest

from app.settings import ConfigError, read_settings

SECRETS = {"DATABASE_URL": "postgresql://db/todo", "BETTER_AUTH_SECRET": "s"}


def test_defaults_are_port_8000_log_info_one_worker():
    settings = read_settings(SECRETS)
    assert (settings.port, settings.log_level, settings.workers) == (8000, "info", 1)


def test_variables_override_the_defaults():
    settings = read_settings(SECRETS | {"PORT": "9000", "LOG_LEVEL": "DEBUG", "WORKERS": "4"})
    assert (settings.port, settings.log_level, settings.workers) == (9000, "debug", 4)


def test_every_missing_secret_is_named_in_one_message():
    with pytest.raises(ConfigError, match=r"^Missing required environment variables: DATABASE_URL, BETTER_AUTH_SECRET\."):
        read_settings({"OPENAI_API_KEY": "x", "DATABASE_URL": "  "})


@pytest.mark.parametrize(("name", "value"), [("WORKERS", "0"), ("PORT", "http"), ("LOG_LEVEL", "verbose")])
def test_bad_values_are_refused(name, value):
    with pytest.raises(ConfigError, match=name):
        read_settings(SECRETS | {name: value})
