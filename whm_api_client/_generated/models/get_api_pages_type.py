# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

GetApiPagesType = Literal["cpapi1"]

GET_API_PAGES_TYPE_VALUES: set[GetApiPagesType] = {
    "cpapi1",
}


def check_get_api_pages_type(value: str) -> GetApiPagesType:
    if value in GET_API_PAGES_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_API_PAGES_TYPE_VALUES!r}")
