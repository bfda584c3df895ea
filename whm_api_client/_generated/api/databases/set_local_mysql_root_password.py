# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``set_local_mysql_root_password``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...models.set_local_mysql_root_password_data import SetLocalMysqlRootPasswordData
from ...types import UNSET, Unset, read_object

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...types import UNSET, Unset

    pass

FUNCTION = "set_local_mysql_root_password"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = False
SINCE_VERSION: str | None = "11.52"
DOCS_URL = "https://api.docs.cpanel.net/specifications/whm.openapi/manage-mysql-server/localmysql-set_local_mysql_root_password.md"
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "password": ("password", "str", True),
    "update_config": ("update_config", "int", False),
}


def build_arguments(
    *,
    password: str,
    update_config: int | Unset = UNSET,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    arguments["password"] = password
    arguments["update_config"] = update_config

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> SetLocalMysqlRootPasswordData:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    _data = data
    if _data.__class__ is not dict:
        _data = read_object(_data, "data", True)
    data = SetLocalMysqlRootPasswordData.from_dict(_data)

    return data
