# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SetProviderClientConfigurationsServiceName = Literal["cpaneld", "webmaild", "whostmgrd"]

SET_PROVIDER_CLIENT_CONFIGURATIONS_SERVICE_NAME_VALUES: set[SetProviderClientConfigurationsServiceName] = {
    "cpaneld",
    "webmaild",
    "whostmgrd",
}


def check_set_provider_client_configurations_service_name(value: str) -> SetProviderClientConfigurationsServiceName:
    if value in SET_PROVIDER_CLIENT_CONFIGURATIONS_SERVICE_NAME_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SET_PROVIDER_CLIENT_CONFIGURATIONS_SERVICE_NAME_VALUES!r}"
    )
