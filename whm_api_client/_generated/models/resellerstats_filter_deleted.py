# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

ResellerstatsFilterDeleted = Literal[0, 1]

RESELLERSTATS_FILTER_DELETED_VALUES: set[ResellerstatsFilterDeleted] = {
    0,
    1,
}


def check_resellerstats_filter_deleted(value: int) -> ResellerstatsFilterDeleted:
    if value in RESELLERSTATS_FILTER_DELETED_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RESELLERSTATS_FILTER_DELETED_VALUES!r}")
