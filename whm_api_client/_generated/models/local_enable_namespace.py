# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

LocalEnableNamespace = Literal["Whostmgr"]

LOCAL_ENABLE_NAMESPACE_VALUES: set[LocalEnableNamespace] = {
    "Whostmgr",
}


def check_local_enable_namespace(value: str) -> LocalEnableNamespace:
    if value in LOCAL_ENABLE_NAMESPACE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LOCAL_ENABLE_NAMESPACE_VALUES!r}")
