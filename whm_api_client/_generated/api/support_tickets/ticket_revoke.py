# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``ticket_revoke``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...models.ticket_revoke_data import TicketRevokeData
from ...types import UNSET, read_object

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    pass

FUNCTION = "ticket_revoke"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = False
SINCE_VERSION: str | None = "11.44"
DOCS_URL = "https://api.docs.cpanel.net/specifications/whm.openapi/support-access/ticketsupport-ticket_revoke.md"
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "server_num": ("server_num", "int", True),
    "ssh_username": ("ssh_username", "str", True),
    "ticket_id": ("ticket_id", "int", True),
}


def build_arguments(
    *,
    server_num: int,
    ssh_username: str,
    ticket_id: int,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    arguments["server_num"] = server_num
    arguments["ssh_username"] = ssh_username
    arguments["ticket_id"] = ticket_id

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> TicketRevokeData:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    _data = data
    if _data.__class__ is not dict:
        _data = read_object(_data, "data", True)
    data = TicketRevokeData.from_dict(_data)

    return data
