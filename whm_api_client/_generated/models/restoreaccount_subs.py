# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

RestoreaccountSubs = Literal[0, 1]

RESTOREACCOUNT_SUBS_VALUES: set[RestoreaccountSubs] = {
    0,
    1,
}


def check_restoreaccount_subs(value: int) -> RestoreaccountSubs:
    if value in RESTOREACCOUNT_SUBS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RESTOREACCOUNT_SUBS_VALUES!r}")
