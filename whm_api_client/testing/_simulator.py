"""``WhmSimulator``: one simulated WHM server (cpsrvd), its state, its faults.

Requests come in as :class:`SimRequest` (from the in-process transport or the served
mode, which share the same simulator and state) and go out as :class:`SimResponse`. The
routing, credentials, envelope, batch and meta-argument rules follow ``CPSRVD-BEHAVIOR.md``
section by section (§N in comments). State lives in one backend per area (accounts,
packages, email, DNS, tokens, logins); thin handlers translate calls to backend changes.
Every other function of the spec answers from the spec.
"""

from __future__ import annotations

import contextlib
import email.utils
import json
import logging
import os
import random
import threading
import time
from collections import deque
from collections.abc import AsyncIterator, Callable, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

import attrs

from ..auth import ApiTokenAuth, WhmAuth
from ..errors import WhmConfigError
from . import _accounts, _auth, _dns, _email, _packages, _system
from ._calls import ApiFailure, Call, Handler, HttpAnswer, Reply
from ._data import apply_data, load_data
from ._meta import apply_meta
from ._spec import SpecTable, bundled_table, make_value, stable_seed
from ._wire import (
    INVALID_DATA_FORMAT,
    UNKNOWN_APP,
    UNKNOWN_APP_V0,
    UNKNOWN_ERROR,
    Arguments,
    SimRequest,
    SimResponse,
    api_failure,
    decoded_path,
    form_pairs,
    json_response,
    quoted,
    text_response,
)
from .faults import LOGIN, Fault, FaultContext, FaultList, Injected, InternalError, LoginPage

if TYPE_CHECKING:
    from ..client import WhmClient
    from ._serve import Endpoint
    from ._transport import SimulatorTransport

__all__ = ["DEFAULT_PASSWORD", "DEFAULT_TOKEN", "SIMULATED_HOST", "Recorded", "WhmSimulator"]

logger = logging.getLogger("whm_api_client.testing")

DEFAULT_TOKEN = "SIMULATED0API0TOKEN0FOR0TESTS000"  # 32 characters, as WHM's tokens
DEFAULT_PASSWORD = "simulated-root-password"
SIMULATED_HOST = "whm.simulated.invalid"  # in-process: never resolves, never reached
MAX_BODY = 16 * 1024 * 1024
_BUILTIN: dict[str, Handler] = {
    **_accounts.HANDLERS,
    **_packages.HANDLERS,
    **_email.HANDLERS,
    **_dns.HANDLERS,
    **_auth.HANDLERS,
    **_system.HANDLERS,
}


@attrs.frozen
class Recorded:
    """A request the simulator got, or a call that reached a function (batch commands too)."""

    function: str | None  # "listaccts", "NS/name", "/login/"; None for other paths
    arguments: Arguments
    request: SimRequest  # the HTTP request (a batch's, for its commands)
    in_batch: bool = False


@attrs.frozen
class _Route:
    kind: str  # "api", "login" or "other"
    session: str | None  # the /cpsess... segment, without the slash
    function: str = ""  # after json-api/: "listaccts" or "NAMESPACE/name"


def _route(path: str) -> _Route:
    segments = decoded_path(path).strip("/").split("/")  # §6: decoded first
    session = segments.pop(0) if segments and segments[0].startswith("cpsess") else None
    if segments[:1] == ["login"]:
        return _Route("login", session)
    if segments[:1] == ["json-api"]:
        return _Route("api", session, "/".join(segments[1:]))
    return _Route("other", session)


class Replies:
    """Replies of functions without a stateful handler, built from the spec (cached)."""

    def __init__(self, table: SpecTable, seed: int) -> None:
        self._table = table
        self._seed = seed
        self._cache: dict[str, Any] = {}

    def data(self, function: str) -> Any:
        """The spec's example ``data`` if it has one, else a value made from its schema;
        None where the spec leaves ``data`` untyped (then the reply has no ``data``)."""
        if function not in self._cache:
            spec = self._table.functions[function]
            if spec.example is not None:
                value = spec.example
            elif spec.data is not None:
                value = make_value(spec.data, random.Random(stable_seed(self._seed, function)))
            else:
                value = None
            self._cache[function] = value
        return self._cache[function]


class WhmSimulator:
    """A simulated WHM server that behaves like cpsrvd, for tests (yours and ours)::

        sim = WhmSimulator()
        async with sim.client() as whm:                     # in-process, no sockets
            await whm.createacct(username="bob", domain="bob.example")
            accounts = await whm.listaccts()

        with sim.serve() as server:                          # on a loopback port
            print(server.url, server.target)

    ``data`` seeds the state (a TOML/JSON file or the same as Python data; see
    :meth:`load`); ``seed`` makes placeholder values, XIDs and tokens reproducible.
    ``root_token``/``root_password`` are root's credentials; :meth:`auth` gives the token as
    an ``ApiTokenAuth``. ``result_style`` picks how successful ``metadata.result`` is
    written: ``"mixed"`` (the string ``"1"`` for some functions, the number 1 for others,
    as on a real server, §1), ``"int"`` or ``"str"``.
    """

    def __init__(
        self,
        data: str | os.PathLike[str] | Mapping[str, Any] | None = None,
        *,
        seed: int = 0,
        root_token: str = DEFAULT_TOKEN,
        root_password: str = DEFAULT_PASSWORD,
        clock: Callable[[], float] = time.time,
        result_style: str = "mixed",
        table: SpecTable | None = None,
        max_recorded: int = 10_000,
    ) -> None:
        if result_style not in ("mixed", "int", "str"):
            raise WhmConfigError("result_style must be 'mixed', 'int' or 'str'")
        self.seed = seed
        self.clock = clock
        self.table = table or bundled_table()
        self.root_token = root_token
        self.root_password = root_password
        self._result_style = result_style
        self._initial = load_data(data)
        self._custom: dict[str, Handler] = {}
        self.uapi_functions: dict[tuple[str, str], Handler] = dict(_email.UAPI)
        self._lock = threading.RLock()
        self.faults = FaultList()
        self.requests: deque[Recorded] = deque(maxlen=max_recorded)  # every HTTP request
        self._dispatched: deque[Recorded] = deque(maxlen=max_recorded)
        self.errors: list[BaseException] = []  # unexpected exceptions in handlers
        self.reset()

    # ------------------------------------------------------------------ state

    def reset(self) -> None:
        """Back to the state the simulator started with: its seed data, no faults, no
        sessions, no recorded requests. Functions added with :meth:`define` stay."""
        with self._lock:
            self.rng = random.Random(self.seed)
            self.replies = Replies(self.table, self.seed)
            self.server = _system.ServerInfo(self)
            self.logins = _auth.Logins(self)
            self.tokens = _auth.Tokens(self)
            self.packages = _packages.Packages(self)
            self.accounts = _accounts.Accounts(self)
            self.email = _email.Email(self)
            self.dns = _dns.Dns(self)
            self.personalization = _system.Personalization(self)
            self.faults.clear()
            self.requests.clear()
            self._dispatched.clear()
            self.errors.clear()
            self.logins.add_user("root", self.root_password)
            self.tokens.create("root", "simulator", token=self.root_token)
            apply_data(self, self._initial)

    def load(self, data: str | os.PathLike[str] | Mapping[str, Any]) -> None:
        """Add state from a TOML or JSON file, or the same as Python data (not kept by
        :meth:`reset`; pass ``data`` to the constructor for that). The keys: ``server``,
        ``users``, ``tokens``, ``packages``, ``accounts`` (a list, or a number of
        generated accounts), ``zones``; see docs/guide/simulator.md."""
        with self._lock:
            apply_data(self, load_data(data))

    def auth(self) -> WhmAuth:
        """Root's API token, as the client's auth object."""
        return ApiTokenAuth("root", self.root_token)

    def calls(self, function: str) -> list[Arguments]:
        """The arguments of every call that reached ``function`` (past the credentials;
        batch commands included), oldest first. ``requests`` has every HTTP request."""
        with self._lock:
            return [r.arguments for r in self._dispatched if r.function == function]

    def expire_sessions(self) -> None:
        """End every session login: the next call in one meets ``401 Token Denied`` (§3)."""
        with self._lock:
            self.logins.expire_sessions()

    # ------------------------------------------------------------------ behaviour

    def define(self, function: str, handler: Handler | None = None) -> Any:
        """Give ``function`` (``"name"`` or ``"NAMESPACE/name"``) your own handler; use as a
        decorator or call directly. The handler gets a :class:`Call` and returns ``data``
        (dict), None (no ``data``), a :class:`Reply`, or raises :class:`ApiFailure` (§1)."""

        def register(handler: Handler) -> Handler:
            with self._lock:
                self._custom[function] = handler
            return handler

        return register if handler is None else register(handler)

    def define_uapi(self, module: str, function: str, handler: Handler | None = None) -> Any:
        """Give the UAPI function ``module::function`` (reached through ``uapi_cpanel``) your
        own handler; ``call.user`` is the cPanel account. It returns the UAPI ``data`` (or a
        :class:`Reply` for messages and warnings) or raises :class:`ApiFailure` (UAPI
        ``status`` 0 with the message in ``errors``)."""

        def register(handler: Handler) -> Handler:
            with self._lock:
                self.uapi_functions[(module, function)] = handler
            return handler

        return register if handler is None else register(handler)

    def inject(
        self, fault: Fault, function: str | Iterable[str] | None = None, *, times: int | None = None
    ) -> Injected:
        """Put ``fault`` in place for ``function`` (a name, several, or None for every
        request; ``"/login/"`` is the session login) for ``times`` requests (None: until
        removed). Returns a handle whose ``remove()`` takes it out."""
        with self._lock:
            return self.faults.add(fault, function, times)

    # ------------------------------------------------------------------ ways to reach it

    def transport(self) -> SimulatorTransport:
        """An httpx transport that answers in-process (asyncio and trio; no sockets)."""
        from ._transport import SimulatorTransport

        return SimulatorTransport(self)

    def client(self, auth: WhmAuth | None = None, **options: Any) -> WhmClient:
        """A ``WhmClient`` connected in-process, as root unless ``auth`` says otherwise."""
        from ..client import WhmClient
        from ..targets import Target

        return WhmClient(
            Target.host(SIMULATED_HOST),
            auth or self.auth(),
            transport=self.transport(),
            **options,
        )

    @contextlib.contextmanager
    def serve(
        self, port: int = 0, *, tls: bool = False, host: str = "127.0.0.1"
    ) -> Iterator[Endpoint]:
        """Serve on a loopback port from a background thread; yields the :class:`Endpoint`
        (``.url``, ``.target``, ``.ca_file``). For sync code, other tools and languages."""
        from ._serve import ThreadedSimulatorServer

        with ThreadedSimulatorServer(tls=tls, host=host) as server:
            yield server.listen(self, port)

    @contextlib.asynccontextmanager
    async def serving(
        self, port: int = 0, *, tls: bool = False, host: str = "127.0.0.1"
    ) -> AsyncIterator[Endpoint]:
        """Serve on a loopback port inside the running event loop (asyncio or trio)."""
        from ._serve import SimulatorServer

        async with SimulatorServer(tls=tls, host=host) as server:
            yield await server.listen(self, port)

    # ------------------------------------------------------------------ the exchange

    def handle(self, request: SimRequest) -> SimResponse:
        """Answer one HTTP request (thread-safe: one request at a time)."""
        with self._lock:
            route = _route(request.path)
            function = (
                route.function if route.kind == "api" else LOGIN if route.kind == "login" else None
            )
            context = FaultContext(request, function, self)
            try:
                response = self._exchange(route, request, context)
            except Exception as exc:  # a bug in a handler or a fault: a crashed dispatcher
                logger.exception("simulator: %s failed", function)
                self.errors.append(exc)
                response = InternalError().before(context)
            if response.header("Date") is None:
                response.headers.append(("Date", email.utils.formatdate(self.clock(), usegmt=True)))
            return response

    def _exchange(self, route: _Route, request: SimRequest, context: FaultContext) -> SimResponse:
        arguments, version, problem = self._read_arguments(request)
        self.requests.append(Recorded(context.function, arguments, request))
        response = self.faults.before(context)
        if response is None:
            try:
                response = problem or self._answer(route, request, arguments, version)
            except HttpAnswer as answer:
                response = answer.response
        return self.faults.after(context, response)

    def _read_arguments(self, request: SimRequest) -> tuple[Arguments, Any, SimResponse | None]:
        """The arguments, ``api.version`` as sent (None when absent), or a 400/413."""
        if len(request.body) > MAX_BODY:
            return Arguments(), None, text_response(413, "Request Entity Too Large")
        body = request.body
        if request.header("transfer-encoding").lower() == "chunked":
            body = b""  # §7: bodies are read by Content-Length; a chunked one isn't read
        if request.header("content-type") == "application/json" and body:
            # §7: exactly application/json: the body is the arguments, the query ignored
            try:
                document = json.loads(body)
            except (ValueError, RecursionError):
                document = None
            if not isinstance(document, dict):
                problem = text_response(400, "The request body is not a JSON object.")
                return Arguments(), None, problem
            arguments = Arguments.from_json(document)
        else:
            # §7: query string and form body merged, the query's value first; the content
            # type of a form body isn't checked
            pairs = form_pairs(request.query)
            if body:
                pairs += form_pairs(body.decode("utf-8", "replace"))
            arguments = Arguments(pairs)
        version = arguments.get("api.version")  # §2: looked for in query and body
        return arguments, version, None

    def _answer(
        self, route: _Route, request: SimRequest, arguments: Arguments, version: Any
    ) -> SimResponse:
        if route.kind == "login":
            if arguments.text("login_only") != "1":  # the page for browsers
                return LoginPage(code="").before(FaultContext(request, LOGIN, self))
            form = {key: arguments.text(key) for key in ("user", "pass", "tfa_token")}
            return _auth.login(self, request, form)
        if route.kind != "api" or not route.function:
            return text_response(404, "Not Found", "text/html")
        found = _auth.authenticate(self, request, route.session)
        if isinstance(found, SimResponse):
            return found
        if version is None:
            return json_response(self._api0(route.function, arguments, found, request))
        if route.function == "batch":
            return self._batch(request, arguments, version, found)
        return json_response(self._run(route.function, arguments, version, found, request))

    # ------------------------------------------------------------------ functions

    def _handler(self, function: str) -> tuple[Any, Handler | None]:
        namespace, _, name = function.rpartition("/")
        spec = self.table.find(namespace or None, name)
        handler = self._custom.get(function)
        if handler is None and spec is not None:
            handler = _BUILTIN.get(name)
        return spec, handler

    def _known(self, function: str) -> bool:
        spec, handler = self._handler(function)
        return spec is not None or handler is not None

    def _success(self, name: str) -> int | str:
        """§1: successful ``result`` is the string "1" from the shared success helper and
        the number 1 from other functions; which function does which isn't known, so
        "mixed" picks one per function, the same for a seed."""
        if self._result_style == "mixed":
            return "1" if stable_seed(self.seed, "result", name) % 2 else 1
        return "1" if self._result_style == "str" else 1

    def xid(self) -> str:
        """A random XID for ``API failure: (XID …)`` (§1), reproducible for a seed."""
        alphabet = "abcdefghijklmnopqrstuvwxyz0123456789"
        return "".join(self.rng.choice(alphabet) for _ in range(6))

    def _run(
        self,
        function: str,
        arguments: Arguments,
        version: Any,
        who: _auth.Authenticated,
        request: SimRequest,
        *,
        in_batch: bool = False,
    ) -> dict[str, Any]:
        """One function's envelope (§1, §2, §5, §6)."""
        self._dispatched.append(Recorded(function, arguments, request, in_batch))
        namespace, _, name = function.rpartition("/")
        spec, handler = self._handler(function)
        if spec is None and handler is None:  # §2, in-band
            reason = UNKNOWN_APP.format(name=function, version=version)
            return {
                "metadata": {"command": name, "version": version, "result": 0, "reason": reason}
            }
        # §1: the metadata exists before the function runs; §6: namespaced ones say so
        metadata: dict[str, Any] = {
            "command": name,
            "version": version,
            "result": 0,
            "reason": UNKNOWN_ERROR,
        }
        if namespace:
            metadata["namespace"] = namespace
        envelope: dict[str, Any] = {"metadata": metadata}
        forced = self.faults.result_zero(function)
        if forced is not None:
            metadata["reason"] = forced.reason
            return envelope
        if spec is not None and spec.json_only and not arguments.json_body:
            arguments = Arguments()  # §7: it reads its arguments from a JSON body alone
        problem = self._missing_argument(spec.required if spec else [], arguments)
        if problem:
            metadata["reason"] = api_failure(self.xid(), problem)  # §2
            return envelope
        call = Call(name, namespace or None, arguments, who.user, who.kind, self)
        try:
            if handler is None:
                outcome: Any = self.replies.data(name)
            else:
                outcome = handler(call)
                if not isinstance(outcome, dict | Reply | None):
                    metadata["reason"] = INVALID_DATA_FORMAT  # §1: a list or a string
                    return envelope
        except ApiFailure as failure:
            metadata["reason"] = api_failure(self.xid(), failure.message)  # §1
            return envelope
        data = outcome
        if isinstance(outcome, Reply):
            data = outcome.data
            _add_output(metadata, outcome)
        metadata["result"] = self._success(name)
        metadata["reason"] = "OK"
        if data is not None:  # §1: nothing returned, no data key
            data, extra = apply_meta(data, arguments)  # §5
            metadata.update(extra)
            envelope["data"] = data
        return envelope

    @staticmethod
    def _missing_argument(required: Iterable[str], arguments: Arguments) -> str | None:
        """§2: a missing required argument is named; an empty one "cannot be empty"."""
        for name in required:
            values = arguments.getlist(name)
            if not values:
                return f"Provide the {quoted(name)} parameter."
            if all(value in ("", None) for value in values):
                return f"The {quoted(name)} parameter cannot be empty."
        return None

    def _api0(
        self, function: str, arguments: Arguments, who: _auth.Authenticated, request: SimRequest
    ) -> Any:
        """§2: without api.version, the frozen API 0: no metadata envelope. The key names
        are the facts'; ``status``/``statusmsg`` carry API 1's result and reason."""
        if not self._known(function):
            return {"error": UNKNOWN_APP_V0.format(name=function)}
        envelope = self._run(function, arguments, None, who, request)
        metadata = envelope["metadata"]
        ok = metadata["result"] in (1, "1")
        data = envelope.get("data")
        body = dict(data) if isinstance(data, dict) else {}
        body.update(status=1 if ok else 0, statusmsg=metadata["reason"])
        return body

    def _batch(
        self, request: SimRequest, arguments: Arguments, version: Any, who: _auth.Authenticated
    ) -> SimResponse:
        """§4: each command's own envelope in ``data.result``; result 0 when any fails."""
        self._dispatched.append(Recorded("batch", arguments, request))
        metadata: dict[str, Any] = {"command": "batch", "version": version, "result": 0}
        commands = [str(command) for command in arguments.getlist("command")]
        if not commands:
            metadata["reason"] = api_failure(
                self.xid(), f"Provide the {quoted('command')} parameter."
            )
            return json_response({"metadata": metadata})
        parsed = []
        for command in commands:
            # §4: split at the first "?"; the function name is not URL-decoded
            name, _, query = command.partition("?")
            parsed.append((name, Arguments(form_pairs(query))))
        if not all(self._known(name) for name, _ in parsed):
            # §4: an unknown function anywhere fails the whole batch with HTTP 500; checked
            # before any command runs (whether cpsrvd runs the others first isn't known)
            number = self.rng.randrange(10**9)
            return text_response(500, f"Internal Error (ID {number})", "text/html")
        abort = arguments.flag("abort_on_error")
        results: list[dict[str, Any]] = []
        failed: dict[str, Any] | None = None
        for name, inner in parsed:
            element = self._run(
                name, inner, inner.get("api.version", version), who, request, in_batch=True
            )
            results.append(element)
            if element["metadata"]["result"] in (0, "0"):
                failed = failed or element
                if abort:
                    break
        if failed is None:
            metadata.update(result=self._success("batch"), reason="OK")
        else:
            # The batch's own reason isn't in the facts; the first failed command's is used.
            metadata["reason"] = failed["metadata"]["reason"]
        return json_response({"data": {"result": results}, "metadata": metadata})


def _add_output(metadata: dict[str, Any], reply: Reply) -> None:
    output: dict[str, Any] = {}
    if reply.raw is not None:
        output["raw"] = reply.raw
    if reply.messages is not None:
        output["messages"] = reply.messages
    if reply.warnings is not None:
        output["warnings"] = reply.warnings
    if output:
        metadata["output"] = output
    metadata.update(reply.metadata)
