# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SaveacllistAclAllowUnlimitedDiskPkgs = Literal[0, 1]

SAVEACLLIST_ACL_ALLOW_UNLIMITED_DISK_PKGS_VALUES: set[SaveacllistAclAllowUnlimitedDiskPkgs] = {
    0,
    1,
}


def check_saveacllist_acl_allow_unlimited_disk_pkgs(value: int) -> SaveacllistAclAllowUnlimitedDiskPkgs:
    if value in SAVEACLLIST_ACL_ALLOW_UNLIMITED_DISK_PKGS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SAVEACLLIST_ACL_ALLOW_UNLIMITED_DISK_PKGS_VALUES!r}")
