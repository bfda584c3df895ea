# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SaveacllistAclAddPkgShell = Literal[0, 1]

SAVEACLLIST_ACL_ADD_PKG_SHELL_VALUES: set[SaveacllistAclAddPkgShell] = {
    0,
    1,
}


def check_saveacllist_acl_add_pkg_shell(value: int) -> SaveacllistAclAddPkgShell:
    if value in SAVEACLLIST_ACL_ADD_PKG_SHELL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SAVEACLLIST_ACL_ADD_PKG_SHELL_VALUES!r}")
