# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

NginxmanagerSetCacheConfigEnabled = Literal[0, 1]

NGINXMANAGER_SET_CACHE_CONFIG_ENABLED_VALUES: set[NginxmanagerSetCacheConfigEnabled] = {
    0,
    1,
}


def check_nginxmanager_set_cache_config_enabled(value: int) -> NginxmanagerSetCacheConfigEnabled:
    if value in NGINXMANAGER_SET_CACHE_CONFIG_ENABLED_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {NGINXMANAGER_SET_CACHE_CONFIG_ENABLED_VALUES!r}")
