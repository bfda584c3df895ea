# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``remote_mysql_create_profile``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...models.remote_mysql_create_profile_data import RemoteMysqlCreateProfileData
from ...types import UNSET, Unset, read_object

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...types import UNSET, Unset

    pass

FUNCTION = "remote_mysql_create_profile"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = False
SINCE_VERSION: str | None = "11.52"
DOCS_URL = "https://api.docs.cpanel.net/specifications/whm.openapi/remote-mysql-databases/remotemysql-remote_mysql_create_profile.md"
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "mysql_host": ("mysql_host", "str", True),
    "mysql_pass": ("mysql_pass", "str", True),
    "mysql_port": ("mysql_port", "int", True),
    "mysql_user": ("mysql_user", "str", True),
    "name": ("name", "str", True),
    "cpcloud": ("cpcloud", "int", False),
    "setup_via": ("setup_via", "str", False),
}


def build_arguments(
    *,
    mysql_host: str,
    mysql_pass: str,
    mysql_port: int,
    mysql_user: str,
    name: str,
    cpcloud: int | Unset = UNSET,
    setup_via: str | Unset = UNSET,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    arguments["mysql_host"] = mysql_host
    arguments["mysql_pass"] = mysql_pass
    arguments["mysql_port"] = mysql_port
    arguments["mysql_user"] = mysql_user
    arguments["name"] = name
    arguments["cpcloud"] = cpcloud
    arguments["setup_via"] = setup_via

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> RemoteMysqlCreateProfileData:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    _data = data
    if _data.__class__ is not dict:
        _data = read_object(_data, "data", True)
    data = RemoteMysqlCreateProfileData.from_dict(_data)

    return data
