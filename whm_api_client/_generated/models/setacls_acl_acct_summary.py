# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SetaclsAclAcctSummary = Literal[1]

SETACLS_ACL_ACCT_SUMMARY_VALUES: set[SetaclsAclAcctSummary] = {
    1,
}


def check_setacls_acl_acct_summary(value: int) -> SetaclsAclAcctSummary:
    if value in SETACLS_ACL_ACCT_SUMMARY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SETACLS_ACL_ACCT_SUMMARY_VALUES!r}")
