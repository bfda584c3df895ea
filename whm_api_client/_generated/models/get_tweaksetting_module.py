# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

GetTweaksettingModule = Literal["Apache", "Basic", "Mail", "Main"]

GET_TWEAKSETTING_MODULE_VALUES: set[GetTweaksettingModule] = {
    "Apache",
    "Basic",
    "Mail",
    "Main",
}


def check_get_tweaksetting_module(value: str) -> GetTweaksettingModule:
    if value in GET_TWEAKSETTING_MODULE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_TWEAKSETTING_MODULE_VALUES!r}")
