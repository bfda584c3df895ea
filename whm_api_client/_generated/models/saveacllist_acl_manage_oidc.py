# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SaveacllistAclManageOidc = Literal[0, 1]

SAVEACLLIST_ACL_MANAGE_OIDC_VALUES: set[SaveacllistAclManageOidc] = {
    0,
    1,
}


def check_saveacllist_acl_manage_oidc(value: int) -> SaveacllistAclManageOidc:
    if value in SAVEACLLIST_ACL_MANAGE_OIDC_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SAVEACLLIST_ACL_MANAGE_OIDC_VALUES!r}")
