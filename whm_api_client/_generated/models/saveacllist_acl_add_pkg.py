# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SaveacllistAclAddPkg = Literal[0, 1]

SAVEACLLIST_ACL_ADD_PKG_VALUES: set[SaveacllistAclAddPkg] = {
    0,
    1,
}


def check_saveacllist_acl_add_pkg(value: int) -> SaveacllistAclAddPkg:
    if value in SAVEACLLIST_ACL_ADD_PKG_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SAVEACLLIST_ACL_ADD_PKG_VALUES!r}")
