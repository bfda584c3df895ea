# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SetaclsAclListPkgs = Literal[1]

SETACLS_ACL_LIST_PKGS_VALUES: set[SetaclsAclListPkgs] = {
    1,
}


def check_setacls_acl_list_pkgs(value: int) -> SetaclsAclListPkgs:
    if value in SETACLS_ACL_LIST_PKGS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SETACLS_ACL_LIST_PKGS_VALUES!r}")
