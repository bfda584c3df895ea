# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SaveacllistAclSuspendAcct = Literal[0, 1]

SAVEACLLIST_ACL_SUSPEND_ACCT_VALUES: set[SaveacllistAclSuspendAcct] = {
    0,
    1,
}


def check_saveacllist_acl_suspend_acct(value: int) -> SaveacllistAclSuspendAcct:
    if value in SAVEACLLIST_ACL_SUSPEND_ACCT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SAVEACLLIST_ACL_SUSPEND_ACCT_VALUES!r}")
