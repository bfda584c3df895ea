"""A producer task feeding a memory stream, behind ``async with``: paging's next chunk
and the fleet's results as they arrive both come this way.

Loaded with what uses it (it imports anyio, ~15 ms), never by ``import whm_api_client``.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from types import TracebackType
from typing import Any, Generic, TypeVar

import anyio
from anyio.abc import TaskGroup
from anyio.streams.memory import MemoryObjectReceiveStream, MemoryObjectSendStream

__all__ = ["Feed"]

T = TypeVar("T")


class Feed(Generic[T]):
    """Runs ``produce(send)`` in a task of its own from ``__aenter__`` (which returns the
    receiving end) until ``__aexit__``, which cancels it.

    An exception raised in the caller's ``async with`` block leaves as it is: a task group
    would wrap it in an ExceptionGroup. Only cancellation goes through the task group.
    ``buffer`` is the stream's size: 0 makes the producer wait for each item to be taken.
    """

    def __init__(
        self,
        produce: Callable[[MemoryObjectSendStream[T]], Coroutine[Any, Any, None]],
        buffer: float = 0,
    ) -> None:
        self._produce = produce
        self._buffer = buffer
        self._group: TaskGroup | None = None
        self._receive: MemoryObjectReceiveStream[T] | None = None

    async def __aenter__(self) -> MemoryObjectReceiveStream[T]:
        send, self._receive = anyio.create_memory_object_stream[T](self._buffer)
        self._group = anyio.create_task_group()
        await self._group.__aenter__()
        self._group.start_soon(self._produce, send)
        return self._receive

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> bool | None:
        assert self._group is not None and self._receive is not None
        self._group.cancel_scope.cancel()  # a producer still running stops here
        try:
            if isinstance(exc, Exception):
                await self._group.__aexit__(None, None, None)
                return None
            return await self._group.__aexit__(exc_type, exc, tb)
        finally:
            # Only now: a producer woken before the cancellation may still send once.
            self._receive.close()
