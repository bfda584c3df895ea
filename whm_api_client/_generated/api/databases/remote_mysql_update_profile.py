# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``remote_mysql_update_profile``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...models.remote_mysql_update_profile_data import RemoteMysqlUpdateProfileData
from ...types import UNSET, Unset, read_object

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...types import UNSET, Unset

    pass

FUNCTION = "remote_mysql_update_profile"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = False
SINCE_VERSION: str | None = "11.52"
DOCS_URL = "https://api.docs.cpanel.net/specifications/whm.openapi/remote-mysql-databases/remotemysql-remote_mysql_update_profile.md"
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "name": ("name", "str", True),
    "mysql_host": ("mysql_host", "str", False),
    "mysql_pass": ("mysql_pass", "str", False),
    "mysql_port": ("mysql_port", "int", False),
    "mysql_user": ("mysql_user", "str", False),
    "setup_via": ("setup_via", "str", False),
}


def build_arguments(
    *,
    name: str,
    mysql_host: str | Unset = UNSET,
    mysql_pass: str | Unset = UNSET,
    mysql_port: int | Unset = UNSET,
    mysql_user: str | Unset = UNSET,
    setup_via: str | Unset = UNSET,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    arguments["name"] = name
    arguments["mysql_host"] = mysql_host
    arguments["mysql_pass"] = mysql_pass
    arguments["mysql_port"] = mysql_port
    arguments["mysql_user"] = mysql_user
    arguments["setup_via"] = setup_via

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> RemoteMysqlUpdateProfileData:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    _data = data
    if _data.__class__ is not dict:
        _data = read_object(_data, "data", True)
    data = RemoteMysqlUpdateProfileData.from_dict(_data)

    return data
