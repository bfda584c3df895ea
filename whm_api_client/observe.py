"""Watching calls: event hooks for metrics and audit logs, and the ``WHM_LOG`` switch.

::

    def record(event: CallEvent) -> None:
        metrics.observe(event.function, event.duration, event.result)

    whm = WhmClient(target, auth, hooks=Hooks(on_response=record, on_error=record))

Each HTTP attempt of a call gives ``on_request`` before it is sent, then either
``on_response`` (WHM answered with success) or ``on_error`` (anything raised,
WHM's own ``result`` 0 included). A hook may be a plain function or a coroutine
function; it runs in the calling task, on asyncio and trio alike. A hook that
raises is logged and otherwise ignored: a broken metrics hook must not turn a
successful ``createacct`` into an error. Events carry no credential and no
argument value; their ``reason`` has the call's secrets redacted.
"""

from __future__ import annotations

import inspect
import logging
import os
import sys
from collections.abc import Awaitable, Callable

import attrs

from .errors import WhmConfigError

__all__ = ["CallEvent", "EnvLogHandler", "Hooks", "log_from_env"]

logger = logging.getLogger("whm_api_client")
Hook = Callable[["CallEvent"], "Awaitable[None] | None"]
LEVELS = {"debug": logging.DEBUG, "info": logging.INFO, "warning": logging.WARNING}


@attrs.frozen
class CallEvent:
    """One HTTP attempt of a call, as the hooks see it."""

    function: str
    """The WHM function (``"batch"`` for batch_call)."""
    host: str
    """The target's host name or address."""
    method: str
    """The HTTP method sent (WHM takes nearly every function as GET)."""
    attempt: int
    """1 for the first try; retries of read-only calls count up."""
    read_only: bool
    duration: float | None = None
    """Seconds from sending to the end of the reply (or the failure); None in on_request."""
    status_code: int | None = None
    """The HTTP status, when a reply came."""
    result: int | None = None
    """``metadata.result``: 1 on success, 0 when WHM reported failure; None without an envelope."""
    reason: str | None = None
    """``metadata.reason``, or the error's message, with secrets redacted."""
    error: str | None = None
    """In on_error: the exception's class name, e.g. ``"WhmTimeoutError"``."""


def _callable(_: object, attribute: attrs.Attribute[Hook | None], value: object) -> None:
    if value is not None and not callable(value):
        raise WhmConfigError(
            f"Hooks {attribute.name}: a function (or coroutine function) taking a CallEvent, "
            f"or None; not {type(value).__name__}"
        )


@attrs.frozen
class Hooks:
    """Callables that receive a :class:`CallEvent`; leave out the ones you don't need."""

    on_request: Hook | None = attrs.field(default=None, validator=_callable)
    on_response: Hook | None = attrs.field(default=None, validator=_callable)
    on_error: Hook | None = attrs.field(default=None, validator=_callable)

    async def emit(self, hook: Hook | None, event: CallEvent) -> None:
        if hook is None:
            return
        try:
            outcome = hook(event)
            if inspect.isawaitable(outcome):
                await outcome
        except Exception:
            logger.exception("%s: an event hook raised; the call goes on", event.function)


def log_from_env() -> None:
    """``WHM_LOG=debug|info|warning``: log the library's records to stderr at that level.

    ``info`` gives a line per call (function, status, result, duration); ``debug`` adds
    one per request sent. Other values are reported on stderr and ignored.
    """
    value = os.environ.get("WHM_LOG", "").strip().lower()
    if not value:
        return
    level = LEVELS.get(value)
    if level is None:
        print(
            f"whm_api_client: WHM_LOG={value!r} ignored: use debug, info or warning",
            file=sys.stderr,
        )
        return
    logger.setLevel(level)
    if not any(isinstance(h, EnvLogHandler) for h in logger.handlers):
        handler = EnvLogHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        logger.addHandler(handler)


class EnvLogHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """The stderr handler ``WHM_LOG`` installs (the ``whm-api`` command line sets it aside
    while it prints the same records itself)."""
