# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SaveacllistAclAllowParkedcreate = Literal[0, 1]

SAVEACLLIST_ACL_ALLOW_PARKEDCREATE_VALUES: set[SaveacllistAclAllowParkedcreate] = {
    0,
    1,
}


def check_saveacllist_acl_allow_parkedcreate(value: int) -> SaveacllistAclAllowParkedcreate:
    if value in SAVEACLLIST_ACL_ALLOW_PARKEDCREATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SAVEACLLIST_ACL_ALLOW_PARKEDCREATE_VALUES!r}")
