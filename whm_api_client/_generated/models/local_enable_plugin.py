# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

LocalEnablePlugin = Literal["cpanel-monitoring-plugin", "cpanel-nova-plugin"]

LOCAL_ENABLE_PLUGIN_VALUES: set[LocalEnablePlugin] = {
    "cpanel-monitoring-plugin",
    "cpanel-nova-plugin",
}


def check_local_enable_plugin(value: str) -> LocalEnablePlugin:
    if value in LOCAL_ENABLE_PLUGIN_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LOCAL_ENABLE_PLUGIN_VALUES!r}")
