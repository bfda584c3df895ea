# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``remote_basic_credential_check``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...models.remote_basic_credential_check_data import RemoteBasicCredentialCheckData
from ...types import UNSET, Unset, read_object

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...models.remote_basic_credential_check_root_escalation_method import (
        RemoteBasicCredentialCheckRootEscalationMethod,
    )
    from ...types import UNSET, Unset

    pass

FUNCTION = "remote_basic_credential_check"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = True
SINCE_VERSION: str | None = "11.44"
DOCS_URL = (
    "https://api.docs.cpanel.net/specifications/whm.openapi/transfer-configuration/ssh-remote_basic_credential_check.md"
)
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "host": ("host", "str", True),
    "user": ("user", "str", True),
    "password": ("password", "str", False),
    "port": ("port", "int", False),
    "root_escalation_method": ("root_escalation_method", "RemoteBasicCredentialCheckRootEscalationMethod", False),
    "root_password": ("root_password", "str", False),
    "sshkey_name": ("sshkey_name", "str", False),
    "sshkey_passphrase": ("sshkey_passphrase", "str", False),
}


def build_arguments(
    *,
    host: str,
    user: str,
    password: str | Unset = UNSET,
    port: int | Unset = UNSET,
    root_escalation_method: RemoteBasicCredentialCheckRootEscalationMethod | Unset = UNSET,
    root_password: str | Unset = UNSET,
    sshkey_name: str | Unset = UNSET,
    sshkey_passphrase: str | Unset = UNSET,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    arguments["host"] = host
    arguments["user"] = user
    arguments["password"] = password
    arguments["port"] = port
    json_root_escalation_method: str | Unset = UNSET
    if not isinstance(root_escalation_method, Unset):
        json_root_escalation_method = root_escalation_method

    arguments["root_escalation_method"] = json_root_escalation_method
    arguments["root_password"] = root_password
    arguments["sshkey_name"] = sshkey_name
    arguments["sshkey_passphrase"] = sshkey_passphrase

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> RemoteBasicCredentialCheckData:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    _data = data
    if _data.__class__ is not dict:
        _data = read_object(_data, "data", True)
    data = RemoteBasicCredentialCheckData.from_dict(_data)

    return data
