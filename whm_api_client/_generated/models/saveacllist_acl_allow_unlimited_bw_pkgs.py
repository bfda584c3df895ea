# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SaveacllistAclAllowUnlimitedBwPkgs = Literal[0, 1]

SAVEACLLIST_ACL_ALLOW_UNLIMITED_BW_PKGS_VALUES: set[SaveacllistAclAllowUnlimitedBwPkgs] = {
    0,
    1,
}


def check_saveacllist_acl_allow_unlimited_bw_pkgs(value: int) -> SaveacllistAclAllowUnlimitedBwPkgs:
    if value in SAVEACLLIST_ACL_ALLOW_UNLIMITED_BW_PKGS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SAVEACLLIST_ACL_ALLOW_UNLIMITED_BW_PKGS_VALUES!r}")
