# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

GetDiskUsageCacheMode = Literal["off", "on"]

GET_DISK_USAGE_CACHE_MODE_VALUES: set[GetDiskUsageCacheMode] = {
    "off",
    "on",
}


def check_get_disk_usage_cache_mode(value: str) -> GetDiskUsageCacheMode:
    if value in GET_DISK_USAGE_CACHE_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_DISK_USAGE_CACHE_MODE_VALUES!r}")
