# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

CreateRemoteRootTransferSessionUseBackups = Literal[0, 1]

CREATE_REMOTE_ROOT_TRANSFER_SESSION_USE_BACKUPS_VALUES: set[CreateRemoteRootTransferSessionUseBackups] = {
    0,
    1,
}


def check_create_remote_root_transfer_session_use_backups(value: int) -> CreateRemoteRootTransferSessionUseBackups:
    if value in CREATE_REMOTE_ROOT_TRANSFER_SESSION_USE_BACKUPS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_REMOTE_ROOT_TRANSFER_SESSION_USE_BACKUPS_VALUES!r}"
    )
