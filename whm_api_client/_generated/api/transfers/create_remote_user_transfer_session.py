# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``create_remote_user_transfer_session``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...models.create_remote_user_transfer_session_data import CreateRemoteUserTransferSessionData
from ...types import UNSET, read_object

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...models.create_remote_user_transfer_session_unrestricted_restore import (
        CreateRemoteUserTransferSessionUnrestrictedRestore,
    )

    pass

FUNCTION = "create_remote_user_transfer_session"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = False
SINCE_VERSION: str | None = "11.44"
DOCS_URL = "https://api.docs.cpanel.net/specifications/whm.openapi/cpanel-account-transfer/transfers-create_remote_user_transfer_session.md"
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "host": ("host", "str", True),
    "password": ("password", "str", True),
    "unrestricted_restore": ("unrestricted_restore", "CreateRemoteUserTransferSessionUnrestrictedRestore", True),
}


def build_arguments(
    *,
    host: str,
    password: str,
    unrestricted_restore: CreateRemoteUserTransferSessionUnrestrictedRestore,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    arguments["host"] = host
    arguments["password"] = password
    json_unrestricted_restore: int = unrestricted_restore
    arguments["unrestricted_restore"] = json_unrestricted_restore

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> CreateRemoteUserTransferSessionData:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    _data = data
    if _data.__class__ is not dict:
        _data = read_object(_data, "data", True)
    data = CreateRemoteUserTransferSessionData.from_dict(_data)

    return data
