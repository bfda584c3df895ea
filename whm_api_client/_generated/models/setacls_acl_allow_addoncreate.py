# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SetaclsAclAllowAddoncreate = Literal[1]

SETACLS_ACL_ALLOW_ADDONCREATE_VALUES: set[SetaclsAclAllowAddoncreate] = {
    1,
}


def check_setacls_acl_allow_addoncreate(value: int) -> SetaclsAclAllowAddoncreate:
    if value in SETACLS_ACL_ALLOW_ADDONCREATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SETACLS_ACL_ALLOW_ADDONCREATE_VALUES!r}")
