"""Security end to end: SCRAM on a broker of this module's own, the worker and the CLI over it,
no password in any output, and an HTTP API that is read-only and bound to 127.0.0.1."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from pydantic import SecretStr

from stream.codec import codec_for
from stream.config import Settings
from stream.contracts import EnrichedArticle
from stream.kafka.localbroker import BrokerCluster, free_port
from stream.kafka.readback import read_topic
from tests.integration.workers import (
    REPO,
    Worker,
    isolated_settings,
    short_articles,
    start_worker,
    wait_for,
    worker_env,
)

pytestmark = pytest.mark.integration

USER = "newsstream"
PASSWORD = f"scram-{uuid.uuid4().hex}"
ARTICLES = 5
TIMEOUT_S = 120.0
CLI_TIMEOUT_S = 120.0
WRITE_METHODS = ("POST", "PUT", "PATCH", "DELETE")
ROUTES = (
    "/health", "/metrics", "/actors", "/actors/sergei-shoigu", "/actors/sergei-shoigu/visits",
    "/", "/router/", "/table/", "/table/actor-profiles/", "/table/actor-profiles/x/",
)  # fmt: skip
TCP_LISTEN = "0A"


@pytest.fixture(scope="module")
def scram_cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BrokerCluster]:
    cluster = BrokerCluster(
        tmp_path_factory.mktemp("kafka-scram"),
        port=free_port(span=3),
        scram_users={USER: PASSWORD},
    )
    try:
        cluster.up()
        yield cluster
    finally:
        cluster.down()


@pytest.fixture(scope="module")
def settings(scram_cluster: BrokerCluster) -> Settings:
    return isolated_settings(scram_cluster.sasl_bootstrap).model_copy(
        update={
            "security_protocol": "SASL_PLAINTEXT",
            "sasl_mechanism": "SCRAM-SHA-256",
            "sasl_username": USER,
            "sasl_password": SecretStr(PASSWORD),
        }
    )


def secure_env(settings: Settings, password: str = PASSWORD, mechanism: str = "") -> dict[str, str]:
    return {
        **worker_env(settings),
        "NEWSSTREAM_SECURITY_PROTOCOL": settings.security_protocol,
        "NEWSSTREAM_SASL_MECHANISM": mechanism or str(settings.sasl_mechanism),
        "NEWSSTREAM_SASL_USERNAME": USER,
        "NEWSSTREAM_SASL_PASSWORD": password,
    }


def stream_cli(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "stream", *args],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=CLI_TIMEOUT_S,
    )


@pytest.fixture(scope="module")
def cli_runs(settings: Settings, tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """Topics created and articles published by the CLI over SCRAM-SHA-512; their output."""
    env = secure_env(settings, mechanism="SCRAM-SHA-512")
    articles = tmp_path_factory.mktemp("articles") / "articles.jsonl"
    articles.write_text(
        "".join(a.model_dump_json() + "\n" for a in short_articles(ARTICLES, "scram"))
    )
    outputs = []
    for args in (("topics", "create"), ("publish", str(articles))):
        result = stream_cli(env, *args)
        outputs += [result.stdout, result.stderr]
        assert result.returncode == 0, result.stdout + result.stderr
    return outputs


@pytest.fixture(scope="module")
def worker(
    settings: Settings, cli_runs: list[str], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Worker]:
    with pytest.MonkeyPatch.context() as patch:
        for name, value in secure_env(settings).items():
            if name.startswith("NEWSSTREAM_S"):  # the security settings; worker_env adds the rest
                patch.setenv(name, value)
        worker = start_worker(settings, tmp_path_factory.mktemp("scram-worker"))
    try:
        worker.wait_healthy()
        yield worker
    finally:
        worker.stop()


def enriched_ids(settings: Settings) -> set[str]:
    records = asyncio.run(read_topic(settings, settings.topic_enriched))
    return {codec_for(EnrichedArticle).loads(r.value or b"").article_id for r in records}


@pytest.fixture(scope="module")
def enriched(settings: Settings, worker: Worker) -> set[str]:
    """The ids on the enriched topic, read over SCRAM, once every published one is there."""
    expected = {article.id for article in short_articles(ARTICLES, "scram")}
    seen: set[str] = set()

    def all_enriched() -> bool:
        seen.update(enriched_ids(settings))
        return seen >= expected

    wait_for(all_enriched, TIMEOUT_S, lambda: f"enriched {seen}:\n{worker.log_tail()}", every=1.0)
    return seen


def test_scram_worker_enriches_what_the_cli_published(enriched: set[str]):
    assert enriched == {article.id for article in short_articles(ARTICLES, "scram")}


def test_scram_wrong_password_fails_with_an_authentication_error(settings: Settings):
    wrong = f"wrong-{uuid.uuid4().hex}"
    result = stream_cli(secure_env(settings, password=wrong), "topics", "create")
    assert result.returncode != 0
    assert "Authentication failed" in result.stderr, result.stderr
    assert wrong not in result.stdout + result.stderr


def test_scram_password_appears_in_no_output_or_log(
    settings: Settings, worker: Worker, cli_runs: list[str], enriched: set[str]
):
    listing = stream_cli(secure_env(settings), "topics", "list")
    assert listing.returncode == 0, listing.stderr
    logs = {str(worker.log): worker.log.read_text(errors="replace")}
    logs |= {f"cli {i}": text for i, text in enumerate([*cli_runs, listing.stdout, listing.stderr])}
    assert [where for where, text in logs.items() if PASSWORD in text] == []


@pytest.mark.parametrize("route", ROUTES)
def test_views_write_methods_answer_405_or_404(worker: Worker, route: str):
    statuses = {method: http_status(worker, method, route) for method in WRITE_METHODS}
    assert all(status in (404, 405) for status in statuses.values()), statuses


def test_worker_web_server_is_bound_to_localhost_only(worker: Worker):
    addresses = listening_addresses(worker.process.pid, worker.port)
    assert addresses == {"127.0.0.1"}, addresses


def http_status(worker: Worker, method: str, route: str) -> int:
    request = urllib.request.Request(f"{worker.url}{route}", data=b"{}", method=method)
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return int(response.status)
    except urllib.error.HTTPError as exc:
        return exc.code


def listening_addresses(pid: int, port: int) -> set[str]:
    """Local addresses with a listening TCP socket on `port`, from the process's /proc view."""
    found = set()
    for table in ("tcp", "tcp6"):
        for line in Path(f"/proc/{pid}/net/{table}").read_text().splitlines()[1:]:
            local, state = line.split()[1], line.split()[3]
            address, port_hex = local.rsplit(":", 1)
            if state == TCP_LISTEN and int(port_hex, 16) == port:
                found.add(decode_address(address))
    return found


def decode_address(hex_address: str) -> str:
    """/proc/net/tcp's little-endian hex to the usual notation (IPv4, or IPv6 as 32 hex digits)."""
    if len(hex_address) == 8:
        return ".".join(str(b) for b in reversed(bytes.fromhex(hex_address)))
    return hex_address
