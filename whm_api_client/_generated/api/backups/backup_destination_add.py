# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``backup_destination_add``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...models.backup_destination_add_data import BackupDestinationAddData
from ...types import UNSET, Unset, read_object

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...models.backup_destination_add_authtype import (
        BackupDestinationAddAuthtype,
    )
    from ...models.backup_destination_add_disabled import (
        BackupDestinationAddDisabled,
    )
    from ...models.backup_destination_add_mount import BackupDestinationAddMount
    from ...models.backup_destination_add_no_mount_fail import (
        BackupDestinationAddNoMountFail,
    )
    from ...models.backup_destination_add_only_used_for_logs import (
        BackupDestinationAddOnlyUsedForLogs,
    )
    from ...models.backup_destination_add_passive import (
        BackupDestinationAddPassive,
    )
    from ...models.backup_destination_add_ssl import BackupDestinationAddSsl
    from ...models.backup_destination_add_upload_system_backup import (
        BackupDestinationAddUploadSystemBackup,
    )
    from ...types import UNSET, Unset

    pass

FUNCTION = "backup_destination_add"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = False
SINCE_VERSION: str | None = "11.38"
DOCS_URL = "https://api.docs.cpanel.net/specifications/whm.openapi/backup-destination/backup-backup_destination_add.md"
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "application_key": ("application_key", "str", True),
    "application_key_id": ("application_key_id", "str", True),
    "authtype": ("authtype", "BackupDestinationAddAuthtype", True),
    "aws_access_key_id": ("aws_access_key_id", "str", True),
    "bucket": ("bucket", "str", True),
    "bucket_id": ("bucket_id", "str", True),
    "bucket_name": ("bucket_name", "str", True),
    "client_id": ("client_id", "str", True),
    "client_secret": ("client_secret", "str", True),
    "disabled": ("disabled", "BackupDestinationAddDisabled", True),
    "host": ("host", "str", True),
    "name": ("name", "str", True),
    "password": ("password", "str", True),
    "script": ("script", "str", True),
    "type": ("type_", "str", True),
    "username": ("username", "str", True),
    "folder": ("folder", "str", False),
    "mount": ("mount", "BackupDestinationAddMount", False),
    "no_mount_fail": ("no_mount_fail", "BackupDestinationAddNoMountFail", False),
    "only_used_for_logs": ("only_used_for_logs", "BackupDestinationAddOnlyUsedForLogs", False),
    "passive": ("passive", "BackupDestinationAddPassive", False),
    "passphrase": ("passphrase", "str", False),
    "path": ("path", "str", False),
    "port": ("port", "int", False),
    "privatekey": ("privatekey", "str", False),
    "ssl": ("ssl", "BackupDestinationAddSsl", False),
    "timeout": ("timeout", "int", False),
    "upload_system_backup": ("upload_system_backup", "BackupDestinationAddUploadSystemBackup", False),
}


def build_arguments(
    *,
    application_key: str,
    application_key_id: str,
    authtype: BackupDestinationAddAuthtype,
    aws_access_key_id: str,
    bucket: str,
    bucket_id: str,
    bucket_name: str,
    client_id: str,
    client_secret: str,
    disabled: BackupDestinationAddDisabled,
    host: str,
    name: str,
    password: str,
    script: str,
    type_: str,
    username: str,
    folder: str | Unset = UNSET,
    mount: BackupDestinationAddMount | Unset = UNSET,
    no_mount_fail: BackupDestinationAddNoMountFail | Unset = UNSET,
    only_used_for_logs: BackupDestinationAddOnlyUsedForLogs | Unset = UNSET,
    passive: BackupDestinationAddPassive | Unset = UNSET,
    passphrase: str | Unset = UNSET,
    path: str | Unset = UNSET,
    port: int | Unset = UNSET,
    privatekey: str | Unset = UNSET,
    ssl: BackupDestinationAddSsl | Unset = UNSET,
    timeout: int | Unset = UNSET,
    upload_system_backup: BackupDestinationAddUploadSystemBackup | Unset = UNSET,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    arguments["application_key"] = application_key
    arguments["application_key_id"] = application_key_id
    json_authtype: str = authtype
    arguments["authtype"] = json_authtype
    arguments["aws_access_key_id"] = aws_access_key_id
    arguments["bucket"] = bucket
    arguments["bucket_id"] = bucket_id
    arguments["bucket_name"] = bucket_name
    arguments["client_id"] = client_id
    arguments["client_secret"] = client_secret
    json_disabled: int = disabled
    arguments["disabled"] = json_disabled
    arguments["host"] = host
    arguments["name"] = name
    arguments["password"] = password
    arguments["script"] = script
    arguments["type"] = type_
    arguments["username"] = username
    arguments["folder"] = folder
    json_mount: int | Unset = UNSET
    if not isinstance(mount, Unset):
        json_mount = mount

    arguments["mount"] = json_mount
    json_no_mount_fail: int | Unset = UNSET
    if not isinstance(no_mount_fail, Unset):
        json_no_mount_fail = no_mount_fail

    arguments["no_mount_fail"] = json_no_mount_fail
    json_only_used_for_logs: int | Unset = UNSET
    if not isinstance(only_used_for_logs, Unset):
        json_only_used_for_logs = only_used_for_logs

    arguments["only_used_for_logs"] = json_only_used_for_logs
    json_passive: int | Unset = UNSET
    if not isinstance(passive, Unset):
        json_passive = passive

    arguments["passive"] = json_passive
    arguments["passphrase"] = passphrase
    arguments["path"] = path
    arguments["port"] = port
    arguments["privatekey"] = privatekey
    json_ssl: int | Unset = UNSET
    if not isinstance(ssl, Unset):
        json_ssl = ssl

    arguments["ssl"] = json_ssl
    arguments["timeout"] = timeout
    json_upload_system_backup: int | Unset = UNSET
    if not isinstance(upload_system_backup, Unset):
        json_upload_system_backup = upload_system_backup

    arguments["upload_system_backup"] = json_upload_system_backup

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> BackupDestinationAddData:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    _data = data
    if _data.__class__ is not dict:
        _data = read_object(_data, "data", True)
    data = BackupDestinationAddData.from_dict(_data)

    return data
