# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SaveacllistAclThirdparty = Literal[0, 1]

SAVEACLLIST_ACL_THIRDPARTY_VALUES: set[SaveacllistAclThirdparty] = {
    0,
    1,
}


def check_saveacllist_acl_thirdparty(value: int) -> SaveacllistAclThirdparty:
    if value in SAVEACLLIST_ACL_THIRDPARTY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SAVEACLLIST_ACL_THIRDPARTY_VALUES!r}")
