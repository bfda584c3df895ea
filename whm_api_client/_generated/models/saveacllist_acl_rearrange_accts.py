# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SaveacllistAclRearrangeAccts = Literal[0, 1]

SAVEACLLIST_ACL_REARRANGE_ACCTS_VALUES: set[SaveacllistAclRearrangeAccts] = {
    0,
    1,
}


def check_saveacllist_acl_rearrange_accts(value: int) -> SaveacllistAclRearrangeAccts:
    if value in SAVEACLLIST_ACL_REARRANGE_ACCTS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SAVEACLLIST_ACL_REARRANGE_ACCTS_VALUES!r}")
