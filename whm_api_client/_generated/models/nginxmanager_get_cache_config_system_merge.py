# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

NginxmanagerGetCacheConfigSystemMerge = Literal[1]

NGINXMANAGER_GET_CACHE_CONFIG_SYSTEM_MERGE_VALUES: set[NginxmanagerGetCacheConfigSystemMerge] = {
    1,
}


def check_nginxmanager_get_cache_config_system_merge(value: int) -> NginxmanagerGetCacheConfigSystemMerge:
    if value in NGINXMANAGER_GET_CACHE_CONFIG_SYSTEM_MERGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NGINXMANAGER_GET_CACHE_CONFIG_SYSTEM_MERGE_VALUES!r}"
    )
