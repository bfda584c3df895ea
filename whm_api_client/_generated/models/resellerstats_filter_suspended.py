# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

ResellerstatsFilterSuspended = Literal[0, 1]

RESELLERSTATS_FILTER_SUSPENDED_VALUES: set[ResellerstatsFilterSuspended] = {
    0,
    1,
}


def check_resellerstats_filter_suspended(value: int) -> ResellerstatsFilterSuspended:
    if value in RESELLERSTATS_FILTER_SUSPENDED_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RESELLERSTATS_FILTER_SUSPENDED_VALUES!r}")
