# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``create_remote_root_transfer_session``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...models.create_remote_root_transfer_session_data import CreateRemoteRootTransferSessionData
from ...types import UNSET, Unset, read_object

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...models.create_remote_root_transfer_session_comm_transport import (
        CreateRemoteRootTransferSessionCommTransport,
    )
    from ...models.create_remote_root_transfer_session_compressed import (
        CreateRemoteRootTransferSessionCompressed,
    )
    from ...models.create_remote_root_transfer_session_copy_reseller_privs import (
        CreateRemoteRootTransferSessionCopyResellerPrivs,
    )
    from ...models.create_remote_root_transfer_session_enable_custom_pkgacct import (
        CreateRemoteRootTransferSessionEnableCustomPkgacct,
    )
    from ...models.create_remote_root_transfer_session_low_priority import (
        CreateRemoteRootTransferSessionLowPriority,
    )
    from ...models.create_remote_root_transfer_session_root_escalation_method import (
        CreateRemoteRootTransferSessionRootEscalationMethod,
    )
    from ...models.create_remote_root_transfer_session_unencrypted import (
        CreateRemoteRootTransferSessionUnencrypted,
    )
    from ...models.create_remote_root_transfer_session_unrestricted_restore import (
        CreateRemoteRootTransferSessionUnrestrictedRestore,
    )
    from ...models.create_remote_root_transfer_session_use_backups import (
        CreateRemoteRootTransferSessionUseBackups,
    )
    from ...types import UNSET, Unset

    pass

FUNCTION = "create_remote_root_transfer_session"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = False
SINCE_VERSION: str | None = "11.44"
DOCS_URL = "https://api.docs.cpanel.net/specifications/whm.openapi/cpanel-account-transfer/transfers-create_remote_root_transfer_session.md"
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "comm_transport": ("comm_transport", "CreateRemoteRootTransferSessionCommTransport", True),
    "compressed": ("compressed", "CreateRemoteRootTransferSessionCompressed", True),
    "copy_reseller_privs": ("copy_reseller_privs", "CreateRemoteRootTransferSessionCopyResellerPrivs", True),
    "enable_custom_pkgacct": ("enable_custom_pkgacct", "CreateRemoteRootTransferSessionEnableCustomPkgacct", True),
    "host": ("host", "str", True),
    "low_priority": ("low_priority", "CreateRemoteRootTransferSessionLowPriority", True),
    "restore_threads": ("restore_threads", "int", True),
    "transfer_threads": ("transfer_threads", "int", True),
    "unencrypted": ("unencrypted", "CreateRemoteRootTransferSessionUnencrypted", True),
    "unrestricted_restore": ("unrestricted_restore", "CreateRemoteRootTransferSessionUnrestrictedRestore", True),
    "use_backups": ("use_backups", "CreateRemoteRootTransferSessionUseBackups", True),
    "user": ("user", "str", True),
    "password": ("password", "str", False),
    "port": ("port", "int", False),
    "root_escalation_method": ("root_escalation_method", "CreateRemoteRootTransferSessionRootEscalationMethod", False),
    "root_password": ("root_password", "str", False),
    "sshkey_name": ("sshkey_name", "str", False),
    "sshkey_passphrase": ("sshkey_passphrase", "str", False),
}


def build_arguments(
    *,
    comm_transport: CreateRemoteRootTransferSessionCommTransport,
    compressed: CreateRemoteRootTransferSessionCompressed,
    copy_reseller_privs: CreateRemoteRootTransferSessionCopyResellerPrivs,
    enable_custom_pkgacct: CreateRemoteRootTransferSessionEnableCustomPkgacct,
    host: str,
    low_priority: CreateRemoteRootTransferSessionLowPriority,
    restore_threads: int,
    transfer_threads: int,
    unencrypted: CreateRemoteRootTransferSessionUnencrypted,
    unrestricted_restore: CreateRemoteRootTransferSessionUnrestrictedRestore,
    use_backups: CreateRemoteRootTransferSessionUseBackups,
    user: str,
    password: str | Unset = UNSET,
    port: int | Unset = UNSET,
    root_escalation_method: CreateRemoteRootTransferSessionRootEscalationMethod | Unset = UNSET,
    root_password: str | Unset = UNSET,
    sshkey_name: str | Unset = UNSET,
    sshkey_passphrase: str | Unset = UNSET,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    json_comm_transport: str = comm_transport
    arguments["comm_transport"] = json_comm_transport
    json_compressed: int = compressed
    arguments["compressed"] = json_compressed
    json_copy_reseller_privs: int = copy_reseller_privs
    arguments["copy_reseller_privs"] = json_copy_reseller_privs
    json_enable_custom_pkgacct: int = enable_custom_pkgacct
    arguments["enable_custom_pkgacct"] = json_enable_custom_pkgacct
    arguments["host"] = host
    json_low_priority: int = low_priority
    arguments["low_priority"] = json_low_priority
    arguments["restore_threads"] = restore_threads
    arguments["transfer_threads"] = transfer_threads
    json_unencrypted: int = unencrypted
    arguments["unencrypted"] = json_unencrypted
    json_unrestricted_restore: int = unrestricted_restore
    arguments["unrestricted_restore"] = json_unrestricted_restore
    json_use_backups: int = use_backups
    arguments["use_backups"] = json_use_backups
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


def parse_data(data: Any) -> CreateRemoteRootTransferSessionData:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    _data = data
    if _data.__class__ is not dict:
        _data = read_object(_data, "data", True)
    data = CreateRemoteRootTransferSessionData.from_dict(_data)

    return data
