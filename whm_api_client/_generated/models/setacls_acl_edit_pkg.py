# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SetaclsAclEditPkg = Literal[1]

SETACLS_ACL_EDIT_PKG_VALUES: set[SetaclsAclEditPkg] = {
    1,
}


def check_setacls_acl_edit_pkg(value: int) -> SetaclsAclEditPkg:
    if value in SETACLS_ACL_EDIT_PKG_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SETACLS_ACL_EDIT_PKG_VALUES!r}")
