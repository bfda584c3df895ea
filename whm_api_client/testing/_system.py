"""The server itself and a few cross-cutting functions: version, gethostname, sethostname,
personalization_get/set (JSON-only, §7), uapi_cpanel (UAPI through WHM) and the API 2/1
proxy ``cpanel`` (its two refusals in §3).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._calls import ApiFailure, Call, Handler, HttpAnswer, Reply
from ._wire import json_response, quoted, text_response

if TYPE_CHECKING:
    from ._simulator import WhmSimulator

__all__ = ["HANDLERS", "Personalization", "ServerInfo"]

DEFAULT_HOSTNAME = "hostname.example.com"  # the host name in the official document's samples
NAME_LIMIT, VALUE_LIMIT = 128, 2048  # §7: personalization names/store and values
# §3: the proxy's answers to token auth for cPanel API 1, and to an unknown user (since v88)
TOKEN_API1_REFUSED = "Token authentication allows access to UAPI or API 2 calls only."
_UNKNOWN_USER = "User parameter is invalid or was not supplied"
UNKNOWN_CPANEL_USER = {
    "data": {"reason": _UNKNOWN_USER, "result": "0"},
    "type": "text",
    "error": _UNKNOWN_USER,
}


class ServerInfo:
    """What the server says about itself: its version and host name."""

    def __init__(self, simulator: WhmSimulator) -> None:
        # The spec's own version ("11.137.9999-106") as WHM writes one ("11.137.9999.106").
        self.version = simulator.table.spec_version.replace("-", ".") or "11.137.9999.106"
        self.hostname = DEFAULT_HOSTNAME


class Personalization:
    """personalization_set/get values, per WHM user and store (§7)."""

    def __init__(self, simulator: WhmSimulator) -> None:
        self._values: dict[tuple[str, str, str], str] = {}

    def get(self, user: str, store: str, name: str) -> str | None:
        return self._values.get((user, store, name))

    def set(self, user: str, store: str, name: str, value: str) -> None:
        self._values[(user, store, name)] = value


# ---------------------------------------------------------------------- handlers


def _version(call: Call) -> dict[str, Any]:
    return {"version": call.simulator.server.version}


def _gethostname(call: Call) -> dict[str, Any]:
    return {"hostname": call.simulator.server.hostname}


def _sethostname(call: Call) -> Reply:
    hostname = call.require("hostname")
    call.simulator.server.hostname = hostname
    # §1: sethostname sends its messages as one string joined with newlines
    return Reply(None, messages=f"Setting the hostname to {hostname} (simulated).\nDone.")


def _personalization_store(call: Call) -> str:
    store = call.text("store")
    if len(store) > NAME_LIMIT:
        raise ApiFailure(f"The {quoted('store')} parameter is longer than {NAME_LIMIT}.")
    return store


def _entry(name: str, value: Any, success: bool, reason: str) -> dict[str, Any]:
    return {"name": name, "value": value, "success": int(success), "reason": reason}


def _personalization_get(call: Call) -> dict[str, Any]:
    store = _personalization_store(call)
    names = call.args.getlist("names")
    if not names:
        raise ApiFailure(f"Provide the {quoted('names')} parameter.")
    found = {}
    for name in map(str, names):
        if len(name) > NAME_LIMIT:
            found[name] = _entry(name, None, False, f"Longer than {NAME_LIMIT} characters.")
            continue
        value = call.simulator.personalization.get(call.user, store, name)
        found[name] = _entry(name, value, True, "OK")
    return {"personalization": found}


def _personalization_set(call: Call) -> dict[str, Any]:
    store = _personalization_store(call)
    values = call.args.get("personalization")
    if not isinstance(values, dict) or not values:
        raise ApiFailure(f"Provide the {quoted('personalization')} parameter.")
    done = {}
    for name, value in values.items():
        text = value if isinstance(value, str) else str(value)
        if len(name) > NAME_LIMIT or len(text) > VALUE_LIMIT:
            done[name] = _entry(name, None, False, "Longer than allowed.")
            continue
        call.simulator.personalization.set(call.user, store, name, text)
        done[name] = _entry(name, text, True, "OK")
    return {"personalization": done}


def _uapi_cpanel(call: Call) -> dict[str, Any]:
    """UAPI through WHM: the UAPI envelope in ``data.uapi``."""
    sim = call.simulator
    user = call.require("cpanel.user")
    sim.accounts.get(user)
    module, function = call.require("cpanel.module"), call.require("cpanel.function")
    handler = sim.uapi_functions.get((module, function))
    uapi: dict[str, Any] = {
        "data": None,
        "errors": None,
        "messages": None,
        "warnings": None,
        "metadata": {},
        "status": 1,
    }
    if handler is None:
        uapi.update(status=0, errors=[f"The simulator has no UAPI function {module}::{function}."])
        return {"uapi": uapi}
    inner = Call(
        function=f"{module}::{function}",
        namespace=None,
        args=call.args.without("cpanel.user", "cpanel.module", "cpanel.function"),
        user=user,
        auth=call.auth,
        simulator=sim,
    )
    try:
        outcome = handler(inner)
    except ApiFailure as failure:
        uapi.update(status=0, errors=[failure.message])
        return {"uapi": uapi}
    if isinstance(outcome, Reply):
        uapi.update(data=outcome.data, messages=_as_list(outcome.messages))
        uapi["warnings"] = _as_list(outcome.warnings)
    else:
        uapi["data"] = outcome
    return {"uapi": uapi}


def _as_list(value: list[str] | str | None) -> list[str] | None:
    return [value] if isinstance(value, str) else value


def _cpanel(call: Call) -> Any:
    """The API 2/API 1 proxy: its two refusals (§3); otherwise the spec's reply."""
    if call.text("cpanel_jsonapi_apiversion") == "1" and call.auth == "token":
        raise HttpAnswer(text_response(403, TOKEN_API1_REFUSED))
    if call.text("cpanel_jsonapi_user") not in call.simulator.accounts:
        raise HttpAnswer(json_response(UNKNOWN_CPANEL_USER))
    return call.simulator.replies.data("cpanel")


HANDLERS: dict[str, Handler] = {
    "version": _version,
    "gethostname": _gethostname,
    "sethostname": _sethostname,
    "personalization_get": _personalization_get,
    "personalization_set": _personalization_set,
    "uapi_cpanel": _uapi_cpanel,
    "cpanel": _cpanel,
}
