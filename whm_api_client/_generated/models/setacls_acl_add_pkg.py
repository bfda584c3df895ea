# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SetaclsAclAddPkg = Literal[1]

SETACLS_ACL_ADD_PKG_VALUES: set[SetaclsAclAddPkg] = {
    1,
}


def check_setacls_acl_add_pkg(value: int) -> SetaclsAclAddPkg:
    if value in SETACLS_ACL_ADD_PKG_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SETACLS_ACL_ADD_PKG_VALUES!r}")
