# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``execute_remote_whmapi1_with_password``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...models.execute_remote_whmapi_1_with_password_data import ExecuteRemoteWhmapi1WithPasswordData
from ...types import UNSET, Unset, read_object

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...types import UNSET, Unset

    pass

FUNCTION = "execute_remote_whmapi1_with_password"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = False
SINCE_VERSION: str | None = "90"
DOCS_URL = "https://api.docs.cpanel.net/specifications/whm.openapi/api-execution/cpanel-execute_remote_whmapi1_with_password.md"
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "function": ("function", "str", True),
    "host": ("host", "str", True),
    "parameter_name": ("parameter_name", "str", True),
    "parameter_value": ("parameter_value", "str", True),
    "password": ("password", "str", True),
    "username": ("username", "str", True),
    "tls_verification": ("tls_verification", "str", False),
}


def build_arguments(
    *,
    function: str,
    host: str,
    parameter_name: str,
    parameter_value: str,
    password: str,
    username: str,
    tls_verification: str | Unset = UNSET,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    arguments["function"] = function
    arguments["host"] = host
    arguments["parameter_name"] = parameter_name
    arguments["parameter_value"] = parameter_value
    arguments["password"] = password
    arguments["username"] = username
    arguments["tls_verification"] = tls_verification

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> ExecuteRemoteWhmapi1WithPasswordData:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    _data = data
    if _data.__class__ is not dict:
        _data = read_object(_data, "data", True)
    data = ExecuteRemoteWhmapi1WithPasswordData.from_dict(_data)

    return data
