# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

ConfigureserviceEnabled = Literal[0, 1]

CONFIGURESERVICE_ENABLED_VALUES: set[ConfigureserviceEnabled] = {
    0,
    1,
}


def check_configureservice_enabled(value: int) -> ConfigureserviceEnabled:
    if value in CONFIGURESERVICE_ENABLED_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONFIGURESERVICE_ENABLED_VALUES!r}")
