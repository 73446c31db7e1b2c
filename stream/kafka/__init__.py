"""Kafka plumbing: topics, the article producer, reading topics back, a local broker."""
