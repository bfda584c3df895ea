# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

GetProviderConfigurationFieldsServiceName = Literal["cpaneld", "webmaild", "whostmgrd"]

GET_PROVIDER_CONFIGURATION_FIELDS_SERVICE_NAME_VALUES: set[GetProviderConfigurationFieldsServiceName] = {
    "cpaneld",
    "webmaild",
    "whostmgrd",
}


def check_get_provider_configuration_fields_service_name(value: str) -> GetProviderConfigurationFieldsServiceName:
    if value in GET_PROVIDER_CONFIGURATION_FIELDS_SERVICE_NAME_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_PROVIDER_CONFIGURATION_FIELDS_SERVICE_NAME_VALUES!r}"
    )
