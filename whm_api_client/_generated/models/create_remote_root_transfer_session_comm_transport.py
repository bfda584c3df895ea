# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

CreateRemoteRootTransferSessionCommTransport = Literal["ssh", "whostmgr", "whostmgr_insecure"]

CREATE_REMOTE_ROOT_TRANSFER_SESSION_COMM_TRANSPORT_VALUES: set[CreateRemoteRootTransferSessionCommTransport] = {
    "ssh",
    "whostmgr",
    "whostmgr_insecure",
}


def check_create_remote_root_transfer_session_comm_transport(
    value: str,
) -> CreateRemoteRootTransferSessionCommTransport:
    if value in CREATE_REMOTE_ROOT_TRANSFER_SESSION_COMM_TRANSPORT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_REMOTE_ROOT_TRANSFER_SESSION_COMM_TRANSPORT_VALUES!r}"
    )
