# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

RemoteBasicCredentialCheckRootEscalationMethod = Literal["su", "sudo"]

REMOTE_BASIC_CREDENTIAL_CHECK_ROOT_ESCALATION_METHOD_VALUES: set[RemoteBasicCredentialCheckRootEscalationMethod] = {
    "su",
    "sudo",
}


def check_remote_basic_credential_check_root_escalation_method(
    value: str,
) -> RemoteBasicCredentialCheckRootEscalationMethod:
    if value in REMOTE_BASIC_CREDENTIAL_CHECK_ROOT_ESCALATION_METHOD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REMOTE_BASIC_CREDENTIAL_CHECK_ROOT_ESCALATION_METHOD_VALUES!r}"
    )
