"""Walk every record of a list function chunk by chunk (``api.chunk.*``), with bounded memory.

``async with whm.paginate("listaccts", chunk_size=500) as accounts`` fetches the next
chunk in the background while the caller works through the current one; plain
``async for`` over ``whm.paginate(...)`` works too, fetching one chunk at a time.
At most two chunks are held at once either way.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

import anyio
import attrs
from anyio.abc import TaskGroup
from anyio.streams.memory import MemoryObjectReceiveStream, MemoryObjectSendStream

from ._generated.types import Unset
from .errors import WhmConfigError, WhmResponseError
from .meta import Chunk, ChunkInfo, Meta

if TYPE_CHECKING:
    from .client import WhmClient

__all__ = ["Pages"]

_Item = tuple[list[Any], ChunkInfo | None] | BaseException


def records_of(data: Any, key: str | None) -> list[Any]:
    """The list of records in a reply: ``data`` itself, ``data[key]``, or its only list field.

    A chunk past the end may come back without the list at all: that is no records.
    """
    if isinstance(data, list):
        return data
    if data is None:
        return []
    fields = (
        {f.name: getattr(data, f.name) for f in attrs.fields(type(data))}
        if attrs.has(type(data))
        else data
    )
    if not isinstance(fields, Mapping):
        raise WhmResponseError(f"can't find records in a reply of type {type(data).__name__}")
    if key is not None:
        value = fields.get(key)
        if value is None or isinstance(value, Unset):
            return []
        if not isinstance(value, list):
            raise WhmResponseError(f"{key!r} in the reply is {type(value).__name__}, not a list")
        return value
    lists = [name for name, value in fields.items() if isinstance(value, list)]
    if len(lists) > 1:
        raise WhmConfigError(f"the reply has several lists ({sorted(lists)}); pass records=NAME")
    return fields[lists[0]] if lists else []


class Pages:
    """Every record a chunked call returns; iterate with ``async for``."""

    def __init__(
        self,
        client: WhmClient,
        function: str,
        *,
        chunk_size: int,
        meta: Meta | None,
        records: str | None,
        typed: bool,
        arguments: dict[str, Any],
    ) -> None:
        Chunk(chunk_size)  # validates
        if meta is not None and meta.chunk is not None:
            raise WhmConfigError("paginate() sets the chunk itself; leave Meta.chunk empty")
        self._client = client
        self._function = function
        self._size = chunk_size
        self._meta = meta or Meta()
        self._records_key = records
        self._typed = typed
        self._arguments = arguments
        self._next_start = 1
        self._done = False
        self._buffer: list[Any] = []
        self._task_group: TaskGroup | None = None
        self._receive: MemoryObjectReceiveStream[_Item] | None = None
        self.info: ChunkInfo | None = None
        """What the server said about the latest chunk (total records, chunk count)."""

    # -------------------------------------------------------------- fetching

    async def _fetch_next(self) -> tuple[list[Any], ChunkInfo | None]:
        """Fetch the chunk at the next start and move past it."""
        meta = attrs.evolve(self._meta, chunk=Chunk(self._size, self._next_start))
        envelope = await self._client.call(self._function, **self._arguments, **meta.arguments())
        data = envelope.get("data")
        if self._typed:
            data = self._client.parse_reply(self._function, data)
        rows = records_of(data, self._records_key)
        info = ChunkInfo.from_metadata(envelope["metadata"])
        self._advance(rows, info)
        return rows, info

    def _advance(self, rows: list[Any], info: ChunkInfo | None) -> None:
        """Work out the next start, or that this was the last chunk."""
        if info is not None and info.records is not None:
            self._done = self._next_start + len(rows) > info.records or not rows
        else:
            # No chunk metadata: a short chunk is the last one. A server that ignores
            # chunking sends everything at once, i.e. more than asked for.
            self._done = len(rows) != self._size
        self._next_start += len(rows)

    async def _produce(self, send: MemoryObjectSendStream[_Item]) -> None:
        async with send:
            while not self._done:
                try:
                    chunk = await self._fetch_next()
                except Exception as exc:  # handed to the consumer, raised there
                    await send.send(exc)
                    return
                await send.send(chunk)

    # -------------------------------------------------------------- protocols

    async def __aenter__(self) -> Self:
        send, self._receive = anyio.create_memory_object_stream[_Item](0)
        self._task_group = anyio.create_task_group()
        await self._task_group.__aenter__()
        self._task_group.start_soon(self._produce, send)
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> bool | None:
        assert self._task_group is not None and self._receive is not None
        self._task_group.cancel_scope.cancel()
        self._receive.close()
        return await self._task_group.__aexit__(exc_type, exc, tb)

    def __aiter__(self) -> Self:
        return self

    async def __anext__(self) -> Any:
        while not self._buffer:
            item = await self._next_chunk()
            if item is None:
                raise StopAsyncIteration
            rows, self.info = item
            self._buffer = list(reversed(rows))
        return self._buffer.pop()

    async def _next_chunk(self) -> tuple[list[Any], ChunkInfo | None] | None:
        if self._receive is None:  # plain async for: one chunk at a time
            return None if self._done else await self._fetch_next()
        try:
            item = await self._receive.receive()
        except anyio.EndOfStream:
            return None
        if isinstance(item, BaseException):
            raise item
        return item
