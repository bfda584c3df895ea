# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SaveacllistAclCreateAcct = Literal[0, 1]

SAVEACLLIST_ACL_CREATE_ACCT_VALUES: set[SaveacllistAclCreateAcct] = {
    0,
    1,
}


def check_saveacllist_acl_create_acct(value: int) -> SaveacllistAclCreateAcct:
    if value in SAVEACLLIST_ACL_CREATE_ACCT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SAVEACLLIST_ACL_CREATE_ACCT_VALUES!r}")
