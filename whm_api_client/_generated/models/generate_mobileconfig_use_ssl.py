# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

GenerateMobileconfigUseSsl = Literal[0, 1]

GENERATE_MOBILECONFIG_USE_SSL_VALUES: set[GenerateMobileconfigUseSsl] = {
    0,
    1,
}


def check_generate_mobileconfig_use_ssl(value: int) -> GenerateMobileconfigUseSsl:
    if value in GENERATE_MOBILECONFIG_USE_SSL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GENERATE_MOBILECONFIG_USE_SSL_VALUES!r}")
