"""The loop a user writes first: consume an article, `nlp(text)`, produce one JSON result.

One process, one message at a time, each result sent and awaited before the next message:
the baseline `scripts/bench.py` measures newsstream against. It runs until it is stopped.

    python scripts/naive_peer.py --bootstrap HOST:PORT --source RAW --target OUT --group G
"""

from __future__ import annotations

import argparse
import asyncio
import json

import spacy
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

from stream.nlp.pipeline import DEFAULT_MODEL


async def run(bootstrap: str, source: str, target: str, group: str, model: str) -> None:
    nlp = spacy.load(model)
    consumer = AIOKafkaConsumer(
        source, bootstrap_servers=bootstrap, group_id=group, auto_offset_reset="earliest"
    )
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap)
    await consumer.start()
    await producer.start()
    try:
        async for message in consumer:
            article = json.loads(message.value)
            doc = nlp(article["text"])
            entities = [{"text": ent.text, "label": ent.label_} for ent in doc.ents]
            result = {"id": article["id"], "entities": entities}
            await producer.send_and_wait(target, json.dumps(result).encode(), key=message.key)
    finally:
        await consumer.stop()
        await producer.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bootstrap", required=True)
    parser.add_argument("--source", required=True, help="topic of raw articles")
    parser.add_argument("--target", required=True, help="topic of the results")
    parser.add_argument("--group", required=True, help="consumer group")
    parser.add_argument("--model", default=DEFAULT_MODEL)
    args = parser.parse_args()
    asyncio.run(run(args.bootstrap, args.source, args.target, args.group, args.model))


if __name__ == "__main__":
    main()
