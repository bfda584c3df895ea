# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SetaclsAclKillAcct = Literal[1]

SETACLS_ACL_KILL_ACCT_VALUES: set[SetaclsAclKillAcct] = {
    1,
}


def check_setacls_acl_kill_acct(value: int) -> SetaclsAclKillAcct:
    if value in SETACLS_ACL_KILL_ACCT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SETACLS_ACL_KILL_ACCT_VALUES!r}")
