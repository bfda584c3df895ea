# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

UntrackAcctIdCheckQuota = Literal[0, 1]

UNTRACK_ACCT_ID_CHECK_QUOTA_VALUES: set[UntrackAcctIdCheckQuota] = {
    0,
    1,
}


def check_untrack_acct_id_check_quota(value: int) -> UntrackAcctIdCheckQuota:
    if value in UNTRACK_ACCT_ID_CHECK_QUOTA_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UNTRACK_ACCT_ID_CHECK_QUOTA_VALUES!r}")
