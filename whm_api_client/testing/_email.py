"""Email: hold_outgoing_email, release_outgoing_email, get/set_user_email_forward_destination,
list_pops_for, and the UAPI functions Email::list_pops, Email::add_pop, Email::delete_pop.

Mailboxes belong to a cPanel account; holding outgoing mail is a flag on the account
(``outgoing_mail_hold`` in listaccts). UAPI reply shapes are not in the facts: the simulator
answers with plain lists of ``{email, login}``, its own choice. Failure texts are the
simulator's own wording, but for an unknown user (§1).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._calls import ApiFailure, Call, Handler
from ._wire import quoted

if TYPE_CHECKING:
    from ._simulator import WhmSimulator

__all__ = ["HANDLERS", "UAPI", "Email"]


class Email:
    """Mailboxes (per cPanel account) and forwarders (per address)."""

    def __init__(self, simulator: WhmSimulator) -> None:
        self._sim = simulator
        self._mailboxes: dict[str, list[str]] = {}  # account -> addresses
        self._forwarders: dict[str, list[str]] = {}  # address -> destinations

    def mailboxes(self, user: str) -> list[str]:
        self._sim.accounts.get(user)
        return list(self._mailboxes.get(user, []))

    def add_mailbox(self, user: str, address: str) -> None:
        record = self._sim.accounts.get(user)
        local, at, domain = address.partition("@")
        if not at or not local or not domain:
            raise ApiFailure(f"{quoted(address)} is not an email address.")
        if domain != record["domain"]:
            raise ApiFailure(f"The account {quoted(user)} does not own {quoted(domain)}.")
        boxes = self._mailboxes.setdefault(user, [])
        if address in boxes:
            raise ApiFailure(f"The email account {quoted(address)} already exists.")
        boxes.append(address)

    def remove_mailbox(self, user: str, address: str) -> None:
        boxes = self._mailboxes.get(user, [])
        if address not in boxes:
            raise ApiFailure(f"The email account {quoted(address)} does not exist.")
        boxes.remove(address)

    def forwards(self, address: str) -> list[str]:
        return list(self._forwarders.get(address, []))

    def set_forward(self, address: str, destinations: list[str]) -> None:
        self._forwarders[address] = destinations

    def set_hold(self, user: str, held: bool) -> None:
        self._sim.accounts.get(user)["outgoing_mail_hold"] = int(held)

    def rename_user(self, user: str, new_user: str) -> None:
        if user in self._mailboxes:
            self._mailboxes[new_user] = self._mailboxes.pop(user)

    def forget_user(self, user: str, domain: str) -> None:
        """An account went away: its mailboxes and its domain's forwarders go too."""
        self._mailboxes.pop(user, None)
        if domain:
            for address in [a for a in self._forwarders if a.endswith("@" + domain)]:
                del self._forwarders[address]


# ---------------------------------------------------------------------- WHM API 1 handlers


def _hold(call: Call) -> None:
    call.simulator.email.set_hold(call.require("user"), True)


def _release(call: Call) -> None:
    call.simulator.email.set_hold(call.require("user"), False)


def _get_forward(call: Call) -> dict[str, Any]:
    return {"forward_to": call.simulator.email.forwards(call.require("user"))}


def _set_forward(call: Call) -> None:
    address = call.require("user")
    call.simulator.email.set_forward(address, [call.require("forward_to")])


def _list_pops_for(call: Call) -> dict[str, Any]:
    return {"pops": call.simulator.email.mailboxes(call.require("user"))}


HANDLERS: dict[str, Handler] = {
    "hold_outgoing_email": _hold,
    "release_outgoing_email": _release,
    "get_user_email_forward_destination": _get_forward,
    "set_user_email_forward_destination": _set_forward,
    "list_pops_for": _list_pops_for,
}


# ---------------------------------------------------------------------- UAPI (uapi_cpanel)


def _uapi_address(call: Call) -> str:
    email = call.require("email")
    if "@" in email:
        return email
    domain = call.text("domain") or call.simulator.accounts.get(call.user)["domain"]
    return f"{email}@{domain}"


def _uapi_list_pops(call: Call) -> list[dict[str, Any]]:
    return [{"email": a, "login": a} for a in call.simulator.email.mailboxes(call.user)]


def _uapi_add_pop(call: Call) -> str:
    address = _uapi_address(call)
    call.simulator.email.add_mailbox(call.user, address)
    return address


def _uapi_delete_pop(call: Call) -> None:
    call.simulator.email.remove_mailbox(call.user, _uapi_address(call))


# (module, function) -> handler; ``call.user`` is the cPanel account (cpanel.user)
UAPI: dict[tuple[str, str], Handler] = {
    ("Email", "list_pops"): _uapi_list_pops,
    ("Email", "add_pop"): _uapi_add_pop,
    ("Email", "delete_pop"): _uapi_delete_pop,
}
