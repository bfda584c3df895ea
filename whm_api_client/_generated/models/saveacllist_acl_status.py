# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SaveacllistAclStatus = Literal[0, 1]

SAVEACLLIST_ACL_STATUS_VALUES: set[SaveacllistAclStatus] = {
    0,
    1,
}


def check_saveacllist_acl_status(value: int) -> SaveacllistAclStatus:
    if value in SAVEACLLIST_ACL_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SAVEACLLIST_ACL_STATUS_VALUES!r}")
