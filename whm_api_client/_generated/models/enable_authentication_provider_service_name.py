# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

EnableAuthenticationProviderServiceName = Literal["cpaneld", "webmaild", "whostmgrd"]

ENABLE_AUTHENTICATION_PROVIDER_SERVICE_NAME_VALUES: set[EnableAuthenticationProviderServiceName] = {
    "cpaneld",
    "webmaild",
    "whostmgrd",
}


def check_enable_authentication_provider_service_name(value: str) -> EnableAuthenticationProviderServiceName:
    if value in ENABLE_AUTHENTICATION_PROVIDER_SERVICE_NAME_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ENABLE_AUTHENTICATION_PROVIDER_SERVICE_NAME_VALUES!r}"
    )
