"""Wait for WHM's background operations: transfer sessions, the restore queue, background
pkgacct, the backup skip-all job.

    started = await whm.start_background_pkgacct(user="bob")
    done = await wait_for_pkgacct(whm, started.session_id, timeout=3600, interval=15,
                                  on_progress=lambda p: print(p.state, p.elapsed))

Each waiter polls one read-only function of the spec at ``interval`` seconds until the
server reports an end, and returns the last :class:`Progress`. It raises
:class:`WhmOperationFailedError` when the server reports failure (or an abort), and
:class:`WhmWaitTimeoutError` when ``timeout`` passes first (the operation may still be
running; the error carries the last state). A poll that fails on the way (a timeout, a
dropped connection, a 5xx) is tried again at the next interval, up to ``max_errors`` in a
row: the polls only read, so repeating them is safe. A refused login or a failed call is
not retried. ``on_progress`` (a function or a coroutine function) sees every state.
"""

from __future__ import annotations

import inspect
import logging
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any

import anyio
import attrs

from ._checks import count, seconds
from .errors import (
    WhmConfigError,
    WhmConnectError,
    WhmOperationFailedError,
    WhmServerError,
    WhmTimeoutError,
    WhmWaitTimeoutError,
)

if TYPE_CHECKING:
    from .client import WhmClient

__all__ = [
    "Progress",
    "wait_for_backup_skip_users",
    "wait_for_pkgacct",
    "wait_for_restore",
    "wait_for_transfer",
]

logger = logging.getLogger("whm_api_client")
ProgressCallback = Callable[["Progress"], Awaitable[None] | None]
# A transfer session's states (get_transfer_session_state's enum in the spec).
TRANSFER_DONE = frozenset({"COMPLETED"})
TRANSFER_FAILED = frozenset({"ABORTED", "FAILED"})
# A background pkgacct's states (get_pkgacct_session_state's enum).
PKGACCT_DONE = frozenset({"COMPLETED"})
PKGACCT_FAILED = frozenset({"FAILED"})


@attrs.frozen
class Progress:
    """One look at an operation: ``state`` as the server put it, ``data`` the poll's
    whole ``data``, ``done`` once it ended, ``percent`` when the server tells one."""

    operation: str
    state: str
    done: bool
    polls: int
    elapsed: float
    data: Any = None
    percent: float | None = None


@attrs.frozen
class _Look:
    state: str
    done: bool = False
    failed: bool = False
    data: Any = None
    percent: float | None = None


async def _wait(
    operation: str,
    look: Callable[[], Awaitable[_Look]],
    *,
    timeout: float,  # noqa: ASYNC109 - the waiter's own deadline, reported with its state
    interval: float,
    on_progress: ProgressCallback | None,
    max_errors: int,
) -> Progress:
    timeout = seconds("timeout", timeout)
    interval = seconds("interval", interval)
    max_errors = count("max_errors", max_errors, least=0)
    if on_progress is not None and not callable(on_progress):
        raise WhmConfigError("on_progress must be a function or a coroutine function")
    start = anyio.current_time()
    deadline = start + timeout
    polls = errors = 0
    last: Progress | None = None
    while True:
        polls += 1
        seen: _Look | None = None
        with anyio.move_on_after(max(0.0, deadline - anyio.current_time())):
            try:
                seen = await look()
            except (WhmTimeoutError, WhmConnectError, WhmServerError) as exc:
                errors += 1
                if errors > max_errors:
                    raise
                logger.info("%s: poll %d failed (%s); trying again", operation, polls, exc)
        if seen is not None:
            errors = 0
            last = Progress(
                operation,
                seen.state,
                seen.done,
                polls,
                anyio.current_time() - start,
                seen.data,
                seen.percent,
            )
            if on_progress is not None:
                outcome = on_progress(last)
                if inspect.isawaitable(outcome):
                    await outcome
            if seen.failed:
                raise WhmOperationFailedError(
                    f"{operation} ended as {seen.state}", operation=operation, state=last
                )
            if seen.done:
                return last
        if anyio.current_time() + interval >= deadline:
            state = f"; last state {last.state}" if last else ""
            raise WhmWaitTimeoutError(
                f"{operation} hadn't ended after {timeout:g} s{state}; it may still be running",
                operation=operation,
                state=last,
            )
        await anyio.sleep(interval)


def _data(envelope: Mapping[str, Any]) -> Mapping[str, Any]:
    data = envelope.get("data")
    return data if isinstance(data, Mapping) else {}


@attrs.frozen
class _Session:
    """A background job the server tracks by id, and how its status function tells."""

    what: str  # e.g. "transfer session"
    function: str  # the status function
    argument: str  # its id argument
    field: str  # the state's key in its data
    done: frozenset[str]
    failed: frozenset[str]


TRANSFER = _Session(
    "transfer session",
    "get_transfer_session_state",
    "transfer_session_id",
    "state_name",
    TRANSFER_DONE,
    TRANSFER_FAILED,
)
PKGACCT = _Session(
    "pkgacct session",
    "get_pkgacct_session_state",
    "session_id",
    "state",
    PKGACCT_DONE,
    PKGACCT_FAILED,
)


async def _wait_for_session(
    whm: WhmClient, session: _Session, session_id: str, **options: Any
) -> Progress:
    if not isinstance(session_id, str) or not session_id:
        raise WhmConfigError(f"waiting for a {session.what} needs its {session.argument}")

    async def look() -> _Look:
        data = _data(await whm.call(session.function, **{session.argument: session_id}))
        state = str(data.get(session.field) or "UNKNOWN")
        return _Look(state, state in session.done, state in session.failed, dict(data))

    return await _wait(f"{session.what} {session_id}", look, **options)


async def wait_for_transfer(
    whm: WhmClient,
    transfer_session_id: str,
    *,
    timeout: float = 6 * 3600,  # noqa: ASYNC109 - the waiter's own deadline, reported with its state
    interval: float = 10.0,
    on_progress: ProgressCallback | None = None,
    max_errors: int = 3,
) -> Progress:
    """Until a transfer session (``create_remote_*_transfer_session``,
    ``start_local_cpmove_restore``) is ``COMPLETED``; ``ABORTED`` or ``FAILED`` raise.
    Polls ``get_transfer_session_state``. A ``PAUSED`` session is waited for like any
    other state (it resumes when told to)."""
    return await _wait_for_session(
        whm,
        TRANSFER,
        transfer_session_id,
        timeout=timeout,
        interval=interval,
        on_progress=on_progress,
        max_errors=max_errors,
    )


async def wait_for_pkgacct(
    whm: WhmClient,
    session_id: str,
    *,
    timeout: float = 6 * 3600,  # noqa: ASYNC109 - the waiter's own deadline, reported with its state
    interval: float = 10.0,
    on_progress: ProgressCallback | None = None,
    max_errors: int = 3,
) -> Progress:
    """Until a background pkgacct (``start_background_pkgacct``'s ``session_id``) is
    ``COMPLETED``; ``FAILED`` raises. Polls ``get_pkgacct_session_state``;
    ``fetch_pkgacct_master_log`` has its log."""
    return await _wait_for_session(
        whm,
        PKGACCT,
        session_id,
        timeout=timeout,
        interval=interval,
        on_progress=on_progress,
        max_errors=max_errors,
    )


def _users(entries: object) -> list[str]:
    if not isinstance(entries, list):
        return []
    return [str(e.get("user")) for e in entries if isinstance(e, Mapping) and e.get("user")]


async def wait_for_restore(
    whm: WhmClient,
    user: str | None = None,
    *,
    timeout: float = 6 * 3600,  # noqa: ASYNC109 - the waiter's own deadline, reported with its state
    interval: float = 10.0,
    on_progress: ProgressCallback | None = None,
    max_errors: int = 3,
) -> Progress:
    """Until the restore queue has no pending or active task for ``user`` (or none at
    all, without ``user``). Polls ``restore_queue_state``; its state reads
    ``"2 pending, 1 active"``, with ``(queue not active)`` while the queue isn't running
    (``restore_queue_activate`` starts it).

    The end says the queue is done with the task, not how it went: the task is then in
    ``restore_queue_list_completed``, whose ``status_info`` (``result``, ``log``,
    ``warnings``) tells; the spec lists ``result`` as 0, 1 or 2 without saying what each
    means, so the waiter doesn't judge it.
    """
    if user is not None and (not isinstance(user, str) or not user):
        raise WhmConfigError("wait_for_restore's user must be a non-empty string or None")

    async def look() -> _Look:
        data = _data(await whm.call("restore_queue_state"))
        pending, active = _users(data.get("pending")), _users(data.get("active"))
        if user is not None:
            pending = [name for name in pending if name == user]
            active = [name for name in active if name == user]
        state = f"{len(pending)} pending, {len(active)} active"
        if data.get("is_active") in (0, "0") and pending:
            state += " (queue not active)"
        return _Look(state, not pending and not active, data=dict(data))

    what = f"restore of {user}" if user else "restore queue"
    return await _wait(
        what,
        look,
        timeout=timeout,
        interval=interval,
        on_progress=on_progress,
        max_errors=max_errors,
    )


async def wait_for_backup_skip_users(
    whm: WhmClient,
    *,
    timeout: float = 3600,  # noqa: ASYNC109 - the waiter's own deadline, reported with its state
    interval: float = 5.0,
    on_progress: ProgressCallback | None = None,
    max_errors: int = 3,
) -> Progress:
    """Until the background job of ``backup_skip_users_all`` (including or excluding
    every account in backups) has stopped running. Polls
    ``backup_skip_users_all_status``: ``reason.running``, ``reason.perc`` (the
    percentage, in :attr:`Progress.percent`) and ``reason.msg`` (the state)."""

    async def look() -> _Look:
        data = _data(await whm.call("backup_skip_users_all_status"))
        reason = data.get("reason")
        reason = reason if isinstance(reason, Mapping) else {}
        percent = reason.get("perc")
        running = reason.get("running") in (1, "1")
        message = str(reason.get("msg") or ("running" if running else "not running"))
        return _Look(
            message,
            not running,
            data=dict(data),
            percent=float(percent) if isinstance(percent, int | float) else None,
        )

    return await _wait(
        "backup_skip_users_all",
        look,
        timeout=timeout,
        interval=interval,
        on_progress=on_progress,
        max_errors=max_errors,
    )
