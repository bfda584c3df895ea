# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

LocalDisableNamespace = Literal["Whostmgr"]

LOCAL_DISABLE_NAMESPACE_VALUES: set[LocalDisableNamespace] = {
    "Whostmgr",
}


def check_local_disable_namespace(value: str) -> LocalDisableNamespace:
    if value in LOCAL_DISABLE_NAMESPACE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LOCAL_DISABLE_NAMESPACE_VALUES!r}")
