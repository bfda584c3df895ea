# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SetaclsAclAllowUnlimitedPkgs = Literal[1]

SETACLS_ACL_ALLOW_UNLIMITED_PKGS_VALUES: set[SetaclsAclAllowUnlimitedPkgs] = {
    1,
}


def check_setacls_acl_allow_unlimited_pkgs(value: int) -> SetaclsAclAllowUnlimitedPkgs:
    if value in SETACLS_ACL_ALLOW_UNLIMITED_PKGS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SETACLS_ACL_ALLOW_UNLIMITED_PKGS_VALUES!r}")
