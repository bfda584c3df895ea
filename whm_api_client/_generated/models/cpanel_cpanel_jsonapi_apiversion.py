# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

CpanelCpanelJsonapiApiversion = Literal[1, 2, 3]

CPANEL_CPANEL_JSONAPI_APIVERSION_VALUES: set[CpanelCpanelJsonapiApiversion] = {
    1,
    2,
    3,
}


def check_cpanel_cpanel_jsonapi_apiversion(value: int) -> CpanelCpanelJsonapiApiversion:
    if value in CPANEL_CPANEL_JSONAPI_APIVERSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CPANEL_CPANEL_JSONAPI_APIVERSION_VALUES!r}")
