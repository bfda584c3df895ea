# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

BackupGetTransportStatusState = Literal["completed", "failed", "pending", "running"]

BACKUP_GET_TRANSPORT_STATUS_STATE_VALUES: set[BackupGetTransportStatusState] = {
    "completed",
    "failed",
    "pending",
    "running",
}


def check_backup_get_transport_status_state(value: str) -> BackupGetTransportStatusState:
    if value in BACKUP_GET_TRANSPORT_STATUS_STATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BACKUP_GET_TRANSPORT_STATUS_STATE_VALUES!r}")
