# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

NginxmanagerGetCacheConfigUsersMerge = Literal[1]

NGINXMANAGER_GET_CACHE_CONFIG_USERS_MERGE_VALUES: set[NginxmanagerGetCacheConfigUsersMerge] = {
    1,
}


def check_nginxmanager_get_cache_config_users_merge(value: int) -> NginxmanagerGetCacheConfigUsersMerge:
    if value in NGINXMANAGER_GET_CACHE_CONFIG_USERS_MERGE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {NGINXMANAGER_GET_CACHE_CONFIG_USERS_MERGE_VALUES!r}")
