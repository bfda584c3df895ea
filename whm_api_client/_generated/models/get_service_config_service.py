# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

GetServiceConfigService = Literal["dovecot"]

GET_SERVICE_CONFIG_SERVICE_VALUES: set[GetServiceConfigService] = {
    "dovecot",
}


def check_get_service_config_service(value: str) -> GetServiceConfigService:
    if value in GET_SERVICE_CONFIG_SERVICE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_SERVICE_CONFIG_SERVICE_VALUES!r}")
