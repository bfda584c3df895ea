# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

CreateRemoteRootTransferSessionUnrestrictedRestore = Literal[0, 1]

CREATE_REMOTE_ROOT_TRANSFER_SESSION_UNRESTRICTED_RESTORE_VALUES: set[
    CreateRemoteRootTransferSessionUnrestrictedRestore
] = {
    0,
    1,
}


def check_create_remote_root_transfer_session_unrestricted_restore(
    value: int,
) -> CreateRemoteRootTransferSessionUnrestrictedRestore:
    if value in CREATE_REMOTE_ROOT_TRANSFER_SESSION_UNRESTRICTED_RESTORE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_REMOTE_ROOT_TRANSFER_SESSION_UNRESTRICTED_RESTORE_VALUES!r}"
    )
