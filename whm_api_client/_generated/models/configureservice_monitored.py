# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

ConfigureserviceMonitored = Literal[0, 1]

CONFIGURESERVICE_MONITORED_VALUES: set[ConfigureserviceMonitored] = {
    0,
    1,
}


def check_configureservice_monitored(value: int) -> ConfigureserviceMonitored:
    if value in CONFIGURESERVICE_MONITORED_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONFIGURESERVICE_MONITORED_VALUES!r}")
