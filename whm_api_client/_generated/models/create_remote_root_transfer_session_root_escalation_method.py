# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

CreateRemoteRootTransferSessionRootEscalationMethod = Literal["su", "sudo"]

CREATE_REMOTE_ROOT_TRANSFER_SESSION_ROOT_ESCALATION_METHOD_VALUES: set[
    CreateRemoteRootTransferSessionRootEscalationMethod
] = {
    "su",
    "sudo",
}


def check_create_remote_root_transfer_session_root_escalation_method(
    value: str,
) -> CreateRemoteRootTransferSessionRootEscalationMethod:
    if value in CREATE_REMOTE_ROOT_TRANSFER_SESSION_ROOT_ESCALATION_METHOD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_REMOTE_ROOT_TRANSFER_SESSION_ROOT_ESCALATION_METHOD_VALUES!r}"
    )
