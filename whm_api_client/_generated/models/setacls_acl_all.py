# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SetaclsAclAll = Literal[1]

SETACLS_ACL_ALL_VALUES: set[SetaclsAclAll] = {
    1,
}


def check_setacls_acl_all(value: int) -> SetaclsAclAll:
    if value in SETACLS_ACL_ALL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SETACLS_ACL_ALL_VALUES!r}")
