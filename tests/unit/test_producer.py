import json

from stream.contracts import Article
from stream.kafka.producer import encode, repeated


def _article(article_id: str) -> Article:
    return Article(id=article_id, published="2024-01-01", text=f"Text of {article_id}.")


def test_repeated_once_keeps_the_original_ids() -> None:
    assert [a.id for a in repeated([_article("a"), _article("b")], 1)] == ["a", "b"]


def test_repeated_copies_get_distinct_ids_and_the_same_text() -> None:
    copies = list(repeated([_article("a"), _article("b")], 3))
    assert [a.id for a in copies] == ["a", "b", "a~1", "b~1", "a~2", "b~2"]
    assert copies[2].text == copies[0].text


def test_encode_keys_by_article_id_and_writes_article_json() -> None:
    message = encode(_article("a"))
    assert message.key == b"a"
    assert Article.model_validate(json.loads(message.value)).id == "a"
