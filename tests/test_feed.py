"""The producer task behind paging's prefetch and the fleet's stream (``_feed.Feed``).

A producer that hands items over with ``send_nowait`` (the fleet's workers do) may run
on after the caller leaves: a task already woken when the cancellation comes (its reply
has just arrived) runs to its next checkpoint first, on trio. Leaving must not turn that
into an error, whether the caller's block ended normally or with its own exception.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Coroutine
from typing import Any

import anyio
import pytest
from anyio.streams.memory import MemoryObjectSendStream

from whm_api_client._feed import Feed

pytestmark = pytest.mark.anyio


def producer(
    woken: anyio.Event,
) -> Callable[[MemoryObjectSendStream[str]], Coroutine[Any, Any, None]]:
    async def produce(send: MemoryObjectSendStream[str]) -> None:
        async with send:
            send.send_nowait("first")
            await woken.wait()  # the caller wakes it, then leaves at once
            send.send_nowait("second")

    return produce


async def test_leaving_while_the_producer_is_woken() -> None:
    woken = anyio.Event()
    async with Feed(producer(woken), math.inf) as receive:
        assert await receive.receive() == "first"
        woken.set()


async def test_the_callers_error_leaves_as_it_is_while_the_producer_is_woken() -> None:
    woken = anyio.Event()
    with pytest.raises(LookupError, match="the caller's own"):
        async with Feed(producer(woken), math.inf) as receive:
            await receive.receive()
            woken.set()
            raise LookupError("the caller's own")
