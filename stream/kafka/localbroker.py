"""A real Apache Kafka cluster on this machine, without Docker.

Kafka 4.x runs in KRaft mode from the jars that Maven resolves from `kafka/pom.xml`. Each node
is one combined broker+controller JVM whose config, pid file, data and logs live under a state
dir, so a cluster outlives the Python process that started it: `up`, `status` and `down` find
it again through the pid files (read from /proc, so Linux only).

    python -m stream.kafka.localbroker up [--port 9092] [--nodes 1] [--state-dir DIR] [--timeout 60]
    python -m stream.kafka.localbroker status | bootstrap | down
    python -m stream.kafka.localbroker jars     # resolve the jars only, e.g. while setting up

When KAFKA_BOOTSTRAP is set the cluster is someone else's: `up` only waits until it answers,
`status` and `bootstrap` print it, `down` and `jars` do nothing.
"""

from __future__ import annotations

import argparse
import base64
import fcntl
import hashlib
import json
import os
import random
import re
import shutil
import signal
import socket
import struct
import subprocess
import sys
import time
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager, suppress
from dataclasses import asdict, dataclass, field
from pathlib import Path

from stream.errors import BrokerError, ConfigError, NewsstreamError

PROJECT_DIR = Path(__file__).resolve().parents[2]
POM_PATH = PROJECT_DIR / "kafka" / "pom.xml"
LOG4J_CONFIG = PROJECT_DIR / "kafka" / "log4j2.properties"
DEFAULT_STATE_DIR = PROJECT_DIR / ".cache" / "kafka"
DEFAULT_PORT = 9092
BOOTSTRAP_ENV = "KAFKA_BOOTSTRAP"
HOST = "127.0.0.1"
SCRAM_MECHANISMS = ("SCRAM-SHA-256", "SCRAM-SHA-512")
SCRAM_LOGIN_MODULE = "org.apache.kafka.common.security.scram.ScramLoginModule required;"
MIN_JAVA_MAJOR = 17
DEFAULT_HEAP = "512m"
# Tuned for a test broker on a 2-core machine: C2 compilation and G1's threads cost more CPU
# than a short-lived broker wins back, and three nodes starting at once fight for the cores.
# With C1 only and the serial collector a node needs half the CPU time to get ready.
JVM_OPTIONS = (
    "-XX:TieredStopAtLevel=1",
    "-XX:+UseSerialGC",
    "-XX:+ExitOnOutOfMemoryError",
    "-Djava.awt.headless=true",
)
DEFAULT_PARTITIONS = 6
READY_TIMEOUT_S = 60.0
STOP_TIMEOUT_S = 30.0
KILL_TIMEOUT_S = 10.0
MAVEN_TIMEOUT_S = 900.0
POLL_INTERVAL_S = 0.2
LOG_TAIL_LINES = 20

JAVA_HINT = "install a JDK (apt-get install openjdk-17-jre-headless)"
MAVEN_HINT = "install Maven (apt-get install maven)"
# Below Linux's ephemeral range (32768+), so the OS does not hand a picked port to an
# outgoing connection between free_port() and the broker binding it.
FREE_PORT_RANGE = range(20000, 32768)


class MissingToolError(BrokerError):
    """Java 17+ or Maven is not installed."""


class JarResolutionError(BrokerError):
    """Maven could not resolve the broker's jars."""


class StateDirMismatchError(BrokerError):
    """The state dir holds a cluster of another shape than the one asked for."""


class BrokerNotReadyError(BrokerError):
    """A node did not start, or did not answer metadata requests in time."""


# --- tools and jars -----------------------------------------------------------------------


def find_java() -> str:
    """Path of a Java 17+ executable, from $JAVA_HOME if set, else from PATH."""
    java_home = os.environ.get("JAVA_HOME")
    from_java_home = shutil.which("java", path=str(Path(java_home) / "bin")) if java_home else None
    java = from_java_home or shutil.which("java")
    if java is None:
        raise MissingToolError(f"Java {MIN_JAVA_MAJOR}+ not found: {JAVA_HINT}")
    major = java_major_version(java)
    if major < MIN_JAVA_MAJOR:
        raise MissingToolError(f"Java {major} at {java} is too old, Kafka needs 17+: {JAVA_HINT}")
    return java


def java_major_version(java: str) -> int:
    banner = subprocess.run([java, "-version"], capture_output=True, text=True, check=False)
    match = re.search(r'version "(\d+)(?:\.(\d+))?', banner.stderr + banner.stdout)
    if match is None:
        raise MissingToolError(f"cannot tell the version of {java}: {JAVA_HINT}")
    major = int(match[1])
    # Java 8 and older call themselves "1.8".
    return int(match[2] or 0) if major == 1 else major


def kafka_version(pom: Path = POM_PATH) -> str:
    namespace = {"m": "http://maven.apache.org/POM/4.0.0"}
    version = ET.parse(pom).findtext("m:properties/m:kafka.version", namespaces=namespace)
    if not version:
        raise JarResolutionError(f"{pom} declares no <kafka.version> property")
    return version


def default_libs_dir(version: str) -> Path:
    cache_home = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(cache_home) / "newsstream" / f"kafka-{version}" / "libs"


def ensure_jars(libs_dir: Path | None = None, pom: Path = POM_PATH) -> Path:
    """Resolve the broker's jars into libs_dir once and return it; later calls are instant.

    A stamp of the POM's hash makes a changed POM re-resolve; jars land in a staging folder
    first, so an interrupted run never leaves a half-filled libs_dir behind.
    """
    libs_dir = libs_dir or default_libs_dir(kafka_version(pom))
    digest = hashlib.sha256(pom.read_bytes()).hexdigest()
    stamp = libs_dir / ".pom-sha256"
    if _read_text(stamp) == digest:
        return libs_dir
    libs_dir.parent.mkdir(parents=True, exist_ok=True)
    with _exclusive_lock(libs_dir.parent / ".resolve.lock"):
        if _read_text(stamp) == digest:  # another process resolved them while we waited
            return libs_dir
        staging = libs_dir.with_name(libs_dir.name + ".partial")
        shutil.rmtree(staging, ignore_errors=True)
        _copy_dependencies(pom, staging)
        (staging / stamp.name).write_text(digest)
        shutil.rmtree(libs_dir, ignore_errors=True)
        staging.rename(libs_dir)
    return libs_dir


def _copy_dependencies(pom: Path, output_dir: Path) -> None:
    find_java()  # Maven runs on Java too; fail with the JDK hint rather than Maven's
    mvn = shutil.which("mvn")
    if mvn is None:
        raise MissingToolError(f"Maven not found: {MAVEN_HINT}")
    command = [
        mvn, "-q", "-B", "-Dstyle.color=never", "-f", str(pom),
        "dependency:copy-dependencies", "-DincludeScope=runtime", f"-DoutputDirectory={output_dir}",
    ]  # fmt: skip
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=MAVEN_TIMEOUT_S)
    except subprocess.TimeoutExpired as error:
        raise JarResolutionError(f"mvn did not finish within {MAVEN_TIMEOUT_S:.0f}s") from error
    if result.returncode != 0:
        output = _last_lines(result.stdout + result.stderr)
        raise JarResolutionError(f"mvn failed to resolve {pom}:\n{output}")


# --- the cluster --------------------------------------------------------------------------


@dataclass(frozen=True)
class ClusterLayout:
    """What a state dir was formatted for; kept in <state dir>/cluster.json."""

    cluster_id: str
    nodes: int
    port: int

    @classmethod
    def load(cls, state_dir: Path) -> ClusterLayout | None:
        text = _read_text(state_dir / "cluster.json")
        return cls(**json.loads(text)) if text else None

    def save(self, state_dir: Path) -> None:
        state_dir.mkdir(parents=True, exist_ok=True)
        (state_dir / "cluster.json").write_text(json.dumps(asdict(self), indent=2) + "\n")


@dataclass(frozen=True)
class NodeStatus:
    node_id: int
    pid: int | None
    address: str

    @property
    def running(self) -> bool:
        return self.pid is not None


@dataclass(frozen=True)
class BrokerCluster:
    """`nodes` combined broker+controller KRaft nodes on 127.0.0.1, kept under state_dir.

    Node i (1-based) serves clients on `port + i - 1` and its controller on
    `port + nodes + i - 1`: a cluster takes the 2 * nodes ports from `port` on.
    The controller quorum is static (`controller.quorum.voters`), the same for 1 or N nodes.

    With `scram_users` ({name: password}) node i also serves a SASL_PLAINTEXT listener with
    SCRAM-SHA-256 and -512 on `port + 2 * nodes + i - 1` (3 * nodes ports in all), for
    testing authenticated clients; the users are created when the storage is formatted.
    """

    state_dir: Path = DEFAULT_STATE_DIR
    port: int = DEFAULT_PORT
    nodes: int = 1
    libs_dir: Path | None = None
    heap: str = DEFAULT_HEAP
    scram_users: Mapping[str, str] = field(default_factory=dict, hash=False, repr=False)

    def __post_init__(self) -> None:
        if self.nodes < 1:
            raise ConfigError(f"a cluster needs at least one node, got {self.nodes}")
        listeners = 3 if self.scram_users else 2
        if not 1024 <= self.port <= 65535 - listeners * self.nodes:
            raise ConfigError(f"port {self.port} leaves no room for {self.nodes} node(s)")

    @classmethod
    def from_state_dir(
        cls, state_dir: Path = DEFAULT_STATE_DIR, port: int | None = None, nodes: int | None = None
    ) -> BrokerCluster:
        """The cluster recorded in state_dir; port and nodes default to the recorded ones."""
        recorded = ClusterLayout.load(Path(state_dir))
        return cls(
            Path(state_dir),
            port=port or (recorded.port if recorded else DEFAULT_PORT),
            nodes=nodes or (recorded.nodes if recorded else 1),
        )

    @property
    def node_ids(self) -> range:
        return range(1, self.nodes + 1)

    @property
    def bootstrap(self) -> str:
        return ",".join(f"{HOST}:{self.broker_port(i)}" for i in self.node_ids)

    @property
    def version(self) -> str:
        return kafka_version()

    @property
    def sasl_bootstrap(self) -> str:
        """The SCRAM listeners' bootstrap servers (with `scram_users` only)."""
        if not self.scram_users:
            raise ConfigError("this cluster has no SASL listener: give it scram_users")
        return ",".join(f"{HOST}:{self.sasl_port(i)}" for i in self.node_ids)

    def broker_port(self, node_id: int) -> int:
        return self.port + node_id - 1

    def sasl_port(self, node_id: int) -> int:
        return self.port + 2 * self.nodes + node_id - 1

    def controller_port(self, node_id: int) -> int:
        return self.port + self.nodes + node_id - 1

    # --- lifecycle ---

    def up(self, timeout: float = READY_TIMEOUT_S) -> list[int]:
        """Start the nodes that are not running and wait until all are ready.

        Returns the ids of the nodes it started. If the cluster does not get ready, it stops
        those nodes again and raises.
        """
        java, libs = find_java(), ensure_jars(self.libs_dir)
        started = [i for i in self.node_ids if self._pid(i) is None]
        self._format_new_nodes(started, java, libs)
        try:
            for node_id in started:
                self._launch(node_id, java, libs)
            self.wait_ready(timeout)
        except BrokerError:
            self._stop(started, STOP_TIMEOUT_S)
            raise
        return started

    def down(self, timeout: float = STOP_TIMEOUT_S) -> None:
        """Stop every node: SIGTERM for a clean shutdown, SIGKILL for those still up after timeout.

        All nodes get SIGTERM at once: stopped one by one, the last ones would wait for a
        controller quorum that is already gone.
        """
        self._stop(list(self.node_ids), timeout)

    def start_node(self, node_id: int, timeout: float = READY_TIMEOUT_S) -> None:
        """(Re)start one formatted node and wait until the whole cluster is ready."""
        self._check_node_id(node_id)
        if self._pid(node_id) is None:
            self._launch(node_id, find_java(), ensure_jars(self.libs_dir))
        self.wait_ready(timeout)

    def stop_node(self, node_id: int, timeout: float = STOP_TIMEOUT_S) -> None:
        self._check_node_id(node_id)
        self._stop([node_id], timeout)

    def kill_node(self, node_id: int) -> None:
        """SIGKILL one node, as a crash would, and wait until it is gone."""
        self._check_node_id(node_id)
        pid = self._pid(node_id)
        if pid is None:
            raise BrokerError(f"node {node_id} is not running")
        _send_signal(pid, signal.SIGKILL)
        if not self._wait_until_stopped([node_id], KILL_TIMEOUT_S):
            raise BrokerError(f"node {node_id} (pid {pid}) survived SIGKILL for {KILL_TIMEOUT_S}s")

    def status(self) -> list[NodeStatus]:
        return [NodeStatus(i, self._pid(i), f"{HOST}:{self.broker_port(i)}") for i in self.node_ids]

    def wait_ready(self, timeout: float = READY_TIMEOUT_S) -> None:
        """Poll until every node answers metadata requests for this cluster and sees all nodes."""
        recorded = self._recorded_layout()
        cluster_id = recorded.cluster_id if recorded else None
        deadline = time.monotonic() + timeout
        while (problem := self._readiness_problem(cluster_id)) is not None:
            node_id, reason = problem
            if self._pid(node_id) is None:
                raise BrokerNotReadyError(
                    f"node {node_id} is not running ({reason}){self._log_tail(node_id)}"
                )
            if time.monotonic() > deadline:
                raise BrokerNotReadyError(
                    f"node {node_id} not ready within {timeout:.0f}s: {reason}"
                    f"{self._log_tail(node_id)}"
                )
            time.sleep(POLL_INTERVAL_S)

    # --- storage and config ---

    def _layout(self) -> ClusterLayout:
        """The recorded layout, or a new one with a fresh cluster id, recorded."""
        if recorded := self._recorded_layout():
            return recorded
        layout = ClusterLayout(_new_cluster_id(), self.nodes, self.port)
        layout.save(self.state_dir)
        return layout

    def _recorded_layout(self) -> ClusterLayout | None:
        recorded = ClusterLayout.load(self.state_dir)
        if recorded and (recorded.nodes, recorded.port) != (self.nodes, self.port):
            raise StateDirMismatchError(
                f"{self.state_dir} holds a {recorded.nodes}-node cluster on port "
                f"{recorded.port}, not {self.nodes} on {self.port}: "
                "use those settings, another state dir, or delete it"
            )
        return recorded

    def _format_new_nodes(self, node_ids: list[int], java: str, libs: Path) -> None:
        """Format the storage of the nodes that have none yet, all at once."""
        cluster_id = self._layout().cluster_id
        new_nodes = [i for i in node_ids if not (self._data_dir(i) / "meta.properties").exists()]
        storage_tool = [java, *JVM_OPTIONS, "-cp", f"{libs}/*", "kafka.tools.StorageTool"]
        scram = [
            argument
            for name, password in self.scram_users.items()
            for mechanism in SCRAM_MECHANISMS
            for argument in ("--add-scram", f"{mechanism}=[name={name},password={password}]")
        ]
        formats = [
            [*storage_tool, "format", *scram, "-t", cluster_id, "-c", str(config)]
            for config in (self._write_config(node_id) for node_id in new_nodes)
        ]
        _run_all(formats, timeout=120)

    def _write_config(self, node_id: int) -> Path:
        config = self._node_dir(node_id) / "server.properties"
        config.parent.mkdir(parents=True, exist_ok=True)
        lines = [f"{key}={value}" for key, value in self._server_properties(node_id).items()]
        config.write_text("\n".join(lines) + "\n")
        return config

    def _server_properties(self, node_id: int) -> dict[str, object]:
        replication = min(self.nodes, 3)
        min_isr = max(1, replication - 1)
        voters = ",".join(f"{i}@{HOST}:{self.controller_port(i)}" for i in self.node_ids)
        broker, controller = self.broker_port(node_id), self.controller_port(node_id)
        properties: dict[str, object] = {
            "process.roles": "broker,controller",
            "node.id": node_id,
            "controller.quorum.voters": voters,
            "listeners": f"PLAINTEXT://{HOST}:{broker},CONTROLLER://{HOST}:{controller}",
            "advertised.listeners": f"PLAINTEXT://{HOST}:{broker}",
            "listener.security.protocol.map": "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
            "controller.listener.names": "CONTROLLER",
            "inter.broker.listener.name": "PLAINTEXT",
            "log.dirs": self._data_dir(node_id),
            "num.partitions": DEFAULT_PARTITIONS,
            "default.replication.factor": replication,
            "min.insync.replicas": min_isr,
            "offsets.topic.replication.factor": replication,
            "transaction.state.log.replication.factor": replication,
            "transaction.state.log.min.isr": min_isr,
            "share.coordinator.state.topic.replication.factor": replication,
            "share.coordinator.state.topic.min.isr": min_isr,
            # Created on first use; the default 50 partitions slow the first group join.
            "offsets.topic.num.partitions": DEFAULT_PARTITIONS,
            "transaction.state.log.num.partitions": DEFAULT_PARTITIONS,
            "group.initial.rebalance.delay.ms": 0,
            "auto.create.topics.enable": "false",
            # Fence a crashed node after 3 s instead of 9 s, so fault tests see failover quickly.
            "broker.heartbeat.interval.ms": 500,
            "broker.session.timeout.ms": 3000,
        }
        if self.scram_users:
            properties.update(self._sasl_properties(node_id, properties))
        return properties

    def _sasl_properties(self, node_id: int, plain: dict[str, object]) -> dict[str, object]:
        """A SCRAM listener beside the plain one, which brokers keep talking to each other on."""
        sasl = f"SASL_PLAINTEXT://{HOST}:{self.sasl_port(node_id)}"
        return {
            "listeners": f"{plain['listeners']},{sasl}",
            "advertised.listeners": f"{plain['advertised.listeners']},{sasl}",
            "listener.security.protocol.map": (
                f"{plain['listener.security.protocol.map']},SASL_PLAINTEXT:SASL_PLAINTEXT"
            ),
            "sasl.enabled.mechanisms": ",".join(SCRAM_MECHANISMS),
            **{
                f"listener.name.sasl_plaintext.{mechanism.lower()}.sasl.jaas.config": (
                    SCRAM_LOGIN_MODULE
                )
                for mechanism in SCRAM_MECHANISMS
            },
        }

    # --- processes ---

    def _launch(self, node_id: int, java: str, libs: Path) -> None:
        ports = [self.broker_port(node_id), self.controller_port(node_id)]
        for port in ports + ([self.sasl_port(node_id)] if self.scram_users else []):
            if not _port_is_free(port):
                raise BrokerError(f"port {port} of node {node_id} is taken by another process")
        config = self._write_config(node_id)
        logs_dir = self._logs_dir(node_id)
        logs_dir.mkdir(parents=True, exist_ok=True)
        command = [
            java, f"-Xmx{self.heap}", *JVM_OPTIONS,
            f"-Dlog4j2.configurationFile={LOG4J_CONFIG}", f"-Dkafka.logs.dir={logs_dir}",
            "-cp", f"{libs}/*", "kafka.Kafka", str(config),
        ]  # fmt: skip
        pid = _spawn_detached(command, logs_dir / "kafka.out")
        self._pid_file(node_id).write_text(f"{pid}\n")

    def _stop(self, node_ids: list[int], timeout: float) -> None:
        for sig, wait_s in ((signal.SIGTERM, timeout), (signal.SIGKILL, KILL_TIMEOUT_S)):
            for node_id in node_ids:
                if (pid := self._pid(node_id)) is not None:
                    _send_signal(pid, sig)
            if self._wait_until_stopped(node_ids, wait_s):
                break
        else:
            raise BrokerError(f"nodes {node_ids} survived SIGKILL for {KILL_TIMEOUT_S}s")
        for node_id in node_ids:
            self._pid_file(node_id).unlink(missing_ok=True)

    def _wait_until_stopped(self, node_ids: list[int], timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while any(self._pid(i) is not None for i in node_ids):
            if time.monotonic() > deadline:
                return False
            time.sleep(POLL_INTERVAL_S)
        return True

    def _pid(self, node_id: int) -> int | None:
        """Pid of the node's running JVM; None when stopped or its pid file is stale."""
        recorded = _read_text(self._pid_file(node_id))
        if not recorded.isdigit():
            return None
        pid = int(recorded)
        config = self._node_dir(node_id) / "server.properties"
        return pid if _is_kafka_process(pid, config) else None

    def _readiness_problem(self, cluster_id: str | None) -> tuple[int, str] | None:
        """The first node that is not ready yet and why, or None when all are."""
        for node_id in self.node_ids:
            try:
                metadata = fetch_metadata(HOST, self.broker_port(node_id))
            except (OSError, ValueError) as error:
                return node_id, f"no metadata from {HOST}:{self.broker_port(node_id)} ({error})"
            if metadata.cluster_id != cluster_id:
                return node_id, f"port answers for another cluster ({metadata.cluster_id})"
            if metadata.broker_ids != frozenset(self.node_ids):
                return node_id, f"sees brokers {sorted(metadata.broker_ids)} of {self.nodes}"
        return None

    # --- files ---

    def _check_node_id(self, node_id: int) -> None:
        if node_id not in self.node_ids:
            raise ValueError(f"node ids run from 1 to {self.nodes}, got {node_id}")

    def _node_dir(self, node_id: int) -> Path:
        return self.state_dir / f"node-{node_id}"

    def _data_dir(self, node_id: int) -> Path:
        return self._node_dir(node_id) / "data"

    def _logs_dir(self, node_id: int) -> Path:
        return self._node_dir(node_id) / "logs"

    def _pid_file(self, node_id: int) -> Path:
        return self._node_dir(node_id) / "kafka.pid"

    def _log_tail(self, node_id: int) -> str:
        tails = []
        for log in (self._logs_dir(node_id) / name for name in ("server.log", "kafka.out")):
            if tail := _last_lines(_read_text(log)):
                tails.append(f"\n--- {log} ---\n{tail}")
        return "".join(tails)


# --- readiness probe: a Kafka Metadata v4 request over a plain socket ----------------------

METADATA_API_KEY = 3
# Kafka 4 dropped Metadata v0-v3; v4 is the oldest left and the newest without tagged fields.
METADATA_API_VERSION = 4
CLIENT_ID = b"newsstream-localbroker"
# A metadata response for no topics is tiny; anything bigger is not a Kafka broker talking.
MAX_RESPONSE_BYTES = 1 << 20


@dataclass(frozen=True)
class ClusterMetadata:
    cluster_id: str | None
    broker_ids: frozenset[int]


def fetch_metadata(host: str, port: int, timeout: float = 2.0) -> ClusterMetadata:
    """Ask one broker which brokers it knows; raises OSError or ValueError when it cannot say."""
    header = struct.pack(">hhih", METADATA_API_KEY, METADATA_API_VERSION, 1, len(CLIENT_ID))
    body = struct.pack(">ib", 0, 0)  # no topics, no auto-creation
    request = header + CLIENT_ID + body
    with socket.create_connection((host, port), timeout=timeout) as connection:
        connection.sendall(struct.pack(">i", len(request)) + request)
        (size,) = struct.unpack(">i", _receive_exactly(connection, 4))
        if not 0 < size <= MAX_RESPONSE_BYTES:
            raise ValueError(f"not a Kafka metadata response ({size} bytes announced)")
        return _parse_metadata(_receive_exactly(connection, size))


def _receive_exactly(connection: socket.socket, size: int) -> bytes:
    chunks = bytearray()
    while len(chunks) < size:
        chunk = connection.recv(size - len(chunks))
        if not chunk:
            raise ConnectionError("broker closed the connection")
        chunks += chunk
    return bytes(chunks)


class _ResponseReader:
    def __init__(self, data: bytes) -> None:
        self._data = data
        self._offset = 0

    def int32(self) -> int:
        return self._unpack(">i")

    def string(self) -> str | None:
        length = self._unpack(">h")
        if length < 0:
            return None
        text = self._data[self._offset : self._offset + length].decode()
        self._offset += length
        return text

    def _unpack(self, fmt: str) -> int:
        try:
            (value,) = struct.unpack_from(fmt, self._data, self._offset)
        except struct.error as error:
            raise ValueError("truncated metadata response") from error
        self._offset += struct.calcsize(fmt)
        return int(value)


def _parse_metadata(response: bytes) -> ClusterMetadata:
    reader = _ResponseReader(response)
    reader.int32()  # correlation id
    reader.int32()  # throttle time
    broker_ids = []
    for _ in range(reader.int32()):
        broker_ids.append(reader.int32())
        reader.string()  # host
        reader.int32()  # port
        reader.string()  # rack
    return ClusterMetadata(reader.string(), frozenset(broker_ids))


def wait_for_bootstrap(bootstrap: str, timeout: float = READY_TIMEOUT_S) -> ClusterMetadata:
    """Poll the `host:port,...` list until one of its brokers answers a metadata request."""
    addresses = [address.strip().rpartition(":") for address in bootstrap.split(",")]
    deadline = time.monotonic() + timeout
    last_error = "no address"
    while True:
        for host, _, port in addresses:
            try:
                return fetch_metadata(host, int(port))
            except (OSError, ValueError) as error:
                last_error = f"{host}:{port}: {error}"
        if time.monotonic() > deadline:
            raise BrokerNotReadyError(
                f"no broker of {bootstrap} answered within {timeout:.0f}s ({last_error})"
            )
        time.sleep(POLL_INTERVAL_S)


# --- small helpers ------------------------------------------------------------------------


def free_port(span: int = 1) -> int:
    """A port p such that p .. p + span - 1 are all free on 127.0.0.1 right now."""
    for _ in range(100):
        first = random.randrange(FREE_PORT_RANGE.start, FREE_PORT_RANGE.stop - span)
        if all(_port_is_free(port) for port in range(first, first + span)):
            return first
    raise BrokerError(f"found no {span} consecutive free ports in {FREE_PORT_RANGE}")


def _port_is_free(port: int) -> bool:
    # SO_REUSEADDR as Kafka sets it: a port in TIME_WAIT from a stopped broker counts as free.
    with socket.socket() as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((HOST, port))
        except OSError:
            return False
        return True


def _spawn_detached(command: list[str], output: Path) -> int:
    """Start command in its own session, reparented away from us, and return its pid.

    The shell exits at once, so the JVM never becomes our zombie and a Ctrl-C in the terminal
    that ran `up` does not reach it.
    """
    launcher = 'out=$1; shift; "$@" </dev/null >>"$out" 2>&1 & echo $!'
    result = subprocess.run(
        ["sh", "-c", launcher, "sh", str(output), *command],
        capture_output=True, text=True, check=True, start_new_session=True,
    )  # fmt: skip
    return int(result.stdout)


def _send_signal(pid: int, sig: signal.Signals) -> None:
    with suppress(ProcessLookupError):  # it exited since we looked
        os.kill(pid, sig)


def _is_kafka_process(pid: int, config: Path) -> bool:
    try:
        argv = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return False
    # A zombie has an empty cmdline, so it does not count as running.
    return b"kafka.Kafka" in argv and os.fsencode(config) in argv


def _run_all(commands: list[list[str]], timeout: float) -> None:
    """Run the commands in parallel; raise with the output of the first that fails."""
    processes = [
        subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        for command in commands
    ]
    try:
        outputs = [process.communicate(timeout=timeout)[0] for process in processes]
    except subprocess.TimeoutExpired as error:
        for process in processes:
            process.kill()
            process.wait()
        raise BrokerError(f"{_shown(error.cmd)} took over {timeout:.0f}s") from error
    for command, process, output in zip(commands, processes, outputs, strict=True):
        if process.returncode != 0:
            raise BrokerError(f"{_shown(command)} failed:\n{_last_lines(output)}")


def _shown(command: list[str]) -> str:
    """The end of a command line, for an error message, without the SCRAM passwords in it."""
    hidden = [
        "[hidden]" if before == "--add-scram" else argument
        for before, argument in zip(["", *command], command, strict=False)
    ]
    return " ".join(hidden[-5:])


def _new_cluster_id() -> str:
    """A random id as `kafka-storage random-uuid` makes it, without starting a JVM."""
    while True:
        cluster_id = base64.urlsafe_b64encode(uuid.uuid4().bytes).rstrip(b"=").decode()
        if not cluster_id.startswith("-"):  # the tools would take it for an option
            return cluster_id


@contextmanager
def _exclusive_lock(path: Path) -> Iterator[None]:
    with path.open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield


def _read_text(path: Path) -> str:
    try:
        return path.read_text().strip()
    except FileNotFoundError:
        return ""


def _last_lines(text: str) -> str:
    return "\n".join(text.strip().splitlines()[-LOG_TAIL_LINES:])


# --- command line -------------------------------------------------------------------------


def _cmd_up(cluster: BrokerCluster, args: argparse.Namespace) -> int:
    began = time.monotonic()
    started = cluster.up(args.timeout)
    took = time.monotonic() - began
    note = "" if started else ", already running"
    nodes = f"{cluster.nodes} node{'s' if cluster.nodes > 1 else ''}"
    print(f"kafka ready at {cluster.bootstrap} ({nodes}, {cluster.version}{note}) in {took:.1f}s")
    return 0


def _cmd_down(cluster: BrokerCluster, args: argparse.Namespace) -> int:
    cluster.down()
    print(f"kafka stopped ({cluster.state_dir})")
    return 0


def _cmd_status(cluster: BrokerCluster, args: argparse.Namespace) -> int:
    nodes = cluster.status()
    for node in nodes:
        state = f"running, pid {node.pid}" if node.running else "stopped"
        print(f"node {node.node_id} at {node.address}: {state}")
    print(f"bootstrap: {cluster.bootstrap}")
    # 3 is "not running" for status commands (LSB), so scripts can test it.
    return 0 if all(node.running for node in nodes) else 3


def _cmd_bootstrap(cluster: BrokerCluster, args: argparse.Namespace) -> int:
    print(cluster.bootstrap)
    return 0


def _cmd_jars(cluster: BrokerCluster, args: argparse.Namespace) -> int:
    print(ensure_jars(cluster.libs_dir))
    return 0


COMMANDS: dict[str, Callable[[BrokerCluster, argparse.Namespace], int]] = {
    "up": _cmd_up,
    "down": _cmd_down,
    "status": _cmd_status,
    "bootstrap": _cmd_bootstrap,
    "jars": _cmd_jars,
}


def _run_external(command: str, bootstrap: str, timeout: float) -> int:
    if command == "up":
        wait_for_bootstrap(bootstrap, timeout)
        print(f"kafka ready at {bootstrap} ({BOOTSTRAP_ENV}, not managed here)")
    elif command in ("status", "bootstrap"):
        print(bootstrap)
    else:
        print(f"{BOOTSTRAP_ENV}={bootstrap} is set: nothing to do")
    return 0


def _parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m stream.kafka.localbroker", description="Run a local Kafka cluster."
    )
    parser.add_argument("command", choices=COMMANDS)
    parser.add_argument("--port", type=int, help=f"first broker port (default {DEFAULT_PORT})")
    parser.add_argument("--nodes", type=int, help="number of nodes (default 1)")
    parser.add_argument("--state-dir", type=Path, default=DEFAULT_STATE_DIR)
    parser.add_argument("--timeout", type=float, default=READY_TIMEOUT_S, help="seconds")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = _parse_args(argv)
    try:
        if bootstrap := os.environ.get(BOOTSTRAP_ENV):
            return _run_external(args.command, bootstrap, args.timeout)
        cluster = BrokerCluster.from_state_dir(args.state_dir, args.port, args.nodes)
        return COMMANDS[args.command](cluster, args)
    except NewsstreamError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
