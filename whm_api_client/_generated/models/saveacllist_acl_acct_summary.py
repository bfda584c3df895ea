# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SaveacllistAclAcctSummary = Literal[0, 1]

SAVEACLLIST_ACL_ACCT_SUMMARY_VALUES: set[SaveacllistAclAcctSummary] = {
    0,
    1,
}


def check_saveacllist_acl_acct_summary(value: int) -> SaveacllistAclAcctSummary:
    if value in SAVEACLLIST_ACL_ACCT_SUMMARY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SAVEACLLIST_ACL_ACCT_SUMMARY_VALUES!r}")
