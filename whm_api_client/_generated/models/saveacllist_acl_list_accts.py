# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SaveacllistAclListAccts = Literal[0, 1]

SAVEACLLIST_ACL_LIST_ACCTS_VALUES: set[SaveacllistAclListAccts] = {
    0,
    1,
}


def check_saveacllist_acl_list_accts(value: int) -> SaveacllistAclListAccts:
    if value in SAVEACLLIST_ACL_LIST_ACCTS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SAVEACLLIST_ACL_LIST_ACCTS_VALUES!r}")
