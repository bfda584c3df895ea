# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``deletesshkey``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...models.deletesshkey_data import DeletesshkeyData
from ...types import UNSET, Unset, read_object

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...models.deletesshkey_leave_authorized import DeletesshkeyLeaveAuthorized
    from ...types import UNSET, Unset

    pass

FUNCTION = "deletesshkey"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = False
SINCE_VERSION: str | None = "11"
DOCS_URL = "https://api.docs.cpanel.net/specifications/whm.openapi/ssh-keys-and-connections/ssh-deletesshkey.md"
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "file": ("file", "str", True),
    "leave_authorized": ("leave_authorized", "DeletesshkeyLeaveAuthorized", False),
}


def build_arguments(
    *,
    file: str,
    leave_authorized: DeletesshkeyLeaveAuthorized | Unset = UNSET,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    arguments["file"] = file
    json_leave_authorized: int | Unset = UNSET
    if not isinstance(leave_authorized, Unset):
        json_leave_authorized = leave_authorized

    arguments["leave_authorized"] = json_leave_authorized

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> DeletesshkeyData:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    _data = data
    if _data.__class__ is not dict:
        _data = read_object(_data, "data", True)
    data = DeletesshkeyData.from_dict(_data)

    return data
