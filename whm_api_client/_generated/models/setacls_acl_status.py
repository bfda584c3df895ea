# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SetaclsAclStatus = Literal[1]

SETACLS_ACL_STATUS_VALUES: set[SetaclsAclStatus] = {
    1,
}


def check_setacls_acl_status(value: int) -> SetaclsAclStatus:
    if value in SETACLS_ACL_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SETACLS_ACL_STATUS_VALUES!r}")
