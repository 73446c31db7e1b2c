"""aiokafka's sender, made to ride out a broker that dies during a coordinator lookup."""

import pytest
from aiokafka.client import CoordinationType
from aiokafka.errors import KafkaConnectionError, KafkaError
from aiokafka.producer.sender import Sender
from aiokafka.producer.transaction_manager import TransactionManager

from stream.workarounds.transactions import CoordinatorLookupRetries

COORDINATOR = 2


class BrokerDyingOnce:
    """A client whose first coordinator lookup loses its connection."""

    def __init__(self) -> None:
        self.lookups = 0

    async def coordinator_lookup(self, coordinator_type: int, key: str) -> int:
        self.lookups += 1
        if self.lookups == 1:
            raise KafkaConnectionError("Connection at 127.0.0.1:9092 closed")
        return COORDINATOR

    async def force_metadata_update(self) -> bool:
        return True

    async def ready(self, node_id: int, group: object = None) -> bool:
        return True


def sender(kind: type[Sender], client: BrokerDyingOnce) -> Sender:
    return kind(
        client,
        acks=-1,
        txn_manager=TransactionManager("newsstream-raw-0", 60_000),
        message_accumulator=None,
        retry_backoff_ms=1,
        request_timeout_ms=1_000,
    )


async def test_aiokafka_sender_gives_up_on_a_lookup_that_lost_its_connection():
    with pytest.raises(KafkaError):
        await sender(Sender, BrokerDyingOnce())._find_coordinator(CoordinationType.GROUP, "g")


async def test_coordinator_lookup_retries_until_a_broker_answers():
    client = BrokerDyingOnce()
    found = await sender(CoordinatorLookupRetries, client)._find_coordinator(
        CoordinationType.GROUP, "g"
    )
    assert found == COORDINATOR
    assert client.lookups == 2
