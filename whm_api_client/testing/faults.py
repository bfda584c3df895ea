"""Faults to inject into a simulator, for one function, several, or every request.

    sim.inject(faults.Latency(2.0), function="createacct")
    sim.inject(faults.HttpStatus(503), times=2)            # the next two requests
    sim.inject(faults.DropConnection(), function="listaccts")
    sim.inject(faults.ResultZero("Quota exceeded."), function="createacct")
    sim.inject(faults.Lockout(failures=3))                  # after 3 failed logins

A fault can answer instead of the simulator (:meth:`Fault.before`), change its answer
(:meth:`Fault.after`), or both; subclass :class:`Fault` (or use :class:`Custom`) for
anything else. Faults apply in both modes, in-process and served, and before the
credentials are checked, as a broken network or server would. Faults model conditions of
the server or network; where the facts (``CPSRVD-BEHAVIOR.md``) give the server's reply it
is used: ``Internal Error (ID n)`` (§1), the 403/401 refusals (§3). Where they don't (the
HTML login page's wording, a cPHulk lockout's reply), the simulator says so below.
"""

from __future__ import annotations

import email.utils
import math
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

import attrs

from ..errors import WhmConfigError
from ._wire import SimRequest, SimResponse, text_response

if TYPE_CHECKING:
    from ._simulator import WhmSimulator

__all__ = [
    "ClockSkew",
    "Custom",
    "DropConnection",
    "Fault",
    "FaultContext",
    "Headers",
    "HttpStatus",
    "Injected",
    "InternalError",
    "Latency",
    "Lockout",
    "LoginPage",
    "ResultZero",
]

LOGIN = "/login/"  # the name faults use for POST /login/?login_only=1


# Each fault checks its arguments when it is made: a mistake is a WhmConfigError at the line
# that made the fault, not a crashed request later.
_Check = Callable[[Any, "attrs.Attribute[Any]", Any], None]


def _check(wanted: str, fits: Callable[[Any], bool]) -> _Check:
    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        try:
            ok = fits(value)
        except (TypeError, ValueError):
            ok = False
        if not ok:
            raise WhmConfigError(
                f"faults.{type(instance).__name__}: {attribute.name} must be {wanted}, "
                f"not {value!r}"
            )

    return check


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _whole(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _header_text(value: Any) -> bool:
    """Text an HTTP header can carry: Latin-1, one line."""
    if not isinstance(value, str) or set(value) & set("\r\n\0"):
        return False
    value.encode("latin-1")  # UnicodeEncodeError, a ValueError: not header text
    return True


def _header_map(value: Any) -> bool:
    return isinstance(value, Mapping) and all(
        _header_text(name) and name and _header_text(text) for name, text in value.items()
    )


_SECONDS = _check("a number of seconds >= 0", lambda v: _number(v) and v >= 0)
_OFFSET = _check("a number of seconds", _number)
_STATUS = _check("an HTTP status from 200 to 599", lambda v: _whole(v) and 200 <= v <= 599)
_COUNT = _check("a whole number >= 0", lambda v: _whole(v) and v >= 0)
_OPTIONAL_COUNT = _check(
    "a whole number >= 0 or None", lambda v: v is None or (_whole(v) and v >= 0)
)
_TEXT = _check("text (str)", lambda v: isinstance(v, str))
_HEADER = _check("header text (Latin-1, one line)", _header_text)
_HEADERS = _check("a mapping of header names to header text (Latin-1, one line)", _header_map)
_CALLABLE = _check("a function of the context", callable)


@attrs.frozen
class FaultContext:
    """The request a fault is applied to."""

    request: SimRequest
    function: str | None  # e.g. "listaccts", "360Monitoring/foo", "/login/"; None elsewhere
    simulator: WhmSimulator


class Fault:
    """Base of all faults. Override one or both hooks."""

    def before(self, context: FaultContext) -> SimResponse | None:
        """An answer to send instead of the simulator's, or None to let it answer."""
        return None

    def after(self, context: FaultContext, response: SimResponse) -> SimResponse:
        """The simulator's answer, changed (or not)."""
        return response


@attrs.frozen
class Latency(Fault):
    """Wait ``seconds`` before answering (on the event loop: other requests go on)."""

    seconds: float = attrs.field(validator=_SECONDS)

    def after(self, context: FaultContext, response: SimResponse) -> SimResponse:
        response.delay += self.seconds
        return response


@attrs.frozen
class HttpStatus(Fault):
    """Answer with an HTTP status and a body (text/plain unless told otherwise)."""

    status: int = attrs.field(validator=_STATUS)
    body: str = attrs.field(default="", validator=_TEXT)
    content_type: str = attrs.field(default="text/plain", validator=_HEADER)
    headers: Mapping[str, str] = attrs.field(factory=dict, validator=_HEADERS)
    reason: str = attrs.field(default="", validator=_HEADER)

    def before(self, context: FaultContext) -> SimResponse:
        response = text_response(self.status, self.body, self.content_type, self.reason)
        response.headers.extend(self.headers.items())
        return response


@attrs.frozen
class InternalError(Fault):
    """The dispatcher crashed: ``Internal Error (ID <digits>)``, HTTP 500 (503 while cPanel
    is updating) (§1). The content type is not in the facts; the simulator sends HTML."""

    status: int = attrs.field(default=500, validator=_STATUS)

    def before(self, context: FaultContext) -> SimResponse:
        number = context.simulator.rng.randrange(10**9)
        return text_response(self.status, f"Internal Error (ID {number})", "text/html")


@attrs.frozen
class LoginPage(Fault):
    """cpsrvd's HTML login page instead of a reply (what an expired session meets).

    The facts give the page's message codes and the two-factor form's ``tfa_login_form``
    (§3), not its text or status: the simulator sends a small page with status 200.
    """

    two_factor: bool = False
    code: str = attrs.field(default="expired_session", validator=_TEXT)

    def before(self, context: FaultContext) -> SimResponse:
        form = "tfa_login_form" if self.two_factor else "login_form"
        page = (
            "<!DOCTYPE html><html><head><title>Login</title></head><body>"
            f'<div id="login-status" data-code="{self.code}">{self.code}</div>'
            f'<form id="{form}" action="/login/" method="post"></form></body></html>'
        )
        return text_response(200, page, "text/html; charset=utf-8")


@attrs.frozen
class DropConnection(Fault):
    """Send the headers and ``after_bytes`` of the body (half of it by default), then drop
    the connection: the client sees the body end early."""

    after_bytes: int | None = attrs.field(default=None, validator=_OPTIONAL_COUNT)

    def after(self, context: FaultContext, response: SimResponse) -> SimResponse:
        sent = len(response.body) // 2 if self.after_bytes is None else self.after_bytes
        response.cut_after = max(0, min(sent, max(len(response.body) - 1, 0)))
        return response


@attrs.frozen
class ResultZero(Fault):
    """The function answers ``result 0`` with exactly this reason and no data (§1), also as
    an element of a batch (§4). The credentials are checked first, as for any call."""

    reason: str = attrs.field(validator=_TEXT)


@attrs.frozen
class Headers(Fault):
    """Set (or replace) headers on the answer."""

    headers: Mapping[str, str] = attrs.field(validator=_HEADERS)

    def after(self, context: FaultContext, response: SimResponse) -> SimResponse:
        for name, value in self.headers.items():
            response.set_header(name, value)
        return response


@attrs.frozen
class ClockSkew(Fault):
    """A ``Date`` header ``seconds`` away from the simulator's clock (a server whose clock
    is off)."""

    seconds: float = attrs.field(validator=_OFFSET)

    def after(self, context: FaultContext, response: SimResponse) -> SimResponse:
        moment = context.simulator.clock() + self.seconds
        response.set_header("Date", email.utils.formatdate(moment, usegmt=True))
        return response


@attrs.frozen
class Custom(Fault):
    """Answer with whatever ``respond(context)`` returns (None lets the simulator answer)."""

    respond: Callable[[FaultContext], SimResponse | None] = attrs.field(validator=_CALLABLE)

    def before(self, context: FaultContext) -> SimResponse | None:
        return self.respond(context)


@attrs.frozen
class Lockout(Fault):
    """After ``failures`` failed logins from an address, refuse it every login (cPHulk).

    Failed logins are bad session logins and bad credentials on /json-api. The facts have
    no verbatim lockout reply (§3): by default a locked-out address gets the ordinary
    refusals (401 ``see_login_log`` at /login/, 403 ``Access denied`` on /json-api) even with
    the right credentials; with ``retry_after`` it gets the server's 429 with
    ``Retry-After`` instead, which the facts don't tie to cPHulk either.
    """

    failures: int = attrs.field(validator=_COUNT)
    retry_after: int | None = attrs.field(default=None, validator=_OPTIONAL_COUNT)

    def refusal(self, simulator: WhmSimulator, *, login: bool) -> SimResponse:
        from ._auth import access_denied, login_refused

        if self.retry_after is not None:
            response = text_response(429, "Too Many Requests")
            response.headers.append(("Retry-After", str(self.retry_after)))
            return response
        return login_refused(simulator) if login else access_denied()


@attrs.define(eq=False)
class Injected:
    """A fault in place; :meth:`remove` takes it out. ``hits`` counts the requests it met."""

    fault: Fault
    functions: frozenset[str] | None  # None: every request
    times: int | None  # None: until removed
    hits: int = 0
    _owner: FaultList | None = None

    def matches(self, function: str | None) -> bool:
        return self.functions is None or function in self.functions

    def remove(self) -> None:
        if self._owner is not None:
            self._owner.remove(self)


class FaultList:
    """The faults injected into one simulator, in the order they were injected."""

    def __init__(self) -> None:
        self._items: list[Injected] = []

    def __iter__(self) -> Iterator[Injected]:
        return iter(list(self._items))  # a copy: faults may be removed while iterating

    def __len__(self) -> int:
        return len(self._items)

    def add(
        self, fault: Fault, function: str | Iterable[str] | None, times: int | None
    ) -> Injected:
        if not isinstance(fault, Fault):
            raise WhmConfigError(f"not a fault (faults.Fault): {type(fault).__name__}")
        if times is not None and times < 1:
            raise WhmConfigError("times must be at least 1 (or None for no limit)")
        names: frozenset[str] | None
        if function is None:
            names = None
        elif isinstance(function, str):
            names = frozenset({function})
        else:
            names = frozenset(function)
        injected = Injected(fault, names, times, owner=self)
        self._items.append(injected)
        return injected

    def remove(self, injected: Injected) -> None:
        if injected in self._items:
            self._items.remove(injected)

    def clear(self) -> None:
        self._items.clear()

    def _used(self, injected: Injected) -> None:
        injected.hits += 1
        if injected.times is not None and injected.hits >= injected.times:
            self.remove(injected)

    def before(self, context: FaultContext) -> SimResponse | None:
        for injected in self:
            if injected.matches(context.function) and not isinstance(injected.fault, ResultZero):
                answer = injected.fault.before(context)
                if answer is not None:
                    self._used(injected)
                    return _checked(injected.fault, "before", answer)
        return None

    def after(self, context: FaultContext, response: SimResponse) -> SimResponse:
        for injected in self:
            fault = injected.fault
            if type(fault).after is Fault.after or not injected.matches(context.function):
                continue
            response = _checked(fault, "after", fault.after(context, response))
            self._used(injected)
        return response

    def result_zero(self, function: str) -> ResultZero | None:
        """The ResultZero fault for ``function`` (used once), if any."""
        for injected in self:
            if isinstance(injected.fault, ResultZero) and injected.matches(function):
                self._used(injected)
                return injected.fault
        return None

    def lockout(self, client: str, failures: Counter[str]) -> Lockout | None:
        """The Lockout that refuses ``client`` now, if any (each refusal counts as a hit)."""
        for injected in self:
            fault = injected.fault
            if isinstance(fault, Lockout) and failures[client] >= fault.failures:
                self._used(injected)
                return fault
        return None


def _checked(fault: Fault, hook: str, answer: object) -> SimResponse:
    """A hook's answer: anything but a SimResponse is a bug in the fault, which the simulator
    answers as a crash (HTTP 500, recorded in ``sim.errors``)."""
    if not isinstance(answer, SimResponse):
        raise TypeError(f"{fault!r}.{hook}() gave {answer!r}, not a SimResponse")
    return answer
