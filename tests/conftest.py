"""Fixtures shared by every test tier."""

pytest_plugins = ["tests.broker_fixture"]
