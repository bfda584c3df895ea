# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SetaclsAclSuspendAcct = Literal[1]

SETACLS_ACL_SUSPEND_ACCT_VALUES: set[SetaclsAclSuspendAcct] = {
    1,
}


def check_setacls_acl_suspend_acct(value: int) -> SetaclsAclSuspendAcct:
    if value in SETACLS_ACL_SUSPEND_ACCT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SETACLS_ACL_SUSPEND_ACCT_VALUES!r}")
