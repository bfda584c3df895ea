# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

RestoreaccountType = Literal["daily", "monthly", "weekly"]

RESTOREACCOUNT_TYPE_VALUES: set[RestoreaccountType] = {
    "daily",
    "monthly",
    "weekly",
}


def check_restoreaccount_type(value: str) -> RestoreaccountType:
    if value in RESTOREACCOUNT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RESTOREACCOUNT_TYPE_VALUES!r}")
