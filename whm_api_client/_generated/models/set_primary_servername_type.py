# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SetPrimaryServernameType = Literal["ssl", "std"]

SET_PRIMARY_SERVERNAME_TYPE_VALUES: set[SetPrimaryServernameType] = {
    "ssl",
    "std",
}


def check_set_primary_servername_type(value: str) -> SetPrimaryServernameType:
    if value in SET_PRIMARY_SERVERNAME_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SET_PRIMARY_SERVERNAME_TYPE_VALUES!r}")
