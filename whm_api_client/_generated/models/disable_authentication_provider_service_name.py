# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

DisableAuthenticationProviderServiceName = Literal["cpaneld", "webmaild", "whostmgrd"]

DISABLE_AUTHENTICATION_PROVIDER_SERVICE_NAME_VALUES: set[DisableAuthenticationProviderServiceName] = {
    "cpaneld",
    "webmaild",
    "whostmgrd",
}


def check_disable_authentication_provider_service_name(value: str) -> DisableAuthenticationProviderServiceName:
    if value in DISABLE_AUTHENTICATION_PROVIDER_SERVICE_NAME_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DISABLE_AUTHENTICATION_PROVIDER_SERVICE_NAME_VALUES!r}"
    )
