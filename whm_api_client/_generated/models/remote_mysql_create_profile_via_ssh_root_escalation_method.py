# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

RemoteMysqlCreateProfileViaSshRootEscalationMethod = Literal["su", "sudo"]

REMOTE_MYSQL_CREATE_PROFILE_VIA_SSH_ROOT_ESCALATION_METHOD_VALUES: set[
    RemoteMysqlCreateProfileViaSshRootEscalationMethod
] = {
    "su",
    "sudo",
}


def check_remote_mysql_create_profile_via_ssh_root_escalation_method(
    value: str,
) -> RemoteMysqlCreateProfileViaSshRootEscalationMethod:
    if value in REMOTE_MYSQL_CREATE_PROFILE_VIA_SSH_ROOT_ESCALATION_METHOD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REMOTE_MYSQL_CREATE_PROFILE_VIA_SSH_ROOT_ESCALATION_METHOD_VALUES!r}"
    )
