# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SetaclsAclAllowUnlimitedDiskPkgs = Literal[1]

SETACLS_ACL_ALLOW_UNLIMITED_DISK_PKGS_VALUES: set[SetaclsAclAllowUnlimitedDiskPkgs] = {
    1,
}


def check_setacls_acl_allow_unlimited_disk_pkgs(value: int) -> SetaclsAclAllowUnlimitedDiskPkgs:
    if value in SETACLS_ACL_ALLOW_UNLIMITED_DISK_PKGS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SETACLS_ACL_ALLOW_UNLIMITED_DISK_PKGS_VALUES!r}")
