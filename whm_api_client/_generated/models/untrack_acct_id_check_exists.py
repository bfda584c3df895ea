# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

UntrackAcctIdCheckExists = Literal[0, 1]

UNTRACK_ACCT_ID_CHECK_EXISTS_VALUES: set[UntrackAcctIdCheckExists] = {
    0,
    1,
}


def check_untrack_acct_id_check_exists(value: int) -> UntrackAcctIdCheckExists:
    if value in UNTRACK_ACCT_ID_CHECK_EXISTS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UNTRACK_ACCT_ID_CHECK_EXISTS_VALUES!r}")
