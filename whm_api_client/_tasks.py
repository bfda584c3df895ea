"""A task group held by an object that is an async context manager itself (the pages of a
list, a fleet's results): opened in its ``__aenter__``, closed in its ``__aexit__``."""

from __future__ import annotations

from types import TracebackType

import anyio
from anyio.abc import TaskGroup

__all__ = ["close_group", "open_group"]


async def open_group() -> TaskGroup:
    group = anyio.create_task_group()
    await group.__aenter__()
    return group


async def close_group(
    group: TaskGroup,
    exc_type: type[BaseException] | None,
    exc: BaseException | None,
    tb: TracebackType | None,
) -> bool | None:
    """Cancel what still runs in ``group`` and leave it. An exception raised in the
    caller's block (Ctrl-C included) leaves as it was raised, not inside an
    ExceptionGroup; only a cancellation goes through the group, whose scope may be the
    one that caught it."""
    group.cancel_scope.cancel()
    if exc is not None and not isinstance(exc, anyio.get_cancelled_exc_class()):
        await group.__aexit__(None, None, None)
        return None
    return await group.__aexit__(exc_type, exc, tb)
