# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

GenerateMobileconfigSelectedAccountServices = Literal["caldav", "carddav", "email"]

GENERATE_MOBILECONFIG_SELECTED_ACCOUNT_SERVICES_VALUES: set[GenerateMobileconfigSelectedAccountServices] = {
    "caldav",
    "carddav",
    "email",
}


def check_generate_mobileconfig_selected_account_services(value: str) -> GenerateMobileconfigSelectedAccountServices:
    if value in GENERATE_MOBILECONFIG_SELECTED_ACCOUNT_SERVICES_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GENERATE_MOBILECONFIG_SELECTED_ACCOUNT_SERVICES_VALUES!r}"
    )
