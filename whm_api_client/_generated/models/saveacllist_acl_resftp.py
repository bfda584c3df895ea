# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SaveacllistAclResftp = Literal[0, 1]

SAVEACLLIST_ACL_RESFTP_VALUES: set[SaveacllistAclResftp] = {
    0,
    1,
}


def check_saveacllist_acl_resftp(value: int) -> SaveacllistAclResftp:
    if value in SAVEACLLIST_ACL_RESFTP_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SAVEACLLIST_ACL_RESFTP_VALUES!r}")
