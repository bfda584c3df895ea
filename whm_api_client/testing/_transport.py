"""In-process mode: an httpx transport that hands each request to a simulator.

No sockets and no threads: the request is answered in the caller's event loop (asyncio or
trio), a :class:`~whm_api_client.testing.faults.Latency` waits with ``anyio.sleep`` and a
:class:`~whm_api_client.testing.faults.DropConnection` ends the body early with the error
httpx raises when a real server hangs up mid-body.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from http import HTTPStatus
from typing import TYPE_CHECKING

import anyio
import httpx

from ._wire import SimRequest, SimResponse

if TYPE_CHECKING:
    from ._simulator import WhmSimulator

__all__ = ["SimulatorTransport"]


class _Body(httpx.AsyncByteStream):
    def __init__(self, response: SimResponse) -> None:
        self._response = response

    async def __aiter__(self) -> AsyncIterator[bytes]:
        body, cut = self._response.body, self._response.cut_after
        if cut is None:
            yield body
            return
        if cut:
            yield body[:cut]
        raise httpx.RemoteProtocolError(
            "peer closed connection without sending complete message body "
            f"(received {cut} bytes, expected {len(body)})"
        )


class SimulatorTransport(httpx.AsyncBaseTransport):
    """Answers requests from one simulator, or from several by host (``"host"`` or
    ``"host:port"`` keys), as if each were its own server."""

    def __init__(self, simulators: WhmSimulator | Mapping[str, WhmSimulator]) -> None:
        self._simulators = simulators

    def _simulator_for(self, url: httpx.URL) -> WhmSimulator:
        if not isinstance(self._simulators, Mapping):
            return self._simulators
        for key in (f"{url.host}:{url.port}", url.host):
            if key in self._simulators:
                return self._simulators[key]
        raise httpx.ConnectError(f"no simulated host at {url.host}:{url.port}")

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        simulator = self._simulator_for(request.url)
        body = await request.aread()
        path, _, query = request.url.raw_path.decode("ascii").partition("?")
        headers = {
            name.decode("latin-1").lower(): value.decode("latin-1")
            for name, value in request.headers.raw
        }
        answer = simulator.handle(
            SimRequest(request.method, path, query, headers, body, client="127.0.0.1")
        )
        if answer.delay:
            # a real connection's read timeout ends the wait as it would over the network
            read_timeout = request.extensions.get("timeout", {}).get("read")
            if read_timeout is not None and answer.delay > read_timeout:
                await anyio.sleep(read_timeout)
                raise httpx.ReadTimeout("timed out waiting for the simulator", request=request)
            await anyio.sleep(answer.delay)
        headers_out = [*answer.headers, ("Content-Length", str(len(answer.body)))]
        reason = answer.reason or _phrase(answer.status)
        return httpx.Response(
            answer.status,
            headers=headers_out,
            stream=_Body(answer),
            extensions={"reason_phrase": reason.encode("latin-1"), "http_version": b"HTTP/1.1"},
            request=request,
        )


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return ""
