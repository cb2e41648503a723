#!/usr/bin/python3
"""Reads topics of a running Scale Projection with Confluent's own Python client and decodes every value through the
schema registry's REST API (Confluent wire format), as any Confluent-compatible consumer would.

usage: confluent-consumer-check.py BOOTSTRAP REGISTRY_URL TOPIC [TOPIC ...]
Prints one line per topic: '<topic> <records decoded> <field sets seen>'; fails if any value cannot be decoded.
Needs Debian's python3-confluent-kafka, python3-avro and python3-requests.
"""
import sys

from confluent_kafka import Consumer, TopicPartition
from confluent_kafka.avro.cached_schema_registry_client import CachedSchemaRegistryClient
from confluent_kafka.avro.serializer.message_serializer import MessageSerializer


def read_topic(bootstrap, serializer, topic):
    consumer = Consumer({"bootstrap.servers": bootstrap, "group.id": "confluent-check-" + topic,
                         "enable.auto.commit": False, "isolation.level": "read_committed",
                         "auto.offset.reset": "earliest"})
    metadata = consumer.list_topics(topic, timeout=10)
    consumer.assign([TopicPartition(topic, p, 0) for p in metadata.topics[topic].partitions])
    decoded, shapes, idle = 0, set(), 0
    while idle < 3:
        message = consumer.poll(1.0)
        if message is None:
            idle += 1
            continue
        if message.error():
            raise RuntimeError(str(message.error()))
        idle = 0
        value = serializer.decode_message(message.value())
        if not message.key() or not message.key().decode("utf-8"):
            raise ValueError("record without a key at %s/%d/%d" % (topic, message.partition(), message.offset()))
        shapes.add(",".join(sorted(value.keys())))
        decoded += 1
    consumer.close()
    return decoded, shapes


def main():
    bootstrap, registry, topics = sys.argv[1], sys.argv[2], sys.argv[3:]
    serializer = MessageSerializer(CachedSchemaRegistryClient({"url": registry}))
    for topic in topics:
        decoded, shapes = read_topic(bootstrap, serializer, topic)
        print(topic, decoded, " | ".join(sorted(shapes)))


if __name__ == "__main__":
    main()
