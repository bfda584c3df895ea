# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

IsReadyNamespace = Literal["Cpanel", "Whostmgr"]

IS_READY_NAMESPACE_VALUES: set[IsReadyNamespace] = {
    "Cpanel",
    "Whostmgr",
}


def check_is_ready_namespace(value: str) -> IsReadyNamespace:
    if value in IS_READY_NAMESPACE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {IS_READY_NAMESPACE_VALUES!r}")
