# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

ApiVersion = Literal[1]

API_VERSION_VALUES: set[ApiVersion] = {
    1,
}


def check_api_version(value: int) -> ApiVersion:
    if value in API_VERSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {API_VERSION_VALUES!r}")
