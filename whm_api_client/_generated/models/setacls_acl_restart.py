# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SetaclsAclRestart = Literal[1]

SETACLS_ACL_RESTART_VALUES: set[SetaclsAclRestart] = {
    1,
}


def check_setacls_acl_restart(value: int) -> SetaclsAclRestart:
    if value in SETACLS_ACL_RESTART_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SETACLS_ACL_RESTART_VALUES!r}")
