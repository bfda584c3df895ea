# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SetaclsAclMailcheck = Literal[1]

SETACLS_ACL_MAILCHECK_VALUES: set[SetaclsAclMailcheck] = {
    1,
}


def check_setacls_acl_mailcheck(value: int) -> SetaclsAclMailcheck:
    if value in SETACLS_ACL_MAILCHECK_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SETACLS_ACL_MAILCHECK_VALUES!r}")
