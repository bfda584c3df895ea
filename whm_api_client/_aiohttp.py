"""The fast transport: the same ``WhmClient`` over aiohttp's connections (on asyncio).

``WhmClient(..., http_backend="aiohttp")`` (or ``WHM_HTTP_BACKEND=aiohttp``) puts
``httpx-aiohttp``'s transport under the client's ``httpx.AsyncClient``: httpx still builds
requests, runs the auth flow, decodes content and applies timeouts' values; aiohttp only
moves bytes. Loaded on first use; needs ``pip install 'whm-api-client[aiohttp]'``.

What this module adds to ``httpx_aiohttp.AiohttpTransport``:

- every aiohttp failure becomes the httpx exception of the same meaning (the stock map
  calls a dropped connection a connect timeout and lets some aiohttp errors through), with
  httpx's wording where the event is the same, so ``WhmClient`` maps both transports alike;
- the aiohttp exception is not kept as a cause: it holds the request (URL, headers);
- no request is ever sent twice: aiohttp resends a GET once by itself when a kept-alive
  connection drops (RFC 9112's retry of idempotent methods), and WHM runs state-changing
  functions over GET (createacct among them); that retry is turned off;
- outside asyncio (on trio) it hands each request to httpx's own transport, made with the
  same TLS context and limits: trio keeps httpx's transport, whatever was chosen.
"""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import httpx
from httpx_aiohttp import AiohttpTransport

__all__ = ["WhmAiohttpTransport"]


def _translate(exc: BaseException, request: httpx.Request) -> httpx.TransportError:
    """The httpx exception for an aiohttp failure; its text without the request's query."""
    detail = str(exc).replace(str(request.url), str(request.url.copy_with(query=None)))
    kind = type(exc).__name__
    root = getattr(exc, "os_error", None) or exc.__cause__
    if root is not None and str(root) and str(root) not in detail:
        detail = f"{detail} ({type(root).__name__}: {root})"
    if isinstance(root, OSError) and type(root).__name__ not in detail:
        detail = f"{detail} [{type(root).__name__}]"
    if isinstance(exc, aiohttp.ConnectionTimeoutError):
        return httpx.ConnectTimeout(detail or "connect timeout")
    if isinstance(exc, aiohttp.ServerTimeoutError):
        return httpx.ReadTimeout(detail or "read timeout")
    if isinstance(exc, aiohttp.ClientConnectorError):  # refused, DNS, TLS verification
        return httpx.ConnectError(f"{kind}: {detail}")
    if isinstance(exc, aiohttp.ServerDisconnectedError):
        return httpx.RemoteProtocolError(
            f"Server disconnected without sending a response. ({kind}: {detail})"
        )
    if isinstance(exc, aiohttp.ClientPayloadError):
        return httpx.RemoteProtocolError(
            f"peer closed connection without sending complete message body ({kind}: {detail})"
        )
    if isinstance(exc, aiohttp.ClientResponseError):  # a reply that isn't valid HTTP
        return httpx.RemoteProtocolError(f"{kind}: {detail}")
    if isinstance(exc, aiohttp.ClientOSError | aiohttp.ClientConnectionError | OSError):
        return httpx.ReadError(f"{kind}: {detail}")
    return httpx.TransportError(f"{kind}: {detail}")


_FAILURES = (aiohttp.ClientError, OSError, asyncio.TimeoutError)


def _certificate_cause(exc: BaseException) -> ssl.SSLCertVerificationError | None:
    """The TLS verification error behind a failure, if any: kept as the cause (it holds no
    URL or header) so the client can say which check refused the certificate (a pin, the
    dates, the name) as it does on httpx's own transport."""
    seen: set[int] = set()
    cause: BaseException | None = exc
    while cause is not None and id(cause) not in seen:
        seen.add(id(cause))
        # aiohttp's ClientConnectorCertificateError is itself an SSLCertVerificationError
        # (and holds the connection's key): take the ssl module's error it wraps instead.
        found = getattr(cause, "certificate_error", None)
        if isinstance(found, ssl.SSLCertVerificationError):
            return found
        if isinstance(cause, ssl.SSLCertVerificationError):
            return cause
        cause = cause.__cause__ or cause.__context__
    return None


class _Body(httpx.AsyncByteStream):
    """The response body, with failures while reading it translated too."""

    def __init__(self, stream: httpx.AsyncByteStream, request: httpx.Request) -> None:
        self._stream = stream
        self._request = request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self._stream:
                yield chunk
        except httpx.TransportError as exc:
            raise _translate(exc.__cause__ or exc, self._request) from None
        except _FAILURES as exc:
            raise _translate(exc, self._request) from None

    async def aclose(self) -> None:
        try:
            await self._stream.aclose()
        except (httpx.TransportError, *_FAILURES):
            pass  # closing a broken connection: nothing more to report


class WhmAiohttpTransport(AiohttpTransport):
    """``httpx_aiohttp.AiohttpTransport`` with the failures mapped as ``WhmClient`` needs."""

    def __init__(self, *, verify: ssl.SSLContext | bool, limits: httpx.Limits) -> None:
        super().__init__(verify=verify, limits=limits, trust_env=False)
        self._verify = verify
        self._limits = limits
        self._elsewhere: httpx.AsyncHTTPTransport | None = None  # httpx's own, for trio

    def get_client(self) -> aiohttp.ClientSession:
        session = super().get_client()
        # Never resend: see the module's docstring. (Private in aiohttp 3.x; a test sends a
        # state-changing GET into a dropped connection and counts the requests.)
        session._retry_connection = False
        return session

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            asyncio.get_running_loop()
        except RuntimeError:  # not asyncio: trio keeps httpx's own transport
            if self._elsewhere is None:
                self._elsewhere = httpx.AsyncHTTPTransport(
                    verify=self._verify, limits=self._limits, trust_env=False
                )
            return await self._elsewhere.handle_async_request(request)
        try:
            response = await super().handle_async_request(request)
        except httpx.TransportError as exc:
            raise _translate(exc.__cause__ or exc, request) from _certificate_cause(exc)
        except _FAILURES as exc:
            raise _translate(exc, request) from _certificate_cause(exc)
        response.stream = _Body(response.stream, request)  # type: ignore[arg-type]
        return response

    async def aclose(self) -> None:
        if self._elsewhere is not None:
            await self._elsewhere.aclose()
        await super().aclose()

    @property
    def session(self) -> Any:
        """The aiohttp ``ClientSession`` (None before the first request)."""
        return self.client if isinstance(self.client, aiohttp.ClientSession) else None
