# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

GetProviderClientConfigurationsServiceName = Literal["cpaneld", "webmaild", "whostmgrd"]

GET_PROVIDER_CLIENT_CONFIGURATIONS_SERVICE_NAME_VALUES: set[GetProviderClientConfigurationsServiceName] = {
    "cpaneld",
    "webmaild",
    "whostmgrd",
}


def check_get_provider_client_configurations_service_name(value: str) -> GetProviderClientConfigurationsServiceName:
    if value in GET_PROVIDER_CLIENT_CONFIGURATIONS_SERVICE_NAME_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_PROVIDER_CLIENT_CONFIGURATIONS_SERVICE_NAME_VALUES!r}"
    )
