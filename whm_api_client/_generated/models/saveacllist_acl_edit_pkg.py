# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SaveacllistAclEditPkg = Literal[0, 1]

SAVEACLLIST_ACL_EDIT_PKG_VALUES: set[SaveacllistAclEditPkg] = {
    0,
    1,
}


def check_saveacllist_acl_edit_pkg(value: int) -> SaveacllistAclEditPkg:
    if value in SAVEACLLIST_ACL_EDIT_PKG_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SAVEACLLIST_ACL_EDIT_PKG_VALUES!r}")
