# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``remote_mysql_create_profile_via_ssh``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...models.remote_mysql_create_profile_via_ssh_data import RemoteMysqlCreateProfileViaSshData
from ...types import UNSET, Unset, read_object

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...models.remote_mysql_create_profile_via_ssh_root_escalation_method import (
        RemoteMysqlCreateProfileViaSshRootEscalationMethod,
    )
    from ...types import UNSET, Unset

    pass

FUNCTION = "remote_mysql_create_profile_via_ssh"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = False
SINCE_VERSION: str | None = "11.52"
DOCS_URL = "https://api.docs.cpanel.net/specifications/whm.openapi/remote-mysql-databases/remotemysql-remote_mysql_create_profile_via_ssh.md"
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "host": ("host", "str", True),
    "name": ("name", "str", True),
    "port": ("port", "int", True),
    "user": ("user", "str", True),
    "cpcloud": ("cpcloud", "int", False),
    "password": ("password", "str", False),
    "root_escalation_method": ("root_escalation_method", "RemoteMysqlCreateProfileViaSshRootEscalationMethod", False),
    "root_password": ("root_password", "str", False),
    "sshkey_name": ("sshkey_name", "str", False),
    "sshkey_passphrase": ("sshkey_passphrase", "str", False),
}


def build_arguments(
    *,
    host: str,
    name: str,
    port: int,
    user: str,
    cpcloud: int | Unset = UNSET,
    password: str | Unset = UNSET,
    root_escalation_method: RemoteMysqlCreateProfileViaSshRootEscalationMethod | Unset = UNSET,
    root_password: str | Unset = UNSET,
    sshkey_name: str | Unset = UNSET,
    sshkey_passphrase: str | Unset = UNSET,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    arguments["host"] = host
    arguments["name"] = name
    arguments["port"] = port
    arguments["user"] = user
    arguments["cpcloud"] = cpcloud
    arguments["password"] = password
    json_root_escalation_method: str | Unset = UNSET
    if not isinstance(root_escalation_method, Unset):
        json_root_escalation_method = root_escalation_method

    arguments["root_escalation_method"] = json_root_escalation_method
    arguments["root_password"] = root_password
    arguments["sshkey_name"] = sshkey_name
    arguments["sshkey_passphrase"] = sshkey_passphrase

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> RemoteMysqlCreateProfileViaSshData:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    _data = data
    if _data.__class__ is not dict:
        _data = read_object(_data, "data", True)
    data = RemoteMysqlCreateProfileViaSshData.from_dict(_data)

    return data
