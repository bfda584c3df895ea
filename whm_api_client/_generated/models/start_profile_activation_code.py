# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

StartProfileActivationCode = Literal["DATABASENODE", "DNSNODE", "MAILNODE", "STANDARD"]

START_PROFILE_ACTIVATION_CODE_VALUES: set[StartProfileActivationCode] = {
    "DATABASENODE",
    "DNSNODE",
    "MAILNODE",
    "STANDARD",
}


def check_start_profile_activation_code(value: str) -> StartProfileActivationCode:
    if value in START_PROFILE_ACTIVATION_CODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {START_PROFILE_ACTIVATION_CODE_VALUES!r}")
