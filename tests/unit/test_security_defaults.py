"""Security defaults of Settings, and the same credentials reaching faust and aiokafka."""

from __future__ import annotations

import faust
import pytest
from faust.transport.drivers.aiokafka import credentials_to_aiokafka_auth

from stream.config import Settings
from stream.errors import ConfigError
from stream.worker.app import _credentials

PASSWORD = "pw-never-printed-4f1c"
SCRAM = {
    "security_protocol": "SASL_SSL",
    "sasl_mechanism": "SCRAM-SHA-512",
    "sasl_username": "alice",
    "sasl_password": PASSWORD,
}
AUTH_KEYS = (
    "security_protocol",
    "sasl_mechanism",
    "sasl_plain_username",
    "sasl_plain_password",
)


def test_settings_default_web_host_is_localhost():
    assert Settings().web_host == "127.0.0.1"


def test_settings_default_security_protocol_is_plaintext_without_credentials():
    settings = Settings()
    assert (settings.security_protocol, settings.sasl_password) == ("PLAINTEXT", None)
    assert _credentials(settings) is None


def test_settings_repr_and_dump_with_sasl_password_do_not_show_it():
    settings = Settings(**SCRAM)
    for shown in (repr(settings), str(settings), settings.model_dump_json()):
        assert PASSWORD not in shown


def test_kafka_client_options_sasl_ssl_gives_scram_options_and_tls():
    options = Settings(**SCRAM).kafka_client_options()
    assert options["sasl_plain_password"] == PASSWORD
    assert options["ssl_context"] is not None


def test_credentials_sasl_ssl_gives_faust_the_options_aiokafka_clients_get():
    settings = Settings(**SCRAM)
    credentials = _credentials(settings)
    assert isinstance(credentials, faust.SASLCredentials)
    assert PASSWORD not in repr(credentials)
    faust_auth = credentials_to_aiokafka_auth(credentials)
    options = settings.kafka_client_options()
    assert {key: faust_auth[key] for key in AUTH_KEYS} == {key: options[key] for key in AUTH_KEYS}
    assert faust_auth["ssl_context"] is not None


def test_credentials_ssl_gives_faust_ssl_credentials():
    credentials = _credentials(Settings(security_protocol="SSL"))
    assert isinstance(credentials, faust.SSLCredentials)
    assert credentials_to_aiokafka_auth(credentials)["security_protocol"] == "SSL"


@pytest.mark.parametrize("missing", ["sasl_mechanism", "sasl_username", "sasl_password"])
def test_credentials_sasl_setting_missing_raises_config_error(missing: str):
    incomplete = {key: value for key, value in SCRAM.items() if key != missing}
    with pytest.raises(ConfigError, match="SASL needs"):
        _credentials(Settings(**incomplete))
