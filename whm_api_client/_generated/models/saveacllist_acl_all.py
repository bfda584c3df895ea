# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SaveacllistAclAll = Literal[0, 1]

SAVEACLLIST_ACL_ALL_VALUES: set[SaveacllistAclAll] = {
    0,
    1,
}


def check_saveacllist_acl_all(value: int) -> SaveacllistAclAll:
    if value in SAVEACLLIST_ACL_ALL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SAVEACLLIST_ACL_ALL_VALUES!r}")
