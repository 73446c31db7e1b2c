"""Fixtures shared by every test tier."""

# contention: the load the tests marked faults run under (--contention).
pytest_plugins = ["tests.broker_fixture", "tests.faults.contention"]
