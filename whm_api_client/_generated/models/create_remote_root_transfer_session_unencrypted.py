# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

CreateRemoteRootTransferSessionUnencrypted = Literal[0, 1]

CREATE_REMOTE_ROOT_TRANSFER_SESSION_UNENCRYPTED_VALUES: set[CreateRemoteRootTransferSessionUnencrypted] = {
    0,
    1,
}


def check_create_remote_root_transfer_session_unencrypted(value: int) -> CreateRemoteRootTransferSessionUnencrypted:
    if value in CREATE_REMOTE_ROOT_TRANSFER_SESSION_UNENCRYPTED_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_REMOTE_ROOT_TRANSFER_SESSION_UNENCRYPTED_VALUES!r}"
    )
