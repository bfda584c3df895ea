# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SetaclsAclRearrangeAccts = Literal[1]

SETACLS_ACL_REARRANGE_ACCTS_VALUES: set[SetaclsAclRearrangeAccts] = {
    1,
}


def check_setacls_acl_rearrange_accts(value: int) -> SetaclsAclRearrangeAccts:
    if value in SETACLS_ACL_REARRANGE_ACCTS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SETACLS_ACL_REARRANGE_ACCTS_VALUES!r}")
