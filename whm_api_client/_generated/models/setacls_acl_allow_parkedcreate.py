# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SetaclsAclAllowParkedcreate = Literal[1]

SETACLS_ACL_ALLOW_PARKEDCREATE_VALUES: set[SetaclsAclAllowParkedcreate] = {
    1,
}


def check_setacls_acl_allow_parkedcreate(value: int) -> SetaclsAclAllowParkedcreate:
    if value in SETACLS_ACL_ALLOW_PARKEDCREATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SETACLS_ACL_ALLOW_PARKEDCREATE_VALUES!r}")
