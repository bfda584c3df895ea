# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SaveacllistAclRestart = Literal[0, 1]

SAVEACLLIST_ACL_RESTART_VALUES: set[SaveacllistAclRestart] = {
    0,
    1,
}


def check_saveacllist_acl_restart(value: int) -> SaveacllistAclRestart:
    if value in SAVEACLLIST_ACL_RESTART_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SAVEACLLIST_ACL_RESTART_VALUES!r}")
