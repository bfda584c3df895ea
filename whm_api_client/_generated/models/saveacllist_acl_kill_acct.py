# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SaveacllistAclKillAcct = Literal[0, 1]

SAVEACLLIST_ACL_KILL_ACCT_VALUES: set[SaveacllistAclKillAcct] = {
    0,
    1,
}


def check_saveacllist_acl_kill_acct(value: int) -> SaveacllistAclKillAcct:
    if value in SAVEACLLIST_ACL_KILL_ACCT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SAVEACLLIST_ACL_KILL_ACCT_VALUES!r}")
