"""``WhmClient``: one async client for every WHM API 1 function.

The typed methods (one per function, generated into ``_generated/client.py``)
all funnel into :meth:`WhmClient._run`; :meth:`WhmClient.call` reaches any
function by name; ``with_raw_response`` gives the same calls' whole replies.
All go through :meth:`WhmClient._send`, the one place that talks HTTP, so auth,
timeouts, size limits, hooks and error mapping apply to all. It returns a
:class:`WhmResponse`: typed methods return its ``.data``, ``call()`` its ``.envelope``.
"""

from __future__ import annotations

import copy
import logging
import math
import os
import ssl
import time
from collections.abc import Mapping, Sequence
from datetime import timedelta
from types import EllipsisType, ModuleType, TracebackType
from typing import TYPE_CHECKING, Any, Self
from urllib.parse import quote_plus

import httpx

from ._generated.client import WhmFunctions
from .auth import ApiTokenAuth, BasicAuth, WhmAuth
from .errors import (
    WhmApiError,
    WhmAuthError,
    WhmConfigError,
    WhmConnectError,
    WhmError,
    WhmHttpError,
    WhmReplyTooLargeError,
    WhmSchemaError,
    WhmServerError,
    WhmTimeoutError,
    WhmTransportError,
)
from .functions import lookup, module_of, url_name
from .response import WhmResponse, parse_data
from .targets import Target
from .versions import ServerFacts, ServerInfo
from .wire import (
    MOCK_DIAGNOSTICS_HEADER,
    SENSITIVE_ARGUMENT,
    QueryPairs,
    check_envelope,
    encode_arguments,
    encode_json_body,
    log_notes,
    redact,
    sensitive_values,
    since_version,
)

if TYPE_CHECKING:  # the rest load when first used, to keep imports cheap
    from .batch import BatchResult
    from .meta import Meta
    from .observe import CallEvent, Hooks
    from .paging import Pages
    from .raw import RawResponses
    from .retry import RetryPolicy

__all__ = ["DEFAULT_TIMEOUT", "WhmClient", "env_settings"]

__version__ = "0.1.0"
logger = logging.getLogger("whm_api_client")

# Connecting should be quick; a mutating call (createacct, a backup) can take minutes
# and still complete on the server, so the read timeout is long.
DEFAULT_TIMEOUT = httpx.Timeout(connect=10.0, read=300.0, write=60.0, pool=60.0)
DEFAULT_MAX_RESPONSE_BYTES = 512 * 1024 * 1024
# cpsrvd serves one server; 20 connections keep it busy without crowding it, and
# httpcore's pool gets slower per request as it grows (see docs/maintainers/benchmarks.md).
DEFAULT_LIMITS = httpx.Limits(max_connections=20, max_keepalive_connections=20)
_MOCK_AUTH = ApiTokenAuth("mock", "mock-token")  # mocks want some Authorization header


def env_settings(
    target: Target | str | None = None,
) -> tuple[Target, WhmAuth | None, dict[str, Any]]:
    """What the ``WHM_*`` variables configure: target, credentials and TLS settings
    (``ca_bundle``, ``pin_sha256``), for :meth:`WhmClient.from_env` and ``whm-api doctor``."""
    env = os.environ
    if target is None and env.get("WHM_TARGET"):
        target = env["WHM_TARGET"]
    if target is None and env.get("WHM_HOST"):
        port = env.get("WHM_PORT", "2087")
        if not port.isdigit():
            raise WhmConfigError(f"WHM_PORT must be a number, got {port!r}")
        target = Target.host(env["WHM_HOST"], int(port))
    if target is None:
        raise WhmConfigError(
            "set WHM_HOST (a WHM server) or WHM_TARGET (a server's URL, docs-mock or mock:URL)"
        )
    user = env.get("WHM_USER", "root")
    auth: WhmAuth | None = None
    if not isinstance(target, Target):
        target = Target.parse(target)
    if target.kind == "docs_mock":
        auth = None  # a public third-party server: it never gets real credentials
    elif env.get("WHM_API_TOKEN"):
        auth = ApiTokenAuth(user, env["WHM_API_TOKEN"])
    elif env.get("WHM_PASSWORD"):
        auth = BasicAuth(user, env["WHM_PASSWORD"])
    settings: dict[str, Any] = {}
    if env.get("WHM_CA_BUNDLE"):
        settings["ca_bundle"] = env["WHM_CA_BUNDLE"]
    if env.get("WHM_PIN_SHA256"):
        settings["pin_sha256"] = env["WHM_PIN_SHA256"]
    return target, auth, settings


class WhmClient(WhmFunctions):
    """Async client for WHM API 1.

    Use it as an async context manager, or call :meth:`aclose` when done::

        async with WhmClient(Target.host("whm.example.com"), ApiTokenAuth("root", token)) as whm:
            accounts = await whm.listaccts()
    """

    def __init__(
        self,
        target: Target | str,
        auth: WhmAuth | None = None,
        *,
        timeout: httpx.Timeout | float | None = DEFAULT_TIMEOUT,
        verify: bool | ssl.SSLContext = True,
        ca_bundle: str | os.PathLike[str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        limits: httpx.Limits | None = None,
        max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
        retry: RetryPolicy | None = None,
        allow_insecure_http: bool = False,
        hooks: Hooks | None = None,
        lenient: bool = False,
        http_backend: str | None = None,
        pin_sha256: str | Sequence[str] | None = None,
        server_version: str | None = None,
        check_arguments: bool = False,
    ) -> None:
        """
        Args:
            target: where to send calls: a :class:`Target` or ``WHM_TARGET``-style text
                (a server's URL, ``docs-mock`` or ``mock:URL``).
            auth: :class:`ApiTokenAuth`, :class:`BasicAuth` or :class:`SessionAuth`; a
                loopback mock gets a placeholder, the docs mock nothing unless passed.
            timeout: default for every call; override per call with :meth:`with_options`.
            verify: TLS verification; ``False`` only if you really mean it.
            ca_bundle: a PEM file to trust, e.g. a host's self-signed certificate.
            http_client: your own ``httpx.AsyncClient`` (you close it).
            transport: an httpx transport for the client this one creates.
            limits: connection pool limits for the client this one creates.
            max_response_bytes: replies larger than this raise; ``None`` for no limit.
            retry: opt-in retries, for read-only functions only.
            allow_insecure_http: permit ``http://`` to a host that isn't loopback.
            hooks: callables told of every request, reply and failure (:class:`Hooks`).
            lenient: read known drifts from the spec (numbers as strings, ``"0"``/``"1"``
                flags, null in a required field) as the declared type, logging each;
                strict (a :class:`WhmSchemaError`) by default.
            http_backend: ``"httpx"`` (the default) or ``"aiohttp"``: the fast transport
                (the ``aiohttp`` extra), on asyncio; trio keeps httpx's own. Unset:
                ``WHM_HTTP_BACKEND``, which applies only when the client makes its own
                connections (no ``http_client`` or ``transport`` given).
            pin_sha256: the SHA-256 fingerprint of the server's certificate (or several):
                a connection to any other certificate fails with :class:`WhmCertificateError`.
                It takes the place of the CA and host name checks, not of the dates
                (docs/guide/server.md says exactly what it replaces).
            server_version: the server's WHM version (``"11.120"``), if you know it: a
                function the bundled spec says is newer then raises
                :class:`WhmUnsupportedError` before anything is sent. Without it the
                client learns the version from the first ``version`` reply.
            check_arguments: refuse, before sending, an argument name the bundled spec
                doesn't list for the function and a value outside its allowed values
                (WHM ignores unknown arguments silently); off by default, as a newer
                server may take more. Meta arguments (``api.filter.*``, ...) always pass.
        """
        if target is None:
            raise WhmConfigError("a target is required: Target.host(...), docs-mock or mock:URL")
        self._target = target if isinstance(target, Target) else Target.parse(target)
        _checked_flag("allow_insecure_http", allow_insecure_http)
        for name, value, kind in (
            ("http_client", http_client, httpx.AsyncClient),
            ("transport", transport, httpx.AsyncBaseTransport),
            ("limits", limits, httpx.Limits),
        ):
            if value is not None and not isinstance(value, kind):
                raise WhmConfigError(
                    f"{name} must be an {kind.__module__}.{kind.__name__} or None, "
                    f"not {type(value).__name__}"
                )
        if self._target.is_plain_http and not self._target.is_loopback and not allow_insecure_http:
            raise WhmConfigError(
                "refusing plain http:// to a non-loopback host: credentials would cross the "
                "network unencrypted (pass allow_insecure_http=True to insist)"
            )
        self._auth = _checked_auth(self._target, auth, http_client is not None)
        if http_client is not None and (
            transport or limits or ca_bundle or verify is not True or pin_sha256 is not None
        ):
            raise WhmConfigError(
                "transport, limits, verify, ca_bundle and pin_sha256 configure the client "
                "WhmClient creates; set them on your own http_client instead"
            )
        self._timeout = _checked_timeout(timeout)
        self._max_response_bytes = _checked_size(max_response_bytes)
        self._retry = _checked_retry(retry)
        self._facts = ServerFacts.declared(server_version)  # shared with with_options views
        self._meta: Meta | None = None  # set through with_options(meta=...)
        self._meta_arguments: dict[str, str] = {}
        self._hooks = _checked_hooks(hooks)
        self._lenient = _checked_flag("lenient", lenient)
        self._check_arguments = _checked_flag("check_arguments", check_arguments)
        self._owns_client = http_client is None
        fast = _http_backend(http_backend, http_client is not None or transport is not None)
        if http_client is None:
            tls: Any = True  # the usual case: no need to load .certs (~5 ms of import)
            if verify is not True or ca_bundle is not None or pin_sha256 is not None:
                from .certs import ssl_context

                tls = ssl_context(verify, ca_bundle, pin_sha256)
            http_client = httpx.AsyncClient(
                timeout=self._timeout,
                verify=tls,
                transport=_aiohttp_transport(tls, limits) if fast else transport,
                limits=limits or DEFAULT_LIMITS,
                headers={"User-Agent": f"whm-api-client/{__version__}"},
                follow_redirects=False,
                trust_env=False,
            )
        self._http = http_client
        self._closed = False
        self._root = self  # views made by with_options share their root's open/closed state

    @classmethod
    def from_env(cls, target: Target | str | None = None, **options: Any) -> WhmClient:
        """Configure from ``WHM_*`` environment variables (see the README's table).

        ``target`` (if given), else ``WHM_TARGET`` (a server's URL, ``docs-mock`` or
        ``mock:URL``), else ``WHM_HOST`` + ``WHM_PORT`` pick the target; ``WHM_USER``
        (default root) with ``WHM_API_TOKEN`` or ``WHM_PASSWORD`` the credentials, except
        for the docs mock, which never gets them; ``WHM_CA_BUNDLE`` a certificate file to
        trust, ``WHM_PIN_SHA256`` a certificate pin. ``options`` go to the constructor.
        """
        target, auth, settings = env_settings(target)
        needs_auth = target.kind == "host" or (target.kind == "mock" and not target.is_loopback)
        if auth is None and needs_auth and "http_client" not in options:
            # Said in the terms of the environment, which is where the credentials come from.
            where = "a WHM server" if target.kind == "host" else "a mock that isn't on this machine"
            raise WhmConfigError(
                f"{target.base_url} is {where}: set WHM_API_TOKEN or WHM_PASSWORD (an API "
                "token or a password), and WHM_USER if the user isn't root"
            )
        return cls(target, auth, **{**settings, **options})

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
        """Close the connection pool (unless it belongs to a caller-supplied http_client)."""
        self._closed = True
        if self._owns_client:
            await self._http.aclose()

    def __repr__(self) -> str:
        return f"WhmClient(target={self._target.base_url!r}, auth={self._auth!r})"

    @property
    def target(self) -> Target:
        return self._target

    def _secrets_with(self, argument_secrets: tuple[str, ...]) -> tuple[str, ...]:
        """Everything to redact from one call's messages: the credentials (read each call: a
        session's token only exists once it has logged in) and the sensitive argument values,
        also URL-encoded, as servers echo them ("p%40ss" for "p@ss")."""
        auth = self._auth._secrets if self._auth else ()
        return auth + argument_secrets + tuple(map(quote_plus, argument_secrets))

    def with_options(
        self,
        *,
        timeout: httpx.Timeout | float | EllipsisType | None = ...,
        max_response_bytes: int | EllipsisType | None = ...,
        retry: RetryPolicy | EllipsisType | None = ...,
        meta: Meta | EllipsisType | None = ...,
        lenient: bool | EllipsisType = ...,
        check_arguments: bool | EllipsisType = ...,
    ) -> WhmClient:
        """A view of this client with other per-call settings, sharing its connections::

        await whm.with_options(timeout=900).createacct(username="bob", domain="bob.example")
        await whm.with_options(meta=Meta(sort=[Sort("user")])).listaccts()
        await whm.with_options(lenient=True).listaccts()
        await whm.with_options(check_arguments=True).call("listaccts", search="bob")

        A setting left out (``...``) stays as it is; ``None`` means none.
        """
        clone = copy.copy(self)
        clone._owns_client = False
        if not isinstance(timeout, EllipsisType):
            clone._timeout = _checked_timeout(timeout)
        if not isinstance(max_response_bytes, EllipsisType):
            clone._max_response_bytes = _checked_size(max_response_bytes)
        if not isinstance(retry, EllipsisType):
            clone._retry = _checked_retry(retry)
        if not isinstance(meta, EllipsisType):
            clone._meta = _checked_meta(meta)
            clone._meta_arguments = meta.arguments() if meta is not None else {}
        if not isinstance(lenient, EllipsisType):
            clone._lenient = _checked_flag("lenient", lenient)
        if not isinstance(check_arguments, EllipsisType):
            clone._check_arguments = _checked_flag("check_arguments", check_arguments)
        return clone

    @property
    def with_raw_response(self) -> RawResponses:
        """The same calls, each returning the whole reply as a :class:`WhmResponse`::

            reply = await whm.with_raw_response.createacct(username="bob", domain="bob.example")
            reply.data  # what whm.createacct() returns
            reply.metadata.raw_output, reply.status_code, reply.headers, reply.elapsed

        ``call()`` is there too, with plain ``data``.
        """
        from .raw import RawResponses  # 625 more methods: loaded on first use

        return RawResponses(self)

    # ------------------------------------------------------------------ calls

    async def call(self, function: str, /, **arguments: Any) -> dict[str, Any]:
        """Call any function by name: keyword arguments in, the whole JSON envelope out.

        No type checking of the reply beyond the envelope: ``result["data"]`` is plain JSON.
        A namespaced function can be named with or without its namespace (``is_ready`` or
        ``EcosystemFeatures/is_ready``); the spec says how its arguments travel (query,
        form or JSON body). Functions the bundled spec doesn't know (newer servers) work
        too, sent as GET with a query; they are treated as state-changing, so never retried.
        With ``check_arguments=True`` (constructor or :meth:`with_options`), argument names
        and values the spec doesn't allow are refused before sending.
        """
        return (await self._call(function, arguments)).envelope

    async def _call(self, function: str, arguments: Mapping[str, Any]) -> WhmResponse[Any]:
        """:meth:`call` (and ``with_raw_response.call``): the whole reply, ``data`` untyped."""
        path, info = lookup(function)
        if info is None:
            return await self._send(path, "GET", arguments, False)
        if self._check_arguments:
            from .arguments import check_arguments

            check_arguments(path, arguments)
        return await self._send(path, info.method, arguments, info.read_only, body=info.body)

    async def _run(self, operation: ModuleType, arguments: dict[str, Any]) -> Any:
        """A typed method's result: the typed ``data`` of :meth:`_run_raw`'s reply."""
        return (await self._run_raw(operation, arguments)).data

    async def _run_raw(self, operation: ModuleType, arguments: dict[str, Any]) -> WhmResponse[Any]:
        function = url_name(operation.FUNCTION, operation.NAMESPACE)
        if self._check_arguments:  # Python checked the names; the values of enums are left
            from .arguments import check_arguments

            check_arguments(function, arguments)
        return await self._send(
            function,
            operation.HTTP_METHOD,
            arguments,
            operation.READ_ONLY,
            operation=operation,
            body=operation.BODY,
        )

    def parse_reply(
        self, function: str, data: Any, *, metadata: Mapping[str, Any] | None = None
    ) -> Any:
        """Turn a reply's plain ``data`` (e.g. from :meth:`call`) into the function's typed
        result; ``metadata``, if given, is attached to a :class:`WhmSchemaError`."""
        return parse_data(
            self.operation(function), data, self._lenient, metadata, self._secrets_with(())
        )

    def operation(self, function: str) -> ModuleType:
        """The generated module of a function (arguments, result type, read-only flag)."""
        _, info = lookup(function)
        if info is None:
            raise WhmConfigError(f"{function!r} is not a function in the bundled WHM spec")
        return module_of(info)

    async def server_info(self, *, refresh: bool = False) -> ServerInfo:
        """The server's version: known already (declared, or from an earlier ``version``
        reply) or asked once with ``version``; ``refresh=True`` asks again. A WHM host's
        answer is kept for the client and its views; a mock's isn't."""
        if not refresh and self._facts.info is not None:
            return self._facts.info
        data = (await self.call("version")).get("data")
        said = data.get("version") if isinstance(data, Mapping) else None
        info = ServerInfo.read(said, "server")
        if info is None:
            raise WhmSchemaError(
                f"the version reply holds no WHM version: {str(said)[:40]!r}",
                function="version",
                data=data,
            )
        return self._facts.info if self._target.kind == "host" and self._facts.info else info

    # ------------------------------------------------------------------ beyond single calls

    def paginate(
        self,
        function: str,
        /,
        *,
        chunk_size: int = 500,
        meta: Meta | None = None,
        records: str | None = None,
        typed: bool = True,
        **arguments: Any,
    ) -> Pages:
        """Every record of a list function, fetched ``chunk_size`` at a time (``api.chunk``)::

            async with whm.paginate("listaccts", chunk_size=500) as accounts:
                async for account in accounts:  # the next chunk loads meanwhile
                    ...

        ``records`` names the list in ``data`` when there is more than one; ``meta`` adds
        filters, sorting and columns; ``typed=False`` yields plain dicts.
        """
        from .paging import Pages, records_field  # loads anyio: ~15 ms, so not at import time

        # Typed: unknown functions, and functions without records, fail here.
        if _checked_flag("typed", typed):
            records = records_field(function, self.operation(function).parse_data, records)
        return Pages(
            self,
            function,
            chunk_size=chunk_size,
            meta=meta,
            records=records,
            typed=typed,
            arguments=arguments,
        )

    async def batch_call(
        self,
        commands: Sequence[str | tuple[str, Mapping[str, Any]]],
        *,
        abort_on_error: bool = False,
        typed: bool = True,
        allow_unknown: bool = False,
    ) -> list[BatchResult]:
        """Run several functions in one request (``/json-api/batch``), one result each::

            version, accounts = await whm.batch_call(["version", ("listaccts", {"search": "bob"})])
            accounts.unwrap()  # the typed data, or raises that command's error

        Every command's result comes back, in order, also when some failed (WHM then
        reports the batch itself as failed). With ``abort_on_error`` WHM stops at the
        first failure; later commands are reported as not run. Functions the bundled
        spec doesn't know are refused before sending, as one of them makes cpsrvd fail
        the whole batch; ``allow_unknown=True`` sends them (a newer server). Read-only
        only if every command is.
        """
        from .batch import Batch

        for name, flag in (
            ("abort_on_error", abort_on_error),
            ("typed", typed),
            ("allow_unknown", allow_unknown),
        ):
            _checked_flag(name, flag)
        batch = Batch.of(commands)
        if not allow_unknown:
            batch.check_known()
        aborted = False
        if self._facts.info is not None:  # each command's own since-version
            for function, _ in batch.commands:
                self._facts.check(function, since_version(function))
        try:
            reply = await self._send(
                "batch",
                "GET",
                {"command": batch.encoded(), "abort_on_error": abort_on_error},
                batch.read_only(),
                nested_secrets=batch.secrets(),
            )
            envelope = reply.envelope
        except WhmApiError as error:  # the batch failed as a whole; its items may say why
            if not isinstance(error.data, Mapping) or "result" not in error.data:
                raise
            envelope = {"data": error.data, "metadata": error.metadata}
            aborted = abort_on_error
        except WhmServerError as error:
            unknown = batch.unknown()
            if error.status_code != 500 or not unknown:
                raise
            raise WhmServerError(
                f"{str(error).removeprefix('batch: ')}; cpsrvd fails a whole batch this way when "
                f"a command names a function it doesn't know, and these aren't in the bundled "
                f"spec: {', '.join(unknown)}",
                function="batch",
                status_code=error.status_code,
                body_excerpt=error.body_excerpt,
                reason=error.reason,
            ) from None
        return batch.results(
            envelope,
            self if typed else None,
            self._secrets_with(batch.secrets()),
            aborted=aborted,
        )

    async def uapi(self, user: str, module: str, function: str, /, **arguments: Any) -> Any:
        """Call a cPanel UAPI function as ``user`` through WHM (``uapi_cpanel``); returns its data.

        UAPI's own envelope (``status``, ``errors``, ``messages``) is unwrapped: a status
        of 0 raises :class:`WhmUapiError`; its messages and warnings are logged.
        """
        from .uapi import unwrap_uapi

        routing = {"cpanel.user": user, "cpanel.module": module, "cpanel.function": function}
        for name, value in routing.items():
            if not isinstance(value, str) or not value:
                raise WhmConfigError(f"uapi() needs a non-empty {name.removeprefix('cpanel.')}")
            if name in arguments:
                raise WhmConfigError(f"uapi() sets {name} from its own arguments; don't pass it")
        envelope = await self.call("uapi_cpanel", **routing, **arguments)
        secrets = self._secrets_with(sensitive_values(encode_arguments(arguments)))
        return unwrap_uapi(f"{module}::{function}", envelope.get("data"), secrets)

    async def _send(
        self,
        function: str,
        method: str,
        arguments: Mapping[str, Any],
        read_only: bool,
        *,
        operation: ModuleType | None = None,
        nested_secrets: tuple[str, ...] = (),
        body: str = "query",
    ) -> WhmResponse[Any]:
        """One function call over HTTP, retried only if read-only and a policy allows it.

        ``function`` is the name under json-api/ (``NAMESPACE/FUNCTION`` for a namespaced
        one); ``body`` is the spec's way to send the arguments ("json": one JSON object);
        ``operation`` is the function's generated module, for a typed ``data``;
        ``nested_secrets`` are sensitive values hidden inside other arguments (batch commands).
        """
        if self._closed or self._root._closed:
            raise WhmConfigError(
                "this WhmClient is closed"
                if self._closed
                else "the WhmClient this view was made from (with_options) is closed"
            )
        if self._facts.info is not None:  # a server version to check the function against
            self._facts.check(function, since_version(function))
        json_body: bytes | None = None
        if body == "json":
            json_body, pairs = encode_json_body({**arguments, **self._meta_arguments})
        else:
            pairs = encode_arguments({**arguments, **self._meta_arguments})
        argument_secrets = nested_secrets + sensitive_values(pairs)
        secrets = self._secrets_with(argument_secrets)
        request = self._build_request(
            function, method, pairs, read_only, bool(argument_secrets), json_body
        )
        attempt = 0
        while True:
            attempt += 1
            if self._hooks is not None:
                event = _event(function, request, attempt, read_only)
                await self._hooks.emit(self._hooks.on_request, event)
            started = time.perf_counter()
            try:
                reply = await self._exchange(function, request, secrets, read_only, operation)
            except Exception as exc:
                await self._report(function, request, attempt, read_only, started, exc, secrets)
                delay = self._retry.delay(attempt, exc) if self._retry and read_only else None
                if delay is None:
                    raise
                logger.info("%s: retrying in %.2fs after %s", function, delay, type(exc).__name__)
                import anyio  # ~15 ms to import, so only once a retry needs it

                await anyio.sleep(delay)
            else:
                await self._report(function, request, attempt, read_only, started, reply, secrets)
                return reply

    async def _report(
        self,
        function: str,
        request: httpx.Request,
        attempt: int,
        read_only: bool,
        started: float,
        outcome: WhmResponse[Any] | Exception,
        secrets: tuple[str, ...],
    ) -> None:
        """One attempt's outcome to the log (INFO) and the hooks."""
        duration = time.perf_counter() - started
        if logger.isEnabledFor(logging.INFO):
            if isinstance(outcome, WhmResponse):
                status = f"{function}: HTTP {outcome.status_code}, result 1"
            elif isinstance(outcome, WhmError):  # its text names the function, secrets redacted
                status = str(outcome)
            else:
                status = f"{function}: {type(outcome).__name__}"
            logger.info("%s (%.1f ms, attempt %d)", status, duration * 1000, attempt)
        hooks = self._hooks
        if hooks is not None:
            event = _event(function, request, attempt, read_only, duration, outcome, secrets)
            failed = not isinstance(outcome, WhmResponse)
            await hooks.emit(hooks.on_error if failed else hooks.on_response, event)

    def _build_request(
        self,
        function: str,
        method: str,
        pairs: QueryPairs,
        read_only: bool,
        carries_secret: bool,
        json_body: bytes | None = None,
    ) -> httpx.Request:
        url = self._target.url_for(function)
        if json_body is not None:
            # cpsrvd reads a JSON body only under exactly this type (no charset), and then
            # ignores the query string: api.version is inside the body.
            return self._http.build_request(
                "POST",
                url,
                content=json_body,
                headers={"Content-Type": "application/json"},
                timeout=self._timeout,
            )
        version: QueryPairs = [("api.version", "1")]
        # A real host takes arguments in a POST body, which keeps passwords out of
        # URLs and access logs. A mock only answers the method the spec declares, so
        # a secret goes in its URL only when the mock runs on this machine.
        if (
            carries_secret
            and method != "POST"
            and self._target.kind != "host"
            and not self._target.is_loopback  # parses the host: only asked when it matters
        ):
            names = sorted({name for name, _ in pairs if SENSITIVE_ARGUMENT.search(name)})
            raise WhmConfigError(
                f"the {self._target.kind.replace('_', ' ')} at {self._target.base_url} takes "
                f"arguments only in the URL, and password-like arguments "
                f"({', '.join(names) or 'inside batch commands'}) go in a URL only to a mock "
                "on this machine; use a local mock (mock:http://127.0.0.1:PORT)",
                function=function,
            )
        if method == "POST" or (carries_secret and self._target.kind == "host"):
            return self._http.build_request(
                "POST",
                url,
                params=version,
                content=str(httpx.QueryParams(pairs)).encode(),
                headers={"Content-Type": "application/x-www-form-urlencoded"},
                timeout=self._timeout,
            )
        return self._http.build_request(method, url, params=version + pairs, timeout=self._timeout)

    async def _exchange(
        self,
        function: str,
        request: httpx.Request,
        secrets: tuple[str, ...],
        read_only: bool,
        operation: ModuleType | None,
    ) -> WhmResponse[Any]:
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug("%s: %s %s", function, request.method, self._target.url_for(function))
        started = time.perf_counter()
        try:
            response = await self._http.send(
                request, auth=self._auth or httpx.USE_CLIENT_DEFAULT, stream=True
            )
            try:
                body = await self._read_body(function, response)
            finally:
                await response.aclose()
            elapsed = time.perf_counter() - started
        except httpx.TimeoutException as exc:
            raise WhmTimeoutError(
                _describe(exc) + _timeout_consequence(exc, read_only), function=function
            ) from _scrubbed(exc, secrets)
        except (httpx.ConnectError, httpx.RemoteProtocolError, httpx.ReadError) as exc:
            from .certs import certificate_error

            refused = certificate_error(exc, request.url.host, request.url.port, function)
            raise refused or WhmConnectError(
                _describe(exc, secrets), function=function
            ) from _scrubbed(exc, secrets)
        except httpx.HTTPError as exc:
            raise WhmTransportError(_describe(exc, secrets), function=function) from _scrubbed(
                exc, secrets
            )
        except WhmAuthError as exc:  # a refused session login: name the call it was for
            if exc.function is None:
                exc = WhmAuthError(
                    str(exc),
                    function=function,
                    status_code=exc.status_code,
                    body_excerpt=exc.body_excerpt,
                    reason=exc.reason,
                )
            raise self._refused(exc, None) from None
        try:
            envelope = check_envelope(
                function,
                response.status_code,
                response.headers.get("content-type", ""),
                body,
                secrets,
                response.reason_phrase,
                response.headers.get(MOCK_DIAGNOSTICS_HEADER, ""),
            )
        except WhmHttpError as error:
            raise self._refused(error, response.headers.get("retry-after")) from None
        except WhmApiError as error:  # a failed call's warnings are worth seeing too
            self._facts.accepted = True  # the function ran: the credentials were fine
            log_notes(function, error.metadata, secrets)
            raise self._facts.explain(error) from None
        self._facts.accepted, self._facts.refusals = True, 0
        if self._target.kind == "host":
            self._facts.learn(function, envelope)
        log_notes(function, envelope["metadata"], secrets)
        return WhmResponse(
            function,
            envelope,
            status_code=response.status_code,
            headers=response.headers,
            elapsed=timedelta(seconds=elapsed),
            operation=operation,
            lenient=self._lenient,
            secrets=secrets,
        )

    def _refused(self, error: WhmHttpError, retry_after: str | None) -> WhmHttpError:
        """A 401/403/429 with the usual causes that fit it (``error.hints``)."""
        if error.status_code not in (401, 403, 429):
            return error
        from .hints import explain, refusal_hints

        facts = self._facts
        hints = refusal_hints(
            status_code=error.status_code,
            reason=str(getattr(error, "reason", "") or error),
            port=self._target.port if self._target.kind == "host" else None,
            auth_kind=self._auth.kind if self._auth else None,
            earlier_refusals=facts.refusals,
            accepted_before=facts.accepted,
            retry_after=retry_after,
        )
        if error.status_code != 429 and not any(h.startswith("missing privilege") for h in hints):
            facts.refusals += 1
        return explain(error, hints)

    async def _read_body(self, function: str, response: httpx.Response) -> bytes:
        limit = self._max_response_bytes
        if limit is None:
            return await response.aread()
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise WhmReplyTooLargeError(
                f"the reply is {declared} bytes, over max_response_bytes={limit}",
                function=function,
                status_code=response.status_code,
            )
        chunks: list[bytes] = []
        size = 0
        async for chunk in response.aiter_bytes():
            size += len(chunk)
            if size > limit:
                raise WhmReplyTooLargeError(
                    f"the reply exceeds max_response_bytes={limit}",
                    function=function,
                    status_code=response.status_code,
                )
            chunks.append(chunk)
        return b"".join(chunks)


def _checked_auth(target: Target, auth: object, own_http_client: bool) -> WhmAuth | None:
    """The credentials to send, after the rules about who gets which."""
    if auth is not None and not isinstance(auth, WhmAuth):
        raise WhmConfigError(
            "auth must be ApiTokenAuth, BasicAuth or SessionAuth (or None), "
            f"not {type(auth).__name__}"
        )
    if target.kind == "docs_mock":
        # A public third-party server: placeholder credentials never leave this machine,
        # so it gets only what the caller passes explicitly (from_env() passes nothing).
        return auth
    if auth is None and target.kind == "mock" and target.is_loopback:
        return _MOCK_AUTH  # placeholder credentials never leave this machine
    if auth is None and not own_http_client:
        where = "a WHM host" if target.kind == "host" else "a mock that isn't on this machine"
        raise WhmConfigError(
            f"{where} needs credentials: auth=ApiTokenAuth(user, token) or BasicAuth(...)"
        )
    return auth


def _checked_timeout(timeout: object) -> httpx.Timeout:
    def seconds(value: object) -> bool:
        return value is None or (
            isinstance(value, int | float) and not isinstance(value, bool) and 0 < value < math.inf
        )

    if isinstance(timeout, httpx.Timeout):
        parts = (timeout.connect, timeout.read, timeout.write, timeout.pool)
        if all(seconds(part) for part in parts):
            return timeout
    elif (timeout is None or isinstance(timeout, int | float)) and seconds(timeout):
        return httpx.Timeout(timeout)
    raise WhmConfigError(
        "timeout must be a positive number of seconds, an httpx.Timeout of those, or None "
        f"for no limit; got {timeout!r}"
    )


def _checked_size(size: object) -> int | None:
    if size is None or (isinstance(size, int) and not isinstance(size, bool) and size > 0):
        return size
    raise WhmConfigError(f"max_response_bytes must be a positive integer or None, got {size!r}")


def _checked_retry(retry: object) -> RetryPolicy | None:
    if retry is not None:
        from .retry import RetryPolicy

        if not isinstance(retry, RetryPolicy):
            raise WhmConfigError(f"retry must be a RetryPolicy or None, not {type(retry).__name__}")
    return retry


def _checked_hooks(hooks: object) -> Hooks | None:
    if hooks is not None:
        from .observe import Hooks

        if not isinstance(hooks, Hooks):
            raise WhmConfigError(f"hooks must be a Hooks or None, not {type(hooks).__name__}")
    return hooks


def _checked_flag(name: str, value: object) -> bool:
    if not isinstance(value, bool):
        raise WhmConfigError(f"{name} must be True or False, not {type(value).__name__}")
    return value


def _checked_meta(meta: object) -> Meta | None:
    if meta is not None:
        from .meta import Meta

        if not isinstance(meta, Meta):
            raise WhmConfigError(f"meta must be a Meta or None, not {type(meta).__name__}")
    return meta


def _timeout_consequence(exc: httpx.TimeoutException, read_only: bool) -> str:
    """What a timeout means for the call: only a sent request can have run on the server."""
    if isinstance(exc, httpx.ConnectTimeout | httpx.PoolTimeout):
        return "; the request was not sent"
    if read_only:
        return ""
    if isinstance(exc, httpx.WriteTimeout):
        return "; the request was partly sent: the call may still complete on the server"
    return "; the request was sent: the call may still complete on the server"


def _event(
    function: str,
    request: httpx.Request,
    attempt: int,
    read_only: bool,
    duration: float | None = None,
    outcome: WhmResponse[Any] | BaseException | None = None,
    secrets: tuple[str, ...] = (),
) -> CallEvent:
    """What the hooks are told of one attempt: before it (no outcome), a reply or an error."""
    from .observe import CallEvent

    status: int | None = None
    result: int | None = None
    reason: str | None = None
    error: str | None = None
    if isinstance(outcome, WhmResponse):
        status, result = outcome.status_code, 1
        reason = redact(str(outcome.envelope["metadata"].get("reason") or ""), secrets)
    elif isinstance(outcome, BaseException):
        error = type(outcome).__name__
        status = getattr(outcome, "status_code", None)
        if isinstance(outcome, WhmApiError):
            result, reason = 0, outcome.reason  # redacted when raised
        elif isinstance(outcome, WhmError):
            reason = str(outcome)  # library messages carry no secret
    return CallEvent(
        function,
        request.url.host,
        request.method,
        attempt,
        read_only,
        duration,
        status,
        result,
        reason,
        error,
    )


HTTP_BACKENDS = ("httpx", "aiohttp")


def _http_backend(chosen: str | None, given_transport: bool) -> bool:
    """Whether to use the aiohttp transport: asked for by argument, or by WHM_HTTP_BACKEND
    when the caller brought no transport or client of their own."""
    if chosen is None:
        if given_transport:
            return False
        chosen = os.environ.get("WHM_HTTP_BACKEND", "").strip().lower() or "httpx"
        where = "WHM_HTTP_BACKEND"
    else:
        where = "http_backend"
    if chosen not in HTTP_BACKENDS:
        raise WhmConfigError(f"{where} must be 'httpx' or 'aiohttp', got {chosen!r}")
    if chosen == "aiohttp" and given_transport:
        raise WhmConfigError(
            "http_backend='aiohttp' picks the transport; it can't go with transport= or "
            "http_client="
        )
    return chosen == "aiohttp"


def _aiohttp_transport(verify: Any, limits: httpx.Limits | None) -> httpx.AsyncBaseTransport:
    try:
        from ._aiohttp import WhmAiohttpTransport
    except ImportError:
        raise WhmConfigError(
            "http_backend='aiohttp' needs httpx-aiohttp: pip install 'whm-api-client[aiohttp]'"
        ) from None
    return WhmAiohttpTransport(verify=verify, limits=limits or DEFAULT_LIMITS)


def _describe(exc: httpx.HTTPError, secrets: tuple[str, ...] = ()) -> str:
    kinds: dict[type[httpx.HTTPError], str] = {
        httpx.ConnectTimeout: "connect timeout",
        httpx.ReadTimeout: "read timeout",
        httpx.WriteTimeout: "write timeout",
        httpx.PoolTimeout: "timed out waiting for a free connection",
    }
    kind = kinds.get(type(exc), type(exc).__name__)
    detail = str(exc)
    root = exc if isinstance(exc, httpx.TimeoutException) else _root_cause(exc)
    if root is not exc and str(root) and str(root) not in detail:
        detail = (
            f"{detail} ({type(root).__name__}: {root})"
            if detail
            else f"{type(root).__name__}: {root}"
        )
    detail = redact(detail, secrets)
    return f"{kind}: {detail}" if detail and detail != kind else kind


def _root_cause(exc: BaseException) -> BaseException:
    """The innermost error under httpx's wrappers, which can hide it: on trio a TLS failure
    is an empty BrokenResourceError, on both backends a refusal is "all attempts failed"."""
    for _ in range(10):
        inner = exc.__cause__ or exc.__context__
        if inner is None and isinstance(exc, BaseExceptionGroup) and exc.exceptions:
            inner = exc.exceptions[0]
        if inner is None:
            break
        exc = inner
    return exc


def _scrubbed(exc: httpx.HTTPError, secrets: tuple[str, ...]) -> httpx.HTTPError:
    """The httpx error as a cause, minus anything secret in its text or its request."""
    exc.args = tuple(redact(str(arg), secrets) for arg in exc.args)
    exc._request = None  # its URL may carry arguments
    return exc
