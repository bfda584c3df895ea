# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SetaclsAclAddPkgShell = Literal[1]

SETACLS_ACL_ADD_PKG_SHELL_VALUES: set[SetaclsAclAddPkgShell] = {
    1,
}


def check_setacls_acl_add_pkg_shell(value: int) -> SetaclsAclAddPkgShell:
    if value in SETACLS_ACL_ADD_PKG_SHELL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SETACLS_ACL_ADD_PKG_SHELL_VALUES!r}")
