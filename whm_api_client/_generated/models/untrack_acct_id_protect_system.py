# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

UntrackAcctIdProtectSystem = Literal[0, 1]

UNTRACK_ACCT_ID_PROTECT_SYSTEM_VALUES: set[UntrackAcctIdProtectSystem] = {
    0,
    1,
}


def check_untrack_acct_id_protect_system(value: int) -> UntrackAcctIdProtectSystem:
    if value in UNTRACK_ACCT_ID_PROTECT_SYSTEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UNTRACK_ACCT_ID_PROTECT_SYSTEM_VALUES!r}")
