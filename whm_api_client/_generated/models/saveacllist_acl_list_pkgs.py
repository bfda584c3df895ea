# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SaveacllistAclListPkgs = Literal[0, 1]

SAVEACLLIST_ACL_LIST_PKGS_VALUES: set[SaveacllistAclListPkgs] = {
    0,
    1,
}


def check_saveacllist_acl_list_pkgs(value: int) -> SaveacllistAclListPkgs:
    if value in SAVEACLLIST_ACL_LIST_PKGS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SAVEACLLIST_ACL_LIST_PKGS_VALUES!r}")
