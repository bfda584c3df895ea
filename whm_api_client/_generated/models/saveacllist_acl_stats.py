# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SaveacllistAclStats = Literal[0, 1]

SAVEACLLIST_ACL_STATS_VALUES: set[SaveacllistAclStats] = {
    0,
    1,
}


def check_saveacllist_acl_stats(value: int) -> SaveacllistAclStats:
    if value in SAVEACLLIST_ACL_STATS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SAVEACLLIST_ACL_STATS_VALUES!r}")
