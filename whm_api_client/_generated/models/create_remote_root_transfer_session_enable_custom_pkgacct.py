# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

CreateRemoteRootTransferSessionEnableCustomPkgacct = Literal[0, 1]

CREATE_REMOTE_ROOT_TRANSFER_SESSION_ENABLE_CUSTOM_PKGACCT_VALUES: set[
    CreateRemoteRootTransferSessionEnableCustomPkgacct
] = {
    0,
    1,
}


def check_create_remote_root_transfer_session_enable_custom_pkgacct(
    value: int,
) -> CreateRemoteRootTransferSessionEnableCustomPkgacct:
    if value in CREATE_REMOTE_ROOT_TRANSFER_SESSION_ENABLE_CUSTOM_PKGACCT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_REMOTE_ROOT_TRANSFER_SESSION_ENABLE_CUSTOM_PKGACCT_VALUES!r}"
    )
