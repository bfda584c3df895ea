# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

CreateRemoteRootTransferSessionLowPriority = Literal[0, 1]

CREATE_REMOTE_ROOT_TRANSFER_SESSION_LOW_PRIORITY_VALUES: set[CreateRemoteRootTransferSessionLowPriority] = {
    0,
    1,
}


def check_create_remote_root_transfer_session_low_priority(value: int) -> CreateRemoteRootTransferSessionLowPriority:
    if value in CREATE_REMOTE_ROOT_TRANSFER_SESSION_LOW_PRIORITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_REMOTE_ROOT_TRANSFER_SESSION_LOW_PRIORITY_VALUES!r}"
    )
