# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SetaclsAclEditMx = Literal[1]

SETACLS_ACL_EDIT_MX_VALUES: set[SetaclsAclEditMx] = {
    1,
}


def check_setacls_acl_edit_mx(value: int) -> SetaclsAclEditMx:
    if value in SETACLS_ACL_EDIT_MX_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SETACLS_ACL_EDIT_MX_VALUES!r}")
