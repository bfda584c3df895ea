# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SetProviderDisplayConfigurationsServiceName = Literal["cpaneld", "webmaild", "whostmgrd"]

SET_PROVIDER_DISPLAY_CONFIGURATIONS_SERVICE_NAME_VALUES: set[SetProviderDisplayConfigurationsServiceName] = {
    "cpaneld",
    "webmaild",
    "whostmgrd",
}


def check_set_provider_display_configurations_service_name(value: str) -> SetProviderDisplayConfigurationsServiceName:
    if value in SET_PROVIDER_DISPLAY_CONFIGURATIONS_SERVICE_NAME_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SET_PROVIDER_DISPLAY_CONFIGURATIONS_SERVICE_NAME_VALUES!r}"
    )
