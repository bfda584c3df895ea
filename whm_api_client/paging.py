"""Walk every record of a list function chunk by chunk (``api.chunk.*``), with bounded memory.

``async with whm.paginate("listaccts", chunk_size=500) as accounts`` fetches the next
chunk in the background while the caller works through the current one; plain
``async for`` over ``whm.paginate(...)`` works too, fetching one chunk at a time.
At most two chunks are held at once either way (three from a server that sends no
chunk metadata: the first is kept to recognise it if it comes back).
"""

from __future__ import annotations

import types
import typing
from collections.abc import Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

import anyio
import attrs
from anyio.abc import TaskGroup
from anyio.streams.memory import MemoryObjectReceiveStream, MemoryObjectSendStream

from ._generated.types import Unset
from ._tasks import close_group, open_group
from .errors import WhmConfigError, WhmResponseError
from .meta import Chunk, ChunkInfo, Meta

if TYPE_CHECKING:
    from .client import WhmClient

__all__ = ["Pages"]

_Item = tuple[list[Any], ChunkInfo | None] | BaseException


def _declared_lists(model: type) -> list[str]:
    """The fields a generated model declares as lists (``list[...] | Unset``)."""
    return [field.name for field in attrs.fields(model) if str(field.type).startswith("list[")]


def records_field(function: str, parse_data: Any, records: str | None) -> str | None:
    """Check up front, from the spec's type of a function's ``data``, that it holds a list
    of records (and that ``records`` names one); the field to read, or None when ``data``
    is the list itself or its type isn't known until the reply comes."""
    try:
        declared = typing.get_type_hints(parse_data).get("return")
    except Exception:  # an annotation that doesn't resolve: check the reply instead
        return records
    if typing.get_origin(declared) in (typing.Union, types.UnionType):
        options = [arg for arg in typing.get_args(declared) if arg is not type(None)]
        declared = options[0] if len(options) == 1 else Any
    if typing.get_origin(declared) is list:
        if records is not None:
            raise WhmConfigError(
                f"paginate({function!r}, records={records!r}): {function}'s data is the list "
                "of records itself; leave records out"
            )
        return None
    if declared is Any or not isinstance(declared, type):
        return records
    lists = _declared_lists(declared) if attrs.has(declared) else []
    if records is None and len(lists) == 1:
        return lists[0]
    if records is not None and records in lists:
        return records
    has = (
        ", ".join(f.name for f in attrs.fields(declared) if f.name != "additional_properties")
        if attrs.has(declared)
        else getattr(declared, "__name__", str(declared))
    )
    if not lists:
        raise WhmConfigError(
            f"paginate({function!r}): {function} returns no list of records "
            f"(its data has: {has or 'nothing'}); paginate a function whose data holds a list"
        )
    if records is None:
        raise WhmConfigError(
            f"paginate({function!r}): its data has several lists ({', '.join(lists)}); "
            "name one with records="
        )
    raise WhmConfigError(
        f"paginate({function!r}, records={records!r}): {function}'s data has no list "
        f"{records!r}; its lists: {', '.join(lists)}"
    )


def records_of(function: str, data: Any, key: str | None) -> tuple[list[Any], str | None]:
    """The records in a reply's ``data`` (typed or plain) and the field they came from.

    ``key`` names the field; without it, ``data`` is the list itself or has exactly one
    list field. A declared field that is absent (typed ``Unset``) or null holds no records.
    """
    if isinstance(data, list):
        return data, None
    if attrs.has(type(data)):
        fields = {f.name: getattr(data, f.name) for f in attrs.fields(type(data))}
        extra = fields.pop("additional_properties", None)
        declared = _declared_lists(type(data))
        if isinstance(extra, Mapping):
            fields.update((name, value) for name, value in extra.items() if name not in fields)
    elif isinstance(data, Mapping):
        fields, declared = dict(data), []
    else:
        raise WhmConfigError(
            f"paginate({function!r}): the reply's data is "
            f"{'absent' if data is None else type(data).__name__}, not records"
        )
    if key is None:
        lists = [name for name, value in fields.items() if isinstance(value, list)]
        lists += [name for name in declared if name not in lists]
        if len(lists) != 1:
            has = ", ".join(fields) or "nothing"
            raise WhmConfigError(
                f"paginate({function!r}): "
                + (
                    f"the reply's data has several lists ({', '.join(lists)}); name one with records="
                    if lists
                    else f"the reply's data holds no list of records (it has: {has})"
                )
            )
        key = lists[0]
    if key not in fields:
        raise WhmConfigError(
            f"paginate({function!r}, records={key!r}): the reply's data has no {key!r} "
            f"(it has: {', '.join(fields) or 'nothing'})"
        )
    value = fields[key]
    if value is None or isinstance(value, Unset):
        return [], key
    if not isinstance(value, list):
        raise WhmResponseError(
            f"{key!r} in the reply is {type(value).__name__}, not a list", function=function
        )
    return value, key


class Pages:
    """Every record a chunked call returns, each exactly once; iterate with ``async for``.

    It follows cpsrvd's rules (CPSRVD-BEHAVIOR.md §5): it asks for ``metadata.chunk``
    (``api.chunk.verbose=1``) and stops after ``records``; a reply that starts at 1 when a
    later start was asked for is the first chunk again (cpsrvd's answer to a start past
    the end), not more records. Without chunk metadata a short chunk, more records than
    asked for (the server ignored chunking) or the first chunk again ends the walk. When
    the replies don't say where the end is, it raises ``WhmResponseError`` instead of
    guessing or looping.
    """

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
        if meta is not None and not isinstance(meta, Meta):
            raise WhmConfigError(f"meta must be a Meta or None, not {type(meta).__name__}")
        if meta is not None and meta.chunk is not None:
            raise WhmConfigError("paginate() sets the chunk itself; leave Meta.chunk empty")
        if records is not None and (not isinstance(records, str) or not records):
            raise WhmConfigError("records must name a field of the reply's data")
        view_meta = client._meta
        if (
            meta is not None
            and view_meta is not None
            and attrs.evolve(view_meta, chunk=None) != Meta()
        ):
            raise WhmConfigError(
                "paginate(meta=...) on a with_options(meta=...) view: give the filters, "
                "sort and columns in one place"
            )
        # The view's chunk, if any, never applies: the pager's own chunk always wins.
        base = meta if meta is not None else (view_meta or Meta())
        self._client = client
        self._function = function
        self._size = chunk_size
        self._meta = attrs.evolve(base, chunk=None)
        self._records_key = records
        self._typed = typed
        self._arguments = arguments
        self._next_start = 1
        self._first: list[Any] | None = None  # the first chunk, to recognise it coming back
        self._done = False
        self._buffer: list[Any] = []
        self._task_group: TaskGroup | None = None
        self._receive: MemoryObjectReceiveStream[_Item] | None = None
        self.info: ChunkInfo | None = None
        """What the server said about the latest chunk (total records, chunk count)."""

    # -------------------------------------------------------------- fetching

    async def _fetch_next(self) -> tuple[list[Any], ChunkInfo | None]:
        """Fetch the chunk at the next start and move past it."""
        start = self._next_start
        view = self._client.with_options(
            meta=attrs.evolve(self._meta, chunk=Chunk(self._size, start))
        )
        envelope = await view.call(self._function, **self._arguments)
        metadata = envelope["metadata"]
        info = ChunkInfo.from_metadata(metadata)
        data = envelope.get("data")
        if data is None and info is not None and info.records == 0:
            rows: list[Any] = []  # nothing to page through, said plainly
        else:
            if self._typed:
                data = self._client.parse_reply(self._function, data, metadata=metadata)
            rows, self._records_key = records_of(self._function, data, self._records_key)
        return self._advance(start, rows, info), info

    def _advance(self, start: int, rows: list[Any], info: ChunkInfo | None) -> list[Any]:
        """Work out the next start, or that this was the last chunk; the rows to yield."""
        if info is not None and info.records is not None:
            answered = info.start if info.start is not None else start
            if answered != start:
                if answered == 1:  # cpsrvd's answer to a start past the end: we are done
                    self._done = True
                    return []
                self._cannot_tell(f"it answered start {answered} to start {start}")
            self._next_start = start + len(rows)
            if not rows and start <= info.records:
                self._cannot_tell(f"it counts {info.records} records but sent none from {start}")
            self._done = self._next_start > info.records
            return rows
        # No chunk metadata: the server ignores it, or chunking itself.
        if start > 1 and rows == self._first:
            self._done = True  # the first chunk again: past the end (or chunking ignored)
            return []
        if self._first is None:
            self._first = rows
        self._next_start = start + len(rows)
        # A short chunk is the last; more than asked for means chunking was ignored.
        self._done = len(rows) != self._size
        return rows

    def _cannot_tell(self, what: str) -> None:
        self._done = True
        raise WhmResponseError(
            f"paging stopped: the server's chunk metadata doesn't say where the records end "
            f"({what}); records may be missing",
            function=self._function,
        )

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
        self._task_group = await open_group()
        self._task_group.start_soon(self._produce, send)
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> bool | None:
        assert self._task_group is not None and self._receive is not None
        self._receive.close()
        # An error in the caller's block (a chunk's error included: the producer hands
        # those over instead of raising) leaves as it is, not inside an ExceptionGroup.
        return await close_group(self._task_group, exc_type, exc, tb)

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
