"""``WhmFleet``: one WHM API 1 call on many servers, one result (or error) per server."""

from __future__ import annotations

import contextlib
import inspect
import math
import os
import ssl
import time
from collections.abc import AsyncIterator, Iterable, Mapping, Sequence
from types import TracebackType
from typing import Any, Literal, Self

import anyio
import attrs
from anyio.streams.memory import MemoryObjectReceiveStream, MemoryObjectSendStream

from .._checks import count, seconds
from .._tasks import close_group, open_group
from ..certs import ssl_context
from ..client import WhmClient, _http_backend
from ..errors import (
    WhmConfigError,
    WhmError,
    WhmTimeoutError,
    WhmTransportError,
    WhmUnsupportedError,
)
from ..functions import lookup
from ..wire import encode_arguments, redact
from ._inventory import FleetHost, load_inventory, select_hosts

__all__ = ["AccountMatch", "AccountSearch", "HostResult", "WhmFleet", "run_map"]

Status = Literal["ok", "failed", "unreachable"]
DEFAULT_CONCURRENCY = 100
DEFAULT_PER_HOST = 2


@attrs.frozen
class HostResult:
    """What one host answered: ``data`` (and ``metadata``) on success, else ``error``.

    ``elapsed`` is the call's own time in seconds, from when it got its turn (waiting for
    the fleet's concurrency limits is not counted). Pickles, errors included.
    """

    host: str
    function: str
    data: Any = None
    error: WhmError | None = None
    elapsed: float = 0.0
    metadata: dict[str, Any] = attrs.field(factory=dict)

    @property
    def ok(self) -> bool:
        return self.error is None

    @property
    def status(self) -> Status:
        """``ok``; ``unreachable`` when no usable exchange took place (connect, TLS, timeout,
        credentials that couldn't be read); ``failed`` when the server answered with a
        failure (``metadata.result`` 0, an HTTP error, a reply the client can't use) or
        the function is newer than the host's known version (nothing was sent)."""
        if self.error is None:
            return "ok"
        if isinstance(self.error, WhmUnsupportedError):
            return "failed"
        if isinstance(self.error, WhmTransportError | WhmConfigError):
            return "unreachable"
        return "failed"

    def unwrap(self) -> Any:
        """``data``, or raise the host's error."""
        if self.error is not None:
            raise self.error
        return self.data


@attrs.frozen
class AccountMatch:
    """An account found by :meth:`WhmFleet.find_account`: the host and its listaccts record."""

    host: str
    user: str
    domain: str
    account: dict[str, Any]


@attrs.frozen
class AccountSearch:
    """Where an account is; ``errors`` are the hosts that couldn't be searched (it may be on
    one of those), so ``complete`` is False unless every host answered."""

    matches: tuple[AccountMatch, ...]
    errors: tuple[HostResult, ...]

    @property
    def complete(self) -> bool:
        return not self.errors


def _read_only(function: str) -> bool:
    """The spec's read-only flag; functions it doesn't know count as state-changing."""
    info = lookup(function)[1]
    return info is not None and info.read_only


class WhmFleet:
    """Many WHM servers, one call at a time on all of them::

        async with WhmFleet.from_inventory("fleet.toml") as fleet:
            for result in await fleet.map("version"):
                print(result.host, result.data if result.ok else result.error)

    One :class:`WhmClient` per host, made on the host's first call and kept (with its
    connections) until :meth:`aclose`. A fleet belongs to one event loop (asyncio or trio).
    """

    def __init__(
        self,
        hosts: Iterable[FleetHost],
        *,
        concurrency: int = DEFAULT_CONCURRENCY,
        per_host: int = DEFAULT_PER_HOST,
        http_backend: str | None = None,
        client_options: Mapping[str, Any] | None = None,
    ) -> None:
        """
        Args:
            hosts: the servers (see :func:`load_inventory`).
            concurrency: default for the most calls in flight across the fleet.
            per_host: the most calls in flight to any one host, counting every ``map`` and
                ``stream`` running on this fleet at once.
            http_backend: ``"httpx"`` or ``"aiohttp"`` (on asyncio; trio keeps httpx's), as
                for ``WhmClient``.
            client_options: more ``WhmClient`` options for every host (``retry``,
                ``max_response_bytes``, ``limits``, ...).
        """
        self._hosts = tuple(hosts)
        if not self._hosts:
            raise WhmConfigError("a fleet needs at least one host")
        names = [host.name for host in self._hosts]
        if len(set(names)) != len(names):
            raise WhmConfigError("two hosts of the fleet have the same name")
        self._concurrency = count("concurrency", concurrency)
        self._per_host = count("per_host", per_host)
        options = dict(client_options or {})
        reserved = {
            "target",
            "auth",
            "verify",
            "ca_bundle",
            "pin_sha256",
            "http_client",
            "http_backend",
        }
        if reserved & set(options):
            raise WhmConfigError(
                f"client_options can't set {', '.join(sorted(reserved & set(options)))}: "
                "they come from the inventory and the fleet's own arguments"
            )
        known = inspect.signature(WhmClient).parameters
        unknown = sorted(str(name) for name in options if name not in known)
        if unknown:
            raise WhmConfigError(f"not a WhmClient option: {', '.join(unknown)}")
        self._client_options = options
        self._http_backend = http_backend
        # A bad choice (or WHM_HTTP_BACKEND) fails here, not at every host's first call.
        _http_backend(http_backend, "transport" in options)
        self._clients: dict[str, WhmClient] = {}
        self._tls: dict[tuple[str | None, tuple[str, ...]], ssl.SSLContext] = {}
        self._limiters: dict[str, anyio.CapacityLimiter] = {}
        self._change_locks: dict[str, anyio.Lock] = {}
        self._closed = False
        self._root = self  # views made by select() share their root's state

    @classmethod
    def from_inventory(
        cls, path: str | os.PathLike[str], *, hosts: Sequence[str] = (), **options: Any
    ) -> WhmFleet:
        """A fleet of the inventory's hosts; ``hosts`` picks some by name or tag."""
        inventory = load_inventory(path)
        return cls(select_hosts(inventory, hosts) if hosts else inventory, **options)

    @property
    def hosts(self) -> tuple[FleetHost, ...]:
        return self._hosts

    def select(self, *selectors: str) -> WhmFleet:
        """A fleet of the hosts named, or tagged, by any of ``selectors``; it shares this
        fleet's clients and limits, and closing it closes nothing."""
        view = object.__new__(WhmFleet)
        view.__dict__.update(self.__dict__)
        view._hosts = tuple(select_hosts(self._hosts, selectors))
        return view

    def __repr__(self) -> str:
        return f"WhmFleet({len(self._hosts)} hosts)"

    # ------------------------------------------------------------------ lifecycle

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close every host's client (and its connections); a view from select() closes
        nothing."""
        if self._root is not self:
            return
        self._closed = True
        clients = list(self._clients.values())
        self._clients.clear()
        with anyio.CancelScope(shield=True):
            for whm in clients:
                with contextlib.suppress(Exception):
                    await whm.aclose()

    def client(self, name: str) -> WhmClient:
        """The host's ``WhmClient`` (made now if it wasn't): for work beyond one call."""
        for host in self._hosts:
            if host.name == name:
                return self._client(host)
        raise WhmConfigError(f"no host named {name!r} in this fleet")

    def _client(self, host: FleetHost) -> WhmClient:
        if self._root._closed:
            raise WhmConfigError("this WhmFleet is closed")
        whm = self._clients.get(host.name)
        if whm is None:
            options = dict(self._client_options)
            if host.timeout is not None:
                options.setdefault("timeout", host.timeout)
            whm = WhmClient(
                host.target,
                host.credential.auth(host.user),
                verify=self._tls_context(host),
                http_backend=self._http_backend,
                **options,
            )
            self._clients[host.name] = whm
        return whm

    def _tls_context(self, host: FleetHost) -> ssl.SSLContext:
        """One context per trust setting, shared by the hosts that have it: loading a CA
        store costs milliseconds and hundreds of KB, which a thousand hosts would feel."""
        key = (host.ca_bundle, host.pin_sha256)
        context = self._tls.get(key)
        if context is None:
            if host.ca_bundle is None and not host.pin_sha256:
                import httpx

                context = httpx.create_ssl_context()
            else:  # the same rules as WhmClient(ca_bundle=..., pin_sha256=...)
                context = ssl_context(True, host.ca_bundle, host.pin_sha256 or None)
            self._tls[key] = context
        return context

    # ------------------------------------------------------------------ calls

    async def map(
        self,
        function: str,
        /,
        *,
        concurrency: int | None = None,
        per_host: int | None = None,
        host_timeout: float | None = None,
        allow_changes: bool = False,
        typed: bool = False,
        **arguments: Any,
    ) -> list[HostResult]:
        """Call ``function`` on every host; one :class:`HostResult` per host, in the fleet's
        order. One host's failure is its result: ``map`` itself only raises for a call
        that can't be made anywhere (bad name or arguments, a state-changing function
        without ``allow_changes``).

        Args:
            concurrency: the most calls in flight across the fleet (default: the fleet's).
            per_host: the most calls in flight to one host; sets the fleet's limit.
            host_timeout: seconds each host gets for the whole call (default: the host's
                ``timeout`` from the inventory, else the client's own timeouts).
            allow_changes: required for a function that may change state; such calls run
                one at a time on each host.
            typed: ``data`` as the function's typed result instead of plain JSON.
            arguments: the function's WHM arguments.
        """
        results: dict[str, HostResult] = {}
        async with self.stream(
            function,
            concurrency=concurrency,
            per_host=per_host,
            host_timeout=host_timeout,
            allow_changes=allow_changes,
            typed=typed,
            **arguments,
        ) as stream:
            async for result in stream:
                results[result.host] = result
        return [results[host.name] for host in self._hosts]

    def stream(
        self,
        function: str,
        /,
        *,
        concurrency: int | None = None,
        per_host: int | None = None,
        host_timeout: float | None = None,
        allow_changes: bool = False,
        typed: bool = False,
        **arguments: Any,
    ) -> FleetStream:
        """Like :meth:`map`, but each result as it arrives::

            async with fleet.stream("listaccts") as results:
                async for result in results:
                    ...

        Leaving the block early cancels the calls still running; none is left behind.
        """
        if self._root._closed:
            raise WhmConfigError("this WhmFleet is closed")
        read_only = _read_only(function)  # also refuses what isn't a function name
        encode_arguments(arguments)  # a bad argument fails here, not once per host
        if typed and lookup(function)[1] is None:  # else it would fail after the calls ran
            raise WhmConfigError(
                f"typed=True reads replies by the bundled spec, which has no {function!r}; "
                "leave typed out for plain data"
            )
        if not read_only and not allow_changes:
            raise WhmConfigError(
                f"{function} may change state on every host of the fleet: pass "
                "allow_changes=True to mean it (such calls run one at a time per host)"
            )
        if per_host is not None:
            self._set_per_host(count("per_host", per_host))
        if host_timeout is not None:
            host_timeout = seconds("host_timeout", host_timeout)
        return FleetStream(
            self,
            _Call(function, arguments, read_only, host_timeout, typed),
            self._concurrency if concurrency is None else count("concurrency", concurrency),
        )

    async def find_account(
        self,
        *,
        user: str | None = None,
        domain: str | None = None,
        concurrency: int | None = None,
        host_timeout: float | None = None,
    ) -> AccountSearch:
        """Which hosts have the account ``user``, or the account whose main domain is
        ``domain`` (listaccts' exact search on every host; a domain is sent in lower case)."""
        if (user is None) == (domain is None):
            raise WhmConfigError("find_account needs exactly one of user= and domain=")
        searchtype, value = ("user", user) if user is not None else ("domain", domain)
        if not isinstance(value, str) or not value:
            raise WhmConfigError(f"find_account: {searchtype} must be a non-empty string")
        if searchtype == "domain":
            value = value.lower()  # domain names are case-insensitive (RFC 4343)
        results = await self.map(
            "listaccts",
            searchtype=searchtype,
            search=value,
            searchmethod="exact",
            concurrency=concurrency,
            host_timeout=host_timeout,
        )
        matches: list[AccountMatch] = []
        for result in results:
            data = result.data if result.ok and isinstance(result.data, dict) else {}
            for account in data.get("acct") or []:
                if not isinstance(account, dict):
                    continue
                found = str(account.get(searchtype, ""))
                if found == value or (searchtype == "domain" and found.lower() == value):
                    matches.append(
                        AccountMatch(
                            result.host,
                            str(account.get("user", "")),
                            str(account.get("domain", "")),
                            account,
                        )
                    )
        return AccountSearch(tuple(matches), tuple(r for r in results if not r.ok))

    # ------------------------------------------------------------------ one host

    def _set_per_host(self, value: int) -> None:
        self._root._per_host = value
        for limiter in self._limiters.values():
            limiter.total_tokens = value

    def _host_limiter(self, host: FleetHost) -> anyio.CapacityLimiter:
        limiter = self._limiters.get(host.name)
        if limiter is None:
            limiter = self._limiters[host.name] = anyio.CapacityLimiter(self._root._per_host)
        return limiter

    def _change_lock(self, host: FleetHost) -> anyio.Lock:
        lock = self._change_locks.get(host.name)
        if lock is None:
            lock = self._change_locks[host.name] = anyio.Lock()
        return lock

    async def _call_host(self, host: FleetHost, call: _Call) -> HostResult:
        async with self._host_limiter(host):
            if call.read_only:
                return await self._call_once(host, call)
            async with self._change_lock(host):  # one state-changing call at a time on a host
                return await self._call_once(host, call)

    async def _call_once(self, host: FleetHost, call: _Call) -> HostResult:
        start = time.perf_counter()
        whm: WhmClient | None = None
        deadline = call.timeout or host.timeout
        try:
            whm = self._client(host)
            with anyio.move_on_after(deadline) as scope:
                envelope = await whm.call(call.function, **call.arguments)
                data = envelope.get("data")
                if call.typed:
                    data = whm.parse_reply(call.function, data)
            if scope.cancelled_caught:
                raise WhmTimeoutError(
                    f"no complete answer within {deadline:g}s"
                    + ("" if call.read_only else "; the call may still complete on the server"),
                    function=call.function,
                )
        except WhmError as exc:
            return HostResult(host.name, call.function, error=exc, elapsed=_since(start))
        except Exception as exc:  # a bug must not take the other hosts down; say what it was
            secrets = whm._secrets_with(()) if whm is not None else ()
            error = WhmError(
                redact(f"unexpected {type(exc).__name__}: {exc}", secrets), function=call.function
            )
            return HostResult(host.name, call.function, error=error, elapsed=_since(start))
        metadata = envelope.get("metadata")
        return HostResult(
            host.name,
            call.function,
            data=data,
            elapsed=_since(start),
            metadata=dict(metadata) if isinstance(metadata, dict) else {},
        )


@attrs.frozen
class _Call:
    function: str
    arguments: dict[str, Any]
    read_only: bool
    timeout: float | None
    typed: bool


class FleetStream:
    """Results as they arrive; an async context manager and then an async iterator."""

    def __init__(self, fleet: WhmFleet, call: _Call, concurrency: int) -> None:
        self._fleet = fleet
        self._call = call
        self._concurrency = concurrency
        self._group: anyio.abc.TaskGroup | None = None
        self._receive: MemoryObjectReceiveStream[HostResult] | None = None

    async def __aenter__(self) -> Self:
        send, receive = anyio.create_memory_object_stream[HostResult](math.inf)
        self._receive = receive
        self._group = await open_group()
        self._group.start_soon(self._feed, send)
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> bool | None:
        assert self._group is not None and self._receive is not None
        try:
            return await close_group(self._group, exc_type, exc, tb)  # cancels what still runs
        finally:
            self._receive.close()

    def __aiter__(self) -> AsyncIterator[HostResult]:
        if self._receive is None:
            raise WhmConfigError("use `async with fleet.stream(...) as results` first")
        return self._receive.__aiter__()

    async def _feed(self, send: MemoryObjectSendStream[HostResult]) -> None:
        hosts = iter(self._fleet.hosts)
        workers = min(self._concurrency, len(self._fleet.hosts))
        async with send, anyio.create_task_group() as group:
            for _ in range(workers):
                group.start_soon(self._worker, hosts, send)

    async def _worker(
        self, hosts: Iterable[FleetHost], send: MemoryObjectSendStream[HostResult]
    ) -> None:
        for host in hosts:  # shared: each worker takes the next host left
            result = await self._fleet._call_host(host, self._call)
            send.send_nowait(result)  # unbounded buffer: never blocks


def run_map(
    inventory: str | os.PathLike[str],
    function: str,
    /,
    *,
    hosts: Sequence[str] = (),
    backend: str = "asyncio",
    fleet_options: Mapping[str, Any] | None = None,
    **map_options: Any,
) -> list[HostResult]:
    """``WhmFleet.from_inventory(...).map(...)`` in a fresh event loop, from sync code: a
    module-level function, so a ``ProcessPoolExecutor`` can run it in worker processes
    (each with its part of the hosts; docs/guide/fleet.md has the recipe)."""

    async def main() -> list[HostResult]:
        async with WhmFleet.from_inventory(
            inventory, hosts=hosts, **(fleet_options or {})
        ) as fleet:
            return await fleet.map(function, **map_options)

    return anyio.run(main, backend=backend)


def _since(start: float) -> float:
    return time.perf_counter() - start
