# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

LocalDisablePlugin = Literal["cpanel-monitoring-plugin", "cpanel-nova-plugin"]

LOCAL_DISABLE_PLUGIN_VALUES: set[LocalDisablePlugin] = {
    "cpanel-monitoring-plugin",
    "cpanel-nova-plugin",
}


def check_local_disable_plugin(value: str) -> LocalDisablePlugin:
    if value in LOCAL_DISABLE_PLUGIN_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LOCAL_DISABLE_PLUGIN_VALUES!r}")
