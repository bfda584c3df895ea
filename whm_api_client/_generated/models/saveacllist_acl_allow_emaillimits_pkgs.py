# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SaveacllistAclAllowEmaillimitsPkgs = Literal[0, 1]

SAVEACLLIST_ACL_ALLOW_EMAILLIMITS_PKGS_VALUES: set[SaveacllistAclAllowEmaillimitsPkgs] = {
    0,
    1,
}


def check_saveacllist_acl_allow_emaillimits_pkgs(value: int) -> SaveacllistAclAllowEmaillimitsPkgs:
    if value in SAVEACLLIST_ACL_ALLOW_EMAILLIMITS_PKGS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SAVEACLLIST_ACL_ALLOW_EMAILLIMITS_PKGS_VALUES!r}")
