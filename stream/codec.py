"""One faust codec for every contract: JSON bytes in and out, validated by pydantic.

Topics carry the contracts of `stream.contracts` as plain JSON. The codec gives faust the
bytes to send and gives our functions a validated model back; each model's validator is
built once, when its codec is first asked for.
"""

from __future__ import annotations

from functools import cache
from typing import Any, Generic, TypeVar

from faust.serializers.codecs import Codec
from pydantic import BaseModel, TypeAdapter

Model = TypeVar("Model", bound=BaseModel)


class ContractCodec(Codec, Generic[Model]):
    """JSON bytes <-> one contract model. `loads` raises pydantic's ValidationError."""

    def __init__(self, model: type[Model]) -> None:
        super().__init__(model=model.__name__)
        self.model = model
        self._adapter = TypeAdapter(model)

    def _dumps(self, obj: Any) -> bytes:
        return self._adapter.dump_json(obj)

    def _loads(self, s: bytes) -> Model:
        return self._adapter.validate_json(s)

    def loads(self, s: bytes) -> Model:  # narrowed from faust's Any for the type checker
        return self._loads(s)


@cache
def codec_for(model: type[Model]) -> ContractCodec[Model]:
    return ContractCodec(model)
