# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``start_local_cpmove_restore``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...models.start_local_cpmove_restore_data import StartLocalCpmoveRestoreData
from ...types import UNSET, Unset, read_object

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...models.start_local_cpmove_restore_dedicated_ip import StartLocalCpmoveRestoreDedicatedIp
    from ...models.start_local_cpmove_restore_delete_archive import (
        StartLocalCpmoveRestoreDeleteArchive,
    )
    from ...models.start_local_cpmove_restore_overwrite import (
        StartLocalCpmoveRestoreOverwrite,
    )
    from ...models.start_local_cpmove_restore_update_a_records import (
        StartLocalCpmoveRestoreUpdateARecords,
    )
    from ...types import UNSET, Unset

    pass

FUNCTION = "start_local_cpmove_restore"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = False
SINCE_VERSION: str | None = "88"
DOCS_URL = (
    "https://api.docs.cpanel.net/specifications/whm.openapi/backup-or-restore/transfers-start_local_cpmove_restore.md"
)
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "cpmovepath": ("cpmovepath", "str", True),
    "dedicated_ip": ("dedicated_ip", "StartLocalCpmoveRestoreDedicatedIp", False),
    "delete_archive": ("delete_archive", "StartLocalCpmoveRestoreDeleteArchive", False),
    "mail_location": ("mail_location", "str", False),
    "overwrite": ("overwrite", "StartLocalCpmoveRestoreOverwrite", False),
    "restricted": ("restricted", "int", False),
    "update_a_records": ("update_a_records", "StartLocalCpmoveRestoreUpdateARecords", False),
    "username": ("username", "str", False),
}


def build_arguments(
    *,
    cpmovepath: str,
    dedicated_ip: StartLocalCpmoveRestoreDedicatedIp | Unset = UNSET,
    delete_archive: StartLocalCpmoveRestoreDeleteArchive | Unset = UNSET,
    mail_location: str | Unset = UNSET,
    overwrite: StartLocalCpmoveRestoreOverwrite | Unset = UNSET,
    restricted: int | Unset = UNSET,
    update_a_records: StartLocalCpmoveRestoreUpdateARecords | Unset = UNSET,
    username: str | Unset = UNSET,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    arguments["cpmovepath"] = cpmovepath
    json_dedicated_ip: int | Unset = UNSET
    if not isinstance(dedicated_ip, Unset):
        json_dedicated_ip = dedicated_ip

    arguments["dedicated_ip"] = json_dedicated_ip
    json_delete_archive: int | Unset = UNSET
    if not isinstance(delete_archive, Unset):
        json_delete_archive = delete_archive

    arguments["delete_archive"] = json_delete_archive
    arguments["mail_location"] = mail_location
    json_overwrite: int | Unset = UNSET
    if not isinstance(overwrite, Unset):
        json_overwrite = overwrite

    arguments["overwrite"] = json_overwrite
    arguments["restricted"] = restricted
    json_update_a_records: str | Unset = UNSET
    if not isinstance(update_a_records, Unset):
        json_update_a_records = update_a_records

    arguments["update_a_records"] = json_update_a_records
    arguments["username"] = username

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> StartLocalCpmoveRestoreData:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    _data = data
    if _data.__class__ is not dict:
        _data = read_object(_data, "data", True)
    data = StartLocalCpmoveRestoreData.from_dict(_data)

    return data
