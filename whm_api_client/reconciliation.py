"""After a state-changing call timed out: look at the server before anything is retried.

A call the client stopped waiting for may still run to its end on the server (nothing known
about cpsrvd says it stops one; a ``createacct`` can take minutes), and the client never
sends a state-changing call twice. So when one ends in a timeout, a dropped connection or
a 5xx, its outcome is unknown; :func:`reconcile` reads the state the
call would have made and says whether it is there::

    try:
        await whm.createacct(username="bob", domain="bob.example", plan="gold")
    except (WhmTimeoutError, WhmConnectError, WhmServerError):
        found = await reconcile(whm, "createacct", username="bob", domain="bob.example", wait=120)
        if found.applied is False:
            ...  # not there (yet): now it is your decision to send it again

``applied`` is True (the state is there), False (it isn't, yet) or None (something else is
there: e.g. an account of that name with another domain). ``wait`` keeps looking for that
many seconds while the answer is False, since the call may still be running. Only
read-only functions are called. :data:`RECONCILABLE` lists the functions it knows.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any

import anyio
import attrs

from ._checks import seconds
from .errors import WhmConfigError

if TYPE_CHECKING:
    from .client import WhmClient

__all__ = ["RECONCILABLE", "Reconciliation", "reconcile"]


@attrs.frozen
class Reconciliation:
    """What the server's state says about a call whose outcome was unknown."""

    function: str
    applied: bool | None  # True: its effect is there; False: not (yet); None: something else is
    detail: str
    state: Any = None  # the record found (an account, a package...), if any


_Check = Callable[["WhmClient", Mapping[str, Any]], Awaitable[Reconciliation]]


def _arg(function: str, arguments: Mapping[str, Any], *names: str) -> str:
    for name in names:
        value = arguments.get(name)
        if isinstance(value, str) and value:
            return value
    raise WhmConfigError(f"reconcile({function!r}) needs the call's {names[0]} argument")


async def _account(whm: WhmClient, user: str) -> dict[str, Any] | None:
    envelope = await whm.call("listaccts", searchtype="user", searchmethod="exact", search=user)
    data = envelope.get("data")
    records = data.get("acct") if isinstance(data, Mapping) else None
    for record in records if isinstance(records, list) else []:
        if isinstance(record, dict) and record.get("user") == user:
            return record
    return None


async def _createacct(whm: WhmClient, arguments: Mapping[str, Any]) -> Reconciliation:
    user = _arg("createacct", arguments, "username", "user")
    domain = arguments.get("domain")
    account = await _account(whm, user)
    if account is None:
        return Reconciliation("createacct", False, f"no account {user}", None)
    if (
        isinstance(domain, str)
        and domain
        and str(account.get("domain", "")).lower() != domain.lower()
    ):
        return Reconciliation(
            "createacct",
            None,
            f"an account {user} exists, but for {account.get('domain')}, not {domain}",
            account,
        )
    return Reconciliation("createacct", True, f"the account {user} exists", account)


async def _removeacct(whm: WhmClient, arguments: Mapping[str, Any]) -> Reconciliation:
    user = _arg("removeacct", arguments, "username", "user")
    account = await _account(whm, user)
    if account is None:
        return Reconciliation("removeacct", True, f"no account {user} any more")
    return Reconciliation("removeacct", False, f"the account {user} still exists", account)


def _account_flag(function: str, field: str, wanted: int, what: str) -> _Check:
    async def check(whm: WhmClient, arguments: Mapping[str, Any]) -> Reconciliation:
        user = _arg(function, arguments, "user")
        account = await _account(whm, user)
        if account is None:
            return Reconciliation(function, None, f"no account {user}")
        value = account.get(field)
        applied = str(value) == str(wanted)
        verb = "is" if applied else "is not"
        return Reconciliation(function, applied, f"{user} {verb} {what}", account)

    return check


async def _changepackage(whm: WhmClient, arguments: Mapping[str, Any]) -> Reconciliation:
    user = _arg("changepackage", arguments, "user")
    package = _arg("changepackage", arguments, "pkg")
    account = await _account(whm, user)
    if account is None:
        return Reconciliation("changepackage", None, f"no account {user}")
    plan = account.get("plan")
    applied = plan == package
    return Reconciliation("changepackage", applied, f"{user}'s package is {plan}", account)


def _in_list(
    function: str,
    argument: str,
    lister: str,
    list_key: str,
    field: str | None,
    *,
    present: bool,
    what: str,
) -> _Check:
    """A check that a name is (``present``) or isn't in a list function's records."""

    async def check(whm: WhmClient, arguments: Mapping[str, Any]) -> Reconciliation:
        name = _arg(function, arguments, argument)
        data = (await whm.call(lister)).get("data")
        records = data.get(list_key) if isinstance(data, Mapping) else None
        if isinstance(records, Mapping):  # api_token_list: {tokens: {NAME: {...}}}
            found = records.get(name)
        else:
            found = next(
                (
                    record
                    for record in (records if isinstance(records, list) else [])
                    if isinstance(record, Mapping)
                    and str(record.get(field or "")).lower() == name.lower()
                ),
                None,
            )
        there = found is not None
        detail = f"{what} {name} {'exists' if there else 'does not exist'}"
        return Reconciliation(function, there == present, detail, found)

    return check


async def _restore_queue_add_task(whm: WhmClient, arguments: Mapping[str, Any]) -> Reconciliation:
    user = _arg("restore_queue_add_task", arguments, "user")
    point = arguments.get("restore_point")
    data = (await whm.call("restore_queue_state")).get("data")
    data = data if isinstance(data, Mapping) else {}
    for where in ("pending", "active", "completed"):
        for task in data.get(where) or []:
            if (
                isinstance(task, Mapping)
                and task.get("user") == user
                and (point is None or task.get("restore_point") == point)
            ):
                return Reconciliation(
                    "restore_queue_add_task", True, f"a restore of {user} is {where}", task
                )
    return Reconciliation("restore_queue_add_task", False, f"no restore of {user} in the queue")


RECONCILABLE: dict[str, _Check] = {
    "createacct": _createacct,
    "removeacct": _removeacct,
    "suspendacct": _account_flag("suspendacct", "suspended", 1, "suspended"),
    "unsuspendacct": _account_flag("unsuspendacct", "suspended", 0, "suspended"),
    "hold_outgoing_email": _account_flag(
        "hold_outgoing_email", "outgoing_mail_hold", 1, "holding outgoing mail"
    ),
    "release_outgoing_email": _account_flag(
        "release_outgoing_email", "outgoing_mail_hold", 0, "holding outgoing mail"
    ),
    "changepackage": _changepackage,
    "addpkg": _in_list("addpkg", "name", "listpkgs", "pkg", "name", present=True, what="package"),
    "killpkg": _in_list(
        "killpkg", "pkgname", "listpkgs", "pkg", "name", present=False, what="package"
    ),
    "adddns": _in_list(
        "adddns", "domain", "listzones", "zone", "domain", present=True, what="zone"
    ),
    "killdns": _in_list(
        "killdns", "domain", "listzones", "zone", "domain", present=False, what="zone"
    ),
    "api_token_create": _in_list(
        "api_token_create",
        "token_name",
        "api_token_list",
        "tokens",
        None,
        present=True,
        what="token",
    ),
    "api_token_revoke": _in_list(
        "api_token_revoke",
        "token_name",
        "api_token_list",
        "tokens",
        None,
        present=False,
        what="token",
    ),
    "restore_queue_add_task": _restore_queue_add_task,
}


async def reconcile(
    whm: WhmClient,
    function: str,
    /,
    *,
    wait: float = 0.0,
    interval: float = 5.0,
    **arguments: Any,
) -> Reconciliation:
    """Whether ``function``'s effect, called with ``arguments``, is on the server now.

    Pass the arguments of the call whose outcome is unknown (at least the ones naming
    what it changes). With ``wait``, looks again every ``interval`` seconds for up to
    ``wait`` seconds while the effect isn't there. Raises :class:`WhmConfigError` for a
    function it has no check for (:data:`RECONCILABLE`).
    """
    check = RECONCILABLE.get(function)
    if check is None:
        raise WhmConfigError(
            f"no reconcile check for {function!r}; it knows {', '.join(sorted(RECONCILABLE))}"
        )
    wait = seconds("wait", wait, zero=True)
    interval = seconds("interval", interval)
    deadline = anyio.current_time() + wait
    while True:
        found = await check(whm, arguments)
        if found.applied is not False or anyio.current_time() + interval > deadline:
            return found
        await anyio.sleep(interval)
