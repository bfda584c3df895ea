# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

CreateRemoteRootTransferSessionCopyResellerPrivs = Literal[0, 1]

CREATE_REMOTE_ROOT_TRANSFER_SESSION_COPY_RESELLER_PRIVS_VALUES: set[
    CreateRemoteRootTransferSessionCopyResellerPrivs
] = {
    0,
    1,
}


def check_create_remote_root_transfer_session_copy_reseller_privs(
    value: int,
) -> CreateRemoteRootTransferSessionCopyResellerPrivs:
    if value in CREATE_REMOTE_ROOT_TRANSFER_SESSION_COPY_RESELLER_PRIVS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_REMOTE_ROOT_TRANSFER_SESSION_COPY_RESELLER_PRIVS_VALUES!r}"
    )
