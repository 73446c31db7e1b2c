"""Pure NLP: spaCy pipelines and extraction over Doc; never imports Kafka."""
