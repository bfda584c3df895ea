# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SaveacllistAclLimitBandwidth = Literal[0, 1]

SAVEACLLIST_ACL_LIMIT_BANDWIDTH_VALUES: set[SaveacllistAclLimitBandwidth] = {
    0,
    1,
}


def check_saveacllist_acl_limit_bandwidth(value: int) -> SaveacllistAclLimitBandwidth:
    if value in SAVEACLLIST_ACL_LIMIT_BANDWIDTH_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SAVEACLLIST_ACL_LIMIT_BANDWIDTH_VALUES!r}")
