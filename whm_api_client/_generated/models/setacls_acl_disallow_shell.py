# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SetaclsAclDisallowShell = Literal[1]

SETACLS_ACL_DISALLOW_SHELL_VALUES: set[SetaclsAclDisallowShell] = {
    1,
}


def check_setacls_acl_disallow_shell(value: int) -> SetaclsAclDisallowShell:
    if value in SETACLS_ACL_DISALLOW_SHELL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SETACLS_ACL_DISALLOW_SHELL_VALUES!r}")
