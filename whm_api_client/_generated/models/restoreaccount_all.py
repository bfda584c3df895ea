# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

RestoreaccountAll = Literal[0, 1]

RESTOREACCOUNT_ALL_VALUES: set[RestoreaccountAll] = {
    0,
    1,
}


def check_restoreaccount_all(value: int) -> RestoreaccountAll:
    if value in RESTOREACCOUNT_ALL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RESTOREACCOUNT_ALL_VALUES!r}")
