# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SaveacllistAclShowBandwidth = Literal[0, 1]

SAVEACLLIST_ACL_SHOW_BANDWIDTH_VALUES: set[SaveacllistAclShowBandwidth] = {
    0,
    1,
}


def check_saveacllist_acl_show_bandwidth(value: int) -> SaveacllistAclShowBandwidth:
    if value in SAVEACLLIST_ACL_SHOW_BANDWIDTH_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SAVEACLLIST_ACL_SHOW_BANDWIDTH_VALUES!r}")
