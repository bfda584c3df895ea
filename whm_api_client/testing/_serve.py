"""Served mode: simulators on loopback ports, HTTP/1.1 (h11) over anyio, with or without TLS.

One :class:`SimulatorServer` serves any number of simulators, each on its own port (a
fleet of simulated hosts in one process); it runs in the current event loop (asyncio or
trio), or in a background thread through :class:`ThreadedSimulatorServer` for sync code.
h11 comes with httpx (httpcore depends on it). TLS uses a certificate made on the spot
(``trustme``, the ``testing`` extra), whose CA file clients pass as ``ca_bundle=``.
"""

from __future__ import annotations

import contextlib
import logging
import shutil
import socket
import ssl
import struct
import tempfile
from functools import partial
from http import HTTPStatus
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

import anyio
import attrs
from anyio.abc import SocketAttribute, SocketStream
from anyio.streams.tls import TLSListener

from .._tasks import close_group, open_group
from ..errors import WhmConfigError
from ..targets import Target
from ._wire import SimRequest, SimResponse

if TYPE_CHECKING:
    import h11

    from ..auth import WhmAuth
    from ..client import WhmClient
    from ._simulator import WhmSimulator

__all__ = ["Endpoint", "SimulatorServer", "ThreadedSimulatorServer", "make_tls"]

logger = logging.getLogger("whm_api_client.testing")
MAX_REQUEST_BYTES = 17 * 1024 * 1024  # a bit over the simulator's own 16 MiB body limit
CA_FILE_NAME = "whm-simulator-ca.pem"


@attrs.frozen
class Endpoint:
    """Where a served simulator answers."""

    simulator: WhmSimulator
    host: str
    port: int
    ca_file: str | None = None  # the CA to trust (``ca_bundle=``) when served with TLS
    https: bool = False  # TLS with a certificate of the caller's (no ca_file)

    @property
    def scheme(self) -> str:
        return "https" if self.ca_file or self.https else "http"

    @property
    def url(self) -> str:
        """``http(s)://HOST:PORT``; the API is at ``/json-api``."""
        scheme = self.scheme
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{scheme}://{host}:{self.port}"

    @property
    def target(self) -> Target:
        """A ``Target`` of kind host for this endpoint."""
        return Target.host(self.host, self.port, scheme=self.scheme)

    def client(self, auth: WhmAuth | None = None, **options: Any) -> WhmClient:
        """A ``WhmClient`` for this endpoint over real HTTP(S), as root unless told otherwise."""
        from ..client import WhmClient

        if self.ca_file:
            options.setdefault("ca_bundle", self.ca_file)
        return WhmClient(self.target, auth or self.simulator.auth(), **options)


@attrs.frozen
class TlsFiles:
    directory: Path
    ca_file: str
    context: ssl.SSLContext


def make_tls(
    directory: Path, names: tuple[str, ...] = ("127.0.0.1", "localhost", "::1")
) -> TlsFiles:
    """A CA and a server certificate for ``names``; the CA's PEM written in ``directory``."""
    try:
        import trustme
    except ImportError:
        raise WhmConfigError(
            "the simulator needs trustme for TLS: pip install 'whm-api-client[testing]'"
        ) from None
    ca = trustme.CA()
    certificate = ca.issue_cert(*names)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    certificate.configure_cert(context)
    ca_file = directory / CA_FILE_NAME
    try:
        directory.mkdir(parents=True, exist_ok=True)
        ca.cert_pem.write_to_path(str(ca_file))
    except OSError as exc:
        raise WhmConfigError(f"can't write the CA file in {directory}: {exc.strerror}") from None
    return TlsFiles(directory, str(ca_file), context)


class _QuietTLSListener(TLSListener):
    @staticmethod
    async def handle_handshake_error(exc: BaseException, stream: Any) -> None:
        # a client that gives up on the certificate is its own business, not the server's
        with contextlib.suppress(Exception):
            await stream.aclose()
        if not isinstance(exc, Exception):
            raise exc


class SimulatorServer:
    """Serves simulators on loopback ports inside the running event loop::

    async with SimulatorServer(tls=True) as server:
        first = await server.listen(WhmSimulator())
        second = await server.listen(WhmSimulator(seed=2))
    """

    def __init__(
        self, *, tls: bool = False, host: str = "127.0.0.1", ca_dir: str | None = None
    ) -> None:
        self.host = host
        self._tls_wanted = tls
        self._ca_dir = ca_dir
        self._tls: TlsFiles | None = None
        self._own_dir: Path | None = None
        self._group: anyio.abc.TaskGroup | None = None
        self.endpoints: list[Endpoint] = []

    @property
    def ca_file(self) -> str | None:
        return self._tls.ca_file if self._tls else None

    async def __aenter__(self) -> Self:
        if self._tls_wanted:
            directory = Path(self._ca_dir) if self._ca_dir else None
            if directory is None:
                directory = self._own_dir = Path(tempfile.mkdtemp(prefix="whm-simulator-"))
            self._tls = make_tls(directory)
        self._group = await open_group()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> bool | None:
        assert self._group is not None
        try:
            return await close_group(self._group, exc_type, exc, tb)
        finally:
            if self._own_dir is not None:
                shutil.rmtree(self._own_dir, ignore_errors=True)

    async def listen(
        self, simulator: WhmSimulator, port: int = 0, *, ssl_context: ssl.SSLContext | None = None
    ) -> Endpoint:
        """Serve ``simulator`` on ``port`` (0: a free one); returns its endpoint.

        ``ssl_context`` serves this port with a certificate of your own (self-signed,
        expired, for another name...), to test how a client treats it; the endpoint's
        ``ca_file`` is then None and its URL ``https://``.
        """
        if self._group is None:
            raise WhmConfigError("use `async with SimulatorServer() as server` first")
        if not 0 <= port <= 65535:
            raise WhmConfigError(f"can't listen on port {port}: a port is 0 to 65535")
        try:
            listener: Any = await anyio.create_tcp_listener(
                local_host=self.host, local_port=port, reuse_port=False
            )
        except OSError as exc:
            raise WhmConfigError(f"can't listen on {self.host}:{port}: {exc}") from None
        bound = listener.extra(SocketAttribute.local_port)
        context = ssl_context or (self._tls.context if self._tls else None)
        if context is not None:
            listener = _QuietTLSListener(listener, context, standard_compatible=False)
        own = ssl_context is not None
        endpoint = Endpoint(simulator, self.host, bound, None if own else self.ca_file, https=own)
        self._group.start_soon(listener.serve, partial(_connection, simulator))
        self.endpoints.append(endpoint)
        return endpoint


class ThreadedSimulatorServer:
    """A :class:`SimulatorServer` in a background thread, for sync tests and other tools::

    with ThreadedSimulatorServer() as server:
        endpoint = server.listen(WhmSimulator())
        ...  # endpoint.url, endpoint.target
    """

    def __init__(
        self,
        *,
        tls: bool = False,
        host: str = "127.0.0.1",
        ca_dir: str | None = None,
        backend: str = "asyncio",
    ) -> None:
        self._server = SimulatorServer(tls=tls, host=host, ca_dir=ca_dir)
        self._backend = backend
        self._stack: contextlib.ExitStack | None = None
        self._portal: Any = None

    @property
    def ca_file(self) -> str | None:
        return self._server.ca_file

    @property
    def endpoints(self) -> list[Endpoint]:
        return self._server.endpoints

    def start(self) -> None:
        from anyio.from_thread import start_blocking_portal

        stack = contextlib.ExitStack()
        try:
            self._portal = stack.enter_context(start_blocking_portal(self._backend))
            stack.enter_context(self._portal.wrap_async_context_manager(self._server))
        except BaseException:
            stack.close()
            raise
        self._stack = stack

    def stop(self) -> None:
        """Stop serving (open connections are cut) and end the thread."""
        if self._stack is not None:
            stack, self._stack = self._stack, None
            stack.close()

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def listen(
        self, simulator: WhmSimulator, port: int = 0, *, ssl_context: ssl.SSLContext | None = None
    ) -> Endpoint:
        if self._portal is None:
            raise WhmConfigError("start the server first (or use it as a context manager)")
        endpoint: Endpoint = self._portal.call(
            partial(self._server.listen, ssl_context=ssl_context), simulator, port
        )
        return endpoint


# ---------------------------------------------------------------------- one connection


async def _connection(simulator: WhmSimulator, stream: SocketStream) -> None:
    import h11

    connection = h11.Connection(h11.SERVER, max_incomplete_event_size=64 * 1024)
    client = _peer(stream)
    try:
        while True:
            received = await _read_request(connection, stream)
            if received is None:
                return
            request, body = received
            path, _, query = request.target.decode("latin-1").partition("?")
            headers = {
                name.decode("latin-1").lower(): value.decode("latin-1")
                for name, value in request.headers
            }
            answer = simulator.handle(
                SimRequest(request.method.decode("latin-1"), path, query, headers, body, client)
            )
            if answer.delay:
                await anyio.sleep(answer.delay)
            if not await _send(connection, stream, answer, head=request.method == b"HEAD"):
                _abort(stream)
                return
            if connection.our_state is h11.MUST_CLOSE or connection.their_state is h11.MUST_CLOSE:
                return
            connection.start_next_cycle()
    except (anyio.BrokenResourceError, anyio.ClosedResourceError, anyio.EndOfStream, OSError):
        return  # the client went away
    except h11.RemoteProtocolError:
        with contextlib.suppress(Exception):
            await _send_error(connection, stream, 400)
    except Exception:  # never let one connection take the server down
        logger.exception("simulator: connection from %s failed", client)
    finally:
        with contextlib.suppress(Exception):
            await stream.aclose()


async def _read_request(
    connection: h11.Connection, stream: SocketStream
) -> tuple[h11.Request, bytes] | None:
    import h11

    request: h11.Request | None = None
    body: list[bytes] = []
    size = 0
    while True:
        event = connection.next_event()
        if event is h11.NEED_DATA:
            try:
                data = await stream.receive(65536)
            except (anyio.EndOfStream, anyio.BrokenResourceError, anyio.ClosedResourceError):
                data = b""
            connection.receive_data(data)
        elif isinstance(event, h11.Request):
            request = event
        elif isinstance(event, h11.Data):
            size += len(event.data)
            if size > MAX_REQUEST_BYTES:
                await _send_error(connection, stream, 413)
                return None
            body.append(event.data)
        elif isinstance(event, h11.EndOfMessage):
            assert request is not None
            return request, b"".join(body)
        else:  # ConnectionClosed, or PAUSED after a request we can't keep reading
            return None


async def _send(
    connection: h11.Connection, stream: SocketStream, answer: SimResponse, *, head: bool = False
) -> bool:
    """Send ``answer`` (only its headers to a HEAD request, whose reply has no body);
    False when it asks to drop the connection mid-body."""
    import h11

    headers = [(name.encode("latin-1"), value.encode("latin-1")) for name, value in answer.headers]
    headers.append((b"Content-Length", str(len(answer.body)).encode()))
    reason = (answer.reason or _phrase(answer.status)).encode("latin-1")
    await stream.send(
        connection.send(h11.Response(status_code=answer.status, headers=headers, reason=reason))
    )
    if answer.cut_after is not None:
        if answer.cut_after:
            await stream.send(connection.send(h11.Data(data=answer.body[: answer.cut_after])))
        return False
    if answer.body and not head:
        await stream.send(connection.send(h11.Data(data=answer.body)))
    await stream.send(connection.send(h11.EndOfMessage()))
    return True


async def _send_error(connection: h11.Connection, stream: SocketStream, status: int) -> None:
    import h11

    if connection.our_state not in (h11.IDLE, h11.SEND_RESPONSE):
        return
    body = _phrase(status).encode()
    headers = [(b"Content-Type", b"text/plain"), (b"Content-Length", str(len(body)).encode())]
    headers.append((b"Connection", b"close"))
    await stream.send(connection.send(h11.Response(status_code=status, headers=headers)))
    await stream.send(connection.send(h11.Data(data=body)))
    await stream.send(connection.send(h11.EndOfMessage()))


def _peer(stream: SocketStream) -> str:
    try:
        address = stream.extra(SocketAttribute.remote_address)
    except Exception:  # not a socket stream (no peer address to report)
        return "127.0.0.1"
    return str(address[0]) if isinstance(address, tuple) else str(address)


def _abort(stream: Any) -> None:
    """Drop the connection with a TCP reset, as a crashed or cut server does."""
    with contextlib.suppress(Exception):
        raw: socket.socket = stream.extra(SocketAttribute.raw_socket)
        raw.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return ""
