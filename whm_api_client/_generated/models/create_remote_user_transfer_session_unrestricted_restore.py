# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

CreateRemoteUserTransferSessionUnrestrictedRestore = Literal[1]

CREATE_REMOTE_USER_TRANSFER_SESSION_UNRESTRICTED_RESTORE_VALUES: set[
    CreateRemoteUserTransferSessionUnrestrictedRestore
] = {
    1,
}


def check_create_remote_user_transfer_session_unrestricted_restore(
    value: int,
) -> CreateRemoteUserTransferSessionUnrestrictedRestore:
    if value in CREATE_REMOTE_USER_TRANSFER_SESSION_UNRESTRICTED_RESTORE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_REMOTE_USER_TRANSFER_SESSION_UNRESTRICTED_RESTORE_VALUES!r}"
    )
